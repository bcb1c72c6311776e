"""The seal on what the tools keep in a project's _build/: only this user's key opens it."""
from __future__ import annotations

import os
import stat

import pytest

from factcheck.files import sealed


@pytest.fixture
def key_at(tmp_path, monkeypatch):
    """The key made anew in tmp_path/_build (as for a new user)."""
    path = tmp_path / "_build" / sealed.KEY_NAME
    monkeypatch.setattr(sealed, "key_paths", lambda: [path])
    monkeypatch.setattr(sealed, "_key", None)
    return path


def test_what_is_sealed_is_unsealed_whole_and_a_changed_byte_another_role_or_another_key_opens_nothing(key_at,
                                                                                                    monkeypatch):
    stored = sealed.seal(b"kept\nanswer", "a.json")
    assert sealed.unseal(stored, "a.json") == b"kept\nanswer"
    assert sealed.unseal(stored.replace(b"answer", b"answeR"), "a.json") is None
    assert sealed.unseal(stored[:-1], "a.json") is None and sealed.unseal(b"kept\nanswer", "a.json") is None
    assert sealed.unseal(b"", "a.json") is None
    assert sealed.unseal(stored, "b.json") is None   # moved to another kept file's place
    # another user (or this one on another machine) has a key of their own
    monkeypatch.setattr(sealed, "key_paths", lambda: [key_at.parent.parent / "other" / sealed.KEY_NAME])
    monkeypatch.setattr(sealed, "_key", None)
    assert sealed.unseal(stored, "a.json") is None


def test_the_key_is_made_once_for_the_user_alone_and_kept(key_at, monkeypatch):
    sealed.seal(b"x", "x")
    info = key_at.stat()
    assert stat.S_IMODE(info.st_mode) == 0o600 and info.st_size == sealed.KEY_BYTES
    assert os.listdir(key_at.parent) == [sealed.KEY_NAME]   # no temporary file left
    stored = sealed.seal(b"x", "x")
    monkeypatch.setattr(sealed, "_key", None)   # a new process reads the same key
    assert sealed.unseal(stored, "x") == b"x" and key_at.stat().st_ino == info.st_ino


@pytest.mark.parametrize("spoil", ["others may read it", "a link to it", "too short"])
def test_a_key_others_may_read_or_not_a_plain_file_of_its_size_is_replaced(key_at, monkeypatch, spoil):
    before = sealed.seal(b"x", "x")
    monkeypatch.setattr(sealed, "_key", None)
    if spoil == "others may read it":
        key_at.chmod(0o644)
    elif spoil == "a link to it":
        target = key_at.with_name("elsewhere")
        key_at.rename(target)
        key_at.symlink_to(target)
    else:
        key_at.write_bytes(b"short")
    assert sealed.unseal(before, "x") is None   # what the old key sealed opens no more
    assert sealed.unseal(sealed.seal(b"y", "y"), "y") == b"y"
    info = key_at.lstat()
    assert stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) == 0o600 and info.st_size == sealed.KEY_BYTES


def test_the_key_is_the_users_not_the_checkouts_unless_its_cache_folder_cannot_hold_it(tmp_path, monkeypatch):
    """A copy of a checkout, _build/ and all, carries no key: it is in the user's cache folder. With none (off), or
    one where the key cannot be made, it is in this checkout's _build/."""
    from factcheck import paths

    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "cache"))
    assert sealed.key_paths() == [tmp_path / "cache" / sealed.KEY_NAME, paths.BUILD / sealed.KEY_NAME]
    assert stat.S_IMODE((tmp_path / "cache").stat().st_mode) == 0o700
    monkeypatch.setenv("FACTCHECK_CACHE", "off")
    assert sealed.key_paths() == [paths.BUILD / sealed.KEY_NAME]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(sealed, "key_paths", lambda: [blocker / sealed.KEY_NAME, tmp_path / "_build" / sealed.KEY_NAME])
    monkeypatch.setattr(sealed, "_key", None)
    assert sealed.unseal(sealed.seal(b"x", "x"), "x") == b"x" and (tmp_path / "_build" / sealed.KEY_NAME).is_file()


def test_a_checkout_where_no_key_can_be_made_seals_nothing(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(sealed, "key_paths", lambda: [blocker / "_build" / sealed.KEY_NAME])
    monkeypatch.setattr(sealed, "_key", None)
    assert sealed.seal(b"x", "x") is None
