"""Chunking: passages are exact, bounded, ordered, page-aware spans of the document text."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import NORTHMERE, PDF_PAGES, SAMPLE_CORPUS, document_from

from ingest.chunking import MAX_CHARS, chunk_document, paragraph_spans, sentence_spans
from ingest.loaders import LOADERS
from ingest.manifest import MANIFEST_NAME
from ingest.models import DocMeta, Document


def _record_files(folder: Path) -> list[Path]:
    """The files ingest reads from a record's folder (its sources.csv describes them)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.suffix in LOADERS and p.name.lower() not in ("readme.md", MANIFEST_NAME))


FIXTURE_KINDS = ["pdf", "html", "docx", "md", "txt"]
SAMPLE_FILES = _record_files(SAMPLE_CORPUS)
NORTHMERE_FILES = _record_files(NORTHMERE)


@pytest.fixture(
    params=[("fixture", k) for k in FIXTURE_KINDS]
    + [("sample", p) for p in SAMPLE_FILES]
    + [("northmere", p) for p in NORTHMERE_FILES],
    ids=[f"fixture-{k}" for k in FIXTURE_KINDS]
    + [f"sample-{p.stem[:40]}" for p in SAMPLE_FILES]
    + [f"northmere-{p.stem[:40]}" for p in NORTHMERE_FILES],
)
def document(request, fixture_files) -> Document:
    source, item = request.param
    return document_from(fixture_files[item] if source == "fixture" else item)


def test_sample_record_is_covered(sample_corpus):
    assert len(SAMPLE_FILES) == 5, "expected the five texts of the sample record"


def test_passages_are_exact_spans(document):
    passages = chunk_document(document)
    assert passages, "a document with text must give at least one passage"
    for p in passages:
        assert p.text == document.text[p.start:p.end]
        assert p.doc_id == document.doc_id
        assert p.text.strip() == p.text, "passages start and end on text, not space"


def test_a_long_table_row_is_cut_at_a_space_without_keeping_it(tmp_path):
    """A spreadsheet row longer than a passage is cut between words: no passage starts or
    ends on the space it was cut at."""
    row = " | ".join(f"Column {n}: value number {n} of the row" for n in range(1, 80))
    path = tmp_path / "wide.csv"
    header = ",".join(f"Column {n}" for n in range(1, 80))
    path.write_text(f"{header}\n{row.replace(' | ', ',')}\n", encoding="utf-8")
    document = document_from(path)
    passages = chunk_document(document)
    assert len(passages) > 1
    for p in passages:
        assert p.text == document.text[p.start:p.end]
        assert p.text.strip() == p.text, p.text[-20:]


def test_passages_respect_max_chars(document):
    for p in chunk_document(document):
        assert 0 < len(p.text) <= MAX_CHARS, (p.passage_id, len(p.text))


@pytest.mark.parametrize("max_chars", [120, 250], ids=["max120", "max250"])
def test_small_max_chars_is_respected_too(document, max_chars):
    for p in chunk_document(document, target_chars=max_chars // 2, max_chars=max_chars,
                            min_chars=20):
        assert len(p.text) <= max_chars
        assert p.text == document.text[p.start:p.end]


def test_passages_are_ordered_and_disjoint(document):
    passages = chunk_document(document)
    assert [p.ordinal for p in passages] == list(range(len(passages)))
    for before, after in zip(passages, passages[1:], strict=False):
        assert before.end <= after.start, (before.passage_id, after.passage_id)
        # nothing but white space is left out between passages
        assert document.text[before.end:after.start].strip() == ""
    assert document.text[: passages[0].start].strip() == ""
    assert document.text[passages[-1].end:].strip() == ""


def test_sentence_spans_lie_inside_their_passage(document):
    for p in chunk_document(document):
        assert p.sentences, p.passage_id
        previous_end = 0
        for start, end in p.sentences:
            assert 0 <= start < end <= len(p.text)
            assert start >= previous_end, "sentences overlap or are out of order"
            previous_end = end
        assert p.sentences[0][0] == 0
        assert p.sentences[-1][1] == len(p.text)


