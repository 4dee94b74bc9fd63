"""Columns in the unit another tool counts: code points (factlint's own), UTF-16 code units or UTF-8 bytes.

Vim's `:make` counts bytes and VS Code counts UTF-16 units, so a line with 'é', '€' or an
emoji before a figure would land them early. The findings keep code points (the JSON
contract); the text formats convert with the line's text at hand.
"""

from __future__ import annotations

from dataclasses import replace

from factlint.lint.findings import Finding
from factlint.read import textfile

UNITS = ("code-point", "utf-16", "byte")


def column_in(line: str, column: int, unit: str) -> int:
    """A 1-based code-point column of `line` as a 1-based column in `unit`."""
    prefix = line[:column - 1]
    if unit == "utf-16":
        return len(prefix.encode("utf-16-le")) // 2 + 1
    if unit == "byte":
        return len(prefix.encode("utf-8")) + 1
    return column


def _lines_of(path: str, texts: dict[str, str]) -> list[str] | None:
    if path not in texts:
        try:  # a sidecar: read as the run read it, so the columns agree
            texts[path] = textfile.read_text(path)
        except (OSError, textfile.Refused):
            return None
    return texts[path].split("\n")


def in_unit(findings: list[Finding], texts: dict[str, str], unit: str) -> list[Finding]:
    """The findings with their columns counted in `unit`; `texts` maps paths to the text read."""
    if unit == "code-point":
        return findings
    texts = dict(texts)
    converted = []
    for f in findings:
        lines = _lines_of(f.path, texts)
        if lines is None or f.end_line > len(lines):
            converted.append(f)
            continue
        converted.append(replace(f, column=column_in(lines[f.line - 1], f.column, unit),
                                 end_column=column_in(lines[f.end_line - 1], f.end_column, unit)))
    return converted
