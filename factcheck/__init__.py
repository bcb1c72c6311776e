"""factcheck: the claim ledger, its checks, and the build of the report.

Data flows one way, and the package's folders follow it; a stage imports only from
the stages before it (tests/test_layout.py holds the order):

    files      reading and writing with located errors (used by every stage)
    sources    the articles as published, their provenance, the public record
    ledger     every claim, anchored and read as an interval
    checks     derivations and comparisons, their outcomes, the desk's ratings
    report     what pages show: chapters, full text, charts, register, ClaimReview, data
    site       the Sphinx extension and trimmed assets
    pipeline   papermill over the templates, then Jupyter Book
    byo        bring your own article, and the class book
    workshop   exercises and their checkers

At the top: `paths` and `usage` (used by all), `cli` and `commands` (the command line).
Notebooks import from here for anything they share.
"""
import sys

__version__ = "0.1.0"

# jsonschema (used by Altair, and by nbformat when a page glues a value) imports the
# optional rfc3987_syntax, which compiles ~40 IRI grammars at import: 2-5 s per
# executed page. Only the "iri" format needs it and no schema here uses that format,
# so mark it absent in this process; jsonschema then skips that one format check.
sys.modules.setdefault("rfc3987_syntax", None)
