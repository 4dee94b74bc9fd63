"""The command line as a user meets it: real files in temporary folders, exit codes, formats."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from factlint import __version__
from factlint.cli import main

ARTICLE = "Exports rose 14.1% in April [1].\nImports fell 3% [1].\nSome 70% of chips ship by sea.\n"
SIDECAR = "sources:\n  1:\n    excerpt: Exports rose 4.1% in April, while imports fell 3%.\n"


# a test run outside CI, wherever the suite runs: no CI checkout root, no job summary to append to
NO_CI = {"CI_PROJECT_DIR": None, "GITHUB_WORKSPACE": None, "GITHUB_STEP_SUMMARY": None}


def run(folder, *args, env=None):
    """Run factlint in `folder` as a user would, capturing stdout and stderr apart."""
    old = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(main, list(args), env={**NO_CI, **(env or {})}, catch_exceptions=False)
    finally:
        os.chdir(old)


def test_text_output_points_at_each_finding(write):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": SIDECAR})
    result = run(folder, "check", "a.md")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("a.md:1:14: FL102 figure-mismatch 14.1% does not match [1], which says 4.1%")
    assert lines[1].startswith("    source: Exports rose 4.1% in April")
    assert lines[2].startswith("a.md:3:6: FL101 uncited-claim 70% is stated without a citation")
    assert lines[-1] == "Found 2 problems (1 error, 1 warning) in 1 of 1 file."


def test_json_report_follows_the_contract(write):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": SIDECAR})
    report = json.loads(run(folder, "check", "a.md", "--format", "json").output)
    assert report["version"] == 1 and report["files_checked"] == 1
    first = report["findings"][0]
    assert {k: first[k] for k in ("path", "line", "column", "end_line", "end_column", "rule", "code", "severity",
                                  "figure", "citations")} == {
        "path": "a.md", "line": 1, "column": 14, "end_line": 1, "end_column": 19, "rule": "figure-mismatch",
        "code": "FL102", "severity": "error", "figure": "14.1%", "citations": ["1"]}
    assert first["evidence"] == "Exports rose 4.1% in April, while imports fell 3%."


def test_columns_count_code_points_after_multibyte_text(write):
    folder = write({"a.md": "Café — “prices” rose 14.1% [1].\n", "a.sources.yaml": SIDECAR})
    finding = json.loads(run(folder, "check", "a.md", "--format", "json").output)["findings"][0]
    assert (finding["column"], finding["end_column"]) == (22, 27)


def test_clean_article_exits_zero(write):
    folder = write({"a.md": "Imports fell 3% [1].\n", "a.sources.yaml": SIDECAR})
    result = run(folder, "check", "a.md")
    assert result.exit_code == 0
    assert result.output == "No problems found in 1 file.\n"


def test_fail_on_error_ignores_warnings(write):
    folder = write({"a.md": "Some 70% of chips ship by sea.\n"})
    assert run(folder, "check", "a.md").exit_code == 1
    assert run(folder, "check", "a.md", "--fail-on", "error").exit_code == 0


def test_folder_is_searched_and_paths_are_relative(write):
    folder = write({"docs/a.md": "Some 70% ship by sea.\n", "docs/sub/b.txt": "About 5% fly.\n",
                    "docs/.hidden/c.md": "Some 9% hide.\n", "docs/node_modules/d.md": "Some 9% hide.\n",
                    "docs/e.md": "Costs rose [1].\n", "docs/e.sources.yaml": "sources:\n  1:\n    file: texts/s.txt\n",
                    "docs/texts/s.txt": "Costs rose 12% in 2023.\n"})
    report = json.loads(run(folder, "check", "docs", "--format", "json").output)
    assert report["files_checked"] == 3
    assert sorted(f["path"] for f in report["findings"]) == ["docs/a.md", "docs/sub/b.txt"]


def test_missing_file_is_a_one_line_error(write):
    folder = write({})
    result = run(folder, "check", "nope.md")
    assert result.exit_code == 2
    assert "nope.md: no such file or directory" in result.stderr


@pytest.mark.parametrize("content,words", [
    (b"\x00\x01\x02binary", "binary"), (b"caf\xe9 costs 5%", "not UTF-8"),
])
def test_unreadable_articles_exit_two_naming_the_file(write, content, words):
    folder = write({"bad.md": content, "good.md": "Some 70% ship by sea.\n"})
    result = run(folder, "check", ".", "--format", "json")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "bad.md" in result.stderr and words in result.stderr
    assert json.loads(result.stdout)["files_checked"] == 1


@pytest.mark.parametrize("sidecar", ["sources: {1: {excerpt: [unclosed\n", "sources: [1, 2]\n", "- just a list\n",
                                     "sources:\n  1:\n    file: missing.txt\n", "sources:\n  1: 42\n"])
def test_broken_sidecar_exits_two_naming_it(write, sidecar):
    folder = write({"a.md": "Exports rose 14.1% [1].\n", "a.sources.yaml": sidecar})
    result = run(folder, "check", "a.md")
    assert result.exit_code == 2
    assert "a.sources.yaml" in result.stderr or "missing.txt" in result.stderr
    assert "Traceback" not in result.output


def test_empty_and_huge_inputs_are_linted(write):
    folder = write({"empty.md": "", "big.md": "Exports rose 14.1% in April [1]. " * 20000 + "\n",
                    "big.sources.yaml": SIDECAR.replace("4.1%", "14.1%")})
    result = run(folder, "check", "empty.md", "big.md")
    assert result.exit_code == 0


def test_sarif_has_rules_and_regions(write):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": SIDECAR})
    log = json.loads(run(folder, "check", "a.md", "--format", "sarif").output)
    run_ = log["runs"][0]
    assert log["version"] == "2.1.0" and run_["columnKind"] == "unicodeCodePoints"
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    result = run_["results"][0]
    assert rule_ids[result["ruleIndex"]] == result["ruleId"] == "FL102"
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1, "startColumn": 14, "endLine": 1, "endColumn": 19}


def test_github_annotations_escape_their_fields(write):
    folder = write({"a,b.md": "Some 70% of chips ship by sea.\n"})
    output = run(folder, "check", "a,b.md", "--format", "github").output
    assert output == ("::warning file=a%2Cb.md,line=1,col=6,endLine=1,endColumn=9,title=FL101 uncited-claim::"
                      "70%25 is stated without a citation\n")


def test_colour_only_when_asked_and_never_with_no_color(write):
    folder = write({"a.md": "Some 70% ship by sea.\n"})
    assert "\033[" in run(folder, "check", "a.md", "--color", "always").output
    assert "\033[" not in run(folder, "check", "a.md").output
    assert "\033[" not in run(folder, "check", "a.md", env={"NO_COLOR": "1"}).output


def test_claims_lists_figures_with_values(write):
    folder = write({"a.md": "Revenue reached about $359 billion to $359.4 billion in April [1].\n",
                    "a.sources.yaml": SIDECAR})
    claims = json.loads(run(folder, "claims", "a.md", "--format", "json").output)["claims"]
    assert claims == [{"path": "a.md", "line": 1, "column": 23, "end_column": 53,
                       "figure": "$359 billion to $359.4 billion", "value": 359000000000, "unit": "USD",
                       "kind": "money", "approximate": True, "bound": "=", "citations": ["1"],
                       "sentence": "Revenue reached about $359 billion to $359.4 billion in April [1].",
                       "value_high": 359400000000}]


def test_rules_and_explain(write):
    folder = write({})
    listing = run(folder, "rules").output
    assert "FL102  figure-mismatch" in listing
    explained = run(folder, "explain", "FL102").output
    assert explained.startswith("figure-mismatch (FL102, default severity error)")
    assert "Use instead" in explained
    bad = run(folder, "explain", "no-such-rule")
    assert bad.exit_code == 2 and "unknown rule" in bad.stderr


def test_unknown_rule_in_select_is_an_error(write):
    folder = write({"a.md": "x\n"})
    result = run(folder, "check", "a.md", "--select", "FL9")
    assert result.exit_code == 2 and "FL9" in result.stderr


def test_python_dash_m_runs_the_same_cli():
    done = subprocess.run([sys.executable, "-m", "factlint", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == f"factlint, version {__version__}"
