"""Charts of claims as ranges: what each printed number can mean, side by side across articles.

One panel per measure, each scaled to its own figures (so the ranges the chart
exists to show are visible), its x axis titled with the measure and its unit. Each
claim is a bar from the lowest to the highest value its words allow, and a dot at
the number as printed; a claim in words ("tens of thousands") has a bar and no dot,
and a dot is never drawn outside its own bar. Rows are named by outlet and period,
never by internal ids; the caption and the table say the same in words. A measure
with more figures than a panel holds (ROWS_PER_PANEL, as a desk's corpus grows) is
split into parts drawn to the measure's one scale.
"""
from __future__ import annotations

import math

import pandas as pd

from factcheck.report import readable
from factcheck.report.charts import Figure
from factcheck.ledger.intervals import Interval
from factcheck.report.escaping import plain_words


# Axis numbers as a reader writes them: 2.75 bn, 409k, 55 (Vega's SI "G" and "M" read as units to most people).
AXIS_NUMBER = ("abs(datum.value) >= 1e9 ? format(datum.value / 1e9, '.4~') + ' bn' : "
               "abs(datum.value) >= 1e6 ? format(datum.value / 1e6, '.4~') + ' m' : "
               "abs(datum.value) >= 1e4 ? format(datum.value / 1e3, '.4~') + 'k' : format(datum.value, ',.4~')")

# A panel holds at most this many figures; a measure with more is drawn in parts, one after another, each to the
# measure's one scale, so a bar means the same in every part. At 200 articles one measure had 120 to 200 rows: a
# chart some 4,000 px tall on a phone, drawn in 1.5 to 12 s a width, all of it again whenever one of its claims
# changed (a part whose figures and scale did not change is the drawing kept, charts.svg).
ROWS_PER_PANEL = 25


def _rows(claims: pd.DataFrame, ledger) -> list[dict]:
    from factcheck.report.chapters import article_name

    rows, labels = [], set()   # (metric, label) of the rows so far: a label is made unique within its panel
    for row in claims.to_dict("records"):
        if not row["bounds"]:
            continue   # a word claim that states a condition has no range to draw
        interval = Interval.from_bounds(row["low"], row["high"], row["bounds"])
        printed = None if row.get("words") else row["value"]
        printed_to = row.get("value_to")
        printed_to = None if printed is None or printed_to is None or printed_to != printed_to else float(printed_to)
        unbounded = math.isinf(row["high"])
        high_drawn = row["high"] if not unbounded else 2 * max(row["low"], printed or row["low"], 1)
        label = _label(row, ledger)
        while (row["metric"], label) in labels:   # the same words twice
            label += " "
        labels.add((row["metric"], label))
        rows.append({"metric": row["metric"],
                     "article": article_name(row["doc_id"], ledger) if ledger is not None else row["doc_id"],
                     "label": label, "quote": plain_words(row["quote"]), "period": readable.period(row["period"]),
                     # a dot only where a number was printed and lies in its own range: never outside it; a range
                     # as printed ("40-55 percent") is drawn as a line from its first figure to its second, not a dot
                     "printed": printed if printed is not None and printed_to is None and printed in interval else None,
                     "printed_low": printed if printed_to is not None else None,
                     "printed_high": printed_to,
                     "place": row.get("population") or "",
                     "low": row["low"], "high": high_drawn, "unit": row["unit"],
                     "range": readable.span(interval, row["unit"]), "unbounded": unbounded})
    for metric in dict.fromkeys(r["metric"] for r in rows):
        _name_what_differs([r for r in rows if r["metric"] == metric])
    return rows


