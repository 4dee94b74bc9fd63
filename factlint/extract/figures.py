"""Extract figures from a sentence's atoms: percentages, money, counts, quantities, ratios.

One extractor serves claims and source text alike. It reads a number (digits or words,
`amounts`), what it measures (%, $, km, `measures`), whether it is a range, and the words
around it: hedges, bounds and the direction of a change (`wording`). Numbers that are labels,
not figures (years, dates, times, ordinals, versions, model names, `labels`) are left out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache

from factlint.extract import lexicon as lx
from factlint.extract.amounts import amount_at, article_unit, bare_scale_ok, digit_fraction, number_start, vulgar_fraction
from factlint.extract.durations import durations
from factlint.extract.labels import (ADJACENT, in_a_phone_number, is_age, is_age_band, is_label, margin_of_error,
                                     names_a_model, not_a_count, ordinal_follows, ordinal_use)
from factlint.extract.measures import (SPACED_DOLLAR_PREFIXES, currency_prefix, dot_groups_thousands, past_interval, suffix_at,
                                       what_is_measured)
from factlint.extract.numbers import (FOREIGN_ARTICLES, FOREIGN_COUNTS, Amount, Atom, atom_at, digits_value, fraction_word,
                                      glued_at, hyphen_at, lower_at, spelled_number, text_at)
from factlint.extract.wording import (direction_of, elliptical_directions, hedge_after, hedge_before,
                                      levels_before_comparisons, restated_directions)

# words after which 'double', 'triple', 'quadruple' are verbs ("prices nearly triple"), not adjectives
_BEFORE_A_BARE_VERB = {"nearly", "almost", "more", "than", "to", "will", "would", "could", "can", "may", "might",
                       "did", "does", "do", "roughly", "about", "set", "poised", "expected"}
_CHIP_WORDS = {"process", "processes", "node", "nodes", "chip", "chips", "technology", "class", "generation",
               "wafer", "wafers", "family", "platform", "production", "manufacturing", "tech"}
_SPORT_WORDS = {"won", "win", "wins", "lost", "lose", "beat", "beating", "drew", "draw", "defeated", "defeat",
                "victory", "score", "scored", "scoreline", "lead", "led", "trailed", "record", "loss"}


def _pair_at(atoms: list, k: int) -> bool:
    """Whether atoms[k:k+3] are two small whole numbers joined by a hyphen, as in a score ('6-4')."""
    return k >= 0 and all(atom_at(atoms, k + n) is not None for n in range(3)) and atoms[k].text.isdigit() \
        and atoms[k + 1].text in ("-", "–") and atoms[k + 2].text.isdigit() \
        and len(atoms[k].text) <= 2 and len(atoms[k + 2].text) <= 2


def _in_a_run_of_scores(atoms: list, i: int, end: int) -> bool:
    """'3-6, 3-6, 6-4' or '3-6 3-6 6-4': a pair of small numbers listed with other such pairs, one of
    them falling (a range never falls)."""
    if not _pair_at(atoms, i):
        return False
    run = [i]
    for step in (1, -1):  # along the run after the pair, then before it
        k = i
        while len(run) < 12:
            nxt = k + 3 if step > 0 else k - 3
            if step > 0 and text_at(atoms, nxt) == ",":
                nxt += 1
            elif step < 0 and text_at(atoms, k - 1) == ",":
                nxt -= 1
            if not _pair_at(atoms, nxt):
                break
            run.append(nxt)
            k = nxt
    return len(run) > 1 and any(int(atoms[k].text) > int(atoms[k + 2].text) for k in run)


@dataclass(frozen=True)
class Figure:
    """A checkable figure: where it is, what it says, and how precisely it says it."""

    start: int
    end: int
    text: str
    value: float
    unit: str | None
    kind: str                      # percent, money, count, quantity, ratio
    value_high: float | None = None
    bound: str = "="
    approximate: bool = False
    direction: str | None = None   # "up" or "down" when the wording says the figure rose or fell
    level: bool = False            # "fell to 4.1%": a level reached, not the size of a change
    written: float = 0.0           # the number as written before its scale word
    scale: float = 1.0
    resolution: float = 1.0        # place value of its last written digit, in value units
    spelled: bool = False
    multiple: bool = False         # a change by a factor ("doubled", "halved"), not a share of a whole
    weak: bool = False             # a small bare count ("two firms"): listed, but not asked for a citation
    soft: bool = False             # in a source, a number that may be a name ("NDA 292"): it supports, never refutes

    @property
    def signed_direction(self) -> str | None:
        """The direction the wording gives, or that a negative value implies."""
        if self.direction:
            return self.direction
        return "down" if self.value < 0 else None


def extract(atoms: list[Atom], sentence: str, offset: int, source: bool = False) -> list[Figure]:
    """All figures in one sentence's atoms; `sentence` is its text starting at `offset`.

    In a `source`, a number that reads as part of a name is kept as a soft figure: a flattened
    table ('Alliance Won NDA 292 INDIA 234') looks just like a model name ('RTX 5090').
    """
    figures: list[Figure] = []
    timed = {start: (stop, value, unit, resolution) for start, stop, value, unit, resolution in durations(sentence)}
    starters = _word_starters()
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if i and atom.low not in starters and atom.text.isalpha() and atom.start - offset not in timed:
            i += 1  # a word no reader below starts a figure at ('percent of 10' is read at 0 only)
            continue
        figure, end = (_duration_at(atoms, i, sentence, offset, timed) or _ratio_at(atoms, i, sentence, offset)
                       or _measure_at(atoms, i, sentence, offset, source)
                       or _percent_first(atoms, i, sentence, offset) or (None, i + 1))
        if isinstance(figure, tuple):
            figures.extend(figure)  # a score: two figures read at once
        elif figure is not None and math.isfinite(figure.value) and abs(figure.value) < 1e60:
            figures.append(figure)
        i = max(end, i + 1)
    figures = _priced_like_the_sentence(levels_before_comparisons(figures, sentence, offset), sentence, offset)
    figures = _measured_like_the_one_before([_fraction_as_change(f, sentence, offset) for f in figures], sentence, offset)
    return restated_directions(elliptical_directions(figures, sentence, offset), sentence, offset)


_COMPARED = re.compile(r"\s*,?\s*(?:(?:up|down)\s+)?(?:from|than|versus|vs\.?|against|compared with)\s*$", re.I)


def _measured_like_the_one_before(figures: list[Figure], sentence: str, offset: int) -> list[Figure]:
    """'4.16 billion bushels, from 4.72 billion in 2022': a scaled bare number that a comparison
    joins to a measured amount is in that amount's unit."""
    result = list(figures)
    for n in range(1, len(result)):
        before, figure = result[n - 1], result[n]
        if figure.kind == "count" and figure.unit is None and figure.scale >= 1e3 and before.kind == "quantity" \
                and before.unit and before.scale >= 1e3 and _COMPARED.fullmatch(sentence[before.end - offset:figure.start - offset]):
            result[n] = replace(figure, kind="quantity", unit=before.unit, weak=False)
    return result


