"""remove, ingest --prune and check: documents leave cleanly and the stores never disagree."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from index.build import ingest_paths
from index.maintain import check, find_document, prune
from tests.conftest import make_fixture_files, run_cli


@pytest.fixture
def built(tmp_path, make_components):
    folder = tmp_path / "record"
    folder.mkdir()
    files = make_fixture_files(folder)
    components = make_components(tmp_path / "index")
    report = ingest_paths(components.store, components.embedder, [folder], progress=False)
    assert not report.failed
    return components, folder, files


def _ids(components) -> set[str]:
    return {d.doc_id for d in components.store.documents()}


def test_remove_by_id_and_by_path(built):
    components, _folder, files = built
    store = components.store
    some_path = next(iter(files.values()))
    by_path = find_document(store, str(some_path))
    assert by_path is not None
    other = next(d for d in _ids(components) if d != by_path)
    assert find_document(store, other) == other
    for doc_id in (by_path, other):
        store.remove_document(doc_id)
    assert by_path not in _ids(components)
    assert other not in _ids(components)
    report = check(store)
    assert report.consistent
    assert report.vectors == report.passages


def test_prune_drops_only_vanished_files(built):
    components, folder, files = built
    before = _ids(components)
    victim = next(iter(files.values()))
    victim_id = find_document(components.store, str(victim))
    victim.unlink()
    assert prune(components.store, [folder]) == [victim_id]
    assert _ids(components) == before - {victim_id}
    assert prune(components.store, [folder]) == []
    assert check(components.store).consistent


def test_prune_keeps_a_document_still_named_elsewhere(built, tmp_path):
    components, folder, files = built
    original = next(iter(files.values()))
    twin = folder / f"copy-of-{original.name}"
    shutil.copyfile(original, twin)
    report = ingest_paths(components.store, components.embedder, [twin], progress=False)
    assert report.files[0].status == "duplicate"
    doc_id = report.files[0].doc_id
    original.unlink()
    assert prune(components.store, [folder]) == []
    assert doc_id in _ids(components)


def test_check_finds_and_repairs_missing_and_orphan_vectors(built):
    components, _folder, _files = built
    store = components.store
    assert check(store).consistent
    passages = store.passages()
    lost = [p.passage_id for p in passages[:3]]
    store.delete_vectors(lost)
    store._vector_store()
    store._collection.add(
        ids=["stray:0001"],
        embeddings=[np.ones(384, dtype=np.float32) / 384**0.5],
        documents=["stray"],
        metadatas=[{"doc_id": "stray"}],
    )
    report = check(store)
    assert not report.consistent
    assert sum(report.missing_vectors.values()) == 3
    assert report.orphan_vectors == ["stray:0001"]
    repaired = check(store, components.embedder, repair=True)
    assert repaired.repaired
    after = check(store)
    assert after.consistent
    assert after.vectors == after.passages == len(passages)


def test_cli_remove_and_check(tmp_path):
    folder = tmp_path / "record"
    folder.mkdir()
    files = make_fixture_files(folder)
    index = tmp_path / "index"
    assert run_cli("--index", str(index), "ingest", "--quiet", str(folder)).returncode == 0
    checked = run_cli("--index", str(index), "check")
    assert checked.returncode == 0
    assert "consistent" in checked.stdout
    target = next(iter(files.values()))
    removed = run_cli("--index", str(index), "remove", str(target), "no-such-document")
    assert removed.returncode == 1
    assert "removed" in removed.stdout
    assert "no-such-document" in removed.stderr
    target.unlink()
    other = next(f for f in files.values() if f.exists())
    other.unlink()
    pruned = run_cli("--index", str(index), "ingest", "--quiet", "--prune", str(folder))
    assert "pruned" in pruned.stdout
    listed = run_cli("--index", str(index), "sources").stdout
    assert Path(other).stem not in listed
