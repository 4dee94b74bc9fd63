"""Extract figures from a sentence's atoms: percentages, money, counts, quantities, ratios.

One extractor serves claims and source text alike. It reads a number (digits or words),
then what scales it (million, bn), what it measures (%, $, km), whether it is a range, and
the words around it: hedges, bounds and the direction of a change. Numbers that are labels,
not figures (years, dates, times, ordinals, versions, model names) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factlint import lexicon as lx
from factlint.numbers import (Amount, Atom, digits_value, fraction_word, point_fraction, spelled_number,
                             thousands_groups)

_DIRECTION_STOP = {",", ";", ":", "(", ")", "from", "than", "while", "and", "but", "whereas", "which", "who",
                   "that", "with", "versus", "vs", "vs.", "compared", "against", "—", "–"}
_DIRECTION_AFTER = {
    "increase": "up", "increases": "up", "rise": "up", "rises": "up", "growth": "up", "gain": "up",
    "gains": "up", "jump": "up", "higher": "up", "up": "up", "surge": "up", "hike": "up", "more": "up",
    "decrease": "down", "decreases": "down", "decline": "down", "declines": "down", "drop": "down",
    "drops": "down", "fall": "down", "falls": "down", "loss": "down", "lower": "down", "down": "down",
    "cut": "down", "reduction": "down", "contraction": "down", "slump": "down", "dip": "down", "less": "down",
    "fewer": "down", "smaller": "down", "larger": "up", "bigger": "up", "greater": "up",
}
_ONLY_BEFORE_THAN = {"more", "less", "fewer", "smaller", "larger", "bigger", "greater"}
_SKIP_AFTER = {"year", "-", "on", "annual", "annualised", "annualized", "yearly", "y", "/", "month", "quarterly",
               "a", "an", "yoy", "y/y", "m/m", "monthly", "in", "real", "terms", "point"}
_COMPARATIVES = {"more", "less", "higher", "lower"}
_FUNDRAISING = {"raised", "raise", "raises", "raising"}
_SPORT_WORDS = {"won", "win", "wins", "lost", "lose", "beat", "beating", "drew", "draw", "defeated", "defeat",
                "victory", "score", "scored", "scoreline", "lead", "led", "trailed", "record", "loss"}
_ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
_SINGLE_LETTER_UNITS = {"m", "g", "t", "l", "L", "W", "s", "h", "K"}
# letters spaced from a "$" that still name the dollar, as newswire tokenisers write them
_SPACED_DOLLAR_PREFIXES = {"c": "CAD", "us": "USD", "hk": "HKD", "nz": "NZD"}
# currency codes that, glued to a number, name something else: "COP28" (climate summits)
_NOT_GLUED_PREFIXES = {"COP"}
# letters glued to a number that name a temperature scale ("30C", "-4F")
_TEMPERATURE_LETTERS = {"C": "°C", "F": "°F"}
# scale words too small to set a spelled number's precision ("two hundred" is exact to the unit)
_SMALL_SCALES = {"hundred", "hundreds", "dozen", "dozens"}
# currencies whose amounts have no decimals, so "Rp 31.500" groups thousands with a dot
_DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_WHOLE_CURRENCIES = {"IDR", "VND", "KRW", "JPY", "CLP", "PYG", "UGX", "ISK", "LAK", "IRR"}


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
    weak: bool = False             # a small bare count ("two firms"): listed, but not asked for a citation

    @property
    def signed_direction(self) -> str | None:
        """The direction the wording gives, or that a negative value implies."""
        if self.direction:
            return self.direction
        return "down" if self.value < 0 else None


def _at(atoms: list[Atom], i: int) -> Atom | None:
    return atoms[i] if 0 <= i < len(atoms) else None


def _low(atoms: list[Atom], i: int) -> str:
    atom = _at(atoms, i)
    return atom.low if atom else ""


def _glued(atoms: list[Atom], i: int) -> bool:
    atom = _at(atoms, i)
    return bool(atom and atom.glued)


# ------------------------------------------------------------------ currency, scale, unit


def _currency_prefix(atoms: list[Atom], i: int) -> tuple[str, int] | None:
    """A currency before a number: '$', 'US$', 'HK$', 'USD', 'Rs.' → (ISO code, index after it)."""
    atom, nxt = atoms[i], _at(atoms, i + 1)
    if nxt and nxt.text == "$" and nxt.glued and atom.text + "$" in lx.CURRENCY_SYMBOLS:
        return lx.CURRENCY_SYMBOLS[atom.text + "$"], i + 2
    if nxt and nxt.text == "$" and nxt.glued and atom.text.upper() in lx.CURRENCY_CODES:
        return atom.text.upper(), i + 2  # "NZD$15"
    if atom.text.endswith("$") and atom.text[:-1].upper() in lx.CURRENCY_CODES:
        return atom.text[:-1].upper(), i + 1  # "usd$ 15", kept whole by the tokeniser
    if nxt and nxt.text == "$" and nxt.start == atom.end + 1 and atom.low in _SPACED_DOLLAR_PREFIXES:
        return _SPACED_DOLLAR_PREFIXES[atom.low], i + 2  # tokenised newswire: "c $ 16.4 million"
    if nxt and nxt.glued and atom.text in _NOT_GLUED_PREFIXES:
        return None  # "COP28" is a summit, not Colombian pesos
    if atom.text in lx.CURRENCY_SYMBOLS and atom.text not in ("R", "kr", "Fr.", "CHF"):
        if atom.text == "Rs" and nxt and nxt.text == "." and nxt.glued:
            return "INR", i + 2
        return lx.CURRENCY_SYMBOLS[atom.text], i + 1
    if atom.text in lx.CURRENCY_CODES:
        return ("CNY" if atom.text == "RMB" else atom.text), i + 1
    return None


def _scale_abbreviation_applies(atoms: list[Atom], j: int, money: bool) -> bool:
    """Decide whether 'm', 'bn', 'k' after a number scales it (and is not a unit such as metres)."""
    atom, after = atoms[j], _at(atoms, j + 1)
    if after and after.glued and after.text.isalnum():
        return False  # "5mm", "3ms": part of a longer word
    if atom.text not in lx.AMBIGUOUS_ABBREVIATIONS:
        return True
    if money:
        return True
    if not atom.glued:
        return False
    if atom.text in ("k", "K"):
        return True
    if atom.text in ("M", "MM", "B", "b") and (after is None or not after.text.isalnum()):
        return True  # "3M", "1.2B." alone: capitals do not write metres or bytes
    if atom.text in ("m", "M"):
        # "2.5m books" is millions, "366m long" is metres
        if after and after.text.isalpha() and after.low not in ("and", "or", "to"):
            return not _length_context(atoms, j) and after.low not in lx.UNITS and after.low not in (
                "long", "high", "deep", "wide", "tall", "away", "above", "below", "from", "in", "of", "race",
                "per", "a")
        return _millions_without_length(atoms, j)
    return False


def _length_context(atoms: list[Atom], j: int) -> bool:
    """A race name ('won the 100m.') or a sentence about lengths (a tower, a depth, a sprint)."""
    after = _at(atoms, j + 1)
    race = _low(atoms, j - 2) == "the" and atoms[j - 1].text.isdigit() and not (after and after.text.isalpha())
    return race or any(a.low in lx.LENGTH_CUES for a in atoms)


def _millions_without_length(atoms: list[Atom], j: int) -> bool:
    """'users climbed to 675m.' is millions; '300m' in a sentence about a tower, a race or a depth,
    or 'the 100m' (a race), is metres."""
    if _length_context(atoms, j):
        return False
    after = _at(atoms, j + 1)
    return after is None or after.text in (".", ",", ";", ")", "[", "and", "or", "to")


def _amount(atoms: list[Atom], i: int, money: bool, bare: bool = False) -> Amount | None:
    """A number at atoms[i] with its scale word: '3.2', '3.2bn', '3.2 million', 'three million',
    '2 1/2', '34,50' (a decimal comma), '1.3e6', 'five and a half million'."""
    atom = atoms[i]
    if atom.is_digits:
        digits, end = thousands_groups(atoms, i)
        value, resolution = digits_value(digits)
        spelled = False
        decimal = _decimal_comma(atoms, end, digits) or _spoken_point(atoms, end, digits)
        if decimal:
            value, resolution, end = decimal
        fraction = _digit_fraction(atoms, end, mixed=True) or _vulgar_fraction(atoms, end, glued=True)
        if fraction:
            value, end = value + fraction[0], fraction[1]
        exponent = _exponent(atoms, end)
        if exponent:
            value, resolution, end = value * 10.0 ** exponent[0], resolution * 10.0 ** exponent[0], exponent[1]
    elif atom.low == "point":
        found = point_fraction(atoms, i + 1) or _point_digits(atoms, i + 1)
        if not found:
            return None
        value, end = found
        resolution, spelled = 10.0 ** -(end - i - 1), True
    else:
        parsed = spelled_number(atoms, i, bare)
        if not parsed:
            return None
        value, end = parsed
        resolution, spelled = _spelled_resolution(atoms, i, end), True
    last_scale = lx.SCALE_WORDS.get(atoms[end - 1].low, 1.0) if spelled else 1.0
    half = _and_fraction(atoms, end)
    if half:  # "two and a half", "a million and a half"
        value, end = value + half[0] * last_scale, half[1]
    written, scale, digits_end = value, 1.0, end
    nxt = _at(atoms, end)
    if nxt and nxt.low in lx.SCALE_WORDS and (not spelled or last_scale == 1.0 and half):
        scale, end = lx.SCALE_WORDS[nxt.low], end + 1
    elif nxt and nxt.text in lx.SCALE_ABBREVIATIONS and not spelled and _scale_abbreviation_applies(atoms, end, money):
        scale, end = lx.SCALE_ABBREVIATIONS[nxt.text], end + 1
    if scale != 1.0 and not half and (half := _and_fraction(atoms, end)):
        written, end = written + half[0], half[1]  # "3 million and a half"
    return Amount(written * scale, end, written, scale, resolution * scale, spelled, digits_end)


def _spelled_resolution(atoms: list[Atom], i: int, end: int) -> float:
    """Place value of the last word of a spelled number: a decimal place after 'point', else the
    scale word it ends with ('three million' → 1e6), else 1."""
    words = [a.low for a in atoms[i:end]]
    scale = lx.SCALE_WORDS[words[-1]] if words[-1] in lx.SCALE_WORDS and words[-1] not in _SMALL_SCALES else 1.0
    if "point" in words:
        digits = [w for w in words[words.index("point") + 1:] if w not in lx.SCALE_WORDS and w != "-"]
        return 10.0 ** -max(len(digits), 1) * scale
    return scale


def _and_fraction(atoms: list[Atom], j: int) -> tuple[float, int] | None:
    """'and a half', 'and two thirds' after a whole number → (fraction, end index)."""
    if _low(atoms, j) != "and":
        return None
    if _low(atoms, j + 1) in ("a", "an", "one") and _low(atoms, j + 2) == "half":
        return 0.5, j + 3
    found = fraction_word(atoms, j + 1)
    if found and not _low(atoms, found[1]) in ("of",):
        return found
    return None


def _decimal_comma(atoms: list[Atom], j: int, digits: str) -> tuple[float, float, int] | None:
    """'34,50' or '9.990,00' as European prices write them: one or two digits after a comma
    cannot be thousands, so the comma is a decimal point → (value, resolution, end index)."""
    comma, tail, after = _at(atoms, j), _at(atoms, j + 1), _at(atoms, j + 2)
    if comma and tail and comma.text == "," and comma.glued and tail.glued and tail.text in ("-", "–") \
            and digits.isdigit():
        return float(digits), 1.0, j + 2  # "50,-": a whole price
    if not (comma and tail and comma.text == "," and comma.glued and tail.glued and tail.text.isdigit()
            and len(tail.text) == 2 and "," not in digits):
        return None
    if after and after.glued and (after.is_digits or after.text in (",", ".") and _glued(atoms, j + 3)):
        return None  # "1,22,3" or "3,14.5": a list or a code, not a price
    whole = digits.replace(".", "") if len(digits.split(".")[-1]) == 3 else digits  # "9.990,00"
    if "." in whole:
        return None
    return float(whole + "." + tail.text), 10.0 ** -len(tail.text), j + 2


def _point_digits(atoms: list[Atom], k: int) -> tuple[float, int] | None:
    """'point 77' read aloud: the digits after 'point' are decimals → (fraction, end index)."""
    tail = _at(atoms, k)
    if tail and tail.text.isdigit() and not tail.glued:
        return float("0." + tail.text), k + 1
    return None


def _spoken_point(atoms: list[Atom], j: int, digits: str) -> tuple[float, float, int] | None:
    """'1 point 1': digits read aloud with 'point' between the whole and the decimals."""
    tail = _at(atoms, j + 1)
    if _low(atoms, j) != "point" or not digits.isdigit() or not (tail and tail.text.isdigit() and not tail.glued):
        return None
    return float(digits + "." + tail.text), 10.0 ** -len(tail.text), j + 2


def _exponent(atoms: list[Atom], j: int) -> tuple[int, int] | None:
    """Scientific notation after the digits: '1.3e6', '12.32e+14', '6.23x10^-4' → (exponent, end)."""
    atom = _at(atoms, j)
    if not atom or not atom.glued:
        return None
    k = None
    if atom.text in ("e", "E"):
        k = j + 1
    elif atom.text in ("x", "×", "*") and _at(atoms, j + 1) and atoms[j + 1].text == "10" \
            and _low(atoms, j + 2) == "^" and _glued(atoms, j + 2):
        k = j + 3
    if k is None:
        return None
    sign = 1
    if _low(atoms, k) in ("+", "-", "−") and _glued(atoms, k):
        sign, k = (-1 if _low(atoms, k) != "+" else 1), k + 1
    power = _at(atoms, k)
    if not (power and power.glued and power.text.isdigit() and len(power.text) <= 3):
        return None
    return sign * int(power.text), k + 1


def _vulgar_fraction(atoms: list[Atom], j: int, glued: bool) -> tuple[float, int] | None:
    """'½', '¾' (glued to digits when `glued`, as in '2½') → (fraction, end index)."""
    atom = _at(atoms, j)
    if not atom or atom.text not in lx.VULGAR_FRACTIONS or (glued and not atom.glued):
        return None
    return lx.VULGAR_FRACTIONS[atom.text], j + 1


def _digit_fraction(atoms: list[Atom], j: int, mixed: bool) -> tuple[float, int] | None:
    """'1/3' (or the '1/2' of '2 1/2' when mixed): a small digit fraction."""
    a, slash, b, after = _at(atoms, j), _at(atoms, j + 1), _at(atoms, j + 2), _at(atoms, j + 3)
    if not (a and slash and b) or (mixed and a.glued):
        return None
    if a.is_digits and slash.text == "/" and slash.glued and b.glued and b.is_digits \
            and "." not in a.text + b.text and 0 < float(a.text) < float(b.text) <= 16 \
            and not (after and after.glued and after.text == "/"):
        return float(a.text) / float(b.text), j + 3
    return None


def _unit(atoms: list[Atom], j: int) -> tuple[str | None, int]:
    """A unit after a number, longest spelling first: 'square kilometres', 'km/h', '°C', 'tonnes'."""
    for length in (3, 2):
        words = [_at(atoms, j + k) for k in range(length)]
        if not all(words):
            continue
        glued = all(w.glued for w in words[1:])
        spaced = all(w.text.isalpha() and not w.glued for w in words[1:])
        key = "".join(w.low for w in words) if glued else " ".join(w.low for w in words) if spaced else None
        if key in lx.UNITS:
            return lx.UNITS[key], j + length
    atom = atoms[j]
    if atom.text in lx.UNITS_CASED:
        return lx.UNITS_CASED[atom.text], j + 1
    if atom.text in _TEMPERATURE_LETTERS and atom.glued:
        return _TEMPERATURE_LETTERS[atom.text], j + 1  # "30C", "-4F"
    if atom.text in ('"', "''", "″", "”") and _inch_mark(atoms, j):
        return "in", j + 1
    if atom.low == "in" and not atom.glued:
        return ("in", j + 1) if _inch_word(atoms, j) else (None, j)
    if atom.low not in lx.UNITS:
        return None, j
    if len(atom.text) == 1 and atom.text.isalpha() and atom.text not in _SINGLE_LETTER_UNITS:
        return None, j  # "5G", "4D": names, not grams or days
    return lx.UNITS[atom.low], j + 1


def _inch_word(atoms: list[Atom], j: int) -> bool:
    """'in' after a number means inches only where it ends the sentence or a size word follows
    ('2 in thick'); '5 in 10' and '3 in March' keep 'in' a preposition."""
    after = _at(atoms, j + 1)
    return after is not None and ((after.text == "." and j + 2 == len(atoms)) or after.low in lx.DIMENSION_WORDS)


def _inch_mark(atoms: list[Atom], j: int) -> bool:
    """A double quote glued to a number ('9"') is an inch mark unless it closes a quotation."""
    quotes = sum(1 for a in atoms[:j] if a.text in ('"', "''", "“", "”"))
    after = _at(atoms, j + 1)
    if after and after.low in lx.DIMENSION_WORDS:
        return True
    first = j - 1
    while first > 0 and (atoms[first - 1].is_digits or atoms[first - 1].text in ".,"):
        first -= 1  # back to the start of the number
    opened = first > 0 and atoms[first - 1].text in ('"', "“")  # '"608 000"' is a quoted number
    return atoms[j].glued and quotes % 2 == 0 and not opened


def _suffix(atoms: list[Atom], j: int) -> tuple[str | None, str | None, int]:
    """What follows a number: (kind, unit, end) for %, percentage points, currency names, units, 'x'."""
    atom = _at(atoms, j)
    if not atom:
        return None, None, j
    word, nxt, nxt2 = atom.low, _low(atoms, j + 1), _low(atoms, j + 2)
    if word == "%":
        return "percent", "%", j + 1
    if word in ("per", "per-") and nxt == "cent":
        return "percent", "%", j + 2
    if word == "percentage" and nxt in ("point", "points"):
        return "percent", "pp", j + 2
    if word in ("percent", "percents", "pct", "percentage"):
        return "percent", "%", j + 1
    if word in ("pp", "ppt", "ppts"):
        return "percent", "pp", j + 1
    if word == "basis" and nxt in ("point", "points"):
        return "percent", "bp", j + 2
    if word in ("bps", "bp"):
        return "percent", "bp", j + 1
    if word in ("points", "pts"):
        return "quantity", "points", j + 1  # "down 9.3 points": index or percentage points
    if word in lx.DOLLAR_COUNTRIES and nxt in ("dollar", "dollars"):
        return "money", lx.DOLLAR_COUNTRIES[word], j + 2
    if word in ("hong", "new") and nxt in ("kong", "zealand") and nxt2 in ("dollar", "dollars"):
        return "money", lx.DOLLAR_COUNTRIES[nxt], j + 3
    if word in ("pounds", "pound") and nxt == "sterling":
        return "money", "GBP", j + 2
    named = _country_currency(atoms, j)
    if named:
        return "money", named[0], named[1]
    if word in ("pound", "pounds"):
        return ("money", "GBP", j + 1) if _pounds_are_money(atoms, j) else ("quantity", "lb", j + 1)
    if word in lx.CURRENCY_NAMES and word not in ("pound", "pounds", "won", "real", "franc"):
        return "money", lx.CURRENCY_NAMES[word], j + 1
    if atom.text in lx.CURRENCY_CODES:
        return "money", ("CNY" if atom.text == "RMB" else atom.text), j + 1
    if atom.text + _text(atoms, j + 1) in lx.CURRENCY_SYMBOLS and _glued(atoms, j + 1) and _text(atoms, j + 1) == "$":
        return "money", lx.CURRENCY_SYMBOLS[atom.text + "$"], j + 2  # "3.14US$"
    if atom.text in lx.CURRENCY_AFTER and not (atom.text == "$" and _at(atoms, j + 1) and atoms[j + 1].is_digits):
        return "money", lx.CURRENCY_AFTER[atom.text], j + 1  # "20 €", "80 Kč"; "$" before digits opens the next
    if word in ("x", "×"):
        return "ratio", None, j + 1
    if word == "times" and (nxt.endswith("er") or nxt in ("as", "more", "less", "the", "that", "what", "its",
                                                           "their", "his", "her", "bigger", "larger")
                            or "." in _text(atoms, j - 1) or _low(atoms, j - 2) in lx.UP_WORDS | lx.DOWN_WORDS):
        return "ratio", None, j + 1  # "eight times faster", "grow 2.5 times"; "flew 72 times" is a count
    if word in ("-", "‑") and atom.glued and _glued(atoms, j + 1):
        unit, end = _unit(atoms, j + 1)  # "a 2-year delay", "a 10-km run"
        if unit:
            return "quantity", unit, end
    unit, end = _unit(atoms, j)
    if unit:
        return "quantity", unit, end
    return None, None, j


def _text(atoms: list[Atom], i: int) -> str:
    atom = _at(atoms, i)
    return atom.text if atom else ""


def _country_currency(atoms: list[Atom], j: int) -> tuple[str, int] | None:
    """'Kuwaiti dinars', 'Lebanese pounds', 'South African rand' → (ISO code, end index)."""
    for first in (j, j + 1):
        if first == j + 1 and _low(atoms, j) not in ("south", "sri", "new", "east", "north", "west", "saudi"):
            break
        name = _low(atoms, first + 1)
        code = lx.CURRENCY_COUNTRY_NAMES.get((_low(atoms, first), lx.CURRENCY_PLURALS.get(name, name)))
        if code:
            return code, first + 2
    return None


def _pounds_are_money(atoms: list[Atom], j: int) -> bool:
    """'pounds' after a number: sterling or weight, read from the sentence ('spent', '£', 'weighs', 'of')."""
    if _low(atoms, j + 1) == "of":
        return False  # "two pounds of meat"
    if _low(atoms, j - 1) in lx.SCALE_WORDS or _text(atoms, j - 1) in ("m", "bn"):
        return True  # "20 million pounds": weights in millions come with "of"
    words = {a.low for a in atoms}
    if words & lx.POUND_WEIGHT_CUES:
        return False
    return bool(words & lx.POUND_MONEY_CUES)


# ------------------------------------------------------------------ labels, not figures


def _known_suffix(atom: Atom) -> bool:
    """Letters that may touch a number without making it a name: units, scales, currencies."""
    if atom.text in lx.CURRENCY_AFTER or atom.text in lx.CURRENCY_CODES or atom.low in lx.CURRENCY_NAMES \
            or (len(atom.text) == 4 and atom.text[0] == "M" and atom.text[1:] in lx.CURRENCY_CODES):
        return True  # "20€", "115USD", "42RM", "30MUSD"
    if len(atom.text) == 1:
        return atom.text in _SINGLE_LETTER_UNITS or atom.text in lx.SCALE_ABBREVIATIONS or atom.text == "x" \
            or atom.text in _TEMPERATURE_LETTERS
    return atom.low in lx.UNITS or atom.text in lx.UNITS_CASED or atom.text in lx.SCALE_ABBREVIATIONS \
        or atom.low in ("x", "bn", "mn", "tn", "pc", "pct", "pp", "ppt")


def _is_label(atoms: list[Atom], i: int, end: int, priced: bool = False) -> bool:
    """True when the digits at atoms[i] are a date, time, ordinal, version, code or name;
    `priced` when a currency stands right before them ("USD3.14", "Rs20" are prices)."""
    atom, before, after = atoms[i], _at(atoms, i - 1), _at(atoms, end)
    if before and atom.glued and not priced \
            and (before.text.isalpha() or before.is_digits or before.text in "-–—#/._@:,'’"):
        if not (before.text in "-−" and not before.glued):
            return True  # H200, GPT-4, COVID-19, 3.8.1, 10:30
    if after and after.glued:
        if after.low in _ORDINAL_SUFFIXES or after.text == "s" or after.text in ("'s", "’s") and (
                len(atom.text) == 4 or len(atom.text) == 2 and atom.text.endswith("0")):
            return True  # 21st, 1990s, the 90's
        if after.text.isalpha() and not _known_suffix(after):
            return True  # 5G, 4K-ready, SW1A
        if after.text in (":", ".", "/", "-") and _glued(atoms, end + 1) and _at(atoms, end + 1).is_digits:
            nxt = _at(atoms, end + 2)
            if after.text != "-" or (nxt and nxt.glued and nxt.text == "-"):
                return True  # 10:30, 3.8.1, 4/5/2024, 978-0-14
        if after.is_digits and after.text.startswith("."):
            return True
    if atom.text.startswith("0") and len(atom.text) > 1 and atom.text[1].isdigit():
        return True  # phone numbers and codes keep leading zeros
    if (after and after.is_digits and not after.glued) or (before and before.is_digits and not atom.glued):
        return True  # "020 7946 0958"
    if after and after.low in lx.TIME_WORDS and after.low not in ("hours", "hrs"):
        return True
    if (after and after.low in lx.MONTHS and after.text[0].isupper()) or (
            before and before.low in lx.MONTHS and before.text[0].isupper()):
        return True  # 12 May, May 12
    if before and before.low in lx.LABEL_NOUNS and not before.text.isupper() or (
            before and before.text in ("No", "No.", "Nos.", "#")):
        return True  # table 2, page 14, Article 50
    if i == 0 and after and after.glued and after.text in (".", ")"):
        return True  # "1. First item" in plain text
    return False


def _is_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100


# ------------------------------------------------------------------ words around a figure


def _hedge_before(atoms: list[Atom], i: int) -> tuple[str, bool, int]:
    """Bound and approximate flag from words right before atoms[i]; returns where they start."""
    if _low(atoms, i - 1) == "between":
        bound, approx, start = _hedge_before(atoms, i - 1)
        return ("=", approx, start) if start < i - 1 else ("=", False, i)
    for length in (5, 3, 2):
        words = tuple(_low(atoms, i - length + k) for k in range(length))
        if i - length >= 0 and words in lx.HEDGE_PHRASES:
            bound, approx = lx.HEDGE_PHRASES[words]
            return bound, approx, i - length
    word = _low(atoms, i - 1)
    if i > 0 and word in lx.HEDGE_WORDS:
        if word in ("over", "under", "below", "above") and _low(atoms, i - 2) in lx.UP_WORDS | lx.DOWN_WORDS:
            return "=", False, i  # "up over 5%" reads as a change, keep it simple
        bound, approx = lx.HEDGE_WORDS[word]
        return bound, approx, i - 1
    return "=", False, i


def _hedge_after(atoms: list[Atom], j: int, bound: str, approx: bool) -> tuple[str, bool]:
    words = (_low(atoms, j), _low(atoms, j + 1))
    if words == ("or", "equal") and bound in ("<", ">"):
        return bound + "=", approx  # "less than 5000 or equal"
    if words in lx.TRAILING_BOUNDS:
        return lx.TRAILING_BOUNDS[words], approx
    if words in lx.TRAILING_HEDGES:
        return bound, True
    if (words[0],) in lx.TRAILING_BOUNDS and _glued(atoms, j):
        return lx.TRAILING_BOUNDS[(words[0],)], approx
    return bound, approx


def _direction_word(atoms: list[Atom], k: int, kind: str) -> str | None:
    word = atoms[k].low
    if word in _COMPARATIVES:
        return None
    if word == "up" and _low(atoms, k - 1) in ("made", "make", "makes", "making", "take", "took", "sum", "add",
                                                "adds", "added", "set", "end", "ended", "ends", "ending"):
        return None
    if word in _FUNDRAISING and kind == "money" and _low(atoms, k + 1) != "by":
        return None
    if word in lx.UP_WORDS:
        return "up"
    if word in lx.DOWN_WORDS:
        return "down"
    return None


def _direction(atoms: list[Atom], start: int, end: int, kind: str) -> tuple[str | None, bool]:
    """The direction word governing a figure, and whether the figure is a level ('fell to 4.1%')."""
    level = _low(atoms, start - 1) == "to"
    for k in range(start - 1, max(-1, start - 7), -1):
        atom = atoms[k]
        if atom.is_digits or atom.low in _DIRECTION_STOP:
            break
        direction = _direction_word(atoms, k, kind)
        if direction:
            return direction, level
    if kind == "ratio":
        return None, False
    for k in range(end, min(len(atoms), end + 4)):
        word = atoms[k].low
        if word in _DIRECTION_AFTER and (word not in _ONLY_BEFORE_THAN or _low(atoms, k + 1) == "than"):
            return _DIRECTION_AFTER[word], False
        if word not in _SKIP_AFTER:
            break
    return None, False


# ------------------------------------------------------------------ figures


def extract(atoms: list[Atom], sentence: str, offset: int) -> list[Figure]:
    """All figures in one sentence's atoms; `sentence` is its text starting at `offset`."""
    figures: list[Figure] = []
    i = 0
    while i < len(atoms):
        figure, end = _ratio_at(atoms, i, sentence, offset) or _measure_at(atoms, i, sentence, offset) or (None, i + 1)
        if figure is not None:
            figures.append(figure)
        i = max(end, i + 1)
    return _levels_before_comparisons(figures, sentence, offset)


