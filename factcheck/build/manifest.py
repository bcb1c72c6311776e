"""The record of what each executed page was made from (book/.manifest.json).

It is committed with the executed pages: a fresh clone whose inputs match runs
nothing. Each entry keeps the page's input fingerprint and the sha256 of the file
written, so a page edited or replaced by hand is executed again too.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

MANIFEST_NAME = ".manifest.json"


class Manifest:
    def __init__(self, path: Path, pages: dict | None = None):
        self.path = Path(path)
        self.pages: dict[str, dict] = pages or {}

    @classmethod
    def load(cls, path: Path) -> "Manifest":
        path = Path(path)
        if not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            return cls(path)  # unreadable: as if empty, so everything runs again
        return cls(path, data.get("pages", {}))

    def inputs_of(self, page_path: str) -> dict | None:
        entry = self.pages.get(page_path)
        return entry.get("inputs") if entry else None

    def is_fresh(self, page_path: str, inputs: dict, output: Path) -> bool:
        """The page exists, is the file we wrote, and was made from these inputs."""
        entry = self.pages.get(page_path)
        return bool(entry) and entry.get("inputs") == inputs and output.exists() \
            and entry.get("output") == sha256_file(output)

    def record(self, page_path: str, inputs: dict, output: Path) -> None:
        self.pages[page_path] = {"inputs": inputs, "output": sha256_file(output)}

    def save(self) -> None:
        text = json.dumps({"pages": dict(sorted(self.pages.items()))}, indent=1, sort_keys=True) + "\n"
        write_atomically(self.path, text.encode("utf-8"))


def sha256_file(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: readers never see half a file."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)  # mkstemp makes 0600; pages are ordinary files
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
