"""The site as a reader's browser sees it: served on localhost, opened in headless Chromium.

Every page loads with no console error and no request to another host, every
chart holds a rendered SVG or canvas, no page scrolls sideways on a phone, and axe finds nothing serious in the
light or the dark colour scheme at a desktop or a phone width. Screenshots of a document page and of the
chart page go to tests/artifacts/ (git-ignored) for a person to look at.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
SCREENSHOTS = {"book/documents/pep16.html": "document-page.png", "book/methods.html": "chart-page.png"}


def site_pages(built_site: Path) -> list[str]:
    return sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
                  if not p.relative_to(built_site).parts[0].startswith("_"))


@dataclass
class Visit:
    """What one page did when opened: the tests below read it, so each page is loaded once per colour scheme."""
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    charts: int = 0
    axe: list[str] = field(default_factory=list)       # each finding names the scheme and the width
    sideways: list[str] = field(default_factory=list)  # "light, 390 px: 612 px wide": the page scrolls sideways
    wide_tables: list[str] = field(default_factory=list)  # "light, 1280 px: 13 claims, ...: 766 px in 688"


# The theme follows the reader's system setting (default_mode: auto), so a reader may see either scheme.
SCHEMES = ("light", "dark")
# A page is loaded at a phone's width, as a phone loads it (the theme sets up its scrolling boxes on load), then
# the window is widened to a desktop's, as a desktop reader may widen it: one navigation serves both widths.
PHONE, DESKTOP = 390, 1280
WIDTHS = (PHONE, DESKTOP)

# The theme (pydata-sphinx-theme) gives each of these boxes a tab stop when it scrolls and takes it away when it does
# not, 300 ms after the window was resized (axe's scrollable-region-focusable rule reads it): the page has settled at
# a new width when the window has that width and every box agrees with its own scroll state.
SETTLED = """width => window.innerWidth === width && [...document.querySelectorAll(
    'pre, .nboutput > .output_area, .cell_output > .output, .jp-RenderedHTMLCommon, .pst-scrollable-table-container')]
    .every(box => box.tabIndex === (box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight
                                    ? 0 : -1))"""

# The rules that compare colours (text with its background, a link with the text around it) are most of axe's time
# on a long page. At the second width they check what the width changed: STYLES is what they read of an element
# besides its text (whether it shows, its colours, how large and bold its text is, which sets the threshold for large
# text, and how it is placed); STYLES_SEEN records it for every element at the first width, CHANGED returns the
# elements for which it differs at the width the page has now, and the colour rules check those and everything
# inside them, one element of each kind (SAMPLE, below; a box whose background changed changes the contrast of all
# the text it holds). What this would miss:
# text whose own style and boxes are the same at both widths but that a positioned box covers at one width only
# (STYLES holds a box's position property, not its place on the page). Every other rule checks the whole page again
# at the second width.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
STYLES = """() => [...document.body.querySelectorAll('*')].map(element => {
    const style = getComputedStyle(element);
    return [element.checkVisibility({opacityProperty: true, visibilityProperty: true}), style.color,
            style.backgroundColor, style.backgroundImage, style.opacity, style.fontSize, style.fontWeight,
            style.textShadow, style.mixBlendMode, style.filter, style.position, style.zIndex].join('|');
})"""
STYLES_SEEN = f"() => {{ window.factcheckStylesSeen = ({STYLES})(); }}"
CHANGED = f"""() => {{
    const now = ({STYLES})(), elements = [...document.body.querySelectorAll('*')];
    return elements.filter((element, index) => now[index] !== window.factcheckStylesSeen[index]);
}}"""

# Within one width, the colour rules check one element of each kind (a long table's hundred rows of the same markup
# are one kind). SAMPLE gives an element a signature of everything those rules read of it: its tag, its STYLES
# string, how its text is drawn (fill and stroke), whether it holds text of its own and whether its text has a letter
# or digit (axe skips text of symbols alone), whether it is disabled or in a label, and the chain of boxes from the
# root down to it (each one's tag, background colour and image, opacity, filter, blend mode, position, z-index,
# overflow and ::before/::after), which is what lies behind its text. A link's signature adds what
# link-in-text-block reads: the nearest block around it (STYLES, text decoration, font style), the link's own
# decoration, borders, outline and pseudo-content, and whether axe counts it as in a block of text. Elements of one
# signature get one result, so the rules check the first of each, and every shown element whose result may depend
# on where it is: one that is positioned, floated or transformed, or whose text (a link: its box) overlaps such a box
# that does not hold it (a sticky header, a float), or that lies partly outside a box that clips it (overflow hidden
# or clip), or left of or above the page. (An element that does not show, as in a closed <details>, is one of its
# kind wherever its box lies: axe passes it as hidden.) What it would miss: a fault in an element whose signature
# matches one checked elsewhere but whose backdrop differs through no box of its own chain (a box without position
# overlapping it through a negative margin, an ancestor's background that stops short of text overflowing it), and a
# label or aria-labelledby pointing at a disabled control from outside its chain. The elements are axe's context:
# each one checked is included and each child of one that is not is excluded (axe takes the innermost of the two for
# every element under them).
SAMPLE = f"""(scope) => {{
    const elements = [...document.body.querySelectorAll('*')], styles = ({STYLES})();
    const place = new Map(elements.map((element, index) => [element, index]));
    const within = scope && new Set(scope.flatMap(element => [element, ...element.querySelectorAll('*')]));
    const ids = new Map(), intern = key => ids.get(key) ?? (ids.set(key, ids.size), ids.size - 1);
    const pseudo = (element, which) => {{
        const style = getComputedStyle(element, which);
        return style.content === 'none' ? '' : [style.content, style.position, style.backgroundColor,
                                               style.backgroundImage, style.width, style.height].join(' ');
    }};
    const chains = new Map(), chain = element => {{
        if (!element) return -1;
        if (!chains.has(element)) {{
            const style = getComputedStyle(element);
            chains.set(element, intern([chain(element.parentElement), element.tagName, style.backgroundColor,
                style.backgroundImage, style.opacity, style.filter, style.mixBlendMode, style.position, style.zIndex,
                style.overflowX, style.overflowY, pseudo(element, '::before'), pseudo(element, '::after')].join('|')));
        }}
        return chains.get(element);
    }};
    const clipping = new Map(), clips = element => {{   // the rectangles of the boxes around element that clip it
        const parent = element.parentElement;
        if (!parent) return [];
        if (!clipping.has(element)) {{
            const style = getComputedStyle(parent), outer = clips(parent);
            clipping.set(element, /hidden|clip/.test(style.overflowX + style.overflowY)
                                  ? [...outer, parent.getBoundingClientRect()] : outer);
        }}
        return clipping.get(element);
    }};
    const placed = element => {{
        const style = getComputedStyle(element);
        return style.position !== 'static' || style.float !== 'none' || style.transform !== 'none';
    }};
    const boxes = elements.filter(element => placed(element) && element.checkVisibility({{visibilityProperty: true}}))
                          .map(element => [element, element.getBoundingClientRect()])
                          .filter(([, r]) => r.width && r.height);
    const overlap = (a, b) => a.width && a.height
                              && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const inside = (a, b) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
    const range = document.createRange(), texts = element => [...element.childNodes]
        .filter(node => node.nodeType === 3 && /\\S/.test(node.data))
        .flatMap(node => (range.selectNodeContents(node), [...range.getClientRects()]));
    // where its text is (a link's text may be in its children), whether a box other than those around it overlaps it
    const alone = (element, rect, own) => placed(element)
        || rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0
        || clips(element).some(clip => !inside(rect, clip))
        || (own ? texts(element) : [rect]).some(text => boxes.some(([box, r]) => box !== element
            && !box.contains(element) && (own || !element.contains(box)) && overlap(text, r)));
    const blocky = display => ['block', 'list-item', 'table', 'flex', 'grid', 'inline-block'].includes(display)
                              || display.startsWith('table-');
    const linkKind = element => {{
        const style = getComputedStyle(element);
        let block = element.parentElement;
        while (block && !blocky(getComputedStyle(block).display)) block = block.parentElement;
        const around = block ? getComputedStyle(block) : null;
        return [block && block.tagName, styles[place.get(block)], around && around.textDecoration,
                around && around.fontStyle, style.textDecoration, style.display, style.fontStyle,
                ...['borderTop', 'borderBottom', 'outline'].map(side => style[side]),
                pseudo(element, '::before'), pseudo(element, '::after'), /\\S/.test(element.innerText),
                axe.commons.dom.isInTextBlock(element)].join('|');
    }};
    axe.setup(document);
    const seen = new Set(), checked = new Set();
    try {{
        elements.forEach((element, index) => {{
            if (within && !within.has(element)) return;
            const own = [...element.childNodes].some(node => node.nodeType === 3 && /\\S/.test(node.data));
            const link = element.matches('a[href], [role=link]');
            if (!own && !link) return;
            const rect = element.getBoundingClientRect(), style = getComputedStyle(element);
            if (styles[index].startsWith('true') && alone(element, rect, own)) return checked.add(element);
            const text = element.textContent;
            const kind = [element.tagName, styles[index], style.webkitTextFillColor, style.webkitTextStroke, own,
                          /[\\p{{L}}\\p{{N}}]/u.test(text) ? 2 : /\\S/.test(text) ? 1 : 0, chain(element),
                          !!element.closest('[disabled], [aria-disabled=true], [inert], label'),
                          rect.width > 0 && rect.height > 0, link && linkKind(element)].join('|');
            if (!seen.has(kind)) seen.add(kind), checked.add(element);
        }});
    }} finally {{
        axe.teardown();
    }}
    const include = [...checked];
    const exclude = include.flatMap(element => [...element.children].filter(child => !checked.has(child)));
    return {{include, exclude}};
}}"""


def inject_axe(page) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.evaluate(Axe().axe_script)


# The report's own tables (a document's claims, the figures behind a chart, the register) fit a desktop's text column:
# on a phone they stack as cards, and a desktop reader should not have to scroll one sideways to read its last column.
# A table in a closed <details> (the figures behind a chart) is measured opened, and the <details> closed again.
WIDE_TABLES = """() => {
    const closed = [...document.querySelectorAll('details:not([open])')];
    closed.forEach(details => { details.open = true; });
    const wide = [...document.querySelectorAll('table.factcheck-table')]
        .filter(table => table.getBoundingClientRect().width > table.parentElement.clientWidth + 1)
        .map(table => `${(table.caption?.innerText || table.className).slice(0, 60)}: ${Math.round(
            table.getBoundingClientRect().width)} px in ${table.parentElement.clientWidth}`);
    closed.forEach(details => { details.open = false; });
    return wide;
}"""

# A page of the site is ready once it has loaded: the charts are drawn into it (no script draws them), it fetches
# nothing once loaded (the browser's own favicon request aside; tried on every page: no other request after `load`), and
# anything it fetched late would still be seen by the request listener while it is checked. A page that sends the
# reader on (the root's <meta http-equiv="refresh">) is followed to the page it sends them to, and that page loaded.
REFRESH = "() => document.querySelector('meta[http-equiv=refresh i]')?.content ?? null"


def opened(page, url: str) -> None:
    """Open url in page, as a reader's browser opens it: loaded, and a refresh followed to its page."""
    page.goto(url, wait_until="load")
    followed(page, url)


