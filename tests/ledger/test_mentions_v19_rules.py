"""Finder v19: defects of general mechanisms and classes of general English drawn from the misses of heldout22 and
heldout23 (corpus/README.md, "Rules finder v19 follows"). Every sentence is written for this file (none from a labelled
set), with guards for what each rule must leave alone: a real share "3 in 10", a dozen that is a count, "decades-old",
a verb "top", "the two most recent", "$40 a day", a count in a list with brackets."""
from tests.mentions_found import only, quantities, words


def _units(text):
    return [(m.text, m.unit) for m in quantities(text)]


# --- defects ------------------------------------------------------------------------------------------------------

def test_a_possessive_before_a_measure_leaves_no_letter_as_the_unit():
    found = _units("Jobless claims came to 812,000. Last month's total was revised up by 3,000 to 815,000.")
    assert found == [("812,000", "claims"), ("3,000", "claims"), ("815,000", "claims")]
    assert all(len(m.unit) != 1 for m in quantities("The agency's tally rose by 40 to 1,250 in March."))


def test_a_part_larger_than_its_whole_is_no_share():
    assert _units("Flu cases have climbed to 912 in 31 counties this winter.") == [("912", "cases"), ("31", "counties")]


def test_a_share_in_n_stays_a_share():
    found = only("Three in 10 nurses said they would quit.")
    assert (found.kind, found.value, found.unit) == ("fraction", 30.0, "percent")


def test_a_price_a_dozen_is_a_price_not_twelve():
    found = quantities("Bakers paid $4.10 a dozen for rolls in March.")
    assert [(m.text, m.value, m.unit) for m in found] == [("$4.10", 4.1, "usd")]


def test_a_dozen_that_counts_stays_twelve():
    found = quantities("She paid $30 for a dozen roses, and a dozen farms closed.")
    assert [(m.text, m.value) for m in found] == [("$30", 30.0), ("a dozen", 12.0), ("a dozen", 12.0)]


def test_an_age_hyphenated_once_too_often_is_the_age():
    found = quantities("The shelter took in teenagers up to 16-years-old last year.")
    assert [(m.text, m.value, m.unit) for m in found] == [("16", 16.0, "years")]


def test_decades_old_alone_stays_a_vague_span():
    found = only("The town still runs on decades-old pipes.")
    assert (found.text, found.reading) == ("decades-old", "order_of_magnitude")


def test_several_hundred_million_is_one_vague_magnitude_and_a_closing_quote_keeps_the_noun():
    found = only("It seems the ministry has ordered “several hundred million” masks for the winter.")
    assert (found.text, found.value, found.reading, found.unit) == (
        "several hundred million", 100_000_000.0, "order_of_magnitude", "masks")
    assert only("It seems the city printed “2 million” ballots.").unit == "ballots"


def test_a_line_break_after_a_preposition_does_not_end_the_sentence():
    text = "The county counted 310 voters in 2020, most of whom came from\nTexas (1,204)."
    assert _units(text)[-1] == ("1,204", "voters")
    assert _units(text) == _units(text.replace("\n", " "))


def test_a_figure_after_a_name_with_its_own_noun_is_no_list_entry():
    assert _units("Counties by 2023 fines\nIn Kern 310 drivers were fined.") == [("310", "drivers")]


def test_a_list_of_names_with_figures_counts_what_its_heading_counts():
    text = "Leading counties by 2023 evictions\nHarris 4120, Dallas 3987, Bexar\n2210, Travis 1505.\n"
    assert _units(text) == [("4120", "evictions"), ("3987", "evictions"), ("2210", "evictions"), ("1505", "evictions")]


def test_a_range_end_with_plus_keeps_its_noun():
    found = only("Patients face delays of two to four-plus weeks for a scan.")
    assert (found.value, found.value_to, found.unit) == (2.0, 4.0, "weeks")


def test_a_name_after_a_measure_is_no_count():
    found = _units("Sales ran at an annual rate of 640,000 homes, after a revised 655,000 rate in Texas.")
    assert found == [("640,000", "homes"), ("655,000", "homes")]


def test_a_bare_rate_after_rates_in_percent_is_a_percent():
    text = ("The clinic's survival rate was 91.2 percent, up from the 89.9 percent rate of 2019. "
            "The best rate was 92.5 in 2015.")
    assert _units(text)[-1] == ("92.5", "percent")
    assert _units("Deaths fell 10 percent. The death rate was 5.6 that year.")[-1][1] != "percent"


# --- readings -----------------------------------------------------------------------------------------------------

def test_a_maximum_and_a_minimum_without_of_bound_the_number():
    found = quantities("Recruits get a maximum $20,000 bonus after a minimum 2,000 hours of service.")
    assert [m.reading for m in found] == ["at_most", "at_least"]


def test_only_a_day_is_a_span():
    found = only("The ban came only a day after the vote.")
    assert (found.kind, found.value, found.unit) == ("duration", 1.0, "days")
    assert [m.text for m in quantities("Staff earn $40 a day, twice a day.")] == ["$40", "twice"]


# --- quantity words -----------------------------------------------------------------------------------------------

def test_top_opening_a_heading_is_a_rank_not_a_bound():
    found = [m for m in __import__("factcheck.ledger.mentions", fromlist=["x"]).find_mentions(
        "Top 5 Counties in 2022 arrests\nKern 310, Fresno 280.", words=True)]
    assert ("Top", "word") in [(m.text, m.kind) for m in found]
    assert next(m for m in found if m.text == "5").reading == "rounding"
    assert only("Daily arrests top 3,000 in summer.").reading == "above"


def test_the_top_with_a_noun_modifier_before_a_ranked_noun():
    assert words("Mexico remains the top export market for corn.") == [("the top export market", "top")]


def test_most_with_a_share_in_brackets_and_most_before_a_name():
    assert words("Most (72%) of the claims were paid.")[0] == ("Most", "most")
    assert words("Most domestic Delta Air flights left on time.")[0] == ("Most", "most")
    assert words("The two most recent annual safety reviews failed.") == []


def test_next_opening_a_sentence_ranks():
    found = words("The poorest county is Lake, at $21,000 a head. Next is Polk, at $23,500.")
    assert ("Next", "next") in found
    assert ("Next", "next") not in words("Next year the county will vote again.")


def test_a_code_with_a_letter_after_its_digits_is_one_modifier_not_a_lone_letter():
    assert quantities("Consulates issued nearly 41,000 H-1B visas last spring.")[0].unit == "visas"
    assert quantities("About 3,100 I-94W forms were filed.")[0].unit == "forms"


def test_a_word_ending_in_s_after_the_rank_is_no_plural_noun():
    # "as", "is", "was" end in "s" but count nothing: "the top five" there is a rank with no set named after it
    assert words("Iowa stayed in the top five as the clinic rate rose.") == []
    assert words("Iowa stayed in the top five states.") == [("top", "top")]
    assert words("Top 10 is what the county wants.") == []