def test_passage_page_matches_document(document):
    for p in chunk_document(document):
        assert p.page == document.page_at(p.start)


def test_passage_ids_are_stable(document):
    first = chunk_document(document)
    second = chunk_document(document)
    assert [p.passage_id for p in first] == [p.passage_id for p in second]
    assert [(p.start, p.end) for p in first] == [(p.start, p.end) for p in second]
    assert len({p.passage_id for p in first}) == len(first)


def test_pdf_passages_never_straddle_a_page(fixture_files):
    doc = document_from(fixture_files["pdf"])
    passages = chunk_document(doc)
    assert {p.page for p in passages} == {1, 2, 3}
    for p in passages:
        assert doc.page_at(p.start) == doc.page_at(p.end - 1), p
    for number, sentence in enumerate(PDF_PAGES, start=1):
        key = sentence.split()[-3]  # a word from the end of that page's sentence
        holding = [p for p in passages if key in p.text and p.page == number]
        assert holding, f"page {number} sentence not found on page {number}"


def test_pages_split_even_short_text():
    """Three one-line pages are three passages, not merged across the page breaks."""
    text = "Alpha page.\n\nBeta page.\n\nGamma page."
    doc = Document("d", "d.pdf", "0", DocMeta("t"), text, page_starts=(0, 13, 25))
    passages = chunk_document(doc)
    assert [p.page for p in passages] == [1, 2, 3]
    assert [p.text for p in passages] == ["Alpha page.", "Beta page.", "Gamma page."]


def test_one_very_long_sentence_is_cut_within_max_chars():
    words = " ".join(f"word{i}," for i in range(400)) + " end."
    doc = Document("long", "long.txt", "0", DocMeta("t"), words)
    passages = chunk_document(doc)
    assert len(passages) > 1
    assert all(len(p.text) <= MAX_CHARS for p in passages)
    assert "".join(p.text + " " for p in passages).split() == words.split()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One line.\nNext line.", 2),
        ("A line that wraps\nonto the next one.", 1),
        ("Heading\n\nBody text here.", 2),
        ("Ends with a colon:\nitems follow.", 2),
        ("Agency staff should fall from 36% to below\n20% by March 2025.", 1),
        ("A direction under section 497A of the\nEducation Act 1996 was issued.", 1),
        ("Report of the Commissioner\nJuly 2022", 2),
        ("The list of the\n- first item.", 2),
        ("Indicator: Children in care | England: n/a\nIndicator: Re-referrals | England: 21", 2),
    ],
    ids=["two-sentences", "wrapped", "blank-line", "colon", "figure-after-to", "capital-after-the",
         "heading-over-date", "item-after-the", "rows-ending-n/a"],
)
def test_paragraph_spans(text, expected):
    spans = paragraph_spans(text)
    assert len(spans) == expected
    for start, end in spans:
        assert text[start:end].strip() == text[start:end]


def test_sentence_spans_respect_abbreviations():
    text = "Cllr. Hughes spoke first. Then the vote was taken."
    spans = sentence_spans(text, offset=10)
    assert len(spans) == 2
    assert spans[0][0] == 10


def test_a_resolution_and_its_items_are_read_together():
    """A lead-in ("…That Cabinet:") and list items ending ";" keep the passage open, so the
    items of one resolution share a passage; the paragraph after the list starts anew."""
    items = [
        "notes the findings of the inspection and the judgement that services are inadequate;",
        "approves one-off investment of 3.8 million pounds in the coming year for 35 posts;",
        "asks the director to report on progress to every meeting of the committee.",
    ]
    after = (
        "The resolution was carried unanimously, with every member of the Cabinet present "
        "voting in favour, and the Leader thanked the officers who had prepared the report."
    )
    text = "\n\n".join(["RESOLVED: That Cabinet:", *items, after])
    passages = chunk_document(Document("m", "m.html", "0", DocMeta("t"), text))
    assert all(item in passages[0].text for item in items)
    assert after not in passages[0].text


