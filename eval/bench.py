"""`inspection-qa bench`: ingest, query, cold-start and memory figures at several record sizes.

For each size a synthetic council-report record is generated deterministically from a seed
(plain .txt files of 20–40 paragraphs and a sources.csv, in a temporary folder), with the
texts of the sample record (../shared/corpus/herefordshire) mixed in when that folder exists.
Each measurement that needs a clean process runs in one:

* ingest worker — `index.build.ingest_paths` into a fresh index (embedded Chroma), then the
  same call again (unchanged re-ingest), its peak RSS; then `Embedder.encode` alone over the
  same passage texts (the raw encoder throughput the ingest is compared with); then the
  anchor: stock llama-index `VectorStoreIndex` (default settings, in-memory) over the same
  passages as TextNodes carrying the vectors the same model just produced,
  `HuggingFaceEmbedding` on the same bundled model for queries, `similarity_top_k=5`;
* serve worker — builds the Assistant over the index, times `ask` and `Retriever.search`
  (k=5) over the question list (warm), reports its peak RSS and the context per answer;
* cold start — `inspection-qa --index DIR ask "question"`, process start to answer printed.

The record comes from eval/synthetic.py. Workers run as `python -m eval.bench_workers
worker-ingest|worker-serve OUT ARGS...` (eval/bench_workers.py) and write their figures to
OUT (JSON). The load average before and after each size is kept in the JSON: figures taken
while other work shares the CPUs are slower and noisier.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.metrics import percentile
from eval.synthetic import RecordGenerator, write_record
from index.build import STAGES

REPO = Path(__file__).resolve().parent.parent
SAMPLE_RECORD = (REPO / ".." / "shared" / "corpus" / "herefordshire").resolve()
DEFAULT_SIZES = (1000, 10000, 50000)
QUICK_SIZES = (1000,)


def _env() -> dict[str, str]:
    from index.embeddings import OFFLINE_ENV

    env = dict(os.environ)
    env.update(OFFLINE_ENV)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    return env


def _run_worker(kind: str, out: Path, *args: Path, log: Any) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "eval.bench_workers", kind, str(out), *map(str, args)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, env=_env(), capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0 or not out.is_file():
        raise RuntimeError(f"{kind} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(out.read_text())
    result[f"{kind.removeprefix('worker-')}_process_s"] = wall
    log(f"  {kind}: {wall:.1f}s")
    return result


def _cli() -> list[str]:
    exe = Path(sys.executable).parent / "inspection-qa"
    return [str(exe)] if exe.is_file() else [sys.executable, "-m", "app.cli"]


def cold_start(index_dir: Path, question: str) -> dict[str, float]:
    """Wall time of `inspection-qa --index DIR ask QUESTION` from process start to the
    answer's first line on stdout, and to exit."""
    cmd = [*_cli(), "--index", str(index_dir), "ask", question]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=REPO, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    answered = time.perf_counter() - t0
    rest, err = proc.communicate()
    exited = time.perf_counter() - t0
    if proc.returncode != 0 or not first.strip():
        raise RuntimeError(f"cold start failed ({proc.returncode}): {err.decode()[-2000:]}")
    return {"cold_start_s": answered, "cold_start_exit_s": exited}


def bench_size(
    target: int, seed: int, questions: list[str], sample: Path | None, log: Any
) -> dict[str, Any]:
    """One synthetic .txt record of about `target` passages."""

    def write(record: Path) -> dict[str, Any]:
        gen = write_record(record, target, seed, sample)
        log(
            f"[{target}] record: {gen['synthetic_files']} synthetic + {gen['sample_files']} "
            f"sample files, {gen['record_bytes'] / 1e6:.1f} MB"
        )
        return gen

    return _bench_record(f"{target:,}", target, write, questions, log)


def bench_pdf(documents: int, seed: int, questions: list[str], log: Any) -> dict[str, Any]:
    """The council-sized record of generated PDFs (eval/pdfrecord.py)."""
    from eval.pdfrecord import write_pdf_record

    def write(record: Path) -> dict[str, Any]:
        gen = write_pdf_record(record, documents, seed)
        log(
            f"[pdf] record: {documents} PDFs, {gen['pages']} pages, "
            f"{gen['record_bytes'] / 1e6:.1f} MB"
        )
        return gen

    return _bench_record(f"{documents} PDFs", None, write, questions, log)


