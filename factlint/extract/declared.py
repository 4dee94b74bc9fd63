"""Units declared once for the bare numbers that follow: table headers, captions and '(in millions)'.

A column headed 'Output (million)' or '€bn', a chart caption 'CPI annual rate (%)', a scraped
table that says '(in millions)' once: the numbers under them are written bare, and mean the
declared unit and scale. The same reader serves article tables and source excerpts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factlint.extract import lexicon as lx
from factlint.extract.figures import Figure

_SCALE = {"thousand": 1e3, "thousands": 1e3, "'000": 1e3, "'000s": 1e3, "000s": 1e3, "000": 1e3, "k": 1e3,
          "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "m": 1e6, "mm": 1e6,
          "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
          "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
          # the same in the languages of the sources ('(migliaia)', 'in Tausend', 'Mrd. €', 'milliers')
          "migliaia": 1e3, "milliers": 1e3, "tausend": 1e3, "milhares": 1e3, "duizenden": 1e3,
          "millones": 1e6, "milioni": 1e6, "milhões": 1e6, "miljoen": 1e6, "millionen": 1e6,
          "miliardi": 1e9, "milliards": 1e9, "mrd": 1e9, "mld": 1e9, "miljard": 1e9, "milliarden": 1e9}
_CURRENCY_MARKS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "a$": "AUD",
                   "c$": "CAD", "hk$": "HKD", "nz$": "NZD", "r$": "BRL", "nt$": "TWD", "s$": "SGD", "₩": "KRW",
                   "₽": "RUB", "chf": "CHF"}
_PIECE = re.compile(r"[A-Za-z]{0,2}\$|[€£¥₹₩₽]|%|'?000s?|[^\W\d_]+(?:/[^\W\d_]+)?|\d{4}", re.I)
_LENGTH_WORDS = {"height", "length", "depth", "elevation", "altitude", "distance", "span", "width", "tall",
                 "high", "deep", "long", "metres", "meters"}
# '(in millions)', '(%)', '(Mt CO2)', 'in billions of dollars', 'change on the year in %:', '% change
# 2024/2023:': a declaration in running text
_DECLARED = re.compile(r"\((?:\s*units?\s*:\s*)?((?:\d{1,3}(?:,\d{3})*\s+)?[^()\d]{1,60})\)"
                       # a filing's long note: '(In millions, except number of shares, which are reflected in
                       # thousands, and per-share amounts)' is millions; what it excepts is no declaration
                       r"|\((?P<lead>[^()\d]{0,20}\bin\s+(?:millions|billions|thousands)(?:\s+of\s+[^\W\d_]+)?),"
                       r"\s+except\b[^()]{0,200}\)"
                       r"|\bin (?:millions|billions|thousands)(?: of [a-z]+)?\b|\bunit:\s*([^|;.()\d]{1,60})"
                       r"|\b(?:in|en|w) (?:%|percent|per cent|prozent|procent)\s*:"
                       r"|(?:%|\bpercent|\bper cent)\s+change\b[^:|]{0,30}:"
                       r"|\b(?:percent|per cent) changes?\b[^|]{0,160}(?:\||$)"  # 'Percent changes in CPI … |'
                       # a share said as a title, not after a number: 'Government deficit, % of GDP (largest) |',
                       # '| Per cent of GDP 0.9 0.6 |'
                       r"|(?:(?<=,\s)|(?<=\|\s)|(?<=^))(?:%|per ?cent)\s+of\s+(?:GDP|GNI|total|the\s+total)\b"
                       r"(?:\s*\([^()\d]{1,30}\))?", re.I)


@dataclass(frozen=True)
class Measure:
    """What a header says its cells measure: a kind, a unit and a scale ('€bn' is money, EUR, 1e9)."""

    kind: str
    unit: str | None
    scale: float = 1.0
    change: bool = False  # '% change 24/23', 'y/y, %': an unsigned cell is a rise, a negative one a fall

    def applied(self, figure: Figure) -> Figure:
        """The figure read in this measure; in a column of changes, with the direction its sign gives."""
        read = self._read(figure)
        if self.change and read.kind == "percent" and read.direction is None and read.value:
            return replace(read, direction="up" if read.value > 0 else "down", level=False)
        return read

    def _read(self, figure: Figure) -> Figure:
        """A bare number ('41.3') read in this measure (41.3 million); an amount of money with no scale
        read in a declared scale ('$ 162,450' under 'in millions' or 'dollars in millions'), but not an
        amount in cents ('per share $ 6.08'); any other figure unchanged."""
        if figure.kind == "money" and self.scale != 1 and figure.scale == 1 and not figure.spelled \
                and figure.resolution > 0.01 \
                and (self.kind == "count" or self.kind == "money" and self.unit == figure.unit):
            high = None if figure.value_high is None else figure.value_high * self.scale
            return replace(figure, value=figure.value * self.scale, value_high=high,
                           resolution=figure.resolution * self.scale, scale=self.scale)
        if figure.kind != "count" or figure.unit is not None or figure.scale != 1 or figure.spelled:
            return figure
        high = None if figure.value_high is None else figure.value_high * self.scale
        return replace(figure, kind=self.kind, unit=self.unit, value=figure.value * self.scale, value_high=high,
                       resolution=figure.resolution * self.scale, scale=self.scale,
                       weak=figure.weak and self.kind == "count" and self.scale == 1)


# a column of changes rather than levels: '% change 24/23', 'y/y, %', 'Veränderung in %'
CHANGE_WORDS = re.compile(r"\b(?:change|chg|growth|y/y|yoy|y-o-y|veränderung|variación|variation|var\.)", re.I)


def header_measure(title: str) -> Measure | None:
    """What a column header says its cells measure: 'Output (million)' → count × 1e6,
    'Share, %' → percent, '€bn' → EUR × 1e9, 'Height (m)' → metres, 'Capacity (GW)' → GW."""
    pieces = [p.lower() for p in _PIECE.findall(title)]
    currency = next((_CURRENCY_MARKS[p] for p in pieces if p in _CURRENCY_MARKS), None)
    currency = currency or next((lx.CURRENCY_NAMES[p] for p in pieces if lx.CURRENCY_NAMES.get(p)
                                 and p not in ("real", "won", "rand", "mark")), None)  # "Real GDP" is no currency
    currency = currency or next((p.upper() for p in pieces if p.upper() in lx.CURRENCY_CODES), None)
    lengthy = any(p in _LENGTH_WORDS for p in pieces)
    scale = 1.0
    for p in pieces:
        word = p.lstrip("$€£¥")
        if word in _SCALE and not (word == "m" and lengthy and not currency):
            scale = _SCALE[word]
            break
    for p in pieces:  # a glued scale: '$bn', '€m', '£m'
        if len(p) > 1 and p[0] in "$€£¥" and p[1:] in _SCALE:
            scale = _SCALE[p[1:]]
    change = any(p in ("change", "chg", "difference", "diff", "swing") for p in pieces) or "+/-" in title
    if "%" in pieces or any(p in ("percent", "pct") for p in pieces) or "per cent" in title.lower():
        # "(millions, % of total)" declares two units for two kinds of cell: neither can be assumed
        growth = change or bool(CHANGE_WORDS.search(title))
        return Measure("percent", "%", change=growth) if scale == 1.0 and not currency else None
    if any(p in ("pp", "ppt", "ppts") for p in pieces) or "percentage point" in title.lower() or (
            change and any(p in ("pts", "points") for p in pieces)):
        return Measure("percent", "pp")  # 'Pts' alone is a league table's points, a count
    if currency:
        return Measure("money", currency, scale)
    tokens = re.findall(r"[^\W\d_]+(?:/[^\W\d_]+)?(?:[23²³](?!\d))?|[°²³]\w*", title)
    # a time unit only as the whole header: '(anni)', '(years)', but not 'Q4 (three months)'
    alone = len(tokens) == 1 and len(tokens[0]) > 1
    # two words that name one unit come first: 'Peak (million sq mi)', 'Area (square miles)'
    pairs = (f"{a} {b}".lower() for a, b in zip(tokens, tokens[1:]))
    unit = next((lx.UNITS[p] for p in pairs if p in lx.UNITS and lx.UNITS[p] not in lx.TIME_UNITS), None) \
        or next((lx.UNITS_CASED.get(t) or lx.UNITS.get(t.lower()) for t in tokens
                 if _header_unit(t, lengthy, alone)), None)
    if unit:
        if unit in lx.UNIT_SCALE:
            base, factor = lx.UNIT_SCALE[unit]
            return Measure("quantity", base, scale * factor)
        return Measure("quantity", unit, scale)
    if scale != 1.0:
        return Measure("count", None, scale)
    return None


def _header_unit(token: str, lengthy: bool, alone: bool = False) -> bool:
    """A word of a header that is a unit: 'GW', 'km', 'kg', 'tonnes'; 'm' only beside a length word; a
    time unit ('years', 'anni') only when it is the header's one word."""
    if token in lx.UNITS_CASED:
        return True
    low = token.lower()
    if low not in lx.UNITS or low in ("in", "a", "degree", "degrees") or (lx.UNITS[low] in lx.TIME_UNITS and not alone):
        return False
    if low == "m":
        return lengthy
    return len(low) > 1 or low in ("t", "g", "l")




