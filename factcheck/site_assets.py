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
                             "factcheck/site_assets.py; do not edit by hand. */",
             ".fa-solid, .fa-regular, .fa-brands { display: inline-block; width: 1em; height: 1em; "
             "vertical-align: -0.125em; background-color: currentColor; "
             "-webkit-mask: var(--fc-icon) no-repeat center / contain; mask: var(--fc-icon) no-repeat center / contain; }",
             ".fa-lg { font-size: 1.25em; line-height: 0.05em; vertical-align: -0.075em; }"]
    for name in names:
        width, height, path = paths[name]
        svg = f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}'><path d='{path}'/></svg>"
        lines.append(f'.fa-{name} {{ --fc-icon: url("data:image/svg+xml,{quote(svg, safe=" /=:,.-")}"); }}')
    return "\n".join(line for line in lines if line) + "\n"
