"""Every verdict in the register as a schema.org ClaimReview in JSON-LD, for search engines and fact-check archives.

Google's fact-check documentation requires `claimReviewed`, `reviewRating` (with
`alternateName`, the textual verdict) and `url`; it recommends `author` and
`itemReviewed`, a `Claim` with its `author`, `datePublished` and `appearance`.
Here: claimReviewed is the quote the check tests (or the quotes it compares),
itemReviewed is the claim as it appears in its source article, the rating is the
computed verdict with its explanation, and url is the check's anchor on the
register page. URLs are relative to the register page: the site has no fixed host.
"""
from __future__ import annotations

from html import escape

import yaml

from . import paths
from .display import Block
from .escaping import script_json
from .verdicts import Outcome


def publisher(root=paths.ROOT) -> dict:
    """The review's author: the site's author in _config.yml."""
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    return {"@type": "Organization", "name": config["author"]}


def claim_reviews(results: list[Outcome], ledger, author: dict | None = None) -> list[dict]:
    author = author or publisher()
    return [claim_review(outcome, ledger, author) for outcome in results]


def claim_review(outcome: Outcome, ledger, author: dict) -> dict:
    check = outcome.check
    quotes = _reviewed_quotes(outcome, ledger)
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"#{check.id}",
        "name": check.title,
        "claimReviewed": " / ".join(f"“{quote}”" for _, _, quote in quotes),
        "author": author,
        "reviewRating": {"@type": "Rating", "alternateName": outcome.verdict,
                         "ratingExplanation": outcome.explanation},
        "itemReviewed": _claim(quotes, ledger),
    }


def jsonld_block(reviews: list[dict]) -> Block:
    """One <script type="application/ld+json"> per review, with a visible sentence saying they are there."""
    scripts = [f'<script type="application/ld+json">{script_json(review, ensure_ascii=False, sort_keys=True)}</script>'
               for review in reviews]
    sentence = (f"This page also publishes its {len(reviews)} verdicts as machine-readable fact checks "
                "(schema.org ClaimReview, JSON-LD) in its source.")
    return Block("\n".join(scripts) + f'\n<p class="factcheck-note">{escape(sentence)}</p>', sentence)


def _reviewed_quotes(outcome: Outcome, ledger) -> list[tuple[str, str | None, str]]:
    """(doc_id, claim_id or None, quote): the tested claim, else every claim the check uses, else its evidence."""
    check = outcome.check
    claim_ids = [check.tests] if check.tests else check.claim_ids
    if claim_ids:
        return [(ledger.claim(c)["doc_id"], c, ledger.claim(c)["quote"]) for c in claim_ids]
    return [(piece["doc_id"], None, piece["quote"]) for piece in check.evidence]


def _claim(quotes, ledger) -> dict:
    documents = list(dict.fromkeys(doc_id for doc_id, _, _ in quotes))
    claim = {"@type": "Claim", "appearance": [_appearance(doc_id, quotes, ledger) for doc_id in documents]}
    speakers = [ledger.claim(c)["speaker"] for doc_id, c, _ in quotes if c]
    if speakers:
        claim["author"] = _speaker(speakers[0], ledger.documents[quotes[0][0]])
    dates = sorted(str(ledger.documents[d].date["published"]) for d in documents if ledger.documents[d].date.get("published"))
    if dates:
        claim["datePublished"] = dates[0]
    return claim


def _appearance(doc_id: str, quotes, ledger) -> dict:
    document = ledger.documents[doc_id]
    first = next((c for d, c, _ in quotes if d == doc_id and c), None)
    article = {"@type": "NewsArticle", "headline": document.headline["text"],
               "publisher": {"@type": "Organization", "name": document.outlet["name"]},
               "url": f"documents/{doc_id}.html" + (f"#{first}" if first else "")}
    if document.date.get("published"):
        article["datePublished"] = str(document.date["published"])
    return article


def _speaker(speaker: str, document) -> dict:
    if speaker == "outlet":
        return {"@type": "Organization", "name": document.outlet["name"]}
    if any(person["name"] == speaker for person in document.people_quoted):
        return {"@type": "Person", "name": speaker}
    return {"@type": "Organization", "name": speaker}
