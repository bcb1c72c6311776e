"""Finder v23, second part: numbers a phrase states that the finder's patterns split or misread (issue 23).

`factcheck.ledger.mentions` finds each number by its pattern, then reads its hedge and unit from the words around it.
Some phrases of general English state one quantity across words the patterns read apart, or give a number a meaning
its neighbours do not show. `rephrase_cores` rereads them on the numbers as found (the "cores", before hedges and units
are read), so that the finder's own reading then takes them as one:

- **an age in apposition**: "Kamyar Samimi, 64; Yulio Castro-Garrido, 33" — a person's name (two to four capitalised
  words), a comma, a bare number of one to three digits, then a comma, a semicolon, a closing bracket or the
  sentence's end: the number is an age, in years (`corpus/README.md`: ages are durations in years). Not "Route 64,
  near" (no comma before the number), not a list "3, 4, 5" (no name), not "the United States, 28" nor "in Los
  Angeles, 45" (a place after "the" or a preposition of place). A list of places with counts and no such word before
  them ("Los Angeles, 45; San Diego, 30") is read as ages: the words do not tell a place from a person;
- **a number word and a half, joined to "times"**: "three-and-a-half times", "two and a half times" (3.5, 2.5: a
  multiplier, not "three" and "half"); and to "percent" ("nine-and-a-half percent": 9.5 percent);
- **a range of number words joined by hyphens to a time unit**: "a six-to-seven-month timeframe" (6 to 7 months, a
  range; not 7 months and a bare "six");
- **a sign in words**: "a negative $13,373,687", "negative 4 percent": the amount is below zero. Not "negative" before
  anything but an amount ("a negative effect");
- **"a couple of"** before a noun ("a couple of months": about 2 months), and in speech without "of" before a plural
  noun ("a couple different areas", "a couple weeks"): about two. Not "a couple hundred" (a vague magnitude, v13), not
  "a couple who ..." (the noun: a pair of people), not a span that heads what it holds ("a couple of years of modest
  improvement", as v10 leaves "years of delays" vague);
- **"the dozen"** before a plural noun ("the dozen rescissions"): twelve, as "a dozen" is;
- **"double" / "triple" before a dash** ("to more than double — now ..."): the multiplier, as before a full stop.

`PHRASED_QUANTITY_WORDS` are quantity words (kind `word`) of the same kind: "most of which", "most of Monroe County's"
(a majority, as "most of the" is); "paid the most, with an average bill of $10,135", "the least, at $1,027" (a rank of
an amount told after a comma).
"""
from __future__ import annotations

import re
from dataclasses import replace

NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_TIME = "second|minute|hour|day|week|month|year|decade|century"

# ---- ages in apposition ---------------------------------------------------------------------------------------------
# a name of two to four capitalised words (hyphens, apostrophes and initials inside), a comma, the number
_NAME_WORD = r"(?:[A-Z][a-z]*\.|[A-Z][a-z’'A-Z]*[a-z](?:-[A-Z][a-z’']+)*)"
APPOSED_AGE = re.compile(rf"(?-i:(?<![\w’'.-])(?<!\bthe\s)(?<!\bThe\s)(?<!\bin\s)(?<!\bat\s)(?<!\bfrom\s)(?<!\bnear\s)"
                         rf"(?<!\bacross\s){_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,3}}),[ ]"
                         r"(?P<age>[1-9]\d{0,2})(?=\s*[,;)]|\.(?:\s|$)|\s*$)(?![,.]\d)")
# capitalised words that open a place, a period or an organisation, never a person's name
NOT_A_PERSON = frozenset("""January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Route Highway Interstate County City State States Street
    Avenue Road District Department Office Court Sector Section Title Article Chapter Table Figure Fiscal FY""".split())

# ---- multipliers and ranges in hyphenated words ---------------------------------------------------------------------
AND_A_HALF_TIMES = re.compile(rf"\b(?P<n>{_WORD}|\d+)(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\s+times\b"
                              r"(?!\s+(?:a|per|each|every)\b)", re.IGNORECASE)
# after v24's first unseen score: the same half before "percent" ("about nine-and-a-half percent": 9.5, not 9 and a half)
AND_A_HALF_PERCENT = re.compile(rf"\b(?P<n>{_WORD}|\d+)(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half(?:\s+|-)per\s?cent\b",
                                re.IGNORECASE)
HYPHENED_RANGE = re.compile(rf"(?<![\w-])(?P<a>{_WORD}|\d+)-to-(?P<b>{_WORD}|\d+)-(?P<unit>{_TIME}|centur(?:y|ies))s?\b"
                            r"(?!-)", re.IGNORECASE)