# a table's scale said as its first words in another language: 'Miles de personas Valor …', 'In Tausend'
_FOREIGN_HEADER_SCALE = re.compile(r"\s*(?:(miles|milliers|migliaia|tausend|duizenden)\s+(?:de|di|d'|van)?\s*\w*"
                                   r"|(?:en|in|w)\s+(miles|milliers|migliaia|tausend|duizenden|tys\.))", re.I)
_CELL = re.compile(r"[+\-−]?\d[\d.,]*")


# a unit's multiplier is a power of ten: '(100 million yen)', '(10,000 units)' — '(80 crore)' restates a figure
_MULTIPLIER = re.compile(r"\s*(1(?:0{1,2}(?:,000)*|,000(?:,000)*)?)\s+(?=[^\W\d_])")
_COUNTED = re.compile(r"\s*(?:units|vehicles|people|persons|households|cars|items)\s*", re.I)


def _declared_measure(words: str) -> Measure | None:
    """What a declaration says, with a leading multiplier: '100 million yen' is yen × 1e8, '10,000
    units' a count × 1e4."""
    multiplier = _MULTIPLIER.match(words)
    rest = words[multiplier.end():] if multiplier else words
    measure = header_measure(rest)
    if multiplier and measure is None and _COUNTED.fullmatch(rest):
        return Measure("count", None, float(multiplier.group(1).replace(",", "")))
    if measure is None or not multiplier:
        return measure
    if measure.kind not in ("money", "count") or measure.scale == 1.0:
        return None  # '(2 digits)', '(5 km)': no declaration of a scale
    return replace(measure, scale=measure.scale * int(multiplier.group(1).replace(",", "")))


