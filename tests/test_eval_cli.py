"""`inspection-qa eval` as a user runs it: both pipelines over a real record, one table."""

from __future__ import annotations

import json

import pytest
from conftest import NORTHMERE, run_cli

from eval.run import load_questions, questions_for


@pytest.fixture(scope="module")
def eval_run(tmp_path_factory):
    """One eval run over the fictional record on a slice of its questions of every sort."""
    if not NORTHMERE.is_dir():
        pytest.skip(f"no record at {NORTHMERE}")
    questions = load_questions(questions_for(NORTHMERE))
    answerable = [q for q in questions if q.answerable]
    chosen = {q.id for q in answerable[:6]}
    chosen |= {q.id for q in [q for q in questions if not q.answerable][:2]}
    chosen |= {q.id for q in [q for q in questions if q.as_of][:1]}
    lines = [
        line
        for line in questions_for(NORTHMERE).read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["id"] in chosen
    ]
    tmp = tmp_path_factory.mktemp("eval")
    subset = tmp / "subset.jsonl"
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp / "figures.json"
    result = run_cli(
        "eval", "--corpus", str(NORTHMERE), "--questions", str(subset), "--json", str(out),
        timeout=600,
    )
    return result, json.loads(out.read_text(encoding="utf-8")) if out.exists() else None, chosen


def test_eval_prints_both_pipelines_side_by_side(eval_run):
    result, _, chosen = eval_run
    assert result.returncode == 0, result.stderr[-2000:]
    header = next(line for line in result.stdout.splitlines() if line.startswith("metric"))
    assert "inspection-qa" in header
    assert "llama-index stock" in header
    lines = [line.strip() for line in result.stdout.splitlines()]
    for label in ("hit@1", "hit@5", "same units, random order", "MRR", "refusal accuracy"):
        row = next((line for line in lines if line.startswith(label)), None)
        assert row is not None, f"no {label!r} row in:\n{result.stdout}"
    assert f"({len(chosen)}," in result.stdout, "the header counts the questions asked"
    assert "By half" in result.stdout
    halves = next(line for line in lines if line.startswith("half"))
    assert halves.split()[1:] == ["dev", "test", "gap"]


def test_eval_json_has_every_question_for_both(eval_run):
    _, figures, chosen = eval_run
    assert figures is not None
    for side in ("ours", "baseline"):
        rows = figures[side]["rows"]
        assert {r["id"] for r in rows} == chosen
        halves = [figures[side][f"summary_{h}"] for h in ("dev", "test")]
        assert sum(h["questions"] for h in halves if h) == figures[side]["summary"]["questions"]
        for r in rows:
            if r["answerable"]:
                assert r["rank"] is None or 1 <= r["rank"] <= 5
                assert 0.0 <= r["chance_hit"] <= 1.0
            else:
                assert r["rank"] is None
                assert r["chance_hit"] is None


def test_chance_level_is_below_what_ranking_finds(eval_run):
    """Random order of our passages finds far less than our ranking: the ranking does work."""
    _, figures, _ = eval_run
    ours = figures["ours"]["summary"]
    assert ours["chance_hit@5"] < ours["hit@5"]
    baseline = figures["baseline"]["summary"]
    # The stock pipeline's units are far larger, so chance alone finds more with them.
    assert baseline["chance_hit@5"] > ours["chance_hit@5"]


def test_eval_names_a_missing_record_folder(tmp_path):
    missing = tmp_path / "no-such-record"
    result = run_cli("eval", "--corpus", str(missing))
    assert result.returncode == 2
    assert str(missing) in result.stderr


def test_eval_compares_equal_reading_with_plain_bm25(eval_run):
    """Both rankings are scored on the same answerable questions at each reading budget."""
    result, figures, chosen = eval_run
    assert "plain bm25s" in result.stdout
    reading = figures["equal_reading"]
    answerable = {r["id"] for r in figures["ours"]["rows"] if r["answerable"]}
    assert {r["id"] for r in reading["plain_bm25"]["rows"]} == answerable
    for side in (reading["ours"], reading["plain_bm25"]):
        assert 0.0 <= side["budget_hit_1000"] <= side["budget_hit_2000"] <= 1.0


def test_plain_chunks_are_256_tokens_without_overlap():
    from eval.plain_bm25 import chunks

    words = [f"w{i}" for i in range(600)]
    parts = chunks(" ".join(words))
    assert [len(p.split()) for p in parts] == [256, 256, 88]
    assert " ".join(parts).split() == words
