"""How a text writes its numbers: a decimal point (English) or a decimal comma (most of Europe),
and a financial statement's own signs.

A source quoted in German, Dutch, Spanish or Czech writes `1,45` for one and forty-five
hundredths and `9.000` for nine thousand. The convention is read from the text itself — from
the shape of its decimals when they agree ('+2,2 %'), else from the share of common words of
languages that write a decimal comma — never from the article that cites it. Such a text is
rewritten to English separators before figures are read, one character for one, so every
offset and every quoted excerpt stays as it was. A statement's '(4)%' is minus four per cent,
and its footnote markers ('iPhone (1) $ 201,183') are no figures.
"""

from __future__ import annotations

import re

from factlint.extract.lexicon import FOREIGN_SCALE_WORDS, FOREIGN_UNITS

# frequent short words of languages that write a decimal comma (de, nl, es, fr, it, pt, cs, pl,
# sv, da, no, tr, ro); none of them is also a frequent English word
_COMMA_LANGUAGE_WORDS = frozenset("""
der die das und ist nicht mit von dem den des auf für sich wurde wird eine einer einem im zum zur auch nach bei
über wie noch aus sind vom laut rund
het een van niet voor zijn werd ook naar bij wordt heeft deze dit dat wat
el los las del por con una que su sus más para fue según como entre hasta sobre también este esta
le les des est une dans pour sur qui pas du au aux ont été selon cette avec sont plus
il della delle nel nella sono gli degli anche alla dal stato secondo
os da em um uma não dos das ao pela pelo foi está são seu sua
je se na že jako který která které podle roce bylo byla jsou také jen pro
w się nie jest oraz przez był była roku tym jak
och att det som är för med av till om var har på inte
og er af ikke til som med på har
ve bir bu için ile olarak daha
az és hogy nem egy volt szerint után mint már évi
și de la cu pe din care mai fost
""".split())
_ENGLISH_WORDS = frozenset("""
the and of to in is was for that with on as by at from it its this are were be has have had which
""".split())
_WORD = re.compile(r"[^\W\d_]+")
# a run of digits with separators; dates such as 17.01.2024 are left alone
_NUMBER = re.compile(r"\d[\d.,]*\d")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})")


# a number whose comma (or dot) cannot group thousands: '2,2', '13,75', '0,125 0' — a decimal mark
# a decimal as a number writes it; a code with letters glued on ('Statistical release P0301.4') says nothing
_COMMA_DECIMAL = re.compile(r"(?<![\w.,])\d+,(?:\d{1,2}|\d{4,})(?![\d.,])")
# dots that group thousands: two or more groups ('2.450.878 stemmen'), or one before a unit or scale word
# of those languages ('mide 8.849 metros (29.032 pies)', '5.381 millones de euros')
_DOT_GROUPS = re.compile(r"(?<![\w.,])\d{1,3}(?:(?:\.\d{3}){2,}(?![\d.,])|\.\d{3}(?=\s*(?:" + "|".join(
    sorted(map(re.escape, FOREIGN_SCALE_WORDS.keys() | FOREIGN_UNITS.keys()), key=len, reverse=True)) + r")\b))", re.I)
_POINT_DECIMAL = re.compile(r"(?<![\w.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])")


def writes_decimal_comma(text: str) -> bool:
    """True when the text writes `1,45` and `9.000`, not English `1.45` and `9,000`: told by the shape
    of its decimals when they all agree ('+2,2 %'), by dots that can only group thousands ('2.450.878',
    '8.849 metros'), else by the share of words of such languages."""
    sample = text[:20000]
    commas = sum(1 for m in _COMMA_DECIMAL.finditer(sample) if _a_quantity(sample, m)) \
        + sum(1 for m in _DOT_GROUPS.finditer(sample) if _a_quantity(sample, m))
    points = sum(1 for m in _POINT_DECIMAL.finditer(sample) if _a_quantity(sample, m))
    if commas and not points:
        return True
    if points and not commas:
        return False
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return False
    if sum(1 for w in words if _is_cyrillic(w)) > len(words) / 2:
        return True  # Russian, Ukrainian, Bulgarian: decimal commas
    foreign = sum(1 for w in words if w in _COMMA_LANGUAGE_WORDS)
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return foreign >= 3 and foreign > 2 * english


