"""Run page jobs on several worker processes, reporting each page as it finishes.

Processes, not threads: papermill started from several threads of one process
races on kernel start and ZMQ ports ("Address already in use"). For one build,
workers are forked, which is safe here because the parent has not started ZMQ or
any thread, and cheap, because nothing has to be imported twice. `serve` keeps a
`WorkerPool` between builds instead (forked from a clean forkserver, since the
server has threads), so its workers' kernels stay warm from one edit to the next.
"""
from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable

from factcheck.pipeline.execute import Job, Outcome, execute, preload_kernel, prepare_worker, warm_kernel


_closing: list[threading.Thread] = []   # the ending of workers of runs that returned (see run_jobs)


# The package itself only (its __init__ keeps rfc3987_syntax out, see there): a module of the package imported by
# the forkserver would stay as it was when serve started in every process forked from it, after the code changed.
_FORKSERVER_PRELOAD = ["factcheck"]


def forkserver_context(*, render_too: bool = False):
    """Processes started from a clean forkserver (safe from a process with threads): the workers `serve` keeps, and
    its render processes (`site.Renderer`). The forkserver is one per process, and imports its preload once, when it
    starts: serve asks, before anything starts it, for the render's imports too (render_too), so that a render
    process forked from it sets Sphinx up in under a second; a build's own forkserver (a warm worker lost) does not
    wait for them."""
    from factcheck.pipeline.render import RENDER_IMPORTS
    from factcheck.pipeline.socket_folder import keep_multiprocessing_sockets_short

    keep_multiprocessing_sockets_short()   # the forkserver's socket
    if render_too:
        _FORKSERVER_PRELOAD.extend(name for name in RENDER_IMPORTS if name not in _FORKSERVER_PRELOAD)
    context = multiprocessing.get_context("forkserver")
    # (The list replaces the default, which would import the server's __main__, python -m factcheck, again.)
    context.set_forkserver_preload(list(_FORKSERVER_PRELOAD))
    return context


class WorkerPool:
    """Workers kept between builds; `matches` says whether they still run the code being built."""

    def __init__(self, workers: int, project_root: str, kernel_log: str, modules: list[str], key: str):
        context = forkserver_context()
        self.key = key
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=prepare_worker,
                                            initargs=(project_root, kernel_log, modules))

    def matches(self, key: str) -> bool:
        return key == self.key and not getattr(self.executor, "_broken", False)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def run_jobs(jobs: Iterable[Job] | Callable[..., list[Job]], *, workers: int, project_root: str,
             kernel_log: str,
             modules: list[str], on_done: Callable[[Outcome], None],
             meanwhile: Callable[[Callable | None], object] = lambda submit: None,
             pool: WorkerPool | None = None, expected: int = 0, draw_ahead: bool = True,
             taken: tuple[list, Callable[[str], None]] | None = None) -> list[Outcome]:
    """Run the jobs; `meanwhile` runs in this process once every worker has started (no thread is
    started before the workers are forked), while they execute. It is given `submit` (the workers' executor's: a
    function run on the next worker free, after the jobs queued), or None when no job was given to the workers.

    jobs may be a function giving them: the workers (at most `expected`) are forked and start their kernels first,
    and the function runs in this process meanwhile (the build validates then, while the kernels import pandas
    and Altair); what it raises ends the workers and is raised. The function is given `preload`, which asks each
    worker's kernel to load the ledger and the outcomes (once the build has kept the ledger), before its first page.
    The function is also given `start` (None with a pool): it queues jobs at once, before the function returns
    the rest (the build starts the pages stale whatever the outcomes while it compares the outcomes of the others),
    and `ask` (None with a pool): the executor's submit, for a function to run on the next worker free (the build
    asks a kernel for the outcomes it compares, ahead of the pages it starts).
    draw_ahead: whether the workers' kernels start vl-convert's engine while they warm up (in_kernel.warm_up).
    taken: (connections, say): workers the build took from the warm pool (see `warm`), in place of forked ones (they
    run the same jobs); `say` is given the line of a worker that stopped answering (its jobs then run on workers of
    the build's own, started from a clean forkserver: the build has threads by then)."""
    if callable(jobs) and pool is not None:
        jobs = jobs(lambda: None, None, None)
    if not callable(jobs):
        jobs = list(jobs)
        if not jobs:
            for connection in taken[0] if taken is not None else ():
                connection.close()   # (the worker ends, with its kernel)
            meanwhile(None)
            return []
    if pool is not None:
        return _collect(pool.executor, jobs, on_done, meanwhile)
    count = max(1, min(workers, expected if callable(jobs) else len(jobs)))
    initargs = (project_root, kernel_log, modules, draw_ahead)
    if taken is not None:   # workers of the warm pool, in place of forked ones
        from factcheck.pipeline.warm import PooledWorkers

        connections, say = taken
        for extra in connections[count:]:
            extra.close()   # (it ends, with its kernel)
        executor = PooledWorkers(connections[:count], say, lambda n: ProcessPoolExecutor(
            max_workers=n, mp_context=forkserver_context(), initializer=prepare_worker, initargs=initargs))
    else:
        executor = ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("fork"),
                                       initializer=prepare_worker, initargs=initargs)
    try:
        outcomes = _run(executor, jobs, count, on_done, meanwhile)
    except BaseException:
        executor.shutdown(wait=True)
        raise
    # Every page is done: the workers end (each shuts its kernel down: ~0.15 s) while the build goes on to render;
    # the build waits for them before it returns (finish_closing).
    closer = threading.Thread(target=executor.shutdown, kwargs={"wait": True}, name="factcheck-workers-ending")
    closer.start()
    _closing.append(closer)
    return outcomes


