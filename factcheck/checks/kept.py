"""Outcomes kept between builds: each check's outcome, keyed by a hash of everything that decides it.

An outcome depends only on the check's definition (as loaded from checks.yml), the
ledger rows of the claims it reads (their intervals already under the ledger's hedge
rules), the rule set, and the code that evaluates it. `kept_outcomes` hashes those
for each check and evaluates only the checks whose hash it has not seen; the rest
are rebuilt from `_build/verdicts.json`. So after a one-claim edit the landing page,
the register and the methods page's comparison under three other rule sets evaluate
only the checks that read that claim.

The file is a cache, never committed and safe to delete: any problem reading it (a
missing, corrupt, truncated file, another format, another version of the package, a
file not sealed with this user's key: files/sealed.py) means it is ignored and every
check is evaluated. Writing it is best effort too (a read-only checkout just evaluates
every time). Two kernels writing at once each
replace the file whole (atomic rename): the later one wins, the other's new entries
are evaluated again next time.
"""
from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

from factcheck import paths
from factcheck.checks.verdicts import RULES_TAG, Outcome, evaluate_check, outcome_digest
from factcheck.files.atomic import write_atomically
from factcheck.files.sealed import seal, unseal
from factcheck.ledger.intervals import Interval

CACHE_NAME = "verdicts.json"
FORMAT = 1
MOST_ENTRIES = 100_000   # beyond this, the file keeps only the entries of the last evaluation

_code: str | None = None
_loaded: dict[Path, tuple[tuple, dict]] = {}   # cache file -> (its stat when read, its entries)


def cache_path(ledger) -> Path:
    return Path(ledger.root or paths.ROOT) / "_build" / CACHE_NAME


def kept_outcomes(checks: list, ledger, path: Path | None = None, pending: list | None = None) -> list[Outcome]:
    """Every check's outcome, as `evaluate_all` gives it, evaluating only checks whose inputs are new.

    pending: a list the new entries and the keys used are added to, (new, keys), for the caller to write once
    (`_write_pending`), rather than written here: the cache file is rewritten whole (a few megabytes at 200
    articles), once per rule set when the build compares outcomes under four."""
    path = Path(path) if path else cache_path(ledger)
    entries = _read(path)
    rows = _claim_digests(ledger)
    common = f"{_code_digest()}\n{ledger.rules!r}\n"
    results, new, keys = [], {}, []
    for check in checks:
        key = _key(common, check, rows)
        keys.append(key)
        outcome = _outcome(check, entries.get(key)) if key in entries else None
        if outcome is None:
            outcome = evaluate_check(check, ledger)
            new[key] = _entry(outcome)
        results.append(outcome)
    if pending is not None:
        pending.append((new, keys))
    elif new:
        _write(path, entries, new, keys)
    rules = ledger.rules.name if rules_named(ledger.rules.name) == ledger.rules else None
    if rules is not None:   # a page reading these is noted as reading outcomes (factcheck.usage, "outcome:")
        for outcome in results:
            outcome.__dict__[RULES_TAG] = rules
    return results


def rules_named(name: str):
    """The hedge rules a rule set's name stands for ('standard', 'loose', 'standard+about=0.01,almost=0.001', as
    `rules_from` names them), or None when the name is not one `rules_from` gives."""
    from factcheck.ledger.hedges import rules_from

    preset, _, changed = str(name).partition("+")
    try:
        overrides = {}
        for pair in changed.split(",") if changed else []:
            key, _, value = pair.partition("=")
            overrides[key] = float(value)
        rules = rules_from(preset, **overrides)
    except (ValueError, TypeError):
        return None
    return rules if rules.name == name else None


def current_outcomes(checks: list, ledger, wanted: set[str], path: Path | None = None) -> dict[str, str]:
    """For the build's planner: each wanted "<check_id>@<rules>" -> the ident a page reading that outcome now
    notes ("<check_id>@<rules>=<digest>", see factcheck.usage), evaluating only checks whose inputs are new
    (kept in verdicts.json for the pages' kernels). A check or rule set that no longer exists is left out."""
    from factcheck.ledger.claims import with_rules

    by_rules: dict[str, set[str]] = {}
    for item in wanted:
        check_id, _, rules = item.rpartition("@")
        by_rules.setdefault(rules, set()).add(check_id)
    found = {}
    pending: list = []
    for name, check_ids in sorted(by_rules.items()):
        rules = rules_named(name)
        if rules is None:
            continue
        chosen = [c for c in checks if c.id in check_ids]
        base = ledger if ledger.rules == rules else with_rules(ledger, rules)
        for outcome in kept_outcomes(chosen, base, path, pending):
            found[f"{outcome.check.id}@{name}"] = f"{outcome.check.id}@{name}={outcome_digest(outcome)}"
    new = {key: entry for added, _ in pending for key, entry in added.items()}
    if new:   # one write for every rule set
        target = Path(path) if path else cache_path(ledger)
        _write(target, _read(target), new, [key for _, keys in pending for key in keys])
    return found


