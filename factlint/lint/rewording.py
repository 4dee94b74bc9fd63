"""New wording for a fix: a source's value in the article's style, a direction turned round, a citation mended.

Each function returns None when the intent is not clear enough to write for the writer.
"""

from __future__ import annotations

import re

from factlint.parse.citations import _numeric_ids

# a number as written: '4.9', '1,525,000', '72 000', '-3.4', '0,3'
_NUMBER = re.compile(r"[-+−]?\d+(?:[.,]\d+|[ \u00a0\u202f]\d{3}(?!\d))*")
_SCALES = {"thousand": 3, "k": 3, "million": 6, "mn": 6, "m": 6, "billion": 9, "bn": 9, "b": 9,
           "trillion": 12, "tn": 12, "trn": 12}
_SHORT = {3: "k", 6: "m", 9: "bn", 12: "tn"}
_LONG = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}
_SCALE_WORD = re.compile(r"(?<![A-Za-z])(thousand|million|billion|trillion|mn|bn|trn|tn|m|b|k)(?![A-Za-z])",
                         re.IGNORECASE)
_POINTS = re.compile(r"percentage[ -]points?|prozentpunkte?|pp\b|points?", re.IGNORECASE)
_PERCENT = re.compile(r"%|per ?cent|percent", re.IGNORECASE)
_PAIRS = [("rose", "fell"), ("rise", "fall"), ("rises", "falls"), ("rising", "falling"), ("risen", "fallen"),
          ("increased", "decreased"), ("increase", "decrease"), ("increases", "decreases"),
          ("increasing", "decreasing"), ("grew", "shrank"), ("up", "down"), ("higher", "lower"),
          ("gained", "lost"), ("gain", "loss"), ("more", "fewer"), ("above", "below")]
_ONE_WAY = {"climbed": "fell", "jumped": "fell", "surged": "fell", "soared": "fell", "dropped": "rose",
            "declined": "rose", "slipped": "rose", "plunged": "rose", "slumped": "rose", "decline": "rise"}
_OPPOSITE = {**{a: b for a, b in _PAIRS}, **{b: a for a, b in _PAIRS}, **_ONE_WAY}
# which way each word says the figure went, in the verbs the findings use
_WAY = {**{a: "rose" for a, _ in _PAIRS}, **{b: "fell" for _, b in _PAIRS},
        **{w: "fell" if o in ("rose", "rise") else "rose" for w, o in _ONE_WAY.items()}}
_WORD = re.compile(r"[A-Za-z]+")
_SIGNS = {"-": "+", "−": "+", "+": "-"}


def _numbers(text: str) -> list[re.Match]:
    return list(_NUMBER.finditer(text))


def _parse(token: str) -> tuple[str, str, str, bool]:
    """(sign, whole digits, fraction digits, grouped) of a number in any of the usual notations."""
    sign = token[0] if token[0] in "-+−" else ""
    body = re.sub(r"[ \u00a0\u202f]", "", token[len(sign):])
    grouped = body != token[len(sign):]
    if "," in body and "." in body:
        decimal = "," if body.rfind(",") > body.rfind(".") else "."
    elif body.count(",") == 1 and len(body) - body.find(",") - 1 != 3:
        decimal = ","
    elif body.count(".") > 1:
        decimal = ","  # '1.000.000': dots group
    else:
        decimal = "."
    group = "." if decimal == "," else ","
    grouped = grouped or group in body
    whole, _, fraction = body.replace(group, "").partition(decimal)
    return sign, whole, fraction, grouped


def _written_like(claim_token: str, source_token: str) -> str:
    """The source's number in the claim's notation: its digits, the claim's separators."""
    _, whole, fraction, source_grouped = _parse(source_token)
    _, claim_whole, _, claim_grouped = _parse(claim_token)
    if (claim_grouped or source_grouped) and len(whole) > 4 or (claim_grouped and len(whole) == 4):
        whole = f"{int(whole):,}"
    return whole + (f".{fraction}" if fraction else "")


def _scale(rest: str) -> int | None:
    found = {_SCALES[m.group(1).lower()] for m in _SCALE_WORD.finditer(rest)}
    return found.pop() if len(found) == 1 else (None if not found else -1)


def _percentish(text: str) -> bool:
    return bool(_PERCENT.search(text))


