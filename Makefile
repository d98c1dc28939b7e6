# inspection-qa — common tasks. `make run` sets everything up and starts the chat.
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
CORPUS  ?= ../shared/corpus/herefordshire
PORT    ?= 7860
export INSPECTION_QA_INDEX ?= $(CURDIR)/data/index

.PHONY: run setup ingest serve test test-fast lint eval browser

$(BIN)/inspection-qa: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch is pinned in pyproject.toml: the CPU wheel, not a multi-GB CUDA build
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

setup: $(BIN)/inspection-qa

ingest: setup
	@if [ -d "$(CORPUS)" ]; then $(BIN)/inspection-qa ingest --quiet "$(CORPUS)"; \
	else echo "No record folder at $(CORPUS): the chat starts on what is indexed; add documents in its Sources tab."; fi

serve: setup
	$(BIN)/inspection-qa serve --port $(PORT)

run: ingest serve

# Headless Chromium for the browser tests (Debian's package; browser downloads fail here).
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq chromium; } || echo "chromium is not installed: browser tests will be skipped (sudo apt-get install chromium)"

test: setup browser
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not browser"

lint: setup
	$(BIN)/ruff check ingest index app eval tests
	$(BIN)/mypy

eval: setup
	$(BIN)/inspection-qa eval --corpus $(CORPUS)
