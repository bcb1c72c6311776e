"""The words the finder's general rules read (finder v4 to v6, issue 23): one place, each list with its rule.

The finder (`factcheck.ledger.mentions`) is a small grammar; a rule of it says *where* a word
matters ("a verb that bounds a number takes it as its object"), and the lists here say *which*
words the rule knows. A list is a family a reporter's prose uses in general, never the words of
one text: to teach the finder a new word, add it here (and, for a hedge or a quantity word, its
reading: `HEDGES` in `hedges.py`, `WORD_RULES` in `words.py`, both built from these lists where
the reading is shared). `tests/ledger/test_vocabulary.py` holds the lists and the readings in step.

Rates ("4.7 per 100,000", "12 deaths per 1,000 residents")
    A rate is one quantity: its value is the first number and its unit is what is counted with the
    base, "homicides per 100,000". `RATE_NOUNS` are the nouns that name a rate; the noun before one
    ("the murder rate") names what is counted, made plural. The base may come anywhere in the
    sentence: "the death rate per 1,000 births fell to 5.6" gives the bare 5.6 the rate's unit,
    "deaths per 1,000". An activity noun in -ing between the counted noun and the rate noun
    ("the homicide offending rate", "the teen vaping rate") says how the thing is counted; the noun
    before it names what is counted (`RATE_ACTIVITY_ENDING`).

Signed numbers ("-30.1 percent", "(+2.4%)", "−5")
    In a table-like text a sign is part of a value: a minus (or plus) sign directly before a digit, not
    joined to a word or a number before it (so not "40-55" or "COVID-19"), makes the value negative (or
    marks it positive). `SIGNS` are the characters read as a sign.

Hedges after the number ("80% or higher", "1 million +", "a billion-plus", "65 and over", "500 at minimum")
    `AFTER_HEDGES`: the words a reporter writes after a number to bound it, each with its shape in
    `hedges.HEDGES` (the validator's table is built from this one, so it knows every hedge the finder
    reads). "+" is inclusive as in a table ("65+": 65 or more); "-plus" in prose is "more than".

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
    `EXTREME_MARKS_BEFORE_A_NUMBER`: a high or a low that a number states ("climbed to a high of 45.2",
    "fell to a low of 10.4", "a peak of 1,200"); the words alone ("a high school", "a low cost") say nothing.
    `RECORD_ADJECTIVES`: words that say "a record" before a measure noun, a high or a low ("historic levels",
    "unprecedented numbers", "a historic low"), read as "record" is; "record-high", "record-low",
    "record-breaking" and "record-setting" are records wherever they stand ("the record-high 250,000").
    `RANKING_WORDS` before one of `RANKED_NOUNS` claim the top of a set ranked by amount ("the top
    destination", "the leading cause of death", "the number-one source"); not a rank of office ("the top
    official"), nor "a leading cause" (one of the first, not the first).

Finder v6 (the misses of corpus/heldout4/, as families)
    The superlative family with "most": "the most" before a plural noun (`the most detainers`, "the most
    LEAs") or before one of `MOST_AMOUNT_ADJECTIVES` ("the most common country") ranks by how many, read
    "the most"; a pronoun "most" before one of `MOST_PRONOUN_VERBS` ("most were from ...") is a majority.
    `PAST_MARK_QUALIFIERS` x `PAST_MARKS` are marks a series reached before ("previous highs", "a prior
    peak"), one family with `EXTREME_MARKS`. `SHARE_SIZE_ADJECTIVES` before one of `SHARE_NOUNS` size a
    part of a whole in words ("a small percentage of the arrests", "a large share").
    `RANK_WORDS_BEFORE_A_NUMBER`: after a determiner, "the top ten", "the bottom five" are ranks (ordinals),
    not counts; without one "top" stays a verb that bounds ("deportations top 300,000").
    Ages: a whole number up to `OLDEST_AGE` after one of `AGE_WORDS` ("turned 18", "aged 65 to 74"), or a
    range right after one of `AGED_PEOPLE` ("women between 18 and 44"), with no noun of its own, is a
    duration in years.
    A change written as a noun: in "the figure is an increase of approximately 4,000" (one of
    `CHANGE_LINKING_VERBS`, one of `CHANGE_NOUNS`, a subject that is a measure noun or one of
    `REFERRING_SUBJECTS`) the number counts what the figure it changes counted.

Durations
    `SPAN_PREPOSITIONS`: "a decade", "a year" after one of them is one time unit ("the highest in a
    decade", "for a year", "within a month"); without one "a year" is a rate ("740 a day", "once a year").
    `VAGUE_SPAN_SUFFIXES`: a plural time unit joined to one of them is a vague span of that unit
    ("decades-long barriers", "years-long", "months-old"), read as a vague magnitude, 1 unit.

Finder v8 (the misses of corpus/heldout6/, each as its class; corpus/README.md, "Rules finder v8 follows")
    `COMPARATIVE_HEDGES` ("higher than 50%") and `BOUND_HEDGES` ("within 72 hours") bound the number after them.
    `RANK_ORDINALS` joined to a superlative of amount make a rank of an amount, a quantity word ("the second-lowest
    number", "11th-largest"). `MAJORITY_NOUNS` before "of" are majorities ("the bulk of"); "most" before a plural noun
    is one unless one of `NOT_MAJORITY_BEFORE_MOST` stands before it; "the most" before one of
    `MOST_RECORD_FOLLOWERS` is a record ("the most since 2014"). `PAST_MARK_QUALIFIERS` with up to three words before
    one of `PAST_RECORD_MARKS` are a past mark ("a previous monthly record"), unless a word of `RECORD_FILE_WORDS`
    makes the record a file; a unit of `SPAN_MARK_UNITS` joined to a high or a low is a record over that span ("the
    72-year-low"). Durations: a unit after one of `SPAN_BACK_QUALIFIERS` ("the past decade"), before one of
    `SPAN_AFTER_WORDS` ("a year ago"), or joined to "-long" ("a decade-long trend") is one unit; a fraction after one
    of `FRACTION_CHANGE_PREPOSITIONS` stands alone as a share ("down to a quarter").

Units
    `COMPARATIVES` describe a measure noun but never name what it counts: "at an even higher rate,
    more than 1,250 daily" counts the sentence's immigrants, not "higher".
    `S_SINGULARS` end in -s but are no plurals, so a noun phrase does not end at them: "963 measles
    illnesses" counts illnesses, "400 news outlets" outlets.
    `SELF_COUNTING_MEASURES` are measure nouns that are themselves what is counted: "cities of 500K to
    999K population" counts population, not cities ("the daily detainee count" still counts detainees).
"""
from __future__ import annotations

# ---- rates -------------------------------------------------------------------------------------
RATE_NOUNS = frozenset({"rate", "rates"})
RATE_ACTIVITY_ENDING = "ing"

