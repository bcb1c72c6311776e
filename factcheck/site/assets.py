"""Static assets of the site made from the installed theme, so a page never loads what it does not use.

The theme loads Font Awesome's whole icon library as a 1.5 MB script to draw about
fourteen icons. `icons_css()` cuts exactly those icons out of the theme's own copy
(same version, same shapes) into a few kilobytes of CSS masks; the site's template
(`_templates/static/webpack-macros.html`) links that file instead of the script.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

# Every icon the theme's pages use (grep "fa-" in the built HTML); a test keeps this list complete.
ICONS = ("angle-left", "angle-right", "arrow-up", "bars", "circle-half-stroke", "download", "expand", "file",
         "file-pdf", "list", "magnifying-glass", "moon", "outdent", "sun")
ICON_DEFINITION = re.compile(r'(?:"([a-z0-9-]+)"|\b([a-z][a-z0-9]*)):\[(\d+),(\d+),\[[^\]]*\],"[0-9a-f]+","(M[^"]*)"\]')


def fontawesome_script() -> Path:
    import pydata_sphinx_theme

    return Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static" / "scripts" / "fontawesome.js"


def icon_paths(script: str) -> dict[str, tuple[int, int, str]]:
    """name -> (width, height, SVG path) of the solid style (defined after the regular one in the bundle)."""
    found: dict[str, tuple[int, int, str]] = {}
    for match in ICON_DEFINITION.finditer(script):
        name = match.group(1) or match.group(2)
        found[name] = (int(match.group(3)), int(match.group(4)), match.group(5))   # the last definition wins: solid
    return found


def icons_css(names=ICONS, script: str | None = None) -> str:
    script = script if script is not None else fontawesome_script().read_text(encoding="utf-8")
    paths = icon_paths(script)
    missing = [n for n in names if n not in paths]
    if missing:
        raise ValueError(f"the theme's Font Awesome has no icon named {', '.join(missing)}")
    license_file = fontawesome_script().with_name("fontawesome.js.LICENSE.txt")
    license_header = license_file.read_text(encoding="utf-8").strip() if license_file.exists() else ""
    lines = [license_header, "/* The icons the site uses, cut from the theme's Font Awesome bundle by "
                             "factcheck/site/assets.py; do not edit by hand. */",
             ".fa-solid, .fa-regular, .fa-brands, .fas, .far, .fab { display: inline-block; width: 1em; height: 1em; "
             "vertical-align: -0.125em; background-color: currentColor; "
             "-webkit-mask: var(--fc-icon) no-repeat center / contain; mask: var(--fc-icon) no-repeat center / contain; }",
             ".fa-lg { font-size: 1.25em; line-height: 0.05em; vertical-align: -0.075em; }"]
    for name in names:
        width, height, path = paths[name]
        svg = f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}'><path d='{path}'/></svg>"
        lines.append(f'.fa-{name} {{ --fc-icon: url("data:image/svg+xml,{quote(svg, safe=" /=:,.-")}"); }}')
    return "\n".join(line for line in lines if line) + "\n"


def social_card_svg(title: str, subtitle: str, kind: str = "") -> str:
    """The image link previews show (1200 × 630): the report's title, the kind of page (when given) and its subject,
    in the site's colours."""
    from html import escape

    lines, line = [], ""
    for word in title.split():
        if len(line) + len(word) > 26:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    text = "".join(f'<text x="80" y="{230 + 90 * i}" font-size="76" font-weight="700" fill="#1b1f24" '
                   f'font-family="DejaVu Sans, Arial, sans-serif">{escape(part)}</text>' for i, part in enumerate(lines))
    return ("<svg xmlns='http://www.w3.org/2000/svg' width='1200' height='630' viewBox='0 0 1200 630'>"
            "<rect width='1200' height='630' fill='#f6f8fa'/><rect width='1200' height='18' fill='#a3122a'/>"
            "<rect x='80' y='110' width='120' height='12' fill='#1a6b34'/>" + text +
            (f'<text x="80" y="450" font-size="40" fill="#2f5377" font-family="DejaVu Sans, Arial, sans-serif">'
             f"{escape(kind)}</text>" if kind else "") +
            f'<text x="80" y="560" font-size="34" fill="#4d4d4d" font-family="DejaVu Sans, Arial, sans-serif">'
            f"{escape(subtitle)}</text></svg>")


