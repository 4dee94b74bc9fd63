"""Parse one article: mask markup, collect its sources, find citations, sentences and figures."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.parse import markup
from factlint.parse.citations import Citation, Malformed, find_citations, source_key
from factlint.extract.claims import Claim, Sentence, attach_citations, claims_of, read_sentences
from factlint.parse.document import Document, Span, mask
from factlint.read.sources import ArticleSources, Source, article_sources
from factlint.parse.tables import find_tables


@dataclass
class Article:
    """Everything the checks need to know about one article."""

    document: Document
    sources: list[Source]       # every definition, in the order found (sidecar first)
    sentences: list[Sentence]
    citations: list[Citation]
    malformed: list[Malformed]
    pages: object = None        # the source cache (`.get(url) -> Page | None`) for URL-only sources

    @property
    def claims(self) -> list[Claim]:
        return claims_of(self.sentences)


def own_sources(document: Document) -> ArticleSources:
    """The sources an article defines in its own text (footnotes, a Sources section, link references)."""
    shown = markup.fence_and_comment_spans(document.text, document.lines) if document.markdown else []
    return article_sources(document.text, document.lines, document.path, shown)


def source_urls(document: Document, sidecar: list[Source]) -> list[str]:
    """The URL of every source the article has (its sidecar's and its own), without reading its prose:
    a superset of those it will look up in the source cache."""
    return list(dict.fromkeys(s.url for s in [*sidecar, *own_sources(document).sources] if s.url))


def parse_article(document: Document, sidecar: list[Source], citation_scope: str = "sentence",
                  pages: object = None) -> Article:
    """Read an article's own sources, then its prose: citations, sentences and figures; `pages`
    is the source cache that gives URL-only sources their fetched text (read, not fetched)."""
    text = document.text
    defined = own_sources(document)
    spans = markup.markup_spans(text, document.lines, document.markdown) + defined.regions
    prose = mask(text, spans)
    sources = [*sidecar, *defined.sources]
    known = {source_key(s.id) for s in sources}
    citations, malformed = find_citations(prose, known)
    plain = mask(prose, [Span(c.start, c.end) for c in [*citations, *malformed]])
    blocks = markup.blocks(text, plain)
    tables = find_tables(text, document.lines) if document.markdown else []
    sentences = attach_citations(read_sentences(plain, text, blocks, document.markdown, tables), blocks, citations,
                                 malformed, citation_scope, tables)
    return Article(document, sources, sentences, citations, malformed, pages)