# ---- signs ---------------------------------------------------------------------------------------
SIGNS = {"-": -1, "\u2212": -1, "+": 1}  # hyphen-minus, the minus sign, plus

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

# ---- hedges after the number: as written (lower case) -> shape in hedges.SHAPES ---------------------------
AFTER_HEDGES = {
    "or more": "at_least", "or higher": "at_least", "or above": "at_least", "or greater": "at_least",
    "or over": "at_least", "or older": "at_least", "and over": "at_least", "and above": "at_least",
    "and up": "at_least", "and older": "at_least", "at minimum": "at_least", "at a minimum": "at_least",
    "at the least": "at_least", "at least": "at_least", "at the very least": "at_least", "+": "at_least",
    "plus": "above",  # "-plus", as written after a number: "10,000-plus", "billion-plus"
    "or fewer": "at_most", "or less": "at_most", "or lower": "at_most", "or below": "at_most",
    "or under": "at_most", "or younger": "at_most", "and under": "at_most", "and below": "at_most",
    "and younger": "at_most", "at most": "at_most", "at the most": "at_most", "at the very most": "at_most",
    "at maximum": "at_most", "at a maximum": "at_most",
    "or so": "around", "or thereabouts": "around",
}

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
                 "low point": False, "new low": False, "high mark": True, "low mark": False}
UNANIMITY = ("unanimous", "unanimously")
# a high (True) or low (False) stated by the number after "of": "a high of 45.2", "a record low of 3.4%"
EXTREME_MARKS_BEFORE_A_NUMBER = {"high": True, "low": False, "peak": True}
# adjectives that say "a record" before a measure noun, a high or a low ("historic levels", "unprecedented numbers")
RECORD_ADJECTIVES = frozenset({"historic", "unprecedented"})
# the top of a set ranked by amount, before a noun that names a member of the set ("the top destination")
RANKING_WORDS = {"top": True, "leading": True, "number one": True, "number-one": True}
RANKED_NOUNS = frozenset("""destination destinations source sources cause causes country countries state states city
cities county counties nation nations origin recipient recipients producer producers exporter exporters importer
importers spender spenders donor donors employer employers seller sellers market markets contributor contributors
reason reasons killer killers""".split())

# ---- finder v6 (issue 23): the superlative family with "most", past marks, the size of a share ----------------------
# "the most detainers", "the most LEAs": "the most" before a plural noun is the top of a set ranked by count (not "most
# detainers", a majority); before one of these adjectives it ranks by how many, too ("the most common country")
MOST_AMOUNT_ADJECTIVES = frozenset("common frequent numerous populous prevalent widespread".split())
# a pronoun "most" is a majority where a verb follows it ("most were from Latin America", "most have left")
MOST_PRONOUN_VERBS = frozenset("""were are was is have had has will would could did do does came come remain remained
stayed live lived said say""".split())
# a high or a low the series reached before ("surpassed previous highs", "below its prior peak"): the qualifier, the mark
# and whether the mark is the top (True) or the bottom (False) of the series
PAST_MARK_QUALIFIERS = ("previous", "prior", "earlier", "past", "former")
PAST_MARKS = {"high": True, "low": False, "peak": True}
# "a small percentage of the arrests", "a large share": a share whose size the words give, not its number. The adjective
# -> whether it says a large (True) or a small (False) part; the nouns that name a part of a whole
SHARE_SIZE_ADJECTIVES = {"small": False, "tiny": False, "large": True, "big": True, "sizable": True, "sizeable": True,
                         # finder v12: the other adjectives of a large or small part ("a substantial portion")
                         "substantial": True, "considerable": True, "significant": True, "modest": False,
                         # finder v13: the rest of the family ("an outsized share", "a hefty portion", "a huge chunk")
                         "outsized": True, "disproportionate": True, "hefty": True, "huge": True, "vast": True,
                         "massive": True, "enormous": True}
# finder v13: "chunk", "slice" and "part" are parts of a whole as "portion" is ("a large chunk of the budget")
SHARE_NOUNS = frozenset("percentage share proportion portion minority chunk slice part".split())

# ---- finder v7 (issue 23): superlatives by their shape, ranks after "next", all-time comparisons ---------------------
# Adjectives of an amount (a size, a length, a speed, a cost, a toll, traffic): their superlative ranks the members of a
# set by that amount wherever it stands ("the busiest sector", "the nation's longest decline", "the deadliest year",
# "the fewest"). The adjective -> whether its superlative is the top (True) or the bottom (False) of the set; the finder
# reads every superlative form English makes of them (`superlative`: busy -> busiest, big -> biggest, close -> closest).
MAGNITUDE_ADJECTIVES = {"busy": True, "long": True, "short": False, "fast": True, "slow": False, "deep": True,
                        "wide": True, "narrow": False, "heavy": True, "deadly": True, "costly": True, "cheap": False,
                        "rich": True, "poor": False, "dense": True, "tall": True, "big": True, "large": True,
                        "high": True, "low": False, "small": False, "few": False,
                        # finder v13: a cost is an amount ("the most expensive city"; "most populous" is read as "the most")
                        "expensive": True}
# adjectives that size an amount only when they qualify a change ("the sharpest drop", "the steepest decline", "the
# strongest growth"; not "the sharpest critic", "the strongest candidate"): their superlative before one of
# CHANGE_NOUNS (one noun may stand between: "the steepest enrollment decline")
CHANGE_SIZE_ADJECTIVES = {"sharp": True, "steep": True, "strong": True, "weak": False, "mild": False, "slight": False,
                          "modest": False, "dramatic": True, "quick": True, "rapid": True, "swift": True, "gentle": False}
# superlatives of nearness that rank by an amount only after "next" or before "in terms of" ("the next closest sector",
# "the closest in terms of arrests"); alone they are no amount ("his closest adviser")
NEARNESS_SUPERLATIVES = ("closest", "nearest")
# a record said as a comparison with all time ("more ... than ever before", "the warmest since records began")
ALL_TIME_COMPARISONS = ("than ever before", "than ever", "since records began", "since record-keeping began",
                        "ever recorded", "in recorded history")
# words that qualify a record as uncertain, written with it ("a (possible record) high", "a likely record number")
RECORD_QUALIFIERS = frozenset("possible potential likely probable apparent near unofficial".split())


