"""Finder v5 (issue 23): the misses of corpus/heldout3/ fixed as general rules, each pinned by a sentence of its own
(none copied from the held-out texts)."""
import pytest

from factcheck.ledger import vocabulary
from factcheck.ledger.hedges import HEDGES, interval_for, shape_of
from factcheck.ledger.mentions import find_mentions
from factcheck.ledger.words import WORD_RULES


def quantities(text):
    return [m for m in find_mentions(text) if m.is_quantity]


def words(text):
    return [(m.text, m.words) for m in find_mentions(text, words=True) if m.kind == "word"]


# ---- a rate's base may stand anywhere in its sentence ------------------------------------------------------------

@pytest.mark.parametrize("text, values, unit", [
    # base after the rate noun, value later in the sentence
    ("The county's infant death rate per 1,000 births fell to 5.6 in 2019 and 5.1 in 2020.", [5.6, 5.1],
     "deaths per 1,000"),
    # an activity noun in -ing between what is counted and the rate noun
    ("Statewide, the teen vaping rate per 100 students stood at 19.2 last spring.", [19.2], "teens per 100"),
    # the value first, the rate and its base after it in the same sentence
    ("At 7.9, the robbery rate per 10,000 residents was the lowest on file.", [7.9], "robberies per 10,000"),
])
def test_a_bare_number_takes_the_unit_of_a_rate_whose_base_its_sentence_names(text, values, unit):
    found = [m for m in quantities(text) if m.value in values]
    assert [m.value for m in found] == values
    assert {m.unit for m in found} == {unit}


def test_the_rate_carries_to_the_next_sentences_and_its_base_is_no_value_of_the_rate():
    text = ("In large towns the theft rate per 1,000 households started at 41.3 and peaked at 52.0. "
            "Then it fell to 30.8. The rate later rose to 33.1.")
    found = {m.value: m.unit for m in quantities(text)}
    assert found == {41.3: "thefts per 1,000", 52.0: "thefts per 1,000", 30.8: "thefts per 1,000",
                     33.1: "thefts per 1,000"}
    [base] = [m for m in find_mentions(text) if m.value == 1000]
    assert (base.kind, base.is_quantity) == ("base", False)   # the base's own digits are part of the unit


def test_a_count_as_large_as_the_base_is_no_rate_per_it():
    text = "Arrests rose to 4,100 in a county whose robbery rate per 1,000 residents is 7.9."
    found = {m.value: m.unit for m in quantities(text)}
    assert found[7.9] == "robberies per 1,000" and found[4100] != "robberies per 1,000"


def test_a_rate_with_its_value_first_skips_an_activity_noun_too():
    [rate] = [m for m in quantities("The adult smoking rate was 11.5 per 100 in the survey.")]
    assert rate.unit == "adults per 100"


# ---- a sign is part of a value -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, quote", [
    ("Harbor County (-12.4 percent; 310 cases) led the decline.", -12.4, "-12.4 percent"),
    ("change: -3,200", -3200, "-3,200"),
    ("Fees (−7%) fell again.", -7, "−7%"),       # the minus sign, U+2212
    ("Lakeside (+4.5%) rose.", 4.5, "+4.5%"),
    ("-18 percent was the worst month", -18, "-18 percent"),   # at the start of a text
])
def test_a_sign_joined_to_a_number_is_part_of_its_value(text, value, quote):
    mention = quantities(text)[0]
    assert mention.value == pytest.approx(value) and mention.text == quote


@pytest.mark.parametrize("text, first", [
    ("a 40-55 percent estimate", 40),          # a range, not -55
    ("during COVID-19 and 2010-11", None),     # a name and a span of years
    ("a 12 - or 15 - percent drop", 12),       # dashes around an aside
])
def test_a_dash_after_a_word_or_a_number_is_no_sign(text, first):
    values = [m.value for m in quantities(text)]
    assert all(v is None or v >= 0 for v in values)
    assert (values[0] if values else None) == first