def _name_what_differs(panel: list[dict]) -> None:
    """Where a panel sets figures from different places or periods side by side, each row's label says which:
    the part of its population that differs from the others' (an office, a county jail, "nationwide"), and its
    period in words. A panel whose rows share both keeps the quote alone."""
    import os
    import re

    places = [r["place"] for r in panel]
    periods = [_period(r["period"] or "") for r in panel]
    common = os.path.commonprefix(places) if len(set(places)) > 1 else ""
    common = common[:common.rfind(" ") + 1] if common and not common.endswith(" ") else common   # whole words only
    for row, place, period in zip(panel, places, periods):
        context = []
        if len(set(places)) > 1:
            rest = re.sub(r"\s*\([^)]*\)", "", place[len(common):]).strip(" ,")
            context.append(_short(rest.rsplit(", ", 1)[-1] if ", " in rest else rest))
        if len(set(periods)) > 1:
            context.append(period)
        if context:
            row["label"] = row["label"].rstrip() + "".join(f"\n{c}" for c in context if c) + " " * (
                len(row["label"]) - len(row["label"].rstrip()))   # keep a repeated label's trailing space unique


def _period(period: str) -> str:
    """'2015-10/2015-11 (first two months of FY2016)' → 'Oct–Nov 2015'; 'before PEP (...)' → 'before PEP'."""
    import re

    text = re.sub(r"\s*\(.*\)\s*$", "", period or "").strip() or (period or "")
    return _short(readable.period(text).replace("/", "–"))


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _label(row: dict, ledger) -> str:
    """A row is named by the words it quotes: short enough for a phone, and never an internal id."""
    shown = plain_words(row["quote"])   # a direction character as its code, [U+202E]
    if len(shown) > 28:
        shown = shown[:26]
        if shown.rfind("[") > shown.rfind("]"):   # never cut inside a code ("thou[U+2…")
            shown = shown[:shown.rfind("[")]
        shown = shown.rstrip() + "…"
    return f"“{shown}”"


def _axis_title(unit: str) -> str:
    """The x axis says the unit; the panel's title says the measure."""
    return {"percent": "percent", "usd": "US dollars"}.get(unit, readable.dictionary().unit(unit))


def claims_chart(claims: pd.DataFrame, name: str, title: str, ledger=None) -> Figure:
    """One panel per measure: each claim's range as a bar and its printed number as a dot."""
    rows = _rows(claims, ledger)
    data = pd.DataFrame(rows)
    panels, descriptions = [], []
    for metric in dict.fromkeys(r["metric"] for r in rows):
        mine = data[data["metric"] == metric]
        unit = mine["unit"].iloc[0]
        low, high = float(mine["low"].min()), float(mine["high"].max())
        pad = (high - low) * 0.08 or abs(high) * 0.05 or 1
        domain = [max(low - pad, 0) if low >= 0 else low - pad, high + pad]
        lines = int(mine["label"].str.count("\n").max()) + 1
        parts = [mine.iloc[start:start + ROWS_PER_PANEL] for start in range(0, len(mine), ROWS_PER_PANEL)]
        for number, part in enumerate(parts, 1):
            measure = readable.dictionary().metric(metric) + (f" (part {number} of {len(parts)})" if len(parts) > 1
                                                              else "")
            panels.append(_kept_panel(part, measure, unit, domain, lines))
            descriptions.append(f"{measure}: " + "; ".join(
                f"{r.article}, {r.place}, {r.period}: “{r.quote}”, meaning {r.range}" for r in part.itertuples()))
    split = len(panels) > len(dict.fromkeys(r["metric"] for r in rows))
    caption = (f"{title}. Each bar spans the values the words allow; a dot marks the number as printed, inside its bar"
               + (", and a dark line a range as printed. " if any(r["printed_low"] is not None for r in rows) else ". ")
               + ("Where places or periods differ, each row names them under its quote. "
                  if any("\n" in r["label"] for r in rows) else "")
               + ("A bar with no upper limit is drawn to twice its lower end. " if any(r["unbounded"] for r in rows) else "")
               + (f"A measure with more than {ROWS_PER_PANEL} figures is drawn in parts, all to one scale. "
                  if split else ""))
    # the reader's columns only: the plotted numbers (printed, low, high) are the chart's, the quote says them in words
    table = data.rename(columns={"article": "source", "place": "who or where", "period": "when", "quote": "as printed",
                                 "range": "the words allow"})[
        ["source", "who or where", "when", "as printed", "the words allow"]].assign(
        measure=[readable.dictionary().metric(m) for m in data["metric"]])
    return Figure(panels, name, caption.strip(), table, descriptions)


