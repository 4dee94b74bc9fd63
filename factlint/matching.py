"""Judge a claim's figure against the figures of its sources: supported, or which rule it breaks.

Each source is read once: its figures are extracted and indexed with the words around
them. A claim is compared only with those indexed figures and their sentences, so a long
source costs about what a short excerpt does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from factlint.claims import Claim, Sentence
from factlint.compare import Tolerances, comparable, consistent, is_multiple, same_digits
from factlint.context import TIME_WORDS, Context, agreement, figure_contexts, keywords, similar_words
from factlint.figures import Figure, extract
from factlint.nlp import sentence_spans
from factlint.numbers import atomize
from factlint.sources import Source

MISMATCH_AGREEMENT = 0.5      # a different value about the same thing
SAME_NUMBER_AGREEMENT = 0.3   # the same digits in another unit: the digits already say a lot
ELSEWHERE_AGREEMENT = 0.4     # the figure found in a source the claim does not cite
WEAK_ELSEWHERE_AGREEMENT = 0.75  # "nine seats" is only misattributed when the other source is clearly about it
TYPO_AGREEMENT = 0.25          # near-identical digits need less context to be the same figure
RIVAL_AGREEMENT = 0.8         # a figure this clearly about the claim's subject beats an equal value that is not


@dataclass(frozen=True)
class SourceFigure:
    """A figure of a source, with its sentence and the words around it."""

    source_id: str
    figure: Figure
    sentence: str
    near: frozenset[str]
    words: frozenset[str]
    derived: bool = False   # a ratio or change computed from two figures of the sentence
    subject: frozenset[str] = frozenset()  # the words left of the figure: usually what it is about


@dataclass(frozen=True)
class Verdict:
    """What matching found for one claim figure: a rule name (None when supported) and why."""

    rule: str | None
    evidence: str | None = None
    source_figure: str | None = None
    source_ids: tuple[str, ...] = ()
    aspect: str | None = None
    source_direction: str | None = None


@lru_cache(maxsize=4096)
def _index_text(source_id: str, text: str) -> tuple[tuple[SourceFigure, ...], tuple[str, ...]]:
    figures: list[SourceFigure] = []
    sentences: list[str] = []
    for start, end, tokens in sentence_spans(text):
        sentence = text[start:end]
        sentences.append(sentence)
        found = extract(atomize(tokens), sentence, start)
        words = frozenset(keywords(sentence))
        first = len(figures)
        contexts = figure_contexts(sentence, [(f.start - start, f.end - start) for f in found])
        for figure, around in zip(found, contexts):
            figures.append(SourceFigure(source_id, figure, sentence, frozenset(around.left + around.right), words,
                                        subject=frozenset(around.left)))
        figures.extend(_derived(source_id, figures[first:], sentence, words))
    return tuple(figures), tuple(sentences)


def _derived(source_id: str, found: list[SourceFigure], sentence: str, words: frozenset[str]) -> list[SourceFigure]:
    """Ratios and percentage changes implied by two nearby figures of a sentence ('$1.2bn, up from $600m')."""
    derived = []
    for n, first in enumerate(found):
        for second in found[n + 1:n + 3]:
            a, b = first.figure, second.figure
            if a.kind not in ("money", "count", "quantity", "percent") or (a.kind, a.unit) != (b.kind, b.unit) \
                    or b.value <= 0 or a.value <= 0:
                continue
            near = first.near | second.near
            for later, earlier in ((a, b), (b, a)):
                ratio = later.value / earlier.value
                said = f"{later.text} from {earlier.text}"
                for figure in (Figure(later.start, later.end, f"{said} (×{ratio:.2f})", ratio, None, "ratio",
                                      resolution=0.001),
                               Figure(later.start, later.end, said, abs(ratio - 1) * 100, "%", "percent",
                                      direction="up" if ratio > 1 else "down", resolution=0.001)):
                    derived.append(SourceFigure(source_id, figure, sentence, near, words, derived=True))
    return derived


def index_source(source: Source) -> tuple[list[SourceFigure], list[str]]:
    """All figures of a source's text, each with its sentence; plus the sentences themselves."""
    figures, sentences = [], []
    for excerpt in source.excerpts:
        found, said = _index_text(source.id, excerpt)
        figures.extend(found)
        sentences.extend(said)
    return figures, sentences


@lru_cache(maxsize=256)
def _sentence_contexts(sentence: Sentence) -> list[Context]:
    return figure_contexts(sentence.text, [(f.start - sentence.start, f.end - sentence.start) for f in sentence.figures])


