"""The words around a figure: hedges and bounds before and after it, and the direction of a change.

'about 5%' is approximate, 'more than 5%' a lower bound, '5% or more' too; 'rose 5%' and 'a 5%
increase' go up, 'fell to 4.1%' names a level reached; in '1,525,000 staff, down from 1,541,000'
the first figure is a level that fell.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factlint.extract import lexicon as lx
from factlint.extract.numbers import Atom, digits_value, glued_at, lower_at

_DIRECTION_STOP = {",", ";", ":", "(", ")", "from", "than", "while", "and", "but", "whereas", "which", "who",
                   "that", "with", "versus", "vs", "vs.", "compared", "against", "—", "–"}
_DIRECTION_AFTER = {
    "increase": "up", "increases": "up", "rise": "up", "rises": "up", "growth": "up", "gain": "up",
    "gains": "up", "jump": "up", "higher": "up", "up": "up", "surge": "up", "hike": "up", "more": "up",
    "decrease": "down", "decreases": "down", "decline": "down", "declines": "down", "drop": "down",
    "drops": "down", "fall": "down", "falls": "down", "loss": "down", "lower": "down", "down": "down",
    "cut": "down", "reduction": "down", "contraction": "down", "slump": "down", "dip": "down", "less": "down",
    "fewer": "down", "smaller": "down", "larger": "up", "bigger": "up", "greater": "up",
    "above": "up", "below": "down", "warmer": "up", "hotter": "up", "cooler": "down", "colder": "down",
    # after the figure in languages that put it there: '0,2 % mehr', '5 000 weniger', 'un 3% más'
    "mehr": "up", "weniger": "down", "meer": "up", "minder": "down", "más": "up", "menos": "down",
}
_POSITION_WORDS = {"above", "below", "higher", "lower"}
_PLACES = {"sea", "ground", "surface", "street", "floor", "water", "zero", "freezing", "it", "its", "seabed"}
_ONLY_BEFORE_THAN = {"more", "less", "fewer", "smaller", "larger", "bigger", "greater"}
_SKIP_AFTER = {"year", "-", "on", "annual", "annualised", "annualized", "yearly", "y", "/", "month", "quarterly",
               "a", "an", "yoy", "y/y", "m/m", "monthly", "in", "real", "terms", "point"}
_COMPARATIVES = {"more", "less", "higher", "lower"}
_FUNDRAISING = {"raised", "raise", "raises", "raising"}


def hedge_before(atoms: list[Atom], i: int) -> tuple[str, bool, int]:
    """Bound and approximate flag from words right before atoms[i]; returns where they start."""
    if lower_at(atoms, i - 1) == "between":
        bound, approx, start = hedge_before(atoms, i - 1)
        return ("=", approx, start) if start < i - 1 else ("=", False, i)
    for length in (5, 3, 2):
        if i - length >= 0 and (words := tuple(a.low for a in atoms[i - length:i])) in lx.HEDGE_PHRASES:
            bound, approx = lx.HEDGE_PHRASES[words]
            return bound, approx, i - length
    word = lower_at(atoms, i - 1)
    if i > 0 and word in lx.HEDGE_WORDS:
        if word in ("over", "under", "below", "above") and lower_at(atoms, i - 2) in lx.UP_WORDS | lx.DOWN_WORDS:
            return "=", False, i  # "up over 5%" reads as a change, keep it simple
        bound, approx = lx.HEDGE_WORDS[word]
        return bound, approx, i - 1
    return "=", False, i


def hedge_after(atoms: list[Atom], j: int, bound: str, approx: bool) -> tuple[str, bool]:
    """The bound and approximate flag, updated by the words right after a figure ('5% or more', '5% or so')."""
    words = (lower_at(atoms, j), lower_at(atoms, j + 1))
    if words == ("or", "equal") and bound in ("<", ">"):
        return bound + "=", approx  # "less than 5000 or equal"
    if words in lx.TRAILING_BOUNDS:
        return lx.TRAILING_BOUNDS[words], approx
    if words in lx.TRAILING_HEDGES:
        return bound, True
    if (words[0],) in lx.TRAILING_BOUNDS and glued_at(atoms, j):
        return lx.TRAILING_BOUNDS[(words[0],)], approx
    return bound, approx


def _direction_word(atoms: list[Atom], k: int, kind: str) -> str | None:
    """'up' or 'down' when atoms[k] is a word of change that governs a figure of this kind."""
    word = atoms[k].low
    if word in _COMPARATIVES:
        return None
    if word == "up" and lower_at(atoms, k - 1) in ("made", "make", "makes", "making", "take", "took", "sum",
                                                    "add", "adds", "added", "set", "end", "ended", "ends", "ending"):
        return None
    if word in _FUNDRAISING and kind == "money" and lower_at(atoms, k + 1) != "by":
        return None
    if word in lx.UP_WORDS:
        return "up"
    if word in lx.DOWN_WORDS:
        return "down"
    return None


def direction_of(atoms: list[Atom], start: int, end: int, kind: str) -> tuple[str | None, bool]:
    """The direction word governing a figure, and whether the figure is a level ('fell to 4.1%')."""
    level = _reached(atoms, start)
    noun = lower_at(atoms, end)
    if lower_at(atoms, start - 1) in ("a", "an") and noun in _DIRECTION_AFTER and noun not in _ONLY_BEFORE_THAN \
            and noun not in _COMPARATIVES and noun not in ("up", "down"):
        return _DIRECTION_AFTER[noun], False  # "the natural growth rate was a 1.48‰ decline": the noun says which way
    for k in range(start - 1, max(-1, start - 7), -1):
        atom = atoms[k]
        if atom.is_digits and level and (direction := _from_base_to(atoms, _before_its_period(atoms, k), start)):
            return direction, True
        if atom.is_digits and lx.YEAR.fullmatch(atom.text) and lower_at(atoms, k - 1) in _IN_A_YEAR:
            continue  # 'fell in 2023 to 3.8%', 'daalde in 2023 naar 3,8 procent': the year the change is of
        if atom.is_digits or atom.low in _DIRECTION_STOP:
            break
        direction = _direction_word(atoms, k, kind)
        if direction:
            return direction, level
    if kind == "ratio":
        return None, False
    if lower_at(atoms, end) == ")" and glued_at(atoms, end):
        end += 1  # '279 (21%) fewer': the bracket closes before the word of change
    for k in range(end, min(len(atoms), end + 4)):
        word = atoms[k].low
        if word in _POSITION_WORDS and (lower_at(atoms, k + 1) in _PLACES or lower_at(atoms, k + 2) in _PLACES
                                        and lower_at(atoms, k + 1) == "the"):
            break  # "8,849 metres above sea level" is where, not a change
        if word in _DIRECTION_AFTER and (word not in _ONLY_BEFORE_THAN or "than" in (lower_at(atoms, k + 1),
                                                                              lower_at(atoms, k + 2))):
            return _DIRECTION_AFTER[word], False
        if word not in _SKIP_AFTER:
            break
    return None, False


# 'to' as the sources' languages say it, before the level reached: 'creció hasta el 57,9%', 'caiu para
# 2,79', 'stieg auf 6,0 Prozent', 'gestegen naar 4,1%', 'salito al 5%', 'wzrosła do 74,38%'
_TO_ABROAD = {"hasta", "até", "para", "auf", "naar", "al", "do", "à"}
_ARTICLES_ABROAD = {"el", "la", "los", "las", "o", "a", "os", "as", "le", "les", "den", "die", "het", "de", "lo"}


_IN_A_YEAR = {"in", "en", "em", "im", "nel", "w", "during"}


def _reached(atoms: list[Atom], start: int) -> bool:
    """Whether the figure at atoms[start] is a level something went to ('fell to 4.1%')."""
    before = lower_at(atoms, start - 1)
    if before == "to" or before in _TO_ABROAD:
        return True
    if before == "a" and lower_at(atoms, start - 2) in lx.UP_WORDS | lx.DOWN_WORDS:
        return True  # 'se aceleró a 142,7%', 'è salita a 5,2%': 'a' after a verb of change is 'to'
    return before in _ARTICLES_ABROAD and lower_at(atoms, start - 2) in _TO_ABROAD


def _before_its_period(atoms: list[Atom], k: int) -> int:
    """'fell from 1.32 million in 2022 to 1.25 million': when atoms[k] is the year the base is of, the
    base's last digits before it; otherwise k."""
    if not (lx.YEAR.fullmatch(atoms[k].text) and lower_at(atoms, k - 1) in ("in", "for", "during", "em", "en", "nel",
                                                                             "im", "au", "w")):
        return k
    for j in range(k - 2, max(-1, k - 5), -1):
        if atoms[j].is_digits:
            return j
    return k


