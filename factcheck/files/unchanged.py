"""A command's result remembered against every file it read, so running it again on the same files is instant.

`python -m factcheck check` validates every data file with frictionless and pandas: most
of its second is importing them. When every file the last successful check read is
byte for byte the same (and no file came or went in the folders it looked at, and the
package code is the same), the result cannot differ, so `recalled` gives the summary
that check printed, without importing either library.

What a run read is found, not listed by hand: while `remembering`, every file opened
for reading and every folder listed under the checked root is noted (a Python audit
hook, idle otherwise), so a check that learns to read a new file is covered at once.
`data/` and `seeds/` are listed whatever happens, since a check may only ask whether a
file exists. Only successes are remembered: a failing check runs in full every time
and prints every problem.

The record lives in `<root>/_build/<name>.json`: never committed, safe to delete; a
record that is missing, corrupt or from another version is ignored, and so is one not
sealed with this user's key (files/sealed.py): `<root>` may be a participant's folder,
handed in with a record that says its check passed.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from factcheck.files.atomic import write_atomically
from factcheck.files.sealed import seal, unseal

FORMAT = 1
ALWAYS_LISTED = ("data", "seeds")
NOT_INPUTS = ("_build", ".venv", ".git", "__pycache__", "book")

_watching: list[tuple[Path, set[str], set[str]]] = []   # (root, files opened, folders listed)
_hook_installed = False


def record_path(root: Path, name: str) -> Path:
    return Path(root) / "_build" / f"{name}.json"


def recalled(root: Path, name: str) -> str | None:
    """The result remembered under `name` when nothing it read has changed since; else None."""
    root = Path(root).resolve()
    try:
        path = record_path(root, name)
        data = json.loads(unseal(path.read_bytes(), path.name) or b"null")   # sealed here, or none
        if data.get("format") != FORMAT or data.get("code") != _code_digest():
            return None
        files, folders, result = data["files"], data["folders"], data["result"]
        if not isinstance(result, str) or _state(root, files, folders) != data["state"]:
            return None
        return result
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


class Remembered:
    result: str | None = None   # set it when the run succeeded; it is then recorded


@contextmanager
def remembering(root: Path, name: str):
    """Note what the body reads under root; record `memo.result` (if set) against it on the way out."""
    global _hook_installed
    root = Path(root).resolve()
    files: set[str] = set()
    folders: set[str] = set(name for name in ALWAYS_LISTED if (root / name).is_dir())
    watch = (root, files, folders)
    if not _hook_installed:  # audit hooks cannot be removed: installed once, idle when nothing is watched
        sys.addaudithook(_on_audit_event)
        _hook_installed = True
    memo = Remembered()
    _watching.append(watch)
    try:
        yield memo
    finally:
        _watching.remove(watch)
    if memo.result is None:
        return
    files_read, folders_listed = sorted(files), sorted(folders)
    try:
        record = {"format": FORMAT, "code": _code_digest(), "files": files_read, "folders": folders_listed,
                  "state": _state(root, files_read, folders_listed), "result": memo.result}
        sealed = seal(json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"), record_path(root, name).name)
        if sealed is not None:   # (None: no key could be made, files/sealed.py)
            write_atomically(record_path(root, name), sealed)
    except OSError:
        pass  # a read-only checkout: the next run checks in full again


def _state(root: Path, files: list[str], folders: list[str]) -> str:
    """One hash of the bytes of every file (or its absence) and the names in every folder."""
    digest = hashlib.sha256()
    for relative in files:
        try:
            content = (root / relative).read_bytes()
            digest.update(f"file {relative} {len(content)}\n".encode() + hashlib.sha256(content).digest())
        except OSError as error:
            digest.update(f"file {relative} unreadable {error.errno}\n".encode())
    for relative in folders:
        try:
            names = sorted(os.listdir(root / relative))
        except OSError as error:
            names = [f"unreadable {error.errno}"]
        digest.update(f"folder {relative}\n".encode() + "\0".join(names).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _code_digest() -> str:
    """The package's code, the pinned libraries and the Python running it (read once per process)."""
    from factcheck.files.memo import code_digest

    return code_digest()


def _on_audit_event(event: str, args: tuple) -> None:
    if not _watching or event not in ("open", "os.listdir", "os.scandir"):
        return
    target = args[0] if args else None
    if isinstance(target, bytes):
        target = os.fsdecode(target)
    if not isinstance(target, (str, os.PathLike)):
        return  # a file descriptor
    if event == "open":
        mode = args[1] if len(args) > 1 and isinstance(args[1], str) else "r"
        if "r" not in mode and "+" not in mode:
            return
    path = Path(os.path.abspath(target))
    for root, files, folders in _watching:
        try:
            relative = path.relative_to(root)
        except ValueError:
            continue
        if relative.parts and relative.parts[0] not in NOT_INPUTS and "__pycache__" not in relative.parts:
            (files if event == "open" else folders).add(relative.as_posix() or ".")
