"""What opens each page: the summary from data, its numbers from the ratings, the problems that matter."""
from __future__ import annotations

import re

import pytest

from factcheck.checks.statements import statements_of

from factcheck.report import pages
from factcheck.files.problems import ValidationFailed
from factcheck.report.register import outcomes


def test_a_summary_takes_its_numbers_from_the_ratings_and_spells_a_small_opening_number():
    numbers = pages.Counts(documents=5, claims=80, rated=62, accurate=26, problems=16, material_problems=1)
    text = pages.summary_text("{documents} articles; of {rated} statements, {problems} misleading ({material_problems} "
                              "on a main point).", numbers)
    assert text == "Five articles; of 62 statements, 16 misleading (1 on a main point)."


def test_the_shipped_summaries_type_no_number_and_every_article_has_one():
    from factcheck.ledger.claims import load_ledger

    summaries = pages.load_summaries()
    assert summaries["landing"] and set(summaries["documents"]) == set(load_ledger().documents)


def test_a_summary_with_a_typed_number_or_an_unknown_placeholder_is_refused(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "summaries.yml").write_text(
        "landing: \"Of 62 statements, {problem} were wrong.\"\ndocuments: {}\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        pages.load_summaries(tmp_path)
    message = str(failed.value)
    assert "summaries.yml:1: column 'landing': unknown placeholder(s) ['problem']" in message
    assert "a number is typed by hand (62)" in message


@pytest.mark.parametrize("summary, said", [
    # a placeholder inside another's format pads to any width: eight of them, 10**8 characters on the page
    ("{documents:.>" + "{documents}" * 8 + "}", "a placeholder with a format of its own ({documents:.>"),
    ("{documents!r} articles", "a placeholder with a format of its own ({documents!r})"),
    ("{documents} articles {", "a brace or a placeholder that cannot be read"),
    ("{documents!ss} articles", "a brace or a placeholder that cannot be read"),
])
def test_a_summary_placeholder_is_a_name_alone(tmp_path, summary, said):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "summaries.yml").write_text(f"landing: \"{summary}\"\ndocuments: {{}}\n", encoding="utf-8")
    with pytest.raises(ValidationFailed, match=re.escape(said)):
        pages.load_summaries(tmp_path)


def test_summaries_of_the_articles_that_are_not_a_mapping_are_named(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "summaries.yml").write_text("landing: \"{documents} articles.\"\ndocuments: [a]\n",
                                                     encoding="utf-8")
    with pytest.raises(ValidationFailed, match=r"summaries.yml:2: column 'documents': expected a mapping of article"):
        pages.load_summaries(tmp_path)


def test_the_problem_cards_are_the_material_problems_most_serious_first():
    results = outcomes()
    from factcheck.ledger.claims import load_ledger

    cards = pages.problem_cards(results, load_ledger())
    shown = [line.split(":")[0] for line in cards.text.splitlines()]
    material = [s.id for s in statements_of(results) if s.materiality == "material"
                and s.rating in ("misleading", "wrong", "unsupported")]
    assert sorted(shown) == sorted(material) and {"ndd24-lead", "parole24-lead"} <= set(shown)
    assert set(shown[:2]) <= {s.id for s in statements_of(results) if s.rating == "wrong" and s.materiality == "material"}
    assert cards.html.count("<article class=\"finding-card ") == len(material)


def test_the_landing_lines_name_articles_by_headline_outlet_and_date_never_by_id():
    from factcheck.ledger.claims import load_ledger

    ledger = load_ledger()
    lines = pages.article_lines(outcomes(ledger), ledger).text.splitlines()
    assert len(lines) == len(ledger.documents)
    assert all("statements rated" in line for line in lines)
    assert not any(f"[{doc_id}" in line for line in lines for doc_id in ledger.documents)


def test_the_claims_index_gives_every_claim_its_words_and_a_link_to_its_place_in_the_text():
    from factcheck.ledger.claims import load_ledger

    ledger = load_ledger()
    index = pages.claims_index(ledger, outcomes()).text
    for claim in ledger.claims.to_dict("records"):
        assert f'href="documents/{claim["doc_id"]}.html#{claim["claim_id"]}"' in index, claim["claim_id"]
    assert ".;" not in index   # a condition is quoted without its full stop, not run into the rating


