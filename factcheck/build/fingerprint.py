"""Content hashes of everything a page's output depends on, so unchanged pages are not executed again.

A page's fingerprint has one hash per kind of input, so the build can say *why*
a page runs again: its template, its parameters, the data it reads, the package
code, or the environment (pinned requirements, Python version).

Data is hashed per document where the files allow it: a page that declares
`reads: [pep16]` hashes only pep16's rows of claims.csv and non_claims.csv, its
entry in seeds/sources.yml and its seed file, so correcting a claim in another
article leaves it alone. Any other data file is hashed whole (we cannot know who
reads it). The hashes are of parsed content, read with the standard library and
PyYAML only, so a no-op build stays fast.
"""
from __future__ import annotations

import csv
import hashlib
import json
import platform
from pathlib import Path

import yaml

from .plan import Page

PER_DOCUMENT_TABLES = ("data/claims.csv", "data/non_claims.csv")
SOURCES = "seeds/sources.yml"
DATA_DIRS = ("data", "seeds")


def page_fingerprint(page: Page, parameters: dict, project_root: Path) -> dict[str, str]:
    root = Path(project_root)
    return {
        "template": _digest((root / page.template).read_bytes()),
        "parameters": _digest(_canonical({"parameters": parameters, "title": page.title})),
        "data": data_digest(root, page.reads),
        "code": package_digest(root),
        "environment": environment_digest(root),
    }


def changed_inputs(old: dict | None, new: dict) -> list[str]:
    """Which kinds of input differ ('new page' when there is no previous record)."""
    if not old:
        return ["new page"]
    return [kind for kind in new if old.get(kind) != new[kind]]


def data_digest(project_root: Path, reads: tuple[str, ...] | None) -> str:
    root = Path(project_root)
    pieces = []
    for path in _data_files(root):
        relative = path.relative_to(root).as_posix()
        if reads is not None and relative in PER_DOCUMENT_TABLES:
            pieces.append((relative, _rows_for(path, reads)))
        elif reads is not None and relative == SOURCES:
            pieces.append((relative, _sources_for(path, reads)))
        elif reads is not None and _is_seed(root, path):
            continue  # hashed through the entries of the documents read (below)
        else:
            pieces.append((relative, _digest(path.read_bytes())))
    if reads is not None:
        pieces.extend(_seeds_for(root, reads))
    return _digest(_canonical(pieces))


def package_digest(project_root: Path) -> str:
    """Every module of the package, the build included (the normaliser shapes the output too)."""
    package = Path(project_root) / "factcheck"
    files = sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)
    return _digest(_canonical([(p.relative_to(package).as_posix(), _digest(p.read_bytes())) for p in files]))


def environment_digest(project_root: Path) -> str:
    requirements = Path(project_root) / "requirements.txt"
    pinned = requirements.read_bytes() if requirements.exists() else b""
    return _digest(_canonical([platform.python_version(), _digest(pinned)]))


def files_digest(paths: list[Path], relative_to: Path) -> str:
    """One hash over several files, names included (used for the site's sources)."""
    return _digest(_canonical([(p.relative_to(relative_to).as_posix(), _digest(p.read_bytes()))
                               for p in sorted(paths)]))


def _data_files(root: Path) -> list[Path]:
    files = []
    for folder in DATA_DIRS:
        files.extend(p for p in (root / folder).rglob("*") if p.is_file() and p.suffix != ".md")
    return sorted(files)


def _is_seed(root: Path, path: Path) -> bool:
    return path.parent == root / "seeds" and path.suffix == ".txt"


def _rows_for(table: Path, reads: tuple[str, ...]) -> str:
    with open(table, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    if not rows:
        return _digest(b"")
    header, body = rows[0], rows[1:]
    column = header.index("doc_id") if "doc_id" in header else None
    if column is None:  # not a per-document table after all: hash it whole
        return _digest(table.read_bytes())
    kept = [row for row in body if len(row) > column and row[column] in reads]
    return _digest(_canonical([header] + kept))


def _source_entries(sources: Path) -> list:
    data = yaml.load(sources.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return (data or {}).get("documents") or []


def _sources_for(sources: Path, reads: tuple[str, ...]) -> str:
    try:
        entries = _source_entries(sources)
    except yaml.YAMLError:
        return _digest(sources.read_bytes())  # broken YAML: any edit counts, and the page will say why
    # Everything outside the documents' entries (e.g. a future top-level key) counts for every page.
    kept = [entry for entry in entries if not isinstance(entry, dict) or entry.get("id") in reads]
    return _digest(_canonical(kept))


def _seeds_for(root: Path, reads: tuple[str, ...]) -> list:
    sources = root / SOURCES
    try:
        entries = _source_entries(sources) if sources.exists() else []
    except yaml.YAMLError:
        entries = []
    pieces = []
    for entry in entries:
        if isinstance(entry, dict) and entry.get("id") in reads and entry.get("file"):
            seed = root / "seeds" / str(entry["file"])
            pieces.append((f"seeds/{entry['file']}", _digest(seed.read_bytes()) if seed.exists() else "missing"))
    return pieces


def _canonical(value) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
