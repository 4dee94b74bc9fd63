"""Findings: what a check hit, and the full finding the engine makes of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from factlint.lint.catalog import rule_url

SEVERITIES = ("info", "warning", "error")
APPLICABILITIES = ("safe", "unsafe")


@dataclass(frozen=True)
class Edit:
    """Replace the article text between two offsets (`end` exclusive) with `content`; positions as in findings."""

    start: int
    end: int
    content: str
    line: int
    column: int
    end_line: int
    end_column: int

    def as_json(self) -> dict:
        """The edit as the JSON report gives it: positions in code points, and the new text."""
        return {"line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "content": self.content}


@dataclass(frozen=True)
class Fix:
    """How to remove a finding: edits to its article and whether they keep its meaning (ruff's Fix)."""

    message: str
    edits: tuple[Edit, ...]
    applicability: str  # "safe": the meaning stays; "unsafe": a figure or a citation changes

    def as_json(self) -> dict:
        """The fix as the JSON report gives it."""
        return {"message": self.message, "applicability": self.applicability,
                "edits": [e.as_json() for e in self.edits]}


@dataclass(frozen=True)
class Hit:
    """A bare result of a check: where, which rule, and the fields its message needs."""

    rule: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    fields: dict = field(default_factory=dict, compare=False, hash=False)
    figure: str | None = None
    citations: tuple[str, ...] = ()
    evidence: str | None = None
    key: str = ""  # the normalised text the finding is about: stable when lines move
    evidence_from: str | None = None  # the fetched page's URL, when the evidence came from the source cache
    fix: Fix | None = field(default=None, compare=False)  # how to put it right, made by lint.fixes
    choices: tuple[Fix, ...] = field(default=(), compare=False)  # or, when no one fix is clearly meant, these


@dataclass(frozen=True, order=True)
class Finding:
    """One problem, as the JSON report gives it (interface contract §3)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    code: str
    severity: str
    message: str
    figure: str | None = None
    citations: tuple[str, ...] = ()
    evidence: str | None = None
    key: str = ""
    fix: Fix | None = field(default=None, compare=False)
    evidence_from: str | None = field(default=None, compare=False)
    choices: tuple[Fix, ...] = field(default=(), compare=False)  # one fix per candidate when several fit

    def offered_fixes(self) -> tuple[Fix, ...]:
        """The fixes an editor may offer: the one fix, or every choice when several source figures fit."""
        return (self.fix,) if self.fix is not None else self.choices

    def as_json(self) -> dict:
        """The finding as a JSON object; optional keys only when they apply."""
        data = {"path": self.path, "line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "rule": self.rule, "code": self.code, "severity": self.severity,
                "message": self.message, "url": rule_url(self.rule)}
        if self.figure is not None:
            data["figure"] = self.figure
        if self.citations:
            data["citations"] = list(self.citations)
        if self.evidence is not None:
            data["evidence"] = self.evidence
        if self.fix is not None:
            data["fix"] = self.fix.as_json()
        if self.choices:
            data["fix_choices"] = [choice.as_json() for choice in self.choices]
        if self.evidence_from is not None:
            data["evidence_from"] = {"fetched": self.evidence_from}
        return data


def severity_rank(severity: str) -> int:
    """info < warning < error."""
    return SEVERITIES.index(severity)
