"""Kernels and render processes forked from a process that has imported their libraries once (a zygote), instead
of each started anew.

A kernel started anew spends most of its start importing ipykernel and pandas (and, for a build's, Altair): forked,
a build's kernel was ready in 0.28 processor seconds against 0.86, papermill's in 0.10 against 0.52
(benchmarks/zygote.py, medians of three, one run). A render process (`python -m factcheck.pipeline.render`)
spends about 0.5 processor seconds importing Sphinx, myst-nb and the theme. The test suite starts about ninety
kernels and sixty render processes. A zygote imports those libraries once and forks on request: the fork then runs
the same module or script, with the same arguments, working folder, environment, module path and standard streams
as the process started anew would have, and imports the checkout's own package from its PYTHONPATH, as that process
would. Nothing of the package is imported before the fork, so one zygote serves every checkout that uses the same
interpreter.

Used only when FACTCHECK_ZYGOTES names a folder where zygotes listen, one per flavour (FLAVOURS): the test
suite starts one of each for each of its test processes (tests/conftest.py). A build without it, as a reader's or a
teacher's, starts each process anew. When there is no zygote, it does not answer in time, or it cannot fork the very
process one started anew would be (`_refusal`, `_fork_one`: an environment that differs in what was read before
the fork, no fixed hash seed, another sitecustomize, PYTHONSAFEPATH, an asker in another pid namespace, a render
asked for from another session, a Popen option it does not know), the process is started anew: nothing fails for
it.

Run as `python PATH/TO/zygote.py SOCKET STARTER_PID` (by its path, importing nothing of the package); the
socket's name is the flavour. It ends when the process STARTER_PID ends (taking its socket, its log and, if then
empty, its folder), or on SIGTERM (taking its socket); a kernel it forked ends with the process that asked for it, a
render process as one started anew ends (when told, or when its orders' pipe closes).
"""
from __future__ import annotations

import json
import os
import select
import signal
import socket
import struct
import sys
import time

VARIABLE = "FACTCHECK_ZYGOTES"   # the folder where the zygotes listen, one socket per flavour
# The kinds of process, each forked by a zygote of its own, named after what starts it: two kinds of kernel,
# - "kernel_launcher": a build's (`kernel.WarmKernel`: python .../kernel_launcher.py), which starts without a
#   debugger and marks rfc3987_syntax absent as the package does; its pages import Altair;
# - "ipykernel_launcher": papermill's and nbval's (python -m ipykernel_launcher), which loads ipykernel's debugger
#   and nothing of the package until a page imports it: Altair (with jsonschema) is left to the page, which may
#   import the package, and so mark rfc3987_syntax absent, first;
# and a build's render process, "render" (`site.Renderer`: python -m factcheck.pipeline.render), which reads its
# orders on its standard input and runs in the process group of the build that asked for it, as one started anew does.
FLAVOURS = ("kernel_launcher", "ipykernel_launcher", "render")
KERNELS = FLAVOURS[:2]
# What a process of each flavour imports before its first page (or render) that no checkout changes: imported once,
# by its zygote. The render's are render.RENDER_IMPORTS (a test holds the two the same). A render started anew
# defers myst-nb's execution clients (execution_clients.defer); its zygote imports them (with jupyter-cache and
# SQLAlchemy), as serve's forkserver does, and defer() then leaves them: with gc, which the zygote imports and the
# render imports as it sets up, the one difference in what is imported.
PRELOADED = {
    "kernel_launcher": ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell",
                        "IPython.core.interactiveshell", "numpy", "pandas", "altair", "jsonschema"),
    "ipykernel_launcher": ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell",
                           "IPython.core.interactiveshell", "numpy", "pandas"),
    "render": ("sphinx.application", "sphinx.builders.html", "sphinx.util.docutils", "jupyter_book.config",
               "myst_nb.sphinx_ext", "sphinx_book_theme", "pydata_sphinx_theme", "sphinx_togglebutton",
               "sphinx_copybutton", "sphinx_comments", "sphinx_external_toc", "sphinx_multitoc_numbering",
               "sphinx.ext.intersphinx", "sphinx.search.en", "soupsieve"),
}
# What each marks absent before anything imports it, as the package's __init__ does (rfc3987_syntax) and the build's
# launcher (debugpy): a render process imports the package first.
MARKED_ABSENT = {"kernel_launcher": ("debugpy", "rfc3987_syntax"), "ipykernel_launcher": (),
                 "render": ("rfc3987_syntax",)}
