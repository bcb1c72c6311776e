"""The checks: every derivation and cross-source comparison, declared in data/checks.yml.

Each check names an operation from `OPERATIONS`, the claims it uses as named
inputs, and (optionally) the claim it tests. Verdicts are never written in the
data: `factcheck.verdicts` computes them. This module only reads and validates.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.checks.evidence import plain
from factcheck.checks.formulas import FormulaError, names_in
from factcheck.ledger.intervals import INF, Interval
from factcheck.checks.ratings import MATERIALITY_OF, RATING, Judgement
from factcheck.files.problems import Collector, raise_if_any
from factcheck.sources.documents import check_offsets, quote_hint, shown_words, within_text
from factcheck.files.yamlfile import kind_of, kind_of_text, load_located


@dataclass(frozen=True)
class Operation:
    inputs: tuple[str, ...]   # input names; ("parts",) for a list
    formula: str | None       # in terms of the inputs; None when the check computes nothing
    meaning: str


OPERATIONS = {
    "sum": Operation(("parts",), None, "the parts should add up to the stated total"),
    "difference": Operation(("a", "b"), "a - b", "one figure minus another"),
    "share": Operation(("part", "whole"), "100 * part / whole", "a part as a percentage of its whole"),
    "ratio": Operation(("a", "b"), "a / b", "one figure divided by another"),
    "per_unit": Operation(("amount", "count"), "amount / count", "an amount per unit (budget per removal)"),
    # Each input appears once, so interval arithmetic gives the true range (old - new over old would not).
    "percent_change": Operation(("old", "new"), "100 * (new / old - 1)", "the percentage change from old to new"),
    "percent_decline": Operation(("old", "new"), "100 * (1 - new / old)", "the percentage decline from old to new"),
    "annualise": Operation(("monthly",), "12 * monthly", "a monthly figure scaled to a year"),
    "rounding": Operation(("precise",), "precise", "a rounded figure against the precise figure it rounds"),
    "same_metric": Operation(("other",), "other", "the same measure in another source"),
    "formula": Operation((), None, "a formula written in the check"),
    "not_comparable": Operation((), None, "figures that look comparable but are not"),
    "conflict": Operation((), None, "statements that cannot all be true, quoted side by side"),
    "record": Operation((), None, "a statement of fact or history, against the public record (data/references.csv)"),
    "flag": Operation((), None, "a problem of the text itself: scraping debris, a missing source, an ambiguous name"),
}

# Figures a judgement's sentences may quote from the arithmetic, so no computed number is typed by hand.
PLACEHOLDERS = {"point": "the formula on the printed figures", "result": "the range the hedges allow",
                "tested": "the range the tested claim's words allow"}

NEEDS_REASON = {"not_comparable", "conflict", "record", "flag"}
READ_BY_PEOPLE = {"conflict", "record"}     # no arithmetic: the quoted sides (and the record) are the evidence

# The range a result can take whatever its inputs: a share of a whole lies in [0, 100], a fall is at
# most 100 percent, a change at least -100 percent, a count or ratio of counts is never negative.
DOMAINS = {
    "share": Interval(0, 100),
    "percent_decline": Interval(-INF, 100),
    "percent_change": Interval(-100, INF),
    "ratio": Interval(0, INF),
    "per_unit": Interval(0, INF),
    "annualise": Interval(0, INF),
    "sum": Interval(0, INF),
}
NAMED_DOMAINS = {"share": DOMAINS["share"], "count": Interval(0, INF), "change": DOMAINS["percent_change"],
                 "decline": DOMAINS["percent_decline"], "any": Interval(-INF, INF)}
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass
class Check:
    id: str
    title: str
    operation: str
    inputs: dict[str, str]           # name -> claim id
    formula: str | None
    tests: str | None                # the claim tested, if any
    reason: str | None
    comparable: bool = True          # False: computed and shown, but the verdict is "not comparable"
    themes: list[str] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)   # anchored quotes, for flags, conflicts and record checks
    line: int = 0
    judgement: Judgement | None = None   # the desk's rating of the claim tested (reviewed data, never computed)
    references: list[str] = field(default_factory=list)  # ids in data/references.csv
    record: str | None = None            # why a statement could not be checked against the record
    domain: Interval | None = None       # the range the result can take (see DOMAINS)

    @property
    def rates_a_claim(self) -> bool:
        """True when the check judges a statement someone made (and so carries a rating)."""
        return self.operation in READ_BY_PEOPLE or (bool(self.tests) and self.comparable)

    @property
    def claim_ids(self) -> list[str]:
        ids = list(self.inputs.values()) + ([self.tests] if self.tests else [])
        return list(dict.fromkeys(ids))


def load_checks(path: Path, claim_ids: set[str], documents: dict) -> list[Check]:
    """Read and validate checks.yml against the ledger's claim ids and documents."""
    problems = Collector(path)
    if not Path(path).exists():
        problems.add(None, None, "file not found")
        raise_if_any(problems)
    data = load_located(path)
    entries = data.get("checks") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        problems.add(getattr(data, "line", 1) or 1, "checks", "expected a top-level 'checks:' list")
        raise_if_any(problems)
    theme_ids = _theme_ids(Path(path).parent / "themes.yml")
    # Where data/statements.yml exists, ratings live on its statements (factcheck.checks.statements checks them).
    rated_on_statements = (Path(path).parent / "statements.yml").exists()
    checks, seen = [], {}
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            problems.add(entries.line_of(index), None, "each check must be a mapping (id, title, operation, ...)")
            continue
        check = _check(entry, claim_ids, documents, theme_ids, problems, rated_on_statements)
        if check is None:
            continue
        if check.id in seen:
            problems.add(entry.line_of("id"), "id", f"duplicate check id {check.id!r}; first used on line {seen[check.id]}")
            continue
        seen[check.id] = check.line
        checks.append(check)
    raise_if_any(problems)
    return checks


