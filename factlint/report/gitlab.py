"""GitLab Code Quality JSON: paths from the project root (CI_PROJECT_DIR), fingerprints that survive moved lines."""

from __future__ import annotations

import json

from factlint.lint.baseline import fingerprints
from factlint.lint.findings import Finding
from factlint.report.facts import RunFacts
from factlint.report.locations import from_root_all
from factlint.report.printable import json_safe

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def gitlab(findings: list[Finding], run: RunFacts) -> str:
    """One Code Quality issue per finding, as the merge request widget reads them."""
    located = from_root_all(findings, run.root)
    issues = [{"description": f"{f.rule}: {f.message}", "check_name": f.rule, "fingerprint": fingerprint,
               "severity": SEVERITY[f.severity],
               "location": {"path": f.path, "lines": {"begin": f.line, "end": f.end_line}}}
              for f, fingerprint in zip(located, fingerprints(located))]
    return json_safe(json.dumps(issues, indent=2, ensure_ascii=False)) + "\n"
