"""Induction packs: questions, their cited answers and the record's timeline, as Word
(real footnotes) or Markdown ([^n] footnotes). Plain Python; no UI imports.

An answer's [n] markers become notes; each note quotes the cited passage in full and says
where it comes from and whose words it holds. Nothing is re-asked: a pack is built from
Answer objects, so the chat exports the answers it showed.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app import render
from app.answer import Answer, Assistant, Citation, Turn
from app.record import Event
from app.scope import describe_scope
from index.retrieve import Scope
from ingest.dates import human_date, on_or_before
from ingest.voice import LABELS

SUFFIXES = (".docx", ".md")
_MARKER = re.compile(r"\[(\d+)\]")
_WS = re.compile(r"\s+")
# Characters XML 1.0 cannot hold (form feeds from PDFs, stray control bytes).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Piece = str | Citation  # answer text, or a note on this citation


@dataclass(frozen=True)
class Entry:
    """One question and its answer, cut into text and notes."""

    question: str
    pieces: list[Piece]
    refused: bool = False
    scope: str = ""  # the question's own scope in words, when questions had different ones


@dataclass(frozen=True)
class Pack:
    title: str
    preface: list[str]
    entries: list[Entry]
    timeline: list[Event] | None = None  # None: no timeline section
    made: str = field(default_factory=lambda: dt.date.today().isoformat())


def parse_questions(text: str) -> list[str]:
    """One question a line; blank lines and #comments skipped."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def ask_all(
    assistant: Assistant, questions: Iterable[str], scope: Scope | None = None
) -> list[Answer]:
    """Ask in order as one conversation, so a follow-up leans on the question before it."""
    turns: list[Turn] = []
    for question in questions:
        answer = assistant.ask(question, turns, scope=scope)
        turns.append(Turn(question, answer, answer.query))
    return [t.answer for t in turns if t.answer is not None]


def pieces(answer: Answer) -> list[Piece]:
    """The answer's text with each [n] marker replaced by its citation."""
    by_n = {c.n: c for c in answer.citations}
    out: list[Piece] = []
    pos = 0
    for match in _MARKER.finditer(answer.text):
        citation = by_n.get(int(match.group(1)))
        if citation is None:
            raise ValueError(
                f"answer to {answer.question!r} has {match.group(0)} but no such citation"
            )
        out.append(answer.text[pos : match.start()].rstrip(" "))
        out.append(citation)
        pos = match.end()
    out.append(answer.text[pos:])
    return [p for p in out if not isinstance(p, str) or p]


def in_scope(events: Sequence[Event], scope: Scope | None) -> list[Event]:
    """Events a scoped pack may show: dated by `until`, by a chosen body, and cited by
    material published by `until` (citations published later are dropped)."""
    if scope is None or not scope.active:
        return list(events)
    kept = []
    for event in events:
        if not on_or_before(event.date, scope.until):
            continue
        if scope.voices and event.body not in scope.voices:
            continue
        citations = [c for c in event.citations if on_or_before(c.published, scope.until)]
        if citations:
            kept.append(replace(event, citations=citations))
    return kept


def build_pack(
    answers: Sequence[Answer],
    events: Sequence[Event] | None = None,
    *,
    title: str = "Induction pack",
    scope: Scope | None = None,
    documents: int | None = None,
    scopes: Sequence[Scope | None] | None = None,
) -> Pack:
    """A pack of `answers` and, if given, the timeline `events` (filtered to `scope`).
    `scopes`, one per answer, are for answers asked under different scopes (the chat)."""
    preface = [
        "Every answer below is quoted word for word from the record. Each note gives the "
        "passage quoted, its source, publisher, date and page, and whose words it holds.",
        "Scope: as shown under each question."
        if scopes is not None
        else f"Scope: {describe_scope(scope)}.",
    ]
    made = dt.date.today().isoformat()
    count = f" from {documents} indexed documents" if documents is not None else ""
    preface.append(f"Made on {human_date(made)}{count}.")
    described = [describe_scope(s) for s in scopes] if scopes is not None else None
    entries = [
        Entry(a.question, pieces(a), a.refused, described[i] if described else "")
        for i, a in enumerate(answers)
    ]
    timeline = in_scope(events, scope) if events is not None else None
    return Pack(title, preface, entries, timeline, made)