def superlative(adjective: str) -> str:
    """The superlative English makes of an adjective: busy -> busiest, big -> biggest, large -> largest, few -> fewest,
    gentle -> gentlest, narrow -> narrowest; with "most" for a longer one (rapid -> most rapid, dramatic -> most dramatic).
    A short vowel between two consonants doubles the last (big, thin, hot)."""
    import re

    vowels = "aeiou"
    syllables = len(re.findall(r"[aeiouy]+", adjective.removesuffix("e")))
    if syllables > 1 and not adjective.endswith(("y", "le", "ow", "er")):
        return f"most {adjective}"
    if adjective.endswith("y") and adjective[-2] not in vowels:
        return adjective[:-1] + "iest"
    if adjective.endswith("e"):
        return adjective + "st"
    if len(adjective) >= 3 and adjective[-1] not in vowels + "wxy" and adjective[-2] in vowels \
            and adjective[-3] not in vowels and syllables == 1:
        return adjective + adjective[-1] + "est"
    return adjective + "est"


MAGNITUDE_SUPERLATIVES = {superlative(a): top for a, top in MAGNITUDE_ADJECTIVES.items()}
CHANGE_SIZE_SUPERLATIVES = {superlative(a): top for a, top in CHANGE_SIZE_ADJECTIVES.items()}

# ---- ranks: "the top ten", "in the bottom five" ---------------------------------------------------------------------
# after a determiner, these words make the number that follows a rank (a period of order, like an ordinal), not a count;
# without one, "top" is a verb that bounds ("deportations top 300,000")
RANK_WORDS_BEFORE_A_NUMBER = ("top", "bottom")

# ---- ages: "turned 18", "women between 18 and 44", "aged 65 to 74" --------------------------------------------------
# a number (or a range) right after one of these words, with no noun of its own, is an age: a duration in years
AGE_WORDS = frozenset("aged age ages turned turn turns turning".split())
# people a range of ages may follow directly ("women between 18 and 44", "adults 18 to 64")
AGED_PEOPLE = frozenset("""women men girls boys adults children kids youths teens teenagers people persons residents
patients mothers fathers parents workers voters respondents""".split())
OLDEST_AGE = 120   # an age is a whole number of years up to this

# ---- a change stated as a noun: "an increase of approximately 4,000" ------------------------------------------------
# the number after "of" is the size of a change in the figure stated before it, so it counts what that figure counted
CHANGE_NOUNS = frozenset("""increase increases decrease decreases rise rises drop drops fall falls decline declines jump
jumps gain gains reduction reductions growth dip dips surge surges climb climbs cut cuts loss losses""".split())
# the verbs that make the change what their subject was ("the figure is an increase of", "this marks a drop of"), and the
# subjects that refer back to a figure already stated (a measure noun, "the figure", counts too)
CHANGE_LINKING_VERBS = frozenset({"is", "was", "represents", "represented", "marks", "marked", "amounts to", "amounted to"})
REFERRING_SUBJECTS = frozenset("this that it which".split())

# ---- number words that are verbs with a particle: "zero out the fund", "zero in on" ------------------------------
# the word -> the particles after which it is a verb, not a number
NUMBER_WORD_VERBS = {"zero": ("out", "in")}

# ---- durations -------------------------------------------------------------------------------------
SPAN_PREPOSITIONS = frozenset("in for after than".split())  # not "within a year": a deadline, the period a count is made in
VAGUE_SPAN_SUFFIXES = ("long", "old")
VAGUE_SPAN_UNITS = ("decades", "years", "months", "weeks", "days", "hours", "centuries")

# ---- units ---------------------------------------------------------------------------------------
COMPARATIVES = frozenset("""higher lower greater larger smaller bigger faster slower steeper sharper better worse
more less fewer""".split())
S_SINGULARS = frozenset("""measles mumps rabies diabetes herpes shingles scabies news series species politics economics
physics ethics athletics""".split())
SELF_COUNTING_MEASURES = frozenset({"population", "populations"})
# nouns that name no thing alone: the unit is the compound with the noun before ("131,380 family units", "2,000 housing
# units"), where any other compound counts its head ("25,700 staff members" -> members)
# finder v16: "events" too ("701,900 overstay events", "12 flooding events"): an event of what, the word before says
CLASSIFIER_NOUNS = frozenset("unit units item items piece pieces event events".split())
# irregular plurals a reporter writes as the first noun of a compound ("17,000 police agencies", "people smugglers"): before
# a plural noun they modify it, and the phrase goes on to its head
NOUN_ADJUNCT_PLURALS = frozenset("police people personnel".split())
# nouns a rate counts that reporters divide by kind, the kind written before them ("the violent crime rate", "the
# property crime rate"): the kind is part of what is counted, "violent crimes per 100,000" (but "the infant death rate"
# counts deaths, as printed with it)
KIND_DIVIDED_NOUNS = frozenset("crime crimes offense offenses offence offences".split())
# adjectives that say where, when or how a count is made, not what kind of thing it counts: "the national homicide
# rate" counts homicides, where "the violent crime rate" counts violent crimes (a kind of crime)
SCOPE_ADJECTIVES = frozenset("""national international federal state statewide nationwide regional local global overall
total annual average general official actual current historical typical normal usual""".split())
# the marks a series reached before ("previous highs", "a prior low"), one family with EXTREME_MARKS
EXTREME_MARKS.update({f"{qualifier} {mark}": top for qualifier in PAST_MARK_QUALIFIERS for mark, top in PAST_MARKS.items()})

# ---- finder v8 (issue 23): the misses of corpus/heldout6/, each as the class of English it belongs to ------------------
# Comparatives that bound the number after "than" as "more than" and "fewer than" do ("turnout higher than 50%", "a
# wait longer than 90 days"): the comparative -> its shape in hedges.SHAPES
COMPARATIVE_HEDGES = {f"{comparative} than": shape for comparative, shape in {
    "higher": "above", "greater": "above", "larger": "above", "bigger": "above", "longer": "above",
    "lower": "below", "smaller": "below", "shorter": "below",
    "older": "above", "younger": "below"}.items()}  # finder v23: "younger than 5 years", an age's bound
