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

It also marks rfc3987_syntax absent, as importing `factcheck` does in every process of the build (see
factcheck/__init__.py).
"""
import gc
import sys
from pathlib import Path

gc.disable()
sys.modules.setdefault("debugpy", None)
sys.modules.setdefault("rfc3987_syntax", None)

if __name__ == "__main__":
    # Run by its path, sys.path starts with this file's folder (factcheck/pipeline/, whose modules must not pass for
    # top-level ones); ipykernel_launcher takes out the working folder there. Either way the shell puts '' back.
    if sys.path and Path(sys.path[0] or ".").resolve() in (Path(__file__).resolve().parent, Path.cwd().resolve()):
        del sys.path[0]

    from ipykernel import kernelapp as app

    app.launch_new_instance()
