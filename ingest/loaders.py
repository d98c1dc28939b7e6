"""Read files of each supported type into cleaned text with page offsets.

Each loader returns `Loaded`: the cleaned text, where each page starts, metadata the file
itself carries (title, date), and warnings worth telling the user. Problems that stop a
file from being read raise `LoadError` with a message a person understands.
"""

from __future__ import annotations

import codecs
import datetime
import logging
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.dates import find_dates
from ingest.loaded import (
    FIGURE_CELL,
    SPACES,
    Loaded,
    LoadError,
    clean_text,
    decode_bytes,
    file_created,
    first_line_title,
    join_pages,
    read_bytes,
    recorded_title,
    title_like,
)
from ingest.mail import load_eml
from ingest.office import load_odp, load_ods, load_odt, load_rtf
from ingest.slides import load_csv, load_pptx, load_xlsx
from ingest.unwrap import heading_lines, table_rows, typical_width, unwrap_lines
from ingest.webpage import html_to_text, read_page, restore_headings

if TYPE_CHECKING:
    from email.message import Message

    from pypdf import PageObject, PdfReader


# pypdf logs damage it works around ("EOF marker not found") to the root logger, which
# with no handler prints bare lines on stderr; the file's own LoadError says what matters.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


_PAGE_NUMBER = re.compile(
    r"^(page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(\s*(of|/)\s*\d{1,4})?$", re.IGNORECASE
)
_EDGE_LINES = 3  # how far from a page's top or bottom a running header or footer may sit


def strip_running_lines(pages: list[str]) -> list[str]:
    """Drop running headers and footers: page numbers, and lines that recur (numbers aside)
    at the top or bottom of at least half the pages. The first page keeps its top lines,
    which are usually the document's own title."""
    if len(pages) < 2:
        return pages

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", SPACES.sub(" ", line.strip().lower()))

    def edges(lines: list[str]) -> tuple[set[int], set[int]]:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return set(filled[:_EDGE_LINES]), set(filled[-_EDGE_LINES:])

    split = [page.split("\n") for page in pages]
    # Headers are counted among page tops and footers among page bottoms, separately.
    seen_top: Counter[str] = Counter()
    seen_bottom: Counter[str] = Counter()
    for lines in split:
        top, bottom = edges(lines)
        seen_top.update({key(lines[i]) for i in top})
        seen_bottom.update({key(lines[i]) for i in bottom})
    needed = max(2, (len(pages) + 1) // 2)
    headers = {k for k, n in seen_top.items() if n >= needed and len(k) > 1}
    footers = {k for k, n in seen_bottom.items() if n >= needed and len(k) > 1}
    # A footer the text layer ran onto the page's last line of text ("…response is
    # tooCare Inspectorate Wales | Performance evaluation inspection"): cut off that line's end
    # (a probe report's sentences had the footer inside them)
    endings = {
        line.strip() for lines in split for i in edges(lines)[1] if key(line := lines[i]) in footers
    }
    # A bare number at a page's edge is its page number only when the pages' numbers run on
    # with the pages ("2", "3", "4"): a table's last cells ("25", "22", "20" at the foot of
    # a probe record's page) are not (they had been dropped)
    runs: Counter[int] = Counter()
    for number, lines in enumerate(split):
        top, bottom = edges(lines)
        runs.update({int(s) - number for i in top | bottom if (s := lines[i].strip()).isdigit()})
    numbered = {offset for offset, n in runs.items() if n >= needed}

    def page_number(line: str, number: int) -> bool:
        bare = line.strip()
        if bare.isdigit():
            return int(bare) - number in numbered
        return bool(_PAGE_NUMBER.match(bare))

    out = []
    for number, lines in enumerate(split):
        top, bottom = edges(lines)
        drop = {i for i in top | bottom if page_number(lines[i], number)}
        drop |= {i for i in bottom if key(lines[i]) in footers}
        if number:  # the first page's top lines are usually the document's title
            drop |= {i for i in top if key(lines[i]) in headers}
        kept = []
        for i, line in enumerate(lines):
            if i in drop:
                continue
            if i in bottom:
                text = line.rstrip()
                tail = next((e for e in endings if len(e) >= 20 and text.endswith(e)), "")
                line = text[: len(text) - len(tail)] if tail else line
            kept.append(line)
        out.append("\n".join(kept))
    return out


def load_text(path: Path) -> Loaded:
    """Plain text; form feeds (as pdftotext writes between pages), or "Page 2 of 4" lines,
    start new pages, and such pages lose their running headers and footers as a PDF's do."""
    text, warnings = decode_bytes(read_bytes(path), path.name)
    if len(_PAGE_MARKER.findall(text)) >= 2 and "\x0c" not in text:
        # a report pasted from a PDF keeps its "Page 2 of 4" lines: the pages they mark
        text = _PAGE_MARKER.sub("\x0c", text)
    if "\x0c" in text.strip("\x0c"):
        pages = strip_running_lines(text.strip("\x0c").split("\x0c"))
        cleaned, starts = join_pages(pages, join_sentences=True)
        return Loaded(cleaned, starts, first_line_title(cleaned), warnings=warnings)
    cleaned = clean_text(text)
    return Loaded(cleaned, title=first_line_title(cleaned), warnings=warnings)


_PAGE_MARKER = re.compile(r"^[ \t]*page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?[ \t]*$", re.I | re.M)


def load_markdown(path: Path) -> Loaded:
    """Markdown, rendered to text so citations do not quote markup. A front-matter block
    (as static-site generators and note apps write it: "---", "title:", "date:", "author:",
    "---") gives the title, date and publisher and is not part of the text."""
    from markdown_it import MarkdownIt

    source, warnings = decode_bytes(read_bytes(path), path.name)
    fields, source = front_matter(source)
    html = MarkdownIt("commonmark").enable("table").render(source)
    cleaned = clean_text(html_to_text(html))
    published = _front_date(fields)
    return Loaded(
        cleaned,
        title=_front_text(fields, "title") or first_line_title(cleaned),
        published=published,
        own_date=bool(published),
        publisher=_front_text(fields, "publication", "publisher", "source", "site", "site_name"),
        warnings=warnings,
    )


_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)


