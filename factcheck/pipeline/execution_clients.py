"""myst-nb's notebook execution clients, imported only if a render makes one.

When Sphinx loads myst-nb, myst-nb imports all its execution clients (`myst_nb.core.execute`). Two of them import
jupyter-cache, whose database layer imports SQLAlchemy. The site's render executes nothing (`_config.yml`:
`execute_notebooks: "off"`; papermill executed the pages before), so myst-nb never makes these clients there. Left
out, a render process's set-up took 0.81-0.89 s instead of 0.97-1.04 s (four runs each, on this repository).

`defer()`, called by a render process started with `python -m factcheck.pipeline.render` before myst-nb is imported,
puts a stand-in in place of each of the two modules. A stand-in holds one class of the same name; making an instance
of it imports the real module and returns an instance of the real client, made with the same arguments. A
configuration that executes notebooks (`cache`, `force`, `auto`) still gets myst-nb's own client. (`serve`'s
forkserver imports myst-nb without stand-ins, once per `serve`, and so does the test suite's render zygote
(pipeline/zygote.py): in a render process forked from either, `defer()` finds the clients imported and leaves them.)

What a stand-in does not do, and nothing in myst-nb 1.4 (pinned) asks of it, since only its `create_client` uses
these classes: pass `isinstance` for a real client, be subclassed, be pickled, or have a module spec.
"""
from __future__ import annotations

import importlib
import sys
import threading
import types

# module -> the one client class myst-nb's `create_client` takes from it (myst-nb 1.4)
DEFERRED = {"myst_nb.core.execute.cache": "NotebookClientCache",
            "myst_nb.core.execute.direct": "NotebookClientDirect"}

_SWAP = threading.Lock()   # one thread swaps a stand-in for the real module; the others wait for it


class _StandIn(types.ModuleType):
    """A module standing in for one of DEFERRED until its client is made."""


def defer() -> None:
    """Put the stand-ins in place; nothing if myst-nb's execution clients were already imported."""
    if "myst_nb.core.execute" in sys.modules:
        return
    for module_name, class_name in DEFERRED.items():
        stand_in = _StandIn(module_name, f"Stands in for {module_name} until a render makes its client.")
        stand_in.__dict__[class_name] = _made_on_demand(module_name, class_name)
        sys.modules[module_name] = stand_in


def real_module(module_name: str) -> types.ModuleType:
    """The module itself, imported now if a stand-in was in its place."""
    with _SWAP:
        if isinstance(sys.modules.get(module_name), _StandIn):
            del sys.modules[module_name]
        return importlib.import_module(module_name)


def _made_on_demand(module_name: str, class_name: str) -> type:
    def make(cls, *args, **kwargs):
        return getattr(real_module(module_name), class_name)(*args, **kwargs)

    return type(class_name, (), {"__new__": make, "__module__": module_name,
                                 "__doc__": f"{class_name}, imported from {module_name} when first made."})
