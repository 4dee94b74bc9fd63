"""Read numbers as written: digits with separators, number words, scale words, fractions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factlint.extract.lexicon import (BARE_SCALE_WORDS, CURRENCY_AFTER, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS,
                              DIGIT_WORDS, FRACTION_WORDS, SCALE_WORDS, SINGULAR_SCALES, TENS_WORDS, UNITS_WORDS)

# digits as written: Indian grouping (12,34,567), comma grouping (1,234,567.8), two or more dot groups
# (1.144.000, European), plain digits and a bare decimal (.75); each alternative is linear (no nesting)
_NUMBER = (r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"
           r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
           r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.])"
           r"|\d+(?:\.\d+)?|\.\d+")
_PIECE = re.compile(_NUMBER + r"|[^\W\d_]+|\S")
_FINAL_ABBREVIATION = re.compile(r"[A-Za-z]{1,3}\.")
_DIGITS = re.compile(_NUMBER)


@dataclass(frozen=True, slots=True)
class Atom:
    """A piece of a token: a digit run, a letter run or one symbol, with its offsets."""

    text: str
    start: int
    end: int
    glued: bool  # touches the atom before it (no white space between)
    apart: bool = False  # digits a space sets apart from digits before, in a text that groups thousands otherwise
    low: str = field(init=False)         # the text in lower case
    is_digits: bool = field(init=False)  # a number written in digits ('3.2', '1,234', '.75')

    def __post_init__(self) -> None:
        # computed once: the extractor asks for these about a million times on a long article
        object.__setattr__(self, "low", self.text.lower())
        # every way of writing digits starts with a digit or a point: a word needs no regex
        first = self.text[:1]
        object.__setattr__(self, "is_digits", (first == "." or first.isdigit()) and bool(_DIGITS.fullmatch(self.text)))


def atom_at(atoms: list[Atom], i: int) -> Atom | None:
    """The atom at index i, or None when i is outside the list."""
    return atoms[i] if 0 <= i < len(atoms) else None


def lower_at(atoms: list[Atom], i: int) -> str:
    """The lower-cased text of the atom at index i, or "" when there is none."""
    return atoms[i].low if 0 <= i < len(atoms) else ""  # atom_at inlined: the readers ask about a million times


def text_at(atoms: list[Atom], i: int) -> str:
    """The text of the atom at index i, or "" when there is none."""
    return atoms[i].text if 0 <= i < len(atoms) else ""


def glued_at(atoms: list[Atom], i: int) -> bool:
    """Whether the atom at index i exists and touches the atom before it."""
    return 0 <= i < len(atoms) and atoms[i].glued


def hyphen_at(atoms: list[Atom], i: int) -> bool:
    """Whether the atom at index i is a hyphen glued to the atom before it ('2-year', 'half-year')."""
    return text_at(atoms, i) in ("-", "‑") and glued_at(atoms, i)


def stands_alone(atoms: list[Atom], first: int, end: int) -> bool:
    """True when atoms[first:end] is all the sentence says, punctuation aside."""
    return all(not a.text.isalnum() for k, a in enumerate(atoms) if not first <= k < end)


def atomize(tokens: list[tuple[str, int]], spaced_thousands: bool = True) -> list[Atom]:
    """Split tokens holding digits into digit, letter and symbol pieces ("$3.2bn" → $ 3.2 bn).

    In a text that writes its thousands otherwise (`spaced_thousands` False: '2,319', '1.5'), digits
    after a space are set apart from digits before them: 'y/y 737 396 387' holds three cells."""
    atoms: list[Atom] = []
    for index, (text, start) in enumerate(tokens):
        if not text.isalpha() and any(c.isdigit() for c in text):  # a word has no digit: most tokens stop here
            pieces = [(m.group(0), start + m.start()) for m in _PIECE.finditer(text)]
        elif text[-1:] == "." and _FINAL_ABBREVIATION.fullmatch(text) and (
                atoms and atoms[-1].is_digits and atoms[-1].end < start  # "2,300 m. Construction"
                or atoms and atoms[-1].low in ("degree", "degrees", "°")  # "1.27 degree C. In October …"
                or index == len(tokens) - 1):  # "320 km/h." ends a sentence
            pieces = [(text[:-1], start), (".", start + len(text) - 1)]
        else:
            pieces = [(text, start)]
        for piece, pos in pieces:
            glued = bool(atoms) and atoms[-1].end == pos
            apart = not spaced_thousands and not glued and bool(atoms) and atoms[-1].is_digits \
                and piece[:1].isdigit() and piece != "000"
            atoms.append(Atom(piece, pos, pos + len(piece), glued, apart))
    return atoms


def thousands_groups(atoms: list[Atom], i: int) -> tuple[str, int]:
    """Digits grouped by spaces or apostrophes, '608 000', '1 425 775.50', "1'049":
    (the digits joined, end index). One spaced group is a thousands group only as '000';
    otherwise two numbers stand side by side, as in a flattened table ('42 126')."""
    text, j = atoms[i].text, i + 1
    if not (text.isdigit() and len(text) <= 3):
        return text, j
    pieces, spaced = [], False
    while j < len(atoms) and (group := _next_group(atoms, j)):
        piece, j, by_space = group
        pieces.append(piece)
        spaced = spaced or by_space
        if "." in piece:
            break  # the decimals end the number
    if j < len(atoms) and atoms[j].glued and atoms[j].is_digits:
        return atoms[i].text, i + 1  # "608 000.5" or a code: keep it simple
    decimals = j + 1 < len(atoms) and atoms[j].glued and atoms[j].text == "," and atoms[j + 1].is_digits
    priced = (j < len(atoms) and (atoms[j].text in CURRENCY_AFTER or atoms[j].low in CURRENCY_NAMES
                                  or atoms[j].text in CURRENCY_CODES)) \
        or (i > 0 and atoms[i - 1].text in CURRENCY_SYMBOLS)  # "9 800 Kč", "$ 1 299"
    alone = stands_alone(atoms, i, j)  # "5 870" on its own: one number
    # "ble det registrert 128 691 nye personbiler": between words of running text, one number
    # (German nouns are capitalised: 'in Deutschland 692 989 Kinder geboren')
    prose = i > 0 and atoms[i - 1].text.isalpha() and not atoms[i - 1].text.isupper() and j < len(atoms) \
        and atoms[j].text.isalpha() and (atoms[j].text.islower() or atoms[j].text.istitle())
    # "| Luxembourg 2 638 | Ireland 2 282 |": a field of a list holding one number led by one digit, Eurostat
    # style ("| Israel 52 323 |" is a jury's and a televote's points)
    field = len(text) == 1 and i > 0 and atoms[i - 1].text.isalpha() and j < len(atoms) and atoms[j].text == "|"
    if spaced and len(pieces) == 1 and not pieces[0].startswith("000") and "." not in pieces[0] \
            and not (decimals or priced or alone or prose or field):  # "446 735.3" (Eurostat's thousands) is one
        return atoms[i].text, i + 1  # "Total 528 480": two cells of a flattened table, not 528,480
    return text + "".join(pieces), j


_GROUP = re.compile(r"\d{3}(?:\.\d+)?")


def _next_group(atoms: list[Atom], j: int) -> tuple[str, int, bool] | None:
    """The group of three digits at atoms[j], after one space or a glued apostrophe:
    (digits, end, whether a space set it off)."""
    atom = atoms[j]
    if not atom.glued and not atom.apart and atom.start - atoms[j - 1].end == 1 and _GROUP.fullmatch(atom.text):
        return atom.text, j + 1, True
    if atom.glued and atom.text in ("'", "’") and j + 1 < len(atoms) and atoms[j + 1].glued \
            and atoms[j + 1].text.isdigit() and len(atoms[j + 1].text) == 3:
        return atoms[j + 1].text, j + 2, False  # Swiss "1'049"
    return None


@dataclass(frozen=True)
class Amount:
    """A number read from atoms[first:end]: its value, the digits as written and their precision."""

    value: float
    end: int            # index of the atom after the amount
    written: float      # the number before any scale word ("500" in "$500m")
    scale: float        # what the scale word multiplies by (1 when there is none)
    resolution: float   # place value of the last written non-zero digit, scaled
    spelled: bool
    digits_end: int = 0  # index after the digits (and any fraction), before a scale word


def digits_value(text: str) -> tuple[float, float]:
    """Value and resolution of a digit string: '14.1' → (14.1, 0.1), '40,000' → (40000, 10000)."""
    plain = text.replace(",", "")
    if plain.count(".") > 1:
        plain = plain.replace(".", "")  # "1.144.000": dots group thousands
    value = float(plain)
    if "." in plain:
        return value, 10.0 ** -len(plain.split(".")[1])
    stripped = plain.rstrip("0")
    return value, 10.0 ** (len(plain) - len(stripped)) if stripped else 1.0


def spelled_number(atoms: list[Atom], i: int, bare: bool = False) -> tuple[float, int] | None:
    """Parse number words at atoms[i]: 'twenty-five', 'three hundred and five', 'a million',
    'two thousand million', 'two point two million'; with `bare`, a lone scale word may start
    the number ('hundred and twelve', 'thousand liters')."""
    total, current, j, last = 0.0, 0.0, i, None
    if atoms[i].low in ("a", "an"):
        if i + 1 >= len(atoms) or atoms[i + 1].low not in SINGULAR_SCALES:
            return None
        current, j, last = 1.0, i + 1, "article"  # "a million": the article counts one
    while j < len(atoms):
        word, step = atoms[j].low, 1
        if word in UNITS_WORDS and _unit_may_follow(last, UNITS_WORDS[word]):
            current, last = current + UNITS_WORDS[word], "unit"
        elif word in TENS_WORDS and last in (None, "hundred", "scale", "and"):
            current, last = current + TENS_WORDS[word], "tens"
        elif word in ("hundred", "hundreds") and current < 100 and (
                last in ("unit", "tens", "article") or (last is None and bare and word == "hundred")):
            current, last = max(current, 1) * 100, "hundred"
        elif word in SCALE_WORDS and word not in ("hundred", "hundreds") and (
                last in ("unit", "tens", "hundred", "article", "point")
                or (last == "scale" and 0 < total < SCALE_WORDS[word] and current == 0)
                or (last is None and bare and word in BARE_SCALE_WORDS)):
            total, current, last = _apply_scale(total, current, SCALE_WORDS[word]), 0.0, "scale"
        elif word == "-" and last == "tens" and atoms[j].glued and j + 1 < len(atoms) \
                and atoms[j + 1].low in UNITS_WORDS:
            pass
        elif word == "and" and last in ("hundred", "scale") and j + 1 < len(atoms) \
                and (atoms[j + 1].low in UNITS_WORDS or atoms[j + 1].low in TENS_WORDS):
            last = "and"
        elif word == "point" and last in ("unit", "tens", "hundred") and (found := point_fraction(atoms, j + 1)):
            current, step, last = current + found[0], found[1] - j, "point"
        else:
            break
        j += step
    if last is None or last == "article":
        return None
    while j > i and atoms[j - 1].low in ("and", "-"):
        j -= 1
    return total + current, j


def _unit_may_follow(last: str | None, value: int) -> bool:
    """A units word may start a number or follow tens ('twenty-five'), hundreds or a scale word."""
    if last == "tens":
        return 0 < value < 10  # "twenty five", not "twenty twelve" (a spoken year)
    return last in (None, "hundred", "scale", "and")


def _apply_scale(total: float, current: float, scale: float) -> float:
    """Add 'current × scale' to the total; a scale larger than the total so far multiplies it:
    'two thousand million' is 2e9, 'three lakh crore' is 3e12."""
    if 0 < total < scale:
        return (total + current) * scale
    return total + max(current, 1) * scale


def point_fraction(atoms: list[Atom], k: int) -> tuple[float, int] | None:
    """The decimals after 'point': digit words one by one ('two five' → .25) or one
    compound ('ninety-nine' → .99, 'fifteen' → .15); returns (fraction, end index)."""
    digits, j = "", k
    while j < len(atoms) and atoms[j].low in DIGIT_WORDS:
        digits, j = digits + str(DIGIT_WORDS[atoms[j].low]), j + 1
    if digits:
        return float("0." + digits), j
    word = atoms[j].low if j < len(atoms) else ""
    if word in UNITS_WORDS:
        return UNITS_WORDS[word] / 100, j + 1  # "point fifteen"
    if word not in TENS_WORDS:
        return None
    value, j = TENS_WORDS[word], j + 1
    if j + 1 < len(atoms) and atoms[j].text == "-" and atoms[j + 1].low in DIGIT_WORDS:
        value, j = value + DIGIT_WORDS[atoms[j + 1].low], j + 2  # "point seventy-one"
    elif j < len(atoms) and atoms[j].low in DIGIT_WORDS:
        value, j = value + DIGIT_WORDS[atoms[j].low], j + 1
    return value / 100, j


FOREIGN_ARTICLES = {"ein", "eine", "einem", "un", "une", "una", "la", "die", "een", "de"}
_FOREIGN_FRACTIONS = {"drittel", "viertel", "hälfte", "fünftel", "mitad", "moitié", "tiers", "metà", "derde", "helft",
                      "tercios", "tercio", "terzi", "terzo", "terços", "terço", "quarts", "quart", "cuartos", "cuarto",
                      "quarti", "quartos", "kwart"}
# "deux tiers", "zwei Drittel", "dos tercios", "tre quarti": the small counts a foreign fraction takes
FOREIGN_COUNTS = {"deux": 2, "trois": 3, "zwei": 2, "drei": 3, "dos": 2, "tres": 3, "due": 2, "tre": 3, "dois": 2,
                  "três": 3, "twee": 2, "drie": 3}


def fraction_word(atoms: list[Atom], i: int) -> tuple[float, int] | None:
    """'half', 'a third', 'two-thirds', 'three quarters' → (fraction, end index)."""
    if i >= len(atoms):
        return None
    word = atoms[i].low
    if word == "half":
        return 0.5, i + 1
    count = 1.0
    j = i
    if word in ("a", "an", "one") or (word in FOREIGN_ARTICLES and i + 1 < len(atoms)
                                      and atoms[i + 1].low in _FOREIGN_FRACTIONS):
        j = i + 1  # "a third", "ein Drittel", "la mitad"
    elif word in UNITS_WORDS and UNITS_WORDS[word] > 1:
        count = UNITS_WORDS[word]
        j = i + 1
    elif word in FOREIGN_COUNTS and i + 1 < len(atoms) and atoms[i + 1].low in _FOREIGN_FRACTIONS:
        return FOREIGN_COUNTS[word] * FRACTION_WORDS[atoms[i + 1].low], i + 2  # "deux tiers" (the plural is the singular)
    else:
        return None
    if j < len(atoms) and atoms[j].text == "-" and atoms[j].glued:
        j += 1
    if j < len(atoms) and atoms[j].low in FRACTION_WORDS:
        plural = atoms[j].low.endswith("s")  # "three halves", "one-half", but not "two third"
        if count > 1 and not plural:
            return None
        return count * FRACTION_WORDS[atoms[j].low], j + 1
    return None
