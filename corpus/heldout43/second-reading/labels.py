"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout43 texts (icearr23, aca16), labelled sentence by sentence by a
language-model agent (reader s39), without opening heldout43's gold.csv, labels.py, README or score files.
Offsets are computed, not typed (corpus/labelling.py), from the texts in corpus/heldout43/texts: each quote is
searched for after the previous row's start, and a quote that is not there stops the script with its text id and
the quote.
Run once: python corpus/heldout43/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold, x  # noqa: E402,F401  (corpus/labelling.py)

TEXTS = CORPUS / "heldout43" / "texts"
P = "percent"

LABELS = {
    "icearr23": [
        q("More than 387,000", 387000, "noncitizens", "above"),
        k("fiscal years 2021", "fiscal_year"),
        k("2023", "fiscal_year"),
        w("The majority"),
        w("The majority"),
        k("first", "ordinal"),
        k("fiscal years 2021", "fiscal_year"),
        k("2022", "fiscal_year"),
        k("2023", "fiscal_year"),
        q("25", 25, "offices"),
        k("fiscal years 2021", "fiscal_year"),
        k("2022", "fiscal_year"),
        k("Jan. 1, 2021", "date"),
        w("The most common arrests"),
        d("three fiscal years", 3, "years"),
        w("top"),
        w("the most illegal foreign nationals"),
    ],
    "aca16": [
        q("12.7 million", 12700000, "people"),
        k("third", "ordinal"),
        q("about 12.7 million", 12700000, "people", "around"),
        k("2016", "year"),
        k("Nov. 1", "date"),
        q("one million", 1000000, "people"),
        q("11.7 million", 11700000, "people"),
        k("February 2015", "date"),
        q("8.5 percent", 8.5, P),
        q("38", 38, "states"),
        q("4 million", 4000000, "customers"),
        q("more than 9.6 million", 9600000, "customers", "above"),
        q("12", 12, "states"),
        q("About 85 percent", 85, P, "around"),
        q("more than 17.6 million", 17600000, "people", "above"),
        q("below 10 percent", 10, P, "below"),
        d("under age 26", 26, "years", "below"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
