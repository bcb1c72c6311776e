"""Finder v18: classes of general English drawn from the misses of four unseen sets (corpus/README.md, "Rules finder v18
follows"). Every sentence is written for this file (none from a labelled set), with guards for what each class must
leave alone: money in pounds sterling, "Top Gun", "the top of the hour", "a square deal", a quarter of a century."""
import pytest

from tests.mentions_found import only, quantities, words


def _read(text):
    return [(m.text, m.kind, m.value, m.unit) for m in quantities(text)]


# --- units of area and of speed -----------------------------------------------------------------------------------

def test_square_and_cubic_before_a_length_make_the_unit_an_area_or_a_volume():
    assert [m.unit for m in quantities("The reservoir covers 14 square miles (36 square kilometres) of the valley.")] \
        == ["square miles", "square kilometres"]
    assert only("The tank holds 300 cubic feet of grain.").unit == "cubic feet"


def test_a_measure_per_second_minute_or_hour_is_a_speed():
    assert only("Homes there get 100 megabits per second at best.").unit == "megabits per second"
    assert only("The limit on that road is 55 miles per hour.").unit == "miles per hour"


def test_a_square_deal_is_no_area_and_miles_alone_stay_miles():
    assert [m.unit for m in quantities("The union won a square deal for 40 farmers who drove 12 miles a day.")] == [
        "farmers", "miles"]


# --- pounds: a weight; British money is written with its sign ---------------------------------------------------------

def test_pounds_after_a_number_are_a_weight():
    assert only("Agents seized 2,300 pounds of methamphetamine at the crossing.").unit == "pounds"
    assert _read("A pound of butter costs $4 and a 10-pound sack of rice $9.")[0][3] == "usd"


def test_money_with_the_pound_sign_stays_sterling():
    assert only("The council borrowed £5 million for the bridge.").unit == "gbp"


# --- vulgar fractions, a half-dozen, half a century ---------------------------------------------------------------

def test_a_whole_number_and_a_vulgar_fraction_are_one_number():
    assert _read("Rents rose 3 ½ times faster than wages.") == [("3 ½ times", "multiplier", 3.5, "times")]
    assert only("The trail runs 4¼ miles along the river.").value == 4.25


def test_a_half_dozen_is_six():
    assert _read("The storm closed a half-dozen schools.") == [("a half-dozen", "spelled", 6.0, "schools")]


def test_half_a_century_is_half_the_unit_the_text_names():
    assert _read("The mill ran for half a century.") == [("half a century", "duration", 0.5, "centuries")]
    assert _read("It was the worst flood in a half-century.")[-1] == ("a half-century", "duration", 0.5, "centuries")


def test_a_quarter_of_a_century_is_left_in_years_as_before():
    assert _read("The lease ran for a quarter of a century.") == [
        ("a quarter of a century", "duration", 25.0, "years")]


# --- shares of ten; a fraction before a bracket -------------------------------------------------------------------

def test_a_part_out_of_ten_is_a_share():
    assert _read("Nearly eight out of ten voters backed the levy.") == [("eight out of ten", "fraction", 80.0, "percent")]
    assert _read("Three out of 10 renters pay too much.") == [("Three out of 10", "fraction", 30.0, "percent")]


def test_a_part_out_of_another_whole_stays_two_counts():
    assert _read("Inspectors failed 17 out of 52 restaurants.") == [
        ("17", "number", 17.0, "restaurants"), ("52", "number", 52.0, "restaurants")]


def test_a_fraction_with_its_percentage_in_brackets_before_of():
    found = _read("Just over a third (34.2%) of the nurses left.")
    assert found[0] == ("a third", "fraction", 100 / 3, "percent")


# --- the noun that says what a head counts ------------------------------------------------------------------------

def test_seekers_and_cards_take_the_noun_before_them():
    assert only("The office heard 9,000 asylum seekers last year.").unit == "asylum seekers"
    assert only("The state mailed 12,000 library cards.").unit == "library cards"
    assert only("The agency hired 300 staff members.").unit == "members"


def test_a_rate_of_people_per_people_of_a_role_names_its_base():
    assert only("The district had 14 counselors per 1,000 pupils.").unit == "counselors per 1,000 pupils"
    assert only("There were 9 deaths per 100,000 residents.").unit == "deaths per 100,000"
    assert only("The city had 2.4 officers per 1,000 residents.").unit == "officers per 1,000"


# --- quantity words without digits -------------------------------------------------------------------------------

def test_the_top_before_a_number_and_a_plural_noun():
    assert words("The top three suppliers sold most of the steel.")[0] == ("top", "top")
    assert [m.unit for m in quantities("The top 20 hospital systems billed more.")] == []  # the number stays a rank


@pytest.mark.parametrize("text", [
    "Top Gun was shown again.",
    "The news came at the top of the hour.",
    "She finished in the top five in terms of speed.",
])
def test_top_without_a_ranked_count_is_no_quantity_word(text):
    assert [w for w in words(text) if w[1] == "top"] == []


@pytest.mark.parametrize("text, expected", [
    ("Approval Falls To All Time Low", ("All Time Low", "all time low")),
    ("It matched the record 4 million visitors of 2019.", ("record", "record")),
    ("The city saw a historic wave of new permits.", ("historic", "historic")),
    ("The drought is already historic in its scale.", ("historic", "historic")),
    ("That was the worst storm season in county history.", ("the worst storm season", "worst")),
    ("It was one of the region's driest years on record.", ("one of the region's driest years", "driest")),
])
def test_quantity_words_without_digits(text, expected):
    assert expected in words(text)


@pytest.mark.parametrize("text", [
    "He set the record straight.",
    "It was the latest year on record.",
    "The historic district drew visitors.",
])
def test_quantity_word_guards(text):
    assert [w for w in words(text) if w[1] in ("record", "historic", "worst")] == []


def test_most_before_a_code_or_an_abbreviation_and_a_plural():
    assert ("most", "most") in words("The rule covers most K-12 schools in the state.")
    assert ("most", "most") in words("Prices fell in most U.S. metros last spring.")
    assert [w for w in words("The most K-12 schools closed in May.") if w[1] == "most"] == []
