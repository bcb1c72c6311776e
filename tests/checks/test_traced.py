"""A figure the desk types in a check must be printed in an article or given by a source the check cites."""
from __future__ import annotations

import pytest

from factcheck.checks.definitions import load_checks
from factcheck.ledger.claims import load_ledger
from factcheck.files.problems import ValidationFailed
from factcheck.checks.traced import check_figures_traced, figures_in


def test_figures_are_read_as_written_and_placeholders_and_single_digits_are_not_figures():
    assert figures_in("435,719 rounds to {point}; 99.5 percent in 2013, and 3 more.") == ["435,719", "99.5", "2013"]


def checks_file(root, reason: str):
    path = root / "data" / "checks.yml"
    path.write_text(f"""checks:
  - id: share-check
    title: "Is about 1.6 percent a share of 6,000?"
    operation: share
    inputs: {{part: tiny-01, whole: tiny-02}}
    tests: tiny-03
    reason: "{reason}"
    judgement:
      rating: accurate
      why: "The share is {{point}} percent."
      materiality: minor
      matters: "A detail."
""", encoding="utf-8")
    return path


def test_a_figure_the_article_prints_passes(tiny_repo):
    ledger = load_ledger(tiny_repo)
    path = checks_file(tiny_repo, "Almost 100 of 6,000 requests is the share the article gives.")
    check_figures_traced(load_checks(path, set(ledger.claims["claim_id"]), ledger.documents), ledger, path)


def test_a_figure_typed_from_nowhere_is_refused_with_its_file_line_and_check(tiny_repo):
    ledger = load_ledger(tiny_repo)
    path = checks_file(tiny_repo, "Worked out by hand, the share is 1.67 percent.")
    with pytest.raises(ValidationFailed) as failed:
        check_figures_traced(load_checks(path, set(ledger.claims["claim_id"]), ledger.documents), ledger, path)
    message = str(failed.value)
    assert "data/checks.yml:2" in message and "'reason'" in message and "share-check" in message and "'1.67'" in message


def test_every_figure_in_the_shipped_checks_is_printed_or_cited():
    ledger = load_ledger()
    checks = load_checks(ledger.checks_file, set(ledger.claims["claim_id"]), ledger.documents)
    check_figures_traced(checks, ledger, ledger.checks_file)