_COMPARED_FROM = re.compile(r"[,;(]?\s*(up|down|higher|lower|more|less|fewer)\s+(?:than|from|on)\s*$", re.I)
_WAY = {"up": "up", "higher": "up", "more": "up", "down": "down", "lower": "down", "less": "down", "fewer": "down"}


def _levels_before_comparisons(figures: list[Figure], sentence: str, offset: int) -> list[Figure]:
    """'1,525,000 staff, down from 1,541,000': the first figure is a level that fell."""
    result = list(figures)
    for n in range(len(result) - 1):
        first, second = result[n], result[n + 1]
        gap = sentence[first.end - offset:second.start - offset]
        match = _COMPARED_FROM.search(gap) if len(gap) < 120 else None
        if match and first.direction is None and first.kind == second.kind:
            result[n] = replace(first, direction=_WAY[match.group(1).lower()], level=True)
    return result


def _make(atoms: list[Atom], first: int, end: int, sentence: str, offset: int, **fields) -> Figure:
    """Build a Figure for atoms[first:end], reading hedges, bounds and direction around it."""
    start, stop = atoms[first].start, atoms[end - 1].end
    bound, approx, hedge_start = _hedge_before(atoms, first)
    bound, approx = _hedge_after(atoms, end, bound, approx)
    direction, level = _direction(atoms, hedge_start, end, fields["kind"])
    return Figure(start=start, end=stop, text=sentence[start - offset:stop - offset], bound=bound,
                  approximate=approx, direction=direction, level=level, **fields)


