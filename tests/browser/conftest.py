"""The browser tests read the site of the session's first clean build (see tests/buildcopies.py)."""
from __future__ import annotations

import pytest

from buildcopies import built_copy


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    return built_copy("first", tmp_path_factory.getbasetemp() / "builds") / "_build" / "html"