_NUMBERED = re.compile(r"(?:table|figure|fig\.|section|chapter|box|annex|appendix|chart|map|release)\s*$", re.I)


def _a_quantity(text: str, match: re.Match) -> bool:
    """A decimal that measures something: not a date, nor the number of a table or section ('Table 2.1'), nor a
    clock time ('5. feb. 2025 kl. 08.12')."""
    before = text[max(0, match.start() - 12):match.start()]
    return not _DATE.fullmatch(match.group(0)) and not _NUMBERED.search(before) and not _CLOCK.search(before)


_CLOCK = re.compile(r"\b(?:kl|klo|klockan|kello|um|alle|ore)\.?\s*$", re.I)


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


def to_decimal_point(text: str) -> str:
    """The same text with each number's separators swapped to English use ('1.234,5' → '1,234.5').

    A lone comma is a decimal comma ('25,9'); a lone dot before exactly three digits groups
    thousands ('9.000'), and so do several dots ('1.234.567'). Every other character is kept.
    """
    def swap(match: re.Match) -> str:
        number = match.group(0)
        if _DATE.fullmatch(number):
            return number
        if "," not in number and (number.count(".") > 1 or re.fullmatch(r"\d{1,3}\.\d{3}", number)):
            return number.replace(".", ",")
        if "," in number:
            return number.translate(_SWAP)
        return number

    return _NUMBER.sub(swap, text)


_SWAP = str.maketrans({",": ".", ".": ","})


# number words of those languages from one to ten, read only before a scale word ('dva miliony liber',
# 'zwei Milliarden', 'tres millones'): alone, several are also words of other kinds ('due', 'sei')
_NUMBER_WORDS = {
    1: "jeden jedna ein eine een un una uno um uma",
    2: "dva dvě dwa zwei twee dos deux due dois duas",
    3: "tři trzy drei drie tres trois tre três",
    4: "čtyři cztery vier cuatro quatre quattro quatro",
    5: "pět pięć fünf vijf cinco cinq cinque",
    6: "šest sześć sechs zes seis six sei",
    7: "sedm siedem sieben zeven siete sept sette sete",
    8: "osm osiem acht ocho huit otto oito",
    9: "devět dziewięć neun negen nueve neuf nove",
    10: "deset dziesięć zehn tien diez dix dieci dez",
}
_WORD_VALUE = {word: value for value, words in _NUMBER_WORDS.items() for word in words.split()}
_SPELLED_BEFORE_SCALE = re.compile(
    r"\b(" + "|".join(sorted(_WORD_VALUE, key=len, reverse=True)) + r")(?=\s+(?:" +
    "|".join(sorted(FOREIGN_SCALE_WORDS, key=len, reverse=True)) + r"|million|millions|milliard)\b)", re.I)


def spelled_as_digits(text: str) -> str:
    """'dva miliony' → '2   miliony': a number word before a scale word as digits, padded to its length."""
    return _SPELLED_BEFORE_SCALE.sub(lambda m: str(_WORD_VALUE[m.group(1).lower()]).ljust(len(m.group(1))), text)


_SPACED_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+[.,]\d")
_COMMA_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")


def groups_thousands_by_space(text: str, decimal_comma: bool) -> bool:
    """False for a text that writes English numbers ('2,319', '+2.3%') and no number grouped by spaces
    ('446 735.3'): there a space between digit runs parts two cells of a flattened table ('737 396 387'),
    not the groups of one number. `decimal_comma`: what `writes_decimal_comma` says of the text."""
    sample = text[:20000]
    if decimal_comma or _SPACED_DECIMAL.search(sample):
        return True
    return not (_POINT_DECIMAL.search(sample) or _COMMA_THOUSANDS.search(sample))


