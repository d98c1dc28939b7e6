"""kill -9 at several points of an ingest: the index still answers as before, `check` finds
no passage without its vector, and the next ingest finishes the job with nothing doubled."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import CLI, cli_env, run_cli

_SUBJECTS = [
    "The council",
    "Inspectors",
    "The commissioner",
    "Senior leaders",
    "The panel",
    "Social workers",
    "The director",
    "Partner agencies",
    "The cabinet",
    "Managers",
]
_VERBS = ["reported that", "found that", "agreed that", "noted that", "warned that"]
_OBJECTS = [
    "caseloads remained too high",
    "supervision was improving slowly",
    "assessments lacked rigour",
    "recruitment had stalled",
    "plans were not reviewed",
    "families waited too long for help",
    "the budget rose again",
    "training was well received",
    "oversight of casework was weak",
    "children in care saw their social worker change",
]


def _write_record(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        paragraphs = []
        for _ in range(18):
            sentences = [
                f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} "
                f"in {rng.choice(['spring', 'summer', 'autumn', 'winter'])} "
                f"{rng.randint(2015, 2024)}."
                for _ in range(3)
            ]
            paragraphs.append(" ".join(sentences))
        marker = f"Report number {i} was filed by the Wexcombe review panel."
        (folder / f"report-{i:03d}.txt").write_text(marker + "\n\n" + "\n\n".join(paragraphs))


def _documents(index: Path) -> int:
    db = index / "registry.sqlite3"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def _kill_when(index: Path, folder: Path, documents: int, timeout: float = 240) -> None:
    proc = subprocess.Popen(
        [*CLI, "--index", str(index), "ingest", "--quiet", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=cli_env(),
    )
    deadline = time.time() + timeout
    try:
        while time.time() < deadline and proc.poll() is None:
            if _documents(index) >= documents:
                break
            time.sleep(0.05)
        else:
            if proc.poll() is None:
                pytest.fail("ingest made no progress")
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()


def _answer(index: Path, question: str) -> dict:
    result = run_cli("--index", str(index), "ask", "--json", "-", stdin=question + "\n")
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.splitlines()[0])


def test_kill_9_during_ingest_loses_nothing(tmp_path):
    first, rest = tmp_path / "first", tmp_path / "all"
    _write_record(first, 3)
    _write_record(rest, 36)
    index = tmp_path / "index"
    assert run_cli("--index", str(index), "ingest", "--quiet", str(first)).returncode == 0
    question = "Who filed report number 1?"
    before = _answer(index, question)
    assert before["citations"]

    for stop_at in (8, 17, 29):
        _kill_when(index, rest, stop_at)
        checked = run_cli("--index", str(index), "check")
        assert "missing" not in checked.stdout, checked.stdout
        assert _answer(index, question)["answer"] == before["answer"]

    final = run_cli("--index", str(index), "ingest", "--quiet", str(rest))
    assert final.returncode == 0, final.stderr[-2000:]
    assert run_cli("--index", str(index), "check").returncode == 0

    clean = tmp_path / "clean-index"
    assert run_cli("--index", str(clean), "ingest", "--quiet", str(rest)).returncode == 0
    mine = json.loads(run_cli("--index", str(index), "sources", "--json").stdout)
    theirs = json.loads(run_cli("--index", str(clean), "sources", "--json").stdout)
    count = {s["doc_id"]: s["passages"] for s in theirs}
    for source in mine:
        if source["doc_id"] in count:
            assert source["passages"] == count[source["doc_id"]]
    assert len(mine) == len(theirs)  # the first three are the same texts: duplicates, not new
