"""Paged documents (PDFs, pdftotext output): running headers, footers and page numbers go;
a sentence carried over a page break stays whole; every passage still knows its page."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import document_from

from ingest.chunking import chunk_document
from ingest.loaders import join_pages, load_file, strip_running_lines

HEADER = ("Inspection of Westmoor local authority children's services", "4 to 15 March 2024")
TITLE_LINE = HEADER[0]
# Invented report text. The fourth paragraph is long enough to run over the page break.
PARAGRAPHS = [
    "Judgement: the experiences and progress of children who need help and protection "
    "requires improvement to be good.",
    "Leaders in Westmoor know their service well and have a realistic view of where practice "
    "must improve, although their plans have not yet been fully implemented.",
    "Children who go missing from home receive a return home interview from a trusted adult "
    "within three days, and the information is used well to reduce future risk.",
] + [
    f"Finding on {topic}: managers do not always record the reasons for their decisions "
    f"about {topic} on children's files, and supervision of {topic} work is too often a "
    "list of tasks rather than a reflective discussion of the child's lived experience; "
    f"as a result some {topic} plans drift and children wait longer than they should."
    for topic in (
        "private fostering", "missing children", "care leavers", "adoption", "disabled "
        "children", "youth justice", "early help", "child protection", "kinship care",
        "unaccompanied minors", "education health and care plans",
    )
]


def _report_pdf(path: Path) -> Path:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=9)
            for line in HEADER:
                self.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Report()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for paragraph in PARAGRAPHS:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))
    return path


def _pdftotext_style(path: Path, pages: int = 3) -> Path:
    """What `pdftotext -layout`-less output looks like: form feeds, header, footer,
    hard-wrapped lines, a sentence running from one page onto the next."""
    body = [
        "The director has strengthened the front door.\nContacts are screened the same day.",
        "Children in care see their social workers\nregularly and",  # runs on
        "are helped to understand their histories.\nLater-life letters are written with care.",
    ]
    text = "\f".join(
        f"{HEADER[0]}\n\n{body[n]}\n\nPage {n + 1} of {pages}" for n in range(pages)
    )
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(params=["pdf", "txt"])
def paged(request, tmp_path) -> tuple[str, Path]:
    if request.param == "pdf":
        return "pdf", _report_pdf(tmp_path / "westmoor-report.pdf")
    return "txt", _pdftotext_style(tmp_path / "westmoor-pdftotext.txt")



def test_running_lines_go_and_the_title_stays(paged):
    _, path = paged
    loaded = load_file(path)
    assert len(loaded.page_starts) >= 2, "the fixture must run over more than one page"
    assert loaded.text.count(TITLE_LINE) == 1, "the header stays once, as the title"
    assert loaded.text.startswith(TITLE_LINE)
    assert "Page 1 of" not in loaded.text
    assert "Page 2 of" not in loaded.text
    assert loaded.title == TITLE_LINE


def test_sentence_over_a_page_break_stays_whole(paged):
    kind, path = paged
    loaded = load_file(path)
    flat = " ".join(loaded.text.split())
    if kind == "txt":
        assert "regularly and are helped to understand their histories." in flat
    else:
        whole = sum(1 for p in PARAGRAPHS if p in flat)
        assert whole == len(PARAGRAPHS), "every paragraph, the one split by the page break too"


def test_passages_still_know_their_page(paged):
    _, path = paged
    doc = document_from(path)
    passages = chunk_document(doc)
    assert {p.page for p in passages} >= {1, 2}
    for p in passages:
        assert p.text == doc.text[p.start:p.end]
        assert p.page == doc.page_at(p.start)
        assert "Page " not in p.text or " of " not in p.text.split("Page ", 1)[1][:8]


@pytest.mark.parametrize(
    "line",
    ["{n}", "Page {n}", "page {n} of 12", "- {n} -", "{n} of 12", "({n})", "{n} / 12", "Page 7"],
)
def test_page_numbers_at_page_edges_go(line):
    body = "Body text of a page that says something."
    pages = [f"{body}\n{line.format(n=n + 3)}" for n in range(3)]
    out = strip_running_lines(pages)
    assert all(line.format(n=n + 3) not in p.split("\n") for n, p in enumerate(out))


def test_a_tables_last_figures_at_a_page_foot_stay():
    """A bare number at a page's edge is a page number when the pages' numbers run on with
    the pages, not a table's last cells ("25", "22", "20" had been dropped)."""
    pages = [
        "Table 1\nRe-referrals (%)\n24\n27\n29\n25\n22\n20",
        "Assessments on time (%)\n81\n69\n62\n78\n86\n89",
        "Children in care\n561\n540\n532\n501\n490\n448",
    ]
    out = strip_running_lines(pages)
    assert out[0].endswith("29\n25\n22\n20")
    assert out[2].endswith("501\n490\n448")


def test_lines_that_recur_only_sometimes_or_mid_page_stay():
    def page(top: str, end: str) -> str:
        body = [f"{top} line {n} of the body." for n in range(3)]
        return "\n".join([top, *body, "The panel met monthly.", *body, end])

    pages = [page("Findings", "End A"), page("Summary", "End B"), page("Annex", "End C"),
             page("Findings", "End D")]
    out = strip_running_lines(pages)
    # "Findings" tops two pages of four: at the threshold, so it is a running line, except
    # on the first page, whose top lines are kept as the title
    assert out[0].startswith("Findings")
    assert out[3].split("\n")[0] != "Findings"
    # mid-page repeats are body text, not furniture
    assert all("The panel met monthly." in p for p in out[:3])
    assert out[1].startswith("Summary")


def test_single_page_is_untouched():
    page = ["A title\nPage 1\nbody"]
    assert strip_running_lines(page) == page


@pytest.mark.parametrize(
    ("pages", "joined"),
    [
        (["The plan was agreed by", "the cabinet in May."], True),
        (["The plan was agreed.", "the cabinet met in May."], False),
        (["The plan was agreed by", "The Cabinet in May."], False),
        # a figure carries the sentence on; a numbered paragraph or section does not
        (["The annual turnover rate for social workers was", "24%. Leaders know this."], True),
        (["The annual turnover rate for social workers was", "52. Leaders know this."], False),
        (["Findings", "3.1 Leaders know this."], False),
    ],
    ids=["carries-on", "ended", "capital-next", "figure-next", "paragraph-next", "section-next"],
)
def test_join_pages_keeps_a_carried_sentence_whole(pages, joined):
    text, starts = join_pages(pages, join_sentences=True)
    assert (" " + pages[1] in text and "\n" not in text) is joined
    assert text[starts[1]:] == pages[1]
    plain, _ = join_pages(pages)
    assert "\n\n" in plain


def test_a_footer_run_onto_the_last_line_of_text_is_cut_off():
    """A text layer that runs the page's footer onto its last line of text ("…is tooCare
    Inspectorate Wales | Performance evaluation") loses the footer, not the sentence."""
    footer = "Care Inspectorate Wales | Performance evaluation inspection"
    body = "Plans drift and children wait.\nManagers check files rarely.\nThe response is too"
    pages = [
        f"Top of page {n}.\n{body}{footer}" if n == 1 else f"Top of page {n}.\n{body}\n{footer}"
        for n in range(4)
    ]
    out = strip_running_lines(pages)
    assert out[1].endswith("The response is too")
    assert all(footer not in page for page in out)
