"""Caches kept inside a project folder, sealed with a key only this checkout holds.

A participant hands in a folder with whatever its `_build/` holds. The caches the tools keep there (the kept
checks and statements, which are pickles; the kept verdicts; `check`'s remembered summary; the answers of
files/memo.py) were read as if this checkout had written them: a pickle runs code as it loads, and a kept verdict
or summary would be shown as worked out here. So each is written with an HMAC-SHA256 of its bytes under a key
kept in this checkout's own `_build/` (made on first use, readable by the user alone), and read only when that
seal matches. A file made by another checkout or machine, or changed since, is ignored as a corrupt one is, and
worked out again. Without a key (a read-only checkout) nothing is sealed, so nothing is kept.

The user's cache folder (files/memo.py's `machine_folder`, shared by all the user's checkouts) is trusted by its
owner and permissions instead, and not sealed: each checkout has a key of its own.
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


def seal(data: bytes) -> bytes | None:
    """data with its seal in front (one line of hex), or None when this checkout has no key to seal with."""
    key = _this_checkouts_key()
    if key is None:
        return None
    return hmac.new(key, data, hashlib.sha256).hexdigest().encode() + b"\n" + data


def unseal(stored: bytes) -> bytes | None:
    """What seal() was given, or None when stored was not sealed by this checkout (or was changed since)."""
    key = _this_checkouts_key()
    said, newline, data = stored.partition(b"\n")
    if key is None or not newline:
        return None
    return data if hmac.compare_digest(said, hmac.new(key, data, hashlib.sha256).hexdigest().encode()) else None


def key_path() -> Path:
    return paths.BUILD / KEY_NAME


def _this_checkouts_key() -> bytes | None:
    global _key
    if _key is None:
        _key = _read_or_make(key_path()) or b""
    return _key or None


def _read_or_make(path: Path) -> bytes | None:
    key = _read(path)
    if key is not None or path.exists():
        return key
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{KEY_NAME}.", dir=path.parent)   # 0600: the user's alone
        try:
            os.write(handle, os.urandom(KEY_BYTES))
            os.close(handle)
            os.link(temporary, path)   # whole or not at all; a process that made one first wins
        except FileExistsError:
            pass
        finally:
            os.unlink(temporary)
    except OSError:   # a read-only checkout: nothing is kept
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
