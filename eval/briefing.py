"""Background questions (eval/briefing/<record>.jsonl): does the briefing cover the points a
good one must, each inside the passage its own marker cites, within the length allowed?

Each line: `{"id", "question", "points": [short phrases]}`, the points written from reading
the record's texts, not from the tool's answers. Coverage = share of points the answer's
text holds; grounding = share of covered points that sit inside the passage cited by the
marker closing the sentence that holds them; length = the answer's characters; answer
precision = hand labels (eval/labels/<record>.jsonl) over the quoted points.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.jsonl import read_jsonl
from eval.metrics import normalise
from eval.precision import Judged, Labels, answer_precision, judge_answer
from eval.split import HALVES, half_of

BRIEFING_DIR = Path(__file__).resolve().parent / "briefing"
# The limit on a briefing's length.
MAX_CHARS = 1500
# A quoted sentence and the markers that close it: "- sentence [3]".
_CLOSED_BY = re.compile(r"(?P<text>[^\[\]\n]+?)\s*(?P<marks>(?:\[\d+\][\s,;]*)+)")


@dataclass(frozen=True)
class BackgroundQuestion:
    id: str
    question: str
    points: tuple[str, ...]


def briefing_questions_for(corpus: Path) -> Path:
    return BRIEFING_DIR / f"{corpus.resolve().name}.jsonl"


def load_background(path: Path) -> list[BackgroundQuestion]:
    return read_jsonl(
        path,
        lambda obj: BackgroundQuestion(obj["id"], obj["question"], tuple(obj["points"])),
        "a question",
    )


def covered(answer: str, points: Sequence[str]) -> list[str]:
    """The points the answer's text holds (case, white space and quotes folded)."""
    text = normalise(answer)
    return [p for p in points if normalise(p) in text]


def grounded(answer: str, cited: dict[int, str], points: Sequence[str]) -> list[str]:
    """The points held by a quoted sentence whose own marker cites a passage holding them."""
    out = []
    pieces = [
        (normalise(m.group("text")), [int(n) for n in re.findall(r"\d+", m.group("marks"))])
        for m in _CLOSED_BY.finditer(answer)
    ]
    for p in points:
        q = normalise(p)
        if any(
            q in text and any(q in normalise(cited.get(n, "")) for n in ns) for text, ns in pieces
        ):
            out.append(p)
    return out


def evaluate_briefings(
    assistant: Any, questions: Sequence[BackgroundQuestion], labels: Labels | None
) -> dict[str, Any]:
    """Each background question asked once; the figures over all and per half."""
    rows = []
    for q in questions:
        answer = assistant.ask(q.question)
        cited = {c.n: c.text for c in answer.citations}
        have = covered(answer.text, q.points) if not answer.refused else []
        ground = grounded(answer.text, cited, have)
        judged = judge_answer(q.id, answer.text, labels) if labels and not answer.refused else None
        rows.append(
            {
                "id": q.id,
                "half": half_of(q.id),
                "question": q.question,
                "form": answer.form,
                "refused": answer.refused,
                "coverage": len(have) / len(q.points) if q.points else 1.0,
                "missing": [p for p in q.points if p not in have],
                "grounding": len(ground) / len(have) if have else None,
                "chars": len(answer.text),
                "answer": answer.text,
                "sentences": vars(judged) if judged else None,
            }
        )
    return {
        "summary": summarise(rows),
        **{f"summary_{h}": summarise([r for r in rows if r["half"] == h]) for h in HALVES},
        "rows": rows,
    }


def summarise(rows: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    if not rows:
        return None
    grounding = [r["grounding"] for r in rows if r["grounding"] is not None]
    judged = [Judged(**r["sentences"]) for r in rows if r.get("sentences")]
    p = answer_precision(judged)
    return {
        "questions": len(rows),
        "briefings": sum(1 for r in rows if r["form"] == "briefing" and not r["refused"]),
        "coverage": sum(r["coverage"] for r in rows) / len(rows),
        "grounding": sum(grounding) / len(grounding) if grounding else None,
        "chars_mean": sum(r["chars"] for r in rows) / len(rows),
        "chars_max": max(r["chars"] for r in rows),
        "within_limit": sum(1 for r in rows if r["chars"] <= MAX_CHARS) / len(rows),
        "answer_precision": p.precision,
        "sentences_labelled": p.labelled,
        "sentences_unlabelled": p.unlabelled,
    }


def briefing_table(result: dict[str, Any]) -> str:
    """Dev and test halves side by side."""
    rows = [
        ("questions", "questions", "{:.0f}"),
        ("answered as briefings", "briefings", "{:.0f}"),
        ("coverage", "coverage", "{:.3f}"),
        ("grounding", "grounding", "{:.3f}"),
        ("chars, mean", "chars_mean", "{:.0f}"),
        ("chars, max", "chars_max", "{:.0f}"),
        (f"within {MAX_CHARS} chars", "within_limit", "{:.3f}"),
        ("answer precision", "answer_precision", "{:.3f}"),
        ("  points labelled", "sentences_labelled", "{:.0f}"),
        ("  points unlabelled", "sentences_unlabelled", "{:.0f}"),
    ]
    lines = [f"{'background questions':<26}{'dev':>10}{'test':>10}"]
    for label, key, fmt in rows:
        cells = []
        for h in HALVES:
            s = result.get(f"summary_{h}") or {}
            v = s.get(key)
            cells.append(fmt.format(v) if v is not None else "n/a")
        lines.append(f"{label:<26}{cells[0]:>10}{cells[1]:>10}")
    return "\n".join(lines)
