"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout10 texts (hill17, phr24), labelled by hand without opening heldout10's
gold.csv, labels.py or README. Offsets are computed, not typed (corpus/labelling.py), from the texts in corpus/heldout10/texts: each quote is searched
for after the previous row's start, and a quote that is not there stops the script with its text id and the quote.
Run once: python corpus/heldout11/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import write_gold  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout10" / "texts"

P = "percent"
PP = "percentage points"
LABELS = {
    "hill17": [
        ("Seven years", "duration", 7, "", "rounding", "years"),
        ("record lows", "word", "", "", "", ""),
        ("a handful", "word", "", "", "", ""),
        ("4.7 percent", "quantity", 4.7, "", "rounding", P),
        ("the lowest rate", "word", "", "", "", ""),
        ("1976", "year", "", "", "", ""),
        ("a new low", "word", "", "", "", ""),
        ("2.3 percent", "quantity", 2.3, "", "rounding", P),
        ("3.4 percent", "quantity", 3.4, "", "rounding", P),
        ("a record", "word", "", "", "", ""),
        ("4.9 percent", "quantity", 4.9, "", "rounding", P),
        ("2.5 percent", "quantity", 2.5, "", "rounding", P),
        ("new lows", "word", "", "", "", ""),
        ("3.6 percent", "quantity", 3.6, "", "rounding", P),
        ("4.5 percent", "quantity", 4.5, "", "rounding", P),
        ("4.3 percent", "quantity", 4.3, "", "rounding", P),
        ("half a percentage point", "quantity", 0.5, "", "rounding", PP),
        ("January", "date", "", "", "", ""),
        ("highs", "word", "", "", "", ""),
        ("6.7 percent", "quantity", 6.7, "", "rounding", P),
        ("6.6 percent", "quantity", 6.6, "", "rounding", P),
        ("low", "word", "", "", "", ""),
        ("2.3 percent", "quantity", 2.3, "", "rounding", P),
        ("Twenty-two states", "quantity", 22, "", "rounding", "states"),
        ("13 states", "quantity", 13, "", "rounding", "states"),
        ("more than a full percentage point", "quantity", 1, "", "above", PP),
        ("a point and a half", "quantity", 1.5, "", "rounding", PP),
        ("nine states", "quantity", 9, "", "rounding", "states"),
        ("4.7 percent", "quantity", 4.7, "", "rounding", P),
        ("4 percent", "quantity", 4, "", "rounding", P),
        ("three states", "quantity", 3, "", "rounding", "states"),
        ("46,600 jobs", "quantity", 46600, "", "rounding", "jobs"),
        ("the past year", "duration", 1, "", "rounding", "years"),
        ("3.3 percent", "quantity", 3.3, "", "rounding", P),
    ],
    "phr24": [
        ("January 1, 2017", "date", "", "", "", ""),
        ("68 people", "quantity", 68, "", "rounding", "people"),
        ("[1]", "other", "", "", "", ""),
        ("approximately 38,000 people", "quantity", 38000, "", "around", "people"),
        ("approximately 130 detention facilities", "quantity", 130, "", "around", "facilities"),
        ("41,500 people", "quantity", 41500, "", "rounding", "people"),
        ("FY 2024", "fiscal_year", "", "", "", ""),
        ("$3.4 billion", "quantity", 3400000000, "", "rounding", "usd"),
        ("[2]", "other", "", "", "", ""),
        ("52 people", "quantity", 52, "", "rounding", "people"),
        ("January 1, 2017", "date", "", "", "", ""),
        ("December 31, 2021", "date", "", "", "", ""),
        ("over 14,500 pages", "quantity", 14500, "", "above", "pages"),
        ("two family members", "quantity", 2, "", "rounding", "family members"),
    ],
}


if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
