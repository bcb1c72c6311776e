"""The warm pool: build workers with their kernels and a render process kept ready between builds, as build tools
keep a daemon (Gradle's).

A one-claim edit's build spends most of its time starting what it runs on: two workers (papermill imported) with a
kernel each (started, the templates' imports done, Altair imported, vl-convert's engine started) and the render
process (Sphinx set up ahead). `serve` keeps those between edits inside its own process; the warm pool does it for
`python -m factcheck build`: a process of its own (`warm_server`), started by a build for the next one, holding `jobs`
warm workers (`warm_worker`) and a render process kept ready (`Renderer.keep_one_ready`). A build takes them all; the
pool then starts replacements. What the pool holds has never executed or rendered a page, so what a build executes
and renders on them is what it would on its own.

Found through `_build/warm-pool.json` (owner-only): the pool's process id, its Unix socket (in a private folder,
owner-only) and what it was started for: the project folder, the interpreter, the package and requirements digests,
the templates' imports, the number of kernels, the site's frame and the environment variables that can change a
page. A build whose own differ stops that pool and builds cold. The pool ends after `IDLE_SECONDS` without a build,
on `python -m factcheck warm --stop`, or when the file no longer names it.

A build never fails because of the pool: a pool that is not running, stale, busy, for other code, or that does not
answer means a cold build, with one line saying so. A worker taken from the pool that stops answering is replaced by
one of the build's own (`PooledWorkers`); a render process that does not answer by a new one. Workers taken serve
the build from then on: they end with its connection (and their kernels with them), not with the pool.

On by default for a person at a terminal; off with `build --no-warm`, or FACTCHECK_WARM=0 (FACTCHECK_WARM=1: on even
without a terminal, as the benchmark's warm edit does). The test suite turns it off (tests/conftest.py).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

from factcheck.pipeline.warm_worker import alive  # noqa: F401  (also used by the tests: one copy, the worker's)
from factcheck.pipeline.timeline import VARIABLE as TIMELINE_VARIABLE, mark

VARIABLE = "FACTCHECK_WARM"          # 0: off, 1: on; unset: on when the build runs at a terminal (and not on CI)
IDLE_VARIABLE = "FACTCHECK_WARM_IDLE"  # seconds without a build before the pool ends (tests shorten it)
IDLE_SECONDS = 600
INFO_NAME = "warm-pool.json"
LOG_NAME = "warm-pool.log"
LOCK_NAME = "warm-pool.lock"
CONNECT_SECONDS = 2.0
TAKE_SECONDS = 30.0    # a pool still warming up (just refilled) is waited for this long at most
RESTORE = "FACTCHECK_WARM_RESTORE"  # the build's PYTHONPATH, given back to the pool's process once it has started
# Variables that can change what a page or the render gives: the pool's workers, kernels and render process have
# the environment of the build that started the pool, so a build with other values of these does not use it.
KEY_PREFIXES = ("PYTHON", "LANG", "LC_", "TZ", "HOME", "PATH", "JUPYTER", "IPYTHON", "MPL", "FACTCHECK_")
KEY_IGNORED = (TIMELINE_VARIABLE, VARIABLE, IDLE_VARIABLE)


class PoolProblem(Exception):
    pass


def enabled(flag: bool | None = None) -> bool:
    """flag: --warm/--no-warm. Else FACTCHECK_WARM, else on for a person at a terminal (not on CI)."""
    if flag is not None:
        return flag
    setting = os.environ.get(VARIABLE, "").strip().lower()
    if setting in ("0", "no", "off", "false"):
        return False
    if setting in ("1", "yes", "on", "true"):
        return True
    return not os.environ.get("CI") and sys.stdin is not None and sys.stdin.isatty()


def info_path(project_root: Path) -> Path:
    return Path(project_root) / "_build" / INFO_NAME


def key_parts(project_root: Path, jobs: int, code: str) -> dict:
    """What the pool must have been started for to serve this build (code: package + requirements digests)."""
    from factcheck.pipeline.kernel import template_imports
    from factcheck.pipeline.plan import load_plan
    from factcheck.pipeline.site import frame_digest

    root = Path(project_root).resolve()
    templates = sorted(root / t for t in {page.template for page in load_plan(root).executed})
    variables = sorted((k, v) for k, v in os.environ.items() if k.startswith(KEY_PREFIXES) and k not in KEY_IGNORED
                       and not k.startswith(VARIABLE + "_"))
    return {"folder": str(root), "interpreter": sys.executable, "code": code, "kernels": jobs,
            "imports": _digest(template_imports(templates)), "site frame": frame_digest(root),
            "environment": _digest(variables)}


def _digest(value) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode("utf-8")).hexdigest()[:16]


# ---- talking to the pool -------------------------------------------------------------------------------------------

class Connection:
    """One JSON line each way over the pool's Unix socket."""

    def __init__(self, path: str, timeout: float | None = None):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(CONNECT_SECONDS if timeout is None else timeout)   # (read now: a test shortens it)
        try:
            self.sock.connect(path)
            # _build/ comes with a folder a participant hands in: its file may name any socket. Only a process of
            # this user may be taken for a pool (its kernels run the pages; its render writes the site).
            uid = struct.unpack("3i", self.sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                                           struct.calcsize("3i")))[1]
            if uid != os.getuid():
                raise PoolProblem(f"its socket is another user's (uid {uid}), not a pool of this user's")
        except BaseException:
            self.sock.close()
            raise
        self.buffer = b""

    def ask(self, request: dict, timeout: float | None) -> dict:
        self.sock.settimeout(timeout)
        self.sock.sendall(json.dumps(request).encode("utf-8") + b"\n")
        return self.answer(timeout)

    def answer(self, timeout: float | None) -> dict:
        self.sock.settimeout(timeout)
        while b"\n" not in self.buffer:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise PoolProblem("the pool closed the connection")
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return json.loads(line)

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


