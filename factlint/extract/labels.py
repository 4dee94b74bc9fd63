"""Numbers that are not figures: dates, times, years, ordinals, versions, codes and model names.

A number glued to letters or punctuation ('GPT-4', '10:30', '21st'), followed by a month or a
time word, or named by a label noun ('table 2') is a label; a bare year, 'zero' in a phrase and
'one' as a pronoun are not counts; 'the first half' and 'twenty-first' are ranks, not fractions.
"""

from __future__ import annotations

import re

from factlint.extract import lexicon as lx
from factlint.extract.measures import known_suffix
from factlint.extract.numbers import Amount, Atom, atom_at, fraction_word, glued_at, hyphen_at, lower_at, stands_alone, text_at

_ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
_ORDINAL_NEXT = {"straight", "consecutive", "successive", "time", "times", "term", "place", "round", "year",
                 "month", "week", "day", "quarter", "season", "attempt", "row", "party", "generation", "wave",
                 "phase", "stage", "tier", "world", "largest", "biggest", "highest", "lowest", "most", "best"}


ADJACENT = "adjacent"  # is_label's answer for a number standing beside another number
# the titles of a change column that may follow a table header's last year ('2022 % Change¹')
_CHANGE_TITLES = {"change", "chg", "chg.", "changes", "growth", "var", "var.", "variation", "increase", "diff"}


# French and Italian articles and prepositions that elide before a vowel or a number: "all'1,24", "l'8%"
_ELIDED_ARTICLES = {"l", "all", "dell", "nell", "sull", "dall", "d", "un", "qu", "coll"}


def _a_day_of_month(atoms: list[Atom], k: int) -> bool:
    """A day of the month at atoms[k] followed by a capitalised month name ('21 August')."""
    atom, month = atom_at(atoms, k), atom_at(atoms, k + 1)
    return bool(atom and atom.text.isdigit() and 1 <= int(atom.text) <= 31 and month
                and month.low in lx.MONTHS and month.text[0].isupper())


# places named by a number and a letter
_LETTERED_PLACES = {"pad", "complex", "gate", "unit", "route", "platform", "terminal", "building", "flat", "apartment",
                    "suite", "room", "block", "bay", "hangar", "runway", "lane", "pier", "berth", "stand", "hall"}


def margin_of_error(atoms: list[Atom], i: int) -> bool:
    """'42% ± 3.1', '1.45 ± 0.12 °C', '38% +/- 2.5': the number at atoms[i] is another figure's margin."""
    before = atom_at(atoms, i - 1)
    sign = 1 if before and before.text == "±" else 2 if before and before.text == "/-" and text_at(atoms, i - 2) == "+" \
        else 0
    figure_before = atom_at(atoms, i - sign - 1) if sign else None
    return bool(figure_before and (figure_before.is_digits or figure_before.text == "%"))


_PHONE = re.compile(r"\(?\d{3}\)?[\s.-]?\d{3}-\d{4}(?!\d)")


def in_a_phone_number(atoms: list[Atom], i: int, sentence: str, offset: int) -> bool:
    """'(202) 690-8122', '202-690-8122': the digits at atoms[i] are part of a telephone number."""
    at = atoms[i].start - offset
    return any(m.start() <= at < m.end() for m in _PHONE.finditer(sentence, max(0, at - 6), at + 14))