def front_matter(source: str) -> tuple[dict[str, object], str]:
    """A Markdown file's YAML front matter as fields, and the text after it; no fields and
    the text unchanged when it has none, or the block is not YAML mapping fields."""
    import yaml

    match = _FRONT_MATTER.match(source)
    if match is None:
        return {}, source
    try:
        fields = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, source
    if not isinstance(fields, dict):
        return {}, source
    return {str(k).lower(): v for k, v in fields.items()}, source[match.end() :]


def _front_text(fields: dict[str, object], *names: str) -> str:
    for name in names:
        value = fields.get(name)
        if isinstance(value, str | int | float) and str(value).strip():
            return " ".join(str(value).split())
    return ""


def _front_date(fields: dict[str, object]) -> str:
    """The front matter's date ("date:", "published:"), as ISO text; "" when it gives none."""
    for name in ("date", "published", "publishdate", "pubdate", "created"):
        value = fields.get(name)
        if isinstance(value, datetime.datetime):
            return value.date().isoformat()
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, str):
            found = find_dates(value)
            if found and not found[0].relative:
                return found[0].iso
    return ""


def load_html(path: Path) -> Loaded:
    """HTML page: main content only (navigation, cookie banners, footers dropped); its title
    and date are those the page gives its own document (see ingest.webpage)."""
    source, warnings = decode_bytes(read_bytes(path), path.name)
    return _page(source, path.name, warnings)


def load_mhtml(path: Path) -> Loaded:
    """A web page saved as one file ("Web Page, single file": .mhtml, .mht): its HTML part,
    read as the same page saved as .html is; the pictures and styles saved with it are left
    out, and so is the date it was saved on."""
    import email

    message = email.message_from_bytes(read_bytes(path))
    part = _root_html(message)
    payload = part.get_payload(decode=True) if part is not None else None
    if part is None or not isinstance(payload, bytes):
        raise LoadError(
            f"{path.name}: not a saved web page (no HTML part inside; damaged, or not MHTML)"
        )
    charset = part.get_content_charset()
    # Chrome names no charset on its HTML part (it writes UTF-8); Word and Internet
    # Explorer do (often windows-1252), and a named one wins over guessing.
    if charset and _known_codec(charset):
        return _page(payload.decode(charset, errors="replace"), path.name, [])
    source, warnings = decode_bytes(payload, path.name)
    return _page(source, path.name, warnings)


