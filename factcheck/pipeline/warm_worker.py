"""A build worker kept warm by the warm pool (see `warm`).

Started by the pool (`warm_server`): python -m factcheck.pipeline.warm_worker PROJECT SOCKET MODULES_JSON POOL_PID
PYTHONPATH_JSON (the build's own PYTHONPATH, or null: the pool's process runs with the package's folder put first)

A build's own worker is a process forked for the build: it imports papermill (with nbformat, jsonschema, requests...)
and jupyter_client and connects to its kernel, on both cores while the build itself reads and keeps the ledger (with
the pool's kernels, each worker took 0.32-0.47 s of a warm one-claim edit of about 1.5 s, idle machine; about 0.7 s of
processor time each under load). This process does all that ahead: it is what `execute.prepare_worker` makes of a forked worker, with its own warm kernel (started as the pool's
were: the templates' imports done, Altair imported and vl-convert's engine started), and
then waits on a Unix socket in the pool's private folder for one build.

The build connects (the only connection it accepts, and only from a process of this user) and sends the jobs it
would have given its own workers, as pickles: (function of `execute`, arguments); each answer is ("ok", result) or
("error", exception). Until a build connects it ends with the pool; once connected, with the build (the connection
closing), whatever becomes of the pool, and its kernel with it (the kernel ends with the process that started it:
`kernel_launcher`). It serves one build only, so what a page runs on is what it would be in a build of its own
workers: a kernel that has never executed a page.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import struct
import sys

READY = "ready"   # the line this process prints once it waits for a build (read by warm_server)


def joined(timeline: str) -> None:
    """A build took this worker: the marks of this process and of its kernel go to the build's timeline, if it keeps
    one (the pool started them without)."""
    from factcheck.pipeline import execute
    from factcheck.pipeline.timeline import VARIABLE, mark

    if timeline:
        os.environ[VARIABLE] = timeline
    else:
        os.environ.pop(VARIABLE, None)
    execute._kernel.ensure_started()   # (a new one, should it have died since: as a build's worker would)
    execute._kernel.run_silently("__import__('os').environ.pop(%r, None)" % VARIABLE if not timeline else
                                 "__import__('os').environ[%r] = %r" % (VARIABLE, timeline))
    mark("worker: taken from the warm pool (papermill imported, kernel warm)")


def peer_uid(sock: socket.socket) -> int:
    return struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))[1]


def alive(pid: int | None) -> bool:
    """Is process pid running (not a zombie)? Used by the pool (warm) and by a kernel watching its parent
    (kernel_launcher) too."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rpartition(")")[2].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _serve(connection) -> None:
    """Run what the build sends until it closes the connection."""
    while True:
        try:
            function, arguments = connection.recv()
        except (EOFError, OSError):
            return
        try:
            answer = ("ok", function(*arguments))
        except BaseException as error:   # the build's future gets it, as from a worker of its own
            answer = ("error", error)
        try:
            connection.send(answer)
        except (EOFError, OSError):
            return
        except Exception as error:   # an answer that does not pickle
            connection.send(("error", RuntimeError(f"{type(error).__name__}: {error}")))


def main(argv: list[str]) -> int:
    root, address, modules, pool_pid = argv[0], argv[1], json.loads(argv[2]), int(argv[3])
    builds_own = json.loads(argv[4])   # (this module imports nothing of `warm`, which imports it)
    # the environment a build's forked worker gives its kernel (execute.prepare_worker)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [root, builds_own]))
    os.environ["PYTHONHASHSEED"] = "0"
    from multiprocessing.connection import Connection

    from factcheck.pipeline import execute
    from factcheck.pipeline.kernel import WarmKernel

    kernel = execute._kernel = WarmKernel(modules, True, meanwhile=execute._register_engine)
    execute._project_root = root

    def end(*_) -> None:
        try:
            kernel.shutdown()
        finally:
            os._exit(0)

    signal.signal(signal.SIGTERM, end)   # the pool ends a worker no build took
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        kernel.ensure_started()
        execute._register_engine()
        server.bind(address)
        os.chmod(address, 0o600)
        server.listen(1)
        server.settimeout(0.5)
    except Exception:
        import traceback

        print(f"worker did not start:\n{traceback.format_exc()}", file=sys.stderr, flush=True)
        end()
    print(READY, flush=True)
    os.dup2(2, 1)   # the pool reads no more of it: anything printed later goes to the pool's log, not a closed pipe
    while True:
        try:
            sock, _ = server.accept()
        except socket.timeout:
            if not alive(pool_pid) or not alive(kernel.km.provisioner.pid):   # (the pool starts a new one)
                end()
            continue
        if peer_uid(sock) == os.getuid():
            break
        sock.close()
    server.close()
    try:
        os.unlink(address)
    except OSError:
        pass
    sock.settimeout(None)
    _serve(Connection(sock.detach()))
    end()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