# a bound on a span, a distance or a margin: "within 72 hours" is 72 hours at most ("within a year" stays a deadline, no
# number: see SPAN_PREPOSITIONS)
BOUND_HEDGES = {"within": "at_most"}
# Ranks of an amount: an ordinal joined to a superlative of amount ("the second-lowest number", "the nation's
# 11th-largest city", "the third-busiest airport") claims a place in a series ranked by that amount, which a checker
# tests as it tests "the lowest" (corpus/README.md, "A rank of an amount"). The ordinal words a rank is written with
# (digits with a suffix as well: "11th-largest").
RANK_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                 "twelfth")
# Nouns of a large part, before "of": "the bulk of the funds", "the lion's share of", "the greater part of" are a
# majority, read as "most" is
MAJORITY_NOUNS = ("bulk", "lion's share", "lion’s share", "greater part", "larger part", "better part")
# the marks a record is said in ("a previous monthly record", "their previous K-12 spending highs"): after one of
# PAST_MARK_QUALIFIERS, with up to three words between, one of these; not a file ("prior criminal records")
PAST_RECORD_MARKS = ("record", "high", "low", "peak")
RECORD_FILE_WORDS = frozenset("""criminal arrest arrests court police medical public school dental driving military
service employment tax immigration voting student health bank""".split())
# A time span before a high or a low makes it a record over that span: "the 72-year low", "a 20-year high", "a decade
# low", "a multiyear high" (singular units: the span is joined to the mark)
SPAN_MARK_UNITS = ("year", "month", "decade", "week", "century", "day")
# "the most" that ends its phrase, before a period or a comparison with the past, is the top of a series ranked by count:
# "the most since 2014", "the most ever", "the most on record", "the most in a decade", "the most of any state"
MOST_RECORD_FOLLOWERS = ("since", "ever", "on record", "in a", "in any", "in more than", "in over", "in nearly",
                         "of any", "for any", "in the nation", "in the country",
                         # finder v9: a span in words ("the most in years", "the most in decades", "the most in history")
                         "in years", "in decades", "in months", "in generations", "in history", "in memory")
# a determiner, possessive or adverb before "most" makes it a superlative or a degree, not a majority ("his most
# important issues", "a most unusual year", "at most")
NOT_MAJORITY_BEFORE_MOST = frozenset("the a an at his her its their our my your whose".split())
# a fraction in words stated as where a change ended or by how much ("down to a quarter from peak", "cut by a third"):
# after one of these, "a third", "a quarter", "a fifth" stand alone as a share
FRACTION_CHANGE_PREPOSITIONS = ("to", "by")
# "a year ago", "a decade earlier": one time unit counted back or on from a moment is a span of one unit (corpus rule:
# "a year ago" is a duration); not "from a year before", "a year after the law" (the year named, a period)
SPAN_AFTER_WORDS = ("ago", "earlier", "later")
# "the past decade", "the past year": the span that ends now, one unit long
SPAN_BACK_QUALIFIERS = ("past",)

# ---- finder v9 (issue 23): quantity words as classes of English (corpus/README.md, "What a quantity word is, by class")
# Each class is one rule over its grammar; the lists below are its variants, wide enough for prose not yet seen.
#
# Proportions in words. A hedge of nearness before "all" or "every" is one family ("nearly all", "almost every",
# "practically all", "just about all"): at least 90 and under 100 percent.
NEARNESS_HEDGES_BEFORE_ALL = ("nearly", "almost", "virtually", "practically", "essentially", "just about", "close to")
# the words a hedge of nearness goes with: the universal determiners
UNIVERSALS = ("all", "every", "everyone", "everybody", "everything")
# adverbs of a majority before the noun phrase they size ("mostly young men", "largely Mexican nationals", "mainly
# from Central America"): read as "most". Not a degree of a verb ("can largely be attributed", "have largely
# protected", "primarily considering": a verb, a participle in -ed or -ing, or an auxiliary follows), not a cause ("largely
# because of", "primarily due to", "mostly a result of": a cause word or a determiner follows), not after a participle
# ("driven primarily by")
MAJORITY_ADVERBS = ("mostly", "largely", "predominantly", "overwhelmingly", "mainly", "chiefly", "primarily")
NOT_AFTER_MAJORITY_ADVERBS = frozenset("""because due thanks owing as to in on at by for through with without a an the
this that be been being is are was were has have had do does did can could will would should may might must not
meant made done seen known held kept left found given taken shown spent put set built
attributable responsible accountable""".split())  # finder v13: adjectives of cause ("primarily attributable to")
# a count sized in words: an adjective of size before a noun of number ("a limited number of", "a small number", "a
# handful of", "a significant amount"): the adjective -> whether it says large (True) or small (False)
COUNT_SIZE_ADJECTIVES = {"small": False, "tiny": False, "limited": False, "modest": False, "few": False,
                         "large": True, "big": True, "huge": True, "vast": True, "great": True, "significant": True,
                         "substantial": True, "considerable": True, "sizable": True, "sizeable": True,
                         "enormous": True, "massive": True,
                         "disproportionate": True, "outsized": True, "hefty": True}  # finder v13
COUNT_NOUNS = ("number", "amount", "quantity")
# Changes in words: a fraction before a comparative sizes a change ("a third fewer", "a quarter more")
FRACTION_COMPARATIVES = ("fewer", "more", "less", "lower", "higher", "smaller", "larger", "bigger", "greater")
SMALL_COUNT_NOUNS = ("handful",)   # "a handful of", "only a handful": a small count, no adjective needed
#
# Comparisons with the past or with all time. Adjectives of no precedent ("unprecedented", "unparalleled", ...): a
# record in other words, attached to a noun of amount, change or mark, or predicative before "in ... history" / "since"
NO_PRECEDENT_ADJECTIVES = ("unprecedented", "unparalleled", "unmatched", "unequaled", "unequalled", "unrivaled",
                           "unrivalled", "unsurpassed", "unheard-of", "unheard of")
# the verbs a majority may govern directly ("an overwhelming majority voted"), besides "of"
# after heldout43's and heldout45's first scores: verbs a majority pronoun opening a clause governs ("The majority
# arrested were ...", "Most expect the trend to continue", "– most presumed to be migrants –"), besides any form in -ed
CLAUSE_SUBJECT_VERBS = frozenset("""expect believe think want plan hope fear need own rent work live come go leave stay
return arrive seek face earn pay receive get use know feel see report cite""".split())
MAJORITY_VERBS = ("voted", "vote", "votes", "were", "was", "are", "is", "have", "had", "said", "say", "says",
                  "support", "supported", "supports", "backed", "back", "oppose", "opposed", "opposes", "favor",
                  "favored", "favour", "favoured", "agreed", "agree")
# the nouns such an adjective sizes (besides QUANTITY_NOUNS, the marks and CHANGE_NOUNS): a size, a scale, a pace
AMOUNT_SIZE_NOUNS = frozenset("""proportions proportion scale scales size sizes pace levels level heights magnitude
milestone milestones numbers surge surges spike spikes wave waves influx growth volumes rate rates high highs low lows
peak peaks""".split())
# "than at any time", "than in any other year", "than at any point in history": the comparison with every period
ANY_TIME_NOUNS = ("time", "point", "moment", "period", "year", "decade", "month", "era", "stage",
                  "week", "day", "quarter", "season", "century")  # finder v13: the other calendar units
# "not seen since", "never seen", "unseen since", "not recorded since", "not reached in decades": a level not met
# before; the participles a reporter writes
NOT_SINCE_PARTICIPLES = ("seen", "recorded", "reached", "witnessed", "observed", "matched", "experienced", "hit",
                         "registered", "reported")