def _ratio(atoms, first, end, sentence, offset, value, resolution=0.01):
    return _make(atoms, first, end, sentence, offset, value=value, unit=None, kind="ratio", written=value,
                 resolution=resolution), end


def _ratio_at(atoms: list[Atom], i: int, sentence: str, offset: int):
    """'doubled', 'threefold', 'one in five', '1/3', 'half', 'two-thirds' → (ratio figure, end);
    a fraction of a scale or a unit ('half a million', '3/4 cup') is a count or a quantity."""
    word = atoms[i].low
    if word in lx.MULTIPLE_VERBS and word not in ("double", "triple", "quadruple", "halves") \
            and not (word.endswith("ing") and _low(atoms, i - 1) in ("the", "a")):
        return _ratio(atoms, i, i + 1, sentence, offset, lx.MULTIPLE_VERBS[word], 0.1)
    if word in lx.FOLD_WORDS:
        return _ratio(atoms, i, i + 1, sentence, offset, lx.FOLD_WORDS[word], 0.1)
    found = _one_in(atoms, i)
    if found:
        return _ratio(atoms, i, found[1], sentence, offset, found[0])
    found = (_digit_fraction(atoms, i, mixed=False) if not _glued(atoms, i) else None) \
        or _vulgar_fraction(atoms, i, glued=False) or _bare_fraction(atoms, i)
    if not found and fraction_word(atoms, i) and not _ordinal_use(atoms, i):
        found = fraction_word(atoms, i)
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
    if _low(atoms, end - 1) in ("half", "quarter") and _low(atoms, end) == "-" and _glued(atoms, end):
        return None, end  # half-year, half-time
    return _ratio(atoms, i, end, sentence, offset, value)


