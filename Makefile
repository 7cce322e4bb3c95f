# maillage — build, check, preview and test the site.
# On a fresh machine (Python 3.11 with venv, and make): `make build`, then `make test`, which
# installs the Debian packages the tests need (Node.js, npm, Chromium, a JRE) when run as root,
# and otherwise says which are missing and the apt-get command that installs them.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican
RUNTIME := $(VENV)/.installed-runtime
DEV := $(VENV)/.installed-dev
JS := tests/js/node_modules/.installed
HUB := PYTHONPATH=plugins:cli $(BIN)/python -m hub_cli
PUBLISH_FLAGS ?=  # e.g. -e LOAD_CONTENT_CACHE=true (CI keeps .cache/ between runs)
# Every build writes into a fresh folder beside output/ and replaces output/ only once all of it
# succeeded, Pagefind's search index included (plugins/hub_output): a failed build keeps the last site.

.PHONY: build check import serve new translate publish search-index compress schemas guide hooks translations test test-deps places expected-site bench clean

build: $(RUNTIME)  ## Build content/ and its search index into output/, re-rendering only the pages that changed (FULL=1: all of them)
	$(PELICAN) content -s pelicanconf.py $(if $(FULL),-e 'HUB_OUTPUT={"incremental": false}')

check: $(RUNTIME)  ## Validate all content without building; lists every problem (warnings do not fail)
	$(HUB) check -s pelicanconf.py

serve: $(RUNTIME)  ## Preview on http://127.0.0.1:8000 with autoreload
	$(HUB) serve -s pelicanconf.py

new: $(RUNTIME)  ## New content file: make new TYPE=event TITLE="Dîner réseautage" [SLUG=diner-2027-03] [MISSION=slug]
	@test -n "$(TYPE)" -a -n "$(TITLE)" || { echo 'make new TYPE=event|post|chronicle|mission|report|directory TITLE="Titre" [SLUG=identifiant] [MISSION=slug]'; exit 2; }
	$(HUB) new $(TYPE) "$(TITLE)" -s pelicanconf.py $(if $(MISSION),--mission "$(MISSION)") $(if $(SLUG),--slug "$(SLUG)")

import: $(RUNTIME)  ## Import the groups' calendars (content/data/calendars.yml) into content/events/: make import [SOURCE=name]
	$(HUB) import -s pelicanconf.py $(if $(SOURCE),--source "$(SOURCE)")

places: $(RUNTIME)  ## The municipalities and places the site knows, with their region: make places [Q=percé]
	$(HUB) places -s pelicanconf.py $(if $(Q),"$(Q)")

publish: $(RUNTIME)  ## Build for production with publishconf.py: search index and precompressed .gz, .br included
	$(PELICAN) content -s publishconf.py $(PUBLISH_FLAGS)

search-index: $(RUNTIME)  ## Pagefind's search index of a built site (builds make it already): make search-index [SITE=output]
	PYTHONPATH=plugins $(BIN)/python -m hub_output.pagefind $(or $(SITE),output)

compress: $(RUNTIME)  ## Write .gz and .br next to the text files of output/
	$(HUB) compress output

schemas: $(RUNTIME)  ## Regenerate schemas/ (JSON Schemas of the front matter) from the field table
	$(HUB) schemas

guide: $(RUNTIME)  ## Regenerate the field references of docs/guide-redaction.md and docs/content-model.md
	$(HUB) guide
	$(HUB) content-model

# UI strings: French in the templates (`_('En bref')`), English in the catalog (read as is, no .mo).
translations: $(RUNTIME)  ## Refresh theme/translations/ from the templates' _() and the plugins' N_() strings; then translate the new msgstr ""
	$(BIN)/pybabel -q extract -F babel.cfg --no-location --sort-output --omit-header --no-wrap -o theme/translations/messages.pot theme/templates plugins cli
	$(BIN)/pybabel -q update -i theme/translations/messages.pot -d theme/translations -l en --init-missing --omit-header --ignore-obsolete --no-fuzzy-matching --no-wrap

translate: $(RUNTIME)  ## Start the English translation of a content file: make translate FILE=content/events/x.md
	@test -n "$(FILE)" || { echo 'make translate FILE=content/events/diner-rimouski.md'; exit 2; }
	$(HUB) translate "$(FILE)" -s pelicanconf.py

hooks: $(RUNTIME)  ## Install the pre-commit hook that runs `hub check` on staged content
	$(BIN)/python -m pip install --disable-pip-version-check -q pre-commit==4.7.0
	$(BIN)/pre-commit install

test: test-deps $(DEV) $(JS)  ## Run the whole test suite (unit, functional, browser)
	$(BIN)/python -m pytest

# The fixture site's expected output (tests/output/site/), compared with every build by
# tests/functional/test_expected_site.py. Regenerate on purpose, then read and commit the diff.
expected-site: $(DEV)  ## Rebuild tests/output/site/ from tests/fixtures/site/ (after an intended output change)
	$(BIN)/python tests/expected_site.py
test-deps:  ## Node.js, npm, Chromium, Java: installed with apt-get as root, else one line saying how
	@$(PYTHON) tools/dependencies.py

bench: $(DEV)  ## Benchmark (not run in CI): see bench/README.md
	$(BIN)/pip install -q -r bench/requirements.txt
	$(BIN)/python bench/run.py

clean:
	rm -rf output .output.staging-* .output.pagefind-* .output.trash-* .output.preview .output.lock .cache

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUNTIME): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements.txt
	touch $@

$(DEV): requirements-dev.txt requirements.txt $(RUNTIME)
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $@

# ical.js (Thunderbird's calendar engine) checks our .ics files in the tests; needs Node.js and npm.
$(JS): tests/js/package.json tests/js/package-lock.json | test-deps
	npm ci --prefix tests/js --no-audit --no-fund --ignore-scripts
	touch $@
