"""Each item a page read hashes to something that changes with that item, and only with it."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from factcheck.pipeline.fingerprint import DataIndex, changed_inputs, page_inputs
from factcheck.pipeline.plan import load_plan

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_copy(tmp_path) -> Path:
    for folder in ("data", "seeds"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    return tmp_path


def change_cell(table: Path, claim_id: str, column: str, value: str) -> None:
    with open(table, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = list(rows[0])
    for row in rows:
        if row["claim_id"] == claim_id:
            row[column] = value
    with open(table, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


KEYS = ["claim:pep16-01", "claim:pep16-02", "claim:oig17-03", "document:pep16", "document:oig17",
        "check:refusal-rate-november-2015", "check:caseload-ratio-atlanta", "checks:index", "claims:*",
        "claims:ids", "claims-with:metric=officer_caseload_non_detained", "file:data/themes.yml"]


def digests(root: Path) -> dict[str, str]:
    return DataIndex(root).digests(KEYS)


def test_changing_one_claim_changes_only_the_items_that_contain_it(data_copy):
    before = digests(data_copy)
    change_cell(data_copy / "data" / "claims.csv", "oig17-03", "population", "changed by a test")
    after = digests(data_copy)
    changed = {key for key in KEYS if before[key] != after[key]}
    # oig17-03 is an input of caseload-ratio-atlanta and has the metric officer_caseload_non_detained.
    assert changed == {"claim:oig17-03", "document:oig17", "check:caseload-ratio-atlanta", "claims:*",
                       "claims-with:metric=officer_caseload_non_detained"}


def test_the_list_of_claim_ids_changes_with_a_claim_s_id_or_article_only(data_copy):
    claims = data_copy / "data" / "claims.csv"
    before = DataIndex(data_copy).digest("claims:ids")
    change_cell(claims, "oig17-03", "quote", "other words")
    assert DataIndex(data_copy).digest("claims:ids") == before   # a page that counts claims need not run again
    change_cell(claims, "oig17-03", "doc_id", "pep16")
    moved = DataIndex(data_copy).digest("claims:ids")
    assert moved != before
    change_cell(claims, "oig17-03", "claim_id", "oig17-99")
    assert DataIndex(data_copy).digest("claims:ids") not in (before, moved)


def test_moving_a_claim_to_another_metric_changes_both_memberships(data_copy):
    key = "claims-with:metric=officer_caseload_non_detained"
    before = DataIndex(data_copy).digest(key)
    change_cell(data_copy / "data" / "claims.csv", "oig17-03", "metric", "something_else")
    index = DataIndex(data_copy)
    assert index.digest(key) != before
    assert index.digest("claims-with:metric=something_else") != DataIndex(REPO).digest("claims-with:metric=something_else")


def test_editing_a_check_changes_that_check_and_not_the_index_unless_its_claims_change(data_copy):
    checks = data_copy / "data" / "checks.yml"
    before = digests(data_copy)
    text = checks.read_text(encoding="utf-8")
    checks.write_text(text.replace("title: \"Is “almost 100”", "title: \"Is really “almost 100”", 1), encoding="utf-8")
    after = digests(data_copy)
    assert {key for key in KEYS if before[key] != after[key]} == {"check:refusal-rate-november-2015"}
    checks.write_text(text.replace("inputs: {part: pep16-08, whole: pep16-07}", "inputs: {part: pep16-08, whole: pep16-06}", 1),
                      encoding="utf-8")
    assert DataIndex(data_copy).digest("checks:index") != DataIndex(REPO).digest("checks:index")


def test_an_article_s_provenance_is_part_of_its_claims(data_copy):
    sources = data_copy / "seeds" / "sources.yml"
    before = digests(data_copy)
    sources.write_text(sources.read_text(encoding="utf-8").replace("outlet:", "outlet:  ", 1), encoding="utf-8")
    assert digests(data_copy) == before, "formatting alone changes nothing"
    text = sources.read_text(encoding="utf-8")
    sources.write_text(text.replace('name: "LifeZette"', 'name: "LifeZette (changed)"', 1), encoding="utf-8")
    after = digests(data_copy)
    assert after["document:oig17"] == before["document:oig17"]
    assert after["document:pep16"] == before["document:pep16"]
    hearing = DataIndex(data_copy)
    assert hearing.digest("document:hearing16") != DataIndex(REPO).digest("document:hearing16")
    assert hearing.digest("claim:hearing16-01") != DataIndex(REPO).digest("claim:hearing16-01")


def test_a_missing_or_broken_file_is_a_change_not_a_crash(data_copy):
    before = digests(data_copy)
    (data_copy / "data" / "checks.yml").write_text("checks: [unclosed\n", encoding="utf-8")
    (data_copy / "data" / "themes.yml").unlink()
    after = digests(data_copy)
    assert after["checks:index"] != before["checks:index"] and after["file:data/themes.yml"] == "missing"[:16]


def test_the_inputs_name_what_changed():
    page = load_plan(REPO).executed[0]
    old = page_inputs(page, page.parameters, REPO, "code", "environment")
    new = page_inputs(page, {**page.parameters, "hedge_preset": "strict"}, REPO, "code", "environment")
    assert changed_inputs(old, new) == ["parameters"]
    assert changed_inputs(None, new) == ["new page"]


def test_an_outcome_item_hashes_its_check_s_inputs_and_rules_and_not_the_outcome_named_in_it(data_copy):
    """The outcome a page saw is in the item's name; its hash is of what decides it, for the planner to see moved."""
    index = DataIndex(data_copy)
    seen = "outcome:caseload-ratio-atlanta@standard=0123456789abcdef"
    assert index.digest(seen) == index.digest(seen.replace("0123456789abcdef", "fedcba9876543210"))
    assert index.digest(seen) != index.digest(seen.replace("@standard", "@loose"))
    for column, value in [("population", "changed by a test"), ("value", "99")]:
        before = DataIndex(data_copy).digest(seen)
        change_cell(data_copy / "data" / "claims.csv", "oig17-03", column, value)
        assert DataIndex(data_copy).digest(seen) != before, column