def finish_closing() -> None:
    """Wait until the workers of every run that returned have ended, with their kernels."""
    while _closing:
        _closing.pop().join()


def _run(executor, jobs, count: int, on_done, meanwhile) -> list[Outcome]:
    started: dict = {}
    if callable(jobs):
        for _ in range(count):
            executor.submit(warm_kernel)

        def start(early: list[Job]) -> None:   # pages certain to run: queued before the function returns
            started.update({executor.submit(execute, job): job for job in early})

        try:
            jobs = list(jobs(lambda: [executor.submit(preload_kernel) for _ in range(count)], start, executor.submit))
        except BaseException:
            _end_now(executor)
            raise
        if not jobs and not started:
            meanwhile(None)   # (nothing for the workers: their kernels may be still warming up)
            return []
    return _collect(executor, jobs, on_done, meanwhile, started)


def _end_now(executor) -> None:
    """End the workers at once, their kernels still warming up: the build gives up (its data failed validation) and
    executes nothing. Waiting for them made a refused five-article build take 2.1 s rather than 1.6 s (the kernels
    had done most of their warm-up by then either way: the processor time was the same). Each worker ends on
    SIGTERM with its kernel's socket folder and connection file removed (execute._remove_sockets_when_ended); its
    kernel ends within a quarter of a second of it (kernel_launcher). (`_processes` is the executor's own record of its
    workers: Python 3.11 has no public way to end them; 3.14's terminate_workers does this.)"""
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        try:
            process.terminate()
        except (OSError, ValueError):   # already gone, or already closed
            pass
    executor.shutdown(wait=True, cancel_futures=True)


def _collect(executor, jobs: list[Job], on_done, meanwhile, started: dict | None = None) -> list[Outcome]:
    outcomes = []
    futures = {**(started or {}), **{executor.submit(execute, job): job for job in jobs}}
    meanwhile(executor.submit)
    for future in as_completed(futures):
        try:
            outcome = future.result()
        except BrokenProcessPool as error:  # a worker was killed (out of memory, a signal)
            outcome = Outcome(futures[future].page, False, 0.0, "worker process", f"crashed: {error}")
        outcomes.append(outcome)
        on_done(outcome)
    return outcomes
