"""Agreement between this second reading (second-reading/gold.csv) and the fourth set's gold (heldout4/gold.csv).

Only the documents labelled here are compared. Rows are matched by offsets: a row of one file matches the row
of the other file for the same document whose span overlaps it (the first one, in reading order). Matched rows
are compared on kind, value (with value_to), reading and unit; units singular or plural alike and case aside,
as corpus/score.py compares them, and nothing else. Rows with no match on the other side are listed.
Run: python corpus/heldout5/second-reading/agreement.py  (prints the figures and every disagreement)
"""
import csv
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MINE = HERE / "gold.csv"
THEIRS = HERE.parent.parent / "heldout4" / "gold.csv"
FIELDS = ("kind", "value", "reading", "unit")


def load(path: Path, docs=None) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if docs is None or row["doc"] in docs]
    for row in rows:
        row["start"], row["end"] = int(row["start"]), int(row["end"])
    return rows


def number(text: str):
    return float(text) if text not in ("", None) else None


def same_value(a: dict, b: dict) -> bool:
    for key in ("value", "value_to"):
        x, y = number(a[key]), number(b[key])
        if (x is None) != (y is None) or (x is not None and not math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9)):
            return False
    return True


def unit_key(unit: str) -> str:
    unit = unit.strip().lower()
    return unit[:-1] if unit.endswith("s") else unit


def same(field: str, a: dict, b: dict) -> bool:
    if field == "value":
        return same_value(a, b)
    if field == "unit":
        return unit_key(a["unit"]) == unit_key(b["unit"])
    return a[field] == b[field]


def overlaps(a: dict, b: dict) -> bool:
    return a["doc"] == b["doc"] and a["start"] < b["end"] and b["start"] < a["end"]


def show(row: dict) -> str:
    value = row["value"] + (f"-{row['value_to']}" if row["value_to"] else "")
    return f"{row['kind']} {value} {row['reading']} {row['unit']}".replace("  ", " ").strip()


def main() -> int:
    mine = load(MINE)
    docs = sorted({row["doc"] for row in mine})
    theirs = load(THEIRS, set(docs))
    used = set()
    pairs, only_mine = [], []
    for row in mine:
        match = next((i for i, other in enumerate(theirs) if i not in used and overlaps(row, other)), None)
        if match is None:
            only_mine.append(row)
        else:
            used.add(match)
            pairs.append((row, theirs[match]))
    only_theirs = [row for i, row in enumerate(theirs) if i not in used]

    print(f"documents: {', '.join(docs)}")
    print(f"rows: {len(mine)} here, {len(theirs)} in heldout4's gold; {len(pairs)} matched by offsets, "
          f"{len(only_mine)} only here, {len(only_theirs)} only in heldout4's gold")
    exact = sum(1 for a, b in pairs if (a["start"], a["end"]) == (b["start"], b["end"]))
    print(f"spans: {exact} of {len(pairs)} matched rows have the same start and end")
    for field in FIELDS:
        agree = sum(1 for a, b in pairs if same(field, a, b))
        print(f"{field:8s} {agree} of {len(pairs)} matched rows agree ({agree / (len(pairs) or 1):.1%})")
    full = sum(1 for a, b in pairs if all(same(f, a, b) for f in FIELDS))
    print(f"all four {full} of {len(pairs)} ({full / (len(pairs) or 1):.1%})")
    print("disagreements (here | heldout4):")
    for a, b in pairs:
        fields = [f for f in FIELDS if not same(f, a, b)]
        spans = (a["start"], a["end"]) != (b["start"], b["end"])
        if fields or spans:
            what = ", ".join(fields + (["span"] if spans else []))
            print(f"  {a['doc']}:{a['start']} {a['quote']!r} | {b['quote']!r}: {what}: {show(a)} | {show(b)}")
    for row in only_mine:
        print(f"  only here: {row['doc']}:{row['start']} {row['quote']!r} {show(row)}")
    for row in only_theirs:
        print(f"  only in heldout4: {row['doc']}:{row['start']} {row['quote']!r} {show(row)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
