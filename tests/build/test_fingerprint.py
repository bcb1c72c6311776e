"""A page's fingerprint changes with what it reads, and only with that."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from factcheck.build.fingerprint import changed_inputs, data_digest, page_fingerprint
from factcheck.build.plan import load_plan

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


def test_changing_a_claim_changes_only_its_documents_data_hash(data_copy):
    before = {doc: data_digest(data_copy, (doc,)) for doc in ("pep16", "hearing16")}
    everything = data_digest(data_copy, None)
    change_cell(data_copy / "data" / "claims.csv", "pep16-01", "metric", "changed_metric")
    assert data_digest(data_copy, ("pep16",)) != before["pep16"]
    assert data_digest(data_copy, ("hearing16",)) == before["hearing16"]
    assert data_digest(data_copy, None) != everything, "a page that reads all the data sees every change"


def test_a_page_that_reads_no_document_ignores_claim_edits(data_copy):
    before = data_digest(data_copy, ())
    change_cell(data_copy / "data" / "claims.csv", "pep16-01", "metric", "changed_metric")
    assert data_digest(data_copy, ()) == before


def test_the_fingerprint_names_what_changed():
    page = load_plan(REPO).executed[0]
    old = page_fingerprint(page, page.parameters, REPO)
    new = page_fingerprint(page, {**page.parameters, "hedge_preset": "strict"}, REPO)
    assert changed_inputs(old, new) == ["parameters"]
    assert changed_inputs(None, new) == ["new page"]
