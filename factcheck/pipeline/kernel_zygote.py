"""Kernels forked from a process that has imported their libraries once (a zygote), instead of each started anew.

A kernel that starts anew spends about 0.8 s of processor time importing ipykernel, pandas and Altair before it
runs a line of a page; the test suite starts about ninety. A zygote imports them once and forks a kernel on request:
the fork then runs the same launcher (`kernel_launcher`), with the same arguments, working folder, environment and
standard streams as the process jupyter_client would have started, and imports the checkout's own package from
its PYTHONPATH, as that process would. Nothing of the package is imported before the fork, so one zygote serves
every checkout that uses the same interpreter.

Used only when FACTCHECK_KERNEL_ZYGOTE names the socket of a running zygote: the test suite starts one per test
process (tests/conftest.py). A build without it, as a reader's or a teacher's, starts each kernel anew. Only a
build's kernels (run by `kernel_launcher`) are forked; papermill's and nbval's own (`-m ipykernel_launcher`, which
load a debugger the zygote leaves out) are started anew. A zygote that is not there or does not answer, or whose
environment differs from the kernel's in a variable read before the fork (`shaping`: PYTHON*, the locale, HOME,
the time zone, numpy's threads...), leaves the kernel to be started anew: a kernel never fails for it.

Run as `python PATH/TO/kernel_zygote.py SOCKET` (by its path, importing nothing of the package). It ends when the
process that started it ends, or on SIGTERM; the kernels it forked end with the processes that asked for them
(`kernel_launcher`).
"""
from __future__ import annotations

import json
import os
import select
import signal
import socket
import sys
import time

VARIABLE = "FACTCHECK_KERNEL_ZYGOTE"   # the folder where the zygotes listen, one socket per flavour
# The two kinds of kernel, each forked by a zygote of its own, named after what starts it:
# - "kernel_launcher": a build's (`kernel.WarmKernel`: python .../kernel_launcher.py), which starts without a
#   debugger and marks rfc3987_syntax absent as the package does; its pages import Altair;
# - "ipykernel_launcher": papermill's and nbval's (python -m ipykernel_launcher), which loads ipykernel's debugger
#   and nothing of the package until a page imports it: Altair (with jsonschema) is left to the page, which may
#   import the package, and so mark rfc3987_syntax absent, first.
FLAVOURS = ("kernel_launcher", "ipykernel_launcher")
# What a kernel of each flavour imports before its first page that no checkout changes: imported once, by its zygote.
PRELOADED = {
    "kernel_launcher": ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell",
                        "IPython.core.interactiveshell", "numpy", "pandas", "altair", "jsonschema"),
    "ipykernel_launcher": ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell",
                           "IPython.core.interactiveshell", "numpy", "pandas"),
}
MARKED_ABSENT = {"kernel_launcher": ("debugpy", "rfc3987_syntax"), "ipykernel_launcher": ()}
CONNECT_SECONDS = 2.0


# Read by the preloaded modules as they are imported (numpy's threads and options, IPython's and traitlets'
# configuration errors), or by Python as it starts besides its own PYTHON* (the user's site folder, under HOME; the
# time zone).
READ_AT_IMPORT = ("OPENBLAS_", "OMP_", "MKL_", "NUMPY_", "NPY_", "IPYTHON_SUPPRESS_CONFIG_ERRORS",
                  "TRAITLETS_APPLICATION_RAISE_CONFIG_FILE_ERROR", "IN_SPHINX_RUN", "HOME", "TZ")


def shaping(environment: dict) -> dict:
    """The variables that shape a Python process as it starts (hash seed, flags, warnings, encoding, locale) or that
    the preloaded modules read as they are imported: a fork of the zygote has the zygote's, so they must be the ones
    the kernel would have had. PYTHONPATH is not one: the fork puts it in front of its module path, as a new
    process would."""
    return {name: value for name, value in environment.items()
            if (name.startswith("PYTHON") and name != "PYTHONPATH") or name == "LANG" or name.startswith("LC_")
            or name.startswith(READ_AT_IMPORT)}


