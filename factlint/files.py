"""Find the articles to check and read them: folders searched, sidecars and source texts skipped."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from factlint.document import Document
from factlint.sources import SIDECAR_SUFFIXES

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
MARKDOWN_SUFFIXES = (".md", ".markdown")


class ReadError(Exception):
    """An input that cannot be read; the message names the file."""


@dataclass(frozen=True)
class Target:
    """A file to lint and the path to print for it."""

    path: Path
    shown: str


def _referenced_texts(sidecar: Path) -> set[Path]:
    """Files a sidecar names with `file:`: source texts, not articles."""
    try:
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return set()
    sources = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(sources, dict):
        return set()
    return {(sidecar.parent / str(v["file"])).resolve() for v in sources.values()
            if isinstance(v, dict) and v.get("file")}


def _is_source_text(path: Path) -> bool:
    """A text a sidecar nearby names with `file:` is a source, not an article (pre-commit passes both)."""
    if path.suffix.lower() != ".txt":
        return False
    resolved = path.resolve()
    for folder in (path.parent, path.parent.parent):
        for sidecar in folder.glob("*.sources.*"):
            if sidecar.name.endswith(SIDECAR_SUFFIXES) and resolved in _referenced_texts(sidecar):
                return True
    return False


def _walk(folder: Path, skip) -> list[Path]:
    articles, texts = [], set()
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not skip(Path(root) / d))
        for name in sorted(files):
            path = Path(root) / name
            if skip(path):
                continue
            if name.endswith(SIDECAR_SUFFIXES):
                texts |= _referenced_texts(path)
            elif name.endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                articles.append(path)
    return [a for a in articles if a.resolve() not in texts]


def _default_skip(path: Path) -> bool:
    return path.name.startswith(".") or path.name in ("node_modules", "__pycache__", "venv", "site-packages")


def find_targets(paths: list[str], skip=_default_skip) -> tuple[list[Target], list[str]]:
    """Articles named or found under folders (`skip` prunes paths), plus one error per missing path."""
    targets, errors = [], []
    for given in paths or ["."]:
        path = Path(given)
        if path.is_dir():
            for found in _walk(path, skip):
                relative = found.relative_to(path).as_posix()
                shown = relative if given in (".", "./") else f"{given.rstrip('/')}/{relative}"
                targets.append(Target(found, shown))
        elif path.exists():
            if not _is_source_text(path):
                targets.append(Target(path, given))
        else:
            errors.append(f"{given}: no such file or directory")
    return targets, errors


def decode(data: bytes, shown: str) -> str:
    """Bytes to text: UTF-8 (a BOM is dropped), CRLF line ends folded; binaries refused."""
    if b"\0" in data[:8192]:
        raise ReadError(f"{shown}: is a binary file, not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(f"{shown}: is not UTF-8 text (invalid byte at offset {exc.start})") from None
    return text.replace("\r\n", "\n")


def read_document(target: Target) -> Document:
    """Read one article into a Document."""
    try:
        data = target.path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{target.shown}: cannot read: {exc.strerror or exc}") from None
    markdown = target.path.suffix.lower() in MARKDOWN_SUFFIXES
    return Document(target.shown, decode(data, target.shown), markdown=markdown)
