"""A warm pool's socket folder in the temporary folder, when a pool was killed outright: removed by the next pool to
start (a pool ended by SIGTERM removes its own as it ends; that path has no test here)."""
from __future__ import annotations

import os
import socket
import time

from factcheck.pipeline import warm_server


def _folder(parent, name: str, age: float, listening: bool = False, bound: bool = False):
    folder = parent / f"{warm_server.FOLDER_PREFIX}{name}"
    folder.mkdir()
    server = None
    if listening or bound:
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(folder / "pool.sock"))
        if listening:
            server.listen(1)
        else:
            server.close()   # the socket file stays, no process listens: a killed pool's
            server = None
    then = time.time() - age
    os.utime(folder, (then, then))
    return folder, server


def test_the_folders_of_pools_gone_are_removed_and_the_others_left(temporary, monkeypatch):
    monkeypatch.setattr(warm_server, "socket_parent", lambda: str(temporary))   # where pools make their folders
    killed, _ = _folder(temporary, "killed", 3600, bound=True)
    empty, _ = _folder(temporary, "empty", 3600)
    starting, _ = _folder(temporary, "starting", 1)
    serving, server = _folder(temporary, "serving", 3600, listening=True)
    other = temporary / "not-a-pool"
    other.mkdir()
    try:
        warm_server._remove_folders_of_pools_gone()
    finally:
        server.close()
    assert not killed.exists() and not empty.exists()
    assert starting.exists(), "a pool that is starting may not listen yet"
    assert serving.exists() and other.exists()
