"""Subcommands of `python -m factcheck`, each registered with its own --help."""
from __future__ import annotations

import sys


# Each command and the module that registers it: `python -m factcheck check` imports only what
# `check` needs (the build, the server and the workshop stay unloaded), so the desk's most
# frequent command starts fast; `--help` without a command registers them all.
REGISTRARS = {
    "check": "factcheck.commands:register_check",
    "verdicts": "factcheck.commands:register_verdicts",
    "release": "factcheck.report.corrections:register",
    "new-article": "factcheck.byo.new_article:register",
    "workshop": "factcheck.workshop.cli:register",
    "class-book": "factcheck.byo.classbook:register",
    "build": "factcheck.pipeline.cli:register",
    "serve": "factcheck.pipeline.serve:register",
    "warm": "factcheck.pipeline.warm:register",
}


def register_all(commands, only: str | None = None) -> None:
    """Register every command, or only `only` when it names one."""
    from importlib import import_module

    names = [only] if only in REGISTRARS else list(REGISTRARS)
    for name in names:
        module, function = REGISTRARS[name].split(":")
        getattr(import_module(module), function)(commands)


def register_check(commands) -> None:
    check = commands.add_parser(
        "check", help="validate seeds, provenance and the claim ledger; print a summary",
        description="Validate seeds/sources.yml, the seed files' sha256, data/claims.csv and "
                    "data/non_claims.csv, and that every numeric mention in every seed is accounted for; "
                    "then data/checks.yml, data/statements.yml (one verdict per statement), the references they "
                    "cite, data/dictionary.yml, data/themes.yml, data/report.yml, data/summaries.yml and pages.yml: "
                    "everything the build reads (it runs the same validation and refuses to execute a page when this "
                    "fails). Errors name file:line and column. Exits 1 if anything is wrong. "
                    "A check whose every input file (and the package) is unchanged since the last successful "
                    "check prints that check's summary at once (the record is _build/check.json, safe to delete); "
                    "after an edit, answers that depend on an unchanged file's text alone are reused (_build/memo/, "
                    "safe to delete), and a table that is plainly valid is typed without importing frictionless.")
    check.add_argument("--root", default=None, help="repository root to check (default: this checkout)")
    check.add_argument("--full", action="store_true",
                       help="validate everything again, trusting nothing kept from earlier runs: even when nothing "
                            "changed since the last successful check, with every table read by frictionless (not only "
                            "those the plain reading cannot settle) and every kept answer (parsed YAML, the prose's "
                            "sentences, the seeds' mentions; _build/memo/) worked out again")
    check.set_defaults(run=run_check)


def register_verdicts(commands) -> None:
    from factcheck.ledger.hedges import PRESETS

    verdicts = commands.add_parser(
        "verdicts", help="evaluate every check in data/checks.yml and print its verdict",
        description="Evaluate every derivation and comparison in data/checks.yml with interval arithmetic "
                    "and print each verdict. --csv prints check_id,verdict (the format of tests/approved_verdicts.csv).")
    verdicts.add_argument("--csv", action="store_true", help="print check_id,verdict as CSV")
    verdicts.add_argument("--hedges", default="standard", choices=list(PRESETS),
                          help="hedge rules preset (default: standard)")
    verdicts.set_defaults(run=run_verdicts)


def run_check(args) -> int:
    from pathlib import Path

    from factcheck import paths
    from factcheck.files import memo
    from factcheck.files.unchanged import recalled, remembering

    root = Path(args.root) if args.root else paths.ROOT
    if args.root:
        refused = _refused_folder(root)
        if refused:
            print(refused, file=sys.stderr)
            return 1
    remembered = None if args.full else recalled(root, "check")
    if remembered is not None:
        print(remembered)
        return 0
    from factcheck.files import tables

    thorough, tables.THOROUGH = tables.THOROUGH, tables.THOROUGH or args.full   # --full: every table through frictionless
    try:
        with remembering(root, "check") as record, memo.under(root, reuse=not args.full):   # --full: nothing kept reused
            record.result = _check_in_full(args)
    finally:
        tables.THOROUGH = thorough
    if record.result is None:
        return 1
    print(record.result)
    return 0


def _refused_folder(root) -> str | None:
    """Why `check --root` reads nothing in root, or None: all that `new-article --check` refuses in a participant's
    folder (a named pipe would hang the check, a link take it outside the folder, a schema of the folder's own run
    patterns of its own), but in the folder's hidden entries (.git, .venv: a checkout's own links), which it never
    reads. An instructor may check a folder handed in this way, and nothing a participant writes in it can make
    it pass for anything else."""
    from factcheck.byo.guard import guard
    from factcheck.files.problems import ValidationFailed

    problems = guard(root, "a folder `check --root` reads", hidden=False)
    return str(ValidationFailed(problems)) if problems else None


def _check_in_full(args) -> str | None:
    """Validate everything; the summary to print, or None after printing every problem."""
    from pathlib import Path

    from factcheck.files.problems import ValidationFailed
    from factcheck.ledger.summary import summary
    from factcheck.pipeline.validate import validate

    try:
        ledger = validate(args.root)  # the build runs the same validator before it executes a page
        if args.root and not (Path(args.root) / "data" / "statements.yml").exists():
            # a participant's folder: a check its chapter cannot compute is a mistake, as `new-article --check` says
            from factcheck.byo.workbench import checks_not_computable

            if problems := checks_not_computable(ledger):
                raise ValidationFailed(problems)
    except ValidationFailed as failed:
        print(failed, file=sys.stderr)
        return None
    return summary(ledger)


def run_verdicts(args) -> int:
    from factcheck.ledger.hedges import rules_from
    from factcheck.ledger.claims import load_ledger
    from factcheck.files.problems import ValidationFailed
    from factcheck.report.register import outcomes, verdict_counts

    try:
        results = outcomes(load_ledger(rules=rules_from(args.hedges)))
    except ValidationFailed as failed:
        print(failed, file=sys.stderr)
        return 1
    if args.csv:
        print("check_id,verdict")
        for o in results:
            print(f"{o.check.id},{o.verdict}")
        return 0
    for o in results:
        print(f"{o.verdict:<16} {o.check.id}")
    print()
    print(verdict_counts(results).to_string())
    return 0
