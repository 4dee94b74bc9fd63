"""The words around a figure, and how well two figures' words agree (rapidfuzz on each word)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from factlint.extract.lexicon import DOWN_WORDS, HEDGES, MONTHS, UP_WORDS
from factlint.extract.ages import age_groups, age_tags
from factlint.extract.sexes import sex_of, sex_tags
from factlint.extract.periods import labelled, periods
from factlint.extract.glossary import DEMONYMS, EQUIVALENTS, FUNCTION_WORDS
from factlint.extract.scopes import head_scope, scope

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE_BREAK = re.compile(r"[;:()|]|,|\b(?:while|whereas|but|although|though|compared|versus|vs)\b", re.I)
_STOPWORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "from", "with", "as", "and", "or", "but", "than",
    "that", "this", "these", "those", "its", "it", "their", "his", "her", "was", "were", "is", "are", "be", "been",
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "which", "who", "what", "per", "cent",
    "percent", "percentage", "points", "point", "year", "years", "over", "under", "more", "less", "about", "same",
    "also", "according", "said", "says", "reported", "report", "reports", "s", "some", "around", "roughly", "nearly",
    "almost", "after", "before", "into", "up", "down", "there", "they", "them", "we", "our", "i", "you", "your",
    "such", "so", "both", "all", "any", "each", "other", "only", "just", "while", "when", "then", "reached",
    "reach", "reaching", "hit", "stood", "stands", "total", "totalled", "totaled", "million", "billion",
    "trillion", "thousand", "bn", "mn", "m", "k", "earlier", "level", "compared", "record", "approximately",
    "well", "being", "first", "time", "since", "against", "having", "no", "not", "did",
    "got", "get", "out", "new",
}
_IGNORED = _STOPWORDS | UP_WORDS | DOWN_WORDS | HEDGES
# words that say when, not what: they help pick among figures but do not make two figures the same thing
TIME_WORDS = MONTHS | {"year", "month", "quarter", "week", "day", "annual", "annually", "yearly", "monthly",
                       "quarterly", "earlier", "previou", "last", "period", "fiscal", "calendar", "decade"}
# the words of one figure, then 'and' before the next: "233 million cases and 580 000 deaths", "by 1.4% in
# the euro area and by 1.5% in the EU"
_LISTED = re.compile(r"\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}\s+(?:and|as well as)\s+"
                     r"(?:by\s+|to\s+|at\s+)?(?:some\s+|about\s+|nearly\s+)?", re.I)
# Dutch 'van' (of) before a figure or an article, not the English vehicle: 'een omzet van 18,2 miljard'
_DUTCH_OF = re.compile(r"\bvan(?=\s*$|\s+(?:[\d€$]|(?:de|het|een|den|der)\b))")
# a name, an aside that describes it between commas, then the words up to the figure
_APPOSITIVE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),"
                         r"\s+(?:the|a|an)\s+[^,;:()|\d]{1,60},\s*([^,;:()|\d]*)$")
# words that name a figure only as a measure of the thing the figure before it is about
_OF_THE_FIGURE_BEFORE = {"margin", "share", "increase", "rise", "gain", "growth", "decline", "decrease", "drop", "fall",
                         "change", "ratio", "proportion", "equivalent", "jump", "plunge", "slump", "surge"}
# the period right after one figure, before 'and' and the next: "643 million by 2030 and 783 million by 2045"
_PERIOD_OF_THE_FIGURE_BEFORE = re.compile(r"\s*(?:in|by|for|during)\s+(?:the\s+)?[\w–/-]+\s*(?:,\s*)?(?:and|while)\s",
                                          re.I)
_ELISION = re.compile(r"(?:[dlnsjc]|qu|dell|all|nell|sull|dall|un)['’](?=[^\W\d_]{2})", re.I)
_ABBREVIATION_IN_BRACKETS = re.compile(r"\((\w?[A-Z][A-Za-z]*[A-Z]\w*|[A-Za-z]{1,3}[²³]?)\)")
# between two figures, the period of the first: "… 1.32 million in 2022 to 1.25 million", "5.2% in the fourth
# quarter from 4.9% in the third"
_BASE_PERIOD = re.compile(r"\s*(?:in|for|during)\s+(?:the\s+)?(?:[\w/–-]+\s+){0,2}[\w/–-]{2,9}\s+(?:to|from)\s*",
                          re.I)
# "… in the fourth quarter from 4.9% in the third": an ordinal that leaves its 'quarter' understood
_ELIDED_QUARTER = re.compile(r"\s*in the (first|second|third|fourth)\b(?!\s*(?:half|quarter|place|time|round|year))",
                             re.I)
_QUARTER_NUMBER = {"first": "q1", "second": "q2", "third": "q3", "fourth": "q4"}
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])\((?:[a-z]|\d{1,2}|[ivx]{1,3})\)")
_RESTATED = re.compile(r"\s*,?\s*(?:or|\(|—|–|i\.e\.,?)\s*(?:about|around|roughly|some|nearly|almost)?\s*", re.I)
SENTENCE_CREDIT = 0.25  # a claim word the source sentence has, but not next to this figure
LEFT_WORDS = 8
RIGHT_WORDS = 8


def _normal(word: str) -> str:
    """Lower case without possessive, plural or -ed/-ing endings: 'shipped', 'shipping' → 'ship'."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for ending in ("ing", "ed"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            word = word[:-len(ending)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]
            break
    return word


