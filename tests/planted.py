"""What a participant's folder could hold in its _build/ when handed in (factcheck/files/sealed.py): a pickle that
runs code as it loads, and kept data sealed with another user's key."""
from __future__ import annotations

import hashlib
import hmac
import os
import pickle
from pathlib import Path

from factcheck.files import sealed


class _Planted:
    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):   # unpickling it calls Path.touch(marker)
        return Path.touch, (self.marker,)


def planted_pickle(marker: Path) -> bytes:
    """A pickle that makes the file marker as it loads."""
    return pickle.dumps(_Planted(marker))


def sealed_elsewhere(data: bytes) -> bytes:
    """data sealed as another user (or this user on another machine) would seal it: with a key of their own."""
    return hmac.new(os.urandom(sealed.KEY_BYTES), data, hashlib.sha256).hexdigest().encode() + b"\n" + data
