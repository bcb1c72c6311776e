"""The cells the guide and the README say five claims take come from counting them, not from memory.

benchmarks/participant_slot.py counts what `new-article --check --first 5` lists on a seed article (the judgement
cells of five claim rows, and the provenance's values); the README and the guide must state that count."""
from __future__ import annotations

import re
import sys

from factcheck import paths


def test_the_guide_and_the_readme_state_the_counted_cells_for_five_claims():
    sys.path.insert(0, str(paths.ROOT / "benchmarks"))
    from participant_slot import count

    claim, provenance = count(paths.ROOT / "seeds" / "000_80ae3813bd17227c.txt", 5, timed=False)["slot"]
    readme = " ".join((paths.ROOT / "README.md").read_text(encoding="utf-8").split())
    guide = " ".join((paths.ROOT / "book" / "workshop" / "guide.md").read_text(encoding="utf-8").split())
    stated = f"({claim} judgement cells and {provenance} provenance values)"
    assert re.search(rf"five claims mean {claim + provenance} cells and values to type {re.escape(stated)}", readme)
    assert f"Five claims are {claim + provenance} ({claim} judgement cells, {provenance} provenance values)" in guide
