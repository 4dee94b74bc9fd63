"""The process's one spaCy pipeline: blank English with a sentencizer, built on first use."""

from __future__ import annotations

import re
from functools import lru_cache

# spaCy splits prefixes and suffixes off one token at a time, which is quadratic in the
# length of a run without spaces ("[[[[…"); no word is this long, so such runs are cut up
LONG_RUN = re.compile(r"\S{120,}")
CUT_EVERY = 60
CACHED_TEXT = 20_000  # paragraphs up to this many characters are split once and remembered


@lru_cache(maxsize=1)
def pipeline():
    """Build spacy.blank("en") with a sentencizer once; importing spaCy is paid only here."""
    import spacy

    from spacy.language import Language

    if "factlint_abbreviations" not in Language.factories:
        Language.component("factlint_abbreviations", func=_keep_abbreviations)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factlint_abbreviations")
    nlp.max_length = 100_000_000  # no parser or tagger here: memory grows with the text, not its square
    return nlp


# "2021 (no.) | 2021 (%)", "No. 1 seed", "approx. 40": a full stop after these ends no sentence
_ABBREVIATIONS = {"no", "nos", "approx", "est", "incl", "excl", "vs", "fig", "figs", "vol", "ca", "cf", "resp",
                  "bzw", "nr"}
# "1,8 Mrd. Euro", "12,5 Mio. €", "3,2 mld. di euro": after a number, a scale's abbreviation ends no sentence
_SCALE_ABBREVIATIONS = {"mrd", "mio", "tsd", "mld", "mln", "tys", "mlrd"}
# "Jan. 2024 0.3 | Feb. 2024 0.4": a month's full stop before its year or day ends no sentence
_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _keep_abbreviations(doc):
    """Undo the sentencizer's breaks after an abbreviation's full stop, and before a ')' or '|'."""
    for token in doc[2:]:
        if not token.is_sent_start:
            continue
        stop, word = doc[token.i - 1], doc[token.i - 2]
        after_abbreviation = stop.text == "." and word.lower_ in _ABBREVIATIONS and not token.is_title \
            or stop.text == "." and word.lower_ in _ABBREVIATIONS and (token.like_num or token.text in ")|") \
            or stop.text == "." and word.lower_ in _MONTHS and token.like_num
        # "| 2. Tax Revenue 25,83,499 |": the full stop of a numbered table row ends no sentence
        row_number = stop.text == "." and word.is_digit and len(word.text) <= 2 and token.i >= 3 \
            and doc[token.i - 3].text == "|"
        scaled = stop.text == "." and word.lower_ in _SCALE_ABBREVIATIONS and token.i >= 3 and doc[token.i - 3].like_num
        if after_abbreviation or row_number or scaled or token.text in (")", "|"):
            token.is_sent_start = False
    return doc


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int, list[tuple[str, int]]]]:
    """Split text into sentences: (start, end, tokens as (text, absolute offset)), whitespace dropped."""
    split = _spans_at_zero if len(text) <= CACHED_TEXT else _spans_at_zero.__wrapped__  # keep no huge text
    return [(start + offset, end + offset, [(word, at + offset) for word, at in tokens])
            for start, end, tokens in split(text)]


@lru_cache(maxsize=4096)
def _spans_at_zero(text: str) -> tuple[tuple[int, int, tuple[tuple[str, int], ...]], ...]:
    """The sentences of a text at offset 0, split once per text: a re-check after an edit
    (the language server) splits only the paragraphs that changed."""
    doc = pipeline()(_cut_long_runs(text))
    result = []
    for sent in doc.sents:
        tokens = tuple((t.text, t.idx) for t in sent if not t.is_space)
        if tokens:
            last_text, last_start = tokens[-1]
            result.append((tokens[0][1], last_start + len(last_text), tokens))
    return tuple(result)


def _cut_long_runs(text: str) -> str:
    """Put a space every CUT_EVERY characters inside runs without spaces; offsets stay put."""
    if not LONG_RUN.search(text):
        return text
    chars = list(text)
    for match in LONG_RUN.finditer(text):
        for i in range(match.start() + CUT_EVERY, match.end(), CUT_EVERY):
            chars[i] = " "
    return "".join(chars)
