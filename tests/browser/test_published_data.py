"""What the built site publishes for machines: ClaimReview JSON-LD on the register, and a valid data package."""
from __future__ import annotations

import json
import re
import subprocess
import sys

from test_links import _parse

from factcheck.register import outcomes

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def test_the_register_page_carries_one_claim_review_per_check_and_its_links_resolve(built_site):
    register = built_site / "book" / "register.html"
    reviews = [json.loads(payload) for payload in JSONLD.findall(register.read_text(encoding="utf-8"))]
    claim_reviews = [r for r in reviews if r.get("@type") == "ClaimReview"]
    assert sorted(r["reviewRating"]["alternateName"] for r in claim_reviews) == sorted(o.verdict for o in outcomes())
    ids = _parse(register).ids
    missing = [r["url"] for r in claim_reviews if r["url"].lstrip("#") not in ids]
    for review in claim_reviews:
        for article in review["itemReviewed"]["appearance"]:
            path, _, fragment = article["url"].partition("#")
            target = register.parent / path
            if not target.exists() or (fragment and fragment not in _parse(target).ids):
                missing.append(article["url"])
    assert missing == []


def test_the_sites_data_package_validates(built_site):
    package = built_site / "data-package" / "datapackage.json"
    result = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", str(package)],
                            capture_output=True, text=True, timeout=300)
    assert json.loads(result.stdout)["valid"], result.stdout[:3000]