# --- the side that asks (a build's worker, a page's runner) ---------------------------------------------------


class ForkedKernel:
    """A kernel forked by the zygote, answering as the subprocess.Popen of a kernel started anew does where
    jupyter_client's LocalProvisioner asks: pid, poll(), wait(), send_signal(), kill(), terminate(), returncode.
    It is not this process's child: its end is seen through a pidfd, its exit status is sent by the zygote."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int, answers: socket.socket):
        self.pid, self._answers, self.returncode = pid, answers, None
        self._pidfd = os.pidfd_open(pid)

    def poll(self) -> int | None:
        if self.returncode is None and select.select([self._pidfd], [], [], 0)[0]:
            self.returncode = self._exit_status()
        return self.returncode

    def _exit_status(self) -> int:
        """The status the zygote sends once it has reaped the kernel; -1 if it cannot (it ended first)."""
        os.close(self._pidfd)
        try:
            self._answers.settimeout(CONNECT_SECONDS)
            said = self._answers.recv(64).decode()
            return int(json.loads(said)["exit"])
        except (OSError, ValueError, KeyError, TypeError):
            return -1
        finally:
            self._answers.close()

    def wait(self, timeout: float | None = None) -> int:
        import subprocess

        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"kernel {self.pid}", timeout)
            time.sleep(0.02)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


def fork_kernel(command: list[str], options: dict) -> ForkedKernel | None:
    """The kernel jupyter_client would start with `command` and Popen's `options` (env, cwd, stdout, stderr),
    forked by the zygote of its flavour in the folder FACTCHECK_KERNEL_ZYGOTE names; None if there is none, or it
    refuses (then the caller starts the kernel anew)."""
    folder = os.environ.get(VARIABLE, "")
    streams = [_stream(options.get("stdout"), 1), _stream(options.get("stderr"), 2)]
    command = [os.path.expanduser(part) for part in command]
    kind = flavour(command)
    if not folder or sys.platform != "linux" or None in streams or options.get("independent") or not kind:
        return None
    address = os.path.join(folder, kind)
    # what jupyter_client's launch_kernel adds: the process the kernel ends with
    environment = {**(options.get("env") or os.environ), "JPY_PARENT_PID": str(os.getpid())}
    request = json.dumps({"argv": command, "cwd": str(options.get("cwd") or os.getcwd()), "env": environment})
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.settimeout(CONNECT_SECONDS)
        connection.connect(address)
        socket.send_fds(connection, [request.encode()], streams)
        connection.shutdown(socket.SHUT_WR)
        said = json.loads(_line(connection))
        pid = said.get("pid")
        if not isinstance(pid, int):
            connection.close()
            return None
        return ForkedKernel(pid, connection)
    except (OSError, ValueError):
        connection.close()
        return None


def _stream(given, default: int) -> int | None:
    """The descriptor a kernel started anew would write to: the one given, or this process's own; None for what the
    zygote cannot pass on (a pipe Popen would make, DEVNULL): such a kernel is started anew."""
    if given is None:
        return default
    if isinstance(given, int):
        return given if given >= 0 else None
    try:
        return given.fileno()
    except (AttributeError, OSError, ValueError):
        return None


def flavour(command: list[str]) -> str | None:
    """Which zygote forks the kernel `command` starts (FLAVOURS), if any: this interpreter running the build's
    launcher or ipykernel's."""
    if len(command) < 2 or os.path.realpath(command[0]) != os.path.realpath(sys.executable):
        return None
    if os.path.basename(command[1]) == "kernel_launcher.py":
        return "kernel_launcher"
    if command[1:3] == ["-m", "ipykernel_launcher"]:
        return "ipykernel_launcher"
    return None


def _line(connection: socket.socket) -> str:
    said = b""
    while not said.endswith(b"\n"):
        chunk = connection.recv(4096)
        if not chunk:
            break
        said += chunk
    return said.decode()


# --- the zygote ---------------------------------------------------------------------------------------------------


