"""The register: every rated statement with its one verdict, and every check (the evidence, or a figure derived,
a comparison set aside, a flag) with its arithmetic outcome and the claims it rests on."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from factcheck import paths, usage
from factcheck.checks.definitions import load_checks
from factcheck.checks.ratings import MATERIALITY, RATINGS
from factcheck.sources.references import check_citations
from factcheck.ledger.hedges import HedgeRules
from factcheck.ledger.claims import STANDARD, Ledger, load_ledger
from factcheck.checks.kept import definition_text, documents_digest, kept_load, kept_name, kept_outcomes
from factcheck.checks.statements import VOICES, attach, load_statements, statements_path
from factcheck.checks.verdicts import VERDICTS, Outcome


def outcomes(ledger: Ledger | None = None, checks_file=None) -> list[Outcome]:
    """Evaluate every check in checks.yml against the ledger (loaded from this checkout by default).

    Only checks whose inputs changed since an earlier evaluation are evaluated again (factcheck.checks.kept)."""
    ledger = ledger or load_ledger()
    checks_file = checks_file or ledger.checks_file
    with usage.paused():  # a page depends on the list of checks, and on each verdict it reads (not on all it evaluates)
        checks = _loaded_checks(Path(checks_file), ledger)
        check_citations(checks, ledger.references, checks_file, ledger.documents,
                        Path(ledger.root or paths.ROOT) / "seeds" / "sources.yml")
        results = kept_outcomes(checks, ledger)
        attach(_kept_statements(Path(checks_file), checks, ledger), results)
    usage.note("checks", "index")
    statements_file = statements_path(checks_file)
    if statements_file.exists():   # every verdict a page shows comes from it
        usage.note("file", _relative(statements_file, ledger))
    return results


_checks_loaded: dict = {}


def _loaded_checks(checks_file: Path, ledger: Ledger) -> list:
    """load_checks, once per state of checks.yml and themes.yml for one ledger's claims and articles
    (the methods page evaluates every check under four rule sets: checks.yml is read once, not four times)."""
    claim_ids = frozenset(ledger.claims["claim_id"])
    stamps = tuple(_stamp(f) for f in (checks_file, checks_file.parent / "themes.yml"))
    key = (str(checks_file.resolve()), stamps, claim_ids)
    kept = _checks_loaded.get(key)
    if kept is not None and kept[0] is ledger.documents:
        return kept[1]
    checks = kept_load("checks", ledger.root, [checks_file, checks_file.parent / "themes.yml"],
                       repr([kept_name(checks_file, ledger.root), sorted(claim_ids), documents_digest(ledger)]),
                       lambda: _with_definitions(load_checks(checks_file, set(claim_ids), ledger.documents)))
    _checks_loaded.clear()
    _checks_loaded[key] = (ledger.documents, checks)
    return checks


def _with_definitions(checks: list) -> list:
    """The checks, each with its definition as text worked out (factcheck.checks.kept.definition_text) before they are
    kept: a kernel that unpickles them does not make the repr of every check again to key its outcomes (a fifth of
    a page's first `outcomes()` at 200 articles)."""
    for check in checks:
        definition_text(check)
    return checks


def _kept_statements(checks_file: Path, checks: list, ledger: Ledger) -> list:
    """load_statements, parsed again only when statements.yml, the checks or the claim rows it reads changed."""
    return kept_load("statements", ledger.root, [statements_path(checks_file)],
                     repr([kept_name(checks_file, ledger.root), [definition_text(c) for c in checks], documents_digest(ledger),
                           repr(ledger.rules)]),
                     lambda: load_statements(checks_file, checks, ledger), ledger)


loaded_checks = _loaded_checks   # for the build's planner (factcheck.pipeline.pipeline), as the pages load them


def _stamp(path: Path) -> tuple | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino)


def _relative(path: Path, ledger) -> str:
    root = Path(ledger.root or paths.ROOT).resolve()
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)


