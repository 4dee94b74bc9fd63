"""A folder named on the command line is always checked; a run that checks nothing says so (issue 14)."""

from __future__ import annotations

import json
import os

import pytest

from factlint.read import sidecar
from test_cli import run

UNCITED = "Some 70% of chips ship by sea.\n"


def checked(result) -> list[str]:
    report = json.loads(result.stdout)
    return sorted({f["path"] for f in report["findings"]}) if report["files_checked"] else []


@pytest.fixture
def corpus(write):
    """A corpus under a hidden folder, with a hidden folder and node_modules of its own below."""
    return write({"x/.cache/corpus/a.md": UNCITED, "x/.cache/corpus/sub/b.md": UNCITED,
                  "x/.cache/corpus/.drafts/c.md": UNCITED, "x/.cache/corpus/node_modules/d.md": UNCITED,
                  "work/.keep": ""})


def test_a_folder_under_a_hidden_folder_by_relative_path(corpus):
    result = run(corpus / "x", "check", ".cache/corpus", "--format", "json")
    assert checked(result) == [".cache/corpus/a.md", ".cache/corpus/sub/b.md"]


def test_a_folder_outside_the_working_folder_under_a_hidden_folder(corpus):
    result = run(corpus / "work", "check", "../x/.cache/corpus", "--format", "json")
    assert checked(result) == ["../x/.cache/corpus/a.md", "../x/.cache/corpus/sub/b.md"]


def test_a_folder_by_absolute_path(corpus):
    folder = str(corpus / "x" / ".cache" / "corpus")
    result = run(corpus / "work", "check", folder, "--format", "json")
    assert checked(result) == [f"{folder}/a.md", f"{folder}/sub/b.md"]


def test_the_working_folder_inside_a_hidden_folder(corpus):
    result = run(corpus / "x" / ".cache" / "corpus", "check", "--format", "json")
    assert checked(result) == ["a.md", "sub/b.md"]


@pytest.mark.parametrize("settings", [".factlint.toml", "x/.factlint.toml", "x/.cache/.factlint.toml"])
def test_settings_above_the_named_folder_exclude_only_below_it(corpus, settings):
    (corpus / settings).write_text('extend-exclude = ["corpus", "sub"]\n')
    result = run(corpus / "work", "check", "../x/.cache/corpus", "--format", "json")
    assert checked(result) == ["../x/.cache/corpus/a.md"]


def test_anchored_patterns_still_match_from_the_settings_folder(write):
    folder = write({".factlint.toml": 'extend-exclude = ["docs/archive"]\n', "docs/archive/a.md": UNCITED,
                    "docs/b.md": UNCITED, "other/docs/archive/c.md": UNCITED})
    assert checked(run(folder, "check", "docs", "other", "--format", "json")) == [
        "docs/b.md", "other/docs/archive/c.md"]
    assert checked(run(folder, "check", "docs/archive", "--format", "json")) == ["docs/archive/a.md"]


def test_force_exclude_applies_excludes_to_named_folders_too(corpus):
    result = run(corpus / "work", "check", "../x/.cache/corpus", "--format", "json", "--force-exclude")
    assert json.loads(result.stdout)["files_checked"] == 0 and result.exit_code == 0
    assert "no article found to check in ../x/.cache/corpus" in result.stderr


def test_a_run_that_finds_nothing_warns_on_one_line(write):
    folder = write({"empty/notes.rst": "x\n", "also/.keep": ""})
    result = run(folder, "check", "empty", "also", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["files_checked"] == 0
    assert result.stderr == ("factlint: warning: no article found to check in empty, also "
                             "(articles are .md, .markdown and .txt files; see exclude)\n")
    sarif = run(folder, "check", "empty", "--format", "sarif")
    assert json.loads(sarif.stdout)["runs"][0]["results"] == [] and "warning" in sarif.stderr
    claims = run(folder, "claims", "empty", "--format", "json")
    assert json.loads(claims.stdout)["claims"] == [] and claims.stderr.startswith("factlint: warning: no article")


def test_fail_on_empty_makes_a_run_with_nothing_to_check_fail(write):
    folder = write({"empty/.keep": "", "full/a.md": UNCITED})
    result = run(folder, "check", "empty", "--fail-on-empty", "--format", "json")
    assert result.exit_code == 2 and json.loads(result.stdout)["files_checked"] == 0
    assert result.stderr.startswith("factlint: warning: no article found to check in empty")
    assert run(folder, "check", "full", "--fail-on-empty").exit_code == 1
    (folder / ".factlint.toml").write_text("fail-on-empty = true\n")
    assert run(folder, "check", "empty").exit_code == 2
    (folder / ".factlint.toml").write_text('fail-on-empty = "yes"\n')
    assert "fail-on-empty must be true or false" in run(folder, "check", "empty").stderr


def test_a_symlink_loop_in_a_searched_folder_is_one_error_and_the_rest_is_checked(write):
    folder = write({"docs/a.md": UNCITED})
    os.symlink("loop.md", folder / "docs" / "loop.md")
    os.symlink("b.sources.yaml", folder / "docs" / "b.sources.yaml")
    os.symlink("c", folder / "docs" / "c")
    result = run(folder, "check", "docs", "--format", "json")
    assert result.exit_code == 2 and result.stderr == "factlint: error: docs/loop.md: is a symlink loop\n"
    assert checked(result) == ["docs/a.md"]
    named = run(folder, "check", "docs/loop.md")
    assert named.stderr == "factlint: error: docs/loop.md: is a symlink loop\n"


def test_each_sidecar_is_parsed_once_per_run(write, monkeypatch):
    files = {f"docs/a{n}.md": f"Sales rose {n}% [1].\n" for n in range(40)}
    files.update({f"docs/a{n}.sources.yaml": f"sources:\n  1: Sales rose {n}%.\n" for n in range(40)})
    files.update({f"docs/sub/t{n}.md": UNCITED for n in range(20)})
    folder = write(files)
    calls = []
    real = sidecar._entries
    monkeypatch.setattr(sidecar, "_entries", lambda path, limit: calls.append(path.name) or real(path, limit))
    result = run(folder, "check", "docs", "--format", "json")
    assert json.loads(result.stdout)["files_checked"] == 60
    assert len(calls) == len(set(calls)) == 40
