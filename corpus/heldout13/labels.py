"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

The thirteenth held-out set (issue 23): labelled by hand before the finder was run on these texts.
Offsets are computed, not typed (corpus/labelling.py): each quote is searched for after the previous
row's start, and a quote that is not there stops the script with its text id and the quote.
Run once: python corpus/heldout13/labels.py
"""
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelling import COLUMNS  # noqa: E402  (corpus/labelling.py)


def q(quote, value, unit, reading="rounding", value_to=""):
    return (quote, "quantity", value, value_to, reading, unit)


def d(quote, value, unit, reading="rounding"):
    return (quote, "duration", value, "", reading, unit)


def k(quote, kind):
    return (quote, kind, "", "", "", "")


def w(quote):
    return (quote, "word", "", "", "", "")


P = "percent"
U = "usd"
PP = "percentage points"
LABELS = {
    "tvd25": [
        w("a historic number"),
        k("October", "date"),
        q("29", 29, "individuals"),
        w("the previous high"),
        q("28", 28, "fatalities"),
        k("2004", "year"),
        w("the highest annual death count"),
        d("more than two decades", 2, "decades", "above"),
    ],
    "esm23": [
        q("10", 10, "individuals"),
        ("more than doubling", "multiplier", 2, "", "above", "times"),
        k("2021", "year"),
        ("nearly tripling", "multiplier", 3, "", "just_below", "times"),
        k("2022", "year"),
        q("five", 5, "years"),
        q("six", 6, "years"),
        k("2020", "year"),
        q("21", 21, "deaths"),
        d("39-year-old", 39, "years"),
        k("May 22", "date"),
        d("about a month", 1, "months", "around"),
        d("44-year-old", 44, "years"),
        k("May 21", "date"),
        k("January", "date"),
        q("six", 6, "deaths"),
    ],
    "tracw23": [
        k("December 2023", "date"),
        q("surpassed 3 million", 3000000, "cases", "above"),
        q("4,500", 4500, "cases per judge"),
        q("just over half a million", 500000, "cases", "just_above"),
        k("2016", "year"),
    ],
    "w2r23": [
        k("2023", "year"),
        q("over 3 million", 3000000, "cases", "above"),
        k("November", "date"),
        q("1.9 million", 1900000, "cases"),
        k("September 2022", "date"),
        w("the third-largest city"),
        q("over 4,000", 4000, "cases", "above"),
        q("517", 517, "judges"),
        k("2020", "year"),
        q("734", 734, "judges"),
        k("October", "date"),
        q("302", 302, "judges"),
        k("2024", "year"),
        q("150", 150, "judges"),
        q("nearly 2.5 million", 2500000, "encounters", "just_below"),
        k("fiscal 2023", "fiscal_year"),
        w("annual records"),
        k("1960", "year"),
        k("first", "ordinal"),
        d("two months", 2, "months"),
        k("fiscal 2024", "fiscal_year"),
        q("over 483,000", 483000, "encounters", "above"),
        w("historically high"),
        q("13 percent", 13, P),
        d("the past 25 years", 25, "years"),
    ],
    "wtvm19": [
        w("a small fraction"),
        q("9", 9, "deaths"),
        q("more than 396,000", 396000, "individuals", "above"),
        k("Fiscal Year 2018", "fiscal_year"),
        q("approximately 2.25 deaths per 100,000", 2.25, "deaths per 100,000", "around"),
    ],
    "aims24": [
        k("FY2021–2023", "fiscal_year"),
        k("FY2018–2020", "fiscal_year"),
        k("COVID-19", "other"),
        k("100,000", "other"),
        q("12", 12, "deaths"),
        k("FY2021–2023", "fiscal_year"),
        q("38", 38, "deaths"),
        k("FY2018–2020", "fiscal_year"),
        k("100,000", "other"),
        q("3.251", 3.251, "deaths per 100,000 admissions"),
        k("FY2021", "fiscal_year"),
        q("0.939", 0.939, "deaths per 100,000 admissions"),
        k("FY2022", "fiscal_year"),
        q("1.457", 1.457, "deaths per 100,000 admissions"),
        k("FY2023", "fiscal_year"),
        w("a pandemic-era high"),
        q("10.833", 10.833, "deaths per 100,000 admissions"),
        k("FY2020", "fiscal_year"),
        q("1", 1, "deaths"),
        q("12", 12, "deaths"),
        q("8.3%", 8.3, P),
        k("FY2021–2023", "fiscal_year"),
        q("9", 9, "deaths"),
        q("38", 38, "deaths"),
        q("23.7%", 23.7, P),
        k("FY2018–2020", "fiscal_year"),
        k("COVID-19", "other"),
        q("3", 3, "deaths"),
        q("11", 11, "deaths"),
        q("25%", 25, P),
        k("FY2021–2023", "fiscal_year"),
        q("8", 8, "deaths"),
        q("11", 11, "deaths"),
        q("72.7%", 72.7, P),
        k("FY2020", "fiscal_year"),
        q("0.030", 0.03, "p"),
        q("4", 4, "deaths"),
        q("11", 11, "deaths"),
        q("36.3%", 36.3, P),
        k("FY2021–2023", "fiscal_year"),
        q("6", 6, "deaths"),
        q("29", 29, "deaths"),
        q("20.3%", 20.3, P),
        k("FY2018–2020", "fiscal_year"),
        q("Three", 3, "deaths"),
        k("FY2021–2023", "fiscal_year"),
    ],
    "dalap20": [
        k("2021 fiscal year", "fiscal_year"),
        q("nearly $8 million", 8000000, U, "just_below"),
        d("more than 12 hours", 12, "hours", "above"),
        q("$3.8 billion", 3800000000, U),
        q("9", 9, "votes"),
        q("6", 6, "votes"),
        ("more than a fourth", "fraction", 25, "", "above", P),
        q("$501 million", 501000000, U),
        k("2020", "year"),
        q("$509 million", 509000000, U),
        k("2021", "year"),
    ],
    "bloom21": [
        k("FY 2022", "fiscal_year"),
        q("44%", 44, P),
        q("$109.1 million", 109100000, U),
        q("1.1%", 1.1, P),
        q("$110.2 million", 110200000, U),
        k("FY 2021", "fiscal_year"),
        q("$109.1 million", 109100000, U),
        q("$58.6 million", 58600000, U),
        q("$11.7 million", 11700000, U),
        q("$16.8 million", 16800000, U),
        k("Ward 6", "other"),
        k("Ward 8", "other"),
        q("$21 million", 21000000, U),
        q("$20 million", 20000000, U),
        q("7", 7, "votes"),
        q("2", 2, "votes"),
    ],
    "mpls20": [
        q("approximately $1.5 billion", 1500000000, U, "around"),
        k("2021", "year"),
        q("750", 750, "officers"),
        k("2022", "year"),
        q("7", 7, "votes"),
        q("6", 6, "votes"),
        q("888", 888, "officers"),
        k("COVID-19", "other"),
        q("$7.7 million", 7700000, U),
        q("$179 million", 179000000, U),
        q("More than 300", 300, "residents", "above"),
        q("5.75%", 5.75, P),
        q("roughly $88 million", 88000000, U, "around"),
    ],
    "epiaug": [
        k("August", "date"),
        w("most"),
        w("mostly"),
        d("past year", 1, "years"),
        q("1.7 percent", 1.7, P),
        q("1.1 percent", 1.1, P),
        q("1.5 percent", 1.5, P),
        k("May", "date"),
        k("August", "date"),
        q("43", 43, "states"),
        w("the largest percentage gains"),
        q("1.6 percent", 1.6, P),
        q("1.3 percent", 1.3, P),
        q("0.9 percent", 0.9, P),
        q("0.9 percent", 0.9, P),
        q("0.9 percent", 0.9, P),
        q("seven", 7, "states"),
        q("-1.0 percent", -1.0, P),
        q("-1.0 percent", -1.0, P),
        q("-0.9 percent", -0.9, P),
        w("the largest losses"),
        k("August", "date"),
        q("eight", 8, "states"),
        q("30", 30, "states"),
        k("August", "date"),
        k("May", "date"),
        w("The largest increases"),
        q("0.9 percentage points", 0.9, PP),
        q("0.8 percentage points", 0.8, PP),
        q("0.6 percentage points", 0.6, PP),
        k("May", "date"),
        k("August", "date"),
        q("17", 17, "states"),
        q("-0.9 percentage points", -0.9, PP),
        q("-0.6 percentage points", -0.6, PP),
        q("-0.5 percentage points", -0.5, PP),
        q("0.5 percentage points", 0.5, PP),
        q("0.5 percentage points", 0.5, PP),
        q("0.5 percentage points", 0.5, PP),
        w("the largest declines"),
    ],
    "aba19": [
        k("2017", "year"),
        k("2018", "year"),
        d("two decades", 2, "decades"),
        q("an estimated 20.8 deaths per 100,000", 20.8, "deaths per 100,000", "around"),
        d("twelve months", 12, "months"),
        k("second", "ordinal"),
        k("2018", "year"),
        q("6.1 deaths per year", 6.1, "deaths per 100,000"),
        k("1999", "year"),
    ],
    "ccj26": [
        w("largest"),
        w("their lowest levels"),
        d("more than a century", 1, "centuries", "above"),
        k("2025", "year"),
        q("21%", 21, P),
        k("2024", "year"),
        k("2025", "year"),
        q("44%", 44, P),
        k("2021", "year"),
        q("40", 40, "cities"),
        w("most populous"),
        q("4 per 100,000 residents", 4, "homicides per 100,000"),
        k("2025", "year"),
        w("the lowest documented murder rate"),
        k("1900", "year"),
        w("the largest one-year increase"),
        w("the largest one-year decrease"),
        k("2000s", "decade"),
        k("2026", "year"),
        q("six", 6, "homicides"),
        k("Jan. 18", "date"),
        q("20", 20, "homicides"),
        k("first", "ordinal"),
        w("the longest gap"),
        d("at least 15 years", 15, "years", "at_least"),
        k("first", "ordinal"),
        d("three weeks", 3, "weeks"),
        q("13", 13, "categories"),
        q("11", 11, "categories"),
        k("2024", "year"),
        k("2025", "year"),
    ],
}

def write_gold_no_overlap(labels: dict, folder: Path) -> None:
    """As labelling.write_gold, except that a quote found inside the previous row's quote is searched again after
    that quote's end: `epiaug` prints "-0.5 percentage points" and then "0.5 percentage points", and
    labelling.py (which searches from the previous row's start + 1) would place the second inside the first."""
    rows = []
    for doc, doc_labels in labels.items():
        text = (folder / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
        position, previous_end = 0, 0
        for quote, kind, value, value_to, reading, unit in doc_labels:
            start = text.find(quote, position)
            if 0 <= start < previous_end:
                start = text.find(quote, previous_end)
            if start < 0:
                raise SystemExit(f"{doc}: {quote!r} not found after {position}")
            rows.append([doc, start, start + len(quote), quote, kind, value, value_to, reading, unit])
            position, previous_end = start + 1, start + len(quote)
    with open(folder / "gold.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"{len(rows)} rows")


if __name__ == "__main__":
    write_gold_no_overlap(LABELS, HERE)
