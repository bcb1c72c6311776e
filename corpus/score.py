"""Score the mention finder on a labelled set of texts: recall, values, readings, units, false positives.

    .venv/bin/python corpus/score.py                       # the corpus: corpus/texts + corpus/gold.csv
    .venv/bin/python corpus/score.py --texts DIR --gold FILE   # any folder of <doc>.txt with its gold file

The gold file has the columns of corpus/gold.csv (doc,start,end,quote,kind,value,value_to,reading,unit)
and its `doc` is the text's file name without .txt. Quantity words without digits ("record", "vast
majority") have kind `word` and are scored on recall alone; figure and table labels ("Figure 1") have
kind `label` and, like periods, must not be reported as quantities.

The gold file (corpus/gold.csv) was written by hand, one row per number a reader sees
(see corpus/README.md). A gold quantity is *found* when a mention the finder reports as a
quantity overlaps its span; its value, reading and unit are then compared with the gold.
Dates, years, fiscal years, decades and ordinals are periods: the finder should set them
aside (report them as such, or not at all), never as quantities.
"""
from __future__ import annotations

import csv
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
QUANTITY_KINDS = {"quantity", "duration", "multiplier", "fraction"}
PERIOD_KINDS = {"date", "year", "fiscal_year", "decade", "ordinal", "label"}
WORD_KINDS = {"word"}
TARGETS = {"recall": 0.98, "values": 0.98, "readings": 0.95, "units": 0.90}


@dataclass(frozen=True)
class Found:
    """One mention as a finder reports it, reduced to what the gold labels."""
    start: int
    end: int
    is_quantity: bool
    value: float | None = None
    value_to: float | None = None
    reading: str = ""
    unit: str = ""
    is_word: bool = False   # a quantity word without digits ("vast majority")
    unit_to_confirm: bool = False  # the finder marks its unit a guess (factcheck.ledger.mentions.unit_to_confirm)


@dataclass
class Scores:
    quantities: int = 0
    found: int = 0
    right_value: int = 0
    right_reading: int = 0
    right_unit: int = 0
    periods: int = 0
    periods_set_aside: int = 0
    words: int = 0
    words_found: int = 0
    units_marked: int = 0        # found quantities whose unit the finder marks to confirm
    wrong_units_marked: int = 0  # ... of them, those whose unit is wrong
    false_alarms: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """Recall of numbers; values, readings and units as shares of those found (the corpus's figures)."""
        found = self.found or 1
        return {"recall": self.found / (self.quantities or 1), "values": self.right_value / found,
                "readings": self.right_reading / found, "units": self.right_unit / found,
                "words": self.words_found / self.words if self.words else 1.0}

    def recall_per_field(self) -> dict[str, float]:
        """Each field right, as a share of every labelled quantity (a miss counts against each field)."""
        total = self.quantities or 1
        return {"values": self.right_value / total, "readings": self.right_reading / total,
                "units": self.right_unit / total}

    def report(self) -> str:
        f = self.figures()
        return "\n".join([
            f"recall    {f['recall']:6.1%}  ({self.found} of {self.quantities} labelled quantities found)",
            f"values    {f['values']:6.1%}  ({self.right_value} of {self.found} found)",
            f"readings  {f['readings']:6.1%}  ({self.right_reading} of {self.found})",
            f"units     {f['units']:6.1%}  ({self.right_unit} of {self.found})",
            f"quantity words {f['words']:6.1%}  ({self.words_found} of {self.words} found)",
            "recall per field (right, of all labelled quantities): "
            + ", ".join(f"{k} {v:.1%}" for k, v in self.recall_per_field().items()),
            f"periods and labels set aside {self.periods_set_aside} of {self.periods}; "
            f"false positives (quantities reported where the gold has none): {len(self.false_alarms)}",
            f"units marked to confirm: {self.units_marked} of {self.found} found; they hold "
            f"{self.wrong_units_marked} of the {self.found - self.right_unit} wrong units",
        ])


def texts(folder: Path = CORPUS / "texts") -> dict[str, str]:
    found = {p.stem: p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))}
    if not found:
        raise ValueError(f"{folder}: no .txt files")
    return found


def gold(path: Path = CORPUS / "gold.csv", known: dict[str, str] | None = None) -> list[dict]:
    """The labels; with known texts, each row's quote must be text[start:end] (file:line in the error)."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    missing = {"doc", "start", "end", "quote", "kind", "value", "value_to", "reading", "unit"} - set(rows[0] if rows else ())
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    for line, row in enumerate(rows, start=2):
        if known is not None:
            text = known.get(row["doc"])
            if text is None:
                raise ValueError(f"{path}:{line}: no text {row['doc']}.txt for this row")
            if text[int(row["start"]):int(row["end"])] != row["quote"]:
                raise ValueError(f"{path}:{line}: text[{row['start']}:{row['end']}] is not the quote {row['quote']!r}")
    for row in rows:
        row["start"], row["end"] = int(row["start"]), int(row["end"])
        for column in ("value", "value_to"):
            row[column] = float(row[column]) if row[column] else None
    return rows


def found_by_finder(text: str) -> list[Found]:
    """What factcheck.ledger.mentions reports, in the gold's terms."""
    from factcheck.ledger.mentions import find_mentions

    from factcheck.ledger.mentions import unit_to_confirm

    return [Found(m.start, m.end, m.is_quantity, m.value, m.value_to, m.reading, m.unit, m.kind == "word",
                  unit_to_confirm(text, m))
            for m in find_mentions(text, words=True)]


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-3)


