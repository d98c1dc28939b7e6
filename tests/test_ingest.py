"""Ingest into a real Chroma index: per-file results, idempotence, duplicates, the CLI."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import (
    CLI,
    DOCX_NAME,
    HTML_NAME,
    MD_NAME,
    PDF_NAME,
    PDF_PAGES,
    TXT_NAME,
    cli_env,
    make_fixture_files,
)

from index.build import ingest_paths

GOOD = (PDF_NAME, HTML_NAME, DOCX_NAME, MD_NAME, TXT_NAME)
BAD = "corrupted-export.txt"
COPY = "zz-copy-of-ferry-notice.txt"  # sorts after the original, so it is the duplicate
MANIFEST = (
    "file,title,publisher,kind,published,about\n"
    f"{PDF_NAME},Northfield library strategy,Northfield Borough Council,strategy,2024-03-04,x\n"
    f"{TXT_NAME},Ferry timetable notice,Northfield Ferries,notice,2024-13-01,bad month\n"
)


def _folder(root: Path, *, bad: bool, manifest: bool, copy: bool) -> Path:
    folder = root
    make_fixture_files(folder)
    (folder / "README.md").write_text("# Notes about this folder\n\nNot part of the record.\n")
    if bad:
        (folder / BAD).write_bytes(b"\x00\x01\x02binary\x00" * 64)
    if manifest:
        (folder / "sources.csv").write_text(MANIFEST, encoding="utf-8")
    if copy:
        shutil.copyfile(folder / TXT_NAME, folder / COPY)
    return folder


def _by_name(report) -> dict[str, object]:
    return {Path(f.path).name: f for f in report.files}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, make_components):
    """One folder ingested twice into a fresh index: (components, first, second, folder)."""
    folder = _folder(tmp_path_factory.mktemp("ingest-src"), bad=True, manifest=True, copy=True)
    components = make_components(tmp_path_factory.mktemp("ingest-index"))
    first = ingest_paths(components.store, components.embedder, [folder], progress=False)
    counts_after_first = dict(components.store.passage_counts())
    vectors_after_first = components.store.vector_count()
    second = ingest_paths(components.store, components.embedder, [folder], progress=False)
    return {
        "components": components, "first": first, "second": second, "folder": folder,
        "counts_after_first": counts_after_first, "vectors_after_first": vectors_after_first,
    }


@pytest.mark.parametrize("name", GOOD, ids=[n.rsplit(".", 1)[1] for n in GOOD])
def test_good_files_are_added(ingested, name):
    result = _by_name(ingested["first"])[name]
    assert result.status == "added", result
    assert result.passages > 0
    assert result.doc_id
    assert ingested["components"].store.document(result.doc_id) is not None


def test_bad_file_fails_with_its_name(ingested):
    result = _by_name(ingested["first"])[BAD]
    assert result.status == "failed"
    assert BAD in result.message
    assert result.doc_id == ""
    assert result.passages == 0
    assert ingested["first"].failed


def test_bad_manifest_row_is_a_problem_naming_file_and_line(ingested):
    problems = ingested["first"].problems
    assert any("sources.csv line 3" in p and "2024-13-01" in p for p in problems), problems


def test_manifest_metadata_is_applied_and_bad_date_inferred(ingested):
    store = ingested["components"].store
    pdf = store.document(_by_name(ingested["first"])[PDF_NAME].doc_id)
    assert pdf.meta.title == "Northfield library strategy"
    assert pdf.meta.publisher == "Northfield Borough Council"
    assert pdf.meta.published == "2024-03-04"
    assert "published" not in pdf.inferred
    txt = store.document(_by_name(ingested["first"])[TXT_NAME].doc_id)
    assert txt.meta.title == "Ferry timetable notice"
    assert not txt.meta.published.startswith("2024-13")
    assert any(f.startswith("published") for f in txt.inferred)


def test_files_not_in_manifest_get_a_warning(ingested):
    result = _by_name(ingested["first"])[DOCX_NAME]
    assert any("not in the manifest" in w and DOCX_NAME in w for w in result.warnings)


def test_readme_is_skipped(ingested):
    result = _by_name(ingested["first"])["README.md"]
    assert result.status == "skipped"
    assert all("README" not in d.path for d in ingested["components"].store.documents())


def test_duplicate_is_indexed_once(ingested):
    by_name = _by_name(ingested["first"])
    copy, original = by_name[COPY], by_name[TXT_NAME]
    assert copy.status == "duplicate"
    assert copy.doc_id == original.doc_id
    assert TXT_NAME in copy.message
    store = ingested["components"].store
    assert len(store.documents()) == len(GOOD)
    assert sorted(Path(p).name for p in store.paths_of(original.doc_id)) == sorted([COPY, TXT_NAME])


def test_second_ingest_changes_nothing(ingested):
    second = _by_name(ingested["second"])
    for name in GOOD:
        assert second[name].status == "unchanged", second[name]
        assert second[name].passages == _by_name(ingested["first"])[name].passages
    assert second[COPY].status in ("unchanged", "duplicate")
    assert second[BAD].status == "failed"
    store = ingested["components"].store
    assert store.passage_counts() == ingested["counts_after_first"]
    assert store.vector_count() == ingested["vectors_after_first"]


def test_vectors_match_registry(ingested):
    store = ingested["components"].store
    assert store.vector_count() == sum(store.passage_counts().values()) == len(store.passages())


def test_ingested_pdf_passages_keep_their_pages(ingested):
    components = ingested["components"]
    components.retriever.reload()
    hits = components.retriever.search(PDF_PAGES[1], k=3)
    assert hits
    assert hits[0].doc.path.endswith(PDF_NAME)
    assert hits[0].passage.page == 2


def test_changed_file_is_updated_in_place(tmp_path, make_components):
    folder = tmp_path / "docs"
    folder.mkdir()
    note = folder / "harbour-note.txt"
    note.write_text("The Northfield harbour wall will be repaired in April.\n" * 3)
    components = make_components(tmp_path / "index")
    first = ingest_paths(components.store, components.embedder, [folder], progress=False)
    note.write_text(
        "The Northfield harbour wall repairs are postponed until the autumn.\n\n"
        + "Contractors could not source the granite blocks in time for the spring works. " * 20
    )
    second = ingest_paths(components.store, components.embedder, [folder], progress=False)
    [before], [after] = first.files, second.files
    assert (before.status, after.status) == ("added", "updated")
    assert after.doc_id == before.doc_id
    store = components.store
    assert len(store.documents()) == 1
    assert "postponed" in store.document(after.doc_id).text
    assert all("April" not in p.text for p in store.passages())
    assert store.vector_count() == len(store.passages()) == after.passages > before.passages


def test_file_edited_to_match_another_drops_its_old_text(tmp_path, make_components):
    folder = tmp_path / "docs"
    folder.mkdir()
    alpha, beta = folder / "alpha.txt", folder / "beta.txt"
    alpha.write_text("The Northfield harbour wall will be repaired in April by the council.\n")
    beta.write_text("The Northfield ferry runs every forty minutes on weekdays from June.\n")
    components = make_components(tmp_path / "index")
    ingest_paths(components.store, components.embedder, [folder], progress=False)
    alpha.write_text(beta.read_text())
    ingest_paths(components.store, components.embedder, [folder], progress=False)
    texts = [d.text for d in components.store.documents()]
    assert not any("harbour wall" in t for t in texts), "stale text of alpha.txt still indexed"


def test_missing_path_is_a_problem(tmp_path, make_components):
    components = make_components(tmp_path / "index")
    missing = tmp_path / "no-such-folder"
    report = ingest_paths(components.store, components.embedder, [missing], progress=False)
    assert report.failed
    assert any(str(missing) in p for p in report.problems)


def test_truncated_docx_fails_alone(tmp_path, make_components, fixture_files):
    folder = tmp_path / "docs"
    folder.mkdir()
    data = fixture_files["docx"].read_bytes()
    (folder / "half-saved.docx").write_bytes(data[: len(data) // 2])
    shutil.copyfile(fixture_files["txt"], folder / TXT_NAME)
    components = make_components(tmp_path / "index")
    report = ingest_paths(components.store, components.embedder, [folder], progress=False)
    by_name = _by_name(report)
    assert by_name["half-saved.docx"].status == "failed"
    assert "half-saved.docx" in by_name["half-saved.docx"].message
    assert by_name[TXT_NAME].status == "added"


# -- the command line ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def cli_runs(tmp_path_factory):
    """`inspection-qa ingest` on a folder with a bad file and on an all-good folder.

    Both run at once (each spends most of its time importing torch)."""
    root = tmp_path_factory.mktemp("cli-ingest")
    bad = _folder(root / "with-bad", bad=True, manifest=False, copy=False)
    good = _folder(root / "all-good", bad=False, manifest=False, copy=False)
    procs = {
        key: subprocess.Popen(
            [*CLI, "--index", str(root / f"index-{key}"), "ingest", str(folder)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(),
        )
        for key, folder in (("bad", bad), ("good", good))
    }
    out = {}
    for key, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=240)
        out[key] = (proc.returncode, stdout, stderr)
    return out


def test_cli_ingest_exits_1_and_names_the_failed_file(cli_runs):
    code, stdout, stderr = cli_runs["bad"]
    assert code == 1, stdout + stderr
    assert BAD in stderr
    assert "1 failed" in stdout
    for name in GOOD:
        assert name in stdout


def test_cli_ingest_exits_0_when_all_files_are_good(cli_runs):
    code, stdout, stderr = cli_runs["good"]
    assert code == 0, stdout + stderr
    assert f"{len(GOOD)} added" in stdout
    assert "0 failed" in stdout
    assert "FAILED" not in stderr
