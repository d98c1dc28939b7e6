"""Slide decks, spreadsheets and e-mails, as councils put them before a committee, track an
improvement plan or announce a decision: .pptx (written by python-pptx, as PowerPoint
writes it), .xlsx (openpyxl), .csv and .eml (Python's email package, as mail programs save
it), read by the real loaders and, at the end, ingested and asked about. All text is
invented (a fictional "Fenmarsh" council)."""

from __future__ import annotations

import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from ingest.loaders import LOADERS, LoadError, check_type, load_file

DECK_TITLE = "Children's services improvement"
WORKFORCE = ("Agency social workers fell from 38% to 21%", "Caseloads average 19 children")
NOTES = "The interim director said recruitment remains the main risk."
PROGRESS = (("Area", "RAG", "Update"), ("Supervision", "Amber", "Monthly audits started"))


def write_deck(path: Path) -> Path:
    import pptx
    from pptx.util import Inches

    deck = pptx.Presentation()
    cover = deck.slides.add_slide(deck.slide_layouts[0])
    cover.shapes.title.text = DECK_TITLE
    cover.placeholders[1].text = "Report to the scrutiny committee, 14 September 2023"
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Workforce"
    frame = slide.placeholders[1].text_frame
    frame.text = WORKFORCE[0]
    frame.add_paragraph().text = WORKFORCE[1]
    slide.notes_slide.notes_text_frame.text = NOTES
    table_slide = deck.slides.add_slide(deck.slide_layouts[5])
    table_slide.shapes.title.text = "Progress"
    shape = table_slide.shapes.add_table(2, 3, Inches(1), Inches(2), Inches(6), Inches(1))
    for r, row in enumerate(PROGRESS):
        for c, value in enumerate(row):
            shape.table.cell(r, c).text = value
    deck.save(str(path))
    return path


