"""Fixes: for a hit whose check knows why the text is wrong, the edits that would put it right.

A fix is data on a finding (ruff's `Fix` / `Applicability`); nothing here writes a file. It is
made only when the intent is clear: one source figure clearly meant, one other source that
holds the figure, a bracket that is only missing its end. A fix that changes a figure or what
a citation names is unsafe; one that keeps what factlint already read the text as is safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factlint.lint import rewording as wording
from factlint.lint.findings import Edit, Fix, Hit
from factlint.parse.article import Article
from factlint.parse.citations import source_key
from factlint.parse.document import Document

_IDS = re.compile(r"\[([^\[\]]+)\]")


def fix_for(hit: Hit, article: Article, hits: list[Hit] = ()) -> Fix | None:
    """The fix for a hit on `article` (`hits`: every hit of the article), or None when there is none to offer."""
    make = _MAKERS.get(hit.rule)
    if make is None or hit.path != article.document.path:
        return None
    return make(hit, article, hits)


MAX_CHOICES = 3  # more source figures fitting as well (a table's row of like numbers) say none is meant


def fixes_for(hit: Hit, article: Article, hits: list[Hit] = ()) -> tuple[Fix | None, tuple[Fix, ...]]:
    """The fix when one is clearly meant, else no fix and the choices: one per source figure that fits
    as well (an editor offers each; --fix applies none, since the writer must pick); with more than
    MAX_CHOICES of them, nothing."""
    choices = _figure_choices(hit, article)
    if len(choices) > MAX_CHOICES:
        return None, ()
    return (None, choices) if len(choices) > 1 else (fix_for(hit, article, hits), ())


def _figure_choices(hit: Hit, article: Article) -> tuple[Fix, ...]:
    """figure- and unit-mismatch: a fix per source figure that fits about as well, one per new text."""
    others = hit.fields.get("also_fitting") or ()
    if hit.rule not in ("figure-mismatch", "unit-mismatch") or not others or hit.path != article.document.path:
        return ()
    made = (_figure_fix(replace(hit, fields={**hit.fields, "source_figure": other}), article)
            for other in (hit.fields.get("source_figure"), *others))
    return tuple({fix.edits[0].content: fix for fix in made if fix is not None}.values())


def _offset(article: Article, line: int, column: int) -> int:
    return article.document.lines.line_start(line) + column - 1


def _span(hit: Hit, article: Article) -> tuple[int, int]:
    return _offset(article, hit.line, hit.column), _offset(article, hit.end_line, hit.end_column)


def edit(article: Article, start: int, end: int, content: str) -> Edit:
    """An edit of the article text, with its positions as findings give them."""
    line, column = article.document.position(start)
    end_line, end_column = article.document.position(end)
    return Edit(start, end, content, line, column, end_line, end_column)


def _figure_fix(hit: Hit, article: Article, hits=()) -> Fix | None:
    """figure- and unit-mismatch: the source's value written the way the article writes its figure."""
    start, end = _span(hit, article)
    if not hit.figure or article.document.text[start:end] != hit.figure or hit.fields.get("other_unit"):
        return None  # a source figure in another unit ('4.8 miles' for '7.3 km') gives no number to write
    fields = hit.fields
    write = wording.value_in_style if hit.rule == "figure-mismatch" else wording.unit_in_style
    new = write(hit.figure, fields.get("source_figure") or "", fields.get("claim_direction"))
    if new is None or new == hit.figure:
        return None
    return Fix(f"Replace {hit.figure} with {new} (as {fields.get('ids')} {fields.get('says')})",
               (edit(article, start, end, new),),
               "unsafe")


