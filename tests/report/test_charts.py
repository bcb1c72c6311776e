"""A chart's HTML keeps its data inside its <script>, whatever the data says, and never draws a dot outside its bar."""
from __future__ import annotations

import html
import json
import re

import pandas as pd
from hostile import ONE_LINE

from factcheck.report.claim_charts import claims_chart


def claims(*rows) -> pd.DataFrame:
    base = {"claim_id": "x-01", "doc_id": "x", "quote": ONE_LINE, "metric": "removals", "period": ONE_LINE,
            "value": 100.0, "low": 90.0, "high": 100.0, "bounds": "[)", "unit": "people", "words": "", "condition": ""}
    return pd.DataFrame([{**base, **row} for row in rows])


def specs(page: str) -> list[dict]:
    return [json.loads(body) for body in re.findall(r'<script type="application/json" id="[^"]+">(.*?)</script>', page, re.S)]


def values(spec: dict) -> list[dict]:
    """The rows a spec draws, whether inline or in Altair's named datasets."""
    return spec["data"].get("values") or spec["datasets"][spec["data"]["name"]]


def test_a_quote_holding_a_script_stays_in_the_spec_and_reads_back_intact():
    page = claims_chart(claims({}, {"claim_id": "x-02", "value": 200.0, "low": 190.0, "high": 200.0}),
                        name="hostile", title="Hostile").to_html()
    assert page.count("<script") == page.count("</script>") == 1   # the spec (data), and no loader
    assert "<img" not in page and "<script>alert" not in page
    [spec] = specs(page)
    rows = values(spec)
    assert {row["period"] for row in rows} == {ONE_LINE} and {row["quote"] for row in rows} == {ONE_LINE}


def test_the_caption_description_and_table_beside_the_chart_are_escaped():
    page = claims_chart(claims({}), name="hostile", title=ONE_LINE).to_html()
    caption = re.search(r"<figcaption[^>]*>(.*?)</figcaption>", page, re.S).group(1)
    assert "&lt;img src=x onerror=alert(1)&gt;" in caption and "<" not in caption
    label = re.search(r'aria-label="([^"]*)"', page).group(1)
    assert "<" not in label and ONE_LINE in html.unescape(label)


def test_a_dot_is_never_drawn_outside_its_own_bar():
    page = claims_chart(claims({"value": 10_000.0, "low": 20_000.0, "high": 100_000.0},           # "tens of thousands"
                               {"claim_id": "x-02", "quote": "nearly every", "words": "nearly every",  # words: no number
                                "value": float("nan"), "low": 90.0, "high": 100.0}),
                        name="dots", title="Dots").to_html()
    [spec] = specs(page)
    assert [row["printed"] for row in values(spec)] == [None, None]


def test_no_chart_names_a_claim_by_its_internal_id():
    page = claims_chart(claims({"quote": "409,000"}), name="ids", title="Ids").to_html()
    assert "x-01" not in page and "removals" not in json.dumps(specs(page)[0]["layer"][0]["encoding"])


def test_each_panel_is_drawn_into_the_page_for_a_desktop_and_a_phone_with_no_script_to_run():
    page = claims_chart(claims({}, {"claim_id": "x-02", "value": 200.0, "low": 190.0, "high": 200.0,
                                    "metric": "releases"}), name="drawn", title="Drawn").to_html()
    wide = re.findall(r'<div class="chart-wide"><svg [^>]*aria-hidden="true"', page)
    narrow = re.findall(r'<div class="chart-narrow"><svg [^>]*aria-hidden="true"', page)
    assert len(wide) == len(narrow) == 2   # two panels (two measures), each drawn twice
    assert re.findall(r"<script(?![^>]*application/json)", page) == [] and "vegaEmbed" not in page   # nothing to run
    assert "<img" not in page and ONE_LINE not in page   # the hostile period is escaped inside the SVG too
    widths = [float(w) for w in re.findall(r'<div class="chart-(?:wide|narrow)"><svg [^>]*width="([\d.]+)"', page)]
    assert max(widths[1::2]) < 390 < min(widths[0::2])   # the phone's drawing fits a phone; the desktop's is wider


def test_a_range_as_printed_is_drawn_from_its_first_figure_to_its_second_not_as_a_dot():
    page = claims_chart(claims({"quote": "40-55 percent", "value": 40.0, "value_to": 55.0, "low": 39.5, "high": 55.5,
                                "unit": "percent"}), name="range", title="Range").to_html()
    [spec] = specs(page)
    [row] = values(spec)
    assert (row["printed"], row["printed_low"], row["printed_high"]) == (None, 40.0, 55.0)
    assert any(layer["mark"]["type"] == "bar" and layer["encoding"]["x"]["field"] == "printed_low"
               and layer["encoding"]["x2"]["field"] == "printed_high" for layer in spec["layer"])


