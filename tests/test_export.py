"""Induction packs through the real CLI over a real index of the sample record: every note
is referred to and every reference has its note, each note quotes an indexed passage, and
the Word file is one python-docx and an XML parser both accept."""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import run_cli, run_cli_many

from app.answer import Answer, Citation
from app.export import build_pack, markdown, pieces, write
from app.record import Event
from app.scope import make_scope, parse_voices

QUESTIONS = [
    "Why is the service in intervention?",
    "What did Ofsted find in 2018?",
    "What did the commissioner recommend?",
    "How many social worker vacancies were there at the end of 2023?",
]
QUESTIONS_TEXT = (
    "# questions for new starters\n\n"
    + "\n".join(QUESTIONS[:2])
    + "\n\n"
    + ("\n".join(QUESTIONS[2:]) + "\n# the end\n")
)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
AS_OF = "2023-06"


def _norm(text: str) -> str:
    return re.sub(r"[\x00-\x1f\s]+", " ", text).strip()


@pytest.fixture(scope="module")
def packs(cli_sample_index: Path, tmp_path_factory) -> dict:
    """One Markdown pack of everything, one Word pack as of June 2023, made at once."""
    folder = tmp_path_factory.mktemp("packs")
    questions = folder / "questions.txt"
    questions.write_text(QUESTIONS_TEXT, encoding="utf-8")
    md, docx_path = folder / "pack.md", folder / "pack.docx"
    base = ["--index", str(cli_sample_index), "export", str(questions)]
    results = run_cli_many(
        {
            "md": ([*base, "--out", str(md)], None),
            "docx": ([*base, "--out", str(docx_path), "--as-of", AS_OF], None),
        }
    )
    for result in results.values():
        assert result.returncode == 0, result.stdout + result.stderr
    from index.store import IndexStore

    store = IndexStore(cli_sample_index)
    try:
        published = {d.doc_id: d.meta.published for d in store.documents()}
        passages = {_norm(p.text): published[p.doc_id] for p in store.passages()}
    finally:
        store.close()
    return {"md": md, "docx": docx_path, "results": results, "passages": passages}


def _events(result) -> int:
    match = re.search(r"(\d+) timeline events", result.stdout)
    assert match, result.stdout
    return int(match.group(1))


def _quoted(note: str, passages: dict[str, str]) -> str:
    """The indexed passage this note quotes from (the section of it that holds the cited
    sentences), between “ and ”."""
    match = re.search(r"“(.+)” — ", _norm(note))
    assert match, f"note quotes nothing: {note[:300]}"
    found = [p for p in passages if match.group(1) in p]
    assert found, f"note quotes no indexed passage: {note[:300]}"
    return max(found, key=len)


def test_markdown_pack_every_reference_has_its_note(packs):
    text = packs["md"].read_text(encoding="utf-8")
    body, _, notes_part = text.partition("\n## Notes\n")
    refs = re.findall(r"\[\^(\d+)\]", body)
    defs = dict(re.findall(r"^\[\^(\d+)\]: (.+)$", notes_part, flags=re.M))
    assert refs, "no footnote references"
    assert set(refs) == set(defs), (sorted(set(refs) - set(defs)), sorted(set(defs) - set(refs)))
    assert sorted(map(int, defs)) == list(range(1, len(defs) + 1))
    for note in defs.values():
        unescaped = html.unescape(re.sub(r"\\(.)", r"\1", note))
        _quoted(unescaped, packs["passages"])
        assert re.search(r"p\. \d+\. Voice: .+\.$", unescaped), unescaped
    for i, question in enumerate(QUESTIONS, start=1):
        assert f"### {i}. {question}" in body
    assert "questions for new starters" not in text  # comments are not questions


def test_markdown_pack_timeline_rows_are_cited(packs):
    events = _events(packs["results"]["md"])
    text = packs["md"].read_text(encoding="utf-8")
    timeline = text.partition("\n## Timeline\n")[2].partition("\n## Notes\n")[0]
    rows = [line for line in timeline.splitlines() if line.startswith("| ")][1:]
    assert events, "app.record.timeline() returned no events for the sample record"
    assert len(rows) == events
    for row in rows:
        assert re.search(r"\[\^\d+\] \|$", row), row


def test_markdown_pack_shows_the_timeline_chart_beside_it(packs):
    text = packs["md"].read_text(encoding="utf-8")
    timeline = text.partition("\n## Timeline\n")[2]
    first = timeline.strip().splitlines()[0]
    match = re.fullmatch(r"!\[[^\]]+\]\(([^)]+)\)", first)
    assert match, f"the timeline does not open with its chart: {first[:120]}"
    image = packs["md"].parent / match.group(1)
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert f"(chart: {image.name})" in packs["results"]["md"].stdout


