"""Judge a claim's figure against the figures of its sources: supported, or which rule it breaks.

A claim is compared only with the indexed figures of its sources (see evidence.py) and
their sentences, never by fuzzy matching over a whole document, so a long source costs
about what a short excerpt does. The steps, in order: the value is there (supported,
unless it goes the other way or belongs to another subject); the same number in another
unit; the figure in a source the claim does not cite; a different value about the same
thing; otherwise not found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from factlint.extract.ages import age_groups, age_tags
from factlint.extract.sexes import sex_tags
from factlint.extract.claims import Claim, Sentence
from factlint.match.compare import (DOLLARS, Tolerances, as_comparable, bare_dollar, claim_interval, comparable,
                                    consistent, convertible, converted, in_common_terms, is_multiple, range_ends,
                                    rate_omitted, same_digits)
from factlint.extract.context import TIME_WORDS, Context, abbreviated, agreement, figure_contexts, keywords, similar_words
from factlint.match.candidates import LONG_SOURCE, index_of, previous_figures
from factlint.match.contrast import the_other_one
from factlint.match.evidence import (AMOUNT_KINDS, SourceFigure, digits_by_sentence, figure_digits, index_source, prose,
                                     stated_between)
from factlint.extract.figures import Figure
from factlint.extract.lexicon import ORDINAL_WORDS, TIME_UNITS
from factlint.extract.periods import clash, is_base, periods
from factlint.read.sources import Source

MISMATCH_AGREEMENT = 0.5      # a different value about the same thing
SAME_NUMBER_AGREEMENT = 0.3   # the same digits in another unit: the digits already say a lot
ELSEWHERE_AGREEMENT = 0.4     # the figure found in a source the claim does not cite
CLEARLY_CLOSER = 0.3          # a cited rival this much closer than another source's equal value outweighs it,
CLEARLY_ABOUT_IT = 0.67       # when its words agree at least this well
WEAK_ELSEWHERE_AGREEMENT = 0.6  # "nine seats" is only misattributed when the other source is clearly about it
PERIOD_CREDIT = 0.25          # a source figure for the claim's own month, quarter or year
BOUND_AGREEMENT = 0.5         # a source's bound supports another number only about the same thing
TYPO_AGREEMENT = 0.25          # near-identical digits need less context to be the same figure
FITS_AS_WELL = 0.05           # source figures scored this close to the best one: none is clearly meant


@dataclass(frozen=True)
class Verdict:
    """What matching found for one claim figure: a rule name (None when supported) and why."""

    rule: str | None
    evidence: str | None = None
    source_figure: str | None = None
    source_ids: tuple[str, ...] = ()
    aspect: str | None = None
    source_direction: str | None = None
    also_fitting: tuple[str, ...] = ()  # other source figures that fit about as well: each a candidate fix
    other_unit: bool = False  # the source figure is the claim's in another unit ('7.3 km' against '4.8 miles')


@lru_cache(maxsize=256)
def _sentence_contexts(sentence: Sentence) -> list[Context]:
    return figure_contexts(sentence.text, [(f.start - sentence.start, f.end - sentence.start) for f in sentence.figures],
                           headed=True)


def _leading_period(claim: Claim, figure: Figure) -> frozenset[str]:
    """'In the first quarter, final sales rose 1.2%': a period set off at the head of the sentence
    holds for its figures, but not for the base a figure is compared with ('from 12.9%')."""
    sentence = claim.sentence
    comma = sentence.text.find(",")
    if comma == -1 or any(f.start - sentence.start < comma for f in sentence.figures):
        return frozenset()
    if _is_the_base(sentence, figure):
        return frozenset()
    return periods(sentence.text[:comma])


def _is_the_base(sentence: Sentence, figure: Figure) -> bool:
    """Whether the words right before a figure make it the base of a comparison ('up from 115.1 million')."""
    earlier = [f.end for f in sentence.figures if f.end <= figure.start]
    before = sentence.text[(max(earlier) if earlier else sentence.start) - sentence.start:figure.start - sentence.start]
    return is_base(before)


def _names_a_period(tags: frozenset[str]) -> bool:
    return any(tag[0] in "qhym" for tag in tags)


def claim_context(claim: Claim) -> Context:
    """Words around the claim's figure inside its clause (a table row's: its label and header)."""
    index = claim.sentence.figures.index(claim.figure)
    if claim.sentence.contexts:
        return claim.sentence.contexts[index]
    return _sentence_contexts(claim.sentence)[index]


# words that make an amount the difference of two others: 'a margin of about 915,000 votes', '114 metres
# higher than the previous record', 'a lead of 12 seats'
_DIFFERENCE_WORDS = re.compile(r"\b(?:margin|gap|lead|difference|ahead|behind|short of|(?:higher|lower|more|"
                               r"fewer|less|greater|bigger|smaller|taller|longer|shorter) than)\b", re.I)


_OR_SOME = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*,?\s*or\s+(?:(?:some|about|around|roughly|nearly|almost|just over|just under)\s+)?", re.I)
_AHEAD_BY = re.compile(r"\bby\s+(?:(?:nearly|almost|about|around|roughly|some|just|only|more than|over|under|"
                       r"less than)\s+)?$", re.I)


def _may_be_a_difference(claim: Claim) -> bool:
    """An amount that may be worked out as the gap between two source figures: a stated change of an
    amount ('raise it by a million to 13 million') or one the words around it call a margin or a gap."""
    figure = claim.figure
    if figure.kind not in AMOUNT_KINDS and as_comparable(figure)[1] != "pp" or figure.value_high is not None:
        return False
    if figure.direction is not None and not figure.level:
        return True
    start, end = figure.start - claim.sentence.start, figure.end - claim.sentence.start
    text = claim.sentence.text
    order = claim.sentence.figures
    before = order[order.index(figure) - 1] if order.index(figure) else None
    # "down about 2.5%, or some 105 million bushels": the change restated as an amount
    restated = before is not None and _OR_SOME.fullmatch(text[before.end - claim.sentence.start:start]) and (
        before.direction is not None and not before.level
        or bool(_AHEAD_BY.search(text[:before.start - claim.sentence.start])))  # "won by 2.1 million votes, or 1.8 points"
    # "won the popular vote by nearly 2.9 million": an amount one side is ahead by
    return bool(restated or _DIFFERENCE_WORDS.search(text[max(0, start - 40):end + 40]) or _AHEAD_BY.search(text[:start]))


def _between_its_siblings(candidate: SourceFigure, siblings: tuple[Figure, ...], tol: Tolerances) -> bool:
    """A difference worked out from two source figures that the claim's sentence states too."""
    return bool(candidate.operands) and all(
        any(comparable(sibling, operand, loose=True) and consistent(sibling, operand, tol) for sibling in siblings)
        for operand in candidate.operands)