def is_label(atoms: list[Atom], i: int, end: int, priced: bool = False) -> bool | str:
    """True when the digits at atoms[i] are a date, time, ordinal, version, code or name;
    `priced` when a currency stands right before them ("USD3.14", "Rs20" are prices).
    A number beside another number ('020 7946 0958') gives ADJACENT: a phone number in prose,
    but in a source more often two cells of a flattened table ('A350 64 60 +4')."""
    atom, before, after = atoms[i], atom_at(atoms, i - 1), atom_at(atoms, end)
    if before and atom.glued and not priced \
            and (before.text.isalpha() or before.is_digits or before.text in "-–—#/._@:,'’"):
        sign = before.text in "-−" and (not before.glued or not atoms[i - 2].text.isalnum()) \
            or before.text == "–" and not before.glued and i >= 2 \
            and atoms[i - 2].text not in ("–", "-", "to")  # a table's en-dash minus, as in 'Germany –0.3'
        elided = before.text in "'’" and lower_at(atoms, i - 2) in _ELIDED_ARTICLES  # Italian "all'1,24"
        odds = before.text == "-" and lower_at(atoms, i - 2) == "in" and text_at(atoms, i - 3) == "-"  # "1-in-2,700"
        if not sign and not elided and not odds:
            return True  # H200, GPT-4, COVID-19, 3.8.1, 10:30; "(-0.4%)" is a sign
    if after and after.glued and after.text.isalpha() and len(after.text) == 1 and lower_at(atoms, i - 1) in _LETTERED_PLACES:
        return True  # "Launch Complex 39B", "Gate 12B", "Runway 27L": a place's name, not billions
    if after and after.text == "%" and _is_year(atom.text) \
            and lower_at(atoms, end + 1).rstrip("¹²³*") in _CHANGE_TITLES:
        return True  # a table header's last year, then its change column: 'December 31, 2022 % Change¹'
    if after and after.glued:
        if after.low in _ORDINAL_SUFFIXES or after.text == "s" or after.text in ("'s", "’s") and (
                len(atom.text) == 4 or len(atom.text) == 2 and atom.text.endswith("0")):
            return True  # 21st, 1990s, the 90's
        if after.text.isalpha() and not known_suffix(after):
            return True  # 5G, 4K-ready, SW1A
        if after.text == "-" and glued_at(atoms, end + 1) and text_at(atoms, end + 1) in ("K", "Q", "F", "A", "D"):
            return True  # SEC filings: 10-K, 10-Q, 20-F, 8-K
        if after.low in ("x", "×") and glued_at(atoms, end + 1) and atom_at(atoms, end + 1).is_digits:
            return True  # "30x30", "2x4": a name or a size, not a multiple
        if after.text in (":", ".", "/", "-") and glued_at(atoms, end + 1) and atom_at(atoms, end + 1).is_digits:
            nxt = atom_at(atoms, end + 2)
            if after.text != "-" or (nxt and nxt.glued and nxt.text == "-"):
                return True  # 10:30, 3.8.1, 4/5/2024, 978-0-14
        if after.is_digits and after.text.startswith("."):
            return True
    if before and before.text == "|" and atom.text.isdigit() and len(atom.text) <= 2 and after \
            and after.text == "." and after.glued and (label := atom_at(atoms, end + 1)) and label.text[:1].isupper():
        return True  # "| 2. Tax Revenue 25,83,499 |": the row's number in a numbered table
    if atom.text.startswith("0") and len(atom.text) > 1 and atom.text[1].isdigit():
        return True  # phone numbers and codes keep leading zeros
    if (after and after.is_digits and not after.glued) or (before and before.is_digits and not atom.glued
                                                           and not _after_a_year(atoms, i)):
        return ADJACENT  # "020 7946 0958" — or, in a source, the cells of a flattened table
    if after and after.low in lx.TIME_WORDS and after.low not in ("hours", "hrs"):
        return True
    day = atom.text.isdigit() and 1 <= int(atom.text) <= 31  # "Jan 4.0" in a table is no date
    month = before.low.rstrip(".") if before is not None and before.text[:1].isupper() else ""
    # 'Dec. 24 the probe …' is a date; 'in Dec. 4% higher', 'in Sept. 3 times the average' are not
    measures = after is not None and (after.text == "%" or after.low in ("percent", "per", "times", "pc", "pct")
                                      or after.low in lx.UNITS)
    if _a_day_of_month(atoms, i) or day and month in lx.MONTHS and not measures:
        return True  # 12 May, May 12, Dec. 24
    if day and after and after.low in ("to", "-", "–", "and") and _a_day_of_month(atoms, end + 1):
        return True  # "the night of 20 to 21 August", "3–5 June": the first day of a span of dates
    measured = after is not None and (after.text == "%" or after.low in ("percent", "per"))  # "the world 38%"
    if before and before.low in lx.LABEL_NOUNS and not before.text.isupper() and not measured or (
            before and before.text in ("No", "No.", "Nos.", "#")):
        return True  # table 2, page 14, Article 50
    if i == 0 and after and after.glued and after.text in (".", ")"):
        return True  # "1. First item" in plain text
    if "".join(a.text for a in atoms[max(0, i - 3):i]).upper().endswith("S&P"):
        return True  # the S&P 500
    if atom.text.isdigit() and _in_an_address(atoms, i, end):
        return True  # "121 Albright Way", "Rue de la Loi 200, 1049 Brussels"
    return False


