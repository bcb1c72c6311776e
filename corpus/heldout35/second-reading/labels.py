"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout35 texts (txbuses, tuitaz12), labelled sentence by sentence by a
language-model agent (reader3435), without opening heldout35's gold.csv, labels.py, README or score files.
Offsets are computed, not typed (corpus/labelling.py), from the texts in corpus/heldout35/texts: each quote is
searched for after the previous row's start, and a quote that is not there stops the script with its text id and
the quote.
Run once: python corpus/heldout35/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold, x  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout35" / "texts"

LABELS = {
    "txbuses": [
        # Over the past seven months, Texas has moved nearly 13,000 migrants ... — in what has emerged as an
        # unprecedented cross-country movement of migrants by a state government.
        d("seven months", 7, "months"),
        q("nearly 13,000", 13000, "migrants", "just_below"),
        w("unprecedented"),
        # ("virtually no communication", "any direct requests", "a small network", "for years": not labelled)
        # Now, the state of Texas is picking up the tab to the tune of millions of dollars for a service that would
        # otherwise cost the migrants between $250 and $300 per person.
        q("millions", 1000000, "usd", "order_of_magnitude"),
        q("between $250 and $300", 250, "usd per person", "range", 300),
    ],
    "tuitaz12": [
        # No state has seen a larger percentage tuition increase in the past few years than Arizona, which nearly
        # doubled its average rates at public universities between 2007 and 2011.
        w("No state has seen a larger percentage tuition increase"),
        x("nearly doubled", "multiplier", 2, "times", "just_below"),
        k("2007", "year"),
        k("2011", "year"),
        # But four straight years of double-digit increases are coming to an end in 2012, at least for the state's
        # two largest universities ...
        d("four straight years", 4, "years"),
        q("double-digit", 10, "percent", "order_of_magnitude"),
        k("2012", "year"),
        w("two largest"),
        # This year's freeze, the first in 20 years, was announced in early April ...
        w("the first in 20 years"),
        d("20 years", 20, "years"),
        k("April", "date"),
        # While average tuition and fees at four-year colleges increased in every state in 2011, according to the
        # College Board, at an across-the-board average of 7.4 percent, early returns suggest the number won't be
        # that high in 2012.
        k("four-year", "other"),
        k("2011", "year"),
        q("7.4 percent", 7.4, "percent"),
        k("2012", "year"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
