"""Each verdict as schema.org ClaimReview: the fields Google's fact-check documentation requires and recommends,
and only properties schema.org defines for each type."""
import csv
import json
import re
from pathlib import Path

import pytest

from factcheck.report.claimreview import Site, claim_reviews, jsonld_block, same_person
from factcheck.ledger.claims import load_ledger
from factcheck.report.register import outcomes
from factcheck.checks.statements import statements_of

VOCABULARY = Path(__file__).parent / "schema_org"   # schema.org release 12.0; see schema_org/README.md
TEXT_LIKE = {"Text", "URL", "Date", "DateTime"}


def _vocabulary():
    with open(VOCABULARY / "types.csv", encoding="utf-8", newline="") as handle:
        parents = {row["type"]: row["sub_type_of"].split() for row in csv.DictReader(handle)}
    with open(VOCABULARY / "properties.csv", encoding="utf-8", newline="") as handle:
        properties = {row["property"]: (set(row["domain_includes"].split()), set(row["range_includes"].split()))
                      for row in csv.DictReader(handle)}
    return parents, properties


PARENTS, PROPERTIES = _vocabulary()


def _ancestors(kind: str) -> set[str]:
    seen, todo = set(), [kind]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo += PARENTS.get(current, [])
    return seen


def vocabulary_problems(node, path="$") -> list[str]:
    """Each @type one schema.org defines; each property defined for the node's type (or a type it inherits
    from); each value of a type the property's range allows."""
    problems = []
    kind = node.get("@type")
    if kind not in PARENTS:
        return [f"{path}: {kind!r} is not a schema.org type"]
    lineage = _ancestors(kind)
    for key, value in node.items():
        if key.startswith("@"):
            continue
        if key not in PROPERTIES:
            problems.append(f"{path}.{key}: not a schema.org property")
            continue
        domain, allowed = PROPERTIES[key]
        if not domain & lineage:
            problems.append(f"{path}.{key}: not defined for {kind} (domain: {sorted(domain)})")
        for index, item in enumerate(value if isinstance(value, list) else [value]):
            where = f"{path}.{key}" + (f"[{index}]" if isinstance(value, list) else "")
            if isinstance(item, dict):
                if not _ancestors(item.get("@type", "")) & (allowed | {"Thing"} if "Thing" in allowed else allowed):
                    problems.append(f"{where}: a {item.get('@type')} where the range is {sorted(allowed)}")
                problems += vocabulary_problems(item, where)
            elif isinstance(item, bool) or not isinstance(item, (str, int, float)):
                problems.append(f"{where}: {type(item).__name__} is no schema.org value")
            elif isinstance(item, (int, float)) and not allowed & {"Number", "Integer", "Float"}:
                problems.append(f"{where}: a number where the range is {sorted(allowed)}")
            elif isinstance(item, str) and not allowed & TEXT_LIKE:
                problems.append(f"{where}: text where the range is {sorted(allowed)}")
            elif isinstance(item, str) and allowed & TEXT_LIKE <= {"Date", "DateTime"} and \
                    not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", item):
                problems.append(f"{where}: {item!r} is not an ISO date")
    return problems


@pytest.fixture(scope="module")
def reviews():
    ledger = load_ledger()
    results = outcomes(ledger)
    return ledger, results, claim_reviews(results, ledger, Site("register.html"))


def test_one_review_per_rated_statement_and_none_for_cannot_be_checked_or_checks(reviews):
    ledger, results, published = reviews
    rated = [s for s in statements_of(results) if s.rating != "cannot be checked"]
    assert len(published) == len(rated) < len(statements_of(results)) < len(results)
    for review, statement in zip(published, rated):
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert "url" not in review   # no base URL: a relative address is left out
        assert review["claimReviewed"] == statement.quote
        rating = review["reviewRating"]
        assert rating["alternateName"] == statement.rating
        assert rating["ratingExplanation"] == statement.rating_why and "{" not in rating["ratingExplanation"]
        assert rating["worstRating"] == 1 <= rating["ratingValue"] <= rating["bestRating"] == 5
    assert len({r["claimReviewed"] for r in published}) == len(published)


def test_rating_values_run_from_wrong_to_accurate(reviews):
    values = {r["reviewRating"]["alternateName"]: r["reviewRating"]["ratingValue"] for r in reviews[2]}
    assert values["wrong"] == 1 and values["accurate"] == 5
    assert values["wrong"] < values["misleading"] < values["unsupported"] < values["imprecise"] < values["accurate"]


