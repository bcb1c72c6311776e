"""workbench: a participant's folder is reviewed as mistakes to fix and blanks left to fill."""
from __future__ import annotations

import pytest

from participant import fill_judgements
from factcheck.byo.scaffold import scaffold
from factcheck.byo.workbench import report, review


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


def test_check_writes_in_the_intervals_a_row_determines(tmp_path, article_file):
    import csv

    from factcheck.byo.scaffold import scaffold
    from factcheck.byo.workbench import review

    folder = scaffold(article_file, "wire17", tmp_path / "wire17").folder
    claims = folder / "data" / "claims.csv"
    with open(claims, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = [(r["low"], r["high"], r["bounds"]) for r in rows]
    for row in rows:
        row["low"] = row["high"] = row["bounds"] = ""
    with open(claims, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    found = review(folder)
    assert found.filled == len(rows)
    with open(claims, encoding="utf-8", newline="") as handle:
        assert [(r["low"], r["high"], r["bounds"]) for r in csv.DictReader(handle)] == expected
    assert not [p for p in found.blanks + found.mistakes if p.column in ("low", "high", "bounds")]


@pytest.mark.parametrize("cells", ["one more", "one fewer", "a column named twice"])
def test_a_row_of_the_wrong_width_leaves_the_table_as_written_and_is_named(tmp_path, article_file, cells):
    """Rewritten to fill in an interval, the table lost the cell a row had too many (a traceback: csv refuses a
    field with no name) or gained the one it had too few, and with it the message naming the row."""
    import csv

    from factcheck.byo.scaffold import scaffold
    from factcheck.byo.workbench import review

    folder = scaffold(article_file, "wire17", tmp_path / "wire17").folder
    claims = folder / "data" / "claims.csv"
    with open(claims, encoding="utf-8", newline="") as handle:
        header, first, second, *rest = list(csv.reader(handle))
    for column in ("low", "high", "bounds"):   # blank in the first row: the review would write them in
        first[header.index(column)] = ""
    if cells == "a column named twice":
        header, first, second = header + ["note"], first + ["my note"], second + ["my other note"]
    else:
        second = second + ["extra"] if cells == "one more" else second[:-1]
    with open(claims, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows([header, first, second, *rest])
    before = claims.read_bytes()
    found = review(folder)
    assert claims.read_bytes() == before and found.filled == 0
    assert any(problem.line == (1 if cells == "a column named twice" else 3) for problem in found.mistakes), [
        str(p) for p in found.mistakes]


def test_a_check_that_cannot_be_computed_is_a_mistake_before_the_chapter_runs(tmp_path, article_file):
    from participant import fill_judgements

    from factcheck.byo.scaffold import scaffold
    from factcheck.byo.workbench import report, review

    folder = scaffold(article_file, "wire17", tmp_path / "wire17").folder
    fill_judgements(folder, "wire17")
    (folder / "data" / "checks.yml").write_text(
        "checks:\n  - id: per-nothing\n    title: a divisor that may be zero\n    operation: formula\n"
        "    formula: \"a / (b - b)\"\n    inputs: {a: wire17-01, b: wire17-02}\n", encoding="utf-8")
    found = review(folder)
    assert not found.done and any("per-nothing" in p.message for p in found.mistakes)
    assert "data/checks.yml:2: column 'formula'" in report(found, folder)
    # the formula itself divides by zero, whatever the hedges: the advice says so, not "check its hedge"
    assert "no answer even with the figures as printed (a division by zero?): check the formula" in report(found, folder)
    # a divisor whose range holds zero though the printed figures do not: its hedge is what to check
    (folder / "data" / "checks.yml").write_text(
        "checks:\n  - id: per-nearly-nothing\n    title: a divisor that may be zero\n    operation: formula\n"
        "    formula: \"a / (b - 0.999 * b)\"\n    inputs: {a: wire17-01, b: wire17-02}\n", encoding="utf-8")
    hedged = report(review(folder), folder)
    assert "per-nearly-nothing" in hedged and "check its hedge and value" in hedged and "check the formula" not in hedged
    (folder / "data" / "checks.yml").write_text(
        "checks:\n  - id: per-nothing\n    title: a divisor that may be zero\n    operation: formula\n"
        "    formula: \"a / (b - b)\"\n    inputs: {a: wire17-01, b: wire17-02}\n", encoding="utf-8")
    # and `check --root`, which an instructor runs on a folder handed in, says the same (it said "Ledger OK")
    import subprocess
    import sys

    from factcheck import paths

    checked = subprocess.run([sys.executable, "-m", "factcheck", "check", "--root", str(folder)], capture_output=True,
                             text=True, timeout=300, cwd=paths.ROOT)
    assert checked.returncode == 1 and "check 'per-nothing' cannot be computed" in checked.stderr


def test_messages_use_plain_words_not_patterns_or_scientific_notation():
    from factcheck.byo.workbench import plain

    said = plain("data/claims.csv:3: column 'claim_id': must match the pattern [a-z][a-z0-9]*-[0-9]{2}; found 'x'")
    assert "[a-z]" not in said and "the article's id, a dash and a number" in said
    assert plain("expected 1e+06, found 2.5e-05") == "expected 1,000,000, found 0.000025"
    assert "[" not in plain("column 'metric': must match the pattern [a-z][a-z0-9_]*")
    assert plain("found 1e999") == "found a number too large to compute with"   # (past a float: it raised)
    assert plain("found -1e999, not -2.5e-05") == "found a number too large to compute with, not -0.000025"
