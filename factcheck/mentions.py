"""The mention finder: every place a text states a number, in any of the forms these articles use.

No library reads the hedged, spelled-out numbers of news prose reliably (see
DESIGN.md), so this is a small finder of our own. It is deliberately greedy:
it lists *every* numeric mention (a date, a year in a law's name, a digit in an
image file name, the pronoun "one"), and the ledger must account for each one,
either as a claim or as a non-claim with a reason. What it finds:

kind          examples
------------  ---------------------------------------------------------------
date          "Jan. 1, 2014", "July 21", "November 2015", "October of 2008"
fiscal_year   "fiscal year 2012", "Fiscal Year 2024", "FY 12"
money         "$2.75 billion"
range         "40-55 percent"
percent       "66 percent", "99.5%"
scaled        "2.2 million", "11 million"
ordinal       "21st", "first", "third"
year          "2016" (a four-digit 19xx/20xx number standing alone)
number        "235,413", "1.6", "160824" (any other run of digits)
spelled       "six", "four dozen", "tens of thousands", "One"

Offsets are Python string indices (Unicode code points) into the seed text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.")
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split())}
MULTIPLIERS = {"dozen": 12, "hundred": 100, **SCALES}
_CARDINAL = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_MULT = "|".join(MULTIPLIERS)
SPELLED = (rf"(?:tens|hundreds) of (?:thousands|millions)"
           rf"|(?:{_CARDINAL})(?:-(?:{_CARDINAL}))?(?:\s+(?:{_MULT}))*"
           rf"|(?:a|one)\s+(?:dozen|hundred|thousand|million)")

PATTERN = re.compile(
    rf"(?P<date>(?-i:\b(?:{MONTHS}))(?:\s+of)?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?|\d{{4}})\b)"
    rf"|(?P<fiscal_year>\b(?:fiscal\s+years?|FY)\s*(?:\d{{4}}|\d{{2}})\b)"
    rf"|(?P<money>\$\s?(?:{NUM})(?:\s+(?:thousand|million|billion|trillion))?)"
    rf"|(?P<range>(?:{NUM})\s?[-–]\s?(?:{NUM})\s?(?:percent|%))"
    rf"|(?P<percent>(?:{NUM})\s?(?:percent\b|%))"
    rf"|(?P<scaled>(?:{NUM})\s+(?:thousand|million|billion|trillion)\b)"
    rf"|(?P<ordinal>\b\d+(?:st|nd|rd|th)\b|\b(?:{'|'.join(ORDINAL_WORDS)})\b)"
    rf"|(?P<year>(?<![\d,.])\b(?:19|20)\d{{2}}\b(?!\d|,\d|\.\d))"
    rf"|(?P<number>{NUM})"
    rf"|(?P<spelled>\b(?:{SPELLED})\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str
    value: float | None      # the number it states (for a date or fiscal year: the year)
    precision: float         # the unit of its last stated digit; 0 for an exact count
    value_to: float | None = None  # upper end, for a range


def find_mentions(text: str) -> list[Mention]:
    """Every numeric mention in text, in order of position."""
    return [_mention(m) for m in PATTERN.finditer(text)]


def parse_number(written: str) -> tuple[float, float]:
    """A written number -> (value, precision). '435,000' -> (435000, 1000); '1.6' -> (1.6, 0.1)."""
    digits = written.replace(",", "").strip()
    if "." in digits:
        decimals = len(digits.split(".")[1])
        return float(digits), 10.0 ** -decimals
    value = float(digits)
    trailing = len(digits) - len(digits.rstrip("0")) if value else 0
    return value, 10.0 ** trailing


def numbers_in(quote: str) -> list[float]:
    """All values a quote states (both ends of a range), for cross-checking a ledger row."""
    values = []
    for m in find_mentions(quote):
        if m.value is not None:
            values.append(m.value)
        if m.value_to is not None:
            values.append(m.value_to)
    return values


def _mention(m: re.Match) -> Mention:
    kind = m.lastgroup
    text = m.group()
    value, precision, value_to = _value_of(kind, text)
    return Mention(m.start(), m.end(), text, kind, value, precision, value_to)


def _value_of(kind: str, text: str) -> tuple[float | None, float, float | None]:
    numbers = re.findall(NUM, text)
    if kind in ("percent", "money", "scaled"):
        value, precision = parse_number(numbers[0])
        scale = next((SCALES[w] for w in SCALES if w in text.lower()), 1.0)
        if kind == "percent":
            precision = min(precision, 1.0)  # "40 percent" reads as rounded to the whole percent
        return value * scale, _exact_if_count(kind, precision, value) * scale, None
    if kind == "range":
        (low, p_low), (high, p_high) = parse_number(numbers[0]), parse_number(numbers[1])
        return low, min(p_low, p_high), high
    if kind == "number":
        value, precision = parse_number(numbers[0])
        return value, _exact_if_count(kind, precision, value), None
    if kind == "year":
        return float(text), 0.0, None
    if kind == "fiscal_year":
        year = int(numbers[0])
        return float(year + 2000 if year < 100 else year), 0.0, None
    if kind == "date":
        year = re.search(r"\d{4}", text)
        return (float(year.group()) if year else None), 0.0, None
    if kind == "ordinal":
        return float(numbers[0]) if numbers else float(ORDINAL_WORDS[text.lower()]), 0.0, None
    if kind == "spelled":
        return spelled_value(text), 0.0, None
    raise AssertionError(kind)


def _exact_if_count(kind: str, precision: float, value: float) -> float:
    """A count like '2,572' is exact; '435,000' (two or more trailing zeros) was probably rounded.

    Percentages and dollar amounts are always read as rounded to their last digit."""
    if kind in ("percent", "money", "scaled") or precision < 1:
        return precision
    return precision if precision >= 100 else 0.0


def spelled_value(text: str) -> float:
    """'four dozen' -> 48, 'twenty-five' -> 25, 'tens of thousands' -> 10000, 'a dozen' -> 12."""
    words = re.split(r"[\s-]+", text.lower().strip())
    if words[:2] in (["tens", "of"], ["hundreds", "of"]):
        return (10.0 if words[0] == "tens" else 100.0) * SCALES[words[2].rstrip("s")]
    total = 0.0
    for word in words:
        if word == "a":
            total = total or 1.0
        elif word in UNITS:
            total += UNITS[word]
        elif word in TENS:
            total += TENS[word]
        elif word in MULTIPLIERS:
            total = (total or 1.0) * MULTIPLIERS[word]
        else:
            raise ValueError(f"cannot read {text!r} as a number (at {word!r})")
    return total