# 'from' before a base, in English and the sources' languages: 'caiu de 3,31 em 2010 para 2,79'
_FROM_ABROAD = {"from", "de", "van", "von", "da", "desde", "depuis", "dal", "od"}


# verbs of change that name no way: the numbers say which
_MOVED = {"went", "moved", "changed", "passou", "pasó", "passé", "passato", "ging", "veranderde"}


def _way_between(atoms: list[Atom], base: int, level: int) -> str | None:
    """'up' or 'down' from the number at atoms[base] to the one at atoms[level], each with the scale word after it."""
    def amount(at: int) -> float | None:
        if not atoms[at].is_digits:
            return None
        return digits_value(atoms[at].text)[0] * lx.SCALE_WORDS.get(lower_at(atoms, at + 1), 1.0)
    before, after = amount(base), amount(level)
    if before is None or after is None or before == after:
        return None
    return "up" if after > before else "down"


def _from_base_to(atoms: list[Atom], k: int, level: int | None = None) -> str | None:
    """'fell from 5.0% to 4.4%': the level reached goes the way of the verb before 'from' (atoms[k] is
    the base's last digits); after a verb that names no way ('passou de 190,7 milhões para 203,1
    milhões', 'went from'), the way the two numbers go."""
    for j in range(k - 1, max(-1, k - 5), -1):
        word = atoms[j].low
        if word in _FROM_ABROAD:
            for v in (j - 1, j - 2):
                if v >= 0 and (direction := _direction_word(atoms, v, "")) is not None:
                    return direction
            if level is not None and j >= 1 and atoms[j - 1].low in _MOVED:
                return _way_between(atoms, k, level)
            return None
        if atoms[j].is_digits or word in _DIRECTION_STOP:
            return None
    return None


