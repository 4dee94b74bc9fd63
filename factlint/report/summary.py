"""The closing line of the text formats: what was found where, what the baseline hid, whether the run failed."""

from __future__ import annotations

from factlint.lint.findings import Finding
from factlint.report.facts import RunFacts


def plural(count: int, word: str) -> str:
    """`1 file`, `2 files`."""
    return f"{count} {word}{'s' * (count != 1)}"


def summary(findings: list[Finding], run: RunFacts) -> str:
    """`Found 3 problems (2 errors, 1 warning) in 2 of 40 files.`; a failed run never reads as a clean one."""
    if findings:
        counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
        parts = ", ".join(plural(n, s) for s, n in counts.items() if n)
        line = (f"Found {plural(len(findings), 'problem')} ({parts}) in {run.files_with_findings(findings)} "
                f"of {plural(run.files, 'file')}")
    elif run.errors:
        line = f"{plural(run.files, 'file')} checked"
    else:
        line = f"No problems found in {plural(run.files, 'file')}"
    if run.hidden:
        line += f"; the baseline hides {run.hidden}{' more' * bool(findings)}"
    if run.errors:
        line += f"; the run failed: {plural(len(run.errors), 'error')}, see standard error"
    return line + "."
