"""Which figures of a long source a claim could be judged against, picked from an index.

Matching scores every figure of the cited sources against the claim; over an excerpt of a
few hundred words that is cheap, over a 5 MB report quoted whole it is not. For a long
source this index returns, in time that does not grow with the source, every figure that
could matter: those near the claim's value (in its unit, a unit it converts to, or the unit a
source leaves out), those written with the claim's digits or with one digit slipped, and
those whose words the claim shares, the closest in words first.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from factlint.match.compare import Tolerances, as_comparable, claim_interval, is_multiple
from factlint.extract.context import keywords
from factlint.match.evidence import SourceFigure
from factlint.extract.figures import Figure
from factlint.extract.lexicon import CONVERSIONS

LONG_SOURCE = 300   # figures; below this every figure is scored, as it costs little
NEAREST = 48        # figures kept from each window or word lookup
SLIPPED = 3         # figures kept for each way of mistyping the claim's digits
COMMON = 400        # a word beside more figures than this tells none of them apart, like a stopword
_SLACK = 0.06       # a source figure's own rounding reaches this far past the claim's interval
_BOUND_SLACK = 0.3  # and a source's bound ("more than 70%") this far


def _prefix(word: str) -> str:
    return word[:4]


_SCALE_STEPS = (1.0, 1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9)


@dataclass
class _Sorted:
    """Figures of one kind and unit, sorted by size."""

    sizes: list[float] = field(default_factory=list)
    figures: list[SourceFigure] = field(default_factory=list)

    def between(self, low: float, high: float) -> list[SourceFigure]:
        first = bisect.bisect_left(self.sizes, low)
        last = bisect.bisect_right(self.sizes, high, lo=first)
        if last - first > NEAREST:  # an open bound ("more than 70%"): the nearest ones matter
            last = first + NEAREST
        return self.figures[first:last]


@dataclass
class SourceIndex:
    """Every figure of some sources, looked up by kind and size, by digits and by words."""

    figures: list[SourceFigure]
    by_unit: dict = field(default_factory=dict)      # (kind, unit) → _Sorted by comparable size
    by_dimension: dict = field(default_factory=dict)  # dimension → _Sorted by size in the base unit
    written: _Sorted = field(default_factory=_Sorted)  # every stated figure by the number as written
    by_digits: dict = field(default_factory=dict)    # the digits as written → figures
    by_word: dict = field(default_factory=dict)      # a word's first letters → figures near it
    always: list[SourceFigure] = field(default_factory=list)  # ranges and temperatures: always offered
    sentences: list[str] = field(default_factory=list)
    sentence_words: dict = field(default_factory=dict)  # a word's first letters → sentence numbers
    previous: dict = field(default_factory=dict)     # a stated figure → the ones stated right before and after it

    def __post_init__(self) -> None:
        rows_unit, rows_dimension, rows_written = {}, {}, []
        self.previous = previous_figures(self.figures)
        for source_figure in self.figures:
            figure = source_figure.figure
            kind, unit, size, high = as_comparable(figure)
            if high is not None or unit in ("°C", "°F", "K"):
                self.always.append(source_figure)
                continue
            if figure.bound != "=":
                rows_unit.setdefault(("bound", kind, unit), []).append((size, source_figure))
                continue
            rows_unit.setdefault((kind, unit), []).append((size, source_figure))
            if kind == "quantity" and unit in CONVERSIONS:
                dimension, factor = CONVERSIONS[unit]
                rows_dimension.setdefault(dimension, []).append((size * factor, source_figure))
            if not source_figure.derived:
                rows_written.append((abs(figure.written), source_figure))
                self.by_digits.setdefault(_digits(figure), []).append(source_figure)
            if source_figure.operands:
                continue  # a gap between two amounts is looked up by its size, never by its words
            for word in source_figure.near:
                self.by_word.setdefault(_prefix(word), []).append(source_figure)
        self.by_unit = {key: _sorted(rows) for key, rows in rows_unit.items()}
        self.by_dimension = {key: _sorted(rows) for key, rows in rows_dimension.items()}
        self.written = _sorted(rows_written)
        for n, sentence in enumerate(self.sentences):
            for word in set(keywords(sentence)):
                self.sentence_words.setdefault(_prefix(word), []).append(n)

    def candidates(self, claim: Figure, words: list[str], tol: Tolerances) -> list[SourceFigure]:
        """Every figure that could agree with the claim, restate it in another unit or scale, be
        mistyped for it, or be about the same thing."""
        found: dict[int, SourceFigure] = {id(c): c for c in self.always}
        low, high = _window(claim, tol)
        kind, unit, _, _ = as_comparable(claim)
        for key, rows in self.by_unit.items():
            if key[0] == "bound" and _may_compare(kind, unit, key[1:]):
                for c in rows.between(low * (1 - _BOUND_SLACK), high * (1 + _BOUND_SLACK)):
                    found[id(c)] = c
            elif key[0] != "bound" and _may_compare(kind, unit, key):
                for c in rows.between(low, high):
                    found[id(c)] = c
        for key, (lo, hi) in _changes_and_multiples(claim, low, high):
            for c in self.by_unit.get(key, _Sorted()).between(lo, hi):
                found[id(c)] = c
        if claim.kind == "quantity" and claim.unit in CONVERSIONS:
            dimension, factor = CONVERSIONS[claim.unit]
            for c in self.by_dimension.get(dimension, _Sorted()).between(low * factor, high * factor):
                found[id(c)] = c
        step = min(claim.resolution / max(claim.scale, 1e-12), 1.0) / 2 + 1e-9
        # the claim's digits as written, and a thousand, a million or a billion times them either way
        # ('28.8 billion votes' against the source's 28,809,340, '€108.7 million' against 108,662 million)
        for factor in _SCALE_STEPS:
            for c in self.written.between((abs(claim.written) - step) * factor, (abs(claim.written) + step) * factor):
                found[id(c)] = c
        for digits in _slips(_digits(claim)):
            for c in self.by_digits.get(digits, ())[:SLIPPED]:  # a number the source repeats: a few will do
                found[id(c)] = c
        for c in self._sharing(words):
            found[id(c)] = c
        return list(found.values())

    def _sharing(self, words: list[str]) -> list[SourceFigure]:
        """The figures whose nearby words share the most beginnings with the claim's words."""
        counts: dict[int, list] = {}
        for prefix in {_prefix(w) for w in words}:
            postings = self.by_word.get(prefix, ())
            if len(postings) > COMMON:
                continue
            for c in postings:
                entry = counts.setdefault(id(c), [0, c])
                entry[0] += 1
        ranked = sorted(counts.values(), key=lambda entry: -entry[0])
        return [c for _, c in ranked[:NEAREST]]

    def sentences_sharing(self, words: list[str]) -> list[str]:
        """The sentences that share the most word beginnings with the claim's words (at least one)."""
        counts: dict[int, int] = {}
        for prefix in {_prefix(w) for w in words}:
            postings = self.sentence_words.get(prefix, ())
            if len(postings) > COMMON:
                continue
            for n in postings:
                counts[n] = counts.get(n, 0) + 1
        ranked = sorted(counts, key=lambda n: (-counts[n], n))[:NEAREST]
        return [self.sentences[n] for n in sorted(ranked)] or self.sentences[:1]


