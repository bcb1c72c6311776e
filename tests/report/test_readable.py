"""Numbers, units, dates and names as a reader reads them."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from factcheck.ledger.intervals import INF, Interval
from factcheck.report.readable import article_date, figure, mid_sentence, outlet, plural, quantity, short_date, short_name, span


def test_figures_have_three_or_four_significant_figures_and_no_trailing_zeros():
    assert figure(82.9665) == "82.97" and figure(1.6666) == "1.667" and figure(6723.716) == "6,724"
    assert figure(2_750_000_000) == "2.75 billion" and figure(435_719) == "435,719" and figure(2.0) == "2"


def test_quantities_carry_their_unit_from_the_dictionary():
    assert quantity(409_000, "people") == "409,000 people" and quantity(1, "people") == "1 person"
    assert quantity(66, "percent") == "66%" and quantity(2.75e9, "usd") == "$2.75 billion"


def test_ranges_read_as_words_not_brackets():
    assert span(Interval(39.5, 55.5, True, False), "percent") == "39.5% to 55.5%"
    assert span(Interval(368_000, INF, False, False), "people") == "more than 368,000 people"
    assert span(Interval.point(2572), "people") == "exactly 2,572 people"
    assert span(Interval(0, 100, False, True), "percent") == "more than 0%, up to 100%"   # "declining"
    assert span(Interval(0, 15, True, False), "percent") == "0% to 15%"


def test_plurals_are_right():
    assert plural(1, "check") == "1 check" and plural(2, "check") == "2 checks" and plural(1_000, "claim") == "1,000 claims"


def document(outlet_name="The Daily Signal", headline="", **date):
    return SimpleNamespace(date={"published": None, "earliest": None, "latest": None, **date},
                           outlet={"name": outlet_name, "stated": False}, headline={"text": headline})


def test_dates_say_when_they_are_inferred_and_briefly_where_space_is_short():
    same_day = document(earliest=dt.date(2016, 8, 24), latest=dt.date(2016, 8, 24), record=[{"ref": "x"}])
    week = document(earliest=dt.date(2016, 5, 19), latest=dt.date(2016, 5, 26))
    assert article_date(same_day) == "24 August 2016 (not printed; from the record)"
    assert article_date(week) == "between 19 May 2016 and 26 May 2016 (not printed; inferred)"
    assert short_date(week) == "May 2016" and short_date(same_day) == "24 August 2016"


def test_an_inferred_outlet_says_so():
    assert outlet(document()) == "The Daily Signal (outlet inferred)"
    assert outlet(document("WANE 15 (wane.com)")) == "WANE 15 (wane.com; outlet inferred)"


def test_a_name_with_brackets_of_its_own_is_never_followed_or_nested_in_more():
    from factcheck.report.readable import bracketed

    wane = document("WANE 15 (wane.com)", earliest=dt.date(2024, 9, 1), latest=dt.date(2024, 9, 30))
    assert short_name(wane) == "WANE 15, 2024"          # as 'The article (WANE 15, 2024)'
    assert bracketed("WANE 15 (wane.com)", "inferred") == "WANE 15 (wane.com; inferred)"
    assert bracketed("CNN", "stated in the text") == "CNN (stated in the text)"
    assert short_name(document("The Daily Signal", published=dt.date(2016, 5, 1))) == "The Daily Signal, 2016"


def test_a_short_name_is_outlet_and_year_or_the_headline_when_the_outlet_is_unknown():
    assert short_name(document(published=dt.date(2016, 8, 24))) == "The Daily Signal, 2016"
    unknown = document("unknown", "ICE Struggles To Track Migrants Released Under Parole Program",
                       earliest=dt.date(2024, 6, 1), latest=dt.date(2025, 1, 31))
    assert short_name(unknown) == "“ICE Struggles To Track Migrants…”, 2024–25"


def test_a_label_inside_a_sentence_keeps_an_acronym_capital():
    assert mid_sentence("Removals (deportations)") == "removals (deportations)"
    assert mid_sentence("ICE budget for detention") == "ICE budget for detention"


def test_check_names_a_metric_or_unit_with_no_words_for_readers(tiny_repo):
    import subprocess
    import sys

    (tiny_repo / "data" / "dictionary.yml").write_text(
        "units:\n  requests: [request, requests]\nmetrics:\n  requests: \"Requests\"\n", encoding="utf-8")
    checked = subprocess.run([sys.executable, "-m", "factcheck", "check", "--root", str(tiny_repo)],
                             capture_output=True, text=True)
    assert checked.returncode == 1
    assert "uses the unit 'percent'" in checked.stderr and "uses the metric 'refusal_rate'" in checked.stderr
    assert "data/dictionary.yml" in checked.stderr


def test_a_dictionary_entry_of_the_wrong_shape_or_an_alias_is_refused_with_its_line(tiny_repo):
    from factcheck.files.problems import ValidationFailed
    from factcheck.report.readable import dictionary

    path = tiny_repo / "data" / "dictionary.yml"
    path.write_text("units:\n  people: person\nmetrics:\n  removals: \"Removals\"\n", encoding="utf-8")
    with pytest.raises(ValidationFailed, match=r"dictionary.yml:2: column 'units.people': expected \[singular, plural\]"):
        dictionary(tiny_repo)
    path.write_text("units: &u {}\nmetrics: *u\n", encoding="utf-8")
    with pytest.raises(ValidationFailed, match="alias"):
        dictionary(tiny_repo)


def test_a_period_reads_as_months_and_days_not_as_a_range_of_years():
    """A reader took the ledger's '2008-10' (October 2008) for 2008 to 2010."""
    from factcheck.report.readable import period

    assert period("2008-10") == "Oct 2008"
    assert period("2015-10/2015-11 (first two months of FY2016)") == "Oct–Nov 2015 (first two months of FY2016)"
    assert period("2023-05/2024-07") == "May 2023–Jul 2024"
    assert period("as of 2024-07-21 (implied)") == "as of 21 Jul 2024 (implied)"
    assert period("FY2012/FY2015") == "FY2012–FY2015"
    for kept in ("under PEP (2015-2016)", "unspecified (c. FY2014-2016)", "FY2015", "2015-13", "", "c. mid-2024"):
        assert period(kept) == kept


def test_brackets_are_merged_only_at_the_end_and_a_name_all_in_brackets_is_kept():
    from factcheck.report.readable import bracketed, without_brackets

    assert without_brackets("(wane.com)") == "(wane.com)"          # nothing would be left: the name stays whole
    assert without_brackets("ICE (U.S.) office") == "ICE (U.S.) office"   # brackets inside a name are the name's
    assert bracketed("ICE (U.S.) office", "inferred") == "ICE (U.S.) office (inferred)"
    assert bracketed("Left) right", "inferred") == "Left) right (inferred)"   # a stray bracket is not a group
    # a name ending in a bracket that closes no group of its own at the end is not merged into: '(x) y; inferred)'
    assert bracketed("(x) y)", "inferred") == "(x) y) (inferred)"
    assert bracketed("CBP) (ICE", "inferred") == "CBP) (ICE (inferred)"
    # an empty group is no group: no '(; inferred)', and it is kept as the name wrote it
    assert bracketed("WANE 15 ( )", "inferred") == "WANE 15 ( ) (inferred)"
    assert without_brackets("WANE 15 ()") == "WANE 15 ()"
    assert bracketed("WANE 15 (wane.com)", "inferred") == "WANE 15 (wane.com; inferred)"