def test_docx_pack_shows_the_timeline_chart_under_its_heading(packs):
    import docx

    document = docx.Document(str(packs["docx"]))
    assert len(document.inline_shapes) == 1
    paragraphs = document.paragraphs
    at = [p.text for p in paragraphs].index("Timeline")
    picture = paragraphs[at + 1]._p
    assert picture.findall(f".//{W}drawing"), "no picture right under the Timeline heading"
    blip = document.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip
    assert document.part.related_parts[blip.embed].blob[:4] == b"\x89PNG"


def _docx_parts(path: Path) -> dict:
    from lxml import etree

    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        assert "word/footnotes.xml" in names
        return {
            name: etree.fromstring(z.read(name))  # raises on XML that is not well formed
            for name in (
                "[Content_Types].xml",
                "word/_rels/document.xml.rels",
                "word/document.xml",
                "word/footnotes.xml",
                "word/settings.xml",
                "word/styles.xml",
            )
        }


def test_docx_pack_has_real_footnotes_consistently_numbered(packs):
    parts = _docx_parts(packs["docx"])
    overrides = {
        o.get("PartName"): o.get("ContentType")
        for o in parts["[Content_Types].xml"]
        if o.tag.endswith("Override")
    }
    assert overrides.get("/word/footnotes.xml") == FOOTNOTES_CT
    rels = [r for r in parts["word/_rels/document.xml.rels"] if r.get("Type") == FOOTNOTES_RT]
    assert [r.get("Target") for r in rels] == ["footnotes.xml"]

    footnotes = parts["word/footnotes.xml"].findall(f"{W}footnote")
    by_id = {f.get(f"{W}id"): f for f in footnotes}
    assert len(by_id) == len(footnotes), "footnote ids repeat"
    special = {i: f.get(f"{W}type") for i, f in by_id.items() if f.get(f"{W}type")}
    assert special == {"-1": "separator", "0": "continuationSeparator"}
    declared = [f.get(f"{W}id") for f in parts["word/settings.xml"].iter(f"{W}footnote")]
    assert declared == ["-1", "0"]

    refs = [r.get(f"{W}id") for r in parts["word/document.xml"].iter(f"{W}footnoteReference")]
    notes = {i: f for i, f in by_id.items() if i not in special}
    assert refs, "no footnote references in the body"
    assert len(refs) == len(set(refs)), "a footnote is referred to twice"
    assert set(refs) == set(notes)
    styles = {s.get(f"{W}styleId") for s in parts["word/styles.xml"].iter(f"{W}style")}
    for note in notes.values():
        assert len(note.findall(f".//{W}footnoteRef")) == 1
        assert {s.get(f"{W}val") for s in note.iter(f"{W}pStyle")} <= styles
        text = "".join(t.text or "" for t in note.iter(f"{W}t"))
        passage = _quoted(text, packs["passages"])
        published = packs["passages"][passage]
        assert published, passage[:80]
        assert published[:7] <= AS_OF, (published, passage[:80])


def test_docx_pack_opens_in_python_docx_with_questions_and_timeline(packs):
    import docx

    document = docx.Document(str(packs["docx"]))
    paragraphs = [p.text for p in document.paragraphs]
    for i, question in enumerate(QUESTIONS, start=1):
        assert f"{i}. {question}" in paragraphs
    assert any("published by June 2023" in p for p in paragraphs), paragraphs[:5]
    events = _events(packs["results"]["docx"])
    assert events, "app.record.timeline() returned no events for the sample record"
    assert "Timeline" in paragraphs
    (table,) = document.tables
    assert [c.text for c in table.rows[0].cells] == ["Date", "Body", "Kind", "Judgement", "Summary"]
    assert len(table.rows) == events + 1
    for row in table.rows[1:]:
        summary = row.cells[-1]._tc
        assert summary.findall(f".//{W}footnoteReference"), [c.text for c in row.cells]