def _sorted(rows: list[tuple[float, SourceFigure]]) -> _Sorted:
    rows.sort(key=lambda row: row[0])
    return _Sorted([size for size, _ in rows], [figure for _, figure in rows])


def _digits(figure: Figure) -> str:
    return "".join(ch for ch in figure.text if ch.isdigit())


def _slips(digits: str) -> list[str]:
    """The digit strings one keystroke away: one digit changed, or two neighbours swapped."""
    if len(digits) < 2 or len(digits) > 12:
        return []
    slips = [digits[:i] + d + digits[i + 1:] for i in range(len(digits)) for d in "0123456789" if d != digits[i]]
    slips += [digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:] for i in range(len(digits) - 1)]
    return slips


def _window(claim: Figure, tol: Tolerances) -> tuple[float, float]:
    low, high = claim_interval(claim, tol)
    low = max(low, 0.0) * (1 - _SLACK)
    return low, high * (1 + _SLACK) if high != float("inf") else high


def _may_compare(kind: str, unit: str | None, key: tuple) -> bool:
    """Whether figures filed under `key` may agree with, or restate, a claim of this kind and unit."""
    other_kind, other_unit = key
    if (other_kind, other_unit) == (kind, unit):
        return True
    if {kind, other_kind} <= {"count", "quantity"}:
        return True  # a unit one side leaves out, or the same number in another unit
    if kind == other_kind and kind in ("money", "percent", "quantity"):
        return True  # another currency, kind of percentage or unit: the same number may be a mismatch
    return kind == "money" and other_kind == "count"  # "an all-time high of 12261.00" for "$12,261"


def _changes_and_multiples(claim: Figure, low: float, high: float) -> list[tuple[tuple, tuple[float, float]]]:
    """'doubled' is found among changes of about +100%, a change of +100% among multiples of about 2."""
    if is_multiple(claim):
        ends = sorted((abs(low - 1) * 100, abs(high - 1) * 100))
        return [(("percent", "%"), (ends[0] * (1 - _SLACK), ends[1] * (1 + _SLACK) + 1))]
    if claim.kind == "percent" and claim.unit == "%":
        return [(("ratio", None), (1 + low / 100 * (1 - _SLACK), 1 + high / 100 * (1 + _SLACK)))]
    return []


def previous_figures(figures: list[SourceFigure]) -> dict:
    """For each figure a source states, the figure it states right before it (by id), and under
    ("after", id) the one it states right after it."""
    stated = [c for c in figures if not c.derived and not c.figure.soft]
    pairs = list(zip(stated, stated[1:]))
    return {id(later): earlier for earlier, later in pairs} | {("after", id(earlier)): later for earlier, later in pairs}


_INDEXES: dict = {}


def index_of(key: tuple, figures: list[SourceFigure], sentences: list[str]) -> SourceIndex:
    """The index of the figures of a set of cited sources, built once for each set (`key` names it)."""
    index = _INDEXES.get(key)
    if index is None:
        if len(_INDEXES) > 64:
            _INDEXES.clear()
        index = _INDEXES[key] = SourceIndex(figures, sentences=sentences)
    return index
