"""What a page read from the data while it ran, noted id by id, so the build can skip pages an edit does not touch.

The ledger's accessors call `note("claim", claim_id)` and the like. Nothing is kept
unless the build is recording (`recording()`): in JupyterLab or under plain
papermill, `note` costs one comparison. The build stores each page's record in
book/.manifest.json and executes the page again only when one of the things in
it changed (factcheck.pipeline.fingerprint turns each key back into a hash).

Keys are "kind:id". The kinds:

  claim:<claim_id>       one row of claims.csv (and its article's provenance and text)
  claim-fields:<claim_id>=<a,b,..>
                         these columns of one claim's row (and its article's provenance and text): what a page read
                         of a row `Ledger.claim` gave it, column by column, when it read nothing else of it. Noted
                         as claim-field:<claim_id>=<column>, one per column, and merged when the page's record ends
  document:<doc_id>      which claims and non-claims an article has, their rows, its provenance and text
  check:<check_id>       one check's definition and the rows of the claims it uses (its verdict)
  outcome:<check_id>@<rules>=<digest>
                         one check's outcome as the page saw it under those hedge rules (its definition, verdict,
                         explanation, figures and steps: factcheck.checks.kept.outcome_digest). The build stores the
                         hash of the check's inputs beside it; when those change it works the outcome out again
                         (kept in _build/verdicts.json) and runs the page again only if the outcome is not <digest>
  checks:index           which checks exist, the claims, articles and themes each names
  claims:ids             which claim ids exist, each with its article (what a count of claims reads)
  claims:*, non_claims:* the whole table
  claims-columns:<a,b,..> these columns of every claim (what a page listing every claim shows of each)
  source:<doc_id>        an article's provenance entry and text
  documents:ids          which articles exist, in order
  file:<path>            any other data file the page opened, whole

Reads made while working out verdicts are not the page's own (`paused()`): a page
depends on a check's verdict only when it looks at it, through a `Noted` field.
"""
from __future__ import annotations

import functools
import sys
from contextlib import contextmanager
from pathlib import Path

_record: set[str] | None = None
_captures: list[tuple[set[str], int]] = []  # (keys, how deeply paused it was when the capture began)
_paused = 0
_watched_folders: tuple[Path, ...] = ()
_tracked: tuple[Path, ...] = ()
_hook_installed = False


def note(kind: str, ident: str) -> None:
    """Note that the running page read this item (a no-op unless the build is recording)."""
    key = f"{kind}:{ident}"
    if _record is not None and not _paused:
        _record.add(key)
    for keys, paused_at_start in _captures:
        if _paused == paused_at_start:
            keys.add(key)


@contextmanager
def captured():
    """The keys noted inside, kept aside too: a cached result noted again (`note_all`) reads the same."""
    keys: set[str] = set()
    capture = (keys, _paused)
    _captures.append(capture)
    try:
        yield keys
    finally:
        # by identity: a capture nested in another may hold the same keys when it ends (list.remove would take the
        # outer one, and the outer one's end would then fail)
        del _captures[next(i for i, entry in enumerate(_captures) if entry is capture)]


def note_all(keys) -> None:
    for key in keys:
        kind, _, ident = key.partition(":")
        note(kind, ident)


def remembered(maxsize: int = 8):
    """functools.lru_cache for functions that read data: a hit notes again what the first call
    noted. A warm kernel keeps module caches from page to page, and a page served from the
    cache must depend on the same files as the page that filled it."""
    def decorate(function):
        @functools.lru_cache(maxsize=maxsize)
        def computed(*args):
            with captured() as keys:
                result = function(*args)
            return result, frozenset(keys)

        @functools.wraps(function)
        def cached(*args):
            result, keys = computed(*args)
            note_all(keys)
            return result

        cached.cache_clear = computed.cache_clear
        return cached
    return decorate


def start(project_root: Path, tracked: tuple[str, ...] = ()) -> None:
    """Begin a page's record. Data files opened directly (not through the ledger) are noted whole,
    except the files and folders in `tracked`, whose reads the accessors note at a finer grain."""
    global _record, _watched_folders, _tracked, _hook_installed
    root = Path(project_root).resolve()
    _record = set()
    _watched_folders = (root / "data", root / "seeds")
    _tracked = tuple(root / name for name in tracked)
    if not _hook_installed:  # audit hooks cannot be removed: install once, idle when not recording
        sys.addaudithook(_on_audit_event)
        _hook_installed = True


def listening() -> bool:
    """Whether a note made now would be kept (by the page's record or a capture): what is worth noting in detail."""
    return (_record is not None and not _paused) or any(_paused == at for _, at in _captures)


def stop() -> list[str]:
    """End the record and return its keys, sorted (one claim's columns merged into one claim-fields key)."""
    global _record
    keys, _record = merged_fields(_record or ()), None
    return keys


def merged_fields(keys) -> list[str]:
    """claim-field:<id>=<column> keys merged into one claim-fields:<id>=<a,b,..> per claim, dropped for a claim
    read whole (claim:<id>); the other keys as they are. Sorted."""
    fields: dict[str, set[str]] = {}
    merged = set()
    for key in keys:
        if key.startswith("claim-field:"):
            claim_id, _, column = key[len("claim-field:"):].rpartition("=")
            fields.setdefault(claim_id, set()).add(column)
        else:
            merged.add(key)
    for claim_id, columns in fields.items():
        if f"claim:{claim_id}" not in merged:
            merged.add(f"claim-fields:{claim_id}={','.join(sorted(columns))}")
    return sorted(merged)


@contextmanager
def paused():
    """Reads inside are not the page's (e.g. evaluating every check, of which the page shows a few)."""
    global _paused
    _paused += 1
    try:
        yield
    finally:
        _paused -= 1


class Noted:
    """A dataclass field whose every read is noted; `ident` says under which id.

        verdict: str = usage.Noted("check", lambda outcome: outcome.check.id)

    `kind` may be a function of the instance too (an outcome is noted as "outcome" or "check").

    The field has no default (the descriptor says so by raising AttributeError on the class)."""

    def __init__(self, kind: str, ident=lambda owner: "*"):
        self.kind, self.ident = kind, ident

    def __set_name__(self, owner, name: str) -> None:
        self.slot = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            raise AttributeError(self.slot)
        if _record is not None or _captures:
            note(self.kind(obj) if callable(self.kind) else self.kind, self.ident(obj))
        return obj.__dict__[self.slot]

    def __set__(self, obj, value) -> None:
        obj.__dict__[self.slot] = value


def note_reads(cls, fields: tuple[str, ...], kind: str, ident) -> None:
    """Note every read of these attributes of cls's instances (e.g. a check's verdict)."""
    for name in fields:
        descriptor = Noted(kind, ident)
        descriptor.__set_name__(cls, name)
        setattr(cls, name, descriptor)


def _on_audit_event(event: str, args: tuple) -> None:
    if event != "open" or (_record is None and not _captures) or not isinstance(args[0], (str, Path)):
        return
    mode = args[1] if len(args) > 1 and isinstance(args[1], str) else "r"
    if "r" not in mode and "+" not in mode:
        return
    path = Path(args[0])
    if not path.is_absolute() or any(path == t or t in path.parents for t in _tracked):
        return
    for folder in _watched_folders:
        if folder in path.parents:
            note("file", path.relative_to(folder.parent).as_posix())
            return
