"""Finder v22: ranks told in lists and with verbs (corpus/README.md, "Rules finder v22 follows: ranks in lists and with
verbs"). Every sentence is written for this file (none from a labelled set), with guards for what each rule must leave
alone: "led to", "led by", "was led in", "the second time", "a second", "followed by a press conference"."""
import pytest

from factcheck.ledger.words import ORDINAL_PLACE_EXAMPLE, ORDINAL_PLACE_RULE, rules_table, rule_for
from tests.mentions_found import words


# --- ranks in a list, the verb elided ------------------------------------------------------------------------------

def test_each_place_of_a_list_after_a_rank_verb_is_a_rank():
    found = words("Oregon was ranked ninth, Idaho 14th, Utah 22nd and Nevada 41st. Lawmakers then adjourned.")
    assert found == [("ranked ninth", "ranked ninth"), ("14th", "14th"), ("22nd", "22nd"), ("41st", "41st")]


def test_a_list_after_the_whole_ranked_in_and_with_spelled_ordinals_and_last():
    found = words("Kent ranks third in the region, North Yorkshire fifth, and Rutland last.")
    assert found == [("ranks third", "ranks third"), ("fifth", "fifth"), ("last", "last")]


def test_an_ordinal_in_a_list_without_a_rank_before_it_is_no_rank():
    assert words("Ohio 20th, Iowa 21st and Maine 30th were the streets we walked.") == []
    # a date after a rank verb's sentence is no place in its list
    assert words("The county ranked fourth. On June 21st and July 4th the fairs open.") == \
        [("ranked fourth", "ranked fourth")]
    assert words("The city ranked fifth, June 21st and July 4th aside.") == [("ranked fifth", "ranked fifth")]


def test_an_ordinal_not_ending_its_item_is_no_rank():
    assert words("Tulsa ranked sixth, Main Street 20th Avenue being closed.") == [("ranked sixth", "ranked sixth")]


# --- a ranking told with verbs and places --------------------------------------------------------------------------

def test_led_in_terms_of_and_an_ordinal_with_an_amount_and_followed_by():
    found = words("Ontario led in terms of exports at $41.2 billion. Quebec was third with $30.5 billion, "
                  "followed by Alberta with $22 billion.")
    assert found == [("led", "led"), ("third", "third"), ("followed by", "followed by")]


def test_leads_before_an_amount_and_came_in_with_a_hedge():
    assert words("Harris County leads with 3,400 filings.") == [("leads", "leads")]
    assert words("Denver came in fourth at nearly 12%.") == [("fourth", "fourth")]
    assert words("Maine finished third with 40.") == [("third", "third")]
    assert words("Chile leads in copper exports at $4 billion.") == [("leads", "leads")]
    assert words("Chile leads in exports.") == []  # no amount, no "in terms of": no rank read


def test_led_that_ranks_nothing_is_no_rank():
    assert words("The storm led to 40 closures.") == []
    assert words("The march, led by 300 students, ended at noon.") == []
    assert words("The choir was led in song at 7 by its director.") == []
    assert words("She led at 9 a.m. and he led in 2019 at 5 p.m.") == []


def test_an_ordinal_that_is_no_place_in_a_ranking_is_no_rank():
    assert words("It was the second time in 2021 at 40 sites.") == []
    assert words("A second team arrived at 9 with 12 trucks.") == []
    assert words("The count was second-guessed at 14 sites.") == []


def test_followed_by_without_a_ranking_before_it_is_no_rank():
    assert words("The rally was followed by a press conference at 5 p.m.") == []
    assert words("The vote, with 52 in favor, was followed by Senate debate.") == []
    # a rank in one sentence does not reach a "followed by" in the next
    assert words("Quebec was third with $30.5 billion. The report was followed by Senate hearings.") == \
        [("third", "third")]


# --- the readings ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["second", "20th", "21st", "Last", "third"])
def test_an_ordinal_alone_reads_as_a_place(written):
    assert rule_for(written) is ORDINAL_PLACE_RULE


def test_followed_by_and_the_ordinal_shape_are_published():
    table = rules_table()
    assert ORDINAL_PLACE_EXAMPLE in list(table["words"])
    assert rule_for("followed by").interval is None
