"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

The eleventh held-out set (issue 23): labelled by hand before the finder was run on these texts.
Offsets are computed, not typed (corpus/labelling.py): each quote is searched for after the previous
row's start, and a quote that is not there stops the script with its text id and the quote.
Run once: python corpus/heldout11/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from labelling import write_gold  # noqa: E402  (corpus/labelling.py)


def q(quote, value, unit, reading="rounding", value_to=""):
    return (quote, "quantity", value, value_to, reading, unit)


def d(quote, value, unit, reading="rounding"):
    return (quote, "duration", value, "", reading, unit)


def k(quote, kind):
    return (quote, kind, "", "", "", "")


def w(quote):
    return (quote, "word", "", "", "", "")


P = "percent"
LABELS = {
    "ice22": [
        q("119", 119, "noncitizens"),
        d("within the last five years", 5, "years", "at_most"),
        k("June 1-7", "date"),
        k("Sept. 30, 2021", "date"),
        q("110", 110, "noncitizens"),
        k("Fiscal Year (FY) 2021", "fiscal_year"),
        q("74,082", 74082, "arrests"),
        q("12,025", 12025, "individuals"),
        k("FY 2021", "fiscal_year"),
        q("1,506", 1506, "offenses"),
        q("3,415", 3415, "assaults"),
        q("19,549", 19549, "assaults"),
        q("2,717", 2717, "robberies"),
        q("1,063", 1063, "kidnappings"),
    ],
    "kvoa20": [
        d("week-long", 1, "weeks"),
        q("more than 170", 170, "migrants", "above"),
        k("Oct. 3", "date"),
        k("Oct. 9", "date"),
        q("More than 80%", 80, P, "above"),
        q("86 percent", 86, P),
    ],
    "trac17": [
        k("April 2017", "date"),
        w("an all-time high"),
        q("585,930", 585930, "cases"),
        k("Figure 1", "label"),
        d("670 days", 670, "days"),
        q("Nine", 9, "courts"),
        ("a quarter", "fraction", 25, "", "rounding", P),
        d("more than four additional years", 4, "years", "above"),
        q("nearly 42,000", 42000, "cases", "just_below"),
        d("more than five additional years", 5, "years", "above"),
        d("as much as 1,908 days", 1908, "days", "at_most"),
        k("July 21, 2022", "date"),
        d("four-year", 4, "years"),
        d("a little more than 100 days", 100, "days", "just_above"),
        d("four-year", 4, "years"),
        k("April", "date"),
        d("the past 18 months", 18, "months"),
        k("2013", "year"),
        k("2014", "year"),
        q("79", 79, "judges"),
        k("November of 2015", "date"),
        k("Figure 2", "label"),
        q("10", 10, "judges"),
    ],
    "azcourt": [
        q("more than 470,000", 470000, "cases", "above"),
        d("nearly 670 days", 670, "days", "just_below"),
        q("nine", 9, "judges"),
        q("254", 254, "judges"),
        q("more than 1,800", 1800, "cases per judge", "above"),
        q("nearly 13,000", 13000, "cases", "just_below"),
        d("just over two years", 2, "years", "just_above"),
        d("730 days", 730, "days"),
        k("January", "date"),
        w("the second slowest"),
        d("882 days", 882, "days"),
        q("nearly 10,000", 10000, "cases", "just_below"),
        q("four", 4, "judges"),
        d("933 days", 933, "days"),
        w("mainly"),
        d("under 150 days", 150, "days", "below"),
        d("more than a year and a half", 1.5, "years", "above"),
    ],
    "munsch17": [
        q("nearly 40 percent", 40, P, "just_below"),
        k("January", "date"),
        k("February", "date"),
        q("approximately 10 to 20 percent", 10, P, "range", 20),
        k("December 2016", "date"),
        q("over 43,000", 43000, "nationals", "above"),
        k("January 2017", "date"),
        q("just over 31,000", 31000, "nationals", "just_above"),
        k("February", "date"),
        q("18,762", 18762, "nationals"),
        w("the lowest monthly figure"),
        d("5 years", 5, "years"),
    ],
    "swnt24": [
        k("July 2024", "date"),
        k("first", "ordinal"),
        k("June 4, 2024", "date"),
        k("July", "date"),
        q("32%", 32, P),
        k("June 2024", "date"),
        w("the lowest monthly total"),
        k("September 2020", "date"),
        k("July", "date"),
        k("July 2019", "date"),
        k("all of 2019", "year"),
        k("July", "date"),
        w("the lowest number"),
        d("more than three years", 3, "years", "above"),
        w("the largest"),
        k("June 4, 2024", "date"),
    ],
    "cbpp17": [
        k("K-12", "other"),
        d("the last decade", 1, "decades"),
        w("the deepest-cutting"),
        w("Most"),
        k("2015", "year"),
        q("29", 29, "states"),
        k("2008", "year"),
        w("most"),
        k("2015", "year"),
        k("2017-18", "year"),
        q("at least 12", 12, "states", "at_least"),
        q("7 percent or more", 7, P, "at_least"),
        d("the last decade", 1, "decades"),
        q("Seven", 7, "states"),
        q("12", 12, "states"),
        q("tens or hundreds of millions", 10000000, "usd", "order_of_magnitude"),
        k("One", "other"),
        k("1", "other"),
    ],
    "baltot": [
        q("Millions of dollars", 1000000, "usd", "order_of_magnitude"),
        q("$6 million", 6000000, "usd"),
        q("$4 million", 4000000, "usd"),
        q("$14 million", 14000000, "usd"),
        q("$1 million", 1000000, "usd"),
        q("$19 million", 19000000, "usd"),
        q("$9 million", 9000000, "usd"),
        q("30 percent", 30, P),
        q("20 percent", 20, P),
    ],
    "dal21": [
        w("record setting"),
        k("one", "other"),
        q("nearly $4.5 billion", 4500000000, "usd", "just_below"),
        d("two weeks", 2, "weeks"),
        q("$10 million", 10000000, "usd"),
        w("the majority"),
        k("a single one", "other"),
        q("250", 250, "officers"),
        k("911", "other"),
        w("most"),
    ],
    "nyc21": [
        q("$1 billion", 1000000000, "usd"),
        q("$5.31 billion", 5310000000, "usd"),
        q("$4.89 billion", 4890000000, "usd"),
        q("$345 million", 345000000, "usd"),
    ],
    "wtdeath21": [
        q("557", 557, "deaths"),
        d("the past year", 1, "years"),
        w("the previous record"),
        w("a record"),
        q("12,854", 12854, "rescues"),
        ("more than twice", "multiplier", 2, "", "above", "times"),
        k("fiscal 2020", "fiscal_year"),
        w("the record-holder"),
        k("fiscal 2021", "fiscal_year"),
        w("than in any previous fiscal year"),
        q("557", 557, "deaths"),
        w("the record year"),
        k("2005", "year"),
        q("492", 492, "deaths"),
        k("fiscal 2020", "fiscal_year"),
        q("247", 247, "deaths"),
        k("2019", "year"),
        q("300", 300, "deaths"),
        d("the past four years", 4, "years"),
        w("set records"),
        k("fiscal 2021", "fiscal_year"),
        k("Sept. 30", "date"),
    ],
    "jchs24": [
        w("new heights"),
        k("2022", "year"),
        ("half", "fraction", 50, "", "rounding", P),
        q("more than 30 percent", 30, P, "above"),
        q("2 million", 2000000, "households"),
        d("three years", 3, "years"),
        w("a record high"),
        q("22.4 million", 22400000, "households"),
        k("2024", "other"),
        q("12.1 million", 12100000, "renters"),
        ("over half", "fraction", 50, "", "above", P),
        w("an all-time high"),
        w("historically high"),
        k("2021", "year"),
        k("2022", "year"),
        k("third quarter of 2023", "date"),
        q("0.4 percent", 0.4, P),
        q("15.3 percent", 15.3, P),
        k("2022", "year"),
        w("an all-time high"),
        q("50 percent", 50, P),
        q("3.2 percentage points", 3.2, "percentage points"),
        k("2019", "year"),
        k("2019", "year"),
        w("the most"),
        q("between $30,000 and $74,999", 30000, "usd", "range", 74999),
        k("2022", "year"),
        q("7.2 million", 7200000, "units"),
        q("under $600", 600, "usd", "below"),
        q("2.1 million", 2100000, "units"),
        k("2012", "year"),
        k("2022", "year"),
        q("21 percent", 21, P),
        k("2001", "year"),
        q("2 percent", 2, P),
    ],
}


if __name__ == "__main__":
    write_gold(LABELS, HERE)
