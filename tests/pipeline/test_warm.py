"""The warm pool (factcheck/pipeline/warm.py): kernels and a render process kept between builds.

The suite runs with the pool off (tests/conftest.py); these tests turn it on for their own builds and stop every
pool they start. A warm build must give the bytes of a cold one, and a pool that is killed, stale or for other code
must never fail a build: it builds cold and says so in one line.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from buildcopies import ONE_CLAIM_EDIT, clean_build_of_edited_first, clean_copy, copy_of_built, edit_claim, run_build
from leftovers import kernel_files_left, short_temporary_folder

from factcheck.pipeline import warm
from factcheck.pipeline.fingerprint import environment_digest, package_digest
from test_pipeline import ONE_WORKER, differing

README = Path(__file__).resolve().parents[2] / "README.md"
TAKEN = re.compile(r"^warm pool: \d worker\(s\) with warm kernels and a render process taken", re.M)


@pytest.fixture
def pool_on(monkeypatch):
    """pool_on(root): from now on, builds the test starts (subprocesses inherit this) use the pool (the shared built
    copies are made before, with it off); every pool started for a root so given is stopped after. Their temporary
    folder is one of their own, removed after: a pool killed outright leaves its folder (the next pool to start
    removes it), which would otherwise stay in /tmp after the suite."""
    roots: list[Path] = []
    pools_temporary = short_temporary_folder()

    def turn_on(root: Path) -> Path:
        monkeypatch.setenv(warm.VARIABLE, "1")
        monkeypatch.setenv(warm.IDLE_VARIABLE, "300")
        monkeypatch.setenv("TMPDIR", str(pools_temporary))
        roots.append(root)
        return root

    yield turn_on
    try:
        for root in roots:
            info = warm.read_info(root)
            print(warm.stop(root))
            if info:
                warm._wait_gone(info.get("pid"), 10)
                assert not warm.alive(info.get("pid")), f"the pool of {root} is still running"
            assert not warm.info_path(root).exists()
    finally:
        shutil.rmtree(pools_temporary, ignore_errors=True)


def pool_pid(root: Path) -> int:
    return json.loads(warm.info_path(root).read_text(encoding="utf-8"))["pid"]


def ready_pool(root: Path) -> int:
    assert warm.wait_until_ready(root, 300), (root / "_build" / warm.LOG_NAME).read_text(encoding="utf-8")[-3000:]
    assert warm.info_path(root).stat().st_mode & 0o077 == 0   # owner-only
    return pool_pid(root)


def test_an_edit_built_on_the_pool_gives_the_bytes_of_a_clean_cold_build(build_base, tmp_path, pool_on):
    root = pool_on(copy_of_built("first", build_base, tmp_path / "repo"))
    first = run_build(root)   # a no-op for the pages; no pool yet: it starts one for the next build
    assert first.returncode == 0, first.stderr
    assert not TAKEN.search(first.stderr)
    pid = ready_pool(root)

    edit_claim(root, *ONE_CLAIM_EDIT)
    edited = run_build(root)
    assert edited.returncode == 0, edited.stderr
    assert TAKEN.search(edited.stderr), edited.stderr
    said = re.search(r"next build takes them \(`([^`]+)` on its\s+output\)", README.read_text(encoding="utf-8"))
    assert said and said.group(1) in edited.stderr, "the README quotes the line a build prints when it takes the pool"
    assert re.findall(r"^  queued  ", edited.stderr, re.M), edited.stderr
    assert pool_pid(root) == pid   # the same pool, refilling
    assert ready_pool(root) == pid  # what the build took was replaced

    clean, cold = clean_build_of_edited_first(build_base, *ONE_CLAIM_EDIT)   # shared with the one-claim edit test
    assert cold.returncode == 0, cold.stderr
    assert (clean / "data" / "claims.csv").read_bytes() == (root / "data" / "claims.csv").read_bytes()
    assert not (clean / "_build" / warm.INFO_NAME).exists()   # --no-warm leaves no pool either
    assert differing(root / "book", clean / "book") == []
    assert differing(root / "_build" / "html", clean / "_build" / "html") == []


def test_a_pool_killed_mid_build_or_left_stale_never_fails_the_build(build_base, tmp_path, pool_on):
    """On one worker (a pool of one kernel: three pools start here), as what is tested is the pool's end and its
    render process's; the tests above and below take pools of two."""
    root = pool_on(copy_of_built("first", build_base, tmp_path / "repo"))
    assert run_build(root, *ONE_WORKER).returncode == 0
    pid = ready_pool(root)

    # killed once the build has taken its kernels and render process: the kernels now serve the build's workers
    # (they outlive the pool), and the render is done by a new process
    edit_claim(root, "oig17-03", "population", "changed by a test")
    log = tmp_path / "build.log"
    build = _build_taking_the_pool(root, log, arguments=ONE_WORKER)
    try:
        os.kill(pid, signal.SIGKILL)
        assert build.wait(timeout=600) == 0, log.read_text(encoding="utf-8")
    finally:
        if build.poll() is None:
            build.kill()
    told = log.read_text(encoding="utf-8")
    assert re.search(r"^warm pool: its render process did not answer .*rendering the whole site with a new one$",
                     told, re.M), told
    assert "FAILED" not in told
    assert "changed by a test" in (root / "_build" / "html" / "book" / "documents" / "oig17.html").read_text(encoding="utf-8")

    # the build started a new pool for the next one; stop it and leave a stale file naming a dead socket
    assert ready_pool(root) != pid
    print(warm.stop(root))
    stale = tmp_path / "stale.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(stale))
    listener.close()   # the file stays; nothing listens
    warm.info_path(root).write_text(json.dumps({"pid": 2 ** 22 + 1, "socket": str(stale)}), encoding="utf-8")
    edit_claim(root, "oig17-03", "population", "changed again by a test")
    result = run_build(root, *ONE_WORKER)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("warm pool:")]
    assert len(lines) == 1 and "does not answer" in lines[0] and "building cold" in lines[0], result.stderr
    ready_pool(root)   # and a pool for the next build, in place of the stale file