_COMPARED_FROM = re.compile(
    r"[,;(]?\s*(up|down|higher|lower|more|less|fewer)\s+(?:than|from|on)\s*$|[,;(]\s*(up|down)\s*(?:by\s*)?$", re.I)
_WAY = {"up": "up", "higher": "up", "more": "up", "down": "down", "lower": "down", "less": "down", "fewer": "down"}


def levels_before_comparisons(figures: list, sentence: str, offset: int) -> list:
    """'1,525,000 staff, down from 1,541,000': the first figure is a level that fell (Figures in, Figures out)."""
    result = list(figures)
    for n in range(len(result) - 1):
        first, second = result[n], result[n + 1]
        gap = sentence[first.end - offset:second.start - offset]
        match = _COMPARED_FROM.search(gap) if len(gap) < 120 else None
        if match and first.direction is None and first.kind == second.kind:
            result[n] = replace(first, direction=_WAY[(match.group(1) or match.group(2)).lower()], level=True)
    return result


_ELLIPSIS_GAP = re.compile(r"\s*(?:,\s*(?:and|while|whereas|but)?|and|while|whereas|but)\s+(?:those\s+of\s+|that\s+of\s+)?"
                           r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,4}(?:'s|’s)?\s*(?:by\s*)?$")


# '72,000 people, or 0.2% more', '279 (21%) fewer': a count restated as a share, the word of change after both
_RESTATED_GAP = re.compile(r"\s*(?:[^\W\d_]+\s*){0,2}?(?:,?\s*(?<![^\W\d_])(?:or|oder|of|o|ou)\s+|\()\s*$", re.I)


def restated_directions(figures: list, sentence: str, offset: int) -> list:
    """'72,000 people or 0.2% more': the first figure goes the way the restatement after it says; 'fell by
    about 46,000 or 6.2%': the restatement goes the way the change before it went (Figures in, Figures out)."""
    result = list(figures)
    for n in range(len(result) - 1, 0, -1):
        first, second = result[n - 1], result[n]
        if first.kind == second.kind or not _RESTATED_GAP.fullmatch(sentence[first.end - offset:second.start - offset]):
            continue
        if first.direction is None and second.direction is not None and not second.level:
            result[n - 1] = replace(first, direction=second.direction)
        elif second.direction is None and first.direction is not None and not first.level:
            result[n] = replace(second, direction=first.direction)
    return result


def elliptical_directions(figures: list, sentence: str, offset: int) -> list:
    """'sales fell 8.2% and profits 3.1%': the second figure, with no verb of its own, goes the way
    of the first (Figures in, Figures out)."""
    result = list(figures)
    for n in range(1, len(result)):
        first, second = result[n - 1], result[n]
        if second.direction is not None or first.direction is None or first.level or second.kind != first.kind:
            continue
        gap = sentence[first.end - offset:second.start - offset]
        # 'fell 13.4% and the peak 13.8%': an article opening the second subject is no verb of state
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", _ARTICLE_AFTER_AND.sub(" ", gap, count=1))}
        # 'rose 5 or 6%': an alternative goes the same way
        if _ELLIPSIS_GAP.fullmatch(gap) and not words & (lx.UP_WORDS | lx.DOWN_WORDS | _VERBS_OF_STATE) \
                or _ALTERNATIVE_GAP.fullmatch(gap):
            result[n] = replace(second, direction=first.direction)
    return result


_ALTERNATIVE_GAP = re.compile(r"\s+or\s+", re.I)
_ARTICLE_AFTER_AND = re.compile(r"^\s*,?\s*(?:and|while|whereas|but)\s+(?:the|its|their)\s+", re.I)
_VERBS_OF_STATE = {"was", "were", "is", "are", "stood", "reached", "hit", "totalled", "totaled", "had", "has",
                   "to", "from", "of", "than", "in", "at", "for", "on", "per", "a", "an", "the"}
