"""checks.yml is validated with file:line errors, like the ledger."""
from __future__ import annotations

import pytest

from factcheck.checks import load_checks
from factcheck.ledger import load_ledger
from factcheck.problems import ValidationFailed

GOOD = """checks:
  - id: refusal-rate
    title: "Is almost 100 of a little more than 6,000 about 1.6 percent?"
    operation: share
    inputs: {part: tiny-01, whole: tiny-02}
    tests: tiny-03
"""


def load(tiny_repo, text):
    path = tiny_repo / "data" / "checks.yml"
    path.write_text(text, encoding="utf-8")
    ledger = load_ledger(tiny_repo)
    return load_checks(path, set(ledger.claims["claim_id"]), ledger.documents)


def problems(tiny_repo, text) -> str:
    with pytest.raises(ValidationFailed) as failed:
        load(tiny_repo, text)
    return str(failed.value)


def test_a_good_check_loads(tiny_repo):
    [check] = load(tiny_repo, GOOD)
    assert check.formula == "100 * part / whole"
    assert check.claim_ids == ["tiny-01", "tiny-02", "tiny-03"]


def test_unknown_claim_id(tiny_repo):
    message = problems(tiny_repo, GOOD.replace("whole: tiny-02", "whole: tiny-99"))
    assert "checks.yml:5: column 'inputs.whole': unknown claim id 'tiny-99'" in message


def test_unknown_tested_claim(tiny_repo):
    assert "checks.yml:6: column 'tests': unknown claim id 'tiny-42'" in problems(tiny_repo, GOOD.replace("tests: tiny-03", "tests: tiny-42"))


def test_unknown_operation_lists_the_known_ones(tiny_repo):
    message = problems(tiny_repo, GOOD.replace("operation: share", "operation: average"))
    assert "checks.yml:4: column 'operation': unknown operation 'average'; known: sum, difference, share" in message


def test_wrong_input_names_for_the_operation(tiny_repo):
    message = problems(tiny_repo, GOOD.replace("{part: tiny-01, whole: tiny-02}", "{a: tiny-01, b: tiny-02}"))
    assert "column 'inputs': operation 'share' takes inputs part, whole; found a, b" in message


def test_not_comparable_needs_a_reason(tiny_repo):
    text = """checks:
  - id: apples-and-pears
    title: "A monthly count against a yearly one"
    operation: not_comparable
    inputs: {monthly: tiny-01, yearly: tiny-02}
"""
    assert "checks.yml:2: column 'reason': a 'not_comparable' check must say why" in problems(tiny_repo, text)


def test_comparable_false_needs_a_reason(tiny_repo):
    assert "column 'reason': a check marked comparable: false must say why" in problems(tiny_repo, GOOD + "    comparable: false\n")


def test_a_flag_needs_anchored_evidence(tiny_repo):
    text = """checks:
  - id: odd-date
    title: "An odd date"
    operation: flag
    reason: "The month is not explained."
    evidence:
      - {doc_id: tiny, quote: "November 2015", start: 80, end: 93}
"""
    message = problems(tiny_repo, text)
    assert "checks.yml:7: column 'evidence.quote': text[80:93] is" in message
    assert "(the quote occurs at 79:92)" in message


def test_a_formula_may_not_run_code(tiny_repo):
    text = GOOD.replace("operation: share", "operation: formula\n    formula: \"__import__('os').getcwd()\"")
    assert "column 'formula': formula" in problems(tiny_repo, text)


def test_duplicate_check_id(tiny_repo):
    text = GOOD + GOOD.split("checks:\n")[1]
    assert "checks.yml:7: column 'id': duplicate check id 'refusal-rate'; first used on line 2" in problems(tiny_repo, text)


def test_several_problems_are_all_reported(tiny_repo):
    text = GOOD.replace("operation: share", "operation: average") + """  - id: second
    title: "Second"
    operation: sum
    inputs: {parts: [tiny-01, tiny-77]}
    tests: tiny-03
"""
    message = problems(tiny_repo, text)
    assert message.startswith("2 problems found:")
