"""Subcommands of `python -m factcheck`, each registered with its own --help."""
from __future__ import annotations

import sys


def register_all(commands) -> None:
    check = commands.add_parser(
        "check", help="validate seeds, provenance and the claim ledger; print a summary",
        description="Validate seeds/sources.yml, the seed files' sha256, data/claims.csv and "
                    "data/non_claims.csv, and that every numeric mention in every seed is accounted for. "
                    "Errors name file:line and column. Exits 1 if anything is wrong.")
    check.add_argument("--root", default=None, help="repository root to check (default: this checkout)")
    check.set_defaults(run=run_check)

    try:
        from .build.cli import register as register_build
    except ImportError:  # the build machinery is optional until it exists
        return
    register_build(commands)


def run_check(args) -> int:
    from .ledger import load_ledger
    from .problems import ValidationFailed
    from .report import summary

    try:
        ledger = load_ledger(args.root)
    except ValidationFailed as failed:
        print(failed, file=sys.stderr)
        return 1
    print(summary(ledger))
    return 0
