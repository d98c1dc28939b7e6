"""The command line, run as a user would (`python -m app.cli`, the console script's entry
point), against an index it built itself."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import cli_env, read_json_lines, run_cli, run_cli_many

from eval.metrics import is_gold

ANSWER_KEYS = {"question", "answer", "refused", "citations"}
CITATION_KEYS = {"n", "doc_id", "title", "publisher", "published", "page", "text", "start",
                 "end", "voice"}


@pytest.fixture(scope="module")
def cli_runs(cli_sample_index, eval_questions):
    """The slow commands (they load the model), run concurrently against the CLI index."""
    index = ["--index", str(cli_sample_index)]
    return run_cli_many({
        "ask-json": ([*index, "ask", "--json", "-"], _ask_json_stdin(eval_questions)[0]),
        "ask-text": ([*index, "ask", "Which council did Herefordshire partner with to "
                                     "improve children's services?"], None),
        "search": ([*index, "search", "agency social workers", "-k", "4"], None),
        "ask-no-question": ([*index, "ask"], None),
    })


def _ask_json_stdin(eval_questions) -> tuple[str, list[str]]:
    facts = [q for q in eval_questions if q.kind == "fact" and q.answerable]
    follow = next(q for q in eval_questions if q.kind == "followup" and len(q.history) == 1)
    lines = [facts[0].question, "",
             json.dumps({"question": follow.history[0], "conversation": "c1"}),
             "   ",
             json.dumps({"question": follow.question, "conversation": "c1"}),
             *(q.question for q in facts[1:])]
    return "\n".join(lines) + "\n", lines


@pytest.fixture(scope="module")
def ask_json(cli_runs, eval_questions):
    """One `ask --json -` run: plain question lines (the eval file's fact questions), a
    two-turn conversation as JSON lines sharing a conversation id, and blank lines."""
    facts = [q for q in eval_questions if q.kind == "fact" and q.answerable]
    _, lines = _ask_json_stdin(eval_questions)
    asked = [line for line in lines if line.strip()]
    result = cli_runs["ask-json"]
    assert result.returncode == 0, result.stderr
    questions = [json.loads(x)["question"] if x.startswith("{") else x for x in asked]
    return {"result": result, "questions": questions,
            "facts": {q.question: q for q in facts}}


@pytest.fixture(scope="module")
def manifest_rows(sample_corpus):
    with (sample_corpus / "sources.csv").open(newline="", encoding="utf-8") as handle:
        return {row["file"]: row for row in csv.DictReader(handle)}


def test_ask_json_one_object_per_question(ask_json):
    stdout = ask_json["result"].stdout
    objects = read_json_lines(stdout)
    assert len(objects) == len(ask_json["questions"])
    assert [o["question"] for o in objects] == ask_json["questions"]
    assert all(line.startswith("{") for line in stdout.splitlines() if line.strip())


def test_ask_json_contract(ask_json):
    for obj in read_json_lines(ask_json["result"].stdout):
        # keys are only ever added: "form" (lookup or briefing) and a briefing's "more" points
        assert set(obj) == ANSWER_KEYS | {"verification", "form", "more"}
        assert obj["form"] in ("lookup", "briefing")
        assert isinstance(obj["more"], list)
        assert isinstance(obj["answer"], str)
        assert obj["answer"]
        assert isinstance(obj["refused"], bool)
        for c in obj["citations"]:
            assert set(c) == CITATION_KEYS
            assert isinstance(c["n"], int)
            assert isinstance(c["page"], int)
            assert isinstance(c["start"], int)
            assert isinstance(c["end"], int)
            assert c["end"] - c["start"] == len(c["text"])


def test_ask_json_markers_refer_to_citations(ask_json):
    for obj in read_json_lines(ask_json["result"].stdout):
        markers = {int(n) for n in re.findall(r"\[(\d+)\]", obj["answer"])}
        numbers = {c["n"] for c in obj["citations"]}
        assert markers <= numbers, obj["answer"]
        if not obj["refused"]:
            assert markers == numbers
            assert markers


def test_ask_json_citations_quote_the_documents(ask_json, sample_corpus, cli_sample_index):
    from index.store import IndexStore

    store = IndexStore(cli_sample_index)
    try:
        for obj in read_json_lines(ask_json["result"].stdout):
            for c in obj["citations"]:
                doc = store.document(c["doc_id"])
                assert doc is not None
                assert doc.text[c["start"]:c["end"]] == c["text"]
                assert doc.meta.title == c["title"]
    finally:
        store.close()


def test_ask_json_cites_gold_passages_for_most_fact_questions(ask_json):
    facts = ask_json["facts"]
    outputs = [o for o in read_json_lines(ask_json["result"].stdout) if o["question"] in facts]
    assert len(outputs) == len(facts) >= 5
    cited_gold = [
        any(is_gold(c["text"], c["doc_id"], facts[o["question"]].gold) for c in o["citations"])
        and not o["refused"]
        for o in outputs
    ]
    rate = sum(cited_gold) / len(cited_gold)
    print(f"fact questions answered with a gold citation: {rate:.2f}")
    assert rate >= 0.5


def test_sources_json(cli_sample_index, manifest_rows):
    result = run_cli("--index", str(cli_sample_index), "sources", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == len(manifest_rows) == 5
    for row in rows:
        assert {"doc_id", "path", "title", "published", "passages"} <= set(row)
        name = row["path"].rsplit("/", 1)[-1]
        assert name in manifest_rows
        assert row["title"] == manifest_rows[name]["title"]
        assert row["published"] == manifest_rows[name]["published"]
        assert isinstance(row["passages"], int)
        assert row["passages"] > 0
    assert len({r["doc_id"] for r in rows}) == 5


def test_sources_text_lists_every_document(cli_sample_index, manifest_rows):
    result = run_cli("--index", str(cli_sample_index), "sources")
    assert result.returncode == 0
    for row in manifest_rows.values():
        assert row["title"] in result.stdout


def test_search_prints_ranked_results(cli_runs):
    result = cli_runs["search"]
    assert result.returncode == 0, result.stderr
    ranked = re.findall(r"^\s*(\d+)\. \((\d+\.\d+)\) (.+)$", result.stdout, re.MULTILINE)
    assert [int(r) for r, _, _ in ranked] == [1, 2, 3, 4]
    scores = [float(s) for _, s, _ in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(" — " in line and "p. " in line for _, _, line in ranked)


def test_ask_text_output(cli_runs):
    result = cli_runs["ask-text"]
    assert result.returncode == 0, result.stderr
    assert "[1]" in result.stdout
    assert "Sources:" in result.stdout or "Closest material:" in result.stdout


def test_ask_on_empty_index_says_to_ingest(tmp_path):
    empty = tmp_path / "empty-index"
    empty.mkdir()
    result = run_cli("--index", str(empty), "ask", "What did Ofsted find?")
    assert result.returncode == 2
    assert "inspection-qa ingest" in result.stderr
    assert result.stdout == ""


def test_ask_json_on_empty_index_says_to_ingest(tmp_path):
    result = run_cli("--index", str(tmp_path / "never-made"), "ask", "--json", "-",
                     stdin="What did Ofsted find?\n")
    assert result.returncode == 2
    assert "inspection-qa ingest" in result.stderr


def test_ask_without_question_exits_2(cli_runs):
    result = cli_runs["ask-no-question"]
    assert result.returncode == 2
    assert "question" in result.stderr.lower()


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["ask", "--help"],
        ["ingest", "--help"],
        ["search", "--help"],
        ["eval", "--help"],
        ["bench", "--help"],
    ],
    ids=["top", "ask", "ingest", "search", "eval", "bench"],
)
def test_help(args):
    result = run_cli(*args, timeout=30)
    assert result.returncode == 0
    assert "usage: inspection-qa" in result.stdout


def test_help_lists_commands():
    out = run_cli("--help", timeout=30).stdout
    for command in ("ingest", "ask", "search", "sources", "serve", "eval", "bench"):
        assert command in out


def test_console_script_runs_the_same_command_line():
    """The installed `inspection-qa` script, evaluation's registered commands included."""
    script = Path(sys.executable).parent / "inspection-qa"
    if not script.exists():
        pytest.skip(f"the console script is not installed at {script} (pip install -e .)")
    result = subprocess.run(
        [str(script), "--help"], capture_output=True, text=True, timeout=30, env=cli_env()
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == run_cli("--help", timeout=30).stdout
    assert "bench" in result.stdout


def test_unknown_command_is_a_usage_error():
    result = run_cli("frobnicate", timeout=30)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


@pytest.mark.parametrize("command", ["timeline", "sources"])
def test_output_into_a_pipe_closed_early_stops_quietly(cli_sample_index, command):
    """`inspection-qa timeline | head -1`: the first line, then no BrokenPipeError."""
    cli = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--index", str(cli_sample_index), command],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env(),
        cwd=Path(__file__).resolve().parents[1],
    )
    assert cli.stdout is not None
    assert cli.stderr is not None
    first = cli.stdout.readline()
    cli.stdout.close()  # what `head -1` does after its line
    err = cli.stderr.read().decode()
    assert cli.wait(timeout=120) == 0, err
    assert first.strip()
    assert "Traceback" not in err
    assert "BrokenPipe" not in err
