"""Run page jobs on several worker processes, reporting each page as it finishes.

Processes, not threads: papermill started from several threads of one process
races on kernel start and ZMQ ports ("Address already in use"). Workers are
forked, which is safe here because the parent has not started ZMQ or any thread,
and cheap, because nothing has to be imported twice.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable

from .execute import Job, Outcome, execute, prepare_worker


def run_jobs(jobs: Iterable[Job], *, workers: int, project_root: str, kernel_log: str, modules: list[str],
             on_done: Callable[[Outcome], None], meanwhile: Callable[[], object] = lambda: None) -> list[Outcome]:
    """Run the jobs; `meanwhile` runs in this process once every worker has started (no thread is
    started before the workers are forked), while they execute."""
    jobs = list(jobs)
    if not jobs:
        meanwhile()
        return []
    outcomes = []
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=max(1, min(workers, len(jobs))), mp_context=context,
                             initializer=prepare_worker, initargs=(project_root, kernel_log, modules)) as pool:
        futures = {pool.submit(execute, job): job for job in jobs}
        meanwhile()
        for future in as_completed(futures):
            try:
                outcome = future.result()
            except BrokenProcessPool as error:  # a worker was killed (out of memory, a signal)
                outcome = Outcome(futures[future].page, False, 0.0, "worker process", f"crashed: {error}")
            outcomes.append(outcome)
            on_done(outcome)
    return outcomes
