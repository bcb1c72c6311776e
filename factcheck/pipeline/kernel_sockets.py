"""Kernel managers whose kernel talks over Unix sockets in a folder of its own, not over TCP ports.

jupyter_client's default transport is TCP. It chooses a kernel's five ports by asking the system for free ones
and letting them go; the kernel binds them a second or so later, once it has started. A port handed out in between
to anything else (another kernel starting, a browser's or a client's connection) makes the kernel die before it
answers: papermill then reports "RuntimeError: Kernel died before replying to kernel_info". The test suite starts
dozens of fresh kernels, two at a time, beside a browser and local web servers, and CI once failed on a
template's test with that message. Nothing else can take a socket in a folder made for one kernel.

The build's warm kernels (`kernel.WarmKernel`), a page run outside a build's workers (a participant's chapter:
`execute.execute`), the workshop's self-test, and the tests' own papermill runs
(`papermill.execute_notebook(..., kernel_manager_class=SocketFolderAsyncKernelManager)`) and nbval runs (through
the plugin `factcheck.pipeline.nbval_sockets`) use these. The benchmarks keep papermill's and Jupyter Book's own
defaults, the cost they measure. On Windows, where nobody has run the project and ZeroMQ's Unix sockets are not
known to work, these keep jupyter_client's TCP.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager, KernelManager
from jupyter_core.utils import run_sync

from factcheck.pipeline.socket_folder import make_socket_folder

# Kept as it is: kernel_launcher (which imports no module of the package but the standard-library-only warm_worker)
# finds a build kernel's folder by it, and the tests look for folders left behind by it.
FOLDER_PREFIX = "factcheck-kernel-"


# A kernel's input history kept in memory (see _async_pre_start_kernel), in the words nbclient uses for its own.
HISTORY_SETTING = "--HistoryManager.hist_file"
HISTORY_IN_MEMORY = f"{HISTORY_SETTING}=:memory:"

# Seconds jupyter_client gives a kernel asked to shut down: half to end by itself, then SIGTERM, half again, then
# SIGKILL (its default is 5). ipykernel 7.4 can miss its own end: its control thread, flushing its output after it
# has sent the reply, waits (up to 10 s) for the output thread, which the main thread has just stopped, and the main
# thread waits for the control thread (seen with py-spy). Each such kernel held its page's run 2.5 s after the last
# cell (two workshop starters' tests took 4.0 and 4.1 s; with this, the four took 1.2-1.5 s, one run each). The
# outputs are all in by then (nbclient waits for each cell's idle status), so nothing a page's run needs is lost to
# the signal; a kernel that is merely slow to end (a busy machine, exit work of over half a second) gets it too.
# benchmarks/kernels.py counts both kinds of end.
SHUTDOWN_WAIT = 1.0

_folders: set[str] = set()   # the socket folders this process made and has not removed yet


def remove_folders_of_this_process() -> None:
    """Every socket folder this process made and has not removed, with the connection file inside: for a process
    ended by a signal (a build's worker: execute._remove_sockets_when_ended), including a folder made while its
    manager was still being set up, before the worker held the manager (one was left about one run in twenty of the
    validation-failure test in tests/pipeline/test_pipeline.py, whose build ends its workers at once)."""
    for folder in list(_folders):
        shutil.rmtree(folder, ignore_errors=True)
        _folders.discard(folder)


class _SocketFolder:
    """Make the folder with the manager, and remove it with the kernel (not on a restart, which reuses it); start
    the kernel with its input history in memory; end it with a signal if it has not ended by itself once asked to
    (SHUTDOWN_WAIT)."""

    history_argument = HISTORY_IN_MEMORY   # (benchmarks/kernels.py compares the history turned off)

    def __init__(self, **options):
        self.socket_folder = None
        if sys.platform != "win32":   # (Windows, where nobody has run the project: TCP, as jupyter_client does)
            # The sockets are named <ip>-1 to <ip>-5, their paths short enough for a socket (socket_folder). The
            # connection file goes in the folder too: removing the folder removes it, and a build's kernel finds its
            # folder by the file's path even once the file is gone (kernel_launcher).
            self.socket_folder = make_socket_folder(FOLDER_PREFIX)
            _folders.add(self.socket_folder)
            options = {**options, "transport": "ipc", "ip": str(Path(self.socket_folder) / "k"),
                       "connection_file": str(Path(self.socket_folder) / "kernel.json")}
        super().__init__(**{"shutdown_wait_time": SHUTDOWN_WAIT, **options})

    async def _async_pre_start_kernel(self, **options):
        # The input history in memory, not in the SQLite file IPython keeps in the user's home, shared by every kernel
        # on the machine: a kernel that found the file locked by another said so into the page being run (seen with
        # two builds side by side), which nbval would then report as a changed output. In memory rather than turned
        # off (HistoryManager.enabled=False, as before): with it off, about half the kernels missed their end when
        # asked to shut down, with it in memory few or none (benchmarks/kernels.py); why is not known, and the wait
        # of SHUTDOWN_WAIT is what bounds the cost either way. A history file the caller chose stands: IPython refuses
        # a second value, and nbclient (papermill) gives one of its own (ipython_hist_file, ":memory:" by default), as
        # a restart gives the first start's arguments again.
        arguments = list(options.get("extra_arguments") or [])
        if not any(argument.startswith(HISTORY_SETTING) for argument in arguments):
            arguments.append(self.history_argument)
        options["extra_arguments"] = arguments
        return await super()._async_pre_start_kernel(**options)

    async def _async_launch_kernel(self, kernel_cmd: list[str], **options) -> None:
        """Forked by the zygote when there is one for this process (the test suite's: see zygote),
        else started anew by jupyter_client's provisioner."""
        from jupyter_client.provisioning import LocalProvisioner

        from factcheck.pipeline.zygote import fork_process

        forked = fork_process(kernel_cmd, options) if type(self.provisioner) is LocalProvisioner else None
        if forked is None:
            return await super()._async_launch_kernel(kernel_cmd, **options)
        provisioner = self.provisioner
        provisioner.process, provisioner.pid, provisioner.pgid = forked, forked.pid, forked.pid  # (its own session)
        provisioner.cwd = options.get("cwd", Path.cwd())
        self._reconcile_connection_info(provisioner.connection_info)

    # jupyter_client's shutdown calls this; nbclient calls cleanup_resources, which jupyter_client binds to its own
    # method, not this override: the two managers below bind it here (nbclient's is the only call when a kernel died
    # as it started, whose folder was left behind).
    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if not restart and self.socket_folder:
            shutil.rmtree(self.socket_folder, ignore_errors=True)
            _folders.discard(self.socket_folder)


class SocketFolderKernelManager(_SocketFolder, KernelManager):
    """For callers of the blocking API (nbval)."""

    cleanup_resources = run_sync(_SocketFolder._async_cleanup_resources)


class SocketFolderAsyncKernelManager(_SocketFolder, AsyncKernelManager):
    """For nbclient, papermill's executor, and the build's warm kernels."""

    cleanup_resources = _SocketFolder._async_cleanup_resources
