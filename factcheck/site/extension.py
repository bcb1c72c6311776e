"""The report's own Sphinx extension: findable numbers, a sitemap, and pages that carry only what they use.

Loaded from _config.yml (sphinx.extra_extensions). It

* indexes numbers as a reader types them: Sphinx splits "435,000" into "435" and
  "000" and its search box then drops all-digit words, so no number was findable.
  Here a number keeps its separators and decimals ("435,000", "99.5", "1.6%")
  both in the index and in the query (`_static/factcheck-search.js`);
* writes `sitemap.xml` when `html.baseurl` is set (without a base URL a sitemap
  cannot name its pages);
* keeps each page light: a page without code drops the code-copying and highlighting
  assets, one without folded cells the folding script; and the theme's stylesheet loses
  the rules no page can use (the 1,900 Font Awesome icon rules among them: the site draws
  its few icons from `_static/icons.css`), parsed with tinycss2.
"""
from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from sphinx.search.en import SearchEnglish

# A number as printed ("435,000", "99.5", "$2.75", "1.6%", "40 percent") or a word: numbers keep their separators.
WORD = re.compile(r"(\d+(?:[.,]\d+)*)(%| ?percent\b)?|\w+", re.IGNORECASE)
LONG_BARE_NUMBER = re.compile(r"\d{5,15}")   # "435000" is indexed and searched as printed, "435,000" (a longer run of digits is left as it is)


def printed(number: str) -> str:
    """A number as the articles print it: a bare run of five or more digits gets its thousands separators."""
    return f"{int(number):,}" if LONG_BARE_NUMBER.fullmatch(number) else number


def search_words(text: str) -> list[str]:
    """The words the index keeps: a number whole, and a percentage also as "99%" (however it was printed),
    so "99%", "99 percent" and "99.5" each find the page. (The search box drops all-digit words, so "99"
    alone can only be found through its "%".)"""
    words = []
    for match in WORD.finditer(text):
        number, percent = match.groups()
        if number is None:
            words.append(match.group(0))
            continue
        words.append(printed(number))
        if percent:
            words.append(printed(number) + "%")
            if "percent" in percent.lower():
                words.append("percent")
    return words


class SearchEnglishWithNumbers(SearchEnglish):
    """English search whose index keeps "435,000", "99.5" and "99%" whole, as the search box sends them."""

    _word_re = WORD

    def split(self, input: str) -> list[str]:
        return search_words(input)


def _escaped_titles(app, pagename, templatename, context, doctree) -> None:
    """sphinx-book-theme puts the page's title as plain text (`astext()`) raw into its print header and the root's
    into its sidebar: a heading whose text is `<img onerror=...>` ran as markup there. Escaped, it reads as written."""
    from markupsafe import escape as html_escape

    for key in ("pagetitle", "root_title"):
        if isinstance(context.get(key), str):
            context[key] = str(html_escape(context[key]))


def _use_number_search(app) -> None:
    from sphinx import search

    search.languages["en"] = SearchEnglishWithNumbers


def _write_sitemap(app, exception) -> None:
    base = (app.config.html_baseurl or "").rstrip("/")
    if exception or not base or app.builder.name != "html":
        return
    pages = sorted(app.env.found_docs)
    urls = "".join(f"  <url><loc>{escape(base)}/{escape(page)}.html</loc></url>\n" for page in pages)
    Path(app.outdir, "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n", encoding="utf-8")


# Assets a page carries only when its body uses them: (files, what in the body needs them).
OPTIONAL_ASSETS = (
    (("clipboard.min.js", "copybutton.js", "copybutton.css", "copybutton_funcs.js"), ("<pre",)),
    (("pygments.css",), ('class="highlight',)),   # a highlighted code cell, not the word in prose
    (("togglebutton.js", "togglebutton.css"), ("toggle", "tag_hide-", "dropdown")),
)


def _light_page(app, pagename, templatename, context, doctree) -> None:
    """Drop the scripts and styles this page's body does not use."""
    body = context.get("body", "")
    unused = {name for files, needs in OPTIONAL_ASSETS if not any(n in body for n in needs) for name in files}
    for key in ("script_files", "css_files"):
        if key in context:
            context[key] = [asset for asset in context[key]
                            if Path(str(getattr(asset, "filename", asset) or "")).name not in unused]


def _trim_theme_css(app, exception) -> None:
    """The theme's stylesheet, trimmed to what the site's pages can use. Read from the installed theme each time,
    so an incremental build never trims an already trimmed copy."""
    if exception or app.builder.name != "html":
        return
    import pydata_sphinx_theme

    from factcheck.site.assets import used_classes

    out = Path(app.outdir)
    used = used_classes(out, Path(app.doctreedir) / "used-classes.json")   # dropped with Sphinx's environment
    theme_static = Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static"
    for name in THEME_STYLESHEETS:
        original, sheet = theme_static / name, out / "_static" / name
        if original.exists() and sheet.exists():
            sheet.write_text(_trimmed(app, original, used), encoding="utf-8")
    import myst_nb

    # myst-nb's stylesheet (43 KB, mostly for widgets and outputs no page has) goes the same way; it is written
    # under a name with its checksum, so this runs after myst-nb has written it (see setup).
    original = Path(myst_nb.__file__).parent / "static" / "mystnb.css"
    for sheet in (out / "_static").glob("mystnb.*.css"):
        if original.exists():
            sheet.write_text(_trimmed(app, original, used), encoding="utf-8")