def test_a_text_wrapped_at_a_fixed_width_keeps_its_sentences_whole():
    """A letter saved as plain text, wrapped at a fixed width, breaks lines before capitals
    too ("… Janet Pryor | HMI and Owen Tate HMI."); each paragraph is still one block, while
    a list item after a full line starts its own."""
    import textwrap

    paragraphs = [
        "Thank you for the help and cooperation that you and your staff gave when we visited "
        "Dunmere Children's Services on 14 and 15 March for the second monitoring visit. The "
        "inspectors were Janet Pryor HMI and Owen Tate HMI, with Priya Raman Ofsted Inspector.",
        "Inspectors reviewed the progress made in the areas of the Front Door, Early Help and "
        "Children in Need, since the last inspection of Local Authority Children's Services "
        "in October, when the Service was judged Inadequate overall by His Majesty's Inspectors.",
        "Senior leaders have an accurate understanding of the Service, and Managers in the "
        "Multi Agency Safeguarding Hub now make timely decisions for most Children referred "
        "to them by Police, Schools and Health Partners across the whole of the County.",
    ]
    wrapped = [textwrap.fill(p, width=72) for p in paragraphs]
    breaks = [line.split()[0] for w in wrapped for line in w.split("\n")[1:]]
    assert any(word[0].isupper() for word in breaks)  # the test wraps before a capital
    item = "- " + "the quality of plans for children in need, which remains too variable " * 1
    text = "\n\n".join(wrapped[:2]) + "\n" + item.strip() + "\n\n" + wrapped[2]
    spans = [text[s:e] for s, e in paragraph_spans(text)]
    assert [" ".join(s.split()) for s in spans] == [
        paragraphs[0], paragraphs[1], item.strip(), paragraphs[2]
    ]


def test_a_signature_is_read_as_one_block_and_a_heading_is_not():
    """A name on a line of its own over its post ("Deborah Lyle | Director, …") is one
    block, so the name is quoted with the post; a heading over a table's row is not joined."""
    text = (
        "Yours sincerely,\n\nDeborah Lyle\nDirector, Children's Social Care\n\n"
        "Dr Janet Pryor HMI\nHis Majesty's Inspector\n\nThe Judgements\nArea | Judgement"
    )
    spans = [text[s:e] for s, e in paragraph_spans(text)]
    assert "Deborah Lyle\nDirector, Children's Social Care" in spans
    assert "Dr Janet Pryor HMI\nHis Majesty's Inspector" in spans
    assert "The Judgements" in spans
    assert "Area | Judgement" in spans


def test_a_table_of_many_rows_is_cut_between_rows(tmp_path):
    """A CSV of rows with no full stops is cut into passages between its rows, never inside
    one: each row is a sentence of its own (a hold-out record's plan had a passage start
    "Superintendent Carl Emery…", its row's owner cut in two)."""
    path = tmp_path / "plan.csv"
    lines = ["ref,action,owner,due_date,status"]
    lines += [
        f"{n}.1,Recruit {n} more permanent social workers to the front door team,"
        f"Detective Superintendent Name{n} Surname{n},2024-0{1 + n % 9}-28,Complete"
        for n in range(1, 30)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = document_from(path)
    rows = [line for line in document.text.split("\n") if " | " in line]
    assert len(rows) == 30  # the header and 29 rows
    passages = chunk_document(document)
    assert len(passages) > 1
    for p in passages:
        for s, e in p.sentences:
            assert p.text[s:e] in rows or " | " not in p.text[s:e], p.text[s:e][:60]
        assert all(row in p.text for row in rows if row[:12] in p.text), p.text[:60]
