"""Read a number with its scale: digits or number words, then 'million', 'bn', 'k' and the like.

Where a number begins (after a sign word, a currency or a minus sign), then its value as written:
decimal commas ('34,50'), a spoken 'point', exponents ('1.3e6'), digit and vulgar fractions
('2 1/2', '2½'), 'and a half', and a scale word or abbreviation after it. Whether 'm' means
millions or metres is read from the words around it.
"""

from __future__ import annotations

from decimal import Decimal

from factlint.extract import lexicon as lx
from factlint.extract.measures import currency_prefix, suffix_at
from factlint.extract.numbers import (Amount, Atom, atom_at, digits_value, fraction_word, glued_at, hyphen_at, lower_at,
                              point_fraction, spelled_number, stands_alone, text_at, thousands_groups)

# scale words too small to set a spelled number's precision ("two hundred" is exact to the unit)
_SMALL_SCALES = {"hundred", "hundreds", "dozen", "dozens"}


def amount_at(atoms: list[Atom], i: int, money: bool, bare: bool = False) -> Amount | None:
    """A number at atoms[i] with its scale word: '3.2', '3.2bn', '3.2 million', 'three million',
    '2 1/2', '34,50' (a decimal comma), '1.3e6', 'five and a half million'."""
    number = _written_number(atoms, i, bare)
    if not number:
        return None
    value, resolution, end, spelled = number
    last_scale = lx.SCALE_WORDS.get(atoms[end - 1].low, 1.0) if spelled else 1.0
    half = _and_fraction(atoms, end)
    if half:  # "two and a half", "a million and a half"
        value, end = value + half[0] * last_scale, half[1]
    written, scale, digits_end = value, 1.0, end
    nxt = atom_at(atoms, end)
    if nxt and nxt.low in ("-", "‑") and nxt.glued and not spelled and glued_at(atoms, end + 1) \
            and lower_at(atoms, end + 1) in ("thousand", "million", "billion", "trillion"):
        end, nxt = end + 1, atoms[end + 1]  # "27-thousand", as a transcript writes it
    if nxt and nxt.low in lx.SCALE_WORDS and (not spelled or last_scale == 1.0 and half):
        scale, end = lx.SCALE_WORDS[nxt.low], end + 1
        if nxt.low in _ABBREVIATED_SCALES and text_at(atoms, end) == "." and glued_at(atoms, end):
            end += 1  # "1,8 Mrd. €", "12,5 Mio. Euro": the abbreviation's full stop, then the currency
        bigger = atom_at(atoms, end)
        if bigger and lx.SCALE_WORDS.get(bigger.low, 0) > scale:
            scale, end = scale * lx.SCALE_WORDS[bigger.low], end + 1  # "1.5 lakh crore", "5 thousand million"
    elif nxt and nxt.low == "mil" and lower_at(atoms, end + 1) in _MILLIONS_AFTER_MIL:
        scale, end = 1e9, end + 2  # Spanish and Portuguese '126 mil millones' (a thousand millions)
    elif nxt and nxt.text in lx.SCALE_ABBREVIATIONS and not spelled and _scale_abbreviation_applies(atoms, end, money):
        scale, end = lx.SCALE_ABBREVIATIONS[nxt.text], end + 1
    if scale != 1.0 and not half and (half := _and_fraction(atoms, end)):
        written, end = written + half[0], half[1]  # "3 million and a half"
    smallest = scale if scale != 1.0 else last_scale
    chained = _scale_chain(atoms, end, smallest) if smallest >= 100 and not half else None
    if chained:  # "11 million 732 thousand 921": one number, exact to its last part
        rest, rest_resolution, end = chained
        value = written * scale + rest
        return Amount(value, end, value, 1.0, rest_resolution, spelled, end)
    return Amount(written * scale, end, written, scale, resolution * scale, spelled, digits_end)


_MILLIONS_AFTER_MIL = {"millones", "milhões", "milhoes"}


def _scale_chain(atoms: list[Atom], j: int, scale: float) -> tuple[float, float, int] | None:
    """The parts after 'N million' that continue the number: '732 thousand 921', '3 hundred and 21'
    → (their sum, the place value of the last part, end index); each part is below the scale before it."""
    total, resolution, end = 0.0, None, j
    while end < len(atoms):
        k = end + 1 if lower_at(atoms, end) == "and" and scale <= 1000 else end
        atom = atom_at(atoms, k)
        if not atom or atom.glued or not atom.text.isdigit() or len(atom.text) > 3:
            break
        part = float(atom.text)
        nxt = lower_at(atoms, k + 1)
        step = lx.SCALE_WORDS.get(nxt) if nxt in lx.BARE_SCALE_WORDS or nxt == "mila" else None  # "58 milioni 990mila"
        if step and step < scale and part * step < scale:
            total, resolution, end, scale = total + part * step, step, k + 2, step
            continue
        if scale <= 1000 and part < scale and (k == end or part > 0) and nxt not in lx.SCALE_WORDS \
                and not (atom_at(atoms, k + 1) and atoms[k + 1].glued and atoms[k + 1].text in ",.%"):
            total, resolution, end = total + part, 1.0, k + 1
        break
    return (total, resolution, end) if resolution is not None else None