def write_workbook(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    plan = book.active
    plan.title = "Plan"
    plan.append(["Ref", "Source", "Action", "Lead officer", "Target date", "Done"])
    plan.append(
        [
            1,
            "Ofsted, November 2022",
            "Monthly supervision audits",
            "Jo Marsh",
            datetime.date(2023, 3, 31),
            0.5,
        ]
    )
    plan["F2"].number_format = "0%"
    plan.append([])
    plan.append(["Reviewed monthly by the improvement board"])
    book.create_sheet("Workings").append(["lookup", "hidden value"])
    book["Workings"].sheet_state = "hidden"
    book.create_sheet("Key dates").append(["Commissioner appointed", datetime.date(2023, 1, 12)])
    book.save(str(path))
    return path


def write_mail(path: Path, attachment: tuple[str, bytes] | None = None, html: bool = False):
    mail = EmailMessage()
    mail["From"] = "DfE Press Office <press.office@education.example>"
    mail["To"] = "newsdesk@example.org"
    mail["Date"] = "Thu, 12 Jan 2023 10:30:00 +0000"
    mail["Subject"] = "Commissioner appointed for Fenmarsh children's services"
    body = "The Secretary of State has appointed Anna Price as children's services commissioner."
    if html:
        mail.set_content(f"<html><body><p>{body}</p></body></html>", subtype="html")
    else:
        mail.set_content(body)
    if attachment:
        name, data = attachment
        mail.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    path.write_bytes(bytes(mail))
    return path


# -- PowerPoint ----------------------------------------------------------------------------------
def test_deck_reads_each_slide_as_a_page_titles_bullets_notes_and_tables(tmp_path):
    loaded = load_file(write_deck(tmp_path / "scrutiny.pptx"))
    ends = (*loaded.page_starts[1:], len(loaded.text))
    slides = [loaded.text[a:b].strip() for a, b in zip(loaded.page_starts, ends, strict=True)]
    assert len(slides) == 3  # a citation's page is the slide's number
    assert slides[0].split("\n")[0] == DECK_TITLE
    assert slides[1].split("\n") == ["Workforce", *(f"• {item}" for item in WORKFORCE), NOTES]
    assert slides[2].split("\n")[1:] == [" | ".join(row) for row in PROGRESS]
    assert loaded.title == DECK_TITLE
    # python-pptx's blank template carries a 2013 creation stamp: not this deck's date
    assert loaded.published == ""


@pytest.mark.parametrize("recorded", ["PowerPoint Presentation", "Untitled"])
def test_a_decks_placeholder_title_is_not_its_title(tmp_path, recorded):
    """PowerPoint records "PowerPoint Presentation" as the title of a deck nobody titled:
    the cover slide's title is the deck's, as it is with no recorded title."""
    import pptx

    path = write_deck(tmp_path / "deck.pptx")
    deck = pptx.Presentation(str(path))
    deck.core_properties.title = recorded
    deck.save(str(path))
    assert load_file(path).title.startswith(DECK_TITLE)


def test_a_workbooks_placeholder_title_is_not_its_title(tmp_path):
    import openpyxl

    path = write_workbook(tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    book.properties.title = "Untitled"
    book.save(path)
    assert load_file(path).title != "Untitled"


def test_damaged_deck_is_refused_by_name(tmp_path):
    path = tmp_path / "board.pptx"
    path.write_bytes(write_deck(tmp_path / "whole.pptx").read_bytes()[:700])
    with pytest.raises(LoadError, match=r"^board\.pptx: not a valid \.pptx"):
        load_file(path)


# -- spreadsheets --------------------------------------------------------------------------------
def test_workbook_rows_are_labelled_by_their_header_and_shown_as_the_sheet_shows_them(tmp_path):
    loaded = load_file(write_workbook(tmp_path / "improvement-plan.xlsx"))
    lines = loaded.text.split("\n")
    assert (
        "Ref: 1 | Source: Ofsted, November 2022 | Action: Monthly supervision audits | "
        "Lead officer: Jo Marsh | Target date: 31 March 2023 | Done: 50%"
    ) in lines
    assert "Reviewed monthly by the improvement board" in lines  # a note, not a labelled row
    assert "Commissioner appointed | 12 January 2023" in lines
    assert "hidden value" not in loaded.text
    assert len(loaded.page_starts) == 2  # the visible sheets, one page each
    assert loaded.text[loaded.page_starts[1] :].startswith("Key dates")
    assert loaded.title == ""  # no title of its own: the file's name stands (resolve_meta)
    # nor a date: not a cell's (a target date), nor the day the file was made
    assert (loaded.published, loaded.own_date) == ("", True)


@pytest.mark.parametrize(("separator", "suffix"), [(",", ".csv"), (";", ".csv"), ("\t", ".tsv")])
def test_csv_rows_are_labelled_by_their_header(tmp_path, separator, suffix):
    path = tmp_path / f"appointments{suffix}"
    rows = [["Name", "Role", "Started"], ["Anna Price", "Commissioner", "January 2023"]]
    path.write_text("\n".join(separator.join(row) for row in rows) + "\n", encoding="utf-8")
    lines = load_file(path).text.split("\n")
    assert "Name: Anna Price | Role: Commissioner | Started: January 2023" in lines


def test_sheet_without_any_cell_is_refused_by_name(tmp_path):
    import openpyxl

    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(str(path))
    with pytest.raises(LoadError, match=r"^empty\.xlsx: no cells with text"):
        load_file(path)


# -- e-mail --------------------------------------------------------------------------------------
def test_mail_gives_its_subject_sender_and_sent_date(tmp_path):
    loaded = load_file(write_mail(tmp_path / "announcement.eml"))
    assert loaded.title == "Commissioner appointed for Fenmarsh children's services"
    assert (loaded.published, loaded.own_date) == ("2023-01-12", True)
    assert loaded.publisher == "DfE Press Office"
    assert "appointed Anna Price as children's services commissioner" in loaded.text
    # who sent it and when are its publisher and date, not text to quote
    assert "press.office@" not in loaded.text
    assert "From:" not in loaded.text
    assert "DfE Press Office" not in loaded.text


def test_mail_with_only_an_html_body_reads_its_text_not_its_tags(tmp_path):
    loaded = load_file(write_mail(tmp_path / "html.eml", html=True))
    assert "appointed Anna Price" in loaded.text
    assert "<p>" not in loaded.text


def test_mail_attachments_are_read_as_pages_or_named_in_a_warning(tmp_path):
    deck = write_deck(tmp_path / "deck.pptx").read_bytes()
    with_deck = load_file(write_mail(tmp_path / "a.eml", attachment=("board.pptx", deck)))
    assert len(with_deck.page_starts) == 2
    assert with_deck.text[with_deck.page_starts[1] :].startswith("Attachment: board.pptx")
    assert NOTES in with_deck.text
    with_zip = load_file(write_mail(tmp_path / "b.eml", attachment=("pack.zip", b"PK\x03\x04")))
    assert with_zip.warnings == ["b.eml: attachment pack.zip not read (type not supported)"]


def test_text_named_eml_is_refused_by_name(tmp_path):
    path = tmp_path / "notes.eml"
    path.write_text("Just some notes without any headers.\n", encoding="utf-8")
    with pytest.raises(LoadError, match=r"^notes\.eml: not an e-mail"):
        load_file(path)


# -- old binary formats --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "fix"),
    [
        ("board.ppt", "save it as .pptx"),
        ("plan.xls", "save it as .xlsx"),
        ("letter.msg", ".eml"),
    ],
)
def test_old_binary_office_files_are_refused_with_the_fix(tmp_path, name, fix):
    with pytest.raises(LoadError) as info:
        check_type(tmp_path / name)
    assert str(info.value).startswith(f"{name}: unsupported file type")
    assert fix in str(info.value)
    assert {".pptx", ".xlsx", ".csv", ".eml"} <= set(LOADERS)


# -- through ingest and a question -----------------------------------------------------------
def test_deck_workbook_and_mail_are_ingested_and_answer_with_their_slide_or_sheet(
    tmp_path, index_folder
):
    folder = tmp_path / "record"
    folder.mkdir()
    write_deck(folder / "scrutiny-briefing.pptx")
    write_workbook(folder / "improvement-plan.xlsx")
    write_mail(folder / "dfe-announcement.eml")
    assistant = index_folder(folder, tmp_path / "index").assistant

    answer = assistant.ask("What share of social workers were agency staff?")
    first = answer.citations[0]
    assert "21%" in answer.text
    assert (first.doc_id, first.page) == ("scrutiny-briefing", 2)

    answer = assistant.ask("Who is the lead officer for the supervision audits?")
    assert "Jo Marsh" in answer.text
    assert answer.citations[0].doc_id == "improvement-plan"

    answer = assistant.ask("Who was appointed as children's services commissioner?")
    assert "Anna Price" in answer.text
    assert answer.citations[0].published == "2023-01-12"


def test_a_long_column_heading_still_heads_its_column(tmp_path):
    """"Care leavers aged 19-21 in education, employment or training (%)" is a heading of 64
    characters: the row under it is labelled as any other sheet's."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Quarterly measures"
    sheet.append(["Children's Services Performance Scorecard"])
    sheet.append(["Quarter", "Children in care (end of quarter)",
                  "Care leavers aged 19-21 in education, employment or training (%)"])
    sheet.append(["2024/25 Q2", 455, 62])
    path = tmp_path / "scorecard.xlsx"
    book.save(str(path))
    lines = load_file(path).text.split("\n")
    assert (
        "Quarter: 2024/25 Q2 | Children in care (end of quarter): 455 | "
        "Care leavers aged 19-21 in education, employment or training (%): 62"
    ) in lines
