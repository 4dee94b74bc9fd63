"""Folder walks leave out what .gitignore and .ignore list, as git and ruff do (issue 10)."""

from __future__ import annotations

import json
import subprocess

from test_cli import run

UNCITED = "Some 70% of chips ship by sea.\n"


def _paths(folder, *args):
    result = run(folder, "check", *args, "--format", "json")
    return sorted(f["path"] for f in json.loads(result.output)["findings"])


def _repo(write):
    folder = write({".gitignore": "*.egg-info/\nbuild/\ndocs/*.txt\n!docs/keep.txt\n",
                    "factlint.egg-info/requires.txt": UNCITED, "build/lib/a.md": UNCITED,
                    "docs/drop.txt": UNCITED, "docs/keep.txt": UNCITED, "docs/a.md": UNCITED,
                    "docs/.ignore": "scratch.md\n", "docs/scratch.md": UNCITED})
    subprocess.run(["git", "init", "-q"], cwd=folder, check=True)
    return folder


def test_a_walk_skips_gitignored_files_and_folders(write):
    folder = _repo(write)
    assert _paths(folder) == ["docs/a.md", "docs/keep.txt"]


def test_patterns_of_the_repository_root_apply_when_a_subfolder_is_walked(write):
    folder = _repo(write)
    assert _paths(folder / "docs") == ["a.md", "keep.txt"]
    assert _paths(folder, "docs") == ["docs/a.md", "docs/keep.txt"]


def test_respect_gitignore_false_turns_it_off(write):
    folder = _repo(write)
    everything = ["build/lib/a.md", "docs/a.md", "docs/drop.txt", "docs/keep.txt", "docs/scratch.md",
                  "factlint.egg-info/requires.txt"]
    assert _paths(folder, "--no-respect-gitignore") == everything
    (folder / ".factlint.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
    assert _paths(folder) == everything


def test_a_file_named_on_the_command_line_is_checked_even_if_ignored(write):
    folder = _repo(write)
    assert _paths(folder, "docs/drop.txt") == ["docs/drop.txt"]


def test_a_bad_respect_gitignore_value_is_an_error(write):
    folder = _repo(write)
    (folder / ".factlint.toml").write_text('respect-gitignore = "no"\n', encoding="utf-8")
    result = run(folder, "check")
    assert result.exit_code == 2
    assert "respect-gitignore must be true or false" in result.stderr