def _written_number(atoms: list[Atom], i: int, bare: bool) -> tuple[float, float, int, bool] | None:
    """The number at atoms[i] before any scale word: (value, resolution, end index, spelled)."""
    atom = atoms[i]
    if atom.is_digits:
        return _digits_number(atoms, i)
    if atom.low == "point":
        found = point_fraction(atoms, i + 1) or _point_digits(atoms, i + 1)
        if not found:
            return None
        value, end = found
        return value, 10.0 ** -(end - i - 1), end, True
    parsed = spelled_number(atoms, i, bare)
    if not parsed:
        return None
    value, end = parsed
    decimal = _hyphenated_point(atoms, end, value)
    if decimal:
        return *decimal, True
    return value, _spelled_resolution(atoms, i, end), end, True


def _hyphenated_point(atoms: list[Atom], j: int, whole: float | None) -> tuple[float, float, int] | None:
    """'4-point-five', 'one-point-zero-one', 'zero-point-98': a decimal read aloud and written with
    hyphens, after the whole part `whole` → (value, resolution, end index)."""
    if whole is None or not (hyphen_at(atoms, j) and lower_at(atoms, j + 1) == "point" and glued_at(atoms, j + 1)
                             and hyphen_at(atoms, j + 2)):
        return None
    digits, k = "", j + 3
    while k < len(atoms) and atoms[k].glued:
        atom = atoms[k]
        if atom.text.isdigit():
            digits += atom.text
        elif atom.low in lx.DIGIT_WORDS:
            digits += str(lx.DIGIT_WORDS[atom.low])
        else:
            break
        k += 1
        if not (hyphen_at(atoms, k) and glued_at(atoms, k + 1)
                and (atoms[k + 1].text.isdigit() or atoms[k + 1].low in lx.DIGIT_WORDS)):
            break
        k += 1
    if not digits:
        return None
    return whole + float("0." + digits), 10.0 ** -len(digits), k


def _digits_number(atoms: list[Atom], i: int) -> tuple[float, float, int, bool]:
    """Digits at atoms[i] with a decimal comma, a fraction or an exponent: (value, resolution, end, False)."""
    digits, end = thousands_groups(atoms, i)
    value, resolution = digits_value(digits)
    decimal = _decimal_comma(atoms, end, digits) or _spoken_point(atoms, end, digits) \
        or _hyphenated_point(atoms, end, float(digits.replace(",", "")) if digits.isdigit() else None)
    if decimal:
        value, resolution, end = decimal
    fraction = digit_fraction(atoms, end, mixed=True) or vulgar_fraction(atoms, end, glued=True) \
        or _hyphen_fraction(atoms, end, digits)
    if fraction:
        value, end = value + fraction[0], fraction[1]
    exponent = _exponent(atoms, end)
    if exponent and abs(exponent[0]) <= 60:  # Planck's 6.626e-34, the Sun's 1.989e30 kg; beyond, no figure a writer means
        value, resolution, end = _scaled(value, exponent[0]), _scaled(resolution, exponent[0]), exponent[1]
    return value, resolution, end, False


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
    if lower_at(atoms, j) != "and":
        return None
    if lower_at(atoms, j + 1) in ("a", "an", "one") and lower_at(atoms, j + 2) == "half":
        return 0.5, j + 3
    found = fraction_word(atoms, j + 1)
    if found and not lower_at(atoms, found[1]) in ("of",):
        return found
    return None


