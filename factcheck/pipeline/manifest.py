"""The record of what each executed page was made from (book/.manifest.json).

It is committed with the executed pages: a fresh clone whose inputs match runs
nothing. Each entry keeps the page's input fingerprint, what the page read in
its last run (each item with a short hash, see factcheck.usage and
`fingerprint.DataIndex`), and the sha256 of the file written, so a page edited
or replaced by hand is executed again too.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from factcheck.files.atomic import write_atomically

MANIFEST_NAME = ".manifest.json"


class Manifest:
    def __init__(self, path: Path, pages: dict | None = None):
        self.path = Path(path)
        self.pages: dict[str, dict] = pages or {}
        self.problem = ""  # why a manifest on disk was set aside, in one line

    @classmethod
    def load(cls, path: Path) -> "Manifest":
        """The manifest at path; an empty one (everything runs again) when it is missing or not ours."""
        path = Path(path)
        if not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            return cls._set_aside(path, f"not readable JSON ({error})")
        pages = data.get("pages") if isinstance(data, dict) else None
        if not isinstance(pages, dict) or not all(_is_entry(entry) for entry in pages.values()):
            return cls._set_aside(path, 'not the shape this build writes ({"pages": {page: {"inputs", "reads", "output"}}})')
        return cls(path, pages)

    @classmethod
    def _set_aside(cls, path: Path, why: str) -> "Manifest":
        manifest = cls(path)
        manifest.problem = f"{path.name} is {why}; executing every page again and writing a new one"
        return manifest

    def entry(self, page_path: str) -> dict | None:
        return self.pages.get(page_path)

    def inputs_of(self, page_path: str) -> dict | None:
        entry = self.pages.get(page_path)
        return entry.get("inputs") if entry else None

    def record(self, page_path: str, inputs: dict, reads: dict[str, str], output: Path,
               hashes: "FileHashes | None" = None) -> None:
        sha = hashes.sha(output) if hashes else sha256_file(output)
        self.pages[page_path] = {"inputs": inputs, "reads": dict(sorted(reads.items())), "output": sha}

    def refresh(self, page_path: str, reads: dict[str, str]) -> None:
        """New hashes for some of a page's items (their content changed, not what the page shows of it)."""
        self.pages[page_path]["reads"] = dict(sorted({**self.pages[page_path]["reads"], **reads}.items()))

    def save(self) -> None:
        text = json.dumps({"pages": dict(sorted(self.pages.items()))}, indent=1, sort_keys=True) + "\n"
        write_atomically(self.path, text.encode("utf-8"))


def _is_entry(entry) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("inputs"), dict) and isinstance(entry.get("output"), str)
            and isinstance(entry.get("reads"), dict))


def sha256_file(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class FileHashes:
    """sha256 of files, remembered with their size and time stamp, so an unchanged file is not read again.

    A no-op build would otherwise read every executed page twice (its manifest entry, the
    site's sources): at a few hundred articles, seconds. Kept in <work>/file-hashes.json."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            known = json.loads(self.path.read_text(encoding="utf-8"))
            self.known = known if isinstance(known, dict) else {}
        except (OSError, ValueError):
            self.known = {}
        self.changed = False

    def sha(self, file: Path) -> str:
        info = os.stat(file)
        stamp = [info.st_size, info.st_mtime_ns]
        entry = self.known.get(str(file))
        if isinstance(entry, list) and entry[:2] == stamp and len(entry) == 3:
            return entry[2]
        digest = sha256_file(file)
        self.known[str(file)] = stamp + [digest]
        self.changed = True
        return digest

    def refresh(self, page_path: str, reads: dict[str, str]) -> None:
        """New hashes for some of a page's items (their content changed, not what the page shows of it)."""
        self.pages[page_path]["reads"] = dict(sorted({**self.pages[page_path]["reads"], **reads}.items()))

    def save(self) -> None:
        if self.changed:
            existing = {name: entry for name, entry in self.known.items() if os.path.exists(name)}
            write_atomically(self.path, json.dumps(existing, sort_keys=True).encode("utf-8"))
            self.changed = False
