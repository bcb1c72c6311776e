"""Statements, the unit of judgement: the words a reader would quote, who is responsible, and one verdict.

A rating belongs to a statement, never to a check. A statement is a sentence (or
clause) of one article, anchored by offsets in the seed like a claim, with who is
responsible for it: the outlet in its own voice, a named speaker quoted directly, or
the outlet paraphrasing a named speaker. It carries exactly one verdict (rating,
materiality, each with a reason) and lists the checks of data/checks.yml that are
its evidence: an arithmetic outcome informs the verdict and is shown under it, but it
is never a rating and never counted as one.

The statements live in data/statements.yml. A folder without that file (a
participant's new article) may still rate on its checks (`judgement:`); there each
judged sentence becomes a statement, and two checks of one sentence must agree.
Either way `load_statements` refuses a statement with two verdicts, a rated check
without its statement, and a verdict without a reason, naming file and line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.checks.definitions import READ_BY_PEOPLE, Check
from factcheck.checks.evidence import plain
from factcheck.checks.ratings import MATERIALITY, MATERIALITY_OF, RATING, RATINGS, WORST_TO_BEST, Judgement, rating_value
from factcheck.files.problems import Collector, raise_if_any
from factcheck.files.yamlfile import kind_of, kind_of_text, load_located
from factcheck.sources.documents import check_offsets, within_text

VOICES = {
    "outlet": "the article in its own voice",
    "quoted": "a named speaker, quoted directly",
    "paraphrase": "the article paraphrasing a named speaker (the article is responsible for the words)",
}
STATEMENTS_FILE = "statements.yml"
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PLACEHOLDER = re.compile(r"\{(point|result|tested)(?:@([a-z0-9-]+))?\}")
TOKEN = re.compile(r"\{\{|\}\}|\{[^{}]*\}")   # a doubled brace is a literal one; else a placeholder
__all__ = ["Statement", "WORST_TO_BEST", "rating_value", "load_statements", "attach", "statements_of"]


@dataclass(eq=False)
class Statement:
    id: str
    doc_id: str
    quote: str
    start: int
    end: int
    voice: str                    # a key of VOICES
    speaker: str | None           # the named speaker (quoted or paraphrased); None for the outlet's own voice
    verdict: Judgement
    evidence: tuple[str, ...]     # check ids, in the order the verdict leans on them
    line: int = 0
    # the claims (ids) inside the statement that its rating is about, where the desk says so ("rated_for:"); None:
    # every one. "$3.43 billion" sits in a sentence rated imprecise for "dipped" beside it.
    rated_for: tuple[str, ...] | None = None
    outcomes: list = field(default_factory=list, repr=False)   # the evidence's outcomes, attached by `attach`

    @property
    def judgement(self) -> Judgement:
        return self.verdict

    @property
    def rating(self) -> str:
        return self.verdict.rating

    @property
    def materiality(self) -> str:
        return self.verdict.materiality

    @property
    def severity(self) -> tuple[int, int, int]:
        return self.verdict.severity

    @property
    def rating_why(self) -> str:
        return self._filled(self.verdict.why)

    @property
    def materiality_why(self) -> str:
        return self._filled(self.verdict.matters)

    def holds(self, start: int, end: int) -> bool:
        """True when text[start:end] lies inside the statement's words."""
        return self.start <= start and end <= self.end

    def _filled(self, text: str) -> str:
        from factcheck.checks.verdicts import number

        by_id = {o.check.id: o for o in self.outcomes}
        computing = [o for o in self.outcomes if o.result is not None]

        def value(match):
            name, check_id = match.group(1), match.group(2)
            outcome = by_id.get(check_id) if check_id else (computing[0] if computing else None)
            if outcome is None:
                return "no single figure"
            if name == "point":
                return number(outcome.point) if outcome.point is not None else "no single figure"
            return str(getattr(outcome, name))
        def piece(match):
            found = match.group(0)
            if found in ("{{", "}}"):   # a literal brace, written doubled
                return found[0]
            placeholder = PLACEHOLDER.fullmatch(found)
            return value(placeholder) if placeholder else found
        return TOKEN.sub(piece, text)


def statements_path(checks_file: Path) -> Path:
    return Path(checks_file).parent / STATEMENTS_FILE


def load_statements(checks_file: Path, checks: list[Check], ledger) -> list[Statement]:
    """The statements for these checks: data/statements.yml beside checks.yml, else one per judged sentence."""
    path = statements_path(checks_file)
    if path.exists():
        return _read(path, checks, ledger, checks_file)
    return _from_judgements(checks, ledger, checks_file)


