"""Finder v14 (issue 23): units as the reader means them. The unit misses of every labelled set were pooled and grouped
into classes of English (corpus/README.md, "Rules finder v14 follows"). Every sentence here is written for this file,
none copied from a labelled set; each class has guards, sentences that must not be read that way."""
import pytest

from factcheck.ledger.mentions import find_mentions


def units(text):
    return {m.text: m.unit for m in find_mentions(text) if m.is_quantity}


# ---- an event noun with "of" as the clause's subject: the events are counted ----------------------------------------
@pytest.mark.parametrize("text, number, unit", [
    ("The removal of families from the shelters fell to 4,100 in March.", "4,100", "removals"),
    ("The deportation of migrants rose from 20,500 in April to 23,800 in May.", "20,500", "deportations"),
    ("The deportation of migrants rose from 20,500 in April to 23,800 in May.", "23,800", "deportations"),
    ("Arrests of teenagers with prior records climbed to 1,240 last year.", "1,240", "arrests"),
    ("The largest rise came in the release of detained parents, which jumped from 310 to 520.", "520", "releases"),
])
def test_an_event_noun_with_of_counts_the_events(text, number, unit):
    assert units(text)[number] == unit


@pytest.mark.parametrize("text, number, unit", [
    ("The arrest of 12 protesters last week lifted the count to 300.", "300", "protesters"),  # a count stands between
    ("After the release of the report, officers said 340 had left.", "340", "officers"),  # another noun heads the clause
])
def test_an_event_noun_that_is_not_the_subject(text, number, unit):
    assert units(text)[number] == unit


def test_an_event_noun_before_a_number_that_refers_back():
    # "about 900 of them": the number stands for the things "them" names, not for evictions
    assert units("The county began the eviction of tenants in arrears — about 900 of them this spring.")["900"] \
        != "evictions"


# ---- the plural subject of the verb that takes a bare number --------------------------------------------------------
@pytest.mark.parametrize("text, number, unit", [
    ("In Tulsa, 800 cars were stolen, but burglaries were down to 1,210.", "1,210", "burglaries"),
    ("Library visits, which include online sessions at branches, were 48,300 in May.", "48,300", "visits"),
    ("Single mothers, mostly from the city, accounted for 2,950.", "2,950", "mothers"),
    ("With daily bookings averaging about 75, the jail filled.", "75", "bookings"),
    ("The jail held 500 to 600 inmates a night, with admissions between 30 and 50.", "30 and 50", "admissions"),
    ("Total Weekly Admissions were 412 in June.", "412", "admissions"),
    ("Evictions fell by 12 percent (1,840 to 1,620) over the year.", "1,840", "evictions"),
    ("Evictions fell by 12 percent (1,840 to 1,620) over the year.", "1,620", "evictions"),
])
def test_the_subject_of_the_verb_taking_the_number(text, number, unit):
    assert units(text)[number] == unit


@pytest.mark.parametrize("text, number, unit", [
    ("In Tulsa, 800 cars were stolen, but burglaries were down to 1,210.", "800", "cars"),  # its own noun
    ("The jail held 500 to 600 inmates a night, with admissions between 30 and 50.", "500 to 600", "inmates"),
    ("Evictions fell by 12 percent (1,840 to 1,620) over the year.", "12 percent", "percent"),
])
def test_a_number_with_its_own_noun_keeps_it(text, number, unit):
    assert units(text)[number] == unit


# ---- a measure names nothing counted ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, number, unit", [
    ("Clinics counted 3,100 absences in March, with numbers falling to 2,800 in April.", "2,800", "absences"),
    ("Clinics saw 310 patients a day, while the 2023 average was 280.", "280", "patients"),
    ("The jail held 2,400 inmates in May, when its population stood below 2,000.", "2,000", "inmates"),
])
def test_a_measure_takes_the_count_it_continues(text, number, unit):
    assert units(text)[number] == unit


@pytest.mark.parametrize("text, number, unit", [
    ("The county's population reached 84,000.", "84,000", "population"),  # no count before: the population itself
    ("Cities with a population of over 500,000 reported 40 shootings.", "500,000", "population"),
])
def test_a_population_without_a_count_before_is_the_population(text, number, unit):
    assert units(text)[number] == unit


# ---- a referring subject after a sentence that names events ---------------------------------------------------------
def test_this_number_after_a_sentence_naming_events():
    text = "The sharpest rise came in the eviction of older tenants. This number climbed from 410 to 1,020."
    assert units(text)["410"] == units(text)["1,020"] == "evictions"


def test_this_number_after_a_sentence_with_a_count_takes_the_count():
    text = "The sharpest rise came in the eviction of 40 older tenants. This number climbed to 90."
    assert units(text)["90"] == "tenants"


# ---- a rate named by a demonstrative is the rate the clause before names ----------------------------------------------
def test_that_rate_is_the_rate_named_before():
    text = ("The property crime rate fell again in 2019; that year's rate of 1,958 per 100,000 people was the lowest "
            "since 1967.")
    assert units(text)["1,958 per 100,000"] == "property crimes per 100,000"


def test_a_rate_without_a_demonstrative_does_not_look_back():
    text = "The property crime rate fell again in 2019; a rate of 1,958 per 100,000 people was reported."
    assert units(text)["1,958 per 100,000"] != "property crimes per 100,000"


# ---- what does not end a noun phrase -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, number, unit", [
    ("They feared “hundreds” of layoffs at the plant.", "hundreds", "layoffs"),
    ('The governor warned of "thousands" of closures.', "thousands", "closures"),
    ("Courts hold 2,300 pending asylum cases.", "2,300", "cases"),
    ("Officials counted 120 remaining housing units.", "120", "housing units"),
])
def test_marks_and_modifiers_inside_the_phrase(text, number, unit):
    assert units(text)[number] == unit


def test_a_gerund_before_a_singular_noun_alone_starts_a_clause():
    assert units("The county jail held 900 awaiting trial.")["900"] != "trial"
