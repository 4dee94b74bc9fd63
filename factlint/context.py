"""The words around a figure, and how well two figures' words agree (rapidfuzz on each word)."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from factlint.lexicon import DOWN_WORDS, HEDGES, MONTHS, UP_WORDS

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE_BREAK = re.compile(r"[;:()]|,|\b(?:while|whereas|but|and|although|though|compared|versus|vs)\b", re.I)
_STOPWORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "from", "with", "as", "and", "or", "but", "than",
    "that", "this", "these", "those", "its", "it", "their", "his", "her", "was", "were", "is", "are", "be", "been",
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "which", "who", "what", "per", "cent",
    "percent", "percentage", "points", "point", "year", "years", "over", "under", "more", "less", "about", "same",
    "also", "according", "said", "says", "reported", "report", "reports", "s", "some", "around", "roughly", "nearly",
    "almost", "after", "before", "into", "up", "down", "there", "they", "them", "we", "our", "i", "you", "your",
    "such", "so", "both", "all", "any", "each", "other", "only", "just", "while", "when", "then", "than", "reached",
    "reach", "reaching", "hit", "stood", "stands", "was", "total", "totalled", "totaled", "million", "billion",
    "trillion", "thousand", "bn", "mn", "m", "k", "earlier", "level", "compared", "record", "around", "approximately",
}
_IGNORED = _STOPWORDS | UP_WORDS | DOWN_WORDS | HEDGES
LEFT_WORDS = 8
RIGHT_WORDS = 5


def _normal(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def keywords(text: str) -> list[str]:
    """Content words of a stretch of text, normalised (lower case, no plural s)."""
    words = (_normal(w) for w in _WORD.findall(text))
    return [w for w in words if w not in _IGNORED and len(w) > 1]


def window(sentence: str, start: int, end: int, prev_end: int, next_start: int) -> tuple[list[str], list[str]]:
    """Words left and right of a figure at sentence[start:end], inside its clause and between its neighbours."""
    left = sentence[prev_end:start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    if breaks and breaks[-1].start() > 0:
        tail = left[breaks[-1].end():]
        if keywords(tail):
            left = tail
    right = sentence[end:next_start]
    cut = _CLAUSE_BREAK.search(right)
    if cut:
        right = right[:cut.start()]
    return keywords(left)[-LEFT_WORDS:], keywords(right)[:RIGHT_WORDS]


@lru_cache(maxsize=65536)
def similar_words(a: str, b: str) -> bool:
    """Same word up to spelling and inflection: 'export' ~ 'exports', 'semiconductor' ~ 'semiconductors'."""
    if a == b:
        return True
    if a in MONTHS or b in MONTHS:
        return False
    shorter = min(len(a), len(b))
    if shorter >= 5 and a[:5] == b[:5] and abs(len(a) - len(b)) <= 3:
        return True
    return shorter >= 4 and fuzz.ratio(a, b) >= 85


def agreement(claim_left: list[str], claim_right: list[str], source_words: set[str], sentence_words: set[str]) -> float:
    """Share of the claim's context words that the source repeats near its figure (0..1).

    Words left of the figure (usually the subject) weigh twice as much as words right of it;
    a word found only elsewhere in the source sentence earns half credit.
    """
    weighted = [(w, 2.0) for w in claim_left] + [(w, 1.0) for w in claim_right]
    if not weighted:
        return 0.5
    total = sum(weight for _, weight in weighted)
    score = 0.0
    for word, weight in weighted:
        if any(similar_words(word, other) for other in source_words):
            score += weight
        elif any(similar_words(word, other) for other in sentence_words):
            score += weight / 2
    return score / total
