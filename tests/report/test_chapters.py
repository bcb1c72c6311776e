"""How a check's steps read on a page (factcheck.report.chapters), on the shipped report."""
from __future__ import annotations

import pytest

from factcheck.report.chapters import steps_block
from factcheck.ledger.claims import load_ledger
from factcheck.report.register import outcomes


@pytest.fixture(scope="module")
def report():
    ledger = load_ledger()
    return ledger, {outcome.check.id: outcome for outcome in outcomes(ledger)}


def test_no_input_name_reaches_a_reader_and_the_sum_is_folded_under_show_the_arithmetic(report):
    from factcheck.report.chapters import derivation

    ledger, by_id = report
    summed = [o for o in by_id.values() if o.result is not None and o.point is not None and not o.result.is_point
              and any(ch in o.check.formula for ch in "*/+-")]
    assert summed
    for outcome in by_id.values():
        html = derivation(outcome, ledger).html
        assert "<code>" not in html, outcome.check.id
    for outcome in summed:
        html = derivation(outcome, ledger).html
        folded = html.split('<details class="factcheck-arithmetic"><summary>Show the arithmetic</summary>', 1)
        assert len(folded) == 2, outcome.check.id
        assert "With the figures as printed:" in folded[1] and "Allowing for every hedge and rounding:" in folded[1]
        names = [n for n in outcome.check.inputs if n not in ("b",)]   # a one-letter name could be any word's letter
        arithmetic = folded[1].split("</details>", 1)[0]
        assert not any(f" {n} " in arithmetic or f"({n} " in arithmetic for n in names), outcome.check.id


def test_a_number_is_marked_by_its_statements_verdict_and_evidence_alone_is_neutral():
    from factcheck.ledger.claims import load_ledger
    from factcheck.report.chapters import markers_by_claim
    from factcheck.report.register import outcomes

    ledger = load_ledger()
    markers = markers_by_claim(outcomes(ledger), ledger.claims)
    assert (markers["parole24-01"].check_id, markers["parole24-01"].rating) == ("parole24-lead", "wrong")  # more than 99%
    assert markers["parole24-04"].rating is None            # ICE's own count, 14: evidence, in no rated statement
    assert (markers["ndd24-01"].check_id, markers["ndd24-01"].rating) == ("ndd24-lead", "wrong")          # 435,000


def test_a_rated_statement_marks_the_claims_inside_it_in_its_own_article_only():
    from factcheck.checks.statements import statements_of
    from factcheck.ledger.claims import load_ledger
    from factcheck.report.chapters import markers_by_claim
    from factcheck.report.register import outcomes

    ledger = load_ledger()
    results = outcomes(ledger)
    markers, rated = markers_by_claim(results, ledger.claims), {s.id: s for s in statements_of(results)}
    claims = {row["claim_id"]: row for row in ledger.claims.to_dict("records")}
    inside = {(s.id, claim_id) for s in rated.values() for claim_id, row in claims.items()
              if row["doc_id"] == s.doc_id and row["start"] >= s.start and row["end"] <= s.end}
    assert inside and all(markers[claim_id].rating is not None for _, claim_id in inside)
    for claim_id, marker in markers.items():
        if marker.rating is not None:   # the statement that marks it holds it, in the same article
            assert (marker.check_id, claim_id) in inside and rated[marker.check_id].rating == marker.rating


def test_a_figure_the_rating_is_not_about_is_said_to_be_so_where_the_desk_says_which_figures_it_is_about():
    """The claims index said "$3.43 billion ... in a statement rated imprecise": rated for "dipped" beside it."""
    from factcheck.checks.statements import statements_of
    from factcheck.report.chapters import markers_by_claim

    ledger = load_ledger()
    results = outcomes(ledger)
    markers = markers_by_claim(results, ledger.claims)
    claims = ledger.claims.set_index("claim_id")
    set_apart = {claim_id for claim_id, marker in markers.items() if marker.rating and not marker.rated_for}
    # the budgets and the count confirmed beside "dipped"; "within 60 days" in a sentence rated for its notices
    assert {"hearing16-04", "hearing16-06", "hearing16-07", "parole24-02"} <= set_apart
    # what the ratings are about: a figure described wrongly (662,566 "on the non-detained docket", caseloads that
    # are Washington, D.C.'s) is what its rating is about, as is a senator's count printed as the article's own
    assert not {"hearing16-05", "hearing16-14", "parole24-01", "ndd24-02", "oig17-01", "oig17-02", "hearing16-08",
                "hearing16-10"} & set_apart
    declared = 0
    for statement in statements_of(results):
        inside = {c for c, row in claims.iterrows() if row["doc_id"] == statement.doc_id
                  and row["start"] >= statement.start and row["end"] <= statement.end}
        about = inside if statement.rated_for is None else set(statement.rated_for)
        declared += statement.rated_for is not None
        assert inside & set_apart == inside - about, statement.id
    assert declared
    assert markers["hearing16-06"].said(claims.loc["hearing16-06"]) == "in a statement rated imprecise; the rating is not about this figure"
    assert markers["hearing16-16"].said(claims.loc["hearing16-16"]).endswith("; the rating is not about these words")


