"""Finder v13 (issue 23): the pooled misses of every labelled set, grouped into classes of English a reporter uses in any
story (corpus/README.md, "Rules finder v13 follows"). Every sentence here is written for this file, none copied from a
labelled set; each class has guards, sentences that must not be read that way. Every quantity word drafted here must
also pass the validator (words.rule_for reads it, and it stands in its quote)."""
import pytest

from factcheck.ledger.hedges import HEDGES
from factcheck.ledger.mentions import find_mentions
from factcheck.ledger.words import draft_claim, rule_for

from mentions_found import only, quantities, words  # tests/mentions_found.py


def periods(text):
    return [(m.kind, m.text) for m in find_mentions(text) if not m.is_quantity]


# ---- durations: "and a half" after any time unit ----------------------------------------------------------------------
@pytest.mark.parametrize("text, value, unit, reading", [
    ("The audit took more than a year and a half.", 1.5, "years", "above"),
    ("The hearing ran an hour and a half.", 1.5, "hours", "rounding"),
    ("Rents rose for a decade and a half.", 1.5, "decades", "rounding"),
    ("Repairs took two years and a half.", 2.5, "years", "rounding"),
    ("She served three and a half years.", 3.5, "years", "rounding"),    # v8's order, unchanged
])
def test_and_a_half_after_a_time_unit(text, value, unit, reading):
    m = only(text)
    assert (m.kind, m.value, m.unit, m.reading) == ("duration", value, unit, reading)


def test_and_a_half_does_not_join_a_rate():
    assert [m.kind for m in quantities("Rents rise 3% a year and half of renters pay more.")][0] == "percent"


# ---- durations: a span's wholeness or loss, forward spans, fractions of short units -------------------------------------
@pytest.mark.parametrize("text, value, unit", [
    ("Wages stalled through a lost decade.", 1.0, "decades"),
    ("Over the next decade, costs will climb.", 1.0, "decades"),
    ("Within the coming year the plant will close.", 1.0, "years"),
    ("Half an hour later the line was gone.", 0.5, "hours"),
    ("The vote took a quarter of an hour.", 0.25, "hours"),
])
def test_spans_in_words(text, value, unit):
    m = next(m for m in quantities(text) if m.kind == "duration")
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "The next year, the mayor ran again.",                    # no preposition of duration: the year after a moment
    "The council set money aside for the next year.",         # a budget's year
    "It was his third year in office.",                       # an ordinal, not a third of a year
])
def test_not_a_span_forward_or_a_fraction_of_a_unit(text):
    assert [m for m in quantities(text) if m.kind == "duration"] == []


# ---- "within" reaches past "the last" -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, reading", [
    ("Anyone deported within the last three years is barred.", "at_most"),
    ("Claims filed within the past 90 days are reviewed.", "at_most"),
    ("Anyone deported in the last three years is barred.", "rounding"),
])
def test_within_the_last_n_units_is_a_bound(text, reading):
    m = only(text)
    assert (m.kind, m.reading) == ("duration", reading)
    assert text[m.quote_start:m.quote_end].startswith("within") == (reading == "at_most")


# ---- a hedged range whose first end lacks the unit --------------------------------------------------------------------
@pytest.mark.parametrize("text, low, high, unit", [
    ("Enrollment usually climbs by roughly 5 to 8 percent each fall.", 5, 8, "percent"),
    ("Costs rose by 2 to 3 million dollars.", 2e6, 3e6, "usd"),
])
def test_a_bare_first_end_takes_the_unit_after_by(text, low, high, unit):
    m = only(text)
    assert (m.kind, m.value, m.value_to, m.reading, m.unit) == ("range", low, high, "range", unit)


@pytest.mark.parametrize("text", [
    "Spending will slip by about $40 million to around $300 million.",   # both ends written: a change and its end (v11)
    "Membership grew by 300 to 4,500.",                                  # neither written: likewise
])
def test_a_change_and_its_end_stay_two_numbers(text):
    assert len(quantities(text)) == 2


# ---- two vague magnitudes joined by "or" --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, unit", [
    ("The plan could cost tens or hundreds of millions of dollars.", 1e7, "usd"),
    ("Hundreds or thousands of tenants moved out.", 100, "tenants"),
    ("Dozens or even hundreds of clinics closed.", 12, "clinics"),
    ("Scores of families waited outside.", 20, "families"),
    ("A couple hundred volunteers came.", 100, "volunteers"),
])
def test_vague_magnitudes(text, value, unit):
    m = only(text)
    assert (m.kind, m.value, m.reading, m.unit) == ("vague", value, "order_of_magnitude", unit)
    assert m.hedge in HEDGES


