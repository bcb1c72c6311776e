"""One validator for everything the build reads: `check` runs it, and `build` refuses to execute a page without it.

Before, `check` read the ledger, the checks, the dictionary and the themes, while the
pages also read the references the checks cite, `report.yml`, `summaries.yml` and
`pages.yml`: a fault in those passed `check` and then failed every page of the build
with a raw exception, and a metric missing from the dictionary failed `check` while
the build published. Now both run `validate`, so they agree on every fault (a test
plants each one and runs both).

Every group of files is read even when an earlier one has problems (unless the ledger
itself cannot be read, since the rest is checked against it), and all problems are
raised at once as one ValidationFailed.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from factcheck import paths
from factcheck.files.problems import Problem, ValidationFailed


def validate(root: Path | str | None = None, ledger_read=None):
    """Validate the project under root (default: this checkout); returns the ledger's rows (`LedgerRows`: the
    validators read rows, so neither `check` nor this imports pandas), or raises ValidationFailed.

    ledger_read: called with the ledger as soon as it is read without a problem, before the rest is validated
    against it (the build has its kernels load it meanwhile; no page runs before validate returns)."""
    from factcheck.checks.definitions import load_checks
    from factcheck.checks.evidence import check_sentence_evidence
    from factcheck.checks.sourcing import check_support
    from factcheck.checks.statements import check_statement_figures, load_statements
    from factcheck.checks.traced import check_figures_traced
    from factcheck.checks.verdicts import check_results_possible
    from factcheck.ledger.claims import read_ledger
    from factcheck.report.readable import check_dictionary
    from factcheck.sources.references import check_citations, load_references

    root = Path(root) if root else paths.ROOT
    ledger = read_ledger(root)  # everything below is checked against it: its problems come alone
    if ledger_read is not None:
        ledger_read(ledger)
    problems: list[Problem] = []

    def gather(step) -> object:
        try:
            return step()
        except ValidationFailed as failed:
            problems.extend(failed.problems)
        except (TypeError, AttributeError, KeyError, ValueError) as raised:  # a file of the wrong shape
            problems.append(Problem(paths.relative(step.file) if hasattr(step, "file") else paths.relative(root),
                                    None, None, f"cannot be read as the build reads it ({type(raised).__name__}: "
                                    f"{raised}); compare it with the repository's own"))
        return None

    checks = statements = None
    if ledger.checks_file.exists():
        checks = gather(lambda: _checks_by_content(ledger, load_checks))
    if checks is not None:
        gather(lambda: check_figures_traced(checks, ledger, ledger.checks_file))
        gather(lambda: check_results_possible(checks, ledger, ledger.checks_file))   # a share above 100
        statements = gather(lambda: load_statements(ledger.checks_file, checks, ledger))   # one verdict per statement
        if statements is not None:
            gather(lambda: check_statement_figures(statements, checks, ledger, ledger.checks_file))
    references = gather(lambda: load_references(root))
    if references is not None:
        gather(lambda: check_citations(checks or [], references, ledger.checks_file, ledger.documents,
                                       root / "seeds" / "sources.yml"))
        gather(lambda: check_sentence_evidence(root, ledger, checks, statements, references))   # every sentence sourced
        if checks is not None and statements is not None:   # what a rating may rest on (data/hosts.yml, not-found.yml)
            gather(lambda: check_support(statements, checks, references, ledger, root, ledger.checks_file))
    gather(lambda: check_dictionary(ledger.claims, root))
    for name, step in _data_files(root, ledger).items():
        if (root / name).exists():
            step.file = root / name
            gather(step)
    if problems:
        raise ValidationFailed(problems)
    return ledger


def _checks_by_content(ledger, load_checks) -> list:
    """load_checks(checks.yml, the claim ids, the documents), or the checks it returned for the same bytes of
    checks.yml and themes.yml, the same claim ids and articles, and this code (factcheck.files.memo.by_content):
    a one-claim edit changes none of them, so the build does not parse and check checks.yml again. Only a
    success is kept: a file with a problem is read again, and its problems raised, every time."""
    from factcheck.checks.kept import documents_digest
    from factcheck.files import memo

    checks_file = Path(ledger.checks_file)
    parts = []
    for path in (checks_file, checks_file.parent / "themes.yml"):
        try:
            parts.append(path.read_bytes())
        except OSError:   # missing or unreadable: never kept, load_checks says what is wrong
            return load_checks(checks_file, set(ledger.claims["claim_id"]), ledger.documents)
    claim_ids = set(ledger.claims["claim_id"])
    parts.append(b"statements.yml" if (checks_file.parent / "statements.yml").exists() else b"")
    parts.append("\n".join(sorted(claim_ids)).encode())
    parts.append(documents_digest(ledger).encode())
    content = b"\0".join(hashlib.sha256(part).digest() for part in parts)
    return memo.by_content("validated-checks", content,
                           lambda: (load_checks(checks_file, claim_ids, ledger.documents), True))


def _data_files(root: Path, ledger) -> dict:
    """The other files the pages read, each with its loader (run only when the file is there)."""
    from factcheck.checks.desk import load_desk
    from factcheck.report.pages import load_summaries
    from factcheck.report.themes import load_themes
    from factcheck.pipeline.plan import load_plan

    return {
        "data/themes.yml": lambda: load_themes(ledger, root / "data" / "themes.yml"),
        "data/report.yml": lambda: load_desk(root),
        "data/summaries.yml": lambda: load_summaries(root),
        "pages.yml": lambda: load_plan(root),
    }