# "by historical standards", "by any historical measure": a size stated against history
HISTORY_STANDARD_WORDS = ("historical", "historic", "past", "any historical", "recent")
HISTORY_STANDARD_NOUNS = ("standards", "standard", "measure", "measures", "norms")
# the last time a level was met, stated with the period it was: "the last time ... was in the late 1960s", "the last
# time the rate was this low was 1999"
LAST_TIME_WORDS = ("the last time", "the only other time", "the previous time")
#
# Ranks of amount: "the most" before a participle of frequency ranks by how often ("the most cited", "the most visited
# site", "the most used"); not "the most wanted", "the most qualified" (a quality)
MOST_FREQUENCY_PARTICIPLES = frozenset("""cited used visited viewed watched read downloaded requested searched reported
prescribed purchased bought sold shared mentioned named populated traveled travelled spoken played borrowed attended
frequented searched-for""".split())
# "the record levels", "the record high": "record" after "the" is a record before one of these (not "the public record")
# Words after which "record" with no article is an adjective of amount ("despite record hiring", "saw record numbers"),
# and the nouns that make "record" a thing, not a mark ("record labels", "record keeping")
RECORD_ADJECTIVE_TAKERS = tuple("""despite amid with see saw sees seeing seen show shows showed showing reach reached
    reaches reaching hit hits hitting post posted posts posting report reported reports reporting draw drew draws drawing
    attract attracted attracts face faced faces facing at during after brought bring brings bringing set""".split())
RECORD_THINGS = "|".join("""label labels store stores keeping keeper keepers player players company companies book books
    collection collections deal deals request requests executive executives industry producer producers shop shops
    holder holders holds hold retention search searches system systems check checks straight""".split())
RECORD_AFTER_THE_NOUNS = ("high", "highs", "low", "lows", "level", "levels", "number", "numbers", "pace", "amount",
                          "total", "totals", "year", "month")
# Durations: "the last decade": "last" is a span back where a calendar period cannot be meant (a decade, a century);
# "over the last year" is not read (the third set's gold leaves it unlabelled; corpus/README.md)
SPAN_BACK_LAST_UNITS = ("decade", "century")
# "for years", "for decades" (a bare plural time unit, no number) are NOT read: the corpus's own gold leaves "For years,"
# unlabelled (mj22), as does the fifth set ("declining for years", hill10); only the seventh set labels one
# (corpus/README.md, "What a quantity word is, by class")
# a fraction of a time unit is a duration: "a quarter of a century" (25 years), "a quarter-century", "half a century"
FRACTION_OF_UNIT = {"quarter": 0.25, "half": 0.5, "third": 1 / 3}
UNIT_IN_YEARS = {"century": 100, "decade": 10}
# a fraction alone after "to" or "by" ("cut by a third here last year"): it stands alone unless a noun of its own
# follows. The words that may follow a lone fraction: prepositions, conjunctions, determiners, adverbs of place and
# time, and any adverb in -ly (the class "not a noun", not a list of followers)
LONE_FRACTION_FOLLOWERS = frozenset("""from since in than and or but below above compared over under of between during
after before at on to for with among across against versus vs this that these those the a an last next here there now
then again overall nationwide statewide citywide countrywide annually ago altogether respectively while when where as
year-over-year year-on-year""".split())


def _alternatives(words) -> str:
    return "|".join(r"\s+".join(map(__import__("re").escape, w.split())) for w in sorted(words, key=len, reverse=True))


# The grammar of a comparison with the past or with all time, one pattern per shape (`words.rule_for` reads any phrase
# these match, as written; `mentions.QUANTITY_WORDS` finds them):
#   than + (at/in/during/for)? + any + (other)? + a period noun ("than at any time", "than any other year")
#   not/never + (been|be)? + a participle of meeting + since/in/before ("not seen since", "never recorded before");
#   "never before" + a participle ("never before seen"), "like/as never before"
#   never/not + a participle + up to three words + this/so + a size ("never seen numbers this low")
#   unseen/unmatched + since ("unseen since 1970")
#   by + historical/past + standards/measure ("by historical standards", "by any historical measure")
#   the last time / the first time since ... was (in)? a period ("the last time ... was in the late 1960s")
# finder v13: "last seen in", "last reached since": the words of the last time a level was met, said after the level
LAST_SEEN = rf"last\s+(?:{_alternatives(NOT_SINCE_PARTICIPLES)})\s+(?:in|since|during)"
PAST_COMPARISON_PATTERNS = (
    # finder v10: never + been/be/was + a comparative of amount ("Spending has never been higher", "never been more")
    r"never\s+(?:(?:been|be|was|were|ever\s+been)\s+)(?:higher|lower|larger|bigger|greater|smaller|more|fewer|less)\b",
    # finder v13: never + been + this/so + a size ("Arrests have never been this high", "never been so low")
    r"never\s+(?:(?:been|be|was|were|ever\s+been)\s+)(?:this|so)\s+(?:high|low|many|few|large|small|big|much|little)\b",
    # finder v13: "than in any previous fiscal year", "than at any prior point": a qualifier of the past as "other" is, with
    # one modifier before the period noun
    rf"than\s+(?:(?:at|in|during|for)\s+)?any\s+(?:(?:other|previous|prior|earlier|past|preceding)\s+(?:[a-z]+\s+)??)?"
    rf"(?:{_alternatives(ANY_TIME_NOUNS)})\b",
    rf"(?:like|as)\s+never\s+before\b|never\s+before\s+(?:{_alternatives(NOT_SINCE_PARTICIPLES)})\b",
    rf"(?:not|never|n['’]t)\s+(?:(?:been|be|ever)\s+)?(?:{_alternatives(NOT_SINCE_PARTICIPLES)})\s+(?:since|in|before)\b",
    rf"never\s+(?:(?:been|ever)\s+)?(?:{_alternatives(NOT_SINCE_PARTICIPLES)})\s+(?:[\w’'-]+\s+){{0,3}}?(?:this|so|that)\s+"
    r"(?:low|high|few|many|large|small|big|much|little)\b",
    r"(?:unseen|unmatched|unsurpassed)\s+since\b",
    # finder v13: "lows last seen in 1990", "a level last reached in 2008": the last time a level was met, said after it
    rf"{LAST_SEEN}\b(?=\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d\d)",
    rf"by\s+(?:{_alternatives(HISTORY_STANDARD_WORDS)})\s+(?:{_alternatives(HISTORY_STANDARD_NOUNS)})\b",
    rf"(?:{_alternatives(LAST_TIME_WORDS)})\b(?=[^.;!?]{{0,120}}?\b(?:was|were)\s+(?:in\s+|back\s+in\s+)?(?:the\s+)?"
    # finder v24: a month may name the period ("was in January 1999", "was in March of 2009")
    r"(?:(?:late|early|mid)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(?:\d{1,2},?\s+)?(?:of\s+)?)?(?:1[89]|20)\d\d)",
    r"(?:the\s+)?first\s+time\s+(?:since|in)(?=\s+(?:(?:(?:more\s+than|over|nearly|almost|about)\s+)?(?:a|\d|\w+\s+(?:years|decades))"
    r"|(?:1[89]|20)\d\d|(?:[\w.]+\s+){0,2}(?:history|memory)\b))",   # the words end at since/in: no trailing space
)