def _may_derive(figure: Figure) -> bool:
    """Only multiples and stated changes may be computed from two source figures."""
    return is_multiple(figure) or (
        (figure.kind == "percent" or figure.unit == "points") and figure.direction is not None and not figure.level)


def _score(context: Context, candidate: SourceFigure) -> float:
    """How well a source figure's words agree with the claim's; naming the same period counts too."""
    score = agreement(context.left, context.right, set(candidate.near), set(candidate.words))
    return min(1.0, score + PERIOD_CREDIT) if context.when & candidate.when else score


def _opposite(claim: Figure, source: Figure) -> bool:
    a, b = claim.signed_direction, source.signed_direction
    return bool(a and b and a != b and claim.level == source.level)


def _best(scored: list[tuple[float, SourceFigure]]) -> tuple[float, SourceFigure] | None:
    return max(scored, key=lambda pair: pair[0]) if scored else None


def _also_fitting(scored: list[tuple[float, SourceFigure]], best: tuple[float, SourceFigure]) -> tuple[str, ...]:
    """The other source figures (other texts than the best's) whose words agree with the claim's
    about as well as the best one's: when there are any, no one of them is clearly meant. The base
    the best one is compared with ('eased to 4.9% from 5.6%') is no rival of it, nor is a figure in
    another unit (its conversion: '7.73 kilometers (4.8 miles)')."""
    score, chosen = best
    return tuple(dict.fromkeys(c.figure.text for s, c in scored if s >= score - FITS_AS_WELL
                               and c.figure.text != chosen.figure.text and c.figure.unit == chosen.figure.unit
                               and c.figure.kind == chosen.figure.kind and not _base_of(chosen, c)))


def _base_of(chosen: SourceFigure, other: SourceFigure) -> bool:
    """Whether `other` follows `chosen` in its sentence as the base it is compared with ('4.9% from 5.6%')."""
    return other.sentence == chosen.sentence and other.figure.start > chosen.figure.start \
        and is_base(chosen.gap_after(other))


def _closest_sentence(context: Context, sentences: list[str]) -> str | None:
    words = context.left + context.right
    if not sentences:
        return None
    return max(sentences, key=lambda s: agreement(words, [], set(), set(keywords(s))))


_WHEN_WORDS = TIME_WORDS | ORDINAL_WORDS
_DATED = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b\d+(?:st|nd|rd|th)\b")


@dataclass
class _Case:
    """One claim figure and what its cited sources hold, scored by how well their words agree."""

    figure: Figure
    context: Context
    sentence_words: list[str]
    scored: list[tuple[float, SourceFigure]]
    sentences: list[str]
    ids: tuple[str, ...]
    siblings: tuple[Figure, ...] = ()  # the other figures of the claim's sentence
    following: Figure | None = None    # the figure right after this one in the claim's sentence
    reaches_following: bool = False    # "rose 9% to $27.5 billion": only "to" stands between them
    previous: dict = field(default_factory=dict)  # a stated figure (by id) → the one before it; ("after", id) → after
    near_following: tuple[SourceFigure, ...] = ()  # source figures that could be the next claim figure's
    when: frozenset[str] = frozenset()     # the periods the claim's clause names
    base: bool = False  # the claim figure is the base of a comparison ("up from 115.1 million")
    listed: tuple[Figure, ...] = ()  # the figures of the claim's sentence of its kind, in order, itself among them
    ages: frozenset[str] = frozenset()  # the one age group the claim's sentence names, if it names one
    row: bool = False  # the claim is a cell of a table row (its words are its row label and column header)

    same_kind: list[tuple[float, SourceFigure]] = field(init=False)

    def __post_init__(self) -> None:
        self.same_kind = [(s, c) for s, c in self.scored if comparable(self.figure, c.figure)
                          and not clash(self.when, c.when)]


def _a_share(figure: Figure) -> bool:
    """A share of a whole ('about 97% of it', 'seven in ten'), which a part and its whole in one source
    sentence may give."""
    return figure.kind == "percent" and figure.unit == "%" and figure.direction is None or figure.kind == "ratio" \
        and figure.value < 1 and not is_multiple(figure)