def _key(common: str, check, rows: dict[str, str]) -> str:
    definition, claim_ids = _definition(check)
    claims = "\n".join(rows.get(c, f"{c}: not in the ledger") for c in claim_ids)
    return hashlib.sha256(f"{common}{definition}\n{claims}".encode()).hexdigest()


def _definition(check) -> tuple[str, list[str]]:
    """The check as loaded (every field) and the claims it reads; worked out once per Check object
    (the methods page asks for the same checks under four rule sets). Checks are never changed after loading."""
    kept = check.__dict__.get("_kept_definition")
    if kept is None:
        kept = check.__dict__["_kept_definition"] = (repr(check), check.claim_ids)
    return kept


def definition_text(check) -> str:
    """The check as loaded, every field, as text (made once per Check object)."""
    return _definition(check)[0]


def _claim_digests(ledger) -> dict[str, str]:
    """Each claim id -> its whole row as text (the first row with that id, as `ledger.claim` finds it);
    made once per claims table."""
    table = ledger.__dict__["_claims"]  # the table itself: this is not a page reading every claim
    kept = ledger.__dict__.get("_kept_rows")
    if kept is not None and kept[0] is table:
        return kept[1]
    rows: dict[str, str] = {}
    columns = list(table.columns)
    for record in table.itertuples(index=False, name=None):
        claim_id = record[columns.index("claim_id")]
        rows.setdefault(claim_id, repr(tuple(zip(columns, record))))
    ledger.__dict__["_kept_rows"] = (table, rows)
    return rows


def _claim_field(ledger, claim_id: str, column: str) -> str:
    """One column of a claim's row as text (the first row with that id, as `ledger.claim` finds it), or what says
    it is absent; the rows' values are laid out once per claims table."""
    table = ledger.__dict__["_claims"]  # the table itself: not a page reading every claim
    kept = ledger.__dict__.get("_kept_fields")
    if kept is None or kept[0] is not table:
        columns = list(table.columns)
        where = columns.index("claim_id")
        records: dict = {}
        for record in table.itertuples(index=False, name=None):
            records.setdefault(record[where], record)
        kept = ledger.__dict__["_kept_fields"] = (table, {c: i for i, c in enumerate(columns)}, records)
    _, columns, records = kept
    record = records.get(claim_id)
    if record is None:
        return "not in the ledger"
    if column not in columns:
        return f"no column {column!r}"
    return repr((column, record[columns[column]]))


def _code_digest() -> str:
    """Every module of the package: any change to the code that evaluates may change an outcome."""
    global _code
    if _code is None:
        package = Path(__file__).resolve().parent.parent
        digest = hashlib.sha256()
        for module in sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts):
            digest.update(module.relative_to(package).as_posix().encode() + b"\0" + module.read_bytes() + b"\0")
        _code = digest.hexdigest()
    return _code


def _entry(outcome: Outcome) -> list:
    return [outcome.verdict, outcome.explanation, outcome.point, _interval(outcome.result),
            _interval(outcome.tested), list(outcome.steps)]


def _outcome(check, entry) -> Outcome | None:
    """The outcome stored in an entry, or None when the entry is not one this module wrote."""
    try:
        verdict, explanation, point, result, tested, steps = entry
        if not (isinstance(verdict, str) and isinstance(explanation, str) and isinstance(steps, list)
                and all(isinstance(s, str) for s in steps)
                and (point is None or (isinstance(point, (int, float)) and not isinstance(point, bool)))):
            return None
        return Outcome(check, verdict, explanation, point, _from_interval(result), _from_interval(tested), list(steps))
    except (TypeError, ValueError):
        return None


def _interval(interval: Interval | None):
    return None if interval is None else [interval.low, interval.high, interval.low_closed, interval.high_closed]


def _from_interval(stored) -> Interval | None:
    if stored is None:
        return None
    low, high, low_closed, high_closed = stored
    if not all(isinstance(b, bool) for b in (low_closed, high_closed)) or any(
            not isinstance(x, (int, float)) or isinstance(x, bool) or math.isnan(x) for x in (low, high)):
        raise ValueError("not an interval")
    return Interval(low, high, low_closed, high_closed)


def _read(path: Path) -> dict:
    """The entries in the cache file; {} when it is missing or not a cache this version wrote."""
    try:
        info = path.stat()
        stamp = (info.st_size, info.st_mtime_ns, info.st_ino)
        if path in _loaded and _loaded[path][0] == stamp:
            return _loaded[path][1]
        data = json.loads(unseal(path.read_bytes(), path.name) or b"null")   # not sealed with this user's key: none
    except (OSError, ValueError, RecursionError):
        return {}
    if not (isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("outcomes"), dict)):
        return {}
    entries = data["outcomes"]
    _loaded[path] = (stamp, entries)
    return entries


