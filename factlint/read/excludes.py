"""Exclude patterns applied the way a user expects: below each folder named on the command line.

A hidden folder, `node_modules` or an `exclude` glob *above* the folder the user named
never removes what is in it (issue 14; ruff's rule): only the part of a path below the
named folder is matched. With --force-exclude the whole path is matched, named ones too.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from factlint.read.settings import Settings


def relative(path: Path, root: str, resolve_last: bool = True) -> str:
    """`path` relative to a settings root, as a POSIX path.

    Folders are resolved with their symlinks; with `resolve_last` False the last part is
    kept as named, so a link to an article elsewhere is matched by its own name.
    """
    real = os.path.realpath(path) if resolve_last or not path.name else os.path.join(
        os.path.realpath(path.parent), path.name)
    try:
        return Path(os.path.relpath(real, root)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def parts(relative_path: str) -> list[str]:
    """The parts of a relative path that patterns see: '..' and '.' dropped."""
    return [part for part in PurePosixPath(relative_path).parts if part not in ("..", ".", "/")]


def excluder(settings: Settings):
    """excluded(path, floor): does a pattern of the path's settings match a part of it below `floor`?"""
    def excluded(path: Path, floor: Path | None) -> bool:
        config = settings.for_path(path)
        below = len(parts(relative(floor, config.root))) if floor is not None else 0
        return config.excludes(relative(path, config.root, resolve_last=path.is_dir()), below)
    return excluded
