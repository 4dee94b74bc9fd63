"""Settings files and command-line options, the way a user sets them up in a project."""

from __future__ import annotations

import json

import pytest

from test_cli import run

UNCITED = "Some 70% of chips ship by sea.\n"


def findings(result):
    return [(f["path"], f["rule"], f["severity"]) for f in json.loads(result.stdout)["findings"]]


def test_pyproject_table_configures_rules_and_severity(write):
    folder = write({"pyproject.toml": '[tool.factlint]\nseverity = {uncited-claim = "error"}\n',
                    "a.md": UNCITED})
    assert findings(run(folder, "check", "a.md", "--format", "json")) == [("a.md", "uncited-claim", "error")]


def test_closest_settings_file_wins_and_dotfile_comes_first(write):
    folder = write({".factlint.toml": 'ignore = ["FL101"]\n', "a.md": UNCITED,
                    "sub/.factlint.yaml": "select: [uncited-claim]\n", "sub/pyproject.toml":
                    '[tool.factlint]\nignore = ["ALL"]\n', "sub/b.md": UNCITED})
    result = run(folder, "check", ".", "--format", "json")
    assert findings(result) == [("sub/b.md", "uncited-claim", "warning")]


def test_config_option_and_isolated(write):
    folder = write({".factlint.toml": 'ignore = ["uncited-claim"]\n', "strict.yaml": "fail-on: error\n",
                    "a.md": UNCITED})
    assert run(folder, "check", "a.md").exit_code == 0
    assert run(folder, "check", "a.md", "--isolated").exit_code == 1
    assert run(folder, "check", "a.md", "--isolated", "--config", "strict.yaml").exit_code == 0


def test_command_line_overrides_config(write):
    folder = write({".factlint.toml": 'select = ["FL0"]\n', "a.md": UNCITED})
    assert run(folder, "check", "a.md").exit_code == 0
    assert run(folder, "check", "a.md", "--select", "FL101").exit_code == 1
    assert run(folder, "check", "a.md", "--extend-select", "uncited-claim").exit_code == 1


def test_per_file_ignores_and_excludes(write):
    folder = write({".factlint.toml": '[per-file-ignores]\n"drafts/*.md" = ["uncited-claim"]\n'
                                      'extend-exclude = ["archive"]\n' if False else
                    'extend-exclude = ["archive"]\n[per-file-ignores]\n"drafts/*.md" = ["uncited-claim"]\n',
                    "drafts/a.md": UNCITED, "archive/b.md": UNCITED, "c.md": UNCITED})
    assert findings(run(folder, "check", ".", "--format", "json")) == [("c.md", "uncited-claim", "warning")]
    named = run(folder, "check", "archive/b.md", "--format", "json")
    assert findings(named) == [("archive/b.md", "uncited-claim", "warning")]
    forced = run(folder, "check", "archive/b.md", "--format", "json", "--force-exclude")
    assert json.loads(forced.stdout)["files_checked"] == 0


def test_paragraph_citation_scope(write):
    folder = write({"a.md": "Exports rose 14.1% in April. Imports jumped 25.3% [1].\n",
                    "a.sources.yaml": "sources:\n  1:\n    excerpt: Exports rose 14.1% and imports surged 25.3%.\n"})
    assert run(folder, "check", "a.md").exit_code == 1
    assert run(folder, "check", "a.md", "--citation-scope", "paragraph").exit_code == 0


def test_matching_tolerance_is_configurable(write):
    folder = write({"a.md": "Revenue was about $530 million [1].\n",
                    "a.sources.yaml": "sources:\n  1:\n    excerpt: Revenue was $500 million.\n"})
    assert run(folder, "check", "a.md").exit_code == 1
    (folder / ".factlint.toml").write_text("[matching]\nhedge = 0.1\n")
    assert run(folder, "check", "a.md").exit_code == 0


@pytest.mark.parametrize("content,words", [
    ('selct = ["FL1"]\n', "unknown setting 'selct'"),
    ('select = ["FL9"]\n', "unknown rule or code 'FL9'"),
    ('severity = {uncited-claim = "loud"}\n', "must be one of"),
    ('[matching]\nhedg = 0.1\n', "unknown matching tolerance 'hedg'"),
    ("select = [\n", "invalid TOML"),
])
def test_bad_settings_are_one_line_errors_naming_file_and_key(write, content, words):
    folder = write({".factlint.toml": content, "a.md": UNCITED})
    result = run(folder, "check", "a.md")
    assert result.exit_code == 2
    assert ".factlint.toml" in result.stderr and words in result.stderr
    assert result.stderr.count("\n") == 1


def test_stdin_is_linted_as_the_named_file(write, monkeypatch):
    folder = write({"docs/.factlint.toml": 'severity = {FL101 = "error"}\n',
                    "docs/a.sources.yaml": "sources:\n  1:\n    excerpt: Exports rose 4.1%.\n"})
    from click.testing import CliRunner

    from factlint.cli import main
    monkeypatch.chdir(folder)
    text = "Exports rose 14.1% [1].\nSome 70% ship by sea.\n"
    result = CliRunner().invoke(main, ["check", "-", "--stdin-filename", "docs/a.md", "--format", "json"],
                                input=text.encode())
    assert findings(result) == [("docs/a.md", "figure-mismatch", "error"), ("docs/a.md", "uncited-claim", "error")]


def test_batches_give_the_same_findings_as_one_call(write):
    folder = write({"a.md": UNCITED, "b.md": "Some 40% fly.\n", "c.md": "Costs rose 12% [1].\n",
                    "c.sources.yaml": "sources:\n  1:\n    excerpt: Costs rose 21%.\n"})
    together = findings(run(folder, "check", "a.md", "b.md", "c.md", "--format", "json"))
    apart = [f for name in ("a.md", "b.md", "c.md") for f in findings(run(folder, "check", name, "--format", "json"))]
    assert together == apart and len(together) == 3