def judge(claim: Claim, cited: list[Source], others: list[Source], tol: Tolerances) -> Verdict:
    """Compare a claim's figure with its cited sources (and, failing them, the article's others)."""
    figure, context = claim.figure, claim_context(claim)
    words = context.left + context.right
    order = claim.sentence.figures
    following = order[order.index(figure) + 1] if order.index(figure) + 1 < len(order) else None
    candidates, sentences, previous, near_following = _cited_figures(cited, figure, following, words, tol)
    # only figures that could agree, contradict or restate the claim in another unit are scored
    difference = _may_be_a_difference(claim)
    relevant = [c for c in candidates if (not c.derived or (_a_share(figure) if c.share else difference
                                                            if c.operands else _may_derive(figure)))
                and (comparable(figure, c.figure, loose=True) or _same_number_other_unit(figure, c.figure, tol))]
    every = [(_score(context, c), c) for c in relevant]
    scored = [(s, c) for s, c in every if not c.figure.soft]  # a soft figure may support, never refute
    siblings = tuple(f for f in claim.sentence.figures if f is not figure)
    gap = claim.sentence.text[figure.end - claim.sentence.start:following.start - claim.sentence.start] \
        if following else ""
    case = _Case(figure, context, keywords(claim.sentence.text), scored, sentences, tuple(s.id for s in cited),
                 siblings, following, _reaches(gap), previous, near_following,
                 context.when if _names_a_period(context.when) else context.when | _leading_period(claim, figure),
                 base=_is_the_base(claim.sentence, figure),
                 listed=tuple(f for f in order if f is figure or comparable(figure, f)),
                 ages=_one_age_group(claim.sentence.text), row=bool(claim.sentence.contexts))
    ranged = max((s for s, c in every if c.figure.value_high is not None and not c.derived
                  and comparable(figure, c.figure)), default=-1.0) if figure.value_high is not None else -1.0
    agreeing = [(s, c) for s, c in every if comparable(figure, c.figure, loose=True) and consistent(figure, c.figure, tol)
                # a ratio computed from two figures must at least share a word, or a gap between two amounts
                # be between the claim's own ('306 electoral votes to Trump's 232, a lead of 74')
                and (s > 0 or not c.derived or _between_its_siblings(c, siblings, tol))
                and not clash(case.when, c.when)  # the same number for another quarter or year is no support
                # "soars above 21%" supports "23.5%" only when it is clearly about the same thing
                and (c.figure.bound == "=" or same_digits(figure, c.figure) or s >= BOUND_AGREEMENT)
                # "a likely range of 2.5°C to 4.5°C" is not borne out by a best estimate of 3°C inside it
                # when the source gives a range of its own that fits the claim's words as well
                and (not _inside_the_range(figure, c.figure) or s > ranged)]
    if agreeing:
        # "1.7 nautical miles" where the source says "1.7 miles" of the same strait and "2 miles" of
        # a shipping lane: the same digits about the same thing outweigh a value that only converts
        weakly = max(s for s, _ in agreeing) + 0.5
        return (_in_another_unit(case, tol, at_least=weakly, convertible_only=True) if weakly <= 1.0 else None) \
            or _found(case, agreeing, tol)
    closest = _closest_sentence(context, sentences)
    # a duration ("for the first time in 14 years") is often worked out from a date the source gives
    # a figure worked out from the claim's others ('added 13 centimetres since his first record, 6.17 m'
    # where the source's list runs from 6.30 to 6.17) is neither unsupported nor contradicted
    worked_out = _worked_out_from_siblings(figure, siblings, tol) \
        or _gap_from_a_sibling(figure, siblings, relevant, tol)
    quiet = figure.weak or worked_out or (figure.unit in TIME_UNITS and (
        bool(closest and _DATED.search(closest)) or _said_as_ordinal(figure, sentences)))
    # "grew 2.6% to 10.6 million" where the source says 0.8% to it; "doubled, to 5.5 million" where it
    # says 5.5 million, up from 4.2 million
    paired = _paired_in_the_source(case, []) or _multiple_of_the_level(case, tol)
    if paired:
        return Verdict("figure-mismatch", paired.sentence, paired.figure.text, case.ids)
    # "grew 37.9% to 12.87 million" where the cited source has the 12.87 million: it is the right
    # source, and another's 37.9% (of another year) is no reason to send the reader there
    elsewhere = None if _levels_reached(case) else _in_another_source(case, others, tol)
    other_unit = _in_another_unit(case, tol)
    if other_unit and elsewhere and not _in_another_unit(case, tol, at_least=1e-9):
        # '4.5 inches' against a table cell '4.51' (million miles) that shares no word with the claim,
        # while another source of the article says '4,5 pouces': the claim was cited to the wrong source
        other_unit = None
    return (other_unit or _in_its_place(case, tol) or elsewhere or _for_its_period(case, tol)
            or (None if worked_out else _contradicted(case, tol))
            or _mistyped(case) or _alone_near_in_its_unit(case)
            or Verdict(None if quiet else "unsupported-figure", closest, None, case.ids))


def _cited_figures(cited: list[Source], figure: Figure, following: Figure | None, words: list[str],
                   tol: Tolerances):
    """The cited sources' figures a claim could be judged against, their sentences, each stated
    figure's predecessor and the figures that could be the claim's next figure. Every figure of a
    short source; for a long one, those an index picks (candidates.py), so cost stays flat."""
    figures, sentences = _all_figures(tuple((s.id, tuple(s.excerpts)) for s in cited), cited)
    if len(figures) < LONG_SOURCE:
        stated = [c for c in figures if not c.derived and not c.figure.soft]
        return figures, sentences, previous_figures(figures), tuple(stated)
    index = index_of(tuple((s.id, tuple(s.excerpts)) for s in cited), figures, sentences)
    near_following = tuple(index.candidates(following, words, tol)) if following is not None else ()
    return index.candidates(figure, words, tol), index.sentences_sharing(words), index.previous, near_following


_FIGURES: dict = {}


def _all_figures(key: tuple, cited: list[Source]) -> tuple[list[SourceFigure], list[str]]:
    """Every figure and sentence of a set of cited sources, gathered once for each set (`key` names it)."""
    found = _FIGURES.get(key)
    if found is None:
        figures: list[SourceFigure] = []
        sentences: list[str] = []
        for source in cited:
            more, said = index_source(source)
            figures.extend(more)
            sentences.extend(said)
        if len(_FIGURES) > 256:
            _FIGURES.clear()
        found = _FIGURES[key] = (figures, sentences)
    return found


def _found(case: _Case, agreeing: list[tuple[float, SourceFigure]], tol: Tolerances) -> Verdict:
    """The value is there; still wrong if it belongs to another subject or goes the other way."""
    direct = [(s, c) for s, c in agreeing if not c.derived]
    agreeing = direct or agreeing  # a figure the source states beats one computed from two others
    figure = case.figure
    score, best = max(agreeing, key=lambda pair: (pair[0], not _opposite(figure, pair[1].figure), not pair[1].derived))
    rival = _paired_in_the_source(case, agreeing) or _the_claims_own_figure(case, agreeing, score, best) \
        or _set_apart(case, agreeing, tol) \
        or _the_claims_own_group(case, agreeing, score) or _said_the_same_way(case, agreeing, score) \
        or _other_end(case, agreeing, tol)
    if rival:
        return Verdict("figure-mismatch", rival.sentence, rival.figure.text, case.ids)
    # a value the source states with no direction (a table's '8.4 5.4 2.4') neither bears out nor refutes the
    # claim's; one about as close that goes the other way ('went from 8.4% in 2022 to 5.4%') does refute it
    close = [(s, c) for s, c in agreeing if s >= score - 0.2 and not c.derived]
    against = _best([(s, c) for s, c in close
                     if _opposite(figure, c.figure) and (s >= MISMATCH_AGREEMENT or c is best)])
    same_way = [c for _, c in close if not _opposite(figure, c.figure) and not (
        against and figure.signed_direction and not c.figure.signed_direction and _restates(against[1], c))]
    if against and not same_way:
        return Verdict("direction-mismatch", against[1].sentence, against[1].figure.text, case.ids,
                       source_direction=against[1].figure.signed_direction)
    return Verdict(None, best.sentence, best.figure.text, case.ids)


