"""The mention finder reads every numeric form these articles use."""
import pytest

from factcheck.mentions import find_mentions, numbers_in, parse_number, spelled_value


def kinds(text):
    return [(m.kind, m.text) for m in find_mentions(text)]


@pytest.mark.parametrize("text, expected", [
    ("removed 409,000 people", [("number", "409,000")]),
    ("about 1.6 percent", [("percent", "1.6 percent")]),
    ("more than 99% and 99.5%", [("percent", "99%"), ("percent", "99.5%")]),
    ("a budget of $2.75 billion", [("money", "$2.75 billion")]),
    ("a 40-55 percent estimate", [("range", "40-55 percent")]),
    ("about 11 million immigrants", [("scaled", "11 million")]),
    ("nearly four dozen countries", [("spelled", "four dozen")]),
    ("longer than six months", [("spelled", "six")]),
    ("tens of thousands of people", [("spelled", "tens of thousands")]),
    ("In fiscal year 2012 and FY 12", [("fiscal_year", "fiscal year 2012"), ("fiscal_year", "FY 12")]),
    ("before Jan. 1, 2014, as of July 21", [("date", "Jan. 1, 2014"), ("date", "July 21")]),
    ("in October of 2008", [("date", "October of 2008")]),
    ("passed the Trust Act in 2012, which", [("year", "2012")]),
    ("in his first week", [("ordinal", "first")]),
    ("Biosphere 2", [("number", "2")]),
    ("One can assume", [("spelled", "One")]),
    ("They may not like it", []),
])
def test_finds_each_form(text, expected):
    assert kinds(text) == expected


def test_offsets_index_the_original_text():
    text = "In November of 2015, ICE submitted a little more than 6,000 requests."
    for m in find_mentions(text):
        assert text[m.start:m.end] == m.text


def test_non_breaking_space_before_percent():
    [m] = find_mentions("only 2\xa0percent of")
    assert (m.kind, m.value, m.precision) == ("percent", 2.0, 1.0)


@pytest.mark.parametrize("written, value, precision", [
    ("435,000", 435000, 1000), ("235,413", 235413, 1), ("1.6", 1.6, 0.1), ("10.4", 10.4, 0.1), ("0", 0, 1),
])
def test_parse_number_reads_precision_from_the_digits(written, value, precision):
    assert parse_number(written) == (value, pytest.approx(precision))


def test_exact_counts_and_rounded_figures():
    by_text = {m.text: m for m in find_mentions("2,572 people, 435,000 people, 60 days, 41,500 beds, 66 percent, $3.43 billion, 2.2 million")}
    assert by_text["2,572"].precision == 0          # an exact count
    assert by_text["60"].precision == 0             # one trailing zero: read as exact
    assert by_text["435,000"].precision == 1000     # rounded to the thousand
    assert by_text["41,500"].precision == 100
    assert by_text["66 percent"].precision == 1
    assert by_text["$3.43 billion"].value == pytest.approx(3.43e9)
    assert by_text["$3.43 billion"].precision == pytest.approx(1e7)
    assert by_text["2.2 million"].precision == pytest.approx(1e5)


@pytest.mark.parametrize("words, value", [
    ("four dozen", 48), ("twenty-five", 25), ("a dozen", 12), ("tens of thousands", 10000), ("six", 6), ("two hundred", 200),
])
def test_spelled_value(words, value):
    assert spelled_value(words) == value


def test_numbers_in_a_quote_include_both_ends_of_a_range():
    assert numbers_in("Between 40 percent and 55 percent") == [40, 55]
    assert numbers_in("a 40-55 percent") == [40, 55]
