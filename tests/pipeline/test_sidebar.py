"""pipeline/sidebar.py: a page's sidebar derived from its folder's, or the theme's own where it may not be."""
from __future__ import annotations

import pytest

from factcheck.pipeline.sidebar import Folders, marked, unmarked


def sidebar(current: str | None, hrefs=("a.html", "b.html", "c.html"), more: str = "") -> str:
    """A one-level sidebar as pydata-sphinx-theme writes it, `current` marked (its link then reads '#')."""
    lines = []
    for caption, group in (("Part one", hrefs[:2]), ("Part two", hrefs[2:])):
        holds = current in group
        lines.append(f'<p class="caption" role="heading"><span class="caption-text">{caption}</span></p>')
        lines.append(f'<ul class="{"current " if holds else ""}nav bd-sidenav">')
        for href in group:
            if href == current:
                lines.append('<li class="toctree-l1 current active"><a class="current reference internal" href="#">'
                             f'{href[0].upper()}</a></li>')
            else:
                lines.append(f'<li class="toctree-l1"><a class="reference internal" href="{href}">{href[0].upper()}'
                             '</a></li>')
        lines.append("</ul>")
    return "\n".join(lines) + more


@pytest.mark.parametrize("page", ["a.html", "b.html", "c.html"])
def test_moving_the_marks_from_one_page_to_another_gives_that_pages_sidebar(page):
    for made_for in ("a.html", "b.html", "c.html"):
        assert marked(unmarked(sidebar(made_for), made_for), page) == sidebar(page)


def test_a_page_the_sidebar_does_not_link_to_gets_it_with_nothing_marked():
    assert marked(unmarked(sidebar("a.html"), "a.html"), "index.html") == sidebar(None)
    assert unmarked(sidebar(None), "search.html") == sidebar(None)


def test_a_sidebar_with_nested_entries_or_marks_out_of_place_is_not_derived():
    nested = sidebar("a.html", more='<ul><li class="toctree-l2"><a href="d.html">D</a></li></ul>')
    assert unmarked(nested, "a.html") is None
    assert unmarked(sidebar("a.html") + sidebar("b.html"), "a.html") is None       # marked twice
    twice = sidebar(None, hrefs=("a.html", "b.html", "a.html"))
    assert marked(twice, "a.html") is None                                         # linked twice
    odd = sidebar(None).replace('<a class="reference internal" href="b.html">', '<a class="reference" href="b.html">')
    assert marked(odd, "b.html") is None                                           # linked, not as expected


class Theme:
    """The theme's own sidebar for one page, counting how often it is made; `wrong` makes it differ for one page."""

    def __init__(self, wrong: str | None = None):
        self.made, self.wrong = [], wrong

    def for_page(self, href: str):
        def make() -> str:
            self.made.append(href)
            return sidebar(href) + (" <!-- the theme differs -->" if href == self.wrong else "")
        return make


def test_the_theme_makes_the_first_two_sidebars_of_a_folder_and_the_rest_are_derived():
    folders, theme = Folders(check_every_page=False), Theme()
    got = {href: folders.sidebar(("book",), href, theme.for_page(href)) for href in ("a.html", "b.html", "c.html")}
    assert got == {href: sidebar(href) for href in got}
    assert theme.made == ["a.html", "b.html"]


def test_a_folder_whose_second_sidebar_differs_from_the_derived_one_keeps_the_themes_way():
    folders, theme = Folders(check_every_page=False), Theme(wrong="b.html")
    for href in ("a.html", "b.html", "c.html"):
        assert folders.sidebar(("book",), href, theme.for_page(href)) == theme.for_page(href)()
    assert theme.made.count("c.html") == 2   # made for the page, and again above to compare


def test_checking_every_page_fails_on_the_first_sidebar_derived_wrongly():
    folders, theme = Folders(check_every_page=True), Theme(wrong="c.html")
    for href in ("a.html", "b.html"):
        folders.sidebar(("book",), href, theme.for_page(href))
    with pytest.raises(RuntimeError, match="c.html"):
        folders.sidebar(("book",), "c.html", theme.for_page("c.html"))