def _parts(words: str) -> list[str]:
    """The units a declaration lists: '100 million yen, %' or '10,000 units | y/y, %' → one per column."""
    return words.split("|") if "|" in words else re.split(r",(?!\d{3})", words)


def multiplier_spans(sentence: str) -> list[tuple[int, int]]:
    """Where a declaration with its own number stands ('(Unit: 100 million yen, %)', '(10,000 units)'):
    that number is no figure."""
    return [(m.start(), m.end()) for m in _DECLARED.finditer(sentence)
            if m.group(1) and _MULTIPLIER.match(m.group(1)) and _declared_measure(_parts(m.group(1))[0])]


def declarations(sentence: str) -> list[tuple[int, Measure]]:
    """Where a sentence of a source declares a unit for the bare numbers after it, and which:
    'Regional Breakdown (in millions) | UCAN 80.13' → [(offset, count × 1e6)]; a table's
    'Miles de personas' at its start, before three or more cells, declares thousands."""
    found = []
    header = _FOREIGN_HEADER_SCALE.match(sentence)
    if header and len(_CELL.findall(sentence, header.end())) >= 3:
        found.append((header.end(), Measure("count", None, 1e3)))
    for match in _DECLARED.finditer(sentence):
        words = match.group(1) or match.group("lead") or match.group(2) or match.group(0)
        if words.strip() in _COUNTRY_CODES_TOO:
            continue  # 'Aitana Bonmatí (ESP)': Spain, not pesetas for every number after it
        measure = _declared_measure(words)
        if measure is not None:
            found.append((match.end(), measure))
    for match in _PERCENT_CHANGE_TITLE.finditer(sentence):
        found.append((match.end(), Measure("percent", "%", change=True)))
    for match in _PERCENT_TITLE.finditer(sentence):
        found.append((match.end(), Measure("percent", "%")))
    for match in _CURRENCY_SCALE_TITLE.finditer(sentence):
        measure = header_measure(match.group(0))
        if measure is not None and measure.kind == "money" and measure.scale > 1:
            found.append((match.end(), measure))
    if sentence.count("|") >= 2:  # in a row flattened with pipes, where the row's end bounds it (evidence._row_scoped)
        for match in _CURRENCY_SCALE_LABEL.finditer(sentence):
            measure = header_measure(match.group(0))
            if measure is not None and measure.kind == "money" and measure.scale > 1 \
                    and sentence.rfind("|", 0, match.start()) >= 0:
                found.append((match.end(), measure))
    return sorted(found, key=lambda pair: pair[0])