def test_the_author_of_the_claim_is_who_is_responsible_for_the_words(reviews):
    ledger, results, published = reviews
    by_quote = {s.quote: s for s in statements_of(results)}
    for review in published:
        statement, author = by_quote[review["claimReviewed"]], review["itemReviewed"].get("author")
        outlet = ledger.documents[statement.doc_id].outlet["name"]
        if statement.voice == "quoted":
            assert author["name"] == statement.speaker
            people = [person["name"] for person in ledger.documents[statement.doc_id].people_quoted or []]
            assert author["@type"] == ("Person" if any(same_person(p, statement.speaker) for p in people)
                                       else "Organization"), statement.id
        elif outlet.lower() != "unknown":
            assert author == {"@type": "Organization", "name": outlet}, statement.id   # the outlet, even paraphrasing
        else:
            assert author is None
    paraphrase = next(s for s in statements_of(results) if s.id == "hearing16-convicted-share")
    assert paraphrase.voice == "paraphrase"
    review = next(r for r in published if r["claimReviewed"] == paraphrase.quote)
    assert review["itemReviewed"]["author"]["name"] == "LifeZette"      # not Thomas Homan, whom it paraphrases


def test_the_claim_reviewed_is_the_statements_sentence_not_the_bare_number(reviews):
    ledger, results, published = reviews
    assert sum("435,000 undocumented" in r["claimReviewed"] for r in published) == 1
    (review,) = [r for r in published if "435,000 undocumented" in r["claimReviewed"]]
    assert review["claimReviewed"] == (
        "The head of Immigration and Customs Enforcement told a Texas border lawmaker this week that 435,000 "
        "undocumented migrants with criminal convictions have been released by the agency to cities around the United States.")


def test_the_review_date_comes_from_data_not_the_clock(reviews):
    from factcheck.checks.desk import load_desk

    from factcheck.report.corrections import changes, releases

    assert load_desk().reviewed == max(releases())
    # each first published by the first release that rated it other than "cannot be checked" (no review)
    first_rated = {}
    for date, verdicts in sorted(releases().items()):
        for statement_id, (rating, _, _) in verdicts.items():
            if rating != "cannot be checked":
                first_rated.setdefault(statement_id, date.isoformat())
    quote_of = {s.id: s.quote for s in statements_of(reviews[1])}
    assert {r["claimReviewed"]: r["datePublished"] for r in reviews[2]} == {
        quote_of[i]: date for i, date in first_rated.items() if i in quote_of and quote_of[i] in
        {r["claimReviewed"] for r in reviews[2]}}
    assert {r["datePublished"] for r in reviews[2]} >= {min(releases()).isoformat()}
    changed = {change.quote: change.date.isoformat() for change in changes(None, reviews[0])
               if not change.old.startswith("cannot be checked")}   # (rated at last: published, not modified)
    assert changed   # (the shipped releases change ratings: data/report.yml's corrections; this compares something)
    modified = {r["claimReviewed"]: r["dateModified"] for r in reviews[2] if "dateModified" in r}
    reviewed = {r["claimReviewed"] for r in reviews[2]}   # ("cannot be checked" now: no review to modify)
    assert {q: d for q, d in changed.items() if q in reviewed}.items() <= modified.items()   # on the release that
                                                                                              # changed the rating
    # and so does a reason rewritten under the same rating (the explanation a consumer of the review reads)
    quotes = {s.id: s.quote for s in statements_of(reviews[1])}
    (first, last), verdicts = sorted(releases())[-2:], releases()
    rewritten = {quotes[i] for i, v in verdicts[last].items() if i in quotes and i in verdicts[first]
                 and verdicts[first][i][:2] == v[:2] and verdicts[first][i][2] != v[2] and v[0] != "cannot be checked"}
    assert rewritten and all(modified.get(quote) == last.isoformat() for quote in rewritten)
    kept = {quotes[i] for i, v in verdicts[last].items() if i in quotes and all(r.get(i) == v for r in verdicts.values())}
    assert kept and not kept & modified.keys()


def test_the_source_is_named_only_where_the_article_states_it(reviews):
    ledger, results, published = reviews
    by_quote = {s.quote: s for s in statements_of(results)}
    for review in published:
        for article in review["itemReviewed"]["appearance"]:
            document = ledger.documents[by_quote[review["claimReviewed"]].doc_id]
            assert ("publisher" in article) == bool(document.outlet["stated"])
            assert ("headline" in article) == bool(document.headline["own"])
            assert article.get("url") == document.url   # the article's own address, never our page
    assert {a["url"] for r in published for a in r["itemReviewed"]["appearance"] if "url" in a} == {
        ledger.documents["ndd24"].url}


