"""Finder v16's classes (corpus/README.md, "Rules finder v16 follows"), each with sentences written for this file (none
from a labelled set) and with guards that the class must not reach."""
from factcheck.ledger.mentions import find_mentions
from tests.mentions_found import only, quantities


def _read(text):
    return [(m.text, m.value, m.value_to, m.reading, m.unit) for m in quantities(text)]


def _units(text):
    return [(m.text, m.unit) for m in quantities(text)]


# --- a change "by [bound] X to Y" is a size and a level, never a range ---

def test_a_change_by_a_bounded_size_to_a_level_is_two_numbers():
    assert [(m.value, m.value_to, m.reading) for m in quantities(
        "Enrollment fell by more than 2,100 to just under 48,000 students this fall.")] == [
        (2100, None, "above"), (48000, None, "just_below")]


def test_a_change_by_a_size_written_in_full_before_a_scaled_level_is_two_numbers():
    # "7,800 million" would pass "2.3 million": the first number does not share the scale word
    assert [(m.value, m.value_to) for m in quantities("Ridership grew by 7,800 to 2.3 million riders.")] == [
        (7800, None), (2.3e6, None)]


def test_a_true_range_stays_a_range():
    assert _read("The county expects between 5,300 and 6,000 voters.") == [
        ("5,300 and 6,000", 5300, 6000, "range", "voters")]
    assert only("Fees rose by about 10 to 20 percent.").value_to == 20  # a hedged range of a change's size (v13)
    assert only("Costs could climb by 2 to 3 million dollars.").value == 2e6  # the first end shares the scale (v13)


def test_a_change_by_a_share_from_one_year_to_another_keeps_the_years_periods():
    found = find_mentions("Rents rose by 4 percent from 2019 to 2020.")
    assert [(m.text, m.is_quantity) for m in found] == [("4 percent", True), ("2019", False), ("2020", False)]


# --- a percent written as a compound adjective with a hyphen ---

def test_a_hyphenated_percent_is_a_percent():
    assert _read("The county reported a 3.8-percent rise in bus trips.") == [("3.8-percent", 3.8, None, "rounding",
                                                                              "percent")]


def test_a_hyphen_between_two_numbers_is_still_a_range():
    assert only("Wages grew 2-3 percent.").kind == "range"


# --- a partitive's whole with a possessive or a genitive determiner ---

def test_a_part_of_a_whole_with_a_possessive_counts_the_whole():
    assert _units("She worked four of her nine shifts at night.")[0] == ("four", "shifts")
    assert _units("The mayor named two of the council's senior aides.") == [("two", "aides")]


def test_a_part_of_a_span_with_a_possessive_counts_its_time_unit():
    assert _units("He served two of his five years in a county jail.")[0] == ("two", "years")


def test_a_partitive_without_a_whole_of_its_own_is_untouched():
    assert _units("Two of the clinics closed.") == [("Two", "clinics")]


# --- a statute section with a lettered subsection is a name, and a modifier ---

def test_a_statute_section_is_no_quantity_and_modifies_the_noun_after_it():
    found = find_mentions("The state signed 14 new 287(g) agreements and 9 active 401(k) plans.")
    assert [(m.text, m.is_quantity, m.unit) for m in found] == [
        ("14", True, "agreements"), ("287(g)", False, ""), ("9", True, "plans"), ("401(k)", False, "")]


def test_a_number_after_a_lettered_list_mark_or_with_a_space_before_brackets_is_still_a_count():
    assert _units("The goals: (a) 40 arrests a week.") == [("40", "arrests")]
    assert only("Deputies made 12 (mostly minor) arrests.").value == 12


# --- a quotation mark between a hedge's words ---

def test_a_quotation_that_ends_inside_a_hedge_leaves_the_hedge_read():
    assert only('The chief ordered "a minimum" of 500 patrols a week.').reading == "at_least"
    assert only("The plan allows “no more” than 25 beds.").reading == "at_most"


def test_a_quoted_word_that_is_no_hedge_reads_nothing():
    assert only('The "pilot" of 500 patrols ended.').reading == "rounding"


# --- a bare rate in a sentence whose rate names no count continues the text's rate on that base ---

def test_a_bare_rate_after_a_name_continues_the_rate_on_the_same_base():
    text = ("The national figure was 410 sentenced inmates per 100,000 residents. The counties with the highest "
            "confinement rates were Cole (612 per 100,000) and Lane (598 per 100,000).")
    assert [m.unit for m in quantities(text)] == ["inmates per 100,000"] * 3


def test_a_rate_on_another_base_is_not_continued():
    text = ("The national figure was 410 sentenced inmates per 100,000 residents. The counties with the highest "
            "confinement rates were Cole (6.1 per 1,000) and Lane (5.9 per 1,000).")
    assert [m.unit for m in quantities(text)][1:] != ["inmates per 1,000"] * 2


def test_a_rate_that_names_its_count_keeps_it():
    text = "The rate was 410 sentenced inmates per 100,000. The county's death rate was 9 per 100,000."
    assert [m.unit for m in quantities(text)] == ["inmates per 100,000", "deaths per 100,000"]


# --- "k of those": the group the sentence is about, not a plural of a phrase of place ---

def test_a_count_of_those_counts_the_subject_not_a_place():
    text = "Most asylum seekers arrived from Central American countries, with Honduras sending about 9,000 of those."
    assert _units(text) == [("9,000", "seekers")]


def test_bracketed_figures_after_names_carry_the_count_of_the_sentence_before():
    text = ("Most asylum seekers arrived from Central American countries, with Honduras sending about 9,000 of those.\n"
            "Guatemala (6,120) and El Salvador (3,480) came next.")
    assert [m.unit for m in quantities(text)] == ["seekers"] * 3


def test_a_bracketed_year_after_a_name_is_a_period():
    assert [m.is_quantity for m in find_mentions("As Smith (2019) showed, 40 towns grew.")] == [False, True]


# --- a footnote's mark glued to a word or a year ---

def test_a_footnote_mark_is_no_quantity_and_the_year_stays_a_year():
    found = find_mentions("Figures gathered in 2021,2 show that North Dakota3 (88 per 100,000) was lowest.")
    assert [(m.text, m.is_quantity) for m in found] == [("2021", False), ("2", False), ("3", False),
                                                        ("88 per 100,000", True)]


def test_a_number_after_a_word_and_a_space_is_still_read():
    assert only("Tickets cost 12 dollars.").value == 12
    assert [m.value for m in quantities("It cost 2,022 dollars.")] == [2022]


# --- "events" names nothing alone: its compound is the unit ---

def test_events_take_the_noun_before_them():
    assert _units("Inspectors logged 310 flooding events.") == [("310", "flooding events")]
    assert _units("There were 12 new events.") == [("12", "events")]


# --- a change's start after an adverb of focus; a count of where is no measure ---

def test_up_from_just_a_number_continues_the_measure_not_the_places():
    assert _units("The district now runs 45 clinics across 12 counties, up from just 19 in 2015.") == [
        ("45", "clinics"), ("12", "counties"), ("19", "clinics")]
    assert _units("The jail held 55 people, down from only 62.") == [("55", "people"), ("62", "people")]
