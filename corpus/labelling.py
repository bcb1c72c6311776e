"""Gold rows from hand labels: the offsets are computed, not typed (used by corpus/heldout*/labels.py).

Each label is (quote, kind, value, value_to, reading, unit), in reading order; its offsets are those of the
quote's first occurrence after the previous label's start (or, with not_inside_previous, outside the previous label's
quote: "-0.5 percentage points" then "0.5 percentage points"). A quote that is not there stops the script with its
text id and the quote."""
import csv
from pathlib import Path

# One label each, as a labels.py writes them: a quantity, a duration, a kind that is not scored (a date, an
# ordinal, "other", a figure label), a quantity word, and a multiplier or fraction with its value.
def q(quote, value, unit, reading="rounding", value_to=""):
    return (quote, "quantity", value, value_to, reading, unit)


def d(quote, value, unit, reading="rounding"):
    return (quote, "duration", value, "", reading, unit)


def k(quote, kind):
    return (quote, kind, "", "", "", "")


def w(quote):
    return (quote, "word", "", "", "", "")


def x(quote, kind, value, unit, reading="rounding"):
    return (quote, kind, value, "", reading, unit)


COLUMNS = ["doc", "start", "end", "quote", "kind", "value", "value_to", "reading", "unit"]


def rows_for(labels: dict, texts: Path, not_inside_previous: bool = False) -> list[list]:
    rows = []
    for doc, doc_labels in labels.items():
        text = (texts / f"{doc}.txt").read_text(encoding="utf-8")
        position, previous_end = 0, 0
        for quote, kind, value, value_to, reading, unit in doc_labels:
            start = text.find(quote, position)
            if not_inside_previous and 0 <= start < previous_end:
                start = text.find(quote, previous_end)
            if start < 0:
                raise SystemExit(f"{doc}: {quote!r} not found after {position}")
            rows.append([doc, start, start + len(quote), quote, kind, value, value_to, reading, unit])
            position, previous_end = start + 1, start + len(quote)
    return rows


def write_gold(labels: dict, folder: Path, not_inside_previous: bool = False, texts: Path | None = None) -> None:
    """folder/gold.csv from the labels of the texts in folder/texts (a second reading names its set's texts)."""
    rows = rows_for(labels, texts or folder / "texts", not_inside_previous)
    with open(folder / "gold.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"{len(rows)} rows")
