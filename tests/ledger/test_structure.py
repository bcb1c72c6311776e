"""Finder v21: a bare count's unit from the document's structure (factcheck/ledger/structure.py).

Every text here was written for this file; none is taken from a labelled set. The tests marked "v21" fail on the
rules alone (finder v19); the guards pin what the structure must leave as the rules read it.
"""
from __future__ import annotations

import pytest

from factcheck.ledger import mentions
from factcheck.ledger.mentions import find_mentions
from factcheck.ledger.structure import blocks, column_unit, heading_unit, verb_unit


def units(text: str) -> dict[str, str]:
    return {m.text: m.unit for m in find_mentions(text) if m.is_quantity}


# ---- v21: a verb the number is the subject or object of ---------------------------------------------------------

def test_a_participle_right_after_a_bare_count_names_its_events():
    text = ("The county's numbers lag last year's pace, with 875 deported during the spring and 640 deported in "
            "the fall.")
    assert units(text) == {"875": "deportations", "640": "deportations"}


def test_a_verb_before_a_bare_count_names_its_events():
    assert units("The state admitted 9,400 last year, its clerks said.")["9,400"] == "admissions"


def test_a_participle_replaces_people_the_rules_carried_from_a_sentence_before():
    text = ("Officers detained 2,000 individuals at the port, officials said. In the city, 1,310 removed this winter "
            "were sent home.")
    found = units(text)
    assert found["2,000"] == "individuals"
    assert found["1,310"] == "removals"


def test_a_rating_on_a_scale_and_a_plural_subject_that_rates():
    text = "Inspectors rated every ramp on a scale of 1 to 5. If the ramps rate at least 4, the park stays open."
    assert units(text) == {"1 to 5": "ratings", "4": "ratings"}


# ---- v21: a table's column header, a list's heading -------------------------------------------------------------

TABLE = "Arrests and releases by county\n\nCounty\tArrests\tReleases\nMarion\t1,204\t310\nLake\t877\t95\n"


def test_a_table_with_two_numeric_columns_reads_each_column_header():
    assert units(TABLE) == {"1,204": "arrests", "310": "releases", "877": "arrests", "95": "releases"}


def test_a_table_split_by_wide_gaps_reads_the_same():
    text = TABLE.replace("\t", "     ")
    assert units(text) == {"1,204": "arrests", "310": "releases", "877": "arrests", "95": "releases"}


def test_the_table_block_its_header_and_the_line_above_it():
    found = [b for b in blocks(TABLE) if b.kind == "table"]
    assert len(found) == 1
    assert found[0].header == ("County", "Arrests", "Releases")
    assert found[0].lead == "Arrests and releases by county"
    assert column_unit(TABLE, TABLE.index("310"), blocks(TABLE)) == "releases"
    assert column_unit(TABLE, TABLE.index("Marion"), blocks(TABLE)) == ""  # the row's name: "County" names no plural


def test_a_list_heading_that_names_a_count():
    text = "Evictions filed by county:\n- Marion: 1,204\n- Lake: 877\n"
    assert units(text) == {"1,204": "evictions", "877": "evictions"}
    assert heading_unit(text.index("877"), blocks(text)) == "evictions"


def test_a_heading_that_names_no_unit_gives_none():
    text = "Background\n- 240 in the first week\n- 310 in the second week\n"
    assert units(text) == {"240": "", "310": ""}
    assert [b.kind for b in blocks(text)] == ["paragraph", "list"]
    assert heading_unit(text.index("240"), blocks(text)) == ""


def test_label_colon_number_items_in_paragraphs_of_their_own_are_one_list_under_their_lead_in():
    # web copies put each item of a ranked list in a paragraph of its own; a label may hold abbreviations ("(Md.)")
    text = ("Counties ranked by evictions filed:\n\nMontgomery County (Md.) Circuit Court: 1,204\n\n"
            "St. Lucie County: 877\n\nThe clerk's office said filings slowed in May.\n\nLake County: 55\n")
    assert units(text)["1,204"] == "evictions"
    assert units(text)["877"] == "evictions"
    assert units(text)["55"] == ""  # a sentence ends the run; a new item with no lead-in of its own names nothing
    assert [b.kind for b in blocks(text)] == ["paragraph", "list", "paragraph", "list"]


def test_a_sentence_with_a_colon_is_no_labelled_item():
    text = "Officials said:\n\nThe count rose. It reached: 940\n"
    assert [b.kind for b in blocks(text)] == ["paragraph", "paragraph"]


# ---- v21: the topic a sentence before set -----------------------------------------------------------------------

def test_a_bare_existential_takes_the_subject_the_sentence_before_opened_with():
    text = "Drownings at the lake rose again this summer. There were 14 in 2022, up from 9 the year before."
    assert units(text) == {"14": "drownings", "9": "drownings"}


def test_people_a_verb_counted_in_the_sentence_before_are_its_events():
    text = ("About 80,000 people died of heat last decade, the study found. That was up from the 61,000 in the "
            "decade before.")
    found = units(text)
    assert found["80,000"] == "people"  # its own noun, kept
    assert found["61,000"] == "deaths"


# ---- guards: what the rules read stays ----------------------------------------------------------------------------

def test_the_numbers_own_noun_is_kept():
    text = "Police arrested 52 protesters downtown. The city removed 300 people from the rolls."
    assert units(text) == {"52": "protesters", "300": "people"}


def test_a_quoted_own_noun_is_kept():
    assert units("The agency said it removed 4,120 “noncitizens” in May.")["4,120"] == "noncitizens"


def test_a_participle_before_its_noun_is_an_adjective():
    assert units("Officials counted the 680 arrested workers at the plant.")["680"] == "workers"


def test_a_part_of_a_group_named_after_it_keeps_the_group():
    text = "Agents arrested 900 people and have removed 310 of those arrested."
    assert units(text) == {"900": "people", "310": "people"}


def test_people_the_same_verb_counted_just_before_stay_people():
    text = "Agents apprehended 5,000 migrants in May. Near the river, 640 were apprehended, a record."
    assert units(text)["640"] == "migrants"


def test_a_hard_wrapped_noun_on_the_next_line_is_still_the_numbers_own():
    text = "Two states resettled fewer than 10\nrefugees each, the office said."
    assert units(text)["10"] == "refugees"


def test_an_age_and_a_rate_are_never_replaced():
    found = units("Men aged 15 to 29 killed in crashes fell. The rate was 4.1 per 100,000 people killed.")
    assert found["15 to 29"] == "years"
    assert found["4.1 per 100,000"].endswith("per 100,000")


def test_verb_unit_reads_only_the_verbs_it_knows():
    text = "They counted 44 during the week."
    assert verb_unit(text, text.index("44"), text.index("44") + 2, text.index("44")) == ""


@pytest.mark.parametrize("level", [0, 1, 2])
def test_the_switch_orders_the_readings(monkeypatch, level):
    """0 is the rules alone, 1 adds the structure for a count with no unit or only people, 2 lets a verb replace a
    unit the rules took from the sentence."""
    monkeypatch.setattr(mentions, "STRUCTURE", level)
    mentions._find.cache_clear()
    try:
        found = units("If the ramps rate at least 4, the park stays open.")["4"]
    finally:
        mentions._find.cache_clear()
    assert (found == "ratings") == (level == 2)