# a currency the euro replaced whose code is also a country's in sports results: the peseta's, Spain's
_COUNTRY_CODES_TOO = {"ESP"}
# a table's header field that opens with its currency and scale, unbracketed, before its years: '| DKK million
# 2024 2023 Change |', '| € m 2023 2022 |'
_CURRENCY_SCALE_TITLE = re.compile(r"(?<=\|\s)(?:[A-Z]{3}|[$€£¥])\s?(?:million|billion|thousand|bn|mn|m|k)\b"
                                   r"(?=\s+(?:19|20)\d\d\b)")
# a row label that ends in its currency and scale, before the row's cells: '| EBIT Adjusted, € million 5,354
# 5,838 -8% |' (that row's alone: evidence._row_scoped)
_CURRENCY_SCALE_LABEL = re.compile(r"(?:(?<=[^\W\d_],\s)|(?<=\),\s))(?:[A-Z]{3}|[$€£¥])\s?"
                                   r"(?:million|billion|thousand|bn|mn|m|k)\b(?=\s+[+\-−]?\d)")
# a bare '%' among a header's titles: 'Response Votes % | Yes 6,286,894 39.94 |', 'Party Votes % Electorate Seats |'
# (its column: evidence._last_columns)
_PERCENT_TITLE = re.compile(r"(?<=[^\W\d_] )%(?=\s*\||\s+[^\W\d_][^\d|]*\|)")
# a header's last title '% Change', closing the header of a flattened table: 'December 31, 2022 % Change¹ | Net
# Operating Revenues $ 45,754 $ 43,004 6 |' (its column, evidence._last_columns decides)
_PERCENT_CHANGE_TITLE = re.compile(r"%\s*(?:change|chg\.?)[¹²³*]?(?=\s*\|)", re.I)


_NOT_A_VALUE = re.compile(r"\((?:[^()]*)\)|\b(?:1[89]\d\d|20\d\d)\b|\d+/\d+|[A-Za-z]+\d+\w*"
                          r"|\b(?:table|figure|chart|exhibit|graph)\s+\d+\b|\b\d[A-Za-z]\b"
                          r"|\b(?:1[89]|20)\d\d\s*-?\s*Q[1-4]\b|\bQ[1-4]\s*[-/ ]?\s*(?:1[89]|20)\d\d\b", re.I)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class SourceColumn:
    """A column of a table scraped into a source sentence: what its cells measure and their period."""

    measure: Measure | None
    when: frozenset[str]


