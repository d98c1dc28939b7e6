"""Dates of any precision: PartialDate read from ISO text, its bounds, its words, and the
comparisons every module makes through it (compatible dates, on or before a limit)."""

from __future__ import annotations

import datetime as dt

import pytest

from index.retrieve import Scope
from ingest.dates import (
    MONTHS,
    PartialDate,
    date_bounds,
    dates_compatible,
    document_date,
    find_dates,
    human_date,
    on_or_before,
    spoken_date,
    typed_date,
)
from ingest.models import DocMeta, Document

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023", (2023, None, None)),
        ("2023-03", (2023, 3, None)),
        ("2023-03-01", (2023, 3, 1)),
        ("  2023-12-31 ", (2023, 12, 31)),
        ("2024-02-29", (2024, 2, 29)),
        (None, None),
        ("", None),
        ("   ", None),
        ("2023-02-29", None),
        ("2023-13", None),
        ("2023-00", None),
        ("2023-04-31", None),
        ("2023-03-00", None),
        ("0000", None),
        ("23-03-01", None),
        ("2023/03/01", None),
        ("01-03-2023", None),
        ("March 2023", None),
        ("2023-3-1", None),
        ("2023-03-01T10:00", None),
        ("spring", None),
    ],
    ids=lambda v: repr(v) if isinstance(v, str) or v is None else None,
)
def test_parse(text, expected):
    date = PartialDate.parse(text)
    assert (date and (date.year, date.month, date.day)) == expected


@pytest.mark.parametrize(
    ("text", "precision"),
    [("2019", "year"), ("2019-05", "month"), ("2019-05-21", "day")],
    ids=["year", "month", "day"],
)
def test_iso_and_precision_round_trip(text, precision):
    date = PartialDate.parse(text)
    assert date is not None
    assert (date.iso, date.precision) == (text, precision)


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (2023, None, 5),
        (2023, 13, None),
        (2023, 0, None),
        (2023, 2, 29),
        (2023, 4, 0),
        (0, None, None),
    ],
    ids=["day-without-month", "month-13", "month-0", "not-a-leap-year", "day-0", "year-0"],
)
def test_no_partial_date_the_calendar_lacks(year, month, day):
    with pytest.raises(ValueError, match="year|month|day"):
        PartialDate(year, month, day)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2019", D(2019, 1, 1), D(2019, 12, 31)),
        ("2019-05", D(2019, 5, 1), D(2019, 5, 31)),
        ("2023-04", D(2023, 4, 1), D(2023, 4, 30)),
        ("2023-02", D(2023, 2, 1), D(2023, 2, 28)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("2019-05-21", D(2019, 5, 21), D(2019, 5, 21)),
    ],
    ids=["year", "31-day-month", "30-day-month", "february", "leap-february", "day"],
)
def test_bounds(text, earliest, latest):
    date = PartialDate.parse(text)
    assert date is not None
    assert date.bounds() == (earliest, latest)
    assert date_bounds(text) == (earliest, latest)