def by_severity(results: list[Outcome]) -> list[Outcome]:
    """Checks in the order of their statements' verdicts: material problems first, then minor ones, then the rest
    (checks that rate nothing last), keeping file order within each."""
    def key(o: Outcome):
        return o.statement.severity if o.statement is not None else (2, 0, 0)
    return sorted(results, key=key)


# The register's columns as a Frictionless table schema: the published register.csv is described by it.
REGISTER_FIELDS = [
    {"name": "check_id", "type": "string", "description": "the check's id in data/checks.yml",
     "constraints": {"required": True, "unique": True}},
    {"name": "title", "type": "string", "description": "what the check does, in words"},
    {"name": "operation", "type": "string", "description": "the kind of check (factcheck.checks.OPERATIONS)"},
    {"name": "verdict", "type": "string", "description": "the arithmetic outcome, computed by interval arithmetic, never typed in",
     "constraints": {"required": True, "enum": list(VERDICTS)}},
    {"name": "explanation", "type": "string", "description": "why the check has its arithmetic outcome"},
    {"name": "statement_id", "type": "string", "description": "the statement this check is evidence for (statements.csv); "
                                                         "empty when the check rates nothing. A check has no rating of its own"},
    {"name": "references", "type": "string", "description": "ids in references.csv the check relies on, space-separated"},
    {"name": "result", "type": "number", "description": "the formula on the values as printed (empty when none)"},
    {"name": "result_low", "type": "number", "description": "lower end of the result on the hedged intervals"},
    {"name": "result_high", "type": "number", "description": "upper end of the result on the hedged intervals (INF: no upper limit)"},
    {"name": "tests", "type": "string", "description": "the claim id the result is compared with (empty when none)"},
    {"name": "claims", "type": "string", "description": "the claim ids the check uses, space-separated (see claims.csv)"},
    {"name": "documents", "type": "string", "description": "the articles involved, space-separated (ids in seeds/sources.yml)"},
    {"name": "themes", "type": "string", "description": "the theme chapters that show the check, space-separated"},
]


def register_table(results: list[Outcome], ledger: Ledger) -> pd.DataFrame:
    """One row per check: what a reader sees in the register and downloads as CSV."""
    rows = []
    for o in results:
        claim_ids = o.check.claim_ids
        documents = sorted({ledger.claim_value(c, "doc_id") for c in claim_ids} | {e["doc_id"] for e in o.check.evidence})
        rows.append({
            "check_id": o.check.id,
            "title": o.check.title,
            "operation": o.check.operation,
            "verdict": o.verdict,
            "explanation": o.explanation,
            "statement_id": o.statement.id if o.statement is not None else None,
            "references": " ".join(o.check.references),
            "result": o.point,
            "result_low": None if o.result is None else o.result.low,
            "result_high": None if o.result is None else o.result.high,
            "tests": o.check.tests or "",
            "claims": " ".join(claim_ids),
            "documents": " ".join(documents),
            "themes": " ".join(o.check.themes),
        })
    return pd.DataFrame(rows, columns=[f["name"] for f in REGISTER_FIELDS])


# The statements and their one verdict each: the published statements.csv (one row per statement).
STATEMENT_FIELDS = [
    {"name": "statement_id", "type": "string", "description": "the statement's id in data/statements.yml",
     "constraints": {"required": True, "unique": True}},
    {"name": "doc_id", "type": "string", "description": "the article (id in seeds/sources.yml)", "constraints": {"required": True}},
    {"name": "quote", "type": "string", "description": "the statement's words, as printed", "constraints": {"required": True}},
    {"name": "start", "type": "integer", "description": "offset of the first character in the article's text"},
    {"name": "end", "type": "integer", "description": "offset after the last character"},
    {"name": "voice", "type": "string", "description": "who is responsible: outlet (its own voice), quoted (a speaker "
                                                      "quoted directly), paraphrase (the outlet paraphrasing a speaker)",
     "constraints": {"enum": list(VOICES)}},
    {"name": "speaker", "type": "string", "description": "the speaker quoted or paraphrased (empty for the outlet's own voice)"},
    {"name": "rating", "type": "string", "description": "the statement's one verdict (reviewed; see the methods page)",
     "constraints": {"required": True, "enum": [g.name for g in RATINGS]}},
    {"name": "rating_why", "type": "string", "description": "why the statement has its rating"},
    {"name": "materiality", "type": "string", "description": "how much it matters to what a reader takes away (reviewed)",
     "constraints": {"required": True, "enum": [g.name for g in MATERIALITY]}},
    {"name": "materiality_why", "type": "string", "description": "why it matters this much"},
    {"name": "evidence", "type": "string", "description": "the checks the verdict rests on, space-separated (register.csv)"},
]


