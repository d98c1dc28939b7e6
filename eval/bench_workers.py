"""The bench's measurements that need a process of their own (eval/bench.py starts them).

Run as `python -m eval.bench_workers worker-ingest|worker-serve OUT ARGS...`; each writes its
figures to OUT (JSON), so a process's peak memory and imports are the measurement's alone.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

TOP_K = 5
ENCODER_SAMPLE = 5_000  # passages the raw encoder is timed on, at most


def peak_rss_mb() -> float:
    """This process's peak resident set size (VmHWM), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _components(index_dir: Path) -> Any:
    from app.settings import Settings
    from app.wiring import Components

    return Components(Settings(index=index_dir))


def _warm_ingest_imports() -> None:
    """Load what ingest loads once per process (llama-index's Chroma writer, the Punkt
    sentence splitter), so ingest time, like the raw encoder's, is work per passage."""
    import llama_index.vector_stores.chroma  # noqa: F401

    from ingest.chunking import chunk_document
    from ingest.models import DocMeta, Document

    text = "Warm-up. The council met on 2 May 2024. Inspectors visited twice."
    chunk_document(Document("warm-up", "warm-up.txt", "", DocMeta("Warm-up"), text))


def worker_ingest(record: Path, index_dir: Path, questions_file: Path) -> dict[str, Any]:
    """Ingest, unchanged re-ingest, peak RSS so far; then the raw encoder over the same
    passage texts; then the stock llama-index baseline over those vectors."""
    from index.build import ingest_paths

    t0 = time.perf_counter()
    components = _components(index_dir)
    embedder = components.embedder
    embedder.encode(["warm-up passage about an inspection"] * 8)
    store = components.store
    store.vector_count()  # open the embedded Chroma before the clock starts
    _warm_ingest_imports()  # one-time imports stay off the clock, as for the encoder
    setup_s = time.perf_counter() - t0

    t0, c0 = time.perf_counter(), time.process_time()
    report = ingest_paths(store, embedder, [record], progress=False)
    ingest_s, ingest_cpu_s = time.perf_counter() - t0, time.process_time() - c0
    failed = [f.message for f in report.files if f.status == "failed"] + report.problems
    statuses = {s: report.count(s) for s in ("added", "duplicate", "failed", "skipped")}

    t0 = time.perf_counter()
    again = ingest_paths(store, embedder, [record], progress=False)
    reingest_s = time.perf_counter() - t0
    ingest_rss = peak_rss_mb()

    passages = store.passages()
    # index.build.embedding_text: the passage alone. Above ENCODER_SAMPLE passages the
    # encoder is timed on an evenly spaced sample (its rate is per passage; encoding all
    # 50k again would add most of an hour on two busy cores).
    step = max(1, -(-len(passages) // ENCODER_SAMPLE))
    texts = [p.text for p in passages[::step]]
    timed = _time_encoders(embedder, index_dir / "encoder", texts)
    vectors = timed["fp32_vectors"]
    if step > 1:  # the baseline needs every passage's vector: the ones ingest stored
        vectors = _stored_vectors(store, [p.passage_id for p in passages])

    result = {
        "passages": len(passages),
        "documents": len(store.documents()),
        "vectors": store.vector_count(),
        "setup_s": setup_s,
        "ingest_s": ingest_s,
        "reingest_s": reingest_s,
        "reingest_unchanged": again.count("unchanged"),
        "encoder_s": timed["encoder_s"],
        "encoder_fp32_s": timed["fp32_s"],
        "encoder_passages": len(texts),
        "ingest_cpu_s": ingest_cpu_s,
        "encoder_cpu_s": timed["encoder_cpu_s"],
        "encoder_fp32_cpu_s": timed["fp32_cpu_s"],
        "ingest_rss_mb": ingest_rss,
        "stage_s": report.seconds,
        "statuses": statuses,
        "failed": failed[:10],
        "encoder_backend": type(embedder).__name__,
        "encoder_precision": embedder.precision,
    }
    del embedder, components
    result.update(baseline(passages, vectors, _read_questions(questions_file)))
    return result


def _time_encoders(embedder: Any, onnx_dir: Path, texts: list[str]) -> dict[str, Any]:
    """Wall and CPU seconds of the ingest's encoder and of the float32 encoder over the same
    texts, in alternating quarters so both see the same share of other work's load; and
    the float32 vectors (for the stock baseline)."""
    import numpy as np

    from index.embeddings import load_embedder

    fp32 = embedder if embedder.precision == "float32" else load_embedder(onnx_dir, "float32")
    fp32.encode(["warm-up passage about an inspection"] * 8)
    out: dict[str, Any] = {"encoder_s": 0.0, "encoder_cpu_s": 0.0, "fp32_s": 0.0, "fp32_cpu_s": 0.0}
    parts = []
    quarter = max(1, -(-len(texts) // 4))
    for start in range(0, len(texts), quarter):
        chunk = texts[start : start + quarter]
        for key, model in (("encoder", embedder), ("fp32", fp32)):
            if key == "fp32" and model is embedder:  # float32 ingest: one timing serves both
                out["fp32_s"], out["fp32_cpu_s"] = out["encoder_s"], out["encoder_cpu_s"]
                continue
            t0, c0 = time.perf_counter(), time.process_time()
            vectors = model.encode(chunk)
            out[f"{key}_s"] += time.perf_counter() - t0
            out[f"{key}_cpu_s"] += time.process_time() - c0
            if key == "fp32" or model is fp32:
                parts.append(vectors)
    out["fp32_vectors"] = np.vstack(parts) if parts else np.zeros((0, 384), np.float32)
    return out


def _stored_vectors(store: Any, ids: list[str], chunk: int = 5000) -> Any:
    import numpy as np

    out = []
    for start in range(0, len(ids), chunk):
        got = store.get_vectors(ids[start : start + chunk])
        out += [got[i] for i in ids[start : start + chunk]]
    return np.vstack(out)


def _read_questions(path: Path) -> list[str]:
    return [q for q in path.read_text(encoding="utf-8").splitlines() if q.strip()]


def worker_serve(index_dir: Path, questions_file: Path) -> dict[str, Any]:
    questions = _read_questions(questions_file)
    t0 = time.perf_counter()
    components = _components(index_dir)
    assistant = components.assistant
    retriever = components.retriever
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for warm in ("warm-up question about the record", questions[0], questions[-1]):
        assistant.ask(warm)
        retriever.search(warm, k=TOP_K)
    warm_s = time.perf_counter() - t0

    ask_ms: list[float] = []
    context: list[int] = []
    refused = 0
    for q in questions:
        t0 = time.perf_counter()
        answer = assistant.ask(q)
        ask_ms.append((time.perf_counter() - t0) * 1000)
        context.append(sum(len(c.text) for c in answer.citations))
        refused += bool(answer.refused)
    search_ms: list[float] = []
    for q in questions:
        t0 = time.perf_counter()
        retriever.search(q, k=TOP_K)
        search_ms.append((time.perf_counter() - t0) * 1000)
    return {
        "serve_build_s": build_s,
        "serve_warmup_s": warm_s,
        "ask_ms": ask_ms,
        "search_ms": search_ms,
        "context_chars": context,
        "refused": refused,
        "serve_rss_mb": peak_rss_mb(),
    }


def baseline(passages: Sequence[Any], vectors: Any, questions: Sequence[str]) -> dict[str, Any]:
    """Stock llama-index over the same passages: VectorStoreIndex defaults (in-memory
    SimpleVectorStore), HuggingFaceEmbedding on the bundled model, similarity_top_k=5.
    The passages are TextNodes carrying the vectors the same model just produced (so the
    record is not embedded twice); queries are embedded by HuggingFaceEmbedding."""
    from llama_index.core import VectorStoreIndex
    from llama_index.core.schema import TextNode
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    from index.embeddings import bundled_model_path, force_offline

    force_offline()
    t0 = time.perf_counter()
    embed = HuggingFaceEmbedding(model_name=str(bundled_model_path()), device="cpu")
    nodes = [
        TextNode(id_=p.passage_id, text=p.text, embedding=v.tolist())
        for p, v in zip(passages, vectors, strict=True)
    ]
    index = VectorStoreIndex(nodes, embed_model=embed)
    retriever = index.as_retriever(similarity_top_k=TOP_K)
    build_s = time.perf_counter() - t0
    for warm in ("warm-up question about the record", questions[0], questions[-1]):
        retriever.retrieve(warm)
    search_ms: list[float] = []
    context: list[int] = []
    for q in questions:
        t0 = time.perf_counter()
        found = retriever.retrieve(q)
        search_ms.append((time.perf_counter() - t0) * 1000)
        context.append(sum(len(n.node.get_content()) for n in found))
    return {
        "baseline_build_s": build_s,
        "baseline_search_ms": search_ms,
        "baseline_context_chars": context,
    }


def main(argv: Sequence[str]) -> int:
    """Run one worker: `KIND OUT ARGS...`; its figures go to OUT as JSON."""
    kind, out, *rest = argv
    paths = [Path(a) for a in rest]
    if kind == "worker-ingest":
        result = worker_ingest(*paths)
    elif kind == "worker-serve":
        result = worker_serve(*paths)
    else:
        raise SystemExit(f"unknown worker {kind}")
    Path(out).write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
