"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout29 texts (socflores25, pithome17), drawn with random.Random(36).sample, labelled
by hand, sentence by sentence, without opening heldout29's gold.csv, labels.py, README or score file. Offsets are
computed, not typed (corpus/labelling.py), from the texts in corpus/heldout29/texts: each quote is searched for after
the previous row's start, and a quote that is not there stops the script with its text id and the quote.
Run once: python corpus/heldout29/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout29" / "texts"

P = "percent"

LABELS = {
    "socflores25": [
        # ... rejected the Trump administration's effort to end a 28-year-old legal mandate ...
        d("28-year-old", 28, "years"),
        # ... is one of the only legal tools to prevent the prolonged incarceration ... ("one of the only": no count)
        k("one", "other"),
        # The 1997 settlement is named for lead plaintiff Jenny Lisette Flores, a 15-year-old detained when the
        # class-action complaint was filed in 1985.
        k("1997", "year"),
        d("15-year-old", 15, "years"),
        k("1985", "year"),
        # ... in the wake of the second Trump administration.
        k("second", "ordinal"),
        # During an Aug. 8 hearing, ...
        k("Aug. 8", "date"),
        # Gee also noted that the government bound itself to the nearly 30-year-old consent decree.
        d("nearly 30-year-old", 30, "years", "just_below"),
    ],
    "pithome17": [
        # America's homeless population rises for first time in years
        w("first time in years"),
        # The nation's homeless population increased this year for the first time since 2010, ...
        w("the first time since 2010"),
        k("2010", "year"),
        # ... a report that showed nearly 554,000 homeless people across the country during local tallies conducted
        # in January. That figure is up nearly 1 percent from 2016.
        q("nearly 554,000", 554000, "people", "just_below"),
        q("nearly 1 percent", 1, P, "just_below"),
        k("2016", "year"),
        # Of that total, 193,000 people had no access to nightly shelter ... The unsheltered figure is up by more
        # than 9 percent compared to two years ago.
        q("193,000", 193000, "people"),
        q("more than 9 percent", 9, P, "above"),
        d("two years", 2, "years"),
        # ... has prompted at least 10 city and county governments to declare states of emergency since 2015.
        q("at least 10", 10, "governments", "at_least"),
        k("2015", "year"),
        # "A lot of people in America don't realize they might be two checks, three checks, four checks away from
        # being homeless," ...
        q("two checks", 2, "checks"),
        q("three checks", 3, "checks"),
        q("four checks", 4, "checks"),
        # Butler said he was in transitional housing ... for a while but mostly has lived on the streets for the past
        # couple of years.
        w("mostly"),
        d("couple of years", 2, "years"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