_FRACTION_BELOW = re.compile(r"\s+(?:below|lower|less|fewer|smaller|cheaper|down on)\b", re.I)
_FRACTION_ABOVE = re.compile(r"\s+(?:above|higher|more|greater|bigger|larger|up on)\b", re.I)


def _fraction_as_change(figure: Figure, sentence: str, offset: int) -> Figure:
    """'a third below the 6.12 million of 2021', 'a quarter higher than in 2019': a fraction that says
    how far one amount is from another is a percentage change (-33.3%, +25%), not a share."""
    if figure.kind != "ratio" or figure.multiple or not 0 < figure.value < 1 or figure.direction:
        return figure
    after = sentence[figure.end - offset:]
    direction = "down" if _FRACTION_BELOW.match(after) else "up" if _FRACTION_ABOVE.match(after) else None
    if direction is None:
        return figure
    return replace(figure, kind="percent", unit="%", value=figure.value * 100, direction=direction, level=False,
                   resolution=figure.resolution * 100)
@cache
def _word_starters() -> frozenset[str]:
    """Every word (in lower case) a figure can start at: number, scale, fraction and multiple words,
    negative and percent words, currencies, articles ('a third', 'a dollar', 'ein Drittel').
    extract passes over any other word unread; an atom with a digit or a sign is always read."""
    tables = (lx.UNITS_WORDS, lx.TENS_WORDS, lx.SCALE_WORDS, lx.DIGIT_WORDS, lx.NEGATIVE_WORDS, lx.FRACTION_WORDS,
              lx.MULTIPLE_VERBS, lx.FOLD_WORDS, lx.CURRENCY_SYMBOLS, lx.CURRENCY_CODES, lx.EURO_WORDS,
              lx.PERCENT_WORDS, lx.FOREIGN_SCALE_WORDS, lx.FOREIGN_PERCENT_WORDS, _BARE_FRACTIONS,
              _PERCENT_WORDS_BEFORE, FOREIGN_ARTICLES, FOREIGN_COUNTS, SPACED_DOLLAR_PREFIXES, ("a", "an", "one", "half", "point"))
    return frozenset(word.lower().rstrip("$.") for table in tables for word in table)


