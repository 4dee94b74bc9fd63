"""A baseline of known findings: hidden on later runs, keyed by rule, path and claim, not by line.

Editing text above a claim moves its line but not its key, so it stays hidden; a new
finding, or one more of the same kind than was recorded, still counts.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from factlint.report import atomic

from factlint.read import textfile
from factlint.lint.findings import Finding
from factlint.report.printable import brief


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names it."""


def entry(finding: Finding) -> tuple[str, str, str]:
    """What identifies a finding across edits: its rule, its file and the normalised claim text."""
    return finding.rule, finding.path, finding.key


def fingerprints(findings: list[Finding]) -> list[str]:
    """A stable fingerprint per finding, from its baseline entry (the message when it has no key) and how
    many equal entries came before it: the same while the claim is, wherever its line moves."""
    seen: Counter = Counter()
    prints = []
    for finding in findings:
        base = "\0".join((finding.rule, finding.path, finding.key or finding.message))
        seen[base] += 1
        prints.append(hashlib.sha256(f"{base}\0{seen[base]}".encode()).hexdigest())
    return prints


def read_baseline(path: Path, limit: int = textfile.MAX_FILE_SIZE) -> Counter:
    """The recorded findings, counted; the file is a regular file of at most `limit` bytes."""
    try:
        data = json.loads(textfile.read_text(path, limit))
        rows = data["findings"]
        return Counter((_text(row["rule"]), _text(row["path"]), _text(row["key"])) for row in rows)
    except textfile.Refused as exc:
        hint = " (create it with --update-baseline)" if str(exc) == "no such file" else ""
        raise BaselineError(f"{path}: {exc}{hint}") from None
    except RecursionError:
        raise BaselineError(f"{path}: not a factlint baseline (nested too deeply to read)") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise BaselineError(f"{path}: not a factlint baseline ({exc.__class__.__name__}: {brief(str(exc))})") from None


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def without_baseline(findings: list[Finding], recorded: Counter) -> list[Finding]:
    """Drop each finding the baseline still has an unused record of."""
    left = Counter(recorded)
    kept = []
    for finding in findings:
        key = entry(finding)
        if left[key] > 0:
            left[key] -= 1
        else:
            kept.append(finding)
    return kept


def write_baseline(path: Path, findings: list[Finding]) -> None:
    """Record every finding of this run; the old baseline stays whole if the write fails."""
    rows = [{"rule": f.rule, "path": f.path, "key": f.key, "line": f.line} for f in findings]
    atomic.write_text(path, json.dumps({"version": 1, "findings": rows}, indent=2, ensure_ascii=False) + "\n")
