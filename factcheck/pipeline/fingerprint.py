"""Content hashes of what a page's output depends on, so unchanged pages are not executed again.

A page's inputs are its template, its parameters, the package code, the
environment (pinned requirements, Python version) and the data it read. The data
is recorded from the page's last run, item by item (see factcheck.usage): one
hash per claim, check, article or file the page looked at. After an edit, only
pages whose recorded items hash differently run again: correcting one claim
re-executes the pages that show it, or show a check that uses it.

The hashes are of parsed content, read with the standard library and PyYAML's C
loader only, each file parsed once per build (`DataIndex`), so a no-op build
stays fast at a few hundred articles.
"""
from __future__ import annotations

import csv
import hashlib
import json
import sys
from functools import cached_property
from pathlib import Path

import yaml

from factcheck.pipeline.plan import Page

CLAIMS, NON_CLAIMS, SOURCES, CHECKS = "data/claims.csv", "data/non_claims.csv", "seeds/sources.yml", "data/checks.yml"
SCHEMA = "data/datapackage.json"   # how the ledger reads claims.csv
DATA_DIRS = ("data", "seeds")
SHORT = 16  # hex digits kept per item in the manifest: enough to see a change


def page_inputs(page: Page, parameters: dict, project_root: Path, code: str, environment: str) -> dict[str, str]:
    """Everything but the data: the data is compared item by item (`DataIndex.digests`)."""
    return {
        "template": _digest((Path(project_root) / page.template).read_bytes()),
        "parameters": _digest(_canonical({"parameters": parameters, "title": page.title})),
        "code": code,
        "environment": environment,
    }


def changed_inputs(old: dict | None, new: dict) -> list[str]:
    """Which kinds of input differ ('new page' when there is no previous record)."""
    if not old:
        return ["new page"]
    return [kind for kind in new if old.get(kind) != new[kind]]


