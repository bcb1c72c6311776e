"""The participant's notebook: an exercise template without its solution.

A template in notebooks/workshop/ marks its solution cells with the tag
`solution` (and `hide-cell`, so the book shows them collapsed). Cells tagged
`page-only` (the starter's own download link) belong to the book page alone.
A starter drops both kinds and every output, and keeps the rest as written, so
it runs top to bottom and its checker says "not answered yet".
"""
from __future__ import annotations

import ast
import base64
import copy
import json
from html import escape
from pathlib import Path

from factcheck import paths
from factcheck.report.display import Block

TEMPLATES = paths.NOTEBOOKS / "workshop"
STRIPPED_TAGS = {"solution", "page-only"}


def templates(folder: Path = TEMPLATES) -> list[Path]:
    return sorted(Path(folder).glob("*.ipynb"))


def starter(notebook: dict, parameters: dict | None = None) -> dict:
    """A copy of the template notebook with no solution cells, no outputs, and these parameter values."""
    result = copy.deepcopy(notebook)
    cells = []
    for cell in result["cells"]:
        if STRIPPED_TAGS & set(cell.get("metadata", {}).get("tags", [])):
            continue
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
        cells.append(cell)
    result["cells"] = cells
    result.get("metadata", {}).pop("papermill", None)
    if parameters:
        _set_parameters(result, parameters)
    return result


def template_defaults(template: Path) -> dict:
    """The values of the template's `parameters` cell: what its page and its starter use."""
    notebook = json.loads(Path(template).read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            return {node.targets[0].id: ast.literal_eval(node.value) for node in ast.parse(source).body
                    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)}
    raise ValueError(f"{template}: no cell tagged 'parameters'")


def _set_parameters(notebook: dict, parameters: dict) -> None:
    """Write values into the `parameters` cell in place of its defaults (comments stay)."""
    for cell in notebook["cells"]:
        if "parameters" not in cell.get("metadata", {}).get("tags", []):
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        lines = source.split("\n")
        for node in reversed(ast.parse(source).body):  # from the bottom, so earlier offsets stay valid
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                if name in parameters and ast.literal_eval(node.value) != parameters[name]:
                    if node.value.lineno != node.value.end_lineno:
                        raise ValueError(f"parameter {name!r} spans several lines; write it on one")
                    row = node.value.lineno - 1
                    line = lines[row]
                    lines[row] = line[:node.value.col_offset] + repr(parameters[name]) + line[node.value.end_col_offset:]
        cell["source"] = "\n".join(lines)
        return
    raise ValueError("the template has no cell tagged 'parameters'")


def starter_bytes(template: Path, parameters: dict | None = None) -> bytes:
    notebook = json.loads(Path(template).read_text(encoding="utf-8"))
    return (json.dumps(starter(notebook, parameters), indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def starter_download(name: str, **parameters) -> Block:
    """A link on the exercise page that downloads the starter (the notebook travels inside the link: offline)."""
    template = TEMPLATES / f"{name}.ipynb"
    payload = base64.b64encode(starter_bytes(template, parameters)).decode("ascii")
    filename = f"{name}.ipynb"
    html = (f'<p class="factcheck-download"><a download="{escape(filename)}" '
            f'href="data:application/x-ipynb+json;base64,{payload}">Download the starter notebook '
            f"({escape(filename)}, no solution inside)</a></p>")
    return Block(html, f"starter notebook: {filename} (python -m factcheck workshop writes it too)")


def write_starters(out: Path, force: bool = False, folder: Path = TEMPLATES,
                   parameters: dict[str, dict] | None = None) -> list[tuple[Path, str]]:
    """Write a starter for every template into out; keep a file already there unless force (it may hold answers),
    and with force, move one that differs aside to NAME.old-N.ipynb, never lose it.

    parameters: values by template name (a class variant, see variants.py), in place of the template's defaults.

    Never into the templates' own folder (a starter would replace its template), nor one that holds it."""
    out = Path(out)
    target, templates_folder = out.resolve(), Path(folder).resolve()
    if target == templates_folder or target in templates_folder.parents:
        raise ValueError(f"{paths.relative(out)} holds the exercise templates ({paths.relative(Path(folder))}): "
                         "a starter would replace its template; choose another --out, e.g. my-exercises")
    if out.exists() and not out.is_dir():
        raise ValueError(f"{paths.relative(out)} is a file, not a folder: choose another --out, e.g. my-exercises")
    from factcheck.files.atomic import replace_keeping_the_old
    from factcheck.files.confine import refuse_links

    refuse_links(out, "the starters' folder")  # Unconfined, a ValueError: a starter is never written through a link
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for template in templates(folder):
        target = out / template.name
        if target.exists() and not force:
            written.append((target, "kept"))
            continue
        # a new file, not written through a hard link (the template itself, linked in, became a starter)
        replace_keeping_the_old(target, starter_bytes(template, (parameters or {}).get(template.stem)))
        written.append((target, "written"))
    return written
