"""Charts for the report: stable ids, offline rendering, legible on a phone, and a text alternative for each.

`Figure(panels, name, caption, table)` is what a notebook displays: one or more
Altair charts (panels, each scaled to its own data), a short caption, and the
table behind them with a CSV download. Its HTML is our own, not Altair's template:

* each panel is drawn when the page is executed, as inline SVG (vl-convert-python, no
  browser and no script): once for a desktop column and once, narrower and with its title
  wrapped, for a phone, and the page's CSS shows the one that fits. A reader downloads
  no chart library (Vega is 0.9 MB) and a chart shows with scripts off;
* each panel's Vega-Lite spec stays beside it in a `<script type="application/json">`
  (data, not code), with `<`, `>` and `&` escaped, so no data can close it;
* element ids are `chart-<name>-<n>`, never random, so two runs give the same bytes.

Every panel is drawn with text of at least 12 px, axis titles that carry the unit,
and no internal ids; the caption and the table say the same in words.
"""
from __future__ import annotations

import html
import json
import re

import pandas as pd

from factcheck.files import memo
from factcheck.report.display import cards_html, csv_download, scrolling
from factcheck.report.escaping import script_json

# Legible at 1280 px and at 390 px: no text under 12 px.
THEME = {
    "font": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    "axis": {"labelFontSize": 12, "titleFontSize": 13, "titleFontWeight": 600, "labelLimit": 180,
             "titlePadding": 8, "gridOpacity": 0.6},
    "legend": {"labelFontSize": 12, "titleFontSize": 13, "orient": "bottom", "direction": "horizontal"},
    "title": {"fontSize": 14, "anchor": "start", "fontWeight": 600, "offset": 8},
    "header": {"labelFontSize": 13, "titleFontSize": 13},
    "text": {"fontSize": 12},
    "view": {"stroke": None},
}

# Plot widths in px (the axis labels come on top): a desktop column, and a phone's 390 px screen.
WIDE, NARROW = 600, 170
NARROW_TITLE = 34   # characters per line of a panel title on a phone


def svg(spec: dict, narrow: bool = False) -> str:
    """The panel drawn as SVG, sized for a desktop column or, narrow, for a phone (title wrapped, shorter labels)."""
    import vl_convert

    sized = _sized(spec, narrow)
    # Kept between builds, in the user's cache for all their checkouts (files/memo), keyed by the whole spec as
    # drawn, this code and the pinned libraries (vl-convert's version among them; memo.code_digest): at 200 articles a theme
    # page spent most of its time in vl-convert, and a one-claim edit changes one panel of it. Like the build's own
    # page hashes, the key does not cover the machine's fonts.
    def draw() -> str:
        return slim(vl_convert.vegalite_to_svg(sized)).replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)

    return memo.text_by_content("svg", _key(sized), draw, machine=True)


def _sized(spec: dict, narrow: bool) -> dict:
    import textwrap

    # Room on the left: the labels are measured with vl-convert's fonts but drawn with the reader's, which
    # can be wider, and a right-aligned label then runs past the drawing's left edge.
    sized = {**spec, "width": NARROW if narrow else WIDE, "padding": {"left": 36, "right": 6, "top": 6, "bottom": 6}}
    if narrow:
        title = sized.get("title")
        if isinstance(title, str):
            sized["title"] = textwrap.wrap(title, NARROW_TITLE) or title
        config = sized.get("config", {})
        sized["config"] = {**config, "axis": {**config.get("axis", {}), "labelLimit": 120}}
    return sized


def _key(sized: dict) -> bytes:
    return json.dumps(sized, ensure_ascii=False, allow_nan=True).encode("utf-8")


# What a drawing hidden from screen readers (the figure's own label and table speak for it) does not need: Vega's
# class, role and ARIA attributes, empty placeholder paths, a font named on every label, 15-digit coordinates.
SVG_ATTRIBUTES = re.compile(r' (?:class|role|aria-roledescription|aria-label|aria-hidden|pointer-events)="[^"]*"')
EMPTY_PATHS = re.compile(r'<path d="(?:M0,0h0v0h0Z)?"(?: display="none")?/>')
LONG_DECIMALS = re.compile(r"(\d+\.\d{2})\d+")
ATTRIBUTE_VALUE = re.compile(r'="[^"]*"')


def slim(drawn: str) -> str:
    """The same picture in fewer bytes (about a third fewer): a chart page stays within its weight budget."""
    fonts = set(re.findall(r' font-family="([^"]*)"', drawn))
    drawn = EMPTY_PATHS.sub("", SVG_ATTRIBUTES.sub("", drawn))
    drawn = ATTRIBUTE_VALUE.sub(lambda m: LONG_DECIMALS.sub(r"\1", m.group(0)), drawn)   # coordinates, never a label
    if len(fonts) == 1:   # one font throughout: named once, on the drawing, and inherited
        (font,) = fonts
        drawn = drawn.replace(f' font-family="{font}"', "").replace("<svg ", f'<svg font-family="{font}" ', 1)
    return drawn