_NOUN_FREE_AFTER = re.compile(r"\s*(?:$|[,.;:)\]]|(?:as|in|from|to|and|or|on|a|an|the|after|before|while|with|"
                              r"for|by|at|last|this|over|than|"
                              # the same in the sources' languages: 'une perte de 132,5 milliards en 2022'
                              r"en|à|au|dans|pour|et|y|e|und|im|nel|em|no|op|w|i|für|durante|après|nach|"
                              r"dopo)\b)", re.I)


def _priced_like_the_sentence(figures: list[Figure], sentence: str, offset: int) -> list[Figure]:
    """'lost 12.88 trillion won over the year, though the loss narrowed to 2.18 trillion as prices …': a
    scaled bare number that counts nothing, after an amount of money, is in that amount's currency."""
    result, currency = [], None
    for figure in figures:
        if figure.kind == "money" and figure.scale > 1:
            currency = figure.unit
        elif currency and figure.kind == "count" and figure.unit is None and figure.scale >= 1e6 \
                and _NOUN_FREE_AFTER.match(sentence, figure.end - offset):
            figure = replace(figure, kind="money", unit=currency)
        result.append(figure)
    return result


def _duration_at(atoms: list[Atom], i: int, sentence: str, offset: int, timed: dict):
    """A length of time in parts starting at atoms[i] ('6 minutes 17 seconds'), as one figure."""
    found = timed.get(atoms[i].start - offset)
    if found is None:
        return None
    stop, value, unit, resolution = found
    end = i
    while end < len(atoms) and atoms[end].start - offset < stop:
        end += 1
    return _make(atoms, i, end, sentence, offset, value=value, unit=unit, kind="quantity", written=value,
                 resolution=resolution), end


def _percent_first(atoms: list[Atom], i: int, sentence: str, offset: int):
    """'percent of 10', 'per cent of twenty-two' opening a sentence: the percentage named first."""
    if i != 0:
        return None
    k = 2 if atoms[0].low == "per" and lower_at(atoms, 1) == "cent" else 1
    if (atoms[0].low not in ("percent", "percents", "pct") and k == 1) or lower_at(atoms, k) != "of" \
            or k + 1 >= len(atoms):
        return None
    amount = amount_at(atoms, k + 1, money=False)
    if not amount or amount.end != len(atoms) and atoms[amount.end].text.isalnum():
        return None
    return _make(atoms, 0, amount.end, sentence, offset, value=amount.value, unit="%", kind="percent",
                 written=amount.written, scale=amount.scale, resolution=amount.resolution,
                 spelled=amount.spelled), amount.end


def _make(atoms: list[Atom], first: int, end: int, sentence: str, offset: int, **fields) -> Figure:
    """Build a Figure for atoms[first:end], reading hedges, bounds and direction around it."""
    start, stop = atoms[first].start, atoms[end - 1].end
    bound, approx, hedge_start = hedge_before(atoms, first)
    bound, approx = hedge_after(atoms, end, bound, approx)
    direction, level = direction_of(atoms, hedge_start, end, fields["kind"])
    if fields["value"] < 0 and direction == "up":
        direction = "down"  # "a growth rate of -1.48‰": the sign says which way it went
    return Figure(start=start, end=stop, text=sentence[start - offset:stop - offset], bound=bound,
                  approximate=approx, direction=direction, level=level, **fields)


def _ratio(atoms, first, end, sentence, offset, value, resolution=0.01, multiple=False):
    """A ratio figure for atoms[first:end], with the index after it."""
    return _make(atoms, first, end, sentence, offset, value=value, unit=None, kind="ratio", written=value,
                 resolution=resolution, multiple=multiple), end


