"""Benchmark the build (a script, not a test): python benchmarks/build.py

Measured in one run, on the same pages, in scratch copies of the repository:
  1. our clean build (`python -m factcheck build --force`, from a copy with no executed pages);
  2. our no-op rebuild (nothing changed);
  3. Jupyter Book executing the same templates itself (`execute_notebooks: force`), with the
     parameters papermill would inject written into each page, then again with `cache`
     after a first cached run (its no-op);
  4. the size of _build/html and the bytes a browser transfers to open the landing page and
     the chart page (headless Chromium, cold cache).
"""
from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from buildcopies import clean_copy, run_build  # noqa: E402


def timed(step) -> tuple[float, object]:
    started = time.perf_counter()
    result = step()
    return time.perf_counter() - started, result


def jupyter_book(root: Path, mode: str) -> subprocess.CompletedProcess:
    config = root / "_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('execute_notebooks: "off"', f'execute_notebooks: "{mode}"'), encoding="utf-8")
    command = [sys.executable, "-c", "import sys; from jupyter_book.cli.main import main; sys.exit(main())",
               "build", str(root), "--builder", "html"]
    return subprocess.run(command, cwd=root, capture_output=True, text=True,
                          env={"PYTHONPATH": str(root), "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"})


def unexecuted_pages(root: Path) -> None:
    """Give Jupyter Book the pages unexecuted: each template with its parameters injected, as papermill would."""
    from papermill.parameterize import parameterize_notebook
    import nbformat

    sys.path.insert(0, str(ROOT))
    from factcheck.build.plan import load_plan

    for page in load_plan(root).executed:
        notebook = nbformat.read(root / page.template, as_version=4)
        for cell in notebook.cells:
            cell.metadata.setdefault("tags", [])  # papermill's parameterize expects tags on every cell
        notebook.metadata.setdefault("papermill", {})  # as papermill's own execute prepares it
        notebook = parameterize_notebook(notebook, page.parameters)
        target = root / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, target)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def transferred_bytes(html: Path, pages: list[str]) -> dict[str, int]:
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=html))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    sizes = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                             args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                                   "--disable-component-update", "--no-first-run"])
        for path in pages:
            context = browser.new_context()  # a cold cache for each page
            page = context.new_page()
            total = []
            page.on("requestfinished", lambda request: total.append(request.sizes()["responseBodySize"]
                                                                    + request.sizes()["responseHeadersSize"]))
            page.goto(f"{base}/{path}", wait_until="networkidle")
            sizes[path] = sum(total)
            context.close()
        browser.close()
    httpd.shutdown()
    return sizes


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        ours = clean_copy(scratch / "ours")
        clean_seconds, result = timed(lambda: run_build(ours, "--force"))
        assert result.returncode == 0, result.stderr
        noop_seconds, result = timed(lambda: run_build(ours))
        assert result.returncode == 0 and "executing 0" in result.stderr, result.stderr

        theirs = clean_copy(scratch / "jupyter-book")
        unexecuted_pages(theirs)
        (theirs / "_static").mkdir(exist_ok=True)
        shutil.copy(ours / "_static" / "vega-offline.js", theirs / "_static" / "vega-offline.js")
        force_seconds, result = timed(lambda: jupyter_book(theirs, "force"))
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        shutil.rmtree(theirs / "_build")
        first_cache_seconds, result = timed(lambda: jupyter_book(theirs, "cache"))
        assert result.returncode == 0, result.stderr[-3000:]
        cache_noop_seconds, result = timed(lambda: jupyter_book(theirs, "cache"))
        assert result.returncode == 0, result.stderr[-3000:]

        html = ours / "_build" / "html"
        transfers = transferred_bytes(html, ["book/index.html", "book/methods.html"])
        report = {
            "clean build (papermill x2 + Jupyter Book), s": round(clean_seconds, 2),
            "no-op rebuild, s": round(noop_seconds, 2),
            "Jupyter Book execute_notebooks=force, s": round(force_seconds, 2),
            "Jupyter Book execute_notebooks=cache, first run, s": round(first_cache_seconds, 2),
            "Jupyter Book execute_notebooks=cache, no-op, s": round(cache_noop_seconds, 2),
            "clean / Jupyter Book force (target <= 0.5)": round(clean_seconds / force_seconds, 2),
            "no-op / Jupyter Book cache no-op": round(noop_seconds / cache_noop_seconds, 3),
            "_build/html size, bytes": folder_size(html),
            "bytes transferred, landing page": transfers["book/index.html"],
            "bytes transferred, chart page (methods)": transfers["book/methods.html"],
        }
        width = max(len(k) for k in report)
        for key, value in report.items():
            print(f"{key:<{width}}  {value}")
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
