"""sources.csv parsing and metadata inference (dates themselves: test_dates.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.manifest import (
    MANIFEST_NAME,
    date_from_name,
    date_from_text,
    infer_source,
    read_manifest,
    resolve_meta,
)
from ingest.models import DocMeta

HEADER = "file,title,publisher,kind,published,about\n"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2023-03-01-hereford-times-report", "2023-03-01"),
        ("2023-03-regional-news", "2023-03"),
        ("2022_10_blog", "2022-10"),
        ("2021.11.17-letter", "2021-11-17"),
        ("2019-minutes", "2019"),
        ("2023-13-01-bad-month", "2023"),
        ("2023-02-30-bad-day", "2023-02"),
        ("report-2023-03-01", ""),
        ("minutes", ""),
        ("12023-01-01", ""),
        ("1850-archive", ""),
    ],
    ids=lambda v: v if isinstance(v, str) and v else None,
)
def test_date_from_name(name, expected):
    assert date_from_name(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published on 30 September 2022 by the council.", "2022-09-30"),
        ("Letter dated 2nd Feb. 2021", "2021-02-02"),
        ("Meeting: 31 June 2023", ""),
        ("No date here at all.", ""),
        (
            "Inspection dates: 4 to 15 March 2024\nFindings.\n" + "More text. " * 400
            + "\nPublished: 24 April 2024\n",
            "2024-04-24",
        ),
        ("Date of publication: Tuesday 3 May 2023\nHeld on 1 May 2023.", "2023-05-03"),
        ("Inspection dates: 4 March 2024 to 15 March 2024\nReport published: 26 April 2024\n",
         "2024-04-26"),
        ("Inspection dates: 4 to 15 March 2024\nPublished reports from 2 May show…", "2024-03-15"),
        ("Review of services\nReport of the commissioner\nMay 2023\nI was appointed on "
         "16 January 2023.", "2023-05"),
        ("CABINET\nTuesday 18 June 2024, 6.00pm, Council Chamber\nMembers recalled the "
         "inspection of 7 November 2022.", "2024-06-18"),
        ("18 June 2024\nThe cabinet met.", "2024-06-18"),
        ("Report\nThe inspection of 7 May 2023 ran on to\n2 March 2024 and found…",
         "2023-05-07"),
        ("Peer challenge\nOn-site: 5 to 8 February 2024. Feedback report issued: 11 March "
         "2024.", "2024-03-11"),
        # a working document's "last updated" at its head, not the dates it lists
        ("# Chronology of inspections\nVersion: 7 (last updated 10 February 2026)\n\n"
         + "Background. " * 60 + "\n- 13-24 February 2012: inspection. Report published "
         "30 March 2012.\n", "2026-02-10"),
        # a month its head says it was published in, not the first date it reports
        ("Annual Self-Assessment 2024/25\nChildren and Families Directorate - published June "
         "2025\nForeword\nOn 21 May 2021 Ofsted judged our services inadequate.", "2025-06"),
    ],
    ids=["long-month", "ordinal-abbrev", "impossible-day", "none", "published-line-at-end",
         "publication-label-with-weekday", "report-published", "a-sentence-not-a-label",
         "dateline-under-the-title", "meeting-dateline-with-time-and-place",
         "date-as-first-line", "date-ending-a-broken-sentence-is-no-dateline",
         "issued-after-a-sentence-on-its-line", "last-updated-at-the-head",
         "published-month-at-the-head"],
)
def test_date_from_text(text, expected):
    assert date_from_text(text) == expected


def _manifest(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / MANIFEST_NAME
    path.write_text(header + body, encoding="utf-8")
    return path


def test_good_manifest_reads_every_row(tmp_path):
    path = _manifest(tmp_path, (
        "a.txt,Alpha,Northfield Gazette,news,2023-03-01,first\n"
        'b.txt,"Beta, with comma",Council,minutes,2024,second\n'
    ))
    manifest = read_manifest(path)
    assert manifest.problems == []
    assert manifest.lookup(tmp_path / "a.txt") == DocMeta(
        "Alpha", "Northfield Gazette", "news", "2023-03-01", "first")
    assert manifest.lookup(Path("elsewhere/b.txt")).title == "Beta, with comma"
    assert manifest.lookup(Path("c.txt")) is None


def test_header_case_and_bom_are_tolerated(tmp_path):
    path = tmp_path / MANIFEST_NAME
    path.write_bytes("\ufeffFile, Title ,Publisher,Kind,Published,About\n"
                     "a.txt,Alpha,P,news,2023-01,x\n".encode())
    manifest = read_manifest(path)
    assert manifest.problems == []
    assert manifest.lookup(Path("a.txt")).title == "Alpha"


@pytest.mark.parametrize(
    ("header", "body", "expected_line", "words"),
    [
        (HEADER, "a.txt,A,P,news,2023-01,x\na.txt,A again,P,news,2023-02,x\n", 3,
         ["duplicate", "a.txt"]),
        (HEADER, "a.txt,A,P,news,2023-01,x\nb.txt,B,P,news,2023-99,x\n", 3,
         ["bad date", "2023-99", "b.txt"]),
        (HEADER, "a.txt,A,P,news,31/01/2023,x\n", 2, ["bad date", "31/01/2023"]),
        (HEADER, "a.txt,A,P,news,2023,x\n,Orphan title,P,news,2023,x\n", 3, ["no file name"]),
        (HEADER, "a.txt,A,P,news,2023-01,x\n\nb.txt,B,P,news,2023-99,x\n", 4,
         ["bad date", "b.txt"]),
        (HEADER, 'a.txt,A,P,news,2023-01,"two\nlines"\nb.txt,B,P,news,2023-99,x\n', 4,
         ["bad date", "b.txt"]),
    ],
    ids=["duplicate", "bad-month", "bad-format", "no-file-name", "after-blank-line",
         "after-multiline-field"],
)
def test_row_problems_name_the_manifest_and_line(tmp_path, header, body, expected_line, words):
    manifest = read_manifest(_manifest(tmp_path, body, header))
    assert len(manifest.problems) == 1, manifest.problems
    problem = manifest.problems[0]
    assert f"{MANIFEST_NAME} line {expected_line}:" in problem, problem
    for word in words:
        assert word in problem
    assert "a.txt" in manifest.rows  # good rows still count


def test_duplicate_keeps_first_row(tmp_path):
    manifest = read_manifest(_manifest(
        tmp_path, "a.txt,First,P,news,2023-01,x\na.txt,Second,P,news,2023-02,x\n"))
    assert manifest.rows["a.txt"].title == "First"


def test_bad_date_row_keeps_other_fields_and_drops_the_date(tmp_path):
    manifest = read_manifest(_manifest(tmp_path, "a.txt,Alpha,P,news,2023-02-30,x\n"))
    assert manifest.rows["a.txt"].title == "Alpha"
    assert manifest.rows["a.txt"].published == ""


@pytest.mark.parametrize(
    ("header", "missing"),
    [
        ("file,title\n", ["publisher", "kind", "published", "about"]),
        ("file,title,publisher,kind,about\n", ["published"]),
    ],
    ids=["only-file-title", "no-published"],
)
def test_missing_columns_are_reported(tmp_path, header, missing):
    body = "a.txt" + ",x" * (header.count(",")) + "\n"
    manifest = read_manifest(_manifest(tmp_path, body, header))
    assert len(manifest.problems) == 1
    problem = manifest.problems[0]
    assert problem.startswith(str(tmp_path / MANIFEST_NAME))
    for column in missing:
        assert column in problem
    assert "a.txt" in manifest.rows


def test_manifest_without_file_column_reads_no_rows(tmp_path):
    manifest = read_manifest(_manifest(tmp_path, "Alpha,P\n", "title,publisher\n"))
    assert manifest.rows == {}
    assert len(manifest.problems) == 1
    assert MANIFEST_NAME in manifest.problems[0]
    assert "file" in manifest.problems[0]


def test_unreadable_manifest_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / MANIFEST_NAME
    path.write_bytes(b"file,title\n\xff\xfe\x00bad")
    manifest = read_manifest(path)
    assert manifest.problems
    assert MANIFEST_NAME in manifest.problems[0]


@pytest.mark.parametrize(
    ("name", "given", "file_title", "file_date", "text", "expected_meta", "inferred"),
    [
        ("2023-05-01-x.txt", DocMeta("Given", "Pub", "news", "2022-01", "a"), "File title",
         "2020-01-01", "", DocMeta("Given", "Pub", "news", "2022-01", "a"), ()),
        ("2023-05-01-x.txt", DocMeta("", "Pub", "news", "2022-01"), "File title", "", "",
         DocMeta("File title", "Pub", "news", "2022-01"), ("title",)),
        ("2023-05-01-x.txt", DocMeta("Given"), "", "", "", DocMeta("Given", published="2023-05-01"),
         ("published",)),
        ("notes.txt", None, "", "", "Issued on 3 March 2021 by the clerk.",
         DocMeta("notes", published="2021-03-03"), ("title", "published")),
        ("ferry_notes.txt", None, "", "2019-06-30T12:00:00", "",
         DocMeta("ferry notes", published="2019-06-30"), ("title", "published")),
        ("ferry-notes.txt", None, "Ferry notes", "", "Nothing dated.",
         DocMeta("Ferry notes"), ("title", "published (unknown)")),
    ],
    ids=["all-given", "title-from-file", "date-from-name", "date-from-text",
         "date-from-file-metadata", "date-unknown"],
)
def test_resolve_meta(name, given, file_title, file_date, text, expected_meta, inferred):
    meta, got = resolve_meta(Path(name), given, file_title, file_date, text)
    assert meta == expected_meta
    assert set(got) == set(inferred)


# -- what a document says of itself, when no manifest says it --------------------------
_BODY = "Children wait too long for assessments. Managers do not check plans often enough.\n"
LETTER = (
    "Monitoring visit to Eastbrook children's services\n\nDear Ms Carter\n\n"
    "This letter summarises the findings of the monitoring visit. His Majesty's Inspectors "
    "for this visit were Ann Lowe and Raj Patel.\n\n" + _BODY * 8
    + "\nYours sincerely\n\nAnn Lowe\nHis Majesty's Inspector\n"
)
REPORT = (
    "Inspection of Eastbrook local authority children's services\n\n"
    "Inspection dates: 3 to 14 June 2024\nLead inspector: Ann Lowe, His Majesty's Inspector\n\n"
    + _BODY * 8
)
NEWS_QUOTING_HMI = (
    "Eastbrook told to improve\n\nBy Sam Reed\nEastbrook Echo, 2 July 2024\n\n"
    "Lead inspector: that was the title of the woman who led the visit.\n\n" + _BODY * 8
    + "\nAnn Lowe\nHis Majesty's Inspector\n"
)
NEWS_MENTIONING_OFSTED = (
    "Ofsted says Eastbrook children's services are failing\n\n"
    "Ofsted inspectors found that children waited too long. His Majesty's Inspector Ann Lowe "
    "said leaders had not acted quickly enough.\n\n" + _BODY * 8
)
COMMISSIONER = (
    "Eastbrook children's services: summary of the commissioner's report\n\n"
    "Commissioner: Dev Sharma\nSubmitted to the minister: 1 May 2024\n\n" + _BODY * 6
)
MINUTES = (
    "Eastbrook Borough Council\n\nMinutes of the meeting of the Cabinet held on 4 June 2024.\n\n"
    "Present: the Leader (Chair) and five members.\n\n" + _BODY * 6
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LETTER, ("letter", "Ofsted")),
        (REPORT, ("inspection", "Ofsted")),
        (NEWS_QUOTING_HMI, ("news", "")),
        (NEWS_MENTIONING_OFSTED, ("", "")),
        (
            "Eastbrook told to improve\n\nEASTBROOK, 2 July 2024 — The council was told to "
            "improve.\n\n" + _BODY * 8,
            ("news", ""),
        ),
        (
            "Eastbrook told to improve\n\nBy Sam Reed, Local Democracy Reporter, Eastbrook "
            "Echo\n2 July 2024\n\n" + _BODY * 8,
            ("news", "Eastbrook Echo"),
        ),
        (
            "Commissioner's report on Eastbrook\n\nFrom: Department for Education\n"
            "Published 3 March 2025\n\n" + _BODY * 8,
            ("", "Department for Education"),
        ),
        (COMMISSIONER, ("commissioner", "")),
        (MINUTES, ("minutes", "Eastbrook Borough Council")),
        ("FENMARSH BOROUGH COUNCIL\nCABINET - TRANSCRIPT\n\n" + _BODY * 8,
         ("", "Fenmarsh Borough Council")),
        ("# Borough of Eastbrook\n\n## Minutes of the meeting of the Cabinet\n\n" + _BODY * 8,
         ("minutes", "Borough of Eastbrook")),
        ("# Eastbrook welcomes progress\n\n**Press release — Eastbrook City Council — 2 July "
         "2024**\n\n" + _BODY * 8, ("", "Eastbrook City Council")),
        ("Review of children's services in Eastbrook Borough Council\n\n" + _BODY * 8,
         ("", "")),
        ("Practice review: Child K\nPublished by the Eastbrook Safeguarding Children "
         "Partnership, 22 September 2022\n\n" + _BODY * 8,
         ("", "Eastbrook Safeguarding Children Partnership")),
        ("Peer challenge: Eastbrook\nLocal Government Association\n\n" + _BODY * 8,
         ("", "Local Government Association")),
        (_BODY * 8 + "\nYours sincerely,\n\nHarriet Coombe\nHMI, Ofsted\n\nLeon Ash\n"
         "Inspector, Care Quality Commission\n", ("letter", "Ofsted")),
        # a letter is sent by the body its sign-off names, not the addressee's council
        ("Helen Marsh\nChief Executive\nEastbrook County Council\n3 May 2024\n\nDear Ms Marsh"
         "\n\n" + _BODY * 8 + "\nYours sincerely\n\nFiona Rennick\nSenior Inspector\n"
         "Care Inspectorate", ("letter", "Care Inspectorate")),
        # "Published by …" closing a statement
        ("Ministerial statement: Eastbrook\n\n" + _BODY * 30 + "\nPublished by the Scottish "
         "Government. Children and Families Directorate.", ("", "Scottish Government")),
        # a letterhead in two languages, and an inspectorate named with its nation
        ("Arolygiaeth Gofal Cymru / Care Inspectorate Wales\nPerformance evaluation "
         "inspection\nEastbrook County Borough Council\n\n" + _BODY * 8,
         ("", "Care Inspectorate Wales")),
        # an e-mail signed "Kind regards" by someone of a government department, its
        # subject naming the council it is sent to
        ("Eastbrook County Council - appointment of a commissioner\n\nDear Martin,\n\n"
         + _BODY * 8 + "\nKind regards,\n\nThomas Ingle\nDeputy Director, Children's Social "
         "Care\nDepartment for Education\n", ("letter", "Department for Education")),
        # a commissioner's report names her as its author
        ("Eastbrook children's services\nReport of the Children's Services Commissioner\n"
         "Helen Carr, Children's Services Commissioner\n15 November 2023\n\n" + _BODY * 8,
         ("commissioner", "Helen Carr, Children's Services Commissioner")),
        # ...in a byline sentence, or a title opening on the role and its council
        ("Review of Children's Social Care in Eastbrook\n\nReport to the Secretary of State"
         "\n\nMargaret Ellery, Children's Commissioner for Eastbrook. 15 October 2021\n\n"
         + _BODY * 8, ("commissioner", "Margaret Ellery, Children's Commissioner for Eastbrook")),
        ("Children's Commissioner for Eastbrook: Twelve-Month Progress Review\n\n" + _BODY * 8,
         ("commissioner", "")),
        # ...not a news story quoting her
        ("Eastbrook told to improve\n\nEleanor Brazil, the children's commissioner, said the "
         "council was too slow.\n\n" + _BODY * 8, ("", "")),
        # an inspection report's fields run together by a PDF's text layer
        ("Ofsted\nEastbrook County Council\nInspection of children's social care services "
         "Inspection dates: 9 September 2024 Lead inspector: Sue Mark, His Majesty's "
         "Inspector\n\n" + _BODY * 8, ("inspection", "Ofsted")),
        # "Minutes of Council" names the meeting, not a council
        ("Minutes of Council, Wednesday 17th July 2024\n\n" + _BODY * 8, ("", "")),
        # people speaking for themselves: a union's branch in capitals, named after what it
        # is of, with its short form; a council of young people in care, with its other name
        ("NATIONAL UNION OF PLAY AND YOUTH WORKERS (NUPYW)\nEastbrook Branch\n\nPRESS "
         "STATEMENT\n\n" + _BODY * 8,
         ("", "National Union of Play and Youth Workers (NUPYW)")),
        ("# Our response to the inspection\n\n**Eastbrook Young People's Council (Children "
         "in Care Council)**\n**Date: 2 July 2024**\n\n" + _BODY * 8,
         ("", "Eastbrook Young People's Council (Children in Care Council)")),
        ("Eastbrook Parent Carer Forum\nNewsletter, July 2024\n\n" + _BODY * 8,
         ("", "Eastbrook Parent Carer Forum")),
        (_BODY * 10, ("", "")),
        ("", ("", "")),
    ],
    ids=["ofsted-letter", "ofsted-report", "news-with-byline", "news-about-ofsted",
         "news-with-dateline", "byline-names-paper", "from-line", "commissioner", "minutes",
         "council-letterhead-in-capitals", "borough-of-letterhead", "press-release-line",
         "a-title-naming-the-council-is-no-letterhead", "published-by-line",
         "another-bodys-letterhead", "joint-letter-signed-hmi-ofsted",
         "letter-signed-by-another-body", "published-by-closing", "bilingual-letterhead",
         "email-signed-by-a-department", "commissioner-author", "commissioner-byline-sentence",
         "commissioner-for-council-title", "news-quoting-the-commissioner", "run-on-cover-fields",
         "minutes-of-council", "union-in-capitals", "young-peoples-council", "parents-forum",
         "plain", "empty"],
)
def test_infer_source_from_how_a_document_presents_itself(text, expected):
    assert infer_source(text) == expected


def test_manifest_kind_or_publisher_wins_over_inference():
    meta, inferred = resolve_meta(
        Path("2024-06-letter.txt"), DocMeta("A letter", kind="news"), "", "", LETTER
    )
    assert (meta.kind, meta.publisher) == ("news", "")
    assert "kind" not in inferred
    assert "publisher" not in inferred
    meta, inferred = resolve_meta(Path("2024-06-letter.txt"), None, "", "", LETTER)
    assert (meta.kind, meta.publisher) == ("letter", "Ofsted")
    assert {"kind", "publisher"} <= set(inferred)


def test_ingest_without_manifest_says_what_it_inferred_and_voices_follow(
    make_components, tmp_path
):
    from index.build import ingest_paths
    from index.retrieve import Scope

    folder = tmp_path / "record"
    folder.mkdir()
    (folder / "2024-07-eastbrook-monitoring-letter.txt").write_text(LETTER, encoding="utf-8")
    (folder / "2024-07-eastbrook-news.txt").write_text(NEWS_MENTIONING_OFSTED, encoding="utf-8")
    components = make_components(tmp_path / "index")
    report = ingest_paths(components.store, components.embedder, [folder], progress=False)
    notes = " ".join(w for f in report.files for w in f.warnings)
    assert "kind “letter”" in notes
    assert "publisher “Ofsted”" in notes
    components.retriever.reload()
    hits = components.retriever.search(
        "children wait too long for assessments", k=10, scope=Scope(voices=("ofsted",))
    )
    # the letter's own findings are Ofsted's now; unnamed, they would be nobody's
    assert "2024-07-eastbrook-monitoring-letter.txt" in {
        h.doc.path.rsplit("/", 1)[-1] for h in hits
    }


def test_a_manifest_given_by_another_name_is_not_ingested_as_a_table(make_components, tmp_path):
    """Spreadsheets (.csv) are read as documents, but the manifest passed with --manifest,
    whatever its name, describes the files and is none of them; another .csv is a table."""
    from index.build import ingest_paths

    folder = tmp_path / "record"
    folder.mkdir()
    (folder / "2024-07-eastbrook-news.txt").write_text(NEWS_MENTIONING_OFSTED, encoding="utf-8")
    manifest = folder / "metadata.csv"
    manifest.write_text(
        "file,title,publisher,kind,published\n"
        "2024-07-eastbrook-news.txt,Eastbrook news,The Courier,news,2024-07-02\n",
        encoding="utf-8",
    )
    (folder / "caseloads.csv").write_text("Team,Caseload\nAssessment,24\n", encoding="utf-8")
    components = make_components(tmp_path / "index")
    report = ingest_paths(
        components.store, components.embedder, [folder], manifest_path=manifest, progress=False
    )
    names = {Path(f.path).name for f in report.files if f.status == "added"}
    assert names == {"2024-07-eastbrook-news.txt", "caseloads.csv"}
