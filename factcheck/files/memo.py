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
is ignored and the answer worked out again. A read-only checkout works, without
keeping anything.

A chart's spec and its drawing depend on nothing of the checkout, only on their input and
this code: they are kept for every checkout of this machine (`machine_folder`: a second
clone, a participant's folder, a copy whose `_build/` was removed all draw nothing that
one of them drew), one folder for each version of the code, the newest few kept.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import sys
from contextlib import contextmanager
from pathlib import Path

from factcheck import paths
from factcheck.files.atomic import write_atomically

MOST_TEXTS = 20_000      # a text table larger than this keeps only the texts its last run used
MOST_FILES = 64          # parsed files kept per kind; the oldest go first
CODE_VERSIONS = 8        # versions of the code whose answers the machine's folder keeps; the oldest go first
MACHINE_VARIABLE = "FACTCHECK_CACHE"   # names the machine's folder (its default: machine_folder)


_places: list[tuple[Path, bool]] = []   # (folder, reuse kept answers?), innermost last


def folder() -> Path:
    return _places[-1][0] if _places else paths.BUILD / "memo"


def machine_folder() -> Path:
    """Where the answers kept for every checkout of this machine live: the folder FACTCHECK_CACHE names, else
    factcheck/ in the user's cache folder (XDG_CACHE_HOME, else ~/.cache), as pip and uv keep theirs."""
    named = os.environ.get(MACHINE_VARIABLE)
    if named:
        return Path(named)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"


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
                data = json.loads(self.path.read_bytes())
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
        try:
            write_atomically(self.path, json.dumps({"code": code_digest(), "answers": answers},
                                                   ensure_ascii=False).encode("utf-8"))
            self._added = False
        except OSError:
            pass   # a read-only checkout: worked out again next time


def by_content(kind: str, content: bytes, compute):
    """compute(), or the object kept for these exact bytes; compute returns (object, keep?): only what it says
    to keep (a success) is kept. The object is a fresh copy each time (callers may change it)."""
    digest = hashlib.sha256(kind.encode() + b"\0" + code_digest().encode() + b"\0" + content).hexdigest()
    path = folder() / kind / f"{digest}.pickle"
    try:
        if _reusing():
            return pickle.loads(path.read_bytes())
    except FileNotFoundError:
        pass
    except Exception:   # a corrupt or foreign file (unpickling can raise almost anything): work it out again
        pass
    value, keep = compute()
    if keep:
        try:
            write_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            _prune(path.parent)
        except (OSError, pickle.PicklingError, RecursionError):
            pass
    return value


def text_by_content(kind: str, content: bytes, compute, most: int = 4096, machine: bool = False) -> str:
    """compute() (a text), or the text kept for these exact bytes and this code (`code_digest`): for answers too
    many and too large for one table (a chart drawn as SVG, keyed by its whole spec). At most `most` kept; the
    oldest go first. machine: kept for every checkout of this machine (`machine_folder`), for answers that depend on
    the bytes and the code alone."""
    digest = hashlib.sha256(kind.encode() + b"\0" + code_digest().encode() + b"\0" + content).hexdigest()
    place = _machine_place(kind) if machine else folder() / kind
    path = place / f"{digest}.txt"
    try:
        if _reusing():
            return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):   # not kept yet, or unreadable: work it out again
        pass
    value = compute()
    try:
        new_version = machine and not place.is_dir()
        write_atomically(path, value.encode("utf-8"))
        if new_version:
            _prune(place.parent, CODE_VERSIONS)
        if len(os.listdir(place)) > most:
            _prune(place, most * 3 // 4)
    except OSError:
        pass   # a read-only checkout or cache: worked out again next time
    return value


def _machine_place(kind: str) -> Path:
    """The machine's folder for one kind of answer of this code: answers of other code are never read, and the
    folders of the oldest versions go first (a developer's branches, a test's copy of changed code)."""
    return machine_folder() / kind / code_digest()[:16]


def machine_keeps_any(kind: str) -> bool:
    """Whether the machine's folder keeps any answer of this kind for this code (a build that finds drawings
    kept leaves vl-convert's engine to the first chart it draws anew: pipeline, in_kernel.warm_up)."""
    try:
        with os.scandir(_machine_place(kind)) as entries:
            return _reusing() and any(True for _ in entries)
    except OSError:
        return False


def _prune(directory: Path, keep: int | None = None) -> None:
    """Keep the `keep` newest entries of one folder: the files of one kind, or the machine's folders of one kind's
    code versions."""
    import shutil

    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.stat().st_mtime, reverse=True)
        for entry in entries[MOST_FILES if keep is None else keep:]:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
    except OSError:
        pass
