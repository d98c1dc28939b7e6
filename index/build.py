"""Ingest files into an index: load, chunk, find who speaks, embed, store; report per file."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from index.embeddings import Embedder
from index.store import IndexStore
from ingest.chunking import chunk_document
from ingest.dates import spoken_date
from ingest.loaders import LoadError, check_type, load_file
from ingest.manifest import MANIFEST_NAME, Manifest, read_manifest, resolve_meta
from ingest.models import DocMeta, Document, Passage
from ingest.voice import with_voices

# Files that describe a folder rather than belong to the record.
_NOT_RECORD = re.compile(r"^(readme|license|licence|changelog)(\.[a-z]+)?$", re.IGNORECASE)


@dataclass
class FileResult:
    path: str
    status: str  # added | updated | unchanged | duplicate | failed | skipped
    doc_id: str = ""
    passages: int = 0
    message: str = ""
    warnings: list[str] = field(default_factory=list)


STAGES = ("read", "parse", "chunk", "voices", "embed", "store")


@dataclass
class IngestReport:
    files: list[FileResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # manifest and path problems
    # wall seconds spent in each of STAGES (read: reading and hashing the files)
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))

    @property
    def failed(self) -> bool:
        return any(f.status == "failed" for f in self.files) or bool(self.problems)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)


def discover(paths: Iterable[Path], report: IngestReport) -> list[Path]:
    """Files under the given paths, in a stable order; missing paths become problems.

    Links to folders are followed once: a link back to a folder already being read (a loop)
    is reported and skipped, so a folder that links to itself or its parent still ends.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            files: list[Path] = []
            _walk(path, set(), files, report)
            found.extend(sorted(files))
        elif path.is_file():
            found.append(path)
        else:
            report.problems.append(f"{path}: no such file or folder")
    return found


def _walk(
    folder: Path,
    seen: set[tuple[int, int]],
    found: list[Path],
    report: IngestReport,
    ancestors: tuple[tuple[int, int], ...] = (),
) -> None:
    try:
        info = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        report.files.append(_failed(folder, f"{folder.name}/: folder cannot be read", exc))
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        why = "back to a folder it is inside (a loop)" if key in ancestors else "to a folder read"
        report.files.append(
            FileResult(str(folder), "skipped", message=f"{folder.name}: link {why}; skipped")
        )
        return
    seen.add(key)
    for entry in entries:
        child = Path(entry.path)
        if entry.name.startswith("."):
            continue
        try:
            target = child.stat()  # follows links
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                what = "link loop"
            else:
                what = "broken link" if entry.is_symlink() else "cannot be read"
            report.files.append(_failed(child, f"{child.name}: {what}", exc))
            continue
        if stat.S_ISDIR(target.st_mode):
            _walk(child, seen, found, report, (*ancestors, key))
        elif not stat.S_ISREG(target.st_mode) or child.name == MANIFEST_NAME:
            continue
        elif _NOT_RECORD.match(child.name):
            note = f"{child.name}: folder notes, not part of the record"
            report.files.append(FileResult(str(child), "skipped", message=note))
        else:
            found.append(child)


def _failed(path: Path, what: str, exc: OSError) -> FileResult:
    return FileResult(str(path), "failed", message=f"{what} ({exc.strerror or exc})")


def _manifests(
    paths: Iterable[Path], explicit: Path | None, report: IngestReport
) -> list[Manifest]:
    candidates = (
        [explicit] if explicit else [(p if p.is_dir() else p.parent) / MANIFEST_NAME for p in paths]
    )
    manifests: list[Manifest] = []
    for candidate in dict.fromkeys(candidates):
        if candidate is None:
            continue
        if not candidate.is_file():
            if explicit:
                report.problems.append(f"{candidate}: manifest not found")
            continue
        manifest = read_manifest(candidate)
        report.problems.extend(manifest.problems)
        manifests.append(manifest)
    return manifests


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:80] or "document"


def _new_doc_id(store: IndexStore, path: Path, sha: str, taken: set[str]) -> str:
    base = slugify(path.stem)
    if base not in taken and store.document(base) is None:
        return base
    return f"{base}-{sha[:8]}"