def _ratio_at(atoms: list[Atom], i: int, sentence: str, offset: int):
    """'doubled', 'threefold', 'one in five', '1/3', 'half', 'two-thirds' → (ratio figure, end);
    a fraction of a scale or a unit ('half a million', '3/4 cup') is a count or a quantity."""
    word = atoms[i].low
    verb_before = lower_at(atoms, i - 1) in _BEFORE_A_BARE_VERB  # "nearly triple", "expected to double"
    if word in lx.MULTIPLE_VERBS and (word not in ("double", "triple", "quadruple", "halves") or verb_before) \
            and not (word.endswith("ing") and lower_at(atoms, i - 1) in ("the", "a")):
        return _ratio(atoms, i, i + 1, sentence, offset, lx.MULTIPLE_VERBS[word], 0.1, multiple=True)
    if word in lx.FOLD_WORDS:
        return _ratio(atoms, i, i + 1, sentence, offset, lx.FOLD_WORDS[word], 0.1, multiple=True)
    found = _one_in(atoms, i)
    if found:
        return _ratio(atoms, i, found[1], sentence, offset, found[0])
    if word in lx.NEGATIVE_WORDS and (found := _one_in(atoms, i + 1)) and lower_at(atoms, i + 2) == "over":
        return _ratio(atoms, i, found[1], sentence, offset, -found[0])  # "negative one over 20"
    if word in ("-", "−") and glued_at(atoms, i + 1) and not (glued_at(atoms, i) and atoms[i - 1].text.isalnum()) \
            and (found := digit_fraction(atoms, i + 1, mixed=False)):
        return _ratio(atoms, i, found[1], sentence, offset, -found[0])  # "-4/5"
    found = (digit_fraction(atoms, i, mixed=False) if not glued_at(atoms, i) else None) \
        or vulgar_fraction(atoms, i, glued=False) or _bare_fraction(atoms, i)
    if not found and fraction_word(atoms, i) and not ordinal_use(atoms, i):
        found = fraction_word(atoms, i)
        if found[0] >= 1 and lower_at(atoms, found[1] - 1) == "quarters":
            return None, found[1]  # "after nine quarters of decline": periods, not a fraction
    if not found:
        return None
    value, end = found
    scale_at = _scale_after_fraction(atoms, end)
    if scale_at is not None:
        return _fraction_of_scale(atoms, i, value, scale_at, sentence, offset)
    measured = _unit_after_fraction(atoms, end)
    if measured:
        kind, unit, stop = measured
        return _make(atoms, i, stop, sentence, offset, value=value, unit=unit, kind=kind, written=value,
                     resolution=0.01), stop
    if lower_at(atoms, end - 1) in ("half", "quarter") and lower_at(atoms, end) == "-" and glued_at(atoms, end):
        return None, end  # half-year, half-time
    factor = _change_by_fraction(atoms, i, value)
    if factor is not None:
        return _ratio(atoms, i, end, sentence, offset, factor, 0.01, multiple=True)
    return _ratio(atoms, i, end, sentence, offset, value)


def _change_by_fraction(atoms: list[Atom], i: int, fraction: float) -> float | None:
    """'fell by half' (×0.5), 'fallen to one-eighth' (×0.125), 'rose by a third' (×1.33), 'cut in half':
    a fraction after a verb of change is the factor of the change, as 'halved' is."""
    link, verb = lower_at(atoms, i - 1), lower_at(atoms, i - 2)
    if link not in ("by", "to", "in") or not (verb in lx.UP_WORDS or verb in lx.DOWN_WORDS):
        return None
    if link == "to" and lower_at(atoms, i + 1) != "of" and not _of_what_it_was(atoms, i):
        return fraction if verb in lx.DOWN_WORDS else None  # "fell to a third"; "rose to half" is a level
    if link == "in":
        return 0.5 if verb in ("cut", "cuts") and atoms[i].low == "half" else None
    if link == "by":
        return 1 - fraction if verb in lx.DOWN_WORDS else 1 + fraction
    return fraction if verb in lx.DOWN_WORDS else None


def _of_what_it_was(atoms: list[Atom], i: int) -> bool:
    """'fallen to half of what it was', 'to half its level': the fraction of a past level."""
    words = [lower_at(atoms, i + k) for k in range(1, 5)]
    return words[:3] == ["of", "what", "it"] or words[0] in ("its", "their") or words[:2] == ["of", "its"]


# fraction words that count as fractions on their own only before a unit or a scale ("quarter-litre")
_BARE_FRACTIONS = {"quarter", "third", "fourth", "fifth", "tenth"}


def _bare_fraction(atoms: list[Atom], i: int) -> tuple[float, int] | None:
    """'quarter million', 'quarter-litre', 'tenth of a gallon': a fraction word with no article,
    read as a fraction only when a scale or a unit follows (checked by the caller)."""
    word = atoms[i].low
    if word not in _BARE_FRACTIONS or lower_at(atoms, i - 1) in ("the", "this", "that", "first", "second", "third",
                                                                  "fourth", "last", "each", "every", "per", "a", "an"):
        return None
    end = i + 1
    linked = lower_at(atoms, end) == "of" or hyphen_at(atoms, end)
    if _scale_after_fraction(atoms, end) is None and not (linked and _unit_after_fraction(atoms, end)):
        return None  # "third second" is two ordinals; "quarter-litre" and "tenth of a gallon" are measures
    return lx.FRACTION_WORDS[word], end


