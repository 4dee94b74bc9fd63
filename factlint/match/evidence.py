"""Index a source once: its figures, the sentence of each, and the words around it.

Each excerpt is split into sentences and run through the same extractor as the article.
Two neighbouring figures of one sentence also give the ratio and percentage change they
imply ("$1.2bn, up from $600m" is ×2, +100%), marked as derived.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from factlint.match.compare import as_comparable
from factlint.extract.context import figure_contexts, keywords
from factlint.extract.declared import (CHANGE_WORDS, ROW_BREAK, Measure, column_measures, declarations, header_measure,
                                       multiplier_spans, row_declarations, year_columns)
from factlint.extract.figures import Figure, extract
from factlint.extract.lexicon import TIME_UNITS, YEAR
from factlint.parse.nlp import sentence_spans
from factlint.extract.notation import in_english_notation
from factlint.extract.numbers import atomize
from factlint.read.sources import Source


@dataclass(frozen=True)
class SourceFigure:
    """A figure of a source, with its sentence and the words around it."""

    source_id: str
    figure: Figure
    sentence: str
    near: frozenset[str]      # the words around the figure, inside its clause
    words: frozenset[str]     # every word of its sentence
    derived: bool = False     # a ratio or change computed from two figures of the sentence
    subject: frozenset[str] = frozenset()  # the words left of the figure: usually what it is about
    when: frozenset[str] = frozenset()     # the periods its clause names (periods.py)
    offset: int = 0           # where its sentence starts in the excerpt
    operands: tuple[Figure, ...] = ()  # of a derived figure, the two figures it is worked out from
    share: bool = False       # a derived share: the smaller of two amounts as a percentage of the larger

    def gap_after(self, later: "SourceFigure") -> str:
        """The text of the sentence between this figure and a later one."""
        return self.sentence[self.figure.end - self.offset:later.figure.start - self.offset]


@lru_cache(maxsize=4096)
def _index_text(source_id: str, text: str) -> tuple[tuple[SourceFigure, ...], tuple[str, ...]]:
    figures: list[SourceFigure] = []
    sentences: list[str] = []
    carried, table = None, None
    # figures are read from the text in English notation; sentences are quoted as the source wrote them
    english, spaced_thousands = in_english_notation(text)
    for start, end, tokens in sentence_spans(english):
        sentence = text[start:end]
        sentences.append(sentence)
        found = extract(atomize(tokens, spaced_thousands), sentence, start, source=True)
        if not found:  # no figure to describe: the sentence only passes on a unit it declares ('(in millions)')
            said = declarations(sentence)
            carried = said[-1][1] if said else None
            note = _NOTE_AFTER.fullmatch(sentence.strip())
            if note and table is not None:
                _in_the_unit_noted_after(figures, table, header_measure(note.group(1)))
            table = None
            continue
        spans = multiplier_spans(sentence)
        found = [f for f in found if not any(a <= f.start - start < b for a, b in spans)]
        carried = carried if _table_like(sentence, found) else None  # a unit declared once reaches through a table
        found, column_periods, carried = _in_declared_units(found, sentence, start, carried)
        words = frozenset(keywords(sentence))
        first = len(figures)
        contexts = figure_contexts(sentence, [(f.start - start, f.end - start) for f in found])
        under_years, change_cells = year_columns(sentence, [f.start - start for f in found])
        found = [(_as_points(f) if _beside_shares(found, n, change_cells, under_years) else _as_growth(f))
                 if n in change_cells else f for n, f in enumerate(found)]
        for n, (figure, around) in enumerate(zip(found, contexts, strict=True)):
            when = column_periods.get(n) or under_years.get(n) or around.when  # a table cell's period is its column's
            near = frozenset(around.left + around.right)
            figure = _in_the_unit_said_before(figure, near, figures[-UNIT_LOOKBACK:], sentence[:figure.start - start])
            figures.append(SourceFigure(source_id, figure, sentence, near, words,
                                        subject=frozenset(around.left), offset=start, when=when))
        stated = len(figures)
        figures.extend(_derived(source_id, figures[first:], sentence, words))
        table = (first, stated, source_id, sentence, words) \
            if sentence.count("|") >= 2 or _table_like(sentence, found) else None
    return tuple(_degrees_in_the_texts_scale(figures)), tuple(sentences)


# a table's note after it: 'Marks in metres.', 'All figures in US$ millions.', 'Amounts are in € thousand.'
_NOTE_AFTER = re.compile(r"(?:\(\w+\)\s*\w+\.\s*)?(?:all\s+)?(?:[^\W\d_]+\s+)?"  # 'Population figures in …'
                         r"(?:marks|figures|amounts|values|data|numbers|prices|heights|distances|times|results)"
                         r"\s+(?:are\s+)?(?:shown\s+|given\s+)?in\s+([^.]{1,40})\.?", re.I)


def _in_the_unit_noted_after(figures: list[SourceFigure], table: tuple, measure: Measure | None) -> None:
    """'… | 6.17 Armand DUPLANTIS SWE Toruń (POL) 08 FEB 2020 (i) | (i) indoor. Marks in metres.': the bare
    cells of the table sentence just before read in the unit its note gives, and what is worked out from
    them again."""
    first, stated, source_id, sentence, words = table
    if measure is None:
        return
    cells = [replace(c, figure=measure.applied(c.figure)) if c.figure.kind == "count" and c.figure.unit is None
             and c.figure.scale == 1 and not c.figure.soft else c for c in figures[first:stated]]
    figures[first:] = cells + _derived(source_id, cells, sentence, words)


UNIT_LOOKBACK = 12  # how many figures back a measurement's unit, given once, is looked for


# a bare number after these is a reading on its own scale: 'M 7.5', 'magnitude 7.8', 'pH 8.1', 'Category 4'
_OWN_SCALE_BEFORE = re.compile(r"(?:\b[A-Z]|\b(?:magnitude|mw|ml|ph|grade|level|score|index|rating|version|category|"
                               r"class|phase|stage|tier|size|no\.?))\s*$", re.I)


def _in_the_unit_said_before(figure: Figure, near: frozenset[str], before: list[SourceFigure],
                             text_before: str) -> Figure:
    """'… carbon dioxide concentration was 399.4 parts per million (ppm) … At Mauna Loa … the annual average
    carbon dioxide concentration was 400.8': a bare number with decimals counts nothing, so it is in the
    unit of a measurement of like size shortly before it, in a sentence that shares its words."""
    if figure.kind != "count" or figure.unit is not None or figure.scale != 1 or figure.soft \
            or float(figure.value).is_integer() or _OWN_SCALE_BEFORE.search(text_before[-16:]):
        return figure
    fits = []
    for earlier in before:
        other = earlier.figure
        if earlier.derived or other.kind != "quantity" or other.unit is None or not other.value \
                or other.unit in TIME_UNITS:
            continue  # "the nearly 45-year record" between them measures no extent
        written = other.written or other.value  # "4.23 million square kilometers … was 3.39": the scale too
        ratio = figure.value / written
        if 0.5 <= ratio <= 2 and near & earlier.words:
            fits.append((abs(math.log(ratio)), other))
    if not fits:
        return figure
    other = min(fits, key=lambda fit: fit[0])[1]  # of '4.23 million km² (1.63 million sq mi)', the one it is near
    scale = other.scale if other.written else 1.0
    return replace(figure, kind="quantity", unit=other.unit, value=figure.value * scale, written=figure.value,
                   scale=scale, resolution=figure.resolution * scale)


def _degrees_in_the_texts_scale(figures: list[SourceFigure]) -> list[SourceFigure]:
    """'2,4 Grad über … (8,2 °C)': bare degrees in a text that writes one temperature scale are of that scale."""
    scales = {f.figure.unit for f in figures} & {"°C", "°F"}
    if len(scales) != 1:
        return figures
    scale = scales.pop()
    return [replace(f, figure=replace(f.figure, unit=scale)) if f.figure.unit == "°" else f for f in figures]


def _table_like(sentence: str, found: list[Figure]) -> bool:
    """A run of cells rather than prose: two or more figures and at most three words a figure."""
    return len(found) >= 2 and len(keywords(sentence)) <= 3 * len(found)


def _fitting(tables: list, found: list[Figure], start: int) -> list:
    """The stretches of a scraped table, when most of its rows hold one cell per column; none when half or more
    hold more or fewer ('(In millions, except per share data) | YEAR ENDED MAY 31, 2025 2024 % Change |
    Revenues $ 46,309 $ 51,362 -10 % | … | Download (PDF, 312 KB)' read as a one-column table: only the
    download link fits)."""
    counts = [(sum(1 for f in found if low <= f.start - start < high), len(columns)) for low, high, columns in tables]
    filled = [(cells, width) for cells, width in counts if cells]
    fit = sum(1 for cells, width in filled if cells == width)
    return tables if 2 * fit > len(filled) else []


def _in_declared_units(found: list[Figure], sentence: str, start: int, carried: Measure | None = None):
    """Bare numbers after '(in millions)' or '(%)' in a sentence (or in a table the sentence before
    began, `carried`), read in that unit and scale; the cells of a scraped pipe table read in their
    column's unit, by position. Returns the figures, the period of each cell whose column names one
    (by the cell's index) and the unit still declared at the sentence's end."""
    result, placed, measured = list(found), {}, {}
    tables = _fitting(column_measures(sentence), found, start)
    for low, high, columns in tables:
        cells = [n for n, f in enumerate(result) if low <= f.start - start < high]
        if len(cells) == len(columns):
            for n, column in zip(cells, columns):
                result[n] = column.measure.applied(result[n]) if column.measure else result[n]
                placed[n] = column.when
                if column.measure:
                    measured[n] = column.measure
    for offset, measures in row_declarations(sentence):  # "(millions, % of total): Lung 2.5 12.4 | …"
        segment_start = offset
        rest = sentence[offset:]
        # rows end at a '|', or, in a table flattened without them, where a row's label follows a cell
        for part in rest.split("|") if "|" in rest else ROW_BREAK.split(rest):
            cells = [n for n, f in enumerate(result) if segment_start <= f.start - start < segment_start + len(part)
                     and n not in placed]
            if len(cells) == len(measures):
                for n, measure in zip(cells, measures):
                    result[n] = measure.applied(result[n])
                    placed[n] = frozenset()
            segment_start += len(part) + 1
    # a unit in a table's header belongs to its column, not to the text after the table
    header_end = max((low for low, _, _ in tables), default=0)
    said = declarations(sentence)
    declared = [(offset, m) for offset, m in said if not placed or offset > header_end]
    first_row = min((low for low, _, _ in tables), default=0)
    in_rows = [(offset, m) for offset, m in said if tables and offset > first_row]
    of_the_row: dict[int, Figure] = {}
    if declared and not sentence[declared[-1][0]:].strip(" .;:)") and len(declared) == 1:
        declared = [(0, declared[0][1])]  # "Net income $ 59,972 $ 73,795 (in millions).": said last, meant for all
    starts = [f.start - start for f in result]
    rows = _row_scoped(declared, sentence, starts) if not tables else {}
    last_column = _last_columns(declared, sentence, starts, lambda n: result[n].text)
    for n, figure in enumerate(result):
        measure = carried
        for offset, candidate in declared:
            if offset <= figure.start - start and offset not in rows and offset not in last_column:
                measure = candidate
        at = figure.start - start
        measure = next((m for offset, (end, m) in rows.items() if offset <= at < end), measure)
        measure = next((m for offset, (cells, m) in last_column.items() if n in cells), measure)
        if measure is not None and measure.unit == "%" and _row_says_percent(sentence, at):
            measure = None  # '| PiS 7 640 854 (35,38%) 194 |': the row writes its shares; the rest are counts
        if measure and n not in placed:
            result[n] = measure.applied(figure)
        if tables and at >= first_row:
            # 'Total hydrocarbon production (mmboed) 12.8 13.6': a unit in a row's label, for that row's cells
            in_row = [m for offset, m in in_rows if offset <= at and "|" not in sentence[offset:at]]
            if in_row and n not in measured:
                of_the_row[n] = in_row[-1].applied(figure)
            elif in_row:
                of_the_row[n] = _row_unit_in_column_scale(in_row[-1], measured[n], found[n]) or result[n]
    # a row label's unit is that row's alone: it prices no other row's bare cells
    result = _priced_like_the_rest(result, found)
    result = [of_the_row.get(n, figure) for n, figure in enumerate(result)]
    return result, placed, declared[-1][1] if declared else carried


def _pipe_row(sentence: str, at: int) -> tuple[int, int]:
    """Where the pipe-delimited row around offset `at` of a flattened table starts (after its '|', or 0)
    and ends (at the next '|', or the sentence's end)."""
    end = sentence.find("|", at)
    return sentence.rfind("|", 0, at) + 1, len(sentence) if end < 0 else end


def _row_scoped(declared: list[tuple[int, Measure]], sentence: str,
                starts: list[int]) -> dict[int, tuple[int, Measure]]:
    """'| Nascite (migliaia) 393 379 | Decessi (migliaia) 715 661 | Fecondità (figli per donna) 1,24 |': in a
    table flattened with pipes, a unit said in a row's label with cells after it in the same row is
    that row's alone, not the rest of the table's. By the declaration's offset, where its row ends."""
    if sentence.count("|") < 2:
        return {}
    scoped = {}
    for offset, measure in declared:
        low, end = _pipe_row(sentence, offset)
        if low > 0 and any(offset <= at < end for at in starts):
            scoped[offset] = (end, measure)
    return scoped


def _row_says_percent(sentence: str, at: int) -> bool:
    """In a table flattened with pipes, whether the row around offset `at` writes a share with its own '%'."""
    return sentence.count("|") >= 2 and bool(_OWN_PERCENT.search(sentence, *_pipe_row(sentence, at)))


_OWN_PERCENT = re.compile(r"\d\s?%")
_TITLE_WORD = re.compile(r"[^\W\d_]{3,}")
# five words in lower case in a row: a sentence running on after a table ('of the registered electorate
# from'), not a row
_PROSE_ROW = re.compile(r"\b[a-z]+(?:\s+[a-z]+){4}\b")
_TITLES_ONLY = re.compile(r"[^\d|]*")  # more column titles after a '%', up to the header's end


def _decimal_column(rows: list[list[int]], text_of) -> int | None:
    """'Party Elected +/- Popular vote (%) | Liberal Party of Canada 169 +9 43.8 | …', 'Party Party Votes %
    Electorate Seats … | National Party 1,085,851 38.06 43 5 48 |': with no years to count the columns by,
    a '%' is the column's whose cells are decimals in every row among whole numbers (votes and seats
    beside the share of the vote): its place from the row's end (-1 for the last), or None."""
    # counted from each row's end, so a row read with a cell fewer ('New Democratic Party 7 -18 6.3') still fits
    places = {tuple(k - len(row) for k, n in enumerate(row) if "." in text_of(n)) for row in rows}
    if len(places) != 1:
        return None
    place = places.pop()
    return place[0] if len(place) == 1 else None


def _last_columns(declared: list[tuple[int, Measure]], sentence: str,
                  starts: list[int], text_of) -> dict[int, tuple[set[int], Measure]]:
    """'Country Mid-2022 Mid-2023 Change Change (%) | England 57,106.4 57,690.3 583.9 1.0 | …': a unit that
    closes a header of column titles (years among them) flattened into one run is the last column's,
    not every cell's; with no years, a '%' is the column of decimals (_decimal_column). By the declaration's
    offset, the indexes of the cells it reaches (the last of each later row of two or more cells, or the
    decimal one) and the measure, a change when the column's title says so."""
    if sentence.count("|") < 2:
        return {}
    found = {}
    for offset, measure in declared:
        header_start, end = _pipe_row(sentence, offset)
        closes = not sentence[offset:end].strip(" .:;)")  # the unit is the header's last word
        if end == len(sentence) or not closes and not (measure.unit == "%" and _TITLES_ONLY.fullmatch(
                sentence, offset, end)):
            continue
        cells: set[int] = set()
        rows: list[list[int]] = []
        after = end
        while after < len(sentence):
            row_start, row_end = after, _pipe_row(sentence, after + 1)[1]
            row = [n for n, at in enumerate(starts) if row_start < at < row_end]
            if rows and (len(row) < 2 or _PROSE_ROW.search(sentence, row_start, row_end)):
                break  # 'Formal 15,739,686 | Turnout 89.92% |', 'Turnout fell to 59.7% of …': the rows have ended
            if len(row) >= 2:
                cells.add(row[-1])
                rows.append(row)
            after = row_end
        years = list(YEAR.finditer(sentence, header_start, offset))
        if len(years) >= 2:
            # the column titles run on past the years ('2024 2023 Growth rate (%)'): a '(%)' right after the
            # years ('annual average 2022 2023 2024 (%)') is every column's unit
            if not closes or not _TITLE_WORD.search(sentence, years[-1].end(), offset):
                continue
        else:
            column = _decimal_column(rows, text_of) if measure.unit == "%" else None
            if column is None or (closes and column != -1):
                continue
            cells = {row[column] for row in rows}
        if cells:
            titles_from = years[-1].end() if years else header_start
            if measure.unit == "%" and CHANGE_WORDS.search(sentence, titles_from, offset):
                measure = replace(measure, change=True)  # '2024 2023 Growth rate (%)': a column of changes
            found[offset] = (cells, measure)
    return found


def _row_unit_in_column_scale(row: Measure, column: Measure, cell: Figure) -> Figure | None:
    """'Key metrics (in millions, except percentages) | Q4 2023 | Q4 2024 | … | Revenue ($) 151.0 209.6':
    a row label's unit for a cell whose column gives only a scale; an amount keeps the column's scale,
    a share ('Margin (%)') is a share whatever the columns' scale. None when the column has a unit."""
    if column.kind != "count" or column.unit is not None or (row.kind == "count" and row.unit is None):
        return None
    if row.kind in ("money", "quantity") and row.scale == 1:
        row = replace(row, scale=column.scale)
    return row.applied(cell)


def _beside_shares(found: list[Figure], n: int, change_cells: set[int], under_years: dict) -> bool:
    """Whether a change cell stands beside year cells that are shares ('INC 19.49 21.19 +1.70'), so it is a
    difference in points; beside amounts ('Wegovy® 58,211 31,343 86%') it is a growth rate."""
    levels = [found[k] for k in range(max(0, n - 3), n) if k in under_years and k not in change_cells]
    return not levels or all(f.kind == "percent" for f in levels)


def _as_growth(cell: Figure) -> Figure:
    """A change column beside years of amounts ('Net sales 290,403 232,261 25%'): a rate of growth, going the
    way its sign says."""
    if cell.kind != "percent" or cell.unit != "%":
        return cell
    return replace(cell, direction=_way_of_its_sign(cell), level=False)


def _way_of_its_sign(cell: Figure) -> str | None:
    """The way a signed table cell goes: its own direction, else its sign's ('+1.70', '-10 %')."""
    return cell.direction or ("up" if cell.value > 0 else "down" if cell.value < 0 else None)


def _as_points(cell: Figure) -> Figure:
    """A change column beside years of shares ('Vote share (%) | Party 2019 2024 Change | INC 19.49 21.19
    +1.70'): the difference of two percentages is in percentage points, going the way its sign says."""
    if cell.kind != "percent" or cell.unit != "%":
        return cell
    return replace(cell, unit="pp", direction=_way_of_its_sign(cell), level=False)


def _priced_like_the_rest(result: list[Figure], found: list[Figure]) -> list[Figure]:
    """'(in millions): Google Search $ 162,450 $ 175,033 YouTube ads 29,243 31,510': a statement prints
    the currency on its first and total rows only, so the bare cells a declared scale reached are in
    the one currency its other cells give."""
    currencies = {f.unit for f in result if f.kind == "money"}
    if len(currencies) != 1 or not any(f.kind == "money" and f.scale > 1 for f in result):
        return result
    currency = currencies.pop()
    return [replace(new, kind="money", unit=currency, weak=False)
            if new.kind == "count" and new.scale > 1 and old.kind == "count" and old.scale == 1 else new
            for new, old in zip(result, found, strict=True)]


# "… 1,008,817 2.8 Imports 1,101,696 -7.0": a cell, then the next row's label


def _derived(source_id: str, found: list[SourceFigure], sentence: str, words: frozenset[str]) -> list[SourceFigure]:
    """Ratios and percentage changes implied by two nearby figures of a sentence ('$1.2bn, up from $600m'),
    ranges left out; of two shares, only the ratio ('from 1.7% to 6.9%' is a quadrupling)."""
    derived = []
    found = [f for f in found if f.figure.value_high is None]  # "1.3 [0.6 to 2.1] mm": an interval is no level
    for n, first in enumerate(found):
        for second in found[n + 1:n + 3]:
            a, b = first.figure, second.figure
            if a.soft or b.soft or a.kind not in ("money", "count", "quantity", "percent") \
                    or (a.kind, a.unit) != (b.kind, b.unit) or b.value <= 0 or a.value <= 0:
                continue
            near = first.near | second.near
            for later, earlier in ((a, b), (b, a)):
                ratio = later.value / earlier.value
                said = f"{later.text} from {earlier.text}"
                figures = [Figure(later.start, later.end, f"{said} (×{ratio:.2f})", ratio, None, "ratio",
                                  resolution=0.001, multiple=True)]
                if a.kind != "percent":  # "from 1.7% to 6.9%" quadrupled; a change of a share is in points
                    figures.append(Figure(later.start, later.end, said, abs(ratio - 1) * 100, "%", "percent",
                                          direction="up" if ratio > 1 else "down", resolution=0.001))
                elif a.unit == "%" and later is _later_share(first, second):  # "59.7%, down from 67.3%"
                    figures.append(Figure(later.start, later.end, f"{said} ({later.value - earlier.value:+.2f} pp)",
                                          abs(later.value - earlier.value), "pp", "percent",
                                          direction="up" if ratio > 1 else "down", resolution=0.001))
                derived.extend(SourceFigure(source_id, figure, sentence, near, words, derived=True)
                               for figure in figures)
                if a.kind != "percent" and later.value < earlier.value and prose(sentence):
                    # "defers $680 million of the $700 million": the part is 97% of the whole
                    share = Figure(later.start, later.end, f"{later.text} of {earlier.text}", ratio * 100, "%",
                                   "percent", resolution=0.001)
                    derived.append(SourceFigure(source_id, share, sentence, near, words, derived=True, share=True))
    return derived + _differences(source_id, found, sentence, words)


@lru_cache(maxsize=4096)
def prose(sentence: str) -> bool:
    """A written sentence, not a flattened table ('| VOX | 3.033.678 | 12,39 | 33 |')."""
    return sentence.count("|") < 2 and not _TABLE_RUN.search(sentence)


# four numbers in a row with nothing but signs and spaces between: a flattened table's cells
_TABLE_RUN = re.compile(r"\d[\d.,%]*(?:\s+[+\-−–]?\d[\d.,%]*){3}")


AMOUNT_KINDS = ("money", "count", "quantity")


def _differences(source_id: str, found: list[SourceFigure], sentence: str, words: frozenset[str]) -> list[SourceFigure]:
    """How far apart two nearby amounts of one kind and unit are ('5,298 m … the previous record of
    5,184 m' is 114 m higher; 'Lai 5,586,019 … Hou 4,671,021' a margin of 914,998; '40.0471% … 33.4896%' one of
    6.6 points): the difference of each amount or share and the next two of its kind and unit in the sentence."""
    differences = []
    amounts = [f for f in found if (f.figure.kind in AMOUNT_KINDS or f.figure.unit == "%" and f.figure.direction is None)
               and not f.figure.soft and f.figure.value > 0]
    for n, first in enumerate(amounts):
        alike = [f for f in amounts[n + 1:] if (f.figure.kind, f.figure.unit) == (first.figure.kind, first.figure.unit)]
        for second in alike[:2]:
            a, b = first.figure, second.figure
            if a.value == b.value:
                continue
            figure = Figure(a.start, a.end, f"{a.text} − {b.text}" if a.value > b.value else f"{b.text} − {a.text}",
                            abs(a.value - b.value), "pp" if a.unit == "%" else a.unit, a.kind,
                            resolution=max(a.resolution, b.resolution))
            differences.append(SourceFigure(source_id, figure, sentence, first.near | second.near, words, derived=True,
                                            operands=(a, b)))
    return differences


# "59.7%, down from 67.3%"; a report's "62,5 Prozent … (2023: 64,0 Prozent)", "(prior year: 4.1%)"
_BETWEEN_FROM = re.compile(r"\bfrom\b|\bcompared (?:with|to)\b|\bagainst\b|\bvs\.?(?!\w)|\bversus\b"
                           # the same in the sources' languages: 'tegen', 'contre', 'frente al', 'gegenüber'
                           r"|\b(?:tegen|tegenover|mot|jämfört med|contre|contro|rispetto a[il]?|frente a[l]?|"
                           r"gegenüber|face à|em comparação com|comparado com|desde|depuis)\s"
                           r"|\(\s*(?:(?:19|20)\d\d|vorjahr|prior year|previous year|last year|año anterior)\s*:", re.I)
_BETWEEN_TO = re.compile(r"^\s*(?:%|per ?cent|percent)?\s*(?:to|→|->)\s", re.I)


def _later_share(first: SourceFigure, second: SourceFigure) -> Figure | None:
    """Which of two shares is the later one, by the words between them: '59.7%, down from 67.3%' → the
    first; 'from 5.0% to 4.4%' → the second; None when the words do not say."""
    between = first.gap_after(second)
    if _BETWEEN_FROM.search(between):
        return first.figure
    if _BETWEEN_TO.search(between):
        return second.figure
    return None


def index_source(source: Source) -> tuple[list[SourceFigure], list[str]]:
    """All figures of a source's text, each with its sentence; plus the sentences themselves."""
    figures, sentences = [], []
    for excerpt in source.excerpts:
        found, said = _index_text(source.id, excerpt)
        figures.extend(found)
        sentences.extend(said)
    return figures, sentences


@lru_cache(maxsize=1024)
def _by_kind(source_id: str, excerpts: tuple[str, ...]) -> dict:
    """The figures a source states, grouped by comparable kind and unit, each group sorted by size."""
    groups: dict = {}
    for text in excerpts:
        for figure in _index_text(source_id, text)[0]:
            if not figure.derived and not figure.figure.soft:
                kind, unit, size, high = as_comparable(figure.figure)
                groups.setdefault((kind, unit), []).append((size if high is None else 0.0, figure))
    ordered = {key: sorted(rows, key=lambda row: row[0]) for key, rows in groups.items()}
    return {key: ([size for size, _ in rows], [figure for _, figure in rows]) for key, rows in ordered.items()}


def figure_digits(figure: Figure) -> str:
    """The digits a figure is written with: '6,14' → '614', '$1.2bn' → '12'."""
    return re.sub(r"\D", "", figure.text)


@lru_cache(maxsize=1024)
def digits_by_sentence(source_id: str, excerpts: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The digits of the figures each sentence of a source states ('6,14 de 1994 resistió 26 años' →
    {'614', '26'}): whether a sentence also holds another figure of a claim is one lookup."""
    found: dict[str, set[str]] = {}
    for text in excerpts:
        for figure in _index_text(source_id, text)[0]:
            if not figure.derived:
                found.setdefault(figure.sentence, set()).add(figure_digits(figure.figure))
    return {sentence: frozenset(digits) for sentence, digits in found.items()}


def stated_between(source: Source, kind: tuple, low: float, high: float) -> list[SourceFigure]:
    """The figures of one comparable kind a source states with a size from low to high (ranges always)."""
    sizes, figures = _by_kind(source.id, tuple(source.excerpts)).get(kind, ([], []))
    ranges = figures[:bisect.bisect_right(sizes, 0.0)]  # ranges are filed at size 0: always offered
    return ranges + figures[bisect.bisect_left(sizes, max(low, 1e-300)):bisect.bisect_right(sizes, high)]
