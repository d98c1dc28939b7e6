"""Bad input through the real `inspection-qa ingest`: one line naming each bad file, the rest
of the batch goes in, and nothing already indexed changes.

Two good documents are ingested first. Then one mixed batch (every case in CASES, written
into three folders) is ingested in a single CLI run with a 1 MB per-file limit; each case
is its own test reading that run's output and the registry it left. A 200 MB file and a
5 MB single line have tests of their own. All document text is invented (a fictional
"Northfield" council).
"""

from __future__ import annotations

import codecs
import json
import os
import random
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bad_files import (
    DUP_TEXT,
    EXCEL_MANIFEST,
    EXCEL_TITLE,
    FORM_FEED_PAGES,
    HTML_LATIN1,
    HTML_LATIN1_TEXT,
    HTML_PAGE,
    HTML_TOKENS,
    LATIN1,
    LONG_LINE,
    MANIFEST,
    PARTLY_SCANNED,
    PROMENADE_ARTICLE,
    UNBROKEN,
    UNICODE_NAME,
    UTF16,
    encrypted_pdf,
    long_line,
    no_pages_pdf,
    nothing,
    partly_scanned_pdf,
    symlink,
    truncated_docx,
    truncated_pdf,
    unreadable_file,
    unreadable_folder,
    write_file,
)
from conftest import (
    CLI,
    PDF_NAME,
    PDF_PAGES,
    _pdf,
    cli_env,
    make_image_only_pdf,
)
from type_files import (
    ODT_HEADING,
    ODT_TABLE,
    ODT_TITLE,
    PAGE_DATE,
    PAGE_FURNITURE,
    PAGE_PARAGRAPHS,
    PAGE_TITLE,
    RTF,
    RTF_LINES,
    RTF_TITLE,
    XHTML,
    chrome_mhtml,
    truncated_odt,
    word_mht,
    write_odt,
)

from index.store import IndexStore

GOOD_TXT = "northfield-harbour-report.txt"
GOOD_TEXT = (
    "Northfield harbour inspection report\n\n"
    "Inspectors found that the harbour master's team kept thorough records of every vessel "
    "that used the outer basin during the winter storms.\n\n"
    "The report recommends that the council replaces the corroded ladders on the east quay "
    "before the summer season, and trains two more staff in water rescue.\n"
)
BATCH_LIMIT_MB = 1  # INSPECTION_QA_MAX_FILE_MB for the batch run
MAX_PASSAGE = 800


# -- the run everything below reads --------------------------------------------------------
@dataclass
class Outcome:
    status: str  # added | updated | unchanged | duplicate | skipped | failed
    subject: str  # the file or folder name the line is about
    line: str


@dataclass
class Batch:
    root: Path
    code: int
    stdout: str
    stderr: str
    store: IndexStore
    sources: list[dict]
    check: str
    before: dict[str, list[tuple[str, int, int, str]]]  # doc_id -> passages after first ingest
    good_ids: dict[str, str]  # file name -> doc_id after first ingest
    permissions_enforced: bool
    outcomes: list[Outcome] = field(default_factory=list)

    def doc(self, name: str):
        """The stored document whose registry path (or alias) ends with `name`."""
        for d in self.store.documents():
            if any(Path(p).name == name for p in [d.path, *self.store.paths_of(d.doc_id)]):
                return d
        raise AssertionError(f"{name} is not in the index")

    def passages(self, doc_id: str):
        return [p for p in self.store.passages() if p.doc_id == doc_id]

    def notes(self, name: str) -> list[str]:
        return [line for line in self.stdout.splitlines()
                if line.startswith("  note:") and name in line]


def _outcomes(stdout: str, stderr: str) -> list[Outcome]:
    found = []
    for line in stdout.splitlines():
        status = line.split(" ", 1)[0]
        if status in ("added", "updated", "unchanged", "duplicate", "skipped"):
            found.append(Outcome(status, line[11:].split("  ")[0], line))
    for line in stderr.splitlines():
        if line.startswith("FAILED     "):
            found.append(Outcome("failed", line[11:].split(": ")[0], line))
    return found