def claim_context(claim: Claim) -> Context:
    """Words around the claim's figure inside its clause."""
    return _sentence_contexts(claim.sentence)[claim.sentence.figures.index(claim.figure)]


def _may_derive(figure: Figure) -> bool:
    """Only multiples and stated changes may be computed from two source figures."""
    return is_multiple(figure) or (
        figure.kind == "percent" and figure.direction is not None and not figure.level)


def _score(context: Context, candidate: SourceFigure) -> float:
    return agreement(context.left, context.right, set(candidate.near), set(candidate.words))


def _opposite(claim: Figure, source: Figure) -> bool:
    a, b = claim.signed_direction, source.signed_direction
    return bool(a and b and a != b and claim.level == source.level)


def _best(scored: list[tuple[float, SourceFigure]]) -> tuple[float, SourceFigure] | None:
    return max(scored, key=lambda pair: pair[0]) if scored else None


def _closest_sentence(context: Context, sentences: list[str]) -> str | None:
    words = context.left + context.right
    if not sentences:
        return None
    return max(sentences, key=lambda s: agreement(words, [], set(), set(keywords(s))))


def judge(claim: Claim, cited: list[Source], others: list[Source], tol: Tolerances) -> Verdict:
    """Compare a claim's figure with its cited sources (and, failing them, the article's others)."""
    figure = claim.figure
    context = claim_context(claim)
    candidates: list[SourceFigure] = []
    sentences: list[str] = []
    for source in cited:
        found, said = index_source(source)
        candidates.extend(found)
        sentences.extend(said)
    scored = [(_score(context, c), c) for c in candidates if not c.derived or _may_derive(figure)]
    same_kind = [(s, c) for s, c in scored if comparable(figure, c.figure)]
    agreeing = [(s, c) for s, c in scored if comparable(figure, c.figure, loose=True) and consistent(figure, c.figure, tol)]
    ids = tuple(s.id for s in cited)
    if agreeing:
        return _supported(figure, context, keywords(claim.sentence.text), agreeing, same_kind, tol, ids)
    direct = [(s, c) for s, c in scored if not c.derived]
    needed = 0.0 if _distinctive(figure) else SAME_NUMBER_AGREEMENT
    unit = _best([(s, c) for s, c in direct if s >= needed and _same_number_other_unit(figure, c.figure, tol)])
    if unit:
        return Verdict("unit-mismatch", unit[1].sentence, unit[1].figure.text, ids, _aspect(figure, unit[1].figure))
    elsewhere = _found_elsewhere(figure, context, others, tol)
    if elsewhere and (not figure.weak or _score(context, elsewhere) >= WEAK_ELSEWHERE_AGREEMENT):
        return Verdict("misattributed-figure", elsewhere.sentence, elsewhere.figure.text, (elsewhere.source_id,))
    own_words = context.left + context.right
    rival = None if figure.weak else _best([(s, c) for s, c in same_kind if (not c.derived or is_multiple(figure))
                                            and s >= MISMATCH_AGREEMENT and _shares_content(own_words, c)])
    if rival is None and not figure.weak:
        # a slip of the keyboard: "41.1%" for 14.1%, "262.6 million" for 226.6 million
        needed = 0.0 if len(_digits(figure)) >= 3 else TYPO_AGREEMENT
        rival = _best([(s, c) for s, c in same_kind if not c.derived and s >= needed
                       and _digits_slipped(figure, c.figure)])
    if rival:
        return Verdict("figure-mismatch", rival[1].sentence, rival[1].figure.text, ids)
    if figure.weak:
        return Verdict(None)
    return Verdict("unsupported-figure", _closest_sentence(context, sentences), None, ids)


def _subject_match(subject: list[str], candidate: SourceFigure) -> float | None:
    """Share of the claim's subject words the source puts left of its figure; None when either has none."""
    if not subject or not candidate.subject:
        return None
    matched = sum(any(similar_words(word, other) for other in candidate.subject) for word in subject)
    return matched / len(subject)


def _shares_content(claim_words: list[str], candidate: SourceFigure) -> bool:
    """Whether the claim's sentence and the source figure's context share a word that says what, not when."""
    return any(similar_words(word, other) for word in claim_words if word not in TIME_WORDS
               for other in candidate.near)


