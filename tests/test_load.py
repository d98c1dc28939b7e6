"""20 users asking at once through gradio_client against the real chat on loopback."""

from __future__ import annotations

import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from eval.load import run_load
from tests.conftest import CLI, cli_env


@pytest.fixture
def served(cli_sample_index: Path):
    port = 7951
    proc = subprocess.Popen(
        [*CLI, "--index", str(cli_sample_index), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=cli_env(),
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                break
        except OSError:
            time.sleep(1)
    else:
        proc.kill()
        pytest.fail("chat did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def test_twenty_users_at_once_get_the_lone_user_answers(served, eval_questions):
    questions = [q.question for q in eval_questions if not q.history][:10]
    result = run_load(served, questions, users=20)
    print(f"p50 {result['p50_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms")
    assert result["errors"] == []
    assert result["answered"] == 20
    assert result["wrong"] == 0
