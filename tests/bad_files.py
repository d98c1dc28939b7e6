"""Bad files for tests/test_bad_input.py, written at test time; all text is invented."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from conftest import DOCX_PARAGRAPHS, PDF_PAGES, _pdf


def write_file(name: str, data: bytes | str) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    return make


def truncated_pdf(folder: Path) -> None:
    data = _pdf(PDF_PAGES, folder / "whole.pdf").read_bytes()
    (folder / "whole.pdf").unlink()
    (folder / "half-downloaded-minutes.pdf").write_bytes(data[: len(data) // 2])


def encrypted_pdf(
    name: str, user_password: str, algorithm: str = "RC4-128"
) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        from pypdf import PdfWriter

        plain = _pdf(PDF_PAGES, folder / f"plain-{name}")
        writer = PdfWriter(clone_from=str(plain))
        writer.encrypt(user_password=user_password, owner_password="owner-secret",
                       algorithm=algorithm)
        writer.write(str(folder / name))
        plain.unlink()

    return make


PARTLY_SCANNED = ("Northfield cabinet agreed the harbour budget on the first page.",
                  "The third page records that the ferry subsidy will continue until 2026.")


def partly_scanned_pdf(folder: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 8, PARTLY_SCANNED[0])
    pdf.add_page()  # a scanned page: an image, no text
    pdf.set_fill_color(40, 40, 40)
    pdf.rect(20, 20, 120, 60, style="F")
    pdf.add_page()
    pdf.multi_cell(0, 8, PARTLY_SCANNED[1])
    pdf.output(str(folder / "partly-scanned-agenda.pdf"))


def no_pages_pdf(folder: Path) -> None:
    from pypdf import PdfWriter

    PdfWriter().write(str(folder / "empty-export.pdf"))


def truncated_docx(folder: Path) -> None:
    import docx

    whole = folder / "whole.docx"
    document = docx.Document()
    document.add_paragraph(DOCX_PARAGRAPHS[0])
    document.save(str(whole))
    data = whole.read_bytes()
    whole.unlink()
    (folder / "half-saved-briefing.docx").write_bytes(data[: len(data) // 2])


LATIN1 = "Le caf\u00e9 on Quay Street paid \u00a3120 for its pavement licence, na\u00efvely late."
UTF16 = "Northfield\u2019s harbour master \u2014 Ms \u00d3 Briain \u2014 retires in May."
LONG_LINE_WORDS = ("inspectors", "found", "that", "children", "waited", "too", "long", "for",
                   "help", "and", "managers", "did", "not", "check", "the", "quality", "of",
                   "casework", "in", "Northfield")


def long_line(seed: int, sentences: int) -> str:
    rng = random.Random(seed)
    out = []
    for _ in range(sentences):
        words = [rng.choice(LONG_LINE_WORDS) for _ in range(rng.randint(6, 30))]
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


LONG_LINE = long_line(7, 500)  # one line of about 60,000 characters
UNBROKEN = "".join(random.Random(3).choices(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", k=20_000))
FORM_FEED_PAGES = ("Northfield licensing minutes, page one: the committee met at the town hall.",
                   "Page two: the committee refused the late-night licence for the pier kiosk.")

HTML_TOKENS = ("scriptTokenZebra", "styleTokenOcelot", "noscriptTokenLynx", "onerrorTokenYak",
               "hrefTokenGnu", "clickTokenEmu", "jsonLdTokenIbis", "templateTokenOkapi")
PROMENADE_ARTICLE = (
    "Northfield Borough Council has agreed to resurface the promenade between the pier and "
    "the lifeboat station, after a survey found more than forty trip hazards last autumn.",
    "Work will start in February and take about eleven weeks. The cabinet member for the "
    "seafront said the route would stay open, with one lane fenced off at a time.",
    "Traders on the promenade asked for the noisiest work to be done before the Easter "
    "holidays, and the council agreed to publish a weekly schedule on its website.",
)
HTML_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Promenade to be resurfaced | Northfield Gazette</title>
<style>.styleTokenOcelot {{ color: red; }}</style>
<script>var secret = "scriptTokenZebra"; document.write(secret);</script>
<script type="application/ld+json">{{"headline": "jsonLdTokenIbis"}}</script>
</head><body>
<noscript>noscriptTokenLynx enable JavaScript</noscript>
<template><p>templateTokenOkapi</p></template>
<main><article>
<h1>Promenade to be resurfaced</h1>
<p onclick="clickTokenEmu()">{PROMENADE_ARTICLE[0]}</p>
<p>{PROMENADE_ARTICLE[1]} <img src="x" onerror="onerrorTokenYak()"></p>
<p>{PROMENADE_ARTICLE[2]} <a href="javascript:hrefTokenGnu()">Schedule</a></p>
</article></main>
<script>window.addEventListener("load", function () {{ scriptTokenZebra(); }});</script>
</body></html>
"""
HTML_LATIN1_TEXT = ("The caf\u00e9 beside the pier will reopen in M\u00e4rz, said the owner, "
                    "who paid \u00a3300 for new chairs.")
HTML_LATIN1 = (
    '<html><head><meta charset="iso-8859-1"><title>Pier caf\u00e9</title></head><body>'
    f"<main><article><p>{HTML_LATIN1_TEXT}</p><p>{HTML_LATIN1_TEXT} Again, for length.</p>"
    "</article></main></body></html>"
)
DUP_TEXT = "Northfield lifeboat station open day notice.\n\nThe open day is on 12 July.\n"
UNICODE_NAME = "Ofsted report \u2013 caf\u00e9 (final).txt"

MANIFEST = (
    # header lacks publisher, kind and about
    "file,title,published\n"
    "manifest-dated.txt,Harbour dredging notice,2024-02-30\n"  # line 2: no 30 February
    "manifest-dated.txt,Second title for the same file,2024-01-01\n"  # line 3: duplicate
    "ghost-report.pdf,A report nobody saved,2023-01-01\n"  # line 4: no such file
    ",A row without a file name,2023-01-01\n"  # line 5
    "windows-notes.txt,Quay Street licences,2023-05-06\n"
)
EXCEL_TITLE = "Caf\u00e9 opening hours \u2013 summer"
EXCEL_MANIFEST = (
    "file,title,publisher,kind,published,about\n"
    f"excel-notice.txt,{EXCEL_TITLE},Northfield Caf\u00e9 Trust,notice,2024-06-01,hours\n"
)


def nothing(folder: Path) -> None:
    """The case's input is written by the batch fixture (a manifest row, a shared file)."""


def symlink(name: str, target: str, sub: str = "") -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        where = folder / sub if sub else folder
        where.mkdir(exist_ok=True)
        (where / "inside-the-loop.txt").write_text(
            f"Northfield ferry note kept beside the {name} link, read once.\n")
        (where / name).symlink_to(target)

    return make


def unreadable_file(folder: Path) -> None:
    path = folder / "locked-minutes.txt"
    path.write_text("Northfield minutes that nobody may read.\n")
    path.chmod(0)


def unreadable_folder(folder: Path) -> None:
    locked = folder / "locked-folder"
    locked.mkdir()
    (locked / "hidden-away.txt").write_text("Northfield note in a folder nobody may read.\n")
    locked.chmod(0)
