"""One settings object, read from the environment (INSPECTION_QA_*) and CLI flags."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path
from pydantic import Field
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