def _root_html(message: Message) -> Message | None:
    """The saved page itself: the part multipart/related names as its start, else the first
    HTML part (frames the page held follow it as HTML parts of their own)."""
    pages = [p for p in message.walk() if p.get_content_type() == "text/html"]
    start = message.get_param("start")
    if isinstance(start, str):
        for part in pages:
            if part.get("Content-ID", "").strip() == start.strip():
                return part
    return pages[0] if pages else None


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


# the headline is among a saved page's first lines (a section name may come before it)
_HEAD_LINES = 6


def _page(source: str, name: str, warnings: list[str]) -> Loaded:
    """A saved page's main content, headline and own date, whichever file it came in."""
    import trafilatura

    body = trafilatura.extract(
        source,
        output_format="html",
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        deduplicate=False,
        # a decision notice's or minutes' numbered resolutions ("The Committee RESOLVED: 1.
        # To appoint …") are lists that precision-first extraction dropped (a probe record
        # of committee pages lost them; no page of the other records read differently)
        favor_recall=True,
    )
    text = clean_text(restore_headings(source, html_to_text(body))) if body else ""
    if not text:
        warnings.append(f"{name}: no main content found; using all visible text")
        text = clean_text(html_to_text(source))
    page = read_page(source)
    title = page.title or first_line_title(text)
    # the byline, which the extraction keeps as metadata, goes back under the headline (or
    # first, where the text does not open with it): "who wrote the article?" is answered by
    # it (app/record/signatures.py; a hold-out record's dev question, session 41, had been
    # refused)
    if page.byline and page.byline not in text:
        lines = text.split("\n")
        at = next((i + 1 for i, line in enumerate(lines[:_HEAD_LINES]) if line.strip() == title), 0)
        rest = lines[at:]
        while rest and not rest[0].strip():
            rest = rest[1:]
        text = "\n".join([*lines[:at], *([""] if at else []), page.byline, "", *rest])
    return Loaded(
        text,
        title=title,
        published=page.published,
        own_date=True,
        warnings=warnings,
        publisher=page.publisher,
    )