def keywords(text: str) -> list[str]:
    """Content words of a stretch of text, normalised (lower case, no plural s); compounds split; a
    word of a source's language read as the English one it means ('zetels' → 'seat', glossary.py)."""
    return list(_text_keywords(text))


@lru_cache(maxsize=16384)
def _text_keywords(text: str) -> tuple[str, ...]:
    """`keywords`, once per text: a source's sentences are compared with many claims."""
    return tuple(english for w in _WORD.findall(_DUTCH_OF.sub(" ", text)) for p in w.split("-") if p
                 for english in _part_keywords(p))


@lru_cache(maxsize=65536)
def _part_keywords(part: str) -> tuple[str, ...]:
    """The keywords one word (a compound's part) gives: none, itself normalised, or its English ones."""
    part = _unelided(part)
    if part.lower() in _IGNORED or _function_word(part):
        return ()
    word = _normal(part)
    return _IN_ENGLISH.get(word, (word,)) if word not in _IGNORED and len(word) > 1 else ()


def _function_word(word: str) -> bool:
    """A foreign article, preposition or auxiliary (glossary.FUNCTION_WORDS), unless written in capitals
    ('UN', 'LA' are names)."""
    return word.lower() in FUNCTION_WORDS and not word.isupper()


def _unelided(word: str) -> str:
    """A French or Italian word without the article or preposition elided onto it: "d'affaires" →
    'affaires', "dell'anno" → 'anno'."""
    elided = _ELISION.match(word)
    return word[elided.end():] if elided and elided.end() < len(word) else word


def _in_english() -> dict[str, tuple[str, ...]]:
    """Each foreign word and demonym of the glossary, normalised as keywords normalise words, with the
    English word (or country) it stands for."""
    found: dict[str, tuple[str, ...]] = {}
    for english, foreign in (EQUIVALENTS | DEMONYMS).items():
        for word in foreign:
            targets = found.get(_normal(word), ())
            if _normal(english) not in targets:
                found[_normal(word)] = (*targets, _normal(english))
    return found


_IN_ENGLISH = _in_english()


@dataclass(frozen=True)
class Context:
    """The words around a figure: left (its subject, usually) and right of it, inside its clause."""

    left: list[str]
    right: list[str]
    borrowed: bool = False  # the left words were taken from before the previous figure
    when: frozenset[str] = frozenset()  # the periods and age groups its clause names ('q2', 'y2023', 'a65+', 'gworld')
    headed: bool = False  # borrowed, with the words the sentence opens with: they name its subject