def _check(entry, claim_ids: set[str], documents: dict, theme_ids: set[str] | None, problems: Collector,
           rated_on_statements: bool = False) -> Check | None:
    line = entry.line
    for key in ("id", "title", "operation"):
        if key not in entry or entry[key] is None or entry[key] == "":
            problems.add(line, key, "missing key")
        elif not isinstance(entry[key], (str, int)) or isinstance(entry[key], bool):   # `title: NO` is false, not missing
            problems.add(entry.line_of(key), key, f"expected text, found {kind_of_text(entry[key])}")
    if any(not isinstance(entry.get(key), (str, int)) or not entry.get(key) for key in ("id", "title", "operation")):
        return None
    check_id, operation = str(entry["id"]), str(entry["operation"])
    if not ID_PATTERN.fullmatch(check_id):
        problems.add(entry.line_of("id"), "id", f"expected lower-case words joined by '-', found {check_id!r}")
    if operation not in OPERATIONS:
        problems.add(entry.line_of("operation"), "operation",
                     f"unknown operation {operation!r}; known: {', '.join(OPERATIONS)}")
        return None
    spec = OPERATIONS[operation]
    shape_ok = True

    inputs = _inputs(entry, spec, problems)
    for name, claim_id in inputs.items():
        if claim_id not in claim_ids:
            problems.add(entry.line_of("inputs"), f"inputs.{name}", f"unknown claim id {claim_id!r}")
    tests = entry.get("tests")
    if tests is not None and not isinstance(tests, str):
        problems.add(entry.line_of("tests"), "tests", f"expected one claim id, found {kind_of(tests)} "
                                                      "(a check tests a single claim; write one check per claim)")
        tests, shape_ok = None, False
    elif tests is not None and tests not in claim_ids:
        problems.add(entry.line_of("tests"), "tests", f"unknown claim id {tests!r}")
    if operation in ("sum", "rounding", "same_metric") and tests is None and shape_ok:
        problems.add(line, "tests", f"a {operation} check must name the claim it tests")

    formula = spec.formula
    if operation == "sum":
        formula = " + ".join(inputs)
    if operation == "formula":
        formula = entry.get("formula")
        if not formula:
            problems.add(line, "formula", "an operation 'formula' needs a formula, e.g. '100 * a / b'")
        else:
            try:
                unknown = names_in(formula) - set(inputs)
                if unknown:
                    problems.add(entry.line_of("formula"), "formula", f"uses {sorted(unknown)}, which are not inputs")
            except FormulaError as error:
                problems.add(entry.line_of("formula"), "formula", str(error))
    elif entry.get("formula"):
        problems.add(entry.line_of("formula"), "formula", f"only operation 'formula' takes a formula (this is {operation!r})")

    reason = entry.get("reason")
    if reason is not None and not isinstance(reason, str):
        problems.add(entry.line_of("reason"), "reason", f"expected a sentence, found {kind_of_text(reason)}")
        reason = None
    reason = plain(reason)   # the [[evidence]] markers are the desk's, not the reader's
    comparable = entry.get("comparable", True)
    if not isinstance(comparable, bool):
        problems.add(entry.line_of("comparable"), "comparable", f"expected true or false, found {comparable!r}")
    if (operation in NEEDS_REASON or comparable is False) and not (isinstance(reason, str) and reason.strip()):
        what = "a check marked comparable: false" if comparable is False else f"a {operation!r} check"
        problems.add(line, "reason", f"{what} must say why, in a reason (different periods, definitions, populations?)")

    evidence = entry.get("evidence") or []
    if not isinstance(evidence, list):
        problems.add(entry.line_of("evidence"), "evidence", f"expected a list of quotes (- {{doc_id, quote, start, end}}); "
                                                            f"found {kind_of(evidence)}")
        evidence = []
    evidence = [piece for index, piece in enumerate(evidence)
                if _check_evidence(piece, evidence.line_of(index), documents, problems)]
    if operation == "flag" and not evidence and not entry.get("evidence"):
        problems.add(line, "evidence", "a flag must quote its evidence (doc_id, quote, start, end)")

    if operation in READ_BY_PEOPLE and not (inputs or evidence or tests):
        problems.add(line, "evidence", f"a {operation} check must quote what it reads: the claim it tests, inputs or evidence")
    if operation == "conflict" and len(set(inputs.values()) | {tests} - {None}) + len(evidence) < 2:
        problems.add(line, "evidence", "a conflict quotes both sides: at least two claims or pieces of evidence")
    references = _references(entry, problems)
    record = entry.get("record")
    if operation == "record" and not references and not (isinstance(record, str) and record.strip()):
        problems.add(line, "references", "a record check cites references (ids in data/references.csv), or says in "
                                         "'record:' why the statement could not be checked against the record")

    themes = _themes(entry, theme_ids, problems)
    if not shape_ok:
        return None
    check = Check(id=check_id, title=str(entry["title"]), operation=operation, inputs=inputs, formula=formula,
                  tests=tests, reason=reason, comparable=comparable is not False, themes=themes,
                  evidence=[dict(piece) for piece in evidence], line=line, references=references,
                  record=plain(record).strip() if isinstance(record, str) else None, domain=_domain(entry, operation, problems))
    if not (rated_on_statements and entry.get("judgement") is None):
        check.judgement = _judgement(entry, check, problems)
    return check