def test_a_signed_value_means_an_interval_on_its_side_of_zero():
    [mention] = quantities("Revenue (-2.5 percent) slipped.")
    interval = interval_for(mention.value, hedge=mention.hedge, precision=mention.precision, unit=mention.unit)
    assert (interval.low, interval.high) == (pytest.approx(-2.55), pytest.approx(-2.45))


# ---- hedges after the number: a family ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, hedge, reading, quote", [
    ("Turnout may reach 65% or higher this fall.", "or higher", "at_least", "65% or higher"),
    ("Applicants aged 21 or above may apply.", "or above", "at_least", "21 or above"),
    ("Towns of 50,000 and over were surveyed.", "and over", "at_least", "50,000 and over"),
    ("Households of 5 and above get a bonus.", "and above", "at_least", "5 and above"),
    ("Cities of 250,000 + are listed first.", "+", "at_least", "250,000 +"),
    ("Voters 65+ cast most ballots.", "+", "at_least", "65+"),
    ("a 2,000-plus crowd", "plus", "above", "2,000-plus"),
    ("The repairs take 40 hours at a minimum, officials said.", "at a minimum", "at_least", "40 hours at a minimum"),
    ("Wait times of 90 minutes or less are the goal.", "or less", "at_most", "90 minutes or less"),
    ("Rents rose 4% or lower in most towns.", "or lower", "at_most", "4% or lower"),
    ("Classes of 30 or fewer", "or fewer", "at_most", "30 or fewer"),
    ("About 400 or thereabouts came.", "or thereabouts", "around", "400 or thereabouts"),
])
def test_a_hedge_written_after_the_number_bounds_it(text, hedge, reading, quote):
    mention = quantities(text)[0]
    assert (mention.hedge, mention.reading) == (hedge, reading)
    assert text[mention.quote_start:mention.quote_end] == quote


@pytest.mark.parametrize("text", [
    "between 60% or more than 70%",    # an alternative, not a hedge
    "Scores of 5 + 3 bonus points",    # arithmetic
    "ages 18 and up to 25",            # "and up to" starts a range
])
def test_a_number_or_a_range_after_the_words_is_no_hedge_after(text):
    assert quantities(text)[0].hedge in ("", "between")


def test_a_scale_word_alone_takes_a_hedge_after_it():
    [mention] = quantities("a billion-plus dollars in contracts")
    assert (mention.value, mention.reading, mention.unit) == (1e9, "above", "usd")


def test_every_hedge_after_is_known_to_the_validator_and_read_by_the_finder():
    for written, shape in vocabulary.AFTER_HEDGES.items():
        assert HEDGES[written] == shape and shape_of(written) == shape
        text = f"Schools of 120{'' if written in ('+', 'plus') else ' '}{'-plus' if written == 'plus' else written} were counted."
        [mention] = quantities(text)
        assert mention.hedge == written, (written, mention)


def test_hedges_written_after_a_number_are_not_read_before_one():
    """"In recent years 500 people" is no vague span, "or higher 80" no hedge: only the "at ..." forms stand before."""
    assert quantities("In recent years 500 people moved.")[0].hedge == ""
    assert quantities("and over 300 came")[0].hedge == "over"


# ---- hedges before a vague number and words for position -------------------------------------------------------

def test_above_and_near_are_hedges_before_a_number():
    assert quantities("Support must stay above 55.5% to pass.")[0].reading == "above"
    assert quantities("Sales held near 4,000 a week.")[0].reading == "around"


def test_a_plural_number_is_one_number_and_its_position_is_quoted():
    text = "Attendance has stayed near the low 20,000s since the stadium opened."
    [mention] = quantities(text)
    assert (mention.text, mention.value, mention.reading) == ("20,000s", 20_000, "around")
    assert text[mention.quote_start:mention.quote_end] == "near the low 20,000s"
    assert mention.unit != "s"