class Figure:
    """Charts with stable ids, a caption and their data, displayable in Jupyter and in the book."""

    def __init__(self, panels, name: str, caption: str, table: pd.DataFrame, descriptions: list[str] | None = None):
        # each an Altair chart, or its spec already made (a dict: claim_charts keeps a panel's between builds)
        self.panels = list(panels) if isinstance(panels, (list, tuple)) else [panels]
        self.name, self.caption, self.table = name, caption, table
        self.descriptions = descriptions or [caption] * len(self.panels)

    @property
    def element_id(self) -> str:
        return f"chart-{self.name}"

    def specs(self) -> list[dict]:
        specs = []
        for panel in self.panels:
            spec = dict(panel) if isinstance(panel, dict) else panel.to_dict()
            spec["config"] = {**THEME, **spec.get("config", {})}
            specs.append(spec)
        return specs

    def to_html(self) -> str:
        caption_id = f"{self.element_id}-caption"
        parts = []
        for index, (spec, description) in enumerate(zip(self.specs(), self.descriptions), 1):
            div = f"{self.element_id}-{index}"
            parts.append(f'<div class="factcheck-chart" id="{div}" role="img" '
                         f'aria-label="{html.escape(description, quote=True)}">'
                         f'<div class="chart-wide">{svg(spec)}</div><div class="chart-narrow">'
                         f'{svg(spec, narrow=True)}</div></div>'
                         f'<script type="application/json" id="{div}-spec">{script_json(spec, sort_keys=True)}</script>')
        data = cards_html(self.table)
        download = csv_download(self.table, f"{self.name}.csv", "Download the chart's data as CSV")
        figures = scrolling(data, "The figures behind the chart: " + self.caption.split(". ")[0])   # its title
        return (f'<figure class="factcheck-figure" id="{self.element_id}" aria-labelledby="{caption_id}">\n'
                + "\n".join(parts)
                + f'\n<figcaption id="{caption_id}">{html.escape(self.caption)}</figcaption>\n'
                f'<details><summary>The figures behind this chart</summary>\n{figures}\n{download}</details>\n'
                "</figure>")

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/html": self.to_html(), "text/plain": self.caption}


def hedge_interval_chart(rules, stated: float = 6.6, precision: float = 0.1, unit: str = "") -> Figure:
    """What a stated number (the methods page's example, read to its last digit) means under each hedge shape: one
    horizontal bar per shape."""
    import math

    import altair as alt

    from factcheck.ledger.hedges import HEDGES, interval_for
    from factcheck.report.verdict_words import between

    words_by_shape: dict[str, list[str]] = {}
    for word, shape in HEDGES.items():
        words_by_shape.setdefault(shape, []).append(word or "(no hedge)")
    rows = []
    for shape, words in words_by_shape.items():
        if shape in ("range", "order_of_magnitude"):
            continue  # they need a second number or another scale; the table above shows them
        interval = interval_for(stated, hedge=words[0] if words[0] != "(no hedge)" else "",
                                precision=precision, unit=unit, rules=rules)
        rows.append({"hedge words": ", ".join(words[:3]) + (" …" if len(words) > 3 else ""),
                     "all words": ", ".join(words), "reads as": between(interval, unit), "low": interval.low,
                     "high": interval.high})
    table = pd.DataFrame(rows)
    right_edge = stated * 1.5  # an interval with no upper limit is drawn to the chart's edge
    printed = f"{stated:g}"
    drawn = table.assign(high=[min(h, right_edge) if math.isinf(h) else h for h in table["high"]])
    chart = alt.Chart(drawn).mark_bar(height=14).encode(
        y=alt.Y("hedge words:N", sort=None, title=None),
        x=alt.X("low:Q", title=f"What a printed {printed} can mean", scale=alt.Scale(domain=[0, right_edge])),
        x2="high:Q",
        tooltip=[alt.Tooltip("all words:N", title="hedge words"), alt.Tooltip("reads as:N", title="reads as")],
    ).properties(width="container", height=alt.Step(24))
    caption = (f"What a printed {printed} means under the {rules.name} rules, one bar per kind of hedge word; "
               f"bars with no upper limit stop at {right_edge:g}.")
    described = caption + " " + "; ".join(f"{r['all words']}: {r['reads as']}" for r in rows) + "."
    return Figure(chart, "hedge-intervals", caption, table.drop(columns=["low", "high", "hedge words"]), [described])