def followed(page, url: str) -> None:
    """Once page (opened at url) has loaded: if it sends the reader on, wait for the page it sends them to to load."""
    from playwright.sync_api import Error

    try:
        sends_on = page.evaluate(REFRESH) is not None
    except Error:   # the refresh has already replaced the document
        sends_on = True
    if sends_on:
        page.wait_for_url(lambda now: now != url, wait_until="load", timeout=10_000)


def visit(page, url: str, scheme: str, screenshot: Path | None = None) -> Visit:
    """Open url in page (a tab of a context with the scheme; the window narrowed to a phone's width first), check it
    there, widen the window to a desktop's and check it again; what it did, scheme and width named.

    The tab is the one the last visit used, as a reader goes from page to page: each page is a new document, and a
    new tab for each cost Chromium a new renderer process (a scheme's visits took 38 s in new tabs, 25-28 s in one,
    two runs each, measured alone on this project's 2-core machine)."""
    seen, errors, foreign, axe_running, axe_fetched = Visit(), [], [], [False], set()
    page.set_viewport_size({"width": PHONE, "height": 900})
    # Only what the page itself does: axe fetches the stylesheets again to read them, resolving the theme's
    # `@import "../basic.css"` against the page (a 404 in the console, which names what axe fetched). An error the
    # page itself logs while axe runs counts (the page is checked as soon as it has loaded, not after a quiet spell).
    site = "{0.scheme}://{0.netloc}/".format(urlsplit(url))
    listeners = [("console", lambda message: message.type == "error" and message.location.get("url") not in axe_fetched
                  and errors.append(message.text)),
                 ("pageerror", lambda error: errors.append(str(error))),
                 ("request", lambda request: (axe_running[0] and request.resource_type in ("xhr", "fetch")
                                              and axe_fetched.add(request.url))),
                 ("request", lambda request: request.url.startswith((site, "data:")) or foreign.append(request.url))]
    for event, listener in listeners:
        page.on(event, listener)
    try:
        _check_both_widths(page, url, scheme, seen, errors, foreign, axe_running)
    finally:
        for event, listener in listeners:
            page.remove_listener(event, listener)
    if screenshot:
        page.screenshot(path=str(screenshot), full_page=True)
    return seen