def value_in_style(claim: str, source: str, claim_direction: str | None) -> str | None:
    """figure-mismatch: the claim's text with its number replaced by the source's, when one number is meant."""
    claim_numbers, source_numbers = _numbers(claim), _numbers(source)
    if not claim_numbers and not source_numbers:
        words = claim.split(), source.split()
        if len(words[0]) == 1 and len(words[1]) == 1 and source.isalpha():  # 'tripled' for 'doubled'
            return source[0].upper() + source[1:] if claim[0].isupper() else source.lower()
        return None
    if len(claim_numbers) != 1 or len(source_numbers) != 1:
        return None
    (c,), (s,) = claim_numbers, source_numbers
    claim_rest, source_rest = claim[:c.start()] + claim[c.end():], source[:s.start()] + source[s.end():]
    if re.search(r"[A-Za-z%]", source_rest) and (
            _scale(claim_rest) != _scale(source_rest) or _percentish(claim_rest) != _percentish(source_rest)):
        return None
    if _scale(claim_rest) not in (None, _scale(source_rest)) or _scale(claim_rest) == -1:
        return None
    sign = _parse(s.group())[0]
    if not s.group().strip("-+−0.,"):
        return None  # a zero in a table is more often a placeholder than the value meant
    claim_sign = _parse(c.group())[0]
    if sign in "-−" and sign and not claim_sign and claim_direction != "fell":
        return None  # '-4.6%' for 'rose 3.2%': the value and the wording disagree, nothing clear to write
    number = (claim_sign or "") + _written_like(c.group(), s.group())
    return claim[:c.start()] + number + claim[c.end():]


def unit_in_style(claim: str, source: str, claim_direction: str | None) -> str | None:
    """unit-mismatch: the claim's number with the source's scale, kind of percentage, unit or currency."""
    claim_numbers, source_numbers = _numbers(claim), _numbers(source)
    if not claim_numbers or len(source_numbers) != 1:
        return None
    (s,) = source_numbers
    if any(_parse(c.group())[1:3] != _parse(s.group())[1:3] for c in claim_numbers[:1]):
        return None  # '$45.1 trillion' for '¥45,095.3 billion': a conversion, not a label to change
    source_rest = source[:s.start()] + source[s.end():]
    claim_scale, source_scale = _scale(claim), _scale(source_rest)
    if claim_scale not in (None, -1) and source_scale not in (None, -1) and claim_scale != source_scale:
        short = all(m.group(1).lower() in _SHORT.values() or len(m.group(1)) <= 3 for m in _SCALE_WORD.finditer(claim))
        word = (_SHORT if short else _LONG)[source_scale]
        return _SCALE_WORD.sub(word, claim)
    if len(claim_numbers) != 1:
        return None
    (c,) = claim_numbers
    points = _POINTS.search(source_rest)
    if points and _percentish(claim):
        plural = "s" if points.group().lower().endswith(("s", "e")) or not re.fullmatch(r"1(\.0+)?", c.group()) else ""
        return claim[:c.end()] + f" percentage point{plural}" + re.sub(r"^\s*%", "", claim[c.end():])
    if _percentish(source_rest) and _POINTS.search(claim):
        return claim[:c.end()] + "%" + _POINTS.sub("", claim[c.end():]).lstrip()
    if not re.search(r"[A-Za-z$€£¥°]", source_rest):
        return None
    return source[:s.start()] + c.group().lstrip("+-−") + source[s.end():]


def direction_word(text: str, span: tuple[int, int], clause: tuple[int, int], way: str) -> tuple[int, int, str] | None:
    """The one word or sign in `clause` that says the figure at `span` went `way`, turned round.

    Before the figure ('rose 3.2%') or right after it ('a 1.48‰ decline'); a word that says
    the other way already is not the one the finding read, so nothing is written.
    """
    (start, end), (left, right) = span, clause
    if text[start] in _SIGNS:
        return start, start + 1, _SIGNS[text[start]]
    before = [m for m in _WORD.finditer(text, left, start) if m.group().lower() in _OPPOSITE]
    after = [m for m in list(_WORD.finditer(text, end, right))[:1] if m.group().lower() in _OPPOSITE]
    found = before if before else after
    if len(found) != 1 or _WAY[found[0].group().lower()] != way:
        return None
    word = found[0].group()
    new = _OPPOSITE[word.lower()]
    new = new.capitalize() if word[0].isupper() else new
    return found[0].start(), found[0].end(), new


def repaired_citation(text: str, reason: str) -> str | None:
    """'[1,,3]' as '[1, 3]' and '[1,]' as '[1]': the ids that are there, the empty items dropped."""
    if reason not in ("an empty item between separators", "a separator with no id after it"):
        return None
    content = text[1:-1]
    items = [item.strip() for item in re.split(r"[,;]", content) if item.strip()]
    separator = ", " if ", " in content else ","
    repaired = separator.join(items)
    ids, _ = _numeric_ids(repaired)
    return f"[{repaired}]" if ids else None