# The variables a process's environment may hold with other values than its zygote's: read only after the fork, by
# its own code or a page's (jupyter_client's, the build's, the tests' own). Any other difference is a
# refusal: the preloaded modules read the environment as they were imported (pandas' options, Altair's cache
# folder, numpy's threads...), and the dynamic loader and Python read it as the zygote started. (readline, which
# pytest imports, sets COLUMNS and LINES for its children; sphinx.util.console reads them as it is imported, into a
# width that Sphinx 7.4, pinned, never uses.)
READ_AFTER_THE_FORK = ("JPY_", "FACTCHECK_", "PYTEST_", "PYTHONPATH", "TMPDIR", "PWD", "OLDPWD",
                       "COLUMNS", "LINES")
CONNECT_SECONDS = 2.0
STATUS_SECONDS = 60.0   # the longest wait for the zygote to send the status of a process that has ended
# What subprocess.Popen is asked for by the askers (jupyter_client's provisioner, site.Renderer): any other option
# may make a process the zygote does not know how to make, and is a refusal.
OPTIONS = frozenset({"env", "cwd", "stdin", "stdout", "stderr", "text", "encoding", "errors", "independent",
                     "extra_arguments", "kernel_id"})
LONGEST_REQUEST = 1 << 20   # bytes: an environment, a command and a folder


def differing(environment: dict, zygote_environment: dict) -> list[str]:
    """The variables whose values differ and that the fork could not make right (see READ_AFTER_THE_FORK)."""
    names = set(environment) | set(zygote_environment)
    return sorted(name for name in names if not name.startswith(READ_AFTER_THE_FORK)
                  and environment.get(name) != zygote_environment.get(name))


# --- the side that asks (a build's worker, a page's runner) ---------------------------------------------------


class ForkedProcess:
    """A process forked by a zygote, answering as the subprocess.Popen of one started anew does where its asker asks
    (jupyter_client's LocalProvisioner for a kernel, `site.Renderer` for a render process): pid, poll(), wait(),
    communicate(), send_signal(), kill(), terminate(), returncode, stdin. It is not this process's child: its end is
    known when the zygote, which reaps it, sends its status (-1 if the zygote ended first). A kernel leads a
    session of its own, as jupyter_client starts one (jupyter_client signals its process group); a render process is
    in its asker's group."""

    stdout = stderr = None

    def __init__(self, pid: int, answers: socket.socket, stdin=None):
        import threading

        self.pid, self._answers, self.returncode, self.stdin = pid, answers, None, stdin
        self._pidfd = os.pidfd_open(pid)   # (to signal it: a pid may be another process's once it has ended)
        self._lock = threading.RLock()   # one thread reads the status and closes what it used; signals wait for it

    def _answered(self, timeout: float | None) -> bool:
        """Whether the zygote has said how the process ended (or has ended itself) within timeout seconds: its end
        is known once the zygote, which reaps it, says so."""
        try:
            said = select.poll()   # (not select.select, which takes no descriptor past 1023)
            said.register(self._answers.fileno(), select.POLLIN)
        except (ValueError, OSError):   # read and closed already, by another thread
            return True
        return bool(said.poll(None if timeout is None else max(0, timeout) * 1000))

    def poll(self) -> int | None:
        with self._lock:
            if self.returncode is None and self._answered(0):
                self.returncode = self._exit_status()
        return self.returncode

    def _exit_status(self) -> int:
        """The status the zygote sent once it reaped the process; -1 if it ended first."""
        try:
            self._answers.settimeout(STATUS_SECONDS)   # (its line is there, or the zygote has ended)
            return int(json.loads(_line(self._answers))["exit"])
        except (OSError, ValueError, KeyError, TypeError):
            return -1
        finally:
            self._answers.close()
            os.close(self._pidfd)

    def wait(self, timeout: float | None = None) -> int:
        import subprocess

        if self.returncode is None and not self._answered(timeout):
            raise subprocess.TimeoutExpired(f"process {self.pid}", timeout)
        return self.poll()

    def communicate(self, input=None, timeout: float | None = None) -> tuple[None, None]:
        """As Popen's, for a process whose output goes to files: write input, close its input, wait for its end."""
        if self.stdin is not None:
            try:
                if input:
                    self.stdin.write(input)
                self.stdin.close()
            except BrokenPipeError:   # it has ended already, as Popen.communicate allows
                pass
        self.wait(timeout)
        return None, None

    def send_signal(self, signum: int) -> None:
        with self._lock:
            if self.poll() is None:
                try:
                    signal.pidfd_send_signal(self._pidfd, signum)
                except ProcessLookupError:   # it has ended, and the zygote has not said so yet (as Popen allows)
                    pass

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