def test_scores_of_a_number_is_no_magnitude():
    assert [m.value for m in quantities("Scores of 80 or more pass the exam.")] == [80]


# ---- percentage points after digits, stacked hedges, "as ... as" ---------------------------------------------------------
def test_percentage_points_after_digits():
    m = only("The jobless rate fell 1.4 percentage points from a year before.")
    assert (m.value, m.unit) == (1.4, "percentage points")


@pytest.mark.parametrize("text, reading", [
    ("The fund holds at least approximately $3 billion.", "at_least"),
    ("Officials counted more than about 400 shelters.", "above"),
    ("Estimates run as high as 52,000 workers.", "at_most"),
    ("Fees can be as low as 2 percent.", "at_least"),
    ("About 2,000 people came.", "around"),
])
def test_the_outer_bound_and_the_as_as_family(text, reading):
    assert only(text).reading == reading


def test_as_high_as_after_a_multiplier_is_a_comparison():
    assert [m.reading for m in quantities("The toll was twice as high as 500 deaths.") if m.unit == "deaths"] == ["rounding"]


# ---- periods: day ranges of one month, quarter labels, "No. 1" --------------------------------------------------------------
@pytest.mark.parametrize("text, period", [
    ("Voting took place March 3-9 across the county.", "March 3-9"),
    ("The sale runs from June 1 through 7.", "June 1 through 7"),
])
def test_a_day_range_is_a_date(text, period):
    assert quantities(text) == [] and ("date", period) in periods(text)


def test_a_day_range_before_a_count_is_not_joined():
    assert [m.value for m in quantities("Cases climbed from June 1 to 15 cases.")] == [15]


@pytest.mark.parametrize("text", ["Sales rose in Q3 2024 from Q2.", "Profits fell in H1.",
                                  "Drowning is the No. 1 cause of death for toddlers."])
def test_labels_and_places_are_no_counts(text):
    assert quantities(text) == []


# ---- shares with "every", a quarter million --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [("One in every five residents rents.", 20.0),
                                         ("Two out of every three voters agreed.", 200 / 3)])
def test_a_share_of_every(text, value):
    m = only(text)
    assert (m.kind, m.value, m.unit) == ("fraction", pytest.approx(value), "percent")


def test_a_quarter_million():
    m = only("The city has a quarter million residents.")
    assert (m.value, m.unit) == (250_000, "residents")


# ---- units: a compound participle without its hyphen, a list of names -------------------------------------------------------
@pytest.mark.parametrize("text, unit", [
    ("Police logged 212 drug related deaths.", "deaths"),
    ("The county runs 40 faith based shelters.", "shelters"),
])
def test_a_compound_participle_modifies_the_head(text, unit):
    assert only(text).unit == unit


def test_a_participle_that_starts_a_clause_still_ends_the_phrase():
    assert only("Officers said 30 migrants detained overnight were freed.").unit == "migrants"


def test_a_list_of_names_after_a_number_is_not_its_noun():
    text = "Nine states cut aid. Five of those 9 Ohio, Utah, Iowa, Maine and Texas raised taxes."
    assert [m.unit for m in quantities(text)] == ["states", "states", "states"]


def test_a_list_of_adjectives_before_a_plural_still_joins():
    assert only("Agents held 74 Honduran, Salvadoran and Mexican adults.").unit == "adults"


# ---- quantity words: proportions -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, key", [
    ("On Monday, the majority voted to keep the tax.", "majority"),
    ("The clinic deals mainly with veterans in rural areas.", "mainly"),
    ("Buyers are mostly in suburban counties.", "mostly"),
    ("Almost none of the grant was spent.", "almost none"),
    ("Virtually no one applied.", "virtually no one"),
])
def test_proportions(text, key):
    assert key in [k for _, k in words(text)]


@pytest.mark.parametrize("text", [
    "The majority leader spoke first.",
    "The clinic closed mainly for reasons of cost.",          # a cause
    "Staff work mostly with the help of volunteers.",         # a determiner after the preposition
    "The rise is largely attributable to fees.",              # an adjective of cause
])
def test_not_proportions(text):
    assert words(text) == []


# ---- quantity words: records, marks, comparisons with every period ------------------------------------------------------------
@pytest.mark.parametrize("text, key", [
    ("The town was the record-holder for snowfall.", "record"),
    ("She is a record holder in the mile.", "record"),
    ("Rents reached historically high levels.", "historically high"),
    ("Rates stayed unprecedentedly low.", "unprecedentedly low"),
    ("Tuition climbed to dizzying new heights.", "new heights"),
    ("Prices hit all-time highs this week.", "all-time high"),
    ("Arrests hit a post-pandemic high.", "high"),
    ("Arrests have never been this high.", "never been this high"),
    ("Sales were higher this spring than in any previous spring.", None),   # a season is no calendar unit here
    ("Sales were higher in 2023 than in any previous fiscal year.", "than in any previous fiscal year"),
    ("Fewer crossed than in any prior decade.", "than in any prior decade"),
])
def test_records_and_marks(text, key):
    found = [k for _, k in words(text)]
    assert (key in found) if key else found == []


