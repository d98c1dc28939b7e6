"""A PDF's wrapped lines join into their paragraph whatever letter the wrapped line starts
with; headings, list items, table rows, short lines and paragraph ends keep their breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import document_from

from ingest.chunking import chunk_document
from ingest.loaders import load_file
from ingest.unwrap import table_rows, typical_width, unwrap_lines

WIDTH = 80  # the typical line length these invented pages are written to
FULL = "Leaders have a realistic view of the quality of practice across the county and"  # 79


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (f"{FULL} in\nHollowmere since the last visit.",
         f"{FULL} in Hollowmere since the last visit."),
        ("The lead member for children's services, who chairs the board, is Councillor Tomasz\n"
         "Brennan, who has held the role since 2022.",
         "The lead member for children's services, who chairs the board, is Councillor Tomasz "
         "Brennan, who has held the role since 2022."),
        (f"{FULL}\n2023, when the service was last inspected.",
         f"{FULL} 2023, when the service was last inspected."),
        (f"{FULL}\n“good” in every area.", f"{FULL} “good” in every area."),
        (f"{FULL}\nmanagers check plans.", f"{FULL} managers check plans."),
        ("Headline findings\nChildren are seen quickly and their plans are reviewed.",
         "Headline findings\nChildren are seen quickly and their plans are reviewed."),
        ("What needs to improve\n1. The timeliness of strategy discussions with the police\n"
         "2. The quality of plans",
         "What needs to improve\n1. The timeliness of strategy discussions with the police\n"
         "2. The quality of plans"),
        ("Leaders have acted on the findings.\nThe next paragraph begins here.",
         "Leaders have acted on the findings.\nThe next paragraph begins here."),
        ("Leaders have acted quickly on every finding of the last inspection of the county.\n"
         "They report to the board each month.",
         "Leaders have acted quickly on every finding of the last inspection of the county. "
         "They report to the board each month."),
        ("Yours sincerely\nAnn Lowe\nHis Majesty's Inspector",
         "Yours sincerely\nAnn Lowe\nHis Majesty's Inspector"),
        (f"{FULL}\n\nNew paragraph after a blank line.",
         f"{FULL}\n\nNew paragraph after a blank line."),
        ("Appendix 2: Progress since the focused visit in March\n2020\n41. In March 2020, "
         "inspectors found delay.",
         "Appendix 2: Progress since the focused visit in March 2020\n41. In March 2020, "
         "inspectors found delay."),
    ],
    ids=["capital-place", "capital-surname", "digit", "quote", "lower-case", "heading",
         "numbered-items", "short-line-ends-paragraph", "full-line-sentence-carries-on",
         "sign-off", "blank-line", "heading-wrapped-in-a-date"],
)
def test_unwrap_lines(page, expected):
    assert unwrap_lines(page, WIDTH) == expected


def test_table_rows_stay_apart():
    page = "Team Agency staff Vacancy rate\nFront door 44% 31%\nAssessment teams 55% 38%"
    layout = (
        "Team                   Agency staff        Vacancy rate\n"
        "Front door                  44%                31%\n"
        "Assessment teams            55%                38%\n"
        "165.   A numbered paragraph is no table row"
    )
    rows = table_rows(layout)
    assert "165. A numbered paragraph is no table row" not in rows
    assert unwrap_lines(page, WIDTH, rows) == page


def test_justified_lines_and_numbered_paragraphs_are_no_table_rows():
    """Justified prose stands every word apart alike, and a paragraph's number stands apart
    from its first line: neither is a table's row, kept from the line it runs on into (a
    report's sentences had been broken at each line's end); a row's cells stand further
    apart than its words, or a row of one-word cells wide apart."""
    layout = (
        "effectively.   During   the   inspection,   218   contacts   were   awaiting   a\n"
        "1.1     On 24 January 2022, the Secretary of State issued a statutory direction to\n"
        "R3      The council should retain the statutory Director of Children's Services and\n"
        "Front door                  44%                31%\n"
        "Judgement                                       Grade\n"
    )
    rows = table_rows(layout)
    assert rows == {"Front door 44% 31%", "Judgement Grade"}
    page = (
        "R3 The council should retain the statutory Director of Children's Services and Lead\n"
        "Member roles, and should appoint a permanent director."
    )
    assert unwrap_lines(page, WIDTH, table_rows(
        "R3      The council should retain the statutory Director of Children's Services and "
        "Lead\n        Member roles, and should appoint a permanent director."
    )) == page.replace("\n", " ")


def test_typical_width_is_the_length_most_lines_run_to():
    pages = [FULL + "\n" + FULL + "\nShort.", FULL + "\nTitle"]
    assert typical_width(pages) == len(FULL)


# -- a generated PDF: wraps before names, a heading, numbered paragraphs and a table --------
NAMES = "Councillor Tomasz Brennan, Director Ingrid Mbeki and Inspector Rhiannon Castellano"
PARAGRAPHS = [
    f"1. In Hollowmere the board met {NAMES} on Monday, and again on Thursday with "
    f"Hollowmere's partners, when {NAMES} agreed the plan for Hollowmere's children.",
    f"2. Since the last inspection {NAMES} have overseen changes in Hollowmere, Eastwick "
    f"and Larchford; {NAMES} report to Hollowmere's cabinet every month in writing.",
    f"Leaders said that {NAMES} had visited every team in Hollowmere, Eastwick, Larchford "
    f"and Stowmere, and that {NAMES} would visit again in the spring.",
]
HEADING = "Caseloads by team"
TABLE = (("Team", "Average caseload", "Highest caseload"), ("Front door", "14", "22"),
         ("Assessment", "27", "35"), ("Children in care", "16", "21"))


def _report_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for paragraph in PARAGRAPHS[:2]:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 6, HEADING, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(60, 40, 40), width=140, align="L") as table:
        for cells in TABLE:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(2)
    pdf.multi_cell(0, 6, PARAGRAPHS[2], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_generated_pdf_keeps_sentences_whole_and_rows_apart(tmp_path):
    path = _report_pdf(tmp_path / "hollowmere-report.pdf")
    lines = load_file(path).text.split("\n")
    for paragraph in PARAGRAPHS:
        assert any(paragraph in line for line in lines), paragraph[:40]
    assert HEADING in lines
    for cells in TABLE:
        assert " ".join(cells) in lines
    doc = document_from(path)
    for passage in chunk_document(doc):
        assert passage.text == doc.text[passage.start : passage.end]
        for start, end in passage.sentences:  # no sentence cut at a wrap
            sentence = passage.text[start:end]
            assert sentence.endswith((".", ";")) or sentence in (HEADING, *map(" ".join, TABLE))


def test_a_pdf_heading_is_read_by_its_type(tmp_path):
    """A heading set larger and bold stands apart from the list item above it, though the
    item's line runs to the margin, and one set over two lines is one heading (a report's
    judgement heading had been read as its last "what needs to improve" item going on)."""
    from fpdf import FPDF

    item = ("7. The accuracy of leaders' self-evaluation and the effectiveness of quality "
            "assurance in all teams.")
    heading = ("The experiences and progress of children who need help and protection: "
               "inadequate")
    body = ("1. Families who need early help receive support from the four family hubs, which "
            "opened in April 2023, and most of them say it helps. ") * 2
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, body, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, item, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.multi_cell(120, 7, heading, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, body, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    lines = load_file(path).text.split("\n")
    assert item in lines
    assert heading in lines
