"""Read numbers as written: digits with separators, number words, scale words, fractions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.lexicon import FRACTION_WORDS, SCALE_WORDS, TENS_WORDS, UNITS_WORDS

_PIECE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+|[^\W\d_]+|\S")
_FINAL_ABBREVIATION = re.compile(r"[A-Za-z]{1,3}\.")
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")


@dataclass(frozen=True)
class Atom:
    """A piece of a token: a digit run, a letter run or one symbol, with its offsets."""

    text: str
    start: int
    end: int
    glued: bool  # touches the atom before it (no white space between)

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_digits(self) -> bool:
        return bool(_DIGITS.fullmatch(self.text))


def atomize(tokens: list[tuple[str, int]]) -> list[Atom]:
    """Split tokens holding digits into digit, letter and symbol pieces ("$3.2bn" → $ 3.2 bn)."""
    atoms: list[Atom] = []
    for index, (text, start) in enumerate(tokens):
        if any(c.isdigit() for c in text):
            pieces = [(m.group(0), start + m.start()) for m in _PIECE.finditer(text)]
        elif _FINAL_ABBREVIATION.fullmatch(text) and atoms and atoms[-1].is_digits and atoms[-1].end < start:
            pieces = [(text[:-1], start), (".", start + len(text) - 1)]  # "2,300 m. Construction"
        elif index == len(tokens) - 1 and _FINAL_ABBREVIATION.fullmatch(text):
            pieces = [(text[:-1], start), (".", start + len(text) - 1)]  # "320 km/h." ends a sentence
        else:
            pieces = [(text, start)]
        for piece, pos in pieces:
            glued = bool(atoms) and atoms[-1].end == pos
            atoms.append(Atom(piece, pos, pos + len(piece), glued))
    return atoms


def thousands_groups(atoms: list[Atom], i: int) -> tuple[str, int]:
    """Digits grouped by spaces, '608 000' or '1 425 775': (the digits joined, end index)."""
    text, j = atoms[i].text, i + 1
    if not (atoms[i].text.isdigit() and len(atoms[i].text) <= 3):
        return text, j
    while j < len(atoms) and not atoms[j].glued and len(atoms[j].text) == 3 and atoms[j].text.isdigit() \
            and atoms[j].start - atoms[j - 1].end == 1:
        text, j = text + atoms[j].text, j + 1
    if j < len(atoms) and atoms[j].glued and atoms[j].is_digits:
        return atoms[i].text, i + 1  # "608 000.5" or a code: keep it simple
    return text, j


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
    value = float(plain)
    if "." in plain:
        return value, 10.0 ** -len(plain.split(".")[1])
    stripped = plain.rstrip("0")
    return value, 10.0 ** (len(plain) - len(stripped)) if stripped else 1.0


def spelled_number(atoms: list[Atom], i: int) -> tuple[float, int] | None:
    """Parse number words at atoms[i]: 'twenty-five', 'three hundred and five', 'a million'."""
    total, current, j, seen = 0.0, 0.0, i, False
    last_kind = None
    while j < len(atoms):
        word = atoms[j].low
        if word in UNITS_WORDS and last_kind not in ("unit",):
            if last_kind == "tens" and not (j > i and atoms[j - 1].text == "-") and current % 100 == 0:
                pass
            current += UNITS_WORDS[word]
            last_kind, seen = "unit", True
        elif word in TENS_WORDS and last_kind not in ("unit", "tens"):
            current += TENS_WORDS[word]
            last_kind, seen = "tens", True
        elif word == "hundred" and (seen or (j > i and atoms[j - 1].low in ("a", "one"))):
            current = max(current, 1) * 100
            last_kind, seen = "hundred", True
        elif word in SCALE_WORDS and word != "hundred" and seen:
            total += max(current, 1) * SCALE_WORDS[word]
            current, last_kind = 0.0, "scale"
        elif word == "-" and last_kind == "tens" and atoms[j].glued and j + 1 < len(atoms) \
                and atoms[j + 1].low in UNITS_WORDS:
            pass
        elif word == "and" and last_kind in ("hundred", "scale") and j + 1 < len(atoms) \
                and (atoms[j + 1].low in UNITS_WORDS or atoms[j + 1].low in TENS_WORDS):
            pass
        elif word in ("a", "an") and j == i and j + 1 < len(atoms) and atoms[j + 1].low in SCALE_WORDS:
            current, seen = 1.0, False
            j += 1
            word = atoms[j].low
            if word == "hundred":
                current, last_kind = 100.0, "hundred"
            else:
                total, current, last_kind = SCALE_WORDS[word], 0.0, "scale"
            seen = True
        else:
            break
        j += 1
    if not seen:
        return None
    while j > i and atoms[j - 1].low in ("and", "-"):
        j -= 1
    return total + current, j


def fraction_word(atoms: list[Atom], i: int) -> tuple[float, int] | None:
    """'half', 'a third', 'two-thirds', 'three quarters' → (fraction, end index)."""
    word = atoms[i].low
    if word == "half":
        return 0.5, i + 1
    count = 1.0
    j = i
    if word in ("a", "an", "one"):
        j = i + 1
    elif word in UNITS_WORDS and UNITS_WORDS[word] > 1:
        count = UNITS_WORDS[word]
        j = i + 1
    else:
        return None
    if j < len(atoms) and atoms[j].text == "-" and atoms[j].glued:
        j += 1
    if j < len(atoms) and atoms[j].low in FRACTION_WORDS and atoms[j].low not in ("half", "halves"):
        plural = atoms[j].low.endswith("s")
        if count > 1 and not plural:
            return None
        return count * FRACTION_WORDS[atoms[j].low], j + 1
    return None
