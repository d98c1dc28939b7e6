"""The best simple method, for the equal-reading comparison: plain bm25s over 256-token
chunks of the same extracted text, no metadata, no dates, no voices.

The generalisation issue asks that within the same reading budget (the first 1,000 and 2,000
characters a reader is shown) our ranking finds the answering passage at least as often.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.metrics import BUDGET_CHARS, first_gold_rank, within_budget

CHUNK_TOKENS = 256
BUDGETS = (1000, BUDGET_CHARS)  # the second is the eval's own reading budget
DEPTH = 20


def chunks(text: str, size: int = CHUNK_TOKENS) -> list[str]:
    """Consecutive, non-overlapping runs of `size` whitespace tokens."""
    words = text.split()
    return [" ".join(words[i : i + size]) for i in range(0, len(words), size)]


def evaluate_bm25(files: Sequence[Path], questions: Sequence[Any]) -> dict[str, Any]:
    """Budget hit rates of plain bm25s over the record's files, per half and overall."""
    import bm25s

    from eval.split import half_of
    from ingest.loaders import LoadError, load_file

    units: list[tuple[str, str]] = []
    for path in files:
        try:
            text = load_file(path).text
        except LoadError:
            continue
        units += [(c, path.name) for c in chunks(text)]
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize([t for t, _ in units], stopwords="en", show_progress=False),
        show_progress=False,
    )
    rows = []
    for q in questions:
        if not q.answerable:
            continue
        query = " ".join([*q.history[-1:], q.question])
        found, _ = retriever.retrieve(
            bm25s.tokenize([query], stopwords="en", show_progress=False),
            k=min(DEPTH, len(units)),
            show_progress=False,
        )
        ranked = [units[int(i)] for i in found[0]]
        rows.append(
            {
                "id": q.id,
                "half": half_of(q.id),
                **{
                    f"budget_hit_{b}": bool(first_gold_rank(within_budget(ranked, b), q.gold))
                    for b in BUDGETS
                },
            }
        )
    return {"chunks": len(units), "rows": rows, **budget_rates(rows)}


def budget_rates(rows: Sequence[dict[str, Any]]) -> dict[str, float | None]:
    """Share of answerable questions whose answering passage is read within each budget, for
    all questions and for each half."""
    out: dict[str, float | None] = {}
    for half in ("all", "dev", "test"):
        group = [r for r in rows if half == "all" or r["half"] == half]
        for b in BUDGETS:
            key = f"budget_hit_{b}" + ("" if half == "all" else f"_{half}")
            out[key] = sum(r[f"budget_hit_{b}"] for r in group) / len(group) if group else None
    return out
