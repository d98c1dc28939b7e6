"""Word-processor files other than Word's own: OpenDocument text (.odt, what LibreOffice
saves) and Rich Text Format (.rtf, what WordPad and many older systems save).

Both give paragraphs one to a line and table rows as "cell | cell" lines, as load_docx does;
the title and date are those the file records of itself, when it does.
"""

from __future__ import annotations

import datetime
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.loaded import (
    Loaded,
    LoadError,
    clean_text,
    first_line_title,
    read_bytes,
    recorded_title,
)
from ingest.slides import sheet_pages, slide_pages

if TYPE_CHECKING:
    from lxml import etree

# -- OpenDocument text ----------------------------------------------------------------------
# Read straight from the zip with lxml rather than through odfpy (no release since 2020) or
# odfdo: either would only open the zip and parse the XML; the walk below is ours anyway.
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
}


def _tag(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_P, _H = _tag("text:p"), _tag("text:h")
_TABLE, _ROW, _CELL = _tag("table:table"), _tag("table:table-row"), _tag("table:table-cell")
_SPACE, _TAB, _BREAK = _tag("text:s"), _tag("text:tab"), _tag("text:line-break")
# Not the running text: comments, deleted text kept for tracked changes, footnotes (as
# load_docx leaves them out), a table of contents (headings again, with page numbers),
# and pictures' alternative text.
_SKIP = {
    _tag(name)
    for name in (
        "office:annotation",
        "text:tracked-changes",
        "text:note",
        "text:table-of-content",
        "text:sequence-decls",
        "svg:title",
        "svg:desc",
    )
}


def load_odt(path: Path) -> Loaded:
    """OpenDocument text: headings, paragraphs, list items and table rows in document order."""
    content, meta = _odt_parts(path)
    blocks: list[str] = []
    body = content.find("office:body/office:text", _NS)
    if body is not None:
        _blocks(body, blocks)
    text = clean_text("\n".join(blocks))
    title = recorded_title(_meta_title(meta)) or first_line_title(text)
    return Loaded(text, title=title, published=_created(meta))


def _odt_parts(path: Path) -> tuple[etree._Element, etree._Element | None]:
    """content.xml and meta.xml (None if the file has none) of any OpenDocument file (text,
    presentation, spreadsheet), parsed; LoadError if damaged."""
    from lxml import etree

    kind = path.suffix.lower() or ".odt"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            if "META-INF/manifest.xml" in names and b"encryption-data" in package.read(
                "META-INF/manifest.xml"
            ):
                raise LoadError(
                    f"{path.name}: {kind} file is password protected; open it and save it "
                    "without a password"
                )
            content = etree.fromstring(package.read("content.xml"), parser)
            meta = None
            if "meta.xml" in names:
                try:
                    meta = etree.fromstring(package.read("meta.xml"), parser)
                except etree.XMLSyntaxError:  # title and date are then taken from the text
                    meta = None
    except LoadError:
        raise
    except PermissionError as exc:
        raise LoadError(f"{path.name}: permission denied") from exc
    except (zipfile.BadZipFile, KeyError) as exc:
        raise LoadError(
            f"{path.name}: not a valid {kind} file (damaged, or not OpenDocument)"
        ) from exc
    except (etree.XMLSyntaxError, zipfile.LargeZipFile, EOFError, ValueError, OSError) as exc:
        raise LoadError(f"{path.name}: not a valid {kind} file ({exc})") from exc
    return content, meta


def _blocks(element: etree._Element, out: list[str]) -> None:
    """Each heading and paragraph as a line, each table row as 'cell | cell'; lists,
    sections and frames are walked through."""
    for child in element:
        if child.tag in (_P, _H):
            out.append(_inline(child))
        elif child.tag == _TABLE:
            for row in child.iter(_ROW):
                cells = [
                    " ".join(_inline(p).strip() for p in cell.iter(_P, _H))
                    for cell in row.iterchildren(_CELL)
                ]
                out.append(" | ".join(cells))
        elif isinstance(child.tag, str) and child.tag not in _SKIP:
            _blocks(child, out)


def _inline(element: etree._Element) -> str:
    """A paragraph's text with its spaces, tabs and line breaks (ODF stores runs of spaces
    as <text:s text:c="n"/>); a text box inside it starts a line of its own."""
    out = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == _SPACE:
            count = child.get(_tag("text:c"), "1")
            out.append(" " * (int(count) if count.isdigit() else 1))
        elif tag == _TAB:
            out.append("\t")
        elif tag == _BREAK:
            out.append("\n")
        elif tag in (_P, _H):
            out.append("\n" + _inline(child) + "\n")
        elif isinstance(tag, str) and tag not in _SKIP:
            out.append(_inline(child))
        out.append(child.tail or "")
    return "".join(out)


def _iso_day(stamp: str) -> str:
    """YYYY-MM-DD from an ISO date-time such as '2024-03-04T10:22:31.512000000'; '' if none."""
    try:
        return datetime.date.fromisoformat(stamp.strip()[:10]).isoformat()
    except ValueError:
        return ""


# -- OpenDocument presentations and spreadsheets ------------------------------------------------
# What LibreOffice Impress (.odp) and Calc (.ods) save: read as load_pptx and load_xlsx read
# PowerPoint and Excel files (ingest/slides.py), a page a slide or sheet.
_LIST_ITEM = _tag("text:list-item")
_NOTES = _tag("presentation:notes")
_CLASS = _tag("presentation:class")


def load_odp(path: Path) -> Loaded:
    """OpenDocument presentation: each slide's title, text (list items marked "• "),
    tables and speaker's notes, a page a slide."""
    content, meta = _odt_parts(path)
    pages = []
    for slide in content.iterfind("office:body/office:presentation/draw:page", _NS):
        frames = [f for f in slide.iterfind("draw:frame", _NS) if f.get(_CLASS) == "title"]
        lines = [" ".join(_inline(p).split()) for f in frames for p in f.iter(_P, _H)]
        for frame in slide:
            if frame in frames or frame.tag == _NOTES:
                continue
            lines += _slide_lines(frame)
        for notes in slide.iter(_NOTES):
            lines += [_inline(p) for p in notes.iter(_P)]
        pages.append("\n".join(lines))
    return slide_pages(path, pages, _meta_title(meta), _created(meta))


def _slide_lines(element: etree._Element) -> list[str]:
    """A frame's paragraphs (list items as bullets) and tables' rows, in order."""
    blocks: list[str] = []
    _blocks(element, blocks)
    items = {" ".join(_inline(p).split()) for li in element.iter(_LIST_ITEM) for p in li.iter(_P)}
    return [
        f"• {line}" if line in items else line for line in (" ".join(b.split()) for b in blocks)
    ]


def load_ods(path: Path) -> Loaded:
    """OpenDocument spreadsheet: each sheet a page, a line a row, labelled by its header row
    as load_xlsx does; dates as dates, other cells as the sheet shows them."""
    content, meta = _odt_parts(path)
    sheets = []
    for table in content.iterfind("office:body/office:spreadsheet/table:table", _NS):
        rows = ([_cell_shown(cell) for cell in _cells(row)] for row in table.iter(_ROW))
        sheets.append((table.get(_tag("table:name"), ""), rows))
    return sheet_pages(path, sheets, _meta_title(meta))


def _cells(row: etree._Element) -> list[etree._Element]:
    """A row's cells, a cell repeated as often as the file says (empty runs that fill a
    sheet to its last column are left out)."""
    cells: list[etree._Element] = []
    for cell in row.iterchildren(_CELL, _tag("table:covered-table-cell")):
        repeat = cell.get(_tag("table:number-columns-repeated"), "1")
        count = int(repeat) if repeat.isdigit() else 1
        cells += [cell] * (count if len(cell) else min(count, 1))
    return cells


def _cell_shown(cell: etree._Element) -> str:
    date = cell.get(_tag("office:date-value"))
    if cell.get(_tag("office:value-type")) == "date" and date:
        try:
            day = datetime.date.fromisoformat(date[:10])
        except ValueError:
            pass
        else:
            return f"{day.day} {day:%B %Y}"
    return " ".join(" ".join(_inline(p).split()) for p in cell.iter(_P)).strip()


def _meta_title(meta: etree._Element | None) -> str:
    return (meta.findtext("office:meta/dc:title", "", _NS) if meta is not None else "").strip()


def _created(meta: etree._Element | None) -> str:
    stamp = meta.findtext("office:meta/meta:creation-date", "", _NS) if meta is not None else ""
    return _iso_day(stamp or "")


# -- Rich Text Format -------------------------------------------------------------------------
_RTF_TITLE = re.compile(r"\{\\title\b ?((?:[^{}\\]|\\.)*)\}")
_RTF_CREATED = re.compile(r"\\creatim\\yr(\d{4})\\mo(\d{1,2})\\dy(\d{1,2})")


def load_rtf(path: Path) -> Loaded:
    """Rich Text Format: paragraphs one to a line, table rows as 'cell | cell'; headers,
    footers, pictures and fonts left out (striprtf); title and creation date from its info."""
    from striprtf.striprtf import rtf_to_text

    data = read_bytes(path)
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise LoadError(f"{path.name}: not an RTF file (damaged, or another type renamed .rtf)")
    # RTF is 7-bit text that spells other characters as escapes (\'92, \u8217?); a file that
    # has raw 8-bit bytes anyway is read as UTF-8 if it is that, else as Windows-1252.
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError:
        source = data.decode("cp1252", errors="replace")
    try:
        raw = rtf_to_text(source, errors="replace")
    except (IndexError, ValueError, LookupError, RecursionError) as exc:
        raise LoadError(f"{path.name}: damaged RTF file ({exc})") from exc
    # striprtf ends each table cell with "|" and each row with a line break.
    lines = [
        " | ".join(cell.strip() for cell in line.rstrip()[:-1].split("|"))
        if line.rstrip().endswith("|")
        else line
        for line in raw.split("\n")
    ]
    text = clean_text("\n".join(lines))
    title = _rtf_title(source)
    return Loaded(
        text, title=recorded_title(title) or first_line_title(text), published=_rtf_created(source)
    )


def _rtf_title(source: str) -> str:
    """The title in the file's info group, its escapes decoded; '' if it has none."""
    from striprtf.striprtf import rtf_to_text

    match = _RTF_TITLE.search(source)
    if not match:
        return ""
    return clean_text(rtf_to_text("{\\rtf1 " + match.group(1) + "}", errors="replace"))[:150]


def _rtf_created(source: str) -> str:
    """The creation date in the file's info group (\\creatim\\yr..\\mo..\\dy..); '' if none."""
    match = _RTF_CREATED.search(source)
    if not match:
        return ""
    try:
        return datetime.date(*(int(n) for n in match.groups())).isoformat()
    except ValueError:
        return ""
