"""Slide decks and spreadsheets: PowerPoint (.pptx), Excel (.xlsx) and comma-separated
(.csv) files, as councils put them before a scrutiny committee or track an improvement plan.

A slide or a sheet is a page of its own, so a citation says which one. A slide gives its
title as a heading line, then its text boxes' paragraphs (bulleted ones marked "• ", as
load_docx marks Word list items), its tables' rows as "cell | cell" lines, then the
speaker's notes. A sheet gives its name, then one line a row; under a header row each cell
is labelled with its column ("Lead officer: J. Marsh"), so a row quoted alone still says
what each value is.
"""

from __future__ import annotations

import csv
import datetime
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ingest.loaded import (
    Loaded,
    LoadError,
    decode_bytes,
    file_created,
    join_pages,
    read_bytes,
    recorded_title,
)


def load_pptx(path: Path) -> Loaded:
    """PowerPoint: each slide's title, text, tables and notes, a page a slide."""
    import pptx
    from pptx.exc import PackageNotFoundError

    try:
        deck = pptx.Presentation(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise LoadError(
            f"{path.name}: not a valid .pptx file (damaged, or not PowerPoint)"
        ) from exc
    pages = []
    for slide in deck.slides:
        lines: list[str] = []
        title = slide.shapes.title
        if title is not None and title.has_text_frame and title.text_frame.text.strip():
            lines.append(" ".join(title.text_frame.text.split()))
        for shape in _shapes(slide.shapes):
            if title is not None and shape.shape_id == title.shape_id:
                continue
            lines += _shape_lines(shape)
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            lines += slide.notes_slide.notes_text_frame.text.split("\n")
        pages.append("\n".join(lines))
    props = deck.core_properties
    return slide_pages(path, pages, recorded_title(props.title), file_created(props.created))


def slide_pages(path: Path, pages: list[str], title: str, published: str) -> Loaded:
    """Slides (each its lines) as pages, titled by the file's own title, else the first
    slide's first line; LoadError if no slide holds text."""
    if not any(page.strip() for page in pages):
        raise LoadError(f"{path.name}: no text on any slide (pictures only?)")
    text, starts = join_pages(pages)
    first = next((page.split("\n", 1)[0] for page in pages if page.strip()), "")
    return Loaded(text, starts, title=title or first[:150], published=published)


def _shapes(shapes: Iterable[Any]) -> Iterator[Any]:
    """Every shape on a slide, those inside groups too, top to bottom, left to right: the
    order a reader takes them in (the file keeps them in the order they were drawn)."""
    found = []
    for shape in shapes:
        if shape.shape_type is not None and getattr(shape, "shapes", None) is not None:
            found += list(_shapes(shape.shapes))  # a group
        else:
            found.append(shape)
    yield from sorted(found, key=lambda s: ((s.top or 0) // 100_000, s.left or 0))


def _shape_lines(shape: Any) -> list[str]:
    """A text box's paragraphs (indented or bulleted ones marked "• ") or a table's rows."""
    if getattr(shape, "has_table", False) and shape.has_table:
        return [
            " | ".join(" ".join(cell.text.split()) for cell in row.cells)
            for row in shape.table.rows
        ]
    if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
        return []
    from pptx.enum.shapes import PP_PLACEHOLDER

    kind = shape.placeholder_format.type if shape.is_placeholder else None
    body = kind in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
    lines = []
    for paragraph in shape.text_frame.paragraphs:
        line = " ".join("".join(run.text for run in paragraph.runs).split())
        if not line:
            continue
        # a content placeholder's paragraphs are its bullets; elsewhere an indented one is
        bulleted = body or paragraph.level > 0 or _has_bullet(paragraph)
        lines.append(f"• {line}" if bulleted and not line.startswith("•") else line)
    return lines


def _has_bullet(paragraph: Any) -> bool:
    """A paragraph given its own bullet character or numbering in the file."""
    properties = paragraph._p.pPr
    if properties is None:
        return False
    return any(child.tag.rsplit("}", 1)[-1] in ("buChar", "buAutoNum") for child in properties)


def load_xlsx(path: Path) -> Loaded:
    """Excel workbook: each sheet a page, a line a row, the values as shown (dates as dates,
    percentages as percentages), formulas by the value Excel last worked out."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise LoadError(f"{path.name}: not a valid .xlsx file (damaged, or not Excel)") from exc
    try:
        sheets = [
            (sheet.title, ([_shown(cell) for cell in row] for row in sheet.iter_rows()))
            for sheet in book.worksheets
            if sheet.sheet_state == "visible"  # hidden sheets hold lookups, not the record
        ]
        props = book.properties
        return sheet_pages(path, sheets, recorded_title(props.title))
    finally:
        book.close()


def load_csv(path: Path) -> Loaded:
    """A comma-separated table (other than a folder's sources.csv, which describes the
    files): a line a row, labelled by the header row."""
    source, warnings = decode_bytes(read_bytes(path), path.name)
    try:
        dialect: Any = csv.Sniffer().sniff(source[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = ([cell.strip() for cell in row] for row in csv.reader(source.splitlines(), dialect))
    loaded = sheet_pages(path, [(path.stem, rows)], "")
    loaded.warnings += warnings
    return loaded


def sheet_pages(
    path: Path, sheets: Sequence[tuple[str, Iterable[list[str]]]], title: str
) -> Loaded:
    """Sheets (each its name and its rows' cells as shown) as pages, a page a sheet that
    holds anything; LoadError if none does."""
    pages = [page for name, rows in sheets if len(page := [name, *_row_lines(rows)]) > 1]
    if not pages:
        raise LoadError(f"{path.name}: no cells with text")
    text, starts = join_pages(["\n".join(page) for page in pages])
    # A sheet's first line is its name or a column heading, not its title: the file's own
    # title, else its name (resolve_meta's fallback). Its date is not any of its cells' (a
    # probe record's improvement plan was dated by one row's update, though the plan ran
    # to 2025), nor the day the file was made: unknown, unless the file's name gives one.
    return Loaded(text, starts, title=title, own_date=True)


def _row_lines(rows: Iterable[list[str]]) -> Iterator[str]:
    """One line a non-empty row. Under a header row (the first row of two or more cells, all
    words, none a number or date) each value is labelled with its column; a row with one
    cell (a heading or a note within the sheet) stands as it is."""
    header: list[str] | None = None
    for cells in rows:
        filled = [c for c in cells if c]
        if not filled:
            continue
        if header is None and len(filled) >= 2 and all(_wordy(c) for c in filled):
            header = cells
            yield " | ".join(filled)
            continue
        if header is None or len(filled) == 1:
            yield " | ".join(filled)
            continue
        labelled = [
            f"{header[i]}: {value}" if i < len(header) and header[i] else value
            for i, value in enumerate(cells)
            if value
        ]
        yield " | ".join(labelled)


# A column's heading may be long: "Care leavers aged 19-21 in education, employment or
# training (%)" is 64 characters, and at 60 the marlowfield hold-out's scorecard had no
# header row, none of its figures said what they were.
HEADING_CHARS = 100


def _wordy(cell: str) -> bool:
    return (
        any(ch.isalpha() for ch in cell) and not cell[:1].isdigit() and len(cell) <= HEADING_CHARS
    )


def _shown(cell: Any) -> str:
    """A cell's value as the sheet shows it."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, datetime.datetime | datetime.date):
        day = value.date() if isinstance(value, datetime.datetime) else value
        return f"{day.day} {day:%B %Y}"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, int | float):
        if "%" in (cell.number_format or ""):
            return f"{value * 100:g}%"
        return f"{value:g}" if isinstance(value, float) else str(value)
    return " ".join(str(value).split())
