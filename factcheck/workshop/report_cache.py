"""The report as the checkers read it: the ledger and every check's outcome, loaded once per state of the files.

Checkers look the answer up when an answer comes (the questions hold none), so the
same ledger is asked for again and again; it is read anew only when a file changes.
"""
from __future__ import annotations

from pathlib import Path

from factcheck import paths, usage


def _state(root: Path | None, checks_file: Path | None) -> tuple:
    base = Path(root) if root else paths.ROOT
    files = [p for folder in ("data", "seeds") for p in sorted((base / folder).glob("*")) if p.is_file()]
    if checks_file:
        files.append(Path(checks_file))
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


def ledger_for(root: Path | None = None, rules=None):
    """The ledger at root (this checkout when None), its intervals under rules (default: the standard ones)."""
    return _ledger(str(root) if root else None, rules, _state(root, None))


def report(root: Path | None = None, checks_file: Path | None = None):
    """(ledger, {check id: outcome}) for the repository at root."""
    ledger = ledger_for(root)
    return ledger, _outcomes(str(root) if root else None, str(checks_file) if checks_file else None,
                             _state(root, checks_file))


@usage.remembered(maxsize=8)
def _ledger(root, rules, state):
    from factcheck.ledger.claims import load_ledger, with_rules

    ledger = load_ledger(root)
    return with_rules(ledger, rules) if rules is not None else ledger


@usage.remembered(maxsize=8)
def _outcomes(root, checks_file, state):
    from factcheck.report.register import outcomes

    return {o.check.id: o for o in outcomes(ledger_for(Path(root) if root else None), checks_file)}