def attach(statements: list[Statement], results: list) -> None:
    """Give each outcome its statement (`outcome.statement`) and each statement its evidence's outcomes."""
    by_check = {o.check.id: o for o in results}
    for outcome in results:
        outcome.statement = None
    for statement in statements:
        statement.outcomes = [by_check[c] for c in statement.evidence if c in by_check]
        for outcome in statement.outcomes:
            outcome.statement = outcome.statement or statement


def statements_of(items) -> list[Statement]:
    """The distinct statements among outcomes (their `statement`) or statements, first seen first."""
    seen: dict[str, Statement] = {}
    for item in items:
        statement = item if isinstance(item, Statement) else getattr(item, "statement", None)
        if statement is not None and statement.id not in seen:
            seen[statement.id] = statement
    return list(seen.values())


def by_severity(statements: list[Statement]) -> list[Statement]:
    """Material problems first, then minor ones, then the rest, keeping file order within each."""
    return sorted(statements, key=lambda s: s.severity)


# ---- reading data/statements.yml -------------------------------------------------------------------------

def _read(path: Path, checks: list[Check], ledger, checks_file: Path) -> list[Statement]:
    problems, check_problems = Collector(path), Collector(checks_file)
    data = load_located(path)
    entries = data.get("statements") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        problems.add(getattr(data, "line", 1) or 1, "statements", "expected a top-level 'statements:' list")
        raise_if_any(problems)
    checks_by_id = {c.id: c for c in checks}
    for check in checks:   # one verdict per statement: a rating on a check would be a second one
        if check.judgement is not None:
            check_problems.add(check.line, "judgement", f"check {check.id}: a rating belongs to the statement, not the "
                                                        f"check: move it to the statement's verdict in {path.name} and "
                                                        "list the check as its evidence")
    statements, ids, used = [], {}, {}
    by_document: dict[str, list[Statement]] = {}
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            problems.add(entries.line_of(index), None, "each statement must be a mapping (id, doc_id, quote, start, "
                                                       "end, voice, verdict, evidence)")
            continue
        statement = _statement(entry, checks_by_id, ledger, problems)
        if statement is None:
            continue
        if statement.id in ids:
            problems.add(entry.line_of("id"), "id", f"duplicate statement id {statement.id!r}; first used on line "
                                                    f"{ids[statement.id]}")
            continue
        ids[statement.id] = statement.line
        same_document = by_document.setdefault(statement.doc_id, [])   # only these can overlap (2,200 statements
        for other in same_document:                                      # compared pairwise took 1.6 s at 200 articles)
            if other.start < statement.end and statement.start < other.end:
                problems.add(entry.line, "verdict", f"two verdicts for one statement: {statement.id!r} quotes words of "
                                                    f"{statement.doc_id} that {other.id!r} (line {other.line}) also "
                                                    "quotes; one statement has one verdict: merge them, with one reason")
        for check_id in statement.evidence:
            if check_id in used:
                problems.add(entry.line_of("evidence"), "evidence",
                             f"check {check_id!r} is already evidence of statement {used[check_id]!r}: a check rates "
                             "one statement, so list it under one")
            used.setdefault(check_id, statement.id)
        statements.append(statement)
        same_document.append(statement)
    for check in checks:
        if check.rates_a_claim and check.id not in used:
            check_problems.add(check.line, "statement", f"check {check.id} judges a statement someone made, but no "
                                                        f"statement in {path.name} lists it as evidence: a rated check "
                                                        "needs its statement (and the statement its verdict)")
    raise_if_any(problems, check_problems)
    return statements


