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
