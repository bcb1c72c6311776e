"""factcheck: the claim ledger, its checks, and the build of the report.

Data flows one way: seeds -> ledger (claims.csv) -> checks -> notebooks -> book.
Notebooks import from here for anything they share.
"""
import sys

__version__ = "0.1.0"

# jsonschema (used by Altair, and by nbformat when a page glues a value) imports the
# optional rfc3987_syntax, which compiles ~40 IRI grammars at import: 2-5 s per
# executed page. Only the "iri" format needs it and no schema here uses that format,
# so mark it absent in this process; jsonschema then skips that one format check.
sys.modules.setdefault("rfc3987_syntax", None)
