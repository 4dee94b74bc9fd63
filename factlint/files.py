"""Find the articles to check and read them: folders searched, sidecars and source texts skipped."""

from __future__ import annotations

import os
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path

from factlint import safeyaml, textfile
from factlint.document import Document
from factlint.sidecar import SIDECAR_SUFFIXES

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
MARKDOWN_SUFFIXES = (".md", ".markdown")


class ReadError(Exception):
    """An input that cannot be read; the message names the file."""


@dataclass(frozen=True)
class Target:
    """A file to lint and the path to print for it."""

    path: Path
    shown: str


@lru_cache(maxsize=1024)
def _referenced_texts(sidecar: Path) -> set[Path]:
    """Files a sidecar names with `file:`: source texts, not articles."""
    try:
        data = safeyaml.load(textfile.read_text(sidecar))
    except (textfile.Refused, safeyaml.YamlError):
        return set()  # the sidecar's own problems are reported when its article is read
    sources = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(sources, dict):
        return set()
    return {(sidecar.parent / v["file"]).resolve() for v in sources.values()
            if isinstance(v, dict) and isinstance(v.get("file"), str) and v["file"] and "\0" not in v["file"]}


def _is_source_text(path: Path) -> bool:
    """A text a sidecar nearby names with `file:` is a source, not an article (pre-commit passes both)."""
    resolved = path.resolve()
    for folder in (path.parent, path.parent.parent):
        for sidecar in folder.glob("*.sources.*"):
            if sidecar.name.endswith(SIDECAR_SUFFIXES) and resolved in _referenced_texts(sidecar):
                return True
    return False


def _walk(folder: Path, skip, errors: list[str]) -> list[Path]:
    articles, texts = [], set()

    def unreadable(error: OSError) -> None:
        errors.append(f"{error.filename}: cannot read: {error.strerror or error}")

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not skip(Path(root) / d))
        for name in sorted(files):
            path = Path(root) / name
            if skip(path):
                continue
            if name.endswith(SIDECAR_SUFFIXES):
                texts |= _referenced_texts(path)
            elif name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                articles.append(path)
    return [a for a in articles if a.resolve() not in texts and not _is_source_text(a)]


def _default_skip(path: Path) -> bool:
    return path.name.startswith(".") or path.name in ("node_modules", "__pycache__", "venv", "site-packages")


def find_targets(paths: list[str], skip=_default_skip) -> tuple[list[Target], list[str]]:
    """Articles named or found under folders (`skip` prunes paths), plus one error per missing path."""
    targets, errors = [], []
    seen: set[Path] = set()
    for given in paths or ["."]:
        if not given:
            errors.append("'': an empty path names no file")
            continue
        path = Path(given)
        if path.is_dir():
            for found in _walk(path, skip, errors):
                relative = found.relative_to(path).as_posix()
                shown = relative if given in (".", "./") else f"{given.rstrip('/')}/{relative}"
                targets.append(Target(found, _printable(shown)))
        elif path.exists():
            if not _is_source_text(path):
                targets.append(Target(path, _printable(given)))
        else:
            errors.append(f"{given}: no such file or directory")
    unique = []
    for target in targets:  # "docs docs/a.md", or a link to an article beside it: check each file once
        key = target.path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(target)
    return unique, errors


def _printable(path: str) -> str:
    """A path as text that can be printed and encoded: undecodable bytes become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def decode(data: bytes, shown: str) -> str:
    """Bytes to article text, as textfile.decode reads them; the error names `shown`."""
    try:
        return _checked(textfile.decode(data), shown)
    except textfile.Refused as exc:
        raise ReadError(f"{shown}: {exc}") from None


def _checked(text: str, shown: str) -> str:
    if len(text) > textfile.MAX_ARTICLE_CHARS:  # spaCy would fail on it (E088) after minutes of work
        raise ReadError(f"{shown}: is too large to lint ({len(text):,} characters; "
                        f"the most is {textfile.MAX_ARTICLE_CHARS:,})")
    return text


def read_document(target: Target, limit: int = textfile.MAX_FILE_SIZE) -> Document:
    """Read one article (a regular file of at most `limit` bytes) into a Document."""
    try:
        data = textfile.read_bytes(target.path, limit)
    except textfile.Refused as exc:
        raise ReadError(f"{target.shown}: {exc}") from None
    markdown = target.path.suffix.lower() in MARKDOWN_SUFFIXES
    return Document(target.shown, decode(data, target.shown), markdown=markdown)
