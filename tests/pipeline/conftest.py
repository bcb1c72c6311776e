"""Built copies of the repository shared by the slow build tests (see tests/buildcopies.py)."""
from __future__ import annotations

import pytest

from buildcopies import built_copy


@pytest.fixture(scope="session")
def build_base(tmp_path_factory):
    return tmp_path_factory.getbasetemp() / "builds"


@pytest.fixture(scope="session")
def first_build(build_base):
    return built_copy("first", build_base)


@pytest.fixture(scope="session")
def second_build(build_base):
    return built_copy("second", build_base)
