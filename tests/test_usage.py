"""What a page reads is noted id by id while the build records, and costs nothing otherwise."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import usage
from factcheck.ledger.claims import load_ledger, with_rules
from factcheck.ledger.hedges import rules_from
from factcheck.report.register import outcomes

REPO = Path(__file__).resolve().parent.parent
TRACKED = ("data/claims.csv", "data/non_claims.csv", "data/checks.yml", "seeds")


@pytest.fixture(scope="module")
def ledger():
    return load_ledger()


@pytest.fixture
def recording():
    usage.start(REPO, TRACKED)
    yield
    usage.stop()


def test_nothing_is_kept_unless_the_build_records(ledger):
    ledger.claim("pep16-01")
    usage.start(REPO, TRACKED)
    assert usage.stop() == []


def test_the_accessors_note_the_ids_they_hand_out(ledger, recording):
    ledger.claim("pep16-01")
    ledger.claim("pep16-03").to_dict()
    ledger.claims_for("oig17")
    ledger.claims_with("metric", ["removals"])
    assert usage.stop() == ["claim-fields:pep16-01=claim_id", "claim:pep16-03", "claims-with:metric=removals",
                            "document:oig17"]


def test_a_claim_s_row_read_column_by_column_is_noted_by_its_columns_and_any_other_way_whole(ledger, recording):
    """A page that shows a claim's quote does not depend on its population; asking for a claim depends on its
    existence (its id); a row used any way but by column name (an attribute, a conversion, a list of columns,
    iteration) counts as the whole claim. The values are the plain row's."""
    plain = ledger._claims.iloc[ledger._positions()["pep16-02"]]
    row = ledger.claim("pep16-02")
    assert row["quote"] == plain["quote"] and row.get("unit") == plain["unit"] and row.get("nothing", 7) == 7
    assert type(row["value"]) is type(plain["value"]) and isinstance(row, type(plain))
    assert ledger.interval("pep16-04") == ledger.interval("pep16-04")
    keys = usage.stop()
    assert keys[0] == "claim-fields:pep16-02=claim_id,nothing,quote,unit,value", keys
    assert keys[1].startswith("claim-fields:pep16-04=") and "population" not in keys[1] and "high" in keys[1], keys
    assert len(keys) == 2, keys
    usage.start(REPO, TRACKED)
    for whole in (lambda r: r.to_dict(), lambda r: list(r), lambda r: r[["quote", "unit"]], lambda r: r.quote,
                  lambda r: r.iloc[0], lambda r: dict(r)):
        whole(ledger.claim("oig17-03"))
        assert "claim:oig17-03" in usage.stop()
        usage.start(REPO, TRACKED)
        ledger.claim("oig17-03")["quote"]
        assert usage.stop() == ["claim-fields:oig17-03=claim_id,quote"]
        usage.start(REPO, TRACKED)


def test_one_column_of_a_claim_reads_and_notes_as_that_column_of_its_row(ledger, recording):
    """`claim_value` (the pages' helpers: a claim's article, quote, place) gives what `claim(id)[column]` gives, the
    same object, and notes the same keys, recording or not; an unknown claim or column fails as the row does."""
    for claim_id, column in (("pep16-02", "quote"), ("pep16-02", "value"), ("oig17-03", "start"), ("oig17-03", "doc_id")):
        usage.stop()
        usage.start(REPO, TRACKED)
        by_row = ledger.claim(claim_id)[column]
        row_keys = usage.stop()
        usage.start(REPO, TRACKED)
        value = ledger.claim_value(claim_id, column)
        assert usage.stop() == row_keys == [f"claim-fields:{claim_id}=" + ",".join(sorted({"claim_id", column}))]
        assert value == by_row and type(value) is type(by_row)
        assert ledger.claim_value(claim_id, column) == by_row   # not recording: the same value
        usage.start(REPO, TRACKED)
    with pytest.raises(KeyError, match="no claim 'nobody-01'"):
        ledger.claim_value("nobody-01", "quote")
    with pytest.raises(KeyError):
        ledger.claim_value("pep16-02", "no such column")
    assert usage.stop() == ["claim-fields:pep16-02=claim_id,no such column", "claim:nobody-01"]
    usage.start(REPO, TRACKED)


def test_reading_the_whole_table_is_noted_as_such(ledger, recording):
    assert len(ledger.claims) > 1
    assert usage.stop() == ["claims:*"]


def test_counting_the_claims_is_noted_as_reading_their_ids_not_their_rows(ledger, recording):
    assert len(ledger.claim_ids()) == len(ledger._claims) and set(ledger.claim_ids("oig17")) < set(ledger.claim_ids())
    assert usage.stop() == ["claims:ids"]


def test_each_articles_claim_ids_at_once_are_those_of_the_article_noted_as_reading_ids(ledger, recording):
    grouped = ledger.claim_ids_by_document()
    assert usage.stop() == ["claims:ids"]
    usage.start(REPO, TRACKED)
    assert grouped == {doc_id: ledger.claim_ids(doc_id) for doc_id in ledger.documents}


