"""`python -m factcheck workshop --self-test`: is this laptop ready for the workshop?

Participants run it at home and bring its output. Each line is one check, with
what was found and how long it took; a failing check says what to do. The last
step runs one exercise from start to end in a kernel, as JupyterLab would.
"""
from __future__ import annotations

import importlib.util
import json
import os
import platform
import sys
import tempfile
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from factcheck import paths

NEEDED = ("pandas", "altair", "papermill", "jupyterlab", "ipykernel", "text2num", "vl-convert-python")
MIN_PYTHON = (3, 11)


def _pins() -> dict[str, str]:
    pins = {}
    requirements = paths.ROOT / "requirements.txt"
    if requirements.exists():
        for line in requirements.read_text(encoding="utf-8").splitlines():
            name, _, pinned = line.partition("==")
            if pinned and not line.startswith("#"):
                pins[name.strip().lower()] = pinned.strip()
    return pins


def check_python() -> tuple[bool, str]:
    found = platform.python_version()
    if sys.version_info[:2] < MIN_PYTHON:
        return False, f"Python {found}: the project needs {'.'.join(map(str, MIN_PYTHON))} or newer; install it, then make .venv again"
    return True, f"Python {found} ({platform.system()} {platform.machine()})"


def check_environment() -> tuple[bool, str]:
    if sys.prefix == sys.base_prefix:
        return False, (f"{sys.executable} is not a virtual environment: run the command as "
                       ".venv/bin/python -m factcheck workshop --self-test (Windows: .venv\\Scripts\\python)")
    pins, wrong = _pins(), []
    for name in NEEDED:
        try:
            installed = version(name)
        except PackageNotFoundError:
            wrong.append(f"{name} missing")
            continue
        if pins.get(name) and pins[name] != installed:
            wrong.append(f"{name} {installed} (pinned {pins[name]})")
    if wrong:
        return False, f"{', '.join(wrong)}: run .venv/bin/python -m pip install -r requirements.txt"
    return True, f"{paths.relative(Path(sys.prefix))} with the pinned {', '.join(NEEDED)}"


def check_kernel() -> tuple[bool, str]:
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        return False, "no 'python3' kernel: run .venv/bin/python -m ipykernel install --sys-prefix"
    kernel_python = spec.argv[0]
    if kernel_python in ("python", "python3", "{python}") or Path(kernel_python).resolve().parent == Path(sys.executable).resolve().parent:
        where = "this environment"
    else:
        return False, (f"the 'python3' kernel runs {kernel_python}, not this environment: "
                       "run .venv/bin/python -m ipykernel install --sys-prefix")
    return True, f"'python3' kernel in {where}"


def check_exercise() -> tuple[bool, str]:
    """Run the first exercise's starter end to end, as JupyterLab would, and look for the checker's answer."""
    import papermill

    from factcheck.pipeline.kernel_sockets import SocketFolderAsyncKernelManager
    from factcheck.workshop.starters import starter_bytes, templates

    template = templates()[0]
    with tempfile.TemporaryDirectory(prefix="factcheck-selftest-") as scratch:
        starter = Path(scratch) / template.name
        starter.write_bytes(starter_bytes(template))
        environment = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(paths.ROOT), environment]))
        try:
            papermill.execute_notebook(str(starter), str(Path(scratch) / "run.ipynb"), cwd=scratch,
                                       kernel_name="python3", progress_bar=False, log_output=False,
                                       kernel_manager_class=SocketFolderAsyncKernelManager)
        except Exception as error:  # any failure is the finding: say it in one line
            what = f"{getattr(error, 'ename', '')}: {getattr(error, 'evalue', '')}" if hasattr(error, "ename") \
                else f"{type(error).__name__}: {error}"
            return False, f"{template.stem} failed: {what.strip()[:200]}"
        finally:
            if environment is None:
                os.environ.pop("PYTHONPATH", None)
            else:
                os.environ["PYTHONPATH"] = environment
        run = json.loads((Path(scratch) / "run.ipynb").read_text(encoding="utf-8"))
    shown = json.dumps([c.get("outputs", []) for c in run["cells"]])
    if "not answered yet" not in shown:
        return False, f"{template.stem} ran but its checker did not answer: tell the instructor"
    return True, f"{template.stem} ran from start to end; its checker says 'not answered yet'"


CHECKS = (("Python", check_python), ("environment", check_environment), ("kernel", check_kernel),
          ("one exercise", check_exercise))


def run_self_test(echo=print) -> int:
    echo(f"factcheck workshop self-test, {platform.platform()}")
    passed = 0
    for label, check in CHECKS:
        started = time.perf_counter()
        try:
            ok, found = check()
        except Exception as error:  # a check that cannot run is a finding too
            ok, found = False, f"{type(error).__name__}: {error}"
        passed += ok
        echo(f"  {'ok  ' if ok else 'FAIL'} {label:<13} {found} ({time.perf_counter() - started:.1f} s)")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        echo("  note: you are root; start JupyterLab with: "
             ".venv/bin/jupyter lab --allow-root --ServerApp.root_dir=. my-exercises/anchor-a-claim.ipynb")
    echo(f"self-test: {passed} of {len(CHECKS)} checks passed" + ("" if passed == len(CHECKS) else
                                                                    "; bring this output to the session"))
    return 0 if passed == len(CHECKS) else 1
