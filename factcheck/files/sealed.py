"""Caches kept inside a project folder, sealed with a key of this user's, so one handed in with a folder is not read.

A participant hands in a folder with whatever its `_build/` holds. The caches the tools keep there (the kept
checks and statements, which are pickles; the kept verdicts; `check`'s remembered summary; the answers of
files/memo.py) were read as if this user's tools had written them: a pickle runs code as it loads, and a kept
verdict or summary would be shown as worked out here. So each is written with an HMAC-SHA256 of its bytes and of
the name of the file it is for, under a key of this user's, and read only when that seal matches: a file made by
another user or on another machine, changed since, or moved to another file's place, is ignored as a corrupt one
is, and worked out again.

The key is kept in the user's cache folder (files/user_cache.py: the user's own, no one else may write to it; the
key file itself is readable by the user alone), so every checkout of the user shares it and a copy of a checkout,
`_build/` and all, carries no key. Where that folder is off (FACTCHECK_CACHE=off), refused, missing or cannot be
written, the key is kept in this checkout's `_build/`, and a copy of that folder given to someone carries it. A key
that others may read, or that is not a plain file of its size, is replaced by a new one (what the old one sealed is
worked out again); where no key can be made at all, nothing is sealed, so nothing is kept.

The user's cache folder also holds the charts' drawings, for all the user's checkouts; those are trusted by the
folder's owner and mode, and not sealed.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from factcheck import paths

KEY_NAME = "cache.key"
KEY_BYTES = 32

_key: bytes | None = None


def seal(data: bytes, role: str) -> bytes | None:
    """data with its seal in front (one line of hex), or None when no key could be made. role names the file it is
    for (a kept file's name): a file sealed for one role opens for no other, so kept files cannot be swapped."""
    key = _the_users_key()
    if key is None:
        return None
    return _mac(key, role, data) + b"\n" + data


def unseal(stored: bytes, role: str) -> bytes | None:
    """What seal() was given for this role, or None when stored was not sealed with this user's key for it (or was
    changed since)."""
    key = _the_users_key()
    said, newline, data = stored.partition(b"\n")
    if key is None or not newline:
        return None
    return data if hmac.compare_digest(said, _mac(key, role, data)) else None


def _mac(key: bytes, role: str, data: bytes) -> bytes:
    return hmac.new(key, role.encode("utf-8") + b"\0" + data, hashlib.sha256).hexdigest().encode()


def key_paths() -> list[Path]:
    """Where the key is kept, in order: the user's cache folder, else (none, or one where it cannot be made) this
    checkout's _build/."""
    from factcheck.files.user_cache import machine_folder, make_private

    base = machine_folder()
    places = []
    if base is not None:
        try:
            make_private(base)
            places.append(base / KEY_NAME)
        except OSError:
            pass
    return places + [paths.BUILD / KEY_NAME]


def _the_users_key() -> bytes | None:
    """Read (or made) once a process: a process that started before the key was replaced keeps sealing with the
    old one, and what it and the newer processes keep is worked out again by the other, until it ends."""
    global _key
    if _key is None:
        _key = next((key for key in map(_read_or_make, key_paths()) if key is not None), b"")
    return _key or None


def _read_or_make(path: Path) -> bytes | None:
    key = _read(path)
    if key is not None:
        return key
    import tempfile

    refused = os.path.lexists(path)   # others may read it, or not a plain file of its size: replaced
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{KEY_NAME}.", dir=path.parent)   # 0600: the user's alone
        try:
            os.write(handle, os.urandom(KEY_BYTES))
            os.close(handle)
            if refused:
                os.replace(temporary, path)
            else:
                try:
                    os.link(temporary, path)   # whole or not at all; a process that made one first wins
                except FileExistsError:
                    pass
                except OSError:   # a file system without hard links
                    os.replace(temporary, path)
        finally:
            if os.path.lexists(temporary):
                os.unlink(temporary)
    except OSError:   # a folder it cannot be made in (read-only): the next place, if any
        return None
    return _read(path)


def _read(path: Path) -> bytes | None:
    """The key, when path is a file of the right size that this user owns and no one else may read or write."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        status = os.fstat(handle)
        if status.st_uid != os.getuid() or status.st_mode & 0o077 or status.st_size != KEY_BYTES:
            return None
        key = os.read(handle, KEY_BYTES + 1)
    finally:
        os.close(handle)
    return key if len(key) == KEY_BYTES else None