def _check_both_widths(page, url: str, scheme: str, seen: Visit, errors: list, foreign: list, axe_running: list) -> None:
    """visit's checks, into seen; errors and foreign are what the listeners heard, axe_running tells them axe runs."""
    opened(page, url)
    inject_axe(page)  # once: the page stays loaded for both widths
    for width in WIDTHS:
        view = f"{scheme}, {width} px"
        if width != PHONE:
            page.evaluate(STYLES_SEEN)
            page.set_viewport_size({"width": width, "height": 900})
            page.wait_for_function(SETTLED, arg=width, timeout=10_000)
        charts = page.locator("div[id^='chart-']")
        for index in range(charts.count()):
            charts.nth(index).locator("svg:visible").first.wait_for(timeout=10_000)   # the drawing for this width
        seen.charts = max(seen.charts, charts.count())
        wide, shown = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if wide > shown:
            seen.sideways.append(f"{view}: {wide} px wide")
        if width == DESKTOP:
            seen.wide_tables += [f"{view}: {table}" for table in page.evaluate(WIDE_TABLES)]
        axe_running[0] = True
        # every rule but the colour rules on the whole page; the colour rules on one element of each kind (SAMPLE),
        # at the second width among what the width changed
        others = {"rules": {rule: {"enabled": False} for rule in COLOUR_RULES}}
        findings = serious_axe_violations(page, options=others, injected=True)
        scope = None if width == PHONE else page.evaluate_handle(CHANGED)
        if scope is None or page.evaluate("elements => elements.length", scope):
            sample = page.evaluate_handle(SAMPLE, scope)
            if page.evaluate("sample => sample.include.length", sample):
                findings += serious_axe_violations(page, sample, {"runOnly": COLOUR_RULES}, injected=True)
        axe_running[0] = False
        seen.axe += [f"{view}: {finding}" for finding in findings]
        seen.errors += [f"{view}: {error}" for error in errors]
        seen.foreign += foreign
        errors.clear(), foreign.clear()


