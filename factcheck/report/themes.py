"""The theme chapters' definitions (data/themes.yml), validated against the ledger's metrics."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck import paths, usage
from factcheck.files.problems import Collector, raise_if_any
from factcheck.files.yamlfile import kind_of_text, load_located

if TYPE_CHECKING:   # `check` validates the themes without pandas
    import pandas as pd


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    question: str
    metrics: tuple[str, ...]
    chart: tuple[str, ...]

    def claims(self, ledger) -> pd.DataFrame:
        """The theme's claims from every document, ordered by metric (as listed), then period."""
        order = {m: i for i, m in enumerate(self.metrics)}
        rows = ledger.claims_with("metric", self.metrics).copy()
        rows["_order"] = rows["metric"].map(order)
        return rows.sort_values(["_order", "period", "claim_id"]).drop(columns="_order").reset_index(drop=True)


KEYS = ("id", "title", "question", "metrics", "chart")


def load_themes(ledger, path: Path | None = None) -> dict[str, Theme]:
    path = Path(path or paths.DATA / "themes.yml")
    problems = Collector(path)
    if not path.exists():
        problems.add(None, None, "file not found")
        raise_if_any(problems)
    data = load_located(path)
    entries = data.get("themes") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        problems.add(getattr(data, "line", 1) or 1, "themes", "expected a top-level 'themes:' list")
        raise_if_any(problems)
    with usage.paused():  # validation only: a theme page depends on its own metrics' claims (Theme.claims)
        known = set(ledger.claims["metric"])
    themes = {}
    for index, entry in enumerate(entries):
        theme = _theme(entry, entries.line_of(index), known, problems)
        if theme is None:
            continue
        if theme.id in themes:
            problems.add(entry.line_of("id"), "id", f"duplicate theme id {theme.id!r}")
        themes[theme.id] = theme
    raise_if_any(problems)
    return themes


def _theme(entry, line: int, known: set[str], problems: Collector) -> Theme | None:
    if not isinstance(entry, dict):
        problems.add(line, None, f"each theme must be a mapping ({', '.join(KEYS)})")
        return None
    for key in KEYS:
        if key not in entry:
            problems.add(entry.line, key, "missing key")
    if any(key not in entry for key in KEYS):
        return None
    sound = True
    for key in ("id", "title", "question"):
        if not isinstance(entry[key], str) or not entry[key].strip():
            problems.add(entry.line_of(key), key, f"expected text, found {kind_of_text(entry[key])}")
            sound = False
    for key in ("metrics", "chart"):
        if not isinstance(entry[key], list) or not all(isinstance(m, str) for m in entry[key]):
            problems.add(entry.line_of(key), key, f"expected a list of metrics, like [removals]; found {entry[key]!r}")
            sound = False
    if not sound:
        return None
    for metric in entry["metrics"]:
        if metric not in known:
            problems.add(entry.line_of("metrics"), "metrics", f"no claim in the ledger has metric {metric!r}")
    for metric in entry["chart"]:
        if metric not in entry["metrics"]:
            problems.add(entry.line_of("chart"), "chart", f"{metric!r} is charted but not among the theme's metrics")
    return Theme(entry["id"], entry["title"], entry["question"], tuple(entry["metrics"]), tuple(entry["chart"]))