def test_the_claims_index_items_change_with_the_columns_shown_only(data_copy):
    shown = "claims-columns:claim_id,doc_id,quote,start,end,value,unit"
    before = DataIndex(data_copy).digests([shown, "claims:*"])
    change_cell(data_copy / "data" / "claims.csv", "oig17-03", "population", "changed by a test")
    assert DataIndex(data_copy).changed(before) == ["claims:*"]
    change_cell(data_copy / "data" / "claims.csv", "oig17-03", "quote", "changed by a test")
    assert DataIndex(data_copy).changed(before) == [shown, "claims:*"]


def test_an_article_s_provenance_and_the_list_of_articles_are_items_of_their_own(data_copy):
    import yaml

    keys = ["source:oig17", "source:pep16", "documents:ids"]
    before = DataIndex(data_copy).digests(keys)
    sources = data_copy / "seeds" / "sources.yml"
    data = yaml.safe_load(sources.read_text(encoding="utf-8"))
    next(d for d in data["documents"] if d["id"] == "oig17")["outlet"] = "Changed by a test"
    sources.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert DataIndex(data_copy).changed(before) == ["source:oig17"]
    data["documents"].reverse()
    sources.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert DataIndex(data_copy).changed(before) == ["source:oig17", "documents:ids"]


def test_one_claim_s_columns_change_with_those_columns_its_existence_and_its_article_only(data_copy):
    """claim-fields:<id>=<columns>: what a page read of one claim's row, column by column (factcheck.usage)."""
    import yaml

    shown = "claim-fields:oig17-03=claim_id,doc_id,quote"
    other = "claim-fields:oig17-04=claim_id,doc_id,quote"
    before = DataIndex(data_copy).digests([shown, other, "claim:oig17-03"])
    change_cell(data_copy / "data" / "claims.csv", "oig17-03", "population", "changed by a test")
    assert DataIndex(data_copy).changed(before) == ["claim:oig17-03"]
    change_cell(data_copy / "data" / "claims.csv", "oig17-03", "quote", "changed by a test")
    assert DataIndex(data_copy).changed(before) == [shown, "claim:oig17-03"]

    before = DataIndex(data_copy).digests([shown, other])
    change_cell(data_copy / "data" / "claims.csv", "oig17-03", "claim_id", "oig17-03-renamed")
    assert DataIndex(data_copy).changed(before) == [shown]   # gone: a page asking for it fails now

    sources = data_copy / "seeds" / "sources.yml"
    data = yaml.safe_load(sources.read_text(encoding="utf-8"))
    next(d for d in data["documents"] if d["id"] == "oig17")["outlet"] = "changed by a test"
    sources.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert DataIndex(data_copy).changed(before) == [shown, other]   # the article it names (its outlet, its text)
