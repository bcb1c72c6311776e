"""A draft chapter's claims: those filled in in the table, the others listed apart as not yet filled in."""
from __future__ import annotations

import pandas as pd

from factcheck.report.display import claims_table
from factcheck.report.drafts import blank_columns, not_filled_in

COLUMNS = ["claim_id", "doc_id", "quote", "value", "value_to", "unit", "hedge", "precision", "low", "high", "bounds",
           "metric", "period", "population", "speaker", "note", "words", "condition"]


def claim(number: int, **judgements) -> dict:
    row = {"claim_id": f"ice24-{number:02d}", "doc_id": "ice24", "quote": f"{number},000 people", "value": number * 1000.0,
           "value_to": None, "unit": "people", "hedge": "", "precision": 1000.0, "low": number * 1000 - 500.0,
           "high": number * 1000 + 500.0, "bounds": "[)", "metric": "", "period": "", "population": "", "speaker": "",
           "note": "", "words": "", "condition": ""}
    return {**row, **judgements}


FILLED = {"metric": "removals", "period": "FY2016", "population": "ICE removals, nationwide", "speaker": "outlet"}


def test_a_row_is_filled_in_once_no_judgement_cell_is_blank():
    assert blank_columns(claim(1)) == ["unit", "metric", "period", "population", "speaker"][1:]
    assert blank_columns(claim(1, **FILLED)) == []
    assert blank_columns(claim(1, **FILLED, unit="")) == ["unit"]
    assert blank_columns(claim(1, **{**FILLED, "period": float("nan")})) == ["period"]  # pandas' blank


def test_the_table_shows_the_claims_filled_in_and_lists_the_others_apart():
    claims = pd.DataFrame([claim(1, **FILLED), claim(2), claim(3, **{**FILLED, "speaker": ""})], columns=COLUMNS)
    assert not_filled_in(claims).tolist() == [False, True, True]
    shown = claims_table(claims)
    table, listed = shown.html.split("Not yet filled in", 1)
    assert "1 claim filled in, in numbers and in words" in table
    assert "1,000 people" in table and "2,000 people" not in table and "3,000 people" not in table
    assert "(draft, not reviewed): 2 claims" in listed
    assert "(ice24-02): metric, period, population, speaker to fill" in listed
    assert "(ice24-03): speaker to fill" in listed and 'href="#ice24-03"' in listed  # linked to its place in the text
    assert "Not yet filled in (draft, not reviewed): 2 claims" in shown.text
    assert "ice24-claims.csv" in listed  # the download still holds every row


def test_a_fresh_draft_has_no_empty_table_and_a_filled_ledger_no_list():
    fresh = claims_table(pd.DataFrame([claim(1), claim(2)], columns=COLUMNS))
    assert "<table" not in fresh.html and "No claim is filled in yet." in fresh.text
    assert "(draft, not reviewed): 2 claims" in fresh.html
    done = claims_table(pd.DataFrame([claim(1, **FILLED), claim(2, **FILLED)], columns=COLUMNS))
    assert "2 claims, in numbers and in words" in done.html     # the report's own pages: as before
    assert "Not yet filled in" not in done.html and "draft" not in done.html


def test_the_claims_table_shows_a_character_that_would_reverse_a_quote_as_its_code():
    claims = pd.DataFrame([claim(1, **{**FILLED, "quote": "1\u202e000"})], columns=COLUMNS)
    shown = claims_table(claims).html
    assert "\u202e" not in shown and ">1<span" in shown and "[U+202E]</span>000</a>" in shown
