"""What a number measures: a currency before or after it, a unit, a percentage, a ratio.

Reads the words around a number for its kind (money, percent, quantity, ratio, count) and its
unit: currency symbols, codes and names ('US$', 'EUR', 'Kuwaiti dinars'), sub-units and
million-prefixed codes ('ten cents', '30 MUSD'), pounds as money or weight, units of measure
('km/h', '°C', inch marks) and percentage or basis points.
"""

from __future__ import annotations

import re

from factlint.extract import lexicon as lx
from factlint.extract.numbers import Amount, Atom, atom_at, glued_at, hyphen_at, lower_at, text_at

_SINGLE_LETTER_UNITS = {"m", "g", "t", "l", "L", "W", "s", "h", "K"}
# letters glued to a number that name a temperature scale ("30C", "-4F")
_TEMPERATURE_LETTERS = {"C": "°C", "F": "°F"}
# letters spaced from a "$" that still name the dollar, as newswire tokenisers write them
SPACED_DOLLAR_PREFIXES = {"c": "CAD", "us": "USD", "hk": "HKD", "nz": "NZD"}
# currency codes that, glued to a number, name something else: "COP28" (climate summits)
_NOT_GLUED_PREFIXES = {"COP"}
# currencies whose amounts have no decimals, so "Rp 31.500" groups thousands with a dot
_DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_WHOLE_CURRENCIES = {"IDR", "VND", "KRW", "JPY", "CLP", "PYG", "UGX", "ISK", "LAK", "IRR"}
_PRESSURE_CUES = {"pressure", "hurricane", "hurricanes", "storm", "typhoon", "cyclone", "barometric", "millibars",
                  "hpa", "landfall", "category"}
_SINGULAR_SCALE_NAMES = {"thousand", "million", "billion", "trillion"}


def currency_prefix(atoms: list[Atom], i: int) -> tuple[str, int] | None:
    """A currency before a number: '$', 'US$', 'HK$', 'USD', 'Rs.' → (ISO code, index after it)."""
    atom, nxt = atoms[i], atom_at(atoms, i + 1)
    if nxt and nxt.text == "$" and nxt.glued and atom.text + "$" in lx.CURRENCY_SYMBOLS:
        return lx.CURRENCY_SYMBOLS[atom.text + "$"], i + 2
    if nxt and nxt.text == "$" and nxt.glued and atom.text.upper() in lx.CURRENCY_CODES:
        return atom.text.upper(), i + 2  # "NZD$15"
    if atom.text.endswith("$") and atom.text[:-1].upper() in lx.CURRENCY_CODES:
        return atom.text[:-1].upper(), i + 1  # "usd$ 15", kept whole by the tokeniser
    if nxt and nxt.text == "$" and nxt.start == atom.end + 1 and atom.low in SPACED_DOLLAR_PREFIXES:
        return SPACED_DOLLAR_PREFIXES[atom.low], i + 2  # tokenised newswire: "c $ 16.4 million"
    if nxt and nxt.glued and atom.text in _NOT_GLUED_PREFIXES:
        return None  # "COP28" is a summit, not Colombian pesos
    if atom.text in lx.CURRENCY_SYMBOLS and atom.text not in ("R", "kr", "Fr.", "CHF"):
        if atom.text == "Rs" and nxt and nxt.text == "." and nxt.glued:
            return "INR", i + 2
        return lx.CURRENCY_SYMBOLS[atom.text], i + 1
    if atom.text in lx.CURRENCY_CODES:
        return _iso_code(atom.text), i + 1
    return None


def _iso_code(code: str) -> str:
    """The ISO code for a currency code as written: 'RMB' is the renminbi, CNY."""
    return "CNY" if code == "RMB" else code


def _million_code(text: str) -> bool:
    """A currency code with a million prefix: the 'MUSD' of '30 MUSD'."""
    return len(text) == 4 and text[0] == "M" and text[1:] in lx.CURRENCY_CODES


