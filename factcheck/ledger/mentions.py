"""The mention finder: every place a text states a number, and how its words bound it.

No library reads the hedged numbers of news prose reliably (see DESIGN.md), so this is
a small grammar of our own; spelled-out numbers are read by text2num. The finder is
deliberately greedy: it lists *every* numeric mention (a date, a year in a law's name,
a digit in an image file name, the pronoun "one"), and the ledger must account for each
one, either as a claim or as a non-claim with a reason.

A mention's span (`start`, `end`) is the number itself ("1.6 million", "two", "66
percent", "tens of thousands", "half"); `quote_start`/`quote_end` widen it by the hedge
around it ("nearly 1.6 million", "10,000-plus"), which is what a claim quotes. Each
mention also carries what a reader would write down:

- `value` (and `value_to` for a range), in base units: "2.2 million" -> 2,200,000; a sign joined to
  the number is part of it ("(-30.1 percent; ...)" -> -30.1);
  a fraction is a percentage (half -> 50, one in four -> 25); a multiplier is the factor
  (tripled -> 3); a vague magnitude is its unit (thousands of -> 1,000, as the ledger
  records "tens of thousands" -> 10,000);
- `precision`: the unit of the last stated digit, or of the last non-zero one in a round whole number (0 for an
  exact count): the default reading a claim's precision is held to (ledger.claims.check_reading);
- `hedge`: the hedge words as written (lower case), a key of `hedges.HEDGES`, before the number
  ("nearly", "above") or after it ("or higher", "+", "-plus", "and over"), and `reading`: their shape
  there ("rounding" when there is none);
- `unit`: what is counted: the head noun of the phrase ("2 million immigration cases" ->
  cases), `percent`, `usd`, `times`, or a time unit for a duration (an age is one: "turned 18",
  "women between 18 and 44" -> years). A unit or a hedge written once for a change or a list
  belongs to each number of it ("from 17.3 to 22.4 deaths per 100,000", "around 15,000 and
  12,000, respectively").

kind         examples
-----------  ----------------------------------------------------------------------
date         "Jan. 1, 2014", "July 21", "November 2015", "October of 2008", "9/11"
time         "2 a.m."
fiscal_year  "fiscal year 2012", "Fiscal Year 2024", "FY 12", "FY2017", "fiscal 2017", "fiscal year 2014-15", "FY2014/15"
decade       "the 1990s", "'90s"                    (a period, never the number 1990)
money        "$2.75 billion", "$1.5bn"
range        "40-55 percent", "between 40 and 55 percent", "2 million to 3 million"
percent      "66 percent", "99.5%"
rate         "4.7 per 100,000", "12 deaths per 1,000 residents"  (value 4.7, unit "homicides per 100,000"); a bare
             number in a sentence naming "the X rate per 100,000" takes the unit "Xs per 100,000"
scaled       "2.2 million", "1.5m", "half a million", "a half-million"
fraction     "half", "two-thirds", "three-fourths", "a third of", "one in four"
multiplier   "doubled", "tripled", "threefold", "twice", "10 times", "more than double"
vague        "dozens", "thousands of", "tens of thousands", "several hundred", "decades-long" (1 decade)
duration     "six months", "a 12-month span", "two decades", "in a decade"   (the span is the number)
ordinal      "21st", "first", "sixth-largest", "the top ten", "the bottom 5"  (a rank after a determiner: which places)
year         "2016" (a four-digit 18xx-20xx number standing alone), "2019-20", "2014/15" (a span of years)
name         "Biosphere 2", "Title 42", "COVID-19"  (a number that is part of a name)
number       "235,413", "1.6", "-3,200", "160824" (any other run of digits), "114, 434" (a stray space after a thousands
             comma), "2 500" (thousands set apart by a no-break or thin space), "the low 30,000s" (a plural number:
             the span is "30,000s", the quote "the low 30,000s")
spelled      "six", "four dozen", "twenty-five", "a dozen", "one of them"
pronoun      "each one including", "every one", "no one", "One can assume"   (the pronoun "one", no number)
base         "the homicide rate per 100,000 population"   (a rate's base written apart from its value: part of a unit)

Dates, times, fiscal years, decades, ordinals, years, names, the pronoun "one" and a rate's base say when,
in what order or what, not how many: `is_quantity` is False for them. Offsets are Python string
indices (Unicode code points) into the text.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from text_to_num import text2num

from factcheck.ledger.hedges import HEDGES
from factcheck.ledger.units import unit_carried, verb_unit
from factcheck.ledger.structure import structural_units  # v21
from factcheck.ledger.structure import own_noun as structure_owns_noun
from factcheck.ledger.words import ORDINAL_PLACE, RANK_VERB_PLACE  # v22
from factcheck.ledger.phrasing import (LATIN_PLURALS, PARTITIVE_COPULA_AFTER, PHRASED_QUANTITY_WORDS,  # v23, second part
                                       measure_modifies, rephrase_cores, sums_continued)
from factcheck.ledger.phrasing_v24 import PHRASED_QUANTITY_WORDS_V24, reread  # finder v24
from factcheck.ledger.structure import VERB_NOUNS  # v23, second part: "71,000 died": a verb, no unit
from factcheck.ledger.vocabulary import (AFTER_HEDGES, AGED_PEOPLE, AGE_WORDS, ALL_TIME_COMPARISONS,
                                         CHANGE_LINKING_VERBS, CHANGE_NOUNS, CHANGE_SIZE_SUPERLATIVES, COMPARATIVES,
                                         EXTREME_MARKS, EXTREME_MARKS_BEFORE_A_NUMBER, HEDGE_VERBS,
                                         MAGNITUDE_SUPERLATIVES, MEASURE_SUPERLATIVES, MOST_AMOUNT_ADJECTIVES,
                                         MOST_PRONOUN_VERBS, NEARNESS_SUPERLATIVES, NUMBER_WORD_VERBS, OLDEST_AGE,
                                         QUANTITY_NOUNS, RANKED_NOUNS, RANKING_WORDS, RANK_WORDS_BEFORE_A_NUMBER,
                                         CLASSIFIER_NOUNS, KIND_DIVIDED_NOUNS, NOUN_ADJUNCT_PLURALS, RATE_ACTIVITY_ENDING, RATE_NOUNS, RECORD_ADJECTIVES, RECORD_QUALIFIERS,
                                         RECORD_VERBS, REFERRING_SUBJECTS, SCOPE_ADJECTIVES, SELF_COUNTING_MEASURES,
                                         SHARE_NOUNS, SHARE_SIZE_ADJECTIVES, SIGNS, SIZE_SUPERLATIVES,
                                         SPAN_PREPOSITIONS, S_SINGULARS, UNANIMITY, VAGUE_SPAN_SUFFIXES,
                                         VAGUE_SPAN_UNITS, YEAR_SPAN_SEPARATORS)
from factcheck.ledger.vocabulary import MEASURE_KIND_PARTICIPLES, MEETING_VERBS, MOTION_VERBS, NEARNESS_HEDGES  # v11
from factcheck.ledger.vocabulary import MEASURE_UNITS, RECORD_ADJECTIVE_TAKERS, RECORD_THINGS
from factcheck.ledger.vocabulary import (BOUND_HEDGES, FRACTION_CHANGE_PREPOSITIONS, MAJORITY_NOUNS, MOST_RECORD_FOLLOWERS,
                                         NOT_MAJORITY_BEFORE_MOST, PAST_MARK_QUALIFIERS, PAST_RECORD_MARKS,
                                         RANK_ORDINALS, RECORD_FILE_WORDS, SPAN_AFTER_WORDS, SPAN_BACK_QUALIFIERS,
                                         SPAN_MARK_UNITS)
from factcheck.ledger.vocabulary import (AMOUNT_SIZE_NOUNS, CHANGE_NOUNS, COUNT_NOUNS, COUNT_SIZE_ADJECTIVES,
                                         FRACTION_COMPARATIVES, FRACTION_OF_UNIT, LONE_FRACTION_FOLLOWERS, MAJORITY_ADVERBS,
                                         MAJORITY_VERBS, CLAUSE_SUBJECT_VERBS, MOST_FREQUENCY_PARTICIPLES, NEARNESS_HEDGES_BEFORE_ALL, NO_PRECEDENT_ADJECTIVES,
                                         NOT_AFTER_MAJORITY_ADVERBS, PAST_COMPARISON_PATTERNS, RECORD_AFTER_THE_NOUNS,
                                         SMALL_COUNT_NOUNS, SPAN_BACK_LAST_UNITS, LED_WHOLES, LED_BY_CHANGES,
                                         POINT_NUMBER_WORDS, POINT_CHANGE_WORDS, ABOUT_TAKERS,
                                         UNIVERSALS, UNIT_IN_YEARS)
from factcheck.ledger.vocabulary import (ACCUMULATION_NOUNS, ACHIEVEMENT_ADJECTIVES, BARE_SPAN_BEFORE, BARE_SPAN_UNITS,
                                         JUDGEMENT_SUPERLATIVES)
from factcheck.ledger.vocabulary import (COMPOUND_PARTICIPLES, HEIGHT_MARKS, HEIGHT_QUALIFIERS, LEVEL_ADJECTIVES,  # v13
                                         MAJORITY_ADVERB_CAUSE_NOUNS, MAJORITY_ADVERB_PREPOSITIONS, MOST_CHANGE_VERBS,
                                         PROMINENCE_NOUNS, RECORD_ADVERBS, RECORD_HOLDERS, SPAN_WHOLE_ADJECTIVES)
from factcheck.ledger.vocabulary import FRACTION_CHANGE_HEDGES  # v13
from factcheck.ledger.vocabulary import EVENT_NOUNS, MEASURE_PLURALS, SUBJECT_MEASURE_VERBS  # v14
from factcheck.ledger.vocabulary import SCORE_NOUNS, SCORE_VERBS, SEQUENCE_ADJECTIVES, VOTE_NOUNS, VOTE_VERBS  # v15
from factcheck.ledger.vocabulary import (FORWARD_SPAN_PREPOSITIONS, FORWARD_SPAN_QUALIFIERS,  # v13
                                         NEGATIVE_UNIVERSALS, RANK_VERBS, SCARCELY_ANY, SHORT_UNITS, TOP_VERBS, TOP_WHOLES)
from factcheck.ledger.vocabulary import (CLAUSE_ADVERBS, IRREGULAR_PAST_TENSES, MAGNITUDE_ADJECTIVES,  # v17
                                         MEASURE_BASE_UNITS, STANDING_ADJECTIVES)
from factcheck.ledger.vocabulary import FLOW_NOUNS, PERIOD_SUPERLATIVES, SIZE_NOUNS  # v18
from factcheck.ledger.vocabulary import (DIMENSION_WORDS, KIND_NAMED_NOUNS, LENGTH_UNITS, PER_CAPITA_BASES,  # v18
                                         RATE_OF_MEASURE_UNITS, ROLE_NOUN_ENDINGS, SPEED_TIME_UNITS)
from factcheck.ledger.vocabulary import A_BASE_UNITS, PER_NOT_A_BASE, PER_PERSON_BASES  # v23
EVENT_PLURALS = frozenset(EVENT_NOUNS.values())

PERIOD_KINDS = frozenset({"date", "time", "fiscal_year", "decade", "ordinal", "year", "name", "pronoun", "base"})

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.")
# finder v25: thousands set apart by a no-break, narrow no-break or thin space, as typesetting does ("2 500"): one
# number, unless it starts with a nought or runs on into more digits (a telephone number, "020 7946 0958"). A plain
# space ("2 500") and a decimal comma ("3,25") stay two numbers: "rows 2 500 and 2 501" and a citation "(2,3)" are
# English too, and the only ones found in the corpus's articles.
THOUSANDS_SPACES = "\u00a0\u202f\u2009"
NUM = (rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
       rf"|[1-9]\d{{0,2}}(?:[{THOUSANDS_SPACES}]\d{{3}})+(?!\d|[{THOUSANDS_SPACES}]\d)(?:\.\d+)?"
       rf"|\d+(?:\.\d+)?")
# finder v18: a whole number and a Unicode vulgar fraction ("2 ½ times", "3¼ miles"): the sum
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
VULGAR_FRACTIONS = "".join(VULGAR)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SCALE_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
CURRENCIES = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp"}

NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
# denominator words of a fraction ("two-thirds", "a quarter of") -> the denominator
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
MULTIPLIER_WORDS = {"double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "twice": 2, "triple": 3, "tripled": 3,
                    "triples": 3, "tripling": 3, "thrice": 3, "quadruple": 4, "quadrupled": 4, "quadrupling": 4,
                    # finder v9, changes in words: a fall by a factor ("halved", "the backlog halving"): half of before
                    "halved": 0.5, "halving": 0.5}
# "dozens", "thousands of": an order of magnitude whose unit is the word
VAGUE_UNITS = {"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
               "scores": 20}  # finder v13: "scores of families"
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")

_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# "and" inside a number written in words only after a scale word ("one hundred and five"): "between four and six" is
# two numbers, a range (after heldout45's first score, which read neither)
_AND_AFTER_A_SCALE = "(?:(?:" + "|".join(f"(?<={w}{c})" for w in ("hundred", "thousand", "million", "billion", "trillion")
                                         for c in " -") + r")and[\s-]+)?"
_SPELLED_RUN = (rf"(?:{_WORD}|hundred|thousand|million|billion|trillion)"
                rf"(?:[\s-]+{_AND_AFTER_A_SCALE}(?:{_WORD}|hundred|thousand|million|billion|trillion))*")
_DENOMINATOR = r"(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
_SCALE = "thousand|million|billion|trillion"
_CURRENCY = r"(?:US\$|\$|€|£)"
# Words a number can be part of the name of ("Title 42", "Biosphere 2"): the number is no quantity.
NAMES = ("Title|Section|Article|Chapter|Form|Proposition|Amendment|Interstate|Highway|Route|Flight|Project|Biosphere|"
         "Figure|Fig\\.|Table|Chart|Graph|Exhibit|Map|Appendix")  # "Figure 1", "Table 2": labels, not claims

# "fiscal year 2014-15", "FY2014/15", "fiscal years 2014-2016": the span's second year, as written
# finder v23: a label in lower case ("(figure 1, table 1)", "see tables 6 and 7"), a week's number after a bracket or a
# preposition ("(week 20)", "For week 17 during"): names, not counts ("last week 30 people" is still a count)
# (the label ends a bracket, a clause or a list of labels: "a table 12 feet long" is a length)
_LABEL_END = r"(?![,.]\d)(?=\s*(?:[),;:]|\.(?!\d))|\s+(?:and|or|shows?|illustrates?|presents?)\b)"
LOWER_LABEL = (r"(?-i:\b(?:figure|fig\.|table|chart|exhibit|appendix)\s\d{1,2}\b" + _LABEL_END +
               r"|\b(?:figures|tables|charts)\s\d{1,2}(?:\s(?:and|to)\s\d{1,2})?\b" + _LABEL_END +
               r"|(?:(?<=\()|(?<=\b[Ff]or\s)|(?<=\b[Ii]n\s))week\s\d{1,2}\b(?![,.]\d)(?!\s+[a-z][a-z-]*s\b))")
_YEAR_SPAN_END = rf"(?:\s?[{YEAR_SPAN_SEPARATORS}]\s?(?:(?:1[89]|20)\d{{2}}|\d{{2}})(?![\d,.]))?"
# the counted noun a rate may print between its number and "per" ("12 deaths per 1,000"): one or two plain words
_RATE_WORD = r"(?!(?:and|or|of|in|to|the|a|an|is|are|was|were|from|than|for)\b)[a-z][a-z-]*"
_RATE_COUNTED = _RATE_WORD + r"\s+"
# the prepositions after which a fraction in words stands alone as the end or the size of a change ("down to a quarter")
_CLAUSE_VERBS = "|".join(sorted(CLAUSE_SUBJECT_VERBS | {v + "s" for v in CLAUSE_SUBJECT_VERBS}))
_FRACTION_CHANGE = "|".join(rf"(?<=\b{p}\s)" for p in FRACTION_CHANGE_PREPOSITIONS)
# finder v13: a hedge between the preposition and the lone fraction ("by more than a third", "to nearly a quarter")
_FRACTION_CHANGE += "|" + "|".join(rf"(?<=\b{p}\s{h.replace(' ', chr(92) + 's')}\s)" for p in FRACTION_CHANGE_PREPOSITIONS
                                   for h in FRACTION_CHANGE_HEDGES)
# "murders, rapes, robberies and assaults for every 100,000": the parts a rate counts, listed before its base
_RATE_PARTS = rf"{_RATE_WORD}(?:,\s+{_RATE_WORD}){{0,5}},?\s+and\s+{_RATE_COUNTED}"
# "about 23 of every 10,000 people": "of every" before a base of a hundred or more is a rate's base too (a smaller one,
# "3 of every 4", is a fraction's whole)
_RATE_BASE_WORDS = r"(?:per|for\s+(?:every|each)|of\s+every(?=\s+(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s+(?:thousand|million))\b))"
# "114, 434 individuals": a thousands group after a stray space is one number; not a list ("120, 135 and 150",
# "5, 100, 200"), not "Of 500, 300 were"
_SPACED_THOUSANDS = r"(?<![\d,.])(?<![Oo]f )(?<!\d, )\b\d{1,3},[ \u00a0]\d{3}\b(?!\d|[,.]\d|\s*,\s*\d|\s+(?:and|or|to)\s+\d)"
def _alts_after(words) -> str:
    """Lookbehinds: the text just after one of words and a space."""
    return "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in sorted(words))


def _alts(words) -> str:
    """Alternatives for a regular expression, the longest first, spaces as any white space."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


# finder v10: a rate whose counted noun is the subject of a clause before its base ("35 people died of a drug overdose for
# every 100,000 residents"): the noun, a verb in the past (or died, were, was), up to five words, "for every"/"for each"
_RATE_CLAUSE_VERB = r"(?:[a-z]+ed|were|was|are|is|had|have|die|dies|fell|got|went|saw)"
_RATE_CLAUSE = rf"{_RATE_WORD}\s+{_RATE_CLAUSE_VERB}\s+(?:[a-z][a-z-]*\s+){{0,5}}?(?=for\s+(?:every|each)\s)"
_BARE_SPAN_BEFORE = "|".join(rf"(?<=\b{w}\s)" for w in BARE_SPAN_BEFORE)
_FORWARD_SPAN_BEFORE = "|".join(rf"(?<=\b{p}\sthe\s)" for p in FORWARD_SPAN_PREPOSITIONS)  # finder v13


LEGAL_CODE = re.compile(r"(?<![\w.,])\d+(?-i:\([a-z]\))(?:\(\d{1,2}\))*")
PATTERN = re.compile(
    # Every form starts at a digit, a currency sign, an apostrophe or the start of a word: trying the
    # alternatives only there reads a text about twice as fast.
    r"(?=[0-9$€£'‘’]|\b[A-Za-z]|\.\d)(?:"
    rf"(?P<date>(?-i:\b(?:{MONTHS}))(?:\s+of)?\s+(?:"
    # finder v13: days of one month joined by a dash ("June 1-7", "March 3–9, 2024"): a period, not a range of counts
    rf"\d{{1,2}}(?:st|nd|rd|th)?(?:\s?[-–]\s?|\s+(?:to|through|thru)\s+)\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"(?!\.\d|\s*(?:%|percent\b|per\s?cent\b|{_SCALE})|\s+(?!(?:was|has|its|this|thus|plus|perhaps|always|besides|towards)\b)"
    rf"[a-z][a-z-]*[^\Wsui]s\b)(?:,\s*\d{{4}})?"  # not before a plural noun ("from June 1 to 15 cases")
    # finder v23: not a day before a thousands group ("In July 5,920 were apprehended": 5,920, no date), nor a day
    # that is the whole part of a decimal ("on July 1 to 12.05 cents": a date, July 1, then an amount)
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?!,\d{{3}}(?![\d])|\.\d)(?:,\s*\d{{4}})?|\d{{4}})\b"
    rf"|\b\d{{1,2}}\s+(?-i:(?:{MONTHS}))\s+\d{{4}}\b|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b)"
    rf"|(?P<time>\b\d{{1,2}}(?::\d{{2}})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b))"
    rf"|(?P<fiscal_year>\b(?:fiscal\s+years?\s*\d{{4}}|fiscal\s+\d{{4}}|FY\s*(?:\d{{4}}|\d{{2}})){_YEAR_SPAN_END}\b)"
    rf"|(?P<decade>(?:\b(?:1[89]|20)\d0['’]?s|['’]\d0s)\b)"  # finder v10: the curly apostrophe too ("the ’90s")
    # finder v13: a quarter or a half of a year by its label ("Q3 2024", "in Q2", "H1"): a period's name
    # finder v16: a section of a statute written with its lettered subsection ("287(g)", "401(k)", "501(c)(3)") names a
    # programme or a plan, not a quantity
    # finder v16: a footnote's mark, one or two digits glued to the word or the year before it ("Rhode Island4 (196",
    # "collected in 2022,1 show"): a reference, no quantity; and the year before it stays a year
    # finder v23, second part: a code of a capital, a hyphen, digits and one or two capitals ("H-1B", "H-2A") is a name,
    # as "I-130" is; its letters are no unit ("188,400 H-1B cap registrations")
    rf"|(?P<name>(?<=[A-Za-z]{{4}})\d{{1,2}}(?=[\s.,;:)])|(?<=\b(?:1[89]|20)\d\d,)\d(?=\s+[a-z])|{LEGAL_CODE.pattern}|(?-i:(?<=[A-Z]-))\d+(?=\b|(?-i:[A-Z]{{1,2}})\b)|(?-i:\b(?:{NAMES})\s)\d+\b|{LOWER_LABEL}|(?-i:(?<=\bQ))[1-4]\b|(?-i:(?<=\bH))[12]\b)"
    rf"|(?P<money>{_CURRENCY}\s?(?:{NUM})(?:\s*(?:{_SCALE})\b|(?:bn|mn|tn|m|b|k)\b)?)"
    # finder v11: money written in its minor unit, after the number ("52¢", "35 cents", "20 pence"): a hundredth of the
    # currency; "per" and a sum of money after it is a rate of money per that sum ("52¢ per $100", a tax rate)
    # after v24's first unseen score: also as a compound adjective with a hyphen ("a 10-cent increase", "a 34.9-cent jump")
    rf"|(?P<minor_money>(?:{NUM})(?:\s?|-)(?:¢|cents?\b|pence\b|p\b(?=\s+(?:a|an|per|each|for|on)\b))"
    rf"(?:\s+(?:per|for\s+(?:every|each))\s+{_CURRENCY}\s?(?:{NUM})(?:\s+(?:{_SCALE})\b)?)?)"
    rf"|(?P<rate>(?:{NUM})(?:\s*(?:{_SCALE})\b)?\s+(?:{_RATE_PARTS}|{_RATE_CLAUSE}|(?:{_RATE_COUNTED}){{0,2}}){_RATE_BASE_WORDS}\s+(?:{NUM})(?:\s+(?:{_SCALE}))?\b)"
    rf"|(?P<range>(?:{NUM})\s?[-–]\s?(?:{NUM})(?:\s?(?:percent\b|per\s?cent\b|%)|\s+(?:{_SCALE})\b)?)"
    # finder v16: a percent written as a compound adjective with a hyphen ("a 4.6-percent drop") is still a percent
    rf"|(?P<percent>(?:{NUM})(?:\s?(?:percent\b|per\s?cent\b|%)|-(?:percent|per\s?cent)\b))"
    # after heldout42's first score: a fraction of one percent in words ("half a percent", "a half-percent", "one-tenth
    # of 1 percent", "a quarter of a percent"): that fraction of a percent, not the fraction as a share (50, 10, 25)
    rf"|(?P<percent_fraction>\b(?:(?:an?\s+)?half|(?:an?|one|two|three)[\s-]{_DENOMINATOR})(?:\s+of)?"
    rf"(?:\s+(?:an?|one|1))?(?:[\s-](?:percent|per\s?cent)\b|(?<=1)\s?%))"
    # finder v12: percentage points in words ("half a percentage point", "a full percentage point", "two percentage
    # points", "by a point and a half"): a change of a rate, in points; "point" without "percentage" only after a verb or
    # a preposition of change ("fell by a point and a half", "down half a point"), not "at one point"
    rf"|(?P<points>\b(?:half\s+an?|an?(?:\s+(?:full|whole|single))?|{_alts(POINT_NUMBER_WORDS)})\s+percentage[\s-]points?"
    rf"(?:\s+and\s+a\s+half)?\b"
    rf"|(?:{_alts_after(POINT_CHANGE_WORDS)})(?:half\s+an?|an?(?:\s+(?:full|whole|single))?|{_alts(POINT_NUMBER_WORDS)})"
    rf"\s+points?(?:\s+and\s+a\s+half)?\b(?!\s+(?:of|in|on|at|where|when)\b))"
    # finder v11: a scale word in the plural after digits is still the scale ("21.3 millions households")
    rf"|(?P<scaled>(?:{NUM})(?:\s*(?:{_SCALE})s?\b|(?:bn|mn|tn|m|k)\b)|half\s+an?\s+(?:{_SCALE})\b|\b(?:an?\s+)?half-(?:{_SCALE})\b"
    rf"|\ban?\s+quarter[\s-](?:{_SCALE})\b)"  # finder v13: "a quarter million", "a quarter-million": 250,000
    # finder v9: a fraction of a time unit is a duration ("a quarter of a century", "a quarter-century", "half a
    # century": 25 and 50 years), not a share
    # finder v18: "half" also after "last", "past", "first" or "next" without an article ("the past half century"); a
    # quarter without one ("the last quarter of a century") is left unread (readers differ on its value: README)
    rf"|(?P<unit_fraction>(?:\ban?\s+(?:{_alts(FRACTION_OF_UNIT)})(?:\s+of\s+an?\s+|[\s-])"
    rf"|(?:(?<=\blast\s)|(?<=\bpast\s)|(?<=\bfirst\s)|(?<=\bnext\s))half[\s-]|\bhalf\s+an?\s+)"
    rf"(?:{_alts(UNIT_IN_YEARS)})\b"
    # finder v13: half (or a quarter) of a shorter unit ("half an hour", "a quarter of an hour", "half a day"): that share
    # of the unit; not "a third year" (an ordinal)
    rf"|\b(?:half\s+an?\s+|an?\s+(?:quarter|half)\s+of\s+an?\s+)(?:{_alts(SHORT_UNITS)})\b"
    rf"|\b(?:half\s+an?\s+|an?\s+(?:quarter|half|third)(?:\s+of\s+an?\s+|[\s-]))(?:{_alts(MEASURE_UNITS)})\b)"
    rf"|(?P<fraction>\b(?:one|two|three|four|five|six|seven|eight|nine|\d)[\s-]{_DENOMINATOR}\b"
    # finder v9, changes in words: a fraction before a comparative is the size of a change ("a third fewer cases", "a
    # quarter more staff", "a fifth lower")
    rf"|\ban?\s+(?:third|quarter|fourth|fifth|tenth)(?=(?:\s*\([^()]{{1,30}}\))?\s+of\b|\s+(?:{_alts(FRACTION_COMPARATIVES)})\b)"
    # "down to a quarter from peak", "cut by a third": a fraction alone as where a change ended or its size, not a
    # noun's ("to a third country", "by a quarter century")
    # finder v9: ... unless a noun of its own follows ("by a quarter century"): what may follow a lone fraction is a
    # closed class (vocabulary.LONE_FRACTION_FOLLOWERS: prepositions, determiners, adverbs of place and time) or an -ly adverb
    rf"|(?:{_FRACTION_CHANGE})an?\s+(?:third|quarter|fifth|tenth)\b(?=\s*[.,;:)!?]|\s*$|\s+(?:{_alts(LONE_FRACTION_FOLLOWERS)})\b"
    r"|\s+[a-z]+ly\b)"
    # finder v11: "out of" before a number and a plural noun is a part of a set, two counts of that noun ("28 out of 106
    # contracts", as v9 reads "seven out of 10 clinics"); "3 in 10 officers", "one out of five.", "4 out of 5 times" stay shares
    # finder v13: any number word to ten before "in" ("four in 10 renters", as "3 in 10 officers"), not before a time unit
    rf"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})(?:-in-|\s+(?:in|out\s+of(?!\s+(?!ten\b|10\b)[\w,]+\s+(?!times\b)[A-Za-z][a-z-]*s\b))\s+)(?:{_WORD}|\d{{1,3}})\b(?![\d,.]|\s*(?:{_SCALE}|percent|%)|\s+(?:{'|'.join(TIME_UNITS)})s?\b)"
    # finder v13: "one in every five", "two out of every three": "every" makes the whole a ratio's base, a share
    rf"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\s+(?:in|out\s+of)\s+every\s+(?:{_WORD}|\d{{1,3}})\b"
    rf"(?![\d,.]|\s*(?:{_SCALE}|percent|%))"
    rf"|(?<!first )(?<!second )(?<!latter )(?<!last )(?<!other )\bhalf\b(?!-\w|\s+(?:an?\s+)?(?:{_SCALE}|dozen|hour|day|week|month|year|decade|century)))"
    rf"|(?P<multiplier>\b(?:doubled|doubles|doubling|tripled|triples|tripling|quadrupled|quadrupling|twice|thrice|halved|halving)\b(?!\s+down\b)"
    rf"|\b(?:double|triple|quadruple)\b(?=\s+(?:the|that|its|their|his|her|our|in|from|to|since|what|over)\b|\s*[.,;:)]|$)"
    rf"|\b\d+\s?[{VULGAR_FRACTIONS}]\s+times\b(?!\s+(?:a|per|each|every)\b)"  # finder v18: "2 ½ times"
    # finder v23: "two and a half times U.S. median wages": the factor and a half
    rf"|\b(?:{_WORD}|\d+)\s+and\s+a\s+half\s+times\b(?!\s+(?:a|per|each|every)\b)"
    rf"|\b(?:{_WORD}|\d+)[\s-]?fold\b|\b(?:{NUM}|{_WORD})\s+times\b(?!\s+(?:a|per|each|every)\b)"
    # finder v13: "by a factor of three", "a factor of 2.5": the factor
    rf"|\ba\s+factor\s+of\s+(?:\d+(?:\.\d+)?|{_WORD})\b)"
    # finder v19: not after a number and a hyphen ("17-years-old" is 17 years, hyphenated one step too many)
    rf"|(?P<vague_span>(?<![\d\w]-)\b(?:{'|'.join(VAGUE_SPAN_UNITS)})-(?:{'|'.join(VAGUE_SPAN_SUFFIXES)})\b"
    # finder v10: a bare plural time unit heading a span of something ("plus years of delays", "after decades of
    # decline"), after a conjunction or a preposition of time, not a determiner, a number or an adjective
    rf"|(?:{_BARE_SPAN_BEFORE}|(?<=[,;:(—–]\s)|(?<=^))"
    rf"(?:{'|'.join(BARE_SPAN_UNITS)})(?=\s+of\s+(?!age\b)[a-z])"
    # finder v10: "during the years they wait", "in the months we spent": the span of what a pronoun's clause does
    rf"|(?:(?<=\bduring\sthe\s)|(?<=\bover\sthe\s)|(?<=\bfor\sthe\s)|(?<=\bin\sthe\s)|(?<=\bthroughout\sthe\s))"
    rf"(?:{'|'.join(BARE_SPAN_UNITS)})(?=\s+(?:that\s+)?(?:they|he|she|we|you|I)\s+[a-z])"
    r")"
    # finder v13: two vague magnitudes joined by "or" ("tens or hundreds of millions", "hundreds or thousands of
    # residents"): one vague magnitude, read at its first end, as the gold writes it
    rf"|(?P<vague>\b(?:tens|hundreds)\s+or\s+(?:even\s+)?(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)\b"
    rf"|\b(?:dozens|hundreds|thousands|millions)\s+or\s+(?:even\s+)?(?:hundreds|thousands|millions|billions)\b"
    rf"(?!\s+of\s+(?:thousands|millions|billions)\b)"
    rf"|\b(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions|trillions)\b"
    # finder v19: "several hundred million", "a few hundred thousand": the vague hundred of a scale (its order of magnitude)
    rf"|\b(?:several|a\s+few)\s+hundred\s+(?:thousand|million|billion|trillion)\b"
    rf"|\b(?:several|a\s+few)\s+(?:dozen|hundred|thousand|million|billion|trillion)\b(?!\s+(?:{_SCALE}))"
    rf"|\b(?:dozens|hundreds|thousands|millions|billions|trillions)\b"
    # finder v13: "a couple (of) hundred", as "a few hundred"; "scores of families" (a score is 20), not "scores of 80"
    rf"|\ba\s+couple(?:\s+of)?\s+(?:dozen|hundred|thousand|million|billion|trillion)\b(?!\s+(?:{_SCALE}))"
    rf"|\bscores\b(?=\s+of\s+(?!\d)[a-z]))"
    # finder v10: not "a second consecutive month", "a second time": "second" before a word that is not a preposition or
    # a conjunction is the ordinal
    rf"|(?P<a_duration>\ban?\s+(?:(?:{_alts(SPAN_WHOLE_ADJECTIVES)})\s+)?(?:{'|'.join(TIME_UNITS)})\b(?!-)"
    rf"(?:(?<!second)|(?<=second)(?=\s*[.,;:!?)]|\s*$|\s+(?:or|and|to|of|in|for|later|earlier|ago|before|after|longer)\b))"
    # "the past decade": the span that ends now, one unit long (not "the past year's figures")
    rf"|\b(?:{'|'.join(SPAN_BACK_QUALIFIERS)})\s+(?:{'|'.join(TIME_UNITS)})\b(?![-'’])"
    # finder v9: "the last decade": "last" is a span back before a unit no calendar names (a decade, a century); "last
    # year", "the last month" stay periods (the third set leaves "over the last year" unlabelled: corpus/README.md)
    rf"|\blast\s+(?:{_alts(SPAN_BACK_LAST_UNITS)})\b(?![-'’])"
    # finder v12: "the last year", "over the last month": "last" after "the" is the span that ends now, one unit long, as
    # "the past year" is (bare "last year" stays the calendar period before this one; not "the last year of his term")
    # (the last unit of a series is no span: "the last month and year of TRAC's data", "the last year of his term")
    rf"|(?<=\bthe\s)last\s+(?:{'|'.join(TIME_UNITS)})\b(?![-'’]|(?:\s+(?:and|or)\s+(?:{'|'.join(TIME_UNITS)}))?"
    rf"\s+(?:of|before|in\s+which|for\s+which)\b)"
    # finder v13: "over the next decade", "within the coming year": a span forward from now, one unit, after a preposition
    # of duration (without one "the next year" may be the year after a moment)
    rf"|(?:{_FORWARD_SPAN_BEFORE})(?:{_alts(FORWARD_SPAN_QUALIFIERS)})\s+"
    rf"(?:{'|'.join(TIME_UNITS)})\b(?![-'’]|\s+(?:of|after|before)\b)"
    # "a decade-long trend", "a year-long inquiry": one unit, joined to "long" (the plural is a vague span)
    rf"|\b(?:{'|'.join(TIME_UNITS)})-long\b)"
    rf"|(?P<ordinal>\b\d+(?:st|nd|rd|th)\b|\b(?:{'|'.join(ORDINAL_WORDS)})\b)"
    rf"|(?P<year>(?<![\d,.$])\b(?:1[89]|20)\d{{2}}(?:/(?:(?:1[89]|20)\d{{2}}|\d{{2}}))?\b(?!\d|,\d(?!\s+[a-z])|\.\d))"
    # finder v10: a year with its century cut off by an apostrophe ("in ’08 than ’07", "the class of '94"): a period
    rf"|(?<=[\s(])[’'](?P<short_year>\d{{2}})\b(?![\d%]|\s*(?:percent|per\s?cent)\b|[.,]\d)"
    rf"|(?P<spaced>{_SPACED_THOUSANDS})"
    # finder v12: a decimal with no digit before its point (".78 mills") is that fraction, not 78
    rf"|(?P<number>\b\d+\s?[{VULGAR_FRACTIONS}](?!\d)|{NUM}|(?<=[\s(“\"])\.\d+\b(?![.,]\d))"
    rf"|(?P<spelled>\b(?:an?\s+half[\s-]dozen|(?:an?|half\s+a)\s+dozen|(?:{_SPELLED_RUN})(?:\s+dozen)?|an?\s+(?:hundred|thousand|million|billion|trillion))\b))",
    re.IGNORECASE,
)

