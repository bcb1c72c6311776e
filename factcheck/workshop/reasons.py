"""Exercise 3's reasons carry their evidence: what the printed figure stands for, read in the article.

A rating is read with its reason (what the share does to the printed figure), and a reason with its
evidence, which only reading the article and the figure gives:

    exact                          nothing: the share is the printed figure, digit for digit
    within the words               the printed figure's hedge words, quoted ("nearly", "more than 40%")
    within rounding                what a printed figure stands for: its rounding interval ("[55.5, 56.5)",
                                   "55.5 to 56.5") or its precision ("to the nearest whole percent",
                                   "nearest 1,000"); of the printed figure, or of a count whose rounding
                                   gives the share
    within hedges                  the hedge words that reconcile them, quoted from a count or the figure
    outside what the words allow   what the printed figure stands for, which the share falls outside of:
                                   its hedge words, quoted, or its interval or precision

Without its evidence, three reasons gave "accurate" to a participant who tried each in turn (issue 23,
the cap being three): with it, a loop that writes no evidence, or the sentence's words one by one,
passes only where the share itself shows the reason (an exact share). A direction alone ("above",
"below") is no evidence: it is a coin a blind loop tosses twice. Matching ignores case, spaces and the
quotation marks around a quote.
"""
from __future__ import annotations

import re

from factcheck.ledger.intervals import Interval

EXACT, WORDS, ROUNDING, HEDGES, OUTSIDE = ("exact", "within the words", "within rounding", "within hedges",
                                          "outside what the words allow")

# What each reason's evidence is, in the words the checker and the exercise page use.
NEEDS = {
    EXACT: "nothing more (the share is the printed figure, digit for digit)",
    WORDS: "the printed figure's hedge words, quoted from the article (evidence = \"...\")",
    ROUNDING: "what the printed figure stands for: its rounding interval (\"[a, b)\") or its precision "
              "(\"to the nearest whole percent\")",
    HEDGES: "the hedge words that reconcile the share and the figure, quoted from the article",
    OUTSIDE: "what the printed figure stands for, which the share falls outside of: its hedge words, quoted, "
             "or its interval or precision",
}

_QUOTES = "\"'“”‘’«»`"
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:\s*(thousand|million|billion))?", re.IGNORECASE)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# "to the nearest ..." in words; a number written in digits is read as it stands
_PRECISION_WORDS = (("hundred thousand", 1e5), ("ten thousand", 1e4), ("thousandth", 0.001), ("hundredth", 0.01),
                    ("tenth", 0.1), ("thousand", 1e3), ("hundred", 100.0), ("million", 1e6), ("billion", 1e9), ("ten", 10.0),
                    ("whole", 1.0), ("percent", 1.0), ("one", 1.0), ("unit", 1.0), ("integer", 1.0))
_DECIMALS = re.compile(r"\b(one|two|three|1|2|3)\s+decimal", re.IGNORECASE)


def needs_evidence(reason: str) -> bool:
    return reason != EXACT


def normalise(text: str) -> str:
    """' “Nearly  80%,” ' -> 'nearly 80%': case, spaces and surrounding quotes and punctuation do not matter."""
    words = " ".join(str(text).lower().split())
    return words.strip(_QUOTES + " .,;:!?()").strip(_QUOTES + " ")


def quotes_hedge(evidence: str, hedge: str, quote: str) -> bool:
    """The evidence quotes the hedge words of a figure: it holds the whole hedge and is part of the figure's quote."""
    said, hedge = normalise(evidence), normalise(hedge)
    return bool(hedge) and _holds(said, hedge) and said in normalise(quote)


def _holds(said: str, hedge: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(hedge)}(?![\w])", said) is not None


def _numbers(evidence: str) -> list[float]:
    found = []
    for match in _NUMBER.finditer(str(evidence)):
        digits = match.group(0)
        scale = _SCALE.get((match.group(1) or "").lower(), 1.0)
        value = re.sub(r"\s*(thousand|million|billion)$", "", digits, flags=re.IGNORECASE).rstrip(",").replace(",", "")
        found.append(float(value) * scale)
    return found


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 + 1e-6 * max(abs(a), abs(b))