# tiny-02's "6,000" alone, read to the hundred where its digits give the thousand (tests/conftest.py's tiny repository)
READ_TO_THE_HUNDRED = ("tiny-02,tiny,48,53,\"6,000\",6000,,requests,,100,5950,6050,[),requests,2015-11,test,outlet,"
                       "A count. Reading: read more tightly for a test,,")


def test_a_number_read_otherwise_than_by_default_shows_both_readings_and_the_reason_wherever_its_range_is_shown(
        tiny_repo, replace_line):
    import html

    from factcheck.ledger.claims import load_ledger
    from factcheck.report.chapters import _quoted
    from factcheck.report.display import claims_rows

    replace_line(tiny_repo / "data" / "claims.csv", 3, READ_TO_THE_HUNDRED)
    ledger = load_ledger(tiny_repo)
    reading = ("between 5,950 requests and 6,050 requests (our reading: read more tightly for a test. The printed "
               "number alone would allow between 5,500 requests and 6,500 requests.)")
    index = pages.claims_index(ledger, []).text.replace("\\", "")
    assert reading in index and index.startswith("**Numbers we read otherwise than the printed number alone**"), index
    assert index.count("our reading") == 1 and index.count('href="documents/tiny.html#tiny-02"') == 2
    assert reading in html.unescape(_quoted("tiny-02", ledger, "../"))
    assert reading in claims_rows(ledger.claims)["the words allow"].tolist()
    replace_line(tiny_repo / "data" / "claims.csv", 2,   # "almost 100" means 90 to 100 at 10 too; its rounding differs
                 "tiny-01,tiny,15,25,almost 100,100,,requests,almost,10,90,100,[),requests_declined,2015-11,test,outlet,"
                 "Reading: to the ten for a test,,")
    index = pages.claims_index(load_ledger(tiny_repo), []).text.replace("\\", "")
    assert ("between 90 requests and 100 requests (our reading: to the ten for a test. We take it as rounded from "
            "between 95 requests and 105 requests; the printed number alone is rounded from between 50 requests "
            "and 150 requests.)") in index, index


def test_the_claims_index_lists_each_articles_claims_under_it_in_the_order_of_their_place_in_the_text():
    import re

    from factcheck.ledger.claims import load_ledger

    ledger = load_ledger()
    index = pages.claims_index(ledger, outcomes(ledger)).text
    if index.startswith("**Numbers we read otherwise"):   # a list of its own first, then article by article
        index = index.split("\n\n", 1)[1]
    listed = re.findall(r'href="documents/(\w+)\.html#([\w-]+)"', index)
    expected = [(doc_id, claim_id) for doc_id in ledger.documents
                for claim_id in ledger.claims_for(doc_id).sort_values("start", kind="stable")["claim_id"]]
    assert listed == expected and len(listed) == len(ledger.claims)


def test_the_landing_lists_the_articles_in_the_order_of_the_navigation():
    """A reader met the articles in one order in the sidebar and another on the landing page."""
    import re

    from factcheck import paths
    from factcheck.ledger.claims import load_ledger
    from factcheck.pipeline.plan import load_plan

    ledger = load_ledger()
    landing = re.findall(r"\(documents/(\w+)\.ipynb\)", pages.article_lines(outcomes(ledger), ledger).text)
    navigation = [page.parameters["doc_id"] for page in load_plan(paths.ROOT).executed
                  if page.parameters.get("doc_id")]
    assert landing == navigation and len(landing) == len(ledger.documents)


def test_a_chapter_with_no_statement_rated_says_so_in_words_not_with_a_nought():
    """A participant's draft chapter has no verdict yet, and no summary: the page says so in words, as the rating
    counts do."""
    from factcheck.report.chapters import rating_counts

    nothing = pages.counts([], ["a-01"])
    summary = pages.what_we_found("", nothing).text
    assert summary == "**What we found.** No statement here was rated." and "0" not in summary
    assert rating_counts([]).html == "<p>No statement here was rated.</p>"
    rated = len(statements_of(outcomes()))
    summary = pages.what_we_found("", pages.counts(outcomes(), ["a-01"])).text
    assert summary == f"**What we found.** {rated} statements rated."
