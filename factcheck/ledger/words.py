"""Words are claims too: "none", "nearly every", "most", "dipped", "tens of thousands", "record".

A word claim is a row of data/claims.csv whose `words` column names the quantity
words as written, and whose `condition` says, in plain words, what must be true
for the statement to hold ("no request in October 2008 was refused"). Where the
words imply a range, the range comes from `WORD_RULES` below (the one place these
readings live; the methods page publishes them), and the row's low/high/bounds
must match it, as a number's interval must match the hedge rules. Where the words
imply a logical condition and no range ("record", "only convicted people",
"every city and state"), low/high/bounds stay empty and the claim can only be
tested by people: against other statements (a `conflict` check) or the public
record (a `record` check).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.ledger.intervals import INF, Interval
from factcheck.ledger.vocabulary import PERIOD_SUPERLATIVES  # v18
from factcheck.ledger.vocabulary import (ALL_TIME_COMPARISONS, CHANGE_SIZE_SUPERLATIVES, EXTREME_MARKS,
                                         EXTREME_MARKS_BEFORE_A_NUMBER, MAGNITUDE_SUPERLATIVES, MEASURE_SUPERLATIVES,
                                         MAJORITY_NOUNS, NEARNESS_SUPERLATIVES, RANK_ORDINALS, RANKING_WORDS,
                                         RECORD_ADJECTIVES, SHARE_NOUNS, SHARE_SIZE_ADJECTIVES, SIZE_SUPERLATIVES)
from factcheck.ledger.vocabulary import (COUNT_NOUNS, COUNT_SIZE_ADJECTIVES, MAJORITY_ADVERBS,
                                         LAST_TIME_WORDS, NEARNESS_HEDGES_BEFORE_ALL, NO_PRECEDENT_ADJECTIVES,
                                         PAST_COMPARISON_PATTERNS, SMALL_COUNT_NOUNS, UNIVERSALS, _alternatives)
from factcheck.ledger.vocabulary import JUDGEMENT_SUPERLATIVES, LAST_SEEN
from factcheck.ledger.vocabulary import (HEIGHT_MARKS, HEIGHT_QUALIFIERS, LEVEL_ADJECTIVES,  # finder v13
                                         NEGATIVE_UNIVERSALS, RANK_VERBS, RECORD_ADVERBS, SCARCELY_ANY, TOP_VERBS)

SHARE, COUNT, DECLINE, CHANGE = "share", "count", "decline", "change"

# What each kind of quantity is measured in, for the claim's `unit` column.
UNITS_OF = {SHARE: {"percent"}, DECLINE: {"percent"}, CHANGE: {"percent"}}


@dataclass(frozen=True)
class WordRule:
    kind: str                      # share, count, decline (a percentage fall), change (a percentage change)
    interval: Interval | None      # None: a logical condition only
    meaning: str

    def allows_unit(self, unit: str) -> bool:
        return unit in UNITS_OF[self.kind] if self.kind in UNITS_OF else unit not in {"percent"}


def _rule(kind, low, high, bounds, meaning) -> WordRule:
    return WordRule(kind, Interval.from_bounds(low, high, bounds), meaning)


# words as written (lower case) -> their reading. A reading is a choice: it is published, and a
# check that turns on where the line falls says so in its reason.
WORD_RULES = {
    "none": _rule(COUNT, 0, 0, "[]", "not one: the count is 0"),
    "no": _rule(COUNT, 0, 0, "[]", "not one: the count is 0"),
    "never": _rule(COUNT, 0, 0, "[]", "not once: the count is 0"),
    "all": _rule(SHARE, 100, 100, "[]", "every one: 100 percent"),
    "every": _rule(SHARE, 100, 100, "[]", "every one: 100 percent"),
    "nearly every": _rule(SHARE, 90, 100, "[)", "as 'nearly' 100 percent: at least 90 and under 100 percent"),
    "nearly all": _rule(SHARE, 90, 100, "[)", "as 'nearly' 100 percent: at least 90 and under 100 percent"),
    "virtually all": _rule(SHARE, 90, 100, "[]", "90 percent or more"),
    "most": _rule(SHARE, 50, 100, "(]", "more than half: above 50 percent"),
    "majority": _rule(SHARE, 50, 100, "(]", "more than half: above 50 percent"),
    "vast majority": _rule(SHARE, 50, 100, "(]", "more than half by a wide margin; the words set no floor above 50 percent"),
    "half": _rule(SHARE, 45, 55, "[]", "about half: 50 percent, give or take 5 points"),
    "tens of thousands": _rule(COUNT, 20_000, 100_000, "[)", "at least two ten-thousands, fewer than 100,000"),
    "hundreds of thousands": _rule(COUNT, 200_000, 1_000_000, "[)", "at least two hundred-thousands, fewer than a million"),
    "thousands": _rule(COUNT, 2_000, 10_000, "[)", "at least two thousands, fewer than 10,000"),
    "dozens": _rule(COUNT, 24, 144, "[)", "at least two dozen, fewer than a dozen dozen"),
    "dipped": _rule(DECLINE, 0, 15, "(]", "a small fall: above 0 and at most 15 percent"),
    "declining": _rule(DECLINE, 0, 100, "(]", "a fall of any size: above 0 percent"),
    "declined": _rule(DECLINE, 0, 100, "(]", "a fall of any size: above 0 percent"),
    "fewer": _rule(DECLINE, 0, 100, "(]", "a fall of any size: above 0 percent"),
    "soared": _rule(CHANGE, 50, INF, "[)", "a large rise: 50 percent or more"),
    "doubled": _rule(CHANGE, 80, 120, "[]", "about twice: a rise of 100 percent, give or take 20 points"),
    "tripled": _rule(CHANGE, 170, 230, "[]", "about three times: a rise of 200 percent, give or take 30 points"),
    # Logical conditions: no range; people judge them against statements and the record.
    "only": WordRule(COUNT, None, "restricts a set: nothing outside it (the condition says which set)"),
    "anyone but": WordRule(COUNT, None, "restricts a set: nobody outside it (the condition says which set)"),
    "many": WordRule(COUNT, None, "a large number, without a range: judged against the figures beside it"),
    "record": WordRule(COUNT, None, "higher (or lower) than every earlier figure on record"),
    "highest": WordRule(COUNT, None, "above every other member of the set compared"),
    "largest": WordRule(COUNT, None, "above (or, for 'smallest', below) every other member of the set compared"),
    "biggest": WordRule(COUNT, None, "above every other member of the set compared"),
    "lowest": WordRule(COUNT, None, "below every other member of the set compared"),
    "smallest": WordRule(COUNT, None, "below every other member of the set compared"),
    "all-time record": WordRule(COUNT, None, "higher (or lower) than every figure ever recorded for the series"),
    "all-time high": WordRule(COUNT, None, "higher than every figure ever recorded for the series"),
    "all-time low": WordRule(COUNT, None, "lower than every figure ever recorded for the series"),
    "peaked": WordRule(COUNT, None, "the highest point of a series: no figure of the period above it"),
    "peaking": WordRule(COUNT, None, "the highest point of a series: no figure of the period above it"),
    "peak": WordRule(COUNT, None, "the highest point of a series: no figure of the period above it"),
    "a fraction of": WordRule(SHARE, None, "a small part of the whole; the words give no range"),
    "a small fraction of": WordRule(SHARE, None, "a small part of the whole; the words give no range"),
    "every city and state": WordRule(COUNT, None, "in each city and state: a universal claim about places"),
    "mass-release": WordRule(COUNT, None, "released in bulk, by direction, rather than case by case"),
    "completely and totally": WordRule(SHARE, None, "all of them, without exception"),
    "unanimous": _rule(SHARE, 100, 100, "[]", "every one of those voting, for: 100 percent"),
}
# The families of factcheck/ledger/vocabulary.py the finder reads: a superlative of size, the high (or low) mark of a
# series. Each word as written is a key, so the key appears in the quote.
for _word, _top in {**SIZE_SUPERLATIVES, **MEASURE_SUPERLATIVES}.items():
    WORD_RULES.setdefault(_word, WordRule(COUNT, None, "above every other member of the set compared" if _top
                                          else "below every other member of the set compared"))
for _word, _top in RANKING_WORDS.items():  # "the top destination", "the leading cause"
    WORD_RULES.setdefault(_word, WordRule(COUNT, None, "first of the set compared, ranked by amount" if _top
                                          else "last of the set compared, ranked by amount"))
for _word in JUDGEMENT_SUPERLATIVES:  # finder v10: "the worst rate": the end of a set ranked by a measure
    WORD_RULES.setdefault(_word, WordRule(COUNT, None, "at the end of the set compared, ranked by the measure named (the "
                                          "worst of a harm's rate is its highest, of a good's its lowest)"))
for _word in sorted(RECORD_ADJECTIVES):  # "historic levels": a record in other words
    WORD_RULES.setdefault(_word, WordRule(COUNT, None, "higher (or lower) than every earlier figure on record"))
for _mark, _top in {**EXTREME_MARKS, **EXTREME_MARKS_BEFORE_A_NUMBER}.items():
    WORD_RULES.setdefault(_mark, WordRule(COUNT, None, "the highest point of a series: no figure of the period above it"
                                          if _top else "the lowest point of a series: no figure of the period below it"))

# finder v7: the superlatives of amount and of a change's size, ranks after "next", all-time comparisons
for _word, _top in {**MAGNITUDE_SUPERLATIVES, **CHANGE_SIZE_SUPERLATIVES}.items():
    WORD_RULES.setdefault(_word, WordRule(COUNT, None, "above every other member of the set compared" if _top
                                          else "below every other member of the set compared"))
# finder v18: a superlative of a period's measured condition ("one of the hottest years on record")
for _word, _top in PERIOD_SUPERLATIVES.items():
    WORD_RULES.setdefault(_word, WordRule(COUNT, None, "above every other period of the series compared" if _top
                                          else "below every other period of the series compared"))
for _word in NEARNESS_SUPERLATIVES:  # "the next closest sector", "the closest in terms of arrests"
    for _next in (f"next {_word}", f"next-{_word}"):
        WORD_RULES.setdefault(_next, WordRule(COUNT, None, "second of the set compared, ranked by the amount meant: "
                                              "only the first is above it"))
    WORD_RULES.setdefault(_word, WordRule(COUNT, None, "first of the set compared, ranked by the amount named"))
# finder v19: "Next is Connecticut": the place after the one a ranking before named
WORD_RULES.setdefault("next", WordRule(COUNT, None, "second of the set the sentence before ranks: only the first is "
                                                     "beyond it"))
for _words in ALL_TIME_COMPARISONS:  # "more than ever before": a record in other words
    WORD_RULES.setdefault(_words, WordRule(COUNT, None, "higher (or lower) than every earlier figure on record"))

# finder v12: ranks as verbs ("lead the nation", ", led by Tennessee") and "more ... than any other"
for _lead in ("lead", "leads", "led", "led by"):  # each form as a draft writes it (its words stand in its quote)
    WORD_RULES.setdefault(_lead, WordRule(COUNT, None, "first of the set compared, ranked by the amount meant"))
WORD_RULES.setdefault("than any other", WordRule(COUNT, None, "above (or, for 'fewer', 'less', 'lower', 'smaller', "
                                                              "below) every other member of the set compared"))

# finder v13 (corpus/README.md, "Rules finder v13 follows"): "historically high", "new heights", "fell the least"
for _adverb in RECORD_ADVERBS:  # an adverb of record before an adjective of level: a record in other words
    for _level, _top in LEVEL_ADJECTIVES.items():
        WORD_RULES.setdefault(f"{_adverb} {_level}", WordRule(COUNT, None, "higher than every earlier figure on record"
                                                             if _top else "lower than every earlier figure on record"))
for _qualifier in HEIGHT_QUALIFIERS:  # heights and depths after a word of novelty or record: a high (or low) mark
    for _mark, _top in HEIGHT_MARKS.items():
        WORD_RULES.setdefault(f"{_qualifier} {_mark}", WordRule(
            COUNT, None, "the highest point of a series: no figure of the period above it" if _top
            else "the lowest point of a series: no figure of the period below it"))
WORD_RULES.setdefault("the least", WordRule(COUNT, None, "less than every other member of the set compared"))
for _words in ("than in any other", "than at any other", "than anywhere else"):  # "more ... than anywhere else"
    WORD_RULES.setdefault(_words, WordRule(COUNT, None, "above (or, for 'fewer', 'less', 'lower', 'smaller', below) every "
                                                        "other member of the set compared"))
WORD_RULES.setdefault("all-time best", WordRule(COUNT, None, "better than every figure ever recorded for the series"))
WORD_RULES.setdefault("all-time worst", WordRule(COUNT, None, "worse than every figure ever recorded for the series"))
WORD_RULES.setdefault("second only to", WordRule(COUNT, None, "second of the set compared: only the one named is "
                                                              "above it"))
for _hedge in NEARNESS_HEDGES_BEFORE_ALL:  # "almost none", "virtually no one": the mirror of "nearly all"
    for _none in NEGATIVE_UNIVERSALS:
        WORD_RULES.setdefault(f"{_hedge} {_none}", _rule(SHARE, 0, 10, "(]", "as 'nearly' none: above 0 and at most 10 "
                                                                            "percent"))
for _any in SCARCELY_ANY:  # "hardly any students": as "almost none"
    WORD_RULES.setdefault(_any, _rule(SHARE, 0, 10, "(]", "as 'nearly' none: above 0 and at most 10 percent"))
for _sliver in ("a sliver of", "a small sliver of", "a tiny sliver of"):  # "only a sliver of", as "a fraction of"
    WORD_RULES.setdefault(_sliver, WordRule(SHARE, None, "a small part of the whole; the words give no range"))
for _verb in TOP_VERBS:  # "topped the list": first of the whole named
    WORD_RULES.setdefault(_verb, WordRule(COUNT, None, "first of the set compared, ranked by the amount meant"))
# "ranked first", "ranks 10th", "ranked No. 1", "ranked last": a place as a verb's complement (rule_for reads each)
RANK_VERB_PLACE = re.compile(rf"(?:{'|'.join(RANK_VERBS)})\s+(?:first|last|{'|'.join(RANK_ORDINALS)}|\d+(?:st|nd|rd|th)"
                             r"|no\.\s?\d+)")
RANK_VERB_EXAMPLE = "ranked first, ranks 10th, ranked no. 1 (a rank as a verb's complement)"
RANK_VERB_RULE = WordRule(COUNT, None, "the given place in the set compared, ranked by the amount meant: only so many "
                                       "members above it ('last': every other member above it)")

# "the most detainers", "the most common country": the top of a set ranked by how many (not "most", a majority)
WORD_RULES.setdefault("the most", WordRule(COUNT, None, "more than every other member of the set compared"))
for _adjective, _large in SHARE_SIZE_ADJECTIVES.items():  # "a small percentage", "a large share": a part, sized in words
    for _noun in sorted(SHARE_NOUNS):
        WORD_RULES.setdefault(f"{_adjective} {_noun}", WordRule(
            SHARE, None, "a large part of the whole; the words give no range" if _large
            else "a small part of the whole; the words give no range"))

# finder v8: a noun of a large part before "of" ("the bulk of the funds") is a majority, read as "most"
for _noun in MAJORITY_NOUNS:
    WORD_RULES.setdefault(f"the {_noun} of", _rule(SHARE, 50, 100, "(]", "more than half: above 50 percent"))

# finder v8: a rank of an amount, an ordinal joined to a superlative of amount ("second-lowest", "11th-largest"): one
# reading for every such pair, so the table shows it once (RANK_EXAMPLE) and rule_for reads each as written
RANK_OF_AN_AMOUNT = re.compile(rf"(?:{'|'.join(RANK_ORDINALS)}|\d+(?:st|nd|rd|th))[-\s]"  # "third worst" as "third-worst"
                               rf"({'|'.join(sorted({**SIZE_SUPERLATIVES, **MAGNITUDE_SUPERLATIVES}, key=len, reverse=True))}"
                               rf"|{'|'.join(JUDGEMENT_SUPERLATIVES)})")  # finder v10: "third-worst" (of a measure)
RANK_EXAMPLE = "second-largest, 11th-lowest (an ordinal joined to a superlative of amount)"
RANK_RULE = WordRule(COUNT, None, "the given place in the set compared, ranked by the amount the superlative names: "
                                  "only so many members above (or, for 'lowest', below) it")

# finder v9 (corpus/README.md, "What a quantity word is, by class"): each class's variants, read alike
for _hedge in NEARNESS_HEDGES_BEFORE_ALL:  # "almost all", "practically every", "just about everyone"
    for _all in UNIVERSALS:
        WORD_RULES.setdefault(f"{_hedge} {_all}", _rule(SHARE, 90, 100, "[)", "as 'nearly' 100 percent: at least 90 "
                                                                             "and under 100 percent"))
for _minority in ("a minority of", "the minority of"):  # a part under half
    WORD_RULES.setdefault(_minority, _rule(SHARE, 0, 50, "()", "fewer than half: above 0 and under 50 percent"))
for _adverb in MAJORITY_ADVERBS:  # "mostly young men": a majority, as "most"
    WORD_RULES.setdefault(_adverb, _rule(SHARE, 50, 100, "(]", "more than half: above 50 percent"))
for _adjective, _large in COUNT_SIZE_ADJECTIVES.items():  # "a limited number of": a count sized in words
    for _noun in COUNT_NOUNS:
        WORD_RULES.setdefault(f"{_adjective} {_noun}", WordRule(
            COUNT, None, "a large count; the words give no range" if _large else "a small count; the words give no range"))
for _noun in SMALL_COUNT_NOUNS:  # "a handful of"
    WORD_RULES.setdefault(_noun, WordRule(COUNT, None, "a small count; the words give no range"))
for _word in NO_PRECEDENT_ADJECTIVES:  # "an unprecedented milestone", "unparalleled in recent history"
    WORD_RULES.setdefault(_word, WordRule(COUNT, None, "higher (or lower) than every earlier figure on record"))
# a comparison with the past or with all time ("than at any time", "not seen since", "by historical standards"): read as a
# record, each as written (the grammar is vocabulary.PAST_COMPARISON_PATTERNS; the table shows it once)
# (the key as written: the last two shapes without the period that follows them)
PAST_COMPARISON = re.compile("|".join([*PAST_COMPARISON_PATTERNS[:-2], _alternatives(LAST_TIME_WORDS), LAST_SEEN,
                                       r"(?:the\s+)?first\s+time\s+(?:since|in)"]), re.IGNORECASE)
PAST_COMPARISON_EXAMPLE = ("than at any time, not seen since, never seen ... this low, by historical standards, the last "
                           "time ... was (a comparison with the past or with all time)")
PAST_COMPARISON_RULE = WordRule(COUNT, None, "higher (or lower) than every earlier figure, or every figure of the period "
                                             "named: a record in other words")

# finder v22 (corpus/README.md, "Rules finder v22 follows"): a ranking told on in a list or with verbs: an ordinal alone
# ("Minnesota was ranked seventh, Wisconsin 20th", "Jalisco was second with $2.797 billion"), and "followed by" after
# such a rank ("..., followed by Guanajuato"); "led" and "leads" read as in v12
ORDINAL_PLACE = re.compile(rf"(?:first|last|{'|'.join(RANK_ORDINALS)}|\d+(?:st|nd|rd|th))")
ORDINAL_PLACE_EXAMPLE = ("second, 20th (an ordinal alone: a rank in a list after 'ranked seventh', or 'was second with "
                         "$2.8 billion')")
ORDINAL_PLACE_RULE = WordRule(COUNT, None, "the given place in the set the sentence ranks by the amount meant: only so "
                                           "many members above it ('last': every other member above it)")
WORD_RULES.setdefault("followed by", WordRule(COUNT, None, "the place after the one a ranking names: only it (and those "
                                                           "it follows) above"))

# finder v18: the all-time marks written without their hyphen ("an all time low"), read as the hyphenated ones
for _mark in ("high", "low", "best", "worst"):
    WORD_RULES.setdefault(f"all time {_mark}", WORD_RULES[f"all-time {_mark}"])


class UnknownWords(ValueError):
    pass


def rule_for(words: str) -> WordRule:
    key = (words or "").strip().lower()
    if key not in WORD_RULES and RANK_OF_AN_AMOUNT.fullmatch(key):
        return RANK_RULE
    if key not in WORD_RULES and PAST_COMPARISON.fullmatch(" ".join(key.split())):
        return PAST_COMPARISON_RULE
    if key not in WORD_RULES and RANK_VERB_PLACE.fullmatch(" ".join(key.split())):
        return RANK_VERB_RULE
    if key not in WORD_RULES and ORDINAL_PLACE.fullmatch(key):  # finder v22
        return ORDINAL_PLACE_RULE
    if key not in WORD_RULES:
        from factcheck.sources.documents import shown_words   # (a cell of any length: quoted cut short)

        raise UnknownWords(f"unknown quantity words {shown_words(words)}; known: "
                           f"{', '.join(repr(w) for w in WORD_RULES)}, "
                           "and a rank of an amount ('second-largest', '11th-lowest') or an ordinal alone ('second', '20th') "
                           "(add a reading to factcheck/ledger/words.py to use new words)")
    return WORD_RULES[key]


def is_word_claim(row) -> bool:
    words = row.get("words") if hasattr(row, "get") else None
    return bool(words) and not (isinstance(words, float))


def check_word_claim(row: dict, problems) -> None:
    """A word claim names known words, appears in its quote, states a condition, and carries the words' range."""
    line, words = row["_line"], row.get("words") or ""
    try:
        rule = rule_for(words)
    except UnknownWords as error:
        problems.add(line, "words", str(error))
        return
    if words.lower() not in (row.get("quote") or "").lower():
        from factcheck.sources.documents import shown_words

        problems.add(line, "words", f"the words {shown_words(words)} do not appear in the quote "
                                    f"{shown_words(row.get('quote') or '')}")
    if not (row.get("condition") or "").strip():  # a judgement left blank: a draft lists it as left to fill
        problems.add(line, "condition", CONDITION_ADVICE, to_fill=True)
    for column in ("value", "value_to", "hedge"):
        if row.get(column) not in (None, ""):
            problems.add(line, column, f"a word claim prints no number: leave {column} empty (the words' reading "
                                       "gives the range)")
    unit = row.get("unit") or ""
    if unit and rule.interval is not None and not rule.allows_unit(unit):
        problems.add(line, "unit", f"{words!r} is read as a {rule.kind}; its unit cannot be {unit!r}")
    low, high, bounds = row.get("low"), row.get("high"), row.get("bounds")
    if rule.interval is None:
        for column, found in (("low", low), ("high", high), ("bounds", bounds)):
            if found not in (None, ""):
                problems.add(line, column, f"{words!r} states a condition, not a range: leave {column} empty")
        return
    want = rule.interval
    for column, found, expected in (("low", low, want.low), ("high", high, want.high), ("bounds", bounds, want.bounds)):
        if found is None or found != expected:
            shown = expected if column == "bounds" else format(expected, "g")
            problems.add(line, column, f"expected {shown} (the reading of {words!r} in factcheck/ledger/words.py), found {found}")


