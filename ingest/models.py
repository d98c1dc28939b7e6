"""Documents and passages: the data every later stage cites."""

from __future__ import annotations

from dataclasses import dataclass, field

# (start, end, voice) per sentence, passage-relative; the voices are ingest/voice.py's.
VoiceSpans = tuple[tuple[int, int, str], ...]


@dataclass(frozen=True)
class DocMeta:
    """Who published a document, when, and what it is."""

    title: str
    publisher: str = ""
    kind: str = ""
    published: str = ""  # ISO text: YYYY, YYYY-MM or YYYY-MM-DD; "" when unknown
    about: str = ""


@dataclass(frozen=True)
class Document:
    """A cleaned document: `text` is what passage offsets point into."""

    doc_id: str
    path: str
    sha256: str
    meta: DocMeta
    text: str
    page_starts: tuple[int, ...] = (0,)  # offset in `text` where each page begins
    inferred: tuple[str, ...] = ()  # metadata fields guessed rather than given

    def page_at(self, offset: int) -> int:
        """1-based page number holding character `offset`."""
        page = 1
        for i, start in enumerate(self.page_starts, start=1):
            if start <= offset:
                page = i
            else:
                break
        return page


@dataclass(frozen=True)
class Passage:
    """A quotable span of a document: `text == document.text[start:end]`."""

    passage_id: str
    doc_id: str
    ordinal: int
    start: int
    end: int
    page: int
    text: str
    sentences: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    # sentence spans relative to the passage text
    voices: VoiceSpans = field(default=(), compare=False)
    # who speaks in each sentence: worked out per document at ingest, kept in the registry
