"""The figures of `inspection-qa eval` as the text tables it prints.

Pure formatting of the summaries eval/run.py works out: nothing here measures or scores.
"""

from __future__ import annotations

from typing import Any

from eval.metrics import BUDGET_CHARS

_ROWS = [
    ("hit@1", "hit@1", "{:.3f}"),
    ("hit@5", "hit@5", "{:.3f}"),
    ("  same units, random order", "chance_hit@5", "{:.3f}"),
    ("MRR", "mrr", "{:.3f}"),
    (f"hit in first {BUDGET_CHARS} chars", "hit_budget", "{:.3f}"),
    ("answer-fact rate", "fact_rate", "{:.3f}"),
    ("cited passage is gold", "cited_gold", "{:.3f}"),
    ("  first citation is gold", "first_cited_gold", "{:.3f}"),
    ("  follow-ups: cited gold", "follow_up_cited_gold", "{:.3f}"),
    ("refusal accuracy", "refusal_accuracy", "{:.3f}"),
    ("refusal precision", "refusal_precision", "{:.3f}"),
    ("refusal recall", "refusal_recall", "{:.3f}"),
    ("ask p50 ms", "ask_p50_ms", "{:.1f}"),
    ("ask p95 ms", "ask_p95_ms", "{:.1f}"),
    ("search p50 ms", "search_p50_ms", "{:.1f}"),
    ("search p95 ms", "search_p95_ms", "{:.1f}"),
    ("context chars / question", "context_chars", "{:.0f}"),
    # only with a model configured (--llm-url/--llm-gguf or INSPECTION_QA_LLM_*)
    ("model answers", "llm_answers", "{:.0f}"),
    ("model sentences", "llm_sentences", "{:.0f}"),
    ("  kept as written", "llm_kept_rate", "{:.3f}"),
    ("  replaced by quote", "llm_replaced_rate", "{:.3f}"),
    ("  dropped", "llm_dropped_rate", "{:.3f}"),
    ("markers dropped", "llm_citations_dropped", "{:.0f}"),
    ("fell back to quotes", "llm_fallback_rate", "{:.3f}"),
    ("model calls failed", "llm_failed_calls", "{:.0f}"),
]


def table(ours: dict[str, Any], baseline: dict[str, Any] | None) -> str:
    lines = [f"{'metric':<26}{'inspection-qa':>15}{'llama-index stock':>20}"]
    for label, key, fmt in _ROWS:
        a = ours.get(key)
        b = baseline.get(key) if baseline else None
        if key.startswith("llm_") and a is None:
            continue
        lines.append(
            f"{label:<26}{fmt.format(a) if a is not None else 'n/a':>15}"
            f"{fmt.format(b) if b is not None else 'n/a':>20}"
        )
    return "\n".join(lines)


def record_table(record: dict[str, Any]) -> str:
    t, r, v = record["timeline"], record["register"], record["voices"]
    by_voice = ", ".join(
        f"{name} {c['correct']}/{c['labelled']}" for name, c in sorted(v["by_voice"].items())
    )
    rows = [
        ("expected events found", f"{t['found_expected']}/{t['expected']}"),
        ("found events wrong", f"{t['wrong']} of {t['found']}"),
        ("register: expected found", f"{r['found_expected']}/{r['expected']}"),
        ("register: unlisted found", f"{r['unlisted']} of {r['found']}"),
        ("voice accuracy", f"{v['accuracy']:.3f} ({v['correct']}/{v['located']})"),
    ]
    if v["unlocated"]:
        rows.append(("voice labels not located", str(len(v["unlocated"]))))
    lines = [f"{label:<28}{value}" for label, value in rows]
    lines.append(f"{'  by voice':<28}{by_voice}")
    if d := record.get("documents"):
        n = d["expected"]
        lines.append(
            f"{'documents':<28}titles right {d['titles_right']}/{n}, "
            f"dates right {d['dates_right']}/{n}"
        )
    return "\n".join(lines)


