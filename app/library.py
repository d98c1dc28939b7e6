"""What the chat needs besides answers: the list of sources, and adding and removing files
(each change logged with who made it)."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app import changes
from app.answer import Answer, Assistant, OnToken, Turn
from app.record import Event, Recommendation, recommendations, timeline
from app.wiring import Components
from index.build import FileResult, IngestReport, ingest_paths
from index.retrieve import Scope
from ingest.loaders import LoadError, check_type


@dataclass(frozen=True)
class SourceRow:
    doc_id: str
    title: str
    publisher: str
    kind: str
    published: str
    passages: int
    path: str
    inferred: tuple[str, ...]


class Library:
    """The index as the chat sees it; one lock keeps uploads and answers from interleaving."""

    def __init__(self, components: Components) -> None:
        self.components = components
        self._lock = threading.RLock()
        self._events: list[Event] | None = None
        self._recommendations: list[Recommendation] | None = None

    @property
    def assistant(self) -> Assistant:
        return self.components.assistant

    def ask(
        self,
        question: str,
        history: Sequence[Turn] = (),
        scope: Scope | None = None,
        on_token: OnToken | None = None,
    ) -> Answer:
        with self._lock:
            return self.assistant.ask(question, history, scope=scope, on_token=on_token)

    def timeline(self) -> list[Event]:
        """The record's dated events, worked out once per state of the index."""
        with self._lock:
            if self._events is None:
                self._events = timeline(self.components.retriever)
            return self._events

    def recommendations(self) -> list[Recommendation]:
        """The record's recommendations, worked out once per state of the index."""
        with self._lock:
            if self._recommendations is None:
                self._recommendations = recommendations(self.components.retriever)
            return self._recommendations

    def sources(self) -> list[SourceRow]:
        store = self.components.store
        counts = store.passage_counts()
        return [
            SourceRow(
                d.doc_id,
                d.meta.title,
                d.meta.publisher,
                d.meta.kind,
                d.meta.published,
                counts.get(d.doc_id, 0),
                d.path,
                d.inferred,
            )
            for d in store.documents()
        ]

    def status(self) -> str:
        rows = self.sources()
        if not rows:
            return (
                "No documents are indexed yet. Add some in the Sources tab, "
                "or run `inspection-qa ingest PATH`."
            )
        passages = sum(r.passages for r in rows)
        return f"{len(rows)} documents, {passages} passages indexed."

    def add_files(
        self,
        paths: Sequence[Path],
        max_bytes: int,
        who: str = "",
        on_file: Callable[[int, int, str], None] | None = None,
    ) -> tuple[IngestReport, list[str]]:
        """Ingest uploaded files one at a time (`on_file(done, total, name)` before each);
        files too big or of the wrong type are refused by name; additions are logged."""
        refused: list[str] = []
        accepted: list[Path] = []
        for path in paths:
            try:
                check_type(path)
            except LoadError as exc:
                refused.append(str(exc))
                continue
            if path.stat().st_size > max_bytes:
                refused.append(f"{path.name}: larger than the {max_bytes // 2**20} MB upload limit")
            else:
                accepted.append(path)
        # Keep uploads beside the index so the registry points at files that stay.
        uploads = self.uploads
        uploads.mkdir(parents=True, exist_ok=True)
        kept = []
        for path in accepted:
            target = uploads / path.name
            shutil.copyfile(path, target)
            kept.append(target)
        report = IngestReport()
        with self._lock:
            for done, path in enumerate(kept):
                if on_file is not None:
                    on_file(done, len(kept), path.name)
                one = ingest_paths(
                    self.components.store, self.components.embedder, [path], progress=False
                )
                report.files += one.files
                report.problems += one.problems
            self.components.retriever.reload()
            self._events = self._recommendations = None
            self._log(who, [f for f in report.files if f.status in ("added", "updated")])
        return report, refused

    @property
    def uploads(self) -> Path:
        return self.components.settings.index / "uploads"

    def remove(self, doc_id: str, who: str = "") -> SourceRow:
        """Take a document out of the index (and its uploaded copy); the removal is logged."""
        with self._lock:
            row = next((r for r in self.sources() if r.doc_id == doc_id), None)
            if row is None:
                raise KeyError(doc_id)
            store = self.components.store
            paths = [Path(p) for p in store.paths_of(doc_id) or [row.path]]
            store.remove_document(doc_id)
            uploads = self.uploads.resolve()
            for path in paths:  # only the chat's own copies; files elsewhere are the owner's
                if path.resolve().parent == uploads and path.is_file():
                    path.unlink()
            self.components.retriever.reload()
            self._events = self._recommendations = None
            changes.record(
                self.components.settings.index,
                [changes.Change(who or changes.local_user(), "removed", doc_id, row.title, "chat")],
            )
        return row

    def _log(self, who: str, files: Sequence[FileResult]) -> None:
        changes.record(
            self.components.settings.index,
            [
                changes.Change(
                    who or changes.local_user(), f.status, f.doc_id, Path(f.path).name, "chat"
                )
                for f in files
            ],
        )
