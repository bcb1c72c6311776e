"""The editorial scale: a rating of each claim someone made, and how much it matters.

Arithmetic informs the judgement but is not the judgement: "435,000" for 435,719
and a tenfold error can both fall outside what the words allow, yet one is a slip
and the other is wrong. So every statement the report rates carries, as reviewed
data in data/statements.yml, one verdict: a rating on this scale and a materiality,
each with a one-sentence reason (factcheck.checks.statements). The methods page publishes both scales from here, and
ClaimReview's `reviewRating` uses the same words.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Grade:
    name: str
    symbol: str
    meaning: str
    words: str = ""   # what a reader reads, where it is not the name with its symbol (materiality is words alone)

    @property
    def css(self) -> str:
        return self.name.replace(" ", "-")

    @property
    def label(self) -> str:
        return self.words or f"{self.symbol} {self.name}"


# Best to worst, as the methods page lists them: ClaimReview's ratingValue 5 to 1 (WORST_TO_BEST), then "cannot be
# checked", which is not on that scale. (Listed once with "unsupported" last, the table read 5, 4, 2, 1, 3.)
RATINGS = (
    Grade("accurate", "✔", "The claim says what the evidence says, within the precision its words promise."),
    Grade("imprecise", "≈", "Accurate in substance, but a figure is truncated, rounded the wrong way or "
                            "loosely worded; a careful reader would not be misled about anything that matters."),
    Grade("unsupported", "?", "The claim goes beyond its evidence: nothing in the article or the record we could "
                              "read backs it, though nothing shows it false."),
    Grade("misleading", "◐", "The facts stated are right or nearly so, but framing, a missing qualification or a "
                             "changed definition leads a reader to a wrong belief."),
    Grade("wrong", "✘", "The claim contradicts the evidence: a wrong figure, date, name or description."),
    Grade("cannot be checked", "–", "No evidence we could read bears on it either way (an unnamed source, a "
                                    "private conversation, a prediction)."),
)

# Materiality is the weight of the claim in what a reader takes away, whatever its rating: a material
# claim that is accurate is a main point that holds; a material claim that is wrong misleads about one.
# A reader sees it in words, never as a symbol: the rating is the one symbol on a statement.
MATERIALITY = (
    Grade("material", "", "The claim carries a main point of the story: if it is wrong, a reader takes away "
                          "something false about what matters.", words="on a main point"),
    Grade("minor", "", "A supporting detail: if it is wrong, a reader is misled about something, but not "
                       "about the main point.", words="minor"),
    Grade("immaterial", "", "Nothing a reader takes away depends on it.", words="a detail"),
)

RATING = {g.name: g for g in RATINGS}
MATERIALITY_OF = {g.name: g for g in MATERIALITY}
PROBLEMS = ("misleading", "wrong", "unsupported")   # ratings a reader should be warned about
# The order a reader meets the ratings in a count or a filter: the worst news first.
MOST_SERIOUS_FIRST = tuple(RATING[name] for name in ("wrong", "misleading", "unsupported", "imprecise", "accurate",
                                                     "cannot be checked"))


@dataclass(frozen=True)
class Judgement:
    """The desk's reviewed verdict on one statement: a rating and a materiality, each with why."""
    rating: str
    why: str               # one sentence: why this rating
    materiality: str
    matters: str           # one sentence: why it matters this much (or does not)

    @property
    def is_problem(self) -> bool:
        return self.rating in PROBLEMS

    @property
    def severity(self) -> tuple[int, int, int]:
        """Sort key, most serious first: problems on a main point, then minor ones, each worst rating first (the
        published scale: wrong, misleading, unsupported); then the rest by rating (MOST_SERIOUS_FIRST), each
        rating's main points first. (Ranked by materiality alone, "accurate, on a main point" came before
        "imprecise, minor", and "unsupported" before "wrong".)"""
        materiality = [g.name for g in MATERIALITY].index(self.materiality)
        rating = MOST_SERIOUS_FIRST.index(RATING[self.rating])
        return (0, materiality, rating) if self.is_problem else (1, rating, materiality)


# ClaimReview's ratingValue: the published scale from worst (1) to best. "cannot be checked" is not on it:
# a statement no evidence bears on is not published as a review.
WORST_TO_BEST = ("wrong", "misleading", "unsupported", "imprecise", "accurate")
assert set(WORST_TO_BEST) | {"cannot be checked"} == set(RATING)


def rating_value(rating: str) -> int | None:
    """1 (wrong) to 5 (accurate) for ClaimReview; None for "cannot be checked", which is no review."""
    return WORST_TO_BEST.index(rating) + 1 if rating in WORST_TO_BEST else None


def scale_table():
    """Both scales as one table for the methods page."""
    import pandas as pd

    def value(grade):
        number = rating_value(grade.name)
        return str(number) if number is not None else "not published as a review"

    # a ClaimReview's ratingValue, in words a reader knows (what a program reading the reviews does with it is not
    # ours to say; nor that a page carries any: a class book's drafts carry none)
    score = "score a machine-readable review gives it (1 worst, 5 best)"
    rows = [{"scale": "rating", "grade": g.label, "meaning": g.meaning, score: value(g)} for g in RATINGS]
    rows += [{"scale": "materiality", "grade": g.label, "meaning": g.meaning, score: ""} for g in MATERIALITY]
    return pd.DataFrame(rows)
