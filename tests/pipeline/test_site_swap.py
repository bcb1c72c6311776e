"""The new site is swapped in by renames, and the old one is removed even though the build's process exits at once."""
from __future__ import annotations

import subprocess
import sys
import threading

SWAP_THEN_EXIT = """
import os, sys
from pathlib import Path
from factcheck.pipeline.site import _swap_in
work = Path(sys.argv[1])
_swap_in(work / "built", work / "html")
os._exit(0)   # as a build's process does once its site is in place
"""


def test_the_old_site_is_removed_even_when_the_build_exits_right_after_the_swap(tmp_path):
    old = tmp_path / "html"
    for folder in range(40):   # an old site of some size: deleting it takes longer than exiting
        (old / f"f{folder}").mkdir(parents=True)
        for page in range(50):
            (old / f"f{folder}" / f"p{page}.html").write_text("<p>old</p>\n", encoding="utf-8")
    built = tmp_path / "built"
    built.mkdir()
    (built / "index.html").write_text("<p>new</p>\n", encoding="utf-8")
    subprocess.run([sys.executable, "-c", SWAP_THEN_EXIT, str(tmp_path)], check=True, timeout=60)
    assert (tmp_path / "html" / "index.html").read_text(encoding="utf-8") == "<p>new</p>\n"
    for _ in range(300):   # up to 30 s: the removal runs on in a process of its own
        if not list(tmp_path.glob(".html-old*")):
            break
        threading.Event().wait(0.1)
    assert not list(tmp_path.glob(".html-old*")), "the old site was left behind"
