"""What the validation accepts builds: random edits of claims and checks (tools/random_edits.py), and every
templated page's code run on each set the validation accepts, in a process importing the edited copy's package.

One trial of seed 7 (accepted: two checks' inputs swapped, a claim's unit and another's precision changed): every
page runs on the edited data and none fails. tools/random_edits.py runs as
many trials as asked; a page that fails there is a hole in the validation.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import random_edits  # noqa: E402


def test_no_page_fails_on_random_edits_the_validation_accepts():
    said: list[str] = []
    failures = random_edits.trials(seed=7, count=1, say=said.append)
    assert failures == [], "\n".join(failures)
    pages = len(random_edits.listed_pages(REPO))
    ran = [int(found) for line in said for found in re.findall(r": accepted, (\d+) page\(s\) run", line)]
    assert ran == [pages], said   # accepted, and every page ran on the edited copy
