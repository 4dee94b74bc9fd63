"""factlint as a library: `lint_text` and `lint_paths` return the findings the command line reports.

Both are thin shells over the same code as `factlint check`: `lint_text` runs the pure core
(`factlint.lint.engine.lint`, which the command line runs on every article) on a text, and
`lint_paths` runs the command line's own `runner.run` over files and folders. Settings are
given as a table with the keys of the settings files (`{"select": ["FL1"], "fail-on": "error"}`).
"""

from __future__ import annotations

import os
from pathlib import Path

from factlint.lint.findings import Finding


class LintError(ValueError):
    """Input factlint cannot use (a bad setting, an unreadable file or sources table); the message names it.

    From `lint_paths`, `findings` holds what the other files gave and `errors` each error line."""

    def __init__(self, message: str, findings=(), errors=()) -> None:
        super().__init__(message)
        self.findings: list[Finding] = list(findings)
        self.errors: list[str] = list(errors)


def _settings(settings: dict | None, config_file=None, isolated: bool = False):
    from factlint.read.settings import Settings

    if settings is not None and not isinstance(settings, dict):
        raise LintError(f"settings must be a table of settings keys, not {type(settings).__name__}")
    return Settings(str(config_file) if config_file else None, isolated, dict(settings or {}), "settings")


def lint_text(text: str, sources: dict | None = None, settings: dict | None = None,
              path: str = "article.md") -> list[Finding]:
    """The findings for one article's text, in position order.

    `sources` maps ids to sources as a sidecar's `sources:` table does (`{23: {"excerpt": "…"}}`
    or `{23: "…"}`); `settings` takes the keys of a settings file, over the defaults (no settings
    file is read); `path` is the name findings carry, whose suffix says Markdown or plain text.
    """
    from factlint.lint.engine import lint
    from factlint.parse.document import Document
    from factlint.read.config import ConfigError
    from factlint.read.files import MARKDOWN_SUFFIXES
    from factlint.read.sidecar import SourceFileError, table_sources

    if not isinstance(text, str):
        raise LintError(f"text must be a str, not {type(text).__name__}")
    try:
        config = _settings(settings, isolated=True).for_path(Path(path))
        found = table_sources(sources or {}, "<sources>")
    except (ConfigError, SourceFileError) as exc:
        raise LintError(str(exc)) from None
    document = Document(path, text, markdown=Path(path).suffix.lower() in MARKDOWN_SUFFIXES)
    return lint(document, found, config, path)


def lint_paths(paths, sources: str | os.PathLike | None = None, settings: dict | None = None,
               config_file: str | os.PathLike | None = None, isolated: bool = False, jobs: int = 1) -> list[Finding]:
    """The findings for the articles at `paths` (files or folders), exactly as `factlint check` finds them.

    Each file's settings file applies as on the command line (`config_file` for one file for all,
    `isolated` for none), and `settings` lies over it as command-line options do; `sources` is a
    sources file for every article (`--sources`); `jobs` > 1 checks in that many processes. A file
    that cannot be read raises LintError once every other file is checked (its `findings` has theirs).
    """
    from factlint.runner import Request, run

    named = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    request = Request(tuple(os.fspath(p) for p in named), os.fspath(sources) if sources else None)
    outcome = run(request, _settings(settings, config_file, isolated), workers=jobs)
    if outcome.errors:
        raise LintError("; ".join(outcome.errors), outcome.findings, outcome.errors)
    return outcome.findings
