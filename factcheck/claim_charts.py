"""Charts of claims as intervals: what each printed number can mean, side by side across articles."""
from __future__ import annotations

import math

import pandas as pd

from .charts import Figure
from .intervals import Interval


def claims_chart(claims: pd.DataFrame, name: str, title: str) -> Figure:
    """One panel per metric; each claim a bar from low to high (its interval) and a dot at the printed value.

    An interval with no upper limit is drawn to twice its lower end and says so in the caption."""
    import altair as alt

    rows = []
    for row in claims.itertuples(index=False):
        if not row.bounds:
            continue   # a word claim that states a condition has no range to draw
        interval = Interval.from_bounds(row.low, row.high, row.bounds)
        printed = None if getattr(row, "words", "") else row.value
        high_drawn = row.high if not math.isinf(row.high) else 2 * max(row.low, printed or row.low)
        rows.append({"claim": row.claim_id, "label": f"{row.claim_id}: {row.quote}", "metric": row.metric,
                     "article": row.doc_id, "period": row.period,
                     # a dot only where a number was printed and lies in its own range: never outside it
                     "value": printed if printed is not None and printed in interval else None,
                     "low": row.low, "high": high_drawn, "unit": row.unit, "interval": str(interval),
                     "unbounded": math.isinf(row.high)})
    data = pd.DataFrame(rows)
    base = alt.Chart(data)
    # The marks stay out of the accessibility tree: the chart's caption and its table say the same in words.
    bars = base.mark_rule(strokeWidth=6, opacity=0.5, aria=False).encode(
        x=alt.X("low:Q", title=None), x2="high:Q",
        y=alt.Y("label:N", sort=None, title=None), color=alt.Color("article:N", legend=alt.Legend(title="article")),
        tooltip=["claim", "article", "period", "interval"])
    dots = base.transform_filter("isValid(datum.value)").mark_point(filled=True, size=60, shape="diamond", aria=False).encode(
        x="value:Q", y=alt.Y("label:N", sort=None), color="article:N", shape=alt.Shape("article:N"),
        tooltip=["claim", "article", "period", "value", "interval"])
    chart = (alt.layer(bars, dots).properties(width=420)
             .facet(row=alt.Row("metric:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")))
             .resolve_scale(x="independent", y="independent")
             .properties(title=title))
    caption = f"{title}: " + "; ".join(
        f"{r['claim']} ({r['article']}, {r['period']}) "
        + (f"prints {_n(r['value'])} {r['unit'].replace('_', ' ')}, meaning {r['interval']}" if r["value"] is not None
           else f"prints no number; its words mean {r['interval']}")
        + (" (no upper limit; drawn to twice the lower end)" if r["unbounded"] else "")
        for r in rows) + "."
    table = data[["claim", "article", "metric", "period", "value", "unit", "interval"]]
    return Figure(chart, name, caption, table)


def _n(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"


def document_chart(claims: pd.DataFrame, doc_id: str):
    """The article's chart: every measure it prints more than once, as intervals; or a sentence saying there is none."""
    from .display import Block

    claims = claims[claims["bounds"] != ""]   # conditions have no range to set side by side
    counts = claims["metric"].value_counts()
    repeated = [m for m in claims["metric"].unique() if m and counts[m] >= 2]  # a blank metric (a draft's) is no measure
    if not repeated:
        return Block("<p>The article prints no measure twice, so there is nothing to set side by side.</p>",
                     "no chart: no measure printed twice")
    shown = claims[claims["metric"].isin(repeated)]
    return claims_chart(shown, name=f"document-{doc_id}", title=f"Measures {doc_id} prints more than once")