# One set of visits per colour scheme (tests/scheduling.py runs each as a unit of its own, so both test processes
# share the work): every page is loaded once and seen at both widths.
@pytest.fixture(scope="module", params=SCHEMES)
def visits(request, built_site, site_url, browser) -> dict[str, Visit]:
    ARTIFACTS.mkdir(exist_ok=True)
    scheme = request.param
    context = browser.new_context(color_scheme=scheme, viewport={"width": PHONE, "height": 900})
    tab, seen = context.new_page(), {}
    for path in site_pages(built_site):
        shot = SCREENSHOTS[path].replace(".png", "" if scheme == "light" else "-dark") if path in SCREENSHOTS else None
        seen[path] = visit(tab, f"{site_url}{path}", scheme, shot and ARTIFACTS / f"{shot}.png")
    context.close()
    return seen


def test_every_page_loads_offline_without_errors_and_every_chart_renders(visits):
    assert "book/methods.html" in visits and "book/documents/pep16.html" in visits
    problems = [f"{path}: console errors {visit.errors}" for path, visit in visits.items() if visit.errors]
    problems += [f"{path}: requests to other hosts {visit.foreign}" for path, visit in visits.items() if visit.foreign]
    assert problems == []
    assert visits["book/methods.html"].charts >= 1, "the methods page has a chart"


