"""The source view highlights every claim at its offsets, tints it by its worst rating, and never lets the article inject markup."""
import pandas as pd
import pytest

from factcheck.report.source_view import Marker, source_html


def claims(*rows):
    return pd.DataFrame([{"claim_id": c, "quote": "q", "start": s, "end": e, "value": 1.0, "low": 1.0, "high": 1.0,
                          "bounds": "[]", "unit": "people", "words": "", "condition": ""} for c, s, e in rows])


def test_each_claim_is_marked_anchored_and_tinted_by_its_rating():
    text = "ICE removed 409,000 people.\nThen 235,000."
    page = source_html(text, claims(("d-01", 12, 19), ("d-02", 33, 40)),
                       {"d-01": Marker("removals-decline", "imprecise", 2)})
    assert '<mark class="claim rating-imprecise" id="d-01" title="the words allow exactly 1 person; in a statement rated imprecise">409,000</mark>' in page
    assert '<mark class="claim" id="d-02"' in page
    assert '<a class="claim-marker" href="#removals-decline" aria-label="“409,000”: in a statement rated imprecise">' in page
    assert page.count("claim-marker") == 1 and page.count("<p>") == 2


def test_a_condition_shows_its_words_in_the_tooltip_and_no_internal_id():
    frame = claims(("d-01", 0, 6))
    frame.loc[0, ["bounds", "words", "condition"]] = ["", "record", "higher than ever before"]
    assert 'title="the words claim: higher than ever before"' in source_html("record year", frame)


def test_article_text_is_escaped():
    text = "<script>alert(1)</script> and 5 <b>bold</b> & more"
    page = source_html(text, claims(("d-01", 30, 31)))
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&amp; more" in page


def test_overlapping_claims_are_refused():
    with pytest.raises(ValueError, match="overlaps"):
        source_html("0123456789", claims(("d-01", 0, 5), ("d-02", 3, 8)))


def test_a_number_used_only_as_evidence_gets_a_neutral_mark_that_links_to_the_check():
    page = source_html("ICE counted 14.", claims(("d-01", 12, 14)), {"d-01": Marker("parole-unaccounted", None, 1)})
    assert '<mark class="claim" id="d-01"' in page and "rated" not in page.split("title=")[1].split('"')[1]
    assert 'href="#parole-unaccounted" aria-label="“14”: used as evidence: see the check"' in page
    assert '<span aria-hidden="true">→</span>' in page