# The figures printed for each half: the answer's, the refusals' and the ranking's.
_HALF_ROWS = [
    ("answer-fact rate", "fact_rate", "{:.3f}"),
    ("cited passage is gold", "cited_gold", "{:.3f}"),
    ("  first citation is gold", "first_cited_gold", "{:.3f}"),
    ("  follow-ups: cited gold", "follow_up_cited_gold", "{:.3f}"),
    ("answer precision", "answer_precision", "{:.3f}"),
    ("  sentences labelled", "sentences_labelled", "{:.0f}"),
    ("  sentences unlabelled", "sentences_unlabelled", "{:.0f}"),
    ("refusal accuracy", "refusal_accuracy", "{:.3f}"),
    ("refusal precision", "refusal_precision", "{:.3f}"),
    ("near-miss refusal recall", "refusal_recall", "{:.3f}"),
    ("hit@1", "hit@1", "{:.3f}"),
    ("hit@5", "hit@5", "{:.3f}"),
    ("MRR", "mrr", "{:.3f}"),
]
# counts, not rates: a gap between them means nothing
_NO_GAP = {"sentences_labelled", "sentences_unlabelled"}


def halves_table(dev: dict[str, Any] | None, test: dict[str, Any] | None) -> str:
    """Dev and test halves side by side, and the gap (dev − test) where both have a rate."""

    def cell(summary: dict[str, Any] | None, key: str, fmt: str) -> str:
        value = summary.get(key) if summary else None
        return fmt.format(value) if value is not None else "n/a"

    def count(summary: dict[str, Any] | None) -> str:
        if not summary:
            return "not run"
        return f"{summary['questions']} ({summary['questions'] - summary['answerable']} unans.)"

    lines = [
        f"{'half':<26}{'dev':>15}{'test':>15}{'gap':>9}",
        f"{'questions':<26}{count(dev):>15}{count(test):>15}",
    ]
    for label, key, fmt in _HALF_ROWS:
        a = dev.get(key) if dev else None
        b = test.get(key) if test else None
        gap = f"{a - b:+.3f}" if a is not None and b is not None and key not in _NO_GAP else ""
        lines.append(f"{label:<26}{cell(dev, key, fmt):>15}{cell(test, key, fmt):>15}{gap:>9}")
    return "\n".join(lines)


_KIND_COLUMNS = [
    ("fact rate", "fact_rate"),
    ("all facts", "all_facts"),
    ("as-of ok", "as_of_ok"),
    ("count ok", "count_ok"),
    ("voice ok", "voice_ok"),
]


def kind_table(kinds: dict[str, dict[str, Any]]) -> str:
    header = f"{'question kind':<16}{'n':>4}" + "".join(f"{c:>11}" for c, _ in _KIND_COLUMNS)
    lines = [header]
    for kind, row in kinds.items():
        cells = "".join(
            f"{row[key]:>11.2f}" if row[key] is not None else f"{'':>11}"
            for _, key in _KIND_COLUMNS
        )
        lines.append(f"{kind:<16}{row['questions']:>4}{cells}")
    return "\n".join(lines)


def budget_table(ours: dict[str, Any], plain: dict[str, Any]) -> str:
    """Ours against plain bm25s at each reading budget, for all questions and each half."""
    from eval.plain_bm25 import BUDGETS

    lines = [f"{'within':<14}{'half':<6}{'ours':>8}{'bm25s':>8}{'ours − bm25s':>15}"]
    for budget in BUDGETS:
        for half in ("all", "dev", "test"):
            key = f"budget_hit_{budget}" + ("" if half == "all" else f"_{half}")
            a, b = ours.get(key), plain.get(key)
            if a is None or b is None:
                continue
            lines.append(f"{budget:>6} chars  {half:<6}{a:>8.3f}{b:>8.3f}{a - b:>+15.3f}")
    return "\n".join(lines)
