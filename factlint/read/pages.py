"""The offline source cache as `check` reads it: the lock file, one entry per URL, texts by hash.

`factlint fetch` fills the cache; `check` only reads it and never touches the network. The
layout (shared with factlint/fetch/store.py):

    .factlint/sources/pages/<sha256 of the URL>.json   the last fetch of one URL (or why it failed)
    .factlint/sources/texts/<sha256 of the text>.txt   the main text of a page, content-addressed
    factlint.sources.lock                               URL -> the text's SHA-256 that was checked

A URL the lock pins is read at the locked hash only, so CI checks exactly the text the
writer checked. An entry that cannot be read, or a text whose hash is not its name, is
ignored (fetch gets it again).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from factlint.read import textfile
from factlint.read.config import ConfigError

DEFAULT_CACHE = ".factlint/sources"
DEFAULT_LOCK = "factlint.sources.lock"
LOCK_VERSION = 1
_HASH = re.compile(r"[0-9a-f]{64}")
_WWW = re.compile(r"^www\.", re.I)


@dataclass(frozen=True)
class Page:
    """What the cache knows of one URL: its text, or why there is none."""

    url: str
    text: str | None = None
    reason: str | None = None  # why there is no text: the fetch failed, or the text is missing


def shown_path(path: Path) -> str:
    """A cache or lock path as messages print it: relative to the current folder when under it."""
    try:
        return Path(os.path.abspath(path)).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def normal_url(url: str) -> str:
    """The URL a source means: `www.x` is https, and the #fragment names no other page."""
    url = url.strip().strip("<>")
    if _WWW.match(url):
        url = "https://" + url
    return url.split("#", 1)[0]


def sha256(data: bytes | str) -> str:
    """The SHA-256 of bytes, or of text as UTF-8, in hex."""
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def entry_path(cache: Path, url: str) -> Path:
    """Where the cache keeps what it knows of one URL."""
    return cache / "pages" / f"{sha256(normal_url(url))}.json"


def text_path(cache: Path, digest: str) -> Path:
    """Where the cache keeps a text by its hash."""
    return cache / "texts" / f"{digest}.txt"


def read_json(path: Path, limit: int = textfile.MAX_FILE_SIZE) -> dict | None:
    """A JSON object from a cache or lock file; None when it is missing or not one."""
    try:
        data = json.loads(textfile.read_text(path, limit))
    except (textfile.Refused, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def read_lock(path: Path, limit: int = textfile.MAX_FILE_SIZE) -> dict[str, dict]:
    """URL -> locked entry from a lock file; empty when there is none."""
    data = read_json(path, limit) or {}
    sources = data.get("sources") if data.get("version") == LOCK_VERSION else None
    if not isinstance(sources, dict):
        return {}
    return {url: entry for url, entry in sources.items() if isinstance(entry, dict)}


def is_lock(path: Path, limit: int = textfile.MAX_FILE_SIZE) -> bool:
    """True when a file is a lock file of this version, whose entries map URLs to tables."""
    data = read_json(path, limit)
    return data is not None and data.get("version") == LOCK_VERSION and isinstance(data.get("sources"), dict)


def read_text(cache: Path, digest: object, limit: int = textfile.MAX_FILE_SIZE) -> str | None:
    """The cached text with this hash; None when it is missing or does not hash to its name."""
    if not isinstance(digest, str) or not _HASH.fullmatch(digest):
        return None
    try:
        text = textfile.read_text(text_path(cache, digest), limit)
    except textfile.Refused:
        return None
    return text if sha256(text) == digest else None


@dataclass(frozen=True)
class PageSet:
    """Some URLs' pages taken out of a source cache, looked up like it: what travels with an article
    to a worker that reads no file (`check --engine dask --ship-text`)."""

    pages: dict[str, Page | None]

    def get(self, url: str) -> Page | None:
        """The page for a source's URL; None when the cache had none."""
        return self.pages.get(normal_url(url))


class Pages:
    """The cached pages of one project, looked up by URL (read lazily, each URL once)."""

    def __init__(self, cache: Path, lock: Path, limit: int = textfile.MAX_FILE_SIZE):
        """ConfigError when the lock file is there but is not a lock (a merge conflict must not pass quietly)."""
        self.cache, self.limit = cache, limit
        if os.path.lexists(lock) and not is_lock(lock, limit):
            raise ConfigError(f"{shown_path(lock)}: not a factlint sources lock (version {LOCK_VERSION}); "
                              "fix it, or remove it and run factlint fetch")
        self.lock = read_lock(lock, limit) if os.path.lexists(lock) else {}
        self._seen: dict[str, Page | None] = {}
        self._fingerprint: str | None = None

    def fingerprint(self) -> str:
        """A digest of what the cache and lock hold now, for the result cache's key: a page fetched
        again, pinned anew or damaged changes it."""
        if self._fingerprint is None:
            digest = hashlib.sha256(json.dumps(self.lock, sort_keys=True, default=str).encode())
            for folder in ("pages", "texts"):
                try:
                    with os.scandir(self.cache / folder) as entries:
                        for entry in sorted(entries, key=lambda e: e.name):
                            info = entry.stat(follow_symlinks=False)
                            digest.update(f"{folder}/{entry.name}:{info.st_size}:{info.st_mtime_ns};".encode())
                except OSError:
                    pass  # no cache folder: nothing fetched
            self._fingerprint = digest.hexdigest()
        return self._fingerprint

    def only(self, urls: list[str]) -> PageSet:
        """These URLs' pages alone, read now."""
        return PageSet({normal_url(url): self.get(url) for url in urls})

    def get(self, url: str) -> Page | None:
        """The page for a source's URL; None when fetch never saw it."""
        url = normal_url(url)
        if url not in self._seen:
            self._seen[url] = self._look_up(url)
        return self._seen[url]

    def _look_up(self, url: str) -> Page | None:
        locked = self.lock.get(url)
        if locked is not None:
            text = read_text(self.cache, locked.get("text_sha256"), self.limit)
            if text is None:
                return Page(url, reason="its locked text is not in the source cache; run factlint fetch")
            return Page(url, text)
        entry = read_json(entry_path(self.cache, url), self.limit)
        if entry is None or entry.get("url") != url:
            return None
        if isinstance(entry.get("error"), str):
            return Page(url, reason=f"fetching it failed: {entry['error']}")
        text = read_text(self.cache, entry.get("text_sha256"), self.limit)
        return Page(url, text) if text is not None else None
