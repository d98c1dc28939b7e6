"""Pure metric functions over ranked passage texts and answers."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def normalise(text: str) -> str:
    """Case, white space and curly quotes folded, for matching quotes to passages."""
    return _WS.sub(" ", text.translate(_QUOTES)).strip().lower()


@dataclass(frozen=True)
class Gold:
    doc: str  # file name (or stem) of the source document
    quote: str  # a fragment that the right passage contains


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    kind: str
    answerable: bool
    gold: tuple[Gold, ...] = ()
    facts: tuple[str, ...] = ()
    history: tuple[str, ...] = field(default=())


def is_gold(passage_text: str, passage_doc: str, gold: Sequence[Gold]) -> bool:
    """Does this passage hold one of the gold fragments (from the right document)?"""
    text = normalise(passage_text)
    doc = passage_doc.rsplit("/", 1)[-1]
    return any(normalise(g.quote) in text and (not doc or _stem(g.doc) == _stem(doc)) for g in gold)


def _stem(name: str) -> str:
    name = name.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def first_gold_rank(ranked: Sequence[tuple[str, str]], gold: Sequence[Gold]) -> int | None:
    """1-based rank of the first gold passage among (text, doc) pairs, or None."""
    for rank, (text, doc) in enumerate(ranked, start=1):
        if is_gold(text, doc, gold):
            return rank
    return None


def within_budget(ranked: Sequence[tuple[str, str]], budget: int) -> list[tuple[str, str]]:
    """The leading results whose texts fit in `budget` characters (at least one)."""
    kept: list[tuple[str, str]] = []
    used = 0
    for text, doc in ranked:
        if kept and used + len(text) > budget:
            break
        kept.append((text, doc))
        used += len(text)
    return kept


def hit_at(ranks: Sequence[int | None], k: int) -> float:
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks) if ranks else 0.0


def mrr(ranks: Sequence[int | None]) -> float:
    return sum(1.0 / r for r in ranks if r) / len(ranks) if ranks else 0.0


def fact_recall(answer: str, facts: Sequence[str]) -> float:
    """Fraction of required facts the answer mentions (case-insensitive)."""
    if not facts:
        return 1.0
    text = normalise(answer)
    return sum(1 for f in facts if normalise(f) in text) / len(facts)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0–100)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[index]


@dataclass(frozen=True)
class RefusalScore:
    accuracy: float  # refused exactly when the record has no answer
    precision: float  # of refusals, how many were right to refuse
    recall: float  # of unanswerable questions, how many were refused


def refusal_score(refused: Sequence[bool], answerable: Sequence[bool]) -> RefusalScore:
    pairs = list(zip(refused, answerable, strict=True))
    if not pairs:
        return RefusalScore(0.0, 0.0, 0.0)
    correct = sum(1 for r, a in pairs if r != a)
    refusals = [a for r, a in pairs if r]
    unanswerable = [r for r, a in pairs if not a]
    precision = sum(1 for a in refusals if not a) / len(refusals) if refusals else 1.0
    recall = sum(1 for r in unanswerable if r) / len(unanswerable) if unanswerable else 1.0
    return RefusalScore(correct / len(pairs), precision, recall)
