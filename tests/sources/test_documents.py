"""sources.yml: provenance of wrong shape, seeds outside seeds/, bad offsets: each a message naming file:line."""
from __future__ import annotations

import pytest

from factcheck.ledger.claims import load_ledger
from factcheck.files.problems import ValidationFailed


def problems_after(tiny_repo, old: str, new: str) -> list[str]:
    sources = tiny_repo / "seeds" / "sources.yml"
    text = sources.read_text(encoding="utf-8")
    assert old in text
    sources.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        load_ledger(tiny_repo)
    return [str(p).split("sources.yml", 1)[-1] for p in failed.value.problems if "sources.yml" in p.file]


@pytest.mark.parametrize("path", ["../data/claims.csv", "/etc/passwd", "sub/tiny.txt", "..", "", "[tiny.txt]"])
def test_a_seed_file_must_be_a_name_inside_seeds(tiny_repo, path):
    found = problems_after(tiny_repo, "file: tiny.txt", f"file: {path!r}" if path != "[tiny.txt]" else f"file: {path}")
    assert found[0].startswith(":3: column 'file': expected the name of a file in seeds/ (like 'pep16.txt'), found ")
    assert found[0].endswith("the seeds stay inside seeds/")


@pytest.mark.parametrize("name", [".tiny.txt", "tiny.txt~"])
def test_a_seed_may_not_be_a_hidden_file_or_a_backup(tiny_repo, name):
    """A folder's limits (byo/guard.py) do not count such files: no seed may be one."""
    (tiny_repo / "seeds" / name).write_bytes((tiny_repo / "seeds" / "tiny.txt").read_bytes())
    found = problems_after(tiny_repo, "file: tiny.txt", f"file: {name!r}")
    assert found[0] == f":3: column 'file': {name} is a hidden file or an editor's backup, which no seed may be: name " \
                       "the article's own file (like 'pep16.txt')"


def test_a_seed_that_links_out_of_seeds_is_refused(tiny_repo):
    outside = tiny_repo / "outside.txt"
    outside.write_text("x", encoding="utf-8")
    (tiny_repo / "seeds" / "link.txt").symlink_to(outside)
    found = problems_after(tiny_repo, "file: tiny.txt", "file: link.txt")
    assert found[0] == ":3: column 'file': link.txt leads out of seeds/ (a link?); the seeds stay inside it"


def test_a_seed_that_is_not_utf8_is_named(tiny_repo):
    (tiny_repo / "seeds" / "latin.txt").write_bytes(b"caf\xe9 100\n")
    found = problems_after(tiny_repo, "file: tiny.txt", "file: latin.txt")
    assert ":3: column 'file': latin.txt is not UTF-8 text (byte 0xe9 at position 3 cannot be read)" in found


def test_an_outlet_written_as_a_string_is_a_shape_problem(tiny_repo):
    found = problems_after(tiny_repo, "outlet: {name: Test Gazette, stated: false, evidence: \"written for the test\"}",
                           "outlet: Test Gazette")
    assert found == [":5: column 'outlet': expected a mapping with name, stated, evidence; found 'Test Gazette'"]


def test_date_evidence_written_as_a_string_is_a_shape_problem(tiny_repo):
    old = """      evidence:
        - quote: "November 2015"
          start: 79
          end: 92
          why: "the data runs through this month"
"""
    found = problems_after(tiny_repo, old, "      evidence: the data runs through November 2015\n")
    assert found == [":11: column 'date.evidence': expected a list of anchored quotes (- {quote, start, end, why}); "
                     "found 'the data runs through November 2015'"]


def test_a_date_record_written_as_a_number_is_a_shape_problem(tiny_repo):
    old = """      evidence:
        - quote: "November 2015"
"""
    found = problems_after(tiny_repo, old, "      record: 5\n" + old)
    assert found == [":11: column 'date.record': expected a list of references (- {ref, why}); found 5"]
    found = problems_after(tiny_repo, "      record: 5\n", "      record:\n        - 5\n")
    assert found == [":12: column 'date.record': each item needs ref (an id in data/references.csv) and why"]