# fraction words that count as fractions on their own only before a unit or a scale ("quarter-litre")
_BARE_FRACTIONS = {"quarter", "third", "fourth", "fifth", "tenth"}


def _bare_fraction(atoms: list[Atom], i: int) -> tuple[float, int] | None:
    """'quarter million', 'quarter-litre', 'tenth of a gallon': a fraction word with no article,
    read as a fraction only when a scale or a unit follows (checked by the caller)."""
    word = atoms[i].low
    if word not in _BARE_FRACTIONS or _low(atoms, i - 1) in ("the", "this", "that", "first", "second", "third",
                                                               "fourth", "last", "each", "every", "per", "a", "an"):
        return None
    end = i + 1
    linked = _low(atoms, end) == "of" or (_text(atoms, end) in ("-", "‑") and _glued(atoms, end))
    if _scale_after_fraction(atoms, end) is None and not (linked and _unit_after_fraction(atoms, end)):
        return None  # "third second" is two ordinals; "quarter-litre" and "tenth of a gallon" are measures
    return lx.FRACTION_WORDS[word], end


def _scale_after_fraction(atoms: list[Atom], end: int) -> int | None:
    """Index of the scale word in 'half a million', 'half million', 'two thirds of a million'."""
    k = end + 1 if _low(atoms, end) == "of" else end
    k = k + 1 if _low(atoms, k) in ("a", "an") else k
    if _low(atoms, k) in lx.SINGULAR_SCALES and _low(atoms, k) != "hundred":
        return k
    return None


