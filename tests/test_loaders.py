"""Loaders: every supported type yields clean text; bad input fails with a named LoadError."""

from __future__ import annotations

import codecs
import random
import re
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import (
    DOCX_HEADING,
    DOCX_PARAGRAPHS,
    DOCX_TABLE,
    HTML_BOILERPLATE,
    MD_SENTENCES,
    PDF_PAGES,
    TXT_TEXT,
    html_article,
    make_fixture_files,
    make_image_only_pdf,
)

from ingest.loaders import LoadError, clean_text, join_pages, load_file


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def variant() -> str:
    return uuid.uuid4().hex[:8]


@pytest.fixture
def fresh_files(tmp_path, variant) -> dict[str, Path]:
    """Fixture documents whose HTML article this process has never read before."""
    return make_fixture_files(tmp_path / "docs", variant)


# -- good files ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("pdf", list(PDF_PAGES)),
        ("html", None),
        ("docx", [DOCX_HEADING, *DOCX_PARAGRAPHS]),
        ("md", list(MD_SENTENCES)),
        ("txt", [line for line in TXT_TEXT.splitlines() if line]),
    ],
    ids=["pdf", "html", "docx", "md", "txt"],
)
def test_loader_extracts_the_text(fresh_files, variant, kind, expected):
    expected = expected if expected is not None else list(html_article(variant))
    loaded = load_file(fresh_files[kind])
    assert loaded.warnings == [], loaded.warnings
    flat = _flat(loaded.text)
    for sentence in expected:
        assert _flat(sentence) in flat, f"{kind}: missing {sentence!r}"
    assert loaded.title, f"{kind}: no title"
    assert loaded.text == loaded.text.strip()
    assert "\n\n\n" not in loaded.text


def test_html_drops_boilerplate(fresh_files):
    text = load_file(fresh_files["html"]).text
    for part, phrase in HTML_BOILERPLATE.items():
        assert phrase not in text, f"{part} text leaked into the HTML output"
    for word in ("<p>", "</", "document.write", "{"):
        assert word not in text


def test_html_reports_its_title(fresh_files):
    loaded = load_file(fresh_files["html"])
    assert "Riverside library" in loaded.title


def test_markdown_has_no_markup(fixture_files):
    text = load_file(fixture_files["md"]).text
    for syntax in ("#", "**", "*revised*", "](", "https://", "`", "- The applicant"):
        assert syntax not in text, f"markdown syntax {syntax!r} left in the text"
    assert "design statement" in text
    assert "Appendix B" in text


def test_html_page_loaded_repeatedly_still_drops_boilerplate(fresh_files, variant):
    for attempt in range(5):
        loaded = load_file(fresh_files["html"])
        assert loaded.warnings == [], f"load {attempt + 1}: {loaded.warnings}"
        assert HTML_BOILERPLATE["cookie"] not in loaded.text, f"load {attempt + 1}"
        assert _flat(html_article(variant)[1]) in _flat(loaded.text)


FRONT_MATTER = (
    "---\n"
    'title: "Letters: a service that keeps losing its social workers"\n'
    "date: 2016-11-17\n"
    'author: "Letters desk"\n'
    "publication: The Castlebury Courier\n"
    "---\n\n"
    "# Your letters\n\n"
    "Our son has had five social workers in eighteen months.\n"
)


def test_markdown_front_matter_gives_title_date_and_publisher_not_text(tmp_path):
    """A note app's or a static site's front matter is the document's own title, date and
    publisher, and none of its lines is quoted as text (a probe record's letters page had
    "date: 2016-11-17" as its first sentence and no date)."""
    path = tmp_path / "letters.md"
    path.write_text(FRONT_MATTER, encoding="utf-8")
    loaded = load_file(path)
    assert loaded.title == "Letters: a service that keeps losing its social workers"
    assert loaded.published == "2016-11-17"
    assert loaded.publisher == "The Castlebury Courier"
    assert "title:" not in loaded.text
    assert "2016-11-17" not in loaded.text
    assert loaded.text.startswith("Your letters")