def figure_contexts(sentence: str, spans: list[tuple[int, int]], headed: bool = False) -> list[Context]:
    """The words around each figure of a sentence (spans relative to it, in order).

    A figure's own words run from the previous figure (or the last clause break before it)
    to itself on the left, and up to the next figure or clause break on the right. A figure
    with no words of its own on the left ("rose 16% to $39 billion") borrows the left words
    of the figure before it — and, in a claim (`headed`), the words the sentence opens with.
    """
    contexts: list[Context] = []
    # "62.8 gigawatts (GW) of new capacity", "the Energy Information Administration (EIA) expects": an
    # abbreviation in brackets breaks no clause
    sentence = _ABBREVIATION_IN_BRACKETS.sub(r" \1 ", sentence)
    opening = head_scope(sentence)
    new_clause: list[bool] = []  # whether each figure's own words begin after a clause break
    for n, (start, end) in enumerate(spans):
        prev_end = spans[n - 1][1] if n else 0
        next_start = spans[n + 1][0] if n + 1 < len(spans) else len(sentence)
        # "No religion(a) 30.1": a footnote mark glued to a word is no clause break
        left = _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group(0)), sentence[prev_end:start])
        breaks = list(_CLAUSE_BREAK.finditer(left))
        carried = _period_carried(left, breaks)
        row_label = _row_label(left)
        aside = _APPOSITIVE.search(left)
        new_clause.append(bool(n and not row_label and not aside and breaks and breaks[-1].start() > 0))
        if row_label:
            left = row_label  # "| Trump, Donald J. (Republican) 74,223,975": a row's label, commas and all
        elif aside:
            # "while Sumar, the new left-wing platform, won 31 seats": the name before an aside is the subject
            left = f"{aside.group(1)} {aside.group(2)}"
        elif breaks and breaks[-1].start() > 0:
            # "$243.6 million criminal penalty, $1.77 billion …": words before the comma describe
            # the earlier figure, so the later one's own words are only those after the comma — or,
            # when those are none, the last clause between that has some ("gained one each, while
            # seven states, California among them, lost one")
            tail = left[breaks[-1].end():]
            if n and not keywords(tail):
                clauses = [left[a.end():b.start()] for a, b in zip(breaks, breaks[1:])]
                tail = next((c for c in reversed(clauses) if keywords(c)), tail)
            left = tail if n or keywords(tail) else left
        right = _right(sentence, end, next_start)
        # "233 million cases and 580 000 deaths", "5% in April and 3% in May": the words between are the first
        # figure's, its period too
        listed = bool(n and _LISTED.fullmatch(sentence[prev_end:start]))
        own_left = "" if listed else left
        # "4.8 percent, in the second quarter": the period may follow a comma
        words = keywords(own_left)[-LEFT_WORDS:]
        # "from 1.32 million in 2022 to 1.25 million": the year between is the base's, not the level's
        own_period = "" if n and _BASE_PERIOD.fullmatch(own_left) else own_left
        after = periods(_right(sentence, end, next_start, True))
        if n and after and _PERIOD_OF_THE_FIGURE_BEFORE.match(own_left):
            own_period = ""  # "643 million by 2030 and 783 million by 2045": 2030 is the first figure's
        when = periods(own_period) | labelled(sentence[prev_end:start]) | after or carried
        elided = _ELIDED_QUARTER.match(sentence, end)
        if elided and n and any(tag[0] == "q" for tag in contexts[n - 1].when):
            when = when | {_QUARTER_NUMBER[elided.group(1).lower()]}
        between = sentence[prev_end:start]
        when |= age_groups_of(own_left, sentence[end:next_start]) | scope(f"{own_left} {right}", opening) \
            | sex_of(own_left, sentence[end:next_start], after_a_figure=bool(n) and own_left == between)
        if n and words and set(words) <= _OF_THE_FIGURE_BEFORE and between.lstrip(" )").startswith(","):
            # "EBIT climbed 16.3% to €1.89 billion, a margin of 38.3%": a margin (a share, a rise) of what the
            # figure before is of
            words = list(dict.fromkeys(contexts[n - 1].left + words))[-LEFT_WORDS:]
        if not words and n:  # "911,000, or 0.5%": the second figure shares the first's subject and period
            # "911,000, or 0.5%" restates the figure before it, and shares its period; "…, from $514 billion"
            # is a comparison's base and "having doubled the year before" another time
            inherited = contexts[n - 1].when if _RESTATED.fullmatch(sentence[prev_end:start]) else frozenset()
            # a borrowed subject brings its age group: "those aged 65 and above numbered 220 million, 15.6% …"
            group = age_tags(contexts[n - 1].when) | sex_tags(contexts[n - 1].when)
            # "The Liberal Democrats won 72 seats with 12.2% of the vote, up 1.6 points": the words the
            # sentence opens with say whose figures follow, when the figure borrowed from has no more; not past
            # a clause of its own ('…, while reported EBIT gained 15% to €5.30 billion')
            head = contexts[0].left if headed and n > 1 and not contexts[n - 1].borrowed \
                and not new_clause[n - 1] else []
            left_words = list(dict.fromkeys(head + contexts[n - 1].left))[-LEFT_WORDS:]
            contexts.append(Context(left_words, keywords(right)[:RIGHT_WORDS], borrowed=True,
                                    when=(when or inherited) | group, headed=bool(head)))
        else:
            contexts.append(Context(words, keywords(right)[:RIGHT_WORDS], when=when))
    return contexts


# "3.0 million in 2023 (an average monthly gain of 251,000)", "down from 3.0 million in 2023, when gains
# averaged 186,000": an aside or a 'when' clause is about the period named right before it, even where
# that period is the base of a comparison
_PERIOD_BEFORE_BREAK = re.compile(r"\b(?:in|during|for)\s+(?:the\s+)?(?:year\s+|fiscal\s+)?(?:1[89]\d\d|20\d\d)\s*$", re.I)
_WHEN_CLAUSE = re.compile(r"\s*when\b", re.I)


def _row_label(left: str) -> str | None:
    """The label of a flattened table row the figure opens: the words after the last '|' before it,
    whatever commas or brackets they hold ('| Trump, Donald J. (Republican) 74,223,975')."""
    pipe = left.rfind("|")
    if pipe < 0 or left.rstrip().endswith("("):
        return None  # "| Boston Celtics (1) vs …": a number in brackets after a name is its seed or mark
    label = left[pipe + 1:]
    return label.replace("(", " ").replace(")", " ").replace(",", " ") if keywords(label) else None


