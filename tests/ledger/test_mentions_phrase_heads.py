"""The noun phrase after a number ends before a comparative with "than" and at an adverb in -wide, and an abbreviation
with a hyphenated ending is one modifier (factcheck/ledger/mentions.py, _phrase_after; from heldout43's first score).
Sentences written for this file."""
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
