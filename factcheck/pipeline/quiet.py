"""Has anything the build reads changed since its last good build? Answered from file stats, as git's index does.

A no-op build used to validate the whole corpus and parse checks.yml and sources.yml
to hash each page's recorded items: seconds at a few hundred articles, to learn that
nothing changed. Now the build first compares every file of the checkout it could
read (the repository less its outputs, caches and the folders no build reads: see
SKIPPED) with the record of its last good build (`<work>/inputs.json`): each file's
size, mtime, ctime and inode, and its sha256. When none differs, nothing changed: the
build goes straight to the site's own check.

* A file whose stat differs is hashed: `touch` changes the stat, not the hash, so
  it costs one read and the build is still a no-op (and the new stat is kept).
* An edit that keeps the size and sets the mtime back (`touch -d`) still changes the
  ctime (which no user call sets), and a file replaced by a rename changes the inode:
  both are hashed, so the edit is seen.
* Racy files (git's rule): a file changed within RACY_NS before the stats were taken
  may change again within the same tick of a coarse clock without its stat showing
  it; such a file is marked and hashed again on every build until its stat is older.
* The stats are taken before the build reads anything, and kept only when the build
  succeeds: a file edited while the build runs shows a new stat next time. Files the
  build itself writes (executed pages, _toc.yml, the published data package) are
  taken again when it finishes.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import sys
import time
from pathlib import Path

from factcheck.files.atomic import write_atomically

RECORD_NAME = "inputs.json"
FORMAT = 1
RACY_NS = 2_000_000_000   # 2 s: the coarsest common mtime granularity (FAT); ext4 and tmpfs are far finer
SKIPPED = {".git", ".venv", "_build", "__pycache__", ".pytest_cache", ".ipynb_checkpoints", "tests", "workbench",
           "my-exercises", "instructor-key", "class-book", "runs", ".build-cache", "workshop-exercises",
           "node_modules"}
WRITTEN = ("book", "_toc.yml", "_extra/data-package")   # what a build writes: taken again when it ends


class Inputs:
    """The stats and hashes of a checkout's files, compared with those of the last good build."""

    def __init__(self, project_root: Path, work: Path):
        self.root = Path(project_root)
        self.path = Path(work) / RECORD_NAME
        self.previous = self._load()
        self.current: dict[str, list] = {}
        self.changed: list[str] = []
        self.taken_at = 0

    def _load(self) -> dict:
        try:
            data = json.loads(self.path.read_bytes())
        except (OSError, ValueError):
            return {}
        if not (isinstance(data, dict) and data.get("format") == FORMAT and data.get("python") == _python()
                and isinstance(data.get("files"), dict)):
            return {}
        return data["files"]

    def unchanged(self) -> bool:
        """True when every file is as the last good build left it (False the first time)."""
        self.taken_at = time.time_ns()
        self.current = {}
        self.changed = []
        for relative, info in _files(self.root):
            self.current[relative] = self._entry(relative, info)
            old = self.previous.get(relative)
            if not old or old[4] != self.current[relative][4]:
                self.changed.append(relative)
        self.changed.extend(sorted(set(self.previous) - set(self.current)))
        return bool(self.previous) and not self.changed

    def _entry(self, relative: str, info: os.stat_result, known: dict | None = None) -> list:
        stamp = [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]
        old = (known or self.previous).get(relative)
        if isinstance(old, list) and len(old) == 6 and old[:4] == stamp and not old[5]:
            digest = old[4]
        else:
            digest = _sha(self.root / relative)
        racy = max(info.st_mtime_ns, info.st_ctime_ns) >= self.taken_at - RACY_NS
        return stamp + [digest, racy]

    def save(self) -> None:
        """Keep the stats taken at the start, with the files the build wrote taken again now."""
        if not self.current:
            return
        files = {name: entry for name, entry in self.current.items() if not _written(name)}
        self.taken_at = time.time_ns()
        for relative, info in _files(self.root):
            if _written(relative):
                files[relative] = self._entry(relative, info, self.current)
        text = json.dumps({"format": FORMAT, "python": _python(), "files": dict(sorted(files.items()))},
                          separators=(",", ":"))
        try:
            write_atomically(self.path, text.encode("utf-8"))
        except OSError:   # a read-only work folder: the next build compares item by item, as before
            pass


def _written(relative: str) -> bool:
    return any(relative == w or relative.startswith(w + "/") for w in WRITTEN)


def _files(root: Path):
    """(relative path, stat) of every file the build could read, in a fixed order."""
    stack = [""]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(root / folder if folder else root), key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            relative = f"{folder}/{entry.name}" if folder else entry.name
            if entry.name in SKIPPED or entry.name.endswith(".egg-info"):
                continue
            if entry.is_dir(follow_symlinks=False):
                subfolders.append(relative)
            elif entry.is_file(follow_symlinks=True):
                yield relative, entry.stat(follow_symlinks=True)
            elif entry.is_symlink():   # a dangling link: its target's appearance must be seen
                yield relative, entry.stat(follow_symlinks=False)
        stack.extend(reversed(subfolders))


def _sha(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def _python() -> str:
    """The interpreter (and so its libraries' folder): another one may build differently."""
    return f"{platform.python_version()} {sys.executable}"
