"""Compare two figures by value: the tolerance a claim earns from its rounding, hedge and bound."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factlint.extract.figures import Figure
from factlint.extract.lexicon import CONVERSIONS

# "nearly"/"almost" mean from below (AP Stylebook); how far below still reads as "nearly"
FROM_BELOW = 0.10
BOUND_REACH = 0.25


@dataclass(frozen=True)
class Tolerances:
    """How loosely a figure may restate its source; the matching options of the config."""

    hedge: float = 0.05        # "about $500m": within 5%
    fraction: float = 0.06     # "half" for 47–53%
    fraction_hedged: float = 0.12
    multiple: float = 0.06     # "doubled" for ×1.88–2.12
    rounding_cap: float = 0.05  # round numbers ("40,000") may round at most 5%


def is_multiple(figure: Figure) -> bool:
    """'doubled', '3x', 'halved': a change by a factor, not a share of a whole."""
    return figure.kind == "ratio" and (figure.multiple or figure.value > 1)


def as_comparable(figure: Figure) -> tuple[str, str | None, float, float | None]:
    """(kind, unit, value, high) on a common footing: fractions become percentages, points percentage points."""
    value, high = abs(figure.value), None if figure.value_high is None else abs(figure.value_high)
    if figure.unit == "points":
        return "percent", "pp", value, high
    if figure.unit == "bp":  # 25 basis points are a quarter of a percentage point
        return "percent", "pp", value / 100, None if high is None else high / 100
    if figure.kind == "ratio" and figure.value < 1 and not is_multiple(figure):
        return "percent", "%", value * 100, None if high is None else high * 100
    return figure.kind, figure.unit, value, high


def _is_change(figure: Figure) -> bool:
    return figure.kind == "percent" and figure.unit == "%" and figure.direction is not None and not figure.level


def as_change(figure: Figure) -> Figure:
    """A multiple as the percentage change it implies: 'doubled' is +100%, 'halved' -50%."""
    change = (figure.value - 1) * 100
    return replace(figure, kind="percent", unit="%", value=abs(change), value_high=None,
                   direction="up" if change >= 0 else "down", resolution=figure.resolution * 100)


def in_common_terms(claim: Figure, source: Figure) -> tuple[Figure, Figure]:
    """'doubled' against 'rose 71.9%': both as percentage changes; '11,100 feet' against
    '3,397 metres': the source in the claim's unit; otherwise unchanged."""
    if is_multiple(claim) and _is_change(source):
        return as_change(claim), source
    if is_multiple(source) and _is_change(claim):
        return claim, as_change(source)
    if claim.kind == source.kind == "money" and claim.unit != source.unit:
        # '$15.8 billion' on an Australian budget page is the article's 'A$15.8bn': a bare dollar sign is
        # whichever dollar the other side names
        if bare_dollar(source) and claim.unit in DOLLARS:
            return claim, replace(source, unit=claim.unit)
        if bare_dollar(claim) and source.unit in DOLLARS:
            return replace(claim, unit=source.unit), source
    if claim.kind == source.kind == "quantity" and claim.unit != source.unit:
        if {claim.unit, source.unit} in ({"°", "°C"}, {"°", "°F"}):
            return claim, replace(source, unit=claim.unit)  # '1.3 degrees' for '1.3 °C': a scale left unsaid
        return claim, converted(source, claim.unit, near=claim.value)
    return claim, source


DOLLARS = {"USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD"}
_BARE_DOLLAR = re.compile(r"\s*\$|.*\bdollars?\b", re.I)
_NAMED_DOLLAR = re.compile(r"\b(?:US|U\.S\.|American|Australian|Canadian|NZ|Singapore|Hong Kong)\b", re.I)


def bare_dollar(figure: Figure) -> bool:
    """A sum in dollars that names no country's: '$ 45,754', '15.8 billion dollars' (not 'US$', 'C$')."""
    return figure.kind == "money" and figure.unit == "USD" and bool(_BARE_DOLLAR.match(figure.text)) \
        and not _NAMED_DOLLAR.search(figure.text)


def convertible(a: str | None, b: str | None) -> bool:
    """Units of one dimension ('km' and 'mi'), or the two temperature scales."""
    if a in _TEMPERATURES and b in _TEMPERATURES:
        return True
    dimension_a, dimension_b = _conversion(a), _conversion(b)
    return dimension_a is not None and dimension_b is not None and dimension_a[0] == dimension_b[0]


