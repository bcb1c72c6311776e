"""One statement, one verdict: every page of the built site, its ClaimReview and its CSV show each rated statement
with the same rating, and no check shows a rating of its own.

The test reads the built HTML (no browser needed): statement blocks, the marks in each article's full text and
their tooltips, the landing page's cards, the register's rows, the claims index, the JSON-LD, and the data package.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict

import pytest
from bs4 import BeautifulSoup

from factcheck.checks.ratings import RATING

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
BY_CSS = {grade.css: name for name, grade in RATING.items()}
SET_APART = re.compile(r"in a statement rated [a-z ]+; the rating is not about (this figure|these words)")
RATED_WORDS = re.compile(r"in a statement rated (cannot be checked|accurate|imprecise|misleading|wrong|unsupported)")


def _csv(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def _rating_in_classes(classes, prefix: str) -> str | None:
    found = [BY_CSS[c[len(prefix):]] for c in classes or [] if c.startswith(prefix) and c[len(prefix):] in BY_CSS]
    return found[0] if found else None


def ratings_shown(site) -> tuple[dict[str, set[tuple[str, str]]], list[str]]:
    """{statement_id: {(rating, where)}} for every place the site shows a statement's rating; and the checks that
    show a rating of their own (there must be none)."""
    book = site / "book"
    statements = {row["statement_id"]: row for row in _csv(site / "data-package" / "statements.csv")}
    claims = {row["claim_id"]: row for row in _csv(site / "data-package" / "claims.csv")}
    by_quote = defaultdict(list)
    for row in statements.values():
        by_quote[row["quote"]].append(row["statement_id"])

    def statement_of_claim(claim_id):
        claim = claims[claim_id]
        return next((s for s, row in statements.items() if row["doc_id"] == claim["doc_id"]
                     and int(row["start"]) <= int(claim["start"]) and int(claim["end"]) <= int(row["end"])), None)

    shown: dict[str, set[tuple[str, str]]] = defaultdict(set)
    rated_checks = []
    for page in sorted(book.rglob("*.html")):
        where = page.relative_to(site).as_posix()
        text = page.read_text(encoding="utf-8")
        soup = BeautifulSoup(text, "html.parser")
        for block in soup.select("div.factcheck-statement[id]"):
            shown[block["id"]].add((_rating_in_classes(block.get("class"), "is-rated-"), f"{where} statement block"))
            badges = {b.get_text() for b in block.find_all(class_="factcheck-rating", recursive=True)
                      if not b.find_parent(class_="factcheck-derivation")}
            for badge in badges:
                shown[block["id"]].add((badge.split(" ", 1)[1], f"{where} statement badge"))
        for derivation in soup.select("div.factcheck-derivation"):
            if derivation.find(class_="factcheck-rating") or any(c.startswith("is-rated-") for c in derivation["class"]):
                rated_checks.append(f"{where}#{derivation.get('id')}")
        for mark in soup.select("mark.claim"):
            marker = mark.find_next_sibling()
            statement = statement_of_claim(mark["id"])
            rating = _rating_in_classes(mark.get("class"), "rating-")
            said = RATED_WORDS.search(mark.get("title", ""))
            if statement is None:
                assert rating is None and said is None, f"{where}#{mark['id']}: a number outside every rated " \
                                                        "statement shows a rating"
                continue
            if rating is not None or not SET_APART.search(mark.get("title", "")):   # untinted: not what was rated
                shown[statement].add((rating, f"{where} mark {mark['id']}"))
            shown[statement].add((said.group(1) if said else None, f"{where} tooltip {mark['id']}"))
            if marker is not None and "claim-marker" in marker.get("class", []):
                assert marker["href"] == f"#{statement}", f"{where}: {mark['id']}'s marker links elsewhere"
                shown[statement].add((RATED_WORDS.search(marker["aria-label"]).group(1), f"{where} marker {mark['id']}"))
        for card in soup.select("article.finding-card"):
            target = card.find("a", href=True)["href"].rpartition("#")[2]
            shown[target].add((_rating_in_classes(card.get("class"), "rating-"), f"{where} card"))
        for row in soup.select("table.factcheck-register tr[data-rating]"):
            link = row.find("th").find("a", href=True)["href"].lstrip("#")
            if row["data-rating"] != "unrated":
                shown[link].add((row["data-rating"], f"{where} register row"))
            else:
                assert link not in statements, f"{where}: statement {link} listed as unrated"
        for item in soup.select("a.claim-link"):
            claim_id = item["href"].rpartition("#")[2]
            line = item.find_parent("li").get_text()
            said = RATED_WORDS.search(line)
            statement = statement_of_claim(claim_id)
            if statement is None:
                assert said is None, f"{where}: {claim_id} is in no rated statement but reads '{said.group(0)}'"
            else:
                shown[statement].add((said.group(1) if said else None, f"{where} claims index {claim_id}"))
        for payload in JSONLD.findall(text):
            review = json.loads(payload)
            if review.get("@type") != "ClaimReview":
                continue
            (statement,) = by_quote[review["claimReviewed"]]
            shown[statement].add((review["reviewRating"]["alternateName"], f"{where} ClaimReview"))
    for statement, row in statements.items():
        shown[statement].add((row["rating"], "statements.csv"))
    return shown, rated_checks


@pytest.fixture(scope="module")
def shown(built_site):
    return ratings_shown(built_site)


def test_every_rated_statement_shows_one_rating_everywhere(shown):
    ratings, _ = shown
    two = {s: sorted(places) for s, places in ratings.items() if len({r for r, _ in places}) != 1}
    assert two == {}


def test_no_check_shows_a_rating_of_its_own(shown):
    assert shown[1] == []


def test_every_statement_is_shown_on_a_page_and_every_page_statement_is_in_the_csv(shown, built_site):
    ratings, _ = shown
    published = {row["statement_id"] for row in _csv(built_site / "data-package" / "statements.csv")}
    assert set(ratings) == published
    assert all(any("statement block" in where for _, where in ratings[s]) for s in published)


def test_the_two_leads_are_wrong_in_the_full_text_the_claims_index_the_register_and_claimreview_once(shown, built_site):
    ratings, _ = shown
    register = (built_site / "book" / "register.html").read_text(encoding="utf-8")
    reviews = [json.loads(p) for p in JSONLD.findall(register)]
    for statement, words in (("parole24-lead", "more than 99% of the illegal immigrants released a year ago remain "
                                               "unaccounted for"),
                             ("ndd24-lead", "435,000 undocumented migrants with criminal convictions have been "
                                            "released by the agency")):
        places = ratings[statement]
        assert {r for r, _ in places} == {"wrong"}
        kinds = {where.split(" ")[1] for _, where in places if " " in where}
        assert {"mark", "tooltip", "marker", "claims", "register", "ClaimReview"} <= kinds, kinds
        matching = [r for r in reviews if words in r["claimReviewed"]]
        assert len(matching) == 1 and matching[0]["reviewRating"]["alternateName"] == "wrong"
        assert matching[0]["reviewRating"]["ratingValue"] == 1


def test_the_landing_page_counts_statements_the_claim_reviews_plus_those_that_cannot_be_checked(built_site):
    statements = _csv(built_site / "data-package" / "statements.csv")
    register = (built_site / "book" / "register.html").read_text(encoding="utf-8")
    reviews = [r for r in map(json.loads, JSONLD.findall(register)) if r.get("@type") == "ClaimReview"]
    cannot = sum(row["rating"] == "cannot be checked" for row in statements)
    landing = BeautifulSoup((built_site / "book" / "index.html").read_text(encoding="utf-8"), "html.parser")
    tally = next(p.get_text() for p in landing.select("p.factcheck-note") if "statements rated" in p.get_text())
    summary = re.search(r"Of ([\d,]+) statements we rated", landing.get_text(" "))
    assert int(re.match(r"([\d,]+) statements rated", tally).group(1).replace(",", "")) == len(statements)
    assert summary and int(summary.group(1).replace(",", "")) == len(statements)
    assert len(statements) == len(reviews) + cannot
    assert len({r["claimReviewed"] for r in reviews}) == len(reviews)


def test_the_walk_sees_a_second_rating_where_one_page_disagrees(built_site, tmp_path):
    """The walk can fail: a copy of the site whose parole page marks the lead's number accurate is caught."""
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(built_site / "book", copy / "book")
    shutil.copytree(built_site / "data-package", copy / "data-package")
    page = copy / "book" / "documents" / "parole24.html"
    text = page.read_text(encoding="utf-8")
    altered = text.replace('<mark class="claim rating-wrong" id="parole24-01"', '<mark class="claim rating-accurate" id="parole24-01"')
    assert altered != text
    page.write_text(altered, encoding="utf-8")
    ratings, _ = ratings_shown(copy)
    assert {r for r, _ in ratings["parole24-lead"]} == {"wrong", "accurate"}