def _scale_after_fraction(atoms: list[Atom], end: int) -> int | None:
    """Index of the scale word in 'half a million', 'half million', 'two thirds of a million'."""
    k = _past_of_a(atoms, end)
    if lower_at(atoms, k) in lx.SINGULAR_SCALES and lower_at(atoms, k) != "hundred":
        return k
    return None


def _past_of_a(atoms: list[Atom], k: int) -> int:
    """The index after an 'of' and an article that may link a fraction to what it counts ('half of a')."""
    k = k + 1 if lower_at(atoms, k) == "of" else k
    return k + 1 if lower_at(atoms, k) in ("a", "an") else k


def _unit_after_fraction(atoms: list[Atom], end: int) -> tuple[str, str | None, int] | None:
    """What a fraction measures: 'half a liter', '3/4 cup', 'quarter-litre', 'tenth of a gallon'
    → (kind, unit, end index); None for a plain ratio ('half of voters')."""
    k = end
    hyphen = hyphen_at(atoms, k) and glued_at(atoms, k + 1)
    if hyphen:
        k += 1
    else:
        k = _past_of_a(atoms, k)
    atom = atom_at(atoms, k)
    if not atom or not atom.text.isalpha() and atom.text not in ('"', "°") or atom.low == "second":
        return None  # "three-quarters a second [dose]": "second" after a fraction is an ordinal
    if atom.low in ("point", "points"):
        return "percent", "pp", k + 1  # "a quarter point", "half a point", "a half-point cut"
    kind, unit, stop = suffix_at(atoms, k)
    if kind not in ("quantity", "money", "percent") or (hyphen and unit in lx.TIME_UNITS):
        return None  # "half-year results" name a period
    return kind, unit, stop


def _one_in(atoms: list[Atom], i: int) -> tuple[float, int] | None:
    """'one in five', '1 in 4', 'three out of four' → (ratio, end)."""
    first = _small_whole(atoms, i)
    if not first:
        return None
    count, j = first
    over = lower_at(atoms, j) == "over"
    if lower_at(atoms, j) in ("in", "over"):
        k = j + 1
    elif lower_at(atoms, j) == "out" and lower_at(atoms, j + 1) == "of":
        k = j + 2
    else:
        return None
    whole = _small_whole(atoms, k)
    if not whole or not count < whole[0] <= 1000:
        return None
    if lx.UNITS.get(lower_at(atoms, whole[1])) in lx.TIME_UNITS or lower_at(atoms, whole[1]) in ("overs", "over"):
        return None  # "241 for 4 in 43 overs", "3 in 10 years": a count and a span, not a share
    if over and not (whole[1] >= len(atoms) or not atoms[whole[1]].text.isalnum()
                     or atoms[whole[1]].low in ("and", "or", "is", "are", "was")):
        return None  # "one over three" is a fraction; "3 over 5 years" a duration
    return count / whole[0], whole[1]


def _small_whole(atoms: list[Atom], i: int) -> tuple[float, int] | None:
    """A whole number in digits or words at atoms[i] → (value, end index)."""
    atom = atom_at(atoms, i)
    if not atom:
        return None
    if atom.is_digits and atom.text.isdigit():
        return float(atom.text), i + 1
    if atom.low in lx.UNITS_WORDS or atom.low in lx.TENS_WORDS:
        return spelled_number(atoms, i)
    return None


def _fraction_of_scale(atoms, i, fraction, scale_at, sentence, offset):
    """'half a billion dollars', 'quarter million': a fraction of a scale word, then an optional unit."""
    scale = lx.SCALE_WORDS[lower_at(atoms, scale_at)]
    kind, unit, stop = suffix_at(atoms, scale_at + 1)
    if kind not in ("money", "quantity"):
        kind, unit, stop = "count", None, scale_at + 1
    return _make(atoms, i, stop, sentence, offset, value=fraction * scale, unit=unit, kind=kind,
                 written=fraction, scale=scale, resolution=scale / 10), stop


_PERCENT_WORDS_BEFORE = {"yüzde", "yuzde"}  # Turkish 'yüzde 50' is 50 per cent


