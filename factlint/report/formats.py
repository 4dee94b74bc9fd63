"""Output formats: each a small function from findings (or claims) to text.

Text from the input (paths, messages quoting figures or comments, evidence) is escaped in
every human-readable format, so only factlint's own colours reach a terminal; JSON formats
stay exact JSON (see printable).
"""

from __future__ import annotations

import json
import os
import re

from factlint import __version__
from factlint.lint.catalog import load_rules
from factlint.lint.findings import Finding
from factlint.report.printable import escape, json_safe

_COLOURS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m", "path": "\033[1m",
            "code": "\033[35m", "dim": "\033[2m", "reset": "\033[0m"}
INFO_URI = "https://github.com/factlint/factlint"


def _summary(findings: list[Finding], files: int) -> str:
    if not findings:
        return f"No problems found in {files} file{'s' * (files != 1)}."
    counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    parts = [f"{n} {s}{'s' * (n != 1)}" for s, n in counts.items() if n]
    total = len(findings)
    return f"Found {total} problem{'s' * (total != 1)} ({', '.join(parts)}) in {files} file{'s' * (files != 1)}."


def text(findings: list[Finding], files: int, colour: bool = False) -> str:
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
    lines.append(_summary(findings, files))
    return "\n".join(lines) + "\n"


def json_report(findings: list[Finding], files: int) -> str:
    """The JSON report of the interface contract, §3: the text json.dumps(indent=2) gives the whole,
    written one finding at a time, so a large run never holds every finding as a dict at once."""
    if not findings:
        return json_safe(json.dumps({"version": 1, "files_checked": files, "findings": []}, indent=2)) + "\n"
    items = ",\n".join(_indented(json_safe(json.dumps(f.as_json(), indent=2, ensure_ascii=False)), "    ")
                        for f in findings)
    return f'{{\n  "version": 1,\n  "files_checked": {files},\n  "findings": [\n{items}\n  ]\n}}\n'


def _indented(text: str, margin: str) -> str:
    """Every line of a JSON text moved right by `margin` (its strings hold no raw line breaks)."""
    return margin + text.replace("\n", "\n" + margin)


def sarif(findings: list[Finding], files: int) -> str:
    """SARIF 2.1.0 with rule metadata; columns are Unicode code points."""
    rules = list(load_rules().values())
    index = {rule.name: n for n, rule in enumerate(rules)}
    level = {"error": "error", "warning": "warning", "info": "note"}
    results = []
    for f in findings:
        result = {
            "ruleId": f.code, "ruleIndex": index[f.rule], "level": level[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": f.path.replace(os.sep, "/")},
                "region": {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                           "endColumn": f.end_column}}}],
        }
        if f.evidence:
            result["properties"] = {"evidence": f.evidence, "figure": f.figure, "citations": list(f.citations)}
            if f.evidence_from:
                result["properties"]["evidence_from"] = {"fetched": f.evidence_from}
        if f.fix:
            result["fixes"] = [_sarif_fix(f)]
        results.append(result)
    driver = {
        "name": "factlint", "version": __version__, "informationUri": INFO_URI,
        "rules": [{"id": r.code, "name": r.name, "shortDescription": {"text": r.summary},
                   "fullDescription": {"text": " ".join(r.why.split())},
                   "help": {"text": " ".join(r.why.split())},
                   "defaultConfiguration": {"level": level[r.severity]}} for r in rules],
    }
    log = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}]}
    return json_safe(json.dumps(log, indent=2, ensure_ascii=False)) + "\n"


def _sarif_fix(f: Finding) -> dict:
    """A finding's fix as a SARIF `fix`: one artifact change, a replacement per edit (code points)."""
    replacements = [{"deletedRegion": {"startLine": e.line, "startColumn": e.column, "endLine": e.end_line,
                                       "endColumn": e.end_column},
                     "insertedContent": {"text": e.content}} for e in f.fix.edits]
    return {"description": {"text": f.fix.message}, "properties": {"applicability": f.fix.applicability},
            "artifactChanges": [{"artifactLocation": {"uri": f.path.replace(os.sep, "/")},
                                 "replacements": replacements}]}


def _escape_data(value: str) -> str:
    return escape(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(findings: list[Finding], files: int) -> str:
    """GitHub Actions workflow commands: one annotation per finding, errors first."""
    command = {"error": "error", "warning": "warning", "info": "notice"}
    order = sorted(findings, key=lambda f: (f.severity != "error", f))
    lines = []
    for f in order:
        props = (f"file={_escape_property(f.path)},line={f.line},col={f.column},endLine={f.end_line},"
                 f"endColumn={f.end_column},title={_escape_property(f'{f.code} {f.rule}')}")
        lines.append(f"::{command[f.severity]} {props}::{_escape_data(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")



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


def concise(findings: list[Finding], files: int) -> str:
    """One line per finding, no evidence, no summary: for editors and grep."""
    return "".join(f"{escape(f.path)}:{f.line}:{f.column}: {f.code} {f.rule} {escape(f.message)}\n" for f in findings)


def grouped(findings: list[Finding], files: int, colour: bool = False) -> str:
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
    lines.append(_summary(findings, files))
    return "\n".join(lines) + "\n"


def gitlab(findings: list[Finding], files: int) -> str:
    """GitLab Code Quality JSON; fingerprints stay the same while the claim does."""
    import hashlib

    severity = {"error": "major", "warning": "minor", "info": "info"}
    seen: dict[str, int] = {}
    issues = []
    for f in findings:
        base = f"{f.rule}\0{f.path}\0{f.key or f.message}"
        seen[base] = seen.get(base, 0) + 1
        fingerprint = hashlib.sha256(f"{base}\0{seen[base]}".encode()).hexdigest()
        issues.append({"description": f"{f.rule}: {f.message}", "check_name": f.rule, "fingerprint": fingerprint,
                       "severity": severity[f.severity],
                       "location": {"path": f.path, "lines": {"begin": f.line, "end": f.end_line}}})
    return json_safe(json.dumps(issues, indent=2, ensure_ascii=False)) + "\n"


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def junit(findings: list[Finding], files: int) -> str:
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