# Hedge words a number can follow ("nearly 40 percent"): every key of hedges.HEDGES but the
# range markers and the vague magnitudes, which the mention carries itself; the longest
# first, so "a little more than" wins over "more than".
_OWN_HEDGES = {"-", "between", "to", "tens of", "hundreds of", "dozens", "hundreds", "thousands", "millions", "billions",
               "several", "a few", "a couple", "a couple of", "scores", *VAGUE_SPAN_UNITS,  # "a couple of": v23
               # the hedges written after a number ("80% or higher", "65+"); those that start with "at" stand before
               # one as well ("at least 500", "500 at least")
               *(h for h in AFTER_HEDGES if not h.startswith("at "))}
PRECEDING_HEDGES = sorted((h for h in HEDGES if h and h not in _OWN_HEDGES), key=len, reverse=True)
# "nearly a 30 percent rise": an article may stand between the hedge and its number
# finder v10: a hedge in quotation marks is still the hedge ("was “at least” a 57-year low"): the closing mark may follow it
# finder v16: a quotation that ends inside the hedge ('"a minimum" of 3,000', '“no more” than 40') leaves its mark between
# the hedge's words; the words are still the hedge (the mark is dropped when the hedge is read)
_QUOTED_WORD_GAP = r"[”\"’]?\s+"
HEDGE_BEFORE = re.compile(rf"(?<![\w-])({'|'.join(_QUOTED_WORD_GAP.join(map(re.escape, h.split())) for h in PRECEDING_HEDGES)})"
                          rf"[”\"’]?\s+(?:an?\s+)?$", re.IGNORECASE)
# "the top 10 countries" ranks; "deportations top 300,000" bounds: a verb's hedge needs no article before it
VERB_HEDGES = {"top", "tops"}
# finder v19: where a line or a sentence opens ("Top 10 States" as a heading)
HEADING_START_BEFORE = re.compile(r"(?:^|\n|[.!?]\s)$")
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.IGNORECASE)
# finder v24: "that" after a plural noun is a relative pronoun, and "top" after it the verb that bounds ("salaries that
# top $100,000"), before a sum of money or a percentage (which no rank counts); not "this", "thus", "less" before it,
# nor "says that top 10 cities" (a count after "top": a rank)
RELATIVE_THAT_BEFORE = re.compile(r"\b(?!(?:this|thus|less|unless|across|always|perhaps|whereas|besides)\b)"
                                  r"[a-z]{3,}(?<![su])s\s+(?:that|which)\s+$", re.IGNORECASE)
# finder v23: "the nation’s top 15 courts", "a list of top 10 jurisdictions": after a possessive or "of", "top" is the
# rank adjective, no verb that bounds the number
RANK_TOP_BEFORE = re.compile(r"(?:[A-Za-z]['’]s|\bof)\s+$")
# "80% or higher", "1 million +", "10,000-plus", "65 and over", "500 at minimum": the longest first; not an alternative
# ("80 or more than 90", "5 + 3") and not "and up to"
_AFTER_WORDS = sorted((h for h in AFTER_HEDGES if h not in ("+", "plus")), key=len, reverse=True)
_AFTER_ALTERNATIVES = "|".join(r"\s+".join(map(re.escape, h.split())) for h in _AFTER_WORDS)
HEDGE_AFTER = re.compile(rf"(-plus\b|\s?\+(?![\w$€£+])(?!\s*[-+\u2212]?[$€£]?\d)|\s+(?:{_AFTER_ALTERNATIVES})\b"
                         r"(?!\s+(?:to|than)\b)(?!\s*[-+\u2212]?[$€£]?\d))", re.IGNORECASE)
LOOKBEHIND = 40  # characters searched for a hedge word before a number
# finder v11: "up" after a verb of motion (any -ed form, "back", or an irregular one) is the verb's particle
# finder v12: an adjective of feeling or certainty, or a noun of concern, takes "about" as its preposition ("concerned
# about two actions", "questions about 12 contracts"), where "about" is no hedge
ABOUT_AS_PREPOSITION = re.compile(rf"\b(?:{_alts(ABOUT_TAKERS)})\s+$", re.IGNORECASE)
PARTICLE_UP_BEFORE = re.compile(rf"\b(?:[a-z]+ed|back|{'|'.join(sorted(MOTION_VERBS))})\s+$", re.IGNORECASE)
# finder v11: a hedge of nearness, then a verb of meeting a mark, then the number ("nearly hit 15,000", "almost reached 2
# million", "came close to"): the hedge bounds the number as if it stood before it
HEDGE_THEN_MEETING_VERB = re.compile(rf"(?<![\w-])({'|'.join(sorted(NEARNESS_HEDGES, key=len, reverse=True))})\s+"
                                     rf"(?:{'|'.join(sorted(MEETING_VERBS))})\s+(?:an?\s+)?$", re.IGNORECASE)
# "over" before a duration usually means "during" ("spread out over five years")
NOT_HEDGES_BEFORE_DURATIONS = {"over"}
# finder v24: but after "for" or "in" it is "more than" ("easing for over three years", "the highest in over 30 years")
OVER_AS_MORE_THAN_BEFORE = re.compile(r"\b(?:for|in)\s+$", re.IGNORECASE)
# Hedges that may stand at either end of a range ("from nearly $50,000 to almost $90,000"): the range keeps its ends.
_END_HEDGE = r"(?:(?:nearly|almost|about|around|roughly|approximately|some|just over|just under)\s+)?"
RANGE_BETWEEN = re.compile(rf"\s*(?:to|[-–—])\s*{_END_HEDGE}|\s+and\s+{_END_HEDGE}", re.IGNORECASE)
# finder v11: "by" before the first number makes it the size of a change, "to" the level it reached
# finder v16: any hedge may stand before a change's first number ("declined by more than 5,300 to just over 1.4 million",
# "fell from at least 90 to 60"): the change's size or start with its own bound, then the level reached, never a range
_ANY_START_HEDGE = "(?:(?:" + "|".join(r"\s+".join(map(re.escape, h.split())) for h in PRECEDING_HEDGES) + r")\s+)?"
BY_BEFORE = re.compile(rf"\bby\s+{_ANY_START_HEDGE}{_END_HEDGE}$", re.IGNORECASE)
BY_END_HEDGE_BEFORE = re.compile(rf"\bby\s+{_END_HEDGE}$", re.IGNORECASE)  # only a hedge a range's end may take
FROM_A_LEVEL_BEFORE = re.compile(r"\bfrom\s+(?:its|their|his|her|our|the|this|that|[A-Za-z]+['’]s)\s+(?:[a-z]+\s+){0,2}$",
                                 re.IGNORECASE)  # finder v23: "from its current 400 to 3,800", "from last year's 12 to 15"
RANGE_VERB_BEFORE = re.compile(r"\b(?:range[sd]?|ranging|anywhere|var(?:y|ies|ied|ying))\s+$", re.IGNORECASE)
# after heldout42's first score: an adverb of focus may stand after "from" ("rose from just $10 to $215")
_FOCUS = r"(?:(?:just|only|merely|a\s+mere)\s+)?"
FROM_BEFORE = re.compile(rf"\bfrom\s+{_FOCUS}{_ANY_START_HEDGE}{_END_HEDGE}$", re.IGNORECASE)
RANGING_FROM = re.compile(rf"\b(?:range[sd]?|ranging|anywhere|var(?:y|ies|ied|ying))\s+(?:[a-z]+ly\s+)?from\s+{_FOCUS}"
                          rf"{_ANY_START_HEDGE}"
                          rf"{_END_HEDGE}$",
                          re.IGNORECASE)
