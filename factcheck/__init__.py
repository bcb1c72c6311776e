"""factcheck: the claim ledger, its checks, and the build of the report.

Data flows one way: seeds -> ledger (claims.csv) -> checks -> notebooks -> book.
Notebooks import from here for anything they share.
"""
__version__ = "0.1.0"