def test_urls_are_absolute_with_a_base_url_and_relative_to_the_page_without():
    assert Site("documents/pep16.html").url("documents/pep16.html", "pep16-08") == "#pep16-08"
    assert Site("documents/pep16.html").url("register.html", "x") == "../register.html#x"
    assert Site("register.html").url("documents/pep16.html") == "documents/pep16.html"
    assert (Site("register.html", "https://example.org/report/").url("documents/pep16.html", "pep16-08")
            == "https://example.org/report/book/documents/pep16.html#pep16-08")


def test_every_review_is_valid_against_schema_org_s_vocabulary(reviews):
    problems = [p for review in reviews[2] for p in vocabulary_problems(review)]
    assert problems == []
    assert {"ClaimReview", "Rating", "Claim", "NewsArticle", "Organization"} <= {
        n["@type"] for r in reviews[2] for n in _nodes(r)}


def test_the_vocabulary_check_refuses_what_schema_org_does_not_define():
    review = {"@type": "ClaimReview", "claimReviewed": "x", "reviewRating": {"@type": "Rating", "ratingValue": 1},
              "itemReviewed": {"@type": "Claim", "ratingValue": 2, "appearance": [{"@type": "Person", "name": "x"}]},
              "datePublished": "yesterday", "rating": 1}
    problems = vocabulary_problems(review)
    assert any("rating: not a schema.org property" in p for p in problems)
    assert any("appearance[0]: a Person" in p for p in problems)
    assert any("datePublished" in p for p in problems)
    assert any("itemReviewed.ratingValue: not defined for Claim" in p for p in problems)   # a Rating's, not a Claim's
    assert vocabulary_problems({"@type": "FactCheck"}) == ["$: 'FactCheck' is not a schema.org type"]


def _nodes(node):
    if isinstance(node, dict):
        if "@type" in node:
            yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for item in node:
            yield from _nodes(item)


def test_a_quote_cannot_close_the_script_element():
    review = {"@type": "ClaimReview", "claimReviewed": "</script><script>alert(1)</script> & more"}
    html = jsonld_block([review]).html
    assert html.count("</script>") == 1 and "<script>alert" not in html
    payload = html.split(">", 1)[1].rsplit("</script>", 1)[0]
    assert json.loads(payload)["claimReviewed"] == review["claimReviewed"]


def test_the_sentence_under_the_reviews_counts_them_in_words_a_reader_says():
    assert "publishes 2 verdicts as machine-readable fact checks" in jsonld_block([{}, {}]).text
    assert "publishes 1 verdict as" in jsonld_block([{}]).text
    none = jsonld_block([])
    assert "has a verdict to publish" in none.text and "0 verdict" not in none.text and "<script" not in none.html
    draft = jsonld_block(None)   # a participant's draft: nothing published, and the sentence says why
    assert "published under no desk's name" in draft.text and "<script" not in draft.html
    assert not any(name in block.text for block in (none, draft, jsonld_block([{}]))
                   for name in ("schema.org", "JSON-LD", "ClaimReview"))   # the format's names: not a reader's words


def test_only_the_reports_own_data_has_a_desk_behind_it(tmp_path, monkeypatch):
    """A participant's folder holding a data/report.yml of its own (any desk's name) is still a draft."""
    from factcheck import paths
    from factcheck.checks.desk import reviewed

    monkeypatch.chdir(tmp_path)   # '' is this checkout wherever the command runs (as load_ledger reads it)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "report.yml").write_bytes((paths.ROOT / "data" / "report.yml").read_bytes())
    (tmp_path / "checkout").symlink_to(paths.ROOT)
    assert [reviewed(root) for root in (None, "", paths.ROOT, str(paths.ROOT), tmp_path / "checkout")] == [True] * 5
    assert not reviewed(tmp_path) and not reviewed(str(tmp_path))


def test_a_person_quoted_under_a_nickname_is_a_person():
    """The parole article lists “Andrew “Art” Arthur” among the people it quotes; its statement names him Andrew
    Arthur. Compared exactly, his quote was published as an organisation's."""
    assert same_person("Andrew “Art” Arthur", "Andrew Arthur") and same_person('Jo "JJ" Smith', "jo smith")
    assert not same_person("Andrew “Art” Arthur", "Art Arthur") and not same_person("Jeff Sessions", "Thomas Homan")



def test_an_apostrophe_is_no_nickname():
    assert not same_person("D'Angelo O'Neal", "D Neal") and same_person("Andrew (Art) Arthur", "Andrew Arthur")
