"""The claim ledger: load the seeds, their provenance and the claim tables, and validate all of it.

`load_ledger()` is the one entry point notebooks and commands use. It collects
every problem in every file and raises `ValidationFailed` listing them all, each
naming file:line and column; on success it returns a `Ledger` of DataFrames.

`read_ledger()` validates the same files the same way and returns the rows as read
(`LedgerRows`), without importing pandas (a third of a second): `check` and the
build's validation need rows, not DataFrames; `load_ledger` is `read_ledger` plus
the DataFrames.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from factcheck import paths, usage
from factcheck.ledger.accounting import MENTIONS, NUMBERS, check_accounting, numbers_stated, rule_precision
from factcheck.ledger.hedges import HEDGES, PRESETS, HedgeRules, UnknownHedge, interval_for
from factcheck.ledger.intervals import Interval
from factcheck.files.problems import Collector, Problem, raise_if_any
from factcheck.sources.documents import Document, load_documents, shown_words
from factcheck.files.tables import load_schema, read_table
from factcheck.ledger.words import check_word_claim, is_word_claim

# A number claim needs all of these; a word claim takes its range from its words (or states a condition).
NUMBER_COLUMNS = ("value", "precision", "low", "high", "bounds")

STANDARD = PRESETS["standard"]


@dataclass
class Ledger:
    claims: pd.DataFrame = usage.Noted("claims")          # reading the whole table is noted (see usage)
    non_claims: pd.DataFrame = usage.Noted("non_claims")
    documents: dict[str, Document]
    rules: HedgeRules = field(default=STANDARD)
    root: Path | None = None          # the folder it was loaded from (None: this checkout)
    to_fill: list[Problem] = field(default_factory=list)  # blanks left in a draft (load_ledger(draft=True))
    _references: dict | None = field(default=None, repr=False, compare=False)

    @property
    def checks_file(self) -> Path:
        return (Path(self.root) if self.root else paths.ROOT) / "data" / "checks.yml"

    def claims_for(self, doc_id: str) -> pd.DataFrame:
        usage.note("document", doc_id)
        return self._claims[self._claims["doc_id"] == doc_id].reset_index(drop=True)

    def claims_with(self, column: str, values) -> pd.DataFrame:
        """The claims whose `column` holds one of `values` (e.g. the metrics of a theme)."""
        for value in values:
            usage.note("claims-with", f"{column}={value}")
        return self._claims[self._claims[column].isin(list(values))]

    def claim_ids(self, doc_id: str | None = None) -> list[str]:
        """The claim ids (of one article, or all): what a count needs, noted as such, so a page that only
        counts the claims does not run again when one claim's words or population are corrected."""
        usage.note("claims", "ids")
        table = self._claims if doc_id is None else self._claims[self._claims["doc_id"] == doc_id]
        return list(table["claim_id"])

    def claim_ids_by_document(self) -> dict[str, list[str]]:
        """Each article's claim ids, as `claim_ids(doc_id)` gives them, from one pass over the table (the landing
        page lists every article with its count: one mask of the table per article took 0.3 s at 200 articles)."""
        usage.note("claims", "ids")
        grouped: dict[str, list[str]] = {}
        for claim_id, doc_id in zip(self._claims["claim_id"], self._claims["doc_id"]):
            grouped.setdefault(doc_id, []).append(claim_id)
        return grouped

    def claim(self, claim_id: str) -> pd.Series:
        """The claim's row. While a page's reads are noted, a row that notes what is read of it (`noted_row`):
        the page depends on the columns it read (a claim's population corrected does not run again a page that
        shows its quote), or on the whole claim if it read the row any other way."""
        position = self._positions().get(claim_id)
        if position is None:
            usage.note("claim", claim_id)
            raise KeyError(f"no claim {claim_id!r} in the ledger")
        row, values = self._row(position)
        # a shallow copy (copy-on-write: what a page does to it never reaches the next page's row)
        return noted_row(row.copy(deep=False), claim_id, values) if usage.listening() else row.copy(deep=False)

    def claim_value(self, claim_id: str, column: str):
        """`claim(claim_id)[column]`, noted as that reads it (the claim's existence and this column), without making
        the row: the pages' own helpers look up a claim's article or quote thousands of times on a theme page."""
        position = self._positions().get(claim_id)
        if position is None:
            usage.note("claim", claim_id)
            raise KeyError(f"no claim {claim_id!r} in the ledger")
        usage.note("claim-field", f"{claim_id}=claim_id")
        usage.note("claim-field", f"{claim_id}={column}")
        return self._column(column)[position]

    def _column(self, column: str):
        """A column's values as the claims table holds them (a NumPy array, or pandas' own array for text): the
        value at a position is the object its row gives (`iloc`, as `claim` makes it), without making the row.
        Made once per column and table; KeyError for a column the table does not have, as a row says it."""
        table = self._claims
        kept = self.__dict__.get("_claim_columns")
        if kept is None or kept[0] is not table:
            kept = self.__dict__["_claim_columns"] = (table, {})
        columns = kept[1]
        if column not in columns:
            if column not in table.columns:
                raise KeyError(column)
            columns[column] = table[column]._values
        return columns[column]

    def _row(self, position: int) -> tuple:
        """The row at this position and its values by column (what Series.__getitem__(label) returns), made once."""
        rows = self.__dict__.setdefault("_claim_rows", {})   # emptied by _positions when the table changes
        if position not in rows:
            row = self._claims.iloc[position]
            rows[position] = (row, dict(zip(row.index, row._values)))
        return rows[position]

    def _positions(self) -> dict[str, int]:
        """Row of each claim id (the first, as a filter would find it), made once per table: checks look up thousands."""
        table, positions = self.__dict__.get("_claim_positions", (None, None))
        if table is not self._claims:
            positions = {}
            for position, claim_id in enumerate(self._claims["claim_id"]):
                positions.setdefault(claim_id, position)
            self.__dict__["_claim_positions"] = (self._claims, positions)
            self.__dict__["_claim_rows"] = {}   # position -> (its row, its values by column), made on first use
        return positions

    @property
    def references(self) -> dict:
        """The public record (data/references.csv) beside this ledger, by id."""
        from factcheck.sources.references import load_references

        usage.note("file", "data/references.csv")   # loaded once per ledger: note the read for every page
        usage.note("file", "data/hosts.yml")        # how each reference's copy is named on the page
        if self._references is None:
            self._references = load_references(Path(self.root) if self.root else paths.ROOT)
        return self._references

    def interval(self, claim_id: str) -> Interval:
        return claim_interval(self.claim(claim_id))