@pytest.mark.parametrize(
    "source",
    [
        "---\ntitle: [unclosed\n---\n\nOur son has had five social workers.\n",
        "---\n\nOur son has had five social workers.\n\n---\n\nMore text.\n",
    ],
    ids=["not-yaml", "rules-not-front-matter"],
)
def test_markdown_without_front_matter_fields_keeps_its_text(tmp_path, source):
    path = tmp_path / "letters.md"
    path.write_text(source, encoding="utf-8")
    loaded = load_file(path)
    assert "five social workers" in loaded.text
    assert loaded.published == ""


def test_markdown_inline_markup_keeps_sentences_on_one_line(fixture_files):
    text = load_file(fixture_files["md"]).text
    lines = text.split("\n")
    sentence = MD_SENTENCES[0]
    # The source wraps this sentence over two lines; the rendered text may keep that wrap
    # but must not add a break around each emphasised word or link.
    assert any(sentence.split(" by ")[0] in line for line in lines), lines


def test_docx_keeps_heading_paragraphs_and_table_in_order(fixture_files):
    text = load_file(fixture_files["docx"]).text
    positions = [text.index(DOCX_HEADING), *(text.index(p) for p in DOCX_PARAGRAPHS)]
    assert positions == sorted(positions)
    for row in DOCX_TABLE:
        assert " | ".join(row) in text
    assert text.index(DOCX_PARAGRAPHS[-1]) < text.index(" | ".join(DOCX_TABLE[1]))


def test_docx_list_items_are_marked_as_in_the_other_formats(tmp_path):
    """Word keeps a numbered or bulleted list's marks in the list's definition, not in its
    text: each item is read with a bullet, so that where the list ends is known."""
    import docx

    document = docx.Document()
    document.add_paragraph("What needs to improve")
    document.add_paragraph("The timeliness of strategy discussions.", style="List Number")
    document.add_paragraph("The quality of supervision.", style="List Bullet")
    document.add_paragraph("Inspectors found that plans were too broad.")
    path = tmp_path / "report.docx"
    document.save(str(path))
    assert load_file(path).text.splitlines() == [
        "What needs to improve",
        "• The timeliness of strategy discussions.",
        "• The quality of supervision.",
        "Inspectors found that plans were too broad.",
    ]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            [("Normal", "Eastbrook Safeguarding Children Partnership"),
             ("Title", "Local Child Safeguarding Practice Review: Child K"),
             ("Normal", "Independent reviewer: Ann Lee")],
            "Local Child Safeguarding Practice Review: Child K",
        ),
        (
            [("Normal", "Ofsted"), ("Normal", "Piccadilly Gate\nManchester"),
             ("Title", "Eastbrook County Council"),
             ("Normal", "Inspection of children's social care services"),
             ("Normal", "Inspection dates: 1 to 12 November 2021")],
            "Eastbrook County Council: Inspection of children's social care services",
        ),
    ],
    ids=["publisher-first", "address-first"],
)
def test_a_word_files_title_is_its_title_styled_paragraph(tmp_path, lines, title):
    """A Word file with no title in its properties is titled by its paragraph in the Title
    style, not by its first line (its publisher's name, the inspectorate's address); a
    Title that only names the council goes on with the line under it."""
    import docx

    document = docx.Document()
    for style, text in lines:
        document.add_paragraph(text, style=style)
    path = tmp_path / "review.docx"
    document.save(str(path))
    assert load_file(path).title == title


def test_pdf_page_starts_locate_each_page(fixture_files):
    loaded = load_file(fixture_files["pdf"])
    assert len(loaded.page_starts) == len(PDF_PAGES) == 3
    assert loaded.page_starts[0] == 0
    assert list(loaded.page_starts) == sorted(set(loaded.page_starts))
    bounds = [*loaded.page_starts, len(loaded.text)]
    for number, sentence in enumerate(PDF_PAGES, start=1):
        # find the page's distinctive sentence (whitespace as extracted) and check its page
        pattern = r"\s+".join(map(re.escape, sentence.split()))
        match = re.search(pattern, loaded.text)
        assert match, sentence
        assert bounds[number - 1] <= match.start() < match.end() <= bounds[number], number


