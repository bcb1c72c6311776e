"""Stage 4, the report: what a reader is shown, built from the ledger and the checks.

Takes: the ledger, the checks' outcomes and ratings. Gives: the blocks the notebook
templates display (chapters, the full text with its marks, charts, the register,
the claims index), ClaimReview JSON-LD, and the downloadable data package.
"""
