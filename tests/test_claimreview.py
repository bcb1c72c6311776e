"""Each verdict as schema.org ClaimReview: the fields Google's fact-check documentation requires and recommends,
and only properties schema.org defines for each type."""
import json
import re

import pytest

from factcheck.claimreview import claim_reviews, jsonld_block
from factcheck.ledger import load_ledger
from factcheck.register import outcomes

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
    return ledger, outcomes(ledger), claim_reviews(outcomes(ledger), ledger)


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


def test_one_review_per_check_with_the_required_fields(reviews):
    ledger, results, published = reviews
    assert len(published) == len(results)
    for review, outcome in zip(published, results):
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["url"] == f"#{outcome.check.id}"
        assert review["claimReviewed"].strip()
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"] == outcome.verdict
        assert rating["ratingExplanation"] == outcome.explanation


def test_the_recommended_fields_name_the_reviewer_and_the_source_article(reviews):
    ledger, results, published = reviews
    for review in published:
        assert review["author"]["@type"] == "Organization" and review["author"]["name"]
        claim = review["itemReviewed"]
        assert claim["@type"] == "Claim" and claim["appearance"]
        for article in claim["appearance"]:
            assert article["headline"] and article["publisher"]["name"]
            assert re.fullmatch(r"documents/[a-z0-9]+\.html(#[a-z0-9]+-\d+)?", article["url"])


def test_the_claim_reviewed_is_the_tested_quote(reviews):
    ledger, results, published = reviews
    tested = next(i for i, o in enumerate(results) if o.check.tests)
    quote = ledger.claim(results[tested].check.tests)["quote"]
    assert published[tested]["claimReviewed"] == f"“{quote}”"


def test_every_property_is_one_schema_org_defines_for_its_type(reviews):
    problems = [p for review in reviews[2] for p in _types_are_schema_org(review)]
    assert problems == []


def test_a_quote_cannot_close_the_script_element():
    review = {"@type": "ClaimReview", "claimReviewed": "</script><script>alert(1)</script> & more"}
    html = jsonld_block([review]).html
    assert html.count("</script>") == 1 and "<script>alert" not in html
    payload = html.split(">", 1)[1].rsplit("</script>", 1)[0]
    assert json.loads(payload)["claimReviewed"] == review["claimReviewed"]