# What a noted row may be asked without reading the claim: its column reads note themselves.
_FREE_ATTRIBUTES = frozenset({"__dict__", "__class__", "__getitem__", "get"})
_row_class = None


def noted_row(row: pd.Series, claim_id: str, values: dict | None = None) -> pd.Series:
    """`row` (a claim's, from the ledger; made a noted row in place), as a Series that notes each column read by
    name (`row["quote"]`, `row.get("unit")`) as 'claim-field:<id>=<column>', and any other use of it (an attribute,
    iteration, a conversion, a list of columns, pandas reading it) as the whole claim: what cannot be told apart
    counts whole. values: the row's values by column, if known."""
    global _row_class
    if _row_class is None:
        _row_class = _make_row_class()
    usage.note("claim-field", f"{claim_id}=claim_id")   # that the claim exists: asking for it reads that much
    if values is None:
        values = dict(zip(row.index, row._values))   # what Series.__getitem__(label) returns
    row.__class__ = _row_class
    state = object.__getattribute__(row, "__dict__")
    state["_noted_values"] = values
    state["_noted_claim"] = claim_id
    return row


def _make_row_class():
    import pandas as pd

    class NotedRow(pd.Series):
        def __getattribute__(self, name):
            state = object.__getattribute__(self, "__dict__")
            claim_id = state.get("_noted_claim")
            if claim_id is not None and name not in _FREE_ATTRIBUTES:
                usage.note("claim", claim_id)
            return object.__getattribute__(self, name)

        def __getitem__(self, key):
            state = object.__getattribute__(self, "__dict__")
            claim_id = state.get("_noted_claim")
            if claim_id is not None and isinstance(key, str):
                usage.note("claim-field", f"{claim_id}={key}")
                values = state["_noted_values"]
                if key not in values:
                    raise KeyError(key)   # as pandas says it: a column a claim does not have
                return values[key]
            return super().__getitem__(key)

        def get(self, key, default=None):
            state = object.__getattribute__(self, "__dict__")
            if state.get("_noted_claim") is not None and isinstance(key, str):
                try:
                    return self[key]
                except KeyError:
                    return default
            return super().get(key, default)

    return NotedRow


