"""A write failure (a full disk, a read-only folder) stops the build with one line, not a traceback."""
from __future__ import annotations

import errno

from factcheck.cli import main


def test_a_full_disk_stops_the_build_in_one_line(monkeypatch, capsys, tmp_path):
    import factcheck.pipeline.pipeline as pipeline

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "_toc.yml"))

    monkeypatch.setattr(pipeline, "write_toc", full)
    status = main(["build", "--no-site", "-p", "hedge_preset=strict", "-o", str(tmp_path / "whatif")])
    printed = capsys.readouterr()
    assert status == 1
    lines = [line for line in printed.err.splitlines() if line.startswith("build:")]
    assert len(lines) == 1 and "No space left on device" in lines[0] and "disk full" in lines[0], printed.err
    assert "Traceback" not in printed.err
