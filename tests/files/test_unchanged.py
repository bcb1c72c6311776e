"""`check` remembered against every file it read: the same files give the same summary at once, any change
(a byte, a new file, the package) checks in full again, failures are never remembered, a bad record, or one not sealed with this user's key, is ignored."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.files import sealed, unchanged
from planted import sealed_elsewhere

REPO = Path(__file__).resolve().parent.parent.parent


def copy_of_the_data(root: Path) -> Path:
    """The report's data in a folder of its own (check --root reads only data/ and seeds/)."""
    for folder in ("data", "seeds"):
        shutil.copytree(REPO / folder, root / folder)
    return root


@pytest.fixture
def checkout(tmp_path) -> Path:
    return copy_of_the_data(tmp_path / "repo")


@pytest.fixture(scope="module")
def first_check(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """A checkout checked once (a full check, remembered) and what that check said, for the tests that start there:
    each works on a copy of it (`checked`), so the module runs that first check once, not once a test (the record
    names files by their path under the root and their bytes: a copy recalls it, as the first test shows)."""
    root = copy_of_the_data(tmp_path_factory.mktemp("checked") / "repo")
    return root, check(root)


@pytest.fixture
def checked(first_check, tmp_path) -> Path:
    root, said = first_check
    assert said.returncode == 0 and validated_in_full(said), said.stderr
    return Path(shutil.copytree(root, tmp_path / "checked"))


def check(root: Path, *options: str) -> subprocess.CompletedProcess:
    """`python -m factcheck check`, printing afterwards whether the validator, pandas or frictionless were imported."""
    script = ("import sys; from factcheck.cli import main; status = main(sys.argv[1:]); "
              "print('IMPORTED', *(m in sys.modules for m in ('factcheck.pipeline.validate', 'pandas', 'frictionless')), "
              "file=sys.stderr); sys.exit(status)")
    return subprocess.run([sys.executable, "-c", script, "check", "--root", str(root), *options],
                          capture_output=True, text=True, cwd=REPO)


def validated_in_full(result: subprocess.CompletedProcess) -> bool:
    return "IMPORTED True" in result.stderr


def test_an_unchanged_checkout_prints_the_same_summary_without_importing_pandas_or_frictionless(checkout, checked,
                                                                                              first_check):
    first = check(checkout)
    assert first.returncode == 0 and validated_in_full(first), first.stderr
    again = check(checkout)
    assert again.returncode == 0 and "IMPORTED False False False" in again.stderr, again.stderr
    assert again.stdout == first.stdout and "Ledger OK." in again.stdout
    # and a copy of a checked checkout elsewhere (the other tests start from one) recalls its summary too
    copied = check(checked)
    assert copied.returncode == 0 and "IMPORTED False False False" in copied.stderr, copied.stderr
    assert copied.stdout == first_check[1].stdout == first.stdout
    record = json.loads(sealed.unseal(unchanged.record_path(checkout, "check").read_bytes(), "check.json"))
    assert {"data/claims.csv", "data/checks.yml", "seeds/sources.yml"} <= set(record["files"])


def test_a_changed_byte_in_a_file_check_read_checks_in_full_and_a_failure_is_not_remembered(checked, first_check):
    checkout, first = checked, first_check[1]
    claims = checkout / "data" / "claims.csv"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("oig17-03,", "oig17-3,", 1), encoding="utf-8")
    broken = check(checkout)
    assert broken.returncode == 1 and validated_in_full(broken) and "claims.csv" in broken.stderr
    assert check(checkout).returncode == 1  # still failing: the failure was not remembered
    claims.write_text(text, encoding="utf-8")
    fixed = check(checkout)  # the same bytes as the first, successful check: its summary again
    assert fixed.returncode == 0 and fixed.stdout == first.stdout


def test_a_new_file_in_data_checks_in_full(checked):
    checkout = checked
    (checkout / "data" / "notes.txt").write_text("a new file\n", encoding="utf-8")
    assert validated_in_full(check(checkout))


def test_full_validates_again_even_when_nothing_changed(checked):
    checkout = checked
    assert validated_in_full(check(checkout, "--full"))


@pytest.mark.parametrize("content", ["", "{not json", "[]", '{"format": 1}', '{"format": 99, "result": "fake"}'])
def test_a_corrupt_or_foreign_record_is_ignored(checked, content):
    checkout = checked
    unchanged.record_path(checkout, "check").write_text(content, encoding="utf-8")
    result = check(checkout)
    assert result.returncode == 0 and validated_in_full(result) and "Ledger OK." in result.stdout


def test_a_record_made_by_other_code_is_ignored(checked):
    checkout = checked
    path = unchanged.record_path(checkout, "check")
    record = json.loads(sealed.unseal(path.read_bytes(), path.name))
    path.write_bytes(sealed.seal(json.dumps({**record, "code": "another version", "result": "stale summary"}).encode(),
                                 path.name))
    result = check(checkout)
    assert validated_in_full(result) and "stale summary" not in result.stdout


@pytest.mark.parametrize("seal", ["none", "another user's"])
def test_a_record_not_sealed_with_this_users_key_is_ignored(checked, seal):
    """A participant's folder comes with its _build/: a record that says its check passed, made or changed
    elsewhere, is not this user's tools' word (files/sealed.py)."""
    checkout = checked
    path = unchanged.record_path(checkout, "check")
    record = json.dumps({**json.loads(sealed.unseal(path.read_bytes(), path.name)), "result": "forged summary"}).encode()
    path.write_bytes(record if seal == "none" else sealed_elsewhere(record))
    result = check(checkout)
    assert validated_in_full(result) and "forged summary" not in result.stdout and "Ledger OK." in result.stdout


def test_remembering_notes_files_read_and_folders_listed_under_the_root_only(tmp_path):
    root = tmp_path / "root"
    (root / "data").mkdir(parents=True)
    (root / "extra").mkdir()
    (root / "data" / "a.csv").write_text("x\n", encoding="utf-8")
    (root / "extra" / "b.txt").write_text("y\n", encoding="utf-8")
    outside = tmp_path / "outside.txt"
    outside.write_text("z\n", encoding="utf-8")
    with unchanged.remembering(root, "probe") as memo:
        (root / "data" / "a.csv").read_text(encoding="utf-8")
        list((root / "extra").iterdir())
        outside.read_text(encoding="utf-8")
        (root / "_build").mkdir()
        (root / "_build" / "scratch").write_text("written, not read\n", encoding="utf-8")
        memo.result = "ok"
    record = json.loads(sealed.unseal(unchanged.record_path(root, "probe").read_bytes(), "probe.json"))
    assert record["files"] == ["data/a.csv"] and record["folders"] == ["data", "extra"]
    assert unchanged.recalled(root, "probe") == "ok"
    (root / "extra" / "c.txt").write_text("new\n", encoding="utf-8")
    assert unchanged.recalled(root, "probe") is None
