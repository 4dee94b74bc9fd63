"""Score findings against labelled expectations: per-rule true positives, misses and false alarms.

Used by the fixture and rule-case tests and by benchmarks/evaluate.py. An expectation is a mapping
{rule, file, line, figure?}; a finding matches it when rule, file name and line agree and,
where a figure is expected, the finding's figure contains it.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factlint.lint.findings import Finding


@dataclass
class Score:
    """Matched, missed and unexpected findings of one or more cases."""

    matched: list[tuple[str, Finding]] = field(default_factory=list)
    missed: list[tuple[str, dict]] = field(default_factory=list)
    unexpected: list[tuple[str, Finding]] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.matched += other.matched
        self.missed += other.missed
        self.unexpected += other.unexpected

    def per_rule(self) -> dict[str, tuple[int, int, int]]:
        """rule → (true positives, false negatives, false positives)."""
        tp = Counter(f.rule for _, f in self.matched)
        fn = Counter(e["rule"] for _, e in self.missed)
        fp = Counter(f.rule for _, f in self.unexpected)
        return {rule: (tp[rule], fn[rule], fp[rule]) for rule in sorted(set(tp) | set(fn) | set(fp))}


def _matches(finding: Finding, want: dict) -> bool:
    return (finding.rule == want["rule"] and os.path.basename(finding.path) == want["file"]
            and finding.line == want["line"]
            and ("figure" not in want or str(want["figure"]) in (finding.figure or "")))


def score_case(name: str, findings: list[Finding], expected: list[dict]) -> Score:
    """Compare the warning- and error-level findings of one case with its expectations."""
    score = Score()
    left = [f for f in findings if f.severity in ("error", "warning")]
    for want in expected:
        hit = next((f for f in left if _matches(f, want)), None)
        if hit is None:
            score.missed.append((name, want))
        else:
            left.remove(hit)
            score.matched.append((name, hit))
    score.unexpected.extend((name, f) for f in left)
    return score


def lint_folder(folder: Path) -> list[Finding]:
    """Every finding for the articles of a folder, with default settings, as the CLI reports them."""
    from factlint.runner import Request, run
    from factlint.read.settings import Settings

    outcome = run(Request((str(folder),)), Settings(isolated=True))
    if outcome.errors:
        raise ValueError(f"{folder}: {'; '.join(outcome.errors)}")
    return outcome.findings


def read_expected(folder: Path) -> list[dict]:
    """A fixture's expected.yaml: a list of {rule, file, line, figure?}."""
    return yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8")) or []


def table(score: Score) -> str:
    """Per-rule precision and recall as a Markdown table."""
    rows = ["| rule | expected | found | false alarms | precision | recall |", "|---|---:|---:|---:|---:|---:|"]
    totals = [0, 0, 0]
    for rule, (tp, fn, fp) in score.per_rule().items():
        totals = [totals[0] + tp, totals[1] + fn, totals[2] + fp]
        rows.append(_row(rule, tp, fn, fp))
    rows.append(_row("**all**", *totals))
    return "\n".join(rows)


def _row(rule: str, tp: int, fn: int, fp: int) -> str:
    precision = f"{tp / (tp + fp):.3f}" if tp + fp else "-"
    recall = f"{tp / (tp + fn):.3f}" if tp + fn else "-"
    return f"| {rule} | {tp + fn} | {tp} | {fp} | {precision} | {recall} |"
