"""`inspection-qa eval`: our pipeline and the stock llama-index baseline, side by side.

Both are built fresh over the same record files in a temporary directory, so the figures do
not depend on what the user has indexed. Where `eval/expected/<record>.json` exists (a
hand-written timeline, register of recommendations and sentence voices), the record's
timeline, register and voice labels are scored against it too (eval/record_scores.py).
The printed tables are eval/report.py's.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.briefing import (
    briefing_questions_for,
    briefing_table,
    evaluate_briefings,
    load_background,
)
from eval.jsonl import read_jsonl
from eval.metrics import (
    BUDGET_CHARS,
    Gold,
    Question,
    chance_hit,
    fact_recall,
    first_gold_rank,
    hit_at,
    mentions_count,
    mrr,
    percentile,
    refusal_score,
    within_budget,
)
from eval.plain_bm25 import BUDGETS, CHUNK_TOKENS, budget_rates, evaluate_bm25
from eval.precision import Judged, Labels, answer_precision, judge_answer, labels_for, load_labels
from eval.record_scores import evaluate_record
from eval.report import budget_table, halves_table, kind_table, record_table, table
from eval.split import HALVES, half_of
from ingest.dates import on_or_before

QUESTIONS_DIR = Path(__file__).resolve().parent / "questions"
EXPECTED_DIR = Path(__file__).resolve().parent / "expected"


def load_questions(path: Path) -> list[Question]:
    """Questions from a .jsonl file (see eval/questions/README.md for the fields)."""

    def question(obj: dict[str, Any]) -> Question:
        return Question(
            id=obj["id"],
            question=obj["question"],
            kind=obj.get("kind", ""),
            answerable=bool(obj.get("answerable", True)),
            gold=tuple(Gold(g["doc"], g["quote"]) for g in obj.get("gold", [])),
            facts=tuple(obj.get("facts", [])),
            history=tuple(obj.get("history", [])),
            as_of=obj.get("as_of"),
            count=obj.get("count"),
            voice=obj.get("voice"),
        )

    return read_jsonl(path, question, "a question")


def questions_for(corpus: Path) -> Path:
    return QUESTIONS_DIR / f"{corpus.resolve().name}.jsonl"


def expected_for(corpus: Path) -> Path:
    return EXPECTED_DIR / f"{corpus.resolve().name}.json"


def evaluate_ours(
    components: Any, questions: Sequence[Question], k: int = 5, labels: Labels | None = None
) -> dict[str, Any]:
    """Retrieval ranks, answers and timings of our assistant on each question; with hand
    labels, how many of each answer's quoted sentences they keep."""
    from app.answer import Turn
    from index.retrieve import Scope

    assistant = components.assistant
    retriever = components.retriever
    assistant.ask("warm-up question about the record")  # load lazily-built parts once
    rows = []
    for q in questions:
        turns: list[Turn] = []
        for earlier in q.history:
            a = assistant.ask(earlier, turns)
            turns.append(Turn(earlier, a, a.query))
        scope = Scope(until=q.as_of) if q.as_of else None
        t0 = time.perf_counter()
        answer = assistant.ask(q.question, turns, scope=scope)
        ask_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        hits = retriever.search(answer.query, k=max(k, 20), scope=scope)
        search_ms = (time.perf_counter() - t0) * 1000
        ranked_all = [(h.passage.text, Path(h.doc.path).name) for h in hits]
        ranked = ranked_all[:k]
        admitted = retriever.allowed(scope) if scope is not None else None
        units = [
            (p.text, Path(retriever.docs[p.doc_id].path).name)
            for i, p in enumerate(retriever.passages)
            if admitted is None or admitted[i]
        ]
        # which citations, in order, quote an answering passage
        golden = [
            bool(first_gold_rank([(c.text, Path(retriever.docs[c.doc_id].path).name)], q.gold))
            for c in answer.citations
        ]
        hits_within = {
            b: bool(first_gold_rank(within_budget(ranked_all, b), q.gold)) for b in BUDGETS
        }
        judged = (
            judge_answer(q.id, answer.text, labels)
            if labels is not None and not answer.refused
            else None
        )
        rows.append(
            {
                "id": q.id,
                "half": half_of(q.id),
                "kind": q.kind,
                "answerable": q.answerable,
                "rank": first_gold_rank(ranked, q.gold) if q.answerable else None,
                "chance_hit": _chance(units, q, k),
                "budget_hit": hits_within[BUDGET_CHARS],
                **{f"budget_hit_{b}": hit for b, hit in hits_within.items()},
                "refused": answer.refused,
                "facts": fact_recall(answer.text, q.facts),
                "cited_gold": any(golden),
                "first_gold": golden[:1] == [True],
                "follow_up": bool(q.history),
                "ask_ms": ask_ms,
                "search_ms": search_ms,
                "context_chars": sum(len(c.text) for c in answer.citations),
                "answer": answer.text,
                **_type_checks(q, answer),
                "verification": answer.verification.to_json(),
                "sentences": vars(judged) if judged else None,
            }
        )
    return summarise(rows)


