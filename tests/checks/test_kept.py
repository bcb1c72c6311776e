"""Outcomes kept between builds: the same outcomes as evaluating afresh, only changed checks evaluated again,
and a cache that is stale, corrupt, of another kind or not sealed with this user's key is ignored."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from factcheck.checks import kept
from factcheck.files import sealed
from planted import planted_pickle, sealed_elsewhere
from factcheck.checks.definitions import load_checks
from factcheck.checks.verdicts import evaluate_all
from factcheck.ledger.claims import Ledger, load_ledger, with_rules
from factcheck.ledger.hedges import rules_from

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from random_edits import reason_for_reading  # noqa: E402  (tools/random_edits.py)


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
    assert json.loads(sealed.unseal(cache.read_bytes(), cache.name))["format"] == kept.FORMAT  # replaced by a sound one


@pytest.mark.parametrize("seal", ["none", "another user's"])
def test_a_cache_not_sealed_with_this_users_key_is_ignored(shipped, counted, tmp_path, seal):
    """A participant's folder comes with its _build/: verdicts kept there, made or changed elsewhere, are never
    shown as worked out here (files/sealed.py)."""
    ledger, checks = shipped
    cache = tmp_path / "verdicts.json"
    kept.kept_outcomes(checks, ledger, cache)
    data = json.loads(sealed.unseal(cache.read_bytes(), cache.name))
    for entry in data["outcomes"].values():
        entry[0], entry[1] = "exact", "forged in the folder handed in"
    forged = json.dumps(data).encode()
    cache.write_bytes(forged if seal == "none" else sealed_elsewhere(forged))
    kept._loaded.clear()
    counted.clear()
    outcomes = kept.kept_outcomes(checks, ledger, cache)
    assert len(counted) == len(checks)
    assert _fields(outcomes) == _fields(evaluate_all(checks, ledger))


def test_entries_of_the_wrong_shape_are_evaluated_again(shipped, counted, tmp_path):
    ledger, checks = shipped
    cache = tmp_path / "verdicts.json"
    kept.kept_outcomes(checks, ledger, cache)
    data = json.loads(sealed.unseal(cache.read_bytes(), cache.name))
    broken = ["not a list", [1, 2], ["exact", "why", "NaN?", None, None, []], ["exact", "why", None, [5, 1, True, True], None, []],
              ["exact", "why", None, None, None, [3]], ["exact", 7, None, None, None, []]]
    keys = sorted(data["outcomes"])[:len(broken)]
    for key, entry in zip(keys, broken):
        data["outcomes"][key] = entry
    cache.write_bytes(sealed.seal(json.dumps(data).encode(), cache.name))
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


# ---- checks.yml, statements.yml and the ledger, kept between builds (kept_load) --------------------------------

def _statement_fields(statements):
    return [(s.id, s.doc_id, s.quote, s.start, s.end, s.voice, s.speaker, s.verdict, s.evidence, s.line)
            for s in statements]


@pytest.fixture
def project(tmp_path):
    """A copy of the report's data and seeds: kept_load writes under <root>/_build/kept/."""
    import shutil

    from factcheck import paths

    for folder in ("data", "seeds"):
        shutil.copytree(paths.ROOT / folder, tmp_path / folder)
    return tmp_path


def _loads(project):
    ledger = load_ledger(project)
    checks_file = project / "data" / "checks.yml"
    calls = []

    def load_statements_counted(checks):
        from factcheck.checks.statements import load_statements

        calls.append("statements")
        return load_statements(checks_file, checks, ledger)

    def statements(ledger_, checks):
        return kept.kept_load("statements", project, [project / "data" / "statements.yml"],
                              repr([kept.definition_text(c) for c in checks]), lambda: load_statements_counted(checks),
                              ledger_)
    return ledger, checks_file, calls, statements


def test_statements_from_the_kept_file_equal_a_fresh_parse_and_are_new_objects(project):
    from factcheck.checks.statements import load_statements

    ledger, checks_file, calls, statements = _loads(project)
    checks = load_checks(checks_file, set(ledger.claims["claim_id"]), ledger.documents)
    first = statements(ledger, checks)
    again = statements(ledger, checks)
    assert calls == ["statements"]   # parsed once; the second came from _build/kept/
    assert list((project / "_build" / "kept").glob("statements-*.pickle"))
    fresh = load_statements(checks_file, checks, ledger)
    assert _statement_fields(again) == _statement_fields(first) == _statement_fields(fresh)
    assert again[0] is not first[0]   # attach() sets each statement's outcomes: a page gets its own