SMALL = {w: float(i + 1) for i, w in enumerate(NUMBER_WORDS[:19])} | {
    w: float(20 + 10 * i) for i, w in enumerate(NUMBER_WORDS[19:])}

# ---- a sign in words ------------------------------------------------------------------------------------------------
NEGATIVE_BEFORE = re.compile(r"(?<![\w-])negative\s+$", re.IGNORECASE)
SIGNABLE = frozenset({"number", "money", "percent", "scaled"})

# ---- "a couple (of)", "the dozen", "double —" ----------------------------------------------------------------------
_FUNCTION = (r"(?:who|whom|whose|that|which|is|was|has|had|have|were|are|said|says|of|in|on|at|from|with|and|or|to|"
             r"for|the|a|an|times|hundred|thousand|million|billion|dozen|lives|does|goes)")
A_COUPLE = re.compile(r"\ba\s+couple(?P<of>\s+of(?!\s+(?:hundred|thousand|million|billion|dozen)\b))?"
                      r"(?(of)|(?=\s+(?:(?!" + _FUNCTION + r"\b)[a-z]+\s+)?(?!" + _FUNCTION + r"\b)[a-z]+s\b))",
                      re.IGNORECASE)
SPAN_OF_AFTER = re.compile(rf"\s+(?:{_TIME}|centur(?:y|ies))s?\s+of\b", re.IGNORECASE)
PARTITIVE_AFTER = re.compile(r"\s+(?:the|these|those|them|its|their|our|his|her)\b", re.IGNORECASE)
THE_DOZEN = re.compile(r"(?<=\b(?:the|its)\s)dozen(?=\s+(?:[a-z]+\s+)?[a-z]+s\b)(?!\s+or\b)", re.IGNORECASE)
MULTIPLIER_BEFORE_DASH = re.compile(r"(?<!\ba\s)(?<!\bthe\s)\b(?P<m>double|triple|quadruple)(?=\s*(?:[—–]|--))",
                                    re.IGNORECASE)
FACTORS = {"double": 2.0, "triple": 3.0, "quadruple": 4.0}

# ---- units -----------------------------------------------------------------------------------------------------------
# plurals of Latin and Greek nouns that do not end in "s" ("two implementing memoranda"): plural nouns, as "people" is
LATIN_PLURALS = frozenset("memoranda criteria phenomena bacteria curricula alumni stimuli".split())
# "Nearly 1,961,655 of these are asylum applications": the noun after the copula names the part counted, as v10 reads
# "Nearly 8,000 were citizens of Venezuela"
PARTITIVE_COPULA_AFTER = re.compile(r"\s+of\s+(?:these|those|them)\s+(?:were|are)\s+", re.IGNORECASE)
# a bare sum in a scale word ("more than four billion"), no noun of its own: a sum of money when the quantity before it,
# in its sentence or the one before, was one in the same currency ("will reach about $1.1 billion. The lottery has
# contributed more than four billion to education")
SCALE_WORD = re.compile(r"\b(?:million|billion|trillion)\b|\d(?:bn|mn|m|b)\b", re.IGNORECASE)
CURRENCY_UNITS = frozenset({"usd", "eur", "gbp"})
SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n")

# ---- quantity words -------------------------------------------------------------------------------------------------
PHRASED_QUANTITY_WORDS = [
    # "most of which came through ports of entry", "most of whom"; "most of Monroe County's deaths": a majority, as
    # "most of the" (v8), the relative pronoun or a possessive name standing for the determiner
    ("most", r"(?<!\bthe )(?<!\bat )\bmost\s+of\s+(?:which|whom|(?-i:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s)\b"),
    # "New Jersey homeowners paid the most, with an average bill of $10,135", "paid the least, at $1,027": the first (or
    # last) of a ranking, its amount told after a comma
    ("the most", r"\bthe\s+(?:most|least)\b(?=,?\s+(?:with|at)\b[^.;!?\n]{0,40}?[$€£]?\d)"),
]


def measure_modifies(words: list[str], index: int) -> bool:
    """Does the measure noun words[index] ("cap", "quota") modify the plural noun right after it, which ends the phrase
    ("188,400 H-1B cap registrations", "77,000 Additional H-1B Cap Registrations": registrations, the head)? Then the
    phrase does not end at the measure. Not with a word between ("the one million arrest target some officials")."""
    last = words[-1]
    return index == len(words) - 2 and last[:1].islower() == words[index][:1].islower() and len(last) > 3 \
        and last.lower().endswith("s") and not last.lower().endswith(("ss", "us", "is"))


