"""Dates written in English prose: "21 May 2019", "March 1", "June 2018", "in 2014",
"at the end of June", "a year ago", "last year", "today" — each as ISO text of the
precision the words allow, relative forms placed against the document's own date."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
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
        ("month", rf"\b{_MONTH},?\s+{_YEAR}\b"),
        ("day", rf"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?{_MONTH}\s+{_DAY}\b"),
        ("day", rf"\b{_DAY}\s+{_MONTH}\b"),
        ("month", rf"\b(?:in|of|since|until|by|during|from|end of|early|late|mid-?)\s+{_MONTH}\b"),
        ("year", rf"\b{_YEAR}\b"),
        ("relative", r"\b(?P<rel>today|this week|this month|last month|last year|a year ago|"
         r"this year|(?:on|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"),
    )
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: str  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # "day", "month" or "year"
    relative: bool = False  # placed against the document's date


def _anchor(iso: str) -> tuple[int, int | None, int | None] | None:
    parts = iso.split("-") if iso else []
    if not parts or not parts[0].isdigit():
        return None
    nums = [int(p) for p in parts[:3]]
    return nums[0], nums[1] if len(nums) > 1 else None, nums[2] if len(nums) > 2 else None


def _iso(year: int, month: int | None = None, day: int | None = None) -> tuple[str, str]:
    if month is None:
        return f"{year:04d}", "year"
    if day is None or not 1 <= day <= 31:
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def _year_for(month: int, anchor: tuple[int, int | None, int | None] | None) -> int | None:
    """A month named without a year: the latest such month on or before the document."""
    if anchor is None:
        return None
    year, anchor_month, _ = anchor
    return year if anchor_month is None or month <= anchor_month else year - 1


def find_dates(text: str, anchor: str = "") -> list[DateMention]:
    """Date mentions in `text`, left to right, longest form first; `anchor` is the ISO date
    of the document, used for months without a year and for "a year ago", "today"."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    base = _anchor(anchor)
    for precision, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            mention = _mention(m, precision, base)
            if mention is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(mention)
    return sorted(found, key=lambda d: d.start)


def _mention(
    m: re.Match[str], precision: str, base: tuple[int, int | None, int | None] | None
) -> DateMention | None:
    groups = m.groupdict()
    if precision == "relative":
        if base is None:
            return None
        year, month, day = base
        rel = groups["rel"].lower()
        if rel in ("last year", "a year ago"):
            iso, prec = _iso(year - 1)  # "a year ago" is rarely exact to the month
        elif rel == "this year":
            iso, prec = _iso(year)
        elif rel == "last month" and month:
            iso, prec = _iso(year - (month == 1), 12 if month == 1 else month - 1)
        else:  # today, this week/month, on Wednesday: the document's own date
            iso, prec = _iso(year, month, day)
        return DateMention(m.start(), m.end(), iso, prec, relative=True)
    if groups.get("m"):
        iso, prec = _iso(int(groups["year"]), int(groups["m"]), int(groups["d"]))
        return DateMention(m.start(), m.end(), iso, prec)
    month = MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    if groups.get("month") and month is None:
        return None
    named_year = int(groups["year"]) if groups.get("year") else None
    relative = named_year is None
    found_year = named_year if named_year is not None else None
    if found_year is None and month is not None:
        found_year = _year_for(month, base)
    if found_year is None:
        return None
    day = int(groups["day"]) if groups.get("day") else None
    iso, prec = _iso(found_year, month, day)
    return DateMention(m.start(), m.end(), iso, prec, relative=relative)


_AS_OF = re.compile(
    r"\b(?:(?:as (?:of|at)|by|before|up to|until)(?:\s+the\s+(?:start|beginning|end) of)?"
    r"|at the (?:start|beginning|end) of)\s+"
    r"(?P<when>(?:(?:[0-3]?\d\s+)?[a-z]+\.?\s+)?(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_SINCE = re.compile(
    r"\b(?:since|after)\s+(?:the\s+)?(?P<when>(?:(?:[0-3]?\d\s+)?[a-z]+\.?\s+)?(?:19|20)\d{2})"
    r"(?P<event>\s+(?:inspection|visit|report|judgement|letter|review))?",
    re.IGNORECASE,
)


def without_question_dates(question: str) -> str:
    """The question with its "as of …" / "since …" phrase taken out (an event word such as
    "inspection" stays): once it limits the material, its words are not what to look for."""
    text = _AS_OF.sub(" ", question)
    text = _SINCE.sub(lambda m: m.group("event") or " ", text)
    return re.sub(r"\s+", " ", text).strip()


def question_dates(question: str) -> tuple[str | None, str | None]:
    """(until, since) a question asks about: "as of January 2023" → until 2023-01;
    "since the 2022 inspection" → since 2022. ISO text, or None."""
    until = since = None
    match = _AS_OF.search(question)
    if match:
        dates = find_dates(match.group("when"))
        until = dates[-1].iso if dates else None
    match = _SINCE.search(question)
    if match:
        dates = find_dates(match.group("when"))
        since = dates[-1].iso if dates else None
    return until, since
