"""Findings and fixes as LSP types: diagnostics, text edits and code actions, in the client's position units.

Findings count code points from 1; LSP counts from 0 in the negotiated encoding (UTF-16
unless the client asks otherwise), which pygls's position codec converts to.
"""

from __future__ import annotations

from lsprotocol import types

from factlint.lint.catalog import rule_url
from factlint.lint.findings import Edit, Finding, Fix
from factlint.lint.phrasing import cited_fields

SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "info": types.DiagnosticSeverity.Information}


def _range(codec, lines: list[str], line: int, column: int, end_line: int, end_column: int) -> types.Range:
    found = types.Range(types.Position(line - 1, column - 1), types.Position(end_line - 1, end_column - 1))
    return codec.range_to_client_units(lines, found)


def diagnostic(finding: Finding, codec, lines: list[str]) -> types.Diagnostic:
    """A finding as a diagnostic: its range, severity, rule name as code, rule doc link, evidence."""
    message = finding.message + (f"\nsource: {' '.join(finding.evidence.split())}" if finding.evidence else "")
    return types.Diagnostic(
        range=_range(codec, lines, finding.line, finding.column, finding.end_line, finding.end_column),
        message=message, severity=SEVERITY[finding.severity], code=finding.rule, source="factlint",
        code_description=types.CodeDescription(href=rule_url(finding.rule)),
        data={"code": finding.code, "figure": finding.figure, "citations": list(finding.citations)})


def error_diagnostic(line: int, error: str, codec, lines: list[str]) -> types.Diagnostic:
    """A file that could not be read (a sidecar's YAML or JSON error, a bad key) as an error on its
    line (the last line when it names one past the end, as at 'unexpected end of stream')."""
    if not lines:
        found = types.Range(types.Position(0, 0), types.Position(0, 0))
    else:
        line = max(1, min(line, len(lines)))
        found = _range(codec, lines, line, 1, line, len(lines[line - 1].rstrip("\r\n")) + 1)
    return types.Diagnostic(range=found, message=error,
                            severity=types.DiagnosticSeverity.Error, source="factlint")


def text_edit(edit: Edit, codec, lines: list[str]) -> types.TextEdit:
    """A fix's edit as an LSP text edit."""
    return types.TextEdit(_range(codec, lines, edit.line, edit.column, edit.end_line, edit.end_column), edit.content)


def fix_actions(uri: str, finding: Finding, diag: types.Diagnostic, codec, lines: list[str]) -> list[types.CodeAction]:
    """The finding's fix as a quick fix (a safe one is preferred), or one quick fix per choice when
    several source figures fit and none is preferred."""
    return [_fix_action(uri, fix, diag, codec, lines) for fix in finding.offered_fixes()]


def _fix_action(uri: str, fix: Fix, diag: types.Diagnostic, codec, lines: list[str]) -> types.CodeAction:
    edits = [text_edit(e, codec, lines) for e in fix.edits]
    title = fix.message + ("" if fix.applicability == "safe" else " (unsafe: check the source)")
    return types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[diag],
                            is_preferred=fix.applicability == "safe", edit=types.WorkspaceEdit(changes={uri: edits}))


def disable_actions(uri: str, finding: Finding, diag: types.Diagnostic, codec, lines: list[str]) -> list:
    """"Disable this rule on this line" and "in this file", as suppression comments."""
    line = lines[finding.line - 1] if finding.line - 1 < len(lines) else ""
    body = line.rstrip("\r\n")
    end = codec.position_to_client_units(lines, types.Position(finding.line - 1, len(body)))
    on_line = types.TextEdit(types.Range(end, end), f" <!-- factlint-disable-line {finding.rule} -->")
    top = types.Position(_after_front_matter(lines), 0)
    in_file = types.TextEdit(types.Range(top, top), f"<!-- factlint-disable-file {finding.rule} -->\n\n")
    return [types.CodeAction(title=f"Disable {finding.rule} on this line", kind=types.CodeActionKind.QuickFix,
                             diagnostics=[diag], edit=types.WorkspaceEdit(changes={uri: [on_line]})),
            types.CodeAction(title=f"Disable {finding.rule} in this file", kind=types.CodeActionKind.QuickFix,
                             diagnostics=[diag], edit=types.WorkspaceEdit(changes={uri: [in_file]}))]


def _after_front_matter(lines: list[str]) -> int:
    """The line after a YAML front matter block ('---' … '---'), where a comment may stand; else 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    return next((n + 1 for n in range(1, len(lines)) if lines[n].strip() in ("---", "...")), 0)


def hover(finding: Finding, codec, lines: list[str]) -> types.Hover:
    """What the cited source says about a flagged figure."""
    cited = cited_fields(finding.citations)
    text = (f"**{finding.code} {finding.rule}**: {finding.message}\n\n{cited['ids']} {cited['says']}: "
            f"{' '.join(finding.evidence.split())}")
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
                       range=_range(codec, lines, finding.line, finding.column, finding.end_line, finding.end_column))
