"""Fixtures for the workshop's checkers: the tiny repository of tests/conftest.py, with checks of its own."""
from __future__ import annotations

from pathlib import Path

import pytest

TINY_CHECKS = """checks:
  - id: refusal-rate
    title: "Is about 1.6 percent almost 100 of a little more than 6,000?"
    operation: share
    inputs: {part: tiny-01, whole: tiny-02}
    tests: tiny-03
    judgement: {rating: accurate, why: "The counts give about 1.6 percent.", materiality: minor, matters: "A detail."}
  - id: declined-vs-rate
    title: "A count against a rate"
    operation: not_comparable
    inputs: {declined: tiny-01, rate: tiny-03}
    reason: "Different units: a count of requests against a percentage of them."
  - id: declined-per-request
    title: "Declined per request"
    operation: ratio
    inputs: {a: tiny-01, b: tiny-02}
  - id: vague-pair
    title: "A pair whose reason names no kind of difference"
    operation: not_comparable
    inputs: {a: tiny-01, b: tiny-02}
    reason: "Not like-for-like."
"""


@pytest.fixture
def tiny_checks(tiny_repo) -> Path:
    path = tiny_repo / "data" / "checks.yml"
    path.write_text(TINY_CHECKS, encoding="utf-8")
    return path


@pytest.fixture
def tiny_ledger(tiny_repo):
    from factcheck.ledger.claims import load_ledger

    return load_ledger(tiny_repo)


@pytest.fixture(autouse=True)
def fresh_attempts():
    """Each test starts with no attempts used (the checkers' cap is per kernel, so per test process here)."""
    from factcheck.workshop.feedback import ATTEMPTS

    ATTEMPTS.reset()
    yield ATTEMPTS
    ATTEMPTS.reset()


def passes_blind(questions, order_for) -> bool:
    """A blind searcher on exercise 4: for each pair it tries the answers order_for(pair) gives, in order, until the
    checker says right or shows the solution (the attempt cap); it passes only if every pair came out right."""
    from factcheck.workshop.comparability import check_pair
    from factcheck.workshop.feedback import RIGHT, SHOWN, Attempts

    attempts = Attempts()
    for question in questions:
        for answer in order_for(question):
            status = check_pair(answer, question, attempts).status
            if status in (RIGHT, SHOWN):
                break
        if status != RIGHT:
            return False
    return True


@pytest.fixture
def blind_pair_search():
    return passes_blind
