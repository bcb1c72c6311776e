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

# Two test processes (pytest-xdist), files kept whole on one: each process builds the session's
# site copies once, so more processes would repeat those builds rather than save time.
test: install browser
	$(BIN)/python -m pytest -n 2 --dist loadfile

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pip==26.3
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# Debian's chromium, for the browser tests (the project runs as root on its machines).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

clean:
	rm -rf _build .venv
