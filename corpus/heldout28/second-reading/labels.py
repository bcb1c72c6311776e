"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout28 texts (hillsnap16, bordij22), drawn with random.Random(36).sample, labelled
by hand, sentence by sentence, without opening heldout28's gold.csv, labels.py, README or score file. Offsets are
computed, not typed (corpus/labelling.py), from the texts in corpus/heldout28/texts: each quote is searched for after
the previous row's start, and a quote that is not there stops the script with its text id and the quote.
Run once: python corpus/heldout28/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout28" / "texts"

P = "percent"
PP = "percentage points"

LABELS = {
    "hillsnap16": [
        # 2M people off food stamp benefits in last year
        q("2M", 2000000, "people"),
        # The number of Americans who receive food stamps has dropped by more than 2 million over the last year, ...
        q("more than 2 million", 2000000, "Americans", "above"),
        # Nationally, 43.5 million Americans received ... SNAP benefits in May, ...
        q("43.5 million", 43500000, "Americans"),
        # That's down from 45.5 million who received those same benefits in May 2015, and down from a peak of
        # 47.8 million beneficiaries in December 2012.
        q("45.5 million", 45500000, "Americans"),
        k("2015", "year"),
        w("a peak"),
        q("47.8 million", 47800000, "beneficiaries"),
        k("2012", "year"),
        # The decline reflects a recovering economy after the worst recession in generations. (a superlative of a
        # quality, severity, with no amount named: not labelled)
        # The 1996 welfare overhaul ... limited childless, able-bodied adults to three months of SNAP benefits every
        # three years, ... The 2009 federal stimulus bill ...
        k("1996", "year"),
        d("three months", 3, "months"),
        d("three years", 3, "years"),
        k("2009", "year"),
        # In recent years, 15 states have opted out of those waivers, limiting out-of-work adults to three months of
        # food stamp benefits before they must find a job.
        q("15", 15, "states"),
        d("three months", 3, "months"),
        # In 2016, 22 more states will implement work requirements for the first time since the recession.
        # ("the first time" here is of an act, not an amount: an ordinal)
        k("2016", "year"),
        q("22", 22, "states"),
        k("first", "ordinal"),
        # Several states ... have seen a precipitous drop in enrollees in the last year: Between May 2015 and May
        # 2016, food stamp enrollments dropped more than 10 percentage points in Florida, Arkansas, Indiana and
        # Mississippi.
        k("2015", "year"),
        k("2016", "year"),
        q("more than 10 percentage points", 10, PP, "above"),
    ],
    "bordij22": [
        # For each of the past seven fiscal years, Congress has appropriated additional money ...
        d("seven fiscal years", 7, "years"),
        # Congress approved money for 55 new immigration judges to be added in Fiscal Year 2016; 10 in Fiscal 2017;
        # 100 in Fiscal 2018; 50 in Fiscal 2019; 100 in Fiscal 2020; 100 in Fiscal 2021; and 100 in Fiscal 2022.
        q("55", 55, "judges"),
        k("Fiscal Year 2016", "fiscal_year"),
        q("10", 10, "judges"),
        k("Fiscal 2017", "fiscal_year"),
        q("100", 100, "judges"),
        k("Fiscal 2018", "fiscal_year"),
        q("50", 50, "judges"),
        k("Fiscal 2019", "fiscal_year"),
        q("100", 100, "judges"),
        k("Fiscal 2020", "fiscal_year"),
        q("100", 100, "judges"),
        k("Fiscal 2021", "fiscal_year"),
        q("100", 100, "judges"),
        k("Fiscal 2022", "fiscal_year"),
        # But as of December, there were only 576 immigration judges on board, and the backlog of immigration cases
        # is at the highest in history.
        q("576", 576, "judges"),
        w("the highest in history"),
        # Currently, there is enough federal money ... to fund 634 immigration judges.
        q("634", 634, "judges"),
        # As of the end of February, there were over 1.7 million pending immigration cases, ...
        q("over 1.7 million", 1700000, "cases", "above"),
        # From Oct. 1 through Feb. 28, immigration courts received 344,604 new cases, but the courts completed only
        # 108,610 cases during that period, TRAC reports.
        k("Oct. 1", "date"),
        k("Feb. 28", "date"),
        q("344,604", 344604, "cases"),
        q("108,610", 108610, "cases"),
        # ... the high numbers of migrants who since 2021 have crossed the Southwest border ... (a vague size: no row)
        k("2021", "year"),
        # But the addition of 100 new immigration judges coupled with sweeping new asylum processing rules ...
        q("100", 100, "judges"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