def _unit_after_fraction(atoms: list[Atom], end: int) -> tuple[str, str | None, int] | None:
    """What a fraction measures: 'half a liter', '3/4 cup', 'quarter-litre', 'tenth of a gallon'
    → (kind, unit, end index); None for a plain ratio ('half of voters')."""
    k = end
    hyphen = _text(atoms, k) in ("-", "‑") and _glued(atoms, k) and _glued(atoms, k + 1)
    if hyphen:
        k += 1
    else:
        k = k + 1 if _low(atoms, k) == "of" else k
        k = k + 1 if _low(atoms, k) in ("a", "an") else k
    atom = _at(atoms, k)
    if not atom or not atom.text.isalpha() and atom.text not in ('"', "°") or atom.low == "second":
        return None  # "three-quarters a second [dose]": "second" after a fraction is an ordinal
    kind, unit, stop = _suffix(atoms, k)
    if kind not in ("quantity", "money", "percent") or (hyphen and unit in lx.TIME_UNITS):
        return None  # "half-year results" name a period
    return kind, unit, stop


def _one_in(atoms: list[Atom], i: int) -> tuple[float, int] | None:
    """'one in five', '1 in 4', 'three out of four' → (ratio, end)."""
    first = _small_whole(atoms, i)
    if not first:
        return None
    count, j = first
    if _low(atoms, j) == "in":
        k = j + 1
    elif _low(atoms, j) == "out" and _low(atoms, j + 1) == "of":
        k = j + 2
    else:
        return None
    whole = _small_whole(atoms, k)
    if not whole or not count < whole[0] <= 1000:
        return None
    return count / whole[0], whole[1]


