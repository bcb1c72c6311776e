"""The benchmark's synthetic corpus (benchmarks/corpus.py) is data the project accepts."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from corpus import make_corpus  # noqa: E402


def test_a_synthetic_corpus_passes_check(tmp_path):
    root = make_corpus(12, tmp_path / "corpus")  # more than twice the seeds: every article copied at least once
    assert "&id" not in (root / "seeds" / "sources.yml").read_text(encoding="utf-8"), "no YAML anchors or aliases"
    result = subprocess.run([sys.executable, "-m", "factcheck", "check"], cwd=root, capture_output=True, text=True,
                            env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
