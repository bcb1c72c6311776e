"""The package's folders follow the data: a stage imports only from the stages before it.

Lazy imports inside functions count too: they are how a back-reference hides.
"""
from __future__ import annotations

import ast
from pathlib import Path

from factcheck import paths

# Earlier first. Plain modules at the top of the package are either the base every stage
# may use, or the command line, which may use every stage.
BASE = ("paths", "usage")
STAGES = ("files", "sources", "ledger", "checks", "report", "site", "pipeline", "byo", "workshop")
TOP = ("cli", "commands", "__main__")
MOST_PLAIN_MODULES = 8


def module_name(path: Path, package_dir: Path) -> str:
    parts = list(path.relative_to(package_dir).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join([package_dir.name, *parts])


def imports_of(path: Path, package_dir: Path) -> set[str]:
    """Every module of the package that the file imports, at the top or inside a function."""
    package = package_dir.name
    this = module_name(path, package_dir)
    here = this.split(".") if path.name == "__init__.py" else this.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == package)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[:len(here) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            elif (node.module or "").split(".")[0] == package:
                target = node.module
            else:
                continue
            for alias in node.names:   # `from pkg import module` imports the module
                candidate = f"{target}.{alias.name}"
                is_module = any((package_dir.parent / (candidate.replace(".", "/") + suffix)).exists()
                                for suffix in (".py", "/__init__.py"))
                found.add(candidate if is_module else target)
    found.discard(this)
    return found


def rank(module: str) -> int:
    """Where a module sits in the flow: base 0, each stage in order, the command line last."""
    parts = module.split(".")
    if len(parts) == 1:
        return 0   # the package itself: its __init__ imports nothing of ours
    head = parts[1]
    if head in BASE:
        return 0
    if head in STAGES:
        return 1 + STAGES.index(head)
    if head in TOP:
        return 1 + len(STAGES)
    raise AssertionError(f"{module}: not in a stage folder, nor one of the plain modules {BASE + TOP}")


def layering_problems(package_dir: Path) -> list[str]:
    """Each import that runs against the flow, and each pair of modules that import each other."""
    graph = {module_name(path, package_dir): imports_of(path, package_dir)
             for path in sorted(package_dir.rglob("*.py"))}
    problems = []
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            if rank(target) > rank(module):
                problems.append(f"{module} imports {target}, a later stage")
            if module in graph.get(target, ()) and module < target:
                problems.append(f"{module} and {target} import each other")
    return problems


def test_every_stage_imports_only_from_the_stages_before_it():
    assert layering_problems(paths.ROOT / "factcheck") == []


def test_the_package_top_holds_few_plain_modules_and_no_build_folder():
    package = paths.ROOT / "factcheck"
    plain = sorted(p.stem for p in package.glob("*.py") if p.stem not in ("__init__", "__main__"))
    assert len(plain) <= MOST_PLAIN_MODULES, plain
    assert set(plain) <= set(BASE + TOP), f"a plain module that belongs in a stage folder: {plain}"
    folders = sorted(p.name for p in package.iterdir() if (p / "__init__.py").exists())
    assert folders == sorted(STAGES)
    assert not (package / "build").exists()


def _package(root: Path, files: dict[str, str]) -> Path:
    package = root / "factcheck"
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for folder in {p.parent for p in package.rglob("*.py")} | {package}:
        (folder / "__init__.py").touch()
    return package


def test_a_planted_back_import_is_found_even_inside_a_function(tmp_path):
    package = _package(tmp_path, {
        "ledger/hedges.py": "def rules():\n    from factcheck.report import readable\n",
        "report/readable.py": "from ..ledger.hedges import rules\n",
    })
    assert layering_problems(package) == [
        "factcheck.ledger.hedges imports factcheck.report.readable, a later stage",
        "factcheck.ledger.hedges and factcheck.report.readable import each other",
    ]


def test_two_modules_of_one_stage_that_import_each_other_are_found(tmp_path):
    package = _package(tmp_path, {
        "report/chapters.py": "from . import display\n",
        "report/display.py": "def rows():\n    from .chapters import allows\n",
    })
    assert layering_problems(package) == ["factcheck.report.chapters and factcheck.report.display import each other"]


def test_imports_in_the_flow_direction_pass(tmp_path):
    package = _package(tmp_path, {
        "ledger/hedges.py": "from factcheck import paths\nfrom factcheck.files import problems\n",
        "report/readable.py": "from factcheck.ledger.hedges import rules\n",
        "cli.py": "from factcheck.workshop import cli\n",
        "workshop/cli.py": "",
    })
    assert layering_problems(package) == []