def write(pack: Pack, path: Path) -> Path:
    """Write the pack as .docx or .md, chosen by the file name. A Markdown pack's timeline
    chart is a PNG beside it (chart_path)."""
    suffix = path.suffix.lower()
    if suffix == ".md":
        picture = timeline_picture(pack)
        if picture is not None:
            chart_path(path).write_bytes(picture)
        path.write_text(
            markdown(pack, chart_path(path).name if picture else None), encoding="utf-8"
        )
    elif suffix == ".docx":
        save_docx(pack, path)
    else:
        raise ValueError(f"{path.name}: unsupported output type '{path.suffix}' (use .docx or .md)")
    return path


# -- the timeline chart, as an image in both packs -------------------------------------------

CHART_INCHES = 6.5  # the width of a portrait A4/Letter page's text
CHART_ALT = (
    "Chart of the record over time: inspections coloured by judgement; visits, "
    "commissioner, government and council events on their own rows."
)


def timeline_picture(pack: Pack) -> bytes | None:
    """The pack's timeline as the chat's chart, a PNG; None when it has no events."""
    if not pack.timeline:
        return None
    from app.chart import timeline_png

    return timeline_png(pack.timeline)


def chart_path(path: Path) -> Path:
    """Where a Markdown pack's chart goes: 'pack.md' → 'pack-timeline.png'."""
    return path.with_name(f"{path.stem}-timeline.png")


# -- the note a citation becomes ------------------------------------------------------------


def _clean(text: str) -> str:
    return _WS.sub(" ", _NOT_XML.sub(" ", text)).strip()


def voice_label(c: Citation) -> str:
    return c.attribution or LABELS.get(c.voice, c.voice)


def note_quote(c: Citation) -> str:
    """The cited part of the passage, on one line: the section its cited sentences stand in,
    never running on past the next heading (where another voice may begin)."""
    return _clean(section_of(c.text, c.highlights))


# A heading: a short line that starts with a capital or a number and ends without the
# punctuation a sentence ends with (the rule ingest/voice.py uses to restart a voice).
_HEADING = re.compile(r"^[\dA-Z][^\n]{0,89}(?<![.”\"?!:;,])$")
_BULLET = re.compile(r"^[\-–—•*·▪●]")


def _headings(text: str) -> list[tuple[int, int]]:
    """(start, end) of the heading lines of `text` that some later text follows."""
    found = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        start = pos + line.find(stripped[:1]) if stripped else pos
        if stripped and _HEADING.match(stripped) and not _BULLET.match(stripped):
            found.append((start, start + len(stripped)))
        pos += len(line) + 1
    last_text = len(text.rstrip())
    return [(s, e) for s, e in found if e < last_text]


def section_of(text: str, highlights: Sequence[tuple[int, int]] = ()) -> str:
    """The part of a passage between the headings around its highlighted sentences (the
    whole passage, up to its first heading after some text, when nothing is marked)."""
    headings = _headings(text)
    if highlights:
        first, last = min(s for s, _ in highlights), max(e for _, e in highlights)
    else:  # from the passage's first text that is not a heading
        first = 0
        for s, e in headings:
            if text[first:s].strip():
                break
            first = e
        last = first + 1
    start = max((e for s, e in headings if e <= first), default=0)
    end = min((s for s, e in headings if s >= last), default=len(text))
    return text[start:end].strip()


def note_source(c: Citation) -> str:
    """'Title — Publisher, 2 August 2023, p. 1. Voice: Ofsted, quoted in …'."""
    return _clean(f"{render.source_line(c)}. Voice: {voice_label(c)}.")