def fork_process(command: list[str], options: dict) -> ForkedProcess | None:
    """The process subprocess.Popen would start with `command` and `options` (OPTIONS: env, cwd, stdin, stdout,
    stderr, text, encoding, errors; for a kernel, what jupyter_client passes to Popen less its own stdin), forked by
    the zygote of its flavour in the folder FACTCHECK_ZYGOTES names; None if there is none, it is not this user's
    alone, or it refuses (then the caller starts the process anew). A render process's input must be asked for as a
    pipe (stdin=subprocess.PIPE); a kernel gets, as from jupyter_client, a pipe closed at once."""
    import io
    import locale
    import subprocess

    folder = os.environ.get(VARIABLE, "")
    command = [os.path.expanduser(part) for part in command]
    kind = flavour(command)
    streams = [_stream(options.get("stdout"), 1)]
    streams.append(streams[0] if options.get("stderr") == subprocess.STDOUT else _stream(options.get("stderr"), 2))
    piped = options.get("stdin") == subprocess.PIPE
    if (not folder or sys.platform != "linux" or None in streams or options.get("independent") or not kind
            or piped != (kind == "render") or (not piped and options.get("stdin") is not None)
            or not set(options) <= OPTIONS or not _ours_alone(folder)):
        return None
    given = options.get("env")
    environment = dict(os.environ if given is None else given)
    if kind in KERNELS:   # what jupyter_client's launch_kernel adds: the process the kernel ends with
        environment["JPY_PARENT_PID"] = str(os.getpid())
    request = json.dumps({"argv": command, "cwd": str(options.get("cwd") or os.getcwd()),
                          "env": environment}).encode()
    reading, writing = os.pipe() if piped else (None, None)
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.settimeout(CONNECT_SECONDS)
        connection.connect(os.path.join(folder, kind))
        if _peer(connection)[1] != os.getuid():
            raise OSError("the zygote is another user's")
        socket.send_fds(connection, [struct.pack("!I", len(request))], [*streams, *([reading] if piped else [])])
        connection.sendall(request)
        pid = json.loads(_line(connection)).get("pid")
        if not isinstance(pid, int):
            raise ValueError("refused")
        forked = ForkedProcess(pid, connection)
        try:
            connection.sendall(b"go")   # the fork waits for this: a process nobody took (this side gave up) ends
        except OSError:
            os.close(forked._pidfd)
            raise
    except (OSError, ValueError, AttributeError):
        connection.close()
        if piped:
            os.close(writing)
        return None
    finally:
        if piped:
            os.close(reading)
    if piped:   # as Popen makes it
        forked.stdin = io.open(writing, "wb")
        if options.get("text") or options.get("encoding") or options.get("errors"):
            forked.stdin = io.TextIOWrapper(forked.stdin, write_through=True, errors=options.get("errors"),
                                            encoding=options.get("encoding") or locale.getpreferredencoding(False))
    return forked


def _ours_alone(folder: str) -> bool:
    try:
        found = os.stat(folder)
    except OSError:
        return False
    return found.st_uid == os.getuid() and not found.st_mode & 0o077


def _peer(connection: socket.socket) -> tuple[int, int]:
    """The process at the other end of connection, and its user."""
    # (warm_worker.peer_uid does the same; this module imports nothing of the package, which the zygote must not load)
    pid, uid, _ = struct.unpack("3i", connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                                             struct.calcsize("3i")))
    return pid, uid


def _stream(given, default: int) -> int | None:
    """The descriptor a process started anew would write to: the one given, or this process's own; None for what the
    zygote cannot pass on (a pipe Popen would make, DEVNULL): such a process is started anew."""
    if given is None:
        return default
    if isinstance(given, int):
        return given if given >= 0 else None
    try:
        return given.fileno()
    except (AttributeError, OSError, ValueError):
        return None


def flavour(command: list[str]) -> str | None:
    """Which zygote forks the process `command` starts (FLAVOURS), if any: this very interpreter (the same path, not
    another virtual environment made from the same Python) running the build's launcher, ipykernel's or the render."""
    if len(command) < 2 or os.path.abspath(command[0]) != os.path.abspath(sys.executable):
        return None
    if os.path.basename(command[1]) == "kernel_launcher.py":
        return "kernel_launcher"
    return {"ipykernel_launcher": "ipykernel_launcher",
            "factcheck.pipeline.render": "render"}.get(command[2]) if command[1:2] == ["-m"] and len(command) > 2 \
        else None


