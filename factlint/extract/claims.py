"""Sentences of an article's prose, the figures in them and the citations that belong to them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from factlint.parse.citations import Citation, Malformed
from factlint.extract.context import Context, keywords
from factlint.extract.declared import CHANGE_WORDS, header_measure
from factlint.parse.document import Span
from factlint.extract.figures import Figure, extract
from factlint.extract.lexicon import LENGTH_CUES
from factlint.parse.nlp import CACHED_TEXT, sentence_spans
from factlint.extract.numbers import atomize
from factlint.extract.periods import periods
from factlint.parse.tables import Row, Table, in_column


@dataclass(frozen=True)
class Sentence:
    """One sentence: its span, its figures, and the citations that belong to it."""

    start: int
    end: int
    text: str
    figures: tuple[Figure, ...]
    citations: tuple[Citation, ...] = ()
    malformed: tuple[Malformed, ...] = ()
    heading: bool = False  # a heading states a topic; its figures are not asked for a citation
    contexts: tuple[Context, ...] = ()  # a table row's: each figure's row label, column header and period

    @property
    def cited_ids(self) -> tuple[str, ...]:
        """Every id the sentence cites, in order, without repeats."""
        seen: dict[str, None] = {}
        for citation in self.citations:
            for source_id in citation.ids:
                seen.setdefault(source_id, None)
        return tuple(seen)

    @property
    def meant_ids(self) -> tuple[str, ...]:
        """The ids of unclosed citations ('[12' at a paragraph's end): what the writer meant to cite."""
        return tuple(dict.fromkeys(i for bad in self.malformed for i in bad.ids))


@dataclass(frozen=True)
class Claim:
    """A figure and the citations of its sentence."""

    figure: Figure
    sentence: Sentence

    @property
    def citations(self) -> tuple[str, ...]:
        return self.sentence.cited_ids


_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")


def read_sentences(prose: str, text: str, blocks: list[Span], markdown: bool = True,
                   tables: list[Table] = ()) -> list[tuple[int, Sentence]]:
    """Split each block of prose into sentences with figures; returns (block number, sentence).
    A table row is one sentence whose figures are read cell by cell (see tables.py)."""
    rows = {row.start: (table, row) for table in tables for row in table.rows}
    headers = {table.header.start for table in tables}
    result = []
    chrome = {n for n, block in enumerate(blocks) if _page_chrome(text[block.start:block.end])}
    first = next((n for n in range(len(blocks)) if n not in chrome), 0)  # a plain-text headline may follow them
    for number, block in enumerate(blocks):
        if block.start in headers or number in chrome:
            result.append((number, Sentence(block.start, block.end, text[block.start:block.end], (), heading=True)))
            continue
        if block.start in rows:
            result.append((number, _row_sentence(prose, text, *rows[block.start])))
            continue
        heading = bool(_HEADING.match(text, block.start)) if markdown \
            else _plain_title(text[block.start:block.end], number - first)
        for start, end, tokens in sentence_spans(prose[block.start:block.end], block.start):
            figures = _figures_in(tokens, text[start:end], start)
            result.append((number, Sentence(start, end, text[start:end], figures, heading=heading)))
    return result


_ENDS_A_SENTENCE = re.compile(r"[.!?;](?:\s|$)|:$")
# a first line that opens a reply rather than titles an article: 'Short answer: exports rose 14%'
_LEAD_IN = re.compile(r"(?:(?:short|quick|the)\s+)?(?:answer|summary|tl;?\s?dr|note|update|q|a|in short|"
                      r"bottom line|key facts?|takeaway)\s*:", re.I)


def _page_chrome(block: str) -> bool:
    """A line a page's navigation left in the article: breadcrumbs ('News > Canada > Demographics'), or fields
    of a site's bar ('Business › Retail › Earnings | Markets data delayed 15 min | Advertisement'). Its
    figures state nothing, so none is asked for a citation."""
    line = block.strip()
    if "\n" in line or len(line) > 200 or _ENDS_A_SENTENCE.search(line):
        return False
    crumbs = len(_CRUMB.findall(line))
    return crumbs >= 2 or (crumbs >= 1 or line.count(" | ") >= 2) and bool(_CHROME_WORD.search(line))


_CRUMB = re.compile(r"\s[>›»]\s")
_CHROME_WORD = re.compile(r"\b(?:Advertisement|Print|Share|Subscribe|Sign in|Log in|Menu|Home|Newsletter|"
                          r"Markets data delayed)\b")


def _plain_title(block: str, number: int) -> bool:
    """A plain-text article's first block as its headline: one short line that ends in no stop or citation
    ('Duplantis raises the pole vault world record to 6.30 metres')."""
    line = block.strip()
    return number == 0 and "\n" not in line and len(line) <= 150 and not _ENDS_A_SENTENCE.search(line) \
        and not _LEAD_IN.match(line) and not line.endswith(("]", ")", ">"))


def _figures_in(tokens: list[tuple[str, int]], sentence: str, start: int) -> tuple[Figure, ...]:
    """The figures of one sentence starting at `start`, read once per wording (see _figures_at_zero)."""
    read = _figures_at_zero if len(sentence) <= CACHED_TEXT else _figures_at_zero.__wrapped__  # keep no huge text
    placed = read(tuple((word, at - start) for word, at in tokens), sentence)
    return tuple(replace(f, start=f.start + start, end=f.end + start) for f in placed)


@lru_cache(maxsize=8192)
def _figures_at_zero(tokens: tuple[tuple[str, int], ...], sentence: str) -> tuple[Figure, ...]:
    """A sentence's figures as if it stood at offset 0: a figure depends only on its sentence's words,
    so the language server's re-check after a keystroke re-reads only the sentences that changed."""
    return tuple(extract(atomize(list(tokens)), sentence, 0))


def _row_sentence(prose: str, text: str, table: Table, row: Row) -> Sentence:
    """A table row: the figures of its value cells, each read in its column's unit and scale,
    signed cells as changes, and described by the row's label and the column's header."""
    line = text[row.start:row.end]
    tokens = [token for _, _, found in sentence_spans(prose[row.start:row.end], row.start) for token in found]
    labels = " ".join(text[c.start:c.end] for c, col in zip(row.cells, table.columns) if col.role == "label")
    row_measure = header_measure(labels) if labels else None  # 'Revenue (NT$ bn)', 'Gross margin, %'
    figures, contexts = [], []
    row_year = _LABEL_YEAR.findall(labels)
    when_of_row = periods(labels) | (frozenset({f"y{row_year[0]}"}) if len(row_year) == 1 else frozenset())
    of_what = ""  # the header of the value column before: what a change column's cells are changes of
    for cell, column in zip(row.cells, table.columns):
        if column.role != "value":
            continue
        changes = bool(CHANGE_WORDS.search(column.header) or "+/-" in column.header)
        # 'Change, %' and '+/-' say nothing of what changes; 'Seat change' does
        bare = changes and not [w for w in keywords(column.header) if not CHANGE_WORDS.fullmatch(w)]
        header = f"{of_what} {column.header}" if bare else column.header
        of_what = of_what if changes else column.header
        atoms = atomize([t for t in tokens if cell.start <= t[1] < cell.end])
        for figure in extract(atoms, line, row.start):
            if _metres_not_millions(figure, f"{labels} {header}"):
                figure = replace(figure, value=figure.written, unit="m", kind="quantity", scale=1.0,
                                 resolution=figure.resolution / figure.scale)
            figures.append(in_column(figure, column, text[cell.start:cell.end], row_measure))
            contexts.append(Context(keywords(f"{labels} {header}"), [], when=column.when | when_of_row))
    return Sentence(row.start, row.end, line, tuple(figures), contexts=tuple(contexts))


# a row labelled by its year ('| 2023 | 12.9 | +8.4 |', '| 2019 France | 30 | +100 |'): the row's period
_LABEL_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,%])")


