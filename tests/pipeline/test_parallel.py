"""factcheck/pipeline/parallel.py: a build that gives up before any page runs ends its workers at once."""
from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

import pytest

from factcheck.pipeline import parallel

STILL_WARMING = 120   # seconds a worker's job keeps it busy: as a kernel warming up, only longer


def _busy() -> None:
    time.sleep(STILL_WARMING)


def _set_up(*args) -> None:
    """A worker's set-up, without the kernel it would start."""


def test_workers_still_busy_when_the_build_gives_up_are_ended_not_waited_for():
    executor = ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork"))
    futures = [executor.submit(_busy) for _ in range(2)]
    workers = list(executor._processes.values())
    started = time.monotonic()
    parallel._end_now(executor)
    assert time.monotonic() - started < STILL_WARMING / 2   # a bound, not a timing: waiting takes 120 s
    assert not any(worker.is_alive() for worker in workers)
    assert all(future.done() for future in futures)


def test_a_refusal_while_the_workers_warm_up_is_raised_and_leaves_no_worker(monkeypatch, tmp_path):
    """run_jobs given a function (the build's validation and plan) that raises: the error is the build's, and the
    workers, busy warming up, are ended rather than waited for."""
    def refuse(preload, start, ask):
        raise ValueError("data/claims.csv, row 3: the refusal")

    monkeypatch.setattr(parallel, "prepare_worker", _set_up)
    monkeypatch.setattr(parallel, "warm_kernel", _busy)
    before = set(multiprocessing.active_children())
    started = time.monotonic()
    with pytest.raises(ValueError, match="the refusal"):
        parallel.run_jobs(refuse, workers=2, project_root=str(tmp_path), kernel_log=str(tmp_path / "log"),
                          modules=[], on_done=lambda outcome: None, expected=2)
    assert time.monotonic() - started < STILL_WARMING / 2
    assert set(multiprocessing.active_children()) - before == set()