def _bench_record(
    label: str, target: int | None, write: Any, questions: list[str], log: Any
) -> dict[str, Any]:
    t_size = time.perf_counter()
    load_start = list(os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="iqa-bench-") as tmp_name:
        tmp = Path(tmp_name)
        record, index_dir = tmp / "record", tmp / "index"
        t0 = time.perf_counter()
        gen = write(record)
        gen["write_s"] = time.perf_counter() - t0
        qfile = tmp / "questions.txt"
        qfile.write_text("\n".join(questions) + "\n", encoding="utf-8")
        ing = _run_worker("worker-ingest", tmp / "ingest.json", record, index_dir, qfile, log=log)
        base = ing
        if ing["failed"]:
            log(f"  ingest problems: {ing['failed']}")
        srv = _run_worker("worker-serve", tmp / "serve.json", index_dir, qfile, log=log)
        cold = cold_start(index_dir, questions[0])
        log(f"  cold start: {cold['cold_start_s']:.1f}s")

    n = ing["passages"]
    ingest_rate = n / ing["ingest_s"]
    encoder_rate = ing["encoder_passages"] / ing["encoder_s"]
    fp32_rate = ing["encoder_passages"] / ing["encoder_fp32_s"]
    stages = ing["stage_s"]
    row: dict[str, Any] = {
        "passages": n,
        "ingest_passages_per_s": ingest_rate,
        "encoder_passages_per_s": encoder_rate,
        # the full-precision encoder on the same passages: the limit before int8
        "encoder_fp32_passages_per_s": fp32_rate,
        "encoder_precision": ing["encoder_precision"],
        "ingest_vs_encoder": ingest_rate / encoder_rate,
        "ingest_vs_fp32_encoder": ingest_rate / fp32_rate,
        "stage_s": stages,
        **{f"stage_{k}_share": v / ing["ingest_s"] for k, v in stages.items()},
        "reingest_fraction": ing["reingest_s"] / ing["ingest_s"],
        "ask_p50_ms": percentile(srv["ask_ms"], 50),
        "ask_p95_ms": percentile(srv["ask_ms"], 95),
        "search_p50_ms": percentile(srv["search_ms"], 50),
        "search_p95_ms": percentile(srv["search_ms"], 95),
        "baseline_search_p50_ms": percentile(base["baseline_search_ms"], 50),
        "baseline_search_p95_ms": percentile(base["baseline_search_ms"], 95),
        "cold_start_s": cold["cold_start_s"],
        "ingest_rss_mb": ing["ingest_rss_mb"],
        "serve_rss_mb": srv["serve_rss_mb"],
        "context_chars": sum(srv["context_chars"]) / len(srv["context_chars"]),
        # extras
        "label": label,
        "target_passages": target,
        "documents": ing["documents"],
        "questions": len(questions),
        "refused": srv["refused"],
        "ingest_s": ing["ingest_s"],
        "reingest_s": ing["reingest_s"],
        "encoder_s": ing["encoder_s"],
        "ingest_cpu_s": ing["ingest_cpu_s"],
        "encoder_cpu_s": ing["encoder_cpu_s"],
        "encoder_fp32_s": ing["encoder_fp32_s"],
        "encoder_fp32_cpu_s": ing["encoder_fp32_cpu_s"],
        # CPU seconds per passage, ingest over encoder: less sensitive to other load
        "ingest_vs_encoder_cpu": (ing["encoder_cpu_s"] / ing["encoder_passages"])
        / (ing["ingest_cpu_s"] / n),
        "encoder_passages": ing["encoder_passages"],
        "ingest_setup_s": ing["setup_s"],
        "serve_build_s": srv["serve_build_s"],
        "baseline_build_s": base["baseline_build_s"],
        "baseline_context_chars": sum(base["baseline_context_chars"])
        / len(base["baseline_context_chars"]),
        "loadavg_start": load_start,
        "loadavg_end": list(os.getloadavg()),
        "cold_start_exit_s": cold["cold_start_exit_s"],
        "ask_max_ms": max(srv["ask_ms"]),
        "search_max_ms": max(srv["search_ms"]),
        "encoder_backend": ing["encoder_backend"],
        "record": gen,
        "statuses": ing["statuses"],
        "bench_wall_s": time.perf_counter() - t_size,
    }
    return row


def machine() -> dict[str, Any]:
    def version(dist: str) -> str | None:
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            return None

    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_mb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_mb = int(line.split()[1]) // 1024
    except OSError:
        pass
    commit, dirty = None, None
    try:  # which code was measured: other work may be changing it
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = bool(
            subprocess.run(
                ["git", "status", "--porcelain", "--", "ingest", "index", "app"],
                cwd=REPO,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
        )
    except (OSError, subprocess.CalledProcessError):
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "cpu_count": os.cpu_count(),
        "cpu_usable": usable,
        "cpu_model": model,
        "memory_mb": mem_mb,
        "python": platform.python_version(),
        "torch": version("torch"),
        "onnxruntime": version("onnxruntime"),
        "sentence_transformers": version("sentence-transformers"),
        "chromadb": version("chromadb"),
        "llama_index_core": version("llama-index-core"),
        "bm25s": version("bm25s"),
        "platform": platform.platform(),
        "commit": commit,
        "code_dirty": dirty,
        # other people's work shares these CPUs: the load before and after the run
        "loadavg_start": list(os.getloadavg()),
    }


