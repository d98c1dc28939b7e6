"""One settings object, read from the environment (INSPECTION_QA_*) and CLI flags."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path
from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_index() -> Path:
    return user_data_path("inspection-qa", appauthor=False) / "index"


class Settings(BaseSettings):
    """Offline-safe defaults; every field can be set as INSPECTION_QA_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="INSPECTION_QA_", frozen=True, extra="ignore")

    index: Path = Field(default_factory=_default_index, description="index directory")
    chroma_url: str | None = Field(
        None, description="use a Chroma server instead of the embedded store"
    )
    top_k: int = Field(5, description="passages retrieved per question")
    lexical_weight: float = Field(0.7, description="BM25's share in the hybrid score (0–1)")
    max_sentences: int = Field(3, description="sentences in an extractive answer")
    min_support: float = Field(0.2, description="evidence below this is refused")
    host: str = Field("127.0.0.1", description="address the chat binds to")
    port: int = Field(7860, description="port of the chat")
    max_upload_mb: int = Field(25, description="largest file accepted by upload in the chat")
    max_file_mb: float = Field(100, description="larger files are refused by ingest, unread")
    auth_file: Path | None = Field(
        None, description="login file (NAME:ROLE:HASH lines); default: logins in the index folder"
    )
    auth: str | None = Field(None, description="old-style user:password[,…] logins, as readers")
    # Generated answers (optional; see app/llm.py). Unset: answers stay extractive.
    llm_url: str | None = Field(None, description="OpenAI-compatible server, e.g. http://host/v1")
    llm_model: str | None = Field(None, description="model name on that server")
    llm_gguf: Path | None = Field(None, description="local GGUF file (the local-llm extra)")
    # From the environment only, never a flag (other users could read it in the process list).
    llm_api_key: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("INSPECTION_QA_LLM_API_KEY", "OPENAI_API_KEY"),
        description="key for the OpenAI-compatible server (else OPENAI_API_KEY)",
    )
    llm_timeout: float = Field(60.0, description="seconds a generated answer may take")
    llm_max_tokens: int = Field(160, description="longest generated answer, in tokens")
    llm_passages: int = Field(3, description="retrieved passages shown to the model")
    llm_context: int = Field(2048, description="context window of the model, in tokens")
    verify_similarity: float = Field(
        0.6, description="a generated sentence must be this similar to its cited passage"
    )

    @property
    def login_file(self) -> Path:
        """Where `user add` writes logins and `serve` reads them: beside the record they guard."""
        return self.auth_file or self.index / "logins"