def dot_groups_thousands(atoms: list[Atom], j: int, amount: Amount, kind: str | None, unit: str | None) -> bool:
    """'Rp 31.500': rupiah and won have no decimals, so a dot in their amounts groups thousands."""
    return bool(kind == "money" and unit in _WHOLE_CURRENCIES and _DOT_THOUSANDS.fullmatch(atoms[j].text)
                and amount.digits_end == j + 1)


def what_is_measured(atoms: list[Atom], amount: Amount, currency) -> tuple[str | None, str | None, int, float]:
    """(kind, unit, end, factor) of the words after a number; factor converts sub-units
    ('ten cents' is 0.1 USD) and million-prefixed codes ('30 MUSD'). kind None drops the number."""
    if currency:
        kind, unit, end = suffix_at(atoms, amount.end)
        if kind not in (None, "money"):
            return None, None, end, 1.0
        return "money", currency[0], end, 1.0
    per_dollar = _cents_on_the_dollar(atoms, amount.end)
    if per_dollar:
        return "percent", "%", per_dollar, 1.0
    if lower_at(atoms, amount.end) in ("cents", "pence") and any(
            _cents_on_the_dollar(atoms, k) for k in range(amount.end)):
        return "percent", "%", amount.end + 1, 1.0  # "82.7 cents for every dollar, down from 84 cents"
    scaled = _scaled_currency(atoms, amount.end)
    if scaled:
        return "money", scaled[0], scaled[2], scaled[1]
    kind, unit, end = suffix_at(atoms, amount.end)
    after = past_interval(atoms, amount.end) or past_margin(atoms, amount.end) if kind is None else None
    if after is not None:
        # "1.3 [0.6 to 2.1] mm yr–1": the unit after the interval is the number's too; the interval is read next
        kind, unit, _ = suffix_at(atoms, after)
    linked = _linked_currency(atoms, amount) if kind is None else None
    if linked:
        return "money", linked[0], linked[1], 1.0
    if kind == "money" and amount.scale == 1 and lower_at(atoms, end) in _SINGULAR_SCALE_NAMES:
        return kind, unit, end + 1, lx.SCALE_WORDS[lower_at(atoms, end)]  # "75 USD million"
    return kind or "count", unit, end, 1.0


_CLOSING = {"[": "]", "(": ")"}
_RANGE_SIGNS = {"to", "-", "–", "—"}


def past_interval(atoms: list[Atom], j: int) -> int | None:
    """The index after an uncertainty interval that opens at `j`, right after a number: the '[0.6 to
    2.1]' of '1.3 [0.6 to 2.1] mm', the '(0.95–1.20)' of '1.09 (0.95–1.20) °C'; None when there is none."""
    close = _CLOSING.get(text_at(atoms, j))
    k = _past_signed_number(atoms, j + 1) if close else None
    if k is None or lower_at(atoms, k) not in _RANGE_SIGNS:
        return None
    k = _past_signed_number(atoms, k + 1)
    return k + 1 if k is not None and text_at(atoms, k) == close else None


def past_margin(atoms: list[Atom], j: int) -> int | None:
    """The index after a margin of error that opens at `j`, right after a number: the '± 0.12' of
    '1.45 ± 0.12 °C'; None when there is none."""
    if text_at(atoms, j) != "±":
        return None
    return _past_signed_number(atoms, j + 1)


def _past_signed_number(atoms: list[Atom], k: int) -> int | None:
    if text_at(atoms, k) in ("-", "−", "+") and glued_at(atoms, k + 1):
        k += 1
    atom = atom_at(atoms, k)
    return k + 1 if atom and atom.is_digits else None


def _linked_currency(atoms: list[Atom], amount: Amount) -> tuple[str, int] | None:
    """'108.662 millones de euros', '5 millions d'euros', '3 miliardi di euro': a currency linked to a
    scale word by 'de', 'di' or 'd'' → (currency, end index)."""
    if amount.scale == 1:
        return None
    k = amount.end
    if lower_at(atoms, k) in ("de", "di", "do", "da"):
        k += 1
    elif lower_at(atoms, k) == "d" and text_at(atoms, k + 1) in ("'", "’"):
        k += 2
    elif lower_at(atoms, k)[:2] in ("d'", "d’") and lx.CURRENCY_NAMES.get(lower_at(atoms, k)[2:]):
        return lx.CURRENCY_NAMES[lower_at(atoms, k)[2:]], k + 1  # one token: "d'euros"
    else:
        return None
    kind, unit, end = suffix_at(atoms, k)
    return (unit, end) if kind == "money" else None