def worker_pids(root: Path) -> list[int]:
    """The processes of the workers the pool holds now (its log names each as it is ready; two kernels a build)."""
    log = (root / "_build" / warm.LOG_NAME).read_text(encoding="utf-8")
    return [int(pid) for pid in re.findall(r"worker \d warm \(process (\d+)\)", log)[-2:]]


def test_workers_taken_from_the_pool_and_killed_mid_build_are_replaced_by_the_builds_own(build_base, tmp_path,
                                                                                         pool_on, temporary):
    """Killed once the build has connected to them, the pool's workers leave the build's jobs (the page each had, if
    any, and the rest) to workers of the build's own: one line says so, and the pages come out as a cold build's.
    Nothing is left in the build's temporary folder (its own forkserver's folder stayed, os._exit removing nothing)."""
    root = pool_on(copy_of_built("first", build_base, tmp_path / "repo"))
    assert run_build(root).returncode == 0
    ready_pool(root)
    workers = worker_pids(root)
    assert len(workers) == 2 and all(warm.alive(pid) for pid in workers), workers

    edit_claim(root, *ONE_CLAIM_EDIT)
    log = tmp_path / "build.log"
    build = _build_taking_the_pool(root, log, temporary)
    try:
        for pid in workers:
            os.kill(pid, signal.SIGKILL)
        assert build.wait(timeout=600) == 0, log.read_text(encoding="utf-8")
    finally:
        if build.poll() is None:
            build.kill()
    told = log.read_text(encoding="utf-8")
    assert re.search(r"^warm pool: a worker taken from it stopped answering .*its pages run on a worker of the "
                     r"build's own$", told, re.M), told
    assert "FAILED" not in told
    assert kernel_files_left(temporary, within=5) == [] and not list(temporary.glob("pymp-*")), \
        list(temporary.iterdir())

    clean, cold = clean_build_of_edited_first(build_base, *ONE_CLAIM_EDIT)   # shared with the one-claim edit test
    assert cold.returncode == 0, cold.stderr
    assert differing(root / "book", clean / "book") == []
    assert differing(root / "_build" / "html", clean / "_build" / "html") == []


