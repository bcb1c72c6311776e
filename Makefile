# Two commands, from a clean clone (see README):
#   make site   install everything into .venv and build the site into _build/html
#   make test   install everything (a headless browser too) and run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: site test check install browser clean

site: install
	$(BIN)/python -m factcheck build

check: install
	$(BIN)/python -m factcheck check

# Two test processes (pytest-xdist; the machines have two cores). Each test runs in its xdist_group, in the
# order tests/conftest.py gives (the longest units first); the built site copies are shared by both processes.
# A test process that dies ends the run with the reason (--max-worker-restart=0) instead of a replacement that
# waits for work for ever.
# The packages and the browser are installed side by side: 24 s here on a new machine, 34 s one after the other.
test:
	@$(MAKE) --no-print-directory --jobs=2 --output-sync=target install browser
	$(BIN)/python -m pytest -n 2 --dist loadgroup --no-loadscope-reorder --max-worker-restart=0

install: $(VENV)/.installed

# uv installs the pinned packages, their bytecode compiled as pip would, in 15-18 s on a new machine here (pip took
# 31-47 s); pip is installed beside them for whoever adds a package by hand. uv reads no configuration file
# (--no-config), and hard-links the installed files to its cache (~/.cache/uv): edit a file in .venv in place and the
# cache changes. The venv starts without pip and the machine's pip puts uv into it (pip >= 22.3, `--python`):
# Python's own pip in a new venv, then upgraded, took 6.7 s of a 19 s install here, this 1.9 s. The bytecode is
# compiled now, not on first import: these machines set PYTHONDONTWRITEBYTECODE=1, so no process would keep it.
UV := $(BIN)/uv pip install --quiet --no-config --python $(BIN)/python --compile-bytecode
$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv --without-pip $(VENV)
	$(PYTHON) -m pip --python $(BIN)/python install --quiet --disable-pip-version-check uv==0.13.8
	$(UV) -r requirements.txt pip==26.3
	$(UV) --no-deps --no-build-isolation -e .
	touch $@

# Debian's headless Chromium, for the browser tests and the screenshots (factcheck/pipeline/browse.py; the project
# runs as root on its machines).
browser:
	@command -v chromium-headless-shell >/dev/null || \
	  { apt-get update -qq && apt-get install -y -qq chromium-headless-shell >/dev/null; }

clean:
	rm -rf _build .venv