def _restates(said: SourceFigure, cell: SourceFigure) -> bool:
    """Whether a value with no direction is the same thing as one said with its direction: its subject is all
    in the other's ('Euro area 8.4 5.4 2.4' and 'Euro area annual inflation went from 8.4% in 2022 to 5.4%')."""
    named = [w for w in cell.subject if w not in _WHEN_WORDS]
    return bool(named) and all(any(similar_words(w, o) for o in said.subject) for w in named)


def _said_as_ordinal(figure: Figure, sentences: list[str]) -> bool:
    """'29 years' where the source says 'the 29th consecutive year'."""
    if not float(figure.value).is_integer():
        return False
    number = int(figure.value)
    return any(f"{number}{end}" in sentence for sentence in sentences for end in ("st", "nd", "rd", "th"))


def _reaches(gap: str) -> bool:
    """'… 9% to $27.5 billion': only 'to' (and perhaps a hedge) between a change and the level it reaches."""
    return gap.strip(" ,").lower() in ("to", "to about", "to around", "to roughly", "to some", "to nearly", "to almost",
                                       "reaching", "to reach", "taking it to", "bringing it to")


def _worked_out_from_siblings(figure: Figure, siblings: tuple[Figure, ...], tol: Tolerances) -> bool:
    """'won 37 seats, more than doubling the 17 it held': a multiple the claim's own figures give."""
    if not is_multiple(figure):
        return False
    return any(a is not b and comparable(a, b) and a.kind in ("count", "money", "quantity", "percent")
               and b.value > 0 and a.value > b.value
               and consistent(figure, replace(figure, value=a.value / b.value, bound="=", approximate=False), tol)
               for a in siblings for b in siblings)


def _gap_from_a_sibling(figure: Figure, siblings: tuple[Figure, ...], relevant: list[SourceFigure],
                        tol: Tolerances) -> bool:
    """'114 metres higher than the previous record of 5,184 m' where the source gives 5298 m and 5184 m
    a sentence apart; 'added 13 centimetres since his first record, 6.17 m' where a list runs from 6.30
    to 6.17: an amount that is the gap between a figure the claim names and another the source states
    next to it (same or adjacent sentence)."""
    if figure.kind not in AMOUNT_KINDS or figure.value_high is not None:
        return False
    stated = [c for c in relevant if not c.derived and not c.figure.soft and c.figure.value_high is None]
    for sibling in siblings:
        if sibling.kind != figure.kind or sibling.value_high is not None or not comparable(figure, sibling):
            continue
        named = [c for c in stated if comparable(sibling, c.figure) and consistent(sibling, c.figure, tol)]
        for anchor in named:
            for other in stated:
                if other is anchor or not _near_each_other(anchor, other) or not comparable(sibling, other.figure):
                    continue
                # the gap between the source's own two figures: 'higher than the previous record of 5,200 m'
                # rounds the record, not the gap
                gap = abs(converted(other.figure, sibling.unit).value - converted(anchor.figure, sibling.unit).value)
                resolution = max(anchor.figure.resolution, other.figure.resolution)
                if gap > 0 and consistent(figure, replace(sibling, value=gap, bound="=", approximate=False,
                                                          direction=None, resolution=resolution), tol):
                    return True
    return False


def _near_each_other(a: SourceFigure, b: SourceFigure) -> bool:
    """Two figures of one source in the same sentence or in two sentences one after the other."""
    if a.source_id != b.source_id:
        return False
    first, second = (a, b) if a.offset <= b.offset else (b, a)
    return first.offset == second.offset or 0 <= second.offset - (first.offset + len(first.sentence)) <= 3


def _levels_reached(case: _Case) -> list[SourceFigure]:
    """The cited figures stating the level a claim's change reaches ('rose 9% to $27.5 billion'):
    none unless the claim's next figure follows 'to' and is distinctive enough to identify."""
    after = case.following
    if after is None or not case.reaches_following or not _distinctive(after):
        return []
    return [c for c in case.near_following if comparable(after, c.figure) and consistent(after, c.figure, Tolerances())]


def _multiple_of_the_level(case: _Case, tol: Tolerances) -> SourceFigure | None:
    """'has doubled, to 5.5 million' where the cited source says '5.5 million … up from 4.2 million':
    the ratio the source gives for the level the claim reaches, when the claim's multiple is not it."""
    if not is_multiple(case.figure):
        return None
    for candidate in _levels_reached(case):
        ratios = [c for _, c in case.scored if c.derived and c.figure.kind == "ratio" and c.figure.value > 1
                  and c.sentence == candidate.sentence and c.figure.start == candidate.figure.start]
        if ratios and not any(consistent(case.figure, c.figure, tol) for c in ratios):
            return ratios[0]
    return None


def _paired_in_the_source(case: _Case, agreeing) -> SourceFigure | None:
    """'rose 9% to $27.5 billion' where the source has 'up 24 per cent to $27.5 billion': the level
    the claim reaches is in the source, and the change the source gives right before it differs."""
    if not case.figure.direction or case.figure.level:
        return None
    equal = {id(c) for _, c in agreeing}

    def a_rival_change(change: SourceFigure | None, level: SourceFigure) -> bool:
        return change is not None and change.sentence == level.sentence and id(change) not in equal \
            and bool(change.figure.direction) and not change.figure.level and comparable(case.figure, change.figure)

    for level in _levels_reached(case):
        before = case.previous.get(id(level))
        if a_rival_change(before, level) and _reaches(before.gap_after(level)):
            return before
        later = case.previous.get(("after", id(level)))  # "NEVs 1.284 million, up 6.7%": the level, then its change
        if a_rival_change(later, level) and _CHANGE_AFTER.fullmatch(level.gap_after(later)):
            return later
    return None


# between the two ends of a range a source gives: '29,1 % et 34,0 %', '2.5 to 3.1', '4–6'
_RANGE_JOIN = re.compile(r"\s*(?:and|to|et|à|y|e|und|bis|-|–|—)\s*", re.I)


def _inside_the_range(figure: Figure, source: Figure) -> bool:
    """A single source value that falls inside a claimed range without being one of its ends."""
    if figure.value_high is None or source.value_high is not None:
        return False
    return not any(same_digits(end, source) for end in range_ends(figure))