def _value(word: str) -> float:
    return float(word) if word.isdigit() else SMALL[word.lower()]


def _overlapping(cores: list, start: int, end: int) -> list:
    return [c for c in cores if c.start < end and start < c.end]


def _apposed_age(text: str, core) -> bool:
    """Is the bare number core an age in apposition to a name before it ("Kamyar Samimi, 64;")?"""
    if core.kind != "number" or core.value is None or not 0 < core.value < 120 or core.value != int(core.value):
        return False
    match = next((m for m in APPOSED_AGE.finditer(text, max(0, core.start - 80), min(len(text), core.end + 2))
                  if m.span("age") == (core.start, core.end)), None)
    if not match:
        return False
    return not any(word in NOT_A_PERSON for word in match.group().split(",")[0].split()[-2:])


def rephrase_cores(text: str, cores: list, make_core) -> list:
    """The cores as found, the phrases above read as one quantity each (make_core builds a core: mentions._Core)."""
    cores = list(cores)
    added = []
    for m in AND_A_HALF_TIMES.finditer(text):
        value = _value(m.group("n")) + 0.5
        cores = [c for c in cores if not (c.start < m.end() and m.start() < c.end)]
        added.append(make_core(m.start(), m.end(), "multiplier", value, 1.0, unit="times"))
    for m in AND_A_HALF_PERCENT.finditer(text):
        cores = [c for c in cores if not (c.start < m.end() and m.start() < c.end)]
        added.append(make_core(m.start(), m.end(), "percent", _value(m.group("n")) + 0.5, 0.5, unit="percent"))
    for m in HYPHENED_RANGE.finditer(text):
        low, high = _value(m.group("a")), _value(m.group("b"))
        if not low < high:
            continue
        unit = m.group("unit").lower()
        unit = "centuries" if unit.startswith("centur") else unit + "s"
        cores = [c for c in cores if not (c.start < m.end() and m.start() < c.end)]
        added.append(make_core(m.start(), m.end(), "range", low, 0.0, high, unit, hedge="-"))
    for m in A_COUPLE.finditer(text):
        if _overlapping(cores, m.start(), m.end()):
            continue
        if SPAN_OF_AFTER.match(text, m.end()):
            continue  # "after a couple of years of modest improvement": a span heading what it holds ("years of")
        end = m.end() if not (m.group("of") and PARTITIVE_AFTER.match(text, m.end())) else m.start("of")
        added.append(make_core(m.start(), end, "spelled", 2.0, 0.0, hedge="a couple of"))
    for m in THE_DOZEN.finditer(text):
        if not _overlapping(cores, m.start(), m.end()):
            added.append(make_core(m.start(), m.end(), "spelled", 12.0, 0.0))
    for m in MULTIPLIER_BEFORE_DASH.finditer(text):
        if not _overlapping(cores, m.start(), m.end()):
            added.append(make_core(m.start(), m.end(), "multiplier", FACTORS[m.group("m").lower()], 1.0, unit="times"))
    result = []
    for core in sorted([*cores, *added], key=lambda c: (c.start, c.end)):
        if _apposed_age(text, core):
            core = replace(core, kind="duration", unit="years")
        elif core.kind in SIGNABLE and core.value and core.value > 0 and NEGATIVE_BEFORE.search(
                text, max(0, core.start - 12), core.start):
            sign = NEGATIVE_BEFORE.search(text, max(0, core.start - 12), core.start)
            core = replace(core, value=-core.value, quote_start=sign.start(),
                           value_to=-core.value_to if core.value_to else core.value_to)
        result.append(core)
    return result


def sums_continued(text: str, mentions: list) -> list:
    """A bare sum in a scale word with no unit continues the currency of the sum just before it (see SCALE_WORD)."""
    result = list(mentions)
    for index, mention in enumerate(result):
        if mention.unit or mention.kind not in ("scaled", "spelled") or not SCALE_WORD.search(mention.text):
            continue
        before = next((m for m in reversed(result[:index]) if m.is_quantity), None)
        if before is None or before.unit not in CURRENCY_UNITS or before.kind != "money":
            continue
        if len(SENTENCE_BREAK.findall(text, before.end, mention.start)) > 1 or mention.start - before.end > 400:
            continue  # not beyond the sentence before
        result[index] = replace(mention, unit=before.unit)
    return result