def _line(connection: socket.socket) -> str:
    said = b""
    while not said.endswith(b"\n") and len(said) < 4096:
        chunk = connection.recv(4096)
        if not chunk:
            break
        said += chunk
    return said.decode()


# --- the zygote ---------------------------------------------------------------------------------------------------


def serve(address: str, starter_pid: int) -> None:
    """Listen on `address`, a socket named after the flavour of the processes to fork (FLAVOURS), until the process
    starter_pid ends."""
    import gc
    import importlib

    # A fork's streams are the zygote's sys.std* objects on the descriptors it was sent: a stream closed when the
    # interpreter started is None for good (checked first: a descriptor opened later would take its number).
    if None in (sys.stdin, sys.stdout, sys.stderr):
        sys.exit("zygote: its standard input, output and error must be open")
    try:
        starter = os.pidfd_open(starter_pid)   # first: a starter gone during the imports is still seen
    except ProcessLookupError:
        _remove(address, everything=True)
        sys.exit("zygote: the process that started it has ended")
    kind = os.path.basename(address)
    if kind not in FLAVOURS:
        sys.exit(f"zygote: the socket's name must be one of {', '.join(FLAVOURS)}, not {kind!r}")
    log = open(address + ".log", "a", encoding="utf-8", buffering=1)
    os.dup2(log.fileno(), 2)

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

    # A fork copies only the thread that forks. Python's own threads are counted; a library's native ones are not
    # (numpy's OpenBLAS keeps a pool, which it makes again in a fork).
    if threading.active_count() != 1:
        sys.exit(f"zygote: {threading.active_count()} threads after the imports; not forking")
    gc.freeze()   # what the imports made stays shared with the forks, never copied by a collection
    gc.enable()
    zygote = {"environment": dict(os.environ), "path": list(sys.path), "customized": _customizations(sys.path)}
    listening = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listening.bind(address)
    listening.listen(16)
    os.chmod(address, 0o600)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    waiting: dict[int, socket.socket] = {}   # pid -> the connection its exit status goes to
    ends: dict[int, int] = {}   # pid -> a pidfd that wakes the zygote when it ends, to send its status at once
    starter_gone = False
    try:
        if select.select([starter], [], [], 0)[0]:   # it ended during the imports
            starter_gone = True
            return
        try:
            print("ready", flush=True)
        except OSError:   # (its reader gone: the starter is ending)
            starter_gone = True
            return
        while True:
            ready = select.select([listening, starter, *ends.values()], [], [], 0.25)[0]
            if starter in ready:
                starter_gone = True
                break
            if listening in ready:
                connection, _ = listening.accept()
                pid = _fork_one(connection, [listening, *waiting.values(), *ends.values(), log, starter], kind,
                                zygote)
                if pid:
                    waiting[pid] = connection
                    ends[pid] = os.pidfd_open(pid)
                else:
                    connection.close()
            _reap(waiting, ends)
    finally:
        listening.close()
        _remove(address, everything=starter_gone)


def _remove(address: str, everything: bool) -> None:
    """The zygote's socket; everything: its log too, and the folder once its zygotes are all gone."""
    for path in [address, address + ".log"] if everything else [address]:
        try:
            os.unlink(path)
        except OSError:
            pass
    if everything:
        try:
            os.rmdir(os.path.dirname(address))
        except OSError:
            pass


