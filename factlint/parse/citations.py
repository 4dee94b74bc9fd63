"""Find bracket citations in prose: [23], [27][28], [1, 3], [4-6], [^7], [\\n27], and broken ones."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BRACKET = re.compile(r"\[([^\[\]]{0,80})\]")
_FOOTNOTE = re.compile(r"\^([^\s\[\]^]{1,60})")
_ITEM = re.compile(r"(\d{1,5})(?:[ \t]*[-–—][ \t]*(\d{1,5}))?")
_SEPARATOR = re.compile(r"[ \t]*[,;]\s*")  # '[8,\n9]': a list broken across a line is still a list
_NUMERIC_ATTEMPT = re.compile(r"[\d\s,;\-–—]*\d[\d\s,;\-–—]*")
_WORD_ID = re.compile(r"[A-Za-z][\w.:-]{0,60}")
# an opening bracket with ids and no closing one: '[12' at a paragraph's end, '[^who', '[4, driven by…';
# the ids end at a word boundary, so '[2.5%' (a number) and '[12abc' are not attempts at a citation
_UNCLOSED = re.compile(r"\[(?:\^([\w-](?:[\w.:-]{0,58}[\w-])?)|[ \t]*(\d{1,5}(?:[ \t]*[,;\-–][ \t]*\d{1,5})*))"
                       r"(?![\w\]]|[.,]\d)")
MAX_RANGE = 200


@dataclass(frozen=True)
class Citation:
    """A well-formed citation naming one or more source ids."""

    ids: tuple[str, ...]
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Malformed:
    """Citation syntax a reader or a tool would misread."""

    start: int
    end: int
    text: str
    reason: str
    ids: tuple[str, ...] = ()  # the sources an unclosed citation was meant to name


def source_key(source_id: str) -> str:
    """Normalise an id so that [07] and [7], [Smith] and [smith] name the same source."""
    source_id = source_id.strip()
    return str(int(source_id)) if source_id.isdigit() else source_id.casefold()


def _numeric_ids(content: str) -> tuple[tuple[str, ...] | None, str]:
    """Parse '1, 3', '4-6', '1;3' into ids; on failure return (None, reason)."""
    ids: list[str] = []
    pos, content = 0, content.strip()
    while True:
        item = _ITEM.match(content, pos)
        if not item:
            if pos == 0 or content[pos - 1] in ",;" or _SEPARATOR.match(content, pos - 1):
                return None, "an empty item between separators" if pos else "no source id"
            return None, "unexpected characters"
        low, high = item.group(1), item.group(2)
        if high is None:
            ids.append(str(int(low)))
        elif int(high) < int(low):
            return None, f"the range {low}-{high} runs backwards"
        elif int(high) - int(low) > MAX_RANGE:
            return None, f"the range {low}-{high} is implausibly long"
        else:
            ids.extend(str(n) for n in range(int(low), int(high) + 1))
        pos = item.end()
        if pos == len(content):
            return tuple(ids), ""
        sep = _SEPARATOR.match(content, pos)
        if not sep:
            return None, "ids must be separated by commas or semicolons"
        pos = sep.end()
        if pos == len(content):
            return None, "a separator with no id after it"


def _classify(content: str, known: set[str]) -> tuple[tuple[str, ...] | None, str]:
    """Return (ids, "") for a citation, (None, reason) for a malformed one, (None, "") otherwise."""
    stripped = content.strip()
    if "\n\n" in content or stripped in ("", "x", "X"):
        return None, ""
    footnote = _FOOTNOTE.fullmatch(stripped)
    if footnote:
        return (footnote.group(1),), ""
    if _NUMERIC_ATTEMPT.fullmatch(stripped):
        return _numeric_ids(stripped)
    words = [w.strip() for w in re.split(r"[,;]", stripped)]
    if all(_WORD_ID.fullmatch(w) and source_key(w) in known for w in words):
        return tuple(words), ""
    return None, ""


def find_citations(prose: str, known: set[str]) -> tuple[list[Citation], list[Malformed]]:
    """Scan prose (markup already masked) for citations; `known` holds defined source keys.

    Numeric brackets are citations whether or not the id is defined (so a missing one can be
    reported); word brackets such as [smith2020] are citations only when that source exists.
    """
    citations: list[Citation] = []
    malformed: list[Malformed] = []
    closed_starts = set()
    for match in _BRACKET.finditer(prose):
        closed_starts.add(match.start())
        after = prose[match.end():match.end() + 1]
        content = match.group(1)
        if after == "(":  # a Markdown link [text](url): a citation only when its text names a source
            if source_key(content) in known and _NUMERIC_ATTEMPT.fullmatch(content.strip()):
                citations.append(Citation((content.strip(),), match.start(), match.end(), match.group(0)))
            continue
        ids, reason = _classify(content, known)
        if after == "[" and ids is None:
            continue  # link text of a reference link [text][ref]
        if ids:
            citations.append(Citation(ids, match.start(), match.end(), match.group(0)))
        elif reason:
            malformed.append(Malformed(match.start(), match.end(), match.group(0), reason))
    for match in _UNCLOSED.finditer(prose):
        if match.start() not in closed_starts:
            text = match.group(0).rstrip()
            meant = (match.group(1),) if match.group(1) else _numeric_ids(match.group(2))[0] or ()
            malformed.append(Malformed(match.start(), match.start() + len(text), text, "the bracket is never closed",
                                       meant))
    malformed.sort(key=lambda m: m.start)
    return citations, malformed
