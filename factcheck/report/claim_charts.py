"""Charts of claims as ranges: what each printed number can mean, side by side across articles.

One panel per measure, each scaled to its own figures (so the ranges the chart
exists to show are visible), its x axis titled with the measure and its unit. Each
claim is a bar from the lowest to the highest value its words allow, and a dot at
the number as printed; a claim in words ("tens of thousands") has a bar and no dot,
and a dot is never drawn outside its own bar. Rows are named by outlet and period,
never by internal ids; the caption and the table say the same in words.
"""
from __future__ import annotations

import math

import pandas as pd

from factcheck.report import readable
from factcheck.report.charts import Figure
from factcheck.ledger.intervals import Interval


# Axis numbers as a reader writes them: 2.75 bn, 409k, 55 (Vega's SI "G" and "M" read as units to most people).
AXIS_NUMBER = ("abs(datum.value) >= 1e9 ? format(datum.value / 1e9, '.4~') + ' bn' : "
               "abs(datum.value) >= 1e6 ? format(datum.value / 1e6, '.4~') + ' m' : "
               "abs(datum.value) >= 1e4 ? format(datum.value / 1e3, '.4~') + 'k' : format(datum.value, ',.4~')")


def _rows(claims: pd.DataFrame, ledger) -> list[dict]:
    from factcheck.report.chapters import article_name

    rows = []
    for row in claims.to_dict("records"):
        if not row["bounds"]:
            continue   # a word claim that states a condition has no range to draw
        interval = Interval.from_bounds(row["low"], row["high"], row["bounds"])
        printed = None if row.get("words") else row["value"]
        unbounded = math.isinf(row["high"])
        high_drawn = row["high"] if not unbounded else 2 * max(row["low"], printed or row["low"], 1)
        label = _label(row, ledger)
        while any(r["label"] == label and r["metric"] == row["metric"] for r in rows):   # the same words twice
            label += " "
        rows.append({"metric": row["metric"],
                     "article": article_name(row["doc_id"], ledger) if ledger is not None else row["doc_id"],
                     "label": label, "quote": row["quote"], "period": row["period"],
                     # a dot only where a number was printed and lies in its own range: never outside it
                     "printed": printed if printed is not None and printed in interval else None,
                     "low": row["low"], "high": high_drawn, "unit": row["unit"],
                     "range": readable.span(interval, row["unit"]), "unbounded": unbounded})
    return rows


def _label(row: dict, ledger) -> str:
    """A row is named by the words it quotes: short enough for a phone, and never an internal id."""
    quote = row["quote"] if len(row["quote"]) <= 28 else row["quote"][:26].rstrip() + "…"
    return f"“{quote}”"


def _axis_title(unit: str) -> str:
    """The x axis says the unit; the panel's title says the measure."""
    return {"percent": "percent", "usd": "US dollars"}.get(unit, readable.dictionary().unit(unit))


def claims_chart(claims: pd.DataFrame, name: str, title: str, ledger=None) -> Figure:
    """One panel per measure: each claim's range as a bar and its printed number as a dot."""
    import altair as alt

    rows = _rows(claims, ledger)
    data = pd.DataFrame(rows)
    panels, descriptions = [], []
    for metric in dict.fromkeys(r["metric"] for r in rows):
        mine = data[data["metric"] == metric]
        unit = mine["unit"].iloc[0]
        low, high = float(mine["low"].min()), float(mine["high"].max())
        pad = (high - low) * 0.08 or abs(high) * 0.05 or 1
        scale = alt.Scale(domain=[max(low - pad, 0) if low >= 0 else low - pad, high + pad], zero=False, nice=False)
        base = alt.Chart(mine.drop(columns="metric")).encode(y=alt.Y("label:N", sort=None, title=None, axis=alt.Axis(labelLimit=170)))
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
        panels.append(alt.layer(bars, points, dots).properties(
            width="container", height=alt.Step(30), title=readable.dictionary().metric(metric)))
        descriptions.append(f"{readable.dictionary().metric(metric)}: " + "; ".join(
            f"{r.article}, {r.period}: “{r.quote}”, meaning {r.range}" for r in mine.itertuples()))
    caption = (f"{title}. Each bar spans the values the article's words allow; a dot marks the number as printed, "
               "where it lies inside its bar. "
               + ("A bar with no upper limit is drawn to twice its lower end. " if any(r["unbounded"] for r in rows) else ""))
    table = data.rename(columns={"article": "source", "period": "when", "quote": "printed", "range": "the words allow"})[
        ["source", "when", "printed", "the words allow"]].assign(measure=[readable.dictionary().metric(m) for m in data["metric"]])
    return Figure(panels, name, caption.strip(), table, descriptions)


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
