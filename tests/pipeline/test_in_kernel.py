"""What a build's warm kernel keeps from page to page (factcheck/pipeline/in_kernel.py)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from buildcopies import clean_copy

# A kernel kept between builds (the warm pool) preloads the ledger again after each edit: here, three edits, the
# frozen objects let back and collected at each (in_kernel.FROZEN_GROWTH: at every change, however small).
PRELOADS_AS_THE_DATA_CHANGES = textwrap.dedent("""\
    import gc, json, os, time
    from factcheck import paths
    from factcheck.ledger.claims import Ledger
    from factcheck.pipeline import in_kernel
    in_kernel.FROZEN_GROWTH = 0
    in_kernel._share_the_ledger_and_verdicts()
    claims = paths.ROOT / "data" / "claims.csv"
    frozen, tracked = [], []
    for _ in range(3):
        os.utime(claims, ns=(time.time_ns(), time.time_ns()))   # a new state of the data, as an edit makes
        in_kernel.preload()
        frozen.append(gc.get_freeze_count())
        tracked.append(sum(isinstance(found, Ledger) for found in gc.get_objects()))
    print(json.dumps({"frozen": frozen, "tracked": tracked}))
""")


def test_the_preloaded_ledger_is_out_of_the_collectors_reach_and_freed_when_the_data_changes(tmp_path):
    root = clean_copy(tmp_path / "repo", executed_pages=True)
    said = subprocess.run([sys.executable, "-c", PRELOADS_AS_THE_DATA_CHANGES], cwd=root, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(root)})
    assert said.returncode == 0, said.stderr
    seen = json.loads(said.stdout.splitlines()[-1])
    assert seen["tracked"] == [0, 0, 0], "no page's reset goes through the ledger: it is frozen"
    # the ledger of the data as it was is let back to the collector and freed: without it, each change left about
    # a thousand more objects frozen for good (one run, five articles); with it, none
    assert seen["frozen"][2] <= seen["frozen"][1] + 100, seen