@dataclass(frozen=True)
class LedgerFiles:
    sources: Path
    seeds: Path
    claims: Path
    non_claims: Path
    datapackage: Path

    @classmethod
    def under(cls, root: Path | str | None = None) -> "LedgerFiles":
        root = Path(root) if root else paths.ROOT
        return cls(sources=root / "seeds" / "sources.yml", seeds=root / "seeds",
                   claims=root / "data" / "claims.csv", non_claims=root / "data" / "non_claims.csv",
                   datapackage=root / "data" / "datapackage.json")


class Table:
    """One ledger table as read, in schema order (empty text "", an empty number NaN, as in its DataFrame),
    with the column access validators use on a DataFrame: `table["metric"]` is the column's values, in order."""

    def __init__(self, rows: list[dict], fields: list[dict]):
        self.columns = [f["name"] for f in fields]
        self.numbers = [f["name"] for f in fields if f.get("type") == "number"]
        text = {f["name"] for f in fields if f.get("type", "string") == "string"}
        nan = float("nan")
        blank = {name: "" if name in text else nan if name in self.numbers else None for name in self.columns}
        self.records = [{name: blank[name] if row.get(name) is None else row[name] for name in self.columns}
                        for row in rows]

    def __getitem__(self, column: str) -> list:
        if column not in self.columns:
            raise KeyError(column)
        return [record[column] for record in self.records]

    def __len__(self) -> int:
        return len(self.records)

    def frame(self) -> pd.DataFrame:
        import pandas as pd

        frame = pd.DataFrame.from_records(self.records, columns=self.columns)
        for name in self.numbers:
            frame[name] = frame[name].astype(float)
        return frame


@dataclass
class LedgerRows:
    """The validated ledger as rows (`read_ledger`): what `check` and the build's validation read, without pandas.

    It answers the questions validators ask of a `Ledger` (a column, a claim's row, the documents, the
    references); `frames()` is the `Ledger` of DataFrames the pages use."""
    claims: Table
    non_claims: Table
    documents: dict[str, Document]
    root: Path | None = None
    to_fill: list[Problem] = field(default_factory=list)
    rules: HedgeRules = field(default=STANDARD)
    _references: dict | None = field(default=None, repr=False, compare=False)

    checks_file = Ledger.checks_file

    def claim(self, claim_id: str) -> dict:
        """The claim's row (the first with that id, as `Ledger.claim` finds it), as a dict."""
        positions = self.__dict__.get("_positions")
        if positions is None:
            positions = self.__dict__["_positions"] = {}
            for position, record in enumerate(self.claims.records):
                positions.setdefault(record["claim_id"], position)
        if claim_id not in positions:
            raise KeyError(f"no claim {claim_id!r} in the ledger")
        return self.claims.records[positions[claim_id]]

    @property
    def references(self) -> dict:
        from factcheck.sources.references import load_references

        if self._references is None:
            self._references = load_references(Path(self.root) if self.root else paths.ROOT)
        return self._references

    def frames(self) -> Ledger:
        return Ledger(claims=self.claims.frame(), non_claims=self.non_claims.frame(), documents=self.documents,
                      rules=STANDARD, root=self.root, to_fill=self.to_fill)


