"""Stage 6, the pipeline: execute the notebook templates with papermill, then render the site with Jupyter Book.

Takes: pages.yml, notebooks/, and everything the stages before it read. Gives: book/ (executed pages)
and _build/html (the site).

    pages.yml ──plan──> work list + _toc.yml
    notebooks/*.ipynb ──execute (papermill on 2 warm kernels)──> book/**/*.ipynb  (normalised, atomic)
    book/ + _config.yml + _toc.yml ──site (Sphinx as Jupyter Book sets it up, incremental)──> _build/html

A page is executed again only when its template, its parameters, the package code
or one of the data items it read in its last run changed (`fingerprint`, with the
record kept by factcheck.usage), and only the changed pages are rendered again
(`render`, `site`). `kernel` and `in_kernel` keep one kernel per worker with the
imports, the ledger and the verdicts ready. `pipeline.build` ties the steps
together under a lock; `cli` is `python -m factcheck build`, `serve` is
`python -m factcheck serve`. `warm` keeps kernels and a render process ready between
builds, in a process of their own (`warm_server`; `python -m factcheck warm`).
"""
