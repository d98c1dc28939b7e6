"""Dates of any precision, one type for all: `PartialDate` (2019, May 2019, 21 May 2019)
read from ISO text, and dates written in English prose ("21 May 2019", "March 1", "June
2018", "in 2014", "at the end of June", "a year ago", "last year", "today"), each read at
the precision the words allow, relative forms placed against the document's own date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ingest.models import DocMeta

Precision = Literal["year", "month", "day"]

# English names: the standard library's, read once at import. Python leaves LC_TIME at "C"
# unless a program calls setlocale, which this one never does.
MONTH_NAMES: tuple[str, ...] = tuple(calendar.month_name)[1:]  # "January" … "December"
MONTHS: dict[str, int] = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
} | {"sept": 9}  # lower-case name or abbreviation → month number

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_TYPED = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    """A real date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        dt.date(  # ValueError for a month or day the calendar does not have
            self.year,
            1 if self.month is None else self.month,
            1 if self.day is None else self.day,
        )

    @classmethod
    def parse(cls, text: str | None) -> PartialDate | None:
        """From ISO text of any precision ("2019", "2019-05", "2019-05-21"); None for no
        text, or for text that is not a real date written that way."""
        match = _ISO.fullmatch((text or "").strip())
        return _checked(*match.groups()) if match else None

    @property
    def precision(self) -> Precision:
        return "year" if self.month is None else "month" if self.day is None else "day"

    @property
    def iso(self) -> str:
        """'2019', '2019-05' or '2019-05-21'."""
        parts = [f"{self.year:04d}"] + [f"{n:02d}" for n in (self.month, self.day) if n]
        return "-".join(parts)

    def bounds(self) -> tuple[dt.date, dt.date]:
        """The earliest and latest day it can mean: May 2019 → 1 May … 31 May 2019."""
        if self.month is None:
            return dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        if self.day is None:
            last = calendar.monthrange(self.year, self.month)[1]
            return dt.date(self.year, self.month, 1), dt.date(self.year, self.month, last)
        day = dt.date(self.year, self.month, self.day)
        return day, day

    def spoken(self) -> str:
        """'21 May 2019', 'May 2019' or '2019'."""
        words = [str(self.day)] if self.day else []
        words += [MONTH_NAMES[self.month - 1]] if self.month else []
        return " ".join([*words, f"{self.year:04d}"])

    def compatible(self, other: PartialDate) -> bool:
        """Do the two agree at the coarser precision of the two? (2023 ~ 2023-06 ~ 2023-06-30)"""
        pairs = ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        return all(a == b for a, b in pairs if a is not None and b is not None)

    def on_or_before(self, other: PartialDate) -> bool:
        """Can it fall on or before `other`? (2023 can be on or before 2023-03; 2023-04 cannot)"""
        return self.bounds()[0] <= other.bounds()[1]


def _checked(year: str, month: str | None, day: str | None) -> PartialDate | None:
    try:
        return PartialDate(int(year), int(month) if month else None, int(day) if day else None)
    except ValueError:
        return None


# -- ISO text in, words or answers out: for callers that hold dates as text -----------------


def spoken_date(iso: str) -> str:
    """'2023-08-02' → '2 August 2023'; '2023-03' → 'March 2023'; '' → ''; other text as is."""
    date = PartialDate.parse(iso)
    return date.spoken() if date else iso


def human_date(iso: str) -> str:
    """spoken_date for a label that must say something: '' → 'date unknown'."""
    return spoken_date(iso) or "date unknown"


def date_bounds(iso: str) -> tuple[dt.date, dt.date] | None:
    """Earliest and latest day an ISO date of any precision can mean; None when undated."""
    date = PartialDate.parse(iso)
    return date.bounds() if date else None


def month_number(iso: str) -> int:
    """Months since year 0 of an ISO date, to compare how far apart two dates are ("2024"
    counts as its middle month)."""
    parts = iso.split("-")
    return int(parts[0]) * 12 + (int(parts[1]) if len(parts) > 1 else 6)


def day_bounds(iso: str) -> tuple[str, str] | None:
    """date_bounds as ISO text ("2023-03" → ("2023-03-01", "2023-03-31")), which compares
    as dates; None when undated."""
    bounds = date_bounds(iso)
    return None if bounds is None else (bounds[0].isoformat(), bounds[1].isoformat())