def _other_end(case: _Case, agreeing, tol: Tolerances) -> SourceFigure | None:
    """'between 29.1% and 43.0%' where the source gives '29,1 % et 34,0 %': one end of the claimed range
    is there as written, and the end the source gives with it is another value."""
    figure = case.figure
    if figure.value_high is None or figure.bound != "=":
        return None
    low, high = range_ends(figure)
    for _, found in agreeing:
        if found.derived or found.figure.value_high is not None:
            continue
        for end, other, key in ((low, high, ("after", id(found))), (high, low, id(found))):
            partner = case.previous.get(key)
            if partner is None or partner.sentence != found.sentence or not same_digits(end, found.figure) \
                    or not consistent(end, found.figure, tol) or not comparable(other, partner.figure):
                continue
            gap = found.gap_after(partner) if end is low else partner.gap_after(found)
            if _RANGE_JOIN.fullmatch(gap):
                return None if consistent(other, partner.figure, tol) else partner
    return None


# between a level and the change the source gives for it: "1.284 million, up 6.7%", "$4.2bn (+12%)"
_CHANGE_AFTER = re.compile(r"\s*[,(]?\s*(?:up|down|a rise of|a fall of|an increase of|a decrease of)?\s*[+\-−]?\s*", re.I)


def _the_claims_own_figure(case: _Case, agreeing, score: float, best: SourceFigure) -> SourceFigure | None:
    """A different value the source gives for the claim's own subject, when the equal value is another's.

    "Exports rose 14.1%" against "imports rose 14.1%, while exports rose 4.1%": the 14.1%
    agrees in value but belongs to imports; the 4.1% is what the source says of exports.
    """
    subject = [] if case.context.borrowed and not case.context.headed else case.context.left
    matched = _subject_match(subject, best)
    if matched is None or matched >= 1:
        return None
    others = [w for w in case.sentence_words if not any(similar_words(w, x) for x in subject)]
    shares_more = _shares_content(others, best)  # the equal value shares other words with the claim
    equal = {id(c) for _, c in agreeing}

    def is_subjects(s: float, c: SourceFigure) -> bool:
        own = _subject_match(subject, c) or 0
        return (not c.derived and id(c) not in equal and not _opposite(case.figure, c.figure)
                and not _a_siblings_value(case, c, Tolerances())
                and bool(c.figure.signed_direction or not case.figure.direction or case.figure.level)
                and (s >= max(score, MISMATCH_AGREEMENT) and own >= max(0.5, matched + 0.5)
                     or s >= MISMATCH_AGREEMENT and _closer_past_the_sentences_subject(subject, best, c))
                and _subject_within_claim(c, case.sentence_words, own == 1 and s >= score + 0.3)
                and (not shares_more or (s >= score + 0.5 and own == 1)))

    rival = _best([(s, c) for s, c in case.same_kind if is_subjects(s, c)])
    return rival[1] if rival else None


def _set_apart(case: _Case, agreeing, tol: Tolerances) -> SourceFigure | None:
    """A figure beside the equal one in its source sentence that the claim's words name (contrast.py)."""
    figure = case.figure
    if case.row:
        return None  # a table row's cells are placed by its columns (_in_its_place)
    equal = [(s, c) for s, c in agreeing if not c.derived and _in_prose(c)]
    ids = {id(c) for _, c in equal}

    def owned(c: SourceFigure) -> bool:
        return _a_siblings_value(case, c, tol)

    rivals = [(s, c) for s, c in case.same_kind if s >= MISMATCH_AGREEMENT and not c.derived and id(c) not in ids
              and _in_prose(c)
              and not _opposite(figure, c.figure) and not owned(c)
              and bool(c.figure.signed_direction or not figure.direction or figure.level)]
    return the_other_one(case.context.left + case.context.right, case.sentence_words, equal, rivals, owned)


def _a_siblings_value(case: _Case, candidate: SourceFigure, tol: Tolerances) -> bool:
    """Whether another figure of the claim's sentence states this source figure's value: it is that one's."""
    return any(comparable(f, candidate.figure) and consistent(f, candidate.figure, tol) for f in case.siblings)


def _in_prose(candidate: SourceFigure) -> bool:
    """A figure of a written sentence, not a cell of a flattened table ('| VOX | 3.033.678 | 12,39 | 33 |')."""
    return prose(candidate.sentence)




def _closer_past_the_sentences_subject(subject: list[str], equal: SourceFigure, other: SourceFigure) -> bool:
    """'Philips posted revenue of 18.2 billion euros … and a net profit of 1.1 billion euros' against 'a net
    profit of 18.2 billion': leaving out the words the equal figure shares with the other's sentence (the
    company both figures are of), the claim's subject is the other figure's, not the equal one's."""
    common = {w for w in subject if any(similar_words(w, x) for x in equal.subject)
              and any(similar_words(w, x) for x in other.words)}
    rest = [w for w in subject if w not in common]
    if not common or len(rest) < 2:
        return False
    return (_subject_match(rest, other) or 0) >= 1 and not (_subject_match(rest, equal) or 0)


def _said_the_same_way(case: _Case, agreeing, score: float) -> SourceFigure | None:
    """A fraction the source words as the claim does, about the same thing, when only percentages
    that say less agree in value: "about three-fifths of new cars" against "Two-fifths of new cars …"
    (and a 55.8% of something else that a hedged three-fifths would fit)."""
    figure = case.figure
    if not (figure.kind == "ratio" and figure.value < 1 and not figure.multiple) \
            or any(c.figure.kind == "ratio" for _, c in agreeing):
        return None
    rival = _best([(s, c) for s, c in case.same_kind if c.figure.kind == "ratio" and not c.derived
                   and not c.figure.multiple and c.figure.value < 1 and s >= max(MISMATCH_AGREEMENT, score + 0.3)])
    return rival[1] if rival else None