_PER_DOLLAR = (("for", "every"), ("on", "the"), ("to", "the"), ("per",), ("for", "each"), ("of", "every"))


def _cents_on_the_dollar(atoms: list[Atom], j: int) -> int | None:
    """'82.7 cents for every dollar' is a ratio of 82.7%: the end index, or None."""
    if lower_at(atoms, j) not in ("cents", "cent", "pence", "p"):
        return None
    for words in _PER_DOLLAR:
        k = j + 1 + len(words)
        if all(lower_at(atoms, j + 1 + n) == w for n, w in enumerate(words)) \
                and lower_at(atoms, k) in ("dollar", "pound", "euro", "$1", "£1"):
            return k + 1
    return None


def _scaled_currency(atoms: list[Atom], j: int) -> tuple[str | None, float, int] | None:
    """Coins and sub-units ('ten cents', '10¢', '470 pence') and million-prefixed codes ('30 MUSD'):
    (currency, factor, end index)."""
    atom = atom_at(atoms, j)
    if not atom:
        return None
    if atom.low in lx.CURRENCY_SUBUNITS and not hyphen_at(atoms, j + 1):
        code, factor = lx.CURRENCY_SUBUNITS[atom.low]
        if code == "USD" and any(a.low in lx.EURO_WORDS for a in atoms):
            code = "EUR"  # euro cents
        return code, factor, j + 1
    if _million_code(atom.text):
        return atom.text[1:], 1e6, j + 1
    return None


def suffix_at(atoms: list[Atom], j: int) -> tuple[str | None, str | None, int]:
    """What follows a number: (kind, unit, end) for %, percentage points, currency names, units, 'x'."""
    if not atom_at(atoms, j):
        return None, None, j
    found = _percent_after(atoms, j) or _money_after(atoms, j) or _ratio_after(atoms, j) or _rate_after(atoms, j)
    if found:
        return found
    if hyphen_at(atoms, j) and glued_at(atoms, j + 1):
        unit, end = _unit(atoms, j + 1)  # "a 2-year delay", "a 10-km run"
        if unit:
            return "quantity", unit, end
    unit, end = _unit(atoms, j)
    if unit:
        rate = _time_rate(atoms, end) if unit not in lx.TIME_UNITS and "/" not in unit else None
        per = _inverse_unit(atoms, j, end) if "/" not in unit else None
        if per:
            return "quantity", per[0], per[1]
        if rate:
            return "quantity", f"{unit}/{rate[0]}", rate[1]  # "471,000 barrels a day" is bbl/day
        return "quantity", unit, end
    return None, None, j


_RATE_WORDS = {"day": "day", "week": "week", "month": "month", "year": "year", "hour": "hour", "annum": "year"}
_RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year"}


def _time_rate(atoms: list[Atom], j: int) -> tuple[str, int] | None:
    """'per day', 'a week', 'an hour', 'per annum', 'daily' after a unit → (period, end index)."""
    word, nxt = lower_at(atoms, j), lower_at(atoms, j + 1)
    if word in ("per", "a", "an", "each", "every", "/") and nxt in _RATE_WORDS:
        return _RATE_WORDS[nxt], j + 2
    if word in _RATE_ADVERBS:
        return _RATE_ADVERBS[word], j + 1
    return None


_INVERSE_TIME = {"s": "s", "h": "hour", "d": "day", "yr": "year", "y": "year", "a": "year"}


