"""Citing: a retrieved passage becomes a numbered `Citation`, with the voice of the marked
sentences and the attribution that names who speaks and when.

The extractive composer, the record (timeline, register) and the verifier of generated
answers all cite through `cite`, so a citation means the same thing whichever made it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer import Citation
from index.retrieve import Hit
from ingest.dates import spoken_date
from ingest.voice import describe, main_voice

_BULLET = re.compile(r"^[\s\-–—•*·▪●]+")
_WS = re.compile(r"\s+")


def display_sentence(text: str) -> str:
    """A sentence as quoted in an answer: bullets and line breaks removed."""
    return _WS.sub(" ", _BULLET.sub("", text)).strip()


def voice_at(hit: Hit, start: int, end: int) -> str:
    """The voice of the passage's sentences overlapping [start, end)."""
    inside = [(s, e, v) for s, e, v in hit.voices if s < end and e > start]
    return main_voice(inside or hit.voices)


def citation_voice(hit: Hit, highlights: Sequence[tuple[int, int]]) -> str:
    """Who speaks in the cited sentences (or in the passage, when none are marked)."""
    marked = [(s, e, v) for s, e, v in hit.voices for hs, he in highlights if s < he and e > hs]
    return main_voice(marked or hit.voices)


def cite(n: int, hit: Hit, highlights: tuple[tuple[int, int], ...]) -> Citation:
    """Citation number `n` of `hit`'s passage, its `highlights` marked (passage offsets)."""
    meta = hit.doc.meta
    p = hit.passage
    voice = citation_voice(hit, highlights)
    return Citation(
        n=n,
        doc_id=p.doc_id,
        title=meta.title,
        publisher=meta.publisher,
        published=meta.published,
        page=p.page,
        text=p.text,
        start=p.start,
        end=p.end,
        highlights=highlights,
        voice=voice,
        attribution=describe(voice, meta, spoken_date(meta.published), hit.doc.text),
    )
