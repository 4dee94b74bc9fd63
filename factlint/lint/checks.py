"""The checks: each rule family reads a parsed article and yields bare hits.

A check knows nothing of severities, configuration or suppression; the engine does that.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterator
from functools import lru_cache

from factlint.parse.article import Article
from factlint.parse.citations import source_key
from factlint.extract.claims import Claim, Sentence
from factlint.match.compare import Tolerances
from factlint.lint.findings import Hit
from factlint.lint.phrasing import cited_fields, listing, suggested_fields
from factlint.match.matching import judge
from factlint.read.sources import Source

_DIRECTION_VERB = {"up": "rose", "down": "fell"}


def _normal(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=1024)
def _digest(text: str) -> str:
    """A short, stable stand-in for a sentence in a finding's key: its words, hashed."""
    return hashlib.sha1(_normal(text).encode()).hexdigest()[:16]


def _sentence_text(article: Article, starts: list[int], offset: int) -> str:
    """The digest of the sentence around an offset (`starts`: where each sentence starts), for a stable key."""
    index = bisect.bisect_right(starts, offset) - 1
    return _digest(article.sentences[index].text) if index >= 0 else ""


def _hit_at(article: Article, rule: str, start: int, end: int, **extra) -> Hit:
    line, column = article.document.position(start)
    end_line, end_column = article.document.position(end)
    return Hit(rule, article.document.path, line, column, end_line, end_column, **extra)


def _source_hit(rule: str, source: Source, **extra) -> Hit:
    own = source.excerpts[:len(source.excerpts) - source.page_parts]  # the fetched page is last: not in the key
    own_text = _normal(" ".join(own))[:200]
    key = f"[{source.id}] {source.url or ''} {own_text}"
    return Hit(rule, source.path, source.line, source.column, source.line, source.end_column, key=key, **extra)


def merged_sources(article: Article) -> dict[str, Source]:
    """One source per id: the first definition, completed by later ones that agree with it."""
    merged: dict[str, Source] = {}
    for source in article.sources:
        first = merged.get(source.key)
        if first is None:
            merged[source.key] = Source(source.id, list(source.excerpts), source.path, source.line, source.column,
                                        source.end_column, source.title, source.url,
                                        text_is_title=source.text_is_title)
        elif first.same_content(source):
            first.text_is_title = first.text_is_title if first.excerpts else source.text_is_title
            first.excerpts = first.excerpts or list(source.excerpts)
            first.url, first.title = first.url or source.url, first.title or source.title
    if article.pages is not None:
        for source in merged.values():
            _with_page(source, article.pages)
    return merged


def _with_page(source: Source, pages) -> None:
    """A URL-only source takes the text `factlint fetch` cached for its URL, or the reason there is none;
    a footnote that gives only a title and a link keeps its words and gains the page's."""
    if not source.wants_page:
        return
    page = pages.get(source.url)
    if page is not None and page.text is not None:
        parts = [part for part in page.text.split("\n\n") if part.strip()]  # a sentence never spans paragraphs
        source.excerpts, source.fetched, source.page_parts = [*source.excerpts, *parts], page.url, len(parts)
    elif page is not None:
        source.unreachable = page.reason


def check_citations(article: Article, sources: dict[str, Source]) -> Iterator[Hit]:
    """dangling-reference and malformed-citation."""
    starts = [s.start for s in article.sentences]
    for citation in article.citations:
        for source_id in dict.fromkeys(citation.ids):
            if source_key(source_id) not in sources:
                yield _hit_at(article, "dangling-reference", citation.start, citation.end,
                              fields={"id": source_id}, citations=(source_id,),
                              key=f"[{source_id}] {_sentence_text(article, starts, citation.start)}")
    for bad in article.malformed:
        yield _hit_at(article, "malformed-citation", bad.start, bad.end,
                      fields={"text": _normal(bad.text), "reason": bad.reason},
                      key=f"{_normal(bad.text)} {_sentence_text(article, starts, bad.start)}")