def serve(address: str) -> None:
    """Listen on `address`, a socket named after the flavour of the kernels to fork (FLAVOURS)."""
    import gc
    import importlib

    kind = os.path.basename(address)
    if kind not in FLAVOURS:
        sys.exit(f"kernel zygote: the socket's name must be one of {', '.join(FLAVOURS)}, not {kind!r}")

    gc.disable()
    # Run by its path, the module path starts with this file's folder (factcheck/pipeline/), whose modules must not
    # pass for top-level ones (site, plan, render...); nor may a PYTHONPATH's folders stay in what the forks inherit.
    own_folder = os.path.dirname(os.path.abspath(__file__))
    given = {os.path.abspath(entry) for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep) if entry}
    sys.path[:] = [entry for entry in sys.path
                   if entry and os.path.abspath(entry) != own_folder and os.path.abspath(entry) not in given]
    for name in MARKED_ABSENT[kind]:   # as kernel_launcher marks them, before anything imports them
        sys.modules.setdefault(name, None)
    for name in PRELOADED[kind]:
        importlib.import_module(name)
    import threading

    if threading.active_count() != 1:   # a fork copies only the thread that forks: then nothing is forked
        sys.exit(f"kernel zygote: {threading.active_count()} threads after the imports; not forking")
    gc.freeze()   # what the imports made stays shared with the forks, never copied by a collection
    gc.enable()
    starter, own = os.getppid(), shaping(dict(os.environ))
    base_path = list(sys.path)
    listening = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listening.bind(address)
    listening.listen(16)
    os.chmod(address, 0o600)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    waiting: dict[int, socket.socket] = {}   # kernel pid -> the connection its exit status goes to
    print("ready", flush=True)
    try:
        while os.getppid() == starter:
            if select.select([listening], [], [], 0.25)[0]:
                connection, _ = listening.accept()
                pid = _fork_one(connection, [listening, *waiting.values()], kind, own, base_path)
                if pid:
                    waiting[pid] = connection
                else:
                    connection.close()
            _reap(waiting)
    finally:
        listening.close()
        try:
            os.unlink(address)
        except OSError:
            pass


def _fork_one(connection: socket.socket, others: list, kind: str, own: dict, base_path: list) -> int:
    """Fork the kernel `connection` asks for (others: the zygote's sockets, which the fork closes); its pid, or 0.
    Only for a process of this user (the socket's folder and the socket are this user's alone already)."""
    import struct

    connection.settimeout(CONNECT_SECONDS)
    try:
        credentials = connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        if struct.unpack("3i", credentials)[1] != os.getuid():
            return 0
        message, fds, _, _ = socket.recv_fds(connection, 1 << 20, 2)
        while True:   # the rest of a long request (the environment)
            more = connection.recv(1 << 20)
            if not more:
                break
            message += more
        request = json.loads(message.decode())
        argv, cwd, env = request["argv"], request["cwd"], request["env"]
    except (OSError, ValueError, KeyError, TypeError):
        return 0
    differing = sorted(name for name in set(shaping(env)) | set(own) if shaping(env).get(name) != own.get(name))
    if len(fds) != 2 or differing or flavour(argv) != kind:
        for fd in fds:
            os.close(fd)
        reason = f"the variables {', '.join(differing)} differ" if differing else f"not a kernel of {kind}'s"
        print(f"refused: {reason}", file=sys.stderr, flush=True)
        _say(connection, {"refused": reason})
        return 0
    pid = os.fork()
    if pid == 0:
        for held in (*others, connection):
            held.close()
        _become_the_kernel(kind, argv, cwd, env, fds, base_path)   # never returns
    for fd in fds:
        os.close(fd)
    print(f"forked kernel {pid} in {cwd}", file=sys.stderr, flush=True)
    _say(connection, {"pid": pid})
    return pid


