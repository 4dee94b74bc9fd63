"""The periods a stretch of text names: years, quarters, halves and months.

"Disposable income rose 4.8% in the second quarter" is not supported by a source's "4.8% in
the first quarter": the same number for another period. Periods are read as tags of a kind
("q2", "y2023", "mmay", "h1"); two stretches clash when both name periods of one kind and
share none of them.
"""

from __future__ import annotations

import re

_ORDINALS = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4",
             "4th": "4", "final": "4"}
_MONTH_NAMES = {
    "january": "jan", "february": "feb", "march": "mar", "april": "apr", "may": "may", "june": "jun",
    "july": "jul", "august": "aug", "september": "sep", "october": "oct", "november": "nov", "december": "dec",
    "jan": "jan", "feb": "feb", "mar": "mar", "apr": "apr", "jun": "jun", "jul": "jul", "aug": "aug",
    "sep": "sep", "sept": "sep", "oct": "oct", "nov": "nov", "dec": "dec",
}
_QUARTER = re.compile(r"\b(first|second|third|fourth|final|1st|2nd|3rd|4th)[ -](?:fiscal[ -])?quarter\b"
                      r"|\bQ([1-4])\b|\b([1-4])Q(?:\d\d)?\b", re.I)
_HALF = re.compile(r"\b(first|second)[ -]half\b|\bH([12])\b", re.I)
# a year counts as the period of a figure only in a phrase that says so ("in 2023", "for fiscal 2022");
# "since 2009", "than in 2014" and "the 2015 average" compare or describe, and are left out
# (and 'by 2030' of a projection; the sources' 'en 2023', 'em', 'nel', 'im Jahr', 'w 2022 r.', 'i 2023', 'heel 2024')
_YEAR = re.compile(r"\b(?<!than )(?:in|for|during|throughout|fiscal|FY|of|by|en|em|nel|im|w|i|heel)[ \t]+"
                   r"(?:the[ \t]+)?(?:(?:year|jahr|año|anno|ano|année|jaar|roku)[ \t]+|fiscal[ \t]+)?"
                   r"(1[89]\d\d|20\d\d)\b(?![.,]\d|\s*(?:%|per\b|million|billion|bn))", re.I)
_A_YEAR = re.compile(r"\d{4}")
_LISTED_YEARS = re.compile(r"(?:\s*(?:,|and|&)\s*(?:1[89]\d\d|20\d\d)\b(?![.,]\d|\s*%))*")
# "March 2025", "Dec. 2023": a month with its year names the year too
_MONTH_YEAR = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
                         r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s+(1[89]\d\d|20\d\d)\b")
# month names that are also common words count only when capitalised
_MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
                    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")


# a period after these words is what a figure is compared with ("up 22% from the third quarter",
# "from the levels of August 2022")
_BASE = re.compile(r"\b(?:from|than|since|versus|vs|against|compared|after|before|until"
                   r"|seit|desde|depuis|sinds|sedan|gegenüber|rispetto|vergeleken|vergleich|comparado)\b"
                   r"|\b(?:over|on)\s+(?:a\s+year|the\s+(?:same|previous|prior|year)|last)\b", re.I)


def periods(text: str) -> frozenset[str]:
    """Tags for the periods the text names as its own: 'q2' (second quarter), 'h1', 'y2023', 'mmay'."""
    tags = set()
    for match in _QUARTER.finditer(text):
        if not _is_base(text, match.start()):
            number = _ORDINALS.get((match.group(1) or "").lower()) or match.group(2) or match.group(3)
            tags.add(f"q{number}")
    for match in _HALF.finditer(text):
        if not _is_base(text, match.start()):
            tags.add(f"h{_ORDINALS.get((match.group(1) or '').lower()) or match.group(2)}")
    for m in _YEAR.finditer(text):
        if not _is_base(text, m.start()):
            tags.add(f"y{m.group(1)}")
            # "the 303 and 282 seats it had won in 2019 and 2014, respectively": each of the years listed
            tags.update(f"y{year}" for year in _A_YEAR.findall(_LISTED_YEARS.match(text, m.end()).group(0)))
    tags.update(f"y{m.group(1)}" for m in _MONTH_YEAR.finditer(text)
                if not _is_base(text, m.start()) and not _is_date(text, m))
    tags.update(f"m{_MONTH_NAMES[m.group(1).lower()]}" for m in _MONTH.finditer(text)
                if not _is_base(text, m.start()) and not _is_date(text, m))
    return frozenset(tags)


_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*$")
_DAY_AFTER = re.compile(r"\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|per|million|billion))")


def _is_date(text: str, match: re.Match) -> bool:
    """'24 January 2025', 'Jan 12, 2024': a day of the month, such as a dateline, is no period."""
    return bool(_DAY_BEFORE.search(text[max(0, match.start() - 6):match.start()])) or bool(
        _DAY_AFTER.match(text, match.end()) and text[match.end():match.end() + 6].strip()[:2].rstrip(",.").isdigit()
        and "," in text[match.end():match.end() + 6])


def _is_base(text: str, start: int) -> bool:
    before = text[max(0, start - 60):start]
    return bool(_BASE.search(before) or _ON_BEFORE.search(before))


# "up $7.8 billion on fiscal 2023", "rose 3% on 2022": the period right after 'on' is the base
_ON_BEFORE = re.compile(r"\bon\s+$")


# "(2023: +5.9%; 2022: +6.9%)", "2024 – 3.1": a year set before a figure as its label
_YEAR_LABEL = re.compile(r"\b(1[89]\d\d|20\d\d)\s*(?::|–|—)\s*[+\-−±]?\s*$")


def labelled(left: str) -> frozenset[str]:
    """The year a figure is labelled with, from the text right before it ('2022: +6.9%')."""
    match = _YEAR_LABEL.search(left[-12:])
    return frozenset({f"y{match.group(1)}"}) if match else frozenset()


def clash(one: frozenset[str], other: frozenset[str]) -> bool:
    """True when both name periods of one kind (years, quarters, halves, months), or both name age
    groups (ages.py), sexes (sexes.py) or scopes (scopes.py), and share none."""
    if not one or not other:
        return False
    for kind in {t[0] for t in one} & {t[0] for t in other}:
        if not any(t[0] == kind and t in other for t in one):
            return True
    return False


def is_base(text: str) -> bool:
    """True when the words before a figure make it the base of a comparison ('up from', 'than')."""
    return bool(_BASE.search(text[-60:]))