def _after_a_year(atoms: list[Atom], i: int) -> bool:
    """'in 2023 1.45 degrees', 'in 2023 15 million': a year, then the figure, not a phone number."""
    before = atoms[i - 1]
    return _is_year(before.text) and not (i >= 2 and atoms[i - 2].is_digits) and (
        "." in atoms[i].text or "," in atoms[i].text or not (i + 1 < len(atoms) and atoms[i + 1].is_digits))


def _is_year(text: str) -> bool:
    """Four digits from 1800 to 2100: a year, not a count."""
    return text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100


_PRICED_PER = re.compile(r"\b(?:price|prices|cost|costs|per|a|each)\s+(?:of\s+)?(?:a|one|the)?\s*$")
_FAR_YEAR_BEFORE = {"in", "by", "until", "till", "before", "after", "since", "around"}


def _a_far_year(atoms: list[Atom], j: int, end: int) -> bool:
    """A year past 2100 that a month or a preposition dates and nothing counts: 'in September 2182',
    'could slam into Earth in 2182.' (but not 'in 2182 cases')."""
    text = atoms[j].text
    if not (text.isdigit() and len(text) == 4 and 2100 < int(text) < 3000):
        return False
    before = lower_at(atoms, j - 1)
    after = atom_at(atoms, end)
    ends = after is None or not after.text[0].isalnum()
    return before.rstrip(".") in lx.MONTHS or (before in _FAR_YEAR_BEFORE and ends)


def not_a_count(atoms: list[Atom], j: int, amount: Amount) -> bool:
    """Bare numbers that are not counts: years, 'zero', 'one' as a pronoun."""
    if not amount.spelled and amount.scale == 1 and (_is_year(atoms[j].text) or _a_far_year(atoms, j, amount.end)):
        return True
    if amount.spelled and amount.value == 12 and lower_at(atoms, amount.end - 1) in ("dozen", "doz") \
            and _PRICED_PER.search(" ".join(a.low for a in atoms[max(0, j - 5):j + 1])):
        return True  # 'the average price of a dozen eggs', '$6.23 per dozen': what a price is for, not a count
    if amount.spelled and amount.scale == 1 and amount.value == 0:
        return not stands_alone(atoms, j, amount.end)  # "net zero" is a goal; "zero" alone is the number
    if amount.spelled and atoms[j].low == "ten" and lower_at(atoms, j + 1) in _DUTCH_AFTER_TEN:
        return True  # Dutch 'ten opzichte van' (compared with), 'ten minste' (at least): no number
    if amount.spelled and amount.value == 1 and amount.end == j + 1:
        if lower_at(atoms, amount.end) == "-" and lower_at(atoms, amount.end + 1) in _ONE_HYPHENATED:
            return True  # 'one-off charges', 'a one-time payment', 'one-sided': a kind, not a count
        return lower_at(atoms, amount.end) in lx.ONE_NOT_FIGURE_AFTER \
            or lower_at(atoms, j - 1) in lx.ONE_NOT_FIGURE_BEFORE
    return not amount.spelled and amount.scale == 1 and (names_a_model(atoms, j) or _model_word_follows(atoms, amount.end))


_ONE_HYPHENATED = {"off", "time", "stop", "sided", "way", "shot", "liner", "size", "man", "woman", "party", "on",
                   "to", "horse", "hit"}
_DUTCH_AFTER_TEN = {"opzichte", "minste", "behoeve", "gevolge", "slotte", "aanzien", "noorden", "zuiden", "oosten",
                    "westen", "laste", "tijde", "einde", "onrechte"}
# words that finish a model's name after its number: '737 MAX', 'RTX 4090 Ti', 'A330 neo'
_MODEL_WORDS = {"MAX", "NEO", "neo", "XL", "XLR", "LR", "Ti", "GT", "GTI"}