# ---- durations ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, quote, value, unit, reading", [
    ("Wages rose the most in a decade.", "a decade", 1, "decades", "rounding"),
    ("He was held for a month without a hearing.", "a month", 1, "months", "rounding"),
    ("a years-long dispute over water", "years-long", 1, "years", "order_of_magnitude"),
    ("ending a decades-long feud", "decades-long", 1, "decades", "order_of_magnitude"),
])
def test_spans_in_words_are_durations(text, quote, value, unit, reading):
    [mention] = quantities(text)
    assert (mention.text, mention.value, mention.unit, mention.reading) == (quote, value, unit, reading)


@pytest.mark.parametrize("text", ["They earn 300 a week.", "The board meets once a year.",
                                  "The goal is to finish within a year."])
def test_a_time_unit_after_a_number_or_within_is_no_duration(text):
    assert all(m.kind != "duration" for m in quantities(text))


def test_a_vague_span_reads_as_an_order_of_magnitude():
    [mention] = quantities("centuries-long traditions")
    interval = interval_for(mention.value, hedge=mention.hedge, precision=mention.precision, unit=mention.unit)
    assert (interval.low, interval.high, mention.hedge) == (2, 10, "centuries")


# ---- units ----------------------------------------------------------------------------------------------------------

def test_a_population_counts_itself_unless_an_of_phrase_says_whose():
    assert quantities("Towns of 10,000 to 49,999 population are rural.")[0].unit == "population"
    assert quantities("grouped by county population: 20,000 or more")[0].unit == "population"
    assert quantities("The population of inmates held there reached 8,100.")[0].unit == "inmates"


def test_in_a_of_b_the_head_is_a():
    text = "Arrests of teenagers who skipped school across the district totaled 4,310, up from 3,900."
    assert [m.unit for m in quantities(text)] == ["arrests", "arrests"]


# ---- quantity words --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The record-low turnout worried the clerk.", [("record-low", "record")]),
    ("a record-setting summer", [("record-setting", "record")]),
    ("Rents hit historic highs this spring.", [("historic highs", "historic")]),
    ("Crossings fell to unprecedented levels.", [("unprecedented levels", "unprecedented")]),
    ("Gas prices reached a high of $5.12 in June.", [("a high", "high")]),
    ("Gas prices reached a new high of $5.12 in June.", [("new high", "new high")]),   # the mark v4 reads
    ("Its share slid to a low of 4% by May.", [("a low", "low")]),
    ("Canada is the top destination for the exports.", [("the top destination", "top")]),
    ("Falls are the leading cause of injury at work.", [("the leading cause", "leading")]),
    ("Ohio was the number-one source of the complaints.", [("the number-one source", "number-one")]),
])
def test_quantity_word_families(text, expected):
    assert words(text) == expected
    for _, key in expected:
        assert key in WORD_RULES and WORD_RULES[key].interval is None   # a condition people judge


@pytest.mark.parametrize("text", [
    "She was the top official at the agency.",        # a rank of office
    "Falls are a leading cause of injury.",           # one of the first, not the first
    "The historic building was sold.",                # not before a measure
    "It set a high bar for the rest.",                # no number after "of"
    "a high school and a low cost",
])
def test_words_that_claim_no_extreme_are_not_quantity_words(text):
    assert words(text) == []


def test_the_marks_at_the_ends_of_a_range_are_quantity_words():
    """corpus/README.md's labelling rule: "a low of 300" claims no figure of the period was below 300, in a range too."""
    assert words("Enrollment ranged between a low of 300 in 2019 and a high of 420 in 2022.") == [
        ("a low", "low"), ("a high", "high")]
    # the number after "of" may carry its own hedge
    assert words("Bookings swung from a low of about 900 to a high of just over 1,400.") == [
        ("a low", "low"), ("a high", "high")]