# A drafted word claim's advice, in its note: what the participant decides and writes.
DRAFT_NOTE = ("Quantity words, no digits: {words!r} reads as {reading}. Keep the row if the words claim a quantity "
              "(write in condition what must be true for them to hold, and the unit counted); delete it if they do "
              "not (a figure of speech).")
CONDITION_ADVICE = ("is blank: a word claim must say, in plain words, what must be true for it to hold "
                    "(for example 'no year before 2025 had more deportations' for 'a record')")


def draft_claim(text: str, start: int, end: int, words: str) -> dict:
    """A claim row for quantity words found at text[start:end] (`new-article` drafts one per place): the quote,
    the words, the range their reading gives (none for a condition), the unit a share is counted in, and a
    note saying what is left; value, hedge and precision stay empty, condition blank for the participant."""
    rule = rule_for(words)
    interval = rule.interval
    reading = (f"{rule.kind} {interval} ({rule.meaning})" if interval is not None
               else f"a condition, no range ({rule.meaning})")
    return {"start": start, "end": end, "quote": text[start:end], "value": None, "value_to": None,
            "unit": "percent" if rule.kind == SHARE else "", "hedge": None, "precision": None,
            "low": interval.low if interval is not None else None,
            "high": interval.high if interval is not None else None,
            "bounds": interval.bounds if interval is not None else None,
            "words": words, "condition": "", "note": DRAFT_NOTE.format(words=words, reading=reading)}


def pattern_rules() -> list[tuple[str, WordRule]]:
    """The readings of words the finder knows by their shape, not from a list (ranks, comparisons with the past),
    each with examples of the words in plain English."""
    return [(RANK_EXAMPLE, RANK_RULE), (PAST_COMPARISON_EXAMPLE, PAST_COMPARISON_RULE),
            (RANK_VERB_EXAMPLE, RANK_VERB_RULE), (ORDINAL_PLACE_EXAMPLE, ORDINAL_PLACE_RULE)]


def rules_table():
    """The word readings as a table for the methods page."""
    import pandas as pd

    rules = [*WORD_RULES.items(), *pattern_rules()]
    return pd.DataFrame([{"words": words, "read as": rule.kind,
                          "range": str(rule.interval) if rule.interval else "a condition, no range",
                          "meaning": rule.meaning} for words, rule in rules])