@pytest.mark.parametrize("text", [
    "He went to a historically black college.",               # an adverb of record before no adjective of level
    "The team reached the heights of the ridge.",              # heights without a word of novelty or record
])
def test_record_adverbs_and_heights_need_their_partner(text):
    assert words(text) == []


def test_ever_recorded_after_a_superlative_is_one_claim():
    assert words("It was the sharpest one-month fall ever recorded.") == [("the sharpest one-month fall", "sharpest")]
    assert words("It was the warmest night ever recorded.") == [("ever recorded", "ever recorded")]


# ---- quantity words: ranks ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, key", [
    ("Costs have grown the most for small farms.", "the most"),
    ("Attendance fell the least in rural districts.", "the least"),
    ("The county ranked first in the state for arrests.", "ranked first"),
    ("Ohio ranks 10th in the nation in deportations.", "ranks 10th"),
    ("The city ranked No. 1 for rent growth.", "ranked no. 1"),
    ("Florida topped the list of states.", "topped"),
    ("Texas is second only to California in arrests.", "second only to"),
])
def test_ranks(text, key):
    assert key in [k for _, k in words(text)]


@pytest.mark.parametrize("text", [
    "She enjoyed the most of her visit.",          # no verb of change before it
    "The band topped off the night with a song.",  # no whole after "topped the"
])
def test_not_ranks(text):
    assert [k for _, k in words(text) if k in ("the most", "topped")] == []


# ---- guards: superlatives of prominence or priority ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Taxes are one of the biggest issues in the race.",
    "Officers answer the highest priority calls first.",
    "It was the largest budget concern of the year.",
])
def test_a_superlative_of_prominence_is_no_quantity_word(text):
    assert words(text) == []


@pytest.mark.parametrize("text, key", [("Texas had the highest number of arrests.", "highest"),
                                       ("It is the largest city in the state.", "largest")])
def test_a_superlative_of_amount_stays(text, key):
    assert [k for _, k in words(text)] == [key]


# ---- every word drafted above passes the validator -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Rents reached historically high levels, new heights, all-time highs and a post-pandemic high.",
    "Costs grew the most; wages fell the least; almost none was saved and virtually no one left.",
    "Ohio ranked first, Utah ranks 10th, Iowa ranked No. 1, Maine topped the list, and Texas is second only to Ohio.",
    "Arrests have never been this high, higher than in any previous fiscal year; she is the record-holder.",
])
def test_every_v13_word_has_a_reading_and_stands_in_its_quote(text):
    found = [m for m in find_mentions(text, words=True) if m.kind == "word"]
    assert found
    for m in found:
        rule_for(m.words)
        row = draft_claim(text, m.quote_start, m.quote_end, m.words)
        assert m.words.lower() in row["quote"].lower()


# ---- the hedge families of "upwards of" and "well over"; shares "four in 10" -----------------------------------------------
@pytest.mark.parametrize("text, reading, first", [
    ("The plan costs north of $5 million.", "above", "north"),
    ("Bids came in south of $2 million.", "below", "south"),
    ("Upward of 300 people came.", "above", "Upward"),
    ("Well under 10 percent applied.", "below", "Well"),
    ("Far fewer than 40 buses ran.", "below", "Far"),
    ("Give or take 50 people attended.", "around", "Give"),
])
def test_hedge_families(text, reading, first):
    m = only(text)
    assert (m.reading, text[m.quote_start:m.quote_end].split()[0]) == (reading, first)


def test_north_of_a_place_is_no_hedge():
    assert quantities("The farm lies north of the river.") == []


@pytest.mark.parametrize("text, value", [("Nearly four in 10 renters are burdened.", 40.0),
                                         ("Seven in 10 voters agreed.", 70.0)])
def test_a_number_word_in_ten_is_a_share(text, value):
    m = only(text)
    assert (m.kind, m.value) == ("fraction", value)


def test_a_count_in_a_span_is_no_share():
    assert [m.kind for m in quantities("He scored two in 10 minutes.")] == ["spelled", "duration"]


