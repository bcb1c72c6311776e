"""Answers of slow, pure functions of text, kept on disk between runs, so a second `check` does not work them out again.

After a one-claim edit `check` runs every rule again (any of them may read that claim),
but most of its time went to work that depends on a file's text alone and was done
the run before: parsing each YAML file (`files/yamlfile.py`), splitting the desk's
prose into sentences with pysbd (`checks/evidence.py`). Those answers are kept here,
keyed by the exact input (a YAML file's bytes, a paragraph's text) and by the code
that computed them (the package, the pinned libraries, the Python: `code_digest`), so
a kept answer is the answer the code would give now. Failures are never kept: a file
with a problem is read again, and its problem named, every time.

The answers live in `_build/memo/` of this checkout, or of the folder `check --root`
checks (`under`): never committed, safe to delete; a missing, corrupt or foreign file
is ignored and the answer worked out again. That folder may be a participant's, handed in
with its own `_build/`: what is kept there is sealed with this user's key and read only
when the seal matches (files/sealed.py). A read-only checkout or cache works, without
keeping anything.

A chart's spec and its drawing depend on nothing of the checkout, only on their input and
this code: they are kept for all the user's checkouts, in the user's cache folder
(`machine_folder`: a second clone, a participant's folder, a copy whose `_build/` was
removed all draw nothing that one of them drew), one folder for each version of the code,
the most recently used few kept. A drawing goes into a page as it is, so that folder must
be the user's alone: one that another user owns, or that others may write to, is not used.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import re
import sys
from contextlib import contextmanager
from pathlib import Path

from factcheck import paths
from factcheck.files.atomic import write_atomically
from factcheck.files.sealed import seal, unseal
from factcheck.files.user_cache import machine_folder, make_private

MOST_TEXTS = 20_000      # a text table larger than this keeps only the texts its last run used
MOST_FILES = 64          # parsed files kept per kind; the oldest go first
CODE_VERSIONS = 8        # versions of the code whose answers the user's cache keeps; the least recently used go first
# The only names pruning removes: a code version's folder, an answer, or what an interrupted write left
# (files/atomic.py), so a cache folder named by mistake (FACTCHECK_CACHE=~) loses nothing else.
_VERSION = re.compile(r"[0-9a-f]{16}")
_ANSWER = re.compile(r"\.?[0-9a-f]{64}\.(txt|pickle)(\..+\.tmp)?")


_places: list[tuple[Path, bool]] = []   # (folder, reuse kept answers?), innermost last


def folder() -> Path:
    return _places[-1][0] if _places else paths.BUILD / "memo"


def _reusing() -> bool:
    return _places[-1][1] if _places else True


@contextmanager
def under(root: Path, reuse: bool = True):
    """Keep answers in root's _build/memo/ inside (the project being checked), not this checkout's.

    reuse=False (`check --full`): work every answer out again (and keep it for the next run)."""
    _places.append((Path(root) / "_build" / "memo", reuse))
    try:
        yield
    finally:
        _places.pop()


@functools.cache
def code_digest() -> str:
    """The package's code, the pinned libraries and the Python running them: what every kept answer depends on."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(sys.version.encode())
    for module in sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts):
        digest.update(module.relative_to(package).as_posix().encode() + b"\0" + module.read_bytes() + b"\0")
    requirements = package.parent / "requirements.txt"   # the pinned libraries (frictionless's rules, pysbd's)
    if requirements.is_file():
        digest.update(requirements.read_bytes())
    return digest.hexdigest()


class TextTable:
    """text -> a JSON value (e.g. a paragraph's sentences), kept in one file; `save()` writes what was added."""

    def __init__(self, name: str):
        self.name = name
        self._answers: dict | None = None
        self._used: set[str] = set()
        self._added = False

    @property
    def path(self) -> Path:
        return folder() / f"{self.name}.json"

    def _load(self) -> dict:
        if self._answers is None:
            self._answers = {}
            if not _reusing():
                return self._answers
            try:
                data = json.loads(unseal(self.path.read_bytes(), self.path.name) or b"null")   # not sealed here: none
                if isinstance(data, dict) and data.get("code") == code_digest() and isinstance(data.get("answers"), dict):
                    self._answers = data["answers"]
            except (OSError, ValueError, RecursionError):
                pass
        return self._answers

    def get(self, text: str, compute):
        """compute(text), or the answer kept for this text."""
        answers = self._load()
        self._used.add(text)
        if text not in answers:
            answers[text] = compute(text)
            self._added = True
        return answers[text]

    def save(self) -> None:
        """Write the table when this run added to it (the texts it used, when it grew past MOST_TEXTS)."""
        if not self._added or self._answers is None:
            return
        answers = self._answers
        if len(answers) > MOST_TEXTS:
            answers = {text: answers[text] for text in self._used if text in answers}
        sealed = seal(json.dumps({"code": code_digest(), "answers": answers}, ensure_ascii=False).encode("utf-8"),
                      self.path.name)
        try:
            if sealed is not None:   # (None: no key could be made, files/sealed.py)
                write_atomically(self.path, sealed)
                self._added = False
        except OSError:
            pass   # a read-only checkout: worked out again next time


