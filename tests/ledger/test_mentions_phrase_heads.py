"""The noun phrase after a number ends before a comparative with "than" and at an adverb in -wide, and an abbreviation
with a hyphenated ending is one modifier (factcheck/ledger/mentions.py, _phrase_after; from heldout43's first score);
a count in the noun of the rate right before it is a figure of that rate, and bushels after "yield" are bushels per
acre (_same_rate, _yields_per_acre). Sentences written for this file."""
import pytest

from tests.mentions_found import only


@pytest.mark.parametrize("text, unit", [
    ("The quota is 5,600 fish better than last year.", "fish"),
    ("The county has 40 beds fewer than it had in 2019.", "beds"),
    ("The 84.7 million U.S.-based travelers spent more.", "travelers"),
])
def test_the_head_of_the_phrase_is_its_noun(text, unit):
    assert only(text).unit == unit


def test_an_adverb_in_wide_is_never_the_unit():
    assert only("The limit is 226,000 worldwide.").unit != "worldwide"
    assert only("Sales reached 3,000 nationwide.").unit != "nationwide"


def test_a_comparative_not_followed_by_than_stays_in_the_phrase():
    assert only("It hired 10 more staff this year.").unit == "staff"


@pytest.mark.parametrize("text, number, unit", [
    ("Yields reached 171 bushels per acre, 12.9 bushels above last year.", "12.9", "bushels per acre"),
    ("Iowa projects 187 bushels per acre, with Illinois behind with 179 bushels.", "179", "bushels per acre"),
    ("The average yield per acre is estimated at 47.8 bushels this year.", "47.8", "bushels per acre"),
    ("Farmers will harvest 13 billion bushels, with yields averaging 164 bushels per acre.", "13 billion", "bushels"),
    ("Production reached 235 million bushels.", "235 million", "bushels"),
])
def test_a_count_in_the_noun_of_the_rate_before_it_or_of_a_yield_is_that_rate(text, number, unit):
    from tests.mentions_found import quantities

    assert {m.text: m.unit for m in quantities(text)}[number] == unit