def _the_claims_own_group(case: _Case, agreeing, score: float) -> SourceFigure | None:
    """A different value the source gives for the claim's age group (or sex), when every equal value names none.

    "Those aged 75 and over made up 29.1%" against "the elderly accounted for 29.1% … the population
    aged 75 and over was 20.05 million (16.1%)": the 16.1% is what the source says of the over-75s.
    """
    equal = {id(c) for _, c in agreeing}
    for tags_of in (age_tags, sex_tags):  # 'women's 10.0%' against an overall 10.0 percent and women's 9.5
        group = tags_of(case.when)
        if not group or any(tags_of(c.when) for _, c in agreeing):
            continue
        # not a value another figure of the claim's sentence states ('from 2.1% to 9.3%' among boys)
        rival = _best([(s, c) for s, c in case.same_kind if id(c) not in equal and group & c.when and not c.derived
                       and not _opposite(case.figure, c.figure) and s >= max(score, MISMATCH_AGREEMENT)
                       and not _a_siblings_value(case, c, Tolerances())])
        if rival:
            return rival[1]
    return None


# words that widen a subject's scope without changing what it is ('worldwide adult obesity')
_SCOPE_WORDS = {"worldwide", "global", "globally", "overall", "nationwide", "national", "average", "total"}


def _subject_within_claim(candidate: SourceFigure, sentence_words: list[str], closer: bool) -> bool:
    """The words a source figure is about are all words of the claim's sentence; a figure that is
    `closer` to the claim's subject may add a word of scope ('worldwide adult obesity' for 'adult
    obesity'), never one of kind ('Microsoft Cloud revenue' is not 'Microsoft revenue')."""
    unmatched = [w for w in candidate.subject if not any(similar_words(w, x) for x in sentence_words)
                 and not abbreviated(sentence_words, [w])]
    return not unmatched or closer and len(unmatched) == 1 and unmatched[0] in _SCOPE_WORDS


def _in_another_unit(case: _Case, tol: Tolerances, at_least: float = 0.0,
                     convertible_only: bool = False) -> Verdict | None:
    """unit-mismatch: the cited source has the number in another scale, unit, currency or kind of %
    (in a sentence whose words agree with the claim's at least `at_least`; in a unit of the same
    dimension, `convertible_only`)."""
    figure = case.figure

    def needed(source: Figure) -> float:
        # distinctive digits, or a change the same way ("rose 0.5%" / "an increase of 0.5 points"),
        # are evidence enough that the source means this figure
        same_way = figure.direction is not None and figure.signed_direction == source.signed_direction
        return 0.0 if _distinctive(figure) or same_way else SAME_NUMBER_AGREEMENT

    fitting = [(s, c) for s, c in case.scored if not c.derived and s >= max(needed(c.figure), at_least)
               and (not convertible_only or convertible(figure.unit, c.figure.unit))
               and _same_number_other_unit(figure, c.figure, tol)]
    found = _best(fitting)
    if not found:
        return None
    source = found[1]
    return Verdict("unit-mismatch", source.sentence, source.figure.text, case.ids, _aspect(case.figure, source.figure),
                   also_fitting=_also_fitting(fitting, found))


@lru_cache(maxsize=4096)
def _one_age_group(text: str) -> frozenset[str]:
    """The age group a sentence names ('24.3% of residents are 65 or older' → a65+), when it names one."""
    found = age_tags(age_groups(text))
    return found if len(found) == 1 else frozenset()


def _for_its_period(case: _Case, tol: Tolerances) -> Verdict | None:
    """figure-mismatch: the source gives the claim's value for another period, and in the same sentence
    another value for the claim's ('643 million by 2030 and 783 million by 2045' against '783 million by 2030')."""
    figure, when = case.figure, case.when
    if not when or figure.weak:
        return None
    for _, other_period in case.scored:
        if other_period.derived or not clash(when, other_period.when) or not comparable(figure, other_period.figure) \
                or not consistent(figure, other_period.figure, tol):
            continue
        own = [(s, c) for s, c in case.same_kind if c.sentence == other_period.sentence and not c.derived
               and c.source_id == other_period.source_id and when & c.when and not _orders_apart(figure, c.figure)]
        if own:
            return _mismatch(case, own)
    return None


def _in_another_source(case: _Case, others: list[Source], tol: Tolerances) -> Verdict | None:
    """misattributed-figure: a source the claim does not cite states it."""
    elsewhere = _found_elsewhere(case.figure, case.context, others, tol, case.siblings, case.ages)
    if elsewhere is None:
        return None
    score = _score(case.context, elsewhere)
    if case.figure.weak and score < WEAK_ELSEWHERE_AGREEMENT:
        return None
    # the cited source gives this very thing another value, and matches the claim's words clearly better
    # ('the direct physical damage … at $103.6 billion' where the cited report has 'US$34.2 billion in
    # direct physical damages' and the other source's $103.6 billion is a total cost): wrong here, not
    # cited from the wrong place
    rival = _rival(case, tol)
    if rival and rival[0] >= max(CLEARLY_ABOUT_IT, score + CLEARLY_CLOSER):
        return None
    return Verdict("misattributed-figure", elsewhere.sentence, elsewhere.figure.text, (elsewhere.source_id,))


def _rival(case: _Case, tol: Tolerances) -> tuple[float, SourceFigure] | None:
    """The cited source's best-matching other value for the claim's subject, with its score."""
    return _best(_rivals(case, tol))


def _rivals(case: _Case, tol: Tolerances) -> list[tuple[float, SourceFigure]]:
    """The cited source's other values for the claim's subject, with their scores; not one that
    another figure of the claim's sentence states ('edged down to 4.1% from 4.2%': the source's
    4.1 percent is the first figure's, no rival of the second)."""
    figure = case.figure
    own_words = case.context.left + case.context.right
    # a small count ("eight draws") is only contradicted by another small count ("nine games were drawn")
    return [(s, c) for s, c in case.same_kind if (not c.derived or is_multiple(figure))
            and s >= MISMATCH_AGREEMENT and _shares_content(own_words, c)
            and (not figure.weak or (c.figure.weak and c.figure.kind == figure.kind))
            and not any(sibling.bound == "=" and comparable(sibling, c.figure)
                        and consistent(sibling, c.figure, tol) for sibling in case.siblings)]


def _contradicted(case: _Case, tol: Tolerances) -> Verdict | None:
    """figure-mismatch: the cited source gives another value for the same thing."""
    return _mismatch(case, _rivals(case, tol))


def _mismatch(case: _Case, fitting: list[tuple[float, SourceFigure]]) -> Verdict | None:
    """figure-mismatch against the best of the fitting source figures, naming the others that fit as well; never
    one a hundred times larger or smaller ('1.11 million votes' is no slip for 'four seats': another thing)."""
    rival = _best([(s, c) for s, c in fitting if c.derived or not _orders_apart(case.figure, c.figure)])
    if rival is None:
        return None
    return Verdict("figure-mismatch", rival[1].sentence, rival[1].figure.text, case.ids,
                   also_fitting=_also_fitting(fitting, rival))