def load_ledger(root: Path | str | None = None, rules: HedgeRules = STANDARD, draft: bool = False) -> Ledger:
    """Load and validate everything under root (default: this checkout).

    The stored intervals are checked against the standard rules (they are what the
    published table says); with other `rules`, intervals are then recomputed.

    draft: a participant's work in progress (`new-article`). Judgement fields left
    blank (metric, speaker, outlet, ...) do not fail; they load as empty and are listed
    in `ledger.to_fill`. Every other problem still fails, blanks listed with it."""
    ledger = read_ledger(root, draft=draft).frames()
    return with_rules(ledger, rules) if rules != STANDARD else ledger


def read_ledger(root: Path | str | None = None, draft: bool = False) -> LedgerRows:
    """Validate everything `load_ledger` validates, the same way; the rows, without DataFrames."""
    files = LedgerFiles.under(root)
    source_problems = Collector(files.sources)
    claim_problems = Collector(files.claims)
    non_claim_problems = Collector(files.non_claims)
    seed_problems = Collector(files.seeds)

    documents = load_documents(files.sources, files.seeds, source_problems)
    if not files.datapackage.exists():
        schema_problems = Collector(files.datapackage)
        schema_problems.add(None, None, "file not found: the tables' schema is needed to read them")
        raise_if_any(source_problems, schema_problems)
    claims_schema, non_claims_schema = load_schema(files.datapackage, "claims"), load_schema(files.datapackage, "non_claims")
    claims = read_table(files.claims, claims_schema, claim_problems)
    non_claims = read_table(files.non_claims, non_claims_schema, non_claim_problems)

    # A document sources.yml fails to describe is not "unknown" to its rows: its problem is already listed.
    sources_sound = not source_problems.errors
    unreadable = {(p.line, p.column) for p in claim_problems.problems}  # cells that failed to read: once, not per row
    for row in claims:
        _check_claim(row, documents, claim_problems, sources_sound, unreadable)
    check_overlaps(claims, claim_problems)
    for row in non_claims:
        check_anchor(row, "text", documents, non_claim_problems, sources_sound)
    # Accounting needs sound rows; blanks left to fill do not make a row unsound.
    if not (claim_problems.errors or non_claim_problems.errors or source_problems.errors):
        check_accounting(documents, claims, non_claims, files, seed_problems, non_claim_problems)
    MENTIONS.save()
    NUMBERS.save()
    to_fill = raise_if_any(source_problems, claim_problems, non_claim_problems, seed_problems, allow_blanks=draft)

    return LedgerRows(claims=Table(claims, claims_schema["fields"]), non_claims=Table(non_claims, non_claims_schema["fields"]),
                      documents=documents, root=Path(root) if root else None, to_fill=to_fill)


RULES_READ = ("words", "value", "value_to", "hedge", "precision", "unit", "low", "high", "bounds")  # by with_rules


def with_rules(ledger: Ledger, rules: HedgeRules) -> Ledger:
    """The same ledger with every number's interval recomputed under other hedge rules (a what-if).

    Word claims keep theirs: the hedge rules read numbers, factcheck/ledger/words.py reads words."""
    with usage.paused():  # every row is recomputed; a page depends on the claims it then reads
        claims, non_claims = ledger.claims.copy(), ledger.non_claims
    # the columns an interval is worked out from (and kept from), not the whole row: making every row's dict was
    # most of this (pandas boxes each value of its text arrays one by one)
    records = claims[[c for c in RULES_READ if c in claims.columns]].to_dict("records")
    intervals = [None if is_word_claim(row) else _interval_of(row, rules) for row in records]
    claims["low"] = [row["low"] if i is None else i.low for row, i in zip(records, intervals)]
    claims["high"] = [row["high"] if i is None else i.high for row, i in zip(records, intervals)]
    claims["bounds"] = [row["bounds"] if i is None else i.bounds for row, i in zip(records, intervals)]
    return Ledger(claims=claims, non_claims=non_claims, documents=ledger.documents, rules=rules,
                  root=ledger.root, to_fill=ledger.to_fill)


