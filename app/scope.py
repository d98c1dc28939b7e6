"""A question's scope from what a person types: voices to hear and an "as of" date."""

from __future__ import annotations

from collections.abc import Iterable

from index.retrieve import Scope
from ingest.dates import spoken_date, typed_date
from ingest.voice import LABELS, VOICES


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
    """The Scope for chosen voices and material published up to `as_of` (typed YYYY[-MM[-DD]],
    else ValueError); None = everything."""
    chosen, until = parse_voices(voices), typed_date(as_of)
    scope = Scope(voices=chosen, until=until.iso if until else None)
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
        bits.append(f"material {scope.published_by()}")
    if scope.since:
        bits.append(f"material published from {spoken_date(scope.since)}")
    return "; ".join(bits)