def _percent_before(atoms: list[Atom], j: int) -> bool:
    """'%85,51' (the sign glued before the number) or 'yüzde 50'."""
    if j < 1:
        return False
    before = atoms[j - 1]
    return (before.text == "%" and atoms[j].glued and not (j > 1 and before.glued and atoms[j - 2].is_digits)) \
        or before.low in _PERCENT_WORDS_BEFORE


def _suffix_of_a_number(atoms: list[Atom], i: int) -> bool:
    """"45'ten", "50'ye": a case ending glued to a number by an apostrophe is no word of its own."""
    return i >= 2 and atoms[i].glued and atoms[i - 1].text in ("'", "’") and atoms[i - 1].glued \
        and atoms[i - 2].is_digits


def _measure_at(atoms: list[Atom], i: int, sentence: str, offset: int, source: bool = False):
    """A number with what it measures: '$3.2bn', '14.1%', '42 km', '3.2 million', '3–5%'."""
    if _suffix_of_a_number(atoms, i):
        return None, i + 1
    opening = number_start(atoms, i)
    if opening is None:
        return None
    currency, j, negative = opening
    amount, article = amount_at(atoms, j, money=bool(currency), bare=bare_scale_ok(atoms, j)), False
    if not amount and not currency:
        amount, article = article_unit(atoms, j), True
    if not amount:
        return None
    if not amount.spelled and in_a_phone_number(atoms, j, sentence, offset):
        return None, amount.end
    label = False if amount.spelled else is_label(atoms, j, amount.digits_end, priced=bool(currency) and j > i)
    if label and not (source and label == ADJACENT):
        named = lower_at(atoms, j - 1) in lx.LABEL_NOUNS
        return None, _past_listed_labels(atoms, amount.end) if named else amount.end
    if amount.spelled and ordinal_follows(atoms, j, amount.end):
        return None, amount.end + 1  # "twenty-first", "five hundred first": ranks
    kind, unit, end, factor = what_is_measured(atoms, amount, currency)
    if unit == "nm" and lower_at(atoms, end) in _CHIP_WORDS:
        return None, end  # "3-nanometre process", "5nm chips": a chipmaking node's name, not a length
    if kind == "count" and unit is None and amount.scale == 1 and _percent_before(atoms, j):
        kind, unit = "percent", "%"  # Turkish puts the sign or word first: '%85,51', 'yüzde 47,5'
    if dot_groups_thousands(atoms, j, amount, kind, unit):
        factor *= 1000  # "Rp 31.500": rupiah and won have no decimals, so the dot groups thousands
    if kind is None:
        return None, end
    soft = source and margin_of_error(atoms, j)  # "1.45 ± 0.12 °C": a margin may be quoted, never contradicts
    if kind == "count" and not_a_count(atoms, j, amount):
        if not (source and names_a_model(atoms, j)):
            return None, amount.end
        soft = True
    if kind != "count" and amount.spelled and amount.value == 1 and unit in lx.TIME_UNITS:
        return None, end  # "one day", "a year"
    fields = _measure_fields(amount, kind, unit, factor, negative)
    plus = j >= 1 and text_at(atoms, j - 1) == "+" and glued_at(atoms, j) \
        and not (glued_at(atoms, j - 1) and j >= 2 and atoms[j - 2].text.isalnum())  # "+565", "(+2.1%)"
    ranged = _range_tail(atoms, i, end, fields)
    if not ranged and kind == "count" and fields["scale"] == 1:
        fields = _borrow_scale(atoms, end, fields)
    if not ranged and lower_at(atoms, end) in ("-", "–") and glued_at(atoms, end) and glued_at(atoms, end + 1) \
            and atoms[end + 1].is_digits:
        if "." in atoms[j].text or "." in atoms[end + 1].text:
            return _score_pair(atoms, i, end, sentence, offset, fields), end + 2  # "won 7.5-6.5"
        if source and fields["kind"] == "count":
            return _tally(atoms, i, end, sentence, offset, fields)  # "a 64-18 record", "a 12-9-7 tally"
        return None, end + 2  # "won 2-1", "978-0-14": scores and codes
    if ranged:
        end, fields = ranged
        if fields["kind"] == "count" and fields["scale"] == 1 and (
                lower_at(atoms, i - 1) in _SPORT_WORDS or _in_a_run_of_scores(atoms, i, end)):
            return None, end  # "won 2-1"; "3-6, 3-6, 6-4, 6-4, 6-3": a match's sets"
    if ranged and is_age_band(atoms, i, end, fields):
        return None, end  # "working-age population (16-59)", "the 15-64 age group"
    if fields["kind"] in ("count", "quantity") and fields["value"] < 150 and is_age(atoms, i, end, fields["unit"]):
        joined = lower_at(atoms, end) in ("to", "and", "-", "–") and atom_at(atoms, end + 1)
        return None, end + 2 if joined and atoms[end + 1].is_digits else end  # "ages 18 to 24"
    # "a mile" is vague, "more than a millimetre" a claim
    vague_article = article and hedge_before(atoms, i)[0] == "="
    fields["weak"] = vague_article or _is_weak(fields, amount, compound=hyphen_at(atoms, amount.end))
    figure = _make(atoms, i, end, sentence, offset, soft=soft, **fields)
    if plus and figure.direction is None:
        figure = replace(figure, direction="up")
    return figure, end