def _small_whole(atoms: list[Atom], i: int) -> tuple[float, int] | None:
    atom = _at(atoms, i)
    if not atom:
        return None
    if atom.is_digits and atom.text.isdigit():
        return float(atom.text), i + 1
    if atom.low in lx.UNITS_WORDS or atom.low in lx.TENS_WORDS:
        return spelled_number(atoms, i)
    return None


_ORDINAL_NEXT = {"straight", "consecutive", "successive", "time", "times", "term", "place", "round", "year",
                 "month", "week", "day", "quarter", "season", "attempt", "row", "party", "generation", "wave",
                 "phase", "stage", "tier", "world", "largest", "biggest", "highest", "lowest", "most", "best"}


def _ordinal_use(atoms: list[Atom], i: int) -> bool:
    """'the first half', 'third quarter', 'a third straight month': fraction words as ordinals or periods."""
    found = fraction_word(atoms, i)
    if found and (_low(atoms, found[1]) in _ORDINAL_NEXT or _low(atoms, found[1]).endswith("est")):
        return True
    return _low(atoms, i - 1) in ("first", "second", "third", "fourth", "last", "latter", "back", "front", "the",
                                   "this", "that", "next", "previous", "final", "other", "each") \
        and atoms[i].low in ("half", "quarter")


def _fraction_of_scale(atoms, i, fraction, scale_at, sentence, offset):
    """'half a billion dollars', 'quarter million': a fraction of a scale word, then an optional unit."""
    scale = lx.SCALE_WORDS[_low(atoms, scale_at)]
    kind, unit, stop = _suffix(atoms, scale_at + 1)
    if kind not in ("money", "quantity"):
        kind, unit, stop = "count", None, scale_at + 1
    return _make(atoms, i, stop, sentence, offset, value=fraction * scale, unit=unit, kind=kind,
                 written=fraction, scale=scale, resolution=scale / 10), stop