def test_every_chart_has_a_short_caption_and_says_its_numbers_to_a_screen_reader(built_site):
    import html as html_module
    import re

    methods = (built_site / "book" / "methods.html").read_text(encoding="utf-8")
    assert 'id="chart-hedge-intervals"' in methods and "<figcaption" in methods
    described = [html_module.unescape(label) for label in re.findall(r'role="img" aria-label="([^"]*)"', methods)]
    assert any("between 6.55 and 6.65" in label for label in described)   # the numbers, in words, for a screen reader
    assert not any(re.search(r"[\[(]-?[\d.,]+, ", label) for label in described)   # never in interval notation
    for page in built_site.joinpath("book").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for caption in re.findall(r"<figcaption[^>]*>(.*?)</figcaption>", text, re.S):
            assert len(caption.split()) <= 60, f"{page.name}: a caption of {len(caption.split())} words"


# Moderate, but they decide whether a screen-reader user can jump around the page: everything in a landmark,
# and no two landmarks with the same name.
LANDMARK_RULES = {"region", "landmark-unique"}

# axe gives every finding of a rule that has an impact of its own that impact (axe-core 4.12's finalizeRuleResult
# sets each failed check's impact to the rule's): a rule whose impact is minor or moderate, and that is not a
# landmark rule, can give no finding serious_axe_violations reports, so it is not run (a quarter of a page's run
# on the longest pages). What axe says of each rule decides, at each run: a rule without an impact of its own runs.
# tests/browser/test_site.py::test_the_rules_left_out_could_give_no_finding_reported checks that this leaves the
# findings as they were on a page with findings of every impact.
UNREPORTED = """keep => Object.fromEntries(axe._audit.rules
    .filter(rule => rule.impact && !['serious', 'critical'].includes(rule.impact) && !keep.includes(rule.id))
    .map(rule => [rule.id, {enabled: false}]))"""


def serious_axe_violations(page, context=None, options: dict | None = None, injected: bool = False,
                           every_rule: bool = False) -> list[str]:
    """axe-core's serious and critical findings on an open page, and any landmark finding (axe is injected from the
    installed package: offline, and only once a page when injected says the page holds it). context (a handle to
    elements) and options are axe.run's; the rules that could give no finding reported are not run (UNREPORTED)
    unless every_rule says so."""
    if not injected:
        inject_axe(page)
    response = page.evaluate(f"""([context, options, keep, every]) => axe.run(context || document, every ? options
        : {{...options, rules: {{...({UNREPORTED})(keep), ...options.rules}}}})""",
                             [context, {"resultTypes": ["violations"], **(options or {})}, sorted(LANDMARK_RULES),
                              every_rule])
    # Up to eight elements a finding: enough to name each planted fault of the faults page (three in one view), and
    # a page with many shows the first few with how many there are.
    return [f"{violation['id']} ({violation['impact']}): {violation['help']} at "
            f"{[node['target'] for node in violation['nodes'][:8]]}"
            + (f" and {len(violation['nodes']) - 8} more" if len(violation['nodes']) > 8 else "")
            for violation in response["violations"]
            if violation["impact"] in ("serious", "critical") or violation["id"] in LANDMARK_RULES]


