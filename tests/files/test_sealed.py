"""The seal on what a checkout keeps in a project's _build/: only this checkout's key opens it."""
from __future__ import annotations

import os
import stat

import pytest

from factcheck.files import sealed


@pytest.fixture
def key_at(tmp_path, monkeypatch):
    """This checkout's key made anew in tmp_path/_build (as in a new clone)."""
    path = tmp_path / "_build" / sealed.KEY_NAME
    monkeypatch.setattr(sealed, "key_path", lambda: path)
    monkeypatch.setattr(sealed, "_key", None)
    return path


def test_what_is_sealed_is_unsealed_whole_and_a_changed_byte_or_another_key_opens_nothing(key_at, monkeypatch):
    stored = sealed.seal(b"kept\nanswer")
    assert sealed.unseal(stored) == b"kept\nanswer"
    assert sealed.unseal(stored.replace(b"answer", b"answeR")) is None
    assert sealed.unseal(stored[:-1]) is None and sealed.unseal(b"kept\nanswer") is None and sealed.unseal(b"") is None
    # another checkout (another machine) has a key of its own
    monkeypatch.setattr(sealed, "key_path", lambda: key_at.parent.parent / "other" / sealed.KEY_NAME)
    monkeypatch.setattr(sealed, "_key", None)
    assert sealed.unseal(stored) is None


def test_the_key_is_made_once_for_the_user_alone_and_kept(key_at, monkeypatch):
    sealed.seal(b"x")
    info = key_at.stat()
    assert stat.S_IMODE(info.st_mode) == 0o600 and info.st_size == sealed.KEY_BYTES
    assert os.listdir(key_at.parent) == [sealed.KEY_NAME]   # no temporary file left
    stored = sealed.seal(b"x")
    monkeypatch.setattr(sealed, "_key", None)   # a new process reads the same key
    assert sealed.unseal(stored) == b"x" and key_at.stat().st_ino == info.st_ino


@pytest.mark.parametrize("spoil", ["others may read it", "a link to it", "too short"])
def test_a_key_others_may_read_or_not_a_plain_file_of_its_size_seals_nothing(key_at, monkeypatch, spoil):
    sealed.seal(b"x")
    monkeypatch.setattr(sealed, "_key", None)
    if spoil == "others may read it":
        key_at.chmod(0o644)
    elif spoil == "a link to it":
        target = key_at.with_name("elsewhere")
        key_at.rename(target)
        key_at.symlink_to(target)
    else:
        key_at.write_bytes(b"short")
    assert sealed.seal(b"x") is None and sealed.unseal(b"0" * 64 + b"\nx") is None


def test_a_checkout_where_no_key_can_be_made_seals_nothing(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(sealed, "key_path", lambda: blocker / "_build" / sealed.KEY_NAME)
    monkeypatch.setattr(sealed, "_key", None)
    assert sealed.seal(b"x") is None
