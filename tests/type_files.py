"""Files in the other types councils and the press save their texts in, written at test time
the way the programs that save them write them: a web page saved by Chrome as one file
(.mhtml) and by Internet Explorer or Word (.mht), a LibreOffice document (.odt) and a
WordPad/Word rich-text file (.rtf). All text is invented (a fictional "Northfield" council).
"""

from __future__ import annotations

import base64
import quopri
import zipfile
from pathlib import Path

# -- a saved web page -------------------------------------------------------------------------
PAGE_TITLE = "Harbour wall repairs to start in spring"
PAGE_DATE = "2024-02-14"
PAGE_PARAGRAPHS = (
    "Northfield Borough Council\u2019s cabinet has agreed to spend \u00a31.2 million "
    "repairing the east harbour wall, after engineers found that storms had opened cracks "
    "along forty metres of it.",
    "Work will start in April and is expected to last twelve weeks. The caf\u00e9 on the "
    "quay will stay open throughout, the cabinet member for the seafront said.",
    "Fishing boats will moor at the west pontoon while the wall is shut, and the harbour "
    "master will publish a weekly notice of which berths are free.",
)
PAGE_FURNITURE = {
    "cookie": "We use cookies to make this site work",
    "nav": "Bin collection days",
    "sidebar": "Library hours change",
    "footer": "Northfield Gazette Media Group",
}
PAGE_HTML = (
    '<!DOCTYPE html><html lang="en"><head>'
    '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
    f"<title>{PAGE_TITLE} | Northfield Gazette</title>"
    '<link rel="stylesheet" href="https://gazette.example/site.css"></head><body>'
    f'<div class="cookie-banner"><p>{PAGE_FURNITURE["cookie"]}. Accept all cookies</p></div>'
    '<header class="site-header"><img alt="Gazette logo" src="https://gazette.example/logo.png">'
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/bins">'
    f"{PAGE_FURNITURE['nav']}</a></li></ul></nav></header>"
    f"<main><article><h1>{PAGE_TITLE}</h1>"
    '<p class="byline">By Sam Okafor, Local Democracy Reporter</p>'
    '<p class="meta">Published: 14 February 2024</p>'
    + "".join(f"<p>{p}</p>" for p in PAGE_PARAGRAPHS)
    + "</article></main>"
    '<aside class="sidebar"><h2>Latest news</h2><ul>'
    f"<li>{PAGE_FURNITURE['sidebar']} <time datetime='2019-08-01'>1 August 2019</time></li>"
    "</ul></aside>"
    f"<footer><p>&copy; {PAGE_FURNITURE['footer']} 2024</p></footer></body></html>"
)
# A cookie-consent frame Chrome saves beside the page as an HTML part of its own.
FRAME_TEXT = "Consent frame: manage your advertising preferences"
FRAME_HTML = f"<html><head><title>Consent</title></head><body><p>{FRAME_TEXT}</p></body></html>"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def chrome_mhtml(html: str = PAGE_HTML) -> bytes:
    """The page as Chrome's "Save as: Webpage, Single File" writes it: multipart/related, the
    page first as quoted-printable HTML with no charset named (Chrome writes UTF-8), then its
    style sheet, logo and frames, each with its own Content-Location."""
    boundary = "----MultipartBoundary--Wm9yZ2V0TWVOb3QxMjM0NTY3ODkw----"
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    logo = base64.encodebytes(PNG).decode("ascii").replace("\n", "\r\n")
    frame = quopri.encodestring(FRAME_HTML.encode()).decode("ascii").replace("\n", "\r\n")
    parts = [
        "From: <Saved by Blink>\r\n"
        "Snapshot-Content-Location: https://gazette.example/news/harbour-wall\r\n"
        f"Subject: {PAGE_TITLE} | Northfield Gazette\r\n"
        # The day it was saved, not published: it must not become the document's date.
        "Date: Tue, 3 Sep 2024 09:12:44 -0000\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n'
        f'\tboundary="{boundary}"\r\n\r\n\r\n',
        f"--{boundary}\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-5D1C0C8E3B6B4E1F9A2D7C3E8F0A1B2C@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://gazette.example/news/harbour-wall\r\n\r\n"
        f"{qp}\r\n",
        f"--{boundary}\r\n"
        "Content-Type: text/css\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://gazette.example/site.css\r\n\r\n"
        "@charset =22utf-8=22;\r\n\r\nmain { max-width: 40em; }\r\n",
        f"--{boundary}\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: https://gazette.example/logo.png\r\n\r\n"
        f"{logo}\r\n",
        f"--{boundary}\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-9F8E7D6C5B4A39281706F5E4D3C2B1A0@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{frame}\r\n",
        f"--{boundary}--\r\n",
    ]
    return "".join(parts).encode("ascii")


