"""The site carries only what its pages use: the theme's icons cut to a few, its stylesheet trimmed."""
from __future__ import annotations

from factcheck import paths
from factcheck.site.assets import ICONS, fontawesome_script, icons_css, trim_css


def test_the_committed_icons_are_the_generators_output():
    assert (paths.ROOT / "_static" / "icons.css").read_text(encoding="utf-8") == icons_css()


def test_every_icon_is_a_mask_with_its_own_shape():
    css = icons_css()
    assert all(f".fa-{name} {{ --fc-icon: url(" in css for name in ICONS)
    assert "Font Awesome Free" in css   # the icons' licence travels with them


def test_the_template_override_differs_from_the_themes_only_by_the_icon_script():
    ours = (paths.ROOT / "_templates" / "static" / "webpack-macros.html").read_text(encoding="utf-8")
    theirs = (fontawesome_script().parents[1] / "webpack-macros.html").read_text(encoding="utf-8")
    kept = [line for line in theirs.splitlines() if "fontawesome.js" not in line]
    assert [line for line in ours.splitlines() if line in kept] == kept
    assert "fontawesome.js" not in ours


def test_trimming_keeps_what_a_page_can_use_and_drops_the_rest():
    css = (".used{color:red}.unused{color:blue}.used .unused{margin:0}a:not(.unused){color:green}"
           "@media (min-width:1px){.unused{x:1}.used{y:2}}.fa-bars:before{content:\"\\f0c9\"}"
           "@font-face{font-family:Font Awesome\\ 6 Free;src:url(x.woff2)}")
    trimmed = trim_css(css, {"used", "fa-bars"})
    assert ".used{color:red}" in trimmed and "a:not(.unused){color:green}" in trimmed
    assert ".unused{color:blue}" not in trimmed and ".used .unused" not in trimmed
    assert "@media (min-width:1px){.used{y:2}}" in trimmed
    assert "fa-bars:before" not in trimmed and "font-face" not in trimmed


def test_the_classes_kept_per_page_follow_each_pages_bytes(tmp_path):
    """used_classes with a kept record gives what reading every page gives: after a page's classes change, after a
    page goes, after a page comes, and from a spoilt record."""
    from factcheck.site.assets import used_classes

    site, kept = tmp_path / "html", tmp_path / "doctrees" / "used-classes.json"
    (site / "book").mkdir(parents=True)
    kept.parent.mkdir()
    (site / "index.html").write_text('<p class="first shared">x</p>', encoding="utf-8")
    (site / "book" / "page.html").write_text('<div class="second shared">y</div>', encoding="utf-8")
    assert used_classes(site, kept) == used_classes(site) >= {"first", "second", "shared"}
    assert kept.is_file()
    (site / "book" / "page.html").write_text('<div class="third shared">y</div>', encoding="utf-8")
    assert used_classes(site, kept) == used_classes(site)
    assert "third" in used_classes(site, kept) and "second" not in used_classes(site, kept)
    (site / "index.html").unlink()
    (site / "book" / "new.html").write_text('<span class="fourth">z</span>', encoding="utf-8")
    assert used_classes(site, kept) == used_classes(site)
    assert "first" not in used_classes(site, kept) and "fourth" in used_classes(site, kept)
    kept.write_text('{"book/page.html": ["not the hash", ["second"]], "x": 1', encoding="utf-8")
    assert used_classes(site, kept) == used_classes(site)