def _period_carried(left: str, breaks: list[re.Match]) -> frozenset[str]:
    """The period a figure's aside or 'when' clause takes from the words right before it."""
    if not breaks:
        return frozenset()
    last = breaks[-1]
    if last.group(0) == "(" or (last.group(0) == "," and _WHEN_CLAUSE.match(left, last.end())):
        named = _PERIOD_BEFORE_BREAK.search(left[:last.start()])
        return periods(named.group(0)) if named else frozenset()
    return frozenset()


# "50.8% of those aged 65-69": an age group right after a figure is its own
_OWN_GROUP = re.compile(r"\s*(?:of|among|for)\s+(?:those|people|persons|adults|residents|men|women|the)?\s*"
                        r"(?:aged|ages|over[- ]\d|under[- ]\d)", re.I)


def age_groups_of(left: str, right: str) -> frozenset[str]:
    """The age group a figure is about: the one right after it ('50.8% of those aged 65-69'), else its clause's."""
    if _OWN_GROUP.match(right):
        return age_groups(right)
    return age_groups(left)


def _right(sentence: str, end: int, next_start: int, past_first_break: bool = False) -> str:
    """The text right of a figure, up to the next figure or clause break (or the break after
    a leading one, `past_first_break`)."""
    right = sentence[end:next_start]
    cut = _CLAUSE_BREAK.search(right)
    if cut and past_first_break and not right[:cut.start()].strip() and cut.group(0) != "|":
        cut = _CLAUSE_BREAK.search(right, cut.end())  # not past a table's '|': the next cell's label is its own
    if cut and cut.group(0) == "(" and (close := right.find(")", cut.end())) != -1:
        return right[:close]  # "lose one seat each (California, Illinois, …)": the list says whose
    return right[:cut.start()] if cut else right


@lru_cache(maxsize=65536)
def similar_words(a: str, b: str) -> bool:
    """Same word up to spelling and inflection: 'export' ~ 'exports', 'semiconductor' ~ 'semiconductors'."""
    if a == b:
        return True
    if a in MONTHS or b in MONTHS:
        return False
    shorter = min(len(a), len(b))
    if shorter >= 5 and a[:5] == b[:5] and abs(len(a) - len(b)) <= 3:
        return True
    if shorter >= 5 and a[:4] == b[:4] and len(os.path.commonprefix([a, b])) >= 0.6 * shorter:
        return True  # "norway" ~ "norwegian", "china" ~ "chinese"
    # the ratio is at most 200 × shorter / (both lengths): words of unlike length need no comparing
    return shorter >= 4 and 200 * shorter >= 85 * (len(a) + len(b)) and fuzz.ratio(a, b) >= 85


def abbreviated(claim_words: list[str], source_words) -> set[int]:
    """Which claim words a short source word abbreviates: a table's 'LD' the run 'liberal democrat',
    'Con' and 'Lab' the words 'conservative' and 'labour' (a prefix of three or four letters)."""
    covered: set[int] = set()
    key = tuple(claim_words)
    for short in source_words:
        if 2 <= len(short) <= 4 and short.isalpha():
            covered |= _stands_for(key, short)
    return covered


@lru_cache(maxsize=65536)
def _stands_for(claim_words: tuple[str, ...], short: str) -> frozenset[int]:
    """The claim words one short word abbreviates (see `abbreviated`); cached: a claim meets the same
    short words in many source figures."""
    width = len(short)
    covered = {n for i in range(len(claim_words) - width + 1)
               if "".join(w[0] for w in claim_words[i:i + width]) == short for n in range(i, i + width)}
    if width >= 3:
        covered.update(i for i, w in enumerate(claim_words) if len(w) >= width + 3 and w.startswith(short))
    return frozenset(covered)


def agreement(claim_left: list[str], claim_right: list[str], source_words: set[str], sentence_words: set[str]) -> float:
    """How far the words around a claim's figure and a source figure agree (0..1).

    An overlap coefficient: shared words over the smaller of the two contexts (at least two),
    so a long claim clause still matches a terse source. A claim word found only elsewhere
    in the source sentence earns half credit.
    """
    claim_words = list(dict.fromkeys(claim_left + claim_right))
    if not claim_words:
        return 0.5
    shared = 0.0
    short = abbreviated(claim_words, source_words)
    for n, word in enumerate(claim_words):
        # a word both have is similar at once (similar_words(w, w)); the others are compared one by one
        if n in short or word in source_words or any(similar_words(word, other) for other in source_words):
            shared += 1
        elif word in sentence_words or any(similar_words(word, other) for other in sentence_words):
            shared += SENTENCE_CREDIT
    smaller = min(len(claim_words), len(source_words)) if source_words else len(claim_words)
    return min(1.0, shared / max(2, smaller))
