"""The sentence a quote sits in: what a fact-check reviews is the claim's sentence, not the bare number.

Splitting on full stops breaks at "U.S.", "Sen." and "Jan."; pysbd's rule-based
segmenter knows those abbreviations and returns character spans, so the sentence
is cut from the seed text itself, never rewritten.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=64)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return tuple((s.start, s.end) for s in segmenter.segment(text))


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence(s) holding text[start:end], without surrounding white space."""
    spans = [(a, b) for a, b in _spans(text) if a < end and b > start] or [(start, end)]
    first, last = spans[0][0], spans[-1][1]
    while first < start and text[first].isspace():
        first += 1
    while last > end and text[last - 1].isspace():
        last -= 1
    return first, last


def sentence_of(text: str, start: int, end: int) -> str:
    first, last = sentence_around(text, start, end)
    return text[first:last]