def test_plain_text_keeps_paragraph_breaks(fixture_files):
    text = load_file(fixture_files["txt"]).text
    assert text.count("\n\n") == TXT_TEXT.strip().count("\n\n")


# -- cleaning helpers -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("  spaced\t\tout\u00a0words  ", "spaced out words"),
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        ("bell\x07 and\x00 nul", "bell and nul"),
        ("cafe\u0301", "caf\u00e9"),
        ("\n\n  \n", ""),
        # a PDF's typeset ligatures are their letters; a soft hyphen is no letter
        ("East\ufb01eld O\ufb03cer Sta\ufb00 co\u00adordinate",
         "Eastfield Officer Staff coordinate"),
        # a list item's text wrapped onto a line indented under it is one item, whatever
        # letter the wrapped line starts with
        ("1. Services should remain with Ashcombe Borough\n   Council, subject to review.\n"
         "2. A review\n   after 12 months.",
         "1. Services should remain with Ashcombe Borough Council, subject to review.\n"
         "2. A review after 12 months."),
        ("- Cases fell to 11 on 31\n  January 2015, all allocated.\n- Next item",
         "- Cases fell to 11 on 31 January 2015, all allocated.\n- Next item"),
        # ...not an item, a sub-item or a numbered section of its own, nor after an item
        # that ended its sentence, nor under a line that is no item
        ("2. Children in care Requires improvement\n  2.1 Adoption Good\n"
         "- Parent item\n  - child item\n- Ended here.\n  Next line\nProse line\n  indented",
         "2. Children in care Requires improvement\n2.1 Adoption Good\n"
         "- Parent item\n- child item\n- Ended here.\nNext line\nProse line\nindented"),
    ],
    ids=["newlines", "spaces", "blank-runs", "control-chars", "nfc", "only-space", "ligatures",
         "hanging-item", "hanging-bullet", "not-hanging"],
)
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


def test_join_pages_offsets_point_at_each_page():
    pages = ["First  page text", "", "Third\tpage"]
    text, starts = join_pages(pages)
    assert len(starts) == 3
    assert text[starts[0]:].startswith("First page text")
    assert text[starts[2]:].startswith("Third page")


# -- bad input ----------------------------------------------------------------------------
def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(directory: Path) -> Path:
        path = directory / name
        path.write_bytes(data)
        return path

    return make


def _truncated_docx(directory: Path) -> Path:
    import docx

    full = directory / "whole.docx"
    document = docx.Document()
    document.add_paragraph(DOCX_PARAGRAPHS[0])
    document.save(str(full))
    data = full.read_bytes()
    full.unlink()
    path = directory / "half-saved-briefing.docx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _random_pdf(directory: Path) -> Path:
    rng = random.Random(1234)
    path = directory / "garbled-scan.pdf"
    path.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    return path


BAD_INPUTS = [
    pytest.param(_write("empty-notes.txt", b""), "no text", id="empty"),
    pytest.param(_write("blank-lines.txt", b"  \n\n\t \r\n  "), "no text", id="whitespace"),
    pytest.param(_write("disguised-binary.txt", bytes(range(256)) * 8), "binary",
                 id="binary-txt"),
    pytest.param(_write("budget-sheet.numbers", b"PK\x03\x04 not really"), "unsupported",
                 id="unsupported"),
    pytest.param(_write("budget-sheet.xlsx", b"PK\x03\x04 not really"), "not a valid .xlsx",
                 id="damaged-xlsx"),
    pytest.param(_write("NOTES", b"Some words about Northfield."), "unsupported",
                 id="no-extension"),
    pytest.param(_random_pdf, "pdf", id="corrupt-pdf"),
    pytest.param(lambda d: make_image_only_pdf(d / "scanned-letter.pdf"), "no text layer",
                 id="image-only-pdf"),
    pytest.param(_write("empty-page.md", b"#\n\n---\n"), "no text", id="empty-md"),
    pytest.param(_write("empty-page.html", b"<html><body><script>x()</script></body></html>"),
                 "no text", id="empty-html"),
    pytest.param(_truncated_docx, "docx", id="truncated-docx"),
    pytest.param(_write("renamed-text.docx", b"This was a text file, renamed."), "docx",
                 id="text-named-docx"),
]


