"""The process's one spaCy pipeline: blank English with a sentencizer, built on first use."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def pipeline():
    """Build spacy.blank("en") with a sentencizer once; importing spaCy is paid only here."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int, list[tuple[str, int]]]]:
    """Split text into sentences: (start, end, tokens as (text, absolute offset)), whitespace dropped."""
    doc = pipeline()(text)
    result = []
    for sent in doc.sents:
        tokens = [(t.text, offset + t.idx) for t in sent if not t.is_space]
        if tokens:
            last_text, last_start = tokens[-1]
            result.append((tokens[0][1], last_start + len(last_text), tokens))
    return result
