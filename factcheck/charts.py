"""Altair charts for the report: stable ids, offline rendering, and a text alternative for each.

`Figure(chart, name, caption, table)` is what a notebook displays. Its HTML is
Altair's own "universal" template with two changes that matter:

* the chart's element id is `chart-<name>`, not a random uuid, so two runs give
  identical outputs and nbval can compare them;
* the Vega libraries are expected on the page already: the site loads
  `_static/vega-offline.js` (written by the build from vl-convert-python), which
  also predefines `VEGA_DEBUG` with the versions below, so the template's loader
  never fetches from a CDN. (In JupyterLab with a network, the loader fetches
  the same versions from the CDN.)

Every figure has a caption stating what it shows, with the numbers, and the table
behind it in a collapsible block: the text alternative and the data beside it.
"""
from __future__ import annotations

import html
import math

import pandas as pd

from .display import csv_download
from .escaping import ScriptSafeEncoder


def vega_versions() -> dict:
    """The versions of the Vega libraries vl-convert bundles (the keys Altair's loader checks)."""
    import vl_convert

    vegalite = max(vl_convert.get_vegalite_versions(), key=lambda v: tuple(int(x) for x in v.split(".")))
    return {"vega_version": vl_convert.get_vega_version(), "vegalite_version": vegalite,
            "vegaembed_version": vl_convert.get_vega_embed_version()}


class Figure:
    """A chart with a stable id, a caption and its data, displayable in Jupyter and in the book."""

    def __init__(self, chart, name: str, caption: str, table: pd.DataFrame):
        self.chart, self.name, self.caption, self.table = chart, name, caption, table

    @property
    def element_id(self) -> str:
        return f"chart-{self.name}"

    def to_html(self) -> str:
        from altair.utils.html import spec_to_html

        versions = vega_versions()
        chart_html = spec_to_html(
            self.chart.to_dict(), mode="vega-lite", vega_version=versions["vega_version"],
            vegalite_version=versions["vegalite_version"], vegaembed_version=versions["vegaembed_version"],
            output_div=self.element_id, embed_options={"actions": False}, fullhtml=False, requirejs=False,
            template="universal", json_kwds={"cls": ScriptSafeEncoder})  # a quote holding </script> stays in the spec
        caption_id = f"{self.element_id}-caption"
        data = self.table.to_html(index=False, border=0, classes="factcheck-table", escape=True)
        download = csv_download(self.table, f"{self.name}.csv", "Download the chart's data as CSV")
        return (f'<figure class="factcheck-figure" aria-labelledby="{caption_id}">\n{chart_html}\n'
                f'<figcaption id="{caption_id}">{html.escape(self.caption)}</figcaption>\n'
                f'<details><summary>The data behind this chart</summary>\n{data}\n{download}</details>\n</figure>')

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/html": self.to_html(), "text/plain": self.caption}


def hedge_interval_chart(rules, stated: float = 100.0, precision: float = 1.0) -> Figure:
    """What a stated number means under each hedge shape: one horizontal bar per shape."""
    import altair as alt

    from .hedges import HEDGES, interval_for

    words_by_shape: dict[str, list[str]] = {}
    for word, shape in HEDGES.items():
        words_by_shape.setdefault(shape, []).append(word or "(no hedge)")
    rows = []
    for shape, words in words_by_shape.items():
        if shape in ("range", "order_of_magnitude"):
            continue  # they need a second number or another scale; the table above shows them
        interval = interval_for(stated, hedge=words[0] if words[0] != "(no hedge)" else "",
                                precision=precision, rules=rules)
        rows.append({"hedge words": ", ".join(words), "shape": shape, "interval": str(interval),
                     "low": interval.low, "high": interval.high})
    table = pd.DataFrame(rows)
    right_edge = stated * 1.5  # an interval with no upper limit is drawn to the chart's edge
    drawn = table.assign(high=[min(h, right_edge) if math.isinf(h) else h for h in table["high"]])
    chart = alt.Chart(drawn).mark_bar(height=14).encode(
        y=alt.Y("hedge words:N", sort=None, title=None),
        x=alt.X("low:Q", title=f"what a stated {stated:g} can mean", scale=alt.Scale(domain=[0, right_edge])),
        x2="high:Q",
        tooltip=["hedge words", "interval"],
    ).properties(width=420, title=f"Hedge rules: {rules.name}")
    caption = (f"What a stated {stated:g} (last digit in the units) means under the {rules.name} hedge rules: "
               + "; ".join(f"{r['hedge words']}: {r['interval']}" for r in rows)
               + f". Bars with no upper limit are cut at {right_edge:g}.")
    return Figure(chart, "hedge-intervals", caption, table.drop(columns=["low", "high"]))
