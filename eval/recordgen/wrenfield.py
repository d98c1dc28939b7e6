"""Write the fictional "wrenfield" evaluation record into eval/records/wrenfield/.

    .venv/bin/python eval/recordgen/wrenfield.py

Wrenfield County Council does not exist: every person, place, date and figure in these
texts is invented. The document texts live in eval/recordgen/wrenfield_text/; this script
lays them out (PDF with fpdf2, HTML, Markdown, plain text) and writes sources.csv and the
record's README. The output is deterministic: PDF creation dates are fixed and nothing
depends on the clock, so running it twice gives byte-identical files.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
TEXT = HERE / "wrenfield_text"
OUT = HERE.parent / "records" / "wrenfield"

FONT = "Helvetica"
BODY_PT = 12
LINE_MM = 6.4  # about 1.5 line spacing at 12 pt
PARA_GAP_MM = 3.5
MARGIN_MM = 25
NUMBER_INDENT_MM = 12

REPORT_TITLE = "Wrenfield County Council"
REPORT_HEADER = "Wrenfield County Council \u2013 Inspection of children's services"
LETTER_HEADER = "Wrenfield County Council \u2013 Monitoring visit letter"


def _utc(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, 9, 0, 0, tzinfo=dt.UTC)


class RecordPDF(FPDF):
    """A4 page with a running header (after page 1) and a "Page n of N" footer."""

    def __init__(self, header_text: str, footer_left: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.header_text = header_text
        self.footer_left = footer_left
        self.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
        self.set_auto_page_break(True, margin=MARGIN_MM)
        self.alias_nb_pages("{nb}")

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font(FONT, "", 9)
        self.set_text_color(90, 90, 90)
        self.set_xy(MARGIN_MM, 12)
        self.cell(0, 5, self.header_text, align="L")
        self.set_draw_color(160, 160, 160)
        self.line(MARGIN_MM, 18, 210 - MARGIN_MM, 18)
        self.set_text_color(0, 0, 0)
        self.set_xy(MARGIN_MM, MARGIN_MM)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font(FONT, "", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_left, align="L")
        self.set_x(MARGIN_MM)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # -- building blocks ---------------------------------------------------------------
    def body_font(self, style: str = "") -> None:
        self.set_font(FONT, style, BODY_PT)

    def heading(self, text: str, level: int = 1) -> None:
        size = 15 if level == 1 else 13
        needed = 30 if level == 1 else 22
        if self.get_y() + needed > self.h - MARGIN_MM:
            self.add_page()
        self.ln(3 if level == 1 else 1.5)
        self.set_font(FONT, "B", size)
        self.multi_cell(0, 7.5 if level == 1 else 6.8, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)
        self.body_font()

    def paragraph(self, text: str, number: str | None = None, indent: float = 0.0) -> None:
        self.body_font()
        x0 = MARGIN_MM + indent
        if number is not None:
            if self.get_y() + 2 * LINE_MM > self.h - MARGIN_MM:
                self.add_page()
            y = self.get_y()
            self.set_x(x0)
            self.cell(NUMBER_INDENT_MM, LINE_MM, number)
            self.set_xy(x0 + NUMBER_INDENT_MM, y)
            self.set_left_margin(x0 + NUMBER_INDENT_MM)
            self.multi_cell(0, LINE_MM, text, new_x="LMARGIN", new_y="NEXT")
            self.set_left_margin(MARGIN_MM)
        else:
            self.set_left_margin(x0)
            self.set_x(x0)
            self.multi_cell(0, LINE_MM, text, new_x="LMARGIN", new_y="NEXT")
            self.set_left_margin(MARGIN_MM)
        self.set_x(MARGIN_MM)
        self.ln(PARA_GAP_MM)

    def figures_table(self, caption: str, rows: list[list[str]], widths: list[float]) -> None:
        height = 7.5 * (len(rows) + 1) + 12
        if self.get_y() + height > self.h - MARGIN_MM:
            self.add_page()
        self.set_font(FONT, "B", 11)
        self.multi_cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
        self.set_draw_color(120, 120, 120)
        for i, row in enumerate(rows):
            self.set_font(FONT, "B" if i == 0 else "", 11)
            if i == 0:
                self.set_fill_color(225, 230, 240)
            for j, (cell, w) in enumerate(zip(row, widths, strict=True)):
                self.cell(w, 7.5, cell, border=1, align="L" if j == 0 else "C", fill=i == 0)
            self.ln(7.5)
        self.ln(PARA_GAP_MM + 1)
        self.body_font()


# --- the inspection report ------------------------------------------------------------

JUDGEMENTS = [
    ("Judgement", "Grade"),
    ("Overall effectiveness", "Inadequate"),
    ("The impact of leaders on social work practice with children and families", "Inadequate"),
    ("The experiences and progress of children who need help and protection", "Inadequate"),
    ("The experiences and progress of children in care", "Requires improvement to be good"),
    ("The experiences and progress of care leavers", "Good"),
]


@dataclass
class Block:
    """One block of the light markup the texts are written in."""

    kind: str  # h1, h2, para (numbered), text, list, lines, table
    text: str = ""  # headings, paragraphs, table caption
    items: list[tuple[str, str]] = field(default_factory=list)  # numbered list: (number, text)
    lines: list[str] = field(default_factory=list)  # lines kept as written
    rows: list[list[str]] = field(default_factory=list)  # table rows, header first


def _parse_blocks(source: str) -> list[Block]:
    """The texts' light markup: '# ' and '## ' headings, '+ ' numbered paragraphs,
    '1. ' list items, 'TABLE: caption' followed by '| a | b |' rows, 'LINES:' followed by
    lines kept as they are (addresses, signatures), plain paragraphs."""
    blocks: list[Block] = []
    for raw in re.split(r"\n\s*\n", source.strip()):
        block = raw.strip()
        if block.startswith("## "):
            blocks.append(Block("h2", block[3:].strip()))
        elif block.startswith("# "):
            blocks.append(Block("h1", block[2:].strip()))
        elif block.startswith("LINES:"):
            kept = [line.strip() for line in block.split("\n")[1:] if line.strip()]
            blocks.append(Block("lines", lines=kept))
        elif block.startswith("TABLE:"):
            lines = block.split("\n")
            rows = [
                [c.strip() for c in line.strip().strip("|").split("|")]
                for line in lines[1:]
                if line.strip()
            ]
            blocks.append(Block("table", lines[0][6:].strip(), rows=rows))
        elif re.match(r"^\d+\. ", block):
            items = []
            for line in block.split("\n"):
                number, _, text = line.strip().partition(". ")
                items.append((number, text))
            blocks.append(Block("list", items=items))
        elif block.startswith("+ "):
            blocks.append(Block("para", " ".join(block[2:].split())))
        else:
            blocks.append(Block("text", " ".join(block.split())))
    return blocks


def build_report(path: Path) -> int:
    pdf = RecordPDF(REPORT_HEADER, "Ofsted \u2013 Wrenfield County Council inspection report")
    pdf.set_title("Wrenfield County Council: inspection of local authority children's services")
    pdf.set_author("Ofsted")
    pdf.set_subject("Inspection of local authority children's services (ILACS)")
    pdf.set_creator("Ofsted")
    pdf.set_creation_date(_utc(2024, 3, 14))

    # Title page
    pdf.add_page()
    pdf.set_font(FONT, "B", 11)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 6, "Ofsted", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(14)
    pdf.set_font(FONT, "B", 24)
    pdf.multi_cell(0, 11, REPORT_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(FONT, "", 16)
    pdf.multi_cell(
        0, 8, "Inspection of children's social care services", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(8)
    pdf.body_font()
    for line in (
        "Inspection dates: 22 January to 2 February 2024",
        "Lead inspector: Caroline Ashworth, His Majesty's Inspector",
        "Report published: 14 March 2024",
    ):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_draw_color(120, 120, 120)
    widths = [98, 62]
    for i, (label, grade) in enumerate(JUDGEMENTS):
        pdf.set_font(FONT, "B" if i == 0 else "", 11)
        if i == 0:
            pdf.set_fill_color(225, 230, 240)
        lines = pdf.multi_cell(widths[0], 6.5, label, dry_run=True, output="LINES")
        h = 6.5 * (len(lines) if isinstance(lines, list) else 1)
        y = pdf.get_y()
        pdf.multi_cell(widths[0], 6.5, label, border=1, fill=i == 0, new_x="RIGHT", new_y="TOP")
        pdf.set_xy(MARGIN_MM + widths[0], y)
        pdf.cell(widths[1], h, grade, border=1, align="C", fill=i == 0)
        pdf.set_xy(MARGIN_MM, y + h)
    pdf.ln(10)
    pdf.body_font()
    pdf.multi_cell(
        0,
        LINE_MM,
        "Local authority: Wrenfield County Council. Director of Children's Services (interim): "
        "Martin Hale. Previous inspection: May 2019, when services were judged to require "
        "improvement to be good.",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    # Body
    pdf.add_page()
    number = 0
    for block in _parse_blocks((TEXT / "report.md").read_text(encoding="utf-8")):
        if block.kind in ("h1", "h2"):
            pdf.heading(block.text, 1 if block.kind == "h1" else 2)
        elif block.kind == "para":
            number += 1
            pdf.paragraph(block.text, number=f"{number}.")
        elif block.kind == "text":
            pdf.paragraph(block.text)
        elif block.kind == "list":
            for n, item in block.items:
                pdf.paragraph(item, number=f"{n}.", indent=6)
        elif block.kind == "table":
            columns = len(block.rows[0])
            first = 86.0 if columns == 3 else 100.0
            rest = (210 - 2 * MARGIN_MM - first) / (columns - 1)
            pdf.figures_table(block.text, block.rows, [first] + [rest] * (columns - 1))
    pdf.output(str(path))
    return number


# --- the first monitoring visit letter (PDF) --------------------------------------------


def build_letter_pdf(path: Path) -> None:
    source = (TEXT / "monitoring-visit-1.md").read_text(encoding="utf-8")
    pdf = RecordPDF(
        LETTER_HEADER, "Ofsted \u2013 monitoring visit to Wrenfield children's services"
    )
    pdf.set_title("Monitoring visit to Wrenfield children's services")
    pdf.set_author("Ofsted")
    pdf.set_creator("Ofsted")
    pdf.set_creation_date(_utc(2024, 9, 10))
    pdf.add_page()
    pdf.set_font(FONT, "B", 11)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 6, "Ofsted", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    for block in _parse_blocks(source):
        if block.kind in ("h1", "h2"):
            pdf.heading(block.text, 1 if block.kind == "h1" else 2)
        elif block.kind in ("para", "text"):
            pdf.paragraph(block.text)
        elif block.kind == "lines":
            pdf.body_font()
            for line in block.lines:
                pdf.cell(0, LINE_MM, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(PARA_GAP_MM)
        elif block.kind == "list":
            for n, item in block.items:
                pdf.paragraph(item, number=f"{n}.", indent=6)
    pdf.output(str(path))


# --- the second monitoring visit letter (HTML page as saved from the council's site) ----

# The council web page around the letter: cookie banner, navigation, breadcrumbs, footer.
PAGE_TEMPLATE = TEXT / "page.html"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_letter_html(path: Path) -> None:
    source = (TEXT / "monitoring-visit-2.md").read_text(encoding="utf-8")
    parts: list[str] = ['<div class="ofsted-letter">']
    for block in _parse_blocks(source):
        if block.kind == "h1":
            parts.append(f"<h2>{_escape(block.text)}</h2>")
        elif block.kind == "h2":
            parts.append(f"<h3>{_escape(block.text)}</h3>")
        elif block.kind in ("para", "text"):
            parts.append(f"<p>{_escape(block.text)}</p>")
        elif block.kind == "lines":
            parts.append("<p>" + "<br>\n".join(_escape(line) for line in block.lines) + "</p>")
        elif block.kind == "list":
            parts.append("<ol>")
            parts.extend(f"<li>{_escape(item)}</li>" for _n, item in block.items)
            parts.append("</ol>")
    parts.append("</div>")
    page = PAGE_TEMPLATE.read_text(encoding="utf-8")
    path.write_text(page.replace("{letter}", "\n".join(parts)), encoding="utf-8")


# --- the shorter documents, sources.csv and README ---------------------------------------

COPIED = {
    "news-inadequate.txt": "2024-03-wrenfield-chronicle-inadequate.txt",
    "dfe-direction.md": "2024-04-dfe-commissioner-statutory-direction.md",
    "cabinet-minutes.md": "2024-10-wrenfield-cabinet-minutes.md",
}

SOURCES = [
    (
        "2024-03-wrenfield-ilacs-report.pdf",
        "Wrenfield County Council: inspection of children's social care services",
        "Ofsted",
        "report",
        "2024-03-14",
        "ILACS inspection of 22 January to 2 February 2024; overall inadequate; leaders and "
        "help and protection inadequate, children in care requires improvement, care leavers "
        "good; seven areas to improve",
    ),
    (
        "2024-03-wrenfield-chronicle-inadequate.txt",
        "Wrenfield children's services rated 'inadequate' by Ofsted",
        "Wrenfield Chronicle",
        "news",
        "2024-03-15",
        "News report of the inspection result with reactions from the council leader, the "
        "lead member, the Liberal Democrat group leader and a foster carer",
    ),
    (
        "2024-04-dfe-commissioner-statutory-direction.md",
        "Children's services commissioner appointed for Wrenfield County Council",
        "Department for Education",
        "direction",
        "2024-04-04",
        "Statutory direction issued on 3 April 2024; Gillian Thorne appointed commissioner, "
        "to report by 31 July 2024",
    ),
    (
        "2024-09-wrenfield-monitoring-visit-1.pdf",
        "Monitoring visit to Wrenfield children's services",
        "Ofsted",
        "letter",
        "2024-09-10",
        "First monitoring visit (13 and 14 August 2024) on the front door, strategy "
        "discussions and assessments: some progress, persistent weaknesses",
    ),
    (
        "2024-10-wrenfield-cabinet-minutes.md",
        "Cabinet minutes: 17 October 2024",
        "Wrenfield County Council",
        "minutes",
        "2024-10-17",
        "Cabinet responds to the monitoring visit, approves the improvement plan and £5.4 "
        "million a year extra funding, notes the appointment of a permanent director",
    ),
    (
        "2025-02-wrenfield-monitoring-visit-2.html",
        "Ofsted monitoring visit letter: January 2025",
        "Wrenfield County Council (website hosting Ofsted letter)",
        "letter",
        "2025-02-11",
        "Second monitoring visit (14 and 15 January 2025) on children in care: fewer children "
        "in unregistered homes, permanence still delayed",
    ),
]


def write_sources(path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["file", "title", "publisher", "kind", "published", "about"])
    writer.writerows(SOURCES)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    paragraphs = build_report(OUT / "2024-03-wrenfield-ilacs-report.pdf")
    build_letter_pdf(OUT / "2024-09-wrenfield-monitoring-visit-1.pdf")
    build_letter_html(OUT / "2025-02-wrenfield-monitoring-visit-2.html")
    for source, target in COPIED.items():
        shutil.copyfile(TEXT / source, OUT / target)
    write_sources(OUT / "sources.csv")
    shutil.copyfile(TEXT / "README.md", OUT / "README.md")
    print(f"wrote {len(SOURCES)} documents to {OUT} ({paragraphs} numbered report paragraphs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
