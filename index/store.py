"""Where the index lives: a document registry (SQLite) and passage vectors (Chroma).

The registry holds each document's cleaned text, metadata and content hash, and every
passage; Chroma holds the same passages with our own embeddings. llama-index's
ChromaVectorStore writes and queries the collection, so metadata filters work the same way
for the embedded store and a Chroma server.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ingest.models import DocMeta, Document, Passage, VoiceSpans

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
    text TEXT NOT NULL, sentences TEXT NOT NULL, voices TEXT
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id);
CREATE TABLE IF NOT EXISTS aliases (path TEXT PRIMARY KEY, doc_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# index_meta.encoder_precision: "float32" or "int8", the encoder every vector of the index
# came from (vectors of the two are close but not interchangeable). Absent in an index
# written before int8 existed, whose vectors are float32.
# passages.voices: a JSON list, the voice of each sentence in `sentences` (or of the whole
# passage when it has none). NULL: not worked out yet (an index written before voices were
# stored), which opening the index repairs once.
# index_meta.voice_rules: ingest.voice.RULES when the voices were worked out; opening an
# index whose voices older rules worked out works them out again, once.


class PrecisionMismatch(ValueError):
    """Vectors of one encoder precision offered to an index that holds the other's."""


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
        # Voices worked out for a registry that could not be written (read-only): kept here.
        self._unsaved_voices: dict[str, VoiceSpans] = {}
        self._voices_column = True  # False: an old registry that cannot be written
        self.voices_restored = self._migrate()  # documents given voices on this open

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

    def _add_vectors(self, items: Sequence[tuple[Document, Sequence[Passage], np.ndarray]]) -> None:
        from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

        nodes = []
        for doc, passages, vectors in items:
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
        """Add or replace one document (see `put_documents`)."""
        self.put_documents([(doc, passages, vectors)])

    def put_documents(
        self, items: Sequence[tuple[Document, Sequence[Passage], np.ndarray]]
    ) -> None:
        """Add or replace documents so that a crash at any point leaves a usable index.

        Passage ids carry the content hash, so the new vectors are added beside the old ones;
        the registry then switches to the new passages in one SQLite transaction; only then
        are the old vectors deleted. Until the switch, searches see the old passages with
        their own vectors; after it, the new ones. A crash leaves at most orphan vectors,
        which the next ingest of the file (or `check --repair`) removes.

        The vectors of all the documents go to Chroma in one call: each call costs tens of
        milliseconds whatever its size (1,000 passages in 34 calls took 2.0 s against 0.4 s
        in one, chromadb 1.5.9 on this machine), which was most of ingest's store time.
        """
        import datetime

        if not items:
            return
        for doc, passages, _ in items:
            if any(not p.voices for p in passages):
                raise ValueError(
                    f"{doc.doc_id}: passages without voices; give them "
                    "ingest.voice.with_voices first"
                )
        self._add_vectors(items)

        now = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        with self._transaction() as db:
            for doc, passages, _ in items:
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
                        now,
                    ),
                )
                db.executemany(
                    'INSERT INTO passages (passage_id, doc_id, ordinal, start, "end", page, '
                    "text, sentences, voices) VALUES (?,?,?,?,?,?,?,?,?)",
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
                            _voices_json(p),
                        )
                        for p in passages
                    ],
                )
                db.execute("INSERT OR REPLACE INTO aliases VALUES (?, ?)", (doc.path, doc.doc_id))
        keep = {p.passage_id for _, passages, _ in items for p in passages}
        doc_ids = [doc.doc_id for doc, _, _ in items]
        where = {"document_id": {"$in": doc_ids}}
        stale = self._chroma().get(where=where, include=[])["ids"]
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
            if not db.execute("SELECT 1 FROM passages LIMIT 1").fetchone():
                # empty again: the next ingest may use either encoder
                db.execute("DELETE FROM index_meta WHERE key = 'encoder_precision'")

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

    def passages(self, doc_id: str | None = None) -> list[Passage]:
        """Every passage (or one document's), with its sentences and their voices."""
        where, args = ("WHERE doc_id = ? ", (doc_id,)) if doc_id is not None else ("", ())
        rows = self._db.execute(
            'SELECT passage_id, doc_id, ordinal, start, "end", page, text, sentences, '
            f"{self._voices_sql} FROM passages {where}ORDER BY doc_id, ordinal",
            args,
        ).fetchall()
        out = []
        for pid, doc, ordinal, start, end, page, text, sentences, voices in rows:
            spans = tuple((s, e) for s, e in json.loads(sentences))
            if voices is None:
                said = self._unsaved_voices.get(pid, ())
            else:
                said = _voice_spans(spans, len(text), voices)
            out.append(Passage(pid, doc, ordinal, start, end, page, text, spans, said))
        return out

    # -- voices: stored at ingest; an index from before that gets them once, on open ----
    def documents_without_voices(self) -> list[str]:
        """Documents with a passage whose voices are not stored."""
        rows = self._db.execute(
            f"SELECT DISTINCT doc_id FROM passages WHERE {self._voices_sql} IS NULL ORDER BY doc_id"
        ).fetchall()
        return [r[0] for r in rows]

    def restore_voices(self, doc_ids: Sequence[str]) -> int:
        """Work out and store the voices of these documents' sentences; how many were done.

        Exactly what ingest does (ingest.voice.with_voices over the document's passages). A
        registry that cannot be written keeps them in memory for this process instead.
        """
        from ingest.voice import with_voices

        updates: list[tuple[str, str]] = []
        done = 0
        for doc_id in doc_ids:
            doc, passages = self.document(doc_id), self.passages(doc_id)
            if doc is None or not passages:
                continue
            for p in with_voices(doc, passages):
                self._unsaved_voices[p.passage_id] = p.voices
                updates.append((_voices_json(p), p.passage_id))
            done += 1
        try:
            if not self._voices_column:
                raise sqlite3.OperationalError("no voices column")
            with self._transaction() as db:
                db.executemany("UPDATE passages SET voices = ? WHERE passage_id = ?", updates)
        except sqlite3.OperationalError as exc:
            print(
                f"{self.index_dir}: sentence voices worked out but not stored ({exc}); they are "
                "worked out again at each start. Run inspection-qa check with write access.",
                file=sys.stderr,
            )
        else:
            self._unsaved_voices.clear()
        return done

    @property
    def _voices_sql(self) -> str:
        return "voices" if self._voices_column else "NULL"

    def _migrate(self) -> int:
        """Bring an index written by an earlier version up to date; documents given voices."""
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(passages)")}
        self._voices_column = "voices" in columns
        if not self._voices_column:
            try:
                with self._transaction() as db:
                    db.execute("ALTER TABLE passages ADD COLUMN voices TEXT")
                self._voices_column = True
            except sqlite3.OperationalError as exc:  # read-only, or another process added it
                self._voices_column = "duplicate column" in str(exc)
        if self._voices_column:
            # Finds passages without voices without reading the table: a scan cost ~5 ms an
            # open at 10k passages (a question's cold start); the index is empty once done.
            with suppress(sqlite3.OperationalError):  # a read-only registry
                self._db.execute(
                    "CREATE INDEX IF NOT EXISTS passages_voiceless ON passages(doc_id) "
                    "WHERE voices IS NULL"
                )
        if self._voice_rules_changed():
            done = self.restore_voices([d.doc_id for d in self.documents()])
            if not self._unsaved_voices:  # else restore_voices said why they were not stored
                self._stamp_voice_rules()
                print(
                    f"{self.index_dir}: worked out again who speaks in each sentence of {done} "
                    "document(s), under this version's rules (once; later opens read them)",
                    file=sys.stderr,
                )
            return done
        missing = self.documents_without_voices()
        if not missing:
            return 0
        done = self.restore_voices(missing)
        if not self._unsaved_voices:  # else restore_voices said why they were not stored
            print(
                f"{self.index_dir}: worked out who speaks in each sentence of {done} document(s) "
                "indexed before voices were stored (once; later opens read them)",
                file=sys.stderr,
            )
        return done

    def _voice_rules_changed(self) -> bool:
        """Were the stored voices worked out by other rules than this version's? (An index
        with no passages takes this version's stamp: what it is given is worked out so.)"""
        from ingest.voice import RULES

        row = self._db.execute("SELECT value FROM index_meta WHERE key = 'voice_rules'").fetchone()
        if row is not None and row[0] == RULES:
            return False
        if self._db.execute("SELECT 1 FROM passages LIMIT 1").fetchone() is None:
            self._stamp_voice_rules()
            return False
        return self._voices_column

    def _stamp_voice_rules(self) -> None:
        from ingest.voice import RULES

        with suppress(sqlite3.OperationalError), self._transaction() as db:  # read-only
            db.execute("INSERT OR REPLACE INTO index_meta VALUES ('voice_rules', ?)", (RULES,))

    # -- the encoder the vectors came from -------------------------------------------
    def encoder_precision(self) -> str | None:
        """The precision of the encoder that made this index's vectors; None while the
        index has no passages (any encoder may fill it)."""
        row = self._db.execute(
            "SELECT value FROM index_meta WHERE key = 'encoder_precision'"
        ).fetchone()
        if row:
            return str(row[0])
        has_passages = self._db.execute("SELECT 1 FROM passages LIMIT 1").fetchone()
        return "float32" if has_passages else None  # written before int8 existed

    def claim_precision(self, precision: str) -> None:
        """Record that the vectors come from an encoder of `precision`; refuse vectors of
        the other precision for an index that already holds some."""
        held = self.encoder_precision()
        if held is not None and held != precision:
            raise PrecisionMismatch(
                f"The index at {self.index_dir} holds {held} vectors; {precision} vectors "
                f"cannot be added to it. Set INSPECTION_QA_ENCODER_PRECISION={held}, or "
                "ingest into a new index (--index DIR) to use the other encoder."
            )
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO index_meta VALUES ('encoder_precision', ?)", (precision,)
            )

    def passage_count(self, doc_id: str) -> int:
        row = self._db.execute("SELECT COUNT(*) FROM passages WHERE doc_id = ?", (doc_id,))
        return int(row.fetchone()[0])

    def passage_counts(self) -> dict[str, int]:
        rows = self._db.execute("SELECT doc_id, COUNT(*) FROM passages GROUP BY doc_id")
        return dict(rows.fetchall())

    def close(self) -> None:
        self._db.close()


def _voices_json(passage: Passage) -> str:
    """The stored form of a passage's voices: one name per sentence, in order."""
    return json.dumps([voice for _, _, voice in passage.voices])


def _voice_spans(spans: tuple[tuple[int, int], ...], length: int, stored: str) -> VoiceSpans:
    """(start, end, voice) per sentence from the stored names (a passage with no sentence
    spans is one sentence, as ingest.voice reads it)."""
    return tuple(
        (s, e, voice)
        for (s, e), voice in zip(spans or ((0, length),), json.loads(stored), strict=True)
    )