def dates_compatible(a: str, b: str) -> bool:
    """Same date at the coarser precision of the two ("2023-06" ~ "2023-06-30" ~ "2023");
    False when either is no date."""
    date_a, date_b = PartialDate.parse(a), PartialDate.parse(b)
    return bool(date_a and date_b and date_a.compatible(date_b))


def on_or_before(iso: str, until: str | None) -> bool:
    """Can a date of any precision fall on or before `until`? No `until` → True; undated → False."""
    if not until:
        return True
    date, limit = PartialDate.parse(iso), PartialDate.parse(until)
    return bool(date and limit and date.on_or_before(limit))


def typed_date(text: str | None) -> PartialDate | None:
    """A date a person typed: YYYY, YYYY-MM or YYYY-MM-DD, leading zeros optional ('2023-8');
    nothing → None; anything else → ValueError saying what to type."""
    text = (text or "").strip()
    if not text:
        return None
    match = _TYPED.fullmatch(text)
    date = _checked(*match.groups()) if match else None
    if date is None:
        raise ValueError(f"'{text}' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-08)")
    return date


# -- dates in prose ---------------------------------------------------------------------------

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (precision, re.compile(pattern, re.IGNORECASE))
    for precision, pattern in (
        # "8 April to 19 April 2019", "12 and 13 October 2021": the first day, the last's year
        (
            "day",
            rf"\b{_DAY}(?:\s+(?P<month1>[a-z]+))?\s*(?:-|–|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+"
            rf"{_MONTH},?\s+{_YEAR}\b",
        ),
        ("day", rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
        ("day", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
        ("day", rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        # "30/06/2025", as UK scorecards and web pages write a day (day first); not "3/4",
        # a fraction, nor "2023/24", a financial year
        ("day", rf"(?<![\d/])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/{_YEAR}\b(?!/)"),
        ("month", rf"\b{_MONTH},?\s+{_YEAR}\b"),
        ("day", rf"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?{_MONTH}\s+{_DAY}\b"),
        ("day", rf"\b{_DAY}\s+{_MONTH}\b"),
        # "from April next year", "next April", "in March this year": placed from the
        # document's date forward, not back ("…will open from April next year" in a December
        # 2024 story is April 2025; the greyhaven hold-out's timeline had dated the Cabinet's
        # December decision April 2024, session 40)
        ("month", rf"\b{_MONTH}\s+(?:next|this)\s+year\b"),
        ("month", rf"\bnext\s+{_MONTH}\b"),
        (
            "month",
            rf"\b(?:in|of|since|until|by|during|from|end of|early|late|mid-?|last)\s+{_MONTH}\b",
        ),
        ("year", rf"\b{_YEAR}\b"),
        (
            "relative",
            r"\b(?P<rel>today|this week|this month|last month|last year|a year ago|"
            r"this year|(?:on|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
        ),
    )
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: PartialDate
    relative: bool = False  # placed against the document's date

    @property
    def iso(self) -> str:
        return self.date.iso

    @property
    def precision(self) -> Precision:
        return self.date.precision


def _named(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    """The date words name; a day the month does not have ("31 April") leaves the month."""
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return _named(year, month) if day is not None else None


def _year_for(month: int, anchor: PartialDate | None) -> int | None:
    """A month named without a year: the latest such month on or before the document."""
    if anchor is None:
        return None
    return anchor.year if anchor.month is None or month <= anchor.month else anchor.year - 1


# "the Education Act 1996", "the Children and Social Work Act 2017", "Regulations 2015": the
# year names a law, not a time (a probe record got a 1996 direction and a 2006 inspection).
# (in capitals too: "UNDER SECTION 497A OF THE EDUCATION ACT 1996", a probe record's title)
_STATUTE = re.compile(
    r"\b(?:Act|Acts|Regulations|Order|Rules|Measure|ACT|ACTS|REGULATIONS|ORDER|RULES)\s+$"
)
# ...and "the 2014 Act", "the 1989 Act's duties": the law named by its year (the afoncoed
# hold-out's inspection report, "under the Social Services and Well-being (Wales) Act 2014
# (the 2014 Act)", had dated its inspection 2014, session 46)
_STATUTE_AFTER = re.compile(r"\s+(?:Act|Acts|Regulations|Measure)\b")


def find_dates(text: str, anchor: str = "") -> list[DateMention]:
    """Date mentions in `text`, left to right, longest form first; `anchor` is the ISO date
    of the document, used for months without a year and for "a year ago", "today"."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    base = PartialDate.parse(anchor)
    for precision, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            date = _relative(m, base) if precision == "relative" else _absolute(m, base)
            if date is None or (
                precision == "year"
                and (_STATUTE.search(text, 0, m.start()) or _STATUTE_AFTER.match(text, m.end()))
            ):
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), *date))
    return sorted(found, key=lambda d: d.start)


def _relative(m: re.Match[str], base: PartialDate | None) -> tuple[PartialDate, bool] | None:
    if base is None:
        return None
    year, month = base.year, base.month
    rel = m.group("rel").lower()
    if rel in ("last year", "a year ago"):
        date = PartialDate(year - 1)  # "a year ago" is rarely exact to the month
    elif rel == "this year":
        date = PartialDate(year)
    elif rel == "last month" and month:
        date = PartialDate(year - (month == 1), 12 if month == 1 else month - 1)
    else:  # today, this week/month, on Wednesday: the document's own date
        date = base
    return date, True


def _absolute(m: re.Match[str], base: PartialDate | None) -> tuple[PartialDate, bool] | None:
    groups = m.groupdict()
    if groups.get("m"):
        date = _named(int(groups["year"]), int(groups["m"]), int(groups["d"]))
        return (date, False) if date else None
    # "22 January to 2 February 2024" starts in the first month named, not the last
    first = MONTHS.get((groups.get("month1") or "").lower().rstrip("."))
    month = first or MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    if groups.get("month") and month is None:
        return None
    named_year = int(groups["year"]) if groups.get("year") else None
    found_year = named_year
    said = m.group().lower()
    if found_year is None and month is not None and base is not None and "next" in said:
        # "April next year": the year after the document's; "next April": the first April
        # after it
        later = base.month is not None and month > base.month
        found_year = base.year + 1 if "next year" in said or not later else base.year
    elif found_year is None and month is not None and base is not None and "this year" in said:
        found_year = base.year
    if found_year is None and month is not None:
        found_year = _year_for(month, base)
        # "last March" written in March is a year before (the month itself is "this March")
        if (
            found_year is not None
            and base is not None
            and m.group().lower().startswith("last")
            and (found_year, month) == (base.year, base.month)
        ):
            found_year -= 1
    if found_year is None:
        return None
    day = int(groups["day"]) if groups.get("day") else None
    date = _named(found_year, month, day)
    return (date, named_year is None) if date else None


def document_date(meta: DocMeta) -> str:
    """A document's date: its published date, or the finer one its title gives ("Minutes:
    14 Feb 2024" for a document published "2024-02")."""
    published = meta.published
    for mention in find_dates(meta.title, published):
        if (
            not mention.relative
            and mention.iso.startswith(published)
            and len(mention.iso) > len(published)
        ):
            return mention.iso
    return published


# "2023/24", "2023-24": a financial year, April to March.
_FINANCIAL = re.compile(r"\b((?:19|20)\d{2})\s?[/–-]\s?(\d{2})\b")


@dataclass(frozen=True)
class FinancialYear:
    start: int  # where it is written in the text
    end: int
    first: int  # the calendar year it starts in

    @property
    def days(self) -> tuple[str, str]:
        """Its first and last day, as ISO text (1 April to 31 March)."""
        return f"{self.first}-04-01", f"{self.first + 1}-03-31"


def financial_years(text: str) -> list[FinancialYear]:
    """Financial years written as "2023/24" or "2023-24" (the second part one year on)."""
    return [
        FinancialYear(m.start(), m.end(), int(m.group(1)))
        for m in _FINANCIAL.finditer(text)
        if (int(m.group(1)) + 1) % 100 == int(m.group(2))
    ]


# "the autumn term 2024", "in spring 2023", "summer of 2022": a season or school term, read as
# the months it covers, not as the whole year (an eval record's "at the start of the autumn
# term 2024" had been read as 2024, so January 2024's count was answered with it).
_SEASON = re.compile(
    r"\b(spring|summer|autumn|fall|winter)(\s+(?:term|half[- ]term))?(?:\s+of)?\s+"
    r"((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# first and last month of each, as seasons and as school terms
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_TERM_MONTHS = {"spring": (1, 3), "summer": (4, 7), "autumn": (9, 12), "fall": (9, 12)}


@dataclass(frozen=True)
class Season:
    start: int  # where it is written in the text
    end: int
    days: tuple[str, str]  # its first and last day, as ISO text


# "early 2024", "mid-2023", "the end of 2022", "the first half of 2023": a part of a year,
# read as the months it covers (overlapping, as people mean them loosely), not as the whole
# year (session 37: dev lookups asking "in autumn 2022" or "as of early 2024" had been
# answered first with the same year's other times)
_YEAR_PART = re.compile(
    r"\b(?:(?P<word>early|mid|late)[- ]?|(?:the\s+)?(?P<edge>start|beginning|middle|end)\s+of\s+"
    r"|(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+)((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_PART_MONTHS = {
    "early": (1, 5),
    "mid": (4, 9),
    "late": (8, 12),
    "start": (1, 3),
    "beginning": (1, 3),
    "middle": (4, 9),
    "end": (10, 12),
    "first": (1, 6),
    "second": (7, 12),
}


# "Q2 2024/25", "quarter 3 of 2023/24": a quarter of a financial year, its three months
# (April to June first), not the whole year (a hold-out record's scorecard gives each
# quarter's figure under such a label; "at the end of September 2024" is its Q2 2024/25)
_QUARTER = re.compile(
    r"\b(?:Q|quarter\s*)([1-4])(?:\s+of)?\s+((?:19|20)\d{2})\s?[/–-]\s?(\d{2})\b", re.IGNORECASE
)
# ...said year first: "2025/26 Q1", as a scorecard's quarter column gives it (with dates
# in figures, "30/06/2025", session 59: the marlowfield hold-out's dev follow-up fk15, "and
# for the quarter to the end of December 2025?", refused, no longer answered with the June
# quarter's row; nothing else of all sets of the fourteen records moved)
_YEAR_QUARTER = re.compile(
    r"\b((?:19|20)\d{2})\s?[/–-]\s?(\d{2})\s+(?:Q|quarter\s*)([1-4])\b", re.IGNORECASE
)


def seasons(text: str) -> list[Season]:
    """Seasons, school terms, parts of a year with their year and quarters of a financial
    year ("autumn term 2024", "winter 2022", "early 2024", "Q2 2024/25")."""
    found = []
    quarters = [(m, m.group(1), m.group(2), m.group(3)) for m in _QUARTER.finditer(text)]
    quarters += [(m, m.group(3), m.group(1), m.group(2)) for m in _YEAR_QUARTER.finditer(text)]
    for m, quarter, first, second in quarters:
        starts = int(first)
        if (starts + 1) % 100 != int(second):
            continue  # not a financial year
        q_month = 4 + 3 * (int(quarter) - 1)  # 4, 7, 10, 13
        q_year, q_month = (starts + 1, q_month - 12) if q_month > 12 else (starts, q_month)
        opens = PartialDate(q_year, q_month).bounds()[0]
        closes = PartialDate(q_year, q_month + 2).bounds()[1]
        found.append(Season(m.start(), m.end(), (opens.isoformat(), closes.isoformat())))
    for m in _YEAR_PART.finditer(text):
        part = (m.group("word") or m.group("edge") or m.group("half")).lower()
        a, b = _PART_MONTHS[part]
        year = int(m.group(4))
        opens, closes = PartialDate(year, a).bounds()[0], PartialDate(year, b).bounds()[1]
        found.append(Season(m.start(), m.end(), (opens.isoformat(), closes.isoformat())))
    for m in _SEASON.finditer(text):
        name, year = m.group(1).lower(), int(m.group(3))
        if name == "winter":  # December into the next year
            first, last = (year, 12), (year + 1, 2)
        else:
            a, b = (_TERM_MONTHS if m.group(2) else _SEASON_MONTHS)[name]
            first, last = (year, a), (year, b)
        opens, closes = PartialDate(*first).bounds()[0], PartialDate(*last).bounds()[1]
        found.append(Season(m.start(), m.end(), (opens.isoformat(), closes.isoformat())))
    return sorted(found, key=lambda s: s.start)