def word_mht(html: str = PAGE_HTML) -> bytes:
    """The page as Internet Explorer or Word's "Single File Web Page" writes it: the HTML
    part in base64 with its charset named (windows-1252), the root named by `start`."""
    boundary = "----=_NextPart_01DA5F2E.3C4B5A60"
    body = base64.encodebytes(html.encode("cp1252")).decode("ascii").replace("\n", "\r\n")
    return (
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related; boundary="{boundary}"; type="text/html"; '
        'start="<page@northfield>"\r\n\r\n'
        "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: file:///C:/logo.png\r\n\r\n"
        f"{base64.encodebytes(PNG).decode('ascii')}\r\n"
        f"--{boundary}\r\n"
        "Content-ID: <page@northfield>\r\n"
        "Content-Location: file:///C:/harbour-wall.htm\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        'Content-Type: text/html; charset="windows-1252"\r\n\r\n'
        f"{body}\r\n"
        f"--{boundary}--\r\n"
    ).encode("ascii")


XHTML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    + PAGE_HTML.replace(
        '<!DOCTYPE html><html lang="en">',
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">',
    )
    .replace('charset=UTF-8">', 'charset=UTF-8" />')
    .replace('site.css">', 'site.css" />')
    .replace('logo.png">', 'logo.png" />')
)

# -- OpenDocument text --------------------------------------------------------------------------
ODT_TITLE = "Northfield allotments review"
ODT_CREATED = "2023-11-07"
ODT_HEADING = "Northfield allotments review"
ODT_PARAGRAPHS = (
    "The review found that ninety-two people are waiting for an allotment, most of them "
    "in the north ward.",
    "Officers recommend splitting twenty full plots into half plots, which would clear a "
    "third of the waiting list within a year.",
)
ODT_ITEMS = ("Publish the waiting list each quarter.", "Repair the Millbrook site fence.")
ODT_TABLE = (("Site", "Plots", "Waiting"), ("Millbrook", "48", "61"), ("Castle Lane", "30", "31"))
ODT_HIDDEN = {
    "comment": "Check these numbers with Pat",
    "deleted": "ninety-five people",
    "footnote": "Figures as at 1 October",
    "contents": "Contents entry for the review",
}
_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"'
)


def _cells(row: tuple[str, ...]) -> str:
    return "".join(
        '<table:table-cell table:style-name="Table1.A1" office:value-type="string">'
        f'<text:p text:style-name="Table_20_Contents">{cell}</text:p></table:table-cell>'
        for cell in row
    )


def odt_content() -> str:
    """content.xml as LibreOffice Writer 7 saves it: spans, a run of spaces as <text:s/>,
    a soft page break, a list, a table with a header row, and text that is not the
    document's running text (a contents table, a comment, a tracked deletion, a footnote)."""
    first, second = ODT_PARAGRAPHS
    head, rest = first.split(" people ", 1)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF}>'
        '<office:automatic-styles><style:style style:name="P1" style:family="paragraph">'
        '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
        "<office:body><office:text>"
        '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" '
        'text:name="Table"/></text:sequence-decls>'
        '<text:tracked-changes><text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>'
        "<office:change-info><dc:creator>Pat</dc:creator><dc:date>2023-11-06T10:00:00</dc:date>"
        f"</office:change-info><text:p>{ODT_HIDDEN['deleted']}</text:p></text:deletion>"
        "</text:changed-region></text:tracked-changes>"
        '<text:table-of-content text:name="Table of Contents1"><text:index-body>'
        f"<text:p>{ODT_HIDDEN['contents']}\t1</text:p></text:index-body>"
        "</text:table-of-content>"
        f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{ODT_HEADING}</text:h>'
        f'<text:p text:style-name="P1">{head}<text:change text:change-id="ct1"/> people'
        "<office:annotation><dc:creator>Pat</dc:creator>"
        f"<text:p>{ODT_HIDDEN['comment']}</text:p></office:annotation>"
        f' <text:span text:style-name="T1">{rest.split(" ", 1)[0]}</text:span>'
        f" {rest.split(' ', 1)[1]}"
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
        f"</text:note-citation><text:note-body><text:p>{ODT_HIDDEN['footnote']}</text:p>"
        "</text:note-body></text:note></text:p>"
        "<text:soft-page-break/>"
        f"<text:p>{second.replace('full plots', 'full<text:s/>plots')}"
        "</text:p>"
        '<text:list xml:id="list1" text:style-name="L1">'
        + "".join(f"<text:list-item><text:p>{item}</text:p></text:list-item>" for item in ODT_ITEMS)
        + "</text:list>"
        '<table:table table:name="Table1"><table:table-column table:number-columns-repeated="3"/>'
        f"<table:table-header-rows><table:table-row>{_cells(ODT_TABLE[0])}</table:table-row>"
        "</table:table-header-rows>"
        + "".join(f"<table:table-row>{_cells(row)}</table:table-row>" for row in ODT_TABLE[1:])
        + "</table:table><text:p/>"
        "</office:text></office:body></office:document-content>"
    )