def _score_pair(atoms: list[Atom], i: int, dash: int, sentence: str, offset: int, fields: dict) -> tuple:
    """'7.5-6.5': a result with halves is two figures, not a code or a backwards range."""
    value, resolution = digits_value(atoms[dash + 1].text)
    second = dict(fields, value=value, written=value, resolution=resolution, weak=False)
    return (_make(atoms, i, dash, sentence, offset, **dict(fields, weak=False)),
            _make(atoms, dash + 1, dash + 2, sentence, offset, **second))


def _tally(atoms: list[Atom], i: int, dash: int, sentence: str, offset: int, fields: dict):
    """A record or tally in a source ('64-18', '12-9-7'): each number may support a claim ('64 wins'),
    none contradicts one, as they may as well be a code."""
    parts, k = [(i, dash)], dash
    while lower_at(atoms, k) in ("-", "–") and glued_at(atoms, k) and glued_at(atoms, k + 1) \
            and atom_at(atoms, k + 1).text.isdigit():
        parts.append((k + 1, k + 2))
        k += 2
    if any(len(atoms[a].text) > 3 for a, _ in parts[1:]) or len(atoms[i].text) > 3:
        return None, k  # "978-0-14": a code
    figures = []
    for a, b in parts:
        value, resolution = digits_value(atoms[a].text)
        figures.append(_make(atoms, a, b, sentence, offset, **dict(fields, value=value, written=value,
                                                                     resolution=resolution, weak=False, soft=True)))
    return tuple(figures), k


def _past_listed_labels(atoms: list[Atom], end: int) -> int:
    """'pages 4 and 5', 'sources 27, 28 or 32': the numbers listed after a label are labels too."""
    while lower_at(atoms, end) in ("and", "or", ",", "to") and atom_at(atoms, end + 1) \
            and atoms[end + 1].text.isdigit():
        end += 2
    return end


def _measure_fields(amount: Amount, kind: str, unit: str | None, factor: float, negative: bool) -> dict:
    """A Figure's value fields for an amount: signed, times `factor`, converted to its unit's base (UNIT_SCALE)."""
    value = (-amount.value if negative else amount.value) * factor
    resolution, scale = amount.resolution * factor, amount.scale * factor
    if unit in lx.UNIT_SCALE:
        unit, unit_factor = lx.UNIT_SCALE[unit]
        value, resolution, scale = value * unit_factor, resolution * unit_factor, scale * unit_factor
    return dict(value=value, unit=unit, kind=kind, written=amount.written, scale=scale,
                resolution=min(resolution, 0.1) if kind == "ratio" else resolution, spelled=amount.spelled)


def _is_weak(fields: dict, amount: Amount, compound: bool = False) -> bool:
    """Small bare counts, spelled durations and durations used as adjectives ('a 10-year high',
    'a 30-year mortgage'): real figures, too vague to demand a source for."""
    if fields.get("value_high") is not None or fields["scale"] != 1:
        return False
    if compound and fields["kind"] == "quantity" and fields["unit"] in lx.TIME_UNITS:
        # "a 10-year high", "a 30-year mortgage" are vague; "the 174-year record" is a figure to check
        return fields["value"] < 20 or fields["value"] % 5 == 0
    if fields["kind"] == "count":
        whole = float(fields["value"]).is_integer()
        return whole and (abs(fields["value"]) < 10 or (amount.spelled and fields["value"] < 20))
    return fields["kind"] == "quantity" and fields["unit"] in lx.TIME_UNITS and amount.spelled and fields["value"] < 10