def by_content(kind: str, content: bytes, compute):
    """compute(), or the object kept for these exact bytes; compute returns (object, keep?): only what it says
    to keep (a success) is kept. The object is a fresh copy each time (callers may change it)."""
    digest = hashlib.sha256(kind.encode() + b"\0" + code_digest().encode() + b"\0" + content).hexdigest()
    path = folder() / kind / f"{digest}.pickle"
    try:
        # unpickled only when sealed with this user's key: the folder may be a participant's, handed in with _build/
        kept = unseal(path.read_bytes(), path.name) if _reusing() else None
        if kept is not None:
            return pickle.loads(kept)
    except FileNotFoundError:
        pass
    except Exception:   # a corrupt or foreign file (unpickling can raise almost anything): work it out again
        pass
    value, keep = compute()
    if keep:
        try:
            sealed = seal(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), path.name)
            if sealed is not None:
                write_atomically(path, sealed)
                _prune(path.parent)
        except (OSError, pickle.PicklingError, RecursionError):
            pass
    return value


def text_by_content(kind: str, content: bytes, compute, most: int = 4096, machine: bool = False) -> str:
    """compute() (a text), or the text kept for these exact bytes and this code (`code_digest`): for answers too
    many and too large for one table (a chart drawn as SVG, keyed by its whole spec). At most `most` kept; the
    oldest go first. machine: kept for all the user's checkouts (`machine_folder`), for answers that depend on the
    bytes and the code alone. A kept text is read only whole: it is stored after its own digest (in the user's cache)
    or its seal (in a project's folder, which may be a participant's: files/sealed.py), and one cut short, changed
    or sealed elsewhere is worked out again."""
    digest = hashlib.sha256(kind.encode() + b"\0" + code_digest().encode() + b"\0" + content).hexdigest()
    base = machine_folder() if machine else None
    # an answer for all checkouts goes in one folder per code version: in the user's cache, or in the checkout
    # when there is none to use
    place = (base or folder()) / kind / code_digest()[:16] if machine else folder() / kind
    path = place / f"{digest}.txt"
    in_project = not (machine and base)
    if _reusing():
        kept = _read_sealed(path) if in_project else _read_whole(path)
        if kept is not None:
            if machine:
                _used(place)
            return kept
    value = compute()
    try:
        new_version = machine and not place.is_dir()
        if base:
            make_private(base)
        data = value.encode("utf-8")
        stored = seal(data, path.name) if in_project else hashlib.sha256(data).hexdigest().encode() + b"\n" + data
        if stored is None:   # no key could be made (files/sealed.py)
            return value
        write_atomically(path, stored)
        if new_version:
            _prune(place.parent, CODE_VERSIONS, _VERSION)
        if len(os.listdir(place)) > most:
            _prune(place, most * 3 // 4)
    except OSError:
        pass   # a read-only checkout or cache: worked out again next time
    return value


def _read_whole(path: Path) -> str | None:
    try:
        stored = path.read_bytes()
    except OSError:   # not kept yet, or unreadable
        return None
    said, _, data = stored.partition(b"\n")
    if said != hashlib.sha256(data).hexdigest().encode():
        return None   # cut short by a crash, or changed
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _read_sealed(path: Path) -> str | None:
    try:
        data = unseal(path.read_bytes(), path.name)
        return None if data is None else data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


_touched: set[Path] = set()


def _used(place: Path) -> None:
    """Mark a code version's folder used (once a process): pruning keeps the versions used last, not written last
    (a checkout whose drawings are all kept writes nothing)."""
    if place not in _touched:
        _touched.add(place)
        try:
            os.utime(place)
        except OSError:
            pass


def machine_keeps_any(kind: str) -> bool:
    """Whether the user's cache keeps any answer of this kind for this code (a build that finds drawings kept
    leaves vl-convert's engine to the first chart it draws anew: pipeline, in_kernel.warm_up)."""
    base = machine_folder()
    if base is None or not _reusing():
        return False
    try:
        with os.scandir(base / kind / code_digest()[:16]) as entries:
            return any(_ANSWER.fullmatch(entry.name) and not entry.name.startswith(".") for entry in entries)
    except OSError:
        return False


def remove_moved_answers(kinds=("svg", "claim-panel")) -> None:
    """What this code no longer reads: the answers of these kinds that earlier versions kept in the checkout's own
    folder, one file beside another (up to 4,096 drawings). Now they are kept in the user's cache, or in the
    checkout one folder per code version."""
    for kind in kinds:
        try:
            with os.scandir(folder() / kind) as entries:
                for entry in entries:
                    if _ANSWER.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                        os.unlink(entry.path)
        except OSError:
            pass


def _prune(directory: Path, keep: int | None = None, names: re.Pattern = _ANSWER) -> None:
    """Keep the `keep` newest of the entries of one folder whose names match `names` (answers, or code versions'
    folders); nothing else there is touched."""
    import shutil

    def when(entry) -> float:
        try:
            return entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            return 0.0

    try:
        with os.scandir(directory) as scanned:
            entries = sorted((e for e in scanned if names.fullmatch(e.name)), key=when, reverse=True)
    except OSError:
        return
    for entry in entries[MOST_FILES if keep is None else keep:]:
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except OSError:
            pass