_TABLE = [
    ("passages", "passages", "{:.0f}"),
    ("encoder precision", "encoder_precision", "{}"),
    ("ingest passages/s", "ingest_passages_per_s", "{:.1f}"),
    ("encoder passages/s", "encoder_passages_per_s", "{:.1f}"),
    ("float32 encoder passages/s", "encoder_fp32_passages_per_s", "{:.1f}"),
    ("ingest / encoder", "ingest_vs_encoder", "{:.2f}"),
    ("ingest / float32 encoder", "ingest_vs_fp32_encoder", "{:.2f}"),
    ("ingest / encoder (CPU s)", "ingest_vs_encoder_cpu", "{:.2f}"),
    ("re-ingest / ingest", "reingest_fraction", "{:.3f}"),
    ("ask p50 ms", "ask_p50_ms", "{:.1f}"),
    ("ask p95 ms", "ask_p95_ms", "{:.1f}"),
    ("search p50 ms", "search_p50_ms", "{:.1f}"),
    ("search p95 ms", "search_p95_ms", "{:.1f}"),
    ("baseline search p50 ms", "baseline_search_p50_ms", "{:.1f}"),
    ("baseline search p95 ms", "baseline_search_p95_ms", "{:.1f}"),
    ("cold start s", "cold_start_s", "{:.2f}"),
    ("ingest RSS MB", "ingest_rss_mb", "{:.0f}"),
    ("serve RSS MB", "serve_rss_mb", "{:.0f}"),
    ("context chars / answer", "context_chars", "{:.0f}"),
    ("baseline context chars", "baseline_context_chars", "{:.0f}"),
    ("ingest s", "ingest_s", "{:.1f}"),
    *((f"  {stage} share", f"stage_{stage}_share", "{:.2f}") for stage in STAGES),
    ("re-ingest s", "reingest_s", "{:.2f}"),
    ("encoder s", "encoder_s", "{:.1f}"),
    ("serve build s", "serve_build_s", "{:.2f}"),
    ("size wall s", "bench_wall_s", "{:.0f}"),
]


def table(rows: Sequence[dict[str, Any]]) -> str:
    width = 14
    lines = [f"{'metric':<26}" + "".join(f"{r['label']:>{width}}" for r in rows)]
    for label, key, fmt in _TABLE:
        lines.append(
            f"{label:<26}"
            + "".join(
                f"{fmt.format(r[key]) if r.get(key) is not None else 'n/a':>{width}}" for r in rows
            )
        )
    return "\n".join(lines)


def parse_sizes(text: str) -> list[int]:
    sizes = sorted({int(s.replace("_", "").strip()) for s in text.split(",") if s.strip()})
    if not sizes or sizes[0] <= 0:
        raise ValueError(f"bad --sizes {text!r}")
    return sizes


def main(args: argparse.Namespace) -> int:
    if args.quick:
        sizes = list(QUICK_SIZES)
    elif args.sizes:
        sizes = parse_sizes(args.sizes)
    else:  # `bench --pdf` alone: only the PDF record
        sizes = [] if getattr(args, "pdf", None) else list(DEFAULT_SIZES)
    seed = getattr(args, "seed", 1)
    sample = SAMPLE_RECORD if SAMPLE_RECORD.is_dir() else None

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    log(f"bench: sizes {sizes}, seed {seed}, sample record {sample or 'absent'}")
    questions = RecordGenerator(seed).questions()
    result: dict[str, Any] = {"machine": machine(), "seed": seed, "sizes": []}
    t0 = time.perf_counter()
    runs: list[Any] = [
        lambda size=size: bench_size(size, seed, questions, sample, log) for size in sizes
    ]
    if getattr(args, "pdf", None):
        runs.append(lambda: bench_pdf(args.pdf, seed, questions, log))
    for run in runs:
        row = run()
        result["sizes"].append(row)
        log(f"[{row['label']}] done in {row['bench_wall_s']:.0f}s")
        if args.json:  # written after every size, so a long run leaves partial figures
            Path(args.json).write_text(json.dumps(result, indent=2))
    result["total_s"] = time.perf_counter() - t0
    result["machine"]["loadavg_end"] = list(os.getloadavg())
    m = result["machine"]
    print(
        f"{m['cpu_model']} · {m['cpu_usable']} CPUs · Python {m['python']} · torch {m['torch']}"
        f" · {len(questions)} questions · seed {seed} · {result['total_s']:.0f}s"
    )
    print(table(result["sizes"]))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    from eval.cli import add_bench_arguments

    parser = argparse.ArgumentParser(prog="python -m eval.bench")
    add_bench_arguments(parser)
    sys.exit(main(parser.parse_args()))