def read_info(project_root: Path) -> dict | None:
    try:
        info = json.loads(info_path(project_root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) and isinstance(info.get("socket"), str) else None


def connect(project_root: Path) -> tuple[dict, Connection]:
    """The pool's file and a connection to it; PoolProblem (why, in words) if there is none that answers."""
    info = read_info(project_root)
    if info is None:
        raise PoolProblem("none running" if not info_path(project_root).exists() else
                          f"{INFO_NAME} is unreadable")
    try:
        return info, Connection(info["socket"])
    except OSError as error:
        raise PoolProblem(f"its socket does not answer ({error.strerror or error}): a stale {INFO_NAME}") from None


class Lease:
    """What one build took from the pool: its workers (each with its warm kernel; `workers`: connections to them,
    opened by `take`) and its render process. The connection to the pool stays open while the build runs; closed
    (the build ended, or was killed), the pool ends what the build took and starts replacements."""

    def __init__(self, connection: Connection, reply: dict, project_root: Path):
        self.connection, self.project_root = connection, project_root
        self.workers: list = []
        self.render_pid: int | None = reply.get("render pid")
        self.warm_since: float = reply.get("warm since", 0.0)

    def renderer(self, site_root: Path, work: Path, echo) -> "PooledRenderer":
        return PooledRenderer(self, site_root, work, echo)

    def release(self) -> None:
        try:
            self.connection.ask({"op": "release"}, timeout=CONNECT_SECONDS)
        except Exception:
            pass
        self.connection.close()


def take(project_root: Path, jobs: int, code: str, echo) -> Lease | None:
    """The pool's workers and render process for this build, or None (one line said why, if there was a pool)."""
    try:
        info, connection = connect(project_root)
    except PoolProblem as problem:
        if info_path(project_root).exists():
            echo(f"warm pool: {problem}; building cold")
            _remove_info(project_root, None)
        return None
    try:
        parts = key_parts(project_root, jobs, code)
        reply = connection.ask({"op": "take", "key": parts}, timeout=CONNECT_SECONDS)
        if reply.get("warming"):   # it answers at once, and again once what it holds is warm
            reply = connection.answer(timeout=TAKE_SECONDS + 5)
    except Exception as error:
        connection.close()
        echo(f"warm pool: did not answer ({_words(error)}); stopped it, building cold")
        stop(project_root)
        return None
    if not reply.get("ok"):
        connection.close()
        if "folder" in (reply.get("other") or ()):   # the file came with a copy of another project's _build/
            _remove_info(project_root, info)
            echo(f"warm pool: _build/{INFO_NAME} names the pool of another folder (copied with _build/?); "
                 "left it running, building cold")
        elif reply.get("other"):
            stop(project_root)
            echo(f"warm pool: started for another {', '.join(reply['other'])}; stopped it, building cold")
        else:
            echo(f"warm pool: {reply.get('why', 'refused')}; building cold")
        return None
    lease = Lease(connection, reply, project_root)
    try:
        for worker in reply["workers"]:
            lease.workers.append(_worker_connection(worker["socket"]))
    except Exception as error:   # (a worker ended since it was offered)
        for taken in lease.workers:
            taken.close()
        lease.release()
        echo(f"warm pool: a worker did not answer ({_words(error)}); building cold")
        return None
    mark("build: workers (kernels warm) and render process taken from the warm pool")
    echo(f"warm pool: {len(lease.workers)} worker(s) with warm kernels and a render process taken "
         f"(ready for {max(0.0, time.time() - lease.warm_since):.0f} s)")
    return lease


def _words(error: BaseException) -> str:
    return str(error) or type(error).__name__


def after_build(project_root: Path, lease: Lease | None, jobs: int, code: str, echo) -> None:
    """Give the lease back (the pool starts replacements), or start a pool for the next build if none runs."""
    if lease is not None:
        lease.release()   # the pool starts replacements (if it has not ended meanwhile: then a new one starts)
    try:
        _, connection = connect(project_root)
    except PoolProblem:
        spawn(project_root, jobs, code)
        return
    connection.close()


def spawn(project_root: Path, jobs: int, code: str) -> None:
    """Start the pool's process, detached (it outlives this build), its output in _build/warm-pool.log."""
    root = Path(project_root).resolve()
    work = root / "_build"
    work.mkdir(parents=True, exist_ok=True)
    parts = key_parts(root, jobs, code)
    package_root = str(Path(__file__).parents[2])
    environment = {k: v for k, v in os.environ.items() if k != TIMELINE_VARIABLE}
    environment[RESTORE] = json.dumps({"PYTHONPATH": os.environ.get("PYTHONPATH")})
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))
    with open(work / LOG_NAME, "ab") as log:
        subprocess.Popen([sys.executable, "-m", "factcheck.pipeline.warm_server", str(root), json.dumps(parts)],
                         cwd=root, env=environment, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                         start_new_session=True, close_fds=True)
    mark("build: warm pool started for the next build")