def _statement(entry, checks_by_id: dict, ledger, problems: Collector) -> Statement | None:
    line, ok = entry.line, True
    for key in ("id", "doc_id", "quote", "voice"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            problems.add(entry.line_of(key) if key in entry else line, key,
                         "missing key" if key not in entry else f"expected text, found {kind_of_text(entry[key])}")
            ok = False
    if not ok:
        return None
    statement_id, doc_id = entry["id"], entry["doc_id"]
    if not ID_PATTERN.fullmatch(statement_id):
        problems.add(entry.line_of("id"), "id", f"expected lower-case words joined by '-', found {statement_id!r}")
    if statement_id in checks_by_id:
        problems.add(entry.line_of("id"), "id", f"{statement_id!r} is a check's id: a statement needs its own "
                                                "(the two share a page's anchors)")
    document = ledger.documents.get(doc_id)
    if document is None:
        problems.add(entry.line_of("doc_id"), "doc_id", f"unknown document {doc_id!r}; known: {', '.join(ledger.documents)}")
        ok = False
    if not {"start", "end"} <= set(entry):
        problems.add(line, "start", "a statement is anchored: give start and end, its offsets in the seed text")
        ok = False
    elif not check_offsets(entry, "statement", problems):
        ok = False
    elif document is not None and not within_text(entry, document.text, "statement", problems):
        ok = False
    elif document is not None and document.text[entry["start"]:entry["end"]] != entry["quote"]:
        found = document.text.find(entry["quote"])
        problems.add(entry.line_of("quote"), "quote", f"text[{entry['start']}:{entry['end']}] is not the quote"
                     + (f" (the quote occurs at {found}:{found + len(entry['quote'])})" if found >= 0 else
                        " (the quote is not in the article)"))
        ok = False
    voice, speaker = entry["voice"], entry.get("speaker")
    if voice not in VOICES:
        problems.add(entry.line_of("voice"), "voice", f"unknown voice {voice!r}; known: " +
                     "; ".join(f"{k} ({v})" for k, v in VOICES.items()))
        ok = False
    elif voice == "outlet" and speaker:
        problems.add(entry.line_of("speaker"), "speaker", "a statement in the outlet's own voice has no speaker: "
                                                          "use voice quoted or paraphrase")
    elif voice != "outlet" and not (isinstance(speaker, str) and speaker.strip()):
        problems.add(entry.line_of("voice"), "speaker", f"a {voice} statement names its speaker")
        ok = False
    verdict = _verdict(entry, problems)
    evidence = _evidence(entry, checks_by_id, document, ledger, problems)
    rated_for = _rated_for(entry, ledger, problems) if ok else None
    if not ok or verdict is None or evidence is None:
        return None
    return Statement(statement_id, doc_id, entry["quote"], entry["start"], entry["end"], voice,
                     speaker.strip() if isinstance(speaker, str) else None, verdict, evidence, line, rated_for)


def _rated_for(entry, ledger, problems: Collector) -> tuple[str, ...] | None:
    """The claims the rating is about (`rated_for:`, each inside the statement); None where not given, or given
    wrongly (said; the statement is kept, so that its checks and the sentences citing it are not refused too)."""
    if "rated_for" not in entry:
        return None
    raw, line = entry["rated_for"], entry.line_of("rated_for")
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        problems.add(line, "rated_for", f"expected a list of claim ids (those of the statement its rating is about; "
                                        f"[] for none of its figures), found {kind_of(raw)}")
        return None

    def inside(claim_id: str) -> bool:   # each claim named read alone (`kept_load` keeps what reads rows only)
        try:
            row = ledger.claim(claim_id)
        except KeyError:
            return False
        return row["doc_id"] == entry["doc_id"] and row["start"] >= entry["start"] and row["end"] <= entry["end"]

    outside = [item for item in raw if not inside(item)]
    if outside:
        problems.add(line, "rated_for", f"{', '.join(map(repr, outside))}: not a claim inside this statement's words "
                                        f"(characters {entry['start']} to {entry['end']} of {entry['doc_id']})")
        return None
    return tuple(raw)


def _verdict(entry, problems: Collector) -> Judgement | None:
    if "verdicts" in entry:
        problems.add(entry.line_of("verdicts"), "verdicts", "two verdicts for one statement: a statement has one "
                                                            "verdict (rating, materiality, why, matters)")
        return None
    raw = entry.get("verdict")
    line = entry.line_of("verdict") if "verdict" in entry else entry.line
    if not isinstance(raw, dict):
        problems.add(line, "verdict", "missing: a statement has one verdict, a mapping with rating, materiality, "
                                      "why and matters" if raw is None else
                     f"expected one verdict (a mapping with rating, materiality, why, matters), found {kind_of(raw)}")
        return None
    ok = True
    for key, what in (("why", "a verdict without a reason: say why, in one sentence"),
                      ("matters", "say why it matters this much (or does not), in one sentence")):
        if not (isinstance(raw.get(key), str) and raw[key].strip()):
            problems.add(raw.line_of(key) if key in raw else line, f"verdict.{key}", what)
            ok = False
    if raw.get("rating") not in RATING:
        problems.add(raw.line_of("rating") if "rating" in raw else line, "verdict.rating",
                     f"unknown rating {raw.get('rating')!r}; the scale: {', '.join(g.name for g in RATINGS)}")
        ok = False
    if raw.get("materiality") not in MATERIALITY_OF:
        problems.add(raw.line_of("materiality") if "materiality" in raw else line, "verdict.materiality",
                     f"unknown materiality {raw.get('materiality')!r}; the scale: {', '.join(g.name for g in MATERIALITY)}")
        ok = False
    if not ok:
        return None
    for key in ("why", "matters"):
        for match in TOKEN.finditer(raw[key]):
            if match.group(0) in ("{{", "}}"):
                continue
            placeholder = PLACEHOLDER.fullmatch(match.group(0))
            if placeholder is None:
                problems.add(raw.line_of(key), f"verdict.{key}", f"unknown placeholder {match.group(0)}; known: {{point}}, "
                                                                "{result}, {tested}, or {point@check-id}")
            elif placeholder.group(2) and placeholder.group(2) not in (entry.get("evidence") or []):
                problems.add(raw.line_of(key), f"verdict.{key}", f"{match.group(0)} names a check that is not this "
                                                                "statement's evidence")
    return Judgement(raw["rating"], plain(raw["why"]).strip(), raw["materiality"], plain(raw["matters"]).strip())


def _evidence(entry, checks_by_id: dict, document, ledger, problems: Collector) -> tuple[str, ...] | None:
    raw = entry.get("evidence")
    line = entry.line_of("evidence") if "evidence" in entry else entry.line
    if not isinstance(raw, list) or not raw or not all(isinstance(c, str) for c in raw):
        problems.add(line, "evidence", "list the checks (ids in data/checks.yml) the verdict rests on, e.g. "
                                       "[parole-unaccounted]")
        return None
    for check_id in raw:
        check = checks_by_id.get(check_id)
        if check is None:
            problems.add(line, "evidence", f"unknown check {check_id!r}")
            return None
        if not check.rates_a_claim or document is None:
            continue
        doc_id, start, end, _ = judged_words(check, ledger)
        if doc_id == document.id and not (isinstance(entry.get("start"), int) and isinstance(entry.get("end"), int)
                                          and entry["start"] <= start and end <= entry["end"]):
            problems.add(line, "evidence", f"check {check_id!r} judges words outside this statement "
                                           f"(characters {start}-{end} of {doc_id})")
    return tuple(raw)


# ---- a folder without statements.yml: one statement per judged sentence ------------------------------------

def _from_judgements(checks: list[Check], ledger, checks_file: Path) -> list[Statement]:
    from factcheck.sources.sentences import sentence_around

    problems = Collector(checks_file)
    statements: dict[tuple, Statement] = {}
    for check in checks:
        if check.judgement is None:
            continue
        doc_id, start, end, speaker = judged_words(check, ledger)
        document = ledger.documents[doc_id]
        first, last = sentence_around(document.text, start, end)
        key = (doc_id, first, last)
        known = statements.get(key)
        if known is not None:
            if (known.verdict.rating, known.verdict.materiality) != (check.judgement.rating, check.judgement.materiality):
                problems.add(check.line, "judgement", f"two verdicts for one statement: check {check.id} rates "
                                                      f"{check.judgement.rating}, {check.judgement.materiality} the "
                                                      f"sentence check {known.evidence[0]} rates {known.verdict.rating}, "
                                                      f"{known.verdict.materiality}: give the sentence one verdict")
            else:
                known.evidence += (check.id,)
            continue
        voice = "outlet" if speaker in (None, "", "outlet") else "paraphrase"
        statements[key] = Statement(f"{doc_id}-{check.id}", doc_id, document.text[first:last], first, last, voice,
                                    None if voice == "outlet" else speaker, check.judgement, (check.id,), check.line)
    raise_if_any(problems)
    return list(statements.values())


def judged_words(check: Check, ledger) -> tuple[str, int, int, str | None]:
    """(doc_id, start, end, speaker) of what a rated check judges: the claim it tests, else its first input or quote."""
    claim_id = check.tests or (next(iter(check.inputs.values())) if check.inputs and not check.evidence else None)
    if claim_id:
        row = ledger.claim(claim_id)
        return row["doc_id"], int(row["start"]), int(row["end"]), row["speaker"]
    piece = check.evidence[0]
    return piece["doc_id"], int(piece["start"]), int(piece["end"]), piece.get("speaker")


def check_statement_figures(statements: list[Statement], checks: list[Check], ledger, checks_file: Path) -> None:
    """A verdict's reasons may restate a figure an article prints or a cited source gives, never one typed by hand."""
    from factcheck.checks.traced import figures_in, given

    path = statements_path(checks_file)
    problems = Collector(path)
    articles = " ".join(document.text for document in ledger.documents.values())
    printed: dict[str, bool] = {}
    by_id = {c.id: c for c in checks}
    for statement in statements:
        cited = [ledger.references[r] for c in statement.evidence for r in by_id[c].references if r in ledger.references]
        cited_words = " ".join(f"{r.quoted} {r.title} {r.date}" for r in cited)
        for key, text in (("verdict.why", statement.verdict.why), ("verdict.matters", statement.verdict.matters)):
            for figure in dict.fromkeys(figures_in(text)):
                if not given(figure, articles, cited_words, printed):
                    problems.add(statement.line, key, f"statement {statement.id}: {figure!r} is printed in no article "
                                                      "and given by no source its evidence cites: glue a computed "
                                                      "figure with {point}, {result} or {tested}")
    raise_if_any(problems)