@pytest.mark.parametrize(
    ("args", "questions_text", "says"),
    [
        (["MISSING", "--out", "pack.docx"], None, "cannot read the questions file"),
        (["QUESTIONS", "--out", "pack.pdf"], "Why?\n", "unsupported output type '.pdf'"),
        (["QUESTIONS", "--out", "pack.md", "--as-of", "2023-13"], "Why?\n", "is not a date"),
        (["QUESTIONS", "--out", "pack.md", "--voice", "mayor"], "Why?\n", "unknown voice mayor"),
        (["QUESTIONS", "--out", "pack.md"], "# only a comment\n\n", "no questions"),
    ],
    ids=["missing-file", "pdf-out", "bad-date", "bad-voice", "no-questions"],
)
def test_export_bad_input_is_one_clear_line(tmp_path, args, questions_text, says):
    questions = tmp_path / "questions.txt"
    if questions_text is not None:
        questions.write_text(questions_text, encoding="utf-8")
    names = {"MISSING": str(tmp_path / "missing.txt"), "QUESTIONS": str(questions)}
    args = [names.get(a, str(tmp_path / a) if a.startswith("pack.") else a) for a in args]
    result = run_cli("--index", str(tmp_path / "index"), "export", *args)
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert says in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("pack.*"))


def test_parse_voices():
    assert parse_voices(None) is None
    assert parse_voices("") is None
    assert parse_voices(" Ofsted, commissioner ") == {"ofsted", "commissioner"}
    assert parse_voices(["council"]) == {"council"}
    with pytest.raises(ValueError, match="unknown voice"):
        parse_voices("ofsted,press")


def _citation(n: int, text: str) -> Citation:
    return Citation(n, "doc-1", "A [report]", "Ofsted", "2023-08-02", 2, text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. [1] Two. [2]", ["One.", 1, " Two.", 2]),
        ("One [1] and again [1].", ["One", 1, " and again", 1, "."]),
        ("No markers.", ["No markers."]),
    ],
    ids=["two", "repeat", "none"],
)
def test_pieces_put_citations_where_the_markers_were(text, expected):
    answer = Answer("Q?", text, [_citation(1, "One."), _citation(2, "Two.")])
    got = [p.n if isinstance(p, Citation) else p for p in pieces(answer)]
    assert got == expected


def test_a_marker_without_its_citation_is_an_error():
    with pytest.raises(ValueError, match=r"\[3\]"):
        pieces(Answer("Q?", "One. [3]", [_citation(1, "One.")]))


def test_chat_packs_show_each_question_with_its_own_scope():
    answers = [
        Answer("First?", "One *bold*. [1]", [_citation(1, "One *bold*.")]),
        Answer("Second?", "Two. [1]", [_citation(1, "Two.")]),
    ]
    scopes = [None, make_scope("ofsted", "2023-06")]
    text = markdown(build_pack(answers, scopes=scopes))
    assert "Scope: as shown under each question." in text
    assert "_Scope: all voices; all material in the index._" in text
    assert "_Scope: Ofsted only; material published by June 2023._" in text
    assert "One \\*bold\\*.[^1]" in text  # document text is escaped, not formatted
    assert "[^1]: “One \\*bold\\*.” — A \\[report\\] — Ofsted, 2 August 2023, p. 2." in text
    assert "## Timeline" not in text


# -- Word layout: whole words, unsplit rows, repeated header; notes that stop at a heading --


def _helvetica_bold_inches(text: str, pt: float) -> float:
    """Width on one line in Helvetica Bold (fpdf2's built-in metrics): wider than the
    template's Cambria and Calibri, so a column that fits it fits the real document."""
    from fpdf import FPDF

    pdf = FPDF(unit="in")
    pdf.set_font("helvetica", "B", pt)
    # characters the core font lacks (a dash for no judgement) measured as a wide letter
    return pdf.get_string_width("".join(c if ord(c) < 256 else "M" for c in text))


def _event(date: str, body: str, kind: str, judgement: str | None, summary: str) -> Event:
    return Event(date, "day", body, kind, judgement, summary, [_citation(1, summary)])


CRAMPED_EVENTS = [
    _event("2023-12-05", "commissioner", "commissioner report", None, "Progress is slow. " * 12),
    _event("2018-09-24", "ofsted", "inspection", "inadequate", "Services were inadequate."),
    _event("2022-12-14", "government", "statutory direction", None, "A direction was issued."),
    _event("2023-07-31", "ofsted", "monitoring visit",
           "requires improvement to be good", "Inspectors visited again."),
]