def _inverse_unit(atoms: list[Atom], first: int, end: int) -> tuple[str, int] | None:
    """SI notation for 'per': 'm s-1', 'm s^-1', 'mm yr⁻¹', 'mm yr–1', 'km h−1' → ('m/s', end); '3 m s' is not."""
    atom = atom_at(atoms, end)
    if not atom or atom.glued or atom.text not in _INVERSE_TIME:
        return None
    k = end + 1
    if lower_at(atoms, k) == "^" and glued_at(atoms, k):
        k += 1
    if glued_at(atoms, k) and lower_at(atoms, k) in ("-", "−", "–", "⁻") and glued_at(atoms, k + 1) \
            and lower_at(atoms, k + 1) in ("1", "¹"):
        stop = k + 2
    else:
        return None
    named = "".join(a.text for a in atoms[first:end])
    per = _INVERSE_TIME[atom.text]
    unit = lx.UNITS.get(f"{named}/{atom.text}".lower()) or lx.UNITS.get(f"{named}/{per}".lower()) \
        or f"{_unit(atoms, first)[0]}/{per}"
    return unit, stop


_PER_SCALES = {"thousand": 1_000, "hundred": 100, "million": 1_000_000, "100,000": 100_000, "1,000": 1_000,
               "100": 100, "1000": 1_000, "10,000": 10_000, "100000": 100_000, "1,000,000": 1_000_000}


def _rate_after(atoms: list[Atom], j: int) -> tuple[str, str, int] | None:
    """'6.77 per 1,000 people', 'per thousand', 'per 100,000': a rate, its base part of the unit."""
    if atoms[j].low != "per":
        return None
    base = lower_at(atoms, j + 1)
    if base in _PER_SCALES:
        return "quantity", f"per {_PER_SCALES[base]:,}", j + 2
    return None


# "the 30.1 million won by López Obrador": the verb, not the currency
_AFTER_THE_VERB_WON = {"by", "against"}


def _percent_after(atoms: list[Atom], j: int) -> tuple[str, str, int] | None:
    """'%', 'per cent', 'percentage points', 'bps', 'points' at atoms[j] → (kind, unit, end)."""
    word, nxt = atoms[j].low, lower_at(atoms, j + 1)
    if word == "%":
        if not atoms[j].glued and lx.YEAR.fullmatch(text_at(atoms, j - 1)) and nxt in ("of", "change", "share"):
            return None  # "Census 2022 % of total (2022)": a header's year, then the next column's title
        return "percent", "%", j + 1
    if word == "-" and atoms[j].glued and glued_at(atoms, j + 1):  # "a 3.04-point rise", "a 0.25-percentage-point cut"
        if nxt in ("point", "points"):
            return "quantity", "points", j + 2
        if nxt == "percentage" and text_at(atoms, j + 2) == "-" and lower_at(atoms, j + 3) in ("point", "points"):
            return "percent", "pp", j + 4
    if word in ("per", "per-") and nxt == "cent":
        return "percent", "%", j + 2
    if word == "percentage" and nxt in ("point", "points"):
        return "percent", "pp", j + 2
    if word in ("percent", "percents", "pct", "percentage") or word in lx.FOREIGN_PERCENT_WORDS:
        return "percent", "%", j + 1
    if (word, nxt) in lx.FOREIGN_PERCENT_PAIRS:
        return "percent", "%", j + 2
    if word in ("pp", "ppt", "ppts"):
        return "percent", "pp", j + 1
    if word in lx.FOREIGN_POINT_WORDS and (nxt.startswith(("porcentua", "percentua", "bod", "punkt"))
                                           or word.startswith(("prozent", "procent", "százalék"))):
        return "percent", "pp", j + (1 if word.startswith(("prozent", "procent", "százalék")) else 2)
    if word in ("pkt", "punkty", "punktu", "punktów") and nxt.startswith("proc"):  # Polish 'pkt proc.'
        return "percent", "pp", j + 2
    if word in lx.FOREIGN_BASIS_POINT_WORDS or f"{word} {nxt}" in lx.FOREIGN_BASIS_POINT_WORDS:
        return "percent", "bp", j + (1 if word in lx.FOREIGN_BASIS_POINT_WORDS else 2)
    if word == "basis" and nxt in ("point", "points"):
        return "percent", "bp", j + 2
    if word in ("bps", "bp"):
        return "percent", "bp", j + 1
    if word in ("points", "pts") or word in lx.FOREIGN_POINT_WORDS and not word.startswith(("prozent", "procent")):
        return "quantity", "points", j + 1  # "down 9.3 points", "baja 1,11 puntos": index or percentage points
    return None