def _borrow_scale(atoms: list[Atom], end: int, fields: dict) -> dict:
    """'from 7 to 8 billion', '2 and 3 million', 'from 10 to 20 dollars', '45 and 50 mg': a bare
    number takes the scale and the unit of the number right after it; in a list ('292, 290 and 254
    points') those of its last number."""
    joint = end
    while text_at(atoms, joint) == "," and (listed := atom_at(atoms, joint + 1)) is not None and listed.is_digits \
            and lower_at(atoms, joint + 2) in (",", "and", "or"):
        joint += 2
    if lower_at(atoms, joint) not in ("to", "and", "or") or joint + 1 >= len(atoms) \
            or (joint != end and lower_at(atoms, joint) == "to"):
        return fields
    k = joint + 1
    currency = currency_prefix(atoms, k)
    k = currency[1] if currency else k
    if k >= len(atoms) or not (atoms[k].is_digits or atoms[k].low in lx.UNITS_WORDS or atoms[k].low in lx.TENS_WORDS):
        return fields
    second = amount_at(atoms, k, money=bool(currency))
    if not second:
        return fields
    kind, unit, _ = suffix_at(atoms, second.end)
    if currency:
        kind, unit = "money", currency[0]
    if second.scale == 1 or fields["value"] >= second.written * 10:
        # the unit alone, between numbers of one size: 'about 46,000 or 6.2% fewer' is a count and its share
        if kind in ("money", "quantity", "percent") and second.scale == 1 \
                and abs(fields["value"]) <= 10 * max(abs(second.written), 1):
            return dict(fields, kind=kind, unit=unit)
        return fields
    return dict(fields, value=fields["value"] * second.scale, scale=second.scale,
                resolution=fields["resolution"] * second.scale, kind=kind or "count", unit=unit)


def _range_tail(atoms: list[Atom], first: int, end: int, fields: dict):
    """'3 to 5 km', '3–5%', '$2-3 billion', 'between 3% and 5%' → (end, fields with value_high)."""
    sep = atom_at(atoms, end)
    if not sep:
        return None
    between = "between" in (lower_at(atoms, first - 1), lower_at(atoms, first - 2))
    if not (sep.low in ("-", "–", "—", "to") or (sep.low == "and" and between)):
        return None
    if sep.low in ("-", "–") and not sep.glued and glued_at(atoms, end + 1) and (
            fields["value"] < 0 or "." in atoms[end - 1].text and suffix_at(atoms, end + 2)[1] == "%"):
        return None  # "Imports 2.56 -5.5%", "-24.6 -193.4": a value and a signed cell side by side, not a range
    a_change = direction_of(atoms, first, end, fields["kind"])[0] and lower_at(atoms, first - 1) != "of"
    if sep.low == "to" and ({"from", "by"} & {lower_at(atoms, first - 1), lower_at(atoms, first - 2)} or a_change):
        # "rose from $1.9bn to $2.4bn", "fell by $2bn to $14bn": two figures; but "growth of 6% to 7%" is a range
        return None
    k = end + 1
    currency = currency_prefix(atoms, k) if k < len(atoms) else None
    k = currency[1] if currency else k
    if k >= len(atoms) or (sep.low != "to" and sep.low != "and" and not atoms[k].is_digits):
        return None
    second = amount_at(atoms, k, money=fields["kind"] == "money")
    if not second:
        return None
    kind, unit, stop = suffix_at(atoms, second.end)
    if kind is None and past_interval(atoms, first - 1) == second.end + 1:
        kind, unit, _ = suffix_at(atoms, second.end + 1)  # "[0.6 to 2.1] mm yr–1": the unit after the bracket
    if currency:
        kind, unit = "money", currency[0]
    if kind is None and fields["kind"] in ("percent", "quantity") \
            and (second.scale != fields["scale"] or sep.low == "to"):
        return None  # "11% to 263m", "0.8 year to 81.1": a change, then a level without its unit
    if kind is None:
        kind, unit = fields["kind"], fields["unit"]
    if fields["kind"] == "count" and kind != "count":
        fields = dict(fields, kind=kind, unit=unit)  # "3–5%": the second unit applies to both
    elif (kind, unit) != (fields["kind"], fields["unit"]):
        return None
    if sep.low == "to" and kind == "count" and fields["scale"] == 1 and second.scale == 1:
        return None  # "5 to 10" without a unit is too often a score or a time
    low = fields["value"]
    if fields["scale"] == 1 and second.scale > 1 and low < second.written:
        low *= second.scale  # "$2-3 billion": the scale applies to both ends
        fields = dict(fields, scale=second.scale, resolution=fields["resolution"] * second.scale)
    if second.value <= low:
        return None
    return stop, dict(fields, value=low, value_high=second.value)
