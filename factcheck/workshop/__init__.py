"""The workshop kit: exercises on the real articles, each with an automatic checker.

Takes: the report (ledger, checks, verdicts) and notebooks/workshop/. Gives: exercises, starters,
the instructor's key and a laptop self-test; the class book comes from byo.

One module per exercise, each with one job: build the question from the ledger
(nothing typed by hand) and say whether an answer is right and, if not, why not
in plain words.

module           exercise
---------------  ------------------------------------------------------------
anchoring        find the start and end offsets of a quote in its article
hedging          turn a hedged or rounded number into the interval it means
shares           check a stated percentage against the counts it comes from
reasons          exercise 3's reasons with their evidence: the hedge words quoted, or what a figure stands for
comparability    decide whether two figures can be compared, and if not why
variants         class variants of all four exercises, drawn from corpus/ (and corpus/workshop.yml) with a seed
feedback         what every checker returns: right / not yet / not answered yet
starters         strip solutions from a template: the participant's notebook
exercise_data    the workshop's own data (notebooks/workshop/exercises.yml): ratings, readings
report_cache     the ledger and the checks' outcomes, loaded once per state of the files
key              the instructor's key: answers, usual slips, cases to discuss (never in a starter)
selftest         `workshop --self-test`: is a participant's laptop ready?
cli              `python -m factcheck workshop`: starters, --answers DIR, --self-test

The questions a participant sees hold no answer: each checker looks the answer up
in the report when an answer comes, and its feedback names rules, never targets.
"""
