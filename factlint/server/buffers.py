"""Check an editor's unsaved buffer the way `check --stdin-filename PATH` does; no LSP types here.

The buffer's text stands in for the file; its sidecar, `file:` sources and settings are read
from disk by the same runner the command line uses, so the findings are the CLI's findings.
"""

from __future__ import annotations

import os
from pathlib import Path

from factlint.lint.findings import Finding
from factlint.read import textfile
from factlint.read.config import ConfigError
from factlint.read.files import ARTICLE_SUFFIXES, article_of
from factlint.read.settings import Settings
from factlint.read.sidecar import SIDECAR_SUFFIXES, Sidecars, buffer_reading, sidecar_for
from factlint.runner import Request, run


def is_article(path: str) -> bool:
    """Whether a path names something factlint checks (a Markdown or plain-text article)."""
    return Path(path).suffix.lower() in ARTICLE_SUFFIXES


def is_sidecar(path: str) -> bool:
    """Whether a path names a sidecar (ARTICLE.sources.yaml, .yml or .json)."""
    return Path(path).name.endswith(SIDECAR_SUFFIXES)


def sidecar_of(article: str) -> str | None:
    """The sidecar file an article is checked with, if it has one on disk."""
    found = sidecar_for(Path(article))
    return str(found) if found else None


def article_for_sidecar(path: str) -> str | None:
    """The article a sidecar file belongs to, if `path` is a sidecar with an article beside it."""
    found = article_of(Path(path))
    return str(found) if found else None


class ParsedSidecars:
    """Parsed sidecars kept between checks while each stays as it was, and the overlay of the
    sidecar buffers open in the editor: an open sidecar's text stands in for its file on disk.

    A sidecar is parsed again when its file changes on disk (size and time) or, while it is open,
    when its buffer text changes; closing its buffer brings back the file on disk."""

    def __init__(self) -> None:
        self.sidecars = Sidecars()
        self.stamps: dict[str, tuple] = {}  # sidecar path -> what it was parsed from
        self.buffers: dict[str, str] = {}  # real path of an open sidecar -> its buffer text

    def open_buffer(self, path: str, text: str) -> None:
        """The editor holds `path` (a sidecar) with `text`, saved or not."""
        self.buffers[os.path.realpath(path)] = text

    def close_buffer(self, path: str) -> None:
        """The editor closed the sidecar `path`: its file on disk counts again."""
        self.buffers.pop(os.path.realpath(path), None)

    def for_article(self, path: str, limit: int) -> Sidecars:
        """The parsed sidecars, started afresh when the sidecar of `path` changed since it was parsed;
        `limit`: the max-file-size that applies to the sidecar."""
        sidecar = sidecar_for(Path(path))
        if sidecar is None:
            return self.sidecars
        text = self.buffers.get(os.path.realpath(sidecar))
        stamp = ("buffer", text) if text is not None else ("disk", _disk_stamp(sidecar))
        key = str(sidecar)
        if self.stamps.get(key, stamp) != stamp:
            self.sidecars, self.stamps = Sidecars(), {}
        if key not in self.stamps and text is not None:
            self.sidecars.remember(sidecar, buffer_reading(sidecar, text, limit))
        self.stamps[key] = stamp
        return self.sidecars


def _disk_stamp(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_mtime_ns, found.st_size


def sidecar_errors(path: str, errors: list[str]) -> dict[str, list[tuple[int, str]]]:
    """The errors of a check of article `path` that name its sidecar, by sidecar path: (line, error)
    with line 1 when the error gives none. The error is the CLI's one line, whole."""
    sidecar = sidecar_for(Path(path))
    if sidecar is None:
        return {}
    named, found = str(sidecar), []
    for error in errors:
        if error.startswith(named + ":"):
            line = error[len(named) + 1:].split(":", 1)[0]
            found.append((int(line) if line.isdigit() else 1, error))
    return {named: found} if found else {}


def check_buffer(path: str, text: str, settings: Settings, parsed: ParsedSidecars | None = None,
                 ) -> tuple[list[Finding], list[str]]:
    """Findings for the buffer of `path` (and its sidecar), and the errors met, one line each."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as files are read: line ends folded
    sidecars = parsed.for_article(path, _sidecar_limit(path, settings)) if parsed else None
    outcome = run(Request(("-",), stdin_text=text, stdin_filename=path), settings, sidecars)
    return outcome.findings, outcome.errors


def _sidecar_limit(path: str, settings: Settings) -> int:
    """The max-file-size for the sidecar of `path`; broken settings are the run's to report."""
    try:
        return settings.for_path(Path(path)).max_file_size
    except ConfigError:  # reported by the run itself
        return textfile.MAX_FILE_SIZE
