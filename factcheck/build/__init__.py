"""The build: execute the notebook templates with papermill, then render the site with Jupyter Book.

    pages.yml ──plan──> work list + _toc.yml
    notebooks/*.ipynb ──execute (papermill, 2 processes)──> book/**/*.ipynb  (normalised, atomic)
    book/ + _config.yml + _toc.yml ──site (jupyter-book -n -W --keep-going)──> _build/html (swapped in)

A page is executed again only when one of its inputs changed (see `fingerprint`),
and the site is rebuilt only when one of its sources changed. `pipeline.build`
ties the steps together; `cli` is the `python -m factcheck build` command.
"""
