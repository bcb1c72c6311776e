"""The words the finder's general rules read (finder v4, issue 23): one place, each list with its rule.

The finder (`factcheck.ledger.mentions`) is a small grammar; a rule of it says *where* a word
matters ("a verb that bounds a number takes it as its object"), and the lists here say *which*
words the rule knows. A list is a family a reporter's prose uses in general, never the words of
one text: to teach the finder a new word, add it here (and, for a hedge or a quantity word, its
reading: `HEDGES` in `hedges.py`, `WORD_RULES` in `words.py`, both built from these lists where
the reading is shared). `tests/ledger/test_vocabulary.py` holds the lists and the readings in step.

Rates ("4.7 per 100,000", "12 deaths per 1,000 residents")
    A rate is one quantity: its value is the first number and its unit is what is counted with the
    base, "homicides per 100,000". `RATE_NOUNS` are the nouns that name a rate; the noun before one
    ("the murder rate") names what is counted, made plural.

Year spans ("fiscal year 2014-15", "FY2014/15", "the 2019-20 school year")
    A year followed by the next year's last two digits (or a later year) names a period, never a
    range of counts. `YEAR_SPAN_SEPARATORS` are the marks written between the two.

Verb hedges ("exceed 450,000", "surpassing 2,000", "topped 300,000")
    `HEDGE_VERBS` bound the number that is their object, read "above". They bound a number only
    when it follows them directly: in "surpassed a 25-year-old record" the verb's object is the
    record, and the number is no more than its age.

Quantity words without digits
    `RECORD_VERBS`: a record is a claim where it is broken, set or matched ("shattering records",
    "surpassing the record set in 2012", "broke a decades-old record"), not only where it qualifies a
    number ("a record 59,000", "record high").
    `SIZE_SUPERLATIVES` always claim a size ("the largest operation", "the fewest arrests since 2000");
    `MEASURE_SUPERLATIVES` only before one of `QUANTITY_NOUNS` ("the greatest number of cases", "the
    least amount"; not "the greatest threat").
    `EXTREME_MARKS`: the highest (or lowest) point a series reached ("new high-water marks",
    "a low point", "a new high").
    `UNANIMITY`: every one of those voting ("unanimous approval", "voted unanimously").

Units
    `COMPARATIVES` describe a measure noun but never name what it counts: "at an even higher rate,
    more than 1,250 daily" counts the sentence's immigrants, not "higher".
    `S_SINGULARS` end in -s but are no plurals, so a noun phrase does not end at them: "963 measles
    illnesses" counts illnesses, "400 news outlets" outlets.
"""
from __future__ import annotations

# ---- rates -------------------------------------------------------------------------------------
RATE_NOUNS = frozenset({"rate", "rates"})

# ---- periods -----------------------------------------------------------------------------------
YEAR_SPAN_SEPARATORS = "-–/"

# ---- hedges: verbs whose object is the number they bound ----------------------------------------
# stem -> its forms as written
_HEDGE_VERB_FORMS = {
    "exceed": ("exceed", "exceeds", "exceeded", "exceeding"),
    "surpass": ("surpass", "surpasses", "surpassed", "surpassing"),
    "top": ("top", "tops", "topped", "topping"),
}
HEDGE_VERBS = frozenset(form for forms in _HEDGE_VERB_FORMS.values() for form in forms)

# ---- quantity words without digits ---------------------------------------------------------------
RECORD_VERBS = frozenset("""set sets setting break breaks breaking broke broken shatter shatters shattered shattering
smash smashes smashed smashing beat beats beating surpass surpasses surpassed surpassing top tops topped topping
eclipse eclipses eclipsed eclipsing exceed exceeds exceeded exceeding tie ties tied tying equal equals equaled
equalled equaling""".split())  # not "match": "matched the records" is as often a file as a record
# a superlative of size -> whether it says the top (True) or the bottom (False) of the set compared
SIZE_SUPERLATIVES = {"largest": True, "biggest": True, "highest": True, "lowest": False, "smallest": False,
                     "fewest": False}
# superlatives that say a size only before a noun that measures: "the greatest number", not "the greatest threat"
MEASURE_SUPERLATIVES = {"greatest": True, "least": False}
# nouns that measure an amount: after a superlative of size, the phrase claims a quantity
QUANTITY_NOUNS = frozenset("""number numbers amount amounts total totals level levels share count counts rate rates
tally figure figures percentage proportion sum volume""".split())
# the highest (True) or lowest (False) point a series reached, as written (the plural is read alike)
EXTREME_MARKS = {"high-water mark": True, "high water mark": True, "high watermark": True, "high point": True,
                 "new high": True, "low-water mark": False, "low water mark": False, "low watermark": False,
                 "low point": False, "new low": False}
UNANIMITY = ("unanimous", "unanimously")

# ---- units ---------------------------------------------------------------------------------------
COMPARATIVES = frozenset("""higher lower greater larger smaller bigger faster slower steeper sharper better worse
more less fewer""".split())
S_SINGULARS = frozenset("""measles mumps rabies diabetes herpes shingles scabies news series species politics economics
physics ethics athletics""".split())