@pytest.mark.parametrize(("make", "words"), BAD_INPUTS)
def test_bad_input_raises_load_error_naming_the_file(tmp_path, make, words):
    path = make(tmp_path)
    case = path.name
    with pytest.raises(LoadError) as info:
        load_file(path)
    message = str(info.value)
    assert path.name in message, f"{case}: message does not name the file: {message}"
    assert words.lower() in message.lower(), f"{case}: {message}"


def test_latin1_text_loads_with_a_warning_naming_the_file(tmp_path):
    sentence = ("The caf\u00e9 on Quay Street paid \u00a3120 for its pavement licence "
                "\u2013 na\u00efve.")
    path = tmp_path / "old-windows-notes.txt"
    path.write_bytes(sentence.encode("cp1252"))
    loaded = load_file(path)
    assert loaded.text == sentence
    assert loaded.warnings, "decoding as Windows-1252 should be reported"
    assert all(path.name in w for w in loaded.warnings)


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
     (codecs.BOM_UTF8, "utf-8")],
    ids=["utf16-le", "utf16-be", "utf8-bom"],
)
def test_unicode_with_bom_loads_cleanly(tmp_path, bom, codec):
    sentence = "Northfield\u2019s harbour master \u2014 Ms \u00d3 Briain \u2014 retires in May."
    path = tmp_path / f"notice-{codec}.txt"
    path.write_bytes(bom + sentence.encode(codec))
    loaded = load_file(path)
    assert loaded.text == sentence
    assert "\ufeff" not in loaded.text
    assert loaded.warnings == []


def test_utf8_without_bom_has_no_warning(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("R\u00e9sum\u00e9 of the Northfield ferry survey.", encoding="utf-8")
    assert load_file(path).warnings == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Harbour Inspectorate\nQuay House, Dock Road, Northfield NF1 2AB\n\n12 November 2024"
            "\n\nMs A Jones\nHarbour Master\n\nDear Ms Jones\n\nInspection of Northfield quay"
            "\n\nThis letter sets out what we found when we inspected the quay.\n",
            "Inspection of Northfield quay",
        ),
        (
            "Northfield Borough Council\n\nHarbour Committee: minutes\n\nPresent: Cllr Amis.\n",
            "Northfield Borough Council: Harbour Committee: minutes",
        ),
        (
            "Northfield Borough Council\n\nThe committee met on 4 March and agreed the fees.\n",
            "Northfield Borough Council",
        ),
        (
            "Dear reader, a long letter without a subject line follows.\n",
            "Dear reader, a long letter without a subject line follows.",
        ),
        # the inspectorate's letterhead and address over the council's and the title
        (
            "Ofsted\nPiccadilly Gate\nStore Street\nManchester M1 2WD\n\nNorthfield Council\n"
            "Inspection of children's social care services\n\nInspection dates: 14 January "
            "2019\n",
            "Northfield Council: Inspection of children's social care services",
        ),
        # a subject line the text layer ran into the letter's first sentence
        (
            "Ofsted\nPiccadilly Gate\n15 June 2023\nDear Mr Amis\nMonitoring visit to Northfield "
            "children's services This letter summarises the findings of the visit.\n",
            "Monitoring visit to Northfield children's services",
        ),
        # a title run into the cover's fields
        (
            "Ofsted\nNorthfield Council\nInspection of children's social care services "
            "Inspection dates: 9 September 2024 Lead inspector: Sue Mark\n",
            "Northfield Council: Inspection of children's social care services",
        ),
    ],
    ids=["letter-subject", "letterhead-over-title", "letterhead-over-body", "no-subject",
         "address-and-second-letterhead", "run-on-subject", "run-on-title"],
)
def test_a_letter_or_letterhead_is_not_the_title(tmp_path, text, title):
    """A letter's title is its subject line after "Dear …", not the sender's letterhead or
    address; a letterhead over a title line says whose it is, with the title."""
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert load_file(path).title == title


