"""Write the source cache and the lock file (layout in factlint/read/pages.py); every file atomically.

A text is stored under its own SHA-256 before any entry or lock names it, so a run killed
half-way leaves at worst a text nothing points to, never a pointer to nothing.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from factlint.read.pages import LOCK_VERSION, entry_path, read_lock, read_text, sha256, text_path
from factlint.report import atomic


@dataclass(frozen=True)
class Stored:
    """One successful fetch as the cache records it."""

    url: str
    final_url: str
    status: int
    content_type: str
    raw_sha256: str
    raw_size: int
    text_sha256: str
    extractor: str
    fetched_at: str


def now() -> str:
    """The time of a fetch, in UTC, to the second (ISO 8601)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def store_text(cache: Path, text: str) -> str:
    """Keep a text under its hash (once: an equal text is already there); its hash."""
    digest = sha256(text)
    if read_text(cache, digest) is None:
        path = text_path(cache, digest)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_text(path, text)
    return digest


def store_page(cache: Path, stored: Stored) -> None:
    """Record the last successful fetch of a URL (its text already stored)."""
    _write_json(entry_path(cache, stored.url), asdict(stored))


def store_failure(cache: Path, url: str, reason: str) -> None:
    """Record why a URL could not be fetched, so check can say so."""
    _write_json(entry_path(cache, url), {"url": url, "error": reason, "fetched_at": now()})


def lock_entry(stored: Stored) -> dict:
    """What the lock pins of a fetch: the text's hash, and enough to see where it came from."""
    return {"text_sha256": stored.text_sha256, "final_url": stored.final_url, "extractor": stored.extractor,
            "fetched_at": stored.fetched_at}


def update_lock(path: Path, entries: dict[str, dict], drop: list[str] = ()) -> None:
    """Set these URLs' entries in the lock file and remove the `drop` ones, keeping every other URL's as it was."""
    if not entries and not drop:
        return
    sources = read_lock(path)
    sources.update(entries)
    for url in drop:
        sources.pop(url, None)
    _write_json(path, {"version": LOCK_VERSION, "sources": dict(sorted(sources.items()))})