def _in_its_place(case: _Case, tol: Tolerances) -> Verdict | None:
    """figure-mismatch: the claim lists figures as a source sentence does, and this one stands where
    the source has another value ('pedestrians 23%, riders of two-wheelers 12%, cyclists 6%' against
    'pedestrians (23%), users of powered two- and three-wheelers (21%), cyclists (6%)'): the figures
    on either side agree, so the one between them is the claim's, whatever words each has."""
    listed, figure = case.listed, case.figure
    at = next(n for n, f in enumerate(listed) if f is figure)
    if figure.weak or len(listed) < 3:
        return None
    # two neighbours that must agree: one on each side, or the two before the last, after the first
    steps = (-1, 1) if 0 < at < len(listed) - 1 else (-1, -2) if at else (1, 2)
    if not 0 <= at + max(steps) < len(listed) or at + min(steps) < 0:
        return None

    def stated_next(candidate: SourceFigure, step: int) -> SourceFigure | None:
        """The source figure of the claim's kind `step` places before (< 0) or after it in its sentence."""
        key = id if step < 0 else (lambda c: ("after", id(c)))
        for _ in range(abs(step)):
            nearby = case.previous.get(key(candidate))
            # 'two- and three-wheelers' between two shares; a row's vote count between two seat cells
            while nearby is not None and nearby.sentence == candidate.sentence and (
                    not _cell_like(figure, nearby.figure) or _orders_apart(figure, nearby.figure)
                    or nearby.figure.weak):
                nearby = case.previous.get(key(nearby))
            if nearby is None or nearby.sentence != candidate.sentence:
                return None
            candidate = nearby
        return candidate

    fitting = []
    for score, candidate in case.scored:
        if candidate.derived or candidate.figure.soft or not _cell_like(figure, candidate.figure) \
                or clash(case.when, candidate.when):
            continue
        neighbours = [(listed[at + step], stated_next(candidate, step)) for step in steps]
        if all(said is not None and _cell_like(own, said.figure) and consistent(own, said.figure, tol)
               for own, said in neighbours):
            fitting.append((score, candidate))
    return _mismatch(case, fitting)


def _cell_like(claim: Figure, source: Figure) -> bool:
    """Comparable, or a bare cell of a flattened table that leaves the claim's unit to its header
    ('254 points' against the 'Pts' column's '245')."""
    return comparable(claim, source) or (claim.kind == "quantity" and source.kind == "count" and source.unit is None)


def _mistyped(case: _Case) -> Verdict | None:
    """figure-mismatch: a slip of the keyboard, '41.1%' for 14.1%, '262.6 million' for 226.6 million."""
    figure = case.figure
    if figure.weak:
        return None
    needed = 0.0 if len(figure_digits(figure)) >= 3 else TYPO_AGREEMENT
    return _mismatch(case, [(s, c) for s, c in case.same_kind if not c.derived and s >= needed
                            and _digits_slipped(figure, c.figure)])


NEAR_IN_ITS_UNIT = 0.12  # "7.3 km" against the source's only "7.73 kilometers": close enough to be it


def _alone_near_in_its_unit(case: _Case) -> Verdict | None:
    """figure-mismatch: the one figure of the claim's unit near its value ('covered 7.3 km' where the
    source's only distance near it is 7.73 kilometers; '237 m' where it gives the towers' 746 ft, 227 m),
    when the two sentences share words that say what."""
    figure = case.figure
    kind, unit, value, _ = as_comparable(figure)
    if figure.weak or value <= 0 or (unit is None and abs(figure.value) < 1e6):
        return None  # a bare count ('43 seats') is too common to be taken for another by size alone
    if case.base:
        return None  # "up from 115.1 million a year earlier": another period's value, not the source's level

    near = []
    for c in case.same_kind:
        if c[1].derived or c[1].figure.soft:
            continue
        other_kind, other_unit, other, _ = as_comparable(in_common_terms(figure, c[1].figure)[1])
        if (other_kind, other_unit) == (kind, unit) and abs(other - value) <= NEAR_IN_ITS_UNIT * value \
                and _shares_content(case.sentence_words, c[1], c[1].words):
            near.append((other, c[1]))
    values = [other for other, _ in near]
    if not values or max(values) > min(values) * 1.01:
        return None  # none, or several (a figure and its conversion count as one)
    source = near[0][1]
    return Verdict("figure-mismatch", source.sentence, source.figure.text, case.ids,
                   other_unit=source.figure.unit != figure.unit)


def _subject_match(subject: list[str], candidate: SourceFigure) -> float | None:
    """Share of the claim's subject words the source puts left of its figure; None when either has none."""
    named = [w for w in candidate.subject if w not in _WHEN_WORDS]
    if not subject or not named:
        return None  # "in the second quarter to a level of $29.02 trillion" says when, not what
    short = abbreviated(subject, named)
    matched = sum(n in short or any(similar_words(word, other) for other in named) for n, word in enumerate(subject))
    return matched / len(subject)


def _shares_content(claim_words: list[str], candidate: SourceFigure, source_words=None) -> bool:
    """Whether the claim's words and the source figure's context (or `source_words`: its sentence's, say)
    share a word that says what, not when."""
    if source_words is None:
        return any(similar_words(word, other) for word in claim_words if word not in TIME_WORDS
                   for other in candidate.near)
    return any(similar_words(word, other) for word in claim_words if word not in TIME_WORDS
               for other in source_words if other not in TIME_WORDS)


