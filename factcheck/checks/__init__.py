"""Stage 3, the checks: derivations, comparisons and record checks, and the desk's judgement.

Takes: the ledger and data/checks.yml, data/report.yml. Gives: each check's arithmetic
outcome (interval arithmetic, a small fixed set), the reviewed ratings and
materiality on the published scale, and the rule that every figure a reason prints
is traced to the article, a claim or a reference.
"""