def _trimmed(app, original: Path, used: set[str]) -> str:
    """trim_css, remembered beside Sphinx's environment (kept between incremental builds, dropped with it): an edit
    that changes no page's classes trims nothing again (parsing the theme's stylesheet took about 1 s a build)."""
    import hashlib

    from factcheck.site.assets import trim_css

    css = original.read_text(encoding="utf-8")
    key = hashlib.sha256("\0".join([css, *sorted(used)]).encode("utf-8")).hexdigest()
    kept = Path(app.doctreedir) / "trimmed-css" / f"{original.stem}.{key}.css"
    if kept.is_file():
        return kept.read_text(encoding="utf-8")
    text = trim_css(css, used)
    for older in kept.parent.glob(f"{original.stem}.*.css"):  # one kept per stylesheet
        older.unlink()
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text(text, encoding="utf-8")
    return text


THEME_STYLESHEETS = ("styles/pydata-sphinx-theme.css",)


def _titled_root(app, exception) -> None:
    """The site's root page: a redirect to the landing page with a title, the landing page's description and
    social tags (a link to the site's address shows its card), and a link (the table of contents extension
    writes a bare redirect when there is none)."""
    if exception or app.builder.name != "html" or app.config.root_doc == "index":
        return
    from html import escape

    target = f"{app.config.root_doc}.html"
    title = escape(app.config.html_title or app.config.project or "")
    landing = Path(app.outdir, target)
    shared = landing_meta(landing.read_text(encoding="utf-8")) if landing.exists() else ""
    Path(app.outdir, "index.html").write_text(
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{shared}'
        f'<meta http-equiv="Refresh" content="0; url={target}">\n<link rel="canonical" href="{target}">\n</head>\n'
        f'<body>\n<p><a href="{target}">{title}</a></p>\n</body>\n</html>\n', encoding="utf-8")


ROOT_META = re.compile(r'<meta (?:name="(?:description|twitter:card)"|property="og:(?!url)[a-z_:]+") content="[^"]*"\s*/?>')


def landing_meta(landing_html: str) -> str:
    """The landing page's description and social tags (escaped as Sphinx wrote them), one per line, for the root."""
    return "".join(tag + "\n" for tag in ROOT_META.findall(landing_html))


# The social card of each kind of page (tools/social_cards.py draws them into _static/cards/<kind>.png).
CARDS = {"report": "A fact-checked report", "article": "One article, checked statement by statement",
         "theme": "One theme, across the five articles", "register": "Every statement rated, and its evidence",
         "methods": "How numbers and words are read", "claims": "Every number the articles print"}


def card_for(pagename: str) -> str:
    """The kind of card a page shares: 'book/documents/ndd24' is an article, 'book/themes/docket' a theme."""
    if pagename.startswith("book/documents/"):
        return "article"
    if pagename.startswith("book/themes/"):
        return "theme"
    name = pagename.rsplit("/", 1)[-1]
    return name if name in CARDS else "report"


OG_IMAGE = re.compile(r'<meta property="og:image" content="[^"]*" />')


def social_tags(tags: str, pagename: str, baseurl: str) -> str:
    """Open Graph's page and image addresses must be absolute: without a base URL they are left out; with one, the
    page's image is the card of its kind (its alt text stays the site's)."""
    if not baseurl:
        return "\n".join(line for line in tags.split("\n")
                         if 'property="og:url"' not in line and 'property="og:image' not in line)
    card = f'{baseurl.rstrip("/")}/_static/cards/{card_for(pagename)}.png'
    return OG_IMAGE.sub(f'<meta property="og:image" content="{escape(card)}" />', tags)


def _relative_social_tags(app, pagename, templatename, context, doctree) -> None:
    context["metatags"] = social_tags(context.get("metatags", ""), pagename, app.config.html_baseurl or "")


def _no_second_search_box(app, config):
    """The book theme puts the search box in its sidebar; the PyData theme it builds on now adds one to a top bar as
    well, unless told otherwise: two boxes, and a bar that holds nothing else. (Phones keep the header's search icon.)"""
    config.html_theme_options.setdefault("navbar_persistent", [])


def setup(app):
    app.connect("config-inited", _no_second_search_box)
    app.connect("builder-inited", _use_number_search)
    app.connect("html-page-context", _light_page)
    app.connect("html-page-context", _escaped_titles, priority=600)         # after sphinx-book-theme sets them
    app.connect("html-page-context", _relative_social_tags, priority=900)   # after sphinxext-opengraph's tags
    app.connect("build-finished", _titled_root, priority=400)               # before the table of contents' bare one
    app.connect("build-finished", _write_sitemap)
    app.connect("build-finished", _trim_theme_css, priority=800)   # after myst-nb writes its stylesheet
    return {"parallel_read_safe": True, "parallel_write_safe": True}
