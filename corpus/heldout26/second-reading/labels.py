"""Write gold.csv from the labels below (quote, kind, value, value_to, reading, unit), in reading order.

A blind second reading of two heldout26 texts (h1blot, emerymw, drawn with random.Random(35).sample), labelled
sentence by sentence by a language-model agent, without opening heldout26's gold.csv, labels.py, README or any
score file. Offsets are computed, not typed (corpus/labelling.py), from the texts in corpus/heldout26/texts: each
quote is searched for after the previous row's start, and a quote that is not there stops the script with its text
id and the quote.
Run once: python corpus/heldout26/second-reading/labels.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
sys.path.insert(0, str(CORPUS))
from labelling import d, k, q, w, write_gold  # noqa: E402  (corpus/labelling.py)

TEXTS = CORPUS / "heldout26" / "texts"

USD = "usd"

LABELS = {
    "h1blot": [
        # ... the evolution of the H-1B lottery ... historical data from the past five years, ... H-1B selection rates.
        k("H-1B", "other"),
        d("five years", 5, "years"),
        k("H-1B", "other"),
        # The H-1B visa program, started in 1990, originally had a yearly limit of 65,000 visas, plus an extra
        # 20,000 for foreign workers ...  (no noun after 20,000: the sentence counts visas)
        k("H-1B", "other"),
        k("1990", "year"),
        q("65,000 visas", 65000, "visas"),
        q("20,000", 20000, "visas"),
        # In 2004, the limit was temporarily raised to 195,000 visas per year, ... the current cap of 85,000 visas
        # annually.
        k("2004", "year"),
        q("195,000 visas", 195000, "visas"),
        q("85,000 visas", 85000, "visas"),
        # Before 2019, H-1B applications required ...
        k("2019", "year"),
        k("H-1B", "other"),
        # Since 2020, ... pay a $10 registration fee ...
        k("2020", "year"),
        q("$10", 10, USD),
        # This change has lowered the initial barrier for H-1B applications ...
        k("H-1B", "other"),
        # ... there is now a significant gap between the number of lottery selections and the actual applications
        # submitted, resulting in the need for a second round of the H-1B lottery.  (a gap of an amount: a word)
        w("a significant gap"),
        k("a second round", "ordinal"),
        k("H-1B", "other"),
        # Second-Round H-1B Lottery
        k("Second-Round", "ordinal"),
        k("H-1B", "other"),
        # When the number of H-1B applications submitted ... does not meet the annual quota of 85,000 visas ...
        k("H-1B", "other"),
        q("85,000 visas", 85000, "visas"),
        # For example, in 2023, despite selecting 110,791 applications in the first round in March, ... a final
        # submission count below the 85,000 cap.  (85,000 is the cap itself, exact: the count is what is below it)
        k("2023", "year"),
        q("110,791 applications", 110791, "applications"),
        k("first", "ordinal"),
        q("85,000", 85000, "visas"),
        # The second-round lottery does not require a new application. ... entered into the second-round lottery.
        k("second-round", "ordinal"),
        k("second-round", "ordinal"),
    ],
    "emerymw": [
        # ... has given initial approval to the nation's highest minimum wage by setting baseline pay at $16 an hour
        # in 2019 ...
        w("the nation's highest minimum wage"),
        q("$16 an hour", 16, USD),
        k("2019", "year"),
        # The 5-0 vote on Tuesday ... a community of about 10,000 residents ...  (two numbers: five for, none against)
        q("5", 5, "votes"),
        q("0", 0, "votes"),
        q("about 10,000 residents", 10000, "residents", "around"),
        # The federal minimum wage has remained at $7.25 since 2009.
        q("$7.25", 7.25, USD),
        k("2009", "year"),
        # ... a final approval vote on May 19. It would take effect on July 1, when the minimum wage would rise to
        # $14.44 an hour for businesses with at least 55 workers and $12.25 for smaller companies ...
        k("May 19", "date"),
        k("July 1", "date"),
        q("$14.44 an hour", 14.44, USD),
        q("at least 55 workers", 55, "workers", "at_least"),
        q("$12.25", 12.25, USD),
        # It would increase gradually every year until it reaches $16 for all businesses in 2019.
        q("$16", 16, USD),
        k("2019", "year"),
    ],
}

if __name__ == "__main__":
    write_gold(LABELS, HERE, texts=TEXTS)