# ---- finder v10 (issue 23): the misses of corpus/heldout8/, each as the class of English it belongs to ------------------
# Verbs of nearing bound the number they take from below, as "nearly" does ("the increase approached 100,000": it came
# close to 100,000 and stayed under it) -> just_below
NEARING_HEDGES = {"approached": "just_below", "approaching": "just_below", "approaches": "just_below",
                  "neared": "just_below", "nearing": "just_below"}
# An inclusive bound, "at or" + a bound ("at or below 4%": 4 % is allowed, anything above is not) -> at_most / at_least
INCLUSIVE_BOUND_HEDGES = {"at or below": "at_most", "at or under": "at_most", "at or less than": "at_most",
                          "at or above": "at_least", "at or over": "at_least", "at or more than": "at_least"}
# Nouns of an accumulated amount: a record adjective ("a historic backlog", "an unprecedented deficit") sizes them as it
# sizes "levels" or "numbers"
ACCUMULATION_NOUNS = frozenset("""backlog backlogs deficit deficits surplus surpluses shortfall shortfalls debt debts
caseload caseloads stockpile stockpiles""".split())
# Superlatives of judgement: before a noun that measures ("the worst rate in the country", "the best turnout figure"),
# with up to two modifiers between ("the third worst fatal overdose rate"), they rank the measure; the direction depends
# on the measure (the worst death rate is the highest), so the reading is a rank with no side: not "the worst
# decision" (no measure)
JUDGEMENT_SUPERLATIVES = ("worst", "best")
# Adjectives of achievement that make "record" an amount's mark, after a comparative or an intensifier ("an even more
# impressive record", "a truly remarkable record"): not "a more complete record" (a file)
ACHIEVEMENT_ADJECTIVES = frozenset("""impressive remarkable extraordinary astonishing staggering stunning striking
spectacular dramatic historic""".split())
# A plural time unit as the head of a span of something ("plus years of delays", "after decades of decline"): a vague
# span of that unit, read as "decades-long" is; only where no determiner, number or adjective stands before it ("the
# years of balanced budgets" names a period, "eight years of" is a count): the word before is one of these or a
# punctuation mark
BARE_SPAN_UNITS = ("years", "decades", "months", "weeks")
BARE_SPAN_BEFORE = ("plus", "after", "for", "with", "despite", "following", "amid", "and", "or", "through")


# ---- finder v11 (issue 23): the ninth set's misses, each as a class of English ----------------------------------
# Verbs of motion whose particle "up" is not the hedge "up to" ("jumped back up to 14,138", "went up to 500"): any -ed
# form is read by the pattern; these are the irregular and present forms.
MOTION_VERBS = frozenset("""go goes going went gone come comes coming came rise rises rising rose risen grow grows growing
grew grown shoot shoots shooting shot climb climbs climbing jump jumps jumping move moves moving tick ticks ticking
creep creeps creeping crept spring springs sprang sprung bounce bounces bouncing""".split())
# Hedges of nearness that may stand before a verb of meeting a mark and bound its object ("nearly hit 15,000")
NEARNESS_HEDGES = frozenset({"nearly", "almost"})
# Verbs of meeting a mark: every form
MEETING_VERBS = frozenset("""hit hits hitting reach reaches reached reaching meet meets met meeting match matches matched
matching touch touches touched touching equal equals equaled equalled pass passes passed crossed cross crosses""".split())
# -ing words that say what kind a measure is, not what it counts ("the 30-day running average", "a rolling total")
MEASURE_KIND_PARTICIPLES = frozenset("running rolling moving trailing cumulative".split())


# --- finder v12 (issue 23): heldout10's misses, each as the class of English it belongs to (corpus/README.md) ---
# ranks as verbs: "lead the nation", "led the state in arrests": the whole a subject is first in
LED_WHOLES = frozenset("nation country state states region world county city list pack field".split())
# ", led by Tennessee" ranks the first of a set only after a change in the same sentence
LED_BY_CHANGES = frozenset("""fall falls fell fallen falling rise rises rose risen rising grow grows grew grown growing
increase increases increased increasing decrease decreases decreased decreasing decline declines declined declining drop
drops dropped dropping gain gains gained loss losses lost jump jumped jumps surge surged climb climbed growth""".split())
# percentage points in words: the number words before "percentage point(s)" ("two percentage points")
POINT_NUMBER_WORDS = {"one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
                      "eight": 8.0, "nine": 9.0, "ten": 10.0}
# "point(s)" without "percentage" is a change in points only after one of these ("fell by a point and a half", "down half a
# point"); not "at one point", "a point of contention"
POINT_CHANGE_WORDS = frozenset("by down up fell rose dropped climbed slipped gained lost declined increased".split())
# adjectives of feeling or certainty, and nouns of concern, whose complement "about" introduces: "about" after them is
# a preposition, no hedge ("concerned about two Council actions"); not a verb ("rose about 3%", "spoke about 30
# minutes", "read about 200 pages", where "about" may be the hedge)
ABOUT_TAKERS = frozenset("""concerned worried anxious nervous upset angry excited happy unhappy optimistic pessimistic
skeptical sceptical confident sure unsure uncertain curious questions concern concerns worry worries""".split())


