"""The browser tests read the site of the session's first clean build (see tests/buildcopies.py), served and opened
the way factcheck/pipeline/browse.py serves and opens it."""
from __future__ import annotations

import pytest

from buildcopies import built_copy
from factcheck.pipeline.browse import chromium, served


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    return built_copy("first", tmp_path_factory.getbasetemp() / "builds") / "_build" / "html"


@pytest.fixture(scope="module")
def site_url(built_site):
    """The built site on a free local port, as `python -m http.server` serves it (no compression)."""
    with served(built_site) as base:
        yield base


# Module-scoped: Playwright's sync API holds an event loop while it is open, and the
# serve tests (tests/pipeline) run their own with asyncio.run().
@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def desktop(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    yield page
    page.close()
