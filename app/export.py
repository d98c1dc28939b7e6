"""Induction packs: questions, their cited answers and the record's timeline, as Word
(real footnotes) or Markdown ([^n] footnotes). Plain Python; no UI imports.

An answer's [n] markers become notes; each note quotes the cited passage in full and says
where it comes from and whose words it holds. Nothing is re-asked: a pack is built from
Answer objects, so the chat exports the answers it showed.
"""

from __future__ import annotations

import datetime as dt
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
    """Write the pack as .docx or .md, chosen by the file name."""
    suffix = path.suffix.lower()
    if suffix == ".md":
        path.write_text(markdown(pack), encoding="utf-8")
    elif suffix == ".docx":
        save_docx(pack, path)
    else:
        raise ValueError(f"{path.name}: unsupported output type '{path.suffix}' (use .docx or .md)")
    return path


# -- the note a citation becomes ------------------------------------------------------------


def _clean(text: str) -> str:
    return _WS.sub(" ", _NOT_XML.sub(" ", text)).strip()


def voice_label(c: Citation) -> str:
    return c.attribution or LABELS.get(c.voice, c.voice)


def note_quote(c: Citation) -> str:
    """The cited passage, on one line."""
    return _clean(c.text)


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
TIMELINE_INCHES = (0.9, 1.3, 1.1, 0.9, 2.3)  # the summary gets the room
NO_EVENTS = "No dated events were found in the record within this scope."


# -- Markdown ---------------------------------------------------------------------------------


def markdown(pack: Pack) -> str:
    """The pack as Markdown with [^n] footnotes; document text is escaped, not interpreted."""
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
    from docx.shared import Inches, Pt

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
            table.autofit = False
            for column, inches in zip(table.columns, TIMELINE_INCHES, strict=True):
                column.width = Inches(inches)  # the grid, which LibreOffice follows
                for cell in column.cells:  # and each cell, which Word follows
                    cell.width = Inches(inches)
    notes.attach(document)
    document.save(str(path))


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
