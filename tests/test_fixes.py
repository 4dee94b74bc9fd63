"""Fixes: `check --fix`, `--unsafe-fixes` and `--diff` on real files, compared with the expected text."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from conftest import ROOT
from test_cli import run

ARTICLE = ("# Prices\n\n"
           "Services inflation eased to 4.6% in September [1].\n"
           "Core inflation rose to 3.2% in the year to September [1].\n"
           "Exports reached $85.2 million in the quarter [1]. <!-- factlint-disable-line uncited-claim -->\n"
           "Food prices increased 10.4% over the year [2].\n"
           "<!-- factlint-disable-next-line unused-source -->\n"
           "The deficit was 12% of output [1\n")
SIDECAR = """sources:
  1:
    excerpt: >-
      Services inflation eased to 4.9% in September. Core inflation fell to 3.2% in the year
      to September. Exports reached $85.2 billion in the quarter. The deficit was 12% of output.
  2:
    excerpt: Energy prices rose 41.6% over the year.
  3:
    excerpt: Food prices increased 10.4% over the year.
"""
SAFE = ("# Prices\n\n"
        "Services inflation eased to 4.6% in September [1].\n"
        "Core inflation rose to 3.2% in the year to September [1].\n"
        "Exports reached $85.2 million in the quarter [1].\n"
        "Food prices increased 10.4% over the year [2].\n"
        "The deficit was 12% of output [1]\n")
ALL = ("# Prices\n\n"
       "Services inflation eased to 4.9% in September [1].\n"
       "Core inflation fell to 3.2% in the year to September [1].\n"
       "Exports reached $85.2 billion in the quarter [1].\n"
       "Food prices increased 10.4% over the year [3].\n"
       "The deficit was 12% of output [1]\n")
FIXED_RULES = {"figure-mismatch", "direction-mismatch", "unit-mismatch", "misattributed-figure",
               "unused-suppression", "malformed-citation"}


@pytest.fixture
def case(write):
    return write({"docs/a.md": ARTICLE, "docs/a.sources.yaml": SIDECAR})


def findings(folder) -> list[dict]:
    return json.loads(run(folder, "check", "docs", "--format", "json").stdout)["findings"]


def test_every_finding_of_the_fixable_rules_carries_its_fix_in_json(case):
    report = findings(case)
    fixes = {f["rule"]: f["fix"] for f in report if "fix" in f}
    assert set(fixes) == FIXED_RULES
    assert fixes["figure-mismatch"] == {
        "message": "Replace 4.6% with 4.9% (as [1] says)", "applicability": "unsafe",
        "edits": [{"line": 3, "column": 29, "end_line": 3, "end_column": 33, "content": "4.9%"}]}
    assert fixes["malformed-citation"]["applicability"] == fixes["unused-suppression"]["applicability"] == "safe"


def test_fix_applies_only_the_safe_fixes(case):
    result = run(case, "check", "docs", "--fix")
    assert (case / "docs" / "a.md").read_text(encoding="utf-8") == SAFE
    assert "Fixed 3 findings." in result.stderr
    assert "FL102 figure-mismatch" in result.stdout  # what is left is reported
    assert "unused-suppression" not in result.stdout and "malformed-citation" not in result.stdout


def test_unsafe_fixes_too_and_the_recheck_shows_them_gone(case):
    result = run(case, "check", "docs", "--fix", "--unsafe-fixes")
    assert (case / "docs" / "a.md").read_text(encoding="utf-8") == ALL
    assert "Fixed 7 findings." in result.stderr
    left = findings(case)
    assert not {f["rule"] for f in left} & FIXED_RULES
    assert [(f["rule"], f["message"]) for f in left] == [("unused-source", "source [2] is defined but never cited")]


def test_line_endings_bom_and_other_lines_are_kept(write):
    crlf = b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode()
    folder = write({"docs/a.md": crlf, "docs/a.sources.yaml": SIDECAR})
    run(folder, "check", "docs", "--fix", "--unsafe-fixes")
    assert (folder / "docs" / "a.md").read_bytes() == b"\xef\xbb\xbf" + ALL.replace("\n", "\r\n").encode()


def test_utf16_article_stays_utf16(write):
    folder = write({"docs/a.md": b"\xff\xfe" + ARTICLE.encode("utf-16-le"),
                    "docs/a.sources.yaml": SIDECAR})
    run(folder, "check", "docs", "--fix", "--unsafe-fixes")
    assert (folder / "docs" / "a.md").read_bytes() == b"\xff\xfe" + ALL.encode("utf-16-le")


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs patch")
def test_diff_writes_nothing_and_applies_with_patch(case, tmp_path_factory):
    result = run(case, "check", "docs", "--diff", "--unsafe-fixes")
    assert result.exit_code == 1 and "Would fix 7 findings in 1 file." in result.stderr
    assert result.stdout.startswith("--- a/docs/a.md\n+++ b/docs/a.md\n")
    assert (case / "docs" / "a.md").read_text(encoding="utf-8") == ARTICLE
    patched = subprocess.run(["patch", "-p1"], cwd=case, input=result.stdout, text=True, capture_output=True)
    assert patched.returncode == 0, patched.stdout + patched.stderr
    assert (case / "docs" / "a.md").read_text(encoding="utf-8") == ALL
    again = run(case, "check", "docs", "--diff", "--unsafe-fixes")
    assert again.exit_code == 0 and again.stdout == ""


def test_diff_to_a_file(case):
    result = run(case, "check", "docs", "--diff", "-o", "fixes.patch")
    assert result.stdout == "" and (case / "docs" / "a.md").read_text(encoding="utf-8") == ARTICLE
    patch = (case / "fixes.patch").read_text(encoding="utf-8")
    assert "-<!-- factlint-disable-next-line unused-source -->\n" in patch and "+The deficit was 12% of output [1]\n" in patch
    assert "4.9%" not in patch  # safe fixes only without --unsafe-fixes


def test_overlapping_fixes_one_at_a_time(write):
    """Two figures of one sentence misattributed to the same source: one citation edit fixes both."""
    folder = write({"docs/a.md": "Costs were $4.1 billion and $7.8 billion in 2023 [a].\n",
                    "docs/a.sources.yaml": "sources:\n  a:\n    excerpt: Costs were high in 2023.\n"
                                           "  b:\n    excerpt: Costs were $4.1 billion and $7.8 billion in 2023.\n"})
    result = run(folder, "check", "docs", "--fix", "--unsafe-fixes")
    assert (folder / "docs" / "a.md").read_text(encoding="utf-8") == \
        "Costs were $4.1 billion and $7.8 billion in 2023 [b].\n"
    assert "Fixed 2 findings." in result.stderr


def test_fix_refuses_standard_input(case):
    result = run(case, "check", "-", "--fix")
    assert result.exit_code == 2 and "standard input" in result.stderr and "Traceback" not in result.stderr


FIXTURES = ["01-uk-inflation-sidecar", "03-us-cpi-peak-sources-section", "04-euro-area-inflation-json",
            "08-apple-fy2023-file-source", "10-malaria-who-footnotes", "12-tesla-deliveries-sidecar",
            "116-us-gdp-2025-quarters-yml", "124-scotland-drug-deaths-file-yml", "41-ingenuity-citation-needed",
            "66-public-finances-trillions", "87-census-2021-answer-engine", "138-germany-economy-2024-txt"]


def test_fixture_suite_fixes_every_finding_that_has_a_fix(tmp_path):
    for name in FIXTURES:
        shutil.copytree(ROOT / "fixtures" / name, tmp_path / "docs" / name)
    before = findings(tmp_path)
    run(tmp_path, "check", "docs", "--fix", "--unsafe-fixes")
    after = findings(tmp_path)
    fixed = [f for f in before if "fix" in f]
    assert len(fixed) >= 20
    assert [f for f in after if "fix" in f] == []
    for rule in FIXED_RULES:
        assert sum(f["rule"] == rule for f in after) <= sum(f["rule"] == rule for f in before if "fix" not in f)


def test_several_fitting_source_figures_give_choices_and_no_fix(write):
    article = "Exports rose 15.2% in April [1]. Rovers covered 7.3 km [2].\n"
    sidecar = ("sources:\n  1:\n    excerpt: Exports rose 14.1% in April in dollar terms. Exports rose 13.8% in April in "
               "yuan terms, from 12.9% in March.\n  2:\n    excerpt: The rover covered 7.73 kilometers (4.8 miles).\n")
    folder = write({"docs/a.md": article, "docs/a.sources.yaml": sidecar})
    exports, rover = findings(folder)
    assert "fix" not in exports  # none is clearly meant; 12.9% is the base 13.8% is compared with, no rival
    assert [(c["message"], c["edits"][0]["content"]) for c in exports["fix_choices"]] == [
        ("Replace 15.2% with 14.1% (as [1] says)", "14.1%"), ("Replace 15.2% with 13.8% (as [1] says)", "13.8%")]
    sarif = json.loads(run(folder, "check", "docs", "--format", "sarif").stdout)["runs"][0]["results"]
    assert [len(r.get("fixes", [])) for r in sarif if r["message"]["text"].startswith("15.2%")] == [2]
    # the conversion in brackets is the same figure, not a second choice
    assert (rover["fix"]["edits"][0]["content"], "fix_choices" in rover) == ("7.73 km", False)
    result = run(folder, "check", "docs", "--fix", "--unsafe-fixes")
    assert (folder / "docs" / "a.md").read_text() == article.replace("7.3 km", "7.73 km")
    assert result.exit_code == 1
