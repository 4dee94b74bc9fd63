"""What a report says about a run besides its findings: files checked, errors, the baseline, the project root."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factlint.lint.findings import Finding

# every error line names its file first, `FILE: message` or `FILE:LINE: message` (see cli._fail)
_ERROR_LINE = re.compile(r"(?P<path>.+?)(?::(?P<line>[0-9]+))?: (?P<message>.+)", re.DOTALL)


@dataclass(frozen=True)
class RunFacts:
    """The run a report is about."""

    files: int                                   # articles checked
    errors: tuple[str, ...] = ()                 # the run's error lines: any makes it fail (exit 2)
    hidden: int = 0                              # findings the baseline hid
    root: str = "."                              # the project root the CI formats give paths from
    owners: dict[str, str] = field(default_factory=dict)  # a reported path -> the article it belongs to

    def files_with_findings(self, findings: list[Finding]) -> int:
        """How many checked articles have a finding (a sidecar's finding counts for its article)."""
        return len({self.owners.get(f.path, f.path) for f in findings})


def error_record(line: str) -> dict:
    """An error line as the JSON report gives it: the file it names, its line when it has one, the message."""
    match = _ERROR_LINE.fullmatch(line)
    if match is None:
        return {"path": None, "message": line}
    record: dict = {"path": match["path"]}
    if match["line"]:
        record["line"] = int(match["line"])
    record["message"] = match["message"]
    return record