# --- finder v13 (issue 23): the pooled misses of every set, each as a class of English (corpus/README.md) -----------
# A participle that joins a noun to make a compound adjective, written without its hyphen ("1,506 homicide related
# offenses", "drug related deaths", "gang affiliated members"): inside the noun phrase, as "drug-related" is; not the
# verbs of a clause ("involved", "led" stay out)
COMPOUND_PARTICIPLES = frozenset("""related based linked affiliated connected induced associated driven sponsored funded
owned born""".split())
# The qualifiers of "any" in a comparison with every period ("than in any previous fiscal year", "than at any prior point",
# "than any earlier decade"): as "other" is
ANY_PERIOD_QUALIFIERS = ("other", "previous", "prior", "earlier", "past", "preceding")
# Verbs of change after which "the most" / "the least" ranks the change ("shares have risen the most for ...", "fell
# the least"): every form
MOST_CHANGE_VERBS = LED_BY_CHANGES - {"growth", "loss", "losses"} | frozenset("""grown jumping surges surging climbs
climbing improve improves improved improving benefit benefits benefited benefitted shrink shrinks shrank shrunk slow slows
slowed soar soars soared soaring spike spiked plunge plunged plummeted swell swelled expand expanded contract contracted
change changed changes suffer suffered""".split())
# An adverb of record before an adjective of level ("historically high rent increases", "unprecedentedly low"): a record
# in other words, as "record high" is
RECORD_ADVERBS = ("historically", "unprecedentedly")
LEVEL_ADJECTIVES = {"high": True, "low": False, "large": True, "small": False, "elevated": True, "depressed": False}
# A mark of height in the plural after a word of novelty or record ("staggering new heights", "record heights", "new
# depths"): the highest (or lowest) point reached
HEIGHT_MARKS = {"heights": True, "depths": False}
HEIGHT_QUALIFIERS = ("new", "record", "all-time", "historic", "unprecedented")
# "the record-holder", "a record holder": what holds the record is at the top of the series
RECORD_HOLDERS = ("holder", "holders", "setter", "setters", "breaker", "breakers")
# Nouns of prominence or priority: a superlative of size before them ranks importance, not an amount ("one of the biggest
# topics", "the highest priority calls", "the largest concern"): no quantity word
PROMINENCE_NOUNS = frozenset("""topic topics issue issues priority priorities concern concerns question questions problem
problems challenge challenges story stories name names star stars fan fans critic critics supporter supporters winner
winners loser losers surprise surprises hurdle hurdles obstacle obstacles mistake mistakes honor honors honour honours
headline headlines controversy controversies""".split())
# Adjectives of a span's wholeness or its loss: "a lost decade", "a complete year" is one unit, as "a full year" is
SPAN_WHOLE_ADJECTIVES = ("whole", "full", "single", "entire", "half", "lost", "complete")
# Prepositions after which a majority adverb still sizes a bare noun phrase ("deal mainly with immigrants in detention",
# "work mostly in rural counties", "mostly among young men"): the object has no determiner
MAJORITY_ADVERB_PREPOSITIONS = ("with", "in", "on", "at", "for", "among", "to")
# Object nouns that make such a phrase a cause or a purpose, not a part ("mainly for reasons of cost")
MAJORITY_ADVERB_CAUSE_NOUNS = frozenset("reasons purposes causes grounds".split())
# A hedge of nearness before a negative universal ("almost none", "virtually no one", "nearly nobody"): the mirror of
# "nearly all", read (0, 10]
NEGATIVE_UNIVERSALS = ("none", "no one", "no-one", "nobody", "nothing", "no")
# "hardly any students", "scarcely any", "barely any": the same reading, said with "any"
SCARCELY_ANY = ("hardly any", "scarcely any", "barely any")
# Ranks as verbs (v12 read "lead the nation"): "ranked first in the state", "ranks 10th nationally", "topped the list"
RANK_VERBS = ("rank", "ranks", "ranked", "ranking")
TOP_VERBS = ("top", "tops", "topped", "topping")
TOP_WHOLES = LED_WHOLES | frozenset("list lists chart charts rankings ranking table".split())
# Prepositions of duration before "the next/coming <unit>": a span forward from now ("over the next decade", "within the
# coming year"), as "the last <unit>" is a span back (v12); without one "the next year" may be the year after
FORWARD_SPAN_PREPOSITIONS = ("over", "in", "during", "within", "throughout")  # not "for the next year" (a budget's year)
FORWARD_SPAN_QUALIFIERS = ("next", "coming")
# The short units a fraction in words may take besides years ("half an hour", "a quarter of an hour", "half a day")
SHORT_UNITS = ("hour", "day", "week", "month", "year")
# after heldout46's first score: units of measure a fraction in words may take ("a half mile", "half a mile", "a
# quarter-mile", "a third of an acre"): that fraction of the unit, not a share of 50 percent; unit -> its plural
MEASURE_UNITS = {"mile": "miles", "inch": "inches", "foot": "feet", "acre": "acres", "pound": "pounds",
                 "gallon": "gallons", "ton": "tons", "block": "blocks", "kilometer": "kilometers",
                 "kilometre": "kilometres", "meter": "meters", "metre": "metres", "ounce": "ounces", "cup": "cups"}
# Hedges that may stand between "by"/"to" and a lone fraction ("cut by more than a third", "down to nearly a quarter")
FRACTION_CHANGE_HEDGES = ("more than", "less than", "nearly", "almost", "about", "around", "roughly", "over", "under",
                          "just over", "just under", "well over", "close to", "some")

# ---- finder v14 (issue 23): units as the reader means them, the unit misses of every set pooled -------------------
# Event nominalisations: a noun that names an act done to people or things ("the apprehension of migrants", "arrests of
# people with convictions"). A bare number whose clause has such a noun, with "of" and what it acts on, as its subject
# counts the events (apprehensions), not what "of" names (migrants): an agency's series counts acts, one person may be
# apprehended twice. The singular and the plural stem -> the unit (the plural as a reporter writes it).
EVENT_NOUNS = {
    "apprehension": "apprehensions", "arrest": "arrests", "deportation": "deportations", "removal": "removals",
    "expulsion": "expulsions", "release": "releases", "booking": "bookings", "encounter": "encounters",
    "eviction": "evictions", "prosecution": "prosecutions", "conviction": "convictions", "referral": "referrals",
    "admission": "admissions", "interdiction": "interdictions", "repatriation": "repatriations", "seizure": "seizures",
    "killing": "killings", "crossing": "crossings", "layoff": "layoffs", "firing": "firings", "hiring": "hires",
}
# Verbs whose subject is what the number after them measures ("homicides were down to 392", "daily arrests averaging
# around 930", "single adults, mostly from Mexico, accounted for 6,307"): a change, a level or a total, each form
SUBJECT_MEASURE_VERBS = ("""were was are is fell falls falling rose rises rising dropped drops dropping declined declines
declining decreased decreases decreasing increased increases increasing grew grows growing climbed climbs climbing
jumped jumps jumping totaled totalled totals totaling totalling numbered numbers numbering averaged averages averaging
reached reaches reaching hit hits hovered hovering stood stands slipped slid plunged plummeted soared surged
ranged ranging accounted""".split())
# Plurals of measure nouns ("with numbers falling to 83,536", "The numbers represent ..."): a measure, not a thing counted
MEASURE_PLURALS = frozenset("numbers figures totals counts tallies levels averages rates populations".split())