def test_a_themes_claims_table_has_five_columns_each_cell_labelled_for_a_phone():
    import re

    from factcheck.report.chapters import linked_claims_table

    ledger = load_ledger()
    claims = ledger.claims.head(3)
    html = linked_claims_table(claims, ledger, caption="Claims").html
    assert re.findall(r'<th scope="col">([^<]*)</th>', html) == [
        "Quote", "Article, and who says it", "As printed", "The words allow", "What is measured, when, where"]
    assert html.count("<tr>") == 4 and html.count("data-label=") == 3 * 4   # the quote heads each card
    assert "factcheck-cards" in html and "said by" in html


def test_an_article_page_tells_its_own_statements_first_and_other_articles_under_a_heading_of_their_own(report):
    """A reader took another article's statement, ranked first among oig17's, for oig17's own (its tally said
    otherwise); the other articles' statements now follow the article's own, under a heading that says whose."""
    from factcheck.checks.statements import Statement
    from factcheck.report.chapters import article_derivations, sections, touching

    ledger, by_id = report
    heading = "Statements in other articles, checked with this article&#x27;s numbers"
    with_others = 0
    for doc_id in ledger.documents:
        rated = sections(touching(list(by_id.values()), ledger, doc_id)).rated
        html = article_derivations(rated, ledger, doc_id).html
        own = [s for s in rated if isinstance(s, Statement) and s.doc_id == doc_id]
        others = [s for s in rated if isinstance(s, Statement) and s.doc_id != doc_id]
        place = {s.id: html.index(f'id="{s.id}"') for s in own + others}
        if not others:
            assert heading not in html
            continue
        with_others += 1
        split = html.index(heading)
        assert all(place[s.id] < split for s in own) and all(place[s.id] > split for s in others), doc_id
        assert f"{len(others)} statements from other articles" in html or "One statement from another article" in html
    assert with_others >= 2   # oig17 and pep16 quote numbers other articles' statements are checked with


def test_a_theme_shows_at_most_its_limit_of_each_kind_and_says_how_many_more_and_where(report):
    """At 200 articles a theme page listed 760 rated statements (4 MB): it shows the first THEME_SHOWN and says where
    every one is; at or under the limit it shows them all and says nothing more."""
    from factcheck.report.chapters import THEME_SHOWN, Block, at_most

    shown = []

    def show(items, **options):
        shown.append((list(items), options))
        return Block("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>", "\n".join(map(str, items)))

    many = at_most(show, list(range(THEME_SHOWN + 5)), "statements <rated>", "the register", "../register.html", ledger=1)
    assert shown[-1] == (list(range(THEME_SHOWN)), {"ledger": 1})
    assert f"These are the first {THEME_SHOWN} of {THEME_SHOWN + 5} statements &lt;rated&gt;" in many.html
    assert many.html.endswith('<a href="../register.html">the register</a>.</p>')
    assert f"{THEME_SHOWN + 5} statements <rated>; every one is listed in the register." in many.text
    few = at_most(show, list(range(THEME_SHOWN)), "statements", "the register", "../register.html")
    assert shown[-1][0] == list(range(THEME_SHOWN)) and "first" not in few.html


def test_the_five_articles_themes_show_everything(report):
    from factcheck.report.chapters import THEME_SHOWN, sections
    from factcheck.report.themes import load_themes

    ledger, by_id = report
    for theme_id, theme in load_themes(ledger).items():
        results = [o for o in by_id.values() if theme_id in o.check.themes]
        kinds = sections(results)
        assert max(len(theme.claims(ledger)), *map(len, kinds)) <= THEME_SHOWN, theme_id