def stop(project_root: Path) -> str:
    """Ask the pool to end (or end its process, if it does not answer); returns what happened, in words."""
    info = read_info(project_root)
    if info is None:
        _remove_info(project_root, None)
        return "no warm pool running"
    try:
        connection = Connection(info["socket"])
        try:
            connection.ask({"op": "stop"}, timeout=CONNECT_SECONDS)
        finally:
            connection.close()
        _wait_gone(info.get("pid"), 10)
        return f"warm pool stopped (process {info.get('pid')})"
    except Exception:
        pid = info.get("pid")
        was_pool = _is_pool(pid)
        if was_pool:
            os.kill(pid, signal.SIGTERM)
            _wait_gone(pid, 10)
        _remove_info(project_root, info)
        return f"warm pool did not answer; ended its process {pid}" if was_pool else \
            "warm pool: its file was stale; removed"


def _remove_info(project_root: Path, info: dict | None) -> None:
    """Remove _build/warm-pool.json (if it still names the pool `info` describes, when given)."""
    try:
        if info is None or read_info(project_root) == info:
            info_path(project_root).unlink(missing_ok=True)
    except OSError:
        pass


def _is_pool(pid) -> bool:
    try:
        return isinstance(pid, int) and b"factcheck.pipeline.warm_server" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _wait_gone(pid, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while isinstance(pid, int) and alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)