def _supported(figure: Figure, context: Context, sentence_words: list[str], agreeing, same_kind, tol: Tolerances,
               ids) -> Verdict:
    """The value is there; still wrong if it goes the other way or belongs to something else."""
    subject = [] if context.borrowed else context.left
    direct = [(s, c) for s, c in agreeing if not c.derived]
    agreeing = direct or agreeing  # a figure the source states beats one computed from two others
    score, best = max(agreeing, key=lambda pair: (pair[0], not _opposite(figure, pair[1].figure), not pair[1].derived))
    better = _best([(s, c) for s, c in same_kind if not c.derived and s >= RIVAL_AGREEMENT]) if score < 0.25 else None
    matched = _subject_match(subject, best)
    if better is None and matched is not None and matched < 1:
        # "exports rose 14.1%" where the source's 14.1% is imports' and its exports figure differs
        others = [w for w in sentence_words if not any(similar_words(w, x) for x in subject)]
        elsewhere = _shares_content(others, best)  # the equal value shares other words with the claim
        agreeing_ids = {id(c) for _, c in agreeing}
        better = _best([(s, c) for s, c in same_kind if not c.derived and id(c) not in agreeing_ids
                        and not _opposite(figure, c.figure) and s >= max(score, MISMATCH_AGREEMENT)
                        and (c.figure.direction or not figure.direction or figure.level)
                        and (_subject_match(subject, c) or 0) >= max(0.5, matched + 0.5)
                        and all(any(similar_words(w, x) for x in sentence_words) for w in c.subject)
                        and (not elsewhere or (s >= score + 0.5 and _subject_match(subject, c) == 1))])
    if better:
        return Verdict("figure-mismatch", better[1].sentence, better[1].figure.text, ids)
    same_way = [c for s, c in agreeing if s >= score - 0.2 and not c.derived and not _opposite(figure, c.figure)]
    if _opposite(figure, best.figure) and not same_way:
        return Verdict("direction-mismatch", best.sentence, best.figure.text, ids,
                       source_direction=best.figure.signed_direction)
    return Verdict(None, best.sentence, best.figure.text, ids)


def _same_number_other_unit(claim: Figure, source: Figure, tol: Tolerances) -> bool:
    """The source has this number, but in another scale, unit, currency or kind of percentage."""
    kinds = {claim.kind, source.kind}
    if kinds <= {"count", "quantity"} and (claim.unit is None) != (source.unit is None):
        return False  # a source that leaves the unit out ("women 81.1") does not contradict "81.1 years"
    if claim.unit != source.unit and (kinds == {"money"} or kinds == {"percent"} or kinds <= {"count", "quantity"}):
        exact = replace(claim, bound="=")
        return same_digits(claim, source) or consistent(exact, replace(source, unit=claim.unit), tol)
    if claim.unit == source.unit and claim.kind == source.kind and claim.scale != source.scale:
        return same_digits(claim, source)
    if kinds == {"percent", "quantity"} and source.unit is not None:
        return _distinctive(claim) and same_digits(claim, source)  # "rose 2.3%" where the source says 2.3 ppm
    return False


def _digits(figure: Figure) -> str:
    return re.sub(r"\D", "", figure.text)


def _digits_slipped(claim: Figure, source: Figure) -> bool:
    """The same digits but one changed or two neighbours swapped, at the same scale and in the same unit."""
    a, b = _digits(claim), _digits(source)
    if claim.scale != source.scale or claim.unit != source.unit or len(a) != len(b) or len(a) < 2 or a == b:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] \
        and a[differ[1]] == b[differ[0]]
    return len(differ) == 1 or swapped


def _distinctive(figure: Figure) -> bool:
    """Digits unlikely to recur by chance: '4.6', '13.09', '389,800' (not '5' or '20')."""
    digits = f"{abs(figure.written):.6g}".replace(".", "").strip("0")
    return len(digits) >= 2 and not figure.spelled


def _aspect(claim: Figure, source: Figure) -> str:
    if claim.kind == "percent" and source.kind == "percent":
        return "percentage kind"
    if claim.unit != source.unit:
        return "currency" if claim.kind == "money" else "unit"
    return "scale"


def _found_elsewhere(figure: Figure, context, others: list[Source], tol: Tolerances) -> SourceFigure | None:
    """The best-matching figure with the claim's value in a source the claim does not cite."""
    figure = replace(figure, bound="=")  # "up to 250 km/h" is not 'found' in every smaller speed
    best = None
    for source in others:
        found, _ = index_source(source)
        for candidate in found:
            if candidate.derived or not comparable(figure, candidate.figure) or not consistent(figure, candidate.figure, tol):
                continue
            score = _score(context, candidate)
            needed = ELSEWHERE_AGREEMENT / 2 if _distinctive(figure) else ELSEWHERE_AGREEMENT
            if score >= needed and (best is None or score > best[0]):
                best = (score, candidate)
    return best[1] if best else None
