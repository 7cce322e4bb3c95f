# maillage — build, check, preview and test the site.
# On a fresh machine (Python 3.11 and make): `make build`, then `make test`.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican
RUNTIME := $(VENV)/.installed-runtime
DEV := $(VENV)/.installed-dev
JS := tests/js/node_modules/.installed
HUB := PYTHONPATH=plugins $(BIN)/python -m hub_cli
PUBLISH_FLAGS ?=  # e.g. -e LOAD_CONTENT_CACHE=true (CI keeps .cache/ between runs)
# Every build writes into a fresh folder beside output/ and replaces output/ only once all of it
# succeeded, Pagefind's search index included (plugins/hub_output): a failed build keeps the last site.

.PHONY: build check serve new translate publish search-index compress schemas guide hooks translations test bench clean

build: $(RUNTIME)  ## Build content/ and its search index into output/ (stops on any content error, keeping the last site)
	$(PELICAN) content -s pelicanconf.py

check: $(RUNTIME)  ## Validate all content without building; lists every problem (warnings do not fail)
	$(HUB) check -s pelicanconf.py

serve: $(RUNTIME)  ## Preview on http://127.0.0.1:8000 with autoreload
	$(HUB) serve -s pelicanconf.py

new: $(RUNTIME)  ## New content file: make new TYPE=event TITLE="Dîner réseautage" [MISSION=slug]
	@test -n "$(TYPE)" -a -n "$(TITLE)" || { echo 'make new TYPE=event|post|chronicle|mission|report|directory TITLE="Titre" [MISSION=slug]'; exit 2; }
	$(HUB) new $(TYPE) "$(TITLE)" -s pelicanconf.py $(if $(MISSION),--mission "$(MISSION)")

publish: $(RUNTIME)  ## Build for production with publishconf.py: search index and precompressed .gz, .br included
	$(PELICAN) content -s publishconf.py $(PUBLISH_FLAGS)

search-index: $(RUNTIME)  ## Pagefind's search index of a built site (builds make it already): make search-index [SITE=output]
	PYTHONPATH=plugins $(BIN)/python -m hub_output.pagefind $(or $(SITE),output)

compress: $(RUNTIME)  ## Write .gz and .br next to the text files of output/
	$(HUB) compress output

schemas: $(RUNTIME)  ## Regenerate schemas/ (JSON Schemas of the front matter) from the field table
	$(HUB) schemas

guide: $(RUNTIME)  ## Regenerate the field reference of docs/guide-redaction.md from the field table
	$(HUB) guide

# UI strings: French in the templates (`_('En bref')`), English in the catalog (read as is, no .mo).
translations: $(RUNTIME)  ## Refresh theme/translations/ from the templates' _() strings; then translate the new msgstr ""
	$(BIN)/pybabel -q extract -F babel.cfg --no-location --sort-output --omit-header --no-wrap -o theme/translations/messages.pot theme/templates
	$(BIN)/pybabel -q update -i theme/translations/messages.pot -d theme/translations -l en --init-missing --omit-header --ignore-obsolete --no-fuzzy-matching --no-wrap

translate: $(RUNTIME)  ## Start the English translation of a content file: make translate FILE=content/events/x.md
	@test -n "$(FILE)" || { echo 'make translate FILE=content/events/diner-rimouski.md'; exit 2; }
	$(HUB) translate "$(FILE)" -s pelicanconf.py

hooks: $(RUNTIME)  ## Install the pre-commit hook that runs `hub check` on staged content
	$(BIN)/python -m pip install --disable-pip-version-check -q pre-commit==4.7.0
	$(BIN)/pre-commit install

test: $(DEV) $(JS)  ## Run the whole test suite (unit and functional)
	$(BIN)/python -m pytest

bench: $(DEV)  ## Benchmark (not run in CI): see bench/README.md
	$(BIN)/pip install -q -r bench/requirements.txt
	$(BIN)/python bench/run.py

clean:
	rm -rf output .output.staging-* .output.lock .cache

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
	npm ci --prefix tests/js --no-audit --no-fund --ignore-scripts
	touch $@