def _fork_one(connection: socket.socket, others: list, kind: str, zygote: dict) -> int:
    """Fork the process `connection` asks for (others: what the zygote holds open, which the fork closes); its pid,
    or 0. Only for a process of this user, within CONNECT_SECONDS for the whole request; anything else, a refusal.
    The request brings the streams: output and errors, and for a render process its input too."""
    fds: list[int] = []
    streams = 3 if kind == "render" else 2
    try:
        asker, user = _peer(connection)
        if user != os.getuid():
            return 0
        deadline = time.monotonic() + CONNECT_SECONDS
        connection.settimeout(CONNECT_SECONDS)
        message, fds, _, _ = socket.recv_fds(connection, LONGEST_REQUEST + 4, streams)
        while len(message) < 4 or len(message) < 4 + struct.unpack("!I", message[:4])[0]:
            if len(message) >= 4 and struct.unpack("!I", message[:4])[0] > LONGEST_REQUEST:
                raise ValueError("a request longer than any process's")
            if time.monotonic() > deadline:
                raise ValueError("a request slower than any process's")
            connection.settimeout(max(0.01, deadline - time.monotonic()))
            more = connection.recv(LONGEST_REQUEST)
            if not more:
                raise ValueError("a request cut short")
            message += more
        request = json.loads(message[4:].decode())
        argv, cwd, env = request["argv"], request["cwd"], request["env"]
        if not (isinstance(argv, list) and all(isinstance(part, str) for part in argv) and isinstance(cwd, str)
                and isinstance(env, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in env.items())
                and len(fds) == streams):
            raise ValueError("a request of another shape")
        reason = _refusal(kind, argv, cwd, env, zygote)
        if asker <= 0 and not reason:   # another pid namespace: neither its pid nor its parent's means anything here
            reason = "asked for from another pid namespace"
        # a render process started anew is in its asker's process group (Ctrl-C in a terminal, a group killed, reach
        # it): a fork can join that group only from the same session
        group = os.getpgid(asker) if kind == "render" and not reason else None
        if kind == "render" and not reason and os.getsid(asker) != os.getsid(0):
            reason = "asked for from another session"
    except (OSError, ValueError, KeyError, TypeError, struct.error) as problem:
        reason = f"a request it could not read ({problem})"
    if reason:
        for fd in fds:
            os.close(fd)
        print(f"refused: {reason}", file=sys.stderr, flush=True)
        _say(connection, {"refused": reason})
        return 0
    # SIGTERM is held until the fork has put the default back: the zygote's own handler must never run in a fork.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
        for held in others:
            os.close(held) if isinstance(held, int) else held.close()
        _become(kind, argv, cwd, env, fds, group, connection, zygote["path"])   # never returns
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    for fd in fds:
        os.close(fd)
    print(f"forked {'render process' if kind == 'render' else 'kernel'} {pid} in {cwd}", file=sys.stderr,
          flush=True)
    _say(connection, {"pid": pid})
    return pid


def _refusal(kind: str, argv: list, cwd: str, env: dict, zygote: dict) -> str:
    """Why a fork would not be the process one started anew would be; '' if it would."""
    if flavour(argv) != kind:
        return f"not a process of {kind}'s"
    changed = differing(env, zygote["environment"])
    if changed:
        return f"the variables {', '.join(changed)} differ"
    if env.get("PYTHONSAFEPATH"):   # (_module_path does not make the path it gives)
        return "PYTHONSAFEPATH set"
    if env.get("PYTHONHASHSEED", "") in ("", "random"):
        # every fork would share the zygote's seed, where processes started anew each draw their own
        return "no fixed hash seed (PYTHONHASHSEED)"
    # a process started anew imports the first it finds on its module path as `site` sets it up, before the script's
    # folder (or, for -m, the working folder) is put first
    if _customizations(_module_path(kind, argv, cwd, env, zygote["path"])[1:]) != zygote["customized"]:
        return "another sitecustomize or usercustomize than the zygote's"
    return ""


def _module_path(kind: str, argv: list, cwd: str, env: dict, base_path: list) -> list[str]:
    """The module path a process started anew would have: the script's folder (for -m, the working folder), then
    PYTHONPATH's folders (relative ones taken from the working folder), then the interpreter's own."""
    given = env.get("PYTHONPATH", "")
    # (an empty entry of PYTHONPATH stands for the working folder; the script's folder is its real path)
    extra = [os.path.abspath(os.path.join(cwd, entry)) for entry in given.split(os.pathsep)] if given else []
    first = os.path.dirname(os.path.realpath(os.path.join(cwd, argv[1]))) if kind == "kernel_launcher" \
        else os.path.realpath(cwd)
    return list(dict.fromkeys([first, *extra, *base_path]))


def _customizations(path: list) -> tuple:
    """Where the sitecustomize and usercustomize a process with this module path would import are (or None)."""
    import site
    from importlib.machinery import PathFinder

    found = []
    for name in ("sitecustomize", "usercustomize") if site.ENABLE_USER_SITE else ("sitecustomize",):
        spec = PathFinder.find_spec(name, path)
        found.append(spec.origin if spec else None)
    return tuple(found)


