"""The warm pool's process (see `warm`): python -m factcheck.pipeline.warm_server PROJECT KEY_JSON

Started by a build, detached, its output in _build/warm-pool.log. It holds one lock (_build/warm-pool.lock: a second
pool for the project ends at once), listens on a Unix socket in a private folder and names it in
_build/warm-pool.json (owner-only). One thread per worker keeps a warm build worker (`warm_worker`: a process with
papermill imported and a warm kernel of its own, started as a build's worker starts it, vl-convert's engine started
too); one keeps a render process ready (`site.Renderer`). A build takes them all ("take"; it then talks to the
workers itself, through their own sockets), asks for the render through the same connection ("render": the process
is this one's child), and gives them back ("release", or the connection closing): each thread then ends what it gave
(the worker has ended already, with the build's connection, normally) and starts a replacement. Requests are JSON
lines.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path

from factcheck.pipeline.socket_folder import make_socket_folder, socket_parent
from factcheck.pipeline.warm import (IDLE_SECONDS, IDLE_VARIABLE, INFO_NAME, LOCK_NAME, RESTORE, TAKE_SECONDS,
                                     read_info)
from factcheck.pipeline.warm_worker import READY

FAILURES_BEFORE_GIVING_UP = 3


def say(line: str) -> None:
    print(f"{time.strftime('%Y-%m-%d %H:%M:%S')} [{os.getpid()}] {line}", flush=True)


class LeaseState:
    def __init__(self):
        self.ended = False


class Pool:
    def __init__(self, root: Path, parts: dict, folder: Path):
        from factcheck.pipeline.kernel import template_imports
        from factcheck.pipeline.plan import load_plan

        self.root, self.parts, self.folder = root, parts, folder
        self.work = root / "_build"
        self.modules = template_imports(sorted(root / t for t in {p.template for p in load_plan(root).executed}))
        self.cond = threading.Condition()
        self.stopping = False
        self.lease: LeaseState | None = None
        self.last = time.time()
        self.builds = 0
        self.ready_since = 0.0
        self.idle = float(os.environ.get(IDLE_VARIABLE) or IDLE_SECONDS)
        self.workers = [WorkerSlot(self, n) for n in range(int(parts["kernels"]))]
        self.render = RenderSlot(self)

    def start(self) -> None:
        for slot in [*self.workers, self.render]:
            slot.start()

    def ready(self) -> bool:
        return all(slot.info is not None for slot in self.workers) and self.render.renderer is not None

    def stop(self, why: str) -> None:
        with self.cond:
            if not self.stopping:
                say(f"stopping: {why}")
            self.stopping = True
            for slot in self.workers:
                if slot.starting is not None:
                    slot.starting.terminate()   # (a worker starts its kernel in seconds: not waited for)
            self.cond.notify_all()

    def close(self) -> None:
        self.stop("closing")
        for slot in [*self.workers, self.render]:
            slot.join(timeout=15)

    # ---- requests ----

    def handle(self, connection: socket.socket) -> None:
        reader = connection.makefile("rb")
        lease = None
        try:
            for line in reader:
                request = json.loads(line)
                op = request.get("op")
                if op == "status":
                    answer = {"ok": True, "pid": os.getpid(), "ready": self.ready() and self.render.set_up,
                              "builds": self.builds, "idle": self.idle}
                elif op == "stop":
                    _send(connection, {"ok": True})
                    self.stop("asked to (warm --stop, or a build for other code)")
                    return
                elif op == "take":
                    answer, lease = self.take(request, lambda: _send(connection, {"ok": None, "warming": True}))
                elif op == "render" and lease is not None:
                    answer = self.render_for(lease, request.get("timeline") or None)
                elif op == "release":
                    _send(connection, {"ok": True})
                    return
                else:
                    answer = {"ok": False, "why": f"unknown request {op!r}"}
                _send(connection, answer)
        except (OSError, ValueError) as error:
            say(f"connection ended: {error}")
        finally:
            if lease is not None:
                with self.cond:
                    lease.ended = True
                    self.lease = None
                    self.last = time.time()
                    self.builds += 1
                    self.cond.notify_all()
                say("lease ended: replacing what the build took")
            connection.close()

    def take(self, request: dict, warming) -> tuple[dict, LeaseState | None]:
        """What the pool holds, once warm (warming() is called first if it is not yet: the build knows it answers)."""
        theirs = request.get("key") or {}
        other = sorted(name for name in set(theirs) | set(self.parts) if theirs.get(name) != self.parts.get(name))
        if other:
            say("a build for another " + "; ".join(f"{name} ({theirs.get(name)!r}, not {self.parts.get(name)!r})"
                                                   for name in other))
            return {"ok": False, "other": other}, None
        deadline = time.monotonic() + TAKE_SECONDS
        with self.cond:
            if self.lease is not None:
                return {"ok": False, "why": "busy with another build"}, None
            if not self.ready():
                warming()
            while not self.ready():
                if self.stopping:
                    return {"ok": False, "why": "stopping"}, None
                if time.monotonic() > deadline:
                    return {"ok": False, "why": f"still warming up after {TAKE_SECONDS:.0f} s"}, None
                self.cond.wait(0.2)
            lease = self.lease = LeaseState()
            workers = []
            for slot in self.workers:
                workers.append(slot.info)
                slot.info, slot.taken = None, lease
            renderer = self.render.renderer
            self.render.renderer, self.render.taken, self.render.given = None, lease, renderer
            self.cond.notify_all()
        say(f"taken: {len(workers)} worker(s) and render process {renderer.process.pid}")
        return {"ok": True, "workers": workers, "render pid": renderer.process.pid,
                "warm since": self.ready_since}, lease

    def render_for(self, lease: LeaseState, timeline: str | None) -> dict:
        renderer = self.render.given
        if renderer is None or lease is not self.render.taken:
            return {"ok": False, "why": "no render process taken"}
        status, output = renderer.render(timeline)
        return {"ok": True, "status": status, "output": output, "waited": renderer.waited}


def _send(connection: socket.socket, answer: dict) -> None:
    connection.sendall(json.dumps(answer).encode("utf-8") + b"\n")


class WorkerSlot(threading.Thread):
    """One warm build worker at a time (`warm_worker`: papermill imported, its kernel warm): started, offered,
    taken, ended, replaced."""

    def __init__(self, pool: Pool, number: int):
        super().__init__(name=f"worker-{number}", daemon=True)
        self.pool, self.number = pool, number
        self.info: dict | None = None
        self.taken: LeaseState | None = None
        self.started = 0
        self.starting: subprocess.Popen | None = None   # a worker not ready yet: ended at once if the pool stops

    def run(self) -> None:
        failures = 0
        while not self.pool.stopping:
            worker, address = self._start()
            if worker is None and self.pool.stopping:
                return
            if worker is None:
                failures += 1
                if failures >= FAILURES_BEFORE_GIVING_UP:
                    self.pool.stop(f"worker {self.number} failed to start {failures} times")
                    return
                time.sleep(1)
                continue
            failures = 0
            with self.pool.cond:
                self.info = {"pid": worker.pid, "socket": address}
                self.pool.ready_since = time.time() if self.pool.ready() else self.pool.ready_since
                self.pool.cond.notify_all()
                while not self.pool.stopping and self.taken is None and worker.poll() is None:
                    self.pool.cond.wait(1.0)
                taken = self.taken
                while taken is not None and not taken.ended and not self.pool.stopping:
                    self.pool.cond.wait(1.0)
                self.info = None if taken is None else self.info
                given_away = taken is not None and not taken.ended   # the pool stops while a build has it
                self.taken = None
            if not given_away:
                _end(worker)   # (a build's worker has ended already, with its connection)
                Path(address).unlink(missing_ok=True)

    def _start(self):
        self.started += 1
        address = str(self.pool.folder / f"worker-{self.number}-{self.started}.sock")
        # the worker imports the code this process runs (the build's that started the pool: see warm.spawn)
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parents[2]),
                                                                                os.environ.get("PYTHONPATH")]))}
        worker = subprocess.Popen([sys.executable, "-m", "factcheck.pipeline.warm_worker", str(self.pool.root),
                                   address, json.dumps(self.pool.modules), str(os.getpid()),
                                   json.dumps(os.environ.get("PYTHONPATH"))],
                                  cwd=self.pool.root, env=environment, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, close_fds=True)
        with self.pool.cond:
            self.starting = worker
            if self.pool.stopping:
                worker.terminate()
        line = worker.stdout.readline().decode("utf-8", "replace").strip()
        worker.stdout.close()
        with self.pool.cond:
            self.starting = None
        if line != READY:
            _end(worker)
            if not self.pool.stopping:
                say(f"worker {self.number} did not start (it said {line!r})")
            return None, address
        say(f"worker {self.number} warm (process {worker.pid})")
        return worker, address


def _end(worker: subprocess.Popen) -> None:
    """End a worker the pool started (it ends its kernel as it goes: `warm_worker`)."""
    if worker.poll() is None:
        worker.terminate()
        try:
            worker.wait(10)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()


class RenderSlot(threading.Thread):
    """One render process at a time, set up ahead (`site.Renderer`), offered, taken, ended, replaced."""

    def __init__(self, pool: Pool):
        super().__init__(name="render", daemon=True)
        self.pool = pool
        self.renderer = None     # ready to be taken
        self.given = None        # taken by the current lease
        self.taken: LeaseState | None = None
        self.set_up = False

    def run(self) -> None:
        from factcheck.pipeline.site import Renderer

        while not self.pool.stopping:
            Renderer.keep_one_ready(self.pool.root, self.pool.work)
            renderer = Renderer(self.pool.root, self.pool.work)   # the one just started, now this slot's own
            with self.pool.cond:
                self.renderer, self.set_up = renderer, False
                self.pool.cond.notify_all()
            self.set_up = renderer.wait_until_ready(300)
            with self.pool.cond:
                if self.pool.ready():
                    self.pool.ready_since = time.time()
                while not self.pool.stopping and self.taken is None and renderer.process.poll() is None:
                    self.pool.cond.wait(1.0)
                taken = self.taken
                while taken is not None and not taken.ended and not self.pool.stopping:
                    self.pool.cond.wait(1.0)
                if taken is None:
                    self.renderer = None
                self.taken = self.given = None
            if renderer.process.poll() is None:
                if taken is not None and not taken.ended:   # stopping during a build: let it render, then end
                    continue
                renderer.cancel()
            elif not renderer._output.closed:
                renderer._read_output()


def main(argv: list[str]) -> int:
    root, parts = Path(argv[0]).resolve(), json.loads(argv[1])
    for name, value in json.loads(os.environ.pop(RESTORE, "{}")).items():   # the build's own, as its workers had
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    work = root / "_build"
    work.mkdir(parents=True, exist_ok=True)
    lock = open(work / LOCK_NAME, "a")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        say("another warm pool serves this project; ending")
        return 0
    import signal

    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))   # ended by `kill`: its folder is removed below
    _remove_folders_of_pools_gone()
    folder = Path(make_socket_folder(FOLDER_PREFIX))   # owner-only (0700)
    address = folder / "pool.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(address))
    os.chmod(address, 0o600)
    server.listen(8)
    server.settimeout(1.0)
    pool = Pool(root, parts, folder)
    info = {"pid": os.getpid(), "socket": str(address), "key": parts, "started": time.time()}
    _write_info(work / INFO_NAME, info)
    say(f"warm pool for {root} listening on {address}")
    pool.start()
    checked = time.monotonic()
    try:
        while not pool.stopping:
            try:
                connection, _ = server.accept()
            except socket.timeout:
                connection = None
            if connection is not None:
                if not _same_user(connection):
                    connection.close()
                    continue
                connection.settimeout(None)
                threading.Thread(target=pool.handle, args=(connection,), daemon=True).start()
            with pool.cond:
                idle = pool.lease is None and time.time() - pool.last > pool.idle
            if idle:
                pool.stop(f"no build for {pool.idle:.0f} s")
            if time.monotonic() - checked > 2:
                checked = time.monotonic()
                if read_info(root) != info:
                    pool.stop(f"{INFO_NAME} no longer names this pool")
    finally:
        server.close()
        pool.close()
        if read_info(root) == info:
            (work / INFO_NAME).unlink(missing_ok=True)
        shutil.rmtree(folder, ignore_errors=True)
        say("ended")
    return 0


FOLDER_PREFIX = "factcheck-warm-"
STALE_FOLDER_SECONDS = 60   # a folder younger than this may be a pool's that is starting: left alone


def _remove_folders_of_pools_gone() -> None:
    """A pool ended by SIGKILL (or by the machine) left its folder in the temporary folder, one per pool: the folders
    of this user's pools whose socket no process listens on any more are removed (never a folder of another user,
    nor one made in the last minute, whose pool may not listen yet)."""
    for folder in Path(socket_parent()).glob(FOLDER_PREFIX + "*"):
        try:
            info = folder.lstat()
            if not folder.is_dir() or folder.is_symlink() or info.st_uid != os.getuid() \
                    or time.time() - info.st_mtime < STALE_FOLDER_SECONDS:
                continue
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                probe.settimeout(1.0)
                probe.connect(str(folder / "pool.sock"))
                continue   # a pool listens: in use
            except (FileNotFoundError, ConnectionRefusedError):
                pass
            finally:
                probe.close()
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def _same_user(connection: socket.socket) -> bool:
    import struct

    try:
        credentials = connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        _, uid, _ = struct.unpack("3i", credentials)
        return uid == os.getuid()
    except OSError:
        return False


def _write_info(path: Path, info: dict) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        json.dump(info, file)
    os.replace(temporary, path)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
