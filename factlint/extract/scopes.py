"""Whether a figure is about the whole world or one region of it: 'worldwide' against 'In sub-Saharan Africa,'.

"Women and girls accounted for 62% of all new infections worldwide" is not supported by a source's
"In sub-Saharan Africa, women and girls accounted for 62% …": the same number for one region. Scopes
are read as tags like periods ('gworld', 'gregion') so that `periods.clash` tells them apart; two
regions are never told apart (a source's 'the United Kingdom' is the claim's 'the UK').
"""

from __future__ import annotations

import re

from factlint.extract.lexicon import MONTHS

# 'global' in lower case only: 'the Global Carbon Project' is a name, not a scope
_WORLD = re.compile(r"\b(?:[Ww]orldwide|[Gg]lobally|global|world-wide)\b|\b(?:around|across|in|throughout) the world\b"
                    r"|\bthe world's\b")
# a sentence that opens 'In sub-Saharan Africa,', 'Across the European Union,', 'Outside China,'
# words are split by white space only, so the match cannot try the same text in several ways
_PLACE_WORD = r"(?:[a-z]+-)?[A-Z][\w'’-]*"
_REGION_HEAD = re.compile(rf"\s*(?:In|Across|Throughout|Outside|Within)\s+(?:the\s+)?({_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})"
                          rf"(?:\s+and\s+the\s+{_PLACE_WORD})?\s*,")
_NOT_PLACES = {"q1", "q2", "q3", "q4", "h1", "h2", "fy", "total", "addition", "contrast", "comparison", "short",
               "all", "general", "particular", "practice", "sum", "summary", "brief", "fact", "turn", "other"}


_WORLD_HEAD = re.compile(r"\s*(?:Worldwide|Globally|Across the world|Around the world|Around the globe)\s*,")


def head_scope(sentence: str) -> frozenset[str]:
    """The scope a sentence opens with for all its figures: 'Worldwide, …' or 'In sub-Saharan Africa, …'."""
    if _WORLD_HEAD.match(sentence):
        return frozenset({"gworld"})
    match = _REGION_HEAD.match(sentence)
    if not match:
        return frozenset()
    first = match.group(1).split()[0].lower().rstrip(",")
    if first in MONTHS or first in _NOT_PLACES or re.match(r"\d", first):
        return frozenset()
    return frozenset({"gregion"})


def scope(clause: str, head: frozenset[str]) -> frozenset[str]:
    """'gworld' when the figure's clause says worldwide, else the scope its sentence opens with."""
    return frozenset({"gworld"}) if _WORLD.search(clause) else head
