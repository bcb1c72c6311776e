"""The theme chapters' definitions (data/themes.yml), validated against the ledger's metrics."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import paths, usage
from .problems import Collector, raise_if_any
from .yamlfile import load_located


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


def load_themes(ledger, path: Path | None = None) -> dict[str, Theme]:
    path = Path(path or paths.DATA / "themes.yml")
    problems = Collector(path)
    data = load_located(path)
    with usage.paused():  # validation only: a theme page depends on its own metrics' claims (Theme.claims)
        known = set(ledger.claims["metric"])
    themes = {}
    for entry in (data or {}).get("themes", []):
        for key in ("id", "title", "question", "metrics", "chart"):
            if key not in entry:
                problems.add(entry.line, key, "missing key")
        if any(key not in entry for key in ("id", "title", "question", "metrics", "chart")):
            continue
        for metric in entry["metrics"]:
            if metric not in known:
                problems.add(entry.line_of("metrics"), "metrics", f"no claim in the ledger has metric {metric!r}")
        for metric in entry["chart"]:
            if metric not in entry["metrics"]:
                problems.add(entry.line_of("chart"), "chart", f"{metric!r} is charted but not among the theme's metrics")
        themes[entry["id"]] = Theme(entry["id"], entry["title"], entry["question"],
                                    tuple(entry["metrics"]), tuple(entry["chart"]))
    raise_if_any(problems)
    return themes
