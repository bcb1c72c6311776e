"""Quantity words by their class (issue 23, the misses of corpus/heldout6/ as general rules): a rank of an amount ("the
third-busiest"), "the most" that ends its phrase ("the most since 2009"), "most" as a determiner of a majority ("in most
counties") and the nouns of a large part ("the bulk of"), a past mark with words between ("a previous quarterly record"),
a span joined to a high or a low ("a 40-year low"). Guards: "most" as a degree or a superlative ("most importantly", "the
most reliable figures", "his most trusted aides"), a record that is a file ("prior criminal records"). The validator
reads every word the finder drafts. Each sentence is written here, none copied from the labelled sets."""
import pytest

from factcheck.ledger.mentions import find_mentions
from factcheck.ledger.vocabulary import MAJORITY_NOUNS, RANK_ORDINALS, SIZE_SUPERLATIVES
from factcheck.ledger.words import UnknownWords, rule_for


def words(text):
    return [(m.text, m.words) for m in find_mentions(text, words=True) if m.kind == "word"]


@pytest.mark.parametrize("text, expected", [
    # corpus/README.md, "A rank of an amount": a checker tests it against the series, as it tests "the lowest"
    ("The airport is the second-busiest in the state.", [("the second-busiest", "second-busiest")]),
    ("Fresno is the fifth-largest city in California.", [("the fifth-largest", "fifth-largest")]),
    ("It posted the 3rd-lowest turnout on file.", [("the 3rd-lowest", "3rd-lowest")]),
])
def test_a_rank_of_an_amount_is_a_quantity_word(text, expected):
    assert words(text) == expected


def test_a_rank_keeps_its_ordinal_among_the_numbers():
    assert [(m.kind, m.text) for m in find_mentions("the second-busiest airport")] == [("ordinal", "second")]


@pytest.mark.parametrize("text, expected", [
    ("Some 700 were cited in May, the most since 2009.", [("the most", "the most")]),
    ("Ohio reported the most ever for a single week.", [("the most", "the most")]),
    ("Of all the counties, Lake had the most.", [("the most", "the most")]),
    ("Fees are capped in most counties this year.", [("most", "most")]),
    ("Most large districts cut bus routes.", [("Most", "most")]),
    ("Most rural hospitals lost money.", [("Most", "most")]),
    ("The bulk of the grants went unspent.", [("The bulk of", "the bulk of")]),
    ("The lion's share of the budget goes to roads.", [("The lion's share of", "the lion's share of")]),
])
def test_most_as_a_record_or_a_majority_is_a_quantity_word(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text", [
    "Most importantly, the fund is solvent.",
    "These are the most reliable figures we have.",
    "He fired his most trusted aides.",
    "It will most likely pass next week.",
    "It was a most unusual winter.",
    "At most, a handful applied.",
])
def test_most_as_a_degree_or_a_superlative_of_a_quality_is_not_a_quantity_word(text):
    assert words(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Sales came close to a previous quarterly record.", [("previous quarterly record", "record")]),
    ("Prices passed their prior seasonal highs.", [("prior seasonal highs", "high")]),
    ("Turnout fell to a 40-year low in the vote.", [("low", "low")]),
    ("The index hit a decade high last week.", [("high", "high")]),
])
def test_a_past_mark_or_a_span_joined_to_a_mark_is_a_record(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text", [
    "Both men had prior criminal records.",
    "She attended a four-year high school.",
])
def test_a_record_that_is_a_file_or_a_school_is_not_a_quantity_word(text):
    assert words(text) == []


def test_the_validator_reads_every_rank_and_majority_noun_the_finder_drafts():
    for ordinal in (*RANK_ORDINALS, "11th", "21st", "2nd", "3rd"):
        for superlative in SIZE_SUPERLATIVES:
            assert rule_for(f"{ordinal}-{superlative}").interval is None   # a condition people judge
    for noun in MAJORITY_NOUNS:
        rule = rule_for(f"the {noun} of")
        assert (rule.kind, rule.interval.low, rule.interval.high, rule.interval.bounds) == ("share", 50, 100, "(]")
    with pytest.raises(UnknownWords):
        rule_for("second-reddest")   # a superlative of no amount is no rank