def _become_the_kernel(kind: str, argv: list, cwd: str, env: dict, fds: list, base_path: list) -> None:
    """In the fork: the process jupyter_client would have started, from the launcher on."""
    import atexit
    import importlib
    import runpy

    code = 1
    try:
        os.setsid()   # a session of its own, as jupyter_client starts a kernel (its signals go to its group)
        for signum in (signal.SIGTERM, signal.SIGCHLD):
            signal.signal(signum, signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(fds[0], 1)
        os.dup2(fds[1], 2)
        for fd in (null, *fds):
            os.close(fd)
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(env)
        _defaults_read_at_import(env)
        # the module path a new process would have: the script's folder (for -m, the working folder), then
        # PYTHONPATH's folders, then the interpreter's own
        extra = [os.path.abspath(entry) for entry in env.get("PYTHONPATH", "").split(os.pathsep) if entry]
        first = os.path.dirname(os.path.abspath(argv[1])) if kind == "kernel_launcher" else os.getcwd()
        sys.path[:] = list(dict.fromkeys([first, *extra, *base_path]))
        importlib.invalidate_caches()
        if kind == "kernel_launcher":
            script = os.path.abspath(argv[1])
            sys.argv = [script, *argv[2:]]
            _customize()
            runpy.run_path(script, init_globals={"FORKED_BY_ZYGOTE": True}, run_name="__main__")
        else:
            sys.argv = ["-m", *argv[3:]]   # (run_module puts the module's path first, as -m does)
            _customize()
            _end_with(int(env["JPY_PARENT_PID"]))
            runpy.run_module("ipykernel_launcher", run_name="__main__", alter_sys=True)
        code = 0
    except SystemExit as ended:
        code = ended.code if isinstance(ended.code, int) else (0 if ended.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(code)


def _end_with(asker: int) -> None:
    """End this kernel when the process that asked for it ends. ipykernel's own poller ends a kernel whose parent
    changes; a fork's parent is the zygote, so the poller only waits for the zygote to end (kernel_launcher's kernels
    watch their worker themselves)."""
    import threading

    try:
        watched = os.pidfd_open(asker)
    except OSError:   # gone already
        os._exit(1)

    def watch() -> None:
        select.select([watched], [], [])
        os._exit(1)

    threading.Thread(target=watch, name="factcheck-kernel-asker", daemon=True).start()


def _customize() -> None:
    """What `site` does as a process starts, once its module path is known: import sitecustomize and
    usercustomize, which a checkout's PYTHONPATH may hold (a test's copy has one that makes a kernel misbehave)."""
    import site

    if "sitecustomize" not in sys.modules:
        site.execsitecustomize()
    if site.ENABLE_USER_SITE and "usercustomize" not in sys.modules:
        site.execusercustomize()


def _defaults_read_at_import(env: dict) -> None:
    """ipykernel's application takes two defaults from the environment when its class is made, in the zygote: the
    process the kernel ends with (which also keeps ipykernel from printing its Ctrl-C note) and Windows' interrupt
    event. They are set again from the kernel's own environment, and the temporary folder is looked up again."""
    from ipykernel.kernelapp import IPKernelApp

    traits = IPKernelApp.class_traits()
    for name, variable in (("parent_handle", "JPY_PARENT_PID"), ("interrupt", "JPY_INTERRUPT_EVENT")):
        value = int(env.get(variable) or 0)
        traits[name].default_value = value   # for a subclass made from now on (kernel_launcher's)
        # traitlets keeps the class's own immutable defaults aside when it makes the class (ipykernel_launcher's)
        initial = getattr(IPKernelApp, "_static_immutable_initial_values", {})
        if name in initial:
            initial[name] = value
    if "tempfile" in sys.modules:   # (it reads TMPDIR once, when first asked; none of the imports asks today)
        sys.modules["tempfile"].tempdir = None


def _reap(waiting: dict) -> None:
    while waiting:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        connection = waiting.pop(pid, None)
        if connection is not None:
            _say(connection, {"exit": os.waitstatus_to_exitcode(status)})
            connection.close()


def _say(connection: socket.socket, message: dict) -> None:
    try:
        connection.sendall((json.dumps(message) + "\n").encode())
    except OSError:
        pass


if __name__ == "__main__":
    serve(sys.argv[1])
