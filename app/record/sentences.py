"""The record read sentence by sentence: each sentence with its document, passage and voice,
and whether it opens a paragraph; the timeline and the register are built from these."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.answer import Citation
from app.cite import cite
from index.retrieve import Hit, Scope
from ingest.models import Document, Passage

if TYPE_CHECKING:
    from index.retrieve import Retriever


@dataclass(frozen=True)
class Sentence:
    """One sentence of the record, where it stands and who speaks it."""

    doc: Document
    passage: Passage
    start: int  # relative to the passage
    end: int
    voice: str
    new_paragraph: bool

    @property
    def text(self) -> str:
        return self.passage.text[self.start : self.end]

    def cite(self, n: int) -> Citation:
        """Citation `n`: this sentence marked in its passage."""
        hit = Hit(self.passage, self.doc, 1.0, 0.0, 0.0, ((self.start, self.end, self.voice),))
        return cite(n, hit, ((self.start, self.end),))


def record_sentences(retriever: Retriever, scope: Scope | None = None) -> Iterator[Sentence]:
    """Every sentence of the documents `scope` admits (all, without one), in reading order."""
    for doc_id, doc in retriever.docs.items():
        if scope is not None and not scope.admits_document(doc):
            continue
        previous_end = -1
        for passage in retriever.document_passages(doc_id):
            for s, e, voice in retriever.voices(passage):
                absolute = passage.start + s
                gap = doc.text[previous_end:absolute] if previous_end >= 0 else "\n"
                previous_end = passage.start + e
                yield Sentence(doc, passage, s, e, voice, "\n" in gap)


def cite_sentences(sentences: Sequence[Sentence], every: bool = False) -> list[Citation]:
    """One citation per passage the sentences come from, oldest document first, marking the
    first of its sentences (`every`: each of them)."""
    seen: dict[str, list[Sentence]] = {}
    for s in sentences:
        held = seen.setdefault(s.passage.passage_id, [])
        if not held or (every and all(h.start != s.start for h in held)):
            held.append(s)
    ordered = sorted(seen.values(), key=lambda g: (g[0].doc.meta.published, g[0].passage.start))
    out = []
    for n, group in enumerate(ordered, start=1):
        first = group[0]
        marks = tuple(sorted((s.start, s.end) for s in group))
        spans = tuple(sorted((s.start, s.end, s.voice) for s in group))
        out.append(cite(n, Hit(first.passage, first.doc, 1.0, 0.0, 0.0, spans), marks))
    return out