def test_a_panel_mixing_places_and_periods_names_each_under_its_quote():
    mixed = claims({"quote": "88.2 percent", "population": "Santa Clara County Main Jail",
                    "period": "before PEP (before 2014-11; dates not given)"},
                   {"claim_id": "x-02", "quote": "2 percent", "population": "ICE requests to local law enforcement, nationwide",
                    "period": "2015-10/2015-11 (first two months of FY2016)"})
    [spec] = specs(claims_chart(mixed, name="mixed", title="Mixed").to_html())
    assert [row["label"] for row in values(spec)] == ["“88.2 percent”\nSanta Clara County Main Jail\nbefore PEP",
                                                      "“2 percent”\nnationwide\nOct–Nov 2015"]
    same = claims({"quote": "409,000", "population": "ICE removals", "period": "FY2012"},
                  {"claim_id": "x-02", "quote": "409,849", "population": "ICE removals", "period": "FY2012"})
    [spec] = specs(claims_chart(same, name="same", title="Same").to_html())
    assert [row["label"] for row in values(spec)] == ["“409,000”", "“409,849”"]   # nothing differs: the quote alone


def test_a_slimmed_drawing_keeps_its_labels_as_printed_and_drops_only_what_a_hidden_drawing_does_not_need():
    from factcheck.report.charts import slim

    drawn = ('<svg class="marks" width="816"><g class="mark-group" role="graphics-object" aria-roledescription="group">'
             '<path d="M0,0h0v0h0Z"/><text transform="translate(57.543103448275886,16)" font-family="A, B" '
             'aria-label="x">1.667</text><text font-family="A, B">“2.125 percent”</text></g></svg>')
    assert slim(drawn) == ('<svg font-family="A, B" width="816"><g><text transform="translate(57.54,16)">1.667</text>'
                           '<text>“2.125 percent”</text></g></svg>')


def test_a_panel_drawn_again_is_the_drawing_kept_and_a_changed_panel_is_drawn(tmp_path, monkeypatch):
    """A chart's SVG is kept between builds keyed by its whole spec: the same spec gives the same bytes without
    vl-convert; any change to the spec (one row's place) draws it again."""
    import vl_convert

    from factcheck.files import memo
    from factcheck.report import charts

    monkeypatch.setattr(memo, "machine_folder", lambda: tmp_path / "memo")
    spec = claims_chart(claims({}, {"claim_id": "x-02", "value": 200.0, "low": 190.0, "high": 200.0}),
                        name="kept", title="Kept").specs()[0]
    fresh = charts.svg(spec)
    drawn = []
    real = vl_convert.vegalite_to_svg
    monkeypatch.setattr(vl_convert, "vegalite_to_svg", lambda s: drawn.append(s) or real(s))
    assert charts.svg(spec) == fresh and not drawn   # kept: same bytes, not drawn
    assert charts.svg(spec, narrow=True) != fresh and len(drawn) == 1   # the phone's drawing is another spec
    changed = json.loads(json.dumps(spec))
    values(changed)[0]["place"] = "somewhere else"
    assert charts.svg(changed) != fresh or len(drawn) == 2
    assert len(drawn) == 2


def test_every_chart_the_pages_show_is_a_valid_vega_lite_spec():
    """The pages draw their charts without Altair's schema validation (a third of an article page's time): every
    spec kept beside a drawing in the executed pages is validated here instead, and a broken one is named."""
    from pathlib import Path

    from altair.utils.schemapi import validate_jsonschema
    from altair.vegalite.v6.schema import load_schema

    schema = load_schema()
    book = Path(__file__).resolve().parents[2] / "book"
    found = 0
    for page in sorted(book.rglob("*.ipynb")):
        for spec in specs(_html_outputs(page)):
            found += 1
            error = validate_jsonschema(spec, schema, raise_error=False)
            assert error is None, f"{page.relative_to(book)}: {error.message if error else ''}"
    assert found >= 10   # the article, theme and methods pages' panels


def _html_outputs(page) -> str:
    notebook = json.loads(page.read_text(encoding="utf-8"))
    return "\n".join("".join(output.get("data", {}).get("text/html", ""))
                     for cell in notebook["cells"] for output in cell.get("outputs", []))


def test_the_same_words_twice_in_one_panel_get_labels_apart_and_another_panel_does_not_count():
    from factcheck.report.claim_charts import _rows

    same = claims({"quote": "409,000", "population": "ICE removals", "period": "FY2012"},
                  {"claim_id": "x-02", "quote": "409,000", "population": "ICE removals", "period": "FY2012"},
                  {"claim_id": "x-03", "quote": "409,000", "population": "ICE removals", "period": "FY2012"},
                  {"claim_id": "x-04", "quote": "409,000", "population": "ICE removals", "period": "FY2012",
                   "metric": "returns"})
    labels = [(row["metric"], row["label"]) for row in _rows(same, None)]
    assert labels == [("removals", "“409,000”"), ("removals", "“409,000” "), ("removals", "“409,000”  "),
                      ("returns", "“409,000”")]