def test_a_page_depends_on_the_verdicts_it_reads_not_on_every_check_evaluated(ledger, recording):
    results = outcomes(ledger)
    # the statements file is read whole: which checks are evidence of which statement, and each verdict
    assert usage.stop() == ["checks:index", "file:data/statements.yml"], "evaluating every check is not reading every claim"
    usage.start(REPO, TRACKED)
    shown = next(o for o in results if "pep16-08" in o.check.claim_ids)
    assert shown.verdict
    from factcheck.checks.verdicts import outcome_digest

    # the outcome as the page saw it, under the rules it was worked out with (the build compares that, see usage)
    assert usage.stop() == [f"outcome:{shown.check.id}@standard={outcome_digest(shown)}"]


def test_what_if_rules_do_not_make_a_page_read_every_row(ledger, recording):
    strict = with_rules(ledger, rules_from("strict"))
    strict.claim("pep16-09")["quote"]
    assert usage.stop() == ["claim-fields:pep16-09=claim_id,quote"]


def test_other_data_files_opened_directly_are_noted_whole(recording, tmp_path):
    (REPO / "data" / "themes.yml").read_text(encoding="utf-8")
    (REPO / "data" / "claims.csv").read_text(encoding="utf-8")  # read through the ledger, noted claim by claim
    (tmp_path / "elsewhere.txt").write_text("not data", encoding="utf-8")
    (tmp_path / "elsewhere.txt").read_text(encoding="utf-8")
    assert usage.stop() == ["file:data/themes.yml"]


def test_paused_reads_are_not_the_page_s(ledger, recording):
    with usage.paused():
        ledger.claim("pep16-01")
    assert usage.stop() == []


def test_a_result_computed_once_notes_the_same_keys_when_reused(ledger, recording):
    with usage.captured() as keys:
        ledger.claim("pep16-01").to_dict()
        with usage.paused():
            ledger.claim("pep16-02").to_dict()
    assert keys == {"claim:pep16-01", "claim-field:pep16-01=claim_id"}
    usage.stop()
    usage.start(REPO, TRACKED)
    usage.note_all(keys)
    assert usage.stop() == ["claim:pep16-01"]


def test_a_result_computed_inside_another_notes_its_keys_in_both_and_each_ends_its_own(recording):
    """Nested caches (variants._items_by_id reads labelled_items, which reads _gold): the inner capture ends holding
    the same keys as the outer one, and the outer one goes on noting until its own end."""
    with usage.captured() as outer:
        with usage.captured() as inner:
            usage.note("file", "data/a.csv")
        assert inner == outer == {"file:data/a.csv"}
        usage.note("file", "data/b.csv")
    assert inner == {"file:data/a.csv"} and outer == {"file:data/a.csv", "file:data/b.csv"}
    assert usage._captures == []


def test_a_cached_read_is_noted_on_every_page_not_only_the_first(tmp_path):
    """A warm kernel keeps module caches between pages; the second page must record the file too."""
    (tmp_path / "data").mkdir()
    table = tmp_path / "data" / "labels.yml"
    table.write_text("a: 1\n", encoding="utf-8")
    opened = []

    @usage.remembered(maxsize=2)
    def read(path: str) -> str:
        opened.append(path)
        return Path(path).read_text(encoding="utf-8")

    pages = []
    for _ in range(2):
        usage.start(tmp_path)
        read(str(table))
        pages.append(usage.stop())
    assert len(opened) == 1, "the second page is served from the cache"
    assert pages == [["file:data/labels.yml"], ["file:data/labels.yml"]]


def test_the_workshop_checkers_report_is_noted_on_every_page(recording):
    from factcheck.workshop.report_cache import report

    report()
    first = usage.stop()
    usage.start(REPO, TRACKED)
    report()
    assert usage.stop() == first and "checks:index" in first


def test_every_column_of_every_claim_reads_alike_by_value_and_by_row(ledger):
    """claim_value takes a claim's column from the table's column: the same object, of the same type (a NumPy
    scalar for a number), as the row `claim` gives, for every claim and column of the shipped ledger."""
    for claim_id in ledger.claims["claim_id"]:
        row = ledger.claim(claim_id)
        for column in ledger.claims.columns:
            by_row, by_value = row[column], ledger.claim_value(claim_id, column)
            assert type(by_value) is type(by_row), (claim_id, column, by_value, by_row)
            assert by_value == by_row or (by_value != by_value and by_row != by_row), (claim_id, column)


def test_a_page_listing_the_articles_depends_on_their_provenance(ledger, recording):
    """The landing page kept an article's old headline after sources.yml changed it: it read every article's
    outlet, date and headline and noted none of them, so the build did not run it again."""
    from factcheck.report import pages

    pages.article_lines(outcomes(ledger), ledger)
    noted = usage.stop()
    assert "documents:ids" in noted and {f"source:{doc_id}" for doc_id in ledger.documents} <= set(noted)