def _direction_fix(hit: Hit, article: Article, hits=()) -> Fix | None:
    """direction-mismatch: the one word (or sign) that says which way the figure went, turned round."""
    start, end = _span(hit, article)
    claim, source = hit.fields.get("claim_direction"), hit.fields.get("source_direction")
    if "changed" in (claim, source) or claim == source or not hit.figure:
        return None
    sentence = next((s for s in article.sentences if s.start <= start < s.end), None)
    if sentence is None:
        return None
    left = max([sentence.start, *(f.end for f in sentence.figures if f.end <= start)])
    right = min([sentence.end, *(f.start for f in sentence.figures if f.start >= end)])
    found = wording.direction_word(article.document.text, (start, end), (left, right), claim)
    if found is None:
        return None
    word_start, word_end, new = found
    does = "do" if hit.fields.get("says") == "say" else "does"
    return Fix(f"Say the figure {source}, as {hit.fields.get('ids')} {does}",
               (edit(article, word_start, word_end, new),), "unsafe")


def _repoint_fix(hit: Hit, article: Article, hits=()) -> Fix | None:
    """misattributed-figure: cite the one source that holds the figure instead of the one cited.

    Only when every figure of the sentence is in that other source: a figure the cited source
    does support would lose its citation.
    """
    suggested = _IDS.findall(hit.fields.get("suggestion") or "")
    start, _ = _span(hit, article)
    sentence = next((s for s in article.sentences if s.start <= start < s.end), None)
    if len(suggested) != 1 or sentence is None or len(sentence.citations) != 1:
        return None
    lines = {article.document.position(f.start) for f in sentence.figures if not f.weak}
    moved = {(h.line, h.column) for h in hits if h.rule == hit.rule and h.fields.get("suggestion") ==
             hit.fields.get("suggestion")}
    if not lines <= moved:
        return None
    citation = sentence.citations[0]
    if len(citation.ids) != 1:
        return None
    new = f"[^{suggested[0]}]" if citation.text.startswith("[^") else f"[{suggested[0]}]"
    return Fix(f"Cite {new} instead of {citation.text}", (edit(article, citation.start, citation.end, new),), "unsafe")


def _citation_fix(hit: Hit, article: Article, hits=()) -> Fix | None:
    """malformed-citation: close an unclosed bracket (safe), drop empty or trailing separators (unsafe)."""
    start, _ = _span(hit, article)
    bad = next((m for m in article.malformed if m.start == start), None)
    if bad is None:
        return None
    if bad.reason == "the bracket is never closed":
        if not bad.ids or not {source_key(i) for i in bad.ids} <= {s.key for s in article.sources}:
            return None  # closing '[pl' when no source pl exists only trades one finding for another
        # factlint already reads '[12' as citing 12: closing it keeps that meaning
        return Fix(f"Close the citation: {bad.text}]", (edit(article, bad.end, bad.end, "]"),), "safe")
    repaired = wording.repaired_citation(bad.text, bad.reason)
    if repaired is None:
        return None
    # a doubled or trailing comma may stand where an id was meant: the writer should look
    return Fix(f"Write the citation as {repaired}", (edit(article, bad.start, bad.end, repaired),), "unsafe")


def _suppression_fix(hit: Hit, article: Article, hits=()) -> Fix | None:
    """unused-suppression: remove the comment, and its line when nothing else stands on it."""
    start, end = _span(hit, article)
    text = article.document.text
    line_start = article.document.lines.line_start(hit.line)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if not text[line_start:start].strip() and not text[end:line_end].strip():
        start, end = line_start, min(line_end + 1, len(text))
    else:
        while start > line_start and text[start - 1] in " \t":
            start -= 1
    return Fix("Remove the unused suppression comment", (edit(article, start, end, ""),), "safe")


@dataclass(frozen=True)
class _TextOnly:
    """An article known by its document alone: enough for a fix that needs only the text."""

    document: Document


def suppression_fix(hit: Hit, document: Document) -> Fix | None:
    """The fix for an unused suppression comment, from the document alone (the result cache keeps no article)."""
    return _suppression_fix(hit, _TextOnly(document)) if hit.path == document.path else None


_MAKERS = {"figure-mismatch": _figure_fix, "unit-mismatch": _figure_fix, "direction-mismatch": _direction_fix,
           "misattributed-figure": _repoint_fix, "malformed-citation": _citation_fix,
           "unused-suppression": _suppression_fix}
