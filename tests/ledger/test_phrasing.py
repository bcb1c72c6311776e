"""Finder v23, second part: numbers a phrase states across words the patterns read apart (factcheck/ledger/phrasing.py;
corpus/README.md, "Rules finder v23 follows, second part"). Every sentence is written for this file (none from a
labelled set), with guards for what each rule must leave alone: "Route 64, near", "a 64-page report", "Hwy. 1", a comma
list "3, 4, 5", "negative" before no amount, "died" as a verb elsewhere, "a couple who", "the dozen or so", "a double"."""
from tests.mentions_found import only, quantities, words


def read(text):
    return [(text[m.quote_start:m.quote_end], m.kind, m.value, m.value_to, m.reading, m.unit) for m in quantities(text)]


# --- ages in apposition -----------------------------------------------------------------------------------------------

def test_an_age_after_a_name_and_a_comma_is_years():
    found = read("Jane Doe, 64, of Houston and Omar Al-Rashid, 29; and Mary-Ann O'Neil, 71.")
    assert [(q, k, v, u) for q, k, v, _, _, u in found] == [
        ("64", "duration", 64.0, "years"), ("29", "duration", 29.0, "years"), ("71", "duration", 71.0, "years")]
    assert only("The death of John Smith, 54, was ruled a homicide.").unit == "years"


def test_a_route_a_page_count_a_highway_and_a_list_are_no_ages():
    assert [m.unit for m in quantities("Take Route 64, near the old mill.")] != ["years"]
    assert only("She wrote a 64-page report.").unit == "pages"
    assert all(m.unit != "years" for m in quantities("Drive Hwy. 1, then exits 3, 4, 5, to the coast."))
    assert all(m.unit != "years" for m in quantities("Cases rose in the United States, 28, and in Canada."))
    assert all(m.unit != "years" for m in quantities("Cases were found in Los Angeles, 45; and in San Diego, 30."))
    assert all(m.unit != "years" for m in quantities("Dr. Smith saw 14, 15 and 16 patients."))


# --- multipliers and ranges in hyphenated words -----------------------------------------------------------------------

def test_a_number_word_and_a_half_before_times_is_one_multiplier():
    assert read("Sales were three-and-a-half times the level of 2019.")[0] == \
        ("three-and-a-half times", "multiplier", 3.5, None, "rounding", "times")
    assert read("Rents rose two and a half times as fast.")[0][1:3] == ("multiplier", 2.5)
    # "half" alone stays a share, not a multiplier
    assert [(m.kind, m.value) for m in quantities("About half of the 40 towns voted.")] == [("fraction", 50.0),
                                                                                             ("number", 40.0)]


def test_a_range_of_number_words_joined_to_a_time_unit():
    assert read("It follows a six-to-seven-month wait.") == \
        [("six-to-seven-month", "range", 6.0, 7.0, "range", "months")]
    assert read("a two-to-three-year term")[0][1:4] == ("range", 2.0, 3.0)
    # a tally in words is no range of months
    assert all(m.unit != "months" for m in quantities("The board voted three-to-one against it."))


# --- a sign in words --------------------------------------------------------------------------------------------------

def test_negative_before_an_amount_makes_it_negative():
    assert read("The difference was a negative  $13,373,687 last year.")[0][:3] == \
        ("negative  $13,373,687", "money", -13373687.0)
    assert only("Growth was negative 2.5 percent.").value == -2.5


def test_negative_before_no_amount_changes_nothing():
    assert only("The ruling had a negative effect on 40 families.").value == 40
    assert only("Tests came back negative for 12 of them.").value == 12


# --- a verb is never a unit -------------------------------------------------------------------------------------------

def test_died_after_a_number_is_a_verb_not_the_unit():
    assert only("In 2022, more than 71,000 died from overdoses.").unit == "deaths"
    assert all(m.unit != "died" for m in quantities("The 40 died in the fire."))


def test_died_as_a_verb_elsewhere_leaves_units_alone():
    found = read("The man died in prison after 12 years; 300 detainees were released.")
    assert [(q, u) for q, _, _, _, _, u in found] == [("12 years", "years"), ("300", "detainees")]


# --- a code is a name; a measure noun before its head -----------------------------------------------------------------

def test_a_code_with_letters_after_its_digits_is_a_name_and_no_unit():
    found = quantities("USCIS selected 188,400 H-1B cap registrations and 5,000 H-2A workers.")
    assert [(m.value, m.unit) for m in found] == [(188400.0, "registrations"), (5000.0, "workers")]


def test_a_measure_with_a_word_between_it_and_a_plural_still_ends_the_phrase():
    assert only("the one million arrest target some officials set").unit == "arrest"


def test_latin_plurals_and_a_part_named_after_a_copula():
    assert only("He signed two implementing memoranda in May.").unit == "memoranda"
    assert only("Nearly 2,000 of these are asylum applications.").unit == "applications"


def test_a_bare_sum_in_a_scale_word_after_a_sum_of_money_is_money():
    found = quantities("Sales will reach about $1.1 billion. The lottery has given more than four billion to schools.")
    assert [m.unit for m in found] == ["usd", "usd"]
    # after a percentage it stays bare
    assert quantities("Traffic rose 5.7% in 2014 to more than 6.7 billion, the council said.")[-1].unit != "usd"


# --- "a couple (of)", "the dozen", "double —" -------------------------------------------------------------------------

def test_a_couple_of_is_about_two():
    assert read("It burned within a couple of months.") == [("a couple of months", "duration", 2.0, None, "around", "months")]
    assert read("Storms hit a couple different areas.") == [("a couple", "spelled", 2.0, None, "around", "areas")]
    assert read("It took a couple weeks.") == [("a couple weeks", "duration", 2.0, None, "around", "weeks")]


def test_a_couple_as_a_noun_a_vague_magnitude_and_a_span_of_something_are_not_two():
    assert quantities("A couple who lives nearby called.") == []
    assert only("a couple hundred people").reading == "order_of_magnitude"
    assert quantities("after a couple of years of modest improvement") == []


def test_the_dozen_before_a_plural_is_twelve():
    assert read("the dozen rescissions of TPS") == [("dozen", "spelled", 12.0, None, "rounding", "rescissions")]
    assert quantities("the dozen or so") == []


def test_double_before_a_dash_is_a_multiplier():
    assert read("Waits grew to more than double — now 18 months.")[0] == \
        ("more than double", "multiplier", 2.0, None, "above", "times")
    assert all(m.kind != "multiplier" for m in quantities("He hit a double — then 2 more."))


# --- quantity words ---------------------------------------------------------------------------------------------------

def test_most_of_which_and_most_of_a_possessive_name_are_majorities():
    assert words("Agents seized 2 tons, most of which came by truck.") == [("most of which", "most")]
    assert words("In 2023, most of Monroe County's deaths involved opioids.") == [("most of Monroe County's", "most")]


def test_the_most_and_the_least_with_an_amount_after_a_comma_are_ranks():
    found = words("Texans paid the most, with an average bill of $10,135, while Ohioans paid the least, at $1,027.")
    assert found == [("the most", "the most"), ("the least", "the least")]


def test_the_most_without_an_amount_after_is_left_alone():
    assert words("Parents who worry the most, at times, are right.") == []
    assert words("the most, with care") == []
