"""Inline suppression in Markdown comments, applied by the engine in one place.

    <!-- factlint-disable [rules] -->            off from here until enabled again
    <!-- factlint-enable [rules] -->             on again
    <!-- factlint-disable-line [rules] -->       off on this line
    <!-- factlint-disable-next-line [rules] -->  off on the next line
    <!-- factlint-disable-file [rules] -->       off in the whole file

Rules are names or codes, separated by spaces or commas; none means every rule. A
directive that hides nothing, or that names a rule that does not exist (a misspelling would
hide nothing and say nothing, like ruff's RUF100 "unknown" codes), is itself reported as
`unused-suppression`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.lint.catalog import find_rule, load_rules
from factlint.parse.document import LineIndex
from factlint.lint.findings import Finding
from factlint.parse.markup import code_only_spans
from factlint.report.printable import brief
from factlint.report.suggest import did_you_mean

_DIRECTIVE = re.compile(
    r"<!--[ \t]*factlint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^<>\n]{0,400}?)[ \t]*-->")
ALL = "*"


@dataclass(frozen=True)
class Directive:
    """One suppression comment: what it does, to which rules, and where it stands."""

    kind: str
    rules: frozenset[str]   # rule names; {ALL} for every rule
    line: int
    column: int
    end_column: int
    text: str
    unknown: tuple[str, ...] = ()  # names that are no rule's name or code, as written

    def covers(self, rule: str) -> bool:
        return ALL in self.rules or rule in self.rules


def find_directives(text: str) -> list[Directive]:
    """Every suppression comment of a Markdown text, in order; comments shown in code do not count."""
    lines = LineIndex(text)
    found = []
    code = code_only_spans(text, lines) if "factlint-" in text else []
    for match in _DIRECTIVE.finditer(text):
        if any(span.start <= match.start() < span.end for span in code):
            continue
        names = [w for w in re.split(r"[\s,]+", match.group(2).strip()) if w]
        rules = frozenset(rule.name if (rule := find_rule(n)) else n for n in names) or frozenset({ALL})
        unknown = tuple(dict.fromkeys(n for n in names if find_rule(n) is None))
        line, column = lines.position(match.start())
        found.append(Directive(match.group(1), rules, line, column, column + len(match.group(0)), match.group(0),
                               unknown))
    return found


def unknown_names(directive: Directive) -> str:
    """What a directive's unknown rule names are, with the closest rule for each: for its finding."""
    rules = load_rules()
    known = [*rules, *(rule.code for rule in rules.values())]
    named = ", ".join(f"{brief(name)}{did_you_mean(name, known)}" for name in directive.unknown)
    return f"names {'an unknown rule' if len(directive.unknown) == 1 else 'unknown rules'}: {named}"


def _covering(directives: list[Directive], rule: str, line: int) -> Directive | None:
    """The directive that hides `rule` on `line`, if any."""
    for d in directives:
        if d.covers(rule) and (d.kind == "disable-file" or (d.kind == "disable-line" and d.line == line)
                               or (d.kind == "disable-next-line" and d.line + 1 == line)):
            return d
    hider = None
    for d in directives:  # ranges: the latest disable or enable above the line decides
        if d.line > line or d.kind not in ("disable", "enable") or not d.covers(rule):
            continue
        hider = d if d.kind == "disable" else None
    return hider


def apply_suppressions(findings: list[Finding], directives: list[Directive], path: str,
                       ) -> tuple[list[Finding], list[Directive]]:
    """Findings left after suppression, and the directives that hid nothing."""
    used: set[Directive] = set()
    kept = []
    for finding in findings:
        in_article = finding.path == path
        relevant = directives if in_article else [d for d in directives if d.kind == "disable-file"]
        hider = _covering(relevant, finding.rule, finding.line)
        if hider is None:
            kept.append(finding)
        else:
            used.add(hider)
    unused = [d for d in directives if d not in used and d.kind != "enable"]
    return kept, unused
