"""Validation of a draft explains in plain words what to write, still naming file, line and column."""
from __future__ import annotations

import re

import pytest

from participant import fill_judgements
from factcheck.files.guidance import COLUMNS, PROVENANCE
from factcheck.ledger.claims import load_ledger
from factcheck.files.problems import ValidationFailed
from factcheck.byo.scaffold import scaffold


@pytest.fixture
def project(article_file, tmp_path):
    return scaffold(article_file, "wire17", tmp_path / "wire17").folder


def problems_of(root) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as failed:
        load_ledger(root)
    return failed.value


def test_each_blank_claim_cell_says_what_to_write_with_file_line_and_column(project):
    message = str(problems_of(project))
    claims = (project / "data" / "claims.csv").read_text().splitlines()
    for line in range(2, len(claims) + 1):
        for column in ("metric", "period", "population", "speaker"):
            assert f"data/claims.csv:{line}: column '{column}': is blank: {COLUMNS[column]}" in message
    assert "say what this number measures" in COLUMNS["metric"] and "'removals'" in COLUMNS["metric"]


def test_each_blank_provenance_field_says_where_to_look(project):
    message = str(problems_of(project))
    lines = (project / "seeds" / "sources.yml").read_text().splitlines()
    name_line = next(i for i, text in enumerate(lines, start=1) if text.strip().startswith("name: null"))
    assert f"seeds/sources.yml:{name_line}: column 'outlet.name': is blank: {PROVENANCE['outlet.name']}" in message
    assert "masthead" in PROVENANCE["outlet.name"]
    for field in ("outlet.stated", "outlet.evidence", "headline.text", "headline.own", "date", "date.evidence",
                  "people_quoted"):
        assert re.search(rf"sources\.yml:\d+: column '{re.escape(field)}': is blank: ", message), field


def test_every_problem_is_reported_at_once_and_all_are_blanks(project):
    import csv

    failed = problems_of(project)
    with open(project / "data" / "claims.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    blank_cells = sum(1 for row in rows for column in COLUMNS if column in row and row[column] == "")
    assert all(p.to_fill for p in failed.problems)
    assert len(failed.problems) == blank_cells + len(PROVENANCE)  # every blank cell, every provenance field
    assert str(failed).startswith(f"{len(failed.problems)} problems found:")


def test_a_mistake_is_reported_with_the_blanks_and_says_what_the_offsets_read(project, replace_line):
    claims = project / "data" / "claims.csv"
    lines = claims.read_text().splitlines()
    cells = lines[1].split(",")
    start, end = int(cells[2]), int(cells[3])
    cells[2], cells[3] = str(start + 1), str(end + 1)
    replace_line(claims, 2, ",".join(cells))
    failed = problems_of(project)
    text = (project / "seeds" / "wire17.txt").read_text()
    mistake = next(p for p in failed.problems if not p.to_fill)
    assert (mistake.line, mistake.column) == (2, "quote")
    assert f"which reads {text[start + 1:end + 1]!r}" in mistake.message
    assert f"occurs at {start}:{end}: set start to {start} and end to {end}" in mistake.message
    assert any(p.to_fill for p in failed.problems)  # the blanks are still listed beside it
    with pytest.raises(ValidationFailed):
        load_ledger(project, draft=True)  # a draft tolerates blanks, not mistakes


def test_filled_in_the_project_validates(project):
    fill_judgements(project, "wire17")
    ledger = load_ledger(project)
    assert ledger.to_fill == []
    assert set(ledger.claims["speaker"]) == {"outlet"}
    assert ledger.documents["wire17"].outlet["name"] == "Test Wire"
