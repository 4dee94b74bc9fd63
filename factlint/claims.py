"""Sentences of an article's prose, the figures in them and the citations that belong to them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from factlint.citations import Citation, Malformed
from factlint.document import Span
from factlint.figures import Figure, extract
from factlint.nlp import sentence_spans
from factlint.numbers import atomize


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


def read_sentences(prose: str, text: str, blocks: list[Span], markdown: bool = True) -> list[tuple[int, Sentence]]:
    """Split each block of prose into sentences with figures; returns (block number, sentence)."""
    result = []
    for number, block in enumerate(blocks):
        heading = markdown and bool(_HEADING.match(text, block.start))
        for start, end, tokens in sentence_spans(prose[block.start:block.end], block.start):
            figures = extract(atomize(tokens), text[start:end], start)
            result.append((number, Sentence(start, end, text[start:end], tuple(figures), heading=heading)))
    return result


def attach_citations(sentences: list[tuple[int, Sentence]], blocks: list[Span], citations: list[Citation],
                     malformed: list[Malformed], scope: str = "sentence") -> list[Sentence]:
    """Give each citation to the sentence it closes: `growth. [28]` belongs to 'growth.'.

    With scope "paragraph", a sentence without citations of its own takes those of its paragraph.
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
    return [replace(s, citations=tuple(owned[i][0]), malformed=tuple(owned[i][1]))
            for i, (_, s) in enumerate(sentences)]


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
