"""factcheck.pipeline.render: a pickled Sphinx environment moved to the folder the site now lives in."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from factcheck.pipeline.render import _relocate


def test_a_moved_environment_names_the_new_folder_and_its_dependencies_in_it(tmp_path):
    old, new = tmp_path / "old" / "site", tmp_path / "new" / "site"
    outside = tmp_path / "old" / "shared.css"  # beside the old folder, not in it: stays as it is
    env = SimpleNamespace(srcdir=old, dependencies={
        "book/methods": {str(old / "book" / "register.ipynb"), "book/images/chart.svg", str(outside)},
        "book/index": set()})
    _relocate(env, old, new)
    assert env.srcdir == new
    assert env.dependencies == {"book/methods": {"book/register.ipynb", "book/images/chart.svg", str(outside)},
                                "book/index": set()}
    # Sphinx joins a dependency to the source folder: the moved one is now the new folder's file
    assert Path(new, *env.dependencies["book/methods"] - {str(outside), "book/images/chart.svg"}) == \
        new / "book" / "register.ipynb"