def _conversion(unit: str | None) -> tuple[str, float] | None:
    """A unit's dimension and its size in that dimension's base unit; a rate ('bbl/day', 'm3/day') is its
    amount's dimension over the same period."""
    if unit in CONVERSIONS:
        return CONVERSIONS[unit]
    whole, slash, period = (unit or "").partition("/")
    if slash and whole in CONVERSIONS and period:
        dimension, factor = CONVERSIONS[whole]
        return f"{dimension}/{period}", factor
    return None


_TEMPERATURES = {"°C", "°F"}


def converted(figure: Figure, unit: str | None, near: float = 0.0) -> Figure:
    """The figure in another unit of its dimension; unchanged when the units do not convert.

    A temperature may be a reading (40°C is 104°F) or a difference (1.5°C warmer is 2.7°F);
    the reading closer to `near`, the other side's value, is taken.
    """
    if not convertible(figure.unit, unit):
        return figure
    if figure.unit in _TEMPERATURES:
        factor = 1.8 if unit == "°F" else 1 / 1.8
        offset = 32.0 if unit == "°F" else -32.0 / 1.8
        reading = replace(figure, unit=unit, value=figure.value * factor + offset, resolution=figure.resolution * factor,
                          value_high=None if figure.value_high is None else figure.value_high * factor + offset)
        change = _scaled(figure, unit, factor)
        return min((reading, change), key=lambda f: abs(f.value - near))
    return _scaled(figure, unit, _conversion(figure.unit)[1] / _conversion(unit)[1])


def _scaled(figure: Figure, unit: str | None, factor: float) -> Figure:
    high = None if figure.value_high is None else figure.value_high * factor
    return replace(figure, unit=unit, value=figure.value * factor, value_high=high,
                   resolution=figure.resolution * factor, scale=figure.scale * factor)


def comparable(claim: Figure, source: Figure, loose: bool = False) -> bool:
    """Same kind of figure in the same unit, so values can be compared at all.

    Loosely, a unit one side leaves out does not matter ("75.8 years" and "women 81.1"): good
    enough to find the figure, not to contradict it with another one.
    """
    if loose and {claim.kind, source.kind} == {"quantity", "count"} and None in (claim.unit, source.unit):
        return True
    if loose and claim.kind == source.kind == "quantity" and rate_omitted(claim.unit, source.unit):
        return True  # "471,000 barrels" where the source says "471,000 barrels per day"
    if loose and claim.kind == "money" and source.kind == "count" and source.unit is None \
            and _significant_digits(claim) >= 3:
        return True  # "an all-time high of 12261.00" for "$12,261": the source left the currency out
    claim, source = in_common_terms(claim, source)
    return as_comparable(claim)[:2] == as_comparable(source)[:2]


def rate_omitted(a: str | None, b: str | None) -> bool:
    """'bbl' and 'bbl/day', 'l' and 'l/m²': the same unit, one side leaving out the period (or the
    area) it is counted over."""
    def base(unit: str) -> str | None:
        whole, _, period = unit.partition("/")
        return whole if period in _PERIODS else None

    return bool(a and b and a != b and (base(a) == b or base(b) == a))


_PERIODS = {"day", "week", "month", "year", "hour", "m²"}  # '958 litres' leaves out 'per square metre' too


def _significant_digits(figure: Figure) -> int:
    return len(f"{abs(figure.written):.6g}".replace(".", "").strip("0"))


def _fraction_word(figure: Figure) -> bool:
    return figure.kind == "ratio" and figure.value < 1 and not is_multiple(figure)


def _worded_fraction(figure: Figure) -> bool:
    """'two-thirds', 'one in five', '4 in 10': a share said in words, not '0.68'."""
    return _fraction_word(figure) and any(ch.isalpha() for ch in figure.text)