def _overlaps(a_start, a_end, b_start, b_end) -> bool:
    return a_start < b_end and b_start < a_end


def score(found: dict[str, list[Found]], labels: list[dict]) -> Scores:
    scores = Scores()
    for row in labels:
        mentions = found.get(row["doc"], [])
        every_hit = [m for m in mentions if _overlaps(m.start, m.end, row["start"], row["end"])]
        hits = [m for m in every_hit if not m.is_word]
        where = f"{row['doc']}:{row['start']} {row['quote']!r}"
        if row["kind"] in PERIOD_KINDS:
            scores.periods += 1
            if not any(m.is_quantity for m in hits):
                scores.periods_set_aside += 1
            else:
                scores.notes.append(f"period read as a quantity: {where}")
            continue
        if row["kind"] in WORD_KINDS:
            scores.words += 1
            if any(m.is_quantity for m in every_hit):
                scores.words_found += 1
            else:
                scores.notes.append(f"quantity word missed: {where}")
            continue
        if row["kind"] not in QUANTITY_KINDS:
            continue
        scores.quantities += 1
        quantities = sorted((m for m in hits if m.is_quantity), key=lambda m: -min(m.end, row["end"]) + max(m.start, row["start"]))
        if not quantities:
            scores.notes.append(f"missed: {where}")
            continue
        scores.found += 1
        m = quantities[0]
        if _same(m.value, row["value"]) and _same(m.value_to, row["value_to"]):
            scores.right_value += 1
        else:
            scores.notes.append(f"value: {where} is {row['value']:g}{_to(row['value_to'])}, found {m.value}{_to(m.value_to)}")
        if m.reading == row["reading"]:
            scores.right_reading += 1
        else:
            scores.notes.append(f"reading: {where} is {row['reading']}, found {m.reading or '(none)'}")
        scores.units_marked += m.unit_to_confirm
        if same_unit(m.unit, row["unit"]):
            scores.right_unit += 1
        else:
            scores.wrong_units_marked += m.unit_to_confirm
            scores.notes.append(f"unit: {where} is {row['unit']}, found {m.unit or '(none)'}")
    words_labelled = any(r["kind"] in WORD_KINDS for r in labels)  # a gold file that labels no words cannot judge them
    for doc, mentions in found.items():
        spans = [(r["start"], r["end"]) for r in labels if r["doc"] == doc]
        for m in mentions:
            if m.is_word and not words_labelled:
                continue
            if m.is_quantity and not any(_overlaps(m.start, m.end, s, e) for s, e in spans):
                scores.false_alarms.append(f"{doc}:{m.start}-{m.end}")
    return scores


def same_unit(found: str, labelled: str) -> bool:
    """'arrest' and 'arrests' name the same unit, and so do 'bushel per acre' and 'bushels per acre' (word by word)."""
    def singular(word: str) -> str:
        if word.endswith("ies") and len(word) > 4:
            return word[:-3] + "y"
        return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word
    return [singular(w) for w in found.lower().split()] == [singular(w) for w in labelled.lower().split()]


def _to(value_to: float | None) -> str:
    return f" to {value_to:g}" if value_to is not None else ""


def measure(finder=found_by_finder, folder: Path = CORPUS / "texts", gold_file: Path = CORPUS / "gold.csv") -> Scores:
    known = texts(folder)
    return score({doc: finder(text) for doc, text in known.items()}, gold(gold_file, known))


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Score the mention finder against a gold file.")
    parser.add_argument("--texts", type=Path, default=CORPUS / "texts", help="folder of <doc>.txt (default: the corpus)")
    parser.add_argument("--gold", type=Path, default=None, help="the gold file (default: gold.csv beside --texts)")
    args = parser.parse_args(argv)
    gold_file = args.gold or args.texts.parent / "gold.csv"
    try:
        scores = measure(folder=args.texts, gold_file=gold_file)
    except (OSError, ValueError) as error:
        print(f"score: {error}", file=sys.stderr)
        return 2
    print(scores.report())
    for note in scores.notes:
        print("  " + note)
    for alarm in scores.false_alarms:
        print("  not in the gold: " + alarm)
    figures = scores.figures()
    return 0 if all(figures[k] >= TARGETS[k] for k in TARGETS) else 1


if __name__ == "__main__":
    sys.exit(main())
