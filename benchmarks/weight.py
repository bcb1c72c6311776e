"""What a reader's browser downloads to open each kind of page (a script, not a test):

    .venv/bin/python benchmarks/weight.py [SITE]

SITE defaults to _build/html (run `make site` first). Each page is opened with a cold cache in
headless Chromium, served as `python -m http.server` serves it: no compression, which is the worst
case a static host gives. The budgets are the reader-report issue's targets; the browser test
tests/browser/test_reader.py asserts the same figures.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from factcheck.pipeline.browse import PAGE_KINDS, budget, page_weights  # noqa: E402


def main(site: Path) -> int:
    if not (site / "book" / "index.html").is_file():
        print(f"{site} holds no built site: run `make site` first", file=sys.stderr)
        return 2
    weights = page_weights(site)
    print(f"{'page kind':<22} {'page':<42} {'KB':>7} {'budget KB':>10}")
    for kind, weight in weights.items():
        limit = budget(kind)
        flag = "" if weight <= limit else "  OVER"
        print(f"{kind:<22} {PAGE_KINDS[kind]:<42} {weight / 1024:>7.0f} {limit / 1024:>10.0f}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "_build" / "html"))