# finder v10: "between the ages of 15 and 29" is a range of ages
BETWEEN_BEFORE = re.compile(rf"\bbetween\s+(?:the\s+ages?\s+of\s+)?{_END_HEDGE}$", re.IGNORECASE)
DURATION_AFTER = re.compile(
    r"[\s-]+(?:(?:fiscal|calendar|consecutive|straight|full|more|additional|previous|past|next|coming)\s+)?"
    rf"({'|'.join(TIME_UNITS)}|centuries)s?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str
    value: float | None      # the number it states (for a date or fiscal year: the year)
    precision: float         # the unit of its last stated digit; 0 for an exact count
    value_to: float | None = None  # upper end, for a range
    hedge: str = ""          # the hedge words around it, as written (lower case); a key of hedges.HEDGES
    reading: str = ""        # the hedge's shape in hedges.HEDGES ("rounding" without one); "" for a period
    unit: str = ""           # what it counts: a head noun, "percent", "usd", "times", or a time unit
    quote_start: int = -1    # the span a claim quotes: the number with its hedge
    quote_end: int = -1
    words: str = ""          # for a quantity word without digits: its key in factcheck.ledger.words.WORD_RULES

    @property
    def is_quantity(self) -> bool:
        return self.kind not in PERIOD_KINDS


def find_mentions(text: str, words: bool = False) -> list[Mention]:
    """Every numeric mention in text, in order of position, with its hedge, reading and unit.

    With words=True, also the quantity words that state no digits ("vast majority", "an all-time
    record", "peaked"): kind "word", no value, `words` naming their reading in
    factcheck.ledger.words. The ledger's accounting asks for numbers only (words=False)."""
    if not words:
        return list(_find(text))
    return sorted([*_find(text), *find_quantity_words(text)], key=lambda m: (m.start, m.end))


def _mark_pattern(mark: str) -> str:
    """'high-water mark' -> a pattern for it with a space or a hyphen between its words, singular or plural
    (not "a new high school")."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", mark)]
    return r"\b" + r"[\s-]?".join(words) + r"s?\b(?!-\w|\s+(?:schools?|speed|water)\b)"


# the hedge words a number may carry after "of" ("a high of just over 19,000")
_HEDGE_WORDS = "|".join(r"\s+".join(map(re.escape, h.split())) for h in PRECEDING_HEDGES)
_MOST_RECORD_FOLLOWERS = "|".join(r"\s+".join(f.split()) for f in MOST_RECORD_FOLLOWERS)
_MAJORITY_NOUNS = "|".join(r"\s+".join(map(re.escape, n.split())) for n in MAJORITY_NOUNS)

# Words that end in "s" but name no plural count ("in the top five as the rate rose"): the rank patterns below need
# a plural noun after the number, and these are not one
_NOT_A_PLURAL = (r"(?!(?:as|is|us|was|has|his|its|this|thus|yes|plus|less|unless|across|whereas|always|perhaps|"
                 r"sometimes|towards|afterwards|besides|does|goes)\b)")
# finder v22: an amount ahead, after "with" or "at": a hedge or none, then a currency sign or a digit (not a clock time)
# a hedge, or a word of smallness ("a low of just 16,444", "a high of only 12"), before the number a mark states
_ONLY_OR_HEDGE = rf"(?:(?:{_HEDGE_WORDS}|just|only|a\s+mere)\s+)?"
_AMOUNT_AHEAD = rf"(?:(?:{_HEDGE_WORDS})\s+)?[-+\u2212]?[$€£]?\d(?![\d:.]*\s*[ap]\.?m\b)"
# Quantity words without digits, as a reader meets them; each maps to its reading in words.WORD_RULES.
# "record" is a claim only where it qualifies ("a record 59,000", "record high", "an all-time record"),
# never in "criminal record", "on record" or "the public record".
_RECORD_TAKERS_BEFORE = "|".join(rf"(?<=\b{w}\s)" for w in RECORD_ADJECTIVE_TAKERS)  # one fixed-width look-behind each
QUANTITY_WORDS = [
    ("vast majority", r"\b(?:the\s+|a\s+)?vast\s+majority\b"),
    ("majority", r"\b(?:the|a)\s+majority\s+of\b"),
    # finder v9, proportions: a majority sized by any adjective ("the overwhelming majority of", "a slim majority of", "an
    # overwhelming majority voted"): a determiner, one adjective, "majority", then "of" or a verb (not "majority leader")
    ("majority", rf"\b(?:the|an?)\s+(?!vast\b)[a-z-]+\s+majority\b(?=\s+(?:of|{_alts(MAJORITY_VERBS)})\b)"),
    # finder v9, proportions: a hedge of nearness before a universal ("almost all", "practically every", "just about
    # everyone"): one family, at least 90 and under 100 percent
    ("nearness all", rf"\b(?:{_alts(NEARNESS_HEDGES_BEFORE_ALL)})\s+(?:{_alts(UNIVERSALS)})\b"),
    # finder v9, proportions: an adverb of a majority before what it sizes ("mostly young men", "largely from Mexico"),
    # not before a cause or a manner ("largely because of", "mainly due to")
    ("majority adverb", rf"(?<!ed )(?<!en )\b(?:{_alts(MAJORITY_ADVERBS)})\b(?=\s+[a-z])"
                        rf"(?!\s+(?:{_alts(NOT_AFTER_MAJORITY_ADVERBS)})\b|\s+[a-z-]+(?:ed|ing)\b)"),
    # finder v23: "mostly" before a verb is "for the most part" too, a majority of the cases or of the time ("mostly has
    # lived on the streets", "what they mostly have in common", "were mostly concentrated in"); "largely" before a verb
    # stays a degree ("have largely protected"), and a cause or a manner after "mostly" stays unread ("mostly a matter of")
    ("majority adverb", r"(?<!ed )(?<!en )\bmostly\b(?=\s+(?:has|have|had|is|are|was|were|been|be|being|do|does|did|"
                        r"[a-z]{3,}ed|[a-z]{3,}ing)\b)"),
    # finder v9, proportions: a minority of a whole ("a minority of cases", "only a minority of the states")
    ("minority", r"\b(?:a|the)\s+minority\s+of\b"),
    # finder v9, proportions: a count sized in words ("a limited number of", "a small number", "a handful of")
    ("count size", rf"\ban?\s+(?:(?:{_alts(COUNT_SIZE_ADJECTIVES)})\s+(?:{_alts(COUNT_NOUNS)})|(?:{_alts(SMALL_COUNT_NOUNS)}))"
                   r"\b(?=\s+of\b)"),
    # finder v9, past and all time: an adjective of no precedent attached to a noun of amount, change or mark (one
    # modifier may stand between: "an unprecedented monthly surge"), or predicative before "in ... history" or "since"
    ("no precedent", rf"\b(?:an?\s+|the\s+)?(?:{_alts(NO_PRECEDENT_ADJECTIVES)})\s+(?:[a-z-]+\s+)?"
                     rf"(?:{_alts(AMOUNT_SIZE_NOUNS | QUANTITY_NOUNS | CHANGE_NOUNS | {'amount', 'amounts'})})\b"
                     rf"|\b(?:{_alts(NO_PRECEDENT_ADJECTIVES)})\b(?=\s+(?:since\b|in\s+(?:[\w.’'-]+\s+){{0,4}}?history\b))"),
    # finder v9, past and all time: the comparisons with every period ("than at any time", "not seen since", "never
    # seen numbers this low", "by historical standards", "the last time ... was in 1999"); vocabulary.PAST_COMPARISON_PATTERNS
    ("past comparison", "|".join(rf"\b{p}" for p in PAST_COMPARISON_PATTERNS)),
    # finder v9, records: "the record levels", "the record high" ("record" after "the" before a mark or a measure; not
    # "the public record", "the record shows")
    ("record", rf"\bthe\s+record\s+(?:{_alts(RECORD_AFTER_THE_NOUNS)})\b"),
    # finder v9, records: a record adjective with up to two modifiers before its mark ("a new historic monthly low")
    ("historic", rf"\b(?:{'|'.join(sorted(RECORD_ADJECTIVES))})\s+(?:[a-z-]+\s+){{1,2}}?(?:highs?|lows?|peaks?)\b"),
    # finder v9, ranks: "the most" before a participle of frequency ("the most cited", "the most visited site")
    ("the most", rf"\bthe\s+most\s+(?:{_alts(MOST_FREQUENCY_PARTICIPLES)})\b"),
    # "the most detainers", "the most LEAs", "the most common country": a superlative of count, before "most" (a
    # majority) reads it; not "the most serious crimes" (an adjective of kind, not of number)
    ("the most", rf"\bthe\s+most\s+(?:(?:{'|'.join(sorted(MOST_AMOUNT_ADJECTIVES))})\s+[a-z]+|(?-i:[A-Z]{{2,}}s)|"
                 r"[a-z][a-z-]*(?<![siu])s)\b"),
    # finder v8: "the most" that ends its phrase before a period or a comparison with the past ("the most since 2014",
    # "the most ever", "the most of any state", "had the most.")
    ("the most", rf"\bthe\s+most\b(?=\s+(?:{_MOST_RECORD_FOLLOWERS})\b|"
                 r"\s*(?:[.;:!?]|--|[—–]))"),
    # finder v19: a share in brackets between "most" and its "of" ("Most (88%) of the cases"), as v18 reads a fraction
    ("most", r"(?<!the )(?<!at )\bmost(?=\s*\([^()]{1,30}\)\s*of\s+(?:the|them|these|those|its|their)\b)"),
    ("most", r"\bmost\s+of\s+(?:the|them|these|those|its|their)\b|\bmost\s+(?:people|immigrants|migrants|detainees|"
             r"arrests|deportations|cases|[a-z]+ers)\b"
             # the pronoun: "most were from Latin America", "most have left" (not "the most", "at most")
             rf"|(?<!the )(?<!at )\bmost(?=\s+(?:{'|'.join(sorted(MOST_PRONOUN_VERBS))})\b)"),
    # finder v8: "most" as a determiner of a plural noun, with up to two adjectives between, is a majority ("in most
    # states", "most dire economic forecasts", "Most large cities"); not after a determiner or a possessive ("the most
    # reliable figures", "his most important issues": superlatives), not before an adverb ("most importantly")
    ("most", "".join(rf"(?<!\b{w} )" for w in sorted(NOT_MAJORITY_BEFORE_MOST)) + r"(?<!['’]s )\bmost(?=\s+"
             # finder v18: a modifier may be a code with digits or an abbreviation ("most H-2A workers", "most U.S.
             # counties"); finder v19: or a name of capitalised words, one modifier ("most international ICE Air flights")
             r"(?:(?![a-z]+ly\b)(?!(?:of|the|a|an|and|or|to|in|for|than|as|at|by|on)\b)(?:(?-i:[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)+)|[a-z][a-z0-9-]*|(?:[a-z]\.){2,})\s+){0,2}"
             r"(?!(?:has|was|does|goes|says|gets|makes|seems|remains|is|this|thus|less|always|perhaps)\b)"
             r"(?:[a-z][a-z-]*[^\Wsui]s|people|children|men|women|police)\b)"),
    # finder v8: a noun of a large part before "of" is a majority ("the bulk of the funds", "the lion's share of")
    ("majority noun", rf"\bthe\s+(?:{_MAJORITY_NOUNS})\s+of\b"),
    # "a small percentage of the arrests", "a large share": a part of a whole whose size the words give
    ("share size", rf"\ban?\s+(?:{'|'.join(sorted(SHARE_SIZE_ADJECTIVES))})\s+(?:{'|'.join(sorted(SHARE_NOUNS))})s?\b"),
    ("all-time record", r"\ball-time\s+(?:record|high|low|best|worst)s?\b|\ball\s+time\s+record\b"),  # v13: "all-time highs"
    # finder v18: "an all time low", "Reaches All Time Low": the same mark without its hyphen, in any case
    ("all-time record", r"\ball\s+time\s+(?:high|low|best|worst)s?\b"),
    # finder v18: "the record 23 million applicants": "record" before a number is the mark that number set
    ("record", r"(?<=\bthe\s)record(?=\s+(?:(?:nearly|almost|about|some|roughly|more\s+than|over)\s+)?[$€£]?\d)"),
    # finder v18: a record adjective before a rise or an arrival counted whole ("a historic wave", "the historic child
    # migration wave"), or said of a size ("historic in both its size and destructiveness")
    ("historic", rf"\b(?:{'|'.join(sorted(RECORD_ADJECTIVES))})(?=\s+(?:[a-z-]+\s+){{0,2}}?(?:{_alts(FLOW_NOUNS)})\b"
                 rf"|\s+in\s+(?:both\s+)?(?:its|their|the)\s+(?:{_alts(SIZE_NOUNS)})\b)"),
    # "the record-high 250,000", "a record-low turnout": a record wherever it stands
    ("record", r"\brecord-(?:high|low|breaking|setting|level|number|amount|total)s?\b"),
    # "historic levels", "unprecedented numbers", "a historic low": a record said in other words
    ("historic", rf"\b(?:{'|'.join(sorted(RECORD_ADJECTIVES))})\s+(?:highs?|lows?|{'|'.join(sorted(QUANTITY_NOUNS))})\b"),
    # a record broken, set or matched: "shattering records", "surpassing the record set in 2012", "broke a
    # decades-old record" (not "set the record straight", nor a record that is a file: "a criminal record")
    ("record", rf"\b(?:{'|'.join(sorted(RECORD_VERBS))})\s+(?:(?:the|a|an|its|their|his|her|this|that|another|new)\s+)?"
               r"(?:(?!(?:up|out|off|down|aside|for|of|in|on|to|and|or|criminal|public|court|medical)\b)[\w-]+\s+){0,2}?"
               r"records?\b(?!\s+straight)"),
    ("record", r"(?<!criminal )(?<!public )(?<!track )(?<!on )(?<!the )\b(?:a\s+(?:new\s+)?|new\s+)?record(?:[-\s]"
               r"(?:high|low|number|numbers|level|levels|breaking|setting))?\b(?=\s+(?:\d|high|low|number|level|of\s+\d)|"
               r"[-\s](?:high|low|breaking|setting))|\b(?:a|an|set\s+a|new)\s+record\b(?!\s+(?:of|for|check))"),
    # "record" as an adjective with no article, opening a sentence or after a word that takes a noun phrase ("Record
    # prices kept sales down", "despite record hiring", "drew record crowds"); not a record that is a thing ("record
    # labels", "record keeping"). And a record named by the year it was set ("the 1967 record"). ((?=[Rr]ecord) first:
    # the same matches, found without trying each word before every letter of the text. Over the 609 labelled texts
    # and seeds, this pattern took 1.0 s and "the most" below 1.7 s, of 6.0 s for all 83 patterns; each well under
    # 0.1 s with its lookahead.)
    ("record", rf"(?=[Rr]ecord)(?:(?<=^)|(?<=\n)|(?<=[.!?:;(“\"]\s)|(?<=[(“\"])|{_RECORD_TAKERS_BEFORE})[Rr]ecord(?=\s+"
               rf"(?!(?:{RECORD_THINGS}|of|for|to|in|on|at|and|or|is|was|were|are|has|had|shows?|showed|says|said|the|a|an)\b)[a-z][a-z-]+\b)(?!\s+[a-z-]+\s+of\b)"),
    ("record", r"(?<=(?:1[89]|20)\d\d\s)record\b(?!\s+(?:of|for|label|store|company)\b)"),
    # finder v8: a rank of an amount, an ordinal joined to a superlative of amount ("the second-lowest number", "the
    # nation's 11th-largest city"): a place in a series ranked by that amount (corpus/README.md); the ordinal stays an
    # ordinal among the numbers
    ("rank", rf"\b(?:the\s+)?(?:{'|'.join(RANK_ORDINALS)}|\d+(?:st|nd|rd|th))[\s-](?:"
             rf"{'|'.join(sorted({**SIZE_SUPERLATIVES, **MAGNITUDE_SUPERLATIVES}, key=len, reverse=True))})\b"),
    ("largest", rf"(?<!-)\b(?:the\s+)?(?:{'|'.join(SIZE_SUPERLATIVES)})\b"),
    # finder v7: the superlative of an adjective of amount wherever it stands ("the busiest of the sectors", "the
    # nation's longest decline"); not after a hyphen ("sixth-largest" is a rank, an ordinal)
    ("magnitude", rf"(?<!-)\b(?:the\s+)?(?:{'|'.join(sorted(MAGNITUDE_SUPERLATIVES, key=len, reverse=True))})\b"),
    # the superlative of a word that sizes a change, before the change ("the sharpest drop", "the most dramatic rise")
    ("change size", rf"\b(?:the\s+)?(?:{'|'.join(sorted(CHANGE_SIZE_SUPERLATIVES, key=len, reverse=True))})\s+"
                    rf"(?:[a-z][a-z-]*\s+)?(?:{'|'.join(sorted(CHANGE_NOUNS))})\b"),  # v13: a hyphenated modifier too
    # a rank by amount: "the next closest sector", "the closest in terms of arrests"
    ("nearness", rf"\b(?:the\s+)?next[\s-]+(?:{'|'.join(NEARNESS_SUPERLATIVES)})\b|\b(?:{'|'.join(NEARNESS_SUPERLATIVES)})\b"
                 r"(?=(?:\s+[a-z]+){0,2}\s+in\s+terms\s+of\b)"),
    # a record said as a comparison with all time: "more ... than ever before", "since records began"
    ("all-time comparison", "|".join(r"\b" + r"\s+".join(map(re.escape, c.split())) + r"\b"
                                     for c in sorted(ALL_TIME_COMPARISONS, key=len, reverse=True))),
    # a record qualified in brackets or by a word of doubt: "a (possible record) high number", "a likely record number"
    ("record", rf"\(\s*(?:(?:{'|'.join(sorted(RECORD_QUALIFIERS))})[\s-]+)?record\s*\)\s*(?:high|low|number|level)s?\b"
               rf"(?:\s+(?:number|level)s?\b)?|\b(?:{'|'.join(sorted(RECORD_QUALIFIERS))})[\s-]+record\b"),
    # "the greatest number of cases", "the least amount": a size only before a noun that measures
    # finder v11: and before a noun of change ("the greatest increase", "the least growth"), the size of a change as the
    # change-size superlatives are ("the largest decline")
    ("greatest", rf"\b(?:the\s+)?(?:{'|'.join(MEASURE_SUPERLATIVES)})\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(QUANTITY_NOUNS | CHANGE_NOUNS))})\b"),
    # "new high-water marks", "a low point", "a new high"
    ("mark", "|".join(dict.fromkeys(_mark_pattern(m) for m in sorted(EXTREME_MARKS, key=len, reverse=True)))),
    # finder v8: a past mark with words between ("a previous monthly record", "their previous inflation-adjusted
    # spending highs"), not a file ("prior criminal records")
    ("past mark", rf"\b(?:{'|'.join(PAST_MARK_QUALIFIERS)})\s+(?:(?!(?:{'|'.join(sorted(RECORD_FILE_WORDS))})\b)"
                  rf"[\w’'-]+\s+){{0,3}}?(?:{'|'.join(PAST_RECORD_MARKS)})s?\b(?![\w-]|\s+(?:schools?|speed|water)\b)"),
    # finder v8: a time span joined to a high or a low is a record over that span ("the 72-year-low", "a 20-year high",
    # "a decade low")
    ("span mark", "(?:" + "|".join(rf"(?<={u}[\s-])" for u in SPAN_MARK_UNITS) + r")(?:high|low|peak)s?\b"
                  r"(?![\w-]|\s+(?:schools?|speed|water|court|tide)\b)"),
    ("unanimous", rf"\b(?:{'|'.join(UNANIMITY)})\b"),
    # finder v10, records: a record adjective before a noun of an accumulated amount ("A historic backlog", "an
    # unprecedented deficit"), as before "levels"
    ("historic", rf"\b(?:{'|'.join(sorted(RECORD_ADJECTIVES))})\s+(?:{_alts(ACCUMULATION_NOUNS)})\b"),
    # finder v10, extremes and ranks: a superlative of judgement before a noun that measures, up to two modifiers
    # between ("the worst rate in the country", "the third worst fatal overdose rate"); not "the worst decision"
    ("judgement", rf"\b(?:the\s+)?(?:(?:{'|'.join(RANK_ORDINALS)}|\d+(?:st|nd|rd|th))[\s-])?(?:{_alts(JUDGEMENT_SUPERLATIVES)})"
                  rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{_alts(QUANTITY_NOUNS)})\b"
                  # or before a period it ranks, with the span it is ranked over ("the worst year on record", "the best
                  # month since 2008", "the worst quarter in history")
                  rf"|\b(?:the\s+)?(?:{_alts(JUDGEMENT_SUPERLATIVES)})\s+(?:{'|'.join(TIME_UNITS)}|quarter|season)s?\b"
                  r"(?=\s+(?:on\s+record|since|ever|in\s+(?:[\w.’'-]+\s+){0,3}?history)\b)"),
    # finder v18: any superlative before a period it ranks, a modifier between, with the span it is ranked over, and
    # "one of" before it ("the worst fire year in state history", "one of the state's hottest years on record"): an
    # extreme of the series of such periods, by a superlative of size, of judgement or of a period's measured condition
    # (not one of time order: "the latest year on record")
    # a superlative of a period's measured condition before the period, with no span: the period's place among the
    # periods the text compares ("The warmest day was yesterday", "the hottest July", "the driest month this year");
    # with a span the rules below read it ("the hottest year on record"; "the warmest night ever recorded": ever recorded)
    ("period extreme", rf"\b(?:one\s+of\s+)?(?:the\s+|(?:the\s+)?[\w.]{{1,80}}['’]s\s+)(?:{_alts(PERIOD_SUPERLATIVES)})\s+"
                       rf"(?:[a-z-]+\s+)?(?:(?:{'|'.join(TIME_UNITS)}|quarter|season|night|summer|winter|spring|fall"
                       rf"|autumn)s?|{MONTHS})\b(?!\s+(?:on\s+record|since|ever|in\s+(?:[\w.’'-]+\s+){{0,3}}?history)\b)"),
    ("period extreme", rf"\b(?:one\s+of\s+)?(?:the\s+|(?:the\s+)?[\w.]{{1,80}}['’]s\s+)"
                       rf"(?:{_alts({*PERIOD_SUPERLATIVES, *SIZE_SUPERLATIVES, *JUDGEMENT_SUPERLATIVES})})\s+(?:[a-z-]+\s+)?"
                       rf"(?:{'|'.join(TIME_UNITS)}|quarter|season)s?\b"
                       r"(?=\s+(?:on\s+record|since|ever|in\s+(?:[\w.’'-]+\s+){0,3}?history)\b)"),
    # finder v10, records: "record" after an adjective of achievement and a comparative or an intensifier ("an even
    # more impressive record"); not "a more complete record" (a file)
    ("record", rf"\b(?:a|an|the|another|their|its)\s+(?:(?:even|still|far|much|more|most|truly|very|quite)\s+){{0,3}}"
               rf"(?:{_alts(ACHIEVEMENT_ADJECTIVES)})\s+records?\b(?!\s+(?:of|for|keeping)\b)"),
    # "climbed to a high of 45.2", "a new low of 3.4%": a high or a low the number after "of" states
    ("high", rf"\b(?:a|an|the|its|their|new)\s+(?:new\s+)?(?:{'|'.join(EXTREME_MARKS_BEFORE_A_NUMBER)})"
             rf"(?=\s+of\s+(?:(?:{_HEDGE_WORDS})\s+)?[-+\u2212]?[$€£]?\d)"),  # "a high of just over 19,000" too
    # finder v18: "the top five states", "the top 10 employers": the places of a set ranked by amount, as "the top
    # destination" (the number after it is read apart); a plural noun, up to two modifiers before it, follows the number
    # (modifiers are words, not prepositions or conjunctions: not "the top five in terms of", "the top ten - Queens")
    ("top", rf"(?<=\bthe\s)top(?=\s+(?:\d{{1,3}}|{_WORD})\s+"
            rf"(?:(?!(?:of|in|on|at|to|for|from|by|with|and|or|than|as)\b)[A-Za-z][\w-]*\s+){{0,2}}?"
            rf"{_NOT_A_PLURAL}(?-i:[a-z][a-z-]*s)\b)"),
    # finder v23: the same after a possessive or "of" ("the nation’s top 15 courts", "its list of top 10 jurisdictions"):
    # the rank adjective; a verb "top" has a subject or a modal before it ("arrests top 3,000", "could top 15")
    ("top", rf"(?:(?<=['’]s\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bour\s)|(?<=\bof\s))top(?=\s+(?:\d{{1,3}}|{_WORD})\s+"
            rf"(?:(?!(?:of|in|on|at|to|for|from|by|with|and|or|than|as)\b)[A-Za-z][\w-]*\s+){{0,2}}?"
            rf"{_NOT_A_PLURAL}(?-i:[a-z][a-z-]*s)\b)"),
    # "the top destination", "the leading cause of death": the first of a set ranked by amount
    ("top", rf"\b(?:the|its|their)\s+(?:{'|'.join(sorted(RANKING_WORDS, key=len, reverse=True))})\s+"
            # finder v19: one noun modifier between ("the top deportation destination", "the leading export market")
            rf"(?:(?!(?:of|in|on|at|to|for|from|by|with|and|or)\b)[a-z][a-z-]*\s+)?(?:{'|'.join(sorted(RANKED_NOUNS))})\b"),
    # finder v19: "Top" opening a line or a sentence before a number and a plural noun ("Top 10 States in 2016 refugees",
    # a chart's heading): the rank adjective, as "the top five states" (v18); a verb "top" needs a subject before it
    ("top", r"(?-i:(?:^|(?<=\n)|(?<=[.!?]\s))Top)(?=[ \t]+\d{1,3}[ \t]+(?:[A-Za-z][\w-]*[ \t]+){0,2}?"
            + _NOT_A_PLURAL + r"[A-Za-z][a-z-]*s\b)"),
    # finder v19: "Next is Connecticut", "Next are Ohio ...": a sentence that opens with "Next" and a verb of being, then
    # a name, gives the place after the one the sentence before ranked
    ("next", r"(?-i:(?:^|(?<=\n)|(?<=[.!?]\s))Next)(?=\s+(?:is|are|was|were|comes|come|came)\s+(?-i:[A-Z]))"),
    # finder v12, extremes: a high or a low that a number after "of" states, with any determiner or none, singular or
    # plural ("ranges from highs of 6.7 percent", "Colorado's low of 2.3 percent"), as "a high of" is
    ("high", rf"\b(?:highs?|lows?)(?=\s+of\s+{_ONLY_OR_HEDGE}[-+\u2212]?[$€£]?\d)"),
    # "2019's record of nearly 6.5 million", "the record of 29.4": a record stated by the number after "of"
    # (not a person's file: "his record of 12 arrests", "a criminal record of")
    ("record", rf"(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)(?<!\byour\s)(?<!criminal\s)(?<!arrest\s)(?<!track\s)"
               rf"(?<!voting\s)\brecord(?=\s+of\s+{_ONLY_OR_HEDGE}[-+\u2212]?[$€£]?\d)"),
    # finder v12, ranks as verbs: any form of "lead" before the whole it ranks first in ("lead the nation", "led the
    # state in arrests"), and ", led by" after a change (", led by Tennessee": the first of the set ranked by it)
    ("lead", rf"\b(?:lead|leads|leading|led)\s+(?:the\s+(?:{_alts(LED_WHOLES)})|all\s+(?:other\s+)?[a-z]+s)\b"),
    ("led by", r"(?<=,\s)led\s+by\b"),
    # finder v12, extremes: a comparative before "than any other" ("more migrants than any other sector", "fewer
    # arrests than any other state"): above (or below) every other member of the set compared
    ("than any other", r"\b(?:more|fewer|less|higher|lower|larger|greater|bigger|smaller)\s+(?:[\w’'-]+\s+){0,3}?"
                       r"than\s+(?:(?:in|at)\s+)?(?:any\s+other\b|anywhere\s+else\b)"),  # finder v13: "than in any other", "than anywhere else"
    ("peaked", r"\bpeak(?:ed|s|ing)?\b"),  # finder v11: every form of the verb ("After peaking in July 2021 at 18,954")
    ("a fraction of", r"\b(?:a|only\s+a|just\s+a)\s+(?:small\s+)?fraction\s+of\b"),
    # finder v13, proportions: "the majority" (or "a majority") before a verb it governs ("the majority voted to restore"),
    # as "a slim majority voted" (v9) and "the majority of" are
    ("majority", rf"\b(?:the|a)\s+majority\b(?=\s+(?:{_alts(MAJORITY_VERBS)})\b)"),
    # after heldout43's and heldout45's first scores: "the majority" or "most" opening a sentence or a clause after a
    # dash or a semicolon, before a verb in -ed or a common verb it governs ("The majority arrested were citizens of
    # Mexico", "Most expect the trend to continue", "– most presumed to be migrants –"): the pronoun of a majority
    ("majority", rf"(?:^|(?<=[.!?:;–—\n]\s)|(?<=[.!?]['\"”’]\s)|(?<=\n))(?:the|a)\s+majority\b(?=\s+(?:[a-z]+ed|{_CLAUSE_VERBS})\b)"),
    ("most", rf"(?:^|(?<=[.!?:;–—\n]\s)|(?<=[.!?]['\"”’]\s)|(?<=\n))most(?=\s+(?:[a-z]+ed|{_CLAUSE_VERBS})\b)"),
    # finder v13, proportions: a majority adverb before a preposition whose object is a bare noun phrase ("deal mainly with
    # immigrants in detention", "work mostly in rural counties"): it sizes that object; not a cause or a purpose ("mainly
    # for reasons of cost"), not a determiner after the preposition ("mostly with the help of")
    ("majority adverb", rf"(?<!ed )(?<!en )\b(?:{_alts(MAJORITY_ADVERBS)})\b(?=\s+(?:{_alts(MAJORITY_ADVERB_PREPOSITIONS)})\s+"
                        rf"(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|some|any)\b)(?:[a-z-]+\s+)?"
                        rf"(?!(?:{_alts(MAJORITY_ADVERB_CAUSE_NOUNS)})\b)(?:[a-z-]+s|people|children|men|women)\b)"),
    # finder v13, records: what holds, sets or breaks the record ("the record-holder", "a record setter"): the top of the
    # series, as "record-setting" is
    ("record", rf"\b(?:(?:the|a|an|its|their)\s+)?record[\s-](?:{_alts(RECORD_HOLDERS)})\b"),
    # finder v13, records: an adverb of record before an adjective of level ("historically high rent increases",
    # "unprecedentedly low"), as "record high" is
    ("record adverb", rf"\b(?:{_alts(RECORD_ADVERBS)})\s+(?:{_alts(LEVEL_ADJECTIVES)})\b(?!\s+schools?\b)"),
    # finder v13, marks: heights and depths in the plural after a word of novelty or record ("staggering new heights",
    # "record heights", "new depths"), the figurative high (or low) mark
    ("heights", rf"\b(?:{_alts(HEIGHT_QUALIFIERS)})\s+(?:{_alts(HEIGHT_MARKS)})\b"),
    # finder v13, ranks: "the most" / "the least" after a verb of change ("shares have risen the most for middle-income
    # renters", "fell the least"): the change that ranks first (or last) among those compared
    # ((?=the\s) first, as for "record" above)
    ("the most", r"(?=the\s)(?:" + "|".join(rf"(?<=\b{v}\s)" for v in sorted(MOST_CHANGE_VERBS)) +
                 r")the\s+(?:most|least)\b"),
    # finder v13, proportions: a hedge of nearness before a negative universal ("almost none", "virtually no one"), the
    # mirror of "nearly all": above 0, at most 10 percent
    ("nearness none", rf"\b(?:{_alts(NEARNESS_HEDGES_BEFORE_ALL)})\s+(?:{_alts(NEGATIVE_UNIVERSALS)})\b(?!-)"
                      rf"|\b(?:{_alts(SCARCELY_ANY)})\b"),
    # finder v13, proportions: "only a sliver of", as "a fraction of"
    ("a fraction of", r"\b(?:a|only\s+a|just\s+a)\s+(?:small\s+|tiny\s+)?sliver\s+of\b"),
    # finder v13, ranks as verbs: "rank" + a place ("ranked first in the state", "ranks 10th", "ranked No. 1", "ranked
    # last"), and "top" + the whole ("topped the list", "tops the nation"), as "lead the nation" (v12)
    ("rank verb", rf"\b(?:{_alts(RANK_VERBS)})\s+(?:first|last|{'|'.join(RANK_ORDINALS)}|\d+(?:st|nd|rd|th)|No\.\s?\d+)\b"),
    ("top verb", rf"\b(?:{_alts(TOP_VERBS)})\s+the\s+(?:{_alts(TOP_WHOLES)})\b"),
    # finder v13, ranks: "second only to California": a place, the one named alone above it
    ("second only to", r"\bsecond\s+only\s+to\b"),
    # finder v13, records: a record adjective before the number it qualifies ("an unprecedented 2 million", "a historic
    # 40%"), as "a record 59,000"; the number is a claim of its own
    ("historic", rf"\b(?:an?\s+)?(?:{'|'.join(sorted(RECORD_ADJECTIVES))})(?=\s+[$€£]?\d)"),
    # finder v13, records: "record territory", "all-time territory"
    ("record", r"\brecord\s+territory\b"),
    # finder v13, marks: a high or a low after a qualifier of the period it is the extreme of ("a post-pandemic high", "a
    # pre-recession peak"), as "a 20-year high" (v8)
    ("high", r"\b(?:an?|the|its|their|new)\s+(?:new\s+)?(?:post|pre)-[a-z]+\s+(?:highs?|lows?|peaks?)\b"),
    # finder v22, ranks with verbs: "led" or "leads" before "in terms of", or before an amount ("led with 1,200 arrests",
    # "leads in remittances at $2.9 billion"): the first of a set ranked by it; not "led to", "led by", "was led in"
    ("led verb", r"\b(?=le[ad])(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?:leads|led)\b"
                 # finder v23: the set led between ("leads the four counties with 39 days")
                 r"(?=\s+in\s+terms\s+of\b|(?:\s+in\s+[^.;!?\d]{0,60}?|\s+(?:the|all)\s+(?:(?:" + _WORD +
                 r"|\d+|other)\s+)?[a-z][a-z-]*s)?,?\s+(?:with|at)\s+" + _AMOUNT_AHEAD + ")"),
    # finder v22, ranks with verbs: a verb of being or placing before an ordinal, an amount after it ("Jalisco was second
    # with $2.797 billion", "came in third at 12%"): the ordinal is the rank ("ranked second" is a rank verb, above)
    ("ordinal place", rf"\b(?=[iwacfp])(?:is|was|are|were|came|comes|come|finished|finishes|placed|places)\s+(?:in\s+)?"
                      rf"(?P<quote>first|last|{'|'.join(RANK_ORDINALS)}|\d+(?:st|nd|rd|th))\b"
                      r"(?=,?\s+(?:with|at)\s+" + _AMOUNT_AHEAD + ")"),
]
# A high or a low is a claim wherever it stands, the two ends of a range included ("ranging from a low of 300 to a
# high of 420": no figure of the period below 300 or above 420), as corpus/README.md's labelling rule says.
_QUANTITY_WORDS = [(key, re.compile(pattern, re.IGNORECASE))
                   for key, pattern in [*QUANTITY_WORDS, *PHRASED_QUANTITY_WORDS, *PHRASED_QUANTITY_WORDS_V24]]


def find_quantity_words(text: str) -> list[Mention]:
    """The quantity words of text (kind "word"), one per place, the longest reading winning."""
    found: list[Mention] = []
    taken = _Spans()
    for key, pattern in _QUANTITY_WORDS:
        for m in pattern.finditer(text):
            start, end = m.span("quote") if "quote" in pattern.groupindex else m.span()  # v22: the ordinal alone
            if key not in ("rank", "rank verb", "ordinal place") and re.search(r"\d", m.group()):  # "surpassed a 25-year-old record": the number is a claim of its own
                start = m.start() + max(w.end() for w in re.finditer(r"\d[\w-]*", m.group()))
                start += len(text[start:end]) - len(text[start:end].lstrip())
            if taken.overlaps(start, end):
                continue
            if key == "than any other" and _compares_a_quality(text, start + re.match(r"\S+\s+\S+\s+", m.group()).end()):
                continue  # "more important than any other": a quality compared
            if key == "led by" and not CHANGE_BEFORE_LED_BY.search(text, max(0, start - 120), start):
                continue  # "a march, led by students": a leader, no ranking
            if key == "all-time comparison" and _compares_a_quality(text, start):
                continue  # "more important than ever": a quality compared, no amount
            if key in ("largest", "magnitude", "greatest") and PROMINENCE_AFTER.match(text, end):
                continue  # finder v13: "one of the biggest topics", "the highest priority": importance, no amount
            found.append(Mention(start, end, text[start:end], "word", None, 0.0, words=_word_key(key, text[start:end]),
                                 quote_start=start, quote_end=end))
            taken.add(start, end)
    # finder v13: "the lowest rate ever recorded": "ever" scopes a superlative the finder reads, one claim not two (not
    # "the warmest night ever recorded", whose superlative is no quantity word: there "ever recorded" is the claim)
    found = sorted(found, key=lambda m: (m.start, m.end))   # (disjoint: in order of their ends too)
    ends = [f.end for f in found]
    found = [f for f in found if not (f.words == "ever recorded" and _after_a_superlative(text, f, found, ends))]
    return sorted(_ranks_told_on(text, found), key=lambda m: m.start)


class _Spans:
    """Disjoint spans of a text, kept in order, asked whether a span overlaps any of them (each asked in logarithmic
    time: a text of one shape repeated finds thousands of mentions, and asking each of all of them was quadratic)."""

    def __init__(self, spans=()):
        self.starts, self.ends = [], []   # the spans that hold characters: the later one starts, the later it ends
        self.empty: list[int] = []        # those that hold none, where they are (none in the texts seen)
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a character with one of them (one holding none: lies strictly inside it)."""
        before = bisect_left(self.starts, end)   # the spans that start before `end`; the last of them ends last
        return (before > 0 and self.ends[before - 1] > start) or any(start < at < end for at in self.empty)

    def add(self, start: int, end: int) -> None:
        if start >= end:
            self.empty.append(start)
            return
        at = bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)


# Between a superlative and "ever" there are six words at most: far more than six words' characters are not looked at.
EVER_REACH = 400


def _after_a_superlative(text: str, ever: Mention, found: list[Mention], ends: list[int]) -> bool:
    """Whether a mention of found (in order, `ends` theirs) ends up to six words before ever."""
    for at in range(bisect_right(ends, ever.start) - 1, -1, -1):
        g = found[at]
        if ever.start - g.end > EVER_REACH:
            return False
        if g is not ever and EVER_AFTER_A_SUPERLATIVE.fullmatch(text, g.end, ever.start):
            return True
    return False


# finder v22: a list of places after a rank verb, the verb elided ("Minnesota was ranked seventh, Wisconsin 20th, Nebraska
# 21st and Missouri 30th"): a comma or "and", a capitalised name of up to four words, an ordinal ending the item
_ORDINAL = rf"(?:first|last|{'|'.join(RANK_ORDINALS)}|\d+(?:st|nd|rd|th))"
_NOT_A_DATE = r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"  # not "June 21st"
RANK_LIST_ITEM = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?" + _NOT_A_DATE +
                            r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+"
                            rf"(?P<ordinal>{_ORDINAL})\b(?=\s*(?:[,.;:)!?]|and\b|$))")
# before the first item, the whole the first place is ranked in ("ranked seventh in the nation, Wisconsin 20th")
RANK_LIST_WHOLE = re.compile(r"\s+(?:in|among|of|nationally)\b[^,.;:!?\n]{0,40}?(?=\s*,)")
# "..., followed by Guanajuato": the next place, in the sentence of a rank v22 reads (a name after it, capitalised)
# finder v23: or an amount given for a name ("followed by 32 for Denton")
FOLLOWED_BY_AFTER_A_RANK = re.compile(r"(?:[^.;!?\n]|\.(?=\d)){0,150}?,?\s+(?P<followed>followed\s+by)\s+(?=(?:the\s+)?[A-Z]"
                                      r"|[$€£]?\d[\d,.]*%?\s+(?:for|in|from|at)\s+(?:the\s+)?[A-Z])")
# finder v23: ", followed by 32 for Denton, 29 for Dallas and 28 for Collin counties": each amount given for a name
# after "followed by" is of what the amount before it counts
FOLLOWED_BY_AMOUNTS = re.compile(r",\s+followed\s+by\s+")
AMOUNT_FOR_A_NAME = re.compile(r"\s+(?:for|in|from|at)\s+(?:the\s+)?[A-Z]")
NEXT_AMOUNT = re.compile(r"[^.;!?\n\d]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)")  # up to the next amount's start


