"""Start a build's kernel: ipykernel's own launcher (`python -m ipykernel_launcher`), less two costs of start-up.

A warm kernel (see `kernel`) starts with every build that executes a page, on the critical path of a one-claim
edit. Run as `python PATH/TO/kernel_launcher.py -f CONNECTION_FILE [ipykernel options]` (by its path: it needs no
PYTHONPATH to be found, and imports nothing of the package), this does what ipykernel_launcher does, and:

- no debugger: ipykernel imports debugpy (with its vendored pydevd) at start-up when it can, for a front end's
  debugger; a build never attaches one. Marked absent, the kernel starts without (about 0.1 s of processor time);
  what a page runs is the same.
- the garbage collector paused until the warm-up is done (`in_kernel.warm_up` starts it again, after moving what
  the imports made out of its reach): start-up and imports make objects that live as long as the kernel, and
  collecting while they pile up costs about a fifth of the imports' time. A kernel that is never warmed up (a
  one-off page runs on a fresh kernel of papermill's, not this) starts it again with the first page
  (`in_kernel.begin_page`).

A kernel ends with the process that started it (a build's worker, or a warm pool's: `warm_worker`), as ipykernel's
own parent poller would end it, but first removes the folder of its sockets: killed with its build, a kernel ended by
that poller left the folder behind (`os._exit` runs no clean-up), two a killed build. The process it watches is the one
jupyter_client names in JPY_PARENT_PID, so a worker gone before this kernel got this far is noticed too.

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



def _socket_folder(argv: list) -> str | None:
    """The folder of this kernel's IPC sockets, made for it by `kernel` (factcheck-kernel-*), from its connection file."""
    import json

    try:
        with open(argv[argv.index("-f") + 1], encoding="utf-8") as file:
            info = json.load(file)
    except (ValueError, IndexError, OSError):
        return None
    folder = os.path.dirname(str(info.get("ip") or ""))
    return folder if info.get("transport") == "ipc" and os.path.basename(folder).startswith("factcheck-kernel-") \
        else None


def _end(code: int, folder: str | None) -> None:
    """End now, taking the socket folder along: a process that ends this way leaves no one else to remove it (a
    killed build's folders piled up in the temporary folder, two a build)."""
    if folder:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    os._exit(code)


def _end_with_the_worker(folder: str | None) -> None:
    """End this kernel once the process that started it is gone (as ipykernel's own parent poller would, a little
    later, without the folder)."""
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
                _end(1, folder)

    threading.Thread(target=watch, name="factcheck-kernel-parent", daemon=True).start()


if __name__ == "__main__":
    _end_with_the_worker(_socket_folder(sys.argv))

if __name__ == "__main__":
    # Run by its path, sys.path starts with this file's folder (factcheck/pipeline/, whose modules must not pass for
    # top-level ones); ipykernel_launcher takes out the working folder there. Either way the shell puts '' back.
    if sys.path and Path(sys.path[0] or ".").resolve() in (Path(__file__).resolve().parent, Path.cwd().resolve()):
        del sys.path[0]

    from ipykernel import kernelapp as app

    app.launch_new_instance()
