"""workbench: a participant's folder is reviewed as mistakes to fix and blanks left to fill."""
from __future__ import annotations

import pytest

from participant import fill_judgements
from factcheck.scaffold import scaffold
from factcheck.workbench import report, review


@pytest.fixture
def project(article_file, tmp_path):
    return scaffold(article_file, "wire17", tmp_path / "wire17").folder


def test_a_fresh_scaffold_has_only_blanks_and_its_document(project):
    found = review(project)
    assert found.mistakes == [] and found.blanks and not found.done
    assert found.titles == {"wire17": None}


def test_the_report_lists_mistakes_first_then_blanks(project, replace_line):
    replace_line(project / "data" / "non_claims.csv", 2, "wire17,0,5,Immig,date,not a number at all")
    found = review(project)
    assert len(found.mistakes) >= 1 and found.blanks
    text = report(found, project)
    first_line = text.splitlines()[0]
    assert f"{len(found.mistakes)} mistake" in first_line and f"{len(found.blanks)} blanks left to fill" in first_line
    assert text.index("To fix:") < text.index("Left to fill:")
    assert "non_claims.csv:2: column 'start': no numeric mention lies in this span" in text


def test_filled_in_the_folder_is_done(project):
    fill_judgements(project, "wire17")
    found = review(project)
    assert found.done and found.titles == {"wire17": "Removals in 2016"}
    assert report(found, project).endswith("everything is filled in and valid.")