def test_a_report_cover_gives_its_title_in_a_labelled_field(tmp_path):
    """A committee report's first line is the council's letterhead; its title is the
    cover's SUBJECT field. A text without such a field keeps its first line."""
    cover = (
        "NORTHFIELD BOROUGH COUNCIL\n\n"
        "REPORT TO: Harbour Committee\n"
        "DATE OF MEETING: 4 March 2024\n"
        "SUBJECT: Quay wall repairs: progress\n\n"
        "1. PURPOSE OF REPORT\n\n1.1 This report sets out progress on the quay wall.\n"
    )
    path = tmp_path / "item-6.txt"
    path.write_text(cover, encoding="utf-8")
    assert load_file(path).title == "Quay wall repairs: progress"
    plain = tmp_path / "note.txt"
    plain.write_text("Quay wall repairs\n\nThe subject: how it is mended.\n", encoding="utf-8")
    assert load_file(plain).title == "Quay wall repairs"


def test_a_title_set_in_capitals_gets_ordinary_capitals(tmp_path):
    path = tmp_path / "transcript.txt"
    path.write_text(
        "NORTHFIELD BOROUGH COUNCIL: CABINET - TRANSCRIPT OF THE MEETING\n\nThe leader opened "
        "the meeting.\n",
        encoding="utf-8",
    )
    title = load_file(path).title
    assert title == "Northfield Borough Council: Cabinet - Transcript of the Meeting"


def test_dot_leaders_part_a_label_from_its_value(tmp_path):
    """A judgements table pasted as text keeps each judgement with its label."""
    path = tmp_path / "judgements.txt"
    path.write_text(
        "Judgements\n\nOverall effectiveness ......................... Inadequate\n"
        "Care leavers . . . . . . . . . . Good\n",
        encoding="utf-8",
    )
    lines = load_file(path).text.split("\n")
    assert "Overall effectiveness | Inadequate" in lines
    assert "Care leavers | Good" in lines


def test_page_lines_in_text_pasted_from_a_pdf_mark_its_pages(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(
        "Inspection report\n\n1. The first finding.\n\nPage 2 of 3\n\n2. The second "
        "finding.\n\nPage 3 of 3\n\n3. The third finding.\n",
        encoding="utf-8",
    )
    loaded = load_file(path)
    assert "Page 2" not in loaded.text
    assert len(loaded.page_starts) == 3
    assert loaded.text[loaded.page_starts[2]:].startswith("3. The third finding.")


def test_a_word_paragraphs_line_breaks_part_its_lines(tmp_path):
    """An address block or a signature set as one paragraph with line breaks keeps them:
    "Fiona Rennick / Senior Inspector / Care Inspectorate" must not run together."""
    import docx

    document = docx.Document()
    run = document.add_paragraph().add_run("Fiona Rennick")
    run.add_break()
    run.add_text("Senior Inspector")
    run.add_break()
    run.add_text("Care Inspectorate")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("Weak")
    cell.add_paragraph("since 2022")
    path = tmp_path / "letter.docx"
    document.save(str(path))
    lines = load_file(path).text.split("\n")
    assert lines[:3] == ["Fiona Rennick", "Senior Inspector", "Care Inspectorate"]
    assert "Weak since 2022" in lines


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a letterhead in two languages is one letterhead; a meeting's line loses where and
        # when it was held
        ("GLANWY COUNTY BOROUGH COUNCIL\nCYNGOR BWRDEISTREF SIROL GLANWY\n\nMINUTES OF A "
         "MEETING OF THE CABINET HELD IN THE COUNCIL CHAMBER ON TUESDAY, 20 JUNE 2023 AT 10.00 "
         "AM\n\nPRESENT: Councillor A. Pritchard (Leader)\n",
         "Glanwy County Borough Council: Minutes of a Meeting of the Cabinet"),
        # a press release's letterhead, label and date line are not its headline
        ("LONDON BOROUGH OF WEXBRIDGE - NEWS RELEASE\n\nIssued: 4 August 2023\n\nOFSTED: "
         "WEXBRIDGE CHILDREN'S SERVICES NO LONGER INADEQUATE\n\nOfsted has confirmed it.\n",
         "London Borough of Wexbridge: Ofsted: Wexbridge Children's Services No Longer "
         "Inadequate"),
        ("UNISON BRACKENFORD LOCAL GOVERNMENT BRANCH\nPRESS STATEMENT - FOR IMMEDIATE RELEASE\n"
         "14 February 2022\n\nSOCIAL WORKERS AT BREAKING POINT, SAYS UNISON\n\nUNISON today "
         "called for a caseload limit.\n",
         "Unison Brackenford Local Government Branch: Social Workers at Breaking Point, Says "
         "Unison"),
        # a cover table's "Title of report" field
        ("LONDON BOROUGH OF WEXBRIDGE\nCabinet Report\nItem | Detail\nMeeting | Cabinet\n"
         "Title of report | Ofsted Inspection: Outcome and Improvement Plan\nReport of | Jo "
         "Bell\n", "Ofsted Inspection: Outcome and Improvement Plan"),
    ],
)
def test_first_line_title(text, title):
    from ingest.loaded import first_line_title

    assert first_line_title(text) == title