def _references(entry, problems: Collector) -> list[str]:
    raw = entry.get("references") or []
    if not isinstance(raw, list) or not all(isinstance(r, str) for r in raw):
        problems.add(entry.line_of("references"), "references", "expected a list of reference ids, e.g. [ca-trust-act-2013]")
        return []
    return list(raw)


def _domain(entry, operation: str, problems: Collector) -> Interval | None:
    named = entry.get("domain")
    if named is None:
        return DOMAINS.get(operation)
    if named not in NAMED_DOMAINS:
        problems.add(entry.line_of("domain"), "domain", f"unknown domain {named!r}; known: {', '.join(NAMED_DOMAINS)}")
        return None
    return NAMED_DOMAINS[named]


def _judgement(entry, check: Check, problems: Collector) -> Judgement | None:
    """The reviewed rating: required where the check judges a claim someone made, refused elsewhere."""
    raw = entry.get("judgement")
    line = entry.line_of("judgement") if raw is not None else entry.line
    if raw is None:
        if check.rates_a_claim:
            problems.add(line, "judgement", "this check judges a claim someone made: give it a judgement "
                                            "(rating, why, materiality, matters); see the methods page for the scale")
        return None
    if not check.rates_a_claim:
        what = ("a derivation" if not check.tests and check.operation not in READ_BY_PEOPLE | {"flag", "not_comparable"}
                else "a comparison that is not like for like" if not check.comparable or check.operation == "not_comparable"
                else "a flag about the text itself")
        problems.add(line, "judgement", f"{what} rates no claim: remove its judgement")
        return None
    if not isinstance(raw, dict):
        problems.add(line, "judgement", "expected a mapping with rating, why, materiality and matters")
        return None
    for key in ("rating", "why", "materiality", "matters"):
        if not (isinstance(raw.get(key), str) and raw[key].strip()):
            problems.add(line, f"judgement.{key}", "missing; each of rating, why, materiality, matters is needed")
    if any(not (isinstance(raw.get(k), str) and raw[k].strip()) for k in ("rating", "why", "materiality", "matters")):
        return None
    if raw["rating"] not in RATING:
        problems.add(line, "judgement.rating", f"unknown rating {raw['rating']!r}; the scale: {', '.join(RATING)}")
        return None
    if raw["materiality"] not in MATERIALITY_OF:
        problems.add(line, "judgement.materiality",
                     f"unknown materiality {raw['materiality']!r}; the scale: {', '.join(MATERIALITY_OF)}")
        return None
    for key in ("why", "matters"):
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(raw[key]) if name is not None}
        except ValueError as error:
            problems.add(line, f"judgement.{key}", f"cannot read the placeholders: {error} (write {{{{ and }}}} for a brace)")
            continue
        unknown = names - set(PLACEHOLDERS)
        if unknown:
            problems.add(line, f"judgement.{key}", f"unknown placeholder(s) {sorted(unknown)}; known: "
                                                   + ", ".join("{" + p + "}" for p in PLACEHOLDERS))
        if names & {"point", "result"} and check.formula is None:
            problems.add(line, f"judgement.{key}", "{point} and {result} need a check that computes something")
    return Judgement(raw["rating"], plain(raw["why"]).strip(), raw["materiality"], plain(raw["matters"]).strip())


