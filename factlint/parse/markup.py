"""Find the parts of an article that are not prose: code, HTML, URLs, front matter, markers.

Block structure comes from markdown-it-py; inline code spans, comments, link targets and
bare URLs are found by linear scans of the text, since markdown-it keeps no offsets for them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factlint.parse.document import LineIndex, Span

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.|\+\+\+)[ \t]*$", re.M)
_BACKTICKS = re.compile(r"`+")
_LINK_TARGET = re.compile(r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'))?[ \t]*\)")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]*>|<[^<>\s@]+@[^<>\s]+>")
_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,300})?/?>")
_LINE_MARKER = re.compile(r"^[ \t]{0,3}(?:#{1,6}(?=[ \t]|$)|(?:>[ \t]?)+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+(?:\[[ xX]\][ \t]+)?)", re.M)
# the lookbehind starts a match only where a run of blanks starts, so a long run costs linear time
_CLOSING_HASHES = re.compile(r"(?<![ \t])[ \t]+#+[ \t]*$", re.M)
_EMPHASIS = re.compile(r"(?<![\w*_])(?:\*\*|__)|(?:\*\*|__)(?![\w*_])")


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").disable("inline")


@lru_cache(maxsize=8)
def _block_tokens(text: str) -> tuple:
    """markdown-it's block tokens, parsed once per text; inline parsing is not needed here."""
    return tuple(_parser().parse(text))


def front_matter(text: str) -> Span | None:
    """Return the span of YAML/TOML front matter at the very top of the file, if any."""
    opening = _FRONT_MATTER.match(text)
    if not opening:
        return None
    closing = _FRONT_MATTER_END.search(text, opening.end())
    return Span(0, closing.end()) if closing else None


def block_code_spans(text: str, lines: LineIndex, kinds=("fence", "code_block", "html_block")) -> list[Span]:
    """Fenced and indented code blocks and HTML blocks (or the `kinds` asked for), as whole lines."""
    spans = []
    for token in _block_tokens(text):
        if token.type in kinds and token.map:
            first, last = token.map
            start = lines.line_start(first + 1)
            end = lines.line_start(last + 1) if last < len(lines.starts) else len(text)
            spans.append(Span(start, end))
    return spans


def code_spans(text: str) -> list[Span]:
    """Inline code: a run of n backticks up to the next run of exactly n (CommonMark §6.1)."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    spans, i = [], 0
    waiting: dict[int, int] = {}
    # one pass from the end records, for each run, the next run of the same length
    next_same = [None] * len(runs)
    for k in range(len(runs) - 1, -1, -1):
        length = runs[k][1] - runs[k][0]
        next_same[k] = waiting.get(length)
        waiting[length] = k
    while i < len(runs):
        closer = next_same[i]
        if closer is None or "\n\n" in text[runs[i][1]:runs[closer][0]]:
            i += 1
            continue
        spans.append(Span(runs[i][0], runs[closer][1]))
        i = closer + 1
    return spans


def table_rules(text: str) -> list[Span]:
    """Table delimiter rows ('| --- | :---: |'): a line of pipes, dashes, colons and blanks."""
    spans, offset = [], 0
    for line in text.split("\n"):
        if "---" in line and not line.strip(" \t|:-"):
            spans.append(Span(offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def comment_spans(text: str) -> list[Span]:
    """HTML comments, found with str.find so an unclosed one cannot cost quadratic time."""
    spans, pos = [], 0
    while (start := text.find("<!--", pos)) != -1:
        end = text.find("-->", start + 4)
        end = len(text) if end == -1 else end + 3
        spans.append(Span(start, end))
        pos = end
    return spans


def markup_spans(text: str, lines: LineIndex, markdown: bool = True) -> list[Span]:
    """Every span of the file that is not prose a claim or citation can live in."""
    spans = [Span(m.start(), m.end()) for m in _URL.finditer(text)]
    matter = front_matter(text)
    if matter:
        spans.append(matter)
    if not markdown:
        return spans
    spans += block_code_spans(text, lines)
    spans += code_spans(text)
    spans += comment_spans(text)
    for pattern in (_LINK_TARGET, _AUTOLINK, _HTML_TAG, _CLOSING_HASHES, _EMPHASIS):
        spans.extend(Span(m.start(), m.end()) for m in pattern.finditer(text))
    spans += table_rules(text)
    # keep the "](" of a link target: it tells the citation scanner "this was a link"
    spans = [Span(s.start + 2, s.end) if text.startswith("](", s.start) else s for s in spans]
    spans.extend(Span(m.start(), m.end()) for m in _LINE_MARKER.finditer(text))
    return spans


_BLOCK_START = re.compile(r"[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|\|)")
_ONE_LINE_BLOCK = re.compile(r"[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|\|)")


def blocks(text: str, prose: str) -> list[Span]:
    """Split the prose into blocks (paragraphs, headings, list items, table rows).

    `text` is the raw file, `prose` the same text with markup masked; a block never holds a
    blank line, a heading or a table row is a block of its own, and a list item starts one.
    """
    spans: list[Span] = []
    start = None
    offset = 0
    for raw, line in zip(text.split("\n"), prose.split("\n")):
        end = offset + len(raw)
        if not line.strip():
            if start is not None:
                spans.append(Span(start, offset - 1))
            start = None
        else:
            if start is not None and _BLOCK_START.match(raw):
                spans.append(Span(start, offset - 1))
                start = None
            if start is None:
                start = offset
            if _ONE_LINE_BLOCK.match(raw):
                spans.append(Span(start, end))
                start = None
        offset = end + 1
    if start is not None:
        spans.append(Span(start, len(text)))
    return spans


def code_only_spans(text: str, lines: LineIndex) -> list[Span]:
    """Code blocks and code spans: where a comment is shown, not meant."""
    return block_code_spans(text, lines, ("fence", "code_block")) + code_spans(text)


def fence_and_comment_spans(text: str, lines: LineIndex) -> list[Span]:
    """Fenced code and HTML comments: text shown or hidden, never a source definition."""
    return block_code_spans(text, lines, ("fence",)) + comment_spans(text)