def test_the_axe_check_catches_a_page_with_a_serious_violation(browser):
    page = browser.new_page()
    page.set_content('<html lang="en"><title>t</title><main><p style="color:#ddd;background:#fff">faint text</p>'
                     '<button></button></main><p>a paragraph outside every landmark</p></html>')
    found = " ".join(serious_axe_violations(page))
    page.close()
    assert "color-contrast" in found and "button-name" in found and "region" in found


def test_every_page_passes_axe_with_no_serious_critical_or_landmark_violation(visits):
    problems = [f"{path}: {finding}" for path, visit in visits.items() for finding in visit.axe]
    assert problems == []


def test_no_table_of_the_report_is_wider_than_a_desktop_s_column(visits):
    assert {path: visit.wide_tables for path, visit in visits.items() if visit.wide_tables} == {}


def test_no_page_scrolls_sideways_on_a_phone(visits):
    from test_reader import READER_PAGES, WORKSHOP_PAGES

    assert set(READER_PAGES + WORKSHOP_PAGES) <= set(visits), "every reader and workshop page is visited"
    assert {path: visit.sideways for path, visit in visits.items() if visit.sideways} == {}


# A page with findings of every impact: the landmark rule's (moderate), others moderate and minor (a heading level
# skipped, no level-one heading, an empty heading, no main landmark), serious and critical ones.
EVERY_IMPACT = ('<html lang="en"><title>t</title><main><h3>a level skipped</h3><h4></h4>'
                '<p style="color:#ddd;background:#fff">faint text</p><button></button><img src="data:,">'
                '<ul><div>not a list item</div></ul></main><p>a paragraph outside every landmark</p>'
                '<div role="banner"><main>a second main in a banner</main></div></html>')


def test_the_rules_left_out_could_give_no_finding_reported(browser):
    """The findings reported with UNREPORTED's rules left out are those of a run of every rule, on a page where
    rules of every impact find something; and some rule left out did find something there (or this proves
    nothing)."""
    page = browser.new_page()
    page.set_content(EVERY_IMPACT)
    inject_axe(page)
    left_out = page.evaluate(f"keep => Object.keys(({UNREPORTED})(keep))", sorted(LANDMARK_RULES))
    every = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")["violations"]
    reported, reported_of_every = serious_axe_violations(page, injected=True), serious_axe_violations(
        page, injected=True, every_rule=True)
    page.close()
    impacts = {violation["impact"] for violation in every}
    assert impacts == {"minor", "moderate", "serious", "critical"}, every
    assert {violation["id"] for violation in every} & set(left_out), "a rule left out finds something here"
    assert not set(left_out) & LANDMARK_RULES
    assert reported == reported_of_every and any(finding.startswith("region ") for finding in reported), reported
    assert all(violation["impact"] not in ("serious", "critical") for violation in every
               if violation["id"] in left_out)