def check_sources(article: Article, sources: dict[str, Source]) -> Iterator[Hit]:
    """duplicate-source and unused-source."""
    first: dict[str, Source] = {}
    for source in article.sources:
        earlier = first.setdefault(source.key, source)
        if earlier is not source and not earlier.same_content(source):
            yield _source_hit("duplicate-source", source, fields={"id": source.id,
                                                                  "first": f"{earlier.path}:{earlier.line}"})
    cited = {source_key(i) for c in [*article.citations, *article.malformed] for i in c.ids}
    for key, source in sources.items():
        if key not in cited:
            yield _source_hit("unused-source", source, fields={"id": source.id})


def check_claims(article: Article, sources: dict[str, Source], tolerances: Tolerances) -> Iterator[Hit]:
    """uncited-claim, unverifiable-citation and the figure rules."""
    for sentence in article.sentences:
        figures = [f for f in sentence.figures if not f.weak]
        if not sentence.figures:
            continue
        if not sentence.citations:
            if not sentence.malformed and not sentence.heading:
                for figure in figures:
                    yield _hit_at(article, "uncited-claim", figure.start, figure.end,
                                  fields={"figure": figure.text}, figure=figure.text,
                                  key=f"{figure.text} | {_digest(sentence.text)}")
            elif sentence.meant_ids:  # an unclosed '[12': reported as malformed, its figures checked against 12
                yield from _check_cited(article, sentence, figures, sources, tolerances, sentence.meant_ids)
            continue
        yield from _check_cited(article, sentence, figures, sources, tolerances, sentence.cited_ids)


def _check_cited(article: Article, sentence: Sentence, figures, sources, tolerances, ids) -> Iterator[Hit]:
    cited = [sources[source_key(i)] for i in ids if source_key(i) in sources]
    if not cited:
        return  # every id dangles: reported once per citation already
    readable = [s for s in cited if s.has_text]
    if not readable:
        if figures and sentence.citations:
            first = sentence.citations[0]
            reasons = "".join(f"; for [{s.id}] {s.unreachable}" for s in cited if s.unreachable)
            yield _hit_at(article, "unverifiable-citation", first.start, first.end, citations=ids,
                          fields={"figure": listing(f.text for f in figures), **cited_fields(s.id for s in cited),
                                  "reason": reasons},
                          key=_digest(sentence.text))
        return
    others = [s for key, s in sources.items() if s.has_text and s not in cited]
    for figure in sentence.figures:
        verdict = judge(Claim(figure, sentence), readable, others, tolerances)
        if verdict.rule is None:
            continue
        fields = {"figure": figure.text, **cited_fields(s.id for s in readable), "source_figure": verdict.source_figure,
                  "aspect": verdict.aspect, **suggested_fields(verdict.source_ids),
                  "claim_direction": _DIRECTION_VERB.get(figure.signed_direction or "", "changed"),
                  "source_direction": _DIRECTION_VERB.get(verdict.source_direction or "", "changed"),
                  "also_fitting": verdict.also_fitting, "other_unit": verdict.other_unit}
        yield _hit_at(article, verdict.rule, figure.start, figure.end, fields=fields, figure=figure.text,
                      citations=ids, evidence=verdict.evidence, key=f"{figure.text} | {_digest(sentence.text)}",
                      evidence_from=_fetched_from(verdict.evidence, [*readable, *others]))


def _fetched_from(evidence: str | None, sources: list[Source]) -> str | None:
    """The URL of the fetched page the evidence was read from; None when it came from the writer's text."""
    if not evidence:
        return None
    for source in sources:
        if source.fetched and any(_normal(evidence) in _normal(excerpt) for excerpt in source.excerpts):
            return source.fetched
    return None


def run_checks(article: Article, tolerances: Tolerances) -> list[Hit]:
    """Every hit of every check on one article."""
    sources = merged_sources(article)
    return [*check_citations(article, sources), *check_sources(article, sources),
            *check_claims(article, sources, tolerances)]