def odt_meta(title: str = ODT_TITLE) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_ODF}><office:meta>'
        f"<meta:creation-date>{ODT_CREATED}T10:22:31.512000000</meta:creation-date>"
        + (f"<dc:title>{title}</dc:title>" if title else "")
        + "<dc:date>2024-01-09T08:00:00.000000000</dc:date>"
        "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>"
        '<meta:document-statistic meta:paragraph-count="9"/></office:meta>'
        "</office:document-meta>"
    )


def write_odt(
    path: Path, content: str | None = None, meta: str | None = None, encrypted: bool = False
) -> Path:
    """An .odt package as LibreOffice writes one: `mimetype` first and stored, then the
    manifest, content, styles and meta parts."""
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        + (
            '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">'
            '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
            'manifest:initialisation-vector="x"/></manifest:encryption-data>'
            if encrypted
            else ""
        )
        + "</manifest:file-entry></manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
        )
        package.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        body = content if content is not None else odt_content()
        package.writestr(
            "content.xml", bytes(range(256)) * 4 if encrypted else body, zipfile.ZIP_DEFLATED
        )
        package.writestr("styles.xml", f"<office:document-styles {_ODF}/>", zipfile.ZIP_DEFLATED)
        package.writestr("meta.xml", meta if meta is not None else odt_meta(), zipfile.ZIP_DEFLATED)
    return path


