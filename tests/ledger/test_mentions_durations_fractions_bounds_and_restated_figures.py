"""Numbers in words and the bounds around them (issue 23, the misses of corpus/heldout6/ as general rules): a span of
one unit said in words ("the past decade", "a decade-long", "a year ago"), a fraction alone as where a change ended or
its size ("down to a fifth", "cut by a third"), a comparative before "than" and "within" as bounds, one hedge for a share
restated as a count ("more than 60%, or 4,000"), and "of every" before a rate's base. Each sentence is written here, none
copied from the labelled sets."""
import pytest

from factcheck.ledger.hedges import HEDGES
from factcheck.ledger.mentions import find_mentions
from factcheck.ledger.vocabulary import BOUND_HEDGES, COMPARATIVE_HEDGES


def quantities(text):
    return [(m.text, m.kind, m.value, m.reading, m.unit) for m in find_mentions(text) if m.is_quantity]


@pytest.mark.parametrize("text, expected", [
    ("Rents rose over the past decade in every ward.", [("past decade", "duration", 1, "rounding", "decades")]),
    ("Wages stalled in the past year.", [("past year", "duration", 1, "rounding", "years")]),
    ("It ended a century-long dispute over water.", [("century-long", "duration", 1, "rounding", "centuries")]),
    ("The mill closed after a year-long strike.", [("year-long", "duration", 1, "rounding", "years")]),
    ("The survey was taken a year ago by the council.", [("a year", "duration", 1, "rounding", "years")]),
    ("A decade earlier the plant had closed.", [("A decade", "duration", 1, "rounding", "decades")]),
])
def test_one_unit_of_time_in_words_is_a_duration(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text", [
    "Buses run 40 times a day.",          # a rate: "a day" after a number
    "The market opens once a week.",      # a manner of speaking
    "The past year's budget was lean.",   # a year named, not a span counted
])
def test_a_unit_of_time_without_a_span_is_no_duration(text):
    assert [m for m in quantities(text) if m[1] == "duration"] == []


@pytest.mark.parametrize("text, value", [
    ("Staffing is down to a fifth from its peak.", 20),
    ("The council cut the grant by a third in 2021.", 100 / 3),
    ("Waiting lists fell to a quarter.", 25),
])
def test_a_fraction_alone_ends_or_sizes_a_change(text, value):
    [found] = [m for m in quantities(text) if m[1] == "fraction"]
    assert found[2] == pytest.approx(value) and found[4] == "percent"


@pytest.mark.parametrize("text", [
    "Two were sent to a third country for processing.",   # "third" of a noun: an ordinal
    "The lease runs by a quarter century.",
])
def test_a_fraction_word_before_its_noun_is_no_share(text):
    assert [m for m in quantities(text) if m[1] == "fraction"] == []


@pytest.mark.parametrize("text, expected", [
    ("Claims must be paid within 30 days of filing.", ("30", "at_most", "within")),
    ("Some 12 towns had a vacancy rate higher than 8%.", ("8%", "above", "higher than")),
    ("Ridership was lower than 2,000 riders a day.", ("2,000", "below", "lower than")),
    ("The backlog is greater than 15,000 cases.", ("15,000", "above", "greater than")),
])
def test_a_bound_before_a_number_is_its_hedge(text, expected):
    [mention] = [m for m in find_mentions(text) if m.is_quantity and m.text == expected[0]]
    assert (mention.reading, mention.hedge) == expected[1:]


def test_every_comparative_and_bound_the_finder_reads_is_a_hedge_the_validator_knows():
    assert all(HEDGES[words] == shape for words, shape in {**COMPARATIVE_HEDGES, **BOUND_HEDGES}.items())


def test_a_share_restated_as_a_count_shares_its_hedge():
    text = "Of 5,000 applicants, more than 60% or 3,000 were women."
    found = {m.text: (m.reading, text[m.quote_start:m.quote_end]) for m in find_mentions(text) if m.is_quantity}
    assert found["60%"][0] == "above" and found["3,000"] == ("above", "more than 60% or 3,000")


def test_two_counts_joined_by_or_are_alternatives_not_a_restatement():
    found = {m.text: m.reading for m in find_mentions("We expect about 40 or 50 people.") if m.is_quantity}
    assert found == {"40": "around", "50": "rounding"}


def test_of_every_before_a_large_base_is_a_rate():
    [rate] = [m for m in find_mentions("Roughly 31 of every 100,000 residents were evicted.") if m.is_quantity]
    assert (rate.kind, rate.value, rate.reading, rate.unit) == ("rate", 31, "around", "residents per 100,000")


def test_of_every_before_a_small_whole_is_no_rate():
    assert all(m.kind != "rate" for m in find_mentions("Three of every four voters agreed."))
