"""Which of two figures of one source sentence a claim is about, from the words that tell them apart.

'The NBP kept its reference rate at 6.25%' against 'stopa referencyjna 5,75% …, stopa lombardowa 6,25%':
the 6.25% agrees in value, but the word that sets it apart from the 5,75% beside it ('lombardowa') is
not the claim's, while the word that sets the 5,75% apart ('referencyjna', the reference rate) is.
The claim names the other figure's subject, so the equal value is another's and the claim is wrong.
Only two figures said the same way count: their subjects share a word of what they are ('stopa', a
rate), and verbs of winning and reporting ('won', 'took', 'posted') set nothing apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from factlint.extract.context import TIME_WORDS, abbreviated, keywords, similar_words
from factlint.match.evidence import SourceFigure

# verbs that say how a figure was come by, not what it is of: two figures they alone tell apart are not
_GENERIC = frozenset(keywords("won win took take got gained gain lost received recorded posted had made saw kept "
                              "held secured obtained came stood went remained reported totalled amounted"))


def the_other_one(own: list[str], sentence_words: list[str], equal: list[tuple[float, SourceFigure]],
                  rivals: list[tuple[float, SourceFigure]],
                  owned_elsewhere: Callable[[SourceFigure], bool]) -> SourceFigure | None:
    """The rival a claim's own words (`own`) point to over the equal figure beside it in one source sentence.

    Every equal figure is weighed: one the claim's words name (by a word that sets it apart from the rival)
    keeps the claim supported. `sentence_words` are the claim sentence's; an equal figure named only there
    (not in the claim figure's own words) still counts as named, unless `owned_elsewhere` says another
    figure of the claim's sentence has its value ('Vox fell to 33 seats …, while Sumar won 33 seats').
    """
    found: list[tuple[float, SourceFigure, SourceFigure]] = []
    for score, first in equal:
        # a rival the claim's words fit at least as well, of a size the claim could have mistaken for it
        beside = [(s, r) for s, r in rivals if r.source_id == first.source_id and r.sentence == first.sentence
                  and s >= score and _of_like_size(first, r)]
        for s, rival in beside:
            if _points_to(own, sentence_words, first, rival, owned_elsewhere):
                found.append((s, rival, first))
    if not found:
        return None
    _, rival, _ = max(found, key=lambda f: f[0])
    told = {id(first) for _, _, first in found}
    for _, other in equal:
        if id(other) not in told and _names(own, _apart(other.subject, rival.subject)):
            return None  # another source sentence states the value of the claim's subject
    return rival


def _of_like_size(equal: SourceFigure, rival: SourceFigure) -> bool:
    """Within a factor of twenty: a revenue beside a profit, seats beside seats, not seats beside votes."""
    a, b = abs(equal.figure.value), abs(rival.figure.value)
    return a > 0 and b > 0 and max(a, b) <= 20 * min(a, b)


def _points_to(own: list[str], sentence_words: list[str], equal: SourceFigure, rival: SourceFigure,
               owned_elsewhere: Callable[[SourceFigure], bool]) -> bool:
    """Whether the claim names what sets the rival apart from the equal figure, and not what sets the equal
    one apart."""
    sets_equal_apart = [w for w in _apart(equal.subject, rival.subject) if w not in _GENERIC]
    sets_rival_apart = [w for w in _apart(rival.subject, equal.subject) if w not in _GENERIC]
    if not _parallel(equal, rival) or not sets_equal_apart or not sets_rival_apart or _names(own, sets_equal_apart):
        return False
    if _names(sentence_words, sets_equal_apart) and not owned_elsewhere(equal):
        return False
    return _names(own, sets_rival_apart)


def _parallel(equal: SourceFigure, rival: SourceFigure) -> bool:
    """Two figures said the same way, of two kinds of one thing: their subjects share a word of what
    ('stopa referencyjna 5,75%, stopa lombardowa 6,25%'), so the words left over are what tells them apart."""
    shared = set(equal.subject) - set(_apart(equal.subject, rival.subject))
    return any(w not in TIME_WORDS and w not in _GENERIC for w in shared)


def _apart(words: Iterable[str], others: Iterable[str]) -> list[str]:
    """The words of one figure's subject that the other's lacks (what, not when)."""
    others = list(others)
    return [w for w in words if w not in TIME_WORDS
            and not any(similar_words(w, o) for o in others) and not abbreviated([w], others)]


def _names(claim_words: list[str], words: list[str]) -> bool:
    """Whether the claim's words include one of `words`, or abbreviate it ('PP' for 'Popular Party')."""
    return bool(words) and (any(similar_words(c, w) for c in claim_words for w in words)
                            or bool(abbreviated(claim_words, words)) or bool(abbreviated(words, claim_words)))
