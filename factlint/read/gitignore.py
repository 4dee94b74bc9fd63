"""Which files a folder walk leaves out because `.gitignore` or `.ignore` says so (git's rules, via pathspec).

Patterns are read from each folder between the repository root (the nearest folder above
holding `.git`; the folder walked when there is none) and the file, plus the repository's
`.git/info/exclude`. As in git, a deeper file's patterns win over a shallower one's, and in
one folder `.ignore` wins over `.gitignore` (ripgrep's order). Matching is left to pathspec's
GitIgnoreSpec, which follows git's own tests, rather than to hand-written globs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from factlint.read import textfile

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec  # imported when a folder's ignore file has patterns: most runs have none

IGNORE_FILES = (".gitignore", ".ignore")
_MAX_IGNORE_SIZE = 1_000_000  # a larger ignore file is not one a person wrote


def repository_root(folder: str) -> str | None:
    """The nearest folder at or above `folder` that holds `.git` (a folder, or a file in a worktree)."""
    here = folder
    while True:
        if os.path.lexists(os.path.join(here, ".git")):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


class IgnoreFiles:
    """The ignore patterns of a run, each folder's files read once."""

    def __init__(self) -> None:
        self._specs: dict[str, GitIgnoreSpec | None] = {}
        self._tops: dict[str, str] = {}

    def _lines(self, path: str) -> list[str]:
        try:
            return textfile.read_text(Path(path), _MAX_IGNORE_SIZE).splitlines()
        except textfile.Refused:
            return []  # no such file, or one that cannot be read: it ignores nothing

    def _spec(self, folder: str, top: str) -> GitIgnoreSpec | None:
        if folder not in self._specs:
            lines = self._lines(os.path.join(folder, ".git", "info", "exclude")) if folder == top else []
            for name in IGNORE_FILES:
                lines += self._lines(os.path.join(folder, name))
            self._specs[folder] = _compiled(lines) if any(
                line.strip() and not line.startswith("#") for line in lines) else None
        return self._specs[folder]

    def _top(self, floor: str) -> str:
        if floor not in self._tops:
            self._tops[floor] = repository_root(floor) or floor
        return self._tops[floor]

    def ignored(self, path: Path, floor: Path) -> bool:
        """True when the ignore files between the repository root and `path` leave it out of a walk of `floor`."""
        full = os.path.abspath(path)
        top = self._top(os.path.abspath(floor))
        if os.path.commonpath([full, top]) != top:
            return False
        suffix = "/" if os.path.isdir(full) else ""
        verdict = None
        folder, chain = os.path.dirname(full), []
        while True:  # the folders from the file up to the top, then read top first
            chain.append(folder)
            if folder == top or os.path.dirname(folder) == folder:
                break
            folder = os.path.dirname(folder)
        for folder in reversed(chain):
            spec = self._spec(folder, top)
            if spec is not None:
                result = spec.check_file(Path(os.path.relpath(full, folder)).as_posix() + suffix)
                verdict = result.include if result.include is not None else verdict
        return bool(verdict)


def _compiled(lines: list[str]) -> "GitIgnoreSpec":
    """The patterns of a folder's ignore files, matched as git matches them."""
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(lines)
