"""The synonyms table: what a verb's people count, and which head nouns name the same count."""
import pytest

from factcheck.ledger.units import SYNONYMS, VERB_UNITS, unit_carried, verb_unit


@pytest.mark.parametrize("word, unit", [
    ("removed", "deportations"), ("removing", "deportations"), ("deported", "deportations"),
    ("arrested", "arrests"), ("apprehended", "apprehensions"), ("detained", "detainees"), ("released", "releases"),
    ("hiring", "hires"), ("hired", "hires"), ("expelled", "expulsions"), ("booked", "bookings"),
    ("arrests", ""), ("hires", ""), ("removals", ""), ("people", ""), ("reached", ""),
])
def test_a_verb_form_names_what_its_object_counts_and_a_noun_does_not(word, unit):
    assert verb_unit(word) == unit


def test_every_verb_names_a_count_of_the_synonyms_table():
    assert set(VERB_UNITS.values()) <= set(SYNONYMS)
    assert all(name in words for name, words in SYNONYMS.items())


@pytest.mark.parametrize("text, counted, carried", [
    ("ICE has formally removed 302,192 people so far", ["deportations"], "deportations"),
    ("ICE has formally removed 302,192 people so far", ["removals", "deportations"], "removals"),
    ("with 302,192 people deported by September", ["deportations"], "deportations"),
    ("ICE has formally removed 302,192 people so far", ["arrests"], "people"),   # no count of removals before
    ("ICE has formally removed 302,192 people so far", [], "people"),
    ("ICE held 302,192 people so far", ["deportations"], "people"),             # "held" is not in the table
])
def test_people_carry_the_verbs_count_only_where_the_text_has_counted_it(text, counted, carried):
    start = text.index("302,192")
    assert unit_carried(text, start, start + len("302,192"), "people", counted) == carried


def test_a_head_noun_is_carried_as_written():
    text = "ICE made 400 arrests"
    assert unit_carried(text, 9, 12, "arrests", ["deportations"]) == "arrests"