class DataIndex:
    """The data files of one checkout, parsed on first use; `digest(key)` hashes one recorded item."""

    def __init__(self, project_root: Path):
        self.root = Path(project_root)
        self._memo: dict[str, str] = {}

    def digests(self, keys) -> dict[str, str]:
        return {key: self.digest(key)[:SHORT] for key in keys}

    def changed(self, recorded: dict[str, str]) -> list[str]:
        """The recorded items whose content is no longer what it was."""
        return [key for key, digest in recorded.items() if self.digest(key)[:SHORT] != digest]

    def digest(self, key: str) -> str:
        if key not in self._memo:
            self._memo[key] = self._compute(key)
        return self._memo[key]

    def _compute(self, key: str) -> str:
        kind, _, ident = key.partition(":")
        if kind == "claim":
            row = self._claims.by_id.get(ident)
            doc_id = row[self._claims.doc_column] if row and len(row) > self._claims.doc_column else None
            return _digest(_canonical([row, self._source(doc_id) if doc_id else None]))
        if kind in ("claim-fields", "claim-field"):   # these columns of one claim (factcheck.usage)
            claim_id, _, columns = ident.rpartition("=")
            row = self._claims.by_id.get(claim_id)
            header = self._claims.header
            at = [header.index(c) if c in header else None for c in columns.split(",")]
            values = [row[i] if row and i is not None and i < len(row) else None for i in at] if row else None
            doc_id = row[self._claims.doc_column] if row and len(row) > self._claims.doc_column else None
            return _digest(_canonical([columns, values, self._source(doc_id) if doc_id else None]))
        if kind == "document":
            return _digest(_canonical([self._claims.by_doc.get(ident, []), self._non_claims.by_doc.get(ident, []),
                                       self._source(ident)]))
        if kind == "claims-with":
            column, _, value = ident.partition("=")
            rows = self._claims.where(column, value)
            docs = [r[self._claims.doc_column] if len(r) > self._claims.doc_column else "" for r in rows]
            return _digest(_canonical([rows, [self._source(d) for d in docs]]))
        if kind == "check":
            entry = self._checks.get(ident)
            claims = [self.digest(f"claim:{c}") for c in _claims_named(entry)] if entry else []
            return _digest(_canonical([entry, claims]))
        if kind == "outcome":   # the check's inputs under these rules; the outcome itself is in the key
            check_id, _, rules = ident.rpartition("=")[0].rpartition("@")
            return _digest(_canonical([self.digest(f"check:{check_id}"), rules, self._file(SCHEMA)]))
        if kind == "source":
            return self._source(ident)
        if kind == "documents" and ident == "ids":
            return _digest(_canonical(list(self._sources)))
        if kind == "claims-columns":
            header = self._claims.header
            at = [header.index(c) if c in header else None for c in ident.split(",")]
            return _digest(_canonical([[row[i] if i is not None and i < len(row) else None for i in at]
                                       for row in self._claims.rows]))
        if kind == "checks" and ident == "index":
            return self._checks_index
        if kind == "claims" and ident == "ids":
            return _digest(_canonical(sorted((claim_id, row[self._claims.doc_column] if len(row) > self._claims.doc_column
                                              else "") for claim_id, row in self._claims.by_id.items())))
        if kind == "claims" and ident == "*":
            return self._file(CLAIMS)
        if kind == "non_claims" and ident == "*":
            return self._file(NON_CLAIMS)
        if kind == "file":
            return self._file(ident)
        return self.everything  # a kind this build does not know: any change counts

    @cached_property
    def everything(self) -> str:
        """One hash of every data file (for what reads all the data, like the published data package)."""
        return _digest(_canonical([(p.relative_to(self.root).as_posix(), _digest(p.read_bytes()))
                                   for p in _data_files(self.root)]))

    def _file(self, relative: str) -> str:
        """One file's hash, read once per build (every outcome item names the schema: thousands at 200 articles)."""
        key = f"\0file:{relative}"
        if key not in self._memo:
            path = self.root / relative
            self._memo[key] = _digest(path.read_bytes()) if path.is_file() else "missing"
        return self._memo[key]

    @cached_property
    def _claims(self) -> "_Table":
        return _Table(self.root / CLAIMS, "claim_id")

    @cached_property
    def _non_claims(self) -> "_Table":
        return _Table(self.root / NON_CLAIMS, None)

    @cached_property
    def _sources(self) -> dict:
        entries = _yaml_list(self.root / SOURCES, "documents", self.root)
        if entries is None:  # unreadable: every article counts as changed, and the page will say why
            return {"*": self._file(SOURCES)}
        return {str(e.get("id")): e for e in entries if isinstance(e, dict)}

    def _source(self, doc_id: str) -> str:
        key = f"source:{doc_id}"
        if key not in self._memo:
            entry = self._sources.get(doc_id, self._sources.get("*"))
            seed = self.root / "seeds" / str(entry.get("file")) if isinstance(entry, dict) and entry.get("file") else None
            seed_digest = _digest(seed.read_bytes()) if seed and seed.is_file() else "missing"
            self._memo[key] = _digest(_canonical([entry, seed_digest]))
        return self._memo[key]

    @cached_property
    def _check_entries(self) -> list | None:
        return _yaml_list(self.root / CHECKS, "checks", self.root)

    @cached_property
    def _checks(self) -> dict:
        entries = self._check_entries
        if entries is None:
            return {}
        return {str(e.get("id")): e for e in entries if isinstance(e, dict)}

    @cached_property
    def _checks_index(self) -> str:
        """Which checks exist, in order, and what each names: what a page filtering the checks depends on."""
        entries = self._check_entries
        if entries is None:
            return self._file(CHECKS)
        index = []
        for entry in entries:
            if not isinstance(entry, dict):
                index.append(entry)
                continue
            named = _claims_named(entry)
            index.append([entry.get("id"), named, [c in self._claims.by_id for c in named],
                          [e.get("doc_id") for e in entry.get("evidence") or [] if isinstance(e, dict)],
                          entry.get("themes"), entry.get("operation")])
        return _digest(_canonical(index))


