"""The README's "Rerunning the notebooks locally" section, followed literally in a copy of the repository.

The commands are read from the README's code blocks, not retyped here. The copy uses
this checkout's .venv (what `make site` installs) and imports its own package. Two
commands keep running until stopped (JupyterLab, the web server): they are started,
asked for a page, and stopped. JupyterLab gets only what a headless machine needs
(no browser; --allow-root when the tests run as root, as on CI).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from buildcopies import clean_copy, run_build
from streams import wait_for_line

REPO = Path(__file__).resolve().parent.parent
SECTION = "## Rerunning the notebooks locally"
LONG_RUNNING = ("jupyter lab", "http.server")


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, re.S)
    # a trailing comment ("# as root: --allow-root") is the reader's, not the shell's: flags appended go before it
    lines = (re.sub(r"\s+#\s.*$", "", line).strip() for block in blocks for line in block.splitlines())
    return [line for line in lines if line]


def test_the_section_has_the_steps_a_person_needs():
    commands = readme_commands()
    assert any("jupyter lab" in c for c in commands)
    assert any("papermill" in c and " -p " in c for c in commands)
    assert any(c.endswith("factcheck build") for c in commands)


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    root = clean_copy(tmp_path_factory.mktemp("readme") / "repo", executed_pages=True)
    (root / ".venv").symlink_to(Path(sys.prefix))  # the environment running these tests
    return root


def _book_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for page in sorted((root / "book").rglob("*")):
        if page.is_file():
            digest.update(page.relative_to(root).as_posix().encode() + page.read_bytes())
    return digest.hexdigest()


def _serve_and_fetch(command: str, root: Path, env: dict) -> str:
    """Start a long-running command, wait for its URL, fetch a page from it, stop it; returns what was fetched."""
    if "jupyter lab" in command:
        command += " --no-browser" + (" --allow-root" if os.geteuid() == 0 else "")
    process = subprocess.Popen(command, shell=True, cwd=root, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        url, seen = None, []
        if "http.server" in command:
            url = "http://localhost:" + command.split()[-1] + "/book/index.html"
        else:
            found = wait_for_line(process.stdout, r"(http://(?:localhost|127\.0\.0\.1):\d+)/lab\?token=(\w+)", 90, seen)
            if found:
                url = f"{found.group(1)}/api/contents/notebooks/document.ipynb?content=0&token={found.group(2)}"
        assert url, "".join(seen)[-2000:]
        for _ in range(300):  # up to a minute; the web server is asked at once, before it listens
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    return response.read().decode("utf-8")
            except OSError:
                time.sleep(0.2)
        raise AssertionError(f"{command}: nothing answered at {url}")
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)


def test_every_command_of_the_section_works_as_written(copy):
    env = {**os.environ, "PYTHONPATH": str(copy)}
    book_before = _book_digest(copy)
    for command in readme_commands():
        if any(marker in command for marker in LONG_RUNNING):
            fetched = _serve_and_fetch(command, copy, env)
            expected = '"type": "notebook"' if "jupyter lab" in command else "<html"
            assert expected in fetched, f"{command}: {fetched[:500]}"
            continue
        result = subprocess.run(command, shell=True, cwd=copy, env=env, capture_output=True, text=True, timeout=900)
        assert result.returncode == 0, f"{command}\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"

    assert (copy / "runs" / "pep16-strict.ipynb").exists(), "the papermill example writes its own output"
    assert '"hedge_preset": "strict"' in (copy / "runs" / "pep16-strict.ipynb").read_text(encoding="utf-8")
    assert (copy / "_build" / "html" / "index.html").exists()
    assert (copy / "_build" / "whatif" / "hedge_preset-strict" / "html" / "index.html").exists()
    assert _book_digest(copy) == book_before, "rerunning locally must not change the committed pages"

    # The what-if run writes its own folder and never book/ (above): its pages ran with the parameter given, and
    # an --out inside book/ is refused. (The build tests' own what-if run, in a copy of the session's first build,
    # was this same build a second time: tests/pipeline/test_pipeline.py.)
    whatif = copy / "_build" / "whatif" / "hedge_preset-strict"
    assert (whatif / "html" / "book" / "methods.html").exists()
    methods = json.loads((whatif / "book" / "methods.ipynb").read_text(encoding="utf-8"))
    assert methods["metadata"]["papermill"]["parameters"]["hedge_preset"] == "strict"
    refused = run_build(copy, "-p", "hedge_preset=strict", "--out", str(copy / "book" / "x"))
    assert refused.returncode == 2 and "must not write into book/" in refused.stderr
