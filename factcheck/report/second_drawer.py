"""A second drawing process beside a warm kernel: a chart's two drawings (desktop and phone) made at once.

At 200 articles a one-claim edit waits most on one theme page, and on it most on vl-convert drawing the edited
panel twice, once per width (about 0.7 s each). vl-convert 1.9 (pinned) draws one chart at a time in a process,
whatever the threads asking (it has no setting for its workers), so the kernel draws the desktop width while this
process draws the phone's: the two at once on two cores.

A kernel of the warm pool starts it while it warms up (`in_kernel.warm_up`), never a page: a page run on any other
kernel (a cold build's, nbval's, a one-off page's) draws both widths itself, as does a panel of few rows
(`charts.HANDED_OVER_FROM_ROWS`). What it draws is what the kernel would: the same interpreter, environment and vl-convert; it
is handed the spec exactly as the kernel would draw it and gives back vl-convert's text unchanged (`charts.svg`
does the rest). Anything that goes wrong with it (it ended, it answered an error) means the kernel draws that
drawing itself, so a spec vl-convert refuses raises in the page exactly as without this process.

Run by its path (`python -I PATH`): it imports vl-convert and nothing of the package. It ends when its kernel is
gone: at the end of its input (the kernel's end closes the pipe) or, if the kernel is killed, by the signal Linux
sends when its parent ends.
"""
from __future__ import annotations

import os
import struct
import subprocess
import sys

_process: subprocess.Popen | None = None
_asked = 0      # drawings asked for, numbered from 1
_read_back = 0  # of which read back (answers come in the order asked)
_answers: dict[int, str | None] = {}   # read back and not yet taken
ANSWER_SECONDS = 120.0   # a drawing not answered in this long is drawn by the kernel (the process is ended)
# Called each time a drawing it made is used: the kernel that starts it marks the build's timeline there (the
# pipeline stage sets it; this stage cannot import the pipeline's timeline).
on_used = None


def note_used() -> None:
    if on_used is not None:
        on_used()


def start() -> None:
    """Start the process (once), with vl-convert's engine started in it; no process if it cannot start."""
    global _process
    if _process is not None:
        return
    try:
        _process = subprocess.Popen([sys.executable, "-I", os.path.abspath(__file__), str(os.getpid())],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                    bufsize=0)   # answers read from its descriptor as they come (`_read`)
    except OSError:
        _process = None


def available() -> bool:
    return _process is not None and _process.poll() is None


def ask(spec_json: bytes) -> int | None:
    """Hand it a spec to draw (as JSON): the drawing's number for `answer`, or None when it cannot take it (the
    caller draws it)."""
    global _asked
    if not available():
        return None
    try:
        _process.stdin.write(struct.pack(">I", len(spec_json)) + spec_json)
        _process.stdin.flush()
    except (OSError, ValueError):
        _stop()
        return None
    _asked += 1
    return _asked


def answer(number: int) -> str | None:
    """Drawing `number` as vl-convert gave it; None if it failed there (or the process ended)."""
    global _read_back
    while _read_back < number and _process is not None:
        try:
            head = _read(5)
            ok, size = head[0] == 1, struct.unpack(">I", head[1:])[0]
            text = _read(size).decode("utf-8")
        except (OSError, ValueError, EOFError, TimeoutError, struct.error):
            _stop()
            break
        except BaseException:   # interrupted mid-answer (a cell's time-out): what is left to read is out of step
            _stop()
            raise
        _read_back += 1
        _answers[_read_back] = text if ok else None
    return _answers.pop(number, None)


def settle() -> None:
    """Read back every drawing asked for and forget those not taken (a page that raised before taking them)."""
    answer(_asked)
    _answers.clear()


def _read(size: int) -> bytes:
    import select

    data, source = b"", _process.stdout.fileno()
    while len(data) < size:
        if not select.select([source], [], [], ANSWER_SECONDS)[0]:
            raise TimeoutError(f"no answer in {ANSWER_SECONDS:.0f} s")
        chunk = os.read(source, size - len(data))
        if not chunk:
            raise EOFError("the second drawing process ended")
        data += chunk
    return data


def _stop() -> None:
    global _process, _read_back
    if _process is not None:
        try:
            _process.kill()
            _process.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            pass
    _process, _read_back = None, _asked   # nothing more to read back
    _answers.clear()


def _end_with_parent(parent: int) -> None:
    """Linux ends this process when the kernel (the thread that started it) ends; a kernel gone already, before
    this was asked, is noticed as a parent that is no longer the kernel."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(0)


def _serve(parent: int) -> None:
    _end_with_parent(parent)
    import json

    import vl_convert

    vl_convert.vegalite_to_svg({"data": {"values": [{"x": 1.0}]}, "mark": "bar",
                                "encoding": {"x": {"field": "x", "type": "quantitative"}}})   # start the engine
    # The specs are read as they come, by a thread of their own: a kernel that hands over several (each may be
    # larger than a pipe's buffer) before it reads an answer back never waits on this process while it waits on
    # the kernel to read (each would wait for ever).
    import queue
    import threading

    source, sink, specs = sys.stdin.buffer, sys.stdout.buffer, queue.Queue()

    def read_specs() -> None:
        while True:
            head = source.read(4)
            spec = source.read(struct.unpack(">I", head)[0]) if len(head) == 4 else b""
            if not spec:
                specs.put(None)   # the kernel ended
                return
            specs.put(spec)

    threading.Thread(target=read_specs, daemon=True).start()
    while True:
        spec = specs.get()
        if spec is None:
            return
        try:
            text, ok = vl_convert.vegalite_to_svg(json.loads(spec.decode("utf-8"))), 1
        except Exception as error:   # the kernel draws it again, and raises this itself
            text, ok = f"{type(error).__name__}: {error}", 0
        data = text.encode("utf-8")
        sink.write(bytes([ok]) + struct.pack(">I", len(data)) + data)
        sink.flush()


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