def event_cells(event: Event) -> list[str]:
    """Date, body, kind, judgement, summary: a timeline row in words."""
    return [
        human_date(event.date),
        LABELS.get(event.body, event.body),
        event.kind,
        event.judgement or "—",
        _clean(event.summary),
    ]


TIMELINE_HEADERS = ["Date", "Body", "Kind", "Judgement", "Summary"]
SUMMARY_MIN_INCHES = 2.2  # the summary gets the room left; below this it reads badly
COMFORT_INCHES = 1.3  # a short column may widen to this to keep its cells on fewer lines
CELL_MARGINS_INCHES = 0.16  # Word's default cell margins, left and right (0.08" each)
TABLE_PT = 9  # the timeline's text: at the body's 11 pt the longest words ("Commissioner",
# "improvement") left the summary about 1.3" of a 6" page
PAGE_MARGIN_INCHES = 1.0  # Word's own default (python-docx's template has 1.25")
# Widths of characters in ems, generous for the template's Cambria and Calibri and for
# Helvetica Bold (the tests measure against it): a word that fits these fits the page.
_NARROW, _WIDE = set("fijlrtI.,:;'!|()[] "), set("mwMW")


def text_inches(text: str, pt: float = TABLE_PT) -> float:
    """A generous estimate of how wide `text` is set on one line."""
    ems = sum(
        0.35 if ch in _NARROW else 0.95 if ch in _WIDE else 0.75 if ch.isupper() else 0.6
        for ch in text
    )
    return ems * pt / 72


def column_inches(rows: Sequence[Sequence[str]], page_inches: float) -> list[float]:
    """Widths for a table whose last column is prose: every other column wide enough for
    its longest word, so no word breaks across lines ("Judgem/ent"), and a little wider
    when the page allows; the last column takes the rest."""
    columns = list(zip(*rows, strict=True))[:-1]
    need = [
        max(text_inches(word) for cell in column for word in cell.split() or [""])
        + CELL_MARGINS_INCHES
        for column in columns
    ]
    full = [max(text_inches(cell) for cell in column) + CELL_MARGINS_INCHES for column in columns]
    comfortable = [max(n, min(f, COMFORT_INCHES)) for n, f in zip(need, full, strict=True)]
    widths = comfortable if page_inches - sum(comfortable) >= SUMMARY_MIN_INCHES else need
    return [*widths, page_inches - sum(widths)]


NO_EVENTS = "No dated events were found in the record within this scope."


# -- Markdown ---------------------------------------------------------------------------------


def markdown(pack: Pack, chart: str | None = None) -> str:
    """The pack as Markdown with [^n] footnotes; document text is escaped, not interpreted.
    `chart` names the timeline chart's image file, shown above the timeline's table."""
    esc = render.escape_markdown
    notes: list[Citation] = []

    def ref(c: Citation, numbers: dict[int, int]) -> str:
        # The same citation twice in one answer is one note, referred to twice.
        if id(c) not in numbers:
            notes.append(c)
            numbers[id(c)] = len(notes)
        return f"[^{numbers[id(c)]}]"

    def text(items: Sequence[Piece]) -> str:
        numbers: dict[int, int] = {}
        return "".join(
            ref(p, numbers) if isinstance(p, Citation) else esc(_clean_keep(p)) for p in items
        )

    lines = [f"# {esc(pack.title)}", ""]
    lines += [f"{esc(p)}\n" for p in pack.preface]
    lines += ["## Questions and answers", ""]
    for i, entry in enumerate(pack.entries, start=1):
        lines += [f"### {i}. {esc(_clean(entry.question))}", ""]
        if entry.scope:
            lines += [f"_Scope: {esc(entry.scope)}._", ""]
        lines += [text(entry.pieces), ""]
    if pack.timeline is not None:
        lines += ["## Timeline", ""]
        if chart:
            lines += [f"![{CHART_ALT}]({chart})", ""]
        if not pack.timeline:
            lines += [NO_EVENTS, ""]
        else:
            lines.append("| " + " | ".join(TIMELINE_HEADERS) + " |")
            lines.append("|" + "---|" * len(TIMELINE_HEADERS))
            for event in pack.timeline:
                cells = [esc(c) for c in event_cells(event)]
                cells[-1] += text(event.citations)
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
    if notes:
        lines += ["## Notes", ""]
        for n, c in enumerate(notes, start=1):
            lines.append(f"[^{n}]: “{esc(note_quote(c))}” — {esc(note_source(c))}")
    return "\n".join(lines).rstrip() + "\n"


