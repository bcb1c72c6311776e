"""Statements are the unit of judgement: `check` refuses two verdicts for one statement, a rated check without its
statement, a verdict without a reason, and a rating left on a check, each with file:line."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from factcheck import paths
from factcheck.checks.statements import Statement
from factcheck.checks.ratings import Judgement

STATEMENTS = Path("data") / "statements.yml"


def check(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", "check", "--root", str(root)], capture_output=True,
                          text=True, timeout=300, cwd=paths.ROOT)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, words: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if words in line)


def test_the_shipped_statements_pass(real_data_copy):
    result = check(real_data_copy)
    assert result.returncode == 0, result.stderr


def test_two_verdicts_for_one_statement_are_refused(real_data_copy):
    path = real_data_copy / STATEMENTS
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: parole24-lead")
    entry = text[start:text.index("  - id:", start + 5)]
    second = entry.replace("id: parole24-lead", "id: parole24-lead-again").replace("rating: wrong", "rating: accurate")
    second = second.replace("evidence: [record-parole-unaccounted-for, parole-unaccounted]", "evidence: [parole-unaccounted]")
    path.write_text(text + second, encoding="utf-8")
    result = check(real_data_copy)
    assert result.returncode == 1
    assert "two verdicts for one statement: 'parole24-lead-again'" in result.stderr
    assert f"data/statements.yml:{line_of(path, 'id: parole24-lead-again')}:" in result.stderr


def test_a_verdict_written_twice_in_one_statement_is_refused(real_data_copy):
    path = real_data_copy / STATEMENTS
    edit(path, "    evidence: [record-parole-unaccounted-for, parole-unaccounted]",
         "    evidence: [record-parole-unaccounted-for, parole-unaccounted]\n    verdict: {rating: accurate, "
         "materiality: material, why: The arithmetic holds., matters: The lead.}")
    result = check(real_data_copy)
    assert result.returncode == 1 and "the key 'verdict' is written twice" in result.stderr


def test_a_rated_check_without_its_statement_is_refused(real_data_copy):
    path = real_data_copy / STATEMENTS
    edit(path, "    evidence: [record-parole-unaccounted-for, parole-unaccounted]", "    evidence: [parole-unaccounted]")
    result = check(real_data_copy)
    assert result.returncode == 1
    line = line_of(real_data_copy / "data" / "checks.yml", "- id: record-parole-unaccounted-for")
    assert f"data/checks.yml:{line}: column 'statement': check record-parole-unaccounted-for judges a statement" in result.stderr


def test_a_verdict_without_a_reason_is_refused(real_data_copy):
    path = real_data_copy / STATEMENTS
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: parole24-lead")
    why = text.index("      why:", start)
    path.write_text(text[:why] + text[text.index("\n", why) + 1:], encoding="utf-8")
    result = check(real_data_copy)
    assert result.returncode == 1
    assert "column 'verdict.why': a verdict without a reason" in result.stderr


def test_a_rating_left_on_a_check_is_refused(real_data_copy):
    path = real_data_copy / "data" / "checks.yml"
    edit(path, "  - id: parole-unaccounted\n", "  - id: parole-unaccounted\n    judgement: {rating: accurate, why: It adds "
                                               "up., materiality: material, matters: The lead.}\n")
    result = check(real_data_copy)
    assert result.returncode == 1
    assert "a rating belongs to the statement, not the check" in result.stderr


def test_a_check_judging_words_outside_its_statement_is_refused(real_data_copy):
    path = real_data_copy / STATEMENTS
    edit(path, "    evidence: [record-parole-unaccounted-for, parole-unaccounted]",
         "    evidence: [record-parole-unaccounted-for, parole-unaccounted, parole-at-large]")
    result = check(real_data_copy)
    assert result.returncode == 1 and "check 'parole-at-large' judges words outside this statement" in result.stderr


def test_a_reason_fills_its_figures_from_the_named_evidence():
    class Outcome:
        def __init__(self, check_id, point):
            self.check, self.point, self.result = type("C", (), {"id": check_id})(), point, "[1, 2]"

    statement = Statement("s", "d", "q", 0, 1, "outlet", None,
                          Judgement("wrong", "first {point}, named {point@b}", "minor", "m"), ("a", "b"),
                          outcomes=[Outcome("a", 99.46), Outcome("b", 2572)])
    assert statement.rating_why == "first 99.46, named 2,572"


def test_a_statement_ending_past_its_articles_end_is_refused(real_data_copy):
    import re

    path = real_data_copy / STATEMENTS
    text = path.read_text(encoding="utf-8")
    entry = text[text.index("  - id: parole24-lead"):]
    anchored = re.search(r"\n    start: \d+\n    end: (\d+)\n", entry)
    past = int(anchored.group(1)) + 10**6
    edit(path, anchored.group(0), anchored.group(0).replace(f"end: {anchored.group(1)}", f"end: {past}"))
    result = check(real_data_copy)
    assert result.returncode == 1 and f"end {past} is past the end of the text" in result.stderr, result.stderr


def test_the_claims_a_rating_is_about_must_be_claims_of_its_statement(real_data_copy):
    path = real_data_copy / STATEMENTS
    edit(path, "    rated_for: [hearing16-14]", "    rated_for: [hearing16-14, hearing16-05]")   # 409,000: a sentence before
    result = check(real_data_copy)
    assert result.returncode == 1
    assert (f"data/statements.yml:{line_of(path, 'rated_for: [hearing16-14, hearing16-05]')}: column 'rated_for': "
            "'hearing16-05': not a claim inside this statement's words (characters 2192 to 2291 of hearing16)"
            ) in result.stderr and "1 problem found" in result.stderr
    edit(path, "    rated_for: [hearing16-14, hearing16-05]", "    rated_for: hearing16-14")
    result = check(real_data_copy)
    assert result.returncode == 1 and "column 'rated_for': expected a list of claim ids" in result.stderr


def test_a_statement_refused_for_its_rating_does_not_make_every_sentence_citing_it_refused_too(real_data_copy):
    """One unknown rating printed 59 lines: each sentence citing any statement was refused as citing nothing."""
    path = real_data_copy / STATEMENTS
    edit(path, "rating: misleading", "rating: bogus")
    result = check(real_data_copy)
    assert result.returncode == 1 and "unknown rating 'bogus'" in result.stderr
    assert "is no claim, check or statement id" not in result.stderr