def _money_after(atoms: list[Atom], j: int) -> tuple[str, str, int] | None:
    """A currency after a number ('Canadian dollars', 'euros', 'USD', 'US$', '€') or pounds of weight."""
    atom = atoms[j]
    word, nxt, nxt2 = atom.low, lower_at(atoms, j + 1), lower_at(atoms, j + 2)
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
    if word == "euro" and nxt in ("area", "zone"):
        return None  # "United States 2.8 2.2 Euro area 0.8": a region starts the next row
    if word == "won" and j and atoms[j - 1].low in lx.SCALE_WORDS and nxt not in _AFTER_THE_VERB_WON:
        return "money", "KRW", j + 1  # "258.94 trillion won": after a scale word, the currency, not the verb
    if word in lx.CURRENCY_NAMES and word not in ("pound", "pounds", "won", "real", "franc"):
        return "money", lx.CURRENCY_NAMES[word], j + 1
    if atom.text in lx.CURRENCY_CODES:
        return "money", _iso_code(atom.text), j + 1
    if atom.text + text_at(atoms, j + 1) in lx.CURRENCY_SYMBOLS and glued_at(atoms, j + 1) \
            and text_at(atoms, j + 1) == "$":
        return "money", lx.CURRENCY_SYMBOLS[atom.text + "$"], j + 2  # "3.14US$"
    opens_next = atom.text in lx.CURRENCY_SYMBOLS and atom_at(atoms, j + 1) and atoms[j + 1].is_digits \
        and (atoms[j + 1].glued or atom.text == "$")
    if atom.text in lx.CURRENCY_AFTER and not opens_next:
        return "money", lx.CURRENCY_AFTER[atom.text], j + 1  # "20 €", "80 Kč"; "£715,000 £600,000": "£" opens the next
    return None


def _ratio_after(atoms: list[Atom], j: int) -> tuple[str, None, int] | None:
    """'x' or 'times' after a number, where 'times' makes a multiple, not a count → (kind, unit, end)."""
    word, nxt = atoms[j].low, lower_at(atoms, j + 1)
    if word in ("x", "×"):
        return "ratio", None, j + 1
    if word == "times" and (nxt.endswith("er") or nxt in ("as", "more", "less", "the", "that", "what", "its",
                                                           "their", "his", "her", "bigger", "larger")
                            or "." in text_at(atoms, j - 1) or lower_at(atoms, j - 2) in lx.UP_WORDS | lx.DOWN_WORDS):
        return "ratio", None, j + 1  # "eight times faster", "grow 2.5 times"; "flew 72 times" is a count
    return None


def _country_currency(atoms: list[Atom], j: int) -> tuple[str, int] | None:
    """'Kuwaiti dinars', 'Lebanese pounds', 'South African rand' → (ISO code, end index)."""
    for first in (j, j + 1):
        if first == j + 1 and lower_at(atoms, j) not in ("south", "sri", "new", "east", "north", "west", "saudi"):
            break
        name = lower_at(atoms, first + 1)
        code = lx.CURRENCY_COUNTRY_NAMES.get((lower_at(atoms, first), lx.CURRENCY_PLURALS.get(name, name)))
        if code:
            return code, first + 2
    return None


def _pounds_are_money(atoms: list[Atom], j: int) -> bool:
    """'pounds' after a number: sterling or weight, read from the sentence ('spent', '£', 'weighs', 'of')."""
    if lower_at(atoms, j + 1) == "of":
        return False  # "two pounds of meat"
    if lower_at(atoms, j - 1) in lx.SCALE_WORDS or text_at(atoms, j - 1) in ("m", "bn"):
        return True  # "20 million pounds": weights in millions come with "of"
    words = {a.low for a in atoms}
    if words & lx.POUND_WEIGHT_CUES:
        return False
    return bool(words & lx.POUND_MONEY_CUES)


