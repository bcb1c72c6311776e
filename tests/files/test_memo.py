"""Answers kept between runs: the same input gives the kept answer without working it out; a failure, other code
a corrupt file, or one not sealed with this user's key, is never trusted."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.files import memo, user_cache


@pytest.fixture
def kept(tmp_path, monkeypatch):
    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "memo")
    return tmp_path / "memo"


def counting(answer):
    calls = []

    def compute(*args):
        calls.append(args)
        return answer(*args)
    return compute, calls


def test_a_text_table_answers_the_next_run_from_what_this_run_saved(kept):
    compute, calls = counting(lambda text: text.split())
    first = memo.TextTable("words")
    assert first.get("a b", compute) == ["a", "b"] and first.get("a b", compute) == ["a", "b"]
    first.save()
    again = memo.TextTable("words")   # as the next run of check makes it
    assert again.get("a b", compute) == ["a", "b"] and again.get("c", compute) == ["c"]
    assert calls == [("a b",), ("c",)]


def test_a_text_table_from_other_code_or_corrupt_is_worked_out_again(kept, monkeypatch):
    compute, calls = counting(lambda text: [text])
    table = memo.TextTable("words")
    table.get("a", compute)
    table.save()
    monkeypatch.setattr(memo, "code_digest", lambda: "other code")
    assert memo.TextTable("words").get("a", compute) == ["a"] and len(calls) == 2
    (kept / "words.json").write_text("{not json", encoding="utf-8")
    assert memo.TextTable("words").get("a", compute) == ["a"] and len(calls) == 3


def test_a_text_table_that_grew_too_large_keeps_what_its_last_run_used(kept, monkeypatch):
    monkeypatch.setattr(memo, "MOST_TEXTS", 2)
    table = memo.TextTable("words")
    for text in "abc":
        table.get(text, list)
    table.save()
    assert memo.TextTable("words")._load() == {text: [text] for text in "abc"}   # this run used all three
    fresh = memo.TextTable("words")
    fresh.get("d", list)
    fresh.save()
    assert memo.TextTable("words")._load() == {"d": ["d"]}


def test_by_content_keeps_a_success_and_gives_a_fresh_copy_each_time(kept):
    compute, calls = counting(lambda: ({"key": [1, 2]}, True))
    first = memo.by_content("kind", b"bytes", compute)
    first["key"].append(3)   # a caller changing its copy changes no one else's
    assert memo.by_content("kind", b"bytes", compute) == {"key": [1, 2]} and len(calls) == 1
    assert memo.by_content("kind", b"other bytes", compute) == {"key": [1, 2]} and len(calls) == 2


def test_by_content_never_keeps_a_failure_and_ignores_a_corrupt_file(kept):
    compute, calls = counting(lambda: (None, False))
    memo.by_content("kind", b"bad", compute)
    memo.by_content("kind", b"bad", compute)
    assert len(calls) == 2
    good, good_calls = counting(lambda: ("parsed", True))
    memo.by_content("kind", b"good", good)
    [kept_file] = (kept / "kind").iterdir()
    kept_file.write_bytes(b"\x80\x05not a pickle")
    assert memo.by_content("kind", b"good", good) == "parsed" and len(good_calls) == 2


def test_by_content_keeps_only_the_newest_files_of_a_kind(kept, monkeypatch):
    monkeypatch.setattr(memo, "MOST_FILES", 3)
    for index in range(5):
        memo.by_content("kind", str(index).encode(), lambda: (index, True))
    assert len(list((kept / "kind").iterdir())) == 3


def test_a_read_only_place_keeps_nothing_and_answers_all_the_same(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(memo, "folder", lambda: blocker / "memo")
    table = memo.TextTable("words")
    assert table.get("a", list) == ["a"]
    table.save()
    assert memo.by_content("kind", b"x", lambda: ("x", True)) == "x"


def test_text_by_content_answers_the_same_bytes_from_disk_and_other_bytes_afresh(kept):
    compute, calls = counting(lambda: "<svg>drawn</svg>")
    assert memo.text_by_content("svg", b"spec one", compute) == "<svg>drawn</svg>"
    assert memo.text_by_content("svg", b"spec one", compute) == "<svg>drawn</svg>" and len(calls) == 1
    memo.text_by_content("svg", b"spec two", compute)
    assert len(calls) == 2   # other bytes: worked out, never the kept answer of another spec


def test_text_by_content_keeps_at_most_its_bound_newest_first(kept):
    for index in range(9):
        memo.text_by_content("svg", str(index).encode(), lambda: str(index), most=8)
    assert len(list((kept / "svg").iterdir())) <= 8


def test_the_users_cache_is_the_folder_named_else_the_xdg_or_home_cache_else_none(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "named"))
    assert user_cache.machine_folder() == tmp_path / "named"
    monkeypatch.setenv("FACTCHECK_CACHE", "relative")
    user_cache.settle_machine_variable()   # as `python -m factcheck` does, before it starts a kernel elsewhere
    assert os.environ["FACTCHECK_CACHE"] == str(tmp_path / "relative") == str(user_cache.machine_folder())
    monkeypatch.setenv("FACTCHECK_CACHE", "off")
    assert user_cache.machine_folder() is None
    monkeypatch.delenv("FACTCHECK_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache.machine_folder() == tmp_path / "xdg" / "factcheck"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative-xdg")   # the XDG specification: a relative path is ignored
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_cache.machine_folder() == tmp_path / "home" / ".cache" / "factcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))   # a container's user with no home folder
    assert user_cache.machine_folder() is None
    with memo.under(tmp_path / "checkout"):   # then kept in the checkout, one folder per code version
        assert memo.text_by_content("svg", b"spec", lambda: "drawn", machine=True) == "drawn"
        assert not memo.machine_keeps_any("svg")
    assert [p.parent.parent.name for p in (tmp_path / "checkout" / "_build" / "memo").rglob("*.txt")] == ["svg"]


def test_a_cache_folder_others_own_or_may_write_to_is_not_used_and_the_users_own_is_made_private(monkeypatch, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    monkeypatch.setenv("FACTCHECK_CACHE", str(shared))
    assert user_cache.machine_folder() is None
    assert user_cache.refused_machine_folder() == (f"{shared} is not used for the charts' drawings: others may write to it"
                                             " (a drawing goes into a page as it is); they are kept in this checkout"
                                             " instead")
    shared.chmod(0o755)   # the user's own, readable by all: used, and left as it is (FACTCHECK_CACHE may name ~)
    assert user_cache.machine_folder() == shared and user_cache.refused_machine_folder() == ""
    assert shared.stat().st_mode & 0o777 == 0o755
    monkeypatch.delenv("FACTCHECK_CACHE")   # the default folder, readable by all as the first version made it:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))   # made the user's alone
    default = tmp_path / "factcheck"
    default.mkdir(mode=0o755)
    default.chmod(0o755)
    assert user_cache.machine_folder() == default and default.stat().st_mode & 0o777 == 0o700
    monkeypatch.setenv("FACTCHECK_CACHE", str(shared))
    user = os.getuid()
    monkeypatch.setattr(os, "getuid", lambda: user + 1)   # as if another user owned it
    assert user_cache.machine_folder() is None
    assert user_cache.refused_machine_folder().startswith(f"{shared} is not used for the charts' drawings: another user owns it")
    monkeypatch.setattr(os, "getuid", lambda: user)
    made = tmp_path / "made"
    monkeypatch.setenv("FACTCHECK_CACHE", str(made))
    memo.text_by_content("svg", b"spec", lambda: "drawn", machine=True)
    assert made.stat().st_mode & 0o777 == 0o700   # made by the first drawing, for the user alone


def test_an_answer_kept_for_the_machine_serves_every_checkout_and_only_this_code(tmp_path, monkeypatch):
    monkeypatch.setattr(memo, "machine_folder", lambda: tmp_path / "machine")
    compute, calls = counting(lambda: "<svg>drawn</svg>")
    assert not memo.machine_keeps_any("svg")
    with memo.under(tmp_path / "one"):
        assert memo.text_by_content("svg", b"spec", compute, machine=True) == "<svg>drawn</svg>"
    with memo.under(tmp_path / "two"):   # another checkout: the drawing is kept, not drawn again
        assert memo.text_by_content("svg", b"spec", compute, machine=True) == "<svg>drawn</svg>"
        assert memo.machine_keeps_any("svg") and len(calls) == 1
        with memo.under(tmp_path / "two", reuse=False):   # check --full trusts nothing kept
            assert not memo.machine_keeps_any("svg")
            memo.text_by_content("svg", b"spec", compute, machine=True)
        assert len(calls) == 2
    assert not (tmp_path / "one" / "_build").exists() and not (tmp_path / "two" / "_build").exists()
    monkeypatch.setattr(memo, "code_digest", lambda: "f" * 64)
    assert not memo.machine_keeps_any("svg")
    (tmp_path / "machine" / "svg" / ("f" * 16)).mkdir(parents=True)
    (tmp_path / "machine" / "svg" / ("f" * 16) / f".{'0' * 64}.txt.x1.tmp").write_text("half", encoding="utf-8")
    assert not memo.machine_keeps_any("svg")   # an empty folder, or a write under way, keeps nothing
    memo.text_by_content("svg", b"spec", compute, machine=True)
    assert len(calls) == 3   # other code: drawn again, beside the first code's drawing
    assert len(list((tmp_path / "machine" / "svg").iterdir())) == 2


def test_a_kept_text_cut_short_or_changed_is_worked_out_again(kept):
    compute, calls = counting(lambda: "<svg>drawn</svg>")
    memo.text_by_content("svg", b"spec", compute)
    [stored] = (kept / "svg").iterdir()
    stored.write_bytes(stored.read_bytes()[:-3])   # a crash mid-write, or a disk's fault
    assert memo.text_by_content("svg", b"spec", compute) == "<svg>drawn</svg>" and len(calls) == 2
    stored.write_bytes(stored.read_bytes().replace(b"drawn", b"other"))
    assert memo.text_by_content("svg", b"spec", compute) == "<svg>drawn</svg>" and len(calls) == 3
    assert memo.text_by_content("svg", b"spec", compute) == "<svg>drawn</svg>" and len(calls) == 3


def test_the_users_cache_keeps_the_code_versions_used_last_and_prunes_nothing_else(tmp_path, monkeypatch):
    machine = tmp_path / "machine"
    monkeypatch.setattr(memo, "machine_folder", lambda: machine)
    monkeypatch.setattr(memo, "CODE_VERSIONS", 2)
    monkeypatch.setattr(memo, "_touched", set())
    (machine / "svg" / "icons").mkdir(parents=True)   # a folder named by mistake holds other things
    (machine / "svg" / "notes.txt").write_text("mine", encoding="utf-8")
    (machine / "svg" / "dangling").symlink_to(tmp_path / "nowhere")

    def version(letter: str, when: float | None = None) -> None:
        monkeypatch.setattr(memo, "code_digest", lambda: letter * 64)
        memo.text_by_content("svg", b"spec", lambda: letter, machine=True)
        if when is not None:
            os.utime(machine / "svg" / (letter * 16), (when, when))

    version("a", 1)
    version("b", 2)
    version("a")   # read, not written: used last
    version("c")   # a third version: the one used longest ago goes
    assert sorted(p.name for p in (machine / "svg").iterdir()) == ["a" * 16, "c" * 16, "dangling", "icons", "notes.txt"]


def test_the_answers_an_earlier_version_kept_in_the_checkout_are_removed_and_nothing_else(tmp_path):
    flat = tmp_path / "_build" / "memo" / "svg"
    flat.mkdir(parents=True)
    (flat / f"{'a' * 64}.txt").write_text("<svg/>", encoding="utf-8")
    (flat / "mine.txt").write_text("mine", encoding="utf-8")
    (flat / ("b" * 16)).mkdir()   # this code's own folder of a version, in a checkout without a cache to use
    with memo.under(tmp_path):
        memo.remove_moved_answers()
    assert sorted(p.name for p in flat.iterdir()) == ["b" * 16, "mine.txt"]


def test_a_machine_folder_that_cannot_be_written_answers_all_the_same(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(memo, "machine_folder", lambda: blocker / "machine")
    assert memo.text_by_content("svg", b"spec", lambda: "drawn", machine=True) == "drawn"
    assert not memo.machine_keeps_any("svg")



@pytest.mark.parametrize("seal", ["none", "another user's"])
def test_an_answer_not_sealed_with_this_users_key_is_worked_out_again_and_never_unpickled(kept, tmp_path, seal):
    """The folder the answers are kept in may be a participant's (check --root), handed in with its _build/: what
    it holds counts only when sealed with this user's key (files/sealed.py)."""
    import hashlib
    import json
    import pickle

    from planted import planted_pickle, sealed_elsewhere

    def planted(data: bytes) -> bytes:
        return data if seal == "none" else sealed_elsewhere(data)

    marker = tmp_path / "the planted pickle ran"
    parsed, parses = counting(lambda: ("parsed", True))
    memo.by_content("kind", b"bytes", parsed)
    [pickled] = (kept / "kind").iterdir()
    pickled.write_bytes(planted(planted_pickle(marker)))
    drawn, drawings = counting(lambda: "<svg>drawn</svg>")
    memo.text_by_content("claim-panel", b"spec", drawn)
    [text] = (kept / "claim-panel").iterdir()
    forged = b"<svg><script>alert(1)</script></svg>"   # unsealed: after its own digest, as kept before the seal
    text.write_bytes(hashlib.sha256(forged).hexdigest().encode() + b"\n" + forged if seal == "none" else planted(forged))
    table = memo.TextTable("words")
    table.get("a", list)
    table.save()
    (kept / "words.json").write_bytes(planted(json.dumps({"code": memo.code_digest(), "answers": {"a": ["forged"]}})
                                              .encode()))

    assert memo.by_content("kind", b"bytes", parsed) == "parsed" and len(parses) == 2 and not marker.exists()
    assert memo.text_by_content("claim-panel", b"spec", drawn) == "<svg>drawn</svg>" and len(drawings) == 2
    assert memo.TextTable("words").get("a", list) == ["a"]
    pickle.loads(planted_pickle(marker))
    assert marker.exists()   # (the plant does run when unpickled)
