"""A real `chroma run` server on loopback instead of the embedded store: ingest, ask,
restart the server, ask again."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, free_port, run_cli

CHROMA = REPO_ROOT / ".venv" / "bin" / "chroma"


class ChromaServer:
    def __init__(self, path: Path, port: int) -> None:
        self.path, self.port = path, port
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1",
             "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=2):
                    return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError("chroma server did not start within 60 s")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=30)
            self.proc = None


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[ChromaServer]:
    if not CHROMA.exists():
        pytest.skip(f"chroma CLI not installed at {CHROMA}")
    server = ChromaServer(tmp_path / "chroma-data", free_port())
    server.start()
    yield server
    server.stop()


def _ask(index: Path, url: str, questions: list[str]) -> list[dict]:
    result = run_cli("--index", str(index), "--chroma-url", url, "ask", "--json", "-",
                     stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr[-2000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_server_mode_survives_a_restart(chroma_server, sample_corpus, tmp_path):
    index = tmp_path / "index"
    ingest = run_cli("--index", str(index), "--chroma-url", chroma_server.url,
                     "ingest", "--quiet", str(sample_corpus))
    assert ingest.returncode == 0, ingest.stderr[-2000:]
    assert not (index / "chroma").exists(), "server mode must not create an embedded store"

    questions = ["What did the commissioner recommend?", "When did Ofsted visit in June?"]
    before = _ask(index, chroma_server.url, questions)
    assert all(a["citations"] for a in before)

    chroma_server.stop()
    chroma_server.start()
    after = _ask(index, chroma_server.url, questions)
    assert [a["answer"] for a in after] == [a["answer"] for a in before]

    import chromadb

    client = chromadb.HttpClient(host="127.0.0.1", port=chroma_server.port)
    vectors = client.get_collection("passages").count()
    sources = json.loads(run_cli("--index", str(index), "sources", "--json").stdout)
    assert vectors == sum(s["passages"] for s in sources)
