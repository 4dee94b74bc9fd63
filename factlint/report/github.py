"""GitHub Actions: workflow-command annotations, capped as GitHub caps them, and a Markdown job summary.

GitHub shows at most 10 annotations of each level (error, warning, notice) per step and drops
the rest unseen, so after 10 of a level the findings go into a log group, and a last notice
says how many and where they are.
"""

from __future__ import annotations

import os

from factlint.lint.findings import Finding
from factlint.report.facts import RunFacts, error_record
from factlint.report.locations import from_root_all, shown_from_root
from factlint.report.printable import escape
from factlint.report.summary import plural, summary

PER_LEVEL = 10  # GitHub's limit per level per step
COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
GROUP = "factlint: findings beyond GitHub's annotation limit"
SUMMARY_ROWS = 1000  # the job summary is capped at 1 MiB per step; past this many rows, the log has the rest


def _escape_data(value: str) -> str:
    return escape(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _annotation(f: Finding) -> str:
    props = (f"file={_escape_property(f.path)},line={f.line},col={f.column},endLine={f.end_line},"
             f"endColumn={f.end_column},title={_escape_property(f'{f.code} {f.rule}')}")
    return f"::{COMMAND[f.severity]} {props}::{_escape_data(f.message)}"


def _log_line(f: Finding) -> str:
    """A finding as a plain log line; it starts with its level, so it never reads as a workflow command."""
    return f"{f.severity}: {escape(f.path)}:{f.line}:{f.column}: {f.code} {f.rule} {escape(f.message)}"


def _split(findings: list[Finding], errors_shown: int = 0) -> tuple[list[Finding], list[Finding]]:
    """The findings GitHub will show as annotations, errors first, and those past its limit.

    `errors_shown` error annotations (the run's own errors) are already spoken for."""
    shown, rest = [], []
    counts = {level: sum(f.severity == level for f in findings) for level in COMMAND}
    counts["error"] += errors_shown
    over = any(n > PER_LEVEL for n in counts.values())
    room = {level: PER_LEVEL - (level == "info" and over) for level in COMMAND}  # a notice slot for the last word
    room["error"] -= errors_shown
    for f in sorted(findings, key=lambda f: (f.severity != "error", f)):
        (shown if room[f.severity] > 0 else rest).append(f)
        room[f.severity] -= 1
    return shown, rest


def _run_error(line: str, root: str) -> str:
    """An error of the run as an error annotation, at the file it names when that file exists."""
    record = error_record(line)
    where = ""
    if record["path"] is not None and os.path.lexists(record["path"]):
        where = f"file={_escape_property(shown_from_root(record['path'], root))},"
        where += f"line={record['line']}," if "line" in record else ""
    return f"::error {where}title=factlint%3A the run failed::{_escape_data(line)}"


def github(findings: list[Finding], run: RunFacts, summary_written: bool = False) -> str:
    """The run's errors and one annotation per finding up to GitHub's limit, then the rest in a log group
    and a notice naming it."""
    errors = [_run_error(line, run.root) for line in run.errors[:PER_LEVEL]]
    shown, rest = _split(from_root_all(findings, run.root), len(errors))
    lines = errors + [_annotation(f) for f in shown]
    if rest:
        lines.append(f"::group::{GROUP}")
        lines += [_log_line(f) for f in rest]
        lines.append("::endgroup::")
        where = f"in the log group '{GROUP}'" + (" and in the job summary" if summary_written else "")
        lines.append(f"::notice title=factlint::{len(rest)} more {'finding' if len(rest) == 1 else 'findings'} "
                     f"than GitHub shows as annotations ({PER_LEVEL} per level): they are listed {where}")
    return "\n".join(lines) + ("\n" if lines else "")


def _cell(text: str) -> str:
    """Text for a Markdown table cell: escaped, pipes and markup characters made literal."""
    out = escape(text)
    for char in "\\`*_[]<>|":
        out = out.replace(char, "\\" + char)
    return out


def job_summary(findings: list[Finding], run: RunFacts) -> str:
    """The job summary in Markdown: the closing count, the run's errors and a table of every finding."""
    findings = from_root_all(findings, run.root)
    lines = ["## factlint", "", _cell(summary(findings, run)), ""]
    if run.errors:
        lines += ["**The run failed:**", ""] + [f"- {_cell(e)}" for e in run.errors] + [""]
    if findings:
        lines += ["| Severity | File | Line | Rule | Message |", "| --- | --- | ---: | --- | --- |"]
        lines += [f"| {f.severity} | {_cell(f.path)} | {f.line} | {f.code} {f.rule} | {_cell(f.message)} |"
                  for f in findings[:SUMMARY_ROWS]]
        if len(findings) > SUMMARY_ROWS:
            lines += ["", f"… and {plural(len(findings) - SUMMARY_ROWS, 'more finding')} (see the job log)."]
        lines.append("")
    return "\n".join(lines) + "\n"
