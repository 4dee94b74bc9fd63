"""Markdown tables in an article: rows and cells, what each column measures, and captions that cite.

Each body row of a table is a claim line. A column header may give its cells a unit or a scale
('Output (million)', 'Share, %', '€bn', 'Height (m)') and a period ('2023', 'Q1 2024'); the first
column names the rows and a rank column ('#', 'Rank') counts them: neither holds claims. A
caption or `Source:` line right above or below the table that cites sources cites for every row
that has no citation of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from factlint.extract.declared import Measure, header_measure
from factlint.parse.document import LineIndex, Span
from factlint.extract.figures import Figure
from factlint.extract.periods import periods

_RANK_HEADERS = {"#", "no", "no.", "nr", "nr.", "rank", "ranking", "pos", "pos.", "position", "place", "rk", "seed"}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SIGN = re.compile(r"\s*([+\-−–▲▼↑↓])\s*\d")
_CAPTION = re.compile(r"\s*(?:\*\*|\*|_)?(?:sources?|table|figure|chart|data|note)\b", re.I)


@dataclass(frozen=True)
class Column:
    """One column: its header text, what its cells measure, its role and the period it names."""

    header: str
    measure: Measure | None
    role: str                     # "label" (names the rows), "rank" (counts them) or "value"
    when: frozenset[str]


@dataclass(frozen=True)
class Row:
    """One line of a table and the spans of its cells' text."""

    start: int
    end: int
    cells: tuple[Span, ...]


@dataclass(frozen=True)
class Table:
    """A table: its columns, its header and body rows, and the caption lines around it."""

    columns: tuple[Column, ...]
    header: Row
    rows: tuple[Row, ...]
    captions: tuple[Span, ...]

    def column_of(self, row: Row, offset: int) -> Column | None:
        """The column of the cell that holds an offset of a row."""
        for n, cell in enumerate(row.cells):
            if cell.start <= offset < max(cell.end, cell.start + 1) and n < len(self.columns):
                return self.columns[n]
        return None


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").disable("inline")


def find_tables(text: str, lines: LineIndex) -> list[Table]:
    """Every Markdown table of the text, with its caption lines."""
    tables = []
    tokens = _parser().parse(text)
    for n, token in enumerate(tokens):
        if token.type != "table_open" or not token.map:
            continue
        first, last = token.map
        line_texts = text.split("\n")
        rows_at = [k for k in range(first, min(last, len(line_texts))) if "|" in line_texts[k]]
        # a line without a pipe that markdown-it takes into the table ("Source: ONS [2]") is a caption
        body_end = max(rows_at) + 1 if rows_at else first + 1
        header = _row(text, lines, first)
        body = tuple(_row(text, lines, k) for k in rows_at if k > first + 1)
        captions = _captions(line_texts, lines, first, body_end)
        tables.append(Table(_columns(text, header, body), header, body, captions))
    return tables


def _row(text: str, lines: LineIndex, line: int) -> Row:
    start = lines.line_start(line + 1)
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    return Row(start, end, tuple(_cells(text, start, end)))


def _cells(text: str, start: int, end: int) -> list[Span]:
    """The spans of a row's cells, without the outer pipes and surrounding blanks."""
    bounds, k = [], start
    line = text[start:end]
    stripped = line.strip()
    lead = start + len(line) - len(line.lstrip())
    tail = lead + len(stripped)
    k = lead + 1 if stripped.startswith("|") else lead
    stop = tail - 1 if stripped.endswith("|") and len(stripped) > 1 else tail
    cell_start = k
    while k < stop:
        if text[k] == "\\" and k + 1 < stop:
            k += 2
            continue
        if text[k] == "|":
            bounds.append((cell_start, k))
            cell_start = k + 1
        k += 1
    bounds.append((cell_start, stop))
    spans = []
    for a, b in bounds:
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        spans.append(Span(a, b))
    return spans


def _captions(line_texts: list[str], lines: LineIndex, first: int, end: int) -> tuple[Span, ...]:
    """The caption lines of a table: a one-line paragraph right above it (a blank line between is
    allowed), and the line right below it, or across one blank line a line that reads as a caption
    ('Source: …', 'Table 2 …')."""
    def usable(k: int) -> bool:
        return 0 <= k < len(line_texts) and bool(line_texts[k].strip()) and "|" not in line_texts[k]

    def blank(k: int) -> bool:
        return not (0 <= k < len(line_texts)) or not line_texts[k].strip()

    found = []
    above = first - 2 if blank(first - 1) else first - 1
    if usable(above) and blank(above - 1):
        found.append(above)
    below = end + 1 if blank(end) else end
    if usable(below) and (below == end or _CAPTION.match(line_texts[below])):
        found.append(below)
    labelled = [k for k in found if _CAPTION.match(line_texts[k])]
    spans = []
    for k in labelled or found:  # a 'Source:' line outranks a paragraph that happens to sit above
        start = lines.line_start(k + 1)
        spans.append(Span(start, start + len(line_texts[k])))
    return tuple(spans)


def _columns(text: str, header: Row, body: tuple[Row, ...]) -> tuple[Column, ...]:
    columns, named = [], False
    for n, cell in enumerate(header.cells):
        title = text[cell.start:cell.end]
        measure = header_measure(title)
        values = [text[row.cells[n].start:row.cells[n].end].strip() for row in body if n < len(row.cells)]
        if _is_rank(title, values):
            role = "rank"
        elif (not named and measure is None) or _mostly_words(values):
            role, named = "label", True  # the first column after any rank names the rows, as do columns of words
        else:
            role = "value"
        columns.append(Column(title, measure, role, _header_periods(title)))
    return tuple(columns)


def _mostly_words(values: list[str]) -> bool:
    """A column of names ('Lung', 'Female breast'), not of figures."""
    filled = [v for v in values if v and v not in ("—", "–", "-", "n/a", "N/A")]
    return bool(filled) and sum(not any(ch.isdigit() for ch in v) for v in filled) > len(filled) / 2


def _is_rank(title: str, values: list[str]) -> bool:
    """'#', 'Rank', or cells that count the rows: 1, 2, 3 …"""
    if title.strip().strip("*").lower() in _RANK_HEADERS:
        return True
    numbers = [v.rstrip(".") for v in values if v]
    return len(numbers) >= 3 and numbers == [str(k) for k in range(1, len(numbers) + 1)]


def _header_periods(title: str) -> frozenset[str]:
    """The periods a header names: a bare year ('2023', '2023, $bn') or a quarter ('Q1 2024')."""
    return periods(title) | frozenset(f"y{m.group(1)}" for m in _YEAR.finditer(title))


def cell_sign(text: str) -> str | None:
    """'up' for a cell written '+2.1%' or '▲ 3', 'down' for '-0.9%', '−4' or '▼ 3'."""
    match = _SIGN.match(text)
    if not match:
        return None
    return "up" if match.group(1) in "+▲↑" else "down"


def in_column(figure: Figure, column: Column, cell: str, row: Measure | None = None) -> Figure:
    """A cell's figure read in its column: a bare number takes the header's unit and scale
    ('41.3' under 'Output (million)' is 41.3 million) or, where the header gives none, its row label's
    (`row`: '838.5' in the row 'Net income (NT$ bn)'); a signed cell ('+2.1%') states a change."""
    measure = column.measure or row
    if measure:
        figure = measure.applied(figure)
    sign = cell_sign(cell)
    if sign:
        figure = replace(figure, direction=sign, level=False)
    return figure
