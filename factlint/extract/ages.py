"""The age groups a stretch of text names: 'aged 65 and over', 'the over-65s', 'aged 16 to 24'.

"Those aged 60 or over made up 18.6%" is not supported by a source's "aged 65 years and over was
18.6%": the same number for another group. Age groups are read as tags like periods ('a60+',
'a16-24', 'a<18') so that `periods.clash` tells two groups apart.
"""

from __future__ import annotations

import re

_AGE = r"(\d{1,3})"
_YEARS = r"(?:\s+years?(?:\s+old)?)?"
# "aged 65 and over", "aged 60 or above", "65 years or older", "people 65 and over"
_AND_OVER = re.compile(rf"\b(?:aged?|ages|people|those|adults|residents|were|are)\s+(?:of\s+)?{_AGE}{_YEARS}\s+"
                       r"(?:and|or)\s+(?:over|above|older|more)\b"
                       rf"|\b{_AGE}{_YEARS}\s+(?:and|or)\s+older\b"
                       rf"|\baged\s+{_AGE}\+|\b{_AGE}\+\s+(?:population|age|people|adults|residents)\b", re.I)
# "the over-65s", "over 65s", "over-60s"
_OVER_S = re.compile(rf"\bover[- ]{_AGE}s\b", re.I)
# "aged 16 to 24", "ages 18-24", "16- to 24-year-olds"
_BAND = re.compile(rf"\b(?:aged?|ages)\s+(?:between\s+)?{_AGE}\s*(?:-|–|to|and)\s*{_AGE}\b"
                   rf"|\b{_AGE}-?\s*(?:-|–|to)\s*{_AGE}-year-olds?\b", re.I)
# "under-18s", "under 16s", "aged under 16", "children under 5"
_UNDER = re.compile(rf"\bunder[- ]{_AGE}s\b|\b(?:aged|children|people|those)\s+under\s+{_AGE}\b", re.I)


def age_groups(text: str) -> frozenset[str]:
    """Tags for the age groups the text names: 'a65+' (65 and over), 'a16-24', 'a<18'."""
    tags = {f"a{m.group(1) or m.group(2) or m.group(3)}+" for m in _AND_OVER.finditer(text)}
    tags.update(f"a{m.group(1)}+" for m in _OVER_S.finditer(text))
    tags.update(f"a{m.group(1) or m.group(3)}-{m.group(2) or m.group(4)}" for m in _BAND.finditer(text))
    tags.update(f"a<{m.group(1) or m.group(2)}" for m in _UNDER.finditer(text))
    return frozenset(tags)


def age_tags(tags: frozenset[str]) -> frozenset[str]:
    """The age-group tags among a figure's period and scope tags."""
    return frozenset(t for t in tags if t[0] == "a")