def status(project_root: Path) -> dict | None:
    """The pool's own account ({"ready": ..., "pid": ...}) or None when none answers."""
    try:
        _, connection = connect(project_root)
    except PoolProblem:
        return None
    try:
        return connection.ask({"op": "status"}, timeout=CONNECT_SECONDS * 5)
    except Exception:
        return None
    finally:
        connection.close()


def wait_until_ready(project_root: Path, seconds: float) -> bool:
    """True once a pool answers with everything warm (the benchmark waits so before its warm edit)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        answer = status(project_root)
        if answer and answer.get("ready"):
            return True
        time.sleep(0.2)
    return False


# ---- the workers taken from the pool, in a build ---------------------------------------------------------------------

def _worker_connection(address: str):
    """A connection to a worker of the pool (`warm_worker`), taken for a pool's only if a process of this user's
    listens on it."""
    from multiprocessing.connection import Connection

    from factcheck.pipeline.warm_worker import peer_uid

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(CONNECT_SECONDS)
        sock.connect(address)
        if peer_uid(sock) != os.getuid():
            raise PoolProblem("a worker's socket is another user's")
        sock.settimeout(None)
        return Connection(sock.detach())
    finally:
        sock.close()


class PooledWorkers:
    """The build's workers, taken from the pool: used as the ProcessPoolExecutor of workers forked for the build
    (`submit`, `shutdown`; see parallel.run_jobs). One thread per worker sends it the jobs, in the order submitted,
    and waits for each answer. A worker that stops answering (killed) hands the job it had, and the next ones its
    thread takes, to a worker of the build's own (`fallback()` makes them, once; a line on `say` tells): a page is
    executed again from the start, as after any failure, so what is written is the same."""

    def __init__(self, connections: list, say, fallback):
        import queue
        import threading

        self.say, self.make_fallback, self.fallback = say, fallback, None
        self.lock = threading.Lock()
        self.ended = False
        self.jobs = queue.SimpleQueue()
        timeline = os.environ.get(TIMELINE_VARIABLE, "")
        self.threads = [threading.Thread(target=self._serve, args=(connection, timeline), daemon=True,
                                         name=f"factcheck-pooled-worker-{n}")
                        for n, connection in enumerate(connections)]
        for thread in self.threads:
            thread.start()

    def submit(self, function, *arguments):
        from concurrent.futures import Future

        future = Future()
        self.jobs.put((future, function, arguments))
        return future

    def _serve(self, connection, timeline: str) -> None:
        from factcheck.pipeline.warm_worker import joined

        try:
            connection.send((joined, (timeline,)))
            answered = connection.recv()
            if answered[0] != "ok":
                raise answered[1]
        except Exception as error:
            connection = self._lost(connection, error)
        while True:
            item = self.jobs.get()
            if item is None:
                break
            future, function, arguments = item
            if not future.set_running_or_notify_cancel():
                continue
            answer = None
            if connection is not None:
                try:
                    connection.send((function, arguments))
                    answer = connection.recv()
                except (EOFError, OSError) as error:
                    connection = self._lost(connection, error)
            if answer is None:
                try:
                    answer = ("ok", self._fallback().submit(function, *arguments).result())
                except BaseException as error:
                    answer = ("error", error)
            if answer[0] == "ok":
                future.set_result(answer[1])
            else:
                future.set_exception(answer[1])
        if connection is not None:
            connection.close()   # the worker ends, with its kernel

    def _lost(self, connection, error: BaseException) -> None:   # (the connection, now none)
        connection.close()
        self.say(f"warm pool: a worker taken from it stopped answering ({_words(error)}); its pages run on a "
                 "worker of the build's own")
        return None

    def _fallback(self):
        with self.lock:
            if self.fallback is None:
                self.fallback = self.make_fallback(len(self.threads))
            return self.fallback

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        """Cancel what has not begun (cancel_futures), wait for the rest, close the connections (each worker then
        ends, with its kernel)."""
        import queue

        if cancel_futures:
            while True:
                try:
                    item = self.jobs.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item[0].cancel()
        with self.lock:
            first, self.ended = not self.ended, True
        for _ in self.threads if first else ():
            self.jobs.put(None)   # after every job submitted: each thread ends once the queue is done
        for thread in self.threads:
            thread.join()
        with self.lock:
            if self.fallback is not None:
                self.fallback.shutdown(wait=wait, cancel_futures=cancel_futures)


# ---- the render process kept by the pool ---------------------------------------------------------------------------

class PooledRenderer:
    """The render process the pool kept ready, asked to render through the pool (`site.build_site` uses it as a
    `Renderer`). If the pool does not answer, its render process is ended and a new one renders, from a fresh state
    when the pool's may have begun writing it."""

    def __init__(self, lease: Lease, site_root: Path, work: Path, echo):
        self.lease, self.site_root, self.work, self.echo = lease, Path(site_root), Path(work), echo
        self.waited = 0.0
        mark("build: render process taken from the warm pool")

    def render(self) -> tuple[int, str]:
        try:
            reply = self.lease.connection.ask({"op": "render", "timeline": os.environ.get(TIMELINE_VARIABLE, "")},
                                              timeout=None)
            if not reply.get("ok"):
                raise PoolProblem(reply.get("why", "refused"))
            self.waited = float(reply.get("waited", 0.0))
            return int(reply["status"]), str(reply["output"])
        except Exception as error:
            return self._render_anew(error)

    def _render_anew(self, error: BaseException) -> tuple[int, str]:
        from factcheck.pipeline.site import STATE_FOLDER, Renderer

        pid = self.lease.render_pid
        if alive(pid) and b"factcheck.pipeline.render" in Path(f"/proc/{pid}/cmdline").read_bytes():
            os.kill(pid, signal.SIGKILL)   # it may have begun: its state is not to be trusted
            _wait_gone(pid, 10)
        shutil.rmtree(self.work / STATE_FOLDER, ignore_errors=True)
        (self.work / STATE_FOLDER).mkdir(parents=True, exist_ok=True)
        self.echo(f"warm pool: its render process did not answer ({_words(error)}); rendering the whole site "
                  "with a new one")
        renderer = Renderer(self.site_root, self.work)
        result = renderer.render()
        self.waited = renderer.waited
        return result

    def cancel(self) -> None:
        """Nothing to do: the pool ends the render process it gave once the build gives the lease back."""