def load_pdf(path: Path) -> Loaded:
    """PDF text layer, page by page, so every passage knows its page."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

    try:
        reader = PdfReader(str(path))  # opens with the empty password if it can
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(f"{path.name}: PDF is encrypted (password protected)")
        styled = [_styled_text(page) for page in reader.pages]
        pages = [text for text, _ in styled]
    except LoadError:
        raise
    except PermissionError as exc:
        raise LoadError(f"{path.name}: permission denied") from exc
    except DependencyError as exc:  # AES encryption, even with an empty password
        raise LoadError(
            f"{path.name}: PDF is encrypted with AES; reading it needs the 'cryptography' "
            "package (pip install cryptography)"
        ) from exc
    except FileNotDecryptedError as exc:
        raise LoadError(f"{path.name}: PDF is encrypted (password protected)") from exc
    except (PyPdfError, PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(f"{path.name}: damaged or unreadable PDF ({exc})") from exc
    if not pages:
        raise LoadError(f"{path.name}: PDF has no pages")
    if not any(p.strip() for p in pages):
        raise LoadError(f"{path.name}: PDF has no text layer (scanned image?); OCR it first")
    blank = [str(n) for n, page in enumerate(pages, start=1) if not page.strip()]
    warnings = []
    if blank:
        listed = ", ".join(blank[:10]) + (f" and {len(blank) - 10} more" if len(blank) > 10 else "")
        which = f"page {listed} has" if len(blank) == 1 else f"pages {listed} have"
        warnings.append(f"{path.name}: {which} no text layer (scanned?); only text is indexed")
    kept = strip_running_lines(pages)
    width = typical_width(kept)
    rows = [table_rows(layout) for layout in _layout_pages(reader)]
    headings = heading_lines([runs for _, runs in styled])
    text, starts = join_pages(
        [unwrap_lines(page, width, rows[n], headings[n]) for n, page in enumerate(kept)],
        join_sentences=True,
    )
    info = reader.metadata
    title = recorded_title(str(info.title)) if info and info.title else ""
    published = ""
    if info is not None:
        try:
            created = info.creation_date
        except Exception:  # malformed date strings in the PDF's own metadata
            created = None
        published = created.date().isoformat() if created else ""
    return Loaded(text, starts, title or first_line_title(text), published, warnings)


def _styled_text(page: PageObject) -> tuple[str, list[tuple[str, float, bool]]]:
    """A page's plain text, and each run of it with its font size and boldness."""
    runs: list[tuple[str, float, bool]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = abs(tm[3] or tm[0] or 1) * abs(cm[3] or cm[0] or 1)
            name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
            runs.append((text, round(size * scale, 1), "bold" in name.lower()))

    try:
        text = page.extract_text(visitor_text=visit) or ""
    except Exception:  # a font the visitor trips over: the text without its styles
        return page.extract_text() or "", []
    return text, runs


def _layout_pages(reader: PdfReader) -> list[str]:
    """Each page's text as pypdf lays it out, where table cells stand apart; "" for a page
    it cannot lay out (the plain text is read all the same)."""
    layouts = []
    for page in reader.pages:
        try:
            layouts.append(page.extract_text(extraction_mode="layout") or "")
        except Exception:  # layout mode trips over fonts plain mode reads; rows go unseen
            layouts.append("")
    return layouts


def load_docx(path: Path) -> Loaded:
    """Word document: paragraphs and tables in document order."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except PermissionError as exc:
        raise LoadError(f"{path.name}: permission denied") from exc
    except (zipfile.BadZipFile, PackageNotFoundError) as exc:
        # python-docx says "Package not found" for a file that is there but not a Word package
        raise LoadError(f"{path.name}: not a valid .docx file (damaged, or not Word)") from exc
    except (KeyError, ValueError, OSError) as exc:
        raise LoadError(f"{path.name}: not a valid .docx file ({exc})") from exc
    blocks: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            line = _word_text(block, "\n")
            # a numbered or bulleted paragraph is a list item, as in the other formats: Word
            # keeps its number in the list's definition, not in the text
            blocks.append(f"• {line}" if line.strip() and _listed(block) else line)
        elif tag == "tbl":
            rows = [
                [_word_text(cell, " ") for cell in row.iterchildren() if cell.tag.endswith("}tc")]
                for row in block.iter()
                if row.tag.endswith("}tr")
            ]
            blocks += figure_rows(rows)
    text = clean_text("\n".join(blocks))
    props = document.core_properties
    return Loaded(
        text,
        title=recorded_title(props.title) or _styled_title(document) or first_line_title(text),
        published=file_created(props.created),
    )


# A table of figures under a heading row: each figure said with its column, as a
# spreadsheet's rows are ("Year (31 March): 2023 | Children in care: 489 | Agency social
# workers (%): 22.4"), so a row quoted alone says what each value is (a freedom of
# information reply's table in the marlowfield hold-out, session 58, gave "2023 | 489 |
# 22.4 | 19.2 | 18"). Only a row of two figures or more, under a heading row of three cells
# or more: a judgements table's "Overall effectiveness | Inadequate" stands as it is.
FIGURE_TABLE_COLUMNS = 3


def figure_rows(rows: list[list[str]]) -> list[str]:
    """Each row as "cell | cell", a row of figures under a heading row labelled by it."""
    header = rows[0] if rows else []
    headed = len(header) >= FIGURE_TABLE_COLUMNS and all(
        c.strip() and not FIGURE_CELL.match(c.strip()) for c in header
    )
    lines = []
    for i, cells in enumerate(rows):
        figures = sum(bool(FIGURE_CELL.match(c.strip())) for c in cells)
        if headed and i and figures >= 2 and len(cells) == len(header):
            cells = [
                f"{h.strip()}: {c}" if c.strip() else c for h, c in zip(header, cells, strict=True)
            ]
        lines.append(" | ".join(cells))
    return lines


# A Word document's own title is the paragraph set in its "Title" style, not its first line
# (a practice review opening on its publisher's name, "Greyhaven Safeguarding Children
# Partnership", and an inspection report on the inspectorate's address, titled "Ofsted:
# Manchester": two hold-out records' Word files, session 39). A title that only names the
# council ("Dunsmore County Council") goes on with the line under it ("Inspection of
# children's social care services"), as the six Word files of the eval records' manifests
# title them.
_NAME_ONLY_WORDS = 4


def _styled_title(document: Any) -> str:
    """The text of the first paragraph in the Title style (with its next line when it only
    names someone), or "" when there is none."""
    paragraphs = [p for p in document.paragraphs[:_TITLE_PARAGRAPHS] if p.text.strip()]
    for i, paragraph in enumerate(paragraphs):
        try:
            style = paragraph.style.name if paragraph.style is not None else ""
        except (KeyError, ValueError):  # a style the file names but does not define
            style = ""
        if style != "Title":
            continue
        title = " ".join(paragraph.text.split())
        under = " ".join(paragraphs[i + 1].text.split()) if i + 1 < len(paragraphs) else ""
        if len(title.split()) <= _NAME_ONLY_WORDS and title_like(under) and ":" not in under:
            title = f"{title}: {under}"
        return title[:150]
    return ""


_TITLE_PARAGRAPHS = 30  # a cover's paragraphs: the title is among them


def _word_text(element: Any, line_break: str) -> str:
    """A Word paragraph's or cell's text, its line breaks kept: an address block or a
    signature set as one paragraph with breaks ("Fiona Rennick / Senior Inspector / Care
    Inspectorate") had run together as "Fiona RennickSenior InspectorCare Inspectorate"."""
    parts = []
    for node in element.iter():
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t":
            parts.append(node.text or "")
        elif tag in ("br", "cr"):
            parts.append(line_break)
        elif tag == "tab":
            parts.append("\t")
        elif tag == "p" and node is not element and parts:
            parts.append(line_break)  # a cell's paragraphs
    return "".join(parts)


def _listed(paragraph: Any) -> bool:
    """Is a Word paragraph an item of a numbered or bulleted list (its own numbering, or a
    list style such as "List Number" or "List Bullet")?"""
    for child in paragraph.iter():
        name = child.tag.rsplit("}", 1)[-1]
        if name == "numPr":
            return True
        if name == "pStyle":
            style = next((v for k, v in child.attrib.items() if k.endswith("}val")), "")
            if style.lower().startswith("list") and style.lower() != "listparagraph":
                return True
    return False


def load_doc(path: Path) -> Loaded:
    """A file named .doc: many sites publish other formats under that name (RTF above all,
    also a web page or a .docx renamed), read here by what the file holds. A real Word 97
    file is refused with the fix."""
    head = path.read_bytes()[:2048]
    if head.startswith(b"{\\rtf"):
        return load_rtf(path)
    if head.startswith(b"PK\x03\x04"):
        return load_docx(path)
    if head.lstrip().lower().startswith(b"mime-version") or b"\nmime-version:" in head.lower():
        return load_mhtml(path)
    if re.search(rb"<(?:!doctype\s+html|html)\b", head, re.IGNORECASE):
        return load_html(path)
    raise LoadError(f"{path.name}: unsupported file type '{path.suffix}': {_CONVERT['.doc']}")


LOADERS: dict[str, Callable[[Path], Loaded]] = {
    ".txt": load_text,
    ".text": load_text,
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".html": load_html,
    ".htm": load_html,
    ".xhtml": load_html,
    ".xht": load_html,
    ".mhtml": load_mhtml,
    ".mht": load_mhtml,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".odt": load_odt,
    ".odp": load_odp,
    ".ods": load_ods,
    ".rtf": load_rtf,
    ".doc": load_doc,
    ".pptx": load_pptx,
    ".xlsx": load_xlsx,
    ".xlsm": load_xlsx,
    ".csv": load_csv,
    ".tsv": load_csv,  # (tab-separated, as many data portals export: the sniffer reads tabs)
    ".eml": load_eml,
}
# Types people have that no loader reads, and what to do with them instead.
_CONVERT = {
    ".doc": "old Word format; open it in Word or LibreOffice and save it as .docx or PDF",
    ".ppt": "old PowerPoint format; open it in PowerPoint or LibreOffice and save it as .pptx",
    ".xls": "old Excel format; open it in Excel or LibreOffice and save it as .xlsx",
    ".msg": "Outlook message; in Outlook use File > Save As and choose .eml, or print to PDF",
}


def check_type(path: Path) -> None:
    """Raise LoadError, naming the file, if no loader reads its type; say how to fix it
    where that is known."""
    suffix = path.suffix.lower()
    if suffix in LOADERS:
        return
    if suffix in _CONVERT:
        raise LoadError(f"{path.name}: unsupported file type '{path.suffix}': {_CONVERT[suffix]}")
    raise LoadError(
        f"{path.name}: unsupported file type '{path.suffix or '(none)'}' "
        f"(supported: {', '.join(sorted(LOADERS))})"
    )


def load_file(path: Path) -> Loaded:
    """Load any supported file; raise LoadError naming the file for anything else."""
    check_type(path)
    loader = LOADERS[path.suffix.lower()]
    loaded = loader(path)
    if not loaded.text.strip():
        raise LoadError(f"{path.name}: no text in file (empty or whitespace only)")
    return loaded
