"""The ONNX query encoder: the same vectors as sentence-transformers, a fallback when its
file is missing or damaged, and a question's process that never imports torch."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from index.embeddings import (
    ONNX_META,
    ONNX_NAME,
    Embedder,
    OnnxEmbedder,
    load_embedder,
    onnx_export_is_current,
)
from tests.conftest import question_path_imports

TEXTS = [
    "When did Ofsted rate Herefordshire inadequate?",
    "a",
    "",
    "Ünïcödé — café ‘quotes’ and £4.5m in 2023/24.",
    # longer than the model's 256 tokens: both sides must cut it at the same place
    "The council's improvement board met monthly to review caseloads. " * 40,
    *(
        f"Passage {i}: inspectors found that {'plans were reviewed ' * (i % 9)}in time."
        for i in range(90)
    ),  # more than one batch of 64, in mixed lengths, so sorting and reordering count
]


@pytest.fixture(scope="module")
def built_index(tmp_path_factory: pytest.TempPathFactory, fixture_dir: Path):
    """An index made the way the CLI makes one: its Components write the ONNX export."""
    from app.settings import Settings
    from app.wiring import Components
    from index.build import ingest_paths

    directory = tmp_path_factory.mktemp("onnx-index")
    components = Components(Settings(index=directory))
    report = ingest_paths(components.store, components.embedder, [fixture_dir], progress=False)
    assert not report.failed
    components.store.close()
    return directory, components.embedder


def test_ingest_writes_a_current_export_and_uses_it(built_index):
    directory, embedder = built_index
    assert isinstance(embedder, OnnxEmbedder)
    assert onnx_export_is_current(directory / "encoder")


def test_onnx_vectors_equal_sentence_transformers(built_index, embedder: Embedder):
    _directory, onnx = built_index
    want = embedder.encode(TEXTS)
    got = onnx.encode(TEXTS)
    assert got.shape == want.shape == (len(TEXTS), 384)
    cosines = (got * want).sum(axis=1)
    assert cosines.min() > 0.99999, cosines.argmin()
    assert np.abs(got - want).max() < 1e-4
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(onnx.encode_one(TEXTS[0]), want[0], atol=1e-4)
    assert onnx.encode([]).shape == (0, 384)


def test_a_damaged_export_is_redone(built_index, tmp_path: Path):
    directory, onnx = built_index
    copy = tmp_path / "encoder"
    shutil.copytree(directory / "encoder", copy)
    (copy / ONNX_NAME).write_bytes(b"not an onnx model")
    assert onnx_export_is_current(copy)  # the metadata still matches: only loading tells
    repaired = load_embedder(copy)
    assert isinstance(repaired, OnnxEmbedder)
    np.testing.assert_allclose(repaired.encode(TEXTS[:5]), onnx.encode(TEXTS[:5]), atol=1e-5)


def test_an_export_of_other_model_files_is_not_current(built_index, tmp_path: Path):
    directory, _onnx = built_index
    copy = tmp_path / "encoder"
    shutil.copytree(directory / "encoder", copy)
    meta = json.loads((copy / ONNX_META).read_text())
    meta["size"] += 1
    (copy / ONNX_META).write_text(json.dumps(meta))
    assert not onnx_export_is_current(copy)
    (copy / ONNX_META).unlink()
    assert not onnx_export_is_current(copy)


def test_falls_back_to_sentence_transformers_when_no_export_can_be_written(
    tmp_path: Path, embedder: Embedder
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the export folder would go")
    fallback = load_embedder(blocker / "encoder")
    assert type(fallback) is Embedder
    np.testing.assert_allclose(fallback.encode(TEXTS[:3]), embedder.encode(TEXTS[:3]), atol=1e-6)


def test_a_question_never_imports_torch_or_llama_index(built_index):
    directory, _onnx = built_index
    heavy = ("torch", "sentence_transformers", "transformers", "llama_index.core")
    imported, _ = question_path_imports(directory, heavy)
    assert imported == [], f"imported on the question path: {imported}"
