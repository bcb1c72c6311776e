"""Finder v23: counts per one of something, cents in words, "top N" after a possessive, plural time units after
modifiers, rankings with "leads ... with" and ", followed by N for Name", tables copied with single spaces, and a few
readings (corpus/README.md, "Rules finder v23 follows"). Every sentence is written for this file (none from a labelled
set), each rule with guards for what it must leave alone: a "per" that is no rate ("as per", "per cent", "per year",
"per flight"), "a" before an object ("gave 40 students a chance"), the verb "top" ("arrests could top 3,000"), a plural
time unit as an adverbial ("six years ago"), a date ("July 5, 2017"), a "than" that bounds ("more than 3,000")."""
import pytest

from factcheck.ledger.mentions import find_mentions
from tests.mentions_found import only, quantities, words


def unit_of(text, quote):
    found = [m for m in quantities(text) if m.text == quote]
    assert len(found) == 1, quantities(text)
    return found[0].unit


# --- a count per one of something ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("Wheat growers in the valley harvested 62 bushels per acre last summer.", "bushels per acre"),
    ("The survey counted 4,800 appeals per appellate judge.", "appeals per judge"),
    ("The clinic staffs 3 nurses per patient in its intensive wing.", "nurses per patient"),
    ("Ranchers reported losses of 40 pounds a head.", "pounds per head"),
    ("Orchards there yield 900 boxes an acre.", "boxes per acre"),
    ("Precincts averaged 12 arrests per officer.", "arrests per officer"),
])
def test_a_count_per_a_unit_of_measure_or_a_person_keeps_its_base(text, unit):
    assert only(text).unit == unit


@pytest.mark.parametrize("text, unit", [
    ("As per the new contract, 40 drivers were hired.", "drivers"),      # "as per": according to
    ("The mill ships 3,000 crates per year to the coast.", "crates"),      # per a time unit: the count alone
    ("Clerks handled 70 files per pay period.", "files"),                  # per a stretch of time
    ("The airline carried perhaps 180 travelers per flight.", "travelers"),  # per an event: the count
    ("The charity gave 40 students a chance to travel.", "students"),      # "a" before an object, no rate
    ("Growers sold 300 bushels a week.", "bushels"),                       # "a" before a time unit
])
def test_a_per_that_is_no_rate_base_leaves_the_count_alone(text, unit):
    assert only(text).unit == unit


def test_per_cent_and_a_duration_per_period_are_untouched():
    assert only("Fees rose 4 per cent in the spring.").unit == "percent"
    assert only("Crews worked 60 hours per pay period.").unit == "hours"
    assert only("Diesel cost $4.10 per gallon.").unit == "usd"


# --- cents in words ------------------------------------------------------------------------------------------------

def test_cents_in_words_are_dollars():
    found = quantities("Milk rose three cents this week, and bread eleven cents a loaf.")
    assert [(m.text, m.kind, round(m.value, 4), m.unit) for m in found] == [
        ("three cents", "money", 0.03, "usd"), ("eleven cents", "money", 0.11, "usd")]


def test_a_number_in_words_before_another_noun_is_no_money():
    assert only("Six centers closed.").unit == "centers"
    assert (only("They ordered four cartons.").value, only("They ordered four cartons.").unit) == (4.0, "cartons")


# --- "top N" after a possessive or "of" --------------------------------------------------------------------------------

def test_top_after_a_possessive_or_of_is_a_rank_word_and_the_number_is_unbounded():
    text = "Two of the state’s top 20 hospitals are rural."
    assert words(text) == [("top", "top")]
    assert [(m.text, m.reading, m.unit) for m in quantities(text) if m.text == "20"] == [("20", "rounding", "hospitals")]
    text = "The agency named them in its list of top 10 violent counties."
    assert words(text) == [("top", "top")]
    assert [m.reading for m in quantities(text) if m.text == "10"] == ["rounding"]


