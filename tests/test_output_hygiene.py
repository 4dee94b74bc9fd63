"""Escape sequences from the input never reach a terminal or a log raw, in any format (issue 11)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from test_cli import run

EVIDENCE = "Sales \x1b]8;;https://evil.example\x1b\\rose\x1b]8;;\x1b\\ 5% in\u2028April\x9b."
ARTICLE = ("Sales rose 7% in April [1].\n\n<!-- factlint-disable-line \x1b[2J" + "\x9b31m" + " -->\n\n"
           "Costs rose 3% [2].\n")
SIDECAR = ('sources:\n  1: {excerpt: "Sales \\e]8;;https://evil.example\\e\\\\rose\\e]8;;\\e\\\\ 5% in\\LApril\\x9b."}\n'
           '  2: Costs rose 3%.\n')
OUR_COLOURS = re.compile(r"\x1b\[(?:1;3[136]|1|35|2|0)m")
HUMAN = ["text", "concise", "grouped", "github", "junit"]


def raw_controls(output: str) -> list[str]:
    """Control characters left in `output` once factlint's own colour codes are taken out."""
    return re.findall("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]", OUR_COLOURS.sub("", output))


@pytest.fixture
def project(write):
    return write({"a.md": ARTICLE, "a.sources.yaml": SIDECAR})


@pytest.mark.parametrize("fmt", HUMAN)
def test_human_formats_escape_what_the_input_holds(project, fmt):
    for colour in ("never", "always"):
        result = run(project, "check", "a.md", "--format", fmt, "--color", colour)
        assert result.exit_code == 1 and "unsupported-figure" in result.stdout and "unused-suppression" in result.stdout
        assert raw_controls(result.stdout) == [], result.stdout
        assert "\\x1b[2J\\x9b31m" in result.stdout


def test_the_text_format_shows_escapes_in_evidence_and_messages(project):
    out = run(project, "check", "a.md").stdout
    assert "    source: Sales \\x1b]8;;https://evil.example\\x1b\\rose\\x1b]8;;\\x1b\\ 5% in April\\x9b." in out  # split() folds U+2028
    assert "factlint-disable-line \\x1b[2J\\x9b31m -->" in out


def test_a_report_file_is_escaped_too(project):
    run(project, "check", "a.md", "-o", "report.txt", "--color", "always")
    assert raw_controls((project / "report.txt").read_text()) == []


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab"])
def test_json_formats_keep_the_exact_text_and_print_no_raw_control(project, fmt):
    out = run(project, "check", "a.md", "--format", fmt).stdout
    assert raw_controls(out) == [] and "\\u001b" in out
    data = json.loads(out)
    if fmt == "json":
        texts = [(f.get("evidence"), f["message"]) for f in data["findings"]]
    elif fmt == "sarif":
        texts = [(r.get("properties", {}).get("evidence"), r["message"]["text"]) for r in data["runs"][0]["results"]]
    else:
        texts = [(None, issue["description"]) for issue in data]
    assert (EVIDENCE in [evidence for evidence, _ in texts]) == (fmt != "gitlab")
    assert any("factlint-disable-line \x1b[2J\x9b31m -->" in message for _, message in texts)


def test_a_file_name_with_a_newline_stays_on_one_line(write):
    folder = write({"a\nb.md": "Some 70% fly.\n", "c\x1b[31m.md": b"\0"})
    result = run(folder, "check", ".")
    assert result.stdout.splitlines()[0].startswith("a\\nb.md:1:6: FL101")
    assert result.stderr == "factlint: error: c\\x1b[31m.md: is a binary file\n"
    report = json.loads(run(folder, "check", ".", "--format", "json").stdout)
    assert report["findings"][0]["path"] == "a\nb.md"


def test_claims_text_is_escaped(write):
    folder = write({"a\x1b[31m.md": "Some 70% fly.\n"})
    out = run(folder, "claims", ".").stdout
    assert out.startswith("a\\x1b[31m.md:1:6: 70%") and "\x1b" not in out


def test_a_real_terminal_run_gets_only_our_colours(project):
    done = subprocess.run([sys.executable, "-m", "factlint", "check", "a.md", "--color", "always"], cwd=project,
                          capture_output=True, text=True)
    assert done.returncode == 1 and OUR_COLOURS.search(done.stdout) and raw_controls(done.stdout) == []
