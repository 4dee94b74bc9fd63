"""An article in memory: its exact text, offset → line:column, and masked regions."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A half-open range of character offsets into one text."""

    start: int
    end: int


_NEWLINE = re.compile("\n")


class LineIndex:
    """Maps character offsets to 1-based (line, column); columns count code points."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        self.starts.extend(match.end() for match in _NEWLINE.finditer(text))  # found in C, not char by char

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of a character offset."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_start(self, line: int) -> int:
        """Return the offset where a 1-based line starts."""
        return self.starts[line - 1]


def mask(text: str, spans: list[Span] | list[tuple[int, int]]) -> str:
    """Blank out spans with spaces, keeping newlines so every offset stays put."""
    chars = list(text)
    for span in spans:
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        for i in range(max(start, 0), min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


@dataclass
class Document:
    """One file's text with the prose left after masking code, markup and source definitions."""

    path: str
    text: str
    markdown: bool = True
    lines: LineIndex = field(init=False)

    def __post_init__(self) -> None:
        self.lines = LineIndex(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of an offset into this document."""
        return self.lines.position(offset)
