"""A council-sized record of PDFs for the bench: what councils hold, generated at bench time.

`write_pdf_record(folder, documents, seed)` writes `documents` PDFs (fpdf2) of 10–40 pages
each: a title page block, numbered section headings, numbered paragraphs ("3.2 …"), a table
in most sections, a running header (council and title) and footer (page n of N) on every
page. The prose is eval/synthetic.py's, determined by (seed, document number), so the
same seed gives the same record. No sources.csv: a council's folder of PDFs has none, so
ingest infers titles and dates as it would for theirs.
"""

from __future__ import annotations

import datetime
import os
import random
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from eval import vocabulary
from eval.synthetic import RecordGenerator

PDF_DOCUMENTS = 300  # the council-sized record: a few hundred reports and minutes
# pages asked for; the last section may run onto one more page
MIN_PAGES, MAX_PAGES = 10, 39
SECTIONS = (
    "Introduction",
    "Summary of findings",
    "Help and protection",
    "Children in care",
    "Care leavers",
    "Leadership and management",
    "Workforce",
    "Quality assurance",
    "Partnership working",
    "Finance",
    "Next steps",
)


def _latin1(text: str) -> str:
    """The core PDF fonts cover Latin-1 only."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    return text.replace("\u2014", "-").encode("latin-1", "replace").decode("latin-1")


def _pdf_class() -> Any:
    try:
        from fpdf import FPDF
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise RuntimeError("The PDF record needs fpdf2. Run: pip install fpdf2") from exc

    class _Report(FPDF):  # type: ignore[misc]
        running = ""

        def header(self) -> None:
            self.set_font("helvetica", "I", 8)
            self.cell(0, 6, self.running, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("helvetica", "", 8)
            self.cell(0, 6, f"OFFICIAL    Page {self.page_no()} of {{nb}}", align="C")

    return _Report


def _table(pdf: Any, rng: random.Random, topic: str) -> None:
    years = sorted(rng.sample(range(2016, 2025), 3))
    rows = [("Measure", *map(str, years), "Target")]
    for measure in rng.sample(vocabulary.TOPICS[topic], k=min(4, len(vocabulary.TOPICS[topic]))):
        values = [f"{rng.randint(5, 95)}%" for _ in years]
        rows.append((_latin1(measure[:48]), *values, f"{rng.randint(50, 99)}%"))
    pdf.set_font("helvetica", "", 10)
    with pdf.table(col_widths=(70, 25, 25, 25, 25), text_align="LEFT") as table:
        for row in rows:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.ln(3)


def write_pdf_document(gen: RecordGenerator, i: int, folder: Path) -> tuple[str, int]:
    """Write document `i` as a PDF in `folder`; its file name and page count."""
    rng = random.Random(gen.seed * 7_919 + i)
    _name, row, text = gen.document(i)
    title = _latin1(row["title"])
    paragraphs = [_latin1(p) for p in text.split("\n\n")[1:] if p.strip()]
    pages = rng.randint(MIN_PAGES, MAX_PAGES)
    topic = rng.choice(sorted(vocabulary.TOPICS))

    pdf = _pdf_class()(format="A4")
    pdf.running = f"{title[:90]}"
    pdf.set_title(title)
    pdf.set_author(_latin1(row["publisher"]))
    year, month, day = map(int, row["published"].split("-"))
    pdf.set_creation_date(datetime.datetime(year, month, day, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.cell(0, 7, f"Published {row['published']} by {_latin1(row['publisher'])}")
    pdf.ln(12)
    section, k = 0, 0
    while pdf.page_no() < pages:
        section += 1
        heading = SECTIONS[(section - 1) % len(SECTIONS)]
        pdf.set_font("helvetica", "B", 13)
        pdf.cell(0, 8, f"{section}. {heading}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", 12)
        for n in range(1, rng.randint(4, 9)):
            paragraph = paragraphs[k % len(paragraphs)]
            k += 1
            # 12 pt at 1.5 lines, as council reports are set: about 2,000 characters a page
            pdf.multi_cell(0, 6.5, f"{section}.{n}  {paragraph}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        if rng.random() < 0.7:
            _table(pdf, rng, topic)
    slug = re.sub(r"[^a-z0-9]+", "-", row["title"].lower()).strip("-")[:60]
    name = f"{row['published']}-{slug}-{i:04d}.pdf"
    pdf.output(str(folder / name))
    return name, pdf.page_no()


def _write_one(job: tuple[int, int, Path]) -> int:
    seed, i, folder = job
    return write_pdf_document(RecordGenerator(seed), i, folder)[1]


def write_pdf_record(folder: Path, documents: int = PDF_DOCUMENTS, seed: int = 1) -> dict[str, Any]:
    """Write the record into `folder`; what was written (files, pages, bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    # fpdf2 lays out about 15 pages per CPU second here: 300 documents in one process took
    # most of the bench's setup, so the documents are written on every core.
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        pages = list(pool.map(_write_one, [(seed, i, folder) for i in range(documents)]))
    return {
        "pdf_files": documents,
        "pages": sum(pages),
        "record_bytes": sum(p.stat().st_size for p in folder.iterdir()),
    }
