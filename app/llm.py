"""Language-model backends for generated answers, through llama-index's LLM integrations.

Two backends: any OpenAI-compatible server (`OpenAILike`) and a local GGUF file run
in-process by llama-cpp-python (`LlamaCPP`, the `local-llm` extra). Both are imported only
when configured, so the default, extractive path never loads them. Every call streams, so a
deadline can be kept however the backend behaves; every failure becomes `LLMError`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.settings import Settings

LOCAL_EXTRA = (
    "pip install 'inspection-qa[local-llm]' (it compiles llama-cpp-python; on CPUs with "
    "AVX-512/AMX set CMAKE_ARGS as in the README)"
)


class LLMError(RuntimeError):
    """The model did not produce a usable reply: down, slow, refused or malformed."""


class LLMConfigError(RuntimeError):
    """The model settings cannot work; the message says what fixes them."""


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


@dataclass
class ChatModel:
    """A llama-index LLM with a name for people and a deadline for every reply."""

    llm: Any
    name: str
    timeout: float = 60.0

    def generate(
        self,
        prompt: str,
        on_token: Callable[[str], None] | None = None,
        deadline: float | None = None,
        stop_at_newline: bool = False,
    ) -> str:
        """The model's reply to one user message; tokens go to `on_token` as they come."""
        from llama_index.core.llms import ChatMessage

        limit = self.timeout if deadline is None else min(deadline, self.timeout)
        started = time.monotonic()
        parts: list[str] = []
        chunks = 0
        stream: Iterator[Any] | None = None
        try:
            stream = self.llm.stream_chat([ChatMessage(role="user", content=prompt)])
            for chunk in stream:
                chunks += 1
                delta = getattr(chunk, "delta", None) or ""
                if not isinstance(delta, str):
                    raise LLMError("malformed reply (a chunk without text)")
                if delta:
                    parts.append(delta)
                    if on_token is not None:
                        on_token(delta)
                if stop_at_newline and "\n" in "".join(parts).lstrip():
                    break
                if time.monotonic() - started > limit:
                    raise LLMError(f"no complete reply within {limit:.0f} s")
            if not chunks:  # a well-formed stream has at least its closing chunk
                raise LLMError("malformed reply (not a chat-completions stream)")
        except LLMError:
            raise
        except Exception as exc:  # every backend failure reaches the user as one line
            if "timeout" in type(exc).__name__.lower() or "timed out" in str(exc).lower():
                raise LLMError(f"no reply within {limit:.0f} s") from exc
            raise LLMError(_short(exc)) from exc
        finally:
            close = getattr(stream, "close", None)
            if callable(close):
                close()  # stop generating on the server when we stop reading
        return "".join(parts)


def make_chat_model(settings: Settings) -> ChatModel | None:
    """The configured model, or None when answers stay extractive."""
    if settings.llm_gguf is not None:
        return _llama_cpp(settings)
    if settings.llm_url:
        return _openai_like(settings)
    if settings.llm_model:
        raise LLMConfigError(
            "A model name was given without a server: add --llm-url URL "
            "(INSPECTION_QA_LLM_URL), or use --llm-gguf PATH for a local file."
        )
    return None


def _openai_like(settings: Settings) -> ChatModel:
    if not settings.llm_model:
        raise LLMConfigError(
            "--llm-url needs --llm-model NAME (INSPECTION_QA_LLM_MODEL): the model the "
            "server serves."
        )
    try:
        from llama_index.llms.openai_like import OpenAILike
    except ImportError as exc:
        raise LLMConfigError(
            "The OpenAI-compatible client is missing: pip install llama-index-llms-openai-like"
        ) from exc
    url = settings.llm_url or ""
    llm = OpenAILike(
        model=settings.llm_model,
        api_base=url.rstrip("/"),
        # local servers ignore the key, but the client insists on one
        api_key=key.get_secret_value() if (key := settings.llm_api_key) else "not-needed",
        is_chat_model=True,
        context_window=settings.llm_context,
        max_tokens=settings.llm_max_tokens,
        temperature=0.0,
        timeout=settings.llm_timeout,
        max_retries=0,  # a slow or failing server gets one try, then the extractive answer
    )
    return ChatModel(llm, settings.llm_model, settings.llm_timeout)


def _llama_cpp(settings: Settings) -> ChatModel:
    path = Path(str(settings.llm_gguf)).expanduser()
    if not path.is_file():
        raise LLMConfigError(f"No GGUF model file at {path} (--llm-gguf / INSPECTION_QA_LLM_GGUF)")
    try:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter
        from llama_index.llms.llama_cpp import LlamaCPP
    except ImportError as exc:
        raise LLMConfigError(
            f"--llm-gguf needs the local model runtime: {LOCAL_EXTRA}. ({_short(exc)})"
        ) from exc
    llm = LlamaCPP(
        model_path=str(path),
        temperature=0.0,
        max_new_tokens=settings.llm_max_tokens,
        context_window=settings.llm_context,
        model_kwargs={"n_threads": max(1, (os.cpu_count() or 2))},
        verbose=False,
    )
    # LlamaCPP formats chat with a generic template; use the model's own, from the GGUF.
    model = llm._model
    template = model.metadata.get("tokenizer.chat_template")
    if template:
        eos = model.detokenize([model.token_eos()]).decode("utf-8", "ignore")
        bos = model.detokenize([model.token_bos()]).decode("utf-8", "ignore")
        formatter = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)

        def messages_to_prompt(messages: Any) -> str:
            chat = [{"role": m.role.value, "content": m.content or ""} for m in messages]
            result = formatter(messages=chat)  # type: ignore[arg-type]
            stops = result.stop if isinstance(result.stop, list) else [result.stop]
            llm.generate_kwargs["stop"] = [s for s in stops if s]
            prompt = str(result.prompt)
            # llama.cpp adds BOS itself when it tokenizes; the template's own would double it
            return prompt[len(bos) :] if bos and prompt.startswith(bos) else prompt

        llm.messages_to_prompt = messages_to_prompt
    return ChatModel(llm, path.stem, settings.llm_timeout)
