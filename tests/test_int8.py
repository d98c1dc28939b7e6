"""The int8 encoder: made by onnxruntime from the real export, close to float32, refused
when it drifts, and never mixed with float32 vectors in one index."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from index.embeddings import ONNX_NAME, OnnxEmbedder, load_embedder
from index.quantize import (
    DRIFT_MIN_COSINE,
    INT8_META,
    INT8_NAME,
    check_int8,
    quantize_encoder,
)
from index.store import IndexStore, PrecisionMismatch
from tests.test_encoder import TEXTS


@pytest.fixture(scope="module")
def int8_index(tmp_path_factory: pytest.TempPathFactory, fixture_dir: Path):
    """An index filled the way the CLI fills one with INSPECTION_QA_ENCODER_PRECISION=int8."""
    from app.settings import Settings
    from app.wiring import Components
    from index.build import ingest_paths

    directory = tmp_path_factory.mktemp("int8-index")
    components = Components(Settings(index=directory, encoder_precision="int8"))
    report = ingest_paths(components.store, components.embedder, [fixture_dir], progress=False)
    assert not report.failed
    components.store.close()
    return directory, components.embedder


@pytest.fixture
def encoder_copy(int8_index, tmp_path: Path) -> Path:
    """A copy of the index's encoder folder that a test may damage."""
    directory, _ = int8_index
    copy = tmp_path / "encoder"
    shutil.copytree(directory / "encoder", copy)
    return copy


def test_the_index_uses_and_records_the_int8_encoder(int8_index):
    directory, embedder = int8_index
    assert isinstance(embedder, OnnxEmbedder)
    assert embedder.precision == "int8"
    assert embedder.onnx_path == directory / "encoder" / INT8_NAME
    meta = json.loads((directory / "encoder" / INT8_META).read_text())
    assert meta["accepted"]
    assert meta["min_cosine_seen"] >= DRIFT_MIN_COSINE
    # int8 weights: about a quarter of the float32 file
    int8_size = (directory / "encoder" / INT8_NAME).stat().st_size
    assert int8_size < (directory / "encoder" / ONNX_NAME).stat().st_size / 3
    store = IndexStore(directory)
    assert store.encoder_precision() == "int8"
    store.close()


def test_int8_vectors_are_close_to_float32_but_not_equal(int8_index):
    directory, int8 = int8_index
    fp32 = OnnxEmbedder(directory / "encoder")
    texts = [t for t in TEXTS if t]  # an empty text is the [CLS][SEP] vector for both
    want, got = fp32.encode(texts), int8.encode(texts)
    cosines = (want * got).sum(axis=1)
    assert cosines.min() >= DRIFT_MIN_COSINE, texts[int(cosines.argmin())][:60]
    assert cosines.mean() > 0.985
    assert np.abs(want - got).max() > 1e-3  # really the quantised model, not float32 again
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_int8_ranks_the_answering_passage_first(int8_index):
    """Retrieval with int8 query and passage vectors finds what float32 finds."""
    from app.settings import Settings
    from app.wiring import Components

    directory, _ = int8_index
    components = Components(Settings(index=directory, encoder_precision="int8"))
    hits = components.retriever.search("When does the Riverside reading room open?", k=3)
    assert "Sunday" in hits[0].passage.text
    components.store.close()


def _damaged(int8_file: Path, out: Path) -> Path:
    """The int8 model with the scales of its first quantised weights multiplied by 40."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(int8_file))
    scales = [i for i in model.graph.initializer if i.name.endswith("_scale")]
    assert scales, "no quantised weights in the int8 model"
    for init in scales[:2]:
        values = numpy_helper.to_array(init) * 40
        init.CopyFrom(numpy_helper.from_array(values.astype(np.float32), init.name))
    onnx.save(model, str(out))
    return out


def test_a_drifting_int8_model_is_refused_and_float32_used(encoder_copy: Path, capsys):
    candidate = _damaged(encoder_copy / INT8_NAME, encoder_copy / "damaged.onnx")
    meta = check_int8(encoder_copy, candidate)
    assert not meta["accepted"]
    assert meta["min_cosine_seen"] < DRIFT_MIN_COSINE
    assert not (encoder_copy / INT8_NAME).exists()  # the refused file is not kept
    capsys.readouterr()
    embedder = load_embedder(encoder_copy, "int8")  # the refusal is remembered, not redone
    assert embedder.precision == "float32"
    assert isinstance(embedder, OnnxEmbedder)
    assert embedder.onnx_path.name == ONNX_NAME
    notice = capsys.readouterr().err.strip().splitlines()
    assert len(notice) == 1
    assert "int8 encoder refused" in notice[0]
    assert "using float32" in notice[0]


def test_a_stricter_threshold_refuses_the_real_int8_model(encoder_copy: Path):
    meta = quantize_encoder(encoder_copy, min_cosine=0.99999)
    assert not meta["accepted"]
    assert 0.97 < meta["min_cosine_seen"] < 0.99999
    stamp = (encoder_copy / INT8_META).stat().st_mtime_ns
    assert quantize_encoder(encoder_copy, min_cosine=0.99999) == meta  # kept, not redone
    assert (encoder_copy / INT8_META).stat().st_mtime_ns == stamp
    # the usual threshold makes and accepts it again
    assert quantize_encoder(encoder_copy)["accepted"]
    assert (encoder_copy / INT8_NAME).is_file()


def test_an_int8_index_is_queried_with_int8_whatever_is_asked(int8_index, capsys):
    from app.settings import Settings
    from app.wiring import Components

    directory, _ = int8_index
    capsys.readouterr()
    components = Components(Settings(index=directory, encoder_precision="float32"))
    assert components.embedder.precision == "int8"
    err = capsys.readouterr().err
    assert "holds int8 vectors" in err
    assert "not float32" in err
    components.store.close()


def test_float32_vectors_are_refused_by_an_int8_index(int8_index, fixture_dir: Path):
    from index.build import ingest_paths

    directory, _ = int8_index
    store = IndexStore(directory)
    fp32 = OnnxEmbedder(directory / "encoder")
    extra = fixture_dir / "northfield-minutes.md"
    copy = directory.parent / "another-copy.md"
    copy.write_text(extra.read_text() + "\nA new closing line.\n")
    with pytest.raises(PrecisionMismatch, match="holds int8 vectors; float32 vectors"):
        ingest_paths(store, fp32, [copy], progress=False)
    assert store.encoder_precision() == "int8"
    store.close()


def test_precision_of_new_old_and_emptied_indexes(tmp_path: Path):
    store = IndexStore(tmp_path / "index")
    assert store.encoder_precision() is None  # empty: either encoder may fill it
    store.claim_precision("int8")
    assert store.encoder_precision() == "int8"
    with pytest.raises(PrecisionMismatch):
        store.claim_precision("float32")
    # an index written before the precision was recorded holds float32 vectors
    store._db.execute("DELETE FROM index_meta")
    store._db.execute("INSERT INTO passages VALUES ('p1', 'd1', 0, 0, 1, 1, 'x', '[]', '[\"\"]')")
    assert store.encoder_precision() == "float32"
    store.close()


def test_an_int8_question_never_imports_torch_or_the_quantiser(int8_index):
    from tests.conftest import question_path_imports

    directory, _ = int8_index
    heavy = ("torch", "transformers", "onnxruntime.quantization")
    check = "assert c.embedder.precision == 'int8', c.embedder.precision\n"
    imported, stderr = question_path_imports(directory, heavy, check)
    assert imported == [], f"imported on the question path: {imported}"
    assert "holds int8 vectors" in stderr  # the default asks float32; the index wins
