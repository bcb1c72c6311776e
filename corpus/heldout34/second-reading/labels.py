"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout34 texts (mppworld21, measny19), labelled sentence by sentence by a
language-model agent (reader3435), without opening heldout34's gold.csv, labels.py, README or score files.
Offsets are computed, not typed (corpus/labelling.py), from the texts in corpus/heldout34/texts: each quote is
searched for after the previous row's start, and a quote that is not there stops the script with its text id and
the quote.
Run once: python corpus/heldout34/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold, x  # noqa: E402,F401  (corpus/labelling.py)

TEXTS = CORPUS / "heldout34" / "texts"

LABELS = {
    "mppworld21": [
        # ... unwind one of the Trump's administration's most controversial immigration programs ...
        # ("most controversial": a superlative of a quality, not a quantity word)
        k("one", "other"),
        # The program, created in January 2019 ... which can take months or years to resolve.
        k("January 2019", "date"),
        # Of the hundreds of immigration policy restrictions ... among the most effective (a quality).
        q("hundreds", 100, "restrictions", "order_of_magnitude"),
        # All told, more than 69,000 people have been turned back ...
        q("more than 69,000", 69000, "people", "above"),
        # On the campaign trail last year, Biden pledged to end the Remain in Mexico program on day one.
        k("day one", "other"),
        # During an October 2020 presidential debate with Trump ...
        k("October 2020", "date"),
        # "... But it's not going to be able to be done on day one."
        k("day one", "other"),
        # In late December, President-elect Biden walked back that promise ...
        k("December", "date"),
        # "... done on day one — lift every restriction ... what it was 20 years ago ..."
        k("day one", "other"),
        d("20 years", 20, "years"),
    ],
    "measny19": [
        # America has charted 387 cases of measles across 15 states since the beginning of the year — the
        # second-highest number of reported infections since the disease was declared "eliminated" in 2000.
        q("387", 387, "cases"),
        q("15", 15, "states"),
        w("the second-highest number"),
        k("2000", "year"),
        # The number was topped only once before, in 2014, when 667 cases were reported by the same date.
        q("only once", 1, "times"),
        k("2014", "year"),
        q("667", 667, "cases"),
        # ... shows that 2019 passed last year in terms of outbreaks as of March 28.
        k("2019", "year"),
        k("March 28", "date"),
        # There were 372 cases confirmed by this time in 2018.
        q("372", 372, "cases"),
        k("2018", "year"),
        # Outbreaks — defined as three or more cases — are ongoing in ...
        q("three or more", 3, "cases", "at_least"),
        # ... Rockland County, where 153 measles cases were confirmed as of Friday ...
        q("153", 153, "cases"),
        # ... the MMR vaccine in two doses: first between ages 12 months and 15 months, and a second between 4 and
        # 6 years old.
        q("two", 2, "doses"),
        k("first", "ordinal"),
        ("12 months and 15 months", "duration", 12, 15, "range", "months"),
        k("second", "ordinal"),
        ("4 and 6 years", "duration", 4, 6, "range", "years"),
        # ("in large part", "many parents", "a number of weeks", "some instances": not sized, not labelled)
        # Infected individuals are contagious from four days before rash onset through the fourth day after ...
        d("four days", 4, "days"),
        k("fourth", "ordinal"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