def test_people_quoted_as_a_mapping_is_a_shape_problem(tiny_repo):
    found = problems_after(tiny_repo, "people_quoted: []", "people_quoted: {name: Jane Roe}")
    assert found == [":16: column 'people_quoted': expected a list (one '- name: ...' per person, or []); found a mapping"]


@pytest.mark.parametrize("value", ["-1", ".nan", ".inf", "seventy-nine", "true", "79.5"])
def test_an_offset_must_be_a_whole_number_of_zero_or_more(tiny_repo, value):
    found = problems_after(tiny_repo, "start: 79", f"start: {value}")
    assert found[0].startswith(":13: column 'date.evidence.start': expected a whole number of characters, 0 or more; found ")


def test_stated_must_be_true_or_false(tiny_repo):
    found = problems_after(tiny_repo, "stated: false", "stated: maybe")
    assert found == [":5: column 'outlet.stated': expected true or false, found 'maybe'"]


def test_a_yaml_syntax_error_in_sources_is_named_with_its_line(tiny_repo):
    found = problems_after(tiny_repo, "    people_quoted: []", "    people_quoted: [")
    assert found == [":18: not valid YAML: expected ',' or ']', but got '<stream end>' (while parsing a flow sequence "
                     "that starts on line 16); check the indentation and the quotes on this line and the one before it"]


def test_documents_written_as_a_mapping_is_named(tiny_repo):
    found = problems_after(tiny_repo, "documents:\n  - id: tiny", "documents:\n  tiny:\n    id: tiny")
    assert found[0].startswith(":1: column 'documents': expected a top-level 'documents:' list")


@pytest.mark.parametrize("old, new", [("earliest: 2015-12-01", "earliest: 2015-12-01 10:00:00"),
                                      ("latest: 2016-12-31", "latest: 2016-12-31 23:59:00"),
                                      ("published: null", "published: 2016-01-02 08:00:00")])
def test_a_date_with_a_time_of_day_is_named_not_compared(tiny_repo, old, new):
    """YAML reads `2015-12-01 10:00:00` as a datetime, a date in Python that cannot be compared with a date (it
    raised a TypeError)."""
    key = old.split(":")[0]
    found = problems_after(tiny_repo, old, new)
    assert [problem for problem in found if "a time of day too" in problem and f"date.{key}" in problem], found


def test_a_date_s_evidence_ending_past_the_text_is_named_so(tiny_repo):
    length = len((tiny_repo / "seeds" / "tiny.txt").read_text(encoding="utf-8"))
    found = problems_after(tiny_repo, "end: 92", f"end: {length + 1}")
    assert found == [f":14: column 'date.evidence.end': end {length + 1} is past the end of the text ({length} characters)"]


def test_a_message_quotes_words_cut_short_and_says_how_often_a_quote_occurs():
    from factcheck.sources.documents import SHOWN, quote_hint, shown_words

    assert shown_words("ICE said") == "'ICE said'" and shown_words("x" * 5000) == repr("x" * SHOWN) + "…"
    assert quote_hint("ha ha ha", "ha ha") == " (the quote occurs at 0:5, and 1 more time)"   # overlapping too
    assert quote_hint("a b a b a", "a") == " (the quote occurs at 0:1, and 2 more times)"
    assert quote_hint("a b", "c") == " (the quote is not in the text)" and quote_hint("a", "") == \
        " (the quote is not in the text)"


@pytest.mark.parametrize("written, said", [
    ("NO", "false (YAML reads an unquoted yes, no, on, off, true or false as true or false: put the words in quotes "
           "to keep them as text)"),
    ("2016", "the number 2016 (put it in quotes to keep it as text)"),
    ("2016-05-19", "the date 2016-05-19 (put it in quotes to keep it as text)")])
def test_an_outlet_name_yaml_reads_as_no_text_says_what_yaml_made_of_it_and_to_quote_it(tiny_repo, written, said):
    found = problems_after(tiny_repo, "name: Test Gazette", f"name: {written}")
    assert found == [f":5: column 'outlet.name': expected text, found {said}"]
