"""Check an editor's unsaved buffer the way `check --stdin-filename PATH` does; no LSP types here.

The buffer's text stands in for the file; its sidecar, `file:` sources and settings are read
from disk by the same runner the command line uses, so the findings are the CLI's findings.
"""

from __future__ import annotations

import os
from pathlib import Path

from factlint.lint.findings import Finding
from factlint.read.files import ARTICLE_SUFFIXES, article_of
from factlint.read.settings import Settings
from factlint.read.sidecar import Sidecars, sidecar_for
from factlint.runner import Request, run


def is_article(path: str) -> bool:
    """Whether a path names something factlint checks (a Markdown or plain-text article)."""
    return Path(path).suffix.lower() in ARTICLE_SUFFIXES


def article_for_sidecar(path: str) -> str | None:
    """The article a sidecar file belongs to, if `path` is a sidecar with an article beside it."""
    found = article_of(Path(path))
    return str(found) if found else None


class ParsedSidecars:
    """Parsed sidecars kept between checks while each file stays as it was on disk (size and time)."""

    def __init__(self) -> None:
        self.sidecars = Sidecars()
        self.stamps: dict[str, tuple[int, int] | None] = {}

    def for_article(self, path: str) -> Sidecars:
        """The parsed sidecars, started afresh when the sidecar of `path` changed since it was parsed."""
        sidecar = sidecar_for(Path(path))
        if sidecar is None:
            return self.sidecars
        try:
            found = os.stat(sidecar)
            stamp = (found.st_mtime_ns, found.st_size)
        except OSError:
            stamp = None
        if self.stamps.get(str(sidecar), stamp) != stamp:
            self.sidecars, self.stamps = Sidecars(), {}
        self.stamps[str(sidecar)] = stamp
        return self.sidecars


def check_buffer(path: str, text: str, settings: Settings, parsed: ParsedSidecars | None = None,
                 ) -> tuple[list[Finding], list[str]]:
    """Findings for the buffer of `path` (and its sidecar), and the errors met, one line each."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as files are read: line ends folded
    sidecars = parsed.for_article(path) if parsed else None
    outcome = run(Request(("-",), stdin_text=text, stdin_filename=path), settings, sidecars)
    return outcome.findings, outcome.errors
