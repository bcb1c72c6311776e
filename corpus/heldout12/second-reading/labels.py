"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout12 texts (bbjun19, bbc99), labelled by hand, sentence by sentence, without
opening heldout12's gold.csv, labels.py, README or score file. Offsets are computed, not typed (corpus/labelling.py),
from the texts in corpus/heldout12/texts: each quote is searched for after the previous row's start, and a quote
that is not there stops the script with its text id and the quote.
Run once: python corpus/heldout12/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold, x  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout12" / "texts"

P = "percent"
RATE = "people killed per 100,000"
MURDER_RATE = "murders per 100,000"

LABELS = {
    "bbjun19": [
        # Apprehensions ... dropped nearly 29 percent in June, reaching the lowest level since March.
        q("nearly 29 percent", 29, P, "just_below"),
        w("the lowest level"),
        # "... we've seen a substantial increase in the number of interdictions ..."
        w("a substantial increase"),
        # The apprehension of migrants ... dropped from 132,880 in May to 94,897 in June.
        q("132,880", 132880, "apprehensions"),
        q("94,897", 94897, "apprehensions"),
        # This represents a decrease of 28.6 percent ...
        q("28.6 percent", 28.6, P),
        # The biggest drop in apprehensions came in the categories of family units and unaccompanied minors.
        w("The biggest drop"),
        # The apprehension of these two categories fell from 95,890 in May to 64,767 in June — a 32.5 percent drop.
        q("two categories", 2, "categories"),
        q("95,890", 95890, "apprehensions"),
        q("64,767", 64767, "apprehensions"),
        q("32.5 percent", 32.5, P),
        # Single adults also dropped from 36,900 to 30,130 — an 18.3 percent drop.  (apprehensions of single adults)
        q("36,900", 36900, "apprehensions"),
        q("30,130", 30130, "apprehensions"),
        q("18.3 percent", 18.3, P),
        # The Rio Grande Valley and El Paso Sectors continue to lead the other seven Border Patrol sectors in the
        # apprehensions ... ("lead" claims the most apprehensions, a superlative of an amount)
        w("continue to lead"),
        q("seven Border Patrol sectors", 7, "sectors"),
        # The Yuma Sector paces a distant third.  (a rank in a series ranked by apprehensions)
        w("a distant third"),
        # "This year's decline in apprehensions from May to June outpaces last year's decline by 11 percent,"
        q("11 percent", 11, P),
        # "The reduction in apprehensions accounts for decreases across all demographics, ..." (no number)
    ],
    "bbc99": [
        # The US' murder rate has fallen to its lowest level in 30 years ...
        w("its lowest level"),
        d("30 years", 30, "years"),
        # The rate was 6.8 people killed per 100,000 - equivalent to 18,209 murders - the lowest level since 1967
        # when the level was 6.2 per 100,000.
        q("6.8 people killed per 100,000", 6.8, RATE),
        q("18,209 murders", 18209, "murders"),
        w("the lowest level"),
        k("1967", "year"),
        q("6.2 per 100,000", 6.2, RATE),
        # In 1950 the rate was 4.6 per 100,000.
        k("1950", "year"),
        q("4.6 per 100,000", 4.6, RATE),
        # Much of the decline came in larger cities - those with a population of more than one million people -
        # where the murder rate fell from 35.5 per 100,000 in 1991 to 20.3 per 100,000 in 1997.
        w("Much of the decline"),
        q("more than one million people", 1000000, "people", "above"),
        q("35.5 per 100,000", 35.5, MURDER_RATE),
        k("1991", "year"),
        q("20.3 per 100,000", 20.3, MURDER_RATE),
        k("1997", "year"),
        # "A variety of studies show that crime ... should continue to decline into the next year, and that is good
        # news for Americans in 1999,"
        w("A variety of studies"),
        k("1999", "year"),
        # The murder rate increased sharply in the 1980s, but has been in steady decline for several years.
        w("increased sharply"),
        k("1980s", "decade"),
        w("several years"),
        # Violent crime in general has also fallen to its lowest level for many years.
        w("its lowest level"),
        w("many years"),
        # The report also found that from 1976 to 1997, 85% of white murder victims were killed by whites and 94%
        # of black victims were killed by blacks.
        k("1976", "year"),
        k("1997", "year"),
        q("85%", 85, P),
        q("94%", 94, P),
        # During the same period, blacks were seven times more likely than whites to be homicide victims and eight
        # times more likely than whites to commit homicides.
        x("seven times", "multiplier", 7, "times", "rounding"),
        x("eight times", "multiplier", 8, "times", "rounding"),
        # In other figures released, Chicago became the murder capital of the US in 1998, with 698 homicides
        # -surpassing New York City's total for the first time, which itself has seen a dramatic drop in killings.
        w("the murder capital"),
        k("1998", "year"),
        q("698 homicides", 698, "homicides"),
        w("for the first time"),
        w("a dramatic drop"),
        # On a per capita rate Chicago's homicide rate was more than double that of New York, ...
        x("more than double", "multiplier", 2, "times", "above"),
    ],
}


if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
