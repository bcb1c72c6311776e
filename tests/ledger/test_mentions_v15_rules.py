"""Finder v15's classes (corpus/README.md, "Rules finder v15 follows"), each with sentences written for this file (none
from a labelled set) and with guards that the class must not reach."""
from tests.mentions_found import only, quantities


def _read(text):
    return [(m.text, m.value, m.value_to, m.reading, m.unit) for m in quantities(text)]


# --- a tally of a vote is two counts of votes, not a range ---

def test_a_tally_before_a_noun_of_a_vote_is_two_counts_of_votes():
    assert _read("The school board adopted the levy on a 5-2 vote Tuesday.") == [
        ("5", 5, None, "rounding", "votes"), ("2", 2, None, "rounding", "votes")]


def test_a_tally_after_a_verb_of_voting_is_two_counts_of_votes():
    assert _read("Commissioners voted 4-3 to delay the jail expansion.") == [
        ("4", 4, None, "rounding", "votes"), ("3", 3, None, "rounding", "votes")]


def test_a_tally_low_to_high_after_a_vote_is_still_two_counts():
    # ascending, it would otherwise join as a range "3 to 4"
    assert _read("The zoning change failed, the aldermen voting 3 to 4 against it.") == [
        ("3", 3, None, "rounding", "votes"), ("4", 4, None, "rounding", "votes")]


def test_a_tally_a_few_words_after_a_verb_of_deciding_and_a_court_decision():
    assert [m.unit for m in quantities("The Senate confirmed the nominee 51-49 on Thursday.")] == ["votes", "votes"]
    assert [m.unit for m in quantities("Justices issued a 6-3 decision on the case.")] == ["votes", "votes"]


def test_a_score_line_in_a_sports_aside_is_two_counts_but_not_votes():
    found = quantities("Turnout was light because the home team won 4-1 across town that night.")
    assert [(m.value, m.reading) for m in found] == [(4, "rounding"), (1, "rounding")]
    assert all(m.unit != "votes" for m in found)


def test_a_dash_pair_written_high_to_low_is_no_range():
    found = quantities("The tally stood at 12-5 when the clerk stopped counting.")
    assert [(m.text, m.reading) for m in found] == [("12", "rounding"), ("5", "rounding")]


def test_a_range_is_still_a_range():
    assert _read("Repairs will take 9-12 months.") == [("9-12", 9, 12, "range", "months")]
    assert only("Officials expect 40-60 arrests a week.").kind == "range"


def test_a_change_between_two_shares_is_no_tally():
    assert [m.kind for m in quantities("The vacancy rate fell from 9 to 6 percent.")] == ["number", "percent"]


def test_a_range_with_its_own_noun_after_a_verb_of_voting_is_no_tally():
    found = quantities("Residents voted 2-3 weeks before the deadline.")
    assert len(found) == 1 and found[0].kind == "range"


# --- "k of n (p%) noun": the count's noun comes after its bracketed share ---

def test_a_count_with_its_share_in_brackets_counts_the_noun_after_the_brackets():
    found = quantities("The clinic treated 300 patients last year. Of the survey, 14 of 40 (35%) respondents said they "
                       "waited a week, against 9 of 52 (17.3%) households in the city.")
    units = [(m.text, m.unit) for m in found]
    assert ("14", "respondents") in units and ("40", "respondents") in units
    assert ("9", "households") in units and ("52", "households") in units
    assert ("35%", "percent") in units


def test_a_bracketed_share_then_no_noun_leaves_the_unit_to_the_sentence():
    found = quantities("Inspectors closed 6 of 20 (30%) in the first week.")
    assert found[0].unit == found[1].unit and found[0].unit not in ("in", "first", "week", "percent")


# --- a part of a span of time counts the span's units ---

def test_a_part_of_the_preceding_years_counts_years():
    assert [(m.text, m.unit) for m in quantities("Revenue rose in four out of the seven preceding years.")] == [
        ("four", "years"), ("seven", "years")]


def test_a_part_of_the_last_months_counts_months():
    found = quantities("Shelters were full in 8 of the last 10 months.")
    assert found[0].text == "8" and found[0].unit == "months"


def test_a_part_of_a_set_of_things_keeps_the_things():
    assert [m.unit for m in quantities("Auditors flagged three of the past five budgets.")] == ["budgets", "budgets"]


# --- a p-value ---

def test_a_p_value_is_read_as_p():
    assert [(m.text, m.unit) for m in quantities("The gap was significant (p = 0.004) after 200 visits.")][0] == (
        "0.004", "p")
    assert only("The p-value of 0.21 was not significant.").unit == "p"


def test_a_time_of_day_or_a_page_is_no_p_value():
    assert all(m.unit != "p" for m in quantities("The hearing opened at 3 p.m. with 50 residents."))


# --- a capitalised name after a preposition is never the unit ---

def test_a_place_after_a_preposition_is_not_the_unit():
    found = quantities("Arrests topped 2,000 last spring. The crowd outnumbered the population of Memphis, with "
                       "officers handling over 300 each.")
    assert all(m.unit != "memphis" for m in found)
    assert only("Police recorded 40 thefts. The population of Kansas reached 3 million.".split(". ")[1]).unit != "kansas"


def test_a_capitalised_subject_at_the_start_of_a_sentence_still_counts():
    assert only("Arrests exceeded 1,000.").unit == "arrests"


def test_a_tally_after_split_or_a_margin_of_is_two_counts_of_votes():
    assert [m.unit for m in quantities("The library board split 3-2 over the hours.")] == ["votes", "votes"]
    assert [m.unit for m in quantities("The levy carried by a margin of 8 to 5.")] == ["votes", "votes"]


def test_a_range_with_its_noun_after_a_noun_of_a_vote_stays_a_range():
    assert _read("The majority of 20-30 tenants signed.") == [("20-30", 20, 30, "range", "tenants")]


def test_a_change_or_a_hedged_pair_after_a_verb_of_voting_is_no_tally():
    assert [m.unit for m in quantities("Voters approved limits from 5 to 7.")] != ["votes", "votes"]
    assert [m.unit for m in quantities("The council voted to hire about 40-50.")] != ["votes", "votes"]