def _decimal_comma(atoms: list[Atom], j: int, digits: str) -> tuple[float, float, int] | None:
    """'34,50' or '9.990,00' as European prices write them: one or two digits after a comma
    cannot be thousands, so the comma is a decimal point → (value, resolution, end index)."""
    comma, tail, after = atom_at(atoms, j), atom_at(atoms, j + 1), atom_at(atoms, j + 2)
    if comma and tail and comma.text == "," and comma.glued and tail.glued and tail.text in ("-", "–") \
            and digits.isdigit():
        return float(digits), 1.0, j + 2  # "50,-": a whole price
    if not (comma and tail and comma.text == "," and comma.glued and tail.glued and tail.text.isdigit()
            and len(tail.text) == 2 and "," not in digits):
        return None
    if after and after.glued and (after.is_digits or after.text in (",", ".") and glued_at(atoms, j + 3)):
        return None  # "1,22,3" or "3,14.5": a list or a code, not a price
    whole = digits.replace(".", "") if len(digits.split(".")[-1]) == 3 else digits  # "9.990,00"
    if "." in whole:
        return None
    return float(whole + "." + tail.text), 10.0 ** -len(tail.text), j + 2


def _point_digits(atoms: list[Atom], k: int) -> tuple[float, int] | None:
    """'point 77' read aloud: the digits after 'point' are decimals → (fraction, end index)."""
    tail = atom_at(atoms, k)
    if tail and tail.text.isdigit() and not tail.glued:
        return float("0." + tail.text), k + 1
    return None


def _scaled(value: float, exponent: int) -> float:
    """value × 10^exponent without binary rounding ('6.6×10⁻¹¹' is 6.6e-11, not 6.599999e-11)."""
    return float(Decimal(repr(value)).scaleb(exponent))


def _spoken_point(atoms: list[Atom], j: int, digits: str) -> tuple[float, float, int] | None:
    """'1 point 1': digits read aloud with 'point' between the whole and the decimals."""
    tail = atom_at(atoms, j + 1)
    if lower_at(atoms, j) != "point" or not digits.isdigit() or not (tail and tail.text.isdigit() and not tail.glued):
        return None
    return float(digits + "." + tail.text), 10.0 ** -len(tail.text), j + 2