def _write(path: Path, entries: dict, new: dict, keys: list[str]) -> None:
    merged = {**_read(path), **entries, **new}   # another kernel may have written since this one read
    if len(merged) > MOST_ENTRIES:  # old states of the data pile up: keep what this evaluation used
        merged = {key: merged[key] for key in keys}
    text = json.dumps({"format": FORMAT, "outcomes": merged}, ensure_ascii=False, separators=(",", ":"))
    sealed = seal(text.encode("utf-8"), path.name)
    if sealed is None:   # no key could be made (files/sealed.py)
        return
    try:
        write_atomically(path, sealed)
        info = path.stat()
        _loaded[path] = ((info.st_size, info.st_mtime_ns, info.st_ino), merged)
    except OSError:
        pass  # a read-only checkout: evaluate again next time


# ---- checks.yml and statements.yml, parsed once per state of what they read ---------------------------------
#
# At a few hundred articles, parsing checks.yml and statements.yml (with every line located, for the error
# messages) is most of what a page's first `outcomes()` costs, in every kernel of every build, though a claim's
# words or population, say, change neither. `kept_load` keeps what a loader returned, pickled under
# `_build/kept/`, keyed by a hash of the code, the files it parses and the arguments it is given; what the
# loader read besides (factcheck.usage keys: a claim's row, another data file) is stored with the entry, each
# with the hash it had, and checked before the entry is used. An entry is used only when every one still
# matches, and each use gives new objects (unpickled again), as a fresh parse would. Like verdicts.json it is a
# cache: a missing, corrupt or foreign entry is parsed again, and a failing write is ignored. It is unpickled only
# when sealed with this user's key (files/sealed.py): a pickle runs code as it loads, and `<root>` may be a
# participant's folder, handed in with its _build/.

KEPT_FOLDER = "kept"
KEPT_FORMAT = 1
MOST_KEPT_FILES = 8   # of each kind (a state of the data under the methods page's four rule sets, and a what-if)


def kept_load(kind: str, root: Path | None, files: list[Path], arguments: str, load, ledger=None):
    """load(), or what it returned for the same files, arguments and reads, unpickled from `<root>/_build/kept/`.

    kind: a name for the file ('checks'); files: the data files load parses (their bytes are hashed);
    arguments: a text that says everything else load is given; ledger: the ledger whose claim rows load reads
    (through `ledger.claim`, noted as 'claim:<id>'). The keys load notes are noted again on a hit."""
    import pickle

    from factcheck import usage

    base = Path(root or paths.ROOT)
    folder = base / "_build" / KEPT_FOLDER
    target = _kept_file(kind, base, files, arguments)
    try:
        # unpickled only when sealed with this user's key: a folder handed in brings its _build/ (files/sealed.py)
        kept = unseal(target.read_bytes(), target.name)
        if kept is not None:
            reads, payload = pickle.loads(kept)
            if all(_read_digest(read, root, ledger) == digest for read, digest in reads.items()):
                result = pickle.loads(payload)
                usage.note_all(reads)
                return result
    except Exception:   # missing, truncated, another version's classes: parse again
        pass
    with usage.captured() as noted:
        result = load()
    reads = {read: _read_digest(read, root, ledger) for read in sorted(noted)}
    if None not in reads.values():   # a read this cache cannot check: not kept
        try:
            from factcheck.files.atomic import write_atomically

            sealed = seal(pickle.dumps((reads, pickle.dumps(result, protocol=5)), protocol=5), target.name)
            if sealed is not None:
                write_atomically(target, sealed)
                _prune(folder, kind)
        except Exception:   # read-only checkout, or something load returned cannot be pickled
            pass
    return result


def _kept_file(kind: str, base: Path, files: list[Path], arguments: str) -> Path:
    # Not the folder's own path: files are named inside it (a checkout moved or copied elsewhere finds its entries)
    key = hashlib.sha256("\n".join([str(KEPT_FORMAT), _code_digest(), kind, arguments,
                                    *(f"{_name(p, base)}:{_file_digest(p)}" for p in files)]).encode()).hexdigest()
    return base / "_build" / KEPT_FOLDER / f"{kind}-{key[:32]}.pickle"


def ledger_is_kept(root: Path | str | None = None) -> bool:
    """Whether a ledger of root's files, as they are now, is kept (by the build that validated it: `keep_ledger`),
    so `kept_ledger` would unpickle it rather than load and validate the files."""
    base = Path(root or paths.ROOT)
    return _kept_file("ledger", base, ledger_files(Path(root) if root else None), "").is_file()


