"""Where the index lives: a document registry (SQLite) and passage vectors (Chroma).

The registry holds each document's cleaned text, metadata and content hash, and every
passage; Chroma holds the same passages with our own embeddings. llama-index's
ChromaVectorStore writes and queries the collection, so metadata filters work the same way
for the embedded store and a Chroma server.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ingest.models import DocMeta, Document, Passage

COLLECTION = "passages"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL,
    title TEXT, publisher TEXT, kind TEXT, published TEXT, about TEXT,
    inferred TEXT, text TEXT NOT NULL, page_starts TEXT NOT NULL, added_at TEXT
);
CREATE TABLE IF NOT EXISTS passages (
    passage_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, ordinal INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER NOT NULL,
    text TEXT NOT NULL, sentences TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id);
CREATE TABLE IF NOT EXISTS aliases (path TEXT PRIMARY KEY, doc_id TEXT NOT NULL);
"""


@dataclass(frozen=True)
class VectorHit:
    passage_id: str
    cosine: float


class IndexStore:
    """The registry and the vector collection of one index directory."""

    def __init__(self, index_dir: Path, chroma_url: str | None = None) -> None:
        self.index_dir = Path(index_dir)
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(
            str(self.index_dir / "registry.sqlite3"), check_same_thread=False
        )
        self._db.executescript(_SCHEMA)
        self._chroma_url = chroma_url
        self._vectors: Any = None
        self._collection: Any = None

    # -- vector side ------------------------------------------------------------------
    def _chroma(self) -> Any:
        """The Chroma collection, opened without llama-index: reads need only chromadb,
        and a question's process skips importing llama-index-core (1–2 s here)."""
        if self._collection is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            settings = ChromaSettings(anonymized_telemetry=False)
            if self._chroma_url:
                from urllib.parse import urlparse

                url = urlparse(self._chroma_url)
                client = chromadb.HttpClient(
                    host=url.hostname or "127.0.0.1",
                    port=url.port or 8000,
                    ssl=url.scheme == "https",
                    settings=settings,
                )
            else:
                client = chromadb.PersistentClient(
                    path=str(self.index_dir / "chroma"), settings=settings
                )
            # embedding_function=None: Chroma must never embed (its default downloads a model).
            self._collection = client.get_or_create_collection(
                COLLECTION, embedding_function=None, metadata={"hnsw:space": "cosine"}
            )
        return self._collection

    def _vector_store(self) -> Any:
        """llama-index's ChromaVectorStore over the same collection (writes, filters)."""
        if self._vectors is None:
            from llama_index.vector_stores.chroma import ChromaVectorStore

            self._vectors = ChromaVectorStore(chroma_collection=self._chroma())
        return self._vectors

    def vector_count(self) -> int:
        return int(self._chroma().count())

    def query_vectors(self, embedding: np.ndarray, top_k: int) -> list[VectorHit]:
        """Nearest passages by cosine similarity (chromadb directly, no llama-index)."""
        # No count() first: it cost ~10 ms a question at 50k passages, and Chroma returns
        # what it has when asked for more (nothing from an empty collection).
        found = self._chroma().query(
            query_embeddings=[embedding.tolist()], n_results=top_k, include=["distances"]
        )
        # cosine space: distance = 1 - cos
        return [
            VectorHit(pid, 1.0 - float(dist))
            for pid, dist in zip(found["ids"][0], found["distances"][0], strict=True)
        ]

    def vector_ids(self) -> list[str]:
        """Ids of every passage that has a vector."""
        return list(self._chroma().get(include=[])["ids"])

    def delete_vectors(self, passage_ids: Sequence[str]) -> None:
        if passage_ids:
            self._chroma().delete(ids=list(passage_ids))

    def get_vectors(self, passage_ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored vectors of the given passages."""
        if not passage_ids:
            return {}
        got = self._chroma().get(ids=list(passage_ids), include=["embeddings"])
        return {
            pid: np.asarray(vec, dtype=np.float32)
            for pid, vec in zip(got["ids"], got["embeddings"], strict=True)
        }

    def _add_vectors(self, doc: Document, passages: Sequence[Passage], vectors: np.ndarray) -> None:
        from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

        nodes = []
        for passage, vector in zip(passages, vectors, strict=True):
            node = TextNode(
                id_=passage.passage_id,
                text=passage.text,
                embedding=vector.tolist(),
                metadata={
                    "doc_id": doc.doc_id,
                    "published": doc.meta.published,
                    "kind": doc.meta.kind,
                    "page": passage.page,
                },
            )
            node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=doc.doc_id)
            nodes.append(node)
        if nodes:
            self._vector_store().add(nodes)

    def _delete_vectors(self, doc_id: str) -> None:
        self._vector_store().delete(ref_doc_id=doc_id)

    # -- registry side ----------------------------------------------------------------
    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._db:
            yield self._db

    def put_document(self, doc: Document, passages: Sequence[Passage], vectors: np.ndarray) -> None:
        """Add or replace a document so that a crash at any point leaves a usable index.

        Passage ids carry the content hash, so the new vectors are added beside the old ones;
        the registry then switches to the new passages in one SQLite transaction; only then
        are the old vectors deleted. Until the switch, searches see the old passages with
        their own vectors; after it, the new ones. A crash leaves at most orphan vectors,
        which the next ingest of the file (or `check --repair`) removes.
        """
        import datetime

        self._add_vectors(doc, passages, vectors)

        with self._transaction() as db:
            db.execute("DELETE FROM passages WHERE doc_id = ?", (doc.doc_id,))
            db.execute("DELETE FROM documents WHERE doc_id = ?", (doc.doc_id,))
            m = doc.meta
            db.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.doc_id,
                    doc.path,
                    doc.sha256,
                    m.title,
                    m.publisher,
                    m.kind,
                    m.published,
                    m.about,
                    json.dumps(list(doc.inferred)),
                    doc.text,
                    json.dumps(list(doc.page_starts)),
                    datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                ),
            )
            db.executemany(
                "INSERT INTO passages VALUES (?,?,?,?,?,?,?,?)",
                [
                    (
                        p.passage_id,
                        p.doc_id,
                        p.ordinal,
                        p.start,
                        p.end,
                        p.page,
                        p.text,
                        json.dumps(p.sentences),
                    )
                    for p in passages
                ],
            )
            db.execute("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (doc.path, doc.doc_id))
        keep = {p.passage_id for p in passages}
        stale = self._chroma().get(where={"document_id": doc.doc_id}, include=[])["ids"]
        self.delete_vectors([pid for pid in stale if pid not in keep])

    def add_alias(self, path: str, doc_id: str) -> None:
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (path, doc_id))

    def drop_alias(self, path: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM aliases WHERE path = ?", (path,))

    def remove_document(self, doc_id: str) -> None:
        self._delete_vectors(doc_id)
        with self._transaction() as db:
            db.execute("DELETE FROM passages WHERE doc_id = ?", (doc_id,))
            db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
            db.execute("DELETE FROM aliases WHERE doc_id = ?", (doc_id,))

    def _doc_from_row(self, row: tuple[Any, ...]) -> Document:
        (
            doc_id,
            path,
            sha,
            title,
            publisher,
            kind,
            published,
            about,
            inferred,
            text,
            page_starts,
            _added,
        ) = row
        return Document(
            doc_id=doc_id,
            path=path,
            sha256=sha,
            meta=DocMeta(title or "", publisher or "", kind or "", published or "", about or ""),
            text=text,
            page_starts=tuple(json.loads(page_starts)),
            inferred=tuple(json.loads(inferred or "[]")),
        )

    def documents(self) -> list[Document]:
        rows = self._db.execute("SELECT * FROM documents ORDER BY published, doc_id").fetchall()
        return [self._doc_from_row(r) for r in rows]

    def document(self, doc_id: str) -> Document | None:
        row = self._db.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return self._doc_from_row(row) if row else None

    def doc_id_for_path(self, path: str) -> str | None:
        row = self._db.execute("SELECT doc_id FROM aliases WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def doc_id_for_sha(self, sha256: str) -> str | None:
        row = self._db.execute(
            "SELECT doc_id FROM documents WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return row[0] if row else None

    def paths_of(self, doc_id: str) -> list[str]:
        rows = self._db.execute(
            "SELECT path FROM aliases WHERE doc_id = ? ORDER BY path", (doc_id,)
        ).fetchall()
        return [r[0] for r in rows]

    def passages(self) -> list[Passage]:
        rows = self._db.execute(
            'SELECT passage_id, doc_id, ordinal, start, "end", page, text, sentences '
            "FROM passages ORDER BY doc_id, ordinal"
        ).fetchall()
        return [
            Passage(
                pid,
                doc,
                ordinal,
                start,
                end,
                page,
                text,
                tuple(tuple(s) for s in json.loads(sentences)),
            )  # type: ignore[misc]
            for pid, doc, ordinal, start, end, page, text, sentences in rows
        ]

    def passage_count(self, doc_id: str) -> int:
        row = self._db.execute("SELECT COUNT(*) FROM passages WHERE doc_id = ?", (doc_id,))
        return int(row.fetchone()[0])

    def passage_counts(self) -> dict[str, int]:
        rows = self._db.execute("SELECT doc_id, COUNT(*) FROM passages GROUP BY doc_id")
        return dict(rows.fetchall())

    def close(self) -> None:
        self._db.close()
