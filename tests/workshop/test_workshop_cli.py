"""`python -m factcheck workshop` writes the starters and says what it did."""
from __future__ import annotations

from factcheck.cli import main
from factcheck.workshop.starters import templates


def test_the_command_writes_one_starter_per_exercise(tmp_path, capsys):
    out = tmp_path / "exercises"
    assert main(["workshop", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(t.name for t in templates())
    printed = capsys.readouterr().out
    assert printed.count("written ") == len(templates()) and "jupyter lab" in printed


def test_the_command_keeps_what_is_there(tmp_path, capsys):
    main(["workshop", "--out", str(tmp_path)])
    capsys.readouterr()
    assert main(["workshop", "--out", str(tmp_path)]) == 0
    assert capsys.readouterr().out.count("(already there; --force to overwrite)") == len(templates())