def column_measures(sentence: str) -> list[tuple[int, int, tuple[SourceColumn, ...]]]:
    """A table scraped into a sentence: (start, end, columns) for each stretch of row whose figures,
    in order, are read in those columns.

    A Markdown table kept whole ('| Region | Change (Mt CO2) | Change (%) | |---|---| | China | +565 |
    +4.7 |') gives each cell its column; a table whose rows were run together ('Country | 2024 (Mt) |
    % change 24/23 | China 1,005.1 -1.7 | India 149.6 6.3 |') gives each row segment the value columns.
    A header holds no number but years; its first segment names the rows, or is a caption whose unit
    ('percent change from preceding quarter') every column shares.
    """
    if sentence.count("|") < 2:
        return []
    segments, start = [], 0
    for part in sentence.split("|"):
        segments.append((start, start + len(part), part))
        start += len(part) + 1
    if any(_DELIMITER.fullmatch(text) for _, _, text in segments):
        return _cells_of_markdown_table(segments)
    header, taken = [], 0
    for seg in segments:
        if not _header_like(seg[2]):
            break
        taken += 1
        if seg[2].strip():
            header.append(seg[2])
    rows = segments[taken:]
    titled = len(header) >= 2 and all(header_measure(t) or _column_periods(t) for t in header[1:])
    glued = _LAST_TITLE.match(rows[0][2]) if rows and titled else None
    if glued:
        # 'Religion | 2016 (%) | 2021 (no.) | Change (pp) Christianity 52.1 11,148,814 -8.2 Islam 2.6 …':
        # the last title runs into rows that lost their pipes; each row ends where a label follows a cell
        header.append(glued.group(1))
        a, b, text = rows[0]
        rows = [(a + at, a + at + len(part), part) for at, part in _row_pieces(text, glued.end())] + rows[1:]
    if len(header) < 2:
        return []
    shared = header_measure(header[0])
    titles = header[1:]
    if len(titles) >= 2 and not header_measure(titles[0]) and not _column_periods(titles[0]) \
            and not any(ch.isdigit() for ch in titles[0]):
        titles = titles[1:]  # 'Table 1. Production … (million bushels) | Crop | 2022 | 2023 |': a caption, then the rows' names
    columns = tuple(SourceColumn(header_measure(title) or shared, _column_periods(title)) for title in titles)
    if not any(c.measure or c.when for c in columns):
        return []
    return [(a, b, columns) for a, b, text in rows if text.strip()]


# a column title with its unit in brackets, then a row's label: 'Change (pp) Christianity 52.1 …'
_LAST_TITLE = re.compile(r"([^\d|()]*\([^()\d]{1,12}\))\s+(?=[^\W\d_])")


def _row_pieces(text: str, start: int) -> list[tuple[int, str]]:
    """The rows of a table flattened without pipes, from `start`: (offset, text) of each."""
    pieces, at = [], start
    for part in ROW_BREAK.split(text[start:]):
        pieces.append((at, part))
        at += len(part)
    return pieces


_DELIMITER = re.compile(r"\s*:?-{3,}:?\s*")


def _header_like(text: str) -> bool:
    return not re.search(r"\d", _NOT_A_VALUE.sub(" ", text))


def _cells_of_markdown_table(segments) -> list[tuple[int, int, tuple[SourceColumn, ...]]]:
    """The cells of a Markdown table kept whole inside a source, one line or many: the delimiter row
    ('|---|---|') says how many columns there are; the header is that many cells before it (any text
    before them is a caption) and each row that many cells after it, empty cells included."""
    first = next(n for n, seg in enumerate(segments) if _DELIMITER.fullmatch(seg[2]))
    last = first
    while last < len(segments) and _DELIMITER.fullmatch(segments[last][2]):
        last += 1
    width = last - first
    before = segments[:first]
    while before and not before[-1][2].strip():
        before = before[:-1]  # the edge between the header's last '|' and the delimiter's first
    if len(before) < width:
        return []
    header = [text for _, _, text in before[-width:]]
    caption = " ".join(text for _, _, text in before[:-width] if text.strip())
    shared = header_measure(caption) if caption else None
    columns = [SourceColumn(header_measure(title) or shared, _column_periods(title)) for title in header]
    cells, k = [], last
    while k < len(segments):
        if not segments[k][2].strip():
            k += 1  # the edge between two rows: '| |' run together, or a line break
        row = segments[k:k + width]
        if len(row) < width or any(text.lstrip(" \t").startswith("\n") and text.strip() for _, _, text in row):
            break  # the text after the table's last row is prose again
        cells.extend((a, b, (column,)) for (a, b, text), column in zip(row, columns) if text.strip())
        k += width
    return cells


