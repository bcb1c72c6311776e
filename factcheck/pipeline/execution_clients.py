"""myst-nb's notebook execution clients, imported only if a render makes one.

When Sphinx loads myst-nb, myst-nb imports all its execution clients (`myst_nb.core.execute`). Two of them import
jupyter-cache, whose database layer imports SQLAlchemy: about 0.28 s of processor time in every render process
(measured here: importing Sphinx, myst-parser and nbformat took 0.19-0.25 s of processor time, 0.45-0.53 s with
jupyter-cache; four runs each). The site executes nothing while it renders (`execution_mode: off`, `_config.yml`):
the pages were executed by papermill before, so myst-nb never makes these clients here.

`defer()`, called in a render process before myst-nb is imported, puts a stand-in in place of each of the two
modules. A stand-in holds one class of the same name; making an instance of it imports the real module, and
returns an instance of the real client, made with the same arguments. A configuration that executes notebooks
(`cache`, `force`, `auto`) still gets myst-nb's own client.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
import types

# module -> the one client class myst-nb's `create_client` takes from it (myst-nb 1.4)
DEFERRED = {"myst_nb.core.execute.cache": "NotebookClientCache",
            "myst_nb.core.execute.direct": "NotebookClientDirect"}


def defer() -> None:
    """Put the stand-ins in place; nothing if myst-nb's execution clients were already imported."""
    if "myst_nb.core.execute" in sys.modules:
        return
    for module_name, class_name in DEFERRED.items():
        stand_in = types.ModuleType(module_name, f"Stands in for {module_name} until a render makes its client.")
        stand_in.__dict__[class_name] = _made_on_demand(module_name, class_name)
        sys.modules[module_name] = stand_in


def real_module(module_name: str) -> types.ModuleType:
    """The module itself, imported now if a stand-in was in its place."""
    module = sys.modules.get(module_name)
    if module is not None and not getattr(module, "__file__", None):   # the stand-in has no file
        package_name, _, short_name = module_name.rpartition(".")
        package = importlib.import_module(package_name)
        spec = importlib.machinery.PathFinder.find_spec(module_name, package.__path__)
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[module_name]
            raise
        setattr(package, short_name, module)
    return importlib.import_module(module_name)


def _made_on_demand(module_name: str, class_name: str) -> type:
    def make(cls, *args, **kwargs):
        return getattr(real_module(module_name), class_name)(*args, **kwargs)

    return type(class_name, (), {"__new__": make, "__module__": module_name,
                                 "__doc__": f"{class_name}, imported from {module_name} when first made."})