def _chance(units: Sequence[tuple[str, str]], q: Question, k: int) -> float | None:
    """hit@k of the same units in random order: what hit@k gives without any ranking."""
    if not q.answerable:
        return None
    gold = sum(1 for text, doc in units if first_gold_rank([(text, doc)], q.gold))
    return chance_hit(len(units), gold, k)


def _type_checks(q: Question, answer: Any) -> dict[str, Any]:
    """Checks particular to a question's type, None where they do not apply."""
    cited = answer.citations
    return {
        # as-of: every citation was published by the date asked about
        "as_of_ok": all(on_or_before(c.published, q.as_of) for c in cited) if q.as_of else None,
        # counting: the answer states the right number
        "count_ok": mentions_count(answer.text, q.count) if q.count is not None else None,
        # "what did X say": the first (main) citation is in that voice
        "voice_ok": bool(cited) and cited[0].voice == q.voice if q.voice else None,
        # every required fact mentioned (for disagreements: both sides)
        "all_facts": fact_recall(answer.text, q.facts) == 1.0 if q.facts else None,
    }


def _rate(rows: Sequence[dict[str, Any]], key: str) -> float | None:
    values = [r[key] for r in rows if r.get(key) is not None]
    return sum(1 for v in values if v) / len(values) if values else None


