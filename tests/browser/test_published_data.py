"""What the built site publishes for machines: ClaimReview JSON-LD on the register, and a valid data package."""
from __future__ import annotations

import json
import re
import subprocess
import sys

from site_links import ids_of

from factcheck.report.register import outcomes

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def reviews_on(page):
    reviews = [json.loads(payload) for payload in JSONLD.findall(page.read_text(encoding="utf-8"))]
    return [r for r in reviews if r.get("@type") == "ClaimReview"]


def unresolved_links(page, reviews):
    """A review's own url (present only with a base URL) must resolve on the page; appearance is the article's own
    address, never one of our pages."""
    ids = ids_of(page)
    missing = [r["url"] for r in reviews if "url" in r and r["url"].rpartition("#")[2] not in ids]
    for review in reviews:
        for article in review["itemReviewed"]["appearance"]:
            if "url" in article and not article["url"].startswith(("https://", "http://")):
                missing.append(article["url"])
    return missing


def test_the_register_page_carries_one_claim_review_per_rated_statement_and_its_links_resolve(built_site):
    from factcheck.checks.statements import statements_of

    register = built_site / "book" / "register.html"
    reviews = reviews_on(register)
    assert sorted(r["claimReviewed"] for r in reviews) == sorted(
        s.quote for s in statements_of(outcomes()) if s.rating != "cannot be checked")
    assert unresolved_links(register, reviews) == []


def test_each_article_page_carries_the_reviews_of_its_own_statements(built_site):
    from factcheck.checks.statements import statements_of
    from factcheck.ledger.claims import load_ledger

    ledger = load_ledger()
    statements = statements_of(outcomes(ledger))
    for doc_id in ledger.documents:
        page = built_site / "book" / "documents" / f"{doc_id}.html"
        reviews = reviews_on(page)
        mine = {s.quote for s in statements if s.doc_id == doc_id and s.rating != "cannot be checked"}
        assert {r["claimReviewed"] for r in reviews} == mine, doc_id
        assert unresolved_links(page, reviews) == [], doc_id


def test_the_sites_data_package_validates(built_site):
    package = built_site / "data-package" / "datapackage.json"
    result = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", str(package)],
                            capture_output=True, text=True, timeout=300)
    assert json.loads(result.stdout)["valid"], result.stdout[:3000]
