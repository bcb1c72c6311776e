"""The social cards: one 1200 × 630 PNG per kind of page, drawn by vl-convert (no browser; the same bytes each run).

    .venv/bin/python tools/social_cards.py

Writes `_static/cards/<kind>.png` for each kind in `factcheck.site.extension.CARDS`; each page names the card of
its kind in `og:image` once `html.baseurl` is set in `_config.yml` (an Open Graph image needs an absolute address).
Run it again after changing a kind's words; the cards are committed.
"""
from __future__ import annotations

from pathlib import Path

from factcheck.site.assets import write_social_card
from factcheck.site.extension import CARDS

ROOT = Path(__file__).resolve().parent.parent
TITLE, SUBJECT = "Five articles, checked number by number", "US immigration enforcement in the news, 2016–2024"


def main() -> None:
    out = ROOT / "_static" / "cards"
    out.mkdir(parents=True, exist_ok=True)
    for kind, words in CARDS.items():
        path = out / f"{kind}.png"
        write_social_card(path, TITLE, SUBJECT, words)
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