def _same_number_other_unit(claim: Figure, source: Figure, tol: Tolerances) -> bool:
    """The source has this number, but in another scale, unit, currency or kind of percentage."""
    kinds = {claim.kind, source.kind}
    if claim.value_high is not None and source.value_high is None:
        # "2.5°C to 4.5°C" is no "four decades" that happens to fall inside it
        return any(_same_number_other_unit(end, source, tol) and same_digits(end, source) for end in range_ends(claim))
    if kinds <= {"count", "quantity"} and (claim.unit is None) != (source.unit is None):
        return False  # a source that leaves the unit out ("women 81.1") does not contradict "81.1 years"
    if rate_omitted(claim.unit, source.unit) or {claim.unit, source.unit} in ({"°", "°C"}, {"°", "°F"}):
        return False  # nor does one that leaves out "per day", or the scale of its degrees
    if claim.unit != source.unit and (kinds == {"money"} or kinds == {"percent"} or kinds <= {"count", "quantity"}):
        exact = replace(claim, bound="=")
        return same_digits(claim, source) or consistent(exact, replace(source, unit=claim.unit), tol)
    if claim.unit == source.unit and claim.kind == source.kind and (
            claim.scale != source.scale or _orders_apart(claim, source)):
        return same_digits(claim, source)  # '$500m' for '$500 billion'; '€108.7 million' for '108,662 millones'

    if kinds == {"percent", "quantity"} and source.unit is not None and source.unit not in TIME_UNITS:
        # "rose 2.3%" where the source says 2.3 ppm — the very digits, not '18%' for 18.4 GW; a length of
        # time ('a 15-year contract') is no slip of a percent's unit
        return _distinctive(claim) and abs(claim.written - source.written) < 1e-9
    return False


def _orders_apart(claim: Figure, source: Figure) -> bool:
    """Sizes at least a hundred times apart."""
    small, large = sorted((abs(claim.value), abs(source.value)))
    return small > 0 and large / small >= 100


def _digits_slipped(claim: Figure, source: Figure) -> bool:
    """The same digits but one changed or two neighbours swapped, at the same scale and in the same unit."""
    a, b = figure_digits(claim), figure_digits(source)
    if claim.scale != source.scale or claim.unit != source.unit or len(a) != len(b) or len(a) < 2 or a == b:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] \
        and a[differ[1]] == b[differ[0]]
    return len(differ) == 1 or swapped


def _significant(figure: Figure) -> int:
    """How many significant digits the figure is written with: '61.21' has 4, '40,000' has 1."""
    return 0 if figure.spelled else len(f"{abs(figure.written):.6g}".replace(".", "").strip("0"))


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


def _stated_like(source: Source, figure: Figure, tol: Tolerances) -> list[SourceFigure]:
    """The figures of a source that could agree with a claim: its kind, and a size near its interval."""
    kind, unit, _, _ = as_comparable(figure)
    low, high = claim_interval(figure, tol)
    # a source that rounds may sit a little outside the claim's interval (see compare.consistent)
    found = stated_between(source, (kind, unit), low * (1 - tol.rounding_cap), high * (1 + tol.rounding_cap))
    if is_multiple(figure):
        found += stated_between(source, ("percent", "%"), 0, float("inf"))  # "doubled" as "rose 100%"
    if figure.kind == "percent" and figure.direction and not figure.level:
        found += stated_between(source, ("ratio", None), 0, float("inf"))  # "rose 100%" as "doubled"
    if figure.kind == "quantity" and not float(figure.value).is_integer():
        found += stated_between(source, ("count", None), low, high)  # "6.14 m" as "cuyo 6,14 de 1994"
    if figure.kind == "money" and figure.unit in DOLLARS:
        # 'C$16.4bn' as a Canadian page's '$16.4 billion' (compare.bare_dollar), '$61.9 billion' as 'C$61.9bn'
        for dollar in sorted(DOLLARS - {figure.unit} if bare_dollar(figure) else {"USD"} - {figure.unit}):
            found += stated_between(source, ("money", dollar), low, high)
    return found


def _found_elsewhere(figure: Figure, context, others: list[Source], tol: Tolerances,
                     siblings: tuple[Figure, ...] = (), ages: frozenset[str] = frozenset()) -> SourceFigure | None:
    """The best-matching figure with the claim's value in a source the claim does not cite; words
    need not agree where its sentence also states another figure of the claim's ('Bubka's 6.14 m …
    stood for 26 years' against 'cuyo 6,14 de 1994 resistió 26 años': the two came from there)."""
    telling = {figure_digits(f) for f in siblings if _distinctive(f) and not f.weak} - {""}
    ages = ages | age_tags(context.when)
    # "up to 250 km/h" is not 'found' in every smaller speed, but "more than 204 million" is in 204,807,222:
    # a bound is looked for just past its value, within its last digit
    shift = {">": 0.5, ">=": 0.5, "<": -0.5, "<=": -0.5}.get(figure.bound, 0.0) * figure.resolution
    figure = replace(figure, bound="=", value=figure.value + shift)
    best = None
    for source in others:
        for candidate in _stated_like(source, figure, tol):
            if candidate.derived or not _comparable_elsewhere(figure, candidate.figure) \
                    or not consistent(figure, candidate.figure, tol) \
                    or clash(context.when, candidate.when) \
                    or (candidate.figure.bound != "=" and not same_digits(figure, candidate.figure)):
                continue  # another year's figure, or a bound ("above 21%"), does not say where this one is
            score = _score(context, candidate)
            # four significant digits ('61.21 GW') do not recur by chance; two ('24%') need words to agree
            needed = 0.0 if _significant(figure) >= 4 else ELSEWHERE_AGREEMENT / 2 if _distinctive(figure) \
                else ELSEWHERE_AGREEMENT
            if score < needed and telling and _states_any(telling, digits_by_sentence(
                    source.id, tuple(source.excerpts)).get(candidate.sentence, frozenset())):
                score = needed
            if score < needed and ages & candidate.when:
                score = needed  # '24.3% of residents are 65 or older' and 'People aged 65 or over make up 24.3%'
            if score >= needed and (best is None or score > best[0]):
                best = (score, candidate)
    return best[1] if best else None


def _comparable_elsewhere(figure: Figure, stated: Figure) -> bool:
    """The same kind of figure, or the same digits of a measurement whose unit the source leaves to its
    reader ('6.14 m' and 'cuyo 6,14 de 1994' of a pole vaulter's mark)."""
    return comparable(figure, stated) or (figure.kind == "quantity" and stated.kind == "count" and stated.unit is None
                                           and not float(stated.value).is_integer() and same_digits(figure, stated))


def _states_any(telling: set[str], stated: frozenset[str]) -> bool:
    """Whether a sentence's figures include one of the claim's others, written in full or rounded
    ('164.2 million valid votes' against 'Suara sah 164.227.475')."""
    return bool(telling & stated) or any(digits.startswith(own) for own in telling if len(own) >= 3
                                         for digits in stated if len(digits) > len(own))
