"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout47 texts (measwa19, bondkoc21; drawn with random.Random(40).sample), labelled
by hand by a helper session before the set's gold.csv, labels.py, README.md or score were read. Offsets are
computed, not typed (corpus/labelling.py), against the set's own texts folder.
Run once: python corpus/heldout47/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from labelling import d, k, q, w, write_gold, x  # noqa: E402,F401  (corpus/labelling.py)

U = "usd"
LABELS = {
    "measwa19": [
        q("19", 19, "cases"),
        q("seven", 7, "cases"),
        q("19", 19, "cases"),
        q("seven", 7, "cases"),
        q("15 children", 15, "children"),
        d("under the age of 10", 10, "years", "below"),
        q("three people", 3, "people"),
        ("between 10 and 18", "duration", 10, 18, "range", "years"),
        q("one adult", 1, "adults"),
        q("16", 16, "cases"),
        q("nearly 30 locations", 30, "locations", "just_below"),
    ],
    "bondkoc21": [
        k("2021", "year"),
        d("the past six months", 6, "months"),
        q("around $7,500", 7500, U, "around"),
        k("March", "date"),
        q("$5,000", 5000, U),
        k("September", "date"),
        q("around $2,500", 2500, U, "around"),
        q("$20,000 or more", 20000, U, "at_least"),
        q("$10,000", 10000, U),
        q("$2,500", 2500, U),
        k("One", "other"),
        d("about 90 days", 90, "days", "around"),
        d("about 20 days", 20, "days", "around"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, not_inside_previous=True, texts=HERE.parent / "texts")