def _themes(entry, theme_ids: set[str] | None, problems: Collector) -> list[str]:
    """The theme chapters that show the check: a list of ids from data/themes.yml (when the folder has one)."""
    themes = entry.get("themes") or []
    if not isinstance(themes, list) or not all(isinstance(t, str) for t in themes):
        problems.add(entry.line_of("themes"), "themes", f"expected a list of theme ids, like [deportations]; "
                                                        f"found {kind_of(themes)}")
        return []
    for theme in themes:
        if theme_ids is not None and theme not in theme_ids:
            problems.add(entry.line_of("themes"), "themes",
                         f"unknown theme {theme!r}; known (data/themes.yml): {', '.join(sorted(theme_ids))}")
    return list(themes)


def _theme_ids(themes_file: Path) -> set[str] | None:
    """The theme ids themes.yml defines, or None when there is no such file (a participant's folder)."""
    if not themes_file.is_file():
        return None
    data = load_located(themes_file)
    entries = data.get("themes") if isinstance(data, dict) else None
    return {str(e["id"]) for e in entries if isinstance(e, dict) and "id" in e} if isinstance(entries, list) else set()



def _inputs(entry, spec: Operation, problems: Collector) -> dict[str, str]:
    raw = entry.get("inputs") or {}
    if spec.inputs == ("parts",):
        parts = raw.get("parts") if isinstance(raw, dict) else None
        if not isinstance(parts, list) or len(parts) < 2:
            problems.add(entry.line_of("inputs"), "inputs.parts", "a sum needs a list of at least two claim ids")
            return {}
        raw = {f"part{i}": claim_id for i, claim_id in enumerate(parts, 1)}
    if not isinstance(raw, dict):
        problems.add(entry.line_of("inputs"), "inputs", f"expected a mapping of input name to claim id; found {kind_of(raw)}")
        return {}
    inputs = {}
    for name, claim_id in raw.items():
        if not isinstance(claim_id, str):
            problems.add(entry.line_of("inputs"), f"inputs.{name}", f"expected one claim id, found {kind_of(claim_id)}")
        elif not str(name).isidentifier():
            problems.add(entry.line_of("inputs"), f"inputs.{name}", "an input name is one word (letters, digits, '_'), "
                                                                    "used in the formula")
        else:
            inputs[str(name)] = claim_id
    if spec.inputs and spec.inputs != ("parts",) and set(map(str, raw)) != set(spec.inputs):
        problems.add(entry.line_of("inputs"), "inputs",
                     f"operation {entry['operation']!r} takes inputs {', '.join(spec.inputs)}; found {', '.join(map(str, raw)) or 'none'}")
    return inputs


def _check_evidence(piece, line: int, documents: dict, problems: Collector) -> bool:
    """True when the piece is sound: a known document, offsets that hold the quote."""
    if not isinstance(piece, dict) or not {"doc_id", "quote", "start", "end"} <= set(piece):
        problems.add(line, "evidence", "each piece needs doc_id, quote, start, end")
        return False
    if not check_offsets(piece, "evidence", problems):
        return False
    doc_id, quote, start, end = piece["doc_id"], piece["quote"], piece["start"], piece["end"]
    document = documents.get(doc_id) if isinstance(doc_id, str) else None
    if document is None:
        problems.add(piece.line_of("doc_id"), "evidence.doc_id", f"unknown document {doc_id!r}")
        return False
    if not isinstance(quote, str):
        problems.add(piece.line_of("quote"), "evidence.quote", f"expected the quoted words, found {kind_of_text(quote)}")
        return False
    if not within_text(piece, document.text, "evidence", problems):
        return False
    if document.text[start:end] != quote:
        problems.add(piece.line_of("quote"), "evidence.quote",
                     f"text[{start}:{end}] is {shown_words(document.text[start:end])}, not the quote"
                     + quote_hint(document.text, quote))
        return False
    return True