def test_no_bounds_without_a_date():
    assert date_bounds("") is None
    assert date_bounds("spring") is None


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("2019-05-21", "21 May 2019"),
        ("2023-08-02", "2 August 2023"),
        ("2019-05", "May 2019"),
        ("2023-09", "September 2023"),
        ("2019", "2019"),
    ],
    ids=["day", "day-without-zero", "month", "september", "year"],
)
def test_spoken(text, spoken):
    date = PartialDate.parse(text)
    assert date is not None
    assert date.spoken() == spoken
    assert spoken_date(text) == spoken
    assert human_date(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken", "human"),
    [("", "", "date unknown"), ("spring", "spring", "spring"), ("2023-13", "2023-13", "2023-13")],
    ids=["empty", "words", "no-such-month"],
)
def test_text_that_is_no_date_is_said_as_it_is(text, spoken, human):
    assert (spoken_date(text), human_date(text)) == (spoken, human)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2023-06", "2023-06-30", True),
        ("2023-06-30", "2023-06", True),
        ("2023", "2023-11-02", True),
        ("2023", "2023", True),
        ("2023-06", "2023-07", False),
        ("2023-06-01", "2023-06-02", False),
        ("2022", "2023", False),
        ("2022-06", "2023-06-30", False),
        ("", "2023", False),
        ("2023", "", False),
        ("spring", "2023", False),
    ],
    ids=[
        "month-day",
        "day-month",
        "year-day",
        "same-year",
        "other-month",
        "other-day",
        "other-year",
        "month-in-other-year",
        "no-expected",
        "no-found",
        "not-a-date",
    ],
)
def test_compatible(a, b, expected):
    assert dates_compatible(a, b) is expected
    date_a, date_b = PartialDate.parse(a), PartialDate.parse(b)
    if date_a and date_b:
        assert date_a.compatible(date_b) is expected
        assert date_b.compatible(date_a) is expected


@pytest.mark.parametrize(
    ("iso", "until", "expected"),
    [
        ("2022-10", "2023-01", True),
        ("2023-03-01", "2023-03", True),
        ("2023-03", "2023-03-01", True),
        ("2023-04-30", "2023-04", True),
        ("2023-08-02", "2023-03", False),
        ("2023", "2022-12", False),
        ("2022", "2023", True),
        ("2023-05-01", "2023-04", False),
        ("", "2023", False),
        ("2023", None, True),
        ("", None, True),
    ],
    ids=[
        "earlier",
        "same-month",
        "month-vs-day",
        "last-day-of-month",
        "later",
        "later-year",
        "earlier-year",
        "first-day-after",
        "undated",
        "no-limit",
        "undated-no-limit",
    ],
)
def test_on_or_before(iso, until, expected):
    assert on_or_before(iso, until) is expected


@pytest.mark.parametrize(
    ("published", "until", "since", "admitted"),
    [
        ("2023-03-01", "2023-03", None, True),
        ("2023-04-01", "2023-03", None, False),
        ("2023", "2023-03", None, True),
        ("2023-03", None, "2023-03-31", True),
        ("2023-02", None, "2023-03", False),
        ("2022-12-31", None, "2023", False),
        ("2023-06", "2023-12", "2023-01", True),
        ("", "2023", None, True),
        ("2023-06", "not a date", None, True),
    ],
    ids=[
        "by-month",
        "after-month",
        "year-may-be-by",
        "month-may-be-from",
        "before-since",
        "day-before-year",
        "between",
        "undated",
        "limit-that-is-no-date",
    ],
)
def test_scope_admits_by_date(published, until, since, admitted):
    doc = Document("d", "d.txt", "0", DocMeta("Title", published=published), "text")
    assert Scope(until=until, since=since).admits_document(doc) is admitted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        (None, None),
        ("2023", "2023"),
        ("2023-8", "2023-08"),
        (" 2023-08-02 ", "2023-08-02"),
        ("2023-8-2", "2023-08-02"),
    ],
    ids=["empty", "none", "year", "month-without-zero", "day", "day-without-zeros"],
)
def test_typed_date(text, expected):
    date = typed_date(text)
    assert (date.iso if date else None) == expected