@pytest.mark.parametrize("seal", ["none", "another user's"])
def test_a_kept_pickle_not_sealed_with_this_users_key_is_never_unpickled(project, tmp_path, seal):
    ledger, checks_file, calls, statements = _loads(project)
    checks = load_checks(checks_file, set(ledger.claims["claim_id"]), ledger.documents)
    first = statements(ledger, checks)
    marker = tmp_path / "the planted pickle ran"
    entry = next((project / "_build" / "kept").glob("statements-*.pickle"))
    planted = planted_pickle(marker)
    entry.write_bytes(planted if seal == "none" else sealed_elsewhere(planted))
    again = statements(ledger, checks)
    assert not marker.exists()
    assert calls == ["statements", "statements"]   # parsed again
    assert _statement_fields(again) == _statement_fields(first)


def test_a_claim_row_the_statements_read_changing_parses_them_again_and_another_does_not(project):
    ledger, checks_file, calls, statements = _loads(project)
    checks = load_checks(checks_file, set(ledger.claims["claim_id"]), ledger.documents)
    statements(ledger, checks)

    def edited(claim_id: str) -> Ledger:
        claims = ledger.claims.copy()
        claims.loc[claims.index[claims["claim_id"] == claim_id][0], "speaker"] = "changed by the test"
        return Ledger(claims=claims, non_claims=ledger.non_claims, documents=ledger.documents, rules=ledger.rules,
                      root=ledger.root)

    from factcheck.checks.statements import judged_words

    read = next(c for c in checks if c.rates_a_claim and c.tests)   # judged_words reads the claim it tests
    unread = set(ledger.claims["claim_id"]) - {c for check in checks for c in check.claim_ids}
    assert unread, "every claim is read by some check: pick another claim for the test"
    statements(edited(sorted(unread)[0]), checks)
    assert calls == ["statements"]
    changed = statements(edited(read.tests), checks)
    assert calls == ["statements", "statements"]
    assert judged_words(read, edited(read.tests))[3] == "changed by the test"
    assert changed


def test_a_column_of_a_read_claim_the_statements_do_not_read_changing_keeps_them_and_one_they_read_does_not(project):
    """statements.yml reads four columns of the claim a rated check tests (judged_words): a correction to another
    column of that claim (its population) keeps the parse; a changed offset parses again, and the parse shows it."""
    ledger, checks_file, calls, statements = _loads(project)
    checks = load_checks(checks_file, set(ledger.claims["claim_id"]), ledger.documents)
    statements(ledger, checks)

    def edited(claim_id: str, column: str, value) -> Ledger:
        claims = ledger.claims.copy()
        claims.loc[claims.index[claims["claim_id"] == claim_id][0], column] = value
        return Ledger(claims=claims, non_claims=ledger.non_claims, documents=ledger.documents, rules=ledger.rules,
                      root=ledger.root)

    from factcheck.checks.statements import judged_words

    read = next(c for c in checks if c.rates_a_claim and c.tests)
    statements(edited(read.tests, "population", "changed by the test"), checks)
    assert calls == ["statements"]   # population is not among what the parse read of that claim
    statement = next(s for s in statements(ledger, checks) if read.id in s.evidence)
    start = int(ledger.claim(read.tests)["start"])
    assert statement.start <= start   # so one more character to the left stays inside the statement
    moved = edited(read.tests, "start", start + 1)
    assert judged_words(read, moved)[1] == start + 1
    statements(moved, checks)
    assert calls == ["statements", "statements"]


@pytest.mark.parametrize("spoil", ["truncate", "garbage", "file changed"])
def test_a_spoilt_entry_or_a_changed_file_parses_again(project, spoil):
    ledger, checks_file, calls, statements = _loads(project)
    checks = load_checks(checks_file, set(ledger.claims["claim_id"]), ledger.documents)
    statements(ledger, checks)
    entry = next((project / "_build" / "kept").glob("statements-*.pickle"))
    if spoil == "truncate":
        entry.write_bytes(entry.read_bytes()[:100])
    elif spoil == "garbage":
        entry.write_bytes(b"not a pickle")
    else:
        path = project / "data" / "statements.yml"
        path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert _statement_fields(statements(ledger, checks)) == _statement_fields(statements(ledger, checks))
    assert calls == ["statements", "statements"]