def kept_name(path: Path, root: Path | str | None = None) -> str:
    """A file as a kept entry's arguments name it: inside root (default: this checkout), relative to it, so the
    entry holds when the checkout is moved; outside it, its whole resolved path."""
    return _name(Path(path).resolve(), Path(root or paths.ROOT).resolve())


def _name(path: Path, base: Path) -> str:
    try:
        return Path(path).relative_to(base).as_posix()
    except ValueError:
        return str(path)


def _file_digest(path: Path) -> str:
    """(Reading the file notes it, as the loader's own reading does: see factcheck.usage.)"""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "missing"


def _read_digest(read: str, root: Path | None, ledger) -> str | None:
    """The hash of one thing a loader read, or None when it is not a kind this cache can check."""
    kind, _, ident = read.partition(":")
    if kind == "claim" and ledger is not None:   # the claim read whole (or in a way not told apart): its row
        return hashlib.sha256(_claim_digests(ledger).get(ident, "not in the ledger").encode()).hexdigest()
    if kind == "claim-field" and ledger is not None:   # one column of a claim: that column's value only (a
        claim_id, _, column = ident.rpartition("=")    # population corrected does not parse statements.yml again)
        return hashlib.sha256(_claim_field(ledger, claim_id, column).encode()).hexdigest()
    if kind == "file" and ".." not in Path(ident).parts:
        return _file_digest(Path(root or paths.ROOT) / ident)
    return None


def _prune(folder: Path, kind: str) -> None:
    """Older entries of this kind (earlier states of the data) are removed."""
    entries = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime_ns)
    for old in entries[:-MOST_KEPT_FILES]:
        old.unlink(missing_ok=True)


def documents_digest(ledger) -> str:
    """One hash of the ledger's articles (provenance and text), made once per documents mapping."""
    documents = ledger.documents
    kept = ledger.__dict__.get("_kept_documents")
    if kept is not None and kept[0] is documents:
        return kept[1]
    digest = hashlib.sha256()
    for doc_id in sorted(documents):
        digest.update(repr(documents[doc_id]).encode() + b"\0")
    ledger.__dict__["_kept_documents"] = (documents, digest.hexdigest())
    return ledger.__dict__["_kept_documents"][1]


def ledger_files(root: Path | None = None) -> list[Path]:
    """Every file `load_ledger` reads: the claim tables, their schema, the provenance and the seeds."""
    base = Path(root or paths.ROOT)
    seeds = sorted(p for p in (base / "seeds").rglob("*") if p.is_file()) if (base / "seeds").is_dir() else []
    return [base / "data" / "claims.csv", base / "data" / "non_claims.csv", base / "data" / "datapackage.json", *seeds]


def kept_ledger(root: Path | str | None = None, rules=None, draft: bool = False, load_ledger=None):
    """load_ledger(root, rules, draft), the validated ledger unpickled when its files are those the build has
    already loaded and validated (`keep_ledger`): a page's kernel does not validate the corpus again.
    load_ledger: the loader to run otherwise (default: factcheck.ledger.claims.load_ledger)."""
    from factcheck.ledger import claims
    from factcheck.ledger.claims import STANDARD, with_rules

    load_ledger = load_ledger or claims.load_ledger
    rules = STANDARD if rules is None else rules
    if draft:   # a participant's work in progress: its blanks are listed as it loads
        return load_ledger(root, rules=rules, draft=True)
    base = kept_load("ledger", Path(root) if root else None, ledger_files(Path(root) if root else None), "",
                     lambda: load_ledger(root))
    if isinstance(base, claims.LedgerRows):   # the build kept the rows (it does not import pandas for them)
        base = base.frames()
    base.root = Path(root) if root else None   # as load_ledger(root) sets it: the build's copy names its folder
    return with_rules(base, rules) if rules != STANDARD else base


def keep_ledger(ledger, root: Path) -> None:
    """Keep a ledger loaded and validated from root's files for the pages' kernels (see `kept_ledger`), as
    load_ledger returns it: without what validating it looked up since (its references are read, and
    noted, by the page that asks for them). ledger: a `Ledger`, or the validated rows (`LedgerRows`, what the
    build validates): each kernel then makes the DataFrames, and the build does not import pandas (about 0.5 s)
    before its first page."""
    import dataclasses

    from factcheck import usage

    with usage.paused():   # copying reads every field: not a read of the data
        copy = dataclasses.replace(ledger, _references=None)
    # Each claim's row as text, as the outcomes' keys read it (`_claim_digests`), made once here and kept with the
    # ledger: the build keys its outcomes with it, and every kernel that unpickles the ledger finds it made.
    table = copy.__dict__.get("_claims")
    if table is not None and ledger.__dict__.get("_claims") is table:
        copy.__dict__["_kept_rows"] = (table, _claim_digests(ledger))
    kept_load("ledger", Path(root), ledger_files(Path(root)), "", lambda: copy)
