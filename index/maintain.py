"""Keep the index honest: remove documents, prune vanished files, check and repair the
vector store against the registry, and the voices stored with the passages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from index.build import embedding_text
from index.embeddings import Embedder
from index.store import IndexStore


def find_document(store: IndexStore, ref: str) -> str | None:
    """A doc_id from a doc_id or a file path the registry knows."""
    if store.document(ref) is not None:
        return ref
    return store.doc_id_for_path(str(Path(ref).resolve()))


def prune(store: IndexStore, roots: list[Path]) -> list[str]:
    """Remove documents whose every known file under `roots` is gone; return their ids."""
    resolved = [r.resolve() for r in roots if r.is_dir()]
    removed = []
    for doc in store.documents():
        paths = store.paths_of(doc.doc_id) or [doc.path]
        under = [p for p in paths if any(Path(p).is_relative_to(r) for r in resolved)]
        if not under:
            continue
        for p in under:
            if not Path(p).exists():
                store.drop_alias(p)
        if not any(Path(p).exists() for p in store.paths_of(doc.doc_id)):
            store.remove_document(doc.doc_id)
            removed.append(doc.doc_id)
    return removed


@dataclass
class CheckReport:
    documents: int = 0
    passages: int = 0
    vectors: int = 0
    missing_vectors: dict[str, int] = field(default_factory=dict)  # doc_id -> count
    orphan_vectors: list[str] = field(default_factory=list)
    missing_voices: list[str] = field(default_factory=list)  # doc_ids
    voices_restored: int = 0  # documents given voices when the index was opened
    repaired: bool = False

    @property
    def consistent(self) -> bool:
        return not self.missing_vectors and not self.orphan_vectors and not self.missing_voices


def check(store: IndexStore, embedder: Embedder | None = None, repair: bool = False) -> CheckReport:
    """Compare registry passages with stored vectors and look for passages without voices;
    with `repair`, re-embed or delete vectors and work the voices out again."""
    passages = store.passages()
    known = {p.passage_id: p for p in passages}
    stored = set(store.vector_ids())
    report = CheckReport(
        documents=len(store.documents()),
        passages=len(passages),
        vectors=len(stored),
        missing_voices=store.documents_without_voices(),
        voices_restored=store.voices_restored,
    )
    for pid, passage in known.items():
        if pid not in stored:
            report.missing_vectors[passage.doc_id] = (
                report.missing_vectors.get(passage.doc_id, 0) + 1
            )
    report.orphan_vectors = sorted(stored - set(known))
    if repair and not report.consistent:
        if report.missing_voices:
            store.restore_voices(report.missing_voices)
            passages = store.passages()
        if report.orphan_vectors:
            store.delete_vectors(report.orphan_vectors)
        if report.missing_vectors:
            if embedder is None:
                raise ValueError("repairing missing vectors needs the embedding model")
            for doc_id in report.missing_vectors:
                doc = store.document(doc_id)
                doc_passages = [p for p in passages if p.doc_id == doc_id]
                if doc is None:
                    continue
                vectors = embedder.encode([embedding_text(doc, p.text) for p in doc_passages])
                store.put_document(doc, doc_passages, vectors)
        report.repaired = True
    return report
