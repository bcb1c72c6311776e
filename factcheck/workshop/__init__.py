"""The workshop kit: exercises on the real articles, each with an automatic checker.

One module per exercise, each with one job: build the question from the ledger
(nothing typed by hand) and say whether an answer is right and, if not, why not
in plain words.

module           exercise
---------------  ------------------------------------------------------------
anchoring        find the start and end offsets of a quote in its article
hedging          turn a hedged or rounded number into the interval it means
shares           check a stated percentage against the counts it comes from
comparability    decide whether two figures can be compared, and if not why
feedback         what every checker returns: right / not yet / not answered yet
starters         strip solutions from a template: the participant's notebook
cli              `python -m factcheck workshop`: write the starters to a folder
"""
