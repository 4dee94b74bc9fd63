"""Every fixture folder: the findings factlint reports are exactly the expected ones."""

from __future__ import annotations

import pytest
import yaml

from conftest import ROOT, lint_folder
from factlint.evaluation import read_expected, score_case

CASES = sorted(p for p in (ROOT / "fixtures").iterdir() if (p / "expected.yaml").is_file())
KNOWN_MISSES = yaml.safe_load((ROOT / "fixtures" / "known-misses.yaml").read_text(encoding="utf-8")) or []


def test_there_are_many_varied_fixtures():
    assert len(CASES) >= 30
    rules = {want["rule"] for case in CASES for want in read_expected(case)}
    assert len(rules) == 11


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture(case):
    score = score_case(case.name, lint_folder(case), read_expected(case))
    missed = [(want["rule"], want["line"]) for _, want in score.missed]
    known = [(miss["rule"], miss["line"]) for miss in KNOWN_MISSES if miss["case"] == case.name]
    unexpected = [f"{f.rule} {f.path}:{f.line} {f.figure or ''} — {f.message}" for _, f in score.unexpected]
    assert (sorted(missed), unexpected) == (sorted(known), [])


def test_claims_lists_every_figure_check_judges(write):
    """`factlint claims` and `factlint check` agree: each figure finding is a listed claim."""
    import json

    from test_cli import run

    root = ROOT / "fixtures"
    claims = json.loads(run(root, "claims", ".", "--format", "json").stdout)["claims"]
    listed = {(c["path"], c["line"], c["column"]) for c in claims}
    report = json.loads(run(root, "check", ".", "--format", "json").stdout)
    judged = {(f["path"], f["line"], f["column"]) for f in report["findings"] if "figure" in f}
    assert judged and judged <= listed
