"""The process's one spaCy pipeline (blank English, built on first use) and the sentences it splits a text into."""

from __future__ import annotations

import re
from functools import lru_cache

# spaCy splits prefixes and suffixes off one token at a time, which is quadratic in the
# length of a run without spaces ("[[[[…"); no word is this long, so such runs are cut up
LONG_RUN = re.compile(r"\S{120,}")
CUT_EVERY = 60
CACHED_TEXT = 20_000  # paragraphs up to this many characters are split once and remembered
# spaCy keeps every new word it meets in its vocabulary (about 17 MB a megabyte of text with many
# new words: names, numbers), so after this many characters the pipeline is built anew (~0.1 s)
RENEW_AFTER = 2_000_000
_split = [0]  # characters split by the pipeline in use


@lru_cache(maxsize=1)
def pipeline():
    """Build spacy.blank("en") once; importing spaCy is paid only here. Sentences are found from the
    doc's token arrays (`_sentence_starts`), as spaCy's sentencizer would, without a Token per word."""
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 100_000_000  # no parser or tagger here: memory grows with the text, not its square
    return nlp


# "2021 (no.) | 2021 (%)", "No. 1 seed", "approx. 40": a full stop after these ends no sentence
_ABBREVIATIONS = {"no", "nos", "approx", "est", "incl", "excl", "vs", "fig", "figs", "vol", "ca", "cf", "resp",
                  "bzw", "nr"}
# "1,8 Mrd. Euro", "12,5 Mio. €", "3,2 mld. di euro": after a number, a scale's abbreviation ends no sentence
_SCALE_ABBREVIATIONS = {"mrd", "mio", "tsd", "mld", "mln", "tys", "mlrd"}
# "Jan. 2024 0.3 | Feb. 2024 0.4": a month's full stop before its year or day ends no sentence
_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


@lru_cache(maxsize=1)
def _stop_ids() -> frozenset[int]:
    """The string ids of the characters spaCy's sentencizer ends a sentence after ('.', '!', '?', '。', …)."""
    from spacy.pipeline import Sentencizer
    from spacy.strings import hash_string

    return frozenset(hash_string(char) for char in Sentencizer.default_punct_chars)


def _sentence_starts(doc) -> list[int]:
    """The indices of the tokens that start a sentence: spaCy's sentencizer (a sentence starts at the
    first token after an end mark that is no punctuation itself), read from one array of the tokens'
    ids and punctuation flags; then `_keep_abbreviations` takes back the breaks it should not make."""
    from spacy.attrs import IS_PUNCT, ORTH

    if not len(doc):
        return []
    stops, starts, seen_stop = _stop_ids(), [0], False
    for i, (orth, punct) in enumerate(doc.to_array([ORTH, IS_PUNCT]).tolist()):
        if orth in stops:
            seen_stop = True
        elif seen_stop and not punct:
            starts.append(i)
            seen_stop = False
    return [i for i in starts if i < 2 or not _keep_abbreviations(doc, i)]


def _keep_abbreviations(doc, i: int) -> bool:
    """Whether the sentencizer's break before token i is none: after an abbreviation's full stop,
    or before a ')' or '|'."""
    token, stop, word = doc[i], doc[i - 1], doc[i - 2]
    after_abbreviation = stop.text == "." and word.lower_ in _ABBREVIATIONS and not token.is_title \
        or stop.text == "." and word.lower_ in _ABBREVIATIONS and (token.like_num or token.text in ")|") \
        or stop.text == "." and word.lower_ in _MONTHS and token.like_num
    # "| 2. Tax Revenue 25,83,499 |": the full stop of a numbered table row ends no sentence
    row_number = stop.text == "." and word.is_digit and len(word.text) <= 2 and token.i >= 3 \
        and doc[token.i - 3].text == "|"
    scaled = stop.text == "." and word.lower_ in _SCALE_ABBREVIATIONS and token.i >= 3 and doc[token.i - 3].like_num
    return bool(after_abbreviation or row_number or scaled or token.text in (")", "|"))


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int, list[tuple[str, int]]]]:
    """Split text into sentences: (start, end, tokens as (text, absolute offset)), whitespace dropped."""
    split = _spans_at_zero if len(text) <= CACHED_TEXT else _spans_at_zero.__wrapped__  # keep no huge text
    return [(start + offset, end + offset, [(word, at + offset) for word, at in tokens])
            for start, end, tokens in split(text)]


@lru_cache(maxsize=4096)
def _spans_at_zero(text: str) -> tuple[tuple[int, int, tuple[tuple[str, int], ...]], ...]:
    """The sentences of a text at offset 0, split once per text: a re-check after an edit
    (the language server) splits only the paragraphs that changed."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    said = _cut_long_runs(text)  # spaCy keeps every character: the doc's text is this one (no walk over tokens)
    doc = _current_pipeline(len(text))(said)
    starts = set(_sentence_starts(doc))
    result, tokens = [], []
    # the tokens' offsets, lengths and flags read as one array: no Token object is made for each
    for n, (at, length, space) in enumerate(doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()):
        if n in starts and n:
            _add_sentence(result, tokens)
            tokens = []
        if not space:
            tokens.append((said[at:at + length], at))
    _add_sentence(result, tokens)
    return tuple(result)


def _current_pipeline(size: int):
    """The pipeline to split `size` more characters with: built anew once the one in use has split
    RENEW_AFTER, so memory stays flat in the amount of text (the words it splits are the same)."""
    _split[0] += size
    if _split[0] > RENEW_AFTER:
        pipeline.cache_clear()
        _split[0] = size
    return pipeline()


def _add_sentence(result: list, tokens: list[tuple[str, int]]) -> None:
    """A sentence's (start, end, tokens), unless it holds only white space."""
    if tokens:
        last_text, last_start = tokens[-1]
        result.append((tokens[0][1], last_start + len(last_text), tuple(tokens)))


def _cut_long_runs(text: str) -> str:
    """Put a space every CUT_EVERY characters inside runs without spaces; offsets stay put."""
    if not LONG_RUN.search(text):
        return text
    chars = list(text)
    for match in LONG_RUN.finditer(text):
        for i in range(match.start() + CUT_EVERY, match.end(), CUT_EVERY):
            chars[i] = " "
    return "".join(chars)
