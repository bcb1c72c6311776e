"""Screenshots of every kind of page, at a desktop width and a phone width, for a person to look at.

    .venv/bin/python tools/screenshots.py [SITE] [OUT]

SITE defaults to _build/html, OUT to _build/screenshots. The site is served on a free
local port; each page is captured in full at 1280 px and at 390 px, in the light and the
dark colour scheme (the theme follows the reader's setting), in Debian's headless Chromium.
"""
from __future__ import annotations

import sys
from pathlib import Path

from factcheck.pipeline.browse import PAGE_KINDS, chromium, served

WIDTHS = {"desktop": 1280, "phone": 390}
SCHEMES = ("light", "dark")
SLICE, SLICES = 1400, 6   # the first screenfuls of a long page, one image each


def main(site: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with served(site) as base, chromium() as browser:
        for scheme, (device, width) in [(s, d) for s in SCHEMES for d in WIDTHS.items()]:
            context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
            page = context.new_page()
            for kind, path in PAGE_KINDS.items():
                name = kind.replace(" ", "-") + ("-dark" if scheme == "dark" else "")
                page.goto(base + path, wait_until="networkidle")
                page.wait_for_timeout(400)   # charts draw after the page has painted
                first = out / f"{name}-{device}-first-screen.png"
                page.screenshot(path=str(first))             # what a reader sees before scrolling
                whole = out / f"{name}-{device}.png"
                page.screenshot(path=str(whole), full_page=True)
                height = page.evaluate("document.documentElement.scrollHeight")
                for n, top in enumerate(range(0, min(height, SLICES * SLICE), SLICE), 1):   # the page in screenfuls
                    page.screenshot(path=str(out / f"{name}-{device}-part{n}.png"),
                                    clip={"x": 0, "y": top, "width": width, "height": min(SLICE, height - top)},
                                    full_page=True)
                print(first, whole)
            context.close()


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main(Path(arguments[0]) if arguments else Path("_build/html"),
         Path(arguments[1]) if len(arguments) > 1 else Path("_build/screenshots"))
