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


def test_after_a_move_a_page_whose_content_is_not_what_was_read_is_read_again_whatever_its_time(tmp_path):
    from factcheck.pipeline.render import _changed_since_moved, _note_source_digests

    (tmp_path / "same.md").write_text("as read\n", encoding="utf-8")
    (tmp_path / "edited.md").write_text("as read\n", encoding="utf-8")
    env = SimpleNamespace(found_docs={"same", "edited", "unrecorded", "new"}, all_docs={"same", "edited", "unrecorded"},
                          doc2path=lambda docname: str(tmp_path / f"{docname}.md"))
    _note_source_digests(None, env, ["same", "edited"])
    (tmp_path / "edited.md").write_text("edited\n", encoding="utf-8")
    (tmp_path / "unrecorded.md").write_text("read by a build that kept no digest\n", encoding="utf-8")
    assert _changed_since_moved(None, env, set(), set(), set()) == [], "not moved: Sphinx's time test alone"
    env.factcheck_moved_from = "/old/site"
    assert _changed_since_moved(None, env, {"new"}, set(), set()) == ["edited", "unrecorded"]
    assert _changed_since_moved(None, env, set(), set(), set()) == [], "once, after the move"
