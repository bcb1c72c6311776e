"""Finder v17: the noun the reader supplies (corpus/README.md, "Rules finder v17 follows"). Each class with sentences
written for this file (none from a labelled set) and with guards: a number whose next word is its unit keeps it, a year
stays a year, a number before a verb whose noun no earlier sentence gives gets no invented unit."""
from factcheck.ledger.mentions import find_mentions
from tests.mentions_found import only, quantities


def _units(text):
    return [(m.text, m.unit) for m in quantities(text)]


# --- a number before a word that cannot head a noun phrase counts what its sentence counts ---

def test_a_number_before_a_predicative_adjective_counts_the_sentence_s_count():
    assert _units("The district budgets 410 nurses for its clinics, and it is roughly 55 short this winter.") == [
        ("410", "nurses"), ("55", "nurses")]
    assert _units("The league needs 12 referees a week and is still three short.")[-1] == ("three", "referees")


def test_a_capitalised_plural_before_an_adverb_or_a_past_tense_is_the_head():
    assert _units("Officials say 40,000 Peruvians and 25,000 Bolivians now hold the permits.") == [
        ("40,000", "peruvians"), ("25,000", "bolivians")]
    assert _units("Nearly 300 Hospitals Saw Losses in March")[0] == ("300", "hospitals")


def test_a_number_in_a_breakdown_in_brackets_counts_what_the_sentence_counts():
    text = ("Of the 30 complaints filed with the board, four were filed over harassment (3 dismissed, 1 sustained) and "
            "seven were filed over fraud (5 dismissed, 2 sustained).")
    assert [u for _, u in _units(text)] == ["complaints"] * 7


def test_a_bare_number_after_the_restates_a_figure_of_its_sentence():
    assert _units("An audit of 40 of the 90 clinics in the state found 12 of the 40 had expired licences.") == [
        ("40", "clinics"), ("90", "clinics"), ("12", "clinics"), ("40", "clinics")]


def test_numbers_in_a_list_without_and_share_the_noun_after_the_last():
    assert [m.unit for m in quantities("Applicants wait 4, 5, 6 weeks for a hearing.")] == ["weeks"] * 3


# --- rates: the rate named before, a base of a measure ---

def test_a_bare_rate_continues_the_rate_printed_before_it_as_before():
    # readers disagree whether "the rate" after "people killed per 100,000" counts people or the named rate's noun
    # (heldout12/second-reading): v17 leaves the bare rate to the rate printed before it
    text = ("The state's suicide rate rose again last year. The rate was 14.1 people per 100,000, up from 2015, "
            "when the rate was 12.9 per 100,000.")
    assert [m.unit for m in quantities(text) if m.kind == "rate"] == ["people per 100,000"] * 2


def test_a_rate_s_base_of_a_measure_is_kept_and_carried_to_the_rate_restated():
    found = _units("Crashes fell to 2.4 injuries per 1 million train miles, from 2.9 injuries the year before.")
    assert found == [("2.4 injuries per 1 million", "injuries per 1 million train miles"),
                     ("2.9", "injuries per 1 million train miles")]


def test_the_rate_does_not_override_a_count_the_last_rate_printed():
    # the last rate printed what it counts (deaths): the bare rate continues it, not the named rate's noun ("mortality")
    text = "The infant mortality rate fell sharply. It was 5.1 deaths per 1,000 in 2019. The rate was 4.2 per 1,000 in 2020."
    assert [m.unit for m in quantities(text) if m.kind == "rate"] == ["deaths per 1,000"] * 2


# --- guards ---

def test_a_number_whose_next_word_is_its_unit_keeps_it():
    assert _units("The county hired 38 nurses and 12 short-term aides.") == [("38", "nurses"), ("12", "aides")]
    assert only("About 500 shortages were reported.").unit == "shortages"


def test_a_year_stays_a_year():
    found = find_mentions("In 2019 the clinic was 14 short of its goal of 60 doctors.")
    assert [(m.text, m.is_quantity) for m in found][0] == ("2019", False)


def test_a_number_before_a_verb_with_no_noun_before_gets_no_invented_unit():
    assert only("We think 5 now is fine.").unit == ""


def test_a_rate_s_base_of_people_is_left_as_the_corpus_labels_it():
    assert only("It reported 8.3 deaths per 100,000 residents.").unit == "deaths per 100,000"


def test_a_singular_noun_before_a_bracket_with_a_number_alone_still_counts_it():
    assert only("Total enrollment (4,210) rose slightly.").value == 4210
    assert _units("The shelters hold unaccompanied minors (812) and families (305).") == [
        ("812", "minors"), ("305", "families")]


def test_the_same_value_in_another_clause_is_not_restated():
    found = _units("The city had 392 arrests in 2022; and the 240 burglaries were fewer than the 392 the year before.")
    assert found[-1][1] != "arrests"


# --- a noun joined to its number by a hyphen; ages after "the age of" and after people and a bound ---

def test_a_noun_joined_to_its_number_by_a_hyphen_is_the_unit():
    assert _units("The state opened a 1,200-seat arena and a three-lane bridge.") == [
        ("1,200", "seats"), ("three", "lanes")]
    assert _units("Crews carried six 5-liter fuel cans.") == [("six", "cans"), ("5", "liters")]
    assert only("Workers built a 9-foot fence.").unit == "feet"


def test_a_hyphen_word_another_rule_reads_or_an_adjective_of_kind_is_no_unit():
    assert only("Claims saw a 4-fold rise.").unit == "times"
    assert [m.unit for m in quantities("She signed a 12-month lease.")] == ["months"]
    assert "ways" not in [m.unit for m in quantities("He bought a one-way ticket for 40 dollars.")]


def test_an_age_after_the_age_of_or_after_people_and_a_bound():
    found = quantities("The rule covers children under the age of 6 and teens over 15.")
    assert [(m.text, m.unit) for m in found] == [("6", "years"), ("15", "years")]
    # the number has a noun of its own after it: that is its unit, not years
    assert _units("The clinic saw 42 patients under 30 days old.") == [("42", "patients"), ("30", "days")]