def _model_word_follows(atoms: list[Atom], end: int) -> bool:
    after = atom_at(atoms, end)
    return after is not None and not after.glued and after.text in _MODEL_WORDS


# words after which a capitalised word and a number end a name rather than count something
_AFTER_A_NAME = {"in", "on", "at", "and", "or", ",", ".", ";", ")", "with", "for", "from", "is", "was", "which"}
# product lines whose versions are bare numbers: 'Android 14', 'Windows 11', 'Pixel 8'
_VERSIONED_NAMES = {"Android", "Windows", "Pixel", "PlayStation", "Ubuntu", "Python", "Java", "Xbox", "Boeing",
                    "Airbus", "Galaxy", "Gemini", "Llama", "Claude", "GPT", "Firefox", "Chrome"}


_GROUPED = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+")


def names_a_model(atoms: list[Atom], j: int) -> bool:
    """'RTX 5090', 'iPhone 15', 'Boeing 737': a bare number after a product name is part of the name."""
    before = atom_at(atoms, j - 1)
    if before is None or not before.text.isalpha() or before.text in lx.CURRENCY_CODES or before.low in lx.MONTHS:
        return False  # "15 SEP 2025": a month in capitals names no product
    if _GROUPED.fullmatch(atoms[j].text):
        return False  # "DPT 204.807.222", "MD 27,040,878": digits grouped in thousands count, they name nothing
    if before.text in _VERSIONED_NAMES:
        return True
    after = atom_at(atoms, j + 1)
    if lower_at(atoms, j - 2) in ("the", "a", "an", "its", "new") and before.text[0].isupper() \
            and before.text[1:].islower() and (after is None or after.low in _AFTER_A_NAME):
        return True  # "launched the Xiaomi 14 in China": a name with its number
    acronym = before.text.isupper() and len(before.text) >= 2
    camel = before.text[0].islower() and any(c.isupper() for c in before.text[1:])
    return acronym or camel


_OF_A_SPAN = re.compile(r"(?:of\s+)?(?:a|an)\s+(?:century|decade|millennium|lifetime|generation)\b|century\b")
_AFTER_A_FRACTION = {"of", "as", "more", "less", "fewer", "again", "or", "and", "to", "in", "from", "since", "on",
                     "higher", "lower", "smaller", "larger", "bigger", "over", "below", "above", "last", "this",
                     "that", "a", "the", "per", "each", "every", "cup", "mile", "point", "percentage"}


def ordinal_use(atoms: list[Atom], i: int) -> bool:
    """'the first half', 'third quarter', 'a third straight month': fraction words as ordinals or periods."""
    found = fraction_word(atoms, i)
    if found and (lower_at(atoms, found[1]) in _ORDINAL_NEXT or lower_at(atoms, found[1]).endswith("est")):
        return True
    if found and _OF_A_SPAN.match(" ".join(a.low for a in atoms[found[1]:found[1] + 3])):
        return True  # "a quarter of a century", "half a century": a span of time, not a share
    nxt = atom_at(atoms, found[1]) if found else None
    if found and atoms[i].low in ("a", "an") and found[1] == i + 2 and atoms[i + 1].low not in ("half", "quarter") \
            and nxt is not None and nxt.text.isalpha() and nxt.low not in _AFTER_A_FRACTION:
        return True  # "a sixth title", "a third term": a rank; "a third of voters" is a share
    return lower_at(atoms, i - 1) in ("first", "second", "third", "fourth", "last", "latter", "back", "front",
                                      "the", "this", "that", "next", "previous", "final", "other", "each") \
        and atoms[i].low in ("half", "quarter")


def ordinal_follows(atoms: list[Atom], j: int, end: int) -> bool:
    """'twenty-first', 'twenty second place', 'one thousand two hundred thirtieth': a spelled number
    of twenty or more followed by an ordinal word is a rank."""
    k = end + 1 if hyphen_at(atoms, end) else end
    return lower_at(atoms, k) in lx.ORDINAL_WORDS and lower_at(atoms, end - 1) not in lx.UNITS_WORDS


_AGE_BEFORE = {"aged", "age", "ages", "over-", "under-"}


