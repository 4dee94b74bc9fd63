"""Every output format, pinned in full by golden files; SARIF validated against its schema.

Set FACTLINT_UPDATE_GOLDEN=1 to rewrite the golden files, then review them in git.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT
from test_cli import run

GOLDEN = ROOT / "tests" / "golden"
ARTICLE = ("# Exports\n\nExports rose 14.1% in April [1], while imports fell 3% [1].\n"
           "Earnings hit $500 billion an hour [2].\nSome 70% of chips ship by sea, says the \"report\".\n"
           "See the note [9].\n")
SIDECAR = ("sources:\n  1:\n    excerpt: Exports rose 4.1% in April, while imports fell 3%.\n"
           "  2:\n    excerpt: Earnings reached roughly $500m an hour.\n  3:\n    url: https://x.example\n")
FORMATS = ["text", "concise", "grouped", "json", "sarif", "github", "gitlab", "junit"]


@pytest.fixture
def case(write):
    return write({"docs/a.md": ARTICLE, "docs/a.sources.yaml": SIDECAR})


@pytest.mark.parametrize("fmt", FORMATS)
def test_format_golden(case, fmt):
    output = run(case, "check", "docs", "--format", fmt).stdout
    output = output.replace(Path(os.path.realpath(case)).as_uri() + "/", "file:///PROJECT/")  # SARIF's %SRCROOT%
    golden = GOLDEN / f"report.{fmt}"
    if os.environ.get("FACTLINT_UPDATE_GOLDEN"):
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")


def test_sarif_validates_against_the_2_1_0_schema(case):
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(run(case, "check", "docs", "--format", "sarif").stdout)
    jsonschema.validate(log, schema)
    assert log["runs"][0]["results"]


def test_junit_is_well_formed_xml(case):
    import xml.etree.ElementTree as ET

    root = ET.fromstring(run(case, "check", "docs", "--format", "junit").stdout)
    assert root.tag == "testsuites" and int(root.get("failures")) == len(root.findall(".//failure")) == 5


def test_gitlab_fingerprints_survive_moving_lines(case):
    before = {i["fingerprint"] for i in json.loads(run(case, "check", "docs", "--format", "gitlab").stdout)}
    path = case / "docs" / "a.md"
    path.write_text("Intro.\n\n" + ARTICLE, encoding="utf-8")
    after = {i["fingerprint"] for i in json.loads(run(case, "check", "docs", "--format", "gitlab").stdout)}
    assert before == after and len(before) == 5


def test_statistics_quiet_exit_zero_and_output_file(case):
    stats = run(case, "check", "docs", "--statistics")
    assert stats.stdout.splitlines()[0].split() == ["1", "FL001", "dangling-reference"]
    quiet = run(case, "check", "docs", "-q").stdout
    assert "Found" not in quiet and quiet.count("\n") == len([l for l in quiet.splitlines()])
    assert run(case, "check", "docs", "--exit-zero").exit_code == 0
    written = run(case, "check", "docs", "--format", "json", "-o", "out.json")
    assert written.stdout == "" and json.loads((case / "out.json").read_text())["files_checked"] == 1


def test_editor_problem_matcher_reads_concise_output(case):
    matcher = json.loads((ROOT / "docs" / "editors" / "vscode-problem-matcher.json").read_text())
    pattern = matcher["problemMatcher"]["pattern"]
    lines = run(case, "check", "docs", "--format", "concise").stdout.splitlines()
    parsed = [re.match(pattern["regexp"], line) for line in lines]
    assert all(parsed)
    first = parsed[0]
    assert (first.group(pattern["file"]), first.group(pattern["line"]), first.group(pattern["column"]),
            first.group(pattern["code"])) == ("docs/a.md", "3", "14", "FL102")
