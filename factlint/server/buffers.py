"""Check an editor's unsaved buffer the way `check --stdin-filename PATH` does; no LSP types here.

The buffer's text stands in for the file; its sidecar, `file:` sources and settings are read
from disk by the same runner the command line uses, so the findings are the CLI's findings.
"""

from __future__ import annotations

from pathlib import Path

from factlint.lint.findings import Finding
from factlint.read.files import ARTICLE_SUFFIXES, article_of
from factlint.read.settings import Settings
from factlint.runner import Request, run


def is_article(path: str) -> bool:
    """Whether a path names something factlint checks (a Markdown or plain-text article)."""
    return Path(path).suffix.lower() in ARTICLE_SUFFIXES


def article_for_sidecar(path: str) -> str | None:
    """The article a sidecar file belongs to, if `path` is a sidecar with an article beside it."""
    found = article_of(Path(path))
    return str(found) if found else None


def check_buffer(path: str, text: str, settings: Settings) -> tuple[list[Finding], list[str]]:
    """Findings for the buffer of `path` (and its sidecar), and the errors met, one line each."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as files are read: line ends folded
    outcome = run(Request(("-",), stdin_text=text, stdin_filename=path), settings)
    return outcome.findings, outcome.errors