# finder v23: a table copied with single spaces: lines that hold a name of capitalised words and a number that ends the
# line ("Africa 40,000", "Near East, South Asia 35,000", "Latin America/Caribbean 15,000")
ONE_SPACE_ROW = re.compile(r"[ \t]*(?P<name>[A-Z][\w.’'/&-]*(?:(?:[ \t]+|,[ \t]*)(?:(?:and|of|the|&)[ \t]+)?[A-Z][\w.’'/&-]*){0,5})"
                           r"[ \t]+(?P<number>[$€£]?\d[\d,.]*%?)[ \t]*")


LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")


def _one_space_rows(text: str, found: list[Mention]) -> list[Mention]:
    """finder v23: the numbers of two or more lines in a row of the shape "Name 40,000" (a table copied with single
    spaces) count one thing: what the first row's number was read to count, when that is no word of its own name. A
    row's name is what is listed (a region, a state), never what is counted, and a number that ends its line takes no
    noun from the line below."""
    rows: list[tuple[int, int]] = []  # (mention index, line start)
    for i, m in enumerate(found):
        if m.kind != "number" or not LINE_END_AFTER.match(text, m.end):
            continue  # only a number that ends its line can end a row (and only then is its line looked up)
        line_start = text.rfind("\n", max(0, m.start - 120), m.start) + 1
        if not line_start and m.start > 120:
            continue  # a line this long before its number is no row of a table
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        row = ONE_SPACE_ROW.fullmatch(text, line_start, line_end)
        if row and row.start("number") == m.start and row.end("number") == m.end:
            rows.append((i, line_start))
    out = list(found)
    run: list[int] = []
    for k, (i, line_start) in enumerate(rows):
        run.append(i)
        last = k + 1 == len(rows)
        if last or text.rfind("\n", 0, rows[k + 1][1] - 1) + 1 != line_start:  # the next row is not the next line
            if len(run) >= 2:
                first = out[run[0]]
                name = set(re.findall(r"[a-z]+", text[text.rfind("\n", 0, first.start) + 1:first.start].lower()))
                if first.unit and first.unit.lower() not in name:
                    for j in run[1:]:
                        out[j] = replace(out[j], unit=first.unit)
            run = []
    return out


def _followed_by_units(text: str, found: list[Mention]) -> list[Mention]:
    """finder v23: the amounts a ranking lists after ", followed by" ("leads ... with 39 annual unhealthy days, followed by
    32 for Denton, 29 for Dallas and 28 for Collin counties") count what the amount before "followed by" counts; the
    names they are given for are what is ranked."""
    out = list(found)
    starts = [m.start for m in out]
    for match in FOLLOWED_BY_AMOUNTS.finditer(text):
        index = bisect_left(starts, match.end())  # the mention right after "followed by", if one starts there
        if index == len(out) or out[index].start != match.end() or out[index].kind not in ("number", "spelled"):
            continue
        leader = next((out[i] for i in range(index - 1, max(-1, index - 8), -1)
                       if out[i].is_quantity and out[i].kind != "word" and out[i].end <= match.start()), None)
        if leader is None or not leader.unit or _sentence_start(text, match.start()) > leader.start:
            continue
        while index < len(out) and out[index].kind in ("number", "spelled") \
                and AMOUNT_FOR_A_NAME.match(text, out[index].end):
            out[index] = replace(out[index], unit=leader.unit)
            nxt = index + 1
            if nxt >= len(out) or not NEXT_AMOUNT.fullmatch(text, out[index].end, out[nxt].start):
                break
            index = nxt
    return out


def _ranks_told_on(text: str, found: list[Mention]) -> list[Mention]:
    """finder v22: the places a ranking names after its first ("ranked seventh, Wisconsin 20th"; "was second with $2.8
    billion, followed by Guanajuato"), each an ordinal or "followed by" of its own."""
    added: list[Mention] = []
    for f in found:
        told = f.words in ("led", "leads")  # "led in terms of ...", "led the nation with ..."
        if RANK_VERB_PLACE.fullmatch(f.words) or ORDINAL_PLACE.fullmatch(f.words):
            told = True
            at = f.end
            whole = RANK_LIST_WHOLE.match(text, at)
            if whole:
                at = whole.end()
            while (item := RANK_LIST_ITEM.match(text, at)) is not None:
                s, e = item.span("ordinal")
                added.append(Mention(s, e, text[s:e], "word", None, 0.0, words=text[s:e].lower(), quote_start=s,
                                     quote_end=e))
                at = item.end()
        if told and (after := FOLLOWED_BY_AFTER_A_RANK.match(text, f.end)) is not None:
            s, e = after.span("followed")
            added.append(Mention(s, e, text[s:e], "word", None, 0.0, words="followed by", quote_start=s, quote_end=e))
    spans = _Spans((g.start, g.end) for g in found)
    new = [a for a in added if not spans.overlaps(a.start, a.end)]
    return [*found, *{(a.start, a.end): a for a in new}.values()]


# finder v13: between a superlative and "ever": up to six words, no punctuation
# (each word taken whole: a hyphen may be a word's or the space's, and a run of hyphens split every way took minutes)
EVER_AFTER_A_SUPERLATIVE = re.compile(r"(?>[\s-]+[\w’'-]+){0,6}\s+")
# finder v13: a noun of prominence or priority after a superlative of size, one modifier at most between ("the biggest
# topics", "the highest priority service calls", "the largest budget concern")
PROMINENCE_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{_alts(PROMINENCE_NOUNS)})\b", re.IGNORECASE)


# finder v12: ", led by" ranks the first of a set only after a change in the same sentence ("nine states saw rates fall
# significantly, led by Tennessee")
CHANGE_BEFORE_LED_BY = re.compile(rf"\b(?:{_alts(LED_BY_CHANGES)})\b[^.;!?]*$", re.IGNORECASE)


def _compares_a_quality(text: str, start: int) -> bool:
    """Is the comparison before start one of an adjective ("more important than ever", "busier than ever"), not of an
    amount ("more people than ever", "more were deported than ever")?"""
    before = re.search(r"\b(more|less)\s+([a-z]+)\s+$", text[max(0, start - 40):start], re.IGNORECASE)
    if before:
        return _is_adjective(before.group(2)) and not _is_participle(before.group(2).lower())
    return bool(re.search(r"\b[a-z]+(?<!few)(?<!oth)er\s+$", text[max(0, start - 30):start], re.IGNORECASE)) and \
        not re.search(r"\b(?:higher|lower|larger|greater|bigger|fewer|smaller)\s+$", text[max(0, start - 30):start])


def _word_key(key: str, written: str) -> str:
    """The reading's key as the words are written, so the key appears in the quote ("the biggest" -> biggest)."""
    lower = " ".join(written.lower().split())
    if key in ("largest", "magnitude"):  # finder v13: "the most expensive" -> "most expensive"
        return re.sub(r"^the\s+", "", lower)
    if key == "change size":  # "the most dramatic rise" -> "most dramatic"; "the sharpest drop" -> sharpest
        return next(w for w in sorted(CHANGE_SIZE_SUPERLATIVES, key=len, reverse=True) if w in lower)
    if key == "nearness":  # "The next closest" -> "next closest"
        return re.sub(r"^the\s+", "", lower)  # as written: "next closest", "next-closest"
    if key in ("all-time comparison", "past comparison", "nearness all", "majority adverb", "minority"):
        return lower
    if key == "count size":  # "a limited number" -> "limited number"; "a handful" -> handful
        return " ".join(lower.split()[1:])
    if key == "no precedent":  # "an unprecedented milestone" -> unprecedented; "unheard-of levels" -> unheard-of
        return next(w for w in sorted(NO_PRECEDENT_ADJECTIVES, key=len, reverse=True)
                    if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", lower))
    if key == "greatest":
        return next(w for w in lower.split() if w in MEASURE_SUPERLATIVES)
    if key == "mark":
        return lower.removesuffix("s")  # "high-water marks" -> "high-water mark", as written
    if key == "record" and lower.startswith("the record"):  # "the record levels" -> record
        return "record"
    if key in ("high", "historic"):  # "a high of" -> high; "historic levels" -> historic; finder v12: "highs" -> high
        return next(w.removesuffix("s") for w in lower.split()
                    if w.removesuffix("s") in EXTREME_MARKS_BEFORE_A_NUMBER or w in RECORD_ADJECTIVES)
    if key == "top":  # "the number-one source" -> number-one
        return next(r for r in sorted(RANKING_WORDS, key=len, reverse=True) if re.search(rf"\b{re.escape(r)}\b", lower))
    if key == "share size":  # "a small percentage" -> "small percentage"
        return " ".join(lower.split()[1:3]).removesuffix("s")
    if key == "peaked":  # the verb's form as written ("peaking"); "peaks" and "peak" -> peak
        return lower if lower in ("peaked", "peaking") else "peak"
    if key in ("lead", "led verb"):  # "led the nation" -> led, as written: a draft's words must stand in its quote
        return lower.split()[0]
    if key == "judgement":  # "the worst rate" -> worst; "the third worst fatal overdose rate" -> "third worst"
        words = lower.split()
        at = next(i for i, w in enumerate(words) if re.search(rf"(?:^|-)(?:{'|'.join(JUDGEMENT_SUPERLATIVES)})$", w))
        return " ".join(w for w in words[:at + 1] if w != "the")
    if key == "rank":  # "the second-lowest" -> "second-lowest", "11th largest" -> "11th largest", as written
        return re.sub(r"^the\s+", "", lower)
    if key == "majority noun":  # "the bulk of", "the lion’s share of", as written
        return lower
    if key in ("past mark", "span mark"):  # "a previous monthly record" -> record; "spending highs" -> high
        return next(w for w in PAST_RECORD_MARKS if re.search(rf"\b{w}s?$", lower))
    if key == "all-time record":  # finder v13: "all-time highs" -> "all-time high"; v18: "all time low" as written
        return lower.removesuffix("s") if lower.startswith("all-time") or not lower.endswith(("record", "records")) \
            else "record"  # "an all time record"
    if key == "period extreme":  # finder v18: "one of the state's hottest years on record" -> hottest
        return next(w for w in lower.split() if w in PERIOD_SUPERLATIVES or w in SIZE_SUPERLATIVES
                    or w in JUDGEMENT_SUPERLATIVES)
    if key == "a fraction of" and "sliver" in lower:  # finder v13: "only a sliver of" -> "a sliver of"
        return "a tiny sliver of" if "tiny" in lower else "a small sliver of" if "small" in lower else "a sliver of"
    if key == "a fraction of" and "small" in lower:
        return "a small fraction of"
    if key in ("record adverb", "heights", "nearness none", "rank verb", "ordinal place"):  # finder v13 and v22: as written
        return lower
    if key == "high" and re.search(r"\b(?:post|pre)-", lower):  # finder v13: "a post-pandemic high" -> high
        return next(w.removesuffix("s") for w in lower.split() if w.removesuffix("s") in ("high", "low", "peak"))
    if key == "than any other":  # finder v13: "than in any other", "than anywhere else", as written
        return " ".join(re.search(r"\bthan\b.*$", lower).group().split())
    if key == "top verb":  # "topped the list" -> topped
        return lower.split()[0]
    if key == "the most":  # "the most" or, after a verb of change, "the least"
        return "the least" if lower.endswith("least") else "the most"
    return key


@lru_cache(maxsize=32)
def _find(text: str) -> tuple[Mention, ...]:
    """Cached: the ledger's accounting asks again for each non-claim row of the same seed."""
    cores = _join_ranges(text, [c for c in _cores(text, PATTERN.finditer(text)) if c is not None])
    cores = rephrase_cores(text, cores, _Core)  # finder v23, second part (factcheck/ledger/phrasing.py)
    mentions: list[Mention] = []
    for core in cores:
        if mentions and core.start < mentions[-1].end:
            continue  # "a half" inside "three and a half months", already read
        mentions.append(_read(text, core, mentions))
    found = _partitive_units(text, _share_across_lists(text, _tallies(text, mentions)))
    found = _partitive_units(text, _restated_figures(text, found))  # finder v17: "15 of the 25" after "the 25"
    if STRUCTURE:  # finder v21: a bare count's unit from the document's structure (factcheck/ledger/structure.py)
        found = structural_units(text, found, _phrase_head, bare_context=STRUCTURE > 1)
    found = sums_continued(text, found)  # finder v23, second part: "$1.1 billion ... more than four billion": usd
    found = reread(text, found, _phrase_head)  # finder v24 (factcheck/ledger/phrasing_v24.py)
    found = _yields_per_acre(text, found)
    return tuple(_one_space_rows(text, _followed_by_units(text, found)))


# a crop's yield is counted per acre in US reports: "The average yield per acre is estimated at 47.8 bushels"
YIELD_BEFORE = re.compile(r"\byields?\b", re.IGNORECASE)
YIELD_UNITS = {"bushel": "bushels per acre", "bushels": "bushels per acre"}


def _yields_per_acre(text: str, found: list[Mention]) -> list[Mention]:
    """After the first unseen scores of heldout31, heldout40 and heldout45: bushels after the word "yield" in their
    sentence are bushels per acre, under 1,000 (a harvest's total is counted in bushels)."""
    return [replace(m, unit=YIELD_UNITS[m.unit.lower()])
            if m.is_quantity and m.unit.lower() in YIELD_UNITS and m.value is not None and m.value < 1000
            and YIELD_BEFORE.search(text, _sentence_start(text, m.start), m.start) else m for m in found]


# finder v21: 0 = the rules alone; 1 = the structure for a count the rules gave no unit or only "people"; 2 = also a
# verb or a table header for a bare count whose unit the rules took from elsewhere in its sentence
STRUCTURE = 2


def _phrase_head(text: str, position: int) -> str:
    """The head noun of the phrase right after position, as head_unit reads a number's own noun."""
    return _head(_phrase_after(text, position)[0])


BARE_NUMBER_KINDS = frozenset({"number", "spelled", "scaled"})  # digits or words with no symbol or unit of their own


def unit_to_confirm(text: str, mention: Mention) -> bool:
    """Is this quantity's unit a guess a person should confirm? Yes when the finder read none, or took it from the
    words around the number (the sentence, a verb, a heading, a number before) rather than from the number's own
    symbol ("$", "%"), its own noun ("302,192 people", "171 bushels per acre") or a temperature's degree sign. The
    corpus's scorer reports how often the unit is wrong on each side of this line (corpus/score.py)."""
    if not mention.is_quantity or mention.kind == "word":
        return False
    unit = mention.unit
    if unit in NOT_NOUN_UNITS:  # a symbol's unit is the number's own only when the number carries one
        return mention.kind in BARE_NUMBER_KINDS  # "(62 of 87)" given "usd" by the sentence is a guess
    if unit.lower() in TIME_WORDS or (unit == "degrees" and _temperature(text, mention.end)):
        return False
    if not unit:
        return True
    counted = unit.split(" per ")[0]  # a rate's own noun is the noun before its base ("bushels per acre")
    return not structure_owns_noun(text, replace(mention, unit=counted), _phrase_head)


# finder v19: "N in M" is a share only when its part is at most its whole ("3 in 10 officers"); "has grown to 704 in 22
# states" is a count, then where (704 cases in 22 states), never 3,200 percent: each number is read on its own
PART_IN_WHOLE = re.compile(r"(\S+?)(?:-in-|\s+in\s+)(\S+)$", re.IGNORECASE)


def _cores(text: str, matches) -> list:
    cores = []
    for m in matches:
        core = _core(m, text)
        if core is not None and m.lastgroup == "fraction" and core.value > 100 and PART_IN_WHOLE.match(m.group()):
            pieces = PART_IN_WHOLE.match(m.group())
            for group in (1, 2):
                cores.extend(_core(n, text) for n in PATTERN.finditer(text, m.start() + pieces.start(group),
                                                                        m.start() + pieces.end(group)))
            continue
        if core is not None and m.lastgroup == "spelled" and PRICE_BEFORE_A_DOZEN.search(text, max(0, m.start() - 30),
                                                                                        m.start()) \
                and re.fullmatch(r"an?\s+dozen", m.group(), re.IGNORECASE):
            continue  # finder v19: "$2.57 a dozen" is a price per dozen, as "$3 per dozen": no count of twelve
        cores.append(core)
    return cores


# a sum of money right before "a dozen" ("$2.57 a dozen", "€3 a dozen")
PRICE_BEFORE_A_DOZEN = re.compile(r"[$€£]\s?\d[\d,]*(?:\.\d+)?\s+$")


# finder v15: a tally, two whole numbers joined by a dash or "to" ("9-6", "7 to 2"), is two counts, not a range, when a
# vote or a game frames it: a verb of deciding by vote up to three words before it ("voted 7-6", "approved the plan 9-6",
# "by a vote of 5 to 4", "by a margin of 9-6") or a noun of a vote's outcome right after it ("a 9-6 vote", "a 5-4 decision"): each number
# counts votes; a verb or a noun of a game ("won 5-3", "a 3-1 loss"): two counts of what the game counts, never votes.
# And a dash pair written high to low ("the 9-6"), whatever frames it, is no range: English writes a range low to high
# (as "a ratio of 5,337 to 65" is no range). Not when the pair has a noun of its own ("won 9-12 months ago", "9-12 cases").
TALLY = re.compile(r"(\d{1,3})(\s?[-–]\s?|\s+to\s+)(\d{1,3})")
TALLY_VERB_BEFORE = re.compile(rf"\b({_alts(VOTE_VERBS | VOTE_NOUNS | SCORE_VERBS)})\s+(?:(?:of|by|on|in|with|the|a|an|[a-z][\w'’-]*)\s+){{0,3}}$",
                               re.IGNORECASE)
CHANGE_OR_HEDGE_BEFORE_TALLY = re.compile(r"\b(?:from|between|to|by|about|around|roughly|nearly|almost|approximately|"
                                         r"some|over|under|than)\s+$", re.IGNORECASE)
TALLY_NOUN_AFTER = re.compile(rf"[\s-]+({_alts(VOTE_NOUNS | SCORE_NOUNS)})\b", re.IGNORECASE)


def _tally_frame(text: str, start: int, end: int) -> str:
    """'votes' for a tally a vote frames, 'score' for one a game frames, '' for neither."""
    after = TALLY_NOUN_AFTER.match(text, end)
    if after:
        return "votes" if after.group(1).lower() in VOTE_NOUNS else "score"
    clause = re.split(r"[.;:!?,()]", text[max(0, start - 60):start])[-1]
    if CHANGE_OR_HEDGE_BEFORE_TALLY.search(clause):
        return ""  # "approved limits from 5 to 7", "voted to hire about 40-50": a change or a hedged range, no tally
    before = TALLY_VERB_BEFORE.search(clause)
    if before:
        return "votes" if before.group(1).lower() in VOTE_VERBS | VOTE_NOUNS else "score"
    return ""


def _tallies(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    index = 0
    while index < len(mentions):
        m = mentions[index]
        pair = None
        if m.kind == "range" and not m.hedge.startswith("between") and TALLY.fullmatch(text, m.start, m.end):
            pair = TALLY.fullmatch(text, m.start, m.end)
            first_span, second_span, end = pair.span(1), pair.span(3), m.end
        elif m.kind == "number" and index + 1 < len(mentions) and mentions[index + 1].kind == "number" \
                and TALLY.fullmatch(text, m.start, mentions[index + 1].end):
            pair = TALLY.fullmatch(text, m.start, mentions[index + 1].end)
            first_span, second_span, end = pair.span(1), pair.span(3), mentions[index + 1].end
        if pair is None or _own_noun(text, end) and not TALLY_NOUN_AFTER.match(text, end) \
                or DURATION_AFTER.match(text, end) or re.match(r"\s*(?:%|percent\b|per\s?cent\b)", text[end:end + 9]):
            out.append(m)
            index += 1
            continue
        frame = _tally_frame(text, m.start, end)
        high_to_low = int(pair.group(1)) > int(pair.group(3)) and pair.group(2).strip() in "-–"
        if not frame and not (m.kind == "range" and high_to_low):
            out.append(m)
            index += 1
            continue
        unit = "votes" if frame == "votes" else ("" if frame == "score" else m.unit)
        for s, e in (first_span, second_span):
            value = float(text[s:e])
            out.append(Mention(s, e, text[s:e], "number", value, 0.0, None, "", "rounding", unit, s, e))
        index += 1 if m.kind == "range" else 2
    return out


# finder v9: a part of a set counts what the set counts: "25 of the 52 police departments", "30 of 50 states", "seven out of
# 10 cities" (the count before "of" has no noun of its own; the whole after it names the thing)
# finder v16: any determiner of the whole, a possessive one ("three of his six days", "two of our five clinics") or a
# genitive ("two of the agency's 12 offices", "four of Smith's 10 books"), as "the" and "its" were
_POSSESSIVE = r"(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s|the|its|their|those|these|his|her|our|my|your|whose)"
PARTITIVE_BETWEEN = re.compile(rf"\s+(?:out\s+)?of\s+(?:(?:{_POSSESSIVE}|all)\s+)?", re.IGNORECASE)
PARTITIVE_KINDS = {"number", "spelled"}


# finder v15: a part of a span of time: "three of the past five years", "five out of the six preceding years", "in 4 of
# the last 5 months": the part counts the span's units (years), as "25 of the 52 police departments" counts departments
PARTITIVE_SPAN_BETWEEN = re.compile(rf"\s+(?:out\s+)?of\s+(?:{_POSSESSIVE}\s+)?"
                                    rf"(?:(?:{_alts(SEQUENCE_ADJECTIVES)})\s+)?", re.IGNORECASE)


def _partitive_units(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for index in range(len(out) - 1):
        part, whole = out[index], out[index + 1]
        if part.kind in PARTITIVE_KINDS and whole.kind == "duration" and whole.unit in TIME_WORDS \
                and whole.unit.endswith("s") and PARTITIVE_SPAN_BETWEEN.fullmatch(text, part.end, whole.start) \
                and part.value is not None and whole.value is not None and part.value <= whole.value:
            out[index] = replace(part, unit=whole.unit)
            continue
        if part.kind in PARTITIVE_KINDS and whole.kind in PARTITIVE_KINDS and whole.unit and \
                PARTITIVE_BETWEEN.fullmatch(text, part.end, whole.start) and \
                (whole.value is None or part.value is None or part.value <= whole.value):
            out[index] = replace(part, unit=whole.unit)
    return out


# between two numbers of a change or a list whose unit (or hedge) is written once: "from 17.3 to 22.4 deaths per
# 100,000", "around 15,000 and 12,000, respectively", "7, 9 or 12 cases"
LIST_BETWEEN = re.compile(r"\s+(?:to|and|or)\s+|,\s*", re.IGNORECASE)
RESPECTIVELY = re.compile(r"(?:\s+[a-z][a-z-]*){0,3}?\s*,?\s*respectively\b", re.IGNORECASE)  # "... 4,000 claims, respectively"
BARE_KINDS = {"number", "spelled", "scaled"}
BARE_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)  # finder v12: no noun between


def _share_across_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """A unit stated once for a change or a list belongs to each number of it; a hedge before a list that ends in
    "respectively" bounds each number of it.

    A bare number (no noun of its own) directly followed by "to", "and", "or" or a list's comma and another number
    whose unit the text prints with it ("deaths per 100,000", "cases") takes that unit: "from 17.3 to 22.4 deaths per
    100,000" is a change between two rates. A comma joins only inside a list that goes on ("7, 9 or 12 cases"), not a
    new clause ("rose to 300, and 40 people ...")."""
    result = list(mentions)
    stated = {i for i, m in enumerate(result) if m.is_quantity and _states_its_unit(text, m)}
    for i in range(len(result) - 2, -1, -1):
        first, second = result[i], result[i + 1]
        if not (first.is_quantity and first.kind in BARE_KINDS and i + 1 in stated and i not in stated):
            continue
        between = LIST_BETWEEN.fullmatch(text, first.quote_end, second.quote_start)
        if not between or (between.group().strip() == "," and not _goes_on(text, result, i + 1)
                           and not _listed_before(text, result, i)):
            continue
        if second.unit and first.unit != second.unit:
            result[i] = replace(first, unit=second.unit)
        stated.add(i)
    start = 0
    while start < len(result):  # "around 15,000 and 12,000, respectively": one hedge for the list
        last = start
        while last + 1 < len(result) and LIST_BETWEEN.fullmatch(text, result[last].quote_end, result[last + 1].quote_start):
            last += 1
        first = result[start]
        if last > start and first.is_quantity and first.hedge and RESPECTIVELY.match(text, result[last].quote_end):
            for i in range(start + 1, last + 1):
                if result[i].is_quantity and not result[i].hedge:
                    result[i] = replace(result[i], hedge=first.hedge, reading=first.reading)
        # finder v12: "The Laredo and Big Bend Sectors ... with approximately 1,400 and 280, respectively": the names a
        # list of bare numbers is paired with by "respectively" (names joined by "and" before their plural noun) are
        # whose counts they are, not what they count; each number counts what the last count before the list counted
        # (not "Nationals of Guatemala and Honduras followed with 15,000 and 12,000": the noun heads the names)
        if last > start and BARE_RESPECTIVELY.match(text, result[last].quote_end) and first.unit \
                and re.search(rf"\band\s+(?:(?-i:[A-Z])[\w’'-]*\s+){{1,3}}{re.escape(first.unit)}\b",
                              text[_sentence_start(text, first.start):first.start], re.IGNORECASE) \
                and all(m.is_quantity and m.kind in BARE_KINDS and not _states_its_unit(text, m)
                        for m in result[start:last + 1]):
            counted = _last_count(text, first.start, result[:start])
            if counted:
                for i in range(start, last + 1):
                    result[i] = replace(result[i], unit=counted)
        start = last + 1
    for i in range(len(result) - 1):  # "more than 80% or 27,000": the same share restated as a count, one hedge for both
        first, second = result[i], result[i + 1]
        if first.is_quantity and second.is_quantity and first.hedge and not second.hedge \
                and first.kind not in ("range", "rate") and second.kind not in ("range", "rate") \
                and RESTATED.fullmatch(text, first.quote_end, second.quote_start) \
                and (first.unit == "percent") != (second.unit == "percent"):
            result[i + 1] = replace(second, hedge=first.hedge, reading=first.reading, quote_start=first.quote_start)
    for i in range(len(result) - 1):  # finder v10: "about 26% had convictions and 26% had pending charges": one "about"
        first, second = result[i], result[i + 1]  # for two shares of parallel phrases joined by "and"
        if first.kind == "percent" and second.kind == "percent" and first.reading == "around" and not second.hedge \
                and PARALLEL_AND.fullmatch(text, first.quote_end, second.quote_start):
            result[i + 1] = replace(second, hedge=first.hedge, reading=first.reading)
    return result


# finder v10: a share's phrase (one to four words), then "and" and the next share: "about 26% had convictions and 26% had"
PARALLEL_AND = re.compile(r"\s+(?:[a-z][a-z-]*\s+){1,4}and\s+", re.IGNORECASE)
# "more than 80% or 27,000", "about 40%, or 1,200 cases": "or" between a share and a count restates one quantity
RESTATED = re.compile(r",?\s+or\s+", re.IGNORECASE)


def _states_its_unit(text: str, mention: Mention) -> bool:
    """Does the text print what this number counts with it ("22.4 deaths per 100,000", "12 cases", "5 percent")?"""
    if mention.kind in ("rate", "percent", "money", "multiplier", "duration"):
        return bool(mention.unit)
    head = _own_noun(text, mention.quote_end) if mention.kind in BARE_KINDS | {"range"} else ""
    return bool(head) and CURRENCY_WORDS.get(head, head) == mention.unit


def _own_noun(text: str, position: int) -> str:
    """The head noun of the phrase that starts at position, '' if none (a participle alone names nothing: "18 and 64
    filed claims")."""
    words = _phrase_after(text, position)[0]
    return _head(words) if any(not _is_participle(w.lower()) for w in words) else ""


def _listed_before(text: str, mentions: list[Mention], index: int) -> bool:
    """finder v17: is the bare number at index itself the second of a run joined by commas ("5, 6, 7 years out")? A run of
    three or more bare numbers is a list written without "and", whose noun, printed once after the last, each counts."""
    return index > 0 and mentions[index - 1].is_quantity and mentions[index - 1].kind in BARE_KINDS \
        and not _states_its_unit(text, mentions[index - 1]) \
        and re.fullmatch(r",\s*", text[mentions[index - 1].quote_end:mentions[index].quote_start]) is not None


def _goes_on(text: str, mentions: list[Mention], index: int) -> bool:
    """Is the number at index followed by "and", "or" or a comma and one more number (a list that goes on)?"""
    return index + 1 < len(mentions) and bool(LIST_BETWEEN.fullmatch(text, mentions[index].quote_end,
                                                                     mentions[index + 1].quote_start))


def ledger_unit(unit: str) -> str:
    """A mention's unit as the ledger writes it (data/datapackage.json: lower case, words joined by "_"):
    "homicides per 100,000" -> "homicides_per_100000", "percentage points" -> "percentage_points"."""
    unit = re.sub(rf"(?<=\d)[{THOUSANDS_SPACES}](?=\d)", "", unit.lower().replace(",", ""))   # "per 100 000" too
    return re.sub(r"[^a-z0-9]+", "_", unit).strip("_")


def numbers_in(quote: str) -> list[tuple[float, float | None]]:
    """All values a quote states (both ends of a range), each with its precision, for cross-checking a ledger row.
    A factor ("doubled", "1.6 times") has no precision here: its reading is the finder's own (half of it, or 1),
    not the default reading of digits."""
    values = []
    for m in find_mentions(quote):
        precision = None if m.kind == "multiplier" else m.precision
        if m.value is not None:
            values.append((m.value, precision))
        if m.value_to is not None:
            values.append((m.value_to, precision))
    return values


def parse_number(written: str) -> tuple[float, float]:
    """A written number -> (value, precision). '435,000' -> (435000, 1000); '1.6' -> (1.6, 0.1)."""
    digits = re.sub(f"[,{THOUSANDS_SPACES}]", "", written).strip()
    if digits and digits[-1] in VULGAR:  # finder v18: "2 ½" -> 2.5, precision a quarter
        return float(digits[:-1].strip() or 0) + VULGAR[digits[-1]], 0.25
    if "." in digits:
        decimals = len(digits.split(".")[1])
        return float(digits), 10.0 ** -decimals
    value = float(digits)
    trailing = len(digits) - len(digits.rstrip("0")) if value else 0
    return value, 10.0 ** trailing if trailing < 309 else math.inf   # past a float: refused as too large, not raised


def spelled_value(text: str) -> float:
    """'four dozen' -> 48, 'twenty-five' -> 25, 'tens of thousands' -> 10000, 'a dozen' -> 12, 'a million' -> 1e6."""
    words = re.split(r"[\s-]+", text.lower().strip())
    if words[:2] in (["tens", "of"], ["hundreds", "of"]):
        return (10.0 if words[0] == "tens" else 100.0) * SCALES[words[2].rstrip("s")]
    if words[-2:] == ["half", "dozen"]:  # finder v18: "a half-dozen", "a half dozen" -> 6
        return 6.0
    if words[:2] == ["half", "a"]:
        return 0.5 * spelled_value("a " + " ".join(words[2:]))
    if words[0] in ("a", "an"):
        words = ["one", *words[1:]]
    if len(words) > 1 and words[-1] == "trillion":   # text2num reads up to billions: "half a trillion" raised
        return spelled_value(" ".join(words[:-1])) * SCALES["trillion"]
    dozen = words[-1] == "dozen"
    if dozen:
        words = words[:-1]
    try:
        value = float(text2num(" ".join(words), "en")) if words else 1.0
    except ValueError:
        raise ValueError(f"cannot read {text!r} as a number") from None
    return value * 12 if dozen else value


# ---- the grammar, step by step ----------------------------------------------------------

@dataclass
class _Core:
    """A number as the pattern found it, before its hedge and unit are read."""
    start: int
    end: int
    kind: str
    value: float | None
    precision: float
    value_to: float | None = None
    unit: str = ""
    hedge: str = ""
    scale: float = 1.0       # the scale word it carried ("million"), for a range's shared unit
    quote_start: int = -1
    per: str = ""            # a rate's base as written ("100,000"), and what it counts if printed ("deaths")
    counted: str = ""


# The pronoun "one": after a determiner that makes it "each of them", or before a modal verb ("one can assume").
# finder v10: "one of the largest cities", "one of the most dangerous": membership of the top of a set, no count
ONE_OF_THE_EXTREMES = re.compile(r"\s+of\s+(?:the|its|their|our|his|her|[A-Z][a-z]+['’]s)\s+(?:[\w’'-]+\s+)?"
                                 r"(?:[a-z]+est|most|top|leading|worst|best)\b")
PRONOUN_BEFORE = re.compile(r"\b(?:each|every|any|no|some)(?:\s+|-)$", re.IGNORECASE)  # finder v13: "no-one" too
PRONOUN_AFTER = re.compile(r"\s+(?:can|could|cannot|can't|must|should|would|might|may|has\s+to|needs\s+to)\b", re.IGNORECASE)
AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
OR_TWO_AFTER = re.compile(r"\s+or\s+two\b(?!\s+(?:more|of|other|[a-z]+s)\b)", re.IGNORECASE)  # finder v23: "a year or two"
# "a year" after a number is a rate ("740 a day"); alone it is one year only after a hedge or with "whole"
A_DURATION_HEDGE = re.compile(r"(?:more\s+than|less\s+than|over|under|nearly|almost|about|roughly|around|at\s+least|"
                              r"at\s+most|just\s+over|just\s+under|close\s+to|upwards\s+of"
                              # finder v19: an adverb of focus sizes a span ("only a day after", "just a week")
                              r"|only|just|merely|barely)\s+$", re.IGNORECASE)


# a number followed by "of" is a part of a set ("within one of the three priorities"), which a bound does not take
PARTITIVE_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
OF_EVERY = re.compile(r"\sof\s+every\s", re.IGNORECASE)
# "a year ago", "a decade earlier": one unit counted back or on from a moment is a span of one unit
SPAN_AFTER = re.compile(rf"\s+(?:{'|'.join(SPAN_AFTER_WORDS)})\b", re.IGNORECASE)
# "the highest in a decade", "jailed for a year": after one of these, "a year" is a span of one year
SPAN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(SPAN_PREPOSITIONS))})\s+$", re.IGNORECASE)
# "the low 30,000s", "the mid-40s": where in a plural number a value lies, written before it
PLURAL_NUMBER_BEFORE = re.compile(r"\b(?:the\s+)?(?:low|lower|mid|middle|high|upper)[\s-]+$", re.IGNORECASE)
# finder v11: the start of a line after a line break, with spaces or tabs only between (at the start of the whole text a
# sign stays a sign: "-18 percent was the worst month")
LIST_MARK_BEFORE = re.compile(r"\n[ \t]*$")
# finder v11: a decade of age after a possessive, with where in it ("their early 20s", "his late 30s", "her 40s")
AGE_DECADE_BEFORE = re.compile(r"\b(?:their|his|her|my|our|your|its)\s+(?:(early|mid|late)[\s-]+)?$", re.IGNORECASE)
AGE_DECADE_PART = {"early": (0, 4), "mid": (3, 6), "late": (5, 9)}  # the decade's first half, its middle, its second half
SIGNED_KINDS = {"number", "percent", "money", "scaled", "spaced"}
# a sign joined to a number stands after a space, a bracket or a separator, never after a word or a digit ("40-55")
SIGN_BEFORE = re.compile(rf"(?:^|(?<=[\s(\[{{:;,=/]))[{re.escape(''.join(SIGNS))}]$")