@pytest.mark.parametrize("recorded", ["(anonymous)", "Untitled", "Microsoft Word - letter.docx"])
def test_a_writing_programs_placeholder_title_is_not_the_title(tmp_path, recorded):
    """reportlab titles every PDF "(anonymous)" unless told otherwise, Word "Microsoft Word -
    <file>": the letter's own first lines give its title instead."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(recorded)
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    for line in (
        "Monitoring visit to Ashdown County Council children's services",
        "This letter summarises the findings of the monitoring visit.",
    ):
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "letter.pdf"
    pdf.output(str(path))
    title = load_file(path).title
    assert title.startswith("Monitoring visit to Ashdown County Council children's services")


_DECISION_PAGE = """<!DOCTYPE html><html><head><title>Decision - Appointment of Interim Director
| Ashdown Council</title></head><body>
<a class="skip" href="#main">Skip to main content</a>
<nav class="site-nav" aria-label="Democracy menu"><ul><li><a href="#">Councillors</a></li>
<li><a href="#">Committees</a></li><li><a href="#">Decisions</a></li></ul></nav>
<div id="mgMain"><div id="mgContent">
<h1 class="mgMainTitleTxt">Decision - Appointment of Interim Director of Children's Services</h1>
<div class="mgDecision">
<h2 class="mgSubTitleTxt">Decision details</h2>
<p><strong>Decision maker:</strong> Appointments Committee</p>
<p><strong>Decision status:</strong> Recommendations Approved</p>
<h3>Decision:</h3>
<p>The Committee noted that the Director of Children's Services had resigned and would leave
the council on 30 July 2021.</p>
<p>The Committee RESOLVED:</p>
<ol>
<li>To appoint Sam Okoro as interim Director of Children's Services with effect from 2 August
2021, for an initial period of up to nine months.</li>
<li>To designate the interim Director as the statutory Director of Children's Services.</li>
</ol>
<h3>Reasons for the decision:</h3>
<p>The council needs experienced and stable leadership of children's services at a time of
intensive improvement activity, and Mr Okoro is available to start immediately.</p>
<p><strong>Date of decision:</strong> 21/07/2021</p>
</div></div></div>
<footer><p>Ashdown Council, Town Hall</p></footer>
</body></html>"""


def test_a_pages_numbered_resolutions_are_read(tmp_path):
    """A decision notice's "RESOLVED:" list is the decision itself."""
    path = tmp_path / "decision.html"
    path.write_text(_DECISION_PAGE, encoding="utf-8")
    text = _flat(load_file(path).text)
    assert "To appoint Sam Okoro as interim Director" in text
    assert "Skip to main content" not in text