def _table_layout(path: Path) -> tuple[list[list[str]], list[int], list, int, float]:
    """Cell texts, grid widths (twips), rows, the page's text width (twips) and the
    largest text size in the table (points)."""
    parts = _docx_parts(path)
    body = parts["word/document.xml"]
    (table,) = body.iter(f"{W}tbl")
    assert table.find(f"{W}tblPr/{W}tblLayout").get(f"{W}type") == "fixed"
    grid = [int(c.get(f"{W}w")) for c in table.iter(f"{W}gridCol")]
    rows = table.findall(f"{W}tr")
    cells = [["".join(t.text or "" for t in tc.iter(f"{W}t")) for tc in tr.findall(f"{W}tc")]
             for tr in rows]
    for tr in rows:  # each cell's own width (Word's) agrees with the grid (LibreOffice's)
        assert [int(tc.find(f"{W}tcPr/{W}tcW").get(f"{W}w")) for tc in tr.findall(f"{W}tc")] \
            == grid
    sect = body.find(f".//{W}sectPr")
    size, margins = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    page = int(size.get(f"{W}w")) - int(margins.get(f"{W}left")) - int(margins.get(f"{W}right"))
    sizes = {r.find(f"{W}rPr/{W}sz").get(f"{W}val") for r in table.iter(f"{W}r")
             if r.find(f"{W}t") is not None}
    assert None not in sizes, "a run of the table has no size: it would take the body's"
    return cells, grid, rows, page, max(int(v) for v in sizes) / 2


def _assert_whole_words_unsplit_rows(path: Path) -> list[list[str]]:
    cells, grid, rows, page, pt = _table_layout(path)
    assert sum(grid) <= page + 1, (grid, page)  # the table stays inside the margins
    margins = 0.16  # Word's default cell margins, 0.08" a side
    for col, width in enumerate(grid[:-1]):
        words = [w for row in cells for w in row[col].split()]
        longest = max(words, key=lambda w: _helvetica_bold_inches(w, pt))
        assert width / 1440 - margins >= _helvetica_bold_inches(longest, pt), (col, longest)
    assert grid[-1] / 1440 >= 2.0, grid  # the summary keeps room to be read
    for i, tr in enumerate(rows):
        tr_pr = tr.find(f"{W}trPr")
        assert tr_pr is not None, i
        assert tr_pr.find(f"{W}cantSplit") is not None, i
        assert (tr_pr.find(f"{W}tblHeader") is not None) == (i == 0), i
    return cells


def test_docx_timeline_keeps_words_whole_and_rows_together(tmp_path):
    path = tmp_path / "cramped.docx"
    write(build_pack([], CRAMPED_EVENTS), path)
    cells = _assert_whole_words_unsplit_rows(path)
    assert cells[0][3] == "Judgement"
    assert [row[0] for row in cells[1:]] == [
        "5 December 2023", "24 September 2018", "14 December 2022", "31 July 2023"]


def test_docx_pack_of_the_sample_record_keeps_words_whole(packs):
    cells = _assert_whole_words_unsplit_rows(packs["docx"])
    assert len(cells) == _events(packs["results"]["docx"]) + 1


def _passage(*paragraphs: str) -> str:
    return "\n".join(paragraphs)


SECTIONS = _passage(
    "Ofsted 2018 – overall requires improvement",
    "Inspectors judged the service to require improvement. Leaders knew their weaknesses.",
    "Pace of change",
    "The commissioner said progress had been too slow.",
)


@pytest.mark.parametrize(
    ("marked", "quoted", "left_out"),
    [
        ("Inspectors judged", "Inspectors judged the service to require improvement. Leaders "
         "knew their weaknesses.", ["Pace of change", "commissioner", "Ofsted 2018"]),
        ("The commissioner", "The commissioner said progress had been too slow.",
         ["Inspectors", "Pace of change"]),
        (None, "Inspectors judged the service to require improvement. Leaders knew their "
         "weaknesses.", ["Pace of change", "commissioner"]),
    ],
    ids=["first-section", "second-section", "nothing-marked"],
)
def test_a_note_never_runs_past_a_heading(tmp_path, marked, quoted, left_out):
    from lxml import etree

    highlights = ()
    if marked:
        start = SECTIONS.index(marked)
        highlights = ((start, SECTIONS.index(".", start) + 1),)
    citation = replace(_citation(1, SECTIONS), highlights=highlights)
    answer = Answer("Q?", "An answer. [1]", [citation])
    path = write(build_pack([answer]), tmp_path / "notes.docx")
    with zipfile.ZipFile(path) as z:
        notes = etree.fromstring(z.read("word/footnotes.xml"))
    (note,) = [f for f in notes.findall(f"{W}footnote") if f.get(f"{W}id") == "1"]
    text = "".join(t.text or "" for t in note.iter(f"{W}t"))
    assert f"“{quoted}”" in text
    for words in left_out:
        assert words not in text
    md = write(build_pack([answer]), tmp_path / "notes.md").read_text(encoding="utf-8")
    assert f"[^1]: “{quoted}”" in md