def _core(m: re.Match, source: str = "") -> _Core | None:
    core = _core_of(m, source)
    if core is None or not source:
        return core
    if m.lastgroup in SIGNED_KINDS and core.value is not None:
        sign = SIGN_BEFORE.search(source, max(0, core.start - 2), core.start)
        if sign and LIST_MARK_BEFORE.search(source, 0, sign.start()):
            sign = None  # finder v11: a dash that opens a line is a list's mark ("\n-144% higher than 2019"), no sign
        if sign:  # "(-30.1 percent; ...)", "+2.4%": the sign is part of the value
            core.start, core.value = sign.start(), core.value * SIGNS[sign.group()]
    age = AGE_DECADE_BEFORE.search(source, max(0, core.start - 24), core.start) \
        if m.lastgroup == "number" and re.fullmatch(r"[1-9]0", m.group()) and re.match(r"s\b", source[core.end:core.end + 2]) \
        else None
    if age:  # finder v11: "in their early 20s": an age group, a range of years within the decade of age
        low, high = AGE_DECADE_PART.get((age.group(1) or "").lower(), (0, 9))
        decade = core.value
        return _Core(core.start, core.end + 1, "range", decade + low, 0.0, decade + high, "years", hedge="-",
                     quote_start=age.start(1) if age.group(1) else core.start)
    if m.lastgroup in ("number", "spaced") and re.match(r"s\b", source[core.end:core.end + 2]):
        core.end += 1  # "the low 30,000s": a plural number, not a number of "s"
        place = PLURAL_NUMBER_BEFORE.search(source, max(0, core.start - 16), core.start)
        if place:
            core.quote_start = place.start()
    return core


def _core_of(m: re.Match, source: str = "") -> _Core | None:
    kind, text = m.lastgroup, m.group()
    start, end = m.start(), m.end()
    lower = text.lower()
    if kind == "a_duration":
        words = lower.split()
        if words[0].endswith("-long"):  # "a decade-long trend": one decade
            return _Core(start, end, "duration", 1.0, 0.0, unit=_plural(words[0].removesuffix("-long")))
        if words[0] in (*SPAN_BACK_QUALIFIERS, "last", *FORWARD_SPAN_QUALIFIERS):  # "the past decade", "the next decade"
            return _Core(start, end, "duration", 1.0, 0.0, unit=_plural(words[-1]))
        half = AND_A_HALF.match(source, end) if source and words[1] != "half" else None
        if half:  # finder v13: "a year and a half", "an hour and a half": one unit and a half, a span with or without a hedge
            return _Core(start, half.end(), "duration", 1.5, 0.0, unit=_plural(words[-1]))
        or_two = OR_TWO_AFTER.match(source, end) if source and words[1] != "half" else None
        if or_two:  # finder v23: "a year or two", "a day or two": one to two of the unit
            return _Core(start, or_two.end(), "range", 1.0, 0.0, 2.0, unit=_plural(words[-1]), hedge="to")
        if len(words) == 2 and not A_DURATION_HEDGE.search(source[max(0, start - 20):start]) \
                and not SPAN_BEFORE.search(source[max(0, start - 12):start]) and not SPAN_AFTER.match(source, end):
            return None  # "740 a day", "once a year": a rate or a manner of speaking, no number
        value = 0.5 if words[1] == "half" else 1.0
        return _Core(start, end, "duration", value, 0.0, unit=_plural(words[-1]))
    if kind in ("number", "spelled") and source:
        half = AND_A_HALF.match(source, end)
        # The words before "and a half" may make no number ("between three and three and a half years" reads
        # "three and three" as one phrase): then they are not read as one, and no duration is made of them.
        core = _core(m) if half and DURATION_AFTER.match(source, half.end()) else None
        if core:  # "three and a half months"
            core.value, core.precision, core.end = core.value + 0.5, 0.0, half.end()
            return core
        unit = DURATION_AFTER.match(source, end)
        half = AND_A_HALF.match(source, unit.end()) if unit else None
        core = _core(m) if half else None
        if core:  # finder v13: "two years and a half": "and a half" after the time unit, as before it
            return _Core(start, half.end(), "duration", core.value + 0.5, 0.0, unit=_plural(unit.group(1).lower()))
    if kind == "spelled" and lower in NUMBER_WORD_VERBS and source and \
            re.match(rf"\s+(?:{'|'.join(NUMBER_WORD_VERBS[lower])})\b", source[end:end + 12], re.IGNORECASE):
        return None  # "to zero out that balance", "zero in on": a verb with its particle, no number
    if kind == "spelled" and lower == "one" and source and ONE_OF_THE_EXTREMES.match(source, end):
        return _Core(start, end, "pronoun", None, 0.0)  # finder v10: "one of the largest": a member, not a count
    if kind == "spelled" and lower == "one" and source and (
            PRONOUN_BEFORE.search(source, max(0, start - 12), start) or PRONOUN_AFTER.match(source, end)):
        return _Core(start, end, "pronoun", None, 0.0)  # "each one including", "one can assume": no number
    if kind == "name" and LEGAL_CODE.fullmatch(text):  # finder v16: "287(g)": the section's number names it
        return _Core(start, end, kind, float(re.match(r"\d+", text).group()), 0.0)
    if kind == "name":  # "Title 42": the number is part of a name; its span is the digits
        start = start + re.search(r"\d+$", text).start()
        return _Core(start, end, kind, float(text[start - m.start():]), 0.0)
    if kind == "range" and _is_year_span(re.findall(NUM, text)) and not re.search(rf"percent|%|{_SCALE}", lower):
        return _Core(start, end, "year", float(text[:4]), 0.0)  # "2019-2021", "2014-15": years, not a range of counts
    if kind == "rate":  # "4.7 per 100,000", "12 deaths per 1,000 residents": the first number, counted per the base
        number, base = re.findall(NUM, text)[0], re.findall(NUM, text)[-1]
        value, precision = parse_number(number)
        joint = re.search(rf"\s{_RATE_BASE_WORDS}\s", text, re.IGNORECASE)
        scale = _scale_of(lower[:joint.start()])
        # A line may break inside the rate ("124 refugees\nresettled per 100,000"): the counted words span it.
        after = re.search(rf"{re.escape(number)}(?:\s*(?:{_SCALE}))?\s+(.*?)\s*$", text[:joint.start() + 1], re.S)
        counted = " ".join(after.group(1).split()) if after else ""
        clause = re.match(rf"({_RATE_WORD})\s+{_RATE_CLAUSE_VERB}\s", counted + " ")
        if clause and re.search(r"\s", counted.strip()):  # "people died of a drug overdose": the clause's subject
            counted = clause.group(1)
        base_end = text[joint.end():].strip()
        return _Core(start, end, kind, value * scale, _exact_if_count(precision) * scale, per=base_end,
                     counted=counted.lower())
    if kind == "short_year":  # "’08": the digits; 2000s below 50, 1900s from 50 (a period: the value only names it)
        two = int(m.group("short_year"))
        return _Core(m.start("short_year"), end, "year", float(2000 + two if two < 50 else 1900 + two), 0.0)
    if kind in ("date", "time", "fiscal_year", "decade", "year", "ordinal"):
        return _Core(start, end, kind, _period_value(kind, text), 0.0)
    if kind == "minor_money":  # finder v11: "nearly 2¢" is 0.02 usd; "52¢ per $100" is 0.52 usd per $100
        value, precision = parse_number(re.search(NUM, text).group())
        currency = "gbp" if re.search(r"\d\s?(?:pence|p)\b", lower) else "usd"
        base = re.search(rf"\s(?:per|for\s+(?:every|each))\s+({_CURRENCY}.*)$", text)
        unit = f"{currency} per {base.group(1)}" if base else currency
        return _Core(start, end, "money", value / 100, _exact_if_count(precision) / 100, unit=unit)
    if kind == "money":
        currency = next(c for c in sorted(CURRENCIES, key=len, reverse=True) if lower.startswith(c))
        value, precision = parse_number(re.search(NUM, text).group())
        scale = _scale_of(lower)
        return _Core(start, end, kind, value * scale, precision * scale, unit=CURRENCIES[currency], scale=scale)
    if kind == "range":
        (low, p_low), (high, p_high) = (parse_number(n) for n in re.findall(NUM, text))
        scale = _scale_of(lower) if re.search(_SCALE, lower) else 1.0
        percent = bool(re.search(r"percent|per\s?cent|%", lower))
        stated = [p for p in (p_low, p_high) if p]
        precision = min(stated) if stated else 0.0
        precision = min(precision, 1.0) if percent else _exact_if_count(precision)
        return _Core(start, end, kind, low * scale, precision * scale, high * scale, "percent" if percent else "",
                     hedge="-", scale=scale)
    if kind == "percent_fraction":  # "half a percent" -> 0.5 percent, read as "half a percentage point" is (v12)
        fraction = re.match(rf"(?:an?\s+)?half|\w+[\s-]{_DENOMINATOR}", lower).group()
        value = _fraction_value(fraction) / 100
        return _Core(start, end, "percent", value, value / 2, unit="percent")
    if kind == "points":  # finder v12: "half a percentage point" -> 0.5, "a point and a half" -> 1.5 percentage points
        first = lower.split()[0]
        value = 0.5 if first == "half" else POINT_NUMBER_WORDS.get(first, 1.0)
        value += 0.5 if lower.endswith("and a half") else 0.0
        return _Core(start, end, "percent", value, min(value, 1.0) / 2, unit="percentage points")
    if kind == "percent":
        value, precision = parse_number(re.search(NUM, text).group())
        unit = "percent"
        return _Core(start, end, kind, value, min(precision, 1.0), unit=unit)
    if kind == "scaled":
        if re.match(r"(?:an?\s+)?half-", lower):  # "a half-million", "last year's half-billion sales"
            scale = SCALES[lower.rsplit("-", 1)[1]]
            return _Core(start, end, kind, scale / 2, scale / 10, scale=scale)
        if lower.startswith("half"):
            scale = spelled_value(lower) * 2
            return _Core(start, end, kind, scale / 2, scale / 10, scale=scale)
        if re.match(r"an?\s+quarter[\s-]", lower):  # finder v13: "a quarter million"
            scale = SCALES[re.split(r"[\s-]", lower)[-1]]
            return _Core(start, end, kind, scale / 4, scale / 10, scale=scale)
        value, precision = parse_number(re.search(NUM, text).group())
        scale = _scale_of(lower)
        return _Core(start, end, kind, value * scale, precision * scale, scale=scale)
    if kind == "fraction":
        return _Core(start, end, kind, _fraction_value(lower), 0.0, unit="percent")
    if kind == "multiplier":
        # finder v10: a factor's precision is half of it, as "doubled" (2, precision 1: [1.5, 2.5)) reads; "halved" is 0.5
        # with precision 0.25 ([0.375, 0.625): "cut by about half"), not 1.0, which would allow any fall from 0 to 100 %
        value = _multiplier_value(lower)
        return _Core(start, end, kind, value, 1.0 if value >= 1 else value / 2, unit="times")
    if kind == "unit_fraction":  # "a quarter of a century": 25 years; "half a century": 0.5 centuries (v18)
        fraction = next(FRACTION_OF_UNIT[f] for f in FRACTION_OF_UNIT if re.search(rf"\b{f}\b", lower))
        measure = next((u for u in MEASURE_UNITS if lower.endswith(u)), None)
        if measure:  # "a half mile" -> 0.5 miles
            return _Core(start, end, "number", fraction, 0.0, unit=MEASURE_UNITS[measure])
        short = next((u for u in SHORT_UNITS if lower.endswith(u)), None)
        if short:  # finder v13: "half an hour" -> 0.5 hours
            return _Core(start, end, "duration", fraction, 0.0, unit=_plural(short))
        unit = next(u for u in UNIT_IN_YEARS if lower.endswith(u))
        if fraction == 0.5:  # finder v18: half the unit the text names ("half a century" -> 0.5 centuries), as "half an
            return _Core(start, end, "duration", fraction, 0.0, unit=_plural(unit))  # hour" is 0.5 hours (v13)
        return _Core(start, end, "duration", fraction * UNIT_IN_YEARS[unit], 0.0, unit="years")  # a quarter: disputed
    if kind == "vague_span":  # "decades-long": a span of decades, as "dozens" is a number of dozens
        unit = lower.split("-")[0]  # "years of delays" (v10): the unit alone
        return _Core(start, end, "vague", 1.0, 1.0, unit=unit, hedge=unit)
    if kind == "vague":
        words = lower.split()
        if "or" in words:  # finder v13: "tens or hundreds of millions" reads as its first end, "tens of millions"
            tail = words[words.index("of") + 1:] if "of" in words else []
            lower = f"{words[0]} of {tail[0]}" if tail and words[0] in ("tens", "hundreds") else words[0]
            words = lower.split()
        hedge = " ".join(words[:2]) if words[0] in ("tens", "a") or (len(words) == 3 and words[0] != "several") \
            else words[0]  # finder v19: "several hundred million" is hedged by "several"
        value = _vague_value(lower)
        return _Core(start, end, kind, value, value, hedge=hedge)
    if kind == "spaced":  # "114, 434": the digits as one count
        value, precision = parse_number(re.sub(r"\s", "", text))
        return _Core(start, end, "number", value, _exact_if_count(precision))
    if kind == "number":
        value, precision = parse_number(text)
        return _Core(start, end, kind, value, _exact_if_count(precision))
    if kind == "spelled":
        try:
            value = spelled_value(text)
        except ValueError:  # "one one": number words that make no single number are not read as one (no traceback)
            return None
        scale = next((SCALES[w] for w in SCALES if re.search(rf"\b{w}\b", lower)), 1.0)
        return _Core(start, end, kind, value, scale if scale > 1 else 0.0, scale=scale)
    raise AssertionError(kind)


def _is_year_span(numbers: list[str]) -> bool:
    """'2019', '2021' or '2014', '15': a year and a later one (its last two digits may stand for it)."""
    if len(numbers) != 2 or not all(re.fullmatch(r"(?:1[89]|20)\d\d|\d\d", n) for n in numbers) \
            or len(numbers[0]) != 4:
        return False
    first, second = int(numbers[0]), numbers[1]
    if len(second) == 4:
        return True  # as before: two years written out are a span, whichever comes first
    return int(second) > first % 100 or int(second) == (first + 1) % 100


def _period_value(kind: str, text: str) -> float | None:
    if kind == "year":
        return float(re.search(r"\d+", text).group())
    if kind == "fiscal_year":
        year = int(re.search(r"\d+", text).group())
        return float(year + 2000 if year < 100 else year)
    if kind == "date":
        year = re.search(r"\d{4}", text)
        return float(year.group()) if year else None
    if kind == "decade":
        digits = re.search(r"\d+", text).group()
        return float(digits if len(digits) == 4 else "19" + digits)
    if kind == "ordinal":
        digits = re.search(r"\d+", text)
        return float(digits.group()) if digits else float(ORDINAL_WORDS[text.lower()])
    return None


def _scale_of(lower: str) -> float:
    word = re.search(rf"({_SCALE})s?\b", lower)
    if word:
        return SCALES[word.group(1)]
    abbreviation = re.search(r"\d\s*(bn|mn|tn|m|b|k)\b", lower)
    return SCALE_ABBREVIATIONS[abbreviation.group(1)] if abbreviation else 1.0


def _exact_if_count(precision: float) -> float:
    """A count like '2,572' is exact; '435,000' (two or more trailing zeros) was probably rounded."""
    return precision if precision < 1 or precision >= 100 else 0.0


def _fraction_value(lower: str) -> float:
    """As a percentage: 'half' -> 50, 'two-thirds' -> 66.67, 'one in four' -> 25."""
    words = re.split(r"[\s-]+", lower)
    if "in" in words or "out" in words:
        part, whole = words[0], words[-1]
        return 100 * _small_number(part) / _small_number(whole)
    if words == ["half"]:
        return 50.0
    denominator = DENOMINATORS[words[-1].rstrip("s") if words[-1] != "halves" else "halves"]
    numerator = 1.0 if words[0] in ("a", "an") else _small_number(words[0])
    return 100 * numerator / denominator


def _small_number(word: str) -> float:
    return float(word) if word.isdigit() else float(text2num(word, "en"))


def _multiplier_value(lower: str) -> float:
    factor = re.match(r"a\s+factor\s+of\s+(.+)$", lower)
    if factor:  # finder v13: "a factor of three"
        written = factor.group(1)
        return float(written) if re.fullmatch(r"[\d.]+", written) else float(text2num(written, "en"))
    word = re.split(r"[\s-]+", lower)[0]
    half = re.match(r"(\w+)\s+and\s+a\s+half\s+times$", lower)
    if half:  # finder v23: "two and a half times" -> 2.5
        return (float(half.group(1)) if half.group(1).isdigit() else float(text2num(half.group(1), "en"))) + 0.5
    if word in MULTIPLIER_WORDS:
        return float(MULTIPLIER_WORDS[word])
    vulgar = re.match(rf"(\d+)\s?([{VULGAR_FRACTIONS}])", lower)
    if vulgar:  # finder v18: "2 ½ times" -> 2.5
        return float(vulgar.group(1)) + VULGAR[vulgar.group(2)]
    number = re.match(r"(\w+?)[\s-]?(?:fold|\s+times)$", lower.replace(",", "")) or re.match(r"([\d.]+|\w+)", lower)
    written = number.group(1)
    return float(written) if re.fullmatch(r"[\d.]+", written) else float(text2num(written, "en"))


def _vague_value(lower: str) -> float:
    words = lower.split()
    if words[0] in ("tens", "hundreds") and len(words) == 3:
        return spelled_value(lower)
    if words[0] in ("several", "a") and words[-2] == "hundred" and words[-1] != "hundred":
        return spelled_value("one hundred " + words[-1])  # finder v19: "several hundred million" -> 100,000,000
    if words[0] in ("several", "a"):
        return spelled_value("one " + words[-1])
    return float(VAGUE_UNITS[words[0]])


def _join_ranges(text: str, cores: list[_Core]) -> list[_Core]:
    """'2 million to 3 million', 'between 40 and 55 percent', '2 to 3 million': one range with a shared unit."""
    joined: list[_Core] = []
    index = 0
    while index < len(cores):
        first = cores[index]
        second = cores[index + 1] if index + 1 < len(cores) else None
        merged = _range(text, first, second) if second else None
        if not merged and second is not None:
            first = _scaled_like_the_end(text, first, second)
        joined.append(merged or first)
        index += 2 if merged else 1
    return joined


RANGEABLE = {"number", "percent", "money", "scaled", "spelled"}
CHANGE_VERB_BEFORE = re.compile(r"\b(?:rose|rises|risen|fell|falls|fallen|climbed|climbs|jumped|jumps|dropped|drops|"
                                r"increased|increases|decreased|decreases|declined|declines|gained|gains|slipped|slips|"
                                r"surged|surges|soared|soars|plunged|plunges|tumbled|tumbles|edged\s+(?:up|down))"
                                r"\s+(?:(?:about|nearly|almost|roughly|some|another|more\s+than|less\s+than)\s+)?$",
                                re.IGNORECASE)
MINOR_MONEY_END = re.compile(r"(?:¢|cents?)$", re.IGNORECASE)


def _scaled_like_the_end(text: str, first: _Core, second: _Core) -> _Core:
    """finder v13: "grew from 1.2 to 1.5 million", "fell from $1.9 to $1.5 billion": the two ends of a change written with
    one scale word share it, as a range's do; only a bare first number under 1,000 right before "to" and a scaled second."""
    if first.scale != 1.0 or second.scale <= 1.0 or first.value is None or not 0 < first.value < 1000 \
            or first.kind not in ("number", "money") or (first.kind == "money") != (second.kind == "money") \
            or not re.fullmatch(r"\s+to\s+", text[first.end:second.start]) \
            or not FROM_BEFORE.search(text[max(0, first.start - 40):first.start]) \
            or not 0.1 <= first.value * second.scale / second.value <= 10:  # "from 300 to 2 million": 300
        return first
    return replace(first, value=first.value * second.scale, precision=(first.precision or 1.0) * second.scale,
                   scale=second.scale)