def is_age(atoms: list[Atom], first: int, end: int, unit: str | None) -> bool:
    """'aged 65', 'ages 18 to 24', 'a 15-year-old': an age describes who is counted; it is not a claim."""
    before = lower_at(atoms, first - 1)
    if before in _AGE_BEFORE or (before == "between" and lower_at(atoms, first - 2) in _AGE_BEFORE):
        return True
    if before in ("under", "over") and lower_at(atoms, first - 2) in _AGE_GROUP_WORDS and unit in (None, "year"):
        return True  # "children under five", "people over 65"
    after = [lower_at(atoms, end + k) for k in range(3)]
    if after[0] == "age" and after[1] in ("group", "groups", "band", "bracket", "range", "cohort"):
        return True  # "the 15-64 age group"
    if after[0] in ("to", "-", "–") and atom_at(atoms, end + 1) and atoms[end + 1].is_digits \
            and lower_at(atoms, end + 2) == "age":
        return True  # "the 16 to 59 age group"
    if after[:2] in (["or", "older"], ["and", "older"]) or (
            after[:2] in (["and", "over"], ["or", "over"], ["and", "above"], ["or", "above"])
            and lower_at(atoms, first - 1) in _AGE_GROUP_WORDS):
        return True  # "were 65 or older", "people 65 and over"
    if unit == "year" and (after[:2] == ["-", "old"] or after[:2] == ["-", "olds"] or after[0] in ("old", "olds")):
        return True  # "15-year-old", "five years old"
    return after[:3] in (["-", "year", "-"], ["year", "-", "old"]) or after[0] in ("year-old", "year-olds")


_AGE_GROUP_WORDS = {"age", "aged", "ages", "working-age", "population", "adults", "children", "people", "youth",
                    "group", "groups", "cohort", "band", "bracket", "men", "women", "workers", "residents"}


def is_age_band(atoms: list[Atom], first: int, end: int, fields: dict) -> bool:
    """'(16-59)' after 'working-age population', 'the 15-64 age group': a bare range of ages
    that says who is counted, not a figure."""
    low, high = fields["value"], fields.get("value_high")
    if fields["kind"] != "count" or fields["scale"] != 1 or high is None or fields["unit"] is not None:
        return False
    if not (float(low).is_integer() and float(high).is_integer() and 0 <= low < high <= 120):
        return False
    before = {lower_at(atoms, k) for k in range(max(0, first - 4), first)}
    return bool(before & _AGE_GROUP_WORDS) or lower_at(atoms, end) in ("age", "year-olds", "years")


_STREET_WORDS = {"way", "road", "rd", "street", "st", "avenue", "ave", "boulevard", "blvd", "lane", "ln", "drive",
                 "dr", "place", "pl", "square", "sq", "court", "ct", "terrace", "parkway", "pkwy", "highway",
                 "hwy", "plaza", "circle", "crescent", "row", "close", "walk", "strasse", "straße", "weg", "platz"}
_STREET_BEFORE = {"rue", "via", "calle", "avenida", "avenue", "boulevard", "strada", "rua", "plaza", "piazza"}


def _in_an_address(atoms: list[Atom], i: int, end: int) -> bool:
    """A street number ('121 Albright Way', '1600 Pennsylvania Avenue', 'Rue de la Loi 200') or the
    postcode after it ('…, 1049 Brussels'): capitalised words up to a street word, or a street
    name before."""
    k = end
    while k < min(len(atoms), end + 4) and atoms[k].text[:1].isupper() and atoms[k].text.isalpha():
        if atoms[k].low in _STREET_WORDS and k > end:
            return True
        k += 1
    named = [a.low for a in atoms[max(0, i - 5):i]]
    if any(w in _STREET_BEFORE for w in named) and atoms[i - 1].text[:1].isupper():
        return True
    after = atom_at(atoms, end)
    if 4 <= len(atoms[i].text) <= 5 and lower_at(atoms, i - 1) == "," and after and after.text[:1].isupper() \
            and after.text.isalpha() and after.low not in lx.MONTHS:
        return any(a.low in _STREET_WORDS or a.low in _STREET_BEFORE for a in atoms[:i])  # a postcode and town
    return False
