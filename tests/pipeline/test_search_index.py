"""render.py's changes to Sphinx's search index leave the index as Sphinx writes it.

Each comparison runs in a fresh interpreter: render.py changes Sphinx's IndexBuilder class for the process."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PAGES = {
    "deportations": "Removals\n========\n\nICE removed 271,484 people; removals rose and deportations fell. The removals "
                    "of the year were the highest, and the running totals ran higher still.\n",
    "detainers": "Detainers\n=========\n\nDetainers were declined. Declining counties declined 206 detainers; running "
                 "the numbers, the removals were fewer where detainers were declined.\n",
    "empty": "Nothing\n=======\n\nThe and of a.\n",
}

INDEX_BOTH_WAYS = r"""
import json, sys
from types import SimpleNamespace
from docutils.core import publish_doctree
from sphinx.search import IndexBuilder
from factcheck.pipeline import render

pages = json.loads(sys.argv[1])

def index():
    env = SimpleNamespace(domains={}, version={}, **{f"_search_index_{name}": {} for name in (
        "titles", "filenames", "mapping", "title_mapping", "all_titles", "index_entries", "objtypes", "objnames")})
    builder = IndexBuilder(env, "en", {}, None)
    for name, text in pages.items():
        builder.feed(name, name + ".rst", name.title(), publish_doctree(text))
    return builder, builder.freeze()

_, sphinx_own = index()
render._index_each_word_once(IndexBuilder)
render._stem_each_word_once(IndexBuilder)
patched, ours = index()
stems = patched.lang.stem.cache_info()
print(json.dumps({"sphinx": sphinx_own, "ours": ours, "stems": [stems.hits, stems.misses]}, sort_keys=True,
                 default=sorted))
"""


def both_ways() -> dict:
    done = subprocess.run([sys.executable, "-c", INDEX_BOTH_WAYS, json.dumps(PAGES)], cwd=REPO, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def test_the_index_is_the_one_sphinx_makes_and_words_met_on_several_pages_are_stemmed_once():
    made = both_ways()
    assert made["sphinx"]["terms"] and made["sphinx"]["titleterms"]     # the pages did give words to index
    assert made["ours"] == made["sphinx"]
    hits, misses = made["stems"]
    assert hits > 0                                 # a word met again, on another page, was not stemmed again
