"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout19 texts (wbfent23, natback18), labelled by hand, sentence by sentence, without
opening heldout19's gold.csv, labels.py, README or any score file. Offsets are computed, not typed (corpus/labelling.py),
from the texts in corpus/heldout19/texts: each quote is searched for after the previous row's start, and a quote
that is not there stops the script with its text id and the quote.
Run once: python corpus/heldout19/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold, x  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout19" / "texts"

P = "percent"
FY = "fiscal_year"
APPS = "applications"


def span(quote, low, high, unit, kind="duration"):
    """A range ("from 17.5 to 19 months"): labelling.d has no value_to."""
    return (quote, kind, low, high, "range", unit)


LABELS = {
    "wbfent23": [
        # Fentanyl seizures at US borders soar 400 times since 2019
        x("400 times", "multiplier", 400, "times"),
        k("2019", "year"),
        # Fentanyl seizures ... jumped 14 percent from March to April — and have increased more than 400 percent since
        # fiscal year 2019, ...
        q("14 percent", 14, P),
        q("more than 400 percent", 400, P, "above"),
        k("fiscal year 2019", FY),
        # The potent synthetic opioid is also the first drug in the types tracked by CBP to have already surpassed the
        # amount seized in fiscal year 2023 to date compared with all of fiscal year 2022.
        k("first", "ordinal"),
        k("fiscal year 2023", FY),
        k("fiscal year 2022", FY),
        # The current fiscal year ends on Sept. 30.
        k("Sept. 30", "date"),
        # As of May 3, 17,150.88 pounds of fentanyl have been seized by CBP in FY2023 compared to 14,699.88 pounds
        # seized by the agency in all of FY2022.
        k("May 3", "date"),
        q("17,150.88", 17150.88, "pounds"),
        k("FY2023", FY),
        q("14,699.88", 14699.88, "pounds"),
        k("FY2022", FY),
        # Just two milligrams of the drug is considered a potentially fatal dose; the Centers for Disease Control and
        # Prevention estimates that more than 150 people die each day from overdoses ... ("Just" means only: no hedge)
        q("two", 2, "milligrams"),
        q("more than 150", 150, "people", "above"),
        # CBP said that more than 90 percent of fentanyl is smuggled via vehicles passing through ... ports of entry.
        q("more than 90 percent", 90, P, "above"),
        # Seizures of other drugs — ... — for FY2023 to date still trail their FY2022 totals.
        k("FY2023", FY),
        k("FY2022", FY),
        # March has been the busiest month for drug seizures overall with 56,180.42 pounds intercepted by CBP.
        w("the busiest month"),
        q("56,180.42", 56180.42, "pounds"),
        # In April, that dropped to 36,067.15 pounds of all drug types seized.
        q("36,067.15", 36067.15, "pounds"),
        # ... That and Operation Four Horseman, a complementary CBP operation ..., pulled in about 5,000 pounds of
        # fentanyl combined in their first month.
        k("Four Horseman", "other"),
        q("about 5,000", 5000, "pounds", "around"),
        k("first", "ordinal"),
        # In April's statistics, CBP reported 211,401 overall encounters along the southwest border, up 10 percent from
        # 191,956 in March.
        q("211,401", 211401, "encounters"),
        q("10 percent", 10, P),
        q("191,956", 191956, "encounters"),
    ],
    "natback18": [
        # Almost one million people filed applications for citizenship in fiscal year (FY) 2017, the highest number
        # since FY 2007 and overall the fourth highest number in American history.
        q("Almost one million", 1000000, "people", "just_below"),
        k("fiscal year (FY) 2017", FY),
        w("the highest number"),
        k("FY 2007", FY),
        w("the fourth highest number"),
        # This monumental interest ... met a processing backlog that continues to delay citizenship applications for
        # hundreds of thousands of people.
        q("hundreds of thousands", 100000, "people", "order_of_magnitude"),
        # USCIS, the agency responsible for processing the N-400 Application for Naturalization, received 986,000
        # citizenship applications ... in FY 2017 and 398,000 applications in the first six months of FY 2018.
        k("N-400", "other"),
        q("986,000", 986000, APPS),
        k("FY 2017", FY),
        q("398,000", 398000, APPS),
        k("first", "ordinal"),
        d("six months", 6, "months"),
        k("FY 2018", FY),
        # Of these, individuals who are serving or served in the military submitted almost 11,000 applications in
        # FY 2017 and 1,730 in the first six months of FY 2018.
        q("almost 11,000", 11000, APPS, "just_below"),
        k("FY 2017", FY),
        q("1,730", 1730, APPS),
        k("first", "ordinal"),
        d("six months", 6, "months"),
        k("FY 2018", FY),
        # ... the number of citizenship applications pending adjudication reached 753,000 by the end of the first six
        # months of FY 2018, a hefty 44 percent increase from about 522,000 pending applications at the end of FY 2016.
        q("753,000", 753000, APPS),
        k("first", "ordinal"),
        d("six months", 6, "months"),
        k("FY 2018", FY),
        q("44 percent", 44, P),
        q("about 522,000", 522000, APPS, "around"),
        k("FY 2016", FY),
        # Average processing times in some USCIS field offices reached 10.2 months in FY 2018, with some applicants
        # waiting up to 20 months, compared to the national average in 2016 that was about 5.6 months.
        d("10.2 months", 10.2, "months"),
        k("FY 2018", FY),
        d("up to 20 months", 20, "months", "at_most"),
        k("2016", "year"),
        d("about 5.6 months", 5.6, "months", "around"),
        # In Houston, Texas, the processing time for a citizenship application in 2018 ranged from 17.5 to 19 months,
        # about triple the state average in 2016, which ranged from five to six months.
        k("2018", "year"),
        span("17.5 to 19 months", 17.5, 19, "months"),
        x("about triple", "multiplier", 3, "times", "around"),
        k("2016", "year"),
        span("five to six months", 5, 6, "months"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
