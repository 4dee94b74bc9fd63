"""Apply the fixes of findings to their files, in one place: --fix writes them, --diff shows them.

Edits carry offsets into the article as factlint read it (a BOM dropped, CRLF folded to LF).
Here they are mapped back onto the file's own text, so nothing outside an edit changes: its
line endings, its BOM and its encoding stay. Of two overlapping fixes the one that starts
first (then the shorter, then the one that sorts first) wins; the other waits for the next run.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from factlint.lint.findings import Edit, Finding
from factlint.read import textfile
from factlint.report import atomic


@dataclass(frozen=True)
class Fixed:
    """One file's text before and after its fixes, and how many findings they address."""

    path: Path
    shown: str
    before: str
    after: str
    encoding: str
    bom: bytes
    fixes: int

    def data(self) -> bytes:
        """The fixed file as bytes, in the file's own encoding and with its BOM."""
        return self.bom + self.after.encode(self.encoding)


def chosen(findings: list[Finding], unsafe: bool) -> dict[str, list[list[Edit]]]:
    """The fixes to apply, by path: safe ones (and unsafe ones too when asked), no two overlapping."""
    by_path: dict[str, list[list[Edit]]] = {}
    candidates = sorted((f for f in findings if f.fix and (unsafe or f.fix.applicability == "safe")),
                        key=lambda f: (f.path, sorted((e.start, e.end, e.content) for e in f.fix.edits)))
    for finding in candidates:
        taken = by_path.setdefault(finding.path, [])
        edits = sorted(finding.fix.edits, key=lambda e: (e.start, e.end))
        placed = [e for fix in taken for e in fix]
        if all(e in placed for e in edits):
            taken.append([])  # the same edit fixes this finding too ('[^a]' for two figures of one sentence)
        elif not any(_overlap(e, p) for e in edits for p in placed):
            taken.append(edits)
    return by_path


def _overlap(a: Edit, b: Edit) -> bool:
    if a.start == a.end == b.start == b.end:
        return True  # two insertions at one place: their order would be a guess
    return a.start < b.end and b.start < a.end or a.start == b.start


def _raw_text(data: bytes) -> tuple[str, str, bytes]:
    """The file's text as it is (line ends kept), its encoding and its BOM."""
    for bom, name in textfile._BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name), name, bom
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8", b"\xef\xbb\xbf"
    return data.decode("utf-8"), "utf-8", b""


def _raw_offsets(raw: str) -> list[int]:
    """For each offset into the folded text (and its end), the offset into the raw text."""
    offsets, i = [], 0
    while i < len(raw):
        offsets.append(i)
        i += 2 if raw.startswith("\r\n", i) else 1
    offsets.append(len(raw))
    return offsets


def fixed_text(raw: str, edits: list[Edit]) -> str:
    """`raw` with the edits made, last first so earlier offsets stay put; new lines take the file's ending."""
    offsets = _raw_offsets(raw)
    ending = "\r\n" if "\r\n" in raw else "\r" if "\r" in raw else "\n"
    text = raw
    for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[:offsets[e.start]] + e.content.replace("\n", ending) + text[offsets[e.end]:]
    return text


def fix_file(path: Path, shown: str, fixes: list[list[Edit]], limit: int = textfile.MAX_FILE_SIZE) -> Fixed:
    """Read a file and make its fixes in memory; OSError, UnicodeError or textfile.Refused when it cannot be read."""
    raw, encoding, bom = _raw_text(textfile.read_bytes(path, limit))
    return Fixed(path, shown, raw, fixed_text(raw, [e for fix in fixes for e in fix]), encoding, bom, len(fixes))


def write(fixed: Fixed) -> None:
    """Replace the file with its fixed text, atomically."""
    atomic.write_bytes(fixed.path, fixed.data())


def _lines(text: str) -> list[str]:
    """Lines as patch sees them: split at LF only, each with its ending (a CR stays on its line)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def unified_diff(fixed: Fixed) -> str:
    """The change as a unified diff that `patch -p1` applies from the folder factlint ran in."""
    name = fixed.shown.replace("\\", "/")
    lines = difflib.unified_diff(_lines(fixed.before), _lines(fixed.after), f"a/{name}", f"b/{name}")
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)
