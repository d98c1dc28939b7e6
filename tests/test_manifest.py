"""sources.csv parsing, date normalisation and metadata inference."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.manifest import (
    MANIFEST_NAME,
    date_from_name,
    date_from_text,
    normalise_date,
    read_manifest,
    resolve_meta,
)
from ingest.models import DocMeta

HEADER = "file,title,publisher,kind,published,about\n"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023", "2023"),
        ("2023-03", "2023-03"),
        ("2023-03-01", "2023-03-01"),
        ("  2023-12-31 ", "2023-12-31"),
        ("2024-02-29", "2024-02-29"),
        ("2023-02-29", None),
        ("2023-13", None),
        ("2023-00", None),
        ("2023-04-31", None),
        ("2023-03-00", None),
        ("23-03-01", None),
        ("2023/03/01", None),
        ("01-03-2023", None),
        ("March 2023", None),
        ("2023-3-1", None),
        ("", None),
        ("2023-03-01T10:00", None),
    ],
    ids=lambda v: repr(v) if isinstance(v, str) else None,
)
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


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
    ],
    ids=["long-month", "ordinal-abbrev", "impossible-day", "none"],
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