def test_the_verb_top_still_bounds():
    assert words("Arrests could top 3,000 this year.") == []
    assert only("Arrests could top 3,000 this year.").reading == "above"
    assert only("Sales top 15 million in May.").reading == "above"


# --- a plural time unit after modifiers ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("The region logged 41 smoggy summer days.", "days"),
    ("The council cut 12 weekly Branch Library hours.", "hours"),
    ("The library lost 18 supplemental hours.", "hours"),
    ("Staff are paid for 30 state-funded hours a week.", "hours"),
])
def test_a_plural_time_unit_after_modifiers_is_the_head(text, unit):
    assert only(text).unit == unit


def test_a_plural_time_unit_after_a_plural_noun_or_as_an_adverbial_is_not_the_head():
    assert only("The shelter took in 300 families years ago.").unit == "families"
    assert only("The shelter took in 300 families last year.").unit == "families"


# --- "leads ... with", ", followed by N for Name" --------------------------------------------------------------------

def test_leads_the_set_with_an_amount_then_amounts_for_names():
    text = ("Pima County leads the five counties with 41 smoggy days, followed by 33 for Pinal, 30 for Yuma and 22 "
            "for Cochise counties.")
    assert words(text) == [("leads", "leads"), ("followed by", "followed by")]
    assert [(m.text, m.unit) for m in quantities(text) if m.text != "five"] == [
        ("41", "days"), ("33", "days"), ("30", "days"), ("22", "days")]


def test_followed_by_without_a_ranking_or_a_name_is_untouched():
    assert words("The meeting ran 3 hours, followed by a press conference.") == []
    assert words("She led the march with 300 people.") == []


# --- a table copied with single spaces -------------------------------------------------------------------------------

def test_rows_of_a_one_space_table_count_what_the_first_row_counts():
    text = ("The board awarded 316 grants, split among the districts:\n\nDistrict Count\nNorth Valley 120\n"
            "South Valley 95\nEast Ridge 60\nWest Ridge and Lakes 41\n\nThe board meets again in May.")
    assert [(m.text, m.unit) for m in quantities(text)] == [
        ("316", "grants"), ("120", "grants"), ("95", "grants"), ("60", "grants"), ("41", "grants")]


def test_a_number_that_ends_its_line_takes_no_noun_from_the_next_line():
    # before v23 the phrase after "40" ran on into the next line and counted "commons"
    assert unit_of("Visitors by site:\nRiver Park 40\nBoston Commons drew crowds.", "40") == ""


# --- readings -----------------------------------------------------------------------------------------------------

def test_younger_and_older_than_bound_an_age():
    assert only("Children younger than 6 years were tested.").reading == "below"
    assert only("Drivers older than 80 years renewed in person.").reading == "above"


def test_years_of_age_or_older_is_at_least():
    found = only("Residents 21 years of age or older may apply.")
    assert (found.unit, found.reading) == ("years", "at_least")


def test_people_then_an_age_and_an_open_bound_is_an_age():
    found = only("The rate among women 50 and older fell.")
    assert (found.unit, found.reading) == ("years", "at_least")
    assert only("We counted workers 300 and more.").unit == "workers"  # a bound word that is no age


def test_the_number_after_a_change_and_than_is_its_base_not_a_bound():
    found = [m for m in quantities("Permits were 35% higher than 12,480 permits in 2019.") if m.text == "12,480"]
    assert [m.reading for m in found] == ["rounding"]
    assert only("The county issued more than 12,480 permits.").reading == "above"
    assert only("Rents are now higher than $2,000.").reading == "above"


def test_a_factor_and_a_half():
    found = only("Rents rose three and a half times faster than wages.")
    assert (found.kind, found.value, found.unit) == ("multiplier", 3.5, "times")


def test_a_month_before_a_thousands_group_is_no_date():
    found = [m for m in find_mentions("In March 4,310 were released.") if m.kind != "word"]
    assert [(m.text, m.kind, m.value) for m in found] == [("4,310", "number", 4310.0)]
    assert [m.kind for m in find_mentions("On March 4, 2019, they met.")] == ["date"]


