"""Judge a claim's figure against the figures of its sources: supported, or which rule it breaks.

Each source is read once: its figures are extracted and indexed with the words around
them. A claim is compared only with those indexed figures and their sentences, so a long
source costs about what a short excerpt does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from factlint.claims import Claim
from factlint.compare import Tolerances, comparable, consistent, same_digits
from factlint.context import TIME_WORDS, Context, agreement, keywords, similar_words, window
from factlint.figures import Figure, extract
from factlint.nlp import sentence_spans
from factlint.numbers import atomize
from factlint.sources import Source

MISMATCH_AGREEMENT = 0.5      # a different value about the same thing
SAME_NUMBER_AGREEMENT = 0.3   # the same digits in another unit: the digits already say a lot
ELSEWHERE_AGREEMENT = 0.4     # the figure found in a source the claim does not cite
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
        for n, figure in enumerate(found):
            prev_end = found[n - 1].end - start if n else 0
            next_start = found[n + 1].start - start if n + 1 < len(found) else len(sentence)
            around = window(sentence, figure.start - start, figure.end - start, prev_end, next_start)
            figures.append(SourceFigure(source_id, figure, sentence, frozenset(around.left + around.right), words,
                                        subject=frozenset() if around.borrowed else frozenset(around.left)))
        figures.extend(_derived(source_id, found, sentence, words))
    return tuple(figures), tuple(sentences)


def _derived(source_id: str, found: list[Figure], sentence: str, words: frozenset[str]) -> list[SourceFigure]:
    """Ratios and percentage changes implied by two figures of one sentence ('$1.2bn, up from $600m')."""
    derived = []
    for a in found:
        for b in found:
            if a is b or a.kind not in ("money", "count", "quantity", "percent") or (a.kind, a.unit) != (b.kind, b.unit) \
                    or b.value <= 0 or a.value <= 0:
                continue
            ratio = a.value / b.value
            for figure in (Figure(a.start, a.end, f"{a.text} against {b.text}", ratio, None, "ratio", resolution=0.001),
                           Figure(a.start, a.end, f"{a.text} against {b.text}", abs(ratio - 1) * 100, "%", "percent",
                                  direction="up" if ratio > 1 else "down", resolution=0.001)):
                derived.append(SourceFigure(source_id, figure, sentence, frozenset(), words, derived=True))
    return derived


def index_source(source: Source) -> tuple[list[SourceFigure], list[str]]:
    """All figures of a source's text, each with its sentence; plus the sentences themselves."""
    figures, sentences = [], []
    for excerpt in source.excerpts:
        found, said = _index_text(source.id, excerpt)
        figures.extend(found)
        sentences.extend(said)
    return figures, sentences


def claim_context(claim: Claim) -> Context:
    """Words around the claim's figure inside its clause."""
    sentence, figure = claim.sentence, claim.figure
    figures = sentence.figures
    n = figures.index(figure)
    prev_end = figures[n - 1].end - sentence.start if n else 0
    next_start = figures[n + 1].start - sentence.start if n + 1 < len(figures) else len(sentence.text)
    return window(sentence.text, figure.start - sentence.start, figure.end - sentence.start, prev_end, next_start)


def _may_derive(figure: Figure) -> bool:
    """Only multiples and stated changes may be computed from two source figures."""
    return (figure.kind == "ratio" and figure.value > 1) or (
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
    agreeing = [(s, c) for s, c in same_kind if consistent(figure, c.figure, tol)]
    ids = tuple(s.id for s in cited)
    if agreeing:
        return _supported(figure, context, agreeing, same_kind, tol, ids)
    direct = [(s, c) for s, c in scored if not c.derived]
    needed = 0.0 if _distinctive(figure) else SAME_NUMBER_AGREEMENT
    unit = _best([(s, c) for s, c in direct if s >= needed and _same_number_other_unit(figure, c.figure, tol)])
    if unit:
        return Verdict("unit-mismatch", unit[1].sentence, unit[1].figure.text, ids, _aspect(figure, unit[1].figure))
    elsewhere = _found_elsewhere(figure, context, others, tol)
    if elsewhere and not figure.weak:
        return Verdict("misattributed-figure", elsewhere.sentence, elsewhere.figure.text, (elsewhere.source_id,))
    rival = _best([(s, c) for s, c in same_kind if not c.derived and s >= MISMATCH_AGREEMENT])
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


def _shares_content(context: Context, candidate: SourceFigure) -> bool:
    """Whether the claim and the source figure share a word that says what, not when."""
    return any(similar_words(word, other) for word in context.left + context.right if word not in TIME_WORDS
               for other in candidate.near)


def _supported(figure: Figure, context: Context, agreeing, same_kind, tol: Tolerances, ids) -> Verdict:
    """The value is there; still wrong if it goes the other way or belongs to something else."""
    subject = [] if context.borrowed else context.left
    score, best = max(agreeing, key=lambda pair: (pair[0], not _opposite(figure, pair[1].figure), not pair[1].derived))
    better = _best([(s, c) for s, c in same_kind if not c.derived and s >= RIVAL_AGREEMENT]) if score < 0.25 else None
    if better is None and _subject_match(subject, best) == 0 and not _shares_content(context, best):
        # "exports rose 14.1%" where the source's 14.1% is imports' and its exports figure differs
        agreeing_ids = {id(c) for _, c in agreeing}
        better = _best([(s, c) for s, c in same_kind if not c.derived and id(c) not in agreeing_ids
                        and (_subject_match(subject, c) or 0) >= 0.5 and s >= max(score, MISMATCH_AGREEMENT)])
    if better:
        return Verdict("figure-mismatch", better[1].sentence, better[1].figure.text, ids)
    same_way = [c for s, c in agreeing if s >= score - 0.2 and not _opposite(figure, c.figure)]
    if _opposite(figure, best.figure) and not same_way:
        return Verdict("direction-mismatch", best.sentence, best.figure.text, ids,
                       source_direction=best.figure.signed_direction)
    return Verdict(None, best.sentence, best.figure.text, ids)


def _same_number_other_unit(claim: Figure, source: Figure, tol: Tolerances) -> bool:
    """The source has this number, but in another scale, unit, currency or kind of percentage."""
    kinds = {claim.kind, source.kind}
    if claim.unit != source.unit and (kinds == {"money"} or kinds == {"percent"} or kinds <= {"count", "quantity"}):
        exact = replace(claim, bound="=")
        return same_digits(claim, source) or consistent(exact, replace(source, unit=claim.unit), tol)
    if claim.unit == source.unit and claim.kind == source.kind and claim.scale != source.scale:
        return same_digits(claim, source)
    return False


def _distinctive(figure: Figure) -> bool:
    """Digits unlikely to recur by chance: '4.6', '13.09', '389,800' (not '5' or '20')."""
    digits = f"{abs(figure.written):.6g}".replace(".", "").strip("0")
    return len(digits) >= 2 and not figure.spelled


def _aspect(claim: Figure, source: Figure) -> str:
    if claim.kind == "percent":
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
            if score >= ELSEWHERE_AGREEMENT and (best is None or score > best[0]):
                best = (score, candidate)
    return best[1] if best else None