@pytest.mark.parametrize(
    "text", ["2023-02-30", "23", "August 2023", "2023/08", "2023-13", "2023-0"]
)
def test_typed_date_refuses_what_is_not_a_date(text):
    with pytest.raises(ValueError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        typed_date(text)


@pytest.mark.parametrize(
    ("published", "title", "expected"),
    [
        ("2024-02", "Cabinet minutes: 14 Feb 2024", "2024-02-14"),
        ("2024", "Cabinet minutes: 14 February 2024", "2024-02-14"),
        ("2024-02", "Cabinet minutes: 14 March 2024", "2024-02"),
        ("2024-02-14", "Cabinet minutes: February 2024", "2024-02-14"),
        ("2024-02", "What happened today", "2024-02"),
        ("", "Minutes of 3 May 2022", "2022-05-03"),
    ],
    ids=["finer-title", "finer-title-year", "other-month", "coarser-title", "relative", "undated"],
)
def test_document_date(published, title, expected):
    assert document_date(DocMeta(title, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("on 31 April 2019", "2019-04", "month"),
        ("on 30 April 2019", "2019-04-30", "day"),
        ("on 29 Feb 2024", "2024-02-29", "day"),
        ("on 29 Sept. 2023", "2023-09-29", "day"),
        ("dated 2023-13-01 or so", "2023", "year"),
    ],
    ids=["day-april-lacks", "last-day-of-april", "leap-day", "sept", "no-such-month"],
)
def test_dates_in_prose_are_real_dates(text, iso, precision):
    found = find_dates(text)
    assert found, text
    assert (found[0].iso, found[0].precision) == (iso, precision)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Period end: 30/06/2025 | Referrals: 941", ["2025-06-30"]),
        ("Date agreed: 1/2/2024", ["2024-02-01"]),
        ("31/02/2024", ["2024-02"]),
        ("in 3/4 of cases", []),
        ("in 2023/24", ["2023"]),
    ],
    ids=["scorecard-cell", "no-leading-zeros", "day-the-month-lacks", "fraction", "financial-year"],
)
def test_a_date_written_in_figures_is_day_first(text, found):
    """ "30/06/2025" is the day a UK scorecard or web page means; a fraction or a
    financial year is none."""
    assert [d.iso for d in find_dates(text)] == found


def test_a_quarter_said_year_first_is_that_quarter():
    """A scorecard's "2025/26 Q1" is April to June 2025, as "Q1 2025/26" is: its row is of
    that quarter, not of December 2025 (the marlowfield hold-out's dev follow-up, fk15,
    "and for the quarter to the end of December 2025?", had been answered with it)."""
    from ingest.dates import seasons

    assert [s.days for s in seasons("Quarter: 2025/26 Q1 | Children in care: 445")] == [
        ("2025-04-01", "2025-06-30")
    ]
    assert [s.days for s in seasons("Q1 2025/26")] == [("2025-04-01", "2025-06-30")]
    assert seasons("2025/27 Q1") == []


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("january", 1),
        ("jan", 1),
        ("may", 5),
        ("sep", 9),
        ("sept", 9),
        ("september", 9),
        ("dec", 12),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_month_names(name, number):
    assert MONTHS[name] == number


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("under section 497A(4B) of the Education Act 1996.", []),
        ("the Children and Social Work Act 2017 and, in 2024, the review", ["2024"]),
        ("In 2019 the act was passed.", ["2019"]),
        ("DIRECTION UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996", []),
        # the law named by its year
        ("duties under the Well-being (Wales) Act 2014 (the 2014 Act) in May 2023", ["2023-05"]),
        ("The 1989 Act's duties were met in 2021.", ["2021"]),
    ],
)
def test_the_year_of_a_law_is_no_date(text, years):
    assert [d.iso for d in find_dates(text)] == years


@pytest.mark.parametrize(
    ("text", "anchor", "iso"),
    [
        # a month named without a year is the latest such month on or before the document…
        ("The board met in March.", "2024-12-13", "2024-03"),
        # …unless it is said forward: "next year", "next April"; or "this year"
        ("The service will open from April next year.", "2024-12-13", "2025-04"),
        ("The homes will open next April.", "2024-12-13", "2025-04"),
        ("The homes will open next April.", "2024-02-13", "2024-04"),
        ("The review reported in March this year.", "2024-12-13", "2024-03"),
    ],
)
def test_a_month_without_a_year_is_placed_by_what_is_said(text, anchor, iso):
    assert [d.iso for d in find_dates(text, anchor)] == [iso]
