"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout46 texts (hookres, phisnow; drawn with random.Random(40).sample), labelled by
hand by a helper session before the set's gold.csv, labels.py, README.md or score were read. Offsets are computed,
not typed (corpus/labelling.py), against the set's own texts folder.
Run once: python corpus/heldout46/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from labelling import d, k, q, w, write_gold, x  # noqa: E402,F401  (corpus/labelling.py)

P = "percent"
IN = "inches"
LABELS = {
    "hookres": [
        k("October", "date"),
        k("October 29", "date"),
        q("74.1 percent", 74.1, P),
        q("22 percent", 22, P),
        k("October 11", "date"),
        q("52.1 percent", 52.1, P),
        q("85 percent", 85, P),
        d("seven days", 7, "days"),
    ],
    "phisnow": [
        q("1 to 3", 1, IN, "range", 3),
        q("1 inch", 1, IN),
        w("the record seasonal total"),
        q("73.1 inches", 73.1, IN),
        w("a hefty lead"),
        q("64.9", 64.9, IN),
        q("45.4", 45.4, IN),
        q("43.2", 43.2, IN),
        q("less than an inch", 1, IN, "below"),
        q("40.6", 40.6, IN),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, not_inside_previous=True, texts=HERE.parent / "texts")
