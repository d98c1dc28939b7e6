"""A question's scope from what a person types: voices to hear and an "as of" date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from app.render import human_date
from index.retrieve import Scope, date_bounds
from ingest.voice import LABELS, VOICES

_AS_OF = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_as_of(text: str | None) -> str | None:
    """'2023-8' → '2023-08'; '' → None; anything not a YYYY[-MM[-DD]] date → ValueError."""
    text = (text or "").strip()
    if not text:
        return None
    match = _AS_OF.match(text)
    year, month, day = match.groups() if match else (None, None, None)
    try:
        if year is None:
            raise ValueError
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValueError(
            f"'{text}' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-08)"
        ) from None
    parts = [year] + [f"{int(p):02d}" for p in (month, day) if p]
    return "-".join(parts)


def parse_voices(values: str | Iterable[str] | None) -> frozenset[str] | None:
    """'ofsted,commissioner' (or a list) → those voices; nothing → None (all voices)."""
    if values is None:
        return None
    items = values.split(",") if isinstance(values, str) else list(values)
    chosen = {v.strip().lower() for v in items if v and v.strip()}
    unknown = sorted(chosen - set(VOICES))
    if unknown:
        raise ValueError(f"unknown voice {', '.join(unknown)} (choose from: {', '.join(VOICES)})")
    return frozenset(chosen) or None


def make_scope(voices: str | Iterable[str] | None, as_of: str | None) -> Scope | None:
    """The Scope for chosen voices and material published up to `as_of`; None = everything."""
    scope = Scope(voices=parse_voices(voices), until=parse_as_of(as_of))
    return scope if scope.active else None


def describe_scope(scope: Scope | None) -> str:
    """In words: 'Ofsted and Children's commissioner only; material published by March 2023'."""
    if scope is None or not scope.active:
        return "all voices; all material in the index"
    bits = []
    if scope.voices:
        labels = [LABELS.get(v, v) for v in VOICES if v in scope.voices]
        bits.append(" and ".join(labels) + " only")
    if scope.until:
        bits.append(f"material published by {human_date(scope.until)}")
    if scope.since:
        bits.append(f"material published from {human_date(scope.since)}")
    return "; ".join(bits)


def on_or_before(iso: str, until: str | None) -> bool:
    """Can a date of any precision fall on or before `until`? Undated → False."""
    if not until:
        return True
    bounds, limit = date_bounds(iso), date_bounds(until)
    return bounds is not None and limit is not None and bounds[0] <= limit[1]