def claim_interval(claim: Figure, tol: Tolerances) -> tuple[float, float]:
    """The source values a claim is consistent with."""
    _, _, value, high = as_comparable(claim)
    high = value if high is None else high
    resolution = claim.resolution * (100 if _fraction_word(claim) else 1)
    rounding = resolution / 2
    # trailing zeros: "40,000", "$500 million"; a written decimal ("0.2" in a $bn column) rounds as written
    if resolution >= 10 and resolution > value * 0.001 and not claim.resolution < claim.scale:
        rounding = min(rounding, max(value * tol.rounding_cap, resolution / 20))
    if claim.spelled and claim.kind == "count" and float(value).is_integer() and value < 100:
        rounding = 0.0  # "eight draws" counts; it does not round 7.5
    if _fraction_word(claim):
        rounding = value * (tol.fraction_hedged if claim.approximate else tol.fraction)
    elif claim.kind == "ratio":
        rounding = max(rounding, value * tol.multiple * (2 if claim.approximate else 1))
    elif claim.approximate:
        rounding = max(rounding, value * tol.hedge)
    low, top = value - rounding - 1e-9, high + rounding + 1e-9
    if claim.bound in (">", ">="):
        return (value * (1 - 1e-9), value * (1 + FROM_BELOW) + rounding) if claim.approximate else (value - 1e-9, float("inf"))
    if claim.bound in ("<", "<="):
        # "nearly half": up to 10% below, and above only by what the figure's own digits round away
        if claim.approximate:
            # 'nearly 40%' is not 41.04% (its zero is a written digit here), 'nearly $1.4 billion' not $1.45bn
            whole = resolution > claim.scale and float(claim.written or value).is_integer()
            digit = claim.scale if whole else resolution
            return value * (1 - FROM_BELOW) - digit / 2, value + digit / 2 * 0.999
        return float("-inf"), top
    return low, top


def range_ends(figure: Figure) -> tuple[Figure, Figure]:
    """The two ends of a range ('between 2.5°C and 4°C') as figures of their own."""
    high = figure.value_high
    return (replace(figure, value_high=None),
            replace(figure, value=high, value_high=None, written=high / figure.scale if figure.scale else high))


def consistent(claim: Figure, source: Figure, tol: Tolerances) -> bool:
    """True when the source figure supports the claim's value (kinds and units already agree): a value
    inside a claimed range does; a range only when both its ends agree with the claim's."""
    claim, source = in_common_terms(claim, source)
    if claim.value_high is not None and source.value_high is not None:
        (claim_low, claim_high), (source_low, source_high) = range_ends(claim), range_ends(source)
        return consistent(claim_low, source_low, tol) and consistent(claim_high, source_high, tol)
    if _worded_fraction(claim) and _worded_fraction(source) and claim.bound == source.bound == "=":
        return abs(claim.value - source.value) < 0.005  # "about three-quarters" is not the source's "two-thirds"
    low, high = claim_interval(claim, tol)
    _, _, value, top = as_comparable(source)
    top = value if top is None else top
    # a source that rounds ("14%") supports a claim more precise than itself ("14.1%")
    if claim.resolution < source.resolution and not _fraction_word(source):
        rounding = min(source.resolution / max(source.scale, 1e-12), 1.0) * source.scale / 2
        rounding = min(rounding, value * tol.rounding_cap / 2)  # "$2 million" is not "$1.53 million"
        value, top = value - rounding, top + rounding
    # a source's bound reaches only so far: "more than doubled" does not support "tripled"
    if source.bound in (">", ">="):
        top = top * (1 + BOUND_REACH)
    elif source.bound in ("<", "<="):
        value = value * (1 - BOUND_REACH)
    return value <= high and top >= low


def same_digits(claim: Figure, source: Figure) -> bool:
    """The same number as written, whatever its scale: '500' in '$500 billion' and '$500m', or the
    same figure a factor of a thousand or a million away ('€108.7 million', '108,662 million euros')."""
    if claim.written == 0 or source.written == 0:
        return False
    a, b = abs(claim.written), abs(source.written)
    step = min(claim.resolution / max(claim.scale, 1e-12), 1.0)
    if abs(a - b) <= step / 2 + 1e-9:
        return True
    # '€108.7 million' for '108.662 millones' (€108.7 billion): the same figure one scale word off
    for power in (1e3, 1e6, 1e-3, 1e-6):
        if claim.value and abs(abs(source.value) / power - abs(claim.value)) <= claim.resolution / 2 + 1e-9 \
                and claim.resolution < abs(claim.value) / 10:
            return True
    return False