def _range(text: str, first: _Core, second: _Core) -> _Core | None:
    if first.kind not in RANGEABLE or second.kind not in RANGEABLE:
        return None
    connector = RANGE_BETWEEN.fullmatch(text, first.end, second.start)
    if not connector:
        return None
    before = text[max(0, first.start - 40):first.start]
    between = BETWEEN_BEFORE.search(before)
    ranging = RANGING_FROM.search(before)
    if connector.group().split()[0].lower() == "and" and not between:
        return None  # "19%, 24% and 27%" lists figures
    level = FROM_A_LEVEL_BEFORE.search(before)
    if (FROM_BEFORE.search(before) or (level and not RANGE_VERB_BEFORE.search(before, 0, level.start()))) \
            and not ranging:
        return None  # "declined from 282,000 to 96,000" is a change, not a range; finder v23: so is "expand from its
        # current 400 to 3,800", a level named with a determiner and its adjectives
    if BY_BEFORE.search(before) and connector.group().split()[0].lower() == "to" and (
            not _shares_the_unit_after(first, second) or not BY_END_HEDGE_BEFORE.search(before)
            or _too_large_for_the_scale(first, second)):
        # finder v11: "slip by about $52 million to around $322 million": a change's size, then its end; finder v16: so
        # is "by more than 5,300 to just over 1.4 million": a bound before the first number (a range's end takes no
        # bound) or a first number written in full that the second's scale cannot carry (5,300 is not 5,300 million)
        return None
    if connector.group().split()[0].lower() == "to" and CHANGE_VERB_BEFORE.search(before) \
            and MINOR_MONEY_END.search(text, first.start, first.end) and text[second.start:second.start + 1] in "$€£":
        # after v24's first unseen score: "rose 11.4 cents to $5.623 a gallon": a change in cents, then the price it
        # reached, not a range from cents to dollars
        return None
    low, precision = first.value, first.precision
    if first.scale == 1.0 and second.scale > 1.0 and (first.kind in ("number", "spelled") or (
            first.kind == "money" and second.kind == "money" and first.unit == second.unit)):
        # finder v13: money too ("from $10 to $15 million": the scale is written once for both ends)
        if low * second.scale <= second.value:  # "2 to 3 million": the first number shares the scale
            low, precision = low * second.scale, (first.precision or 1.0) * second.scale
    if first.kind == "number" and second.kind == "percent":
        precision = min(first.precision or 1.0, 1.0)
    if low is None or second.value is None or low > second.value:
        return None  # "a ratio of 5,337 to 65"
    unit = second.unit or first.unit
    if first.unit and second.unit and first.unit != second.unit:
        return None
    if first.kind == "percent" and second.kind != "percent" and not (between or ranging):
        return None  # finder v10: "down 4.4% to 14,196": a share's change, then the count it reached, not a range
    stated = [p for p in (precision, second.precision) if p]
    hedge = "between" if between else connector.group().split()[0].lower()
    hedge = "-" if hedge in ("–", "—") else hedge
    opening = between or ranging
    quote_start = first.start - len(before) + opening.start() if opening else first.start
    return _Core(first.start, second.end, "range", low, min(stated) if stated else 0.0, second.value, unit,
                 hedge=hedge, scale=second.scale, quote_start=quote_start)


# finder v13: two hedges stacked, a bound outside a hedge of nearness ("at least approximately", "more than about", "up to
# roughly"): the bound is the claim's reading, the inner hedge only says the number is round
NEARNESS_SHAPES = frozenset({"around", "just_below"})
BOUND_SHAPES = frozenset({"at_least", "at_most", "above", "below"})
# finder v13: "as high as", "as low as" ... bound the number unless a comparison stands before them
SIZE_AS_HEDGES = frozenset({"as high as", "as large as", "as low as", "as few as", "as little as", "as many as",
                            "as much as"})
COMPARISON_BEFORE_AS = re.compile(r"\b(?:twice|thrice|times|half|not|nearly|almost|just|about|roughly|quite|so)\s+$",
                                  re.IGNORECASE)
# finder v13: "down from 62", "up from 40": the level a change started at
# finder v16: an adverb of focus may stand between ("up from just 31", "down from only four")
CHANGE_FROM_BEFORE = re.compile(rf"\b(?:up|down)\s+from\s+{_FOCUS}$", re.IGNORECASE)
# finder v13: "3.2 percentage points" (digits), as "half a percentage point" (words, v12)
PERCENTAGE_POINTS_AFTER = re.compile(r"\s+percentage[\s-]points?\b", re.IGNORECASE)
# finder v13: "within the last five years", "within the next 30 days": "within" bounds the span "the last" opens
WITHIN_A_SPAN_BEFORE = re.compile(r"(?<![\w-])(within)\s+the\s+(?:last|past|next|first|previous|coming|following)\s+$",
                                  re.IGNORECASE)


def _too_large_for_the_scale(first: _Core, second: _Core) -> bool:
    """finder v16: "by 5,300 to 1.4 million": a bare first number that, given the second's scale word, would pass the
    second ("5,300 million" > 1.4 million) does not share that scale: it is written in full, a change's size."""
    return first.scale == 1.0 and second.scale > 1.0 and first.value is not None and second.value is not None \
        and first.value * second.scale > second.value


def _shares_the_unit_after(first: _Core, second: _Core) -> bool:
    """finder v13: "by approximately 10 to 20 percent", "by 2 to 3 million": a bare first number that takes the unit the
    second one writes is a range's first end (a hedged range whose first end lacks the unit); "by $52 million to $322
    million" (both write it) and "by 300 to 4,500" (neither does) stay a change's size and its end (v11)."""
    bare = first.kind in ("number", "spelled") and not first.unit and first.scale == 1.0
    written = second.kind in ("percent", "money", "scaled") or second.scale > 1.0
    return bare and written


# "the death rate per 1,000 births": the number after "rate per" is the rate's base, not a count
RATE_PER_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(RATE_NOUNS))})\s+per\s+$", re.IGNORECASE)


# finder v13: "No. 1" (capital N and a point): the sign of a place
NUMBER_SIGN_BEFORE = re.compile(r"(?<![\w.])No\.\s?$")
# "in the top ten", "the top-10 list", "the bottom five": after a determiner, a rank word makes the number a rank
RANK_BEFORE = re.compile(rf"\b(?:the|its|their)\s+((?:{'|'.join(RANK_WORDS_BEFORE_A_NUMBER)})[\s-]+)$", re.IGNORECASE)


def _read(text: str, core: _Core, earlier: list[Mention]) -> Mention:
    """The mention with its hedge, reading and unit read from the words around it."""
    if core.kind in ("number", "scaled", "spelled") and RATE_PER_BEFORE.search(text, max(0, core.start - 20), core.start):
        core = _Core(core.start, core.end, "base", core.value, core.precision)
    rank = RANK_BEFORE.search(text, max(0, core.start - 20), core.start) if core.kind in ("number", "spelled") else None
    if core.kind == "number" and NUMBER_SIGN_BEFORE.search(text, max(0, core.start - 6), core.start):
        # finder v13: "the No. 1 cause", "ranked No. 3": a place, not a count
        return Mention(core.start, core.end, text[core.start:core.end], "ordinal", core.value, 0.0,
                       quote_start=core.start, quote_end=core.end)
    if rank:  # "the top ten": which places, not how many (a period of order, as an ordinal)
        return Mention(core.start, core.end, text[core.start:core.end], "ordinal", core.value, 0.0,
                       quote_start=rank.start(1), quote_end=core.end)
    if core.kind in PERIOD_KINDS:
        return Mention(core.start, core.end, text[core.start:core.end], core.kind, core.value, core.precision,
                       quote_start=core.start, quote_end=core.end)
    kind, unit, end = core.kind, core.unit, core.end
    hedge, quote_start, quote_end = core.hedge, core.quote_start if core.quote_start >= 0 else core.start, end
    if kind in ("number", "spelled", "range") and not unit:
        duration = DURATION_AFTER.match(text, core.end)
        if duration:  # "six months", "a 12-month span": the claim quotes the time unit too
            unit, quote_end = _plural(duration.group(1).lower()), duration.end()
            kind = "duration" if kind != "range" else kind
    if kind == "percent" and re.match(r"\s+(?:percentage\s+)?points?\b", text[end:end + 25], re.IGNORECASE):
        unit = "percentage points"
    if kind in ("number", "spelled", "range") and not unit and PERCENTAGE_POINTS_AFTER.match(text, end):
        unit = "percentage points"  # finder v13: "up 3.2 percentage points": the unit is the two words, after digits too
    if not hedge:
        after = HEDGE_AFTER.match(text, quote_end)  # "three years or more": after the time unit
        of_age = OF_AGE_AFTER.match(text, quote_end) if not after and unit == "years" else None
        if of_age:  # finder v23: "18 years of age or older": the hedge after "of age"
            after = HEDGE_AFTER.match(text, of_age.end())
        before = HEDGE_BEFORE.search(text, max(0, quote_start - LOOKBEHIND), quote_start)
        if before and HEDGES.get(before.group(1).lower()) in NEARNESS_SHAPES:
            outer = HEDGE_BEFORE.search(text, max(0, before.start(1) - LOOKBEHIND), before.start(1))
            if outer and outer.end() == before.start(1) and HEDGES.get(outer.group(1).lower()) in BOUND_SHAPES \
                    and not (kind == "duration" and outer.group(1).lower() in NOT_HEDGES_BEFORE_DURATIONS):
                before = outer  # finder v13: "at least approximately $14 billion": the outer bound is the claim's hedge
        if before and before.group(1).lower() in SIZE_AS_HEDGES and COMPARISON_BEFORE_AS.search(
                text, max(0, before.start(1) - 24), before.start(1)):
            before = None  # finder v13: "twice as high as 50,000", "not as low as": a comparison with the number, no bound
        if not before and kind == "duration":  # finder v13: "within the last five years": the bound reaches past "the last"
            before = WITHIN_A_SPAN_BEFORE.search(text, max(0, quote_start - LOOKBEHIND), quote_start)
        if before and before.group(1).lower() in VERB_HEDGES and DETERMINER_BEFORE.search(text, max(0, before.start() - 8), before.start()) \
                and not (kind in ("money", "percent")
                         and RELATIVE_THAT_BEFORE.search(text, max(0, before.start() - 40), before.start())):
            before = None
        if before and before.group(1).lower() == "top" and RANK_TOP_BEFORE.search(text, max(0, before.start() - 12),
                                                                                   before.start()):
            before = None  # finder v23: "the nation’s top 15 courts": a rank adjective after a possessive or "of"
        if before and before.group(1).lower() in COMPARATIVE_HEDGE_WORDS and CHANGE_SIZE_BEFORE.search(
                text, max(0, before.start() - 24), before.start()):
            before = None  # finder v23: "47% higher than 165,741": the number after "than" is the base of a change
        if before and before.group(1) == "Top" and HEADING_START_BEFORE.search(text, max(0, before.start() - 2),
                                                                                before.start()):
            before = None  # finder v19: "Top 10 States in ...": a heading's rank adjective, no verb that bounds
        if before and before.group(1).lower() in HEDGE_VERBS and before.end(1) < before.end() and \
                re.search(r"\ban?\s+$", before.group()):
            before = None  # "surpassed a 25-year-old record": the verb's object is the record, not the number
        if before and before.group(1).lower() == "up to" and PARTICLE_UP_BEFORE.search(text, max(0, before.start(1) - 24),
                                                                                  before.start(1)):
            before = None  # finder v11: "jumped back up to 14,138", "went up to": "up" is the verb's particle, no bound
        if before and before.group(1).lower() == "about" and ABOUT_AS_PREPOSITION.search(
                text, max(0, before.start(1) - 24), before.start(1)):
            before = None  # finder v12: "concerned about two Council actions": "about" is "on", no hedge
        if not before and not after:  # finder v11: "nearly hit 15,000", "almost reached": a hedge before a verb of meeting
            before = HEDGE_THEN_MEETING_VERB.search(text, max(0, quote_start - LOOKBEHIND), quote_start)
        if after:
            hedge = {"-plus": "plus"}.get(after.group(1).strip().lower(), " ".join(after.group(1).lower().split()))
            quote_end = after.end()
        elif before and not (kind == "duration" and before.group(1).lower() in NOT_HEDGES_BEFORE_DURATIONS
                             and not OVER_AS_MORE_THAN_BEFORE.search(text, max(0, before.start(1) - 6), before.start(1))) \
                and not (before.group(1).lower() in BOUND_HEDGES and PARTITIVE_AFTER.match(text, end)):
            hedge, quote_start = before.group(1).lower(), before.start(1)  # not "within one of the priorities"
            hedge = " ".join(re.sub(r"[”\"’]", " ", hedge).split())  # finder v16: '"a minimum" of': a minimum of
            if before.group(1) != before.group().split()[0] and quote_start and text[quote_start - 1] in "“\"‘":
                quote_start -= 1  # "“at least” a 57-year": the quote takes both marks
    reading = HEDGES.get(hedge, "rounding") if hedge else "rounding"
    if kind == "rate":
        counted = _own_noun(text, core.end) if not core.counted and OF_EVERY.search(text, core.start, core.end) else ""
        # "31 of every 100,000 residents": what "of every" takes a part of is what the rate counts
        counted = counted or _rate_counted(text, core, quote_start, hedge, earlier)
        # a unit taken from an earlier rate carries that rate's base ("people per 100,000"): its base is this one's
        counted = counted.split(" per ")[0]
        unit = f"{counted} per {core.per}".strip()
        base = _phrase_after(text, core.end)[0]
        if base and _head(base) in MEASURE_BASE_UNITS:  # finder v17: "per 100 million vehicle miles": a base of a measure
            unit = f"{unit} {' '.join(w.lower() for w in base)}"
        elif base and _is_plural_noun(base[-1]) and base[-1].lower() not in PER_CAPITA_BASES \
                and counted.lower().endswith(ROLE_NOUN_ENDINGS) and counted.lower() not in EVENT_PLURALS \
                and re.search(rf"\b{re.escape(counted)}\s+per\s", text[core.start:core.end], re.IGNORECASE):
            unit = f"{unit} {base[-1].lower()}"  # finder v18: "teachers per 10,000 students": people per people of a role
    if not unit and _is_age(text, core, quote_start, quote_end):  # "turned 18", "women between 18 and 44"
        unit, kind = "years", "duration" if kind != "range" else kind
    if not unit and kind in ("number", "spelled") and earlier and CHANGE_FROM_BEFORE.search(
            text, max(0, quote_start - 24), quote_start) and not _phrase_after(text, quote_end)[0]:
        prior = earlier[-1]  # finder v13: "55 days, down from 62": the bare number is the same measure as the count before
        if len(earlier) > 1 and prior.is_quantity and PLACE_COUNT_BEFORE.search(text, max(0, prior.start - 12), prior.start):
            prior = earlier[-2]  # finder v16: "78 offices across 20 states, up from 31": the count of where is no measure
        if prior.is_quantity and prior.unit and not re.search(r"[.;!?]\s", text[prior.end:quote_start]):
            unit = prior.unit
    if not unit and kind == "number" and P_VALUE_BEFORE.search(text, max(0, quote_start - 16), quote_start):
        unit = "p"  # finder v15: "(p = 0.030)", "P=.01", "a p-value of 0.04": a test's p-value, a probability
    if not unit:
        after = quote_end
        if kind == "vague":  # "thousands of migrants", "dozens of the states"
            # finder v14: a closing quotation mark around the magnitude ('"millions" of immigrants') does not end it
            of = re.match(r"[\"”’']?\s+of\s+(?:the\s+)?", text[after:after + 13], re.IGNORECASE)
            after += of.end() if of else 0
        after = _after_a_repeat(text, core, after, earlier)
        unit = head_unit(text, core.start, after, quote_start, hedge, earlier)
        if kind == "vague" and after == quote_end and core.value >= 1e6 and (
                MONEY_VERB_BEFORE.search(text, max(0, quote_start - 16), quote_start)
                or MONEY_CLAUSE_AFTER.match(text, quote_end)):
            unit = "usd"  # finder v23: "It costs millions each day", "spending millions on", "the billions it would cost"
        unit = _same_rate(text, core, quote_start, unit, earlier)
    cents = CENTS_AFTER.match(text, end) if kind == "spelled" and core.value is not None else None
    if cents:  # finder v23: "two cents more", "nine cents a gallon": money, read in dollars as "10 cents" is
        return Mention(core.start, cents.end(), text[core.start:cents.end()], "money", core.value / 100,
                       core.precision / 100, None, hedge, reading, "usd", quote_start, max(quote_end, cents.end()))
    precision = core.precision
    if kind == "vague":  # the order of magnitude, as the ledger records "tens of thousands"; a dozen is not a power of ten
        precision = core.value if re.fullmatch(r"10*", f"{core.value:.0f}") else 1.0
    return Mention(core.start, end, text[core.start:end], kind, core.value, precision, core.value_to, hedge, reading,
                   unit, quote_start, quote_end)


# finder v23: "18 years of age or older"
OF_AGE_AFTER = re.compile(r"\s+of\s+age(?=\s)", re.IGNORECASE)
# finder v23: a percentage or a multiplier before a comparative ("47% higher than 165,741", "three times larger than"):
# the number after "than" is what the change is measured from, no bound
CHANGE_SIZE_BEFORE = re.compile(r"(?:\d\s?%|\d\s+percent|\bper\s?cent|\btimes)\s+$", re.IGNORECASE)
COMPARATIVE_HEDGE_WORDS = frozenset(w for w in HEDGES if w.endswith(" than") and w.split()[0] in (
    "higher", "greater", "larger", "bigger", "lower", "smaller", "more", "less", "fewer"))
# finder v23: an amount in words followed by "cents" ("two cents", "nine cents a gallon") is money, in dollars
CENTS_AFTER = re.compile(r"\s+cents?\b", re.IGNORECASE)


# finder v15: a p-value's symbol before its number ("p = 0.030", "P<.001", "p-value of 0.04"); not "5 p.m."
P_VALUE_BEFORE = re.compile(r"(?<![\w.$])[pP](?:\s*(?:<=|>=|=|<|>|≤|≥)|[\s-]values?(?:\s+(?:of|was|is|were)|\s*(?:<=|>=|=|<|>|≤|≥)))\s*$")
AGE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(AGE_WORDS))})(?:\s+of)?\s+$", re.IGNORECASE)  # v17: "the age of 5"
# finder v17: people, then a bound, then a bare number: the bound is on their age ("children under five", "adults over 65")
AGED_PEOPLE_BOUND_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(AGED_PEOPLE))})\s+(?:under|over|below|above)\s+$",
                                      re.IGNORECASE)
AGED_PEOPLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(AGED_PEOPLE))})\s+$", re.IGNORECASE)


def _is_age(text: str, core: _Core, quote_start: int, quote_end: int) -> bool:
    """Is this whole number (or range) an age in years? After an age word ("turned 18", "aged 65 to 74") or a range
    right after people ("women between 18 and 44"), with no noun of its own after it, up to OLDEST_AGE."""
    if core.kind not in ("number", "spelled", "range"):
        return False
    values = [v for v in (core.value, core.value_to) if v is not None]
    # The bound first: an article may print a number too large for a float (infinite), which int() refuses.
    if not values or any(not 0 < v <= OLDEST_AGE or v != int(v) for v in values):
        return False
    if re.match(r"between\s+the\s+ages?\s+of\b", text[quote_start:quote_end], re.IGNORECASE):
        return True  # finder v10: "between the ages of 15 and 29" names its unit
    before = text[max(0, quote_start - 24):quote_start]
    if core.kind != "range" and AGED_PEOPLE_BEFORE.search(before) and AGE_BOUND_AFTER.match(text, core.end):
        return True  # finder v23: "people 65 and older", "voters 18 or over": people, a number, an open bound of age
    if _own_noun(text, quote_end):
        return False
    return bool(AGE_BEFORE.search(before)) or (core.kind == "range" and bool(AGED_PEOPLE_BEFORE.search(before))) \
        or bool(AGED_PEOPLE_BOUND_BEFORE.search(text, max(0, core.start - 32), core.start))  # finder v17: "children
    # under five" (the bound is the quote's hedge, so read before the number itself)


# finder v23: a magnitude of money with no noun of its own: the object of a verb of paying, or the subject of a clause
# of costing after it
MONEY_VERB_BEFORE = re.compile(r"\b(?:costs?|costing|spen[dt]|spends|spending|pa(?:y|ys|id|ying)|owes?|owed|owing)\s+$",
                               re.IGNORECASE)