def test_a_pool_for_other_code_is_stopped_and_the_build_goes_cold(tmp_path, pool_on):
    root = pool_on(clean_copy(tmp_path / "repo", executed_pages=True))
    warm.spawn(root, 2, "other code")
    pid = ready_pool(root)
    said: list[str] = []
    code = package_digest(root) + environment_digest(root)
    assert warm.take(root, 2, code, said.append) is None
    assert said == ["warm pool: started for another code; stopped it, building cold"], said
    warm._wait_gone(pid, 10)
    assert not warm.alive(pid)
    assert not warm.info_path(root).exists()


def test_a_pool_that_accepts_but_never_answers_costs_a_build_seconds_not_a_failure(tmp_path, pool_on, monkeypatch):
    """A half-answering pool (its socket accepts, nothing replies): the build hears nothing within a few seconds,
    says so in one line and builds cold; the file is removed (the process is not a pool's: it is not signalled).
    (The seconds a build waits for each answer are shortened here: the test waits for two of them.)"""
    monkeypatch.setattr(warm, "CONNECT_SECONDS", 0.5)
    root = pool_on(clean_copy(tmp_path / "repo", executed_pages=True))
    (root / "_build").mkdir()
    address = tmp_path / "silent.sock"
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    silent.bind(str(address))
    silent.listen(4)   # connections queue up; none is ever read
    try:
        warm.info_path(root).write_text(json.dumps({"pid": os.getpid(), "socket": str(address)}), encoding="utf-8")
        said: list[str] = []
        began = time.monotonic()
        assert warm.take(root, 2, "any code", said.append) is None
        assert time.monotonic() - began < 4 * warm.CONNECT_SECONDS
        assert len(said) == 1 and said[0].startswith("warm pool: did not answer") and "building cold" in said[0], said
        assert not warm.info_path(root).exists()
    finally:
        silent.close()


def test_stop_on_a_stale_file_removes_it_and_signals_no_process(tmp_path):
    """A file naming a dead socket and a process that is no pool (this test's own): stop() says the file was stale,
    removes it, and sends that process nothing (the test would not be here to assert otherwise)."""
    root = tmp_path / "repo"
    (root / "_build").mkdir(parents=True)
    warm.info_path(root).write_text(json.dumps({"pid": os.getpid(), "socket": str(tmp_path / "gone.sock")}),
                                    encoding="utf-8")
    assert warm.stop(root) == "warm pool: its file was stale; removed"
    assert not warm.info_path(root).exists()


def test_a_file_naming_another_users_socket_is_not_taken_for_a_pool(tmp_path, monkeypatch):
    """A folder handed in may carry a _build/warm-pool.json naming any socket: one whose listening process is not
    this user's is refused before a word is sent (here this test's own socket, seen as another user's by making the
    build's user id differ), the file is removed and the build goes cold."""
    root = tmp_path / "repo"
    (root / "_build").mkdir(parents=True)
    address = tmp_path / "someone-elses.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(address))
    listener.listen(4)
    try:
        warm.info_path(root).write_text(json.dumps({"pid": 2 ** 22 + 1, "socket": str(address)}), encoding="utf-8")
        monkeypatch.setattr(warm.os, "getuid", lambda: os.geteuid() + 1)
        said: list[str] = []
        assert warm.take(root, 2, "any code", said.append) is None
        assert len(said) == 1 and "another user's" in said[0] and "building cold" in said[0], said
        assert not warm.info_path(root).exists()
        listener.settimeout(0.5)
        accepted, _ = listener.accept()   # the build connected (to learn who listens) and sent nothing
        accepted.settimeout(0.5)
        assert accepted.recv(100) == b""
        accepted.close()
    finally:
        listener.close()


# ---- PooledWorkers: the build's side of the pool's workers, without a pool --------------------------------------------

def _nothing(timeline: str) -> None:   # in place of warm_worker.joined (no kernel here)
    return None


