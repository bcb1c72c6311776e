"""The editorial scale: material problems sort first, and a slip never looks like an error."""
from __future__ import annotations

from factcheck.checks.ratings import MATERIALITY, RATINGS, Judgement, rating_value, scale_table


def judgement(rating, materiality):
    return Judgement(rating, "why", materiality, "matters")


def test_material_problems_come_first_then_minor_then_the_rest():
    """Problems by materiality, each worst first on the published scale; then the rest by rating. A reader found
    "unsupported, minor" ranked above "wrong, minor", and "accurate, on a main point" above "imprecise, minor"."""
    order = [judgement("accurate", "material"), judgement("imprecise", "immaterial"), judgement("wrong", "minor"),
             judgement("unsupported", "minor"), judgement("cannot be checked", "minor"),
             judgement("misleading", "material"), judgement("wrong", "material"), judgement("unsupported", "immaterial")]
    ranked = sorted(order, key=lambda j: j.severity)
    assert [(j.rating, j.materiality) for j in ranked] == [
        ("wrong", "material"), ("misleading", "material"), ("wrong", "minor"), ("unsupported", "minor"),
        ("unsupported", "immaterial"), ("imprecise", "immaterial"), ("accurate", "material"),
        ("cannot be checked", "minor")]


def test_the_scale_is_listed_best_to_worst_as_its_published_values_run():
    values = [rating_value(g.name) for g in RATINGS if rating_value(g.name) is not None]
    assert values == [5, 4, 3, 2, 1] and RATINGS[-1].name == "cannot be checked"


def test_a_truncation_and_a_wrong_figure_never_share_a_mark():
    marks = {g.name: g.label for g in RATINGS}
    assert marks["imprecise"] != marks["wrong"] and len(set(marks.values())) == len(RATINGS)


def test_claimreview_values_run_from_wrong_to_accurate_and_cannot_be_checked_is_no_review():
    values = {g.name: rating_value(g.name) for g in RATINGS}
    assert values["wrong"] == 1 and values["accurate"] == 5 and values["cannot be checked"] is None
    assert values["accurate"] > values["imprecise"] > values["unsupported"] > values["misleading"] > values["wrong"]


def test_the_methods_table_publishes_the_ratingvalue_mapping():
    table = scale_table().set_index("grade")
    column = next(c for c in table.columns if "machine-readable review" in c)
    assert table.loc["✘ wrong", column] == "1" and table.loc["✔ accurate", column] == "5"
    assert table.loc["– cannot be checked", column] == "not published as a review"


def test_both_scales_are_published_with_a_meaning_for_each_grade():
    table = scale_table()
    assert len(table) == len(RATINGS) + len(MATERIALITY)
    assert all(len(meaning.split()) >= 6 for meaning in table["meaning"])