def test_the_figures_behind_a_chart_are_in_words_one_column_each_with_no_plotted_number():
    figure = claims_chart(claims({"quote": "409,000", "value": 409_000.0, "low": 408_500.0, "high": 409_500.0}),
                          name="table", title="Table")
    assert list(figure.table.columns) == ["source", "who or where", "when", "as printed", "the words allow", "measure"]
    shown = figure.table.to_string()
    assert "409,000" in shown and "409000.0" not in shown and "408500" not in shown


def test_a_measure_with_more_figures_than_a_panel_holds_is_drawn_in_parts_to_one_scale():
    from factcheck.report import readable
    from factcheck.report.claim_charts import ROWS_PER_PANEL

    many = claims(*[{"claim_id": f"x-{n:03d}", "quote": f"{n} people", "value": float(n), "low": float(n),
                     "high": float(n) + 1} for n in range(1, 2 * ROWS_PER_PANEL + 2)])
    figure = claims_chart(many, name="many", title="Many")
    drawn = figure.specs()
    assert [len(values(spec)) for spec in drawn] == [ROWS_PER_PANEL, ROWS_PER_PANEL, 1]
    measure = readable.dictionary().metric("removals")
    assert [spec["title"] for spec in drawn] == [f"{measure} (part {n} of 3)" for n in (1, 2, 3)]
    domains = {json.dumps([layer["encoding"]["x"]["scale"]["domain"] for layer in spec["layer"]]) for spec in drawn}
    assert len(domains) == 1, "every part is drawn to the measure's one scale"
    assert [d.count(", meaning ") for d in figure.descriptions] == [ROWS_PER_PANEL, ROWS_PER_PANEL, 1]
    assert "drawn in parts, all to one scale" in figure.caption
    assert len(figure.table) == 2 * ROWS_PER_PANEL + 1   # the figures behind it are one table
    few = claims_chart(claims(*[{"claim_id": f"x-{n:03d}", "quote": f"{n} people"} for n in range(ROWS_PER_PANEL)]),
                       name="few", title="Few")
    assert [spec["title"] for spec in few.specs()] == [measure] and "parts" not in few.caption


def test_editing_one_figure_inside_the_range_changes_only_the_part_that_holds_it():
    from factcheck.report.claim_charts import ROWS_PER_PANEL

    def chart(edited: float) -> list[dict]:
        rows = [{"claim_id": f"x-{n:03d}", "quote": f"{n} people", "value": float(n), "low": float(n),
                 "high": float(n) + 1} for n in range(1, 3 * ROWS_PER_PANEL + 1)]
        rows[ROWS_PER_PANEL + 3].update(value=edited, low=edited)
        return claims_chart(claims(*rows), name="edit", title="Edit").specs()

    before, after = chart(ROWS_PER_PANEL + 4.0), chart(ROWS_PER_PANEL + 4.5)
    assert [b == a for b, a in zip(before, after)] == [True, False, True]


def test_a_panel_s_spec_kept_between_builds_is_the_one_altair_makes_and_a_changed_part_is_made_again(tmp_path,
                                                                                                    monkeypatch):
    from factcheck.files import memo
    from factcheck.report import claim_charts
    from factcheck.report.claim_charts import ROWS_PER_PANEL

    monkeypatch.setattr(memo, "machine_folder", lambda: tmp_path / "memo")
    rows = [{"claim_id": f"x-{n:03d}", "quote": f"{n} people", "value": float(n), "low": float(n), "high": n + 1.0}
            for n in range(1, 2 * ROWS_PER_PANEL + 1)]
    made = []
    real = claim_charts._panel
    monkeypatch.setattr(claim_charts, "_panel", lambda *args: made.append(args[1]) or real(*args))
    first = claims_chart(claims(*rows), name="kept", title="Kept").specs()
    assert len(made) == 2
    again = claims_chart(claims(*rows), name="kept", title="Kept").specs()
    assert again == first and len(made) == 2   # kept: not made again
    rows[3].update(value=4.5, low=4.5)
    edited = claims_chart(claims(*rows), name="kept", title="Kept").specs()
    assert len(made) == 3 and edited[1] == first[1] and edited[0] != first[0]   # only the edited part
    monkeypatch.setattr(memo, "machine_folder", lambda: tmp_path / "none")   # nothing kept: every part made by Altair
    assert claims_chart(claims(*rows), name="kept", title="Kept").specs() == edited and len(made) == 5
