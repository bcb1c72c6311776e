"""Every bad input in data/README.md's table is planted and run by tools/bad_inputs.py: no traceback, ever."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

from bad_inputs import CASES  # noqa: E402


def table_rows() -> list[str]:
    """The first cell of each row of the 'Bad input' table in data/README.md."""
    text = (REPO / "data" / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Bad input"):]
    rows = []
    for line in section.splitlines():
        if line.startswith("| ") and not line.startswith("| bad input"):
            rows.append(line[2:line.index(" | ")])
        elif rows and not line.startswith("|"):
            break
    return rows


def test_every_row_of_the_table_has_a_case_and_every_case_a_row():
    rows = table_rows()
    assert len(rows) >= 40
    assert sorted(set(rows) - set(CASES)) == [] and sorted(set(CASES) - set(rows)) == []


def test_the_scripted_run_of_every_bad_input_prints_no_traceback():
    ran = subprocess.run([sys.executable, str(REPO / "tools" / "bad_inputs.py")], capture_output=True, text=True,
                         timeout=1800)
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]
    assert f"{len(CASES)} of {len(CASES)} bad inputs answered without a traceback" in ran.stdout