MONEY_CLAUSE_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:it|they|this|that)\s+(?:(?:would|will|could|might|may|"
                                r"does|did|do)\s+)?(?:costs?|cost)\b", re.IGNORECASE)
AGE_BOUND_AFTER = re.compile(r"\s+(?:and|or)\s+(?:older|over|up|younger|under)\b", re.IGNORECASE)  # finder v23


# "eight (8) LEAs": a number repeated in digits in brackets; the noun after the brackets is what both count
REPEAT_AFTER = re.compile(rf"\s*\(\s*({NUM})\s*\)")


def _after_a_repeat(text: str, core: _Core, after: int, earlier: list[Mention]) -> int:
    """Where the noun phrase of a number starts when the number is written twice, "eight (8) LEAs": after the brackets,
    for the words and for the digits in them."""
    repeat = REPEAT_AFTER.match(text, after)
    if repeat and core.value is not None and parse_number(repeat.group(1))[0] == core.value:
        return repeat.end()
    previous = earlier[-1] if earlier else None
    if previous is not None and previous.value == core.value and core.kind == "number" \
            and re.fullmatch(r"\s*\(\s*", text[previous.quote_end:core.start]) \
            and re.match(r"\s*\)", text[core.end:core.end + 3]):
        return core.end + re.match(r"\s*\)", text[core.end:core.end + 3]).end()
    return after


OWN_RATE_AFTER = re.compile(r"\s+[a-z][a-z-]*\s+per\s", re.IGNORECASE)  # "171 bushels per acre"


def _same_rate(text: str, core: _Core, quote_start: int, unit: str, earlier: list[Mention]) -> str:
    """A number whose noun is what a rate earlier in its sentence counts, and of the rate's size, is a value of that rate:
    "(41.9 deaths per 100,000 births) than in Ohio (9.5 deaths)" -> deaths per 100,000."""
    if not unit or core.value is None:
        return unit
    sentence_start = _sentence_start(text, quote_start)
    for mention in reversed(earlier[-LOOK_BACK:]):
        if mention.end <= sentence_start:
            break
        counted, per, _ = mention.unit.partition(" per ")
        # after heldout31's, heldout40's and heldout45's first scores: a rate whose base has no number too ("171
        # bushels per acre, 12.9 bushels above"), its noun singular or plural ("up 0.1 bushel")
        own = mention.kind == "rate" or OWN_RATE_AFTER.match(text, mention.end)  # printed, not itself inferred
        if per and own and _plural_noun(counted.lower()) == _plural_noun(unit.lower()) and mention.value \
                and abs(core.value) <= 10 * abs(mention.value):
            return mention.unit
    return unit


def _plural(word: str) -> str:
    return "centuries" if word in ("century", "centuries") else word + "s"


def _plural_noun(word: str) -> str:
    """'homicide' -> 'homicides', 'fatality' -> 'fatalities'; a plural stays as it is."""
    if word.endswith("s"):
        return word
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


# "the homicide rate", "Maryland's murder rates": the noun before a rate noun names what the rate counts; an
# activity noun in -ing between them says how it is counted ("the homicide offending rate": homicides)
RATE_NAMED = re.compile(rf"(?<!['’])\b(?:([a-z][a-z-]*)\s+)?([a-z][a-z-]*)\s+(?:{'|'.join(sorted(RATE_NOUNS))})\b")
# a rate with its base, apart from its value: "the death rate per 1,000 births", "rates per 100,000 population"
RATE_BASE = re.compile(rf"\b(?:([a-z][a-z-]*)\s+)?([a-z][a-z-]*)\s+(?:{'|'.join(sorted(RATE_NOUNS))})\s+per\s+"
                       rf"((?:{NUM})(?:\s+(?:{_SCALE}))?)\b")


def _rate_noun(match: re.Match) -> str:
    """The noun a RATE_NAMED or RATE_BASE match says the rate counts, made plural; '' when it names none."""
    first, second = match.group(1), match.group(2)
    if second.endswith(RATE_ACTIVITY_ENDING) and first and _names_counted(first):
        return _plural_noun(first)  # "homicide offending rate" -> homicides
    if not _names_counted(second):
        return ""
    if first and second in KIND_DIVIDED_NOUNS and len(first) > 2 and first not in SCOPE_ADJECTIVES \
            and first not in STOP_WORDS and first not in MODIFIERS and first not in COMPARATIVES:
        return f"{first} {_plural_noun(second)}"  # "the violent crime rate" counts violent crimes (not "national")
    return _plural_noun(second)


def _names_counted(word: str) -> bool:
    return (word not in STOP_WORDS and word not in COMPARATIVES and word not in MODIFIERS and not _is_adjective(word)
            and not word.endswith("ly"))


def _rate_with_base(text: str, sentence_start: int, position: int) -> str:
    """The unit of a bare number at position whose sentence names a rate with its base ("the homicide rate per
    100,000 population began at 23.6" -> "homicides per 100,000"), or ''. The base's own digits are no value."""
    after = SENTENCE_END.search(text, position, min(len(text), position + 400))
    sentence_end = after.start() if after else min(len(text), position + 400)
    stated = re.match(NUM, text[position:position + 40])
    value = parse_number(stated.group())[0] if stated else None
    for match in RATE_BASE.finditer(text, sentence_start, sentence_end):
        base = parse_number(re.match(NUM, match.group(3)).group())[0] * _scale_of(match.group(3).lower())
        if match.start(3) <= position < match.end(3) or (value is not None and value >= base):
            continue  # the base itself; a count as large as the base is no rate per it ("a high of 4,100")
        counted = _rate_noun(match)
        if counted:
            return f"{counted} per {match.group(3)}"
    return ""


# finder v14: a rate named by a demonstrative ("that rate", "this year's rate", "that 2013 rate")
REFERRED_RATE = re.compile(rf"\b(?:that|this|the\s+same)\s+(?:[\w'’-]+\s+)?(?:{'|'.join(sorted(RATE_NOUNS))})\b",
                           re.IGNORECASE)


def _rate_continued(core: _Core, earlier: list[Mention]) -> str:
    """finder v16: a bare rate ("147 per 100,000") in a sentence that speaks of a rate whose noun names no count
    ("imprisonment rates", "the highest rates") continues the text's last rate on the same base that printed what it
    counts ("492 sentenced prisoners per 100,000"): a rate measures one population per its base, and the names it is
    given for (states, countries) are what is compared, never what is counted."""
    base = re.match(NUM, core.per or "")
    if not base:
        return ""
    size = parse_number(base.group())[0] * _scale_of(core.per.lower())
    for mention in reversed(earlier):
        counted, _, per = mention.unit.partition(" per ")
        stated = re.match(NUM, per)
        if mention.kind == "rate" and counted and stated \
                and parse_number(stated.group())[0] * _scale_of(per.lower()) == size:
            return counted
    return ""


def _rate_counted(text: str, core: _Core, quote_start: int, hedge: str, earlier: list[Mention]) -> str:
    """What a rate counts: the noun it prints ("12 deaths per 1,000"); else the noun before the rate noun nearest
    it in its sentence, made plural ("the murder rate ... 8.8 per 100,000" -> murders); else the unit the sentence
    means for a bare number."""
    parts = bool(re.search(r",|\band\b", core.counted))  # "murders, rapes, robberies and assaults": what it adds up
    if core.counted and not parts:
        head = _head(core.counted.split())
        if head:
            return head
    sentence_start = _sentence_start(text, quote_start)
    after = SENTENCE_END.search(text, core.end, min(len(text), core.end + 400))
    sentence_end = after.start() if after else min(len(text), core.end + 400)
    named = [m for m in RATE_NAMED.finditer(text, sentence_start, sentence_end) if _rate_noun(m)]
    if not named and not parts and REFERRED_RATE.search(text, sentence_start, core.start):
        # finder v14: "The violent crime rate ... has fallen; that 2013 rate of 367.9 per 100,000 people": "that rate" is
        # the rate the clause before names
        previous_start = _sentence_start(text, max(0, sentence_start - 2))
        named = [m for m in RATE_NAMED.finditer(text, previous_start, sentence_start) if _rate_noun(m)][-1:]
    if parts and not named:
        return _head(re.split(r"[\s,]+", core.counted.strip()))
    if not named and not core.counted and RATE_NAMED.search(text, sentence_start, sentence_end):
        continued = _rate_continued(core, earlier)
        if continued:  # finder v16: "the lowest imprisonment rates include Maine (147 per 100,000)"
            return continued
    if named:
        nearest = min(named, key=lambda m: min(abs(m.start() - core.start), abs(m.end() - core.end)))
        return _rate_noun(nearest)
    return _unit_from_context(text, core.start, quote_start, hedge, earlier)


# ---- units: the head noun of the phrase a number starts ----------------------------------

# Words that end the noun phrase after a number.
STOP_WORDS = frozenset("""of in on at to for from by with who whom whose that which were was are is be been being have
has had and or but than as per each since during between over under into onto across after before while so because if
when where would will could can may might must shall should did do does not no nor this these those it its their his
her our your my a an the according said says told due like about around despite within without through toward
towards against among amid along beyond via versus until upon off out up down near last next every""".split())
# Past participles that do not end in -ed: after a noun they start a clause ("individuals held in").
IRREGULAR_PARTICIPLES = frozenset("""held known taken given seen made found kept left sent brought caught shown born paid
put set told won lost built sought led""".split())
# Words that modify the head but are never it ("10,000 more staff", "1 million annual deportations").
MODIFIERS = frozenset("""more new additional other fewer extra total annual daily monthly weekly yearly current former
different such many much few full last next first only same own record""".split())
# Nouns that measure rather than count: the unit is the noun before them or after "in"/"of".
MEASURE_NOUNS = frozenset("average rate count total tally figure level mark milestone threshold number population "
                          "backlog share majority target goal quota pace cap need".split())
ANAPHORA = frozenset("others ones them those more".split())
# finder v18: "pounds" after a number is a weight ("5,000 pounds of fentanyl"); British money is written "£" (CURRENCIES)
CURRENCY_WORDS = {"dollars": "usd", "dollar": "usd", "euros": "eur"}
SPEED_AFTER = re.compile(rf"\s+per\s+({'|'.join(sorted(SPEED_TIME_UNITS))})\b", re.IGNORECASE)  # finder v18
TIME_WORDS = frozenset(w + s for w in TIME_UNITS for s in ("", "s")) | {"centuries", "today", "tonight"}
ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ic", "ary", "ed", "ful", "less", "able", "ible", "ant", "ent")
ADJECTIVE_WORDS = frozenset("known new old former current true overall average largest highest lowest".split())
# finder v10: a word joined to digits by a hyphen ("K-12 students", "COVID-19 deaths") is one modifier
# finder v19: a code with a letter after its digits is one word ("H-2A", "I-94W"), never a lone letter "h"
_TOKEN = re.compile(r"[A-Za-z]+-\d+[A-Za-z]*\b(?!-\d)|(?:[A-Za-z]\.){2,}(?:-[A-Za-z]+)?|[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?|[^\sA-Za-z]")
PARENTHESIS_BEFORE = re.compile(r"([A-Za-z][A-Za-z-]*)\s*\(\s*$")
TITLE_CASE_BEFORE = re.compile(r"(?-i:\b[A-Z][a-z]+)\s+$")
# The lookahead lets the engine skip a position that cannot start a word before trying every noun there.
# "the total for the seven serious crimes": a measure's "for" names what it counts as "of" does, past a determiner and
# a number of its own
MEASURE_IN_SENTENCE = re.compile(rf"\b(?=[A-Za-z])({'|'.join(sorted(MEASURE_NOUNS))})\b(?:\s+(of|in)\s+|\s+(for)\s+"
                                 rf"(?:(?:the|these|those|its|their|all)\s+)?(?:(?:{_WORD})\s+)?)?", re.IGNORECASE)
NOT_NOUN_UNITS = {"percent", "usd", "eur", "gbp", "times", "percentage points"}


# A temperature: a degree sign ("90°F", "5 °C"), or the scale's capital letter standing alone ("43.3 C (110 F)") where the
# words around it speak of heat or weather ("Grade 5 C students" is no temperature). The unit is degrees, as "102 degrees
# Fahrenheit" reads: a lone letter names nothing a reader or a checker can look up.
DEGREE_SIGN_AFTER = re.compile(r"\s?°")
SCALE_LETTER_AFTER = re.compile(r"\s(?-i:[FC])(?![\w'’.-]|\.\w)")
TEMPERATURE_WORDS = re.compile(r"\b(?:temperatures?|heat|hot|warm|cool|cold|freez\w*|degrees?|fahrenheit|celsius|weather|"
                               r"forecast\w*|thermometers?|highs?|lows?)\b|°", re.IGNORECASE)


def _temperature(text: str, end: int) -> bool:
    if DEGREE_SIGN_AFTER.match(text, end):
        return True
    return bool(SCALE_LETTER_AFTER.match(text, end)) and bool(TEMPERATURE_WORDS.search(text, max(0, end - 200), end + 200))


def head_unit(text: str, start: int, end: int, quote_start: int, hedge: str, earlier: list[Mention]) -> str:
    """What the number at text[start:end] counts: the head noun of the phrase after it, or the one the sentence means."""
    if _temperature(text, end):
        return "degrees"
    joined = JOINED_NOUN_AFTER.match(text, end)
    if joined and _joined_noun(text[start:end], joined.group(1)):
        noun = joined.group(1).lower()  # finder v17: "a 38,521-bed capacity", "a two-phase operation", "a 6-foot wall"
        return JOINED_IRREGULAR_PLURALS.get(noun) or _plural_noun(noun)
    words, phrase_end = _phrase_after(text, end)
    measure_between = MEASURE_JOINED_BETWEEN.match(text, end)
    if not words and measure_between:  # finder v17: "four 1-gallon water jugs": the count is of the noun after the measure
        words, phrase_end = _phrase_after(text, measure_between.end())
    if words and all(_cannot_head(w) for w in words):
        words = []  # finder v17: "about 38 short", "600 now": the number is a noun, the reader supplies what it counts
    if not words:  # "more than 400 of these immigrants", "a dozen of the detainees"
        partitive = re.match(rf"\s+of\s+(?:{_POSSESSIVE}|all|all\s+the)\s+", text[end:end + 48], re.IGNORECASE)
        if partitive:
            words, phrase_end = _phrase_after(text, end + partitive.end())
    if not words:  # "Nearly 32,000 - or 64% - of detainees": the aside between dashes shares the "of" after it
        aside = ASIDE_THEN_OF.match(text, end, min(len(text), end + 90))
        if aside:
            words, phrase_end = _phrase_after(text, aside.end())
    if not words:  # "Nearly 8,000 were citizens of Venezuela": the number is the subject, the noun after "were" names it
        copula = COPULA_AFTER.match(text, end) or PARTITIVE_COPULA_AFTER.match(text, end)  # v23: "N of these are X"
        if copula:
            named, named_end = _phrase_after(text, copula.end())
            if named and _is_plural_noun(named[-1]) and not _is_participle(named[-1].lower()):
                words, phrase_end = named, named_end
    if not words:  # finder v11: "5,508 for unaccompanied children": the noun phrase "for" takes names whom the count is of
        beneficiary = re.match(r"\s+for\s+(?:(?:the|all)\s+)?(?=[a-z])", text[end:end + 12]) \
            if re.fullmatch(NUM, text[start:end]) else None  # a bare count ("tens of billions for agents" is money)
        if beneficiary:
            named, named_end = _phrase_after(text, end + beneficiary.end())
            if named and _is_plural_noun(named[-1]) and named[-1].lower() not in TIME_WORDS \
                    and named[-1].lower() not in STOP_WORDS and not _is_participle(named[-1].lower()):
                words, phrase_end = named, named_end
    if not words:  # finder v15: "1 of 12 (8.3%) deaths", "1,200 (45%) respondents": a count, its share in brackets, then
        bracket = SHARE_IN_BRACKETS.match(text, end, min(len(text), end + 40))  # its noun, which it counts
        if bracket:
            named, named_end = _phrase_after(text, bracket.end())
            if named and _is_plural_noun(named[-1]) and named[-1].lower() not in STOP_WORDS:
                words, phrase_end = named, named_end
    if not words:  # finder v10: "30,986 (48% of detainees)": the count is a share of the noun in brackets, which it counts
        share = SHARE_OF_AFTER.match(text, end, min(len(text), end + 40))
        if share:
            words, phrase_end = _phrase_after(text, share.end())
            words = words if words and _is_plural_noun(words[-1]) else []
    if words and words[0].lower() == "percent":
        return "percent"  # finder v23: "a four percent increase": a percentage in words, whatever noun it modifies
    measure = next((i for i, w in enumerate(words) if i and w.lower() in MEASURE_NOUNS
                    and not measure_modifies(words, i)), None)  # v23, second part: "H-1B cap registrations"
    if measure is not None:  # "the one million arrest target some officials ...": the phrase ends at its measure
        words = words[:measure + 1]
    # "the 2.1 million recorded the prior year": a participle alone starts a clause, it names nothing counted
    head = _head(words) if any(not _is_participle(w.lower()) for w in words) else ""
    modifier = words[-2].lower() if len(words) > 1 else ""
    if head in CLASSIFIER_NOUNS and _classifier_modifier(modifier):
        head = f"{modifier} {head}"  # "131,380 family units", "2,000 housing units": "units" alone names nothing
    if head in KIND_NAMED_NOUNS and _classifier_modifier(modifier) and not _is_plural_noun(modifier):
        head = f"{modifier} {head}"  # finder v18: "71,000 asylum seekers", "50,000 green cards": a seeker, a card of what
    if head in LENGTH_UNITS and modifier in DIMENSION_WORDS:
        head = f"{modifier} {head}"  # finder v18: "38 square miles" is an area, not a length
    if head in RATE_OF_MEASURE_UNITS and words and words[-1].lower() == head:
        speed = SPEED_AFTER.match(text, phrase_end)
        if speed:  # finder v18: "25 megabits per second", "65 miles per hour": a speed, the measure per its time unit
            head = f"{head} per {speed.group(1).lower()}"
    if head and words and words[-1].lower() == head and head not in TIME_WORDS and head not in CURRENCY_WORDS \
            and head not in NOT_A_COUNT_PER and head not in MEASURE_NOUNS:
        for after in (PER_ONE_AFTER, PER_MODIFIED_ONE_AFTER):  # finder v23: "171 bushels per acre", "4,500 cases per
            base = after.match(text, phrase_end)  # immigration judge" (the noun alone first: "per acre last summer")
            if base and _one_base(base):
                return f"{head} per {base.group('base').lower()}"
    if head in SELF_COUNTING_MEASURES and not _head(words[:-1]):  # "500K to 999K population": the population
        return head
    if head in MEASURE_NOUNS:  # "the 660 daily arrest average", "2 million mark in deportations"
        measured = _head(words[:-1])
        if measured:
            return measured
        following = re.match(r"\s+(?:in|of)\s+", text[phrase_end:phrase_end + 8])
        if following and re.match(r"[A-Z]", text[phrase_end + following.end():phrase_end + following.end() + 1]):
            following = None  # finder v19: "a revised 588,000 rate in September": a name after "in" says when or where,
            # never what the measure counts; the figure continues the count before ("519,000 units")
        if following:
            head = _head(_phrase_after(text, phrase_end + following.end())[0])
            if head:
                return head
        if not measured and not following:  # "that 43,731 number", "the 2 million mark": a figure already given
            earlier_count = _last_count(text, start, earlier)
            if earlier_count:
                return earlier_count
    elif head and head not in ANAPHORA:
        return CURRENCY_WORDS.get(head, head)
    return _unit_from_context(text, start, quote_start, hedge, earlier, bool(REFERS_BACK.match(text, end)))


# ---- finder v23: a count per one of something ------------------------------------------------------------------------
# "171 bushels per acre", "4,500 cases per immigration judge", "50 bushels an acre": the count's noun, then "per" (or "a",
# "an" before a unit of measure) and one singular noun, a noun modifier allowed before it; not "per the", "per cent"
PER_ONE_AFTER = re.compile(r"\s+(?P<word>per|an?)\s+(?P<modifier>)(?P<base>[a-z][a-z]*)\b(?![-'’]|\s+of\b)")
PER_MODIFIED_ONE_AFTER = re.compile(r"\s+(?P<word>per|an?)\s+(?P<modifier>[a-z][a-z-]*)\s+(?P<base>[a-z][a-z]*)\b"
                                    r"(?![-'’]|\s+of\b)")
NOT_A_COUNT_PER = frozenset("cents cent percent points times".split())


def _one_base(match: re.Match) -> bool:
    """finder v23: is the noun after "per" (or "a") one of what a count is divided by? A singular unit of measure or a
    person ("per acre", "per judge", "per officer"), no time unit, no stretch of time ("per year", "per pay period": the
    labels count those as the count alone), no event ("per flight"), no function word; after "a"/"an", only a unit of
    measure or a head ("an acre", "a head"), never an object ("gave 40 students a chance")."""
    base, modifier = match.group("base").lower(), (match.group("modifier") or "").lower()
    if base in STOP_WORDS or base in TIME_WORDS or base in PER_NOT_A_BASE or base.endswith("s") and base != "bus":
        return False
    if modifier and (modifier in STOP_WORDS or modifier in TIME_WORDS or modifier in NUMBER_WORDS
                     or modifier in MODIFIERS or modifier in PER_NOT_A_BASE):
        return False
    if match.group("word") != "per":
        return not modifier and base in A_BASE_UNITS
    return base in A_BASE_UNITS or base in MEASURE_BASE_UNITS or base in PER_PERSON_BASES or (
        base.endswith(("er", "or", "ist", "ian", "ant", "ent")) and len(base) > 4)


# ---- finder v17: the noun the reader supplies ------------------------------------------------------------------------
# a number joined by a hyphen to a singular noun ("1-gallon", "38,521-bed", "two-phase"); not a second hyphen after it
# ("a 4-year-old", "a 3-to-1 vote")
JOINED_NOUN_AFTER = re.compile(r"-([a-z]{3,})\b(?![-\d])")
# the irregular plurals of nouns a number is joined to ("a 6-foot wall", "a five-man crew")
JOINED_IRREGULAR_PLURALS = {"foot": "feet", "man": "men", "woman": "women", "child": "children", "person": "people"}
# a number, then a measure joined to its noun, then the noun the number counts ("four 1-gallon water jugs")
MEASURE_JOINED_BETWEEN = re.compile(rf"\s+(?:{NUM}|{_WORD})-[a-z]{{3,}}\s+(?=[a-z])", re.IGNORECASE)


def _joined_noun(number: str, word: str) -> bool:
    """finder v17: is word, joined to the number by a hyphen, the noun the number measures ("a 38,521-bed capacity": 38,521
    beds; "a two-phase operation": two phases)? A compound adjective names its unit as "4.6-percent" does (v16). Not a
    word another rule reads ("7-fold", "20-plus", "12-month", "3-million"), an adjective ("a 90-strong crowd", "a
    ten-long run") or a function word, and not after "one" ("one-way", "one-time": adjectives of kind, no count)."""
    lower = word.lower()
    return number.lower() != "one" and lower not in STOP_WORDS and lower not in SCALES and lower not in TIME_WORDS \
        and lower not in ("fold", "plus", "odd", "percent", "point", "points", "cent", "cents", "ish", "something") \
        and not _cannot_head(lower) and not (_is_adjective(lower) and len(lower) > 4) and not _is_participle(lower) \
        and not lower.endswith("ing")
def _cannot_head(word: str) -> bool:
    """finder v17: a word that cannot be the head of the noun phrase after a number, by its class: an adverb of time,
    frequency, focus or degree ("now", "still", "mostly"), a predicative adjective of standing or of amount ("short",
    "ahead", "strong", "high", "fewer"), an irregular past tense ("saw", "fell"). After one of them the number is itself
    the noun phrase, and counts what its clause or the sentence before counts."""
    lower = word.lower()
    return (lower in CLAUSE_ADVERBS or lower in STANDING_ADJECTIVES or lower in MAGNITUDE_ADJECTIVES
            or lower in COMPARATIVES or lower in IRREGULAR_PAST_TENSES or (lower.endswith("ly") and len(lower) > 4))


def _plural_shape(lower: str) -> bool:
    """finder v17: spelled as a plural noun whatever its case ("Haitians", "Medications")."""
    return (len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
            and lower not in S_SINGULARS and lower not in MODIFIERS and lower not in STOP_WORDS)


# "the 25", "of the 52": a determiner, then the bare number
DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _restated_figures(text: str, mentions: list[Mention]) -> list[Mention]:
    """finder v17: a bare number after "the", with no noun of its own, is a figure already given in its sentence ("a
    review of 25 of the 52 police departments showed 15 of the 25 had fewer slayings"): it counts what the earlier
    number of the same value counted. Only in the same sentence (a clause after a semicolon may give another city's
    figure of the same value)."""
    out = list(mentions)
    for index, mention in enumerate(out):
        if not (mention.is_quantity and mention.kind in BARE_KINDS and re.fullmatch(NUM, mention.text)
                and DEFINITE_BEFORE.search(text, max(0, mention.quote_start - 8), mention.quote_start)
                and not _own_noun(text, mention.quote_end)):
            continue
        sentence_start = _sentence_start(text, mention.quote_start)
        for given in reversed(out[:index]):
            if given.end <= sentence_start:
                break
            if given.is_quantity and given.value == mention.value and given.kind in BARE_KINDS and given.unit \
                    and given.unit not in NOT_NOUN_UNITS and given.unit.rstrip("s") not in TIME_UNITS \
                    and " per " not in given.unit:
                out[index] = replace(mention, unit=given.unit)
                break
    return out
    value = parse_number(text[start:end])[0]
    window = _sentence_start(text, quote_start)  # not a figure of another clause ("... from the 392 in 2007; and the
    # 234 homicides in Baltimore were 17 percent less than the 392 the year before": another city's 392)
    for mention in reversed(earlier[-LOOK_BACK:]):
        if mention.end <= window:
            break
        if mention.is_quantity and mention.value == value and mention.kind in BARE_KINDS and mention.unit \
                and mention.unit not in NOT_NOUN_UNITS and mention.unit.rstrip("s") not in TIME_UNITS \
                and " per " not in mention.unit:
            return mention.unit
    return ""


def _is_participle_kind(word: str) -> bool:
    """finder v11: an -ing word that says what kind a measure is ("running", "rolling", "moving" average), not a noun."""
    return word in MEASURE_KIND_PARTICIPLES


def _classifier_modifier(word: str) -> bool:
    """finder v11: a word that names what a classifier noun ("units", "items") counts, whatever its form ("family units",
    "rental units", "Family units saw a peak of 16,330"): not a word of degree or novelty ("more units", "new units"), a
    participle ("units added") or a function word."""
    word = word.lower()
    return bool(word) and word.isalpha() and word not in MODIFIERS and word not in ADJECTIVE_WORDS \
        and word not in STOP_WORDS and not _is_participle(word) and not word.endswith("est")


# finder v10: a count, then its share of a whole in brackets ("30,986 (48% of detainees)", "1,200 (about 5 percent of all
# arrests)")
SHARE_OF_AFTER = re.compile(rf"\s*\(\s*(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than)\s+)?"
                            rf"(?:{NUM})\s?(?:%|percent\b|per\s?cent\b)\s+of\s+(?:(?:all|the|all\s+the)\s+)?", re.IGNORECASE)
# finder v15: a share in brackets and nothing else ("(8.3%)", "(about 45 percent)")
SHARE_IN_BRACKETS = re.compile(rf"\s*\(\s*(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than)\s+)?"
                               rf"(?:{NUM})\s?(?:%|percent\b|per\s?cent\b)\s*\)\s*", re.IGNORECASE)
# finder v17: a number, then a participle or a past tense: the number is a clause's subject ("2 charged, 1 convicted")
BREAKDOWN_AFTER = re.compile(rf"(?:{NUM}|[a-z]+)\s+([a-z]+ed|{'|'.join(sorted(IRREGULAR_PAST_TENSES | IRREGULAR_PARTICIPLES))})\b",
                             re.IGNORECASE)
# "8,000 were citizens", "300 are children": a number, then a copula
COPULA_AFTER = re.compile(r"\s+(?:were|are)\s+", re.IGNORECASE)
# an aside in dashes or parentheses right after a number, then "of" ("32,000 - or 64% - of detainees")
ASIDE_THEN_OF = re.compile(r"\s*(?:[-–—]\s[^-–—.;()]{1,60}\s[-–—]|\([^().;]{1,60}\))\s*of\s+(?:the\s+)?", re.IGNORECASE)
# "of them", "who": the number stands for people or things named before it ("apprehended 68,631 of them",
# "has released 15,811 who have been convicted"), not for the count of the verb before it
REFERS_BACK = re.compile(r"\s+(?:of\s+(?:them|these|those)|who|whom)\b", re.IGNORECASE)


def _names_before_plural(tokens: list, index: int) -> bool:
    """finder v12: a run of one to three capitalised words, then a plural noun ("nine southwest Border Patrol sectors"):
    a name that modifies the plural head, not a new phrase ("officers President Trump praised")."""
    for token in tokens[index:index + 4]:
        word = token.group()
        if not word[:1].isupper():
            return _is_plural_noun(word) and word.lower() not in STOP_WORDS
    return False


QUOTE_MARKS = frozenset('"“”‘’\'')


def _phrase_after(text: str, position: int) -> tuple[list[str], int]:
    """The words of the noun phrase that starts at position (at most six), and where it ends."""
    # 14 "snapshots"; finder v19: a quote closing right after the number too ('“several hundred million” doses')
    quote_mark = re.match(r"\s*(?:[\"“‘'”]|’(?=\s))", text[position:position + 4])
    position += quote_mark.end() if quote_mark else 0
    plus = re.match(r"-plus\b|\+(?=\s+[a-z])", text[position:position + 6])
    position += plus.end() if plus else 0  # finder v19: "one to three-plus months": the hedge stands between the range's
    # end and its noun
    tokens = list(_TOKEN.finditer(text, position, min(len(text), position + 160)))
    if tokens and "\n" in text[position:tokens[0].start()] and tokens[0].group()[:1].isupper():
        return [], position  # finder v23: a number that ends its line ("South Asia 35,000") takes no noun from the next
    words: list[str] = []
    phrase_end = position
    noun_seen = False
    listed = False  # finder v13: the phrase went on past a comma of a list of capitalised words
    skip_to = position
    for index, token in enumerate(tokens):
        word = token.group()
        lower = word.lower()
        following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
        if token.start() < skip_to:
            continue
        code = LEGAL_CODE.match(text, token.start()) if word.isdigit() and not noun_seen else None
        next_word = _TOKEN.search(text, code.end()) if code else None
        if next_word and re.fullmatch(r"\s*", text[code.end():next_word.start()]) and next_word.group()[:1].islower():
            skip_to = code.end()  # finder v16: "60 active 287(g) agreements": the code modifies the noun after it
            continue
        # finder v12: marks inside a noun phrase that do not end it: quotation marks around a modifier ('1,023,767
        # "active" cases', 'previously "closed" cases'), and the commas of a list of capitalised modifiers ("74 mostly
        # Honduran, Guatemalan, and Nicaraguan migrants"), as "and" joins two ("Honduran and Guatemalan migrants")
        if word in QUOTE_MARKS and words and following[:1].isalpha() and not _is_plural_noun(words[-1]):
            continue
        if word == "," and words and words[-1][0].isupper() and not words[-1].endswith("s") and (
                following[:1].isupper() or (following.lower() in ("and", "or") and index + 2 < len(tokens)
                                            and tokens[index + 2].group()[:1].isupper())):
            listed = True
            continue
        if not word[0].isalpha() or len(words) == 6:
            break
        if lower in ("and", "or") and words:
            following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
            proper = words[-1][0].isupper() and following[:1].isupper()
            adjective = _is_adjective(words[-1])
            if (proper or adjective) and following[:1].isalpha() and following.lower() not in STOP_WORDS:
                continue  # "Immigration and Customs Enforcement officers", "known or suspected gang members"
            after = tokens[index + 2].group() if index + 2 < len(tokens) else ""
            if words[-1][0].islower() and not _is_plural_noun(words[-1]) and following[:1].islower() \
                    and following.lower() not in STOP_WORDS and not _is_plural_noun(following) \
                    and after[:1].islower() and _is_plural_noun(after) and after.lower() not in STOP_WORDS:
                continue  # finder v10: "college and university students": two nouns modify one plural head
            break
        following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
        after_next = tokens[index + 2].group() if index + 2 < len(tokens) else ""
        if lower.endswith("ing") and len(lower) > 4 and lower not in STOP_WORDS and following[:1].islower() \
                and following.lower() not in STOP_WORDS and (
                    _is_plural_noun(following) or (  # finder v14: "1.6 million pending asylum applications"
                        following.isalpha() and not following.lower().endswith("ly") and not _is_participle(
                            following.lower()) and after_next[:1].islower() and _is_plural_noun(after_next)
                        and after_next.lower() not in STOP_WORDS)):
            words.append(word)  # "2,450 housing units", "40 remaining cases": a gerund before its noun modifies it
            phrase_end = token.end()
            continue
        if lower in STOP_WORDS or (lower.endswith("ing") and len(lower) > 4):
            break
        if (lower in COMPARATIVES and words and following.lower() == "than") or lower.endswith("wide"):
            break  # after heldout43's first score: "5,600 fish better than", "226,000 worldwide": no head of the phrase
        if word[0].isupper() and noun_seen and not _names_before_plural(tokens, index):
            break  # a capitalised word after the head starts a new phrase ("officers President Trump")
        if lower in COMPOUND_PARTICIPLES and words and not _is_plural_noun(words[-1]) and following[:1].islower() \
                and _is_plural_noun(following) and following.lower() not in STOP_WORDS:
            words.append(word)  # finder v13: "1,506 homicide related offenses": "drug-related" without its hyphen
            phrase_end = token.end()
            continue
        if noun_seen and _is_participle(lower) and not _is_adjective(words[-1]):
            break  # "immigrants detained", "families apprehended by": the participle starts a clause
        if words and lower in TIME_WORDS:
            if lower.endswith("s") and word[0].islower() and (
                    (not noun_seen and all(w.lower() in SEQUENCE_ADJECTIVES or w.lower().endswith("ing") for w in words))
                    or (not any(_is_plural_noun(w) or w.lower() in STOP_WORDS for w in words)
                        and not TIME_AFTER_A_NOUN_ENDS.match(text, token.end()))):
                # finder v23: "39 annual unhealthy days", "21 weekly supplemental Library hours", "35 county-funded
                # hours": after modifiers and singular nouns, a plural time unit is the phrase's head
                words.append(word)  # finder v15: "the six preceding years", "three remaining months": the unit is the head
                phrase_end = token.end()
            break  # "256,085 people last year", "100,000 deportations a day"
        if word[0].islower() and lower not in MODIFIERS and not _is_adjective(word) and not _is_participle(lower) \
                and not (lower.endswith("ly") and len(lower) > 4):  # finder v12: "mostly", "previously": adverbs
            noun_seen = True
        words.append(word)
        phrase_end = token.end()
        if word[0].isupper() and _plural_shape(lower) and following[:1].isalpha() and (
                following.lower() in CLAUSE_ADVERBS or following.lower() in IRREGULAR_PAST_TENSES
                or (following[:1].islower() and _is_participle(following.lower()))
                or (lower.endswith(PEOPLE_NAME_ENDINGS) and following[:1].islower() and not _is_plural_noun(following)
                    and following.lower() not in MODIFIERS)):
            break  # finder v17: "500,000 Haitians now take part", "600 Medications Saw Increases": the plural is the head
            # finder v23: a people's or a party's name before a lower-case word that names no plural ("millions of
            # Americans remain out of work", "2,000 Texans live"): the name is the head
        if lower in NOUN_ADJUNCT_PLURALS and following[:1].islower() and _is_plural_noun(following) \
                and following.lower() not in STOP_WORDS and not _is_participle(following.lower()):
            continue  # "17,000 police agencies", "people smugglers": the plural modifies the noun after it
        if _is_plural_noun(word):
            break  # the head of a compound is its plural last word: "officers work", "gang members who"
    if listed and not (words and _is_plural_noun(words[-1])):
        return [], position  # finder v13: "12 Arizona, Idaho, Kansas, ...": names listing the members, no noun of the count
    return words, phrase_end


# finder v23: the endings of names of peoples and parties in the plural ("Americans", "Haitians", "New Yorkers",
# "Democrats", "Hispanics", "Latinos")
PEOPLE_NAME_ENDINGS = ("ans", "ers", "ics", "ats", "inos", "anos")
# finder v23: a plural time unit followed by "ago", "later", "earlier", "before" or "after" is an adverbial of time, not
# the head ("5,000 migrant families years ago")
TIME_AFTER_A_NOUN_ENDS = re.compile(r"\s+(?:ago|later|earlier|before|after|since|prior)\b", re.IGNORECASE)


def _is_adjective(word: str) -> bool:
    lower = word.lower()
    return lower.endswith(ADJECTIVE_ENDINGS) or lower in ADJECTIVE_WORDS


IRREGULAR_PLURALS = frozenset("people children men women police personnel".split()) | LATIN_PLURALS  # v23, second part


def _is_plural_noun(word: str) -> bool:
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return True
    if lower in S_SINGULARS:
        return False  # "963 measles illnesses": the phrase goes on to its head
    return (len(lower) > 3 and word[0].islower() and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
            and lower not in MODIFIERS)


def _is_participle(lower: str) -> bool:
    # finder v23, second part: a verb of structure.VERB_NOUNS ("died") is a verb, never a head noun ("71,000 died")
    return (lower.endswith("ed") and len(lower) > 4) or lower in IRREGULAR_PARTICIPLES or lower in VERB_NOUNS


def _head(words: list[str]) -> str:
    """The last word that is not a modifier, an adverb or a participle (the head noun), lower case."""
    candidates = [w for w in words if w.lower() not in MODIFIERS and not w.lower().endswith("ly")]
    nouns = [w for w in candidates if not _is_participle(w.lower())] or candidates
    if not nouns:
        return ""
    return re.sub(r"['’]s$", "", nouns[-1].lower())


ABBREVIATIONS = frozenset("mr mrs ms dr st no vs gov sen rep gen lt col sgt jr sr inc co corp ave jan feb mar apr "
                          "jun jul aug sep sept oct nov dec".split())
SENTENCE_END = re.compile(r"([A-Za-z.]*)[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|[;\n]\s*")


INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]?")   # "u.s.", "d.c": no sentence ends after them


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding position starts (not after "U.S." or "Sept.")."""
    window = max(0, position - 800)  # a sentence is shorter than that
    # the last end that ends a sentence, looked for from the last back (a text of one line per number ends a
    # sentence at every line: reading each line end of the window for every number took seconds a hundred numbers)
    for end in reversed(list(SENTENCE_END.finditer(text, window, position))):
        word = (end.group(1) or "").lower()
        if INITIALS.fullmatch(word) or word in ABBREVIATIONS:
            continue
        if _wrapped_line(text, end):
            continue
        return end.end()
    return window


# finder v19: a line break inside a sentence of hard-wrapped text ("... the majority of which were from\nLaos (2,924).")
# ends no sentence: the line before it ends with a comma or a word that cannot end one (a preposition, an article, a
# conjunction), or the line after it starts with a lower-case letter. A blank line always ends one.
LINE_GOES_ON_BEFORE = re.compile(r"(?:,|\b(?:of|from|in|into|to|the|a|an|and|or|nor|with|for|by|at|on|per|than|as|"
                                 r"its|their|our|his|her|which|who|that)\b)[ \t]*$", re.IGNORECASE)


def _wrapped_line(text: str, end: re.Match) -> bool:
    if not end.group().startswith("\n") or end.group().count("\n") > 1:
        return False
    return _line_goes_on(text, end.start()) or text[end.end():end.end() + 1].islower()


@lru_cache(maxsize=1 << 16)
def _line_goes_on(text: str, line_end: int) -> bool:
    """Whether the line ending at line_end ends with what cannot end a sentence. Kept: every number asks of every line
    end in the 800 characters before it (a text's hash is computed once, so asking again costs a look-up)."""
    return bool(LINE_GOES_ON_BEFORE.search(text, max(0, line_end - 30), line_end))


# How many mentions before a number are read for its unit: more than any sentence or paragraph holds in prose.
LOOK_BACK = 64


def _unit_from_context(text: str, start: int, quote_start: int, hedge: str, earlier: list[Mention],
                       refers_back: bool = False) -> str:
    """No noun follows the number: take the unit the sentence means, or the one the last figures counted.

    In order: a noun before a parenthesis; the measure noun of the sentence ("the number of immigrants",
    "the daily detainee count", "its hiring need"); the subject of a verb that bounds ("arrests surpassing");
    the count of a verb whose object the number is ("ICE deported 300,000"); a number earlier in the sentence;
    the last plural noun of the sentence that is not a verb's agent; the last number before that counted
    something (people that a verb counts carry its count: "removed 302,192 people" -> deportations)."""
    listed = _listed_under_heading(text, start, quote_start)
    if listed:
        return listed
    sentence_start = _sentence_start(text, quote_start)
    sentence = text[sentence_start:quote_start]
    parenthesis = PARENTHESIS_BEFORE.search(sentence)
    if parenthesis and parenthesis.group(1).lower() in SHARE_WORDS:
        parenthesis = None  # finder v14: "fell by 21.38 percent (7,372 to 5,561)": the levels of what changed, not a share
    if parenthesis and parenthesis.group(1)[0].islower() and not _is_plural_noun(parenthesis.group(1)) \
            and BREAKDOWN_AFTER.match(text, start):
        parenthesis = None  # finder v17: "charged with domestic violence (2 charged, 1 convicted)": the bracket's number
        # is a clause's subject, it counts what the sentence counts (the requests), not the singular noun before it
    if parenthesis and parenthesis.group(1)[0].islower():
        return parenthesis.group(1).lower()  # "unaccompanied minors (76,020)"
    if parenthesis and TITLE_CASE_BEFORE.search(sentence, 0, parenthesis.start(1)) \
            and _is_plural_noun(parenthesis.group(1).lower()):
        # finder v12: a category named in title case, as an agency writes it ("Unaccompanied Alien Children (692)",
        # "Family Unit Aliens (537)"): its plural head counts the number in brackets; not one capitalised word alone
        # ("Guatemalans (185,233)" names whose, after "families" in the sentence before)
        return parenthesis.group(1).lower()
    referred = _referred_count(text, sentence_start, quote_start, earlier)
    if referred:  # "This number is up from the previous high of 65,735": the figure the sentence before gave
        return referred
    rate = next((m for m in reversed(earlier[-LOOK_BACK:]) if m.kind == "rate" and m.end > sentence_start), None)
    if rate is not None:  # "the rate hit 4.7 per 100,000, down from 5.7": a bare number continues the rate
        return rate.unit
    based = _rate_with_base(text, sentence_start, start)
    if based:  # "the death rate per 1,000 births fell to 5.6": the rate's base stands apart from its value
        return based
    named = _rate_named_before(text, sentence_start, start, earlier)
    if named:  # "The infant death rate ... rose from 5.1 to 5.6": the rate as the text stated it before
        return named
    change = CHANGE_OF_BEFORE.search(text, max(0, quote_start - 70), quote_start)
    if change and change.group(1).lower() in MEASURE_NOUNS | REFERRING_SUBJECTS:
        # "the FY 2017 figure is an increase of approximately 4,000": the change counts what the figure counted (but
        # "these arrests represent an increase of 3,000" names its count: the sentence's own noun, below)
        changed = _last_count(text, start, earlier)
        if changed:
            return changed
    for measure in reversed(list(MEASURE_IN_SENTENCE.finditer(sentence))):
        if measure.group(1).lower() in SELF_COUNTING_MEASURES:  # "by city population of: 1 million +": not cities;
            if measure.group(2) and OWN_NUMBER_AFTER.match(sentence, measure.end()):
                continue  # finder v14: "cities with a population of over 350,000 showed 15 ...": that number's measure
            if not (measure.group(2) or measure.group(3)) and not re.match(r"\s*of\b", sentence[measure.end():]):
                # finder v14: "holding about 73,000 individuals ..., when its detention population hovered below 40,000":
                # the population of a group the sentence has counted is that count
                given = _count_in_sentence(recent_mentions(earlier), sentence_start)
                if given:
                    return given
            named = _phrase_after(sentence, measure.end())[0] if measure.group(2) else []
            if named and named[0][:1].isupper():
                continue  # finder v15: "exceeds the population of Chicago": a place's population, a comparison; a name
                # says whose, never what is counted
            counted = _head(named)
            return counted or measure.group(1).lower()  # but "the population of individuals held" counts individuals
        if measure.group(2) or measure.group(3):  # "the number of immigrants ... more than 56,000"
            head = _head(_phrase_after(sentence, measure.end())[0])
            if head and head not in TIME_WORDS:
                return head
        # "the average daily detainee count hovered around 7,000"; finder v11: also a measure "for" a period, which names
        # no count ("the shooting total for 2022 (591; ...)": what the noun before the measure names)
        if measure.group(2):
            continue
        before = re.findall(r"[A-Za-z][A-Za-z-]*", sentence[:measure.start()])
        word = before[-1].lower() if before else ""
        if word in TIME_WORDS or re.search(r"\d\s*$", sentence[:measure.start()]):
            continue  # finder v14: "the fiscal year 2024 average was 759": a period names when, not what is counted
        if POSSESSIVE_BEFORE.search(sentence, 0, measure.start()):
            continue  # finder v19: "the previous week's level was revised down by 8,000": a possessive says whose or
            # when the measure is ("the agency's total"), never what it counts; its "s" is no word
        if word and before[-1][0].islower() and word not in MODIFIERS and word not in ADJECTIVE_WORDS \
                and not word.endswith(("est", "ly")) and word not in STOP_WORDS and word not in COMPARATIVES \
                and word not in SCOPE_ADJECTIVES \
                and (not word.endswith("ing") or verb_unit(word) or not _is_participle_kind(word)):
            # "the national total for the seven crimes": not "national"; finder v11: not a participle that says what kind
            # of measure ("the 30-day running average", "a moving average"), which counts nothing
            return verb_unit(word) or word  # "its hiring need is 2,500" counts hires
    if hedge and hedge.split()[0] in HEDGE_VERBS:
        subject = re.search(r"\b([A-Za-z][a-z-]*s)\s+$", text[max(0, quote_start - 40):quote_start])
        if subject:  # finder v13: the whole word, a capital too ("Arrests exceeded 1,000": arrests, not "rrests")
            return subject.group(1).lower()  # "arrests surpassing 2,000"
    verb = VERB_BEFORE.search(text, max(0, quote_start - 30), quote_start)
    if verb and not refers_back and verb_unit(verb.group(1)):
        return verb_unit(verb.group(1))  # "ICE deported 300,000 last year"; not "apprehended 68,631 of them"
    recent = earlier[-LOOK_BACK:]  # a text of bare numbers ("1 1 1 ...") must not make every number reread all before it
    event = "" if refers_back else _event_subject(text, sentence_start, quote_start, recent)
    if event:  # not "deportation of undocumented migrants — at least 11 million of them": "them" are the migrants  # finder v14: "The apprehension of migrants ... dropped from 132,880": the events are counted
        return event
    subject = _clause_subject(text, sentence_start, quote_start)
    if subject:  # finder v14: "homicides were down to 392", "daily arrests averaging around 930"
        return subject
    for mention in reversed(recent):
        if mention.end <= sentence_start:
            break
        if mention.is_quantity and mention.unit and mention.unit not in ("percent", "times", "percentage points") \
                and mention.unit.rstrip("s") not in TIME_UNITS:  # "about $170 billion ..., including tens of billions"
            return unit_carried(text, mention.quote_start, mention.end, mention.unit, _counted(recent, mention))
    # a plural noun of the sentence; capitalised only as its first word ("Deportations rose to 1.2 million")
    # finder v11: the irregular plurals too ("unaccompanied children peaked at 10,578")
    plurals = [m for m in re.finditer(r"\b((?:[a-z]|^[A-Z])[a-z-]{2,}s|(?:[a-z]|^[A-Z])(?:hildren|eople|omen))\b(?!\s+(?:the|a|an|its|their|out|up|down|about)\b)"
                                      r"(?!\s+that\b(?!\s+(?:at|in|on|during|by|were|are|was|is|have|had)\b))",
                                      sentence)
               if not m.group(1).endswith(("ss", "us", "is", "ness")) and m.group(1) not in STOP_WORDS
               and m.group(1).lower() not in REPORTING_VERBS  # finder v10: "the report shows murder ... down to 14,196"
               and m.group(1).rstrip("s") not in TIME_UNITS and m.group(1) not in MODIFIERS
               and m.group(1).lower() not in MEASURE_PLURALS  # finder v14: "with numbers falling to 83,536"
               and not any(e.start <= sentence_start + m.start() < e.end for e in recent)
               and not _is_agent(sentence, m.end())]
    # "encounters of individuals who entered ... totaled 128,410": in "A of B" the head is A, B only says whose
    plurals = [m for m in plurals if not any(p.end() < m.start() and OF_BETWEEN.fullmatch(sentence, p.end(), m.start())
                                             for p in plurals)]
    if refers_back:  # finder v16: "accounting for 13,000 of those admitted": "those" are the group the sentence is about,
        # not a noun of where they came from or went ("came from African nations", "held in 40 states")
        plurals = [m for m in plurals if not PLACE_PHRASE_BEFORE.search(sentence, 0, m.start())] or plurals
    if plurals:
        head = plurals[-1].group(1).lower()  # "... undocumented migrants — at least 11 million of them"
        before = re.search(r"([A-Za-z]+)\s+$", sentence[:plurals[-1].start()])
        if head in CLASSIFIER_NOUNS and before and _classifier_modifier(before.group(1)):
            head = f"{before.group(1).lower()} {head}"  # finder v11: "Family units saw a peak of 16,330"
        return head
    for mention in reversed(recent):
        if start - mention.end > 800:
            break
        if mention.is_quantity and mention.unit and mention.unit not in NOT_NOUN_UNITS \
                and mention.unit.rstrip("s") not in TIME_UNITS and mention.unit != "centuries":
            return unit_carried(text, mention.quote_start, mention.end, mention.unit, _counted(recent, mention))  # "Guatemalans (185,233)"
    return _percent_rate_continued(text, sentence_start, quote_start, recent)


# finder v19: "an on-time arrival rate of 88.3 percent, up from the 86.5 percent on-time rate ... The highest rate was
# 88.6 in November 2009": a bare number that a sentence gives as a rate, after a rate stated in percent, is that rate in
# percent (the text printed the unit once); not after a rate of other things ("5.6 deaths per 1,000")
RATE_WORD = re.compile(r"\brates?\b", re.IGNORECASE)
PERCENT_RATE_AROUND = re.compile(r"\brates?\s+(?:of|was|is|at)\s+$", re.IGNORECASE)


def _percent_rate_continued(text: str, sentence_start: int, quote_start: int, recent: list[Mention]) -> str:
    if not RATE_WORD.search(text, sentence_start, quote_start):
        return ""
    last = next((m for m in reversed(recent) if m.is_quantity and m.end <= quote_start), None)
    if last is None or last.unit != "percent" or quote_start - last.end > 400:
        return ""
    for mention in reversed(recent):  # a rate in percent among the figures just before ("88.3 percent", "the 86.5
        # percent on-time rate"), each of them a percent
        if mention.end > quote_start or not mention.is_quantity:
            continue
        if mention.unit != "percent" or quote_start - mention.end > 400:
            return ""
        if re.match(r"(?:\s+[a-z-]+){0,2}\s+rates?\b", text[mention.end:mention.end + 30], re.IGNORECASE) \
                or PERCENT_RATE_AROUND.search(text, max(0, mention.quote_start - 30), mention.quote_start):
            return "percent"
    return ""


# finder v19: a list of names each followed by its figure, no brackets, under a heading line ("Top States in 2016
# refugees\nCalifornia 7909, Texas 7803, New York 5026"): each figure counts what the heading counts (the refugees), as a
# figure in brackets after a name carries the count of its lead-in (v16); the names are what is listed, not what is
# counted. The heading is the line before the list's first name; its last plural noun is the count.
_NAME = r"[A-Z][A-Za-z.'’-]*(?:[ \t\n]+[A-Z][A-Za-z.'’-]*){0,3}"
LISTED_NAME_BEFORE = re.compile(rf"(?:^|\n)([^\n]*[a-z][^\n]*)\n(?:{_NAME}[ \t]+\d[\d,]*[ \t]*,[ \t\n]*)*{_NAME}[ \t]+$")
LIST_ENTRY_END = re.compile(r"[ \t]*(?:,|\n|$|\.(?:\s|$)|;)")


def _listed_under_heading(text: str, start: int, quote_start: int) -> str:
    if quote_start != start or not LIST_ENTRY_END.match(text, start + len(re.match(NUM, text[start:]).group())
                                                         if re.match(NUM, text[start:]) else start):
        return ""
    listed = LISTED_NAME_BEFORE.search(text, max(0, start - 400), start)
    if not listed:
        return ""
    plurals = [w for w in re.findall(r"[A-Za-z][a-z-]+", listed.group(1))
               if (w[0].islower() or w is listed.group(1).split()[0]) and _names_a_subject(w)]
    return plurals[-1].lower() if plurals else ""


# finder v19: a possessive ending right before a measure noun ("week's level", "agencies' total")
POSSESSIVE_BEFORE = re.compile(r"[A-Za-z](?:['’]s|s['’])\s+$")


# ---- finder v14: units as the reader means them --------------------------------------------------------------------
SHARE_WORDS = frozenset({"percent", "cent", "percentage", "points"})
# "a population of over 350,000": the measure's own number follows its "of"
OWN_NUMBER_AFTER = re.compile(rf"(?:(?:over|under|about|around|nearly|almost|more\s+than|less\s+than|some|roughly)\s+)?"
                              rf"(?:{NUM})", re.IGNORECASE)
_EVENT = re.compile(rf"\b({'|'.join(sorted(EVENT_NOUNS, key=len, reverse=True))})(s?)\s+of\s+"
                    r"(?:(?:the|these|those|all|its|their)\s+)?", re.IGNORECASE)
# a plural noun inside a prepositional phrase ("of people with criminal convictions") is no subject of its own
_IN_PREPOSITIONAL = re.compile(r"\b(?:of|with|without|from|in|on|at|across|along|among|between|into|by|for|under)\s+"
                               r"(?:[A-Za-z-]+\s+){0,2}$", re.IGNORECASE)
_SUBJECT_VERBS = "|".join(sorted(SUBJECT_MEASURE_VERBS, key=len, reverse=True))
CLAUSE_SUBJECT_BEFORE = re.compile(
    r"(?:(?<=[\s(“\"])|^)([A-Za-z][a-z-]*[a-z]s|[Cc]hildren|[Pp]eople|[Ww]omen)"
    r"(?:\s*,[^,;:()\d]{1,120},)?"  # an aside between the subject and its verb ("single adults, mostly from Mexico,")
    r"(?:\s+(?:also|still|then|only|just|again))?"
    rf"\s+(?:{_SUBJECT_VERBS})(?:\s+(?:down|up|back|out))?(?:\s+(?:to|from|at|by|for|around|about|between))?"
    rf"(?:\s+by\s+(?:{NUM})\s?(?:%|percent|per\s?cent)\s*\()?\s*$")
# finder v16: a count right after a preposition of place says where ("across 20 states", "in 12 countries")
PLACE_COUNT_BEFORE = re.compile(r"\b(?:across|throughout|among|in|at|inside|outside)\s+$", re.IGNORECASE)
# finder v16: a preposition of place or origin, then up to two modifiers, before a plural: where, not who
PLACE_PHRASE_BEFORE = re.compile(r"\b(?:from|in|into|across|throughout|among|to|at|inside|outside)\s+(?:[A-Za-z-]+\s+){0,2}$",
                                 re.IGNORECASE)
# finder v15: a preposition right before a capitalised word makes it a name of a place or a body ("of Chicago", "in Texas")
NAME_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|at|from|across|throughout|outside|inside|near)\s+$", re.IGNORECASE)
# "with deportations between 500 and 700": an absolute clause, the noun then its number
WITH_SUBJECT_BEFORE = re.compile(r"\bwith\s+(?:[a-z]+\s+)?([a-z][a-z-]*[a-z]s)\s+$")