# a financial statement's negative percentage: '(4)%', '(27) %'
_ACCOUNTING_NEGATIVE = re.compile(r"\((\d{1,3}(?:[.,]\d{1,2})?)\)(\s?)%")
# footnote markers after a table row's label and before its first cell: 'iPhone (1) $ 201,183', 'Wearables (1)(2) 37,005'
_FOOTNOTE_MARKS = re.compile(r"(?<=[^\W\d_]) ?(?:\(\d\)){1,4}(?=\s+(?:[$€£¥]\s?)?\d)")


# a statistics table's flag on a cell: '70.7e -7.0' (estimated), '58 997.2p 1.3' (provisional)
_CELL_FLAG = re.compile(r"(?<=\d\.\d)[ep](?=\s+[+\-−]?\d)")


# a number in TeX math, as scraped from pages that render it: '$1.823x10^{10}$', '$3 \\times 10^8$'
_TEX_NUMBER = re.compile(r"\$(\d{1,3}(?: \d{3}){1,6}|\d[\d.,]{0,20}(?:\s?(?:x|×|\\times|\\cdot)\s?10\^\{?[+\-−]?\d{1,3}\}?)?)\$")


# a unit's power in TeX math: 'm s$^{-1}$', 'W m$^{-2}$' → 'm s^-1', 'W m^-2'
_TEX_POWER = re.compile(r"(?<=[^\W\d_])\$\^\{?([+\-−]?\d)\}?\$")


def _untexed(match: re.Match) -> str:
    inner = match.group(1).replace("\\times", "×     ").replace("\\cdot", "×    ")
    if inner[:4].strip().isdigit() and " " in inner[:5]:
        inner = inner.replace(" ", ",")  # '$299 792 458$': in math, a space groups thousands
    return f" {inner} "


# a scale word a PDF's line break hyphenated: '33.3 mil- lion', 'bil-\nlion', 'per- cent'
_BROKEN_WORD = re.compile(r"\b([^\W\d_]{2,6})-[ \t]*\n?[ \t]*([^\W\d_]{2,8})\b")
_WHOLE_WORDS = {"million", "millions", "billion", "billions", "trillion", "trillions", "thousand", "thousands", "hundred",
                "percent", "milliard", "milliards", "millones", "milioni", "miljoen", "miljard", "milliarden",
                "millionen", "milhões"}


def _rejoined(match: re.Match) -> str:
    word = match.group(1) + match.group(2)
    return word.ljust(len(match.group(0))) if word.lower() in _WHOLE_WORDS else match.group(0)


def in_statement_notation(text: str) -> str:
    """'(4)%' as '-4 %', footnote markers '(1)' after a row label and a cell's flag ('70.7e') as
    blanks, numbers and powers in TeX math ('$1.823x10^{10}$', 'm s$^{-1}$') without their dollar signs, and
    a scale word broken across a PDF's lines ('mil- lion') whole again, one character for one."""
    if "-" in text:
        text = _BROKEN_WORD.sub(_rejoined, text)
    text = _TEX_POWER.sub(lambda m: ("^" + m.group(1)).ljust(len(m.group(0))), _TEX_NUMBER.sub(_untexed, text))
    text = _ACCOUNTING_NEGATIVE.sub(lambda m: f"-{m.group(1)} {m.group(2)}%", text)
    text = _CELL_FLAG.sub(" ", text)
    return _FOOTNOTE_MARKS.sub(lambda m: " " * len(m.group(0)), text)


def in_english_notation(text: str) -> tuple[str, bool]:
    """The text as the extractor reads it — rewritten to a decimal point when its language writes a
    comma, small number words before a scale word written as digits, a financial statement's signs and
    footnote markers read as its readers do — and whether a space groups its thousands."""
    text = in_statement_notation(text)
    comma = writes_decimal_comma(text)
    return (spelled_as_digits(to_decimal_point(text)) if comma else text), groups_thousands_by_space(text, comma)