def _interval_of(row: dict, rules: HedgeRules) -> Interval:
    value_to = row.get("value_to")
    value_to = None if value_to is None or (isinstance(value_to, float) and math.isnan(value_to)) else value_to
    return interval_for(row["value"], hedge=row.get("hedge") or "", precision=row["precision"],
                        unit=row["unit"], value_to=value_to, rules=rules)


class NoInterval(ValueError):
    """A word claim that states a condition ("record", "only ...") has no range to compute with."""


def claim_interval(row) -> Interval:
    """The range a claim's words allow: its number's hedge and precision, or its quantity words."""
    if not row["bounds"]:
        raise NoInterval(f"claim {row['claim_id']} (“{row['quote']}”) states a condition, not a quantity: "
                         f"{row['condition']}")
    return Interval.from_bounds(float(row["low"]), float(row["high"]), row["bounds"])


def check_anchor(row: dict, text_column: str, documents: dict, problems: Collector,
                 sources_sound: bool = True) -> str | None:
    """Check doc_id and that the seed text at start:end is the quoted text. Returns the seed text."""
    line, doc_id = row["_line"], row.get("doc_id")
    if doc_id is None:
        return None
    if doc_id not in documents:
        if sources_sound:
                problems.add(line, "doc_id", f"unknown document {doc_id!r}; known: {', '.join(sorted(documents)) or 'none'}")
        return None
    text = documents[doc_id].text
    start, end, quoted = row.get("start"), row.get("end"), row.get(text_column)
    if start is None or end is None or quoted is None:
        return text
    if end <= start:
        problems.add(line, "end", f"end {end} must be greater than start {start}")
    elif end > len(text):
        problems.add(line, "end", f"end {end} is past the end of the text ({len(text)} characters)")
    elif text[start:end] != quoted:
        problems.add(line, text_column, f"does not match the seed at {start}:{end}, which reads "
                                        f"{shown_words(text[start:end])}"
                                        f"{_where_it_occurs(text, quoted, start)}")
    return text


def _where_it_occurs(text: str, quoted: str, near: int) -> str:
    """Where the quote really is (the occurrence nearest the stated start), and what to change."""
    found, at = [], text.find(quoted) if quoted else -1
    while at >= 0:
        found.append(at)
        at = text.find(quoted, at + 1)
    if not found:
        return f"; {shown_words(quoted)} is not in the text: copy the words exactly from the seed file"
    best = min(found, key=lambda i: abs(i - near))
    others = f" (and {len(found) - 1} more time{'s' if len(found) > 2 else ''})" if len(found) > 1 else ""
    return (f"; {shown_words(quoted)} occurs at {best}:{best + len(quoted)}{others}: set start to {best} and end to "
            f"{best + len(quoted)}")


