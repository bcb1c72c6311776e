"""Make an executed notebook a pure function of its inputs, so two builds give identical bytes.

papermill and nbclient record when and how long things ran, the absolute paths
of the run, and give the injected-parameters cell a random id. We keep what a
reader or nbval needs (sources, outputs, execution counts, tags, and the
parameters papermill injected) and drop or fix the rest.
"""
from __future__ import annotations

import json

# Notebook-level papermill metadata worth keeping: what the page was run with.
KEPT_PAPERMILL_KEYS = ("parameters", "default_parameters")
# Cell metadata that varies from run to run (timings, run status).
DROPPED_CELL_METADATA = ("papermill", "execution", "ExecuteTime", "collapsed", "scrolled")


CELLS_KEY = "factcheck"   # notebook metadata of the tools': {"cells": cells_digest(...)} (factcheck/byo/edited.py)


def cells_digest(notebook: dict) -> str:
    """What a person's edit changes: each cell's kind, source (a list of lines or one string, as saved) and tags.
    Raises TypeError or AttributeError on a notebook of another shape."""
    import hashlib

    cells = [[cell["cell_type"], "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"],
              (cell.get("metadata") or {}).get("tags") or []] for cell in notebook.get("cells", [])]
    return hashlib.sha256(json.dumps(cells, ensure_ascii=False).encode("utf-8")).hexdigest()


def with_cells_digest(notebook: dict) -> dict:
    """The notebook, its metadata carrying the digest of its cells as written (in place)."""
    notebook.setdefault("metadata", {})[CELLS_KEY] = {"cells": cells_digest(notebook)}
    return notebook


def normalise(notebook: dict, page_name: str) -> dict:
    """Normalise a notebook (a plain dict or NotebookNode) in place and return it."""
    metadata = notebook.setdefault("metadata", {})
    papermill = metadata.get("papermill")
    if papermill is not None:
        metadata["papermill"] = {key: papermill[key] for key in KEPT_PAPERMILL_KEYS if key in papermill}
    metadata.pop("widgets", None)
    language = metadata.get("language_info")
    if isinstance(language, dict) and isinstance(language.get("version"), str):
        # The kernel reports its patch release (3.11.7 here, 3.11.2 with Debian's Python): a page keeps the release
        # series, so the same inputs give the same bytes on either (fingerprint.environment_digest agrees).
        language["version"] = ".".join(language["version"].split(".")[:2])

    notebook["nbformat"], notebook["nbformat_minor"] = 4, max(5, notebook.get("nbformat_minor", 5))
    for index, cell in enumerate(notebook.get("cells", [])):
        # Ids repeat across pages made from one template, so the page name is part of them.
        cell["id"] = f"{page_name}-{index:02d}"[-64:]
        tags = cell.get("metadata", {}).get("tags", [])
        if "injected-parameters" in tags and "remove-cell" not in tags:
            # papermill's cell stays in the notebook for people who rerun it, never on the site
            cell["metadata"]["tags"] = [*tags, "remove-cell"]
        for key in DROPPED_CELL_METADATA:
            cell.get("metadata", {}).pop(key, None)
        if "outputs" in cell:
            # What the kernel writes on stderr (a warning, "No space left on device" on a full disk) is about the
            # run, not the page: it never lands in a committed page. A real error fails the page instead.
            cell["outputs"] = [o for o in cell["outputs"] if not (o.get("output_type") == "stream"
                                                                   and o.get("name") == "stderr")]
    return notebook


def retitle(notebook: dict, title: str | None) -> dict:
    """Give the page its own heading: the template's first '# ' line becomes '# <title>' from pages.yml.

    Pages made from one template would otherwise share one heading (a notebook's
    outputs cannot supply a page title to Sphinx)."""
    if not title:
        return notebook
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        lines = source.split("\n")
        if lines and lines[0].startswith("# "):
            cell["source"] = "\n".join([f"# {title}"] + lines[1:])
        return notebook
    return notebook


def notebook_bytes(notebook: dict) -> bytes:
    """The file's bytes, formatted as Jupyter writes them (indent 1, sorted keys, final newline)."""
    return (json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