def test_a_percentage_in_words_before_a_noun():
    assert only("The board approved a six percent raise.").unit == "percent"


def test_a_people_name_before_a_verb_is_the_head():
    assert only("Thousands of Ohioans remain without power.").unit.lower() == "ohioans"
    assert only("About 400 Texas residents came.").unit == "residents"


def test_a_magnitude_of_money_after_a_verb_of_paying():
    assert only("The county spent millions on the new jail.").unit == "usd"
    assert only("It will cost billions.").unit == "usd"
    assert only("The storm affected millions.").unit != "usd"


def test_a_unit_or_two_is_a_range():
    found = only("Most applicants wait a month or two. Few wait longer.")
    assert (found.kind, found.value, found.value_to, found.reading, found.unit) == ("range", 1.0, 2.0, "range", "months")
    # "or two" before a noun of its own is that noun's count
    assert [(m.text, m.unit) for m in quantities("It took a day or two weeks.")] == [("two", "weeks")]


def test_labels_in_lower_case_and_week_numbers_are_names():
    text = "Jail counts fell (figure 2, table 4). See tables 5 and 6. For week 12 during the season, 40 died."
    assert [m.text for m in quantities(text)] == ["40"]
    # not a length, a count after "last week", nor a large figure
    assert only("They sat at a table 12 feet long.").value == 12.0
    assert only("Last week 30 people died.").unit == "people"
    assert only("The figure 10,000 is often cited.").value == 10000.0


def test_from_a_level_named_with_a_determiner_to_another_is_a_change_not_a_range():
    found = quantities("The shelter will grow from its current 250 to 1,200.")
    assert [(m.text, m.kind, m.reading) for m in found] == [("250", "number", "rounding"),
                                                            ("1,200", "number", "rounding")]
    # a range verb before "from" keeps the range
    assert only("Ages ranged from the young 20 to 30.").kind == "range"


def test_mostly_is_a_majority_before_a_verb_too_but_largely_is_a_degree():
    assert words("The family mostly has stayed with relatives.") == [("mostly", "mostly")]
    assert words("Arrests were mostly concentrated in two counties.") == [("mostly", "mostly")]
    assert words("The drop was mostly due to fewer filings.") == []  # a cause, as v13's guards read it
    assert words("Courts have largely protected the program.") == []  # a degree of the verb, no majority
    assert words("Aid was largely attributed to the new law.") == []


def test_a_day_that_is_the_whole_part_of_a_decimal_is_an_amount_not_a_date():
    text = "The rate rises on July 1 to 12.05 cents per kilowatt hour; by July 12.5 million had applied."
    found = {text[m.start:m.end]: m for m in find_mentions(text)}
    assert found["12.05 cents"].value == pytest.approx(0.1205) and "July 1" in found
    assert found["12.5 million"].value == 12_500_000
    period = "Talks ran June 1 to 15 in Geneva."
    assert "June 1 to 15" in {period[m.start:m.end] for m in find_mentions(period)}   # a day range is kept


@pytest.mark.parametrize("text, quote, value", [
    ("Assets grew by over half a trillion dollars.", "half a trillion", 5e11),
    ("It would cost a trillion dollars.", "a trillion", 1e12),
    ("Debt of nearly two trillion dollars.", "two trillion", 2e12),
    ("Tens of trillions of dollars moved.", "Tens of trillions", 1e13),
])
def test_trillions_in_words_are_read_not_an_error(text, quote, value):
    # text2num reads spelled numbers up to billions: "half a trillion" raised and stopped the whole text's reading
    found = {text[m.start:m.end]: m.value for m in find_mentions(text)}
    assert found[quote] == pytest.approx(value)


def test_trillions_alone_are_a_vague_magnitude():
    text = "The plan would add trillions to the debt."
    assert {text[m.start:m.end]: m.value for m in find_mentions(text)}["trillions"] == 1e12
