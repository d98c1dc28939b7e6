"""Many users at once against a running chat: `python -m eval.load --url URL --users 20`.

Each user is its own gradio_client session asking questions from the question set. An
answer is correct when it equals the answer the same server gives a single user asking
alone (answers are deterministic). Prints p50/p95 latency and writes JSON with --json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from eval.metrics import percentile
from eval.run import QUESTIONS_DIR, load_questions


def _ask(url: str, question: str) -> tuple[str, float]:
    from gradio_client import Client

    client = Client(url, verbose=False)
    t0 = time.perf_counter()
    chat, _panel, _box = client.predict(question, api_name="/ask")
    elapsed = (time.perf_counter() - t0) * 1000
    return _answer_text(chat), elapsed


def _answer_text(chat: list[dict[str, Any]]) -> str:
    last = chat[-1]["content"] if chat else ""
    if isinstance(last, list):
        return " ".join(part.get("text", "") for part in last if isinstance(part, dict))
    return str(last)


def run_load(url: str, questions: list[str], users: int) -> dict[str, Any]:
    """Expected answers one at a time, then `users` sessions at once; compare and time."""
    expected = {q: _ask(url, q)[0] for q in dict.fromkeys(questions)}
    assigned = [questions[i % len(questions)] for i in range(users)]
    errors: list[str] = []
    latencies: list[float] = []
    wrong = 0

    def one(question: str) -> None:
        nonlocal wrong
        try:
            answer, ms = _ask(url, question)
        except Exception as exc:  # a user seeing an error is what we count
            errors.append(f"{question}: {exc}")
            return
        latencies.append(ms)
        if answer != expected[question]:
            wrong += 1

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=users) as pool:
        list(pool.map(one, assigned))
    wall = time.perf_counter() - t0
    return {
        "users": users,
        "answered": len(latencies),
        "errors": errors,
        "wrong": wrong,
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "max_ms": max(latencies, default=0.0),
        "wall_s": wall,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:7860/")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--questions", default=str(QUESTIONS_DIR / "herefordshire.jsonl"))
    parser.add_argument("--json", dest="json_out")
    args = parser.parse_args(argv)
    questions = [q.question for q in load_questions(Path(args.questions)) if not q.history]
    result = run_load(args.url, questions, args.users)
    print(
        f"{result['users']} users at once: {result['answered']} answered, "
        f"{len(result['errors'])} errors, {result['wrong']} differing from a lone user; "
        f"p50 {result['p50_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms, "
        f"max {result['max_ms']:.0f} ms, all done in {result['wall_s']:.1f} s"
    )
    for error in result["errors"][:5]:
        print(f"error: {error}", file=sys.stderr)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=2))
    return 0 if not result["errors"] and not result["wrong"] else 1


if __name__ == "__main__":
    sys.exit(main())