def write_social_card(path: Path, title: str, subtitle: str, kind: str = "") -> None:
    import vl_convert

    Path(path).write_bytes(vl_convert.svg_to_png(social_card_svg(title, subtitle, kind), scale=1.0))


CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
JS_WORD = re.compile(r"[A-Za-z][\w-]*")
SELECTOR_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
NOT_CLAUSE = re.compile(r":not\([^()]*\)")
FONT_GLYPH = re.compile(r"\.fa-[\w-]+:{1,2}(before|after)")


def used_classes(site: Path, kept: Path | None = None) -> set[str]:
    """Every class a page can carry: those in the built HTML, and every word the site's scripts could add.

    kept: a file keeping each page's classes under a hash of its bytes, so a render that wrote two pages finds the
    classes of those two again, not of every page (at 200 articles 213 pages, read after every edit). A page whose
    bytes changed is read again; a missing or unreadable file means every page is."""
    import hashlib
    import json

    from factcheck.files.atomic import write_atomically

    record: dict = {}
    if kept is not None:
        try:
            record = json.loads(Path(kept).read_bytes())
            record = record if isinstance(record, dict) else {}
        except (OSError, ValueError, RecursionError):
            record = {}
    now: dict[str, list] = {}
    used: set[str] = set()
    for page in Path(site).rglob("*.html"):
        data = page.read_bytes()
        name, digest = page.relative_to(site).as_posix(), hashlib.sha256(data).hexdigest()
        entry = record.get(name)
        if isinstance(entry, list) and len(entry) == 2 and entry[0] == digest and isinstance(entry[1], list):
            classes = entry[1]
        else:
            found: set[str] = set()
            for attribute in CLASS_ATTRIBUTE.findall(data.decode("utf-8", errors="replace")):
                found.update(attribute.split())
            classes = sorted(found)
        now[name] = [digest, classes]
        used.update(classes)
    if kept is not None and now != record:
        try:
            write_atomically(Path(kept), json.dumps(now, ensure_ascii=False).encode("utf-8"))
        except OSError:
            pass   # read again next time
    for script in Path(site, "_static").rglob("*.js"):
        if script.name != "fontawesome.js":
            used.update(JS_WORD.findall(script.read_text(encoding="utf-8", errors="replace")))
    return used


def trim_css(css: str, used: set[str]) -> str:
    """The stylesheet without the rules no page can match, and without Font Awesome's font (icons.css draws them).

    A selector is kept when every class it names (outside :not()) is one a page can carry; a rule
    is kept when one of its selectors is; at-rules are trimmed inside and dropped when emptied."""
    import tinycss2

    def keep(selector: str) -> bool:
        if FONT_GLYPH.fullmatch(selector):   # a glyph of the icon font, which is no longer loaded
            return False
        return all(name in used for name in SELECTOR_CLASS.findall(NOT_CLAUSE.sub("", selector)))

    def trimmed(rules) -> str:
        out = []
        for rule in rules:
            if rule.type == "qualified-rule":
                selectors = [s.strip() for s in tinycss2.serialize(rule.prelude).split(",")]
                kept = [s for s in selectors if keep(s)]
                if kept:
                    out.append(",".join(kept) + "{" + tinycss2.serialize(rule.content) + "}")
            elif rule.type == "at-rule":
                prelude = tinycss2.serialize(rule.prelude)
                if rule.lower_at_keyword == "font-face" and "Font Awesome" in tinycss2.serialize(rule.content or []):
                    continue
                if rule.content is None:
                    out.append(f"@{rule.at_keyword}{prelude};")
                elif rule.lower_at_keyword in ("media", "supports", "layer", "container"):
                    inner = trimmed(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))
                    if inner:
                        out.append(f"@{rule.at_keyword}{prelude}{{{inner}}}")
                else:
                    out.append(f"@{rule.at_keyword}{prelude}{{{tinycss2.serialize(rule.content)}}}")
        return "".join(out)

    return trimmed(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