def _unit(atoms: list[Atom], j: int) -> tuple[str | None, int]:
    """A unit after a number, longest spelling first: 'square kilometres', 'km/h', '°C', 'tonnes'."""
    for length in (4, 3, 2):
        words = [atom_at(atoms, j + k) for k in range(length)]
        if not all(words):
            continue
        glued = all(w.glued for w in words[1:])
        spaced = all(w.text.isalpha() and not w.glued for w in words[1:])
        key = "".join(w.low for w in words) if glued else " ".join(w.low for w in words) if spaced else None
        if key in lx.UNITS:
            return lx.UNITS[key], j + length
    atom = atoms[j]
    if atom.text == "mb" and any(a.low in _PRESSURE_CUES for a in atoms):
        return "hPa", j + 1  # "a central pressure of 897 mb": millibars, not megabytes
    if atom.text in lx.UNITS_CASED:
        return lx.UNITS_CASED[atom.text], j + 1
    if atom.text in _TEMPERATURE_LETTERS and atom.glued:
        return _TEMPERATURE_LETTERS[atom.text], j + 1  # "30C", "-4F"
    if atom.text in ('"', "''", "″", "”") and _inch_mark(atoms, j):
        return "in", j + 1
    if atom.low == "in" and not atom.glued:
        return ("in", j + 1) if _inch_word(atoms, j) else (None, j)
    if atom.low == "in" and lower_at(atoms, j + 1) == "-":
        return None, j  # odds: 'a 1-in-2,700 chance', 'one-in-a-million'

    if atom.low not in lx.UNITS:
        return None, j
    if len(atom.text) == 1 and atom.text.isalpha() and atom.text not in _SINGLE_LETTER_UNITS:
        return None, j  # "5G", "4D": names, not grams or days
    return lx.UNITS[atom.low], j + 1


def _inch_word(atoms: list[Atom], j: int) -> bool:
    """'in' after a number means inches only where it ends the sentence or a size word follows
    ('2 in thick'); '5 in 10' and '3 in March' keep 'in' a preposition."""
    after = atom_at(atoms, j + 1)
    return after is not None and ((after.text == "." and j + 2 == len(atoms)) or after.low in lx.DIMENSION_WORDS)


def _inch_mark(atoms: list[Atom], j: int) -> bool:
    """A double quote glued to a number ('9"') is an inch mark unless it closes a quotation."""
    quotes = sum(1 for a in atoms[:j] if a.text in ('"', "''", "“", "”"))
    after = atom_at(atoms, j + 1)
    if after and after.low in lx.DIMENSION_WORDS:
        return True
    first = j - 1
    while first > 0 and (atoms[first - 1].is_digits or atoms[first - 1].text in ".,"):
        first -= 1  # back to the start of the number
    opened = first > 0 and atoms[first - 1].text in ('"', "“")  # '"608 000"' is a quoted number
    return atoms[j].glued and quotes % 2 == 0 and not opened


def known_suffix(atom: Atom) -> bool:
    """Letters that may touch a number without making it a name: units, scales, currencies."""
    if atom.text in lx.CURRENCY_AFTER or atom.text in lx.CURRENCY_CODES or atom.low in lx.CURRENCY_NAMES \
            or _million_code(atom.text):
        return True  # "20€", "115USD", "42RM", "30MUSD"
    if len(atom.text) == 1:
        return atom.text in _SINGLE_LETTER_UNITS or atom.text in lx.SCALE_ABBREVIATIONS or atom.text == "x" \
            or atom.text in _TEMPERATURE_LETTERS
    return atom.low in lx.UNITS or atom.text in lx.UNITS_CASED or atom.text in lx.SCALE_ABBREVIATIONS \
        or atom.low in ("x", "bn", "mn", "tn", "pc", "pct", "pp", "ppt", "mila")  # Italian "379mila"