def test_a_kept_ledger_is_the_ledger_load_ledger_gives_and_follows_its_files(project):
    from factcheck.ledger.claims import STANDARD

    validated = load_ledger(project)
    assert not kept.ledger_is_kept(project)
    kept.keep_ledger(validated, project)
    assert kept.ledger_is_kept(project)   # what a warm kernel asks before it loads the ledger ahead of a page
    loads = []

    def load(root):
        loads.append(root)
        return load_ledger(root)

    ledger = kept.kept_ledger(project, STANDARD, False, load)
    assert loads == []   # the validated ledger, unpickled
    assert ledger is not validated and ledger.root == project
    assert ledger.claims.equals(validated.claims) and ledger.non_claims.equals(validated.non_claims)
    assert ledger.documents == validated.documents
    strict = kept.kept_ledger(project, rules_from("strict"), False, load)
    assert strict.claims.equals(with_rules(validated, rules_from("strict")).claims)

    import csv

    claims = project / "data" / "claims.csv"
    with open(claims, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    next(row for row in rows if row["claim_id"] == "oig17-03")["population"] = "changed by the test"
    with open(claims, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    assert not kept.ledger_is_kept(project)
    ledger = kept.kept_ledger(project, STANDARD, False, load)
    assert loads == [project]   # its file changed: loaded (and validated) again
    assert ledger.claim("oig17-03")["population"] == "changed by the test"


def test_a_moved_project_finds_its_kept_entries_and_gets_its_own_folder_back(project, tmp_path):
    """The entries' names hash the files as named inside the project, not the project's folder: a checkout moved
    (or the benchmark's copy of a kept corpus) does not parse and validate everything again."""
    import shutil

    from factcheck.checks.statements import load_statements
    from factcheck.ledger.claims import STANDARD

    ledger, checks_file, calls, statements = _loads(project)
    checks = load_checks(checks_file, set(ledger.claims["claim_id"]), ledger.documents)
    kept.keep_ledger(ledger, project)
    statements(ledger, checks)
    moved = tmp_path.parent / (tmp_path.name + "-moved")
    shutil.move(str(project), moved)
    try:
        assert kept.ledger_is_kept(moved)
        loads = []
        again = kept.kept_ledger(moved, STANDARD, False, lambda root: loads.append(root) or load_ledger(root))
        assert loads == [] and again.root == moved   # unpickled, and it names the folder it is in now
        found = kept.kept_load("statements", moved, [moved / "data" / "statements.yml"],
                               repr([kept.definition_text(c) for c in checks]), lambda: calls.append("again"), again)
        assert calls == ["statements"]   # found under its new folder: not parsed again
        fresh = load_statements(moved / "data" / "statements.yml", checks, again)
        assert _statement_fields(found) == _statement_fields(fresh)
    finally:
        shutil.rmtree(moved, ignore_errors=True)


# ---- what a page showing an outcome depends on: the outcome (factcheck.usage "outcome:" items) ---------------

@pytest.mark.parametrize("rules", [rules_from("standard"), rules_from("loose"),
                                   rules_from("standard", about=0.01, almost=0.001, a_little_more=0.001)])
def test_a_rule_set_s_name_gives_back_the_rule_set(rules):
    assert kept.rules_named(rules.name) == rules


@pytest.mark.parametrize("name", ["lenient", "standard+about=x", "standard+tolerance=0.1", ""])
def test_a_name_rules_from_does_not_give_is_not_a_rule_set(name):
    assert kept.rules_named(name) is None


def test_a_page_reading_a_kept_outcome_notes_the_outcome_the_planner_works_out(shipped, tmp_path):
    """What a page notes when it reads a verdict is what `current_outcomes` says the outcome is now, under each rule
    set, and it names the outcome, not its inputs: a change that leaves the outcome as it was leaves the note too."""
    from factcheck import usage

    ledger, checks = shipped
    for rules in (rules_from("standard"), rules_from("strict")):
        base = ledger if rules == ledger.rules else with_rules(ledger, rules)
        results = kept.kept_outcomes(checks, base, tmp_path / "verdicts.json")
        usage.start(tmp_path)
        for outcome in results:
            outcome.verdict
        noted = usage.stop()
        assert len(noted) == len(checks) and all(key.startswith("outcome:") for key in noted)
        wanted = {f"{c.id}@{rules.name}" for c in checks}
        assert sorted("outcome:" + ident for ident in current_in(tmp_path, checks, ledger, wanted).values()) == noted

    edited = Ledger(claims=ledger.claims.copy(), non_claims=ledger.non_claims, documents=ledger.documents,
                    rules=ledger.rules, root=ledger.root)
    edited.claims.loc[edited.claims["claim_id"] == "oig17-03", "population"] = "changed by a test"
    edited.claims.loc[edited.claims["claim_id"] == "pep16-01", "value"] += 1000
    before = current_in(tmp_path, checks, ledger, {f"{c.id}@standard" for c in checks})
    after = current_in(tmp_path, checks, edited, {f"{c.id}@standard" for c in checks})
    moved = {item.partition("@")[0] for item in before if before[item] != after[item]}
    uses = {c.id for c in checks if "pep16-01" in c.claim_ids}
    assert moved and moved <= uses   # the population, which no outcome shows, moved nothing


def current_in(folder, checks, ledger, wanted):
    return kept.current_outcomes(checks, ledger, wanted, folder / "verdicts.json")


def test_the_rows_the_build_validated_are_kept_as_the_ledger_load_ledger_gives(project):
    """The build keeps the rows it validated (`read_ledger`), not DataFrames it would import pandas to make: the
    kernel that unpickles them gets the ledger `load_ledger` gives, under any rules."""
    from factcheck.ledger.claims import STANDARD, Ledger, read_ledger

    kept.keep_ledger(read_ledger(project), project)
    assert kept.ledger_is_kept(project)
    loads = []
    ledger = kept.kept_ledger(project, STANDARD, False, lambda root: loads.append(root) or load_ledger(root))
    fresh = load_ledger(project)
    assert loads == [] and isinstance(ledger, Ledger) and ledger.root == project
    assert ledger.claims.equals(fresh.claims) and ledger.non_claims.equals(fresh.non_claims)
    assert ledger.claims.dtypes.equals(fresh.claims.dtypes) and ledger.documents == fresh.documents
    strict = kept.kept_ledger(project, rules_from("strict"), False, load_ledger)
    assert strict.claims.equals(with_rules(fresh, rules_from("strict")).claims)


def test_an_edits_build_keeps_the_ledger_for_its_kernels_without_importing_pandas(project):
    import subprocess
    import sys

    script = ("import sys; from pathlib import Path; from factcheck.ledger.claims import read_ledger; "
              "from factcheck.pipeline.pipeline import _keep_ledger; root = Path(sys.argv[1]); "
              "_keep_ledger(read_ledger(root), root); print('pandas' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", script, str(project)], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"
    assert kept.ledger_is_kept(project)


# ---- any sequence of edits: what the cache gives is what evaluating afresh gives ----------------------------------

WORDS = ["population", "period", "metric", "speaker", "note", "condition"]
PRECISIONS = [0, 0.1, 1, 10, 100, 1000, 100_000]


def _edit_claims(rows: list[dict], shipped: list[dict], read: list[int], kind: str, row: int, other: int) -> None:
    """One edit of data/claims.csv's rows, as a person makes it: the number of a claim some check reads (rows
    `read`) taken with another precision (its range worked out again, as the validation expects), a claim given
    one of another claim's words, or a claim put back as shipped."""
    import math

    from factcheck.ledger.hedges import interval_for

    target = rows[read[row % len(read)] if kind == "precision" else row % len(rows)]
    if kind == "precision":
        target["precision"] = repr(float(PRECISIONS[other % len(PRECISIONS)]))
        value_to = float(target["value_to"]) if target["value_to"] else None
        reading = interval_for(float(target["value"]), hedge=target["hedge"], precision=float(target["precision"]),
                               unit=target["unit"], value_to=value_to)
        target.update(low=repr(reading.low), high="INF" if math.isinf(reading.high) else repr(reading.high),
                      bounds=reading.bounds)
        reason_for_reading(target)   # a reading of ours gives its reason, as the validation asks
    elif kind == "words":
        column = WORDS[other % len(WORDS)]
        target[column] = shipped[other % len(shipped)][column]
    elif kind == "put back":
        target.update(shipped[row % len(rows)])


def test_any_sequence_of_edits_gives_the_outcomes_and_digests_of_a_fresh_evaluation(project):
    """Edits of data/claims.csv that the ledger's and the checks' validation accept (one they refuse is undone, as
    the build keeps the last good data) and of checks' titles, under any rule set, with or without the in-memory copy of the
    cache (a new kernel): after each, the outcomes kept_outcomes gives (what a page shows) and the digests
    current_outcomes gives (what the planner compares to choose the pages to run again) are those of evaluating
    every check afresh; once everything is back as shipped, nothing needs evaluating."""
    import csv
    from dataclasses import replace

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from factcheck.checks.verdicts import outcome_digest
    from factcheck.files.problems import ValidationFailed

    claims_file = project / "data" / "claims.csv"
    with open(claims_file, encoding="utf-8", newline="") as handle:
        shipped_rows = list(csv.DictReader(handle))
    shipped_bytes = claims_file.read_bytes()
    cache = project / "_build" / "verdicts.json"
    # (precision twice: the edit that moves outcomes, drawn more often)
    edit = st.tuples(st.sampled_from(["words", "precision", "retitle a check", "precision", "put back", "new kernel"]),
                     st.integers(0, 10_000), st.integers(0, 10_000))
    counts = {"accepted": 0, "refused": 0, "steps with an outcome unlike the shipped one": 0}

    def write(rows):
        with open(claims_file, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(shipped_rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)

    def validated():
        from factcheck.checks.verdicts import check_results_possible

        ledger = load_ledger(project)
        checks = load_checks(ledger.checks_file, set(ledger.claims["claim_id"]), ledger.documents)
        check_results_possible(checks, ledger, ledger.checks_file)
        return ledger, checks

    claims_file.write_bytes(shipped_bytes)
    shipped_ledger, shipped_checks = validated()
    read_ids = {claim_id for check in shipped_checks for claim_id in check.claim_ids}
    read = [i for i, r in enumerate(shipped_rows) if r["claim_id"] in read_ids and r["value"]]

    @settings(max_examples=20, deadline=None, derandomize=True, database=None)
    @given(edits=st.lists(st.tuples(edit, st.sampled_from(["standard", "strict", "loose"])), min_size=1, max_size=8))
    def run(edits):
        claims_file.write_bytes(shipped_bytes)
        cache.unlink(missing_ok=True)
        kept._loaded.clear()
        kept.kept_outcomes(shipped_checks, shipped_ledger, cache)
        rows, titles = [dict(r) for r in shipped_rows], {}
        ledger, loaded = shipped_ledger, shipped_checks
        for (kind, row, other), rules_name in edits:
            if kind == "retitle a check":
                check_id = loaded[row % len(loaded)].id
                titles[check_id] = f" (edit {other})"
            elif kind == "new kernel":
                kept._loaded.clear()
            else:
                before = [dict(r) for r in rows]
                _edit_claims(rows, shipped_rows, read, kind, row, other)
                write(rows)
                try:
                    ledger, loaded = validated()
                    counts["accepted"] += 1
                except ValidationFailed:
                    rows = before   # refused: the build keeps the data it last validated
                    write(rows)
                    counts["refused"] += 1
            checks = [replace(c, title=c.title + titles[c.id]) if c.id in titles else c for c in loaded]
            edited = with_rules(ledger, rules_from(rules_name))
            fresh = evaluate_all(checks, edited)
            shipped_outcomes = evaluate_all(shipped_checks, with_rules(shipped_ledger, rules_from(rules_name)))
            counts["steps with an outcome unlike the shipped one"] += _fields(fresh) != _fields(shipped_outcomes)
            assert _fields(kept.kept_outcomes(checks, edited, cache)) == _fields(fresh), (kind, row, other)
            wanted = {f"{c.id}@{rules_name}" for c in checks}
            assert kept.current_outcomes(checks, edited, wanted, cache) == {
                f"{o.check.id}@{rules_name}": f"{o.check.id}@{rules_name}={outcome_digest(o)}" for o in fresh}
        kept._loaded.clear()
        evaluated = []
        real = kept.evaluate_check
        kept.evaluate_check = lambda check, base: evaluated.append(check.id) or real(check, base)
        try:
            again = kept.kept_outcomes(shipped_checks, shipped_ledger, cache)
        finally:
            kept.evaluate_check = real
        assert evaluated == [] and _fields(again) == _fields(evaluate_all(shipped_checks, shipped_ledger))

    run()
    # the edits drawn reached the checks, not only the validation, and some changed what a page shows
    assert counts["accepted"] >= 10 and counts["steps with an outcome unlike the shipped one"] >= 5, counts
