"""The composition root: settings in, a ready Assistant (and its parts) out."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cached_property

from app.answer import Answer, Assistant
from app.compose import ExtractiveComposer
from app.question import Question
from app.settings import Settings
from index.embeddings import Embedder, force_offline, load_embedder
from index.retrieve import Retriever
from index.store import IndexStore


@dataclass
class Components:
    """Everything built from one Settings, each made once and on first use."""

    settings: Settings

    def __post_init__(self) -> None:
        force_offline()

    @cached_property
    def store(self) -> IndexStore:
        return IndexStore(self.settings.index, chroma_url=self.settings.chroma_url)

    @cached_property
    def embedder(self) -> Embedder:
        """The encoder of the index's own vectors: the configured precision for an empty
        index, else the one its vectors came from (a question embedded by the other would
        be compared with vectors it did not make), with a notice when they differ."""
        wanted = self.settings.encoder_precision
        held = self.store.encoder_precision()
        if held is not None and held != wanted:
            print(
                f"note: the index at {self.settings.index} holds {held} vectors; using the "
                f"{held} encoder, not {wanted} (to switch, ingest into a new index)",
                file=sys.stderr,
            )
        # ONNX export kept beside the index: questions then never load torch (see embeddings)
        return load_embedder(self.settings.index / "encoder", held or wanted)

    @cached_property
    def retriever(self) -> Retriever:
        return Retriever(self.store, self.embedder, lexical_weight=self.settings.lexical_weight)

    @cached_property
    def assistant(self) -> Assistant:
        return build_assistant(self.settings, self.retriever)


def build_assistant(settings: Settings, retriever: Retriever) -> Assistant:
    """The Assistant the chat, the CLI and the tests all use, over `retriever`: quoting
    answers, or a configured model's answers checked against the record."""
    from app.record import answer_from_record
    from app.record.latest import with_latest
    from app.record.timeline import record_places
    from app.wording import defined_abbreviations
    from index.lexical import stems

    held: list[tuple[int, frozenset[str]]] = []

    def own_council() -> frozenset[str]:
        """The stems of the record's own council's name ("Wexbridge"), worked out again
        only when the number of documents changes."""
        docs = retriever.docs
        if not held or held[0][0] != len(docs):
            places = record_places([doc.text for doc in docs.values()])
            held[:] = [(len(docs), frozenset(stems(" ".join(places.own))))]
        return held[0][1]

    spelt: list[tuple[int, dict[str, frozenset[str]]]] = []

    def abbreviations() -> dict[str, frozenset[str]]:
        """The abbreviations the record defines, worked out again only when the number of
        documents changes."""
        docs = retriever.docs
        if not spelt or spelt[0][0] != len(docs):
            spelt[:] = [(len(docs), defined_abbreviations(d.text for d in docs.values()))]
        return spelt[0][1]

    composer = ExtractiveComposer(
        retriever.lexical_weights(),
        max_sentences=settings.max_sentences,
        min_support=settings.min_support,
        before=retriever.before,
        document=retriever.document_hits,
        similar=retriever.similar,
        own_council=own_council,
        abbreviations=abbreviations,
    )

    def record(asked: Question) -> Answer | None:
        """Counting and listing questions, answered from the timeline or the register."""
        return answer_from_record(asked, retriever)

    def resolve(asked: Question) -> Question:
        """The question as the record reads it: "the last inspection" is its latest."""
        return with_latest(asked, retriever)

    from app.briefing import Briefer

    # Background questions get a briefing of quoted points whichever composer answers
    # lookups: a model never writes the points.
    briefer = Briefer(retriever, composer)
    if settings.llm_url or settings.llm_gguf or settings.llm_model:
        from app.generate import build_generative

        assistant = build_generative(settings, retriever, composer, record=record)
        assistant.brief = briefer
        assistant.resolve = resolve
        return assistant
    return Assistant(
        retriever, composer, top_k=settings.top_k, record=record, brief=briefer, resolve=resolve
    )
