"""The figure extractor against a table of expressions: value, unit, kind, bound, hedge, direction."""

from __future__ import annotations

import pytest
import yaml

from conftest import ROOT, figures_in

TABLE = yaml.safe_load((ROOT / "tests" / "data" / "figures.yaml").read_text(encoding="utf-8"))


def _expected(entry: dict) -> list[tuple]:
    return [(f["figure"], f["kind"], f.get("unit"), f.get("bound", "="), f.get("approximate", False),
             f.get("direction")) for f in entry["figures"] or []]


def _actual(figures) -> list[tuple]:
    return [(f.text, f.kind, f.unit, f.bound, f.approximate, f.direction) for f in figures]


def test_table_is_large_and_varied():
    kinds = {f["kind"] for entry in TABLE for f in entry["figures"] or []}
    assert len(TABLE) >= 150
    assert kinds == {"percent", "money", "count", "quantity", "ratio"}
    assert sum(not entry["figures"] for entry in TABLE) >= 30


@pytest.mark.parametrize("entry", TABLE, ids=[e["text"][:60] for e in TABLE])
def test_expression(entry):
    figures = figures_in(entry["text"])
    assert _actual(figures) == _expected(entry)
    for figure, want in zip(figures, entry["figures"] or []):
        assert figure.value == pytest.approx(float(want["value"]), rel=1e-4)
        if "value_high" in want:
            assert figure.value_high == pytest.approx(float(want["value_high"]), rel=1e-4)
        else:
            assert figure.value_high is None


def test_a_run_of_set_scores_holds_no_figure():
    """'3-6, 3-6, 6-4, 6-4, 6-3' are a match's sets (one falls, as no range does); a list of ranges stays."""
    assert [f.text for f in figures_in("Sinner beat Medvedev 3-6, 3-6, 6-4, 6-4, 6-3 in 3 hours.")] == ["3 hours"]
    assert [f.text for f in figures_in("Sinner beat Medvedev 3-6 3-6 6-4 6-4 6-3 in 3 hours.")] == ["3 hours"]
    assert [f.text for f in figures_in("Lows of 3-6, 5-9 and 7-12 degrees.")][:2] == ["3-6", "5-9"]


def test_a_day_after_an_abbreviated_month_is_a_date():
    assert [f.text for f in figures_in("On Dec. 24 the probe passed 3.8 million miles above the Sun.")] \
        == ["3.8 million miles"]
    assert [f.text for f in figures_in("On Sept. 3 it rose 3%.")] == ["3%"]


def test_a_measure_after_an_abbreviated_month_is_no_date():
    assert [f.text for f in figures_in("Retail sales in Dec. 4% higher than a year earlier.")] == ["4%"]
    assert [f.text for f in figures_in("Rainfall in Sept. 3 times the long-term average.")] == ["3 times"]


def test_growth_of_a_percent_to_a_percent_is_a_range():
    assert [f.text for f in figures_in("It guided to organic revenue growth of 6% to 7% in 2024.")] == ["6% to 7%"]
    # a verb of change before it still makes a change and a level
    assert [f.text for f in figures_in("Revenue grew 6% to $7 billion in 2024.")] == ["6%", "$7 billion"]
    assert [f.text for f in figures_in("The rate rose from 6% to 7% in 2024.")] == ["6%", "7%"]


def test_a_dozen_a_price_is_for_is_no_count():
    assert [f.text for f in figures_in("The average price of a dozen eggs hit $6.23 in March.")] == ["$6.23"]
    assert [f.text for f in figures_in("A dozen people were hurt in the crash.")] == ["A dozen"]


def test_a_quarter_of_a_century_is_a_span_not_a_share():
    assert [f.text for f in figures_in("Births were the lowest in a quarter of a century.")] == []
    assert [f.text for f in figures_in("Half a century ago the rate was 3%.")] == ["3%"]
    assert [f.text for f in figures_in("A quarter of voters backed it.")] == ["A quarter"]