def statements_table(results: list[Outcome]) -> pd.DataFrame:
    """One row per rated statement, most serious first: the published statements.csv."""
    from factcheck.checks.statements import by_severity as most_serious_first, statements_of

    rows = [{"statement_id": s.id, "doc_id": s.doc_id, "quote": s.quote, "start": s.start, "end": s.end,
             "voice": s.voice, "speaker": s.speaker, "rating": s.rating, "rating_why": s.rating_why,
             "materiality": s.materiality, "materiality_why": s.materiality_why, "evidence": " ".join(s.evidence)}
            for s in most_serious_first(statements_of(results))]
    return pd.DataFrame(rows, columns=[f["name"] for f in STATEMENT_FIELDS])


def verdict_counts(results: list[Outcome]) -> pd.Series:
    counts = Counter(o.verdict for o in results)
    return pd.Series({v: counts.get(v, 0) for v in VERDICTS}, name="checks")


def rating_counts(results: list[Outcome]) -> pd.DataFrame:
    """Rated statements by rating (rows, best to worst) and materiality (columns, most serious first)."""
    from factcheck.checks.statements import statements_of

    counts = Counter((s.rating, s.materiality) for s in statements_of(results))
    return pd.DataFrame([{"rating": r.name, **{m.name: counts.get((r.name, m.name), 0) for m in MATERIALITY}}
                         for r in RATINGS])


def verdict_changes(ledger: Ledger, rules: HedgeRules) -> pd.DataFrame:
    """Checks whose verdict differs between the standard hedge rules and `rules` (for the methods page)."""
    from factcheck.ledger.claims import with_rules

    standard = {o.check.id: o.verdict for o in outcomes(ledger if ledger.rules == STANDARD else with_rules(ledger, STANDARD))}
    other = {o.check.id: o.verdict for o in outcomes(with_rules(ledger, rules))}
    changed = [{"check_id": k, "standard": standard[k], rules.name: other[k]} for k in standard if standard[k] != other[k]]
    return pd.DataFrame(changed, columns=["check_id", "standard", rules.name])


def sensitivity(ledger: Ledger, rule_sets: list[HedgeRules]) -> pd.DataFrame:
    """Every verdict that changes under each rule set, against the standard rules (one row per change)."""
    titles = {o.check.id: o.check.title for o in outcomes(ledger)}
    rows = []
    for rules in rule_sets:
        changes = verdict_changes(ledger, rules)
        rows += [{"rules": rules.name, "check_id": c.check_id, "title": titles[c.check_id],
                  "standard": c.standard, "verdict": c[rules.name]} for _, c in changes.iterrows()]
    return pd.DataFrame(rows, columns=["rules", "check_id", "title", "standard", "verdict"])


def checks_that_change(changes: pd.DataFrame) -> int:
    """How many checks `sensitivity` lists: a check whose outcome changes under two rule sets is one check (the
    methods page counted it twice)."""
    return int(changes["check_id"].nunique())


def repeated_input_checks(results: list[Outcome]) -> pd.DataFrame:
    """Checks whose formula uses an input more than once: their hedged range is wider than the true one."""
    from factcheck.checks.formulas import repeated_names

    rows = [{"check_id": o.check.id, "formula": o.check.formula, "repeated": ", ".join(repeated_names(o.check.formula)),
             "verdict": o.verdict} for o in results if o.check.formula and repeated_names(o.check.formula)]
    return pd.DataFrame(rows, columns=["check_id", "formula", "repeated", "verdict"])