# ---- python -m factcheck warm ----------------------------------------------------------------------------------------

DESCRIPTION = """\
The warm pool: build workers (papermill imported) with a kernel each (the
templates' imports done, Altair imported, vl-convert started) and a Sphinx
render process set up ahead, kept between builds by a
process of their own, so that an edit's build does not wait for them. A build
takes them and the pool starts replacements; it is found through
_build/warm-pool.json and ends after 10 minutes without a build
(FACTCHECK_WARM_IDLE seconds). `build` starts one for the next build when none
runs, unless turned off: `build --no-warm`, or FACTCHECK_WARM=0 (it is on by
default only when the build runs at a terminal; FACTCHECK_WARM=1 turns it on
anywhere)."""


def register(commands) -> None:
    import argparse

    parser = commands.add_parser("warm", help="the warm pool of build workers kept between builds: status, stop",
                                 description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stop", action="store_true", help="stop the pool of this project")
    parser.add_argument("--wait", type=float, default=None, metavar="SECONDS",
                        help="wait until the pool is ready (everything warm), at most SECONDS; exit 1 if it is not")
    parser.add_argument("--root", type=Path, default=None, help="the project (default: this checkout)")
    parser.set_defaults(run=run_warm)


def run_warm(args) -> int:
    from factcheck import paths

    root = (args.root or paths.ROOT).resolve()
    if args.stop:
        print(stop(root))
        return 0
    if args.wait is not None:
        ready = wait_until_ready(root, args.wait)
        print("warm pool ready" if ready else f"warm pool not ready after {args.wait:g} s")
        return 0 if ready else 1
    answer = status(root)
    if answer is None:
        print("no warm pool running" + (f" ({INFO_NAME} is stale)" if info_path(root).exists() else ""))
        return 0
    print(f"warm pool: process {answer.get('pid')}, {'ready' if answer.get('ready') else 'warming up'}, "
          f"{answer.get('builds', 0)} build(s) served, ends after {answer.get('idle', 0):.0f} s without a build")
    return 0
