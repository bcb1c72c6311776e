"""Each verdict as schema.org ClaimReview: the fields Google's fact-check documentation requires and recommends,
and only properties schema.org defines for each type."""
import json
import re

import pytest

from factcheck.report.claimreview import Site, claim_reviews, jsonld_block
from factcheck.ledger.claims import load_ledger
from factcheck.report.register import outcomes

# Properties used here, each defined by schema.org for the type (or a type it inherits from:
# ClaimReview < Review < CreativeWork < Thing; Claim < CreativeWork; NewsArticle < Article < CreativeWork).
SCHEMA_ORG_PROPERTIES = {
    "ClaimReview": {"claimReviewed", "reviewRating", "itemReviewed", "url", "name", "author", "datePublished"},
    "Rating": {"alternateName", "ratingValue", "bestRating", "worstRating", "ratingExplanation", "name"},
    "Claim": {"appearance", "firstAppearance", "author", "datePublished", "name", "url"},
    "NewsArticle": {"headline", "publisher", "datePublished", "url", "author", "name"},
    "Organization": {"name", "url"},
    "Person": {"name", "url"},
}


@pytest.fixture(scope="module")
def reviews():
    ledger = load_ledger()
    results = outcomes(ledger)
    return ledger, results, claim_reviews(results, ledger, Site("register.html"))


def _types_are_schema_org(node, path="$"):
    problems = []
    if isinstance(node, dict):
        kind = node.get("@type")
        allowed = SCHEMA_ORG_PROPERTIES.get(kind)
        if allowed is None:
            problems.append(f"{path}: type {kind!r} not expected")
        else:
            problems += [f"{path}.{key}: not a {kind} property" for key in node
                         if not key.startswith("@") and key not in allowed]
        for key, value in node.items():
            problems += _types_are_schema_org(value, f"{path}.{key}") if isinstance(value, (dict, list)) else []
    elif isinstance(node, list):
        for index, item in enumerate(node):
            problems += _types_are_schema_org(item, f"{path}[{index}]")
    return problems


def test_one_review_per_rated_claim_and_none_for_derivations_comparisons_or_flags(reviews):
    ledger, results, published = reviews
    rated = [o for o in results if o.judgement]
    assert len(published) == len(rated) < len(results)
    for review, outcome in zip(published, rated):
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["url"] == f"#{outcome.check.id}"
        rating = review["reviewRating"]
        assert rating["alternateName"] == outcome.judgement.rating
        assert rating["ratingExplanation"] == outcome.rating_why and "{" not in rating["ratingExplanation"]
        assert rating["worstRating"] == 1 <= rating["ratingValue"] <= rating["bestRating"] == 6


def test_the_claim_reviewed_is_the_claims_sentence_not_the_bare_number(reviews):
    ledger, results, published = reviews
    index = next(i for i, o in enumerate(o for o in results if o.judgement) if o.check.id == "ndd-headline-rounding")
    assert published[index]["claimReviewed"] == (
        "The head of Immigration and Customs Enforcement told a Texas border lawmaker this week that 435,000 "
        "undocumented migrants with criminal convictions have been released by the agency to cities around the United States.")


def test_the_review_date_comes_from_data_not_the_clock(reviews):
    from factcheck.checks.desk import load_desk

    assert {r["datePublished"] for r in reviews[2]} == {load_desk().reviewed.isoformat()}


def test_the_source_is_named_only_where_the_article_states_it(reviews):
    ledger, results, published = reviews
    for review in published:
        for article in review["itemReviewed"]["appearance"]:
            doc_id = article["url"].split("/")[-1].split(".")[0]
            document = ledger.documents[doc_id]
            assert ("publisher" in article) == bool(document.outlet["stated"])
            assert ("headline" in article) == bool(document.headline["own"])
            assert re.fullmatch(r"documents/[a-z0-9]+\.html(#[a-z0-9]+-\d+)?", article["url"])


def test_urls_are_absolute_with_a_base_url_and_relative_to_the_page_without():
    assert Site("documents/pep16.html").url("documents/pep16.html", "pep16-08") == "#pep16-08"
    assert Site("documents/pep16.html").url("register.html", "x") == "../register.html#x"
    assert Site("register.html").url("documents/pep16.html") == "documents/pep16.html"
    assert (Site("register.html", "https://example.org/report/").url("documents/pep16.html", "pep16-08")
            == "https://example.org/report/book/documents/pep16.html#pep16-08")


def test_every_property_is_one_schema_org_defines_for_its_type(reviews):
    problems = [p for review in reviews[2] for p in _types_are_schema_org(review)]
    assert problems == []


def test_a_quote_cannot_close_the_script_element():
    review = {"@type": "ClaimReview", "claimReviewed": "</script><script>alert(1)</script> & more"}
    html = jsonld_block([review]).html
    assert html.count("</script>") == 1 and "<script>alert" not in html
    payload = html.split(">", 1)[1].rsplit("</script>", 1)[0]
    assert json.loads(payload)["claimReviewed"] == review["claimReviewed"]
