"""The bench's PDF record: real fpdf2 files that the real loader reads as council reports,
and ingest's time split by stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.pdfrecord import MAX_PAGES, MIN_PAGES, write_pdf_record


@pytest.fixture(scope="module")
def pdf_record(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("pdf-record")
    return folder, write_pdf_record(folder, documents=2, seed=3)


def test_documents_have_council_report_pages(pdf_record):
    from ingest.loaders import load_file

    folder, written = pdf_record
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == written["pdf_files"] == 2
    pages = 0
    for path in files:
        loaded = load_file(path)
        pages += len(loaded.page_starts)
        assert MIN_PAGES <= len(loaded.page_starts) <= MAX_PAGES + 1
        assert "1. Introduction" in loaded.text  # a numbered heading
        assert "1.1 " in loaded.text  # a numbered paragraph
        assert "Measure" in loaded.text  # a table's header row
        assert "OFFICIAL" not in loaded.text  # the running footer is furniture, removed
    assert pages == written["pages"]


def test_the_same_seed_writes_the_same_record(pdf_record, tmp_path: Path):
    from ingest.loaders import load_file

    folder, _ = pdf_record
    again = write_pdf_record(tmp_path, documents=1, seed=3)
    first = next(folder.glob("*-0000.pdf"))  # document 0, the one written again
    twin = tmp_path / first.name
    assert twin.is_file()
    assert load_file(twin).text == load_file(first).text
    assert again["pdf_files"] == 1


def test_ingest_reports_time_per_stage(pdf_record, tmp_path: Path, embedder):
    from index.build import STAGES, ingest_paths
    from index.store import IndexStore

    folder, _ = pdf_record
    store = IndexStore(tmp_path / "index")
    report = ingest_paths(store, embedder, [folder], progress=False)
    assert not report.failed
    assert set(report.seconds) == set(STAGES)
    for stage in ("parse", "chunk", "voices", "embed", "store"):
        assert report.seconds[stage] > 0, stage
    store.close()
