"""The rule files: well-formed, consistent with the code, and their cases lint as documented."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT, lint_folder
from factlint.lint.catalog import load_rules
from factlint.lint.phrasing import cited_fields
from factlint.evaluation import score_case

RULES = load_rules()
CONTRACT_RULES = {"uncited-claim", "dangling-reference", "unused-source", "duplicate-source", "figure-mismatch",
                  "unsupported-figure", "misattributed-figure", "unit-mismatch", "direction-mismatch",
                  "unverifiable-citation", "malformed-citation"}
# the fields each rule's check supplies to its message template
CITED = set(cited_fields(["1"]))  # a list of cited sources and the words that agree with it
FIELDS = {
    "dangling-reference": {"id"}, "unused-source": {"id"}, "duplicate-source": {"id", "first"},
    "malformed-citation": {"text", "reason"}, "unverifiable-citation": {"figure", "reason", *CITED},
    "uncited-claim": {"figure"}, "unused-suppression": {"directive", "problem"},
    **{rule: {"figure", "source_figure", "aspect", "suggestion", "suggestion_them", "claim_direction",
              "source_direction", *CITED}
       for rule in ("figure-mismatch", "unsupported-figure", "misattributed-figure", "unit-mismatch",
                    "direction-mismatch")},
}


def test_every_contract_rule_has_a_file():
    assert CONTRACT_RULES <= set(RULES)


@pytest.mark.parametrize("name", sorted(RULES))
def test_rule_file(name):
    path = ROOT / "rules" / f"{name}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["name"] == path.stem
    assert re.fullmatch(r"FL\d{3}", data["code"])
    assert data["severity"] in ("error", "warning", "info")
    for key in ("summary", "why", "example", "use_instead"):
        assert str(data.get(key, "")).strip(), f"{name}: {key} is empty"
    used = set(re.findall(r"{(\w+)}", data["message"]))
    assert used <= FIELDS[name], f"{name}: message uses fields its check does not supply"
    outcomes = [bool(case["expected"]) for case in data["cases"]]
    assert True in outcomes and False in outcomes, "a rule needs a failing and a passing case"


def test_codes_are_unique():
    codes = [rule.code for rule in RULES.values()]
    assert len(codes) == len(set(codes))


def test_readme_lists_every_rule():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        assert f"| {rule.code} | `{rule.name}` |" in readme, f"README rule table lacks {rule.name}"


CASES = [(name, case) for name, rule in sorted(RULES.items()) for case in rule.cases]


@pytest.mark.parametrize("name,case", CASES, ids=[f"{n}:{c['name']}" for n, c in CASES])
def test_rule_case(name, case, tmp_path):
    (tmp_path / "article.md").write_text(case["article"], encoding="utf-8")
    if case.get("sources"):
        (tmp_path / "article.sources.yaml").write_text(
            yaml.safe_dump({"sources": case["sources"]}, sort_keys=False, allow_unicode=True,
                           default_flow_style=False, width=1000), encoding="utf-8")
    expected = [{"file": "article.md", **want} for want in case["expected"]]
    score = score_case(name, lint_folder(tmp_path), expected)
    missed = [want for _, want in score.missed]
    unexpected = [f"{f.rule} {f.path}:{f.line} {f.figure or ''} — {f.message}" for _, f in score.unexpected]
    assert (missed, unexpected) == ([], [])