def _check_claim(row: dict, documents: dict, problems: Collector, sources_sound: bool = True,
                 unreadable: set | None = None) -> None:
    line = row["_line"]
    check_anchor(row, "quote", documents, problems, sources_sound)
    claim_id, doc_id = row.get("claim_id"), row.get("doc_id")
    if claim_id and doc_id and not claim_id.startswith(doc_id + "-"):
        problems.add(line, "claim_id", f"{claim_id!r} should start with its document id, '{doc_id}-'")

    if is_word_claim(row):
        check_word_claim(row, problems)
        return
    already = unreadable if unreadable is not None else {(p.line, p.column) for p in problems.problems}
    for column in NUMBER_COLUMNS:  # a cell that failed to read is reported once
        if row.get(column) is None and column in row and (line, column) not in already:
            problems.add(line, column, "is empty; a number claim needs it (a word claim names its words instead)")
    hedge, quote = row.get("hedge") or "", row.get("quote") or ""
    try:
        interval_for(1.0, hedge=hedge, value_to=2.0 if HEDGES.get(hedge.strip().lower()) == "range" else None)
    except UnknownHedge as error:
        problems.add(line, "hedge", str(error))
        return
    written = quote.lower().replace("–", "-")  # a range may be written with an en dash: "40–55 percent"
    if hedge and hedge.lower() not in written:
        problems.add(line, "hedge", f"the hedge {shown_words(hedge)} does not appear in the quote {shown_words(quote)}")

    value, value_to, precision = row.get("value"), row.get("value_to"), row.get("precision")
    if value is None or precision is None:
        return
    infinite = [c for c in ("value", "value_to", "precision", "low") if row.get(c) is not None and math.isinf(row[c])]
    for column in infinite:
        problems.add(line, column, f"must be a finite number, found {row[column]:g} (only 'high' may be INF, for no upper limit)")
    if infinite:
        return
    stated = numbers_stated(quote)
    for column, number in (("value", value), ("value_to", value_to)):
        if number is not None and stated and not any(math.isclose(number, s, rel_tol=1e-9) for s in stated):
            problems.add(line, column, f"{number:g} is not a number the quote states (it states {', '.join(f'{s:g}' for s in stated)})")
    if precision and not _is_power_of_ten(precision):
        problems.add(line, "precision", f"must be 0 or a power of ten (1000, 1, 0.1, ...), found {precision:g}")
    elif precision and not _is_multiple(value, precision):
        problems.add(line, "precision", f"{value:g} is not a multiple of precision {precision:g}")
    else:
        check_reading(row, quote, problems)

    low, high, bounds = row.get("low"), row.get("high"), row.get("bounds")
    if low is not None and high is not None and low > high:
        problems.add(line, "low", f"low {low:g} is greater than high {high:g}")
        return
    try:
        expected = _interval_of(row, STANDARD)
    except ValueError as error:
        problems.add(line, "value_to", str(error))
        return
    for column, found, want in (("low", low, expected.low), ("high", high, expected.high), ("bounds", bounds, expected.bounds)):
        if found is None:
            continue
        same = found == want if column == "bounds" else _same_number(found, want)
        if not same:
            problems.add(line, column, f"expected {want if column == 'bounds' else format(want, 'g')} "
                                       f"(hedge {hedge or 'none'!r}, precision {precision:g}, standard rules), found {found}")


# A claim's note gives the reason for a reading of ours after this word, at its end ("... Reading: a number set, not
# measured, so exact"): the reason a reader is shown, apart from what else the note says
READING = "Reading:"


def reading_reason(row) -> str:
    """The reason a claim's note gives for a reading of ours (after `READING`, at the start of the note or of a
    sentence in it), or ''."""
    note = row.get("note")
    found = _READING_AT.search(note) if isinstance(note, str) else None
    return found.group("reason").strip() if found else ""


_READING_AT = re.compile(rf"(?:^|(?<=[.;!?])\s+){re.escape(READING)}(?P<reason>.*)$", re.S)


def _reading_problem(row) -> str | None:
    """What is wrong with how a note gives a reason for a reading, or None."""
    note = row.get("note")
    if not isinstance(note, str) or READING.lower() not in note.lower():
        return None
    if note.count(READING) > 1:
        return f"gives '{READING}' {note.count(READING)} times: give one reason, once, at the end"
    if not _READING_AT.search(note):
        return (f"has '{READING.lower()}' but not as the reason for a reading: write '{READING}' (a capital R, a "
                "colon) at the start of the note or of its last sentence, then the reason")
    if not reading_reason(row).strip(" .;"):
        return f"gives '{READING}' with no reason after it"
    return None


