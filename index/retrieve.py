"""Hybrid retrieval: BM25 and dense vectors, weighed and fused into one ranking."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from index.build import lexical_text
from index.embeddings import Embedder
from index.lexical import LexicalIndex, stems
from index.store import IndexStore
from ingest.models import Document, Passage


@dataclass(frozen=True)
class Hit:
    passage: Passage
    doc: Document
    score: float  # fused score, higher is better
    bm25: float
    cosine: float


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
        self.lexical = LexicalIndex(
            [lexical_text(self.docs[p.doc_id], p.text) for p in self.passages]
        )

    def lexical_weights(self) -> LexicalIndex:
        """Term rarity over the current record (kept current by `reload`)."""
        return _LiveWeights(self)  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self.passages)

    def search(self, query: str, k: int = 5, query_vector: np.ndarray | None = None) -> list[Hit]:
        """The `k` best passages for `query`, best first."""
        if not self.passages or not query.strip():
            return []
        lexical = self.lexical.search(stems(query), self.pool)
        vector = query_vector if query_vector is not None else self.embedder.encode_one(query)
        dense = [
            (self._by_id[h.passage_id], h.cosine)
            for h in self.store.query_vectors(vector, self.pool)
            if h.passage_id in self._by_id
        ]
        fused = self._fuse(lexical, dense)
        bm25 = dict(lexical)
        cos = dict(dense)
        ranked = sorted(fused.items(), key=lambda item: -item[1])[:k]
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