def by_kind(rows: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per question kind: how many, fact rate, and the kind's own checks."""
    out: dict[str, dict[str, Any]] = {}
    for kind in dict.fromkeys(r["kind"] for r in rows):
        group = [r for r in rows if r["kind"] == kind]
        answerable = [r for r in group if r["answerable"]]
        out[kind] = {
            "questions": len(group),
            "fact_rate": (
                sum(r["facts"] for r in answerable) / len(answerable) if answerable else None
            ),
            "cited_gold": _rate(answerable, "cited_gold"),
            "all_facts": _rate(group, "all_facts"),
            "as_of_ok": _rate(group, "as_of_ok"),
            "count_ok": _rate(group, "count_ok"),
            "voice_ok": _rate(group, "voice_ok"),
        }
    return out


def evaluate_baseline(
    files: Sequence[Path], questions: Sequence[Question], k: int = 5
) -> dict[str, Any]:
    """Stock llama-index: SimpleDirectoryReader + VectorStoreIndex defaults, same model."""
    from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    from index.embeddings import bundled_model_path, force_offline

    force_offline()
    embed = HuggingFaceEmbedding(model_name=str(bundled_model_path()), device="cpu")
    documents = SimpleDirectoryReader(input_files=[str(f) for f in files]).load_data()
    index = VectorStoreIndex.from_documents(documents, embed_model=embed)
    retriever = index.as_retriever(similarity_top_k=k)
    retriever.retrieve("warm-up question about the record")
    units = [
        (node.get_content(), node.metadata.get("file_name", ""))
        for node in index.docstore.docs.values()
    ]
    rows = []
    for q in questions:
        query = " ".join([*q.history[-1:], q.question])  # no conversation memory: naive concat
        t0 = time.perf_counter()
        nodes = retriever.retrieve(query)
        search_ms = (time.perf_counter() - t0) * 1000
        ranked = [(n.node.get_content(), n.node.metadata.get("file_name", "")) for n in nodes]
        rows.append(
            {
                "id": q.id,
                "half": half_of(q.id),
                "kind": q.kind,
                "answerable": q.answerable,
                "rank": first_gold_rank(ranked, q.gold) if q.answerable else None,
                "chance_hit": _chance(units, q, k),
                "budget_hit": bool(first_gold_rank(within_budget(ranked, BUDGET_CHARS), q.gold)),
                "refused": False,
                "facts": None,
                "cited_gold": None,
                "ask_ms": None,
                "search_ms": search_ms,
                "context_chars": sum(len(t) for t, _ in ranked),
            }
        )
    return summarise(rows)


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures over all questions and over each half (None for a half not run)."""
    halves = {half: [r for r in rows if r["half"] == half] for half in HALVES}
    return {
        "summary": summary_of(rows),
        **{f"summary_{h}": summary_of(group) if group else None for h, group in halves.items()},
        "rows": rows,
    }


def summary_of(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures over these questions."""
    answerable = [r for r in rows if r["answerable"]]
    ranks = [r["rank"] for r in answerable]
    summary: dict[str, Any] = {
        "questions": len(rows),
        "answerable": len(answerable),
        "hit@1": hit_at(ranks, 1),
        "hit@5": hit_at(ranks, 5),
        "chance_hit@5": sum(r["chance_hit"] or 0.0 for r in answerable) / max(len(answerable), 1),
        "mrr": mrr(ranks),
        "hit_budget": sum(1 for r in answerable if r["budget_hit"]) / max(len(answerable), 1),
        "search_p50_ms": percentile([r["search_ms"] for r in rows], 50),
        "search_p95_ms": percentile([r["search_ms"] for r in rows], 95),
        "context_chars": sum(r["context_chars"] for r in rows) / max(len(rows), 1),
    }
    if rows and rows[0]["ask_ms"] is not None:
        refusal = refusal_score([r["refused"] for r in rows], [r["answerable"] for r in rows])
        summary.update(
            {
                "fact_rate": sum(r["facts"] for r in answerable) / max(len(answerable), 1),
                "cited_gold": sum(1 for r in answerable if r["cited_gold"])
                / max(len(answerable), 1),
                # the passage cited first ([1]) is an answering one
                "first_cited_gold": _rate(answerable, "first_gold"),
                # follow-up turns (asked after earlier questions) that cite an answering passage
                "follow_up_cited_gold": _rate(
                    [r for r in answerable if r.get("follow_up")], "cited_gold"
                ),
                "refusal_accuracy": refusal.accuracy,
                "refusal_precision": refusal.precision,
                "refusal_recall": refusal.recall,
                "ask_p50_ms": percentile([r["ask_ms"] for r in rows], 50),
                "ask_p95_ms": percentile([r["ask_ms"] for r in rows], 95),
                "by_kind": by_kind(rows),
            }
        )
        summary.update(verification_summary(rows))
        summary.update(precision_summary(rows))
    return summary


def precision_summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """With hand labels: the share of labelled quoted sentences a reader would keep."""
    judged = [Judged(**r["sentences"]) for r in rows if r.get("sentences")]
    if not judged:
        return {}
    p = answer_precision(judged)
    return {
        "answer_precision": p.precision,
        "sentences_kept": p.kept,
        "sentences_labelled": p.labelled,
        "sentences_unlabelled": p.unlabelled,
    }


def verification_summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """With a model configured: how much of what it wrote the verifier let through."""
    asked = [r["verification"] for r in rows if r.get("verification", {}).get("mode") == "llm"]
    if not asked:
        return {}
    written = sum(v["sentences"] for v in asked)
    return {
        "llm_answers": len(asked),
        "llm_sentences": written,
        "llm_kept_rate": sum(v["kept"] for v in asked) / max(written, 1),
        "llm_replaced_rate": sum(v["replaced"] for v in asked) / max(written, 1),
        "llm_dropped_rate": sum(v["dropped"] for v in asked) / max(written, 1),
        "llm_citations_dropped": sum(v["citations_dropped"] for v in asked),
        "llm_fallback_rate": sum(1 for v in asked if v["fallback"]) / len(asked),
        "llm_failed_calls": sum(
            1 for v in asked if v["fallback"] and "did not answer" in (v["notice"] or "")
        ),
    }


def build_fresh(corpus: Path, index_dir: Path, **settings: Any) -> tuple[Any, list[Path]]:
    """Our components over a fresh index of `corpus`, and the files that went in."""
    from app.settings import Settings
    from app.wiring import Components
    from index.build import ingest_paths

    components = Components(Settings(index=index_dir, **settings))
    report = ingest_paths(components.store, components.embedder, [corpus], progress=False)
    components.retriever.reload()
    files = [Path(f.path) for f in report.files if f.status in ("added", "updated")]
    return components, files


def main(args: argparse.Namespace) -> int:
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"No record folder at {corpus}. Give one with --corpus DIR.", file=sys.stderr)
        return 2
    qpath = Path(args.questions) if args.questions else questions_for(corpus)
    if not qpath.is_file():
        print(f"No questions at {qpath}. Give a file with --questions.", file=sys.stderr)
        return 2
    half = getattr(args, "half", "all")
    questions = [q for q in load_questions(qpath) if half == "all" or half_of(q.id) == half]
    lpath = labels_for(corpus)
    labels = load_labels(lpath) if lpath.is_file() else None
    epath = expected_for(corpus)
    expected = json.loads(epath.read_text(encoding="utf-8")) if epath.is_file() else None
    with tempfile.TemporaryDirectory(prefix="iqa-eval-") as tmp:
        # The model flags (--llm-url/--llm-model/--llm-gguf, --encoder-precision); the
        # environment applies too.
        model = {
            k: v
            for k in ("llm_url", "llm_model", "llm_gguf", "encoder_precision")
            if (v := getattr(args, k, None))
        }
        components, files = build_fresh(corpus, Path(tmp), **model)
        ours = evaluate_ours(components, questions, labels=labels)
        bpath = briefing_questions_for(corpus)
        briefing = None
        if bpath.is_file():
            background = [
                q for q in load_background(bpath) if half == "all" or half_of(q.id) == half
            ]
            briefing = evaluate_briefings(components.assistant, background, labels)
        record = evaluate_record(components.retriever, expected) if expected else None
        baseline = None if args.no_baseline else evaluate_baseline(files, questions)
        plain = evaluate_bm25(files, questions)
    ours_budget = budget_rates([r for r in ours["rows"] if r["answerable"]])
    n_un = sum(1 for q in questions if not q.answerable)
    print(
        f"Record: {corpus} ({len(files)} files) · questions: {qpath.name} "
        f"({len(questions)}, {n_un} unanswerable{'' if half == 'all' else ', ' + half + ' half'})"
    )
    print(table(ours["summary"], baseline["summary"] if baseline else None))
    print()
    print(kind_table(ours["summary"]["by_kind"]))
    print("\nBy half (questions split once by a hash of their id, eval/split.py):")
    print(halves_table(ours["summary_dev"], ours["summary_test"]))
    if labels is None:
        print(f"No hand labels at {lpath}: answer precision not scored.")
    print(
        f"\nEqual reading (answering passage within the first N characters shown; plain bm25s "
        f"over {CHUNK_TOKENS}-token chunks, {plain['chunks']} chunks):"
    )
    print(budget_table(ours_budget, plain))
    if briefing is not None:
        print(f"\nBackground questions answered as briefings ({bpath.name} in eval/briefing):")
        print(briefing_table(briefing))
    if record is not None:
        print(f"\nKnowing the record, against {epath.relative_to(EXPECTED_DIR.parent.parent)}:")
        print(record_table(record))
    else:
        print(f"\nNo hand-written timeline/register/voices at {epath}: not scored.")
    if args.json_out:
        Path(args.json_out).write_text(
            json.dumps(
                {
                    "corpus": str(corpus),
                    "encoder_precision": components.embedder.precision,
                    "half": half,
                    "labels": str(lpath) if labels is not None else None,
                    "questions": str(qpath),
                    "ours": ours,
                    "briefing": briefing,
                    "baseline": baseline,
                    "expected": str(epath) if expected else None,
                    "record": record,
                    "equal_reading": {"ours": ours_budget, "plain_bm25": plain},
                },
                indent=2,
            )
        )
    return 0
