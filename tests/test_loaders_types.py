"""The other types councils and the press save their texts in: web pages saved as one file
(.mhtml, .mht), XHTML, OpenDocument (.odt) and rich text (.rtf), each written here as the
program that saves it writes it and read by the real loaders; old Word (.doc) is refused
with the fix. Builders and texts: tests/type_files.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from type_files import (
    FRAME_TEXT,
    ODP_NOTES,
    ODP_SLIDES,
    ODS_HEADER,
    ODS_ROW,
    ODT_CREATED,
    ODT_HEADING,
    ODT_HIDDEN,
    ODT_ITEMS,
    ODT_PARAGRAPHS,
    ODT_TABLE,
    ODT_TITLE,
    PAGE_DATE,
    PAGE_FURNITURE,
    PAGE_HTML,
    PAGE_PARAGRAPHS,
    PAGE_TITLE,
    RTF,
    RTF_CREATED,
    RTF_HEADER,
    RTF_LINES,
    RTF_TITLE,
    XHTML,
    chrome_mhtml,
    odp_content,
    ods_content,
    odt_content,
    odt_meta,
    truncated_odt,
    word_mht,
    write_odt,
)

from ingest.loaders import LOADERS, LoadError, check_type, load_file


def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# -- web pages saved as one file, and XHTML ------------------------------------------------------
@pytest.fixture(scope="module")
def saved_html(tmp_path_factory) -> Path:
    return _write(tmp_path_factory.mktemp("page") / "harbour-wall.html", PAGE_HTML)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("harbour-wall.mhtml", chrome_mhtml()),
        ("harbour-wall.mht", word_mht()),
        ("harbour-wall.xhtml", XHTML),
        ("harbour-wall.xht", XHTML),
    ],
    ids=["chrome-mhtml-quoted-printable", "word-mht-base64-windows-1252", "xhtml", "xht"],
)
def test_saved_page_reads_as_the_same_page_saved_as_html(tmp_path, saved_html, name, data):
    html = load_file(saved_html)
    loaded = load_file(_write(tmp_path / name, data))
    assert (loaded.title, loaded.published, loaded.text) == (html.title, html.published, html.text)
    assert (loaded.title, loaded.published) == (PAGE_TITLE, PAGE_DATE)
    assert loaded.own_date
    assert loaded.warnings == []
    for paragraph in PAGE_PARAGRAPHS:  # quoted-printable and charsets decoded: ’ £ é intact
        assert paragraph in loaded.text
    for part, phrase in PAGE_FURNITURE.items():
        assert phrase not in loaded.text, f"{part} furniture kept"


def test_mhtml_reads_the_page_not_its_frames_styles_or_save_date(tmp_path):
    loaded = load_file(_write(tmp_path / "harbour-wall.mhtml", chrome_mhtml()))
    for leftover in (FRAME_TEXT, "max-width", "Saved by Blink", "2024-09-03", "IHDR"):
        assert leftover not in loaded.text
    assert loaded.published != "2024-09-03", "the day it was saved is not its date"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("council-notice.mhtml", "Northfield notice: the ferry runs hourly from June.\n"),
        ("empty.mht", b""),
        ("renamed-page.mhtml", "<html><body><p>Saved as .html, renamed.</p></body></html>"),
        (
            "pictures-only.mhtml",
            chrome_mhtml().replace(b"Content-Type: text/html", b"Content-Type: text/plain"),
        ),
    ],
    ids=["plain-text", "empty", "html-renamed", "no-html-part"],
)
def test_mhtml_without_a_web_page_inside_is_refused_by_name(tmp_path, name, data):
    path = _write(tmp_path / name, data)
    with pytest.raises(LoadError, match=re.escape(name) + ".*not a saved web page"):
        load_file(path)


# -- OpenDocument text ---------------------------------------------------------------------------
def test_odt_keeps_headings_paragraphs_list_items_and_table_rows_in_order(tmp_path):
    loaded = load_file(write_odt(tmp_path / "allotments.odt"))
    lines = loaded.text.split("\n")
    expected = [ODT_HEADING, *ODT_PARAGRAPHS, *ODT_ITEMS, *(" | ".join(r) for r in ODT_TABLE)]
    assert lines == expected
    assert (loaded.title, loaded.published, loaded.warnings) == (ODT_TITLE, ODT_CREATED, [])


def test_odt_leaves_out_comments_deletions_footnotes_and_contents(tmp_path):
    text = load_file(write_odt(tmp_path / "allotments.odt")).text
    for what, phrase in ODT_HIDDEN.items():
        assert phrase not in text, f"{what} text was read as the document's"


def test_odt_without_a_title_of_its_own_takes_its_first_line(tmp_path):
    loaded = load_file(write_odt(tmp_path / "untitled.odt", meta=odt_meta(title="")))
    assert loaded.title == ODT_HEADING
    no_meta = write_odt(tmp_path / "no-meta.odt", meta="")
    assert load_file(no_meta).title == ODT_HEADING  # an empty meta.xml does not stop it


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: truncated_odt(d / "half-copied-review.odt"), "not a valid .odt"),
        (lambda d: _write(d / "renamed-notes.odt", "Some notes, renamed."), "not a valid .odt"),
        (lambda d: write_odt(d / "locked-review.odt", encrypted=True), "password"),
        (
            lambda d: write_odt(d / "broken-xml.odt", content=odt_content()[:-40]),
            "not a valid .odt",
        ),
    ],
    ids=["truncated-zip", "text-renamed", "password-protected", "damaged-xml"],
)
def test_bad_odt_is_refused_by_name(tmp_path, make, words):
    path = make(tmp_path)
    with pytest.raises(LoadError, match=re.escape(path.name) + ".*" + re.escape(words)):
        load_file(path)


# -- Rich Text Format ------------------------------------------------------------------------------
def test_rtf_keeps_paragraphs_apart_and_decodes_its_escapes(tmp_path):
    loaded = load_file(_write(tmp_path / "quay-street.rtf", RTF))
    assert loaded.text.split("\n") == list(RTF_LINES)
    assert (loaded.title, loaded.published, loaded.warnings) == (RTF_TITLE, RTF_CREATED, [])
    for furniture in (RTF_HEADER, "Arial", "Riched20", "A. Patel", "89504e47"):
        assert furniture not in loaded.text


def test_rtf_without_info_takes_its_first_line_as_title(tmp_path):
    bare = r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 Harbour fees 2024\par Fees rise by 3\'25.\par}"
    loaded = load_file(_write(tmp_path / "fees.rtf", bare))
    assert loaded.text == "Harbour fees 2024\nFees rise by 3%."
    assert (loaded.title, loaded.published) == ("Harbour fees 2024", "")


def test_text_named_rtf_is_refused_by_name(tmp_path):
    path = _write(tmp_path / "minutes-export.rtf", "Minutes of the harbour committee.\n")
    with pytest.raises(LoadError, match=r"minutes-export\.rtf.*not an RTF file"):
        load_file(path)


# -- types no loader reads ----------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["rtf", "html", "docx"])
def test_a_doc_that_holds_another_format_is_read_as_that(tmp_path, kind):
    """Sites often publish RTF or a web page under .doc (and people rename .docx): read
    what the file holds, as the same file under its own name would be read."""
    if kind == "rtf":
        own = _write(tmp_path / "note.rtf", RTF)
    elif kind == "html":
        own = _write(tmp_path / "page.html", PAGE_HTML)
    else:
        from docx import Document as WordDocument

        word = WordDocument()
        word.core_properties.title = "Harbour fees 2024"
        word.add_paragraph("Fees rise by three per cent from April.")
        own = tmp_path / "fees.docx"
        word.save(str(own))
    named_doc = _write(tmp_path / f"{kind}-as.doc", own.read_bytes())
    read, expected = load_file(named_doc), load_file(own)
    assert (read.text, read.title, read.published) == (
        expected.text,
        expected.title,
        expected.published,
    )


def test_old_word_file_is_refused_with_the_fix(tmp_path):
    path = _write(tmp_path / "cabinet-report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    with pytest.raises(LoadError) as info:
        load_file(path)
    message = str(info.value)
    assert message.startswith("cabinet-report.doc: ")
    assert "save it as .docx or PDF" in message


def test_unsupported_type_lists_every_type_read(tmp_path):
    with pytest.raises(LoadError) as info:
        check_type(tmp_path / "budget.numbers")
    listed = str(info.value).split("supported: ", 1)[1]
    for suffix in (".mhtml", ".mht", ".xhtml", ".xht", ".odt", ".rtf", ".docx", ".pdf"):
        assert suffix in listed
    assert set(LOADERS) >= {".mhtml", ".mht", ".xhtml", ".xht", ".odt", ".rtf"}


# -- OpenDocument presentations and spreadsheets ---------------------------------------------
def test_odp_reads_each_slide_as_a_page_with_its_title_items_and_notes(tmp_path):
    loaded = load_file(write_odt(tmp_path / "harbour.odp", content=odp_content(), meta=""))
    ends = (*loaded.page_starts[1:], len(loaded.text))
    slides = [loaded.text[a:b].strip() for a, b in zip(loaded.page_starts, ends, strict=True)]
    expected = [
        [title, *(f"• {item}" for item in items)] for title, items in ODP_SLIDES
    ]
    expected[0].append(ODP_NOTES)
    assert [slide.split("\n") for slide in slides] == expected
    assert loaded.title == ODP_SLIDES[0][0]


def test_ods_rows_are_labelled_by_their_header_and_dates_read_as_dates(tmp_path):
    loaded = load_file(write_odt(tmp_path / "actions.ods", content=ods_content()))
    action, lead, _ = ODS_ROW
    assert loaded.text.split("\n")[:3] == [
        "Actions",
        " | ".join(ODS_HEADER),
        f"Action: {action} | Lead officer: {lead} | Due: 31 March 2024",
    ]
    assert loaded.text[loaded.page_starts[1]:] == "Notes\nChecked by the harbour board"
    # a spreadsheet's date is none of its cells', nor the day the file was made: unknown
    assert (loaded.published, loaded.own_date) == ("", True)


@pytest.mark.parametrize("suffix", [".odp", ".ods"])
def test_bad_opendocument_package_is_refused_by_name_and_type(tmp_path, suffix):
    path = truncated_odt(tmp_path / f"board{suffix}")
    with pytest.raises(LoadError, match=rf"^board\{suffix}: not a valid \{suffix} file"):
        load_file(path)
