"""SARIF 2.1.0 for code scanning: rules with their documentation, results located from %SRCROOT%, the run's errors.

Columns are Unicode code points. GitHub code scanning reads `helpUri`, `help.markdown`,
`partialFingerprints` (to follow a result across commits) and `invocations` (a failed run
must not look clean).
"""

from __future__ import annotations

import json
import os

from factlint import __version__
from factlint.lint.baseline import fingerprints
from factlint.lint.catalog import HOME, Rule, load_rules, rule_url
from factlint.lint.findings import Finding, Fix
from factlint.report.facts import RunFacts, error_record
from factlint.report.locations import SRCROOT, artifact_location, from_root_all, root_uri
from factlint.report.printable import json_safe

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "factlint/v1"


def sarif(findings: list[Finding], run: RunFacts) -> str:
    """The SARIF log of one run."""
    rules = list(load_rules().values())
    index = {rule.name: n for n, rule in enumerate(rules)}
    prints = fingerprints(from_root_all(findings, run.root))  # the same wherever the run starts, as GitLab's
    results = [_result(f, index[f.rule], fingerprint, run.root) for f, fingerprint in zip(findings, prints)]
    driver = {"name": "factlint", "version": __version__, "semanticVersion": __version__, "informationUri": HOME,
              "rules": [_rule(r) for r in rules]}
    log = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [{"tool": {"driver": driver}, "invocations": [_invocation(run)],
                     "originalUriBaseIds": {SRCROOT: {"uri": root_uri(run.root)}},
                     "columnKind": "unicodeCodePoints", "results": results}]}
    return json_safe(json.dumps(log, indent=2, ensure_ascii=False)) + "\n"


def _rule(rule: Rule) -> dict:
    """A reportingDescriptor: what the rule finds, why it matters and what to write instead, and where it is documented."""
    why = " ".join(rule.why.split())
    text = f"{why}\n\nExample:\n{rule.example.rstrip()}\n\nUse instead:\n{rule.use_instead.rstrip()}"
    markdown = (f"{why}\n\n**Example**\n\n```markdown\n{rule.example.rstrip()}\n```\n\n"
                f"**Use instead**\n\n```markdown\n{rule.use_instead.rstrip()}\n```\n\n"
                f"[Documentation of {rule.name}]({rule_url(rule.name)})")
    return {"id": rule.code, "name": rule.name, "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": why}, "helpUri": rule_url(rule.name),
            "help": {"text": text, "markdown": markdown}, "defaultConfiguration": {"level": LEVEL[rule.severity]}}


def _region(line: int, column: int, end_line: int, end_column: int) -> dict:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _result(f: Finding, rule_index: int, fingerprint: str, root: str) -> dict:
    result = {
        "ruleId": f.code, "ruleIndex": rule_index, "level": LEVEL[f.severity], "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(f.path, root),
                                            "region": _region(f.line, f.column, f.end_line, f.end_column)}}],
        "partialFingerprints": {FINGERPRINT: fingerprint},
    }
    if f.evidence:
        result["properties"] = {"evidence": f.evidence, "figure": f.figure, "citations": list(f.citations)}
        if f.evidence_from:
            result["properties"]["evidence_from"] = {"fetched": f.evidence_from}
    if f.offered_fixes():  # several fixes are alternatives: a SARIF consumer offers each
        result["fixes"] = [_fix(f.path, fix, root) for fix in f.offered_fixes()]
    return result


def _fix(path: str, fix: Fix, root: str) -> dict:
    """A fix of the finding on `path` as a SARIF `fix`: one artifact change, a replacement per edit (code points)."""
    replacements = [{"deletedRegion": _region(e.line, e.column, e.end_line, e.end_column),
                     "insertedContent": {"text": e.content}} for e in fix.edits]
    return {"description": {"text": fix.message}, "properties": {"applicability": fix.applicability},
            "artifactChanges": [{"artifactLocation": artifact_location(path, root), "replacements": replacements}]}


def _invocation(run: RunFacts) -> dict:
    """Whether the run succeeded, and each of its errors as a notification at the file it names."""
    invocation: dict = {"executionSuccessful": not run.errors}
    if run.errors:
        invocation["toolExecutionNotifications"] = [_notification(line, run.root) for line in run.errors]
    return invocation


def _notification(line: str, root: str) -> dict:
    record = error_record(line)
    notification: dict = {"level": "error", "message": {"text": line}}
    if record["path"] is not None and os.path.lexists(record["path"]):
        location: dict = {"artifactLocation": artifact_location(record["path"], root)}
        if "line" in record:
            location["region"] = {"startLine": record["line"]}
        notification["locations"] = [{"physicalLocation": location}]
    return notification
