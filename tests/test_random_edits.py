"""What the validation accepts builds: random edits of claims and checks (tools/random_edits.py), every page's code
run on each set the validation accepts, and no page fails.

Five trials of seed 7: four are accepted and run every page; the fifth swaps the inputs of a share, which the
validation refused only once it evaluated the checks (c5b66f0): before, six pages failed on it.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import random_edits  # noqa: E402


def test_no_page_fails_on_random_edits_the_validation_accepts():
    said: list[str] = []
    failures = random_edits.trials(seed=7, count=5, say=said.append)
    assert failures == [], "\n".join(failures)
    accepted = [line for line in said if ": accepted, " in line]
    assert len(accepted) >= 3, said   # the pages ran on edited data, not only the validation