class _Table:
    """A CSV file's rows (as lists of strings) by id and by article."""

    def __init__(self, path: Path, id_column: str | None):
        self.by_id: dict[str, list[str]] = {}
        self.by_doc: dict[str, list[list[str]]] = {}
        self.doc_column = 0
        self.header: list[str] = []
        self.rows: list[list[str]] = []
        if not path.is_file():
            return
        with open(path, encoding="utf-8", errors="replace", newline="") as handle:
            rows = list(csv.reader(handle))
        if not rows:
            return
        header = self.header = rows[0]
        self.rows = rows[1:]
        self.doc_column = header.index("doc_id") if "doc_id" in header else 0
        id_at = header.index(id_column) if id_column in header else None
        for row in self.rows:
            if id_at is not None and len(row) > id_at:
                self.by_id.setdefault(row[id_at], row)
            if len(row) > self.doc_column:
                self.by_doc.setdefault(row[self.doc_column], []).append(row)

    def where(self, column: str, value: str) -> list[list[str]]:
        if column not in self.header:
            return [["no column", column]]
        at = self.header.index(column)
        return [row for row in self.rows if len(row) > at and row[at] == value]


def _claims_named(entry: dict) -> list[str]:
    """The claim ids a check entry names: its inputs (a name each, or a list of parts) and what it tests."""
    named = []
    inputs = entry.get("inputs")
    for value in (inputs.values() if isinstance(inputs, dict) else []):
        named.extend(str(v) for v in (value if isinstance(value, list) else [value]))
    if entry.get("tests"):
        named.append(str(entry["tests"]))
    return list(dict.fromkeys(named))


def _yaml_list(path: Path, key: str, root: Path) -> list | None:
    """The list under `key` in a YAML file; the parse is kept by the file's bytes (factcheck.files.memo), so an
    edit of claims.csv does not parse checks.yml and sources.yml again (seconds at a few hundred articles)."""
    from factcheck.files import memo

    def parse():
        try:
            return yaml.load(raw.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)), True
        except (UnicodeDecodeError, yaml.YAMLError):
            return None, False

    try:
        raw = Path(path).read_bytes()
    except OSError:
        return None
    with memo.under(root):
        data = memo.by_content("data-index-yaml", raw, parse)
    entries = data.get(key) if isinstance(data, dict) else None
    return entries if isinstance(entries, list) else None


def data_digest(project_root: Path) -> str:
    """One hash of every data file."""
    return DataIndex(project_root).everything


def package_digest(project_root: Path) -> str:
    """Every module of the package, the build included (the normaliser shapes the output too)."""
    package = Path(project_root) / "factcheck"
    files = sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)
    return _digest(_canonical([(p.relative_to(package).as_posix(), _digest(p.read_bytes())) for p in files]))


def environment_digest(project_root: Path) -> str:
    """The pinned requirements and Python's release series (3.11): a patch release of Python (Debian's 3.11.2
    against 3.11.7) runs no page again, as the pages record only the series (normalize.normalise)."""
    requirements = Path(project_root) / "requirements.txt"
    pinned = requirements.read_bytes() if requirements.exists() else b""
    return _digest(_canonical(["%d.%d" % sys.version_info[:2], _digest(pinned)]))


def files_digest(paths: list[Path], relative_to: Path, hashes=None) -> str:
    """One hash over several files, names included (used for the site's sources; `hashes`: a FileHashes)."""
    return _digest(_canonical([(p.relative_to(relative_to).as_posix(),
                                hashes.sha(p) if hashes else _digest(p.read_bytes())) for p in sorted(paths)]))


def _data_files(root: Path) -> list[Path]:
    files = []
    for folder in DATA_DIRS:
        files.extend(p for p in (root / folder).rglob("*") if p.is_file() and p.suffix != ".md")
    return sorted(files)


_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)   # json.dumps's, made once (it made
# one per call: a third of a plan's time at 200 articles, where it hashes some 20,000 items)


def _canonical(value) -> bytes:
    return _ENCODER.encode(value).encode("utf-8")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