_YEAR_QUARTER = re.compile(r"\b(1[89]\d\d|20\d\d)\s*-?\s*Q([1-4])\b|\bQ([1-4])\s*[-/ ]?\s*(1[89]\d\d|20\d\d)\b", re.I)


def _column_periods(title: str) -> frozenset[str]:
    """The periods a column header names: '2024', 'Q2 2025', '2025Q1'."""
    from factlint.extract.periods import periods

    tags = set(periods(title)) | {f"y{m.group(1)}" for m in _YEAR.finditer(title)}
    for m in _YEAR_QUARTER.finditer(title):
        tags |= {f"y{m.group(1) or m.group(4)}", f"q{m.group(2) or m.group(3)}"}
    return frozenset(tags)


def row_declarations(sentence: str) -> list[tuple[int, tuple[Measure, ...]]]:
    """'(millions, % of total): Lung 2.5 12.4 | Breast 2.3 11.6', '(Unit: 100 million yen, %) Value y/y
    Exports 1,008,817 2.8': a declaration of one unit per column, in order; (the offset after it, the measures)."""
    found = []
    for match in _DECLARED.finditer(sentence):
        words = match.group(1) or match.group(2)
        parts = _parts(words) if words else []
        if len(parts) < 2:
            continue
        measures = tuple(_declared_measure(part) for part in parts)
        if all(measures):
            found.append((match.end(), measures))
    return found


# a flattened table's header of years: 'Projections 2023 2024 2025 World Output 3.3 3.2 3.2 …',
# 'Party 2019 2024 Change | BJP 37.36 36.56 -0.80 | …'
_YEAR_HEADER = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?:[ \t]+(?:19|20)\d\d){1,7}(?![\d.,%]| ?(?:million|billion|bn|per))")
# rows of a table flattened without pipes end where a row's label follows a cell
ROW_BREAK = re.compile(r"(?<=\d )(?=[^\W\d_])")


def year_columns(sentence: str, starts: list[int]) -> tuple[dict[int, frozenset[str]], set[int]]:
    """The year each cell of a flattened table stands under, by the cell's index in `starts` (the
    cells' offsets in the sentence): after a header of two or more years, each row whose first cells
    are one for each year (a change column or two may follow) takes the years in order. Also the
    cells of those change columns, when the header names them ('2019 2024 Change')."""
    result: dict[int, frozenset[str]] = {}
    changes: set[int] = set()
    for header in _YEAR_HEADER.finditer(sentence):
        years = header.group(0).split()
        rest_start = header.end()
        rest = sentence[rest_start:]
        rows = rest.split("|") if "|" in rest else ROW_BREAK.split(rest)
        named_change = bool(_CHANGE_HEADER.match(rest))
        for k, row in enumerate(rows):
            cells = [n for n, s in enumerate(starts) if rest_start <= s < rest_start + len(row)]
            rest_start += len(row) + ("|" in rest)
            if not cells and k == 0:
                continue  # the header's last columns ('2019 2024 Change |') or the piece before a '|'
            if not len(years) <= len(cells) <= len(years) + 2:
                break  # the table ends where a row does not fit under the header
            result.update((n, frozenset({f"y{year}"})) for n, year in zip(cells, years))
            if named_change:
                changes.update(cells[len(years):])
    return result, changes


# the columns after a header's years: 'Change', '+/-', 'Diff.', 'Swing'
_CHANGE_HEADER = re.compile(r"\s*(?:change|chg\.?|diff\.?|difference|swing|\+/-|±)(?=[\s|]|$)", re.I)
