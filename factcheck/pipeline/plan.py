"""The one plan of the book (pages.yml): every page, its template and its parameters.

`_toc.yml` and the build's work list are both derived from it, so the list of
pages is written down once. Loading checks what papermill would not: that each
template exists, has a cell tagged `parameters`, and declares every parameter
the plan passes it; and that every page stays inside book/ (a page path is
where the build writes, so `../x.ipynb` or a template's own path is refused).
What each page reads is not declared here: the build records it from the run.
"""
from __future__ import annotations

import ast
import functools
import json
from pathlib import PurePosixPath
from dataclasses import dataclass, field
from pathlib import Path


from factcheck.files.problems import Collector, raise_if_any
from factcheck.files.yamlfile import load_located

PLAN_FILE = "pages.yml"
TOC_FILE = "_toc.yml"
TOC_HEADER = "# Derived from pages.yml by `python -m factcheck build`: edit pages.yml, not this file.\n"


@dataclass(frozen=True)
class Page:
    path: str                         # the page, relative to the site's source root: book/methods.ipynb
    template: str | None = None       # the notebook papermill runs to make it; None for a markdown page
    parameters: dict = field(default_factory=dict)
    title: str | None = None          # the label in the navigation (else the page's own first heading)

    @property
    def name(self) -> str:
        """A short unique name (the file stem), used in stable cell ids and in messages."""
        return Path(self.path).stem

    @property
    def docname(self) -> str:
        return str(Path(self.path).with_suffix("")).replace("\\", "/")


@dataclass(frozen=True)
class Part:
    caption: str
    pages: tuple[Page, ...]


@dataclass(frozen=True)
class Plan:
    root: Page
    parts: tuple[Part, ...]

    @property
    def pages(self) -> list[Page]:
        return [self.root] + [page for part in self.parts for page in part.pages]

    @property
    def executed(self) -> list[Page]:
        """The pages papermill makes, in plan order."""
        return [page for page in self.pages if page.template]

    def toc(self) -> dict:
        """The Jupyter Book 1.x table of contents (sphinx-external-toc, jb-book format)."""
        return {
            "format": "jb-book",
            "root": self.root.docname,
            "parts": [{"caption": part.caption, "chapters": [_toc_entry(p) for p in part.pages]}
                      for part in self.parts],
        }


def _toc_entry(page: Page) -> dict:
    return {"file": page.docname, **({"title": page.title} if page.title else {})}


def toc_text(plan: Plan) -> str:
    import yaml   # here, not at the top: `check` reads the plan and need not import PyYAML (files/yamlfile.py)

    return TOC_HEADER + yaml.safe_dump(plan.toc(), sort_keys=False, allow_unicode=True)


def write_toc(plan: Plan, site_root: Path) -> bool:
    """Write _toc.yml when it differs from the plan's; True when it changed."""
    target = Path(site_root) / TOC_FILE
    text = toc_text(plan)
    if target.exists() and target.read_text(encoding="utf-8") == text:
        return False
    target.write_text(text, encoding="utf-8")
    return True


def load_plan(project_root: Path) -> Plan:
    """Read and check pages.yml; raises ValidationFailed naming pages.yml:line for each problem."""
    project_root = Path(project_root)
    plan_file = project_root / PLAN_FILE
    problems = Collector(plan_file)
    if not plan_file.exists():
        problems.add(None, None, "file not found: the build needs its plan")
        raise_if_any(problems)
    data = load_located(plan_file)   # what is wrong with the YAML itself it names, with the line
    if not isinstance(data, dict) or "root" not in data or not isinstance(data.get("parts"), list):
        problems.add(1, None, "expected 'root: <landing page>' and a 'parts:' list")
        raise_if_any(problems)

    if isinstance(data["root"], dict):   # a landing page the build executes, like any other page
        root = _page(data["root"], project_root, problems) or Page(path="book/index.md")
    else:
        root = Page(path=str(data["root"]))
        _check_page_path(root.path, data.line_of("root"), "root", problems)
    parts = []
    for part in data["parts"]:
        if not isinstance(part, dict) or not isinstance(part.get("pages"), list) or not part.get("caption"):
            problems.add(getattr(part, "line", None), "parts", "each part needs a caption and a 'pages:' list")
            continue
        pages = tuple(page for page in (_page(entry, project_root, problems) for entry in part["pages"]) if page)
        parts.append(Part(caption=str(part["caption"]), pages=pages))
    plan = Plan(root=root, parts=tuple(parts))

    seen: dict[str, str] = {}
    for page in plan.pages:
        if page.name in seen:
            problems.add(None, "page", f"{page.path} and {seen[page.name]} share the name {page.name!r}; "
                                       "names must be unique (they make cell ids)")
        seen[page.name] = page.path
    raise_if_any(problems)
    return plan