def _twice(n: int) -> int:
    return 2 * n


def _refuse(n: int) -> int:
    raise ValueError(f"no {n}")


class _DoneAtOnce:
    """A fallback executor that runs each job in this process (the build's would start workers of its own)."""

    def __init__(self):
        self.ran = []

    def submit(self, function, *arguments):
        from concurrent.futures import Future

        future = Future()
        self.ran.append(arguments)
        future.set_result(function(*arguments))
        return future

    def shutdown(self, wait=True, cancel_futures=False):
        pass


def _a_worker(answers: int):
    """A connection to a thread serving as a pool's worker does (warm_worker._serve), which hangs up after `answers`
    answers (the worker killed)."""
    import threading
    from multiprocessing import Pipe

    ours, theirs = Pipe()

    def serve() -> None:
        for _ in range(answers):
            try:
                function, arguments = theirs.recv()
            except EOFError:
                return
            try:
                theirs.send(("ok", function(*arguments)))
            except Exception as error:
                theirs.send(("error", error))
        theirs.close()

    threading.Thread(target=serve, daemon=True).start()
    return ours


def test_pooled_workers_run_the_jobs_and_give_back_results_and_errors(monkeypatch):
    from factcheck.pipeline import warm_worker

    monkeypatch.setattr(warm_worker, "joined", _nothing)
    said, fallback = [], _DoneAtOnce()
    workers = warm.PooledWorkers([_a_worker(100), _a_worker(100)], said.append, lambda n: fallback)
    futures = [workers.submit(_twice, n) for n in range(10)]
    refused = workers.submit(_refuse, 3)
    assert [f.result(timeout=30) for f in futures] == [2 * n for n in range(10)]
    with pytest.raises(ValueError, match="no 3"):
        refused.result(timeout=30)
    workers.shutdown(wait=True)
    assert said == [] and fallback.ran == []


def test_a_pooled_worker_that_hangs_up_leaves_its_jobs_to_the_builds_own(monkeypatch):
    from factcheck.pipeline import warm_worker

    monkeypatch.setattr(warm_worker, "joined", _nothing)
    said, fallback = [], _DoneAtOnce()
    workers = warm.PooledWorkers([_a_worker(3)], said.append, lambda n: fallback)   # joined, then two jobs
    futures = [workers.submit(_twice, n) for n in range(6)]
    assert [f.result(timeout=30) for f in futures] == [0, 2, 4, 6, 8, 10]
    workers.shutdown(wait=True)
    assert fallback.ran == [(2,), (3,), (4,), (5,)]
    assert len(said) == 1 and said[0].startswith("warm pool: a worker taken from it stopped answering"), said


def test_pooled_workers_cancel_what_has_not_begun_on_shutdown(monkeypatch):
    from factcheck.pipeline import warm_worker

    monkeypatch.setattr(warm_worker, "joined", _nothing)
    workers = warm.PooledWorkers([], lambda line: None, lambda n: _DoneAtOnce())   # no thread takes anything
    waiting = workers.submit(_twice, 1)
    workers.shutdown(wait=True, cancel_futures=True)
    assert waiting.cancelled()


def _build_taking_the_pool(root, log, temporary=None, arguments: tuple[str, ...] = ()):
    """A build started in the background, returned once it has said it took the pool (its stderr goes to log; its
    temporary folder `temporary`, if given; `arguments`: the build's own)."""
    with open(log, "w", encoding="utf-8") as stderr:
        build = subprocess.Popen([sys.executable, "-m", "factcheck", "build", *arguments], cwd=root, stderr=stderr,
                                 text=True, env={**os.environ, "PYTHONPATH": str(root),
                                                 **({"TMPDIR": str(temporary)} if temporary else {})})
    deadline = time.monotonic() + 120
    while not TAKEN.search(log.read_text(encoding="utf-8")) and build.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if not TAKEN.search(log.read_text(encoding="utf-8")):
        build.kill()
        build.wait()
        raise AssertionError(log.read_text(encoding="utf-8"))
    return build
