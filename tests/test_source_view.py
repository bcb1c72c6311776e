"""The source view highlights every claim at its offsets and never lets the article inject markup."""
import pandas as pd
import pytest

from factcheck.source_view import source_html


def claims(*rows):
    return pd.DataFrame([{"claim_id": c, "start": s, "end": e, "value": 1.0, "low": 1.0, "high": 1.0, "bounds": "[]"}
                         for c, s, e in rows])


def test_each_claim_is_marked_and_anchored():
    text = "ICE removed 409,000 people.\nThen 235,000."
    page = source_html(text, claims(("d-01", 12, 19), ("d-02", 33, 40)), {"d-01": ["removals-decline"]})
    assert '<mark class="claim" id="d-01" title="d-01: interval [1, 1]">409,000</mark>' in page
    assert '<mark class="claim" id="d-02"' in page
    assert '<a href="../register.html#removals-decline">removals-decline</a>' in page
    assert page.count("<p>") == 2


def test_article_text_is_escaped():
    text = "<script>alert(1)</script> and 5 <b>bold</b> & more"
    page = source_html(text, claims(("d-01", 30, 31)))
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&amp; more" in page


def test_overlapping_claims_are_refused():
    with pytest.raises(ValueError, match="overlaps"):
        source_html("0123456789", claims(("d-01", 0, 5), ("d-02", 3, 8)))