# A page whose faults each show in one view only: one visit per scheme must still see each, at its width and scheme.
BROKEN_PAGE = """<!doctype html><html lang="en"><head><title>faults</title><link rel="icon" href="data:,"><style>
  #dark-faint { color: #000; background: #fff }
  @media (prefers-color-scheme: dark) { #dark-faint { color: #444; background: #333 } }
  #desktop-button { display: none }
  @media (min-width: 800px) {
    #desktop-faint { color: #ccc }
    #box { background: #777 }
    #desktop-link { color: #222; text-decoration: none }
    #desktop-button { display: inline }
  }
  #on-box { color: #666 }
</style></head><body><main><h1>Faults</h1>
  <div style="width: 600px">a box wider than a phone</div>
  <p id="dark-faint">faint only in the dark</p>
  <p id="desktop-faint">faint on a desktop</p>
  <div id="box"><p id="on-box">the box behind it darkens on a desktop</p></div>
  <p>a <a id="desktop-link" href="#">link</a> told from the text around it by its colour alone on a desktop</p>
  <button id="desktop-button"></button>
  <script>addEventListener("resize", () => { throw new Error("broke on resize") })</script>
  <script>addEventListener("load", () => setTimeout(() => {   // after the page has loaded: an error, and a request
    console.error("an error logged once the page has loaded");  // to another host (a 404 there, a second error)
    new Image().src = `http://localhost:${location.port}/after-load.png`;
  }))</script>
  ROWS
</main></body></html>"""
# Two hundred rows of one markup, as the register's long tables have, where one cell alone is faint (its own class)
# and one row is faint only through the background of the row around it: the colour rules check one element of
# each kind (SAMPLE), and each of these two is a kind of its own.
ROW = '<tr{row}><td{cell}>row {number} of a long table</td></tr>'
BROKEN_PAGE = BROKEN_PAGE.replace("ROWS", """<style>.faint { color: #bbb } .grey { background: #333 }</style>
  <table><tbody>""" + "".join(ROW.format(number=number, row=' class="grey"' if number == 150 else "",
                                         cell=' class="faint" id="faint-cell"' if number == 120
                                         else ' id="grey-cell"' if number == 150 else "")
                              for number in range(200)) + "</tbody></table>")


def faults(seen: Visit) -> set[tuple[str, str, str]]:
    """(view, what, element): the rule axe names with each element it names, 'error' or 'sideways'."""
    import re

    found = set()
    for text in seen.axe:
        view, finding = text.split(": ", 1)
        found |= {(view, finding.split(" ", 1)[0], element) for element in re.findall(r"#([\w-]+)", finding)}
    return (found | {(text.split(": ", 1)[0], "error", "") for text in seen.errors}
            | {(text.split(": ", 1)[0], "sideways", "") for text in seen.sideways})


def test_one_visit_a_scheme_sees_what_each_width_and_scheme_shows(browser, tmp_path):
    """Without the colour rules' second pass on what the width changed, the six desktop-only colour faults go unseen
    (tried: the test then fails naming them)."""
    from factcheck.pipeline.browse import served

    (tmp_path / "faults.html").write_text(BROKEN_PAGE, encoding="utf-8")
    found, foreign = set(), []
    with served(tmp_path) as base:
        for scheme in SCHEMES:
            context = browser.new_context(color_scheme=scheme, viewport={"width": PHONE, "height": 900})
            seen = visit(context.new_page(), base + "faults.html", scheme)
            found |= faults(seen)
            foreign += seen.foreign
            context.close()
    # what the page did once loaded is seen: the page is checked from its `load` event on, not after a quiet spell
    assert [urlsplit(request).path for request in foreign] == ["/after-load.png"] * len(SCHEMES)
    in_both = [(f"{scheme}, {width} px", what, element) for width, what, element in [
        (PHONE, "sideways", ""), (PHONE, "error", ""), (DESKTOP, "color-contrast", "desktop-faint"),
        (DESKTOP, "color-contrast", "on-box"),
        (DESKTOP, "link-in-text-block", "desktop-link"), (DESKTOP, "button-name", "desktop-button"),
        (DESKTOP, "error", "")] for scheme in SCHEMES]
    in_both += [(f"{scheme}, 390 px", "color-contrast", element) for element in ("faint-cell", "grey-cell")
                for scheme in SCHEMES]
    assert found == {*in_both, ("dark, 390 px", "color-contrast", "dark-faint")}
