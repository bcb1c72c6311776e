"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout18 texts (fbicrime18, enrdrop20), labelled by hand, sentence by sentence, without
opening heldout18's gold.csv, labels.py, README or any score file. Offsets are computed, not typed (corpus/labelling.py),
from the texts in corpus/heldout18/texts: each quote is searched for after the previous row's start, and a quote
that is not there stops the script with its text id and the quote.
Run once: python corpus/heldout18/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout18" / "texts"

P = "percent"
RATE = "offenses per 100,000"

LABELS = {
    "fbicrime18": [
        # The overall crime rate fell in 2017, according to the latest FBI crime statistics released Monday.
        k("2017", "year"),
        # Violent crime fell by 0.9 percent compared to 2016, with 392.9 offenses per 100,000 residents, ...
        q("0.9 percent", 0.9, P),
        k("2016", "year"),
        q("392.9 offenses per 100,000 residents", 392.9, RATE),
        # And property crime decreased by 3.6 percent, with 2,362.2 offenses per 100,000 residents.
        q("3.6 percent", 3.6, P),
        q("2,362.2 offenses per 100,000 residents", 2362.2, RATE),
        # "... surged resources to jurisdictions facing some of the highest levels of violence and drug abuse,
        # targeted enforcement efforts against the most violent offenders ..." (a superlative of an amount; "the most
        # violent" is one of a quality, not labelled)
        w("the highest levels"),
        # Although the overall violent crime rate fell in 2017, the number of rapes increased by 2.2 percent.
        k("2017", "year"),
        q("2.2 percent", 2.2, P),
        # ... a 0.3 percent drop in aggravated assault and a 4.7 decrease in the robbery rate, as well as a 0.7 percent
        # decline in murder and non-negligent manslaughter offenses. ("4.7" prints no unit: the sentence means percent)
        q("0.3 percent", 0.3, P),
        q("4.7", 4.7, P),
        q("0.7 percent", 0.7, P),
        # In cities with populations of more than 1 million people, the murder rate declined by 7.6 percent, ...
        q("more than 1 million", 1000000, "people", "above"),
        q("7.6 percent", 7.6, P),
        # Some cities saw significant declines in the murder rate, including San Francisco (-35 percent),
        # Chicago (-23.2 percent) and Baltimore (-20.9 percent).
        w("significant declines"),
        q("-35 percent", -35, P),
        q("-23.2 percent", -23.2, P),
        q("-20.9 percent", -20.9, P),
    ],
    "enrdrop20": [
        # Orange County, Fla., has 8,000 missing students.
        q("8,000", 8000, "students"),
        # The Miami-Dade County public schools have 16,000 fewer than last year. ("fewer than last year" is the
        # change, not a hedge; the unit is the sentence before's)
        q("16,000", 16000, "students"),
        # Los Angeles Unified — the nation's second-largest school system — is down nearly 11,000.
        w("the nation's second-largest school system"),
        q("nearly 11,000", 11000, "students", "just_below"),
        # Charlotte-Mecklenburg in North Carolina has 5,000 missing.
        q("5,000", 5000, "students"),
        # ... shows enrollment declines in dozens of school districts across 20 states.
        q("dozens", 12, "districts", "order_of_magnitude"),
        q("20", 20, "states"),
        # Large and small, ... — in most of these districts the decline is a departure from recent trends.
        w("most of these districts"),
        # Over the past 15 years, data from the U.S. Education Department show ... ("Over" means during: no hedge)
        d("15 years", 15, "years"),
        # Six months after schools around the country shut their doors ..., sometimes just a few days a week.
        d("Six months", 6, "months"),
        w("a few days a week"),
        # "... announcing a 2.82% decrease in enrollment statewide, driven by a 14% drop in kindergarten.
        q("2.82%", 2.82, P),
        q("14%", 14, P),
        # "As our nation continues to fight the spread of COVID-19, states ... are seeing changes in K–12 enrollment ..."
        k("COVID-19", "other"),
        k("K–12", "other"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
