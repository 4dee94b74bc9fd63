"""Inputs that once crashed or misled factlint: each now linted, or refused in one line naming the file."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET

import pytest

from test_cli import run


@pytest.mark.parametrize("text", ["It was 4 and\n", "Between 4 and\n\nMore.\n", "About 3/4,000 of people.\n",
                                  "The value was 1e999 units.\n", "Sales were 1e400%.\n",
                                  "Debt was 9e307 billion dollars [1].\n", "[" * 3000 + "\n", "7.5-6.5-5.5\n"])
def test_odd_prose_is_linted(write, text):
    folder = write({"a.md": text})
    result = run(folder, "claims", "a.md", "--format", "json")
    assert result.exit_code == 0
    json.loads(result.stdout)  # valid JSON: no Infinity or NaN


def test_a_folder_outside_the_working_folder_is_checked(write):
    folder = write({"docs/a.md": "Some 70% fly.\n", "work/.keep": ""})
    report = json.loads(run(folder / "work", "check", "../docs", "--format", "json").stdout)
    assert report["files_checked"] == 1 and report["findings"][0]["path"] == "../docs/a.md"


def test_the_same_file_named_twice_is_checked_once(write):
    folder = write({"docs/a.md": "Some 70% fly.\n"})
    report = json.loads(run(folder, "check", "docs", "docs/a.md", "--format", "json").stdout)
    assert report["files_checked"] == 1 and len(report["findings"]) == 1


def test_upper_case_extensions_are_articles(write):
    folder = write({"docs/UP.MD": "Some 70% fly.\n"})
    assert json.loads(run(folder, "check", "docs", "--format", "json").stdout)["files_checked"] == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_not_waited_on(write):
    folder = write({})
    os.mkfifo(folder / "pipe.md")
    result = run(folder, "check", "pipe.md")
    assert result.exit_code == 2 and "pipe.md: not a regular file" in result.stderr


@pytest.mark.parametrize("sidecar,words", [
    ('{"sources": ' + "[" * 5000 + "]" * 5000 + "}", "nested too deeply"),
    ("sources:\n  ? [1, 2]\n  : {excerpt: x}\n", "source id"),
    ('sources:\n  "": {excerpt: x}\n', "source id"),
    ('sources:\n  1: {file: "a\\0b"}\n', "'file' must name a text file"),
    ("sources:\n  1: {excerpts: [[nested]]}\n", "must be text"),
    ("sources:\n  1: {file: missing.txt}\n", "file 'missing.txt'"),
])
def test_bad_sidecars_are_one_line_errors(write, sidecar, words):
    name = "a.sources.json" if sidecar.startswith("{") else "a.sources.yaml"
    folder = write({"a.md": "Sales rose 5% [1].\n", name: sidecar})
    result = run(folder, "check", "a.md")
    assert result.exit_code == 2 and words in result.stderr and name in result.stderr
    assert result.stderr.count("\n") == 1


def test_repeated_json_ids_are_duplicate_sources(write):
    folder = write({"a.md": "Sales rose 5% [1].\n", "a.sources.json":
                    '{"sources": {"1": {"excerpt": "Sales rose 5%."},\n "1": {"excerpt": "Sales rose 7%."}}}\n'})
    report = json.loads(run(folder, "check", "a.md", "--format", "json").stdout)
    assert [(f["rule"], f["path"], f["line"]) for f in report["findings"]] == [
        ("duplicate-source", "a.sources.json", 2)]


@pytest.mark.parametrize("name,content", [("pyproject.toml", 'tool = "x"\n'),
                                          (".factlint.yaml", "per-file-ignores: {1: [uncited-claim]}\n")])
def test_odd_settings_do_not_crash(write, name, content):
    folder = write({name: content, "a.md": "Some 70% fly.\n"})
    assert run(folder, "check", "a.md").exit_code in (1, 2)


def test_bad_options_fail_even_with_nothing_to_check(write):
    folder = write({})
    assert run(folder, "check", "--select", "bogus").exit_code == 2
    assert run(folder, "check", "--config", "nonexist.toml").exit_code == 2
    assert run(folder, "check", "", "--format", "json").exit_code == 2


def test_unwritable_baseline_is_a_one_line_error(write):
    folder = write({"a.md": "Some 70% fly.\n"})
    result = run(folder, "check", "a.md", "--baseline", "no/such/dir/b.json", "--update-baseline")
    assert result.exit_code == 2 and "b.json: cannot write" in result.stderr


def test_statistics_as_json(write):
    folder = write({"a.md": "Some 70% fly.\n"})
    stats = json.loads(run(folder, "check", "a.md", "--statistics", "--format", "json").stdout)
    assert stats == [{"count": 1, "code": "FL101", "rule": "uncited-claim"}]


def test_junit_survives_control_characters(write):
    folder = write({"a.md": "Sales rose 5% [1].\n", "a.sources.yaml": 'sources:\n  "w\\x01x": {excerpt: x}\n'
                    "  1: {excerpt: Sales rose 5%.}\n"})
    root = ET.fromstring(run(folder, "check", "a.md", "--format", "junit").stdout)
    assert root.findall(".//failure")


def test_fail_on_from_settings_covers_sidecar_findings(write):
    folder = write({".factlint.toml": 'fail-on = "error"\n', "a.md": "Sales rose 5% [1].\n",
                    "a.sources.yaml": "sources:\n  1: Sales rose 5%.\n  2: Other.\n"})
    result = run(folder, "check", "a.md")
    assert "unused-source" in result.stdout and result.exit_code == 0


def test_a_shared_sources_file_reports_unused_sources_once(write):
    folder = write({"a.md": "Sales rose 5% [1].\n", "b.md": "Costs rose 3% [2].\n",
                    "refs.yaml": "sources:\n  1: Sales rose 5%.\n  2: Costs rose 3%.\n  3: Other.\n"})
    report = json.loads(run(folder, "check", "a.md", "b.md", "--sources", "refs.yaml", "--format", "json").stdout)
    assert [(f["rule"], f["line"]) for f in report["findings"]] == [("unused-source", 4)]


def test_stdin_filename_alone_reads_standard_input(write, monkeypatch):
    from click.testing import CliRunner

    from factlint.cli import main

    monkeypatch.chdir(write({}))
    result = CliRunner().invoke(main, ["check", "--stdin-filename", "x.md"], input=b"Some 70% fly.\n")
    assert result.exit_code == 1 and result.stdout.startswith("x.md:1:6: FL101")


def test_internal_errors_are_one_line(write, monkeypatch):
    import subprocess
    import sys

    folder = write({"a.md": "Some 70% fly.\n"})
    env = dict(os.environ, FACTLINT_DEBUG="")
    env.pop("FACTLINT_DEBUG")
    done = subprocess.run([sys.executable, "-c", "import factlint.lint.checks as c; c.run_checks = None; "
                           "from factlint.cli import entry; import sys; sys.argv = ['factlint', 'check', 'a.md']; "
                           "entry()"], cwd=folder, capture_output=True, text=True, env=env)
    assert done.returncode == 2 and done.stderr.startswith("factlint: error: internal error")
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
