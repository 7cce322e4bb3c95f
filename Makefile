# maillage — build, check, preview and test the site.
# On a fresh machine (Python 3.11 and make): `make build`, then `make test`.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican
RUNTIME := $(VENV)/.installed-runtime
DEV := $(VENV)/.installed-dev
JS := tests/js/node_modules/.installed

.PHONY: build check serve publish test bench clean

build: $(RUNTIME)  ## Build content/ into output/ (stops on any content error)
	$(PELICAN) content -s pelicanconf.py

check: $(RUNTIME)  ## Validate all content without building; lists every problem
	PYTHONPATH=plugins $(BIN)/python -m hub_core.check content -s pelicanconf.py

serve: $(RUNTIME)  ## Preview on http://127.0.0.1:8000 with autoreload
	PYTHONPATH=plugins $(BIN)/python -m hub_core.serve content -s pelicanconf.py

publish: $(RUNTIME)  ## Build for production with publishconf.py
	$(PELICAN) content -s publishconf.py

test: $(DEV) $(JS)  ## Run the whole test suite (unit and functional)
	$(BIN)/python -m pytest

bench: $(DEV)  ## Benchmark (not run in CI): see bench/README.md
	$(BIN)/pip install -q -r bench/requirements.txt
	$(BIN)/python bench/run.py

clean:
	rm -rf output .cache

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUNTIME): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements.txt
	touch $@

$(DEV): requirements-dev.txt requirements.txt $(RUNTIME)
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $@

# ical.js (Thunderbird's calendar engine) checks our .ics files in the tests; needs Node.js and npm.
$(JS): tests/js/package.json tests/js/package-lock.json
	npm ci --prefix tests/js --no-audit --no-fund
	touch $@