def _clean_keep(text: str) -> str:
    """Text between markers: spacing at its edges kept; a briefing's line breaks (its
    heading, each source, each point) kept, other runs of white space one space."""
    return "\n".join(_WS.sub(" ", line) for line in _NOT_XML.sub(" ", text).split("\n"))


# -- Word -------------------------------------------------------------------------------------


def save_docx(pack: Pack, path: Path) -> None:
    """The pack as a Word document with real footnotes (a footnotes part python-docx lacks)."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Emu, Inches, Pt

    document = docx.Document()
    styles = document.styles
    note_text = styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    note_text.base_style = styles["Normal"]
    note_text.font.size = Pt(9)
    note_text.paragraph_format.space_after = Pt(2)
    note_ref = styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    note_ref.font.superscript = True
    for style, word_name in ((note_text, "footnote text"), (note_ref, "footnote reference")):
        style.name = word_name  # Word's and LibreOffice's built-in names for these styles

    notes = _Footnotes(note_text, note_ref)
    for section in document.sections:
        section.left_margin = section.right_margin = Inches(PAGE_MARGIN_INCHES)
    document.add_heading(_clean(pack.title), level=0)
    for paragraph in pack.preface:
        document.add_paragraph(_clean(paragraph))
    document.add_heading("Questions and answers", level=1)
    for i, entry in enumerate(pack.entries, start=1):
        document.add_heading(f"{i}. {_clean(entry.question)}", level=2)
        if entry.scope:
            document.add_paragraph().add_run(f"Scope: {entry.scope}.").italic = True
        _runs(document.add_paragraph(), entry.pieces, notes)
    if pack.timeline is not None:
        document.add_heading("Timeline", level=1)
        picture = timeline_picture(pack)
        if picture is not None:
            document.add_picture(io.BytesIO(picture), width=Inches(CHART_INCHES))
            document.inline_shapes[-1]._inline.docPr.set("descr", CHART_ALT)
        if not pack.timeline:
            document.add_paragraph(NO_EVENTS)
        else:
            table = document.add_table(rows=1, cols=len(TIMELINE_HEADERS))
            table.style = styles["Table Grid"]
            for cell, header in zip(table.rows[0].cells, TIMELINE_HEADERS, strict=True):
                cell.paragraphs[0].add_run(header).bold = True
            for event in pack.timeline:
                cells = table.add_row().cells
                values = event_cells(event)
                for cell, value in zip(cells[:-1], values[:-1], strict=True):
                    cell.paragraphs[0].add_run(value)
                _runs(cells[-1].paragraphs[0], [values[-1], *event.citations], notes)
            section = document.sections[-1]
            page = (section.page_width or 0) - (section.left_margin or 0)
            page -= section.right_margin or 0
            rows = [TIMELINE_HEADERS, *(event_cells(e) for e in pack.timeline)]
            _lay_out(table, column_inches(rows, Emu(page).inches))
    notes.attach(document)
    document.save(str(path))


def _lay_out(table: Any, inches: Sequence[float]) -> None:
    """Fixed column widths; rows that never split across a page; the header row repeated
    at the top of every page the table runs onto."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt

    table.autofit = False  # w:tblLayout fixed: Word keeps the widths below
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(TABLE_PT)
    for column, width in zip(table.columns, inches, strict=True):
        column.width = Inches(width)  # the grid, which LibreOffice follows
        for cell in column.cells:  # and each cell, which Word follows
            cell.width = Inches(width)
    for i, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if i == 0:
            tr_pr.append(OxmlElement("w:tblHeader"))
    tbl_w = table._tbl.tblPr.find(qn("w:tblW"))  # python-docx's template writes one
    if tbl_w is not None:
        tbl_w.set(qn("w:type"), "dxa")
        tbl_w.set(qn("w:w"), str(round(sum(inches) * 1440)))


