"""Stage 2, the ledger: every number and quantity word the articles print, as a claim.

Takes: the sources and data/claims.csv, data/non_claims.csv. Gives: the claim ledger,
each claim anchored to its quote and read as an interval (hedges, rounding, words),
and the mention finder that proposes claims in a new text.
"""