def _metres_not_millions(figure: Figure, row_words: str) -> bool:
    """A cell '6.26m' in a row about a pole vault or a tower is metres: a cell alone has no words
    of its own to tell 'm' for metres from 'm' for millions, so the row's label and header do."""
    return figure.kind == "count" and figure.scale == 1e6 and figure.text.rstrip().endswith("m") \
        and any(word in LENGTH_CUES for word in row_words.lower().split())


def attach_citations(sentences: list[tuple[int, Sentence]], blocks: list[Span], citations: list[Citation],
                     malformed: list[Malformed], scope: str = "sentence", tables: list[Table] = ()) -> list[Sentence]:
    """Give each citation to the sentence it closes: `growth. [28]` belongs to 'growth.'.

    With scope "paragraph", a sentence without citations of its own takes those of its paragraph.
    A table row without citations takes those of the table's caption or `Source:` line.
    """
    starts = [s.start for _, s in sentences]
    block_starts = [b.start for b in blocks]
    owned: dict[int, tuple[list, list]] = {i: ([], []) for i in range(len(sentences))}
    for item in [*citations, *malformed]:
        index = _owner(item.start, sentences, starts, block_starts)
        if index is not None:
            owned[index][0 if isinstance(item, Citation) else 1].append(item)
    if scope == "paragraph":
        by_block: dict[int, list] = {}
        for i, (block, _) in enumerate(sentences):
            by_block.setdefault(block, []).extend(owned[i][0])
        for i, (block, _) in enumerate(sentences):
            if not owned[i][0] and not owned[i][1]:
                owned[i] = (list(by_block[block]), [])
    for table in tables:
        _cite_for_rows(table, sentences, owned)
    return [replace(s, citations=tuple(owned[i][0]), malformed=tuple(owned[i][1]))
            for i, (_, s) in enumerate(sentences)]


def _cite_for_rows(table: Table, sentences, owned: dict[int, tuple[list, list]]) -> None:
    """The citations of a table's captions, given to each of its rows that has none."""
    def within(spans, sentence) -> bool:
        return any(span.start <= sentence.start < span.end + 1 for span in spans)

    cited = [c for i, (_, s) in enumerate(sentences) if within(table.captions, s) for c in owned[i][0]]
    if not cited:
        return
    rows = [Span(row.start, row.end) for row in table.rows]
    for i, (_, sentence) in enumerate(sentences):
        if within(rows, sentence) and not owned[i][0] and not owned[i][1]:
            owned[i] = (list(cited), [])


def _owner(offset: int, sentences, starts: list[int], block_starts: list[int]) -> int | None:
    if not sentences:
        return None
    block = bisect.bisect_right(block_starts, offset) - 1
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and sentences[index][0] == block:
        return index
    if index + 1 < len(sentences) and sentences[index + 1][0] == block:
        return index + 1  # a citation opening a block belongs to its first sentence
    return index if index >= 0 else None


def claims_of(sentences: list[Sentence]) -> list[Claim]:
    """Every figure of every sentence as a claim."""
    return [Claim(figure, sentence) for sentence in sentences for figure in sentence.figures]
