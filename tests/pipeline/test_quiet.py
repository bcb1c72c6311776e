"""A no-op build is answered from file stats (factcheck.pipeline.quiet), and an edit is still seen: a `touch` is no
change, an edit that keeps the size and the mtime is one, and so is a file added, removed or changed just now."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from factcheck.pipeline import quiet
from factcheck.pipeline.quiet import Inputs


@pytest.fixture
def checkout(tmp_path, monkeypatch) -> Path:
    """A small checkout, its files taken as older than the racy window (which ctime, set by every write, would
    otherwise put them in: a test cannot wait the real two seconds per step)."""
    monkeypatch.setattr(quiet, "RACY_NS", 0)
    root = tmp_path / "repo"
    for name, text in {"data/claims.csv": "claim_id,value\na-01,100\n", "seeds/a.txt": "An article.\n",
                       "pages.yml": "root: book/index.md\n", "book/index.md": "# Title\n",
                       "_build/html/index.html": "<p>output</p>", ".git/HEAD": "ref", "tests/test_x.py": "x = 1\n"}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def settled(root: Path, seconds: float = 5.0) -> None:
    """Every file's times set back, as if written before the racy window of the build that follows."""
    past = time.time_ns() - int(seconds * 1e9)
    for folder, _, files in os.walk(root):
        for name in files:
            os.utime(Path(folder) / name, ns=(past, past))


def good_build(root: Path) -> None:
    inputs = Inputs(root, root / "_build")
    inputs.unchanged()
    inputs.save()


def test_the_first_build_is_not_quiet_and_the_next_one_is(checkout):
    settled(checkout)
    assert not Inputs(checkout, checkout / "_build").unchanged()
    good_build(checkout)
    assert Inputs(checkout, checkout / "_build").unchanged()


def test_touching_a_file_is_no_change_and_its_new_stat_is_kept(checkout, monkeypatch):
    settled(checkout)
    good_build(checkout)
    past = time.time_ns() - 3_000_000_000
    os.utime(checkout / "data" / "claims.csv", ns=(past, past))
    inputs = Inputs(checkout, checkout / "_build")
    assert inputs.unchanged()
    inputs.save()
    hashed = []
    monkeypatch.setattr(quiet, "_sha", lambda path: hashed.append(path.name) or "x")
    Inputs(checkout, checkout / "_build").unchanged()
    assert hashed == []   # the new stat was kept: the file is not read again


def test_an_edit_that_keeps_the_size_and_the_mtime_is_seen(checkout):
    """`touch -d` cannot set the ctime: the stat differs, the file is hashed, the edit is seen."""
    settled(checkout)
    good_build(checkout)
    claims = checkout / "data" / "claims.csv"
    before = claims.stat()
    time.sleep(0.01)
    claims.write_text("claim_id,value\na-01,900\n", encoding="utf-8")
    os.utime(claims, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (claims.stat().st_size, claims.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    inputs = Inputs(checkout, checkout / "_build")
    assert not inputs.unchanged() and inputs.changed == ["data/claims.csv"]


def test_a_file_changed_just_before_the_stats_were_taken_is_hashed_again_next_time(checkout, monkeypatch):
    """Git's racy rule: on a clock coarser than the edit, the stat may not show a second edit within the tick."""
    settled(checkout)
    time.sleep(1.2)
    monkeypatch.setattr(quiet, "RACY_NS", 1_000_000_000)
    (checkout / "seeds" / "a.txt").write_text("An article, edited.\n", encoding="utf-8")   # just now: racy
    good_build(checkout)
    hashed = []
    real = quiet._sha
    monkeypatch.setattr(quiet, "_sha", lambda path: hashed.append(path.name) or real(path))
    assert Inputs(checkout, checkout / "_build").unchanged()
    assert "a.txt" in hashed and "claims.csv" not in hashed


@pytest.mark.parametrize("change", ["add", "remove", "edit a page"])
def test_a_file_added_or_removed_or_a_page_edited_by_hand_is_a_change(checkout, change):
    settled(checkout)
    good_build(checkout)
    if change == "add":
        (checkout / "data" / "new.yml").write_text("x: 1\n", encoding="utf-8")
    elif change == "remove":
        (checkout / "seeds" / "a.txt").unlink()
    else:
        (checkout / "book" / "index.md").write_text("# Edited\n", encoding="utf-8")
    assert not Inputs(checkout, checkout / "_build").unchanged()


def test_outputs_caches_and_tests_are_not_inputs(checkout):
    settled(checkout)
    good_build(checkout)
    (checkout / "_build" / "html" / "index.html").write_text("<p>other</p>", encoding="utf-8")
    (checkout / ".git" / "HEAD").write_text("other", encoding="utf-8")
    (checkout / "tests" / "test_x.py").write_text("x = 2\n", encoding="utf-8")
    assert Inputs(checkout, checkout / "_build").unchanged()


def test_a_record_from_another_python_or_format_is_ignored(checkout):
    settled(checkout)
    good_build(checkout)
    record = checkout / "_build" / quiet.RECORD_NAME
    record.write_text(record.read_text(encoding="utf-8").replace('"python":"', '"python":"2.7 '), encoding="utf-8")
    assert not Inputs(checkout, checkout / "_build").unchanged()
    record.write_text("{not json", encoding="utf-8")
    assert not Inputs(checkout, checkout / "_build").unchanged()