def _kept_panel(part: pd.DataFrame, measure: str, unit: str, domain: list[float], lines: int) -> dict:
    """The panel's Vega-Lite spec, kept between builds in the user's cache for all their checkouts (files/memo), by
    everything that makes it: at 200 articles a theme's chart had 35 parts, and making each one's spec with Altair
    took most of the page's time, while a one-claim edit changes one part."""
    import json

    from factcheck.files import memo

    key = json.dumps([part.drop(columns="metric").to_dict("records"), measure, unit, domain, lines],
                     ensure_ascii=False, allow_nan=True, default=repr).encode("utf-8")
    # Not checked against Vega-Lite's schema here (at 200 articles that was 0.7 s of a theme page's 2.4): the spec's
    # shape is this module's, whatever the data, and tests/report/test_charts.py checks every chart a page shows.
    made = memo.text_by_content("claim-panel", key, lambda: json.dumps(
        _panel(part, measure, unit, domain, lines).to_dict(validate=False), ensure_ascii=False, allow_nan=True),
        machine=True)
    return json.loads(made)


def _panel(mine: pd.DataFrame, measure: str, unit: str, domain: list[float], lines: int):
    """One panel: each row's range as a bar, its printed number as a dot, on the measure's scale."""
    import altair as alt

    scale = alt.Scale(domain=domain, zero=False, nice=False)

    base = alt.Chart(mine.drop(columns="metric")).encode(y=alt.Y("label:N", sort=None, title=None, axis=alt.Axis(
        labelLimit=190, labelExpr="split(datum.value, '\\n')")))
    tooltip = [alt.Tooltip("quote:N", title="printed"), alt.Tooltip("article:N", title="source"),
               alt.Tooltip("period:N", title="when"),
               alt.Tooltip("range:N", title="the words allow")]
    # a bar for each range (an exact count gets a thin one: its range is a point), a dot for each printed number
    axis = alt.Axis(labelExpr=AXIS_NUMBER, tickCount=3, labelOverlap="greedy", labelSeparation=8)
    bars = base.mark_bar(height=10, opacity=0.55, color="#4a6fa5", aria=False).encode(
        x=alt.X("low:Q", title=_axis_title(unit), scale=scale, axis=axis), x2="high:Q", tooltip=tooltip)
    points = base.transform_filter("datum.low == datum.high").mark_tick(
        thickness=3, size=18, color="#4a6fa5", aria=False).encode(x=alt.X("low:Q", scale=scale), tooltip=tooltip)
    dots = base.transform_filter("isValid(datum.printed)").mark_circle(size=70, color="#1b1f24", opacity=1,
                                                                       aria=False).encode(
        x=alt.X("printed:Q", scale=scale), tooltip=tooltip)
    printed_ranges = base.transform_filter("isValid(datum.printed_low)").mark_bar(
        height=4, color="#1b1f24", aria=False).encode(x=alt.X("printed_low:Q", scale=scale), x2="printed_high:Q",
                                                      tooltip=tooltip)
    return alt.layer(bars, points, dots, printed_ranges).properties(
        width="container", height=alt.Step(16 + 14 * lines), title=measure)


def document_chart(claims: pd.DataFrame, doc_id: str, ledger=None):
    """The article's chart: every measure it prints more than once, as ranges; or a sentence saying there is none."""
    from factcheck.report.display import Block

    claims = claims[claims["bounds"] != ""]   # conditions have no range to set side by side
    counts = claims["metric"].value_counts()
    repeated = [m for m in claims["metric"].unique() if m and counts[m] >= 2]  # a blank metric (a draft's) is no measure
    if not repeated:
        return Block("<p>The article prints no measure twice, so there is nothing to set side by side.</p>",
                     "no chart: no measure printed twice")
    shown = claims[claims["metric"].isin(repeated)]
    return claims_chart(shown, name=f"document-{doc_id}", title="The measures this article prints more than once",
                        ledger=ledger)