def names_interval(evidence: str, interval: Interval) -> bool:
    """The evidence gives the interval's two ends ("[55.5, 56.5)", "55.5 to 56.5 percent")."""
    found = _numbers(evidence)
    return len(found) == 2 and _close(found[0], interval.low) and _close(found[1], interval.high)


def names_precision(evidence: str, precision: float, unit: str = "") -> bool:
    """The evidence says to what the figure was rounded ("to the nearest whole percent", "nearest 1,000")."""
    if not precision:
        return False
    said = normalise(evidence)
    decimals = _DECIMALS.search(said)
    if decimals:
        places = {"one": 1, "two": 2, "three": 3}.get(decimals.group(1), None) or int(decimals.group(1))
        return _close(precision, 10.0 ** -places)
    if "nearest" not in said:
        return False
    rest = said.split("nearest", 1)[1]
    digits = _numbers(rest)
    if digits:
        return _close(digits[0], precision)
    for word, value in _PRECISION_WORDS:
        if re.search(rf"\b{word}", rest):
            return _close(value, precision)
    return False


def fits(reason: str, evidence, question) -> bool:
    """Whether the evidence shows the reason in this question's article (never whether the reason is right)."""
    if reason == EXACT:
        return True
    if not isinstance(evidence, str) or not evidence.strip():
        return False
    tested = question.tested
    hedged = [(c.hedge, c.quote) for c in question.counts if c.hedge] + ([(tested.hedge_words, tested.quote)]
                                                                         if tested.hedge_words else [])
    if reason == WORDS:
        return bool(tested.hedge_words) and quotes_hedge(evidence, tested.hedge_words, tested.quote)
    if reason == HEDGES:
        return any(quotes_hedge(evidence, hedge, quote) for hedge, quote in hedged)
    stands_for = [(tested.rounding, tested.precision, tested.unit)] + [
        (c.rounding, c.precision, c.unit) for c in question.counts if c.rounding is not None]
    if reason == ROUNDING:
        return any((rounding is not None and names_interval(evidence, rounding)) or names_precision(evidence, p, unit)
                   for rounding, p, unit in stands_for)
    if reason == OUTSIDE:
        return ((bool(tested.hedge_words) and quotes_hedge(evidence, tested.hedge_words, tested.quote))
                or (tested.interval is not None and names_interval(evidence, tested.interval))
                or (tested.rounding is not None and names_interval(evidence, tested.rounding))
                or names_precision(evidence, tested.precision, tested.unit))
    return False


def example(reason: str, question, share: float | None = None) -> str:
    """Evidence an honest participant may write for the reason (the worked solution and the key print it)."""
    tested = question.tested
    if reason == EXACT:
        return ""
    if reason in (WORDS, OUTSIDE) and tested.hedge_words:
        return _as_quoted(tested.hedge_words, tested.quote)
    if reason == HEDGES:
        figure = next((c for c in question.counts if c.hedge), None)
        return _as_quoted(figure.hedge, figure.quote) if figure else _as_quoted(tested.hedge_words, tested.quote)
    if reason == ROUNDING and share is not None and tested.rounding is not None and share not in tested.rounding:
        count = next((c for c in question.counts if c.rounding is not None and c.precision), None)
        if count is not None:
            return written(count.rounding)
    interval = tested.interval if reason == OUTSIDE and tested.interval is not None else tested.rounding
    return written(interval) if interval is not None else ""


def _as_quoted(hedge: str, quote: str) -> str:
    """The hedge as the article writes it (its capitals), found in the quote."""
    at = quote.lower().find(hedge.lower())
    return quote[at:at + len(hedge)] if at >= 0 else hedge


def written(interval: Interval) -> str:
    """[55.5, 56.5); every digit the ends need (a printed 21.38 stands for [21.375, 21.385))."""
    return (f"{'[' if interval.low_closed else '('}{_end(interval.low)}, {_end(interval.high)}"
            f"{']' if interval.high_closed else ')'}")


def _end(x: float) -> str:
    return f"{x:,.12g}"