_SUPERSCRIPTS = {c: i for i, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")} | {"⁻": "-", "⁺": "+"}


def _exponent(atoms: list[Atom], j: int) -> tuple[int, int] | None:
    """Scientific notation after the digits: '1.3e6', '12.32e+14', '6.23x10^-4', '1.823x10^{10}',
    '1.823 × 10^10', '3 × 10¹⁰' → (exponent, end)."""
    atom = atom_at(atoms, j)
    if not atom:
        return None
    if atom.text in ("e", "E") and atom.glued:
        return _power(atoms, j + 1)
    if atom.text not in ("x", "×", "*") or not (atom_at(atoms, j + 1) and atoms[j + 1].text == "10"):
        return None
    if not atom.glued and not (atoms[j + 1].glued is False and glued_at(atoms, j + 2)):
        return None  # '3 x 10 rooms' is a count; a spaced '×' needs a glued '^' or superscript after 10
    if lower_at(atoms, j + 2) == "^" and glued_at(atoms, j + 2):
        braced = lower_at(atoms, j + 3) == "{" and glued_at(atoms, j + 3)
        found = _power(atoms, j + 3 + braced)
        if found and braced:
            return (found[0], found[1] + 1) if lower_at(atoms, found[1]) == "}" else None
        return found
    return _superscript_power(atoms, j + 2)


def _power(atoms: list[Atom], k: int) -> tuple[int, int] | None:
    """The signed power at atoms[k] ('-4', '+14', '10'), glued to what precedes it."""
    sign = 1
    if lower_at(atoms, k) in ("+", "-", "−") and glued_at(atoms, k):
        sign, k = (-1 if lower_at(atoms, k) != "+" else 1), k + 1
    power = atom_at(atoms, k)
    if not (power and power.glued and power.text.isdigit() and len(power.text) <= 3):
        return None
    return sign * int(power.text), k + 1


def _superscript_power(atoms: list[Atom], k: int) -> tuple[int, int] | None:
    """'¹⁰' or '⁻⁴' glued after a 10."""
    text, end = "", k
    while (atom := atom_at(atoms, end)) and atom.glued and all(c in _SUPERSCRIPTS for c in atom.text) \
            and len(text) < 4:
        text += "".join(str(_SUPERSCRIPTS[c]) for c in atom.text)  # '¹¹' is one atom, '⁻' another
        end += 1
    digits = text.lstrip("+-")
    if not digits.isdigit():
        return None
    return (-1 if text.startswith("-") else 1) * int(digits), end


def _hyphen_fraction(atoms: list[Atom], j: int, digits: str) -> tuple[float, int] | None:
    """'4-1/4', '5-1/2': a whole number and a fraction joined by a hyphen, as the Fed writes rates."""
    if not (digits.isdigit() and hyphen_at(atoms, j) and glued_at(atoms, j + 1)):
        return None
    found = digit_fraction(atoms, j + 1, mixed=False)
    return found if found and found[0] < 1 else None


def vulgar_fraction(atoms: list[Atom], j: int, glued: bool) -> tuple[float, int] | None:
    """'½', '¾' (glued to digits when `glued`, as in '2½') → (fraction, end index)."""
    atom = atom_at(atoms, j)
    if not atom or atom.text not in lx.VULGAR_FRACTIONS or (glued and not atom.glued):
        return None
    return lx.VULGAR_FRACTIONS[atom.text], j + 1


def digit_fraction(atoms: list[Atom], j: int, mixed: bool) -> tuple[float, int] | None:
    """'1/3' (or the '1/2' of '2 1/2' when mixed): a small digit fraction."""
    a, slash, b, after = atom_at(atoms, j), atom_at(atoms, j + 1), atom_at(atoms, j + 2), atom_at(atoms, j + 3)
    if not (a and slash and b) or (mixed and a.glued):
        return None
    if a.text.isdigit() and slash.text == "/" and slash.glued and b.glued and b.text.isdigit() \
            and 0 < float(a.text) < float(b.text) and (float(b.text) <= 16 or b.text == "100") \
            and not (after and after.glued and after.text == "/"):
        return float(a.text) / float(b.text), j + 3
    return None


_ABBREVIATED_SCALES = {"mrd", "mio", "mld", "mln", "tsd", "tys", "mlrd"}


def _scale_abbreviation_applies(atoms: list[Atom], j: int, money: bool) -> bool:
    """Decide whether 'm', 'bn', 'k' after a number scales it (and is not a unit such as metres)."""
    atom, after = atoms[j], atom_at(atoms, j + 1)
    if after and after.glued and after.text.isalnum():
        return False  # "5mm", "3ms": part of a longer word
    if atom.text not in lx.AMBIGUOUS_ABBREVIATIONS:
        return True
    if money:
        return True
    if atom.text == "MM":
        return not _length_context(atoms, j)  # "4.5 MM USD", "12 MM barrels": capitals write millions
    if not atom.glued:
        # "3.1 m barrels", "2.4 m tonnes": a spaced 'm' before a unit spelled out counts millions of it
        return atom.text == "m" and bool(after) and after.low in lx.UNITS and len(after.text) > 3 \
            and not _length_context(atoms, j)
    if atom.text in ("k", "K"):
        return True
    if atom.text in ("M", "MM", "B", "b") and (after is None or not after.text.isalnum()):
        return True  # "3M", "1.2B." alone: capitals do not write metres or bytes
    if atom.text in ("m", "M"):
        # "2.5m books" is millions, "366m long" is metres
        if after and after.text.isalpha() and after.low not in ("and", "or", "to"):
            # "2.4m tonnes" is millions of a unit spelled out; "5m s" metres (a unit symbol follows)
            symbol = after.low in lx.UNITS and len(after.text) <= 3
            return not _length_context(atoms, j) and not symbol and after.low not in (
                "long", "high", "deep", "wide", "tall", "away", "above", "below", "from", "in", "of", "race",
                "per", "a")
        return _millions_without_length(atoms, j)
    return False


def _length_context(atoms: list[Atom], j: int) -> bool:
    """A race name ('won the 100m.') or a sentence about lengths (a tower, a depth, a sprint)."""
    after = atom_at(atoms, j + 1)
    race = (lower_at(atoms, j - 2) == "the" and atoms[j - 1].text.isdigit() or atoms[j - 1].text in lx.RACE_DISTANCES) \
        and not (after and after.text.isalpha())
    return race or any(a.low in lx.LENGTH_CUES for a in atoms)


def _millions_without_length(atoms: list[Atom], j: int) -> bool:
    """'users climbed to 675m.' is millions; '300m' in a sentence about a tower, a race or a depth,
    or 'the 100m' (a race), is metres."""
    if _length_context(atoms, j):
        return False
    after = atom_at(atoms, j + 1)
    if after is None or after.text in (".", ",", ";", ")", "[", "and", "or", "to"):
        return True
    # 'Customers 183.7m 200.2m +9% | … Revenue €13.44bn': a table's cell before the next cell, among money
    # written in scales ('| Burj Khalifa | 828m | 163 |' is metres)
    return (after.text in ("|", "+", "-", "−") or after.is_digits) and any(
        a.text in ("bn", "mn") or a.text in lx.CURRENCY_SYMBOLS for a in atoms)


# ------------------------------------------------------------------ where a number begins


def number_start(atoms: list[Atom], i: int) -> tuple[tuple[str, int] | None, int, bool] | None:
    """Where a number begins after a sign word, a currency or a minus sign:
    (currency, index of the number, negative), or None when no number can start at atoms[i]."""
    j, negative = i, False
    if lower_at(atoms, j) in lx.NEGATIVE_WORDS and lower_at(atoms, j - 1) not in ("or", "plus") \
            and atom_at(atoms, j + 1) and _may_start_number(atoms, j + 1, signed=True):
        negative, j = True, j + 1  # "minus 5", "negative one"; "plus or minus 2%" is a margin
    currency = currency_prefix(atoms, j)
    j = currency[1] if currency else j
    if lower_at(atoms, j) in ("-", "−") and glued_at(atoms, j + 1) and atoms[j + 1].is_digits \
            and not (glued_at(atoms, j) and atoms[j - 1].text.isalnum()):
        negative, j = True, j + 1
    elif lower_at(atoms, j) == "–" and glued_at(atoms, j + 1) and atoms[j + 1].is_digits and j > 0 \
            and not glued_at(atoms, j) and atoms[j - 1].text not in ("–", "-", "to"):
        negative, j = True, j + 1  # a table's en-dash minus, 'Germany –0.3 0.0 0.8'; '2–3' is a range
    if not _may_start_number(atoms, j, signed=False):
        return None
    return currency, j, negative


def _may_start_number(atoms: list[Atom], j: int, signed: bool) -> bool:
    """Whether atoms[j] can open a number: digits, a number word, an article, 'point', a bare scale."""
    atom = atom_at(atoms, j)
    if atom is None:
        return False
    if signed and (currency_prefix(atoms, j) or atom.text in ("-", "−")):
        return True
    return atom.is_digits or atom.low in lx.UNITS_WORDS or atom.low in lx.TENS_WORDS \
        or atom.low in ("a", "an") or bare_scale_ok(atoms, j) \
        or (atom.low == "point" and _leading_point_ok(atoms, j))


def _leading_point_ok(atoms: list[Atom], j: int) -> bool:
    """'point five' with no whole part: only where no word before could make 'point' a noun."""
    before = atom_at(atoms, j - 1)
    return before is None or before.low in lx.NEGATIVE_WORDS or not before.text.isalnum()


_NOT_BEFORE_BARE_SCALE = {"the", "a", "an", "this", "that", "per", "one", "each", "every", "its", "their", "his",
                          "her", "our", "my", "your", "of", "several", "few", "many", "some", "couple", "these",
                          "those"}


def bare_scale_ok(atoms: list[Atom], j: int) -> bool:
    """A scale word with no number before it ('hundred and twelve', 'thousand liters', 'million'
    alone) starts a number only where the words after it show that a number is meant."""
    atom, before = atoms[j], atom_at(atoms, j - 1)
    if atom.low not in lx.BARE_SCALE_WORDS or (j > 0 and atom.text[0].isupper()):
        return False
    if before and (before.is_digits or before.low in _NOT_BEFORE_BARE_SCALE or before.low in lx.UNITS_WORDS
                   or before.low in lx.TENS_WORDS or before.low in lx.SCALE_WORDS):
        return False
    nxt, nxt2 = lower_at(atoms, j + 1), lower_at(atoms, j + 2)
    if nxt in lx.UNITS_WORDS or nxt in lx.TENS_WORDS or nxt in lx.SCALE_WORDS \
            or (nxt == "and" and (nxt2 in lx.UNITS_WORDS or nxt2 in lx.TENS_WORDS)):
        return True
    if suffix_at(atoms, j + 1)[0] in ("money", "quantity", "percent"):
        return True
    return stands_alone(atoms, j, j + 1)


def article_unit(atoms: list[Atom], j: int) -> Amount | None:
    """'a dollar', 'a liter', 'an ml': the article counts one of a money or measure unit."""
    unit_word, before = atom_at(atoms, j + 1), atom_at(atoms, j - 1)
    if lower_at(atoms, j) not in ("a", "an") or not unit_word or unit_word.low not in lx.ARTICLE_UNITS \
            or hyphen_at(atoms, j + 2):
        return None  # "a dollar-denominated bond" is not a figure
    if before and (before.is_digits or before.text in lx.SCALE_ABBREVIATIONS or before.low in lx.SCALE_WORDS
                   or before.low in lx.UNITS or before.low in lx.CURRENCY_NAMES or before.text == "%"):
        return None  # "$85 a barrel", "20 cents a litre": a rate, not a second figure
    return Amount(1.0, j + 1, 1.0, 1.0, 1.0, True, j + 1)