# ---- the rest of the share and count families; "last seen in"; "no-one" ---------------------------------------------------
@pytest.mark.parametrize("text, key", [
    ("A large chunk of the budget goes to police.", "large chunk"),
    ("An outsized share of arrests happen in one county.", "outsized share"),
    ("A disproportionate number of the dead were children.", "disproportionate number"),
    ("Only a sliver of the grant was spent.", "a sliver of"),
    ("Hardly any students passed.", "hardly any"),
    ("Virtually no students passed.", "virtually no"),
    ("Almost no-one came.", "almost no-one"),
    ("Wages sank to lows last seen in 1990.", "last seen in"),
])
def test_share_count_and_past_families(text, key):
    assert key in [k for _, k in words(text)]
    for m in (m for m in find_mentions(text, words=True) if m.kind == "word"):
        rule_for(m.words)


@pytest.mark.parametrize("text", ["He was last seen in the park.",       # no year after it
                                  "A growing share of renters pay more.",  # a change, no size
                                  "No-one was hurt."])                     # the pronoun, no count
def test_not_those_families(text):
    assert words(text) == [] and quantities(text) == []


# ---- one scale word for two ends; a factor; "One-in-four" -------------------------------------------------------------------
def test_money_range_shares_its_scale():
    m = only("Costs range from $10 to $15 million.")
    assert (m.value, m.value_to, m.unit) == (10e6, 15e6, "usd")


@pytest.mark.parametrize("text, values", [
    ("The population grew from 1.2 to 1.5 million.", [1.2e6, 1.5e6]),
    ("Revenue fell from $1.9 to $1.5 billion.", [1.9e9, 1.5e9]),
    ("Arrests fell from 300 to 2 million.", [300, 2e6]),          # the ends too far apart to share the scale
    ("Crossings grew from 12 to 14 in March.", [12, 14]),          # no scale word
])
def test_the_ends_of_a_change_share_one_scale(text, values):
    assert [m.value for m in quantities(text)] == [pytest.approx(v) for v in values]


@pytest.mark.parametrize("text, value", [("Prices rose by a factor of three.", 3.0), ("It grew by a factor of 2.5.", 2.5)])
def test_a_factor_of(text, value):
    m = only(text)
    assert (m.kind, m.value, m.unit) == ("multiplier", value, "times")


def test_a_hyphenated_share():
    m = only("One-in-four adults rent.")
    assert (m.kind, m.value) == ("fraction", 25.0)


# ---- a hedged lone fraction; "down from N"; a capitalised subject of a bounding verb ---------------------------------------
@pytest.mark.parametrize("text, value, reading", [
    ("Costs rose by more than a third.", 100 / 3, "above"),
    ("Enrollment dropped by nearly a quarter.", 25.0, "just_below"),
])
def test_a_hedged_lone_fraction(text, value, reading):
    m = only(text)
    assert (m.kind, m.value, m.reading) == ("fraction", pytest.approx(value), reading)


def test_a_lone_fraction_before_its_own_noun_stays_an_ordinal():
    assert quantities("She came by a third route.") == []


def test_down_from_a_bare_number_is_the_same_measure():
    assert [m.unit for m in quantities("The average stay was 55 days, down from 62.")] == ["days", "days"]


def test_down_from_in_another_sentence_is_not_carried():
    found = quantities("The average stay was 55 days. It was down from 62 a year ago.")
    assert next(m for m in found if m.value == 62).unit != "days"


def test_the_subject_of_a_bounding_verb_is_a_whole_word():
    assert only("Arrests exceeded 1,000 in May.").unit == "arrests"


# ---- more of the record, comparison and superlative families --------------------------------------------------------------
@pytest.mark.parametrize("text, key", [
    ("Sales hit record territory.", "record"),
    ("Turnout was an all-time best.", "all-time best"),
    ("Crime is lower than in any other big city.", "than in any other"),
    ("Rents are higher than anywhere else in the country.", "than anywhere else"),
    ("It is the most expensive city in the region.", "most expensive"),
    ("Applications reached an unprecedented 2 million.", "unprecedented"),
])
def test_more_of_the_families(text, key):
    found = [(q, k) for q, k in words(text)]
    assert key in [k for _, k in found]
    for quote, k in found:
        assert k in quote.lower()
        rule_for(k)


@pytest.mark.parametrize("text", ["It is more important than anywhere else.",   # a quality compared
                                  "It was a historic day."])                     # no number after the adjective
def test_not_more_of_the_families(text):
    assert [k for _, k in words(text) if k in ("than anywhere else", "historic")] == []


def test_a_later_bare_rate_takes_the_earlier_rates_noun_once():
    # an earlier rate's unit carries its own base; the later rate adds its base once, not again
    text = ("Its rate was 21.4 deaths per 100,000 last year, against 18.9 per 100,000 the year before. "
            "In 2010 it was 12.3 per 100,000.")
    assert [m.unit for m in quantities(text)] == ["deaths per 100,000"] * 3