def ingest_paths(
    store: IndexStore,
    embedder: Embedder,
    paths: Iterable[Path],
    manifest_path: Path | None = None,
    progress: bool = True,
    max_file_mb: float | None = None,
) -> IngestReport:
    """Ingest every supported file under `paths`; one bad file never stops the batch.

    Files over `max_file_mb` are refused by name before they are read.
    """
    report = IngestReport()
    paths = [Path(p) for p in paths]
    files = discover(paths, report)
    manifests = _manifests(paths, manifest_path, report)
    # a manifest given by another name in the folder describes the files: it is not one
    # (a .csv is read as a table since spreadsheets are)
    described_by = {m.path.resolve() for m in manifests}
    files = [f for f in files if f.resolve() not in described_by]
    listed = {name for m in manifests for name in m.rows}
    seen_names = {f.name for f in files}
    for manifest in manifests:
        for name in manifest.rows:
            if name not in seen_names:
                report.problems.append(f"{manifest.path}: lists {name}, which was not found")

    from tqdm import tqdm

    batch = _Batch(store, embedder, report.seconds)
    bar = tqdm(files, desc="Ingesting", unit="file", disable=not progress, leave=False)
    for path in bar:
        bar.set_postfix_str(path.name[:40])
        result = _prepare(store, path, manifests, batch, max_file_mb)
        if manifests and path.name not in listed and result.status in ("added", "updated"):
            result.warnings.append(f"{path.name}: not in the manifest; title and date inferred")
        report.files.append(result)
        if batch.size >= ENCODE_BATCH:
            batch.flush()
    batch.flush()
    return report


# Passages encoded per call: one model call over many documents keeps the encoder's
# length-sorted batches full (per-document calls ran at about two thirds of its speed).
ENCODE_BATCH = 256


class _Batch:
    """Documents loaded and chunked, waiting to be embedded together and stored."""

    def __init__(self, store: IndexStore, embedder: Embedder, seconds: dict[str, float]) -> None:
        self.store, self.embedder = store, embedder
        self.seconds = seconds
        self.pending: list[tuple[Document, list[Passage], FileResult]] = []
        self.by_sha: dict[str, tuple[str, str]] = {}  # sha -> (doc_id, file name)
        self.aliases: list[tuple[str, str]] = []

    @property
    def size(self) -> int:
        return sum(len(passages) for _, passages, _ in self.pending)

    def doc_ids(self) -> set[str]:
        return {doc.doc_id for doc, _, _ in self.pending}

    def flush(self) -> None:
        if not self.pending:
            return
        self.store.claim_precision(self.embedder.precision)  # one encoder per index
        texts = [embedding_text(doc, p.text) for doc, ps, _ in self.pending for p in ps]
        with _timed(self.seconds, "embed"):
            vectors = self.embedder.encode(texts)
        offset, items = 0, []
        for doc, passages, result in self.pending:
            items.append((doc, passages, vectors[offset : offset + len(passages)]))
            offset += len(passages)
            result.passages = len(passages)
        with _timed(self.seconds, "store"):
            self.store.put_documents(items)
            for path, doc_id in self.aliases:
                self.store.add_alias(path, doc_id)
        self.pending, self.by_sha, self.aliases = [], {}, []


