"""Sources an article can cite, and those it defines itself: footnotes, a Sources section, link references.

Every source remembers the file, line and column where it is defined, so findings about it
point there. Article-defined sources also report the regions they occupy, which are not prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factlint.parse.citations import source_key
from factlint.parse.document import LineIndex, Span, mask

_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$")
_SECTION_HEADING = re.compile(
    r"^ {0,3}(#{1,6})[ \t]+\**(sources|references|citations|notes|bibliography|works cited|footnotes)\**[ \t]*:?[ \t]*#*[ \t]*$"
    r"|^ {0,3}\**(sources|references|citations|bibliography|works cited)\**[ \t]*:?[ \t]*$", re.I)
_ANY_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]")
_SECTION_ENTRY = re.compile(r"^ {0,3}(?:[-*+][ \t]+)?(?:\[\^?([^\]\s]{1,60})\]:?|(\d{1,5})[.)])[ \t]*(.*)$")
_LINK_REFERENCE = re.compile(
    r"^ {0,3}\[([^\]\^\s][^\]]{0,60})\]:[ \t]*(<[^>\n]*>|\S+)(?:[ \t]+(\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$")
_QUOTE = re.compile(r"^[ \t]*>[ \t]?(.*)$")
_URL = re.compile(r"<?(?:https?://|www\.)[^\s<>]+>?")
_INDENTED = re.compile(r"^(?: {2,}|\t)\S")


@dataclass
class Source:
    """One source an article can cite, with the text claims are checked against."""

    id: str
    excerpts: list[str]
    path: str
    line: int
    column: int = 1
    end_column: int = 2
    title: str | None = None
    url: str | None = None
    fetched: str | None = None      # the URL whose cached page gave `excerpts` (factlint fetch)
    unreachable: str | None = None  # why the cache has no text for `url`
    page_parts: int = 0             # how many of `excerpts`, at the end, are the fetched page's paragraphs
    text_is_title: bool = False     # a footnote's one line with a link: its words name the page, the page says more

    @property
    def wants_page(self) -> bool:
        """True when the source's URL is its text: it has no excerpt of its own, or only a footnote's title."""
        return bool(self.url) and (not self.has_text or self.text_is_title)

    @property
    def key(self) -> str:
        return source_key(self.id)

    @property
    def has_text(self) -> bool:
        return any(e.strip() for e in self.excerpts)

    def same_content(self, other: "Source") -> bool:
        """True when two definitions agree (no text or URL contradicts the other)."""
        mine, theirs = _normal(" ".join(self.excerpts)), _normal(" ".join(other.excerpts))
        if mine and theirs and mine != theirs:
            return False
        return not (self.url and other.url and self.url.rstrip("/") != other.url.rstrip("/"))


@dataclass
class ArticleSources:
    """The sources an article defines itself, and the lines they take up."""

    sources: list[Source] = field(default_factory=list)
    regions: list[Span] = field(default_factory=list)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _title_and_url(text: str) -> tuple[str | None, str | None]:
    url = _URL.search(text)
    title = _URL.sub("", text).strip(" \t—–-:|,") or None
    return title, url.group(0).strip("<>") if url else None


# ------------------------------------------------------------------ inside the article


def _line_span(index: LineIndex, lines: list[str], first: int, stop: int) -> Span:
    """The text of 0-based lines first..stop-1."""
    return Span(index.starts[first], index.starts[stop - 1] + len(lines[stop - 1]))


def _footnotes(lines: list[str], index: LineIndex, path: str, found: ArticleSources) -> None:
    """`[^id]: text` plus indented continuation and block quotes: all of it is the excerpt."""
    n = 0
    while n < len(lines):
        match = _FOOTNOTE_DEF.match(lines[n])
        if not match:
            n += 1
            continue
        first, body = n, [match.group(2)]
        n += 1
        while n < len(lines):
            line = lines[n]
            if _INDENTED.match(line) or (_QUOTE.match(line) and n == first + 1) or (
                    not line.strip() and n + 1 < len(lines) and _INDENTED.match(lines[n + 1])):
                quote = _QUOTE.match(line)
                body.append(quote.group(1) if quote else line.strip())
                n += 1
            else:
                break
        title, url = _title_and_url(match.group(2))
        text = " ".join(_URL.sub("", part).strip() for part in body if part.strip())
        column = match.start(1) - 1
        found.sources.append(Source(match.group(1), [text] if text.strip() else [], path, first + 1,
                                    column, match.end(1) + 2, title, url, text_is_title=len(body) == 1))
        found.regions.append(_line_span(index, lines, first, n))


def _sources_section(lines: list[str], index: LineIndex, path: str, found: ArticleSources) -> None:
    """A 'Sources'/'References' heading: entries `[1] title — url` each with a block quote under it."""
    n = 0
    while n < len(lines):
        heading = _SECTION_HEADING.match(lines[n])
        if not heading:
            n += 1
            continue
        level = len(heading.group(1) or "######")
        start, n = n, n + 1
        current = None
        while n < len(lines):
            line = lines[n]
            other = _ANY_HEADING.match(line)
            if other and len(other.group(1)) <= level:
                break
            entry = _SECTION_ENTRY.match(line)
            quote = _QUOTE.match(line)
            if entry and not _FOOTNOTE_DEF.match(line):
                source_id = entry.group(1) or entry.group(2)
                title, url = _title_and_url(entry.group(3))
                column = line.index(source_id)
                current = Source(source_id, [], path, n + 1, column + 1 - (1 if entry.group(1) else 0),
                                 column + len(source_id) + 1 + (1 if entry.group(1) else 0), title, url)
                found.sources.append(current)
            elif quote and current is not None:
                current.excerpts.append(quote.group(1))
            elif line.strip() and not quote:
                current = None if not _INDENTED.match(line) else current
            n += 1
        found.regions.append(_line_span(index, lines, start, n))
        for source in found.sources:
            source.excerpts = [" ".join(source.excerpts)] if source.excerpts else []


def _link_references(lines: list[str], index: LineIndex, path: str, found: ArticleSources,
                     taken: set[int]) -> None:
    """`[23]: https://… "title"`: a source with a URL and a title and no text."""
    for n, line in enumerate(lines):
        match = _LINK_REFERENCE.match(line)
        if not match or n + 1 in taken:
            continue
        title = match.group(3)[1:-1] if match.group(3) else None
        found.sources.append(Source(match.group(1), [], path, n + 1, match.start(1), match.end(1) + 2,
                                    title, match.group(2).strip("<>")))
        start = index.line_start(n + 1)
        found.regions.append(Span(start, start + len(line)))


def article_sources(text: str, index: LineIndex, path: str, hidden: list[Span] = ()) -> ArticleSources:
    """Sources defined inside the article, in the order they appear; `hidden` spans (code
    fences, comments) are shown text, not definitions."""
    lines = mask(text, list(hidden)).split("\n") if hidden else text.split("\n")
    found = ArticleSources()
    _footnotes(lines, index, path, found)
    _sources_section(lines, index, path, found)
    taken = {s.line for s in found.sources}
    _link_references(lines, index, path, found, taken)
    found.sources.sort(key=lambda s: s.line)
    return found
