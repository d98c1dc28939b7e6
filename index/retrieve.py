"""Hybrid retrieval: BM25 and dense vectors, weighed and fused into one ranking."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from itertools import islice

import numpy as np

from index.build import lexical_text
from index.embeddings import Embedder
from index.lexical import LexicalIndex, stems
from index.store import IndexStore
from ingest.dates import PartialDate, spoken_date
from ingest.furniture import furniture_passage
from ingest.models import Document, Passage, VoiceSpans


@dataclass(frozen=True)
class Hit:
    passage: Passage
    doc: Document
    score: float  # fused score, higher is better
    bm25: float
    cosine: float
    voices: VoiceSpans = ()


def rescored(hits: Sequence[Hit], extra: Callable[[Hit], float]) -> list[Hit]:
    """The hits with `extra(hit)` added to each fused score, best first: evidence that
    ranks, never a filter (a question's time, the voice or the event it names)."""
    scored = [replace(h, score=h.score + extra(h)) for h in hits]
    return sorted(scored, key=lambda h: -h.score)


@dataclass(frozen=True)
class Scope:
    """Which passages a question may draw on: chosen voices, material published by a date
    (`until`, inclusive) or from a date (`since`, inclusive). ISO dates of any precision."""

    voices: frozenset[str] | None = None
    until: str | None = None
    since: str | None = None
    # documents published up to this many days after `until` come in too: a question's "as
    # of 31 October 2022" asks the state of things then, which is often reported weeks later
    # ("At 31 October 2022, 43% of posts…" in a December decision notice)
    reported_days: int = 0

    def published_by(self) -> str:
        """In words, what `until` admits: "published by 31 October 2022" (and, with
        `reported_days`, "or reporting that time within 100 days of it")."""
        if not self.until:
            return ""
        said = f"published by {spoken_date(self.until)}"
        if self.reported_days:
            said += f" or reporting that time within {self.reported_days} days of it"
        return said

    @property
    def active(self) -> bool:
        return bool(self.voices) or bool(self.until) or bool(self.since)

    def admits_document(self, doc: Document) -> bool:
        if not (self.until or self.since):
            return True
        published = PartialDate.parse(doc.meta.published)
        if published is None:
            # undated material cannot be placed before or after a date, so it is not left
            # out by one: unknown stays unknown (the answer says when it quotes such a
            # source), and its passages still rank by the times they name. A hold-out
            # record's undated scorecard had been left out of "as of the end of September
            # 2024, how many children were in care?", which its Q2 2024/25 row answers.
            return True
        until, since = PartialDate.parse(self.until), PartialDate.parse(self.since)
        if until and self.reported_days:
            last = until.bounds()[1] + timedelta(days=self.reported_days)
            until = PartialDate(last.year, last.month, last.day)
        if until and not published.on_or_before(until):
            return False
        return not (since and not since.on_or_before(published))

    def admits_voices(self, voices: VoiceSpans) -> bool:
        return not self.voices or any(v in self.voices for _, _, v in voices)


class Retriever:
    """Ranks passages for a query by fusing BM25 with cosine similarity from Chroma.

    On the sample record BM25 alone beats the small dense model, so the fusion is weighted
    (`lexical_weight`) rather than plain reciprocal-rank fusion: each side's scores are
    scaled to [0, 1] over the candidate pool and mixed.
    """

    def __init__(
        self,
        store: IndexStore,
        embedder: Embedder,
        *,
        lexical_weight: float = 0.7,
        pool: int = 40,
        fusion: str = "convex",
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.lexical_weight = lexical_weight
        self.pool = pool
        self.fusion = fusion
        self.reload()

    def reload(self) -> None:
        """Re-read passages and documents after the index changed."""
        self.docs: dict[str, Document] = {d.doc_id: d for d in self.store.documents()}
        self.passages: list[Passage] = [p for p in self.store.passages() if p.doc_id in self.docs]
        self._by_id = {p.passage_id: i for i, p in enumerate(self.passages)}
        self._by_doc: dict[str, list[Passage]] = {}
        for p in self.passages:
            self._by_doc.setdefault(p.doc_id, []).append(p)
        self.lexical = LexicalIndex.cached(
            self.store.index_dir / "lexical",
            [lexical_text(self.docs[p.doc_id], p.text) for p in self.passages],
        )

    def lexical_weights(self) -> LexicalIndex:
        """Term rarity over the current record (kept current by `reload`)."""
        return _LiveWeights(self)  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self.passages)

    def document_passages(self, doc_id: str) -> list[Passage]:
        """A document's passages in reading order (none for a document not indexed)."""
        return sorted(self._by_doc.get(doc_id, []), key=lambda p: p.start)

    def voices(self, passage: Passage) -> VoiceSpans:
        """Who speaks in each sentence of a passage (worked out at ingest, stored with it)."""
        return passage.voices

    def similar(self, query: str, texts: Sequence[str]) -> list[float]:
        """Each text's closeness in meaning to the query: the cosine of their vectors."""
        vectors = self.embedder.encode([query, *texts])
        return [float(vectors[0] @ v) for v in vectors[1:]]

    def before(self, hit: Hit) -> Hit | None:
        """The passage just before `hit`'s in its document, as a hit of its own (no score)."""
        passages = self._by_doc.get(hit.passage.doc_id, [])
        i = next((n for n, p in enumerate(passages) if p.passage_id == hit.passage.passage_id), 0)
        if i == 0:
            return None
        earlier = passages[i - 1]
        return Hit(earlier, hit.doc, 0.0, 0.0, 0.0, self.voices(earlier))

    def document_hits(self, hit: Hit) -> list[Hit]:
        """Every passage of `hit`'s document, in order, as hits of their own (no score)."""
        return [
            Hit(p, hit.doc, 0.0, 0.0, 0.0, self.voices(p))
            for p in self._by_doc.get(hit.passage.doc_id, [])
        ]

    def allowed(self, scope: Scope) -> np.ndarray:
        """Mask over `self.passages`: those the scope admits."""
        mask = np.zeros(len(self.passages), dtype=bool)
        for doc_id, passages in self._by_doc.items():
            if not scope.admits_document(self.docs[doc_id]):
                continue
            for p in passages:
                if scope.admits_voices(self.voices(p)):
                    mask[self._by_id[p.passage_id]] = True
        return mask

    def search(
        self,
        query: str,
        k: int = 5,
        query_vector: np.ndarray | None = None,
        scope: Scope | None = None,
    ) -> list[Hit]:
        """The `k` best passages for `query`, best first, within `scope` if given."""
        if not self.passages or not query.strip():
            return []
        mask = self.allowed(scope) if scope is not None and scope.active else None
        if mask is not None and not mask.any():
            return []
        lexical = self.lexical.search(stems(query), self.pool, mask=mask)
        vector = query_vector if query_vector is not None else self.embedder.encode_one(query)
        # With a scope, look deeper into the vector store and keep what the scope admits.
        depth = self.pool if mask is None else min(len(self.passages), self.pool * 8)
        dense = [
            (self._by_id[h.passage_id], h.cosine)
            for h in self.store.query_vectors(vector, depth)
            if h.passage_id in self._by_id and (mask is None or mask[self._by_id[h.passage_id]])
        ][: self.pool]
        fused = self._fuse(lexical, dense)
        bm25 = dict(lexical)
        cos = dict(dense)
        # Passages that mostly speak to a web page's reader ("sign up for alerts") are never
        # results: they say nothing about the record. Checked on the way down the ranking,
        # so only the candidates looked at cost anything.
        ordered = sorted(fused.items(), key=lambda item: -item[1])
        ranked = list(
            islice((item for item in ordered if not furniture_passage(self.passages[item[0]])), k)
        )
        missing = [self.passages[i].passage_id for i, _ in ranked if i not in cos]
        for pid, vec in self.store.get_vectors(missing).items():
            cos[self._by_id[pid]] = float(vec @ vector)  # outside the dense pool: exact cosine
        return [
            Hit(
                self.passages[i],
                self.docs[self.passages[i].doc_id],
                score,
                bm25.get(i, 0.0),
                cos.get(i, 0.0),
                self.voices(self.passages[i]),
            )
            for i, score in ranked
        ]

    def _fuse(
        self, lexical: Sequence[tuple[int, float]], dense: Sequence[tuple[int, float]]
    ) -> dict[int, float]:
        w_lex, w_dense = self.lexical_weight, 1.0 - self.lexical_weight
        fused: dict[int, float] = {}
        if self.fusion == "rrf":
            for weight, ranking in ((w_lex, lexical), (w_dense, dense)):
                for rank, (i, _) in enumerate(ranking):
                    fused[i] = fused.get(i, 0.0) + weight / (60 + rank + 1)
            return fused
        if lexical:
            top = max(s for _, s in lexical) or 1.0
            for i, s in lexical:
                fused[i] = w_lex * s / top
        if dense:
            high = max(c for _, c in dense)
            low = min(c for _, c in dense)
            span = (high - low) or 1.0
            for i, c in dense:
                fused[i] = fused.get(i, 0.0) + w_dense * (c - low) / span
        return fused


class _LiveWeights:
    """Term weights that follow the retriever's lexical index across reloads."""

    def __init__(self, retriever: Retriever) -> None:
        self._retriever = retriever

    def idf(self, stem: str) -> float:
        return self._retriever.lexical.idf(stem)

    def known(self, stem: str) -> bool:
        return self._retriever.lexical.known(stem)