def _measure_at(atoms: list[Atom], i: int, sentence: str, offset: int):
    """A number with what it measures: '$3.2bn', '14.1%', '42 km', '3.2 million', '3–5%'."""
    opening = _number_start(atoms, i)
    if opening is None:
        return None
    currency, j, negative = opening
    amount, article = _amount(atoms, j, money=bool(currency), bare=_bare_scale_ok(atoms, j)), False
    if not amount and not currency:
        amount, article = _article_unit(atoms, j), True
    if not amount:
        return None
    if not amount.spelled and _is_label(atoms, j, amount.digits_end, priced=bool(currency) and j > i):
        return None, amount.end
    if amount.spelled and _ordinal_follows(atoms, j, amount.end):
        return None, amount.end + 1  # "twenty-first", "five hundred first": ranks
    kind, unit, end, factor = _what_is_measured(atoms, amount, currency)
    if kind == "money" and unit in _WHOLE_CURRENCIES and _DOT_THOUSANDS.fullmatch(atoms[j].text) \
            and amount.digits_end == j + 1:
        factor *= 1000  # "Rp 31.500": rupiah and won have no decimals, so the dot groups thousands
    if kind is None:
        return None, end
    if kind == "count" and _not_a_count(atoms, j, amount):
        return None, amount.end
    if kind != "count" and amount.spelled and amount.value == 1 and unit in lx.TIME_UNITS:
        return None, end  # "one day", "a year"
    value = (-amount.value if negative else amount.value) * factor
    resolution, scale = amount.resolution * factor, amount.scale * factor
    if unit in lx.UNIT_SCALE:
        unit, unit_factor = lx.UNIT_SCALE[unit]
        value, resolution, scale = value * unit_factor, resolution * unit_factor, scale * unit_factor
    fields = dict(value=value, unit=unit, kind=kind, written=amount.written, scale=scale,
                  resolution=min(resolution, 0.1) if kind == "ratio" else resolution, spelled=amount.spelled)
    ranged = _range_tail(atoms, i, end, fields)
    if not ranged and kind == "count" and scale == 1:
        fields = _borrow_scale(atoms, end, fields)
    if not ranged and _low(atoms, end) in ("-", "–") and _glued(atoms, end) and _glued(atoms, end + 1) \
            and atoms[end + 1].is_digits:
        return None, end + 2  # "won 2-1", "978-0-14": scores and codes
    if ranged:
        end, fields = ranged
        if fields["kind"] == "count" and fields["scale"] == 1 and _low(atoms, i - 1) in _SPORT_WORDS:
            return None, end  # "won 2-1"
    fields["weak"] = article or _is_weak(fields, amount)
    return _make(atoms, i, end, sentence, offset, **fields), end


def _number_start(atoms: list[Atom], i: int) -> tuple[tuple[str, int] | None, int, bool] | None:
    """Where a number begins after a sign word, a currency or a minus sign:
    (currency, index of the number, negative), or None when no number can start at atoms[i]."""
    j, negative = i, False
    if _low(atoms, j) in lx.NEGATIVE_WORDS and _low(atoms, j - 1) not in ("or", "plus") \
            and _at(atoms, j + 1) and _may_start_number(atoms, j + 1, signed=True):
        negative, j = True, j + 1  # "minus 5", "negative one"; "plus or minus 2%" is a margin
    currency = _currency_prefix(atoms, j)
    j = currency[1] if currency else j
    if _low(atoms, j) in ("-", "−") and _glued(atoms, j + 1) and atoms[j + 1].is_digits \
            and not (_glued(atoms, j) and atoms[j - 1].text.isalnum()):
        negative, j = True, j + 1
    if not _may_start_number(atoms, j, signed=False):
        return None
    return currency, j, negative


def _may_start_number(atoms: list[Atom], j: int, signed: bool) -> bool:
    """Whether atoms[j] can open a number: digits, a number word, an article, 'point', a bare scale."""
    atom = _at(atoms, j)
    if atom is None:
        return False
    if signed and (_currency_prefix(atoms, j) or atom.text in ("-", "−")):
        return True
    return atom.is_digits or atom.low in lx.UNITS_WORDS or atom.low in lx.TENS_WORDS \
        or atom.low in ("a", "an") or _bare_scale_ok(atoms, j) \
        or (atom.low == "point" and _leading_point_ok(atoms, j))


def _leading_point_ok(atoms: list[Atom], j: int) -> bool:
    """'point five' with no whole part: only where no word before could make 'point' a noun."""
    before = _at(atoms, j - 1)
    return before is None or before.low in lx.NEGATIVE_WORDS or not before.text.isalnum()


_NOT_BEFORE_BARE_SCALE = {"the", "a", "an", "this", "that", "per", "one", "each", "every", "its", "their", "his",
                          "her", "our", "my", "your", "of", "several", "few", "many", "some", "couple", "these",
                          "those"}


def _bare_scale_ok(atoms: list[Atom], j: int) -> bool:
    """A scale word with no number before it ('hundred and twelve', 'thousand liters', 'million'
    alone) starts a number only where the words after it show that a number is meant."""
    atom, before = atoms[j], _at(atoms, j - 1)
    if atom.low not in lx.BARE_SCALE_WORDS or (j > 0 and atom.text[0].isupper()):
        return False
    if before and (before.is_digits or before.low in _NOT_BEFORE_BARE_SCALE or before.low in lx.UNITS_WORDS
                   or before.low in lx.TENS_WORDS or before.low in lx.SCALE_WORDS):
        return False
    nxt, nxt2 = _low(atoms, j + 1), _low(atoms, j + 2)
    if nxt in lx.UNITS_WORDS or nxt in lx.TENS_WORDS or nxt in lx.SCALE_WORDS \
            or (nxt == "and" and (nxt2 in lx.UNITS_WORDS or nxt2 in lx.TENS_WORDS)):
        return True
    if _suffix(atoms, j + 1)[0] in ("money", "quantity", "percent"):
        return True
    return all(not a.text.isalnum() for k, a in enumerate(atoms) if k != j)


def _article_unit(atoms: list[Atom], j: int) -> Amount | None:
    """'a dollar', 'a liter', 'an ml': the article counts one of a money or measure unit."""
    unit_word, before = _at(atoms, j + 1), _at(atoms, j - 1)
    if _low(atoms, j) not in ("a", "an") or not unit_word or unit_word.low not in lx.ARTICLE_UNITS \
            or (_glued(atoms, j + 2) and _text(atoms, j + 2) in ("-", "‑")):
        return None  # "a dollar-denominated bond" is not a figure
    if before and (before.is_digits or before.text in lx.SCALE_ABBREVIATIONS or before.low in lx.SCALE_WORDS
                   or before.low in lx.UNITS or before.low in lx.CURRENCY_NAMES or before.text == "%"):
        return None  # "$85 a barrel", "20 cents a litre": a rate, not a second figure
    return Amount(1.0, j + 1, 1.0, 1.0, 1.0, True, j + 1)


def _ordinal_follows(atoms: list[Atom], j: int, end: int) -> bool:
    """'twenty-first', 'twenty second place', 'one thousand two hundred thirtieth': a spelled number
    of twenty or more followed by an ordinal word is a rank."""
    k = end + 1 if _text(atoms, end) in ("-", "‑") and _glued(atoms, end) else end
    return _low(atoms, k) in lx.ORDINAL_WORDS and _low(atoms, end - 1) not in lx.UNITS_WORDS