def _page(entry, project_root: Path, problems: Collector) -> Page | None:
    if not isinstance(entry, dict) or "page" not in entry:
        problems.add(getattr(entry, "line", None), "page", "each page needs 'page: <path>'")
        return None
    unknown = set(entry) - {"page", "title", "template", "parameters"}
    for key in sorted(unknown):
        hint = ": the build records what each page reads" if key == "reads" else ""
        problems.add(entry.line_of(key), key, f"unknown key (known: page, title, template, parameters){hint}")
    path = str(entry["page"])
    template = entry.get("template")
    parameters = entry.get("parameters") or {}
    if not isinstance(parameters, dict):
        problems.add(entry.line_of("parameters"), "parameters", f"expected NAME: VALUE pairs, found {parameters!r}")
        parameters = {}
    parameters = dict(parameters)
    path_ok = _check_page_path(path, entry.line_of("page"), "page", problems)

    if template:
        template = str(template)
        if path_ok and not path.endswith(".ipynb"):
            problems.add(entry.line_of("page"), "page", f"an executed page must be an .ipynb file, not {path}")
        if path_ok and PurePosixPath(path) == PurePosixPath(template):
            problems.add(entry.line_of("page"), "page", f"{path} is the template itself: the build would overwrite it")
        if not _is_inside_repository(template):
            problems.add(entry.line_of("template"), "template",
                         f"{template} must be a relative path inside the repository (e.g. notebooks/x.ipynb)")
        declared = template_parameters(project_root / template) if _is_inside_repository(template) else {}
        if declared is None:
            problems.add(entry.line_of("template"), "template",
                         f"{template} has no cell tagged 'parameters' (or does not exist); papermill needs one")
        else:
            for name in sorted(set(parameters) - set(declared)):
                problems.add(entry.line_of("parameters"), "parameters",
                             f"{template} has no parameter {name!r} (it declares: {', '.join(declared) or 'none'})")
        for name, value in parameters.items():
            try:
                json.dumps(value)
            except TypeError:
                problems.add(entry.line_of("parameters"), "parameters", f"{name}: {value!r} is not JSON-like")
    elif parameters:
        problems.add(entry.line_of("parameters"), "parameters", "only a page with a template takes parameters")
    title = str(entry["title"]) if entry.get("title") else None
    return Page(path=path, template=template or None, parameters=parameters, title=title)


PAGES_FOLDER = "book"


def _check_page_path(path: str, line: int | None, column: str, problems: Collector) -> bool:
    """A page is written by the build: relative, inside book/, never outside it. True when it is."""
    pure = PurePosixPath(path.replace("\\", "/"))
    if pure.is_absolute() or path.startswith("~"):
        problems.add(line, column, f"{path} is an absolute path; give it relative to the repository, inside {PAGES_FOLDER}/")
    elif ".." in pure.parts:
        problems.add(line, column, f"{path} leaves {PAGES_FOLDER}/ ('..'); pages live inside {PAGES_FOLDER}/")
    elif len(pure.parts) < 2 or pure.parts[0] != PAGES_FOLDER:
        problems.add(line, column, f"{path} is not inside {PAGES_FOLDER}/; pages live there (e.g. {PAGES_FOLDER}/{pure.name})")
    else:
        return True
    return False


def _is_inside_repository(path: str) -> bool:
    pure = PurePosixPath(path.replace("\\", "/"))
    return not pure.is_absolute() and ".." not in pure.parts and not path.startswith("~")


def parameters_cell_index(template: Path) -> int | None:
    """Where the template's `parameters` cell is (papermill injects its own cell right after it)."""
    try:
        cells = json.loads(Path(template).read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError):
        return None
    return next((i for i, cell in enumerate(cells) if "parameters" in cell.get("metadata", {}).get("tags", [])), None)


def template_parameters(template: Path) -> dict[str, str] | None:
    """Names assigned in the template's `parameters` cell, with their default's source text.

    None when the template is missing or has no such cell."""
    template = Path(template)
    if not template.exists():
        return None
    info = template.stat()
    found = _parameters_of(str(template), info.st_size, info.st_mtime_ns)  # many pages share a template
    return dict(found) if found is not None else None


@functools.lru_cache(maxsize=64)
def _parameters_of(template: str, size: int, mtime_ns: int) -> dict[str, str] | None:
    notebook = json.loads(Path(template).read_text(encoding="utf-8"))
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            found = {}
            for node in ast.parse(source).body:
                if isinstance(node, (ast.Assign, ast.AnnAssign)):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    for target in targets:
                        if isinstance(target, ast.Name):
                            found[target.id] = ast.get_source_segment(source, node.value) or ""
            return found
    return None