def _runs(paragraph: Any, items: Sequence[Piece], notes: _Footnotes) -> None:
    for item in items:
        if isinstance(item, Citation):
            notes.reference(paragraph, item)
        else:
            paragraph.add_run(_clean_keep(item))


class _Footnotes:
    """Footnotes collected while the body is written, then added as /word/footnotes.xml.

    Ids -1 and 0 are Word's separator and continuation separator (settings.xml names
    them); real notes are numbered from 1 in the order they are referred to.
    """

    def __init__(self, text_style: Any, ref_style: Any) -> None:
        self.notes: list[Citation] = []
        self.text_style = text_style
        self.ref_style = ref_style

    def reference(self, paragraph: Any, c: Citation) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self.notes.append(c)
        run = paragraph.add_run()
        run.style = self.ref_style
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(len(self.notes)))
        run._r.append(ref)

    def attach(self, document: Any) -> None:
        from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        if not self.notes:
            return
        blob = _footnotes_xml(self.notes, self.text_style.style_id, self.ref_style.style_id)
        part = Part(
            PackURI("/word/footnotes.xml"),
            CONTENT_TYPE.WML_FOOTNOTES,
            blob,
            document.part.package,
        )
        document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
        _declare_separators(document.settings.element)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _footnotes_xml(notes: Sequence[Citation], text_style: str, ref_style: str) -> bytes:
    from lxml import etree

    root = etree.Element(_w("footnotes"), nsmap={"w": _W})
    for note_id, kind, mark in (
        (-1, "separator", "separator"),
        (0, "continuationSeparator", "continuationSeparator"),
    ):
        footnote = etree.SubElement(
            root, _w("footnote"), {_w("type"): kind, _w("id"): str(note_id)}
        )
        p = etree.SubElement(footnote, _w("p"))
        spacing = etree.SubElement(etree.SubElement(p, _w("pPr")), _w("spacing"))
        spacing.set(_w("after"), "0")
        spacing.set(_w("line"), "240")
        spacing.set(_w("lineRule"), "auto")
        etree.SubElement(etree.SubElement(p, _w("r")), _w(mark))
    for note_id, c in enumerate(notes, start=1):
        footnote = etree.SubElement(root, _w("footnote"), {_w("id"): str(note_id)})
        p = etree.SubElement(footnote, _w("p"))
        etree.SubElement(etree.SubElement(p, _w("pPr")), _w("pStyle"), {_w("val"): text_style})
        r = etree.SubElement(p, _w("r"))
        etree.SubElement(etree.SubElement(r, _w("rPr")), _w("rStyle"), {_w("val"): ref_style})
        etree.SubElement(r, _w("footnoteRef"))
        for text in (f" “{note_quote(c)}”", f" — {note_source(c)}"):
            t = etree.SubElement(etree.SubElement(p, _w("r")), _w("t"))
            t.set(_XML_SPACE, "preserve")
            t.text = text
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# Elements that follow w:footnotePr in CT_Settings, in schema order.
_AFTER_FOOTNOTE_PR = ("endnotePr", "compat", "docVars", "rsids")


def _declare_separators(settings: Any) -> None:
    from lxml import etree

    if settings.find(_w("footnotePr")) is not None:
        return
    pr = etree.Element(_w("footnotePr"))
    for note_id in ("-1", "0"):
        etree.SubElement(pr, _w("footnote"), {_w("id"): note_id})
    for tag in _AFTER_FOOTNOTE_PR:
        follower = settings.find(_w(tag))
        if follower is not None:
            follower.addprevious(pr)
            return
    settings.append(pr)