def _become(kind: str, argv: list, cwd: str, env: dict, fds: list, group: int | None, connection: socket.socket,
            base_path: list) -> None:
    """In the fork: the process its asker would have started, from the launcher (or the render's module) on (the
    sitecustomize and usercustomize it would import as it starts are the zygote's: `_refusal`). fds: its output and
    errors, and a render process's input; group: the process group a render process joins (its asker's)."""
    import importlib
    import runpy

    code, interrupted = 1, False
    try:
        if kind in KERNELS:
            os.setsid()   # a session of its own, as jupyter_client starts a kernel (its signals go to its group)
            stdin, unused = os.pipe()   # as jupyter_client gives it: a pipe it closes at once
            os.close(unused)
        else:
            os.setpgid(0, group)
            stdin = fds[2]
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        os.dup2(stdin, 0)
        os.dup2(fds[0], 1)
        os.dup2(fds[1], 2)
        for fd in {stdin, *fds}:
            os.close(fd)
        connection.settimeout(CONNECT_SECONDS)
        try:
            go = connection.recv(2, socket.MSG_WAITALL)
        except OSError:
            go = b""
        if go != b"go":   # the side that asked gave up waiting, and starts the process anew: nothing of it to run
            os._exit(1)
        connection.close()
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(env)
        _defaults_read_at_import(kind, env)
        sys.path[:] = _module_path(kind, argv, cwd, env, base_path)
        importlib.invalidate_caches()
        if kind == "kernel_launcher":
            script = os.path.abspath(os.path.join(cwd, argv[1]))
            sys.argv = [script, *argv[2:]]
            runpy.run_path(script, init_globals={"FORKED_BY_ZYGOTE": True}, run_name="__main__")
        else:
            sys.argv = ["-m", *argv[3:]]   # (run_module puts the module's file in sys.argv[0], as -m does)
            if kind == "ipykernel_launcher":
                _end_with(int(env["JPY_PARENT_PID"]))
            runpy.run_module(argv[2], run_name="__main__", alter_sys=True)
        code = 0
    except SystemExit as ended:   # as the interpreter ends a program that raised it
        if ended.code is None or isinstance(ended.code, int):
            code = ended.code or 0
        else:
            print(ended.code, file=sys.stderr)
    except KeyboardInterrupt:
        interrupted = True
    except BaseException:
        import traceback

        traceback.print_exc()
    _finalize(code, interrupted)


def _finalize(code: int, interrupted: bool) -> None:
    """End as the interpreter ends a program: wait for its threads that are not daemons, run its exit handlers,
    flush its streams; an interrupt ends it by the signal itself."""
    import atexit
    import threading

    try:
        threading._shutdown()
    except Exception:
        pass
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    if interrupted:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    os._exit(code & 0xFF)


def _end_with(asker: int) -> None:
    """End this kernel when the process that asked for it ends, and not before. ipykernel's own poller watches the
    kernel's parent, which for a fork is the zygote: it would end the kernel when the zygote ends, and never when the
    process that asked for it does. It is turned off; this thread does its work (kernel_launcher's kernels watch
    their worker themselves)."""
    import threading

    from ipykernel.kernelapp import IPKernelApp

    IPKernelApp.init_poller = lambda self: setattr(self, "poller", None)
    try:
        watched = os.pidfd_open(asker)
    except OSError:   # gone already
        os._exit(1)

    def watch() -> None:
        select.select([watched], [], [])
        os._exit(1)

    threading.Thread(target=watch, name="factcheck-kernel-asker", daemon=True).start()


def _defaults_read_at_import(kind: str, env: dict) -> None:
    """ipykernel's application takes two defaults from the environment when its class is made, in the zygote: the
    process the kernel ends with (which also keeps ipykernel from printing its Ctrl-C note) and Windows' interrupt
    event. They are set again from the kernel's own environment; the temporary folder is looked up again, and
    numpy's global generator, seeded in the zygote, is seeded anew, so that each fork draws its own numbers (Python's
    own `random` seeds itself anew in a fork), and multiprocessing's authentication key is drawn anew."""
    if kind in KERNELS:
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
    if "numpy.random" in sys.modules:
        sys.modules["numpy.random"].seed()
    if "multiprocessing.process" in sys.modules:   # the key a process makes as it imports multiprocessing
        sys.modules["multiprocessing.process"].current_process().authkey = os.urandom(32)


def _reap(waiting: dict, ends: dict) -> None:
    """Send the status of each fork that has ended to its asker; close the pidfd that watched it."""
    while waiting:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        if pid in ends:
            os.close(ends.pop(pid))
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
    serve(sys.argv[1], int(sys.argv[2]))
