"""Outcomes kept between builds: the same outcomes as evaluating afresh, only changed checks evaluated again,
and a cache that is stale, corrupt or of another kind is ignored."""
from __future__ import annotations

import json

import pytest

from factcheck.checks import kept
from factcheck.checks.definitions import load_checks
from factcheck.checks.verdicts import evaluate_all
from factcheck.ledger.claims import Ledger, load_ledger, with_rules
from factcheck.ledger.hedges import rules_from


@pytest.fixture(scope="module")
def shipped():
    ledger = load_ledger()
    checks = load_checks(ledger.checks_file, set(ledger.claims["claim_id"]), ledger.documents)
    return ledger, checks


@pytest.fixture
def counted(monkeypatch):
    """Count the checks actually evaluated (not taken from the cache)."""
    evaluated: list[str] = []
    real = kept.evaluate_check

    def counting(check, ledger):
        evaluated.append(check.id)
        return real(check, ledger)

    monkeypatch.setattr(kept, "evaluate_check", counting)
    return evaluated


def _fields(outcomes):
    return [(o.check.id, o.verdict, o.explanation, o.point, type(o.point), o.result, o.tested, o.steps)
            for o in outcomes]


def test_outcomes_from_the_cache_equal_a_fresh_evaluation(shipped, counted, tmp_path):
    ledger, checks = shipped
    cache = tmp_path / "verdicts.json"
    first = kept.kept_outcomes(checks, ledger, cache)
    assert len(counted) == len(checks)
    kept._loaded.clear()  # as a new process would: read from the file
    counted.clear()
    again = kept.kept_outcomes(checks, ledger, cache)
    assert counted == []
    assert _fields(again) == _fields(first) == _fields(evaluate_all(checks, ledger))


def test_a_changed_claim_evaluates_only_the_checks_that_read_it(shipped, counted, tmp_path):
    ledger, checks = shipped
    cache = tmp_path / "verdicts.json"
    kept.kept_outcomes(checks, ledger, cache)
    claims = ledger.claims.copy()
    claims.loc[claims.index[claims["claim_id"] == "oig17-03"][0], "population"] = "changed by the test"
    edited = Ledger(claims=claims, non_claims=ledger.non_claims, documents=ledger.documents, rules=ledger.rules,
                    root=ledger.root)
    counted.clear()
    outcomes = kept.kept_outcomes(checks, edited, cache)
    readers = sorted(c.id for c in checks if "oig17-03" in c.claim_ids)
    assert readers and sorted(counted) == readers
    assert _fields(outcomes) == _fields(evaluate_all(checks, edited))


def test_another_rule_set_is_kept_apart(shipped, counted, tmp_path):
    ledger, checks = shipped
    cache = tmp_path / "verdicts.json"
    kept.kept_outcomes(checks, ledger, cache)
    strict = with_rules(ledger, rules_from("strict"))
    counted.clear()
    outcomes = kept.kept_outcomes(checks, strict, cache)
    assert len(counted) == len(checks)
    assert _fields(outcomes) == _fields(evaluate_all(checks, strict))


@pytest.mark.parametrize("content", [
    b"", b"{trunc", b"\xff\xfe not text", b"[]", b'{"format": 0, "outcomes": {}}', b'{"format": 1, "outcomes": []}',
])
def test_a_corrupt_or_foreign_cache_is_ignored(shipped, counted, tmp_path, content):
    ledger, checks = shipped
    cache = tmp_path / "verdicts.json"
    cache.write_bytes(content)
    outcomes = kept.kept_outcomes(checks, ledger, cache)
    assert len(counted) == len(checks)
    assert _fields(outcomes) == _fields(evaluate_all(checks, ledger))
    assert json.loads(cache.read_text(encoding="utf-8"))["format"] == kept.FORMAT  # replaced by a sound one


def test_entries_of_the_wrong_shape_are_evaluated_again(shipped, counted, tmp_path):
    ledger, checks = shipped
    cache = tmp_path / "verdicts.json"
    kept.kept_outcomes(checks, ledger, cache)
    data = json.loads(cache.read_text(encoding="utf-8"))
    broken = ["not a list", [1, 2], ["exact", "why", "NaN?", None, None, []], ["exact", "why", None, [5, 1, True, True], None, []],
              ["exact", "why", None, None, None, [3]], ["exact", 7, None, None, None, []]]
    keys = sorted(data["outcomes"])[:len(broken)]
    for key, entry in zip(keys, broken):
        data["outcomes"][key] = entry
    cache.write_text(json.dumps(data), encoding="utf-8")
    kept._loaded.clear()
    counted.clear()
    outcomes = kept.kept_outcomes(checks, ledger, cache)
    assert len(counted) == len(broken)
    assert _fields(outcomes) == _fields(evaluate_all(checks, ledger))


def test_a_stale_entry_under_an_old_code_digest_is_not_used(shipped, counted, tmp_path, monkeypatch):
    ledger, checks = shipped
    cache = tmp_path / "verdicts.json"
    kept.kept_outcomes(checks, ledger, cache)
    monkeypatch.setattr(kept, "_code", "another version of the package")
    counted.clear()
    kept.kept_outcomes(checks, ledger, cache)
    assert len(counted) == len(checks)


def test_an_unwritable_cache_folder_still_gives_every_outcome(shipped, tmp_path):
    ledger, checks = shipped
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    outcomes = kept.kept_outcomes(checks, ledger, blocked / "verdicts.json")
    assert _fields(outcomes) == _fields(evaluate_all(checks, ledger))
