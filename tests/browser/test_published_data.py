"""What the built site publishes for machines: ClaimReview JSON-LD on the register, and a valid data package."""
from __future__ import annotations

import json
import re
import subprocess
import sys

from test_links import _parse

from factcheck.report.register import outcomes

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def reviews_on(page):
    reviews = [json.loads(payload) for payload in JSONLD.findall(page.read_text(encoding="utf-8"))]
    return [r for r in reviews if r.get("@type") == "ClaimReview"]


def unresolved_links(page, reviews):
    ids = _parse(page).ids
    missing = [r["url"] for r in reviews if r["url"].lstrip("#") not in ids]
    for review in reviews:
        for article in review["itemReviewed"]["appearance"]:
            path, _, fragment = article["url"].partition("#")
            target = page if not path else page.parent / path
            if not target.exists() or (fragment and fragment not in _parse(target).ids):
                missing.append(article["url"])
    return missing


def test_the_register_page_carries_one_claim_review_per_rating_and_its_links_resolve(built_site):
    register = built_site / "book" / "register.html"
    reviews = reviews_on(register)
    assert sorted(r["reviewRating"]["alternateName"] for r in reviews) == sorted(
        o.judgement.rating for o in outcomes() if o.judgement)
    assert unresolved_links(register, reviews) == []


def test_each_article_page_carries_the_reviews_of_its_own_claims(built_site):
    from factcheck.report.claimreview import judged_statement
    from factcheck.ledger.claims import load_ledger

    ledger = load_ledger()
    for doc_id in ledger.documents:
        page = built_site / "book" / "documents" / f"{doc_id}.html"
        reviews = reviews_on(page)
        mine = {o.check.id for o in outcomes(ledger) if o.judgement and judged_statement(o, ledger).doc_id == doc_id}
        assert {r["url"].lstrip("#") for r in reviews} == mine, doc_id
        assert unresolved_links(page, reviews) == [], doc_id


def test_the_sites_data_package_validates(built_site):
    package = built_site / "data-package" / "datapackage.json"
    result = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", str(package)],
                            capture_output=True, text=True, timeout=300)
    assert json.loads(result.stdout)["valid"], result.stdout[:3000]
