"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout16 texts (hrexec18, cbsuac21, drawn by random.Random(33).sample), labelled by
hand, sentence by sentence, by the rules of corpus/README.md (read up to "Rules finder v8 follows"), without opening
heldout16's gold.csv, labels.py, README or score files. Offsets are computed, not typed (corpus/labelling.py), from
the texts in corpus/heldout16/texts: each quote is searched for after the previous row's start, and a quote that is
not there stops the script with its text id and the quote.
Run once: python corpus/heldout16/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout16" / "texts"



LABELS = {
    "hrexec18": [
        q("nearly 300", 300, "agents", "just_below"),
        q("160", 160, "employees"),
        q("133", 133, "workers"),
        q("17", 17, "individuals"),
        q("two", 2, "locations"),
        q("114", 114, "workers"),
        q("nearly 150", 150, "workers", "just_below"),
        w("mostly"),
        k("Sept. 6", "date"),
        d("two hours", 2, "hours"),
    ],
    "cbsuac21": [
        q("122,000", 122000, "children"),
        k("fiscal year 2021", "fiscal_year"),
        w("an all-time high"),
        w("previous records"),
        k("2016", "fiscal_year"),
        k("2019", "fiscal_year"),
        w("the previous records"),
        q("59,000", 59000, "children"),
        q("69,000", 69000, "children"),
        d("six-month", 6, "months"),
        q("more than 92,000", 92000, "minors", "above"),
        w("The record number"),
        w("unprecedented"),
        q("147,000", 147000, "children"),
        k("fiscal year 2021", "fiscal_year"),
        w("peaked"),
        w("a new all-time high"),
        k("COVID-19", "other"),
        q("two", 2, "sites"),
        q("nearly 14,000", 14000, "minors", "just_below"),
        w("the highest tally"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