# ---- finder v15 (corpus/README.md, "Rules finder v15 follows") ----
# A tally of a vote: two whole numbers joined by a dash or "to", each a count of votes ("passed by a 9-6 vote", "the
# council voted 7-6", "a 5-4 decision"). The verbs of deciding by vote that may stand before it (any form) ...
VOTE_VERBS = frozenset("""vote voted votes voting pass passed passes approve approved approves adopt adopted adopts
reject rejected rejects rule ruled rules decide decided decides confirm confirmed confirms uphold upheld upholds
overturn overturned overturns override overrode overridden ratify ratified ratifies elect elected split splits""".split())
# ... and the nouns of a vote's outcome that may follow it, or stand before it with "of" ("by a margin of 9-6")
VOTE_NOUNS = frozenset("vote votes decision ruling verdict margin tally majority split".split())
# A score line of a game: two counts, not a range, and not votes ("the Cubs won 5-3", "a 3-1 loss")
SCORE_VERBS = frozenset("""won win wins lost lose loses beat beats defeated defeat defeats tied ties drew draw trailed
trails led leads edged edges routed blanked""".split())
SCORE_NOUNS = frozenset("win wins victory loss losses defeat draw tie lead score record season".split())
# A place in a sequence before a plural time unit: "five of the past six years", "in four of the last five months"
SEQUENCE_ADJECTIVES = frozenset("""past last previous preceding prior next first final following remaining coming
consecutive straight""".split())

# ---- finder v17 (corpus/README.md, "Rules finder v17 follows"): the noun the reader supplies ----
# A number is a noun when the word after it cannot head a noun phrase: an adverb, a verb, a predicative adjective. Then
# it counts what its clause (or the sentence before) counts ("we are about 38 short", "500,000 Haitians now take part").
# The classes of words that cannot be a unit, closed lists by word class (the -ly adverbs, -ed participles, STOP_WORDS'
# prepositions and auxiliaries are read by their shape or list elsewhere):
# adverbs of time, frequency, focus and degree that stand between a subject and its verb
CLAUSE_ADVERBS = frozenset("""now still also already currently then often never ever again just only even too soon yet
once today meanwhile thus therefore nonetheless nevertheless""".split())
# predicative adjectives that say where a number stands against a mark or another number ("38 short", "two shy of",
# "five ahead"); every adjective of MAGNITUDE_ADJECTIVES and every comparative of COMPARATIVES as well
STANDING_ADJECTIVES = frozenset("""short shy ahead behind apart away left over under alone apiece altogether combined
strong""".split())
# the past tense of irregular verbs (a capitalised plural followed by one is a clause's subject, as in a headline's title
# case: "600 Medications Saw Increases")
IRREGULAR_PAST_TENSES = frozenset("""saw had got went made took came fell rose grew lost won left met paid ran spent gave
kept found held brought told thought became began sought fled stood sat drove flew fought chose bought sold""".split())
# units of measure that a rate's base may count ("1.27 deaths per 100 million vehicle miles"): the base is then a
# measure, not a count of people or events, and the unit keeps it; a base of people or events is left as the corpus
# labels it (its README: "A rate's base noun", a disagreement between readers)
MEASURE_BASE_UNITS = frozenset("""mile miles kilometer kilometers kilometre kilometres km gallon gallons liter liters litre
litres acre acres hectare hectares ton tons tonne tonnes barrel barrels""".split())


# ---- finder v18 ------------------------------------------------------------------------------------------------------
# units of length, and of data, that make an area or a volume after "square" or "cubic" ("38 square miles") or a speed
# before "per" and a time unit ("25 megabits per second", "65 miles per hour"): the measure is the whole phrase, since
# "miles" alone is a length and a checker comparing it with "square miles" compares unlike things
LENGTH_UNITS = frozenset("""mile miles kilometer kilometers kilometre kilometres km foot feet yard yards meter meters metre
metres inch inches centimeter centimeters centimetre centimetres""".split())
DIMENSION_WORDS = frozenset("square cubic".split())
RATE_OF_MEASURE_UNITS = LENGTH_UNITS | MEASURE_BASE_UNITS | frozenset("""bit bits kilobit kilobits megabit megabits
gigabit gigabits byte bytes kilobyte kilobytes megabyte megabytes gigabyte gigabytes terabyte terabytes""".split())
# the time units a speed or a flow is measured per ("per second", "per hour"); "per year" is left to the rate rules
SPEED_TIME_UNITS = frozenset("second minute hour".split())
# heads that name nothing a checker can look up without the noun before them, as "units" (v5): an agent noun whose object
# is that noun ("asylum seekers", "job seekers": a seeker of what) and a card, whose kind is that noun ("green cards",
# "ID cards": a card of what standing); "25,700 staff members" still counts members
KIND_NAMED_NOUNS = frozenset("seeker seekers card cards".split())
# a rate of people in a role per people of another ("68 teachers per 10,000 students", "3 nurses per 1,000 patients") names
# its base: the base is not the population at large, which "per 100,000" alone means (people, residents, ...); a rate of
# events ("deaths per 100,000 people", "deaths per 100,000 live births") is left as the corpus labels it (README, v17)
PER_CAPITA_BASES = frozenset("people persons residents inhabitants population individuals citizens".split())
# finder v23: a count per one of something ("171 bushels per acre", "4,500 cases per immigration judge", "300 pounds a
# head"): "per" before a unit of measure (A_BASE_UNITS, MEASURE_BASE_UNITS) or a person (these, or a singular agent noun
# in -er, -or, -ist, -ian, -ant, -ent); not per a stretch of time ("per year": the count, as the labels read it) nor per
# an event ("200 passengers per flight" is labelled as the passengers)
PER_PERSON_BASES = frozenset("""person capita head judge student pupil resident household family child adult citizen
inhabitant inmate patient physician nurse doctor member voter user employee individual""".split())
PER_NOT_A_BASE = frozenset("""cent se period shift season term semester session cycle quarter round""".split())
# after "a" or "an" only a unit of measure or a head count is a base ("50 bushels an acre"): "gave 40 students a chance"
# is an object, not a rate
A_BASE_UNITS = frozenset("""acre hectare head gallon liter litre mile kilometer kilometre pound ton tonne barrel person
household capita""".split())
ROLE_NOUN_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents")
# a rise or an arrival counted as a whole: a record adjective before it ("a historic wave", "an unprecedented surge of
# arrivals"), up to two modifiers between ("the historic child migration wave"), says no wave was larger
FLOW_NOUNS = frozenset("wave waves surge surges influx influxes spike spikes".split())
# nouns of size a record adjective is said of after "in" ("historic in both its size and destructiveness")
SIZE_NOUNS = frozenset("size scale scope magnitude number numbers extent".split())
# superlatives of a measured condition of a period ("one of the state's hottest years on record", "the driest month since
# 1895"): the period's place in the series of that measure (a temperature, a rainfall); True where the top is meant
PERIOD_SUPERLATIVES = {"hottest": True, "warmest": True, "wettest": True, "snowiest": True, "rainiest": True,
                       "windiest": True, "stormiest": True, "coldest": False, "coolest": False, "driest": False}
