"""A chart's HTML keeps its data inside its <script>, whatever the data says."""
from __future__ import annotations

import json
import re

import pandas as pd
from hostile import ONE_LINE

from factcheck.claim_charts import claims_chart


def hostile_claims() -> pd.DataFrame:
    row = {"claim_id": "x-01", "doc_id": "x", "quote": ONE_LINE, "metric": "removals", "period": ONE_LINE,
           "value": 100.0, "low": 90.0, "high": 100.0, "bounds": "[)", "unit": "people"}
    return pd.DataFrame([row, {**row, "claim_id": "x-02", "value": 200.0, "low": 190.0, "high": 200.0}])


def test_a_quote_holding_a_script_stays_in_the_spec_and_reads_back_intact():
    page = claims_chart(hostile_claims(), name="hostile", title="Hostile").to_html()
    assert page.count("<script") == 1 and page.count("</script>") == 1
    assert "<img" not in page and "<script>alert" not in page
    spec = json.loads(re.search(r"\}\)\((\{.*\}), \{\"actions\"", page, re.S).group(1))
    [values] = spec["datasets"].values()
    assert {row["period"] for row in values} == {ONE_LINE}
    assert {row["label"] for row in values} == {f"x-01: {ONE_LINE}", f"x-02: {ONE_LINE}"}


def test_the_caption_and_the_table_beside_the_chart_are_escaped():
    page = claims_chart(hostile_claims(), name="hostile", title="Hostile").to_html()
    caption = re.search(r"<figcaption[^>]*>(.*?)</figcaption>", page, re.S).group(1)
    assert "&lt;img src=x onerror=alert(1)&gt;" in caption and "<" not in caption