def _what_is_measured(atoms: list[Atom], amount: Amount, currency) -> tuple[str | None, str | None, int, float]:
    """(kind, unit, end, factor) of the words after a number; factor converts sub-units
    ('ten cents' is 0.1 USD) and million-prefixed codes ('30 MUSD'). kind None drops the number."""
    if currency:
        kind, unit, end = _suffix(atoms, amount.end)
        if kind not in (None, "money"):
            return None, None, end, 1.0
        return "money", currency[0], end, 1.0
    scaled = _scaled_currency(atoms, amount.end)
    if scaled:
        return "money", scaled[0], scaled[2], scaled[1]
    kind, unit, end = _suffix(atoms, amount.end)
    if kind == "money" and amount.scale == 1 and _low(atoms, end) in _SINGULAR_SCALE_NAMES:
        return kind, unit, end + 1, lx.SCALE_WORDS[_low(atoms, end)]  # "75 USD million"
    return kind or "count", unit, end, 1.0


_SINGULAR_SCALE_NAMES = {"thousand", "million", "billion", "trillion"}


def _scaled_currency(atoms: list[Atom], j: int) -> tuple[str | None, float, int] | None:
    """Coins and sub-units ('ten cents', '10¢', '470 pence') and million-prefixed codes ('30 MUSD'):
    (currency, factor, end index)."""
    atom = _at(atoms, j)
    if not atom:
        return None
    if atom.low in lx.CURRENCY_SUBUNITS and not (_glued(atoms, j + 1) and _text(atoms, j + 1) in ("-", "‑")):
        code, factor = lx.CURRENCY_SUBUNITS[atom.low]
        if code == "USD" and any(a.low in lx.EURO_WORDS for a in atoms):
            code = "EUR"  # euro cents
        return code, factor, j + 1
    if len(atom.text) == 4 and atom.text[0] == "M" and atom.text[1:] in lx.CURRENCY_CODES:
        return atom.text[1:], 1e6, j + 1
    return None


def _not_a_count(atoms: list[Atom], j: int, amount: Amount) -> bool:
    """Bare numbers that are not counts: years, 'zero', 'one' as a pronoun."""
    if not amount.spelled and amount.scale == 1 and _is_year(atoms[j].text):
        return True
    if amount.spelled and amount.scale == 1 and amount.value == 0:
        return not _stands_alone(atoms, j, amount.end)  # "net zero" is a goal; "zero" alone is the number
    if amount.spelled and amount.value == 1 and amount.end == j + 1:
        return _low(atoms, amount.end) in lx.ONE_NOT_FIGURE_AFTER or _low(atoms, j - 1) in lx.ONE_NOT_FIGURE_BEFORE
    return not amount.spelled and amount.scale == 1 and _names_a_model(atoms, j)


def _names_a_model(atoms: list[Atom], j: int) -> bool:
    """'RTX 5090', 'iPhone 15', 'Boeing 737': a bare number after a product name is part of the name."""
    before = _at(atoms, j - 1)
    if before is None or not before.text.isalpha() or before.text in lx.CURRENCY_CODES:
        return False
    acronym = before.text.isupper() and len(before.text) >= 2
    camel = before.text[0].islower() and any(c.isupper() for c in before.text[1:])
    return acronym or camel


def _stands_alone(atoms: list[Atom], first: int, end: int) -> bool:
    """True when atoms[first:end] is all the sentence says, punctuation aside."""
    return all(not a.text.isalnum() for k, a in enumerate(atoms) if not first <= k < end)


def _is_weak(fields: dict, amount: Amount) -> bool:
    """Small bare counts and spelled durations: real figures, too vague to demand a source for."""
    if fields.get("value_high") is not None or fields["scale"] != 1:
        return False
    if fields["kind"] == "count":
        whole = float(fields["value"]).is_integer()
        return whole and (abs(fields["value"]) < 10 or (amount.spelled and fields["value"] < 20))
    return fields["kind"] == "quantity" and fields["unit"] in lx.TIME_UNITS and amount.spelled and fields["value"] < 10


def _borrow_scale(atoms: list[Atom], end: int, fields: dict) -> dict:
    """'from 7 to 8 billion', '2 and 3 million', 'from 10 to 20 dollars', '45 and 50 mg': a bare
    number takes the scale and the unit of the number right after it."""
    if _low(atoms, end) not in ("to", "and", "or") or end + 1 >= len(atoms):
        return fields
    k = end + 1
    currency = _currency_prefix(atoms, k)
    k = currency[1] if currency else k
    if k >= len(atoms) or not (atoms[k].is_digits or atoms[k].low in lx.UNITS_WORDS or atoms[k].low in lx.TENS_WORDS):
        return fields
    second = _amount(atoms, k, money=bool(currency))
    if not second:
        return fields
    kind, unit, _ = _suffix(atoms, second.end)
    if currency:
        kind, unit = "money", currency[0]
    if second.scale == 1 or fields["value"] >= second.written * 10:
        if kind in ("money", "quantity", "percent") and second.scale == 1:
            return dict(fields, kind=kind, unit=unit)  # the unit alone
        return fields
    return dict(fields, value=fields["value"] * second.scale, scale=second.scale,
                resolution=fields["resolution"] * second.scale, kind=kind or "count", unit=unit)


def _range_tail(atoms: list[Atom], first: int, end: int, fields: dict):
    """'3 to 5 km', '3–5%', '$2-3 billion', 'between 3% and 5%' → (end, fields with value_high)."""
    sep = _at(atoms, end)
    if not sep:
        return None
    between = "between" in (_low(atoms, first - 1), _low(atoms, first - 2))
    if not (sep.low in ("-", "–", "—", "to") or (sep.low == "and" and between)):
        return None
    if sep.low == "to" and ({"from", "by"} & {_low(atoms, first - 1), _low(atoms, first - 2)}
                            or _direction(atoms, first, end, fields["kind"])[0]):
        return None  # "rose from $1.9bn to $2.4bn", "fell by $2bn to $14bn": two figures
    k = end + 1
    currency = _currency_prefix(atoms, k) if k < len(atoms) else None
    k = currency[1] if currency else k
    if k >= len(atoms) or (sep.low != "to" and sep.low != "and" and not atoms[k].is_digits):
        return None
    second = _amount(atoms, k, money=fields["kind"] == "money")
    if not second:
        return None
    kind, unit, stop = _suffix(atoms, second.end)
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


def with_text(figure: Figure, text: str) -> Figure:
    """A copy of a figure whose surface text is re-read from the document (offsets unchanged)."""
    return replace(figure, text=text[figure.start:figure.end])