def truncated_odt(path: Path) -> Path:
    """An .odt cut off half-way, as an interrupted download or copy leaves it."""
    whole = write_odt(path.with_name("whole-" + path.name))
    data = whole.read_bytes()
    whole.unlink()
    path.write_bytes(data[: len(data) // 2])
    return path


# -- Rich Text Format ----------------------------------------------------------------------------
RTF_TITLE = "Quay Street licensing note"
RTF_CREATED = "2022-05-19"
RTF_LINES = (
    "Quay Street licensing note",
    "The committee\u2019s view was that the caf\u00e9\u2019s pavement licence should be "
    "renewed for one year.",
    "Objectors said the tables narrowed the pavement to less than a metre \u2013 too little "
    "for a wheelchair.",
    "The licence holder\u2019s reply is due by 30 June 2022.",
    "Site | Tables | Decision",
    "Harbour Caf\u00e9 | 6 | Renewed",
)
RTF_HEADER = "Northfield Borough Council draft for committee"
RTF = "\r\n".join(
    (
        r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057"
        r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fprq2\fcharset0 Times New Roman;}"
        r"{\f2\fnil\fcharset2 Symbol;}}",
        r"{\colortbl ;\red0\green0\blue0;\red31\green73\blue125;}",
        r"{\stylesheet{\s0\snext0\f0\fs22 Normal;}{\s1\sbasedon0\snext0\b\fs28 heading 1;}}",
        r"{\*\generator Riched20 10.0.22621}"
        r"{\info{\title Quay Street licensing note}{\author A. Patel}{\operator A. Patel}"
        r"{\creatim\yr2022\mo5\dy19\hr14\min3}{\revtim\yr2022\mo6\dy2\hr9\min41}}"
        r"\viewkind4\uc1",
        r"{\header\pard\plain\f0\fs16 Northfield Borough Council draft for committee\par}",
        r"\pard\s1\sa200\sl276\slmult1\b\f0\fs28\lang9 Quay Street licensing note\b0\fs22\par",
        # \rquote (Word), \'92 (WordPad) and \u8217? (Unicode-aware writers): one apostrophe;
        # a line break in the file is none in the text (writers keep the space before it).
        r"\pard\sa200 The committee\rquote s view was that the caf\'e9\'92s pavement licence ",
        r"should be renewed for one year.\par",
        r"Objectors said the tables narrowed the pavement to less than a metre \endash  too "
        r"little for a wheelchair.\par",
        r"The licence holder\u8217?s reply is due by {\b 30 June 2022}.\par",
        r"{\*\shppict{\pict\pngblip\picw1\pich1 89504e470d0a1a0a0000000d49484452}}",
        r"\trowd\trgaph108\cellx3000\cellx5000\cellx8000\pard\intbl Site\cell Tables\cell "
        r"Decision\cell\row",
        r"\trowd\trgaph108\cellx3000\cellx5000\cellx8000\pard\intbl Harbour Caf\'e9\cell 6\cell "
        r"Renewed\cell\row",
        r"\pard\par",
        "}",
        "",
    )
)


# -- OpenDocument presentation and spreadsheet ---------------------------------------------------
_PRESENTATION = 'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"'
ODP_SLIDES = (
    ("Harbour works: progress", ("Wall repairs 60% complete", "Pontoon reopens in June")),
    ("Next steps", ("Tender for the west steps", "Report back in September 2024")),
)
ODP_NOTES = "The harbour master said storms had cost two weeks."


def odp_content() -> str:
    """content.xml as LibreOffice Impress 7 saves it: each slide a draw:page of frames (the
    title, an outline of list items), speaker's notes with the slide's thumbnail."""
    pages = []
    for n, (title, items) in enumerate(ODP_SLIDES, start=1):
        outline = "".join(f"<text:list-item><text:p>{item}</text:p></text:list-item>"
                          for item in items)
        notes = (
            '<presentation:notes><draw:page-thumbnail draw:page-number="1"/>'
            '<draw:frame presentation:class="notes"><draw:text-box>'
            f"<text:p>{ODP_NOTES}</text:p></draw:text-box></draw:frame></presentation:notes>"
            if n == 1 else ""
        )
        pages.append(
            f'<draw:page draw:name="page{n}">'
            f'<draw:frame presentation:class="title"><draw:text-box><text:p>{title}</text:p>'
            '</draw:text-box></draw:frame>'
            '<draw:frame presentation:class="outline"><draw:text-box>'
            f'<text:list text:style-name="L2">{outline}</text:list></draw:text-box></draw:frame>'
            f"{notes}</draw:page>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF} {_PRESENTATION}>'
        f"<office:body><office:presentation>{''.join(pages)}</office:presentation>"
        "</office:body></office:document-content>"
    )


ODS_HEADER = ("Action", "Lead officer", "Due")
ODS_ROW = ("Repair the east wall", "Sam Okafor", "2024-03-31")


def ods_content() -> str:
    """content.xml as LibreOffice Calc 7 saves it: a header row, a row with a date cell
    (its value in office:date-value, shown as 31/03/24), empty cells repeated to the sheet's
    last column and empty rows repeated to its last row, and a second sheet."""

    def text(value: str) -> str:
        cell = '<table:table-cell office:value-type="string">'
        return f"{cell}<text:p>{value}</text:p></table:table-cell>"

    action, lead, due = ODS_ROW
    filler = '<table:table-cell table:number-columns-repeated="1021"/>'
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF}>'
        "<office:body><office:spreadsheet>"
        '<table:table table:name="Actions">'
        f"<table:table-row>{''.join(text(h) for h in ODS_HEADER)}{filler}</table:table-row>"
        f"<table:table-row>{text(action)}{text(lead)}"
        f'<table:table-cell office:value-type="date" office:date-value="{due}">'
        f"<text:p>31/03/24</text:p></table:table-cell>{filler}</table:table-row>"
        '<table:table-row table:number-rows-repeated="1048574">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        "</table:table>"
        '<table:table table:name="Notes"><table:table-row>'
        f"{text('Checked by the harbour board')}</table:table-row></table:table>"
        "</office:spreadsheet></office:body></office:document-content>"
    )