def recent_mentions(earlier: list[Mention]) -> list[Mention]:
    return earlier[-LOOK_BACK:]


def _count_in_sentence(recent: list[Mention], sentence_start: int) -> str:
    """finder v14: the unit of the last count of the sentence so far that names a thing (not a share, a time or a rate)."""
    for mention in reversed(recent):
        if mention.start < sentence_start:
            break
        if mention.is_quantity and mention.unit and mention.unit not in NOT_NOUN_UNITS \
                and mention.unit.rstrip("s") not in TIME_UNITS and " per " not in mention.unit:
            return mention.unit
    return ""


def _names_a_subject(word: str) -> bool:
    lower = word.lower()
    return (_is_plural_noun(lower) or lower in IRREGULAR_PLURALS) and lower not in STOP_WORDS \
        and lower not in MODIFIERS and lower not in MEASURE_PLURALS and lower not in REPORTING_VERBS \
        and lower not in SUBJECT_MEASURE_VERBS and lower.rstrip("s") not in TIME_UNITS and not lower.endswith("ness") \
        and lower not in ANAPHORA


def _event_subject(text: str, sentence_start: int, quote_start: int, recent: list[Mention]) -> str:
    """finder v14: a clause whose subject is an event noun with "of" ("The apprehension of migrants illegally crossing
    the border dropped from 132,880"; "the increase in arrests of people with criminal convictions ... (from 25,786"):
    the number counts the events. Not when another noun heads the clause after it ("After the arrest of the suspects,
    police said 40 ...") or another count stands between."""
    events = list(_EVENT.finditer(text, sentence_start, quote_start))
    if not events:
        return ""
    event = events[-1]
    _, object_end = _phrase_after(text, event.end())
    rest = text[object_end:quote_start]
    for word in re.finditer(r"[A-Za-z][A-Za-z'-]*", rest):
        if _names_a_subject(word.group()) and not _IN_PREPOSITIONAL.search(rest, 0, word.start()):
            return ""
    if any(object_end <= m.start < quote_start and m.is_quantity and m.unit not in NOT_NOUN_UNITS for m in recent):
        return ""
    return EVENT_NOUNS[event.group(1).lower()]


def _clause_subject(text: str, sentence_start: int, quote_start: int) -> str:
    """finder v14: the plural noun that is the subject of the verb taking the number ("homicides were down to 392",
    "Apprehensions were 279 per day", "encounters, which includes ..., were 52,546", "apprehensions fell by 21.38 percent
    (7,372 to 5,561)"), or of an absolute clause ("with deportations between 500 and 700")."""
    before = text[sentence_start:quote_start]
    found = CLAUSE_SUBJECT_BEFORE.search(before) or WITH_SUBJECT_BEFORE.search(before)
    if found and found.group(1)[0].isupper() and NAME_AFTER_PREPOSITION.search(before, 0, found.start(1)):
        return ""  # finder v15: "the population of Texas reached 30 million": a name after a preposition says whose or where
    if found and _names_a_subject(found.group(1)):
        return found.group(1).lower()
    return ""


# "the figure is an increase of", "this marks a sharp drop of": the number after it is the size of a change in what the
# subject (a measure noun or a word that refers back) stands for
_LINKING = "|".join(r"\s+".join(v.split()) for v in sorted(CHANGE_LINKING_VERBS, key=len, reverse=True))
CHANGE_OF_BEFORE = re.compile(rf"\b([A-Za-z]+)\s+(?:{_LINKING})\s+(?:an?|the)\s+(?:[a-z]+\s+)?"
                              rf"(?:{'|'.join(sorted(CHANGE_NOUNS))})\s+of\s+$", re.IGNORECASE)


# a sentence whose subject is a figure already given: "This number is up from", "That total was", "The figure rose"
REFERRING_MEASURE_SUBJECT = re.compile(r"\s*[\"“]?(?:this|that|these|the\s+same)\s+(?:number|figure|total|count|tally|"
                                       r"numbers|figures|totals)\b", re.IGNORECASE)
# a count that stands after a preposition is not what its sentence is about ("held in one of 216 centres")
PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|to|for|from|at|on|by|with|among|across|into)\s+$", re.IGNORECASE)


def _referred_count(text: str, sentence_start: int, quote_start: int, earlier: list[Mention]) -> str:
    """The unit of the figure a sentence's subject refers back to ("This number is up from ... 65,735"): the first count
    of the sentence before that does not stand after a preposition (its subject or object, "a record 68,442 people
    were held in one of 216 centres" -> people); '' if the sentence is not of that shape or states a count before."""
    if not REFERRING_MEASURE_SUBJECT.match(text, sentence_start) or \
            any(m.is_quantity and sentence_start <= m.start < quote_start for m in earlier[-LOOK_BACK:]):
        return ""
    previous_start = _sentence_start(text, max(0, sentence_start - 2))
    recent = earlier[-LOOK_BACK:]
    for mention in recent:
        if not previous_start <= mention.start < sentence_start or not mention.is_quantity or not mention.unit \
                or mention.unit in NOT_NOUN_UNITS or mention.unit.rstrip("s") in TIME_UNITS:
            continue
        if not PREPOSITION_BEFORE.search(text, max(0, mention.quote_start - 12), mention.quote_start):
            return unit_carried(text, mention.quote_start, mention.end, mention.unit, _counted(recent, mention))
    # finder v14: the sentence before states no count but names the events ("The largest increase came in the
    # apprehension of migrant families. This number jumped from 77,794"): the number counts them
    if not any(m.is_quantity and previous_start <= m.start < sentence_start for m in recent):
        event = list(_EVENT.finditer(text, previous_start, sentence_start))
        if event:
            return EVENT_NOUNS[event[-1].group(1).lower()]
    return ""


def _last_count(text: str, start: int, earlier: list[Mention]) -> str:
    """The unit of the last number before start that counted something named (not a share, a factor or a time)."""
    recent = earlier[-LOOK_BACK:]
    for mention in reversed(recent):
        if start - mention.end > 800:
            break
        if mention.is_quantity and mention.unit and mention.unit not in NOT_NOUN_UNITS \
                and mention.unit.rstrip("s") not in TIME_UNITS and " per " not in mention.unit:
            return unit_carried(text, mention.quote_start, mention.end, mention.unit, _counted(recent, mention))
    return ""


def _rate_named_before(text: str, sentence_start: int, position: int, earlier: list[Mention]) -> str:
    """The unit of a rate stated earlier in the text, in a sentence that names the same rate as this one ("the
    maternal death rate"), for a bare number of a sentence that names the rate without its base; '' if none."""
    after = SENTENCE_END.search(text, position, min(len(text), position + 400))
    sentence_end = after.start() if after else min(len(text), position + 400)
    names = {_rate_noun(m) for m in RATE_NAMED.finditer(text, sentence_start, sentence_end)} - {""}
    stated = re.match(NUM, text[position:position + 40])
    if not names or not stated:
        return ""
    value = parse_number(stated.group())[0]
    for mention in reversed(earlier[-LOOK_BACK:]):
        if mention.kind != "rate" or mention.end > sentence_start:
            continue
        start = _sentence_start(text, mention.quote_start)
        end = SENTENCE_END.search(text, mention.end, min(len(text), mention.end + 400))
        there = {_rate_noun(m) for m in RATE_NAMED.finditer(text, start, end.start() if end else mention.end + 400)}
        base = re.search(rf" per ({NUM})", mention.unit)
        if names & there and (base is None or value < parse_number(base.group(1))[0]):
            return mention.unit
    return ""


# finder v10: verbs of reporting in the third person, which end in -s but name nothing counted
REPORTING_VERBS = frozenset("shows says finds suggests indicates reveals notes adds concludes".split())
VERB_BEFORE = re.compile(r"\b([a-z]+)\s+$")
# between the two plurals of "encounters of individuals", "arrests of undocumented migrants", "removals of the families"
OF_BETWEEN = re.compile(r"\s+of\s+(?:(?:the|these|those|all)\s+)?(?:[a-z]+\s+)?")
# the sentence runs up to the number's quote: a verb right before it takes the number as its object
_AGENT_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\s*$")


def _is_agent(sentence: str, end: int) -> bool:
    """Is the plural noun ending at sentence[end] the subject of a verb that acts on people and takes the number
    as its object ("agents apprehended 68,631 of them")? Not "migrants released by ICE rose to 5,000"."""
    verb = _AGENT_VERB.match(sentence, end)
    return bool(verb) and bool(verb_unit(verb.group(1)))


def _counted(recent: list[Mention], before: Mention) -> list[str]:
    """The units of the quantities before a mention, the last first: the counts the text has been giving."""
    return [m.unit for m in reversed(recent) if m.end <= before.start and m.is_quantity and m.unit]
