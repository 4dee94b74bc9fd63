"""Output formats: each a small function from findings (or claims) and the run's facts to text.

The CI formats live in their own modules (sarif, github, gitlab), with the paths they give
from the project root (locations); FORMATS names them all.

Text from the input (paths, messages quoting figures or comments, evidence) is escaped in
every human-readable format, so only factlint's own colours reach a terminal; JSON formats
stay exact JSON (see printable).
"""

from __future__ import annotations

import json
import re

from factlint.lint.findings import Finding
from factlint.report.facts import RunFacts, error_record
from factlint.report.github import github
from factlint.report.gitlab import gitlab
from factlint.report.printable import escape, json_safe
from factlint.report.sarif import sarif
from factlint.report.summary import summary

_COLOURS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m", "path": "\033[1m",
            "code": "\033[35m", "dim": "\033[2m", "reset": "\033[0m"}


def text(findings: list[Finding], run: RunFacts, colour: bool = False) -> str:
    """`path:line:col: CODE rule message`, the evidence indented below, then a count."""
    def paint(kind: str, words: str) -> str:
        return f"{_COLOURS[kind]}{words}{_COLOURS['reset']}" if colour else words

    lines = []
    for f in findings:
        lines.append(f"{paint('path', escape(f.path))}:{f.line}:{f.column}: {paint(f.severity, f.code)} "
                     f"{paint('code', f.rule)} {escape(f.message)}")
        if f.evidence:
            where = f" (fetched page {escape(f.evidence_from)})" if f.evidence_from else ""
            lines.append(paint("dim", f"    source{where}: {escape(' '.join(f.evidence.split()))}"))
    lines.append(summary(findings, run))
    return "\n".join(lines) + "\n"


def json_report(findings: list[Finding], run: RunFacts) -> str:
    """The JSON report of the interface contract, §3, with the run's `errors` (each exit-2 error: file and
    message): the text json.dumps(indent=2) gives the whole, written one finding at a time, so a large run
    never holds every finding as a dict at once."""
    items = ",\n".join(_indented(json.dumps(f.as_json(), indent=2, ensure_ascii=False), "    ") for f in findings)
    listed = f"[\n{items}\n  ]" if findings else "[]"
    errors = _indented(json.dumps([error_record(line) for line in run.errors], indent=2, ensure_ascii=False), "  ")
    return json_safe(f'{{\n  "version": 1,\n  "files_checked": {run.files},\n  "findings": {listed},\n'
                     f'  "errors": {errors.lstrip()}\n}}') + "\n"


def _indented(text: str, margin: str) -> str:
    """Every line of a JSON text moved right by `margin` (its strings hold no raw line breaks)."""
    return margin + text.replace("\n", "\n" + margin)


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() and abs(value) < 1e18 else round(value, 6)


def claims_json(claims: list[dict]) -> str:
    """The claims listing of the interface contract, §6."""
    return json_safe(json.dumps({"version": 1, "claims": claims}, indent=2, ensure_ascii=False)) + "\n"


def claim_record(path: str, position, figure, citations, sentence: str) -> dict:
    """One claim as §6 lists it."""
    line, column, end_column = position
    record = {"path": path, "line": line, "column": column, "end_column": end_column, "figure": figure.text,
              "value": _number(figure.value), "unit": figure.unit, "kind": figure.kind,
              "approximate": figure.approximate, "bound": figure.bound, "citations": list(citations),
              "sentence": " ".join(sentence.split())}
    if figure.value_high is not None:
        record["value_high"] = _number(figure.value_high)
    if figure.direction:
        record["direction"] = figure.direction
    return record


def claims_text(claims: list[dict]) -> str:
    """One line per claim: where, the figure, what it was read as, and what it cites."""
    lines = []
    for c in claims:
        value = f"{c['value']}" + (f"–{c['value_high']}" if "value_high" in c else "")
        hedge = "" if c["bound"] == "=" else f"{c['bound']} "
        hedge += "~" if c["approximate"] else ""
        cites = " ".join(f"[{i}]" for i in c["citations"]) or "(uncited)"
        lines.append(f"{escape(c['path'])}:{c['line']}:{c['column']}: {escape(c['figure'])}  →  {c['kind']} {hedge}{value}"
                     f"{' ' + c['unit'] if c['unit'] else ''}  {cites}")
    lines.append(f"{len(claims)} claim{'s' * (len(claims) != 1)}.")
    return "\n".join(lines) + "\n"


def concise(findings: list[Finding], run: RunFacts) -> str:
    """One line per finding, no evidence, no summary: for editors and grep."""
    return "".join(f"{escape(f.path)}:{f.line}:{f.column}: {f.code} {f.rule} {escape(f.message)}\n" for f in findings)


def grouped(findings: list[Finding], run: RunFacts, colour: bool = False) -> str:
    """Findings under a heading per file, then the count."""
    lines, current = [], None
    for f in findings:
        if f.path != current:
            if current is not None:
                lines.append("")
            lines.append(escape(f.path) + ":")
            current = f.path
        lines.append(f"  {f.line}:{f.column} {f.code} {f.rule} {escape(f.message)}")
    if lines:
        lines.append("")
    lines.append(summary(findings, run))
    return "\n".join(lines) + "\n"


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def junit(findings: list[Finding], run: RunFacts) -> str:
    """JUnit XML: a test suite per file, a failing test case per finding."""
    from xml.sax.saxutils import escape as xml_text
    from xml.sax.saxutils import quoteattr as xml_attribute

    def quoteattr(text: str) -> str:
        return xml_attribute(_XML_FORBIDDEN.sub("\ufffd", escape(text)))

    def body(text: str) -> str:
        return xml_text(_XML_FORBIDDEN.sub("\ufffd", escape(text)))

    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<testsuites name="factlint" tests="{len(findings)}" failures="{len(findings)}">']
    for path, group in by_path.items():
        out.append(f'  <testsuite name={quoteattr(path)} tests="{len(group)}" failures="{len(group)}">')
        for f in group:
            name = quoteattr(f"{f.code} {f.rule} at {f.line}:{f.column}")
            out.append(f'    <testcase name={name} classname={quoteattr(path)}>')
            out.append(f'      <failure message={quoteattr(f.message)} type={quoteattr(f.severity)}>'
                       f'{body(f"{path}:{f.line}:{f.column}: {f.message}")}</failure>')
            out.append("    </testcase>")
        out.append("  </testsuite>")
    out.append("</testsuites>")
    return "\n".join(out) + "\n"


def _rule_counts(findings: list[Finding]) -> list[tuple[int, str, str]]:
    """(count, code, rule) for each rule with findings, most first."""
    counts: dict[tuple[str, str], int] = {}
    for f in findings:
        counts[(f.code, f.rule)] = counts.get((f.code, f.rule), 0) + 1
    return [(n, code, rule) for (code, rule), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def statistics_json(findings: list[Finding]) -> str:
    """The per-rule counts as JSON."""
    rows = [{"count": n, "code": code, "rule": rule} for n, code, rule in _rule_counts(findings)]
    return json.dumps(rows, indent=2) + "\n"


def statistics(findings: list[Finding]) -> str:
    """How many findings each rule produced, most first."""
    return "".join(f"{n:5d}  {code}  {rule}\n" for n, code, rule in _rule_counts(findings))


FORMATS = {"text": text, "concise": concise, "grouped": grouped, "json": json_report, "sarif": sarif,
           "github": github, "gitlab": gitlab, "junit": junit}
