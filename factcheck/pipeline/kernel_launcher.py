"""Start a build's kernel: ipykernel's own launcher (`python -m ipykernel_launcher`), less two costs of start-up.

A warm kernel (see `kernel`) starts with every build that executes a page, on the critical path of a one-claim
edit. Run as `python PATH/TO/kernel_launcher.py -f CONNECTION_FILE [ipykernel options]` (by its path: it needs no
PYTHONPATH to be found, and imports of the package only `warm_worker`, which imports only the standard library),
this does what ipykernel_launcher does, and:

- no debugger: ipykernel imports debugpy (with its vendored pydevd) at start-up when it can, for a front end's
  debugger; a build never attaches one. Marked absent, the kernel starts without (about 0.1 s of processor time);
  what a page runs is the same.
- the garbage collector paused until the warm-up is done (`in_kernel.warm_up` starts it again, after moving what
  the imports made out of its reach): start-up and imports make objects that live as long as the kernel, and
  collecting while they pile up costs about a fifth of the imports' time. A kernel that is never warmed up (a
  one-off page runs on a fresh kernel of papermill's, not this) starts it again with the first page
  (`in_kernel.begin_page`).

A kernel ends with the process that started it (a build's worker, or a warm pool's: `warm_worker`), in place of
ipykernel's own parent poller (not started here, but on Windows), and first removes the folder of its sockets and its
connection file: killed with its build, a kernel ended by that poller left both behind (`os._exit` runs no clean-up),
two of each a killed build. The process it watches is the one jupyter_client names in JPY_PARENT_PID, so a worker
gone before this kernel got this far is noticed too.

It also marks rfc3987_syntax absent, as importing `factcheck` does in every process of the build (see
factcheck/__init__.py).
"""
import gc
import os
import sys
from pathlib import Path

gc.disable()
sys.modules.setdefault("debugpy", None)
sys.modules.setdefault("rfc3987_syntax", None)

from factcheck.pipeline.warm_worker import alive  # noqa: E402  (standard library only, as this module)



def _left_behind(argv: list) -> list[str]:
    """What this kernel leaves if it ends without its manager: the folder `kernel_sockets` made for it
    (factcheck-kernel-*), which holds its IPC sockets and its connection file (named by -f); nothing for a kernel of
    another shape, whose files are not this module's to remove."""
    try:
        connection_file = argv[argv.index("-f") + 1]
    except (ValueError, IndexError):
        return []
    folder = os.path.dirname(os.path.abspath(connection_file))
    return [folder, connection_file] if os.path.basename(folder).startswith("factcheck-kernel-") else []


def _end(code: int, left_behind: list[str]) -> None:
    """End now, taking the socket folder and the connection file along: a process that ends this way leaves no one
    else to remove them (a killed build's folders piled up in the temporary folder, two a build, and its connection
    files stayed after the folders were taken)."""
    import shutil

    for path in left_behind:
        if os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            try:
                os.remove(path)
            except OSError:
                pass
    os._exit(code)


def _end_with_the_worker(left_behind: list[str]) -> None:
    """End this kernel once the process that started it is gone, as ipykernel's own parent poller would (a little
    later, leaving the folder and the connection file)."""
    import threading
    import time

    # The worker that launched it, as jupyter_client names it: a worker killed while this kernel was still starting
    # is gone before os.getppid() is first asked, which would then name the reaper and never change.
    try:
        parent = int(os.environ.get("JPY_PARENT_PID") or os.getppid())
    except ValueError:
        parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.25)
            if not alive(parent) or os.getppid() != parent:
                _end(1, left_behind)

    def watch_from_the_zygote(worker: int) -> None:
        # A fork of the zygote is the zygote's child, not the worker's: the worker's pidfd says when it ends.
        import select

        select.select([worker], [], [])
        _end(1, left_behind)

    if globals().get("FORKED_BY_ZYGOTE"):
        try:
            worker = os.pidfd_open(parent)
        except OSError:   # gone already
            _end(1, left_behind)
        threading.Thread(target=watch_from_the_zygote, args=(worker,), name="factcheck-kernel-parent",
                         daemon=True).start()
        return

    threading.Thread(target=watch, name="factcheck-kernel-parent", daemon=True).start()


def _end_if_its_files_are_gone(left_behind: list[str]) -> None:
    """The connection file gone before this kernel read it means its worker was ended as it launched the kernel,
    and removed the kernel's folder: end now. ipykernel would make the folder again and write a connection file of
    its own, which nobody then removed (about one run in ten of the validation-failure test in
    tests/pipeline/test_pipeline.py, whose build gives up at once)."""
    if left_behind and not os.path.exists(left_behind[1]):
        _end(1, left_behind)


if __name__ == "__main__":
    _ours = _left_behind(sys.argv)
    _end_if_its_files_are_gone(_ours)
    _end_with_the_worker(_ours)

if __name__ == "__main__":
    # Run by its path, sys.path starts with this file's folder (factcheck/pipeline/, whose modules must not pass for
    # top-level ones); ipykernel_launcher takes out the working folder there. Either way the shell puts '' back.
    if sys.path and Path(sys.path[0] or ".").resolve() in (Path(__file__).resolve().parent, Path.cwd().resolve()):
        del sys.path[0]

    from ipykernel.kernelapp import IPKernelApp

    class KernelApp(IPKernelApp):
        def init_connection_file(self):
            _end_if_its_files_are_gone(_ours)   # (again: the imports took a while)
            return super().init_connection_file()

        def init_poller(self):
            """No parent poller of ipykernel's: _end_with_the_worker watches the worker. ipykernel's (once a second)
            ends the kernel with os._exit, leaving what _end removes, and now and then it saw the worker gone first
            (a killed build's connection file was left, the kernel's log saying "Parent appears to have exited").
            On Windows ipykernel's also passes on interrupts: kept there."""
            if sys.platform == "win32":
                return super().init_poller()
            self.poller = None

    KernelApp.launch_instance()
