"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two texts of the eighth held-out set (issue 23), `dol19` and `wallst16`, labelled by
hand by the ninth set's labeller without opening corpus/heldout8/gold.csv, its labels or its README.
Offsets are computed, not typed (corpus/labelling.py), from the texts in corpus/heldout8/texts: each quote is
searched for after the previous row's start, and a quote that is not there stops the script with its text id and
the quote.
Run once: python corpus/heldout9/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import write_gold  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout8" / "texts"

LABELS = {
    "dol19": [
        ("September 2019", "date", "", "", "", ""),
        ("September", "date", "", "", "", ""),
        ("a 50-year low", "word", "", "", "", ""),
        ("50-year", "duration", 50, "", "rounding", "years"),
        ("3.5%", "quantity", 3.5, "", "rounding", "percent"),
        ("nineteenth", "ordinal", "", "", "", ""),
        ("at or below 4%", "quantity", 4, "", "at_most", "percent"),
        ("a record low", "word", "", "", "", ""),
        ("1992", "year", "", "", "", ""),
        ("a record low", "word", "", "", "", ""),
        ("August", "date", "", "", "", ""),
        ("a new record low", "word", "", "", "", ""),
        ("their lowest unemployment rate", "word", "", "", "", ""),
        ("3.1%", "quantity", 3.1, "", "rounding", "percent"),
        ("the lowest since 1953", "word", "", "", "", ""),
        ("1953", "year", "", "", "", ""),
        ("a new record low", "word", "", "", "", ""),
        ("October", "date", "", "", "", ""),
        ("September", "date", "", "", "", ""),
        ("136,000 new jobs", "quantity", 136000, "", "rounding", "jobs"),
        ("July", "date", "", "", "", ""),
        ("August", "date", "", "", "", ""),
        ("45,000 jobs", "quantity", 45000, "", "rounding", "jobs"),
        ("January 2017", "date", "", "", "", ""),
        ("more than six million jobs", "quantity", 6000000, "", "above", "jobs"),
        ("158,269,000 Americans", "quantity", 158269000, "", "rounding", "Americans"),
        ("record low", "word", "", "", "", ""),
        ("millions of open jobs", "quantity", 1000000, "", "order_of_magnitude", "jobs"),
    ],
    "wallst16": [
        ("Roughly 47,000 people", "quantity", 47000, "", "around", "people"),
        ("2014", "year", "", "", "", ""),
        ("the highest on record", "word", "", "", "", ""),
        ("14.7 drug deaths per 100,000 people", "quantity", 14.7, "", "rounding", "drug deaths per 100,000"),
        ("2014", "year", "", "", "", ""),
        ("greater than 20 deaths per 100,000 people", "quantity", 20, "", "above", "deaths per 100,000"),
        ("10 states", "quantity", 10, "", "rounding", "states"),
        ("more than 35 people", "quantity", 35, "", "above", "people per 100,000"),
        ("the worst rate in the country", "word", "", "", "", ""),
        ("2000", "year", "", "", "", ""),
        ("2014", "year", "", "", "", ""),
        ("137%", "quantity", 137, "", "rounding", "percent"),
        ("the highest rates", "word", "", "", "", ""),
        ("473%", "quantity", 473, "", "rounding", "percent"),
        ("2004", "year", "", "", "", ""),
        ("2014", "year", "", "", "", ""),
        ("the third worst fatal overdose rate", "word", "", "", "", ""),
        ("670%", "quantity", 670, "", "rounding", "percent"),
        ("62%", "quantity", 62, "", "rounding", "percent"),
        ("the highest rates", "word", "", "", "", ""),
        ("a disproportionately large share", "word", "", "", "", ""),
        ("seven", "quantity", 7, "", "rounding", "states"),
        ("10 states", "quantity", 10, "", "rounding", "states"),
        ("the highest overdose rates", "word", "", "", "", ""),
        ("at least 40%", "quantity", 40, "", "at_least", "percent"),
        ("less than 25%", "quantity", 25, "", "below", "percent"),
        ("the majority of states", "word", "", "", "", ""),
    ],
}


if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