def _prepare(
    store: IndexStore,
    path: Path,
    manifests: list[Manifest],
    batch: _Batch,
    max_file_mb: float | None = None,
) -> FileResult:
    """Decide what a file needs; new or changed text joins the batch to be embedded."""
    key = str(path.resolve())
    try:
        check_type(path)
        try:
            size = path.stat().st_size
            if max_file_mb is not None and size > max_file_mb * 2**20:
                raise LoadError(
                    f"{path.name}: {size / 2**20:,.0f} MB is over the {max_file_mb:g} MB limit "
                    "per file (INSPECTION_QA_MAX_FILE_MB); split it or raise the limit"
                )
            with _timed(batch.seconds, "read"):
                data = path.read_bytes()
                sha = hashlib.sha256(data).hexdigest()
        except OSError as exc:
            raise LoadError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
        known = store.doc_id_for_path(key)
        if known:
            existing = store.document(known)
            if existing and existing.sha256 == sha:
                return FileResult(key, "unchanged", known, store.passage_count(known))
        twin_name = ""
        twin = store.doc_id_for_sha(sha)
        if twin is None and sha in batch.by_sha:
            twin, twin_name = batch.by_sha[sha]
        if twin and twin != known:
            if known:  # this path used to hold other content: drop it unless named elsewhere
                store.drop_alias(key)
                if not store.paths_of(known):
                    store.remove_document(known)
            first = store.document(twin)
            if first is not None:
                store.add_alias(key, twin)
            else:  # its twin is still waiting in the batch: name it once that is stored
                batch.aliases.append((key, twin))
            name = Path(first.path).name if first else twin_name
            return FileResult(
                key, "duplicate", twin, message=f"{path.name}: same content as {name}; indexed once"
            )
        try:
            with _timed(batch.seconds, "parse"):
                loaded = load_file(path)
            given = next((m.lookup(path) for m in manifests if m.lookup(path)), None)
            meta, inferred = resolve_meta(
                path,
                given,
                loaded.title,
                loaded.published,
                loaded.text,
                loaded.own_date,
                loaded.publisher,
            )
            doc = Document(
                doc_id=known or _new_doc_id(store, path, sha, batch.doc_ids()),
                path=key,
                sha256=sha,
                meta=meta,
                text=loaded.text,
                page_starts=loaded.page_starts,
                inferred=inferred,
            )
            # Who speaks in each sentence is stored with the passages: worked out here, once
            # per document, it cost two thirds of an answer's time at 50k passages when
            # worked out at question time.
            with _timed(batch.seconds, "chunk"):
                chunked = chunk_document(doc)
            with _timed(batch.seconds, "voices"):
                passages = with_voices(doc, chunked)
        except LoadError:
            raise
        except Exception as exc:  # a library tripping over a malformed file: fail it alone
            raise LoadError(
                f"{path.name}: could not be read ({type(exc).__name__}: {exc})"
            ) from exc
        warnings = list(loaded.warnings)
        if inferred:
            warnings.append(f"{path.name}: {_inferred_note(meta, inferred)}")
        result = FileResult(key, "updated" if known else "added", doc.doc_id, warnings=warnings)
        batch.pending.append((doc, passages, result))
        batch.by_sha[sha] = (doc.doc_id, path.name)
        return result
    except LoadError as exc:
        return FileResult(key, "failed", message=_one_line(str(exc)))


# What the ingest note calls each field it worked out from the file itself.
_FIELD_NAMES = {"title": "title", "published": "date", "publisher": "publisher", "kind": "kind"}


def _inferred_note(meta: DocMeta, inferred: Sequence[str]) -> str:
    """'taken from the file itself: title “…”, date 2024-02-14' and 'no date found', in
    words a councillor uploading a file reads without a manual."""
    shown = ", ".join(
        f"date {spoken_date(meta.published)}"
        if f == "published"
        else f"{_FIELD_NAMES.get(f, f)} “{getattr(meta, f)}”"
        for f in inferred
        if " " not in f
    )
    parts = [f"taken from the file itself: {shown}"] if shown else []
    if any(" " in f for f in inferred):
        parts.append("no date found")
    return "; ".join(parts)


@contextmanager
def _timed(seconds: dict[str, float], stage: str) -> Iterator[None]:
    t0 = time.perf_counter()
    try:
        yield
    finally:
        seconds[stage] += time.perf_counter() - t0


def _one_line(message: str, limit: int = 300) -> str:
    """A message on one line, cut short if a library's error text runs on."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def embedding_text(doc: Document, passage_text: str) -> str:
    """What a passage's vector encodes: the passage alone.

    A document title prepended to a short passage dominates its MiniLM vector, so every
    passage of a document looked alike (measured: hit@1 on the Northmere record 0.45 with
    titles, 0.60 without); the source and date go to the lexical side instead.
    """
    return passage_text


def lexical_text(doc: Document, passage_text: str) -> str:
    """What BM25 sees: the passage with its document's title, publisher and date in words,
    so "the Hereford Times report" or "in December 2023" can match passages that never
    repeat their source."""
    m = doc.meta
    return f"{m.title} {m.publisher} {spoken_date(m.published)}\n{passage_text}"