def _dac_drop_prefix() -> list[str] | None:
    """A command prefix under which file permissions hold; None if root cannot drop them.

    Tests run as root, whom chmod 000 does not stop. Dropping CAP_DAC_OVERRIDE and
    CAP_DAC_READ_SEARCH from the bounding set makes root obey permissions while still
    owning (and so reading) the test's own files, the venv and the interpreter.
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]
    probe = Path(os.environ.get("TMPDIR", "/tmp")) / f"iqa-dac-probe-{os.getpid()}"
    probe.write_text("x")
    probe.chmod(0)
    try:
        denied = subprocess.run([*prefix, "cat", str(probe)], capture_output=True).returncode
    finally:
        probe.unlink()
    return prefix if denied else None


def _cli(index: Path, *args: str, env: dict[str, str] | None = None,
         prefix: list[str] = ()) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*prefix, *CLI, "--index", str(index), *args], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env={**cli_env(), **(env or {})},
    )


def _finish(proc: subprocess.Popen[str], timeout: float = 300) -> tuple[int, str, str]:
    stdout, stderr = proc.communicate(timeout=timeout)
    return proc.returncode, stdout, stderr


def _registry_passages(index: Path) -> dict[str, list[tuple[str, int, int, str]]]:
    store = IndexStore(index)
    try:
        out: dict[str, list[tuple[str, int, int, str]]] = {}
        for p in store.passages():
            out.setdefault(p.doc_id, []).append((p.passage_id, p.start, p.end, p.text))
        return out
    finally:
        store.close()


# -- checks on what went in -----------------------------------------------------------------
def _text_is(name: str, expected: str) -> Callable[[Batch], None]:
    def check(batch: Batch) -> None:
        assert batch.doc(name).text == expected

    return check


def _passages_bounded(name: str, expected: str) -> Callable[[Batch], None]:
    def check(batch: Batch) -> None:
        doc = batch.doc(name)
        assert doc.text == expected
        passages = batch.passages(doc.doc_id)
        assert len(passages) >= len(expected) // MAX_PASSAGE
        assert max(len(p.text) for p in passages) <= MAX_PASSAGE
        assert all(doc.text[p.start:p.end] == p.text for p in passages)

    return check


def _check_latin1(batch: Batch) -> None:
    assert LATIN1 in batch.doc("windows-notes.txt").text
    assert any("Windows-1252" in n for n in batch.notes("windows-notes.txt"))


def _check_form_feeds(batch: Batch) -> None:
    doc = batch.doc("pdftotext-minutes.txt")
    [second] = [p for p in batch.passages(doc.doc_id) if "pier kiosk" in p.text]
    assert "\x0c" not in doc.text
    assert second.page == 2, "a form feed starts a new page"
    assert "town hall.Page" not in doc.text


def _check_html(batch: Batch) -> None:
    doc = batch.doc("promenade-news.html")
    stored = doc.text + " ".join(p.text for p in batch.passages(doc.doc_id))
    for token in HTML_TOKENS:
        assert token not in stored, f"{token} (script, style or attribute text) was indexed"
    for paragraph in PROMENADE_ARTICLE:
        assert paragraph in " ".join(doc.text.split())


def _check_partly_scanned(batch: Batch) -> None:
    doc = batch.doc("partly-scanned-agenda.pdf")
    assert all(s in doc.text for s in PARTLY_SCANNED)
    notes = batch.notes("partly-scanned-agenda.pdf")
    assert any("page 2" in n and "no text layer" in n for n in notes), notes


def _check_duplicate_in_batch(batch: Batch) -> None:
    doc = batch.doc("lifeboat-open-day.txt")
    names = {Path(p).name for row in batch.sources if row["doc_id"] == doc.doc_id
             for p in row["paths"]}
    assert names == {"lifeboat-open-day.txt", "second copy of lifeboat-open-day.txt"}
    assert sum(1 for d in batch.store.documents() if d.text == doc.text) == 1


def _check_duplicate_of_indexed(batch: Batch) -> None:
    doc_id = batch.good_ids[GOOD_TXT]
    [row] = [r for r in batch.sources if r["doc_id"] == doc_id]
    assert {Path(p).name for p in row["paths"]} == {GOOD_TXT, "harbour-report-copy.txt"}
    assert row["passages"] == len(batch.before[doc_id])


def _check_manifest_row(name: str, title: str, published_not: str = "") -> Callable[[Batch], None]:
    def check(batch: Batch) -> None:
        doc = batch.doc(name)
        assert doc.meta.title == title
        if published_not:
            assert doc.meta.published != published_not
            assert any(f.startswith("published") for f in doc.inferred)

    return check


def _check_manifest_bad_date(batch: Batch) -> None:
    _check_manifest_row("manifest-dated.txt", "Harbour dredging notice", "2024-02-30")(batch)
    assert batch.notes("manifest-dated.txt") == [
        "  note: manifest-dated.txt: no date found"]


def _check_saved_page(name: str) -> Callable[[Batch], None]:
    """A page saved as .mhtml, .mht or .xhtml goes in as the same page saved as .html would."""

    def check(batch: Batch) -> None:
        doc = batch.doc(name)
        assert (doc.meta.title, doc.meta.published) == (PAGE_TITLE, PAGE_DATE)
        flat = " ".join(doc.text.split())
        assert all(paragraph in flat for paragraph in PAGE_PARAGRAPHS)
        assert not any(phrase in flat for phrase in PAGE_FURNITURE.values())

    return check


def _check_odt(batch: Batch) -> None:
    doc = batch.doc("allotments-review.odt")
    assert doc.meta.title == ODT_TITLE
    assert doc.text.startswith(ODT_HEADING)
    assert " | ".join(ODT_TABLE[1]) in doc.text


def _check_rtf(batch: Batch) -> None:
    doc = batch.doc("quay-street-licensing.rtf")
    assert doc.meta.title == RTF_TITLE
    assert doc.text.split("\n") == list(RTF_LINES)


def _check_not_indexed(name: str) -> Callable[[Batch], None]:
    def check(batch: Batch) -> None:
        with pytest.raises(AssertionError, match="not in the index"):
            batch.doc(name)

    return check


# -- the cases --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    id: str
    make: Callable[[Path], None]  # writes the input into the batch folder
    subject: str  # the file, folder or manifest the one-line message names
    status: str  # added | duplicate | skipped | failed | problem | none (no message at all)
    words: tuple[str, ...] = ()  # the line says these (case-insensitive)
    check: Callable[[Batch], None] | None = None
    needs_permissions: bool = False


CASES = [
    # PDF
    Case("pdf-corrupt", write_file("garbled-scan.pdf", random.Random(1234).randbytes(4096)),
         "garbled-scan.pdf", "failed", ("damaged",)),
    Case("pdf-truncated", truncated_pdf, "half-downloaded-minutes.pdf", "failed", ("damaged",)),
    Case("pdf-encrypted", encrypted_pdf("password-protected-report.pdf", "letmein"),
         "password-protected-report.pdf", "failed", ("encrypted", "password")),
    Case("pdf-aes-encrypted", encrypted_pdf("secured-cabinet-papers.pdf", "s3cret", "AES-256"),
         "secured-cabinet-papers.pdf", "failed", ("encrypted", "password")),
    # Print-restricted AES-256 (an owner password only), as official PDFs often are: read.
    Case("pdf-aes-owner-password-only",
         encrypted_pdf("print-restricted-aes-letter.pdf", "", "AES-256"),
         "print-restricted-aes-letter.pdf", "added",
         check=lambda b: all(
             s in b.doc("print-restricted-aes-letter.pdf").text for s in PDF_PAGES)),
    Case("pdf-owner-password-only", encrypted_pdf("print-restricted-report.pdf", ""),
         "print-restricted-report.pdf", "added",
         check=lambda b: all(s in b.doc("print-restricted-report.pdf").text for s in PDF_PAGES)),
    Case("pdf-image-only", lambda f: make_image_only_pdf(f / "scanned-letter.pdf"),
         "scanned-letter.pdf", "failed", ("no text layer",),
         check=_check_not_indexed("scanned-letter.pdf")),
    Case("pdf-partly-scanned", partly_scanned_pdf, "partly-scanned-agenda.pdf", "added",
         check=_check_partly_scanned),
    Case("pdf-no-pages", no_pages_pdf, "empty-export.pdf", "failed", ("no pages",)),
    Case("pdf-html-error-page",
         write_file("download-error.pdf", "<html><body>404 Not Found</body></html>"),
         "download-error.pdf", "failed", ("damaged",)),
    Case("pdf-indexed-then-damaged", nothing, PDF_NAME, "failed", ("damaged",)),
    # plain text
    Case("txt-empty", write_file("empty-notes.txt", b""), "empty-notes.txt", "failed",
         ("no text",)),
    Case("txt-whitespace-only", write_file("blank-lines.txt", b"  \n\n\t \r\n \xc2\xa0 "),
         "blank-lines.txt", "failed", ("no text",)),
    Case("txt-binary", write_file("disguised-binary.txt", bytes(range(256)) * 8),
         "disguised-binary.txt", "failed", ("binary",)),
    Case("txt-png-renamed",
         write_file("harbour-photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)),
         "harbour-photo.txt", "failed", ("binary",)),
    Case("txt-latin1", write_file("windows-notes.txt", LATIN1.encode("cp1252")),
         "windows-notes.txt", "added", check=_check_latin1),
    Case("txt-utf16-le-bom",
         write_file("utf16le.txt", codecs.BOM_UTF16_LE + UTF16.encode("utf-16-le")),
         "utf16le.txt", "added", check=_text_is("utf16le.txt", UTF16)),
    Case("txt-utf16-be-bom",
         write_file("utf16be.txt", codecs.BOM_UTF16_BE + UTF16.encode("utf-16-be")),
         "utf16be.txt", "added", check=_text_is("utf16be.txt", UTF16)),
    Case("txt-utf16-le-no-bom",
         write_file("utf16-nobom.txt", (UTF16 + " Then the ferry sails.").encode("utf-16-le")),
         "utf16-nobom.txt", "added",
         check=_text_is("utf16-nobom.txt", UTF16 + " Then the ferry sails.")),
    Case("txt-utf8-bom", write_file("utf8-bom.txt", codecs.BOM_UTF8 + LATIN1.encode("utf-8")),
         "utf8-bom.txt", "added", check=_text_is("utf8-bom.txt", LATIN1)),
    Case("txt-long-line", write_file("one-long-line.txt", LONG_LINE), "one-long-line.txt", "added",
         check=_passages_bounded("one-long-line.txt", LONG_LINE)),
    Case("txt-unbroken-token", write_file("base64-blob.txt", UNBROKEN), "base64-blob.txt", "added",
         check=_passages_bounded("base64-blob.txt", UNBROKEN)),
    Case("txt-form-feeds", write_file("pdftotext-minutes.txt", "\x0c".join(FORM_FEED_PAGES)),
         "pdftotext-minutes.txt", "added", check=_check_form_feeds),
    Case("txt-over-size-limit",
         write_file("server-log-export.txt", b"Northfield ferry log line.\n" * 80_000),
         "server-log-export.txt", "failed", ("limit", "INSPECTION_QA_MAX_FILE_MB")),
    Case("txt-unicode-name", write_file(UNICODE_NAME, "Northfield caf\u00e9 licence renewed.\n"),
         UNICODE_NAME, "added"),
    # HTML, Markdown
    Case("html-scripts-styles", write_file("promenade-news.html", HTML_PAGE), "promenade-news.html",
         "added", check=_check_html),
    Case("html-script-only",
         write_file("blank-page.html",
                    "<html><body><script>x()</script><style>p{}</style></body></html>"),
         "blank-page.html", "failed", ("no text",)),
    Case("html-latin1", write_file("pier-cafe.html", HTML_LATIN1.encode("latin-1")),
         "pier-cafe.html", "added",
         check=lambda b: HTML_LATIN1_TEXT in b.doc("pier-cafe.html").text),
    Case("md-empty", write_file("empty-page.md", b"#\n\n---\n"), "empty-page.md", "failed",
         ("no text",)),
    # Word
    Case("docx-truncated", truncated_docx, "half-saved-briefing.docx", "failed", ("docx",)),
    Case("docx-renamed-text", write_file("renamed-text.docx", b"This was a text file, renamed."),
         "renamed-text.docx", "failed", ("docx",)),
    Case("docx-lock-file", write_file("~$rks-briefing.docx", b"\x0bJ. Smith" + bytes(150)),
         "~$rks-briefing.docx", "failed", ("docx",)),
    # other saved types: one good and one bad file of each
    Case("mhtml-chrome", write_file("harbour-wall.mhtml", chrome_mhtml()), "harbour-wall.mhtml",
         "added", check=_check_saved_page("harbour-wall.mhtml")),
    Case("mht-word", write_file("harbour-wall-ie.mht", word_mht()), "harbour-wall-ie.mht",
         "added", check=_check_saved_page("harbour-wall-ie.mht")),
    Case("mhtml-not-mime",
         write_file("ferry-notice.mhtml", "Northfield ferry notice, saved as text.\n"),
         "ferry-notice.mhtml", "failed", ("not a saved web page",),
         check=_check_not_indexed("ferry-notice.mhtml")),
    Case("xhtml", write_file("harbour-wall.xhtml", XHTML), "harbour-wall.xhtml", "added",
         check=_check_saved_page("harbour-wall.xhtml")),
    Case("xht-script-only",
         write_file("blank-page.xht", '<?xml version="1.0"?><html xmlns="http://www.w3.org/'
                    '1999/xhtml"><body><script>x()</script></body></html>'),
         "blank-page.xht", "failed", ("no text",)),
    Case("odt", lambda f: write_odt(f / "allotments-review.odt"), "allotments-review.odt",
         "added", check=_check_odt),
    Case("odt-truncated", lambda f: truncated_odt(f / "half-copied-review.odt"),
         "half-copied-review.odt", "failed", ("not a valid .odt",),
         check=_check_not_indexed("half-copied-review.odt")),
    Case("rtf", write_file("quay-street-licensing.rtf", RTF), "quay-street-licensing.rtf",
         "added", check=_check_rtf),
    Case("rtf-renamed-text", write_file("renamed-minutes.rtf", "Minutes, saved as text.\n"),
         "renamed-minutes.rtf", "failed", ("not an RTF file",)),
    Case("doc-old-word",
         write_file("cabinet-report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)),
         "cabinet-report.doc", "failed", ("unsupported", "save it as .docx or PDF")),
    # duplicates
    Case("duplicate-in-batch",
         lambda f: [write_file(n, DUP_TEXT)(f)
                    for n in ("lifeboat-open-day.txt", "second copy of lifeboat-open-day.txt")],
         "second copy of lifeboat-open-day.txt", "duplicate",
         ("same content as lifeboat-open-day.txt",),
         check=_check_duplicate_in_batch),
    Case("duplicate-of-indexed", write_file("harbour-report-copy.txt", GOOD_TEXT),
         "harbour-report-copy.txt", "duplicate", (f"same content as {GOOD_TXT}",),
         check=_check_duplicate_of_indexed),
    # types
    Case("unsupported-extension", write_file("budget-sheet.numbers", b"PK\x03\x04 not really"),
         "budget-sheet.numbers", "failed", ("unsupported", ".numbers")),
    Case("damaged-spreadsheet", write_file("budget-sheet.xlsx", b"PK\x03\x04 not really"),
         "budget-sheet.xlsx", "failed", ("not a valid .xlsx",)),
    Case("no-extension", write_file("NOTES", b"Some words about Northfield."), "NOTES", "failed",
         ("unsupported",)),
    # permissions
    Case("unreadable-file", unreadable_file, "locked-minutes.txt", "failed",
         ("permission denied",), needs_permissions=True),
    Case("unreadable-folder", unreadable_folder, "locked-folder/", "failed",
         ("folder", "permission denied"), needs_permissions=True),
    # symbolic links
    Case("link-to-own-folder", symlink("here", ".", sub="loop-self"), "here", "skipped",
         ("loop",), check=lambda b: b.doc("inside-the-loop.txt")),
    Case("link-to-parent", symlink("up", "..", sub="loop-parent"), "up", "skipped", ("loop",)),
    Case("link-to-itself", lambda f: (f / "knot.txt").symlink_to("knot.txt"), "knot.txt",
         "failed", ("link", "loop")),
    Case("link-dangling", lambda f: (f / "moved-report.txt").symlink_to("gone/report.txt"),
         "moved-report.txt", "failed", ("broken link",)),
    # the manifests: batch/sources.csv is MANIFEST (its bad lines are named in the messages),
    # excel/sources.csv is saved in Windows-1252, nofile/sources.csv has no 'file' column
    Case("manifest-missing-columns", nothing, "batch/sources.csv", "problem",
         ("lacks column(s) publisher, kind, about",),
         check=_check_manifest_row("windows-notes.txt", "Quay Street licences")),
    Case("manifest-unknown-file", nothing, "batch/sources.csv", "problem",
         ("ghost-report.pdf", "not found")),
    Case("manifest-bad-date", write_file("manifest-dated.txt", "Northfield dredging notice.\n"),
         "batch/sources.csv", "problem", ("line 2", "2024-02-30", "manifest-dated.txt"),
         check=_check_manifest_bad_date),
    Case("manifest-duplicate-rows", nothing, "batch/sources.csv", "problem",
         ("line 3", "duplicate", "manifest-dated.txt")),
    Case("manifest-row-without-file", nothing, "batch/sources.csv", "problem",
         ("line 5", "no file name")),
    Case("manifest-windows-1252", nothing, "excel/sources.csv", "none",
         check=_check_manifest_row("excel-notice.txt", EXCEL_TITLE)),
    Case("manifest-no-file-column", nothing, "nofile/sources.csv", "problem",
         ("no 'file' column",),
         check=lambda b: b.doc("nofile-notice.txt")),
]


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Batch:
    root = tmp_path_factory.mktemp("bad-input")
    index = root / "index"
    good, folder = root / "good", root / "batch"
    good.mkdir()
    folder.mkdir()
    (good / GOOD_TXT).write_text(GOOD_TEXT, encoding="utf-8")
    pdf = _pdf(PDF_PAGES, folder / PDF_NAME)
    code, out, err = _finish(_cli(index, "ingest", str(good), str(pdf)))
    assert code == 0, out + err
    before = _registry_passages(index)
    store = IndexStore(index)
    good_ids = {Path(d.path).name: d.doc_id for d in store.documents()}
    store.close()
    assert set(good_ids) == {GOOD_TXT, PDF_NAME}

    # the indexed PDF is damaged in place; everything else is new
    data = pdf.read_bytes()
    pdf.write_bytes(data[: len(data) // 2])
    prefix = _dac_drop_prefix()
    for case in CASES:
        if case.needs_permissions and prefix is None:
            continue
        case.make(folder)
    (folder / "sources.csv").write_text(MANIFEST, encoding="utf-8")
    excel, nofile = root / "excel", root / "nofile"
    excel.mkdir()
    nofile.mkdir()
    (excel / "sources.csv").write_bytes(EXCEL_MANIFEST.encode("cp1252"))
    (excel / "excel-notice.txt").write_text("Northfield caf\u00e9 summer hours notice.\n")
    (nofile / "sources.csv").write_text("name,title\nnofile-notice.txt,Ignored\n")
    (nofile / "nofile-notice.txt").write_text("Northfield bus shelter repair notice.\n")

    code, out, err = _finish(_cli(index, "ingest", str(folder), str(excel), str(nofile),
                                  env={"INSPECTION_QA_MAX_FILE_MB": str(BATCH_LIMIT_MB)},
                                  prefix=prefix or []))
    procs = {"check": _cli(index, "check"), "sources": _cli(index, "sources", "--json")}
    done = {key: _finish(proc) for key, proc in procs.items()}
    for path in (folder / "locked-folder", folder / "locked-minutes.txt"):
        if path.exists():
            path.chmod(0o755)  # so pytest can clean up
    print(out, err)
    result = Batch(
        root=root, code=code, stdout=out, stderr=err, store=IndexStore(index),
        sources=json.loads(done["sources"][1]),
        check=done["check"][1] + done["check"][2], before=before, good_ids=good_ids,
        permissions_enforced=prefix is not None, outcomes=_outcomes(out, err),
    )
    yield result
    result.store.close()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(batch: Batch, case: Case) -> None:
    if case.needs_permissions and not batch.permissions_enforced:
        pytest.skip("running as root and cannot drop CAP_DAC_OVERRIDE (setpriv missing or "
                    "not permitted), so file permissions cannot be tested")
    if case.status == "problem":
        lines = [line for line in batch.stderr.splitlines()
                 if line.startswith("problem: ") and case.subject in line
                 and all(w.lower() in line.lower() for w in case.words)]
        assert len(lines) == 1, f"expected one problem line about {case.words}:\n{batch.stderr}"
    elif case.status == "none":
        assert case.subject not in batch.stderr, batch.stderr
    else:
        found = [o for o in batch.outcomes if o.subject == case.subject]
        assert len(found) == 1, (f"expected one line about {case.subject}, got "
                                 f"{[o.line for o in found]}\n{batch.stdout}\n{batch.stderr}")
        [outcome] = found
        assert outcome.status == case.status, outcome.line
        for word in case.words:
            assert word.lower() in outcome.line.lower(), outcome.line
    if case.check is not None:
        case.check(batch)


def test_the_batch_exits_1(batch: Batch) -> None:
    assert batch.code == 1, batch.stdout + batch.stderr


def test_every_stderr_line_is_a_named_failure_or_problem(batch: Batch) -> None:
    """One line per bad file or manifest row: no tracebacks, library warnings or progress."""
    stray = [line for line in batch.stderr.splitlines()
             if not line.startswith(("FAILED     ", "problem: "))]
    assert not stray, stray
    failed = [c for c in CASES if c.status == "failed"
              and (batch.permissions_enforced or not c.needs_permissions)]
    assert batch.stderr.count("FAILED") == len(failed)


def test_already_indexed_documents_are_unchanged(batch: Batch) -> None:
    after = {doc_id: [(p.passage_id, p.start, p.end, p.text) for p in batch.passages(doc_id)]
             for doc_id in batch.before}
    assert after == batch.before
    pdf = batch.store.document(batch.good_ids[PDF_NAME])
    assert pdf is not None
    assert all(s in pdf.text for s in PDF_PAGES)


def test_check_is_clean_after_the_batch(batch: Batch) -> None:
    assert "consistent: the vector store and the registry agree" in batch.check, batch.check
    vectors = int(re.search(r"(\d+) vectors", batch.check).group(1))
    assert vectors == len(batch.store.passages())


def test_the_summary_counts_what_happened(batch: Batch) -> None:
    summary = batch.stdout.strip().splitlines()[-1]
    added = sum(1 for o in batch.outcomes if o.status == "added")
    assert f"{added} added" in summary
    assert f"{sum(1 for o in batch.outcomes if o.status == 'failed')} failed" in summary


# -- very large input ---------------------------------------------------------------------
def _wait_with_rusage(proc: subprocess.Popen[str], timeout: float = 300
                      ) -> tuple[int, str, str, int]:
    """Exit status, output and peak RSS (KiB) of exactly this child (os.wait4)."""
    out: dict[str, str] = {}
    readers = [threading.Thread(target=lambda k=k, s=s: out.__setitem__(k, s.read()))
               for k, s in (("stdout", proc.stdout), ("stderr", proc.stderr))]
    for reader in readers:
        reader.start()
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        timer.cancel()
    for reader in readers:
        reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, out["stdout"], out["stderr"], usage.ru_maxrss


def test_200_mb_text_file_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    """With the default limit the 200 MB file is refused by name before it is read, so the
    ingest's peak memory matches an ingest of the small file alone (reading the text and
    its passages naively would add at least 400 MB: the bytes, the string, the copies)."""
    big, small = tmp_path / "big", tmp_path / "small"
    big.mkdir()
    small.mkdir()
    for folder in (big, small):
        (folder / GOOD_TXT).write_text(GOOD_TEXT, encoding="utf-8")
    huge = big / "full-text-dump.txt"
    line = (b"The Northfield ferry log records every crossing, the weather and the "
            b"number of passengers on board.\n")
    block = line * (2**20 // len(line) + 1)
    try:
        with huge.open("wb") as handle:
            while handle.tell() < 200 * 2**20:
                handle.write(block)
        procs = {k: _cli(tmp_path / f"index-{k}", "ingest", str(folder))
                 for k, folder in (("big", big), ("small", small))}
        started = time.monotonic()
        results = {k: _wait_with_rusage(p) for k, p in procs.items()}
    finally:
        huge.unlink(missing_ok=True)
    code, stdout, stderr, peak_big = results["big"]
    assert code == 1, stdout + stderr
    [line_out] = [x for x in stderr.splitlines() if "full-text-dump.txt" in x]
    assert line_out.startswith("FAILED"), line_out
    assert "limit" in line_out
    assert re.search(rf"^added\s+{re.escape(GOOD_TXT)}\s", stdout, re.MULTILINE), stdout
    peak_small = results["small"][3]
    print(f"peak RSS: with the 200 MB file {peak_big // 1024} MB, without "
          f"{peak_small // 1024} MB; {time.monotonic() - started:.0f} s")
    assert peak_big - peak_small < 150 * 1024, (peak_big, peak_small)


def test_5_mb_single_line_splits_into_bounded_passages(tmp_path: Path) -> None:
    """Loader and chunker on one 5 MB line (embedding its ~6,500 passages would take
    minutes here; the batch above ingests a 60 KB line end to end)."""
    from ingest.chunking import chunk_document
    from ingest.loaders import load_file
    from ingest.models import DocMeta, Document

    text = long_line(11, 48_000)
    assert len(text) > 5_000_000
    path = tmp_path / "five-megabyte-line.txt"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    loaded = load_file(path)
    doc = Document("five-mb", str(path), "0" * 64, DocMeta("t"), loaded.text, loaded.page_starts)
    passages = chunk_document(doc)
    elapsed = time.monotonic() - started
    assert loaded.text == text
    assert max(len(p.text) for p in passages) <= MAX_PASSAGE
    assert len(passages) >= len(text) // MAX_PASSAGE
    assert all(text[p.start:p.end] == p.text for p in passages)
    assert elapsed < 120, f"{elapsed:.0f} s to load and chunk 5 MB"
