"""The theme's sidebar made once per folder, not once per page.

pydata-sphinx-theme makes each page's sidebar from the whole table of contents: Sphinx resolves it for the page, then
BeautifulSoup reworks it (`generate_toctree_html`). At 200 articles that is about 0.3 s a page, most of what writing a
page costs, and it grows with the site, so a clean build's cost per page grew with the number of articles.

In a sidebar one level deep (no entry has entries of its own, as in this report), two pages of one folder get the same
sidebar but for the entry of the page itself: its item and link are marked current, its link goes to "#", and the list
holding it is marked current. So the theme makes the sidebar of the first page of a folder, and the sidebar of each
other page is that one with the marks moved. For the second page of each folder the theme's own sidebar is made too
and compared: a folder where they differ, a sidebar with nested entries, or a page whose entry is not found exactly
once keeps the theme's way (the page, or the folder). With FACTCHECK_CHECK_SIDEBAR=1 (the test suite sets it) every page is compared and a
difference is an error.
"""
from __future__ import annotations

import os
import posixpath
from functools import cache

from markupsafe import Markup

CHECK_EVERY_PAGE = "FACTCHECK_CHECK_SIDEBAR"
FLAT_LIST = '<ul class="nav bd-sidenav">'
CURRENT_LIST = '<ul class="current nav bd-sidenav">'
CURRENT_ITEM = '<li class="toctree-l1 current active"><a class="current reference internal" href="#">'


def item(href: str) -> str:
    return f'<li class="toctree-l1"><a class="reference internal" href="{href}">'


def unmarked(sidebar: str, own_href: str) -> str | None:
    """The sidebar of a page with no entry marked current, from the sidebar of a page whose link is `own_href`;
    None if it is not a one-level sidebar marked as expected."""
    if any(nested in sidebar for nested in ("toctree-l2", "<details", "<input")):
        return None
    items, lists = sidebar.count(CURRENT_ITEM), sidebar.count(CURRENT_LIST)
    if (items, lists) == (0, 0):
        return sidebar                   # a page that is not in the table of contents (the search page)
    if (items, lists) != (1, 1) or sidebar.count(item(own_href)):
        return None
    return sidebar.replace(CURRENT_ITEM, item(own_href)).replace(CURRENT_LIST, FLAT_LIST)


def marked(neutral: str, own_href: str) -> str | None:
    """The sidebar of the page whose link is `own_href`, marked current; None if its entry is not found exactly once
    in a list of its own. A page the sidebar does not link to (the root page, the search page) has nothing marked."""
    entry = item(own_href)
    if f'href="{own_href}"' not in neutral:
        return neutral
    if neutral.count(entry) != 1:
        return None
    at = neutral.index(entry)
    opened = neutral.rfind("<ul", 0, at)
    if opened < 0 or not neutral.startswith(FLAT_LIST, opened) or "</ul>" in neutral[opened:at]:
        return None
    return (neutral[:opened] + CURRENT_LIST + neutral[opened + len(FLAT_LIST):at] + CURRENT_ITEM
            + neutral[at + len(entry):])


class Folders:
    """Per folder and per set of arguments: the sidebar with no page marked, once the theme's own agreed with it."""

    def __init__(self, check_every_page: bool):
        self.check_every_page = check_every_page
        self.neutral: dict[tuple, str] = {}
        self.agreed: set[tuple] = set()
        self.theme_only: set[tuple] = set()

    def sidebar(self, key: tuple, own_href: str, theme_sidebar) -> str:
        """This page's sidebar: derived from the folder's if it may be, else the theme's (`theme_sidebar()`)."""
        if key in self.theme_only:
            return theme_sidebar()
        if key not in self.neutral:
            made = theme_sidebar()
            neutral = unmarked(made, own_href)
            if neutral is None:
                self.theme_only.add(key)
            else:
                self.neutral[key] = neutral
            return made
        derived = marked(self.neutral[key], own_href)
        if derived is None:
            return theme_sidebar()
        if key in self.agreed and not self.check_every_page:
            return derived
        made = theme_sidebar()
        if derived == made:
            self.agreed.add(key)
        elif self.check_every_page:
            raise RuntimeError(f"the sidebar derived for {own_href} differs from the theme's own")
        else:
            self.theme_only.add(key)
        return made


def make_once_per_folder(app) -> None:
    """Wrap the theme's `generate_toctree_html` for every page this application writes."""
    try:
        from pydata_sphinx_theme import toctree
    except ImportError:
        return
    listeners = app.events.listeners.get("html-page-context", [])
    found = [n for n, listener in enumerate(listeners) if listener.handler is toctree.add_toctree_functions]
    if len(found) != 1:
        return                           # another theme, or another version of this one: its own way
    folders = Folders(os.environ.get(CHECK_EVERY_PAGE) == "1")
    original = listeners[found[0]].handler

    def add_toctree_functions(app, pagename, templatename, context, doctree):
        original(app, pagename, templatename, context, doctree)
        theme = context.get("generate_toctree_html")
        if theme is None:
            return
        own_href = posixpath.basename(app.builder.get_target_uri(pagename))

        @cache
        def generate_toctree_html(kind: str, startdepth: int = 1, show_nav_level: int = 1, **kwargs):
            if kind != "sidebar" or startdepth != 0:
                return theme(kind, startdepth, show_nav_level, **kwargs)
            key = (posixpath.dirname(pagename), show_nav_level, tuple(sorted(kwargs.items())))
            return Markup(folders.sidebar(key, own_href,
                                          lambda: str(theme(kind, startdepth, show_nav_level, **kwargs))))

        context["generate_toctree_html"] = generate_toctree_html

    listeners[found[0]] = listeners[found[0]]._replace(handler=add_toctree_functions)