def check_reading(row: dict, quote: str, problems: Collector) -> None:
    """A precision other than the one the default reading gives the printed number is a reading of ours: a reader is
    shown both, with our reason (report.claim_words.reading), which the note must give after 'Reading:'; and a
    reason given for a number read by default is refused, as it would be shown nowhere."""
    rule, reason = departed_rule(row, quote), reading_reason(row)
    wrong = _reading_problem(row)
    if wrong:
        problems.add(row["_line"], "note", wrong)
    elif rule is not None and not reason:
        problems.add(row["_line"], "precision",
                     f"{row['precision']:g} reads {shown_words(quote)} otherwise than the default reading of the "
                     f"printed number, which gives precision {rule:g} (the methods page, \"How a number is read\"): "
                     f"write {rule:g}, or end the note with '{READING} ' and the reason the number is read so")
    elif rule is None and reason:
        factor = rule_precision(quote, row.get("value") or 0.0) is None
        problems.add(row["_line"], "note",
                     f"gives a reason for a reading ('{READING} ...') that no page would show: "
                     + (f"{shown_words(quote)} is a factor, whose recorded precision is its reading: take the reason "
                        "out" if factor else f"the precision is the one the default reading gives "
                        f"{shown_words(quote)}: take the reason out, or set the precision it is for"))


def departed_rule(row, quote: str | None = None) -> float | None:
    """The precision the default reading gives a number claim whose own precision differs (its range or its
    rounding, which "within rounding" verdicts read, then differ); None for a claim read by default, a word claim,
    or a factor, whose recorded precision is the reading (ledger.accounting.rule_precision)."""
    value, precision = row.get("value"), row.get("precision")
    quote = quote if quote is not None else row.get("quote")
    if value is None or precision is None or value != value or precision != precision or not isinstance(quote, str):
        return None
    rule = rule_precision(quote, value)
    return None if rule is None or math.isclose(rule, precision, rel_tol=1e-9, abs_tol=0) else rule


def default_reading(row) -> tuple[tuple[Interval, Interval], tuple[Interval, Interval]] | None:
    """For a claim we read otherwise (`departed_rule`): (range, rounding) by the default reading of the printed
    number, then by ours; None for a claim read by default, or one whose range cannot be worked out."""
    rule = departed_rule(row)
    if rule is None:
        return None
    try:
        return _readings(row, rule), _readings(row, row["precision"])
    except ValueError:
        return None


def _readings(row, precision: float) -> tuple[Interval, Interval]:
    """The claim's range with this precision, and its rounding alone (the hedge left out unless it writes a range,
    as checks.verdicts.rounding_interval reads it). Its columns are read by name: a page noting what it reads of a
    claim depends on these, not on the whole row."""
    hedge = row.get("hedge")
    hedge = hedge if isinstance(hedge, str) else ""
    columns = {"value": row["value"], "value_to": row.get("value_to"), "hedge": hedge, "unit": row["unit"],
               "precision": precision}
    rounding = columns | ({} if HEDGES.get(hedge.lower()) == "range" else {"hedge": "", "value_to": None})
    return _interval_of(columns, STANDARD), _interval_of(rounding, STANDARD)


def check_overlaps(claims: list[dict], problems: Collector) -> None:
    """Two claims of one document may not share characters: each is highlighted, and linked, on its own."""
    spans: dict[str, list[dict]] = {}
    for row in claims:
        if row.get("doc_id") and isinstance(row.get("start"), int) and isinstance(row.get("end"), int):
            spans.setdefault(row["doc_id"], []).append(row)
    for rows in spans.values():
        rows.sort(key=lambda r: (r["start"], r["end"]))
        for before, after in zip(rows, rows[1:]):
            if after["start"] < before["end"]:
                problems.add(after["_line"], "start",
                             f"{after.get('claim_id')} ({after['start']}:{after['end']}) overlaps {before.get('claim_id')} "
                             f"({before['start']}:{before['end']}, line {before['_line']}): two claims cannot share "
                             "characters; shorten one, or make them one claim")


def _is_power_of_ten(x: float) -> bool:
    exponent = round(math.log10(x))
    return math.isclose(x, 10.0 ** exponent, rel_tol=1e-9)


def _is_multiple(value: float, step: float) -> bool:
    ratio = value / step
    return math.isclose(ratio, round(ratio), abs_tol=1e-6)


def _same_number(a: float, b: float) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
