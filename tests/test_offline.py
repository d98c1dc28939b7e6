"""Nothing calls the network at run time: ingest, ask and serve run in a network namespace
with no route out, and an audit hook records every connection or name lookup they attempt."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from tests.conftest import CLI, cli_env

SHELL_CLI = shlex.join(CLI)  # the command line, quoted for the scripts below

LOCAL = {"127.0.0.1", "localhost", "::1", "0.0.0.0", "", "None"}

_HOOK = textwrap.dedent(
    """
    import os, sys
    _log = os.environ["IQA_NET_LOG"]
    def _hook(event, args):
        if event == "socket.getaddrinfo":
            host = str(args[0])
        elif event == "socket.connect":
            address = args[1]
            if not isinstance(address, tuple):
                return  # a Unix socket
            host = str(address[0])
        else:
            return
        with open(_log, "a") as fh:
            fh.write(f"{event} {host}\\n")
    sys.addaudithook(_hook)
    """
)


def _unshare_works() -> bool:
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return False
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(
    not _unshare_works(), reason="needs `unshare -n` (root or user namespaces) and iproute2"
)


def _run_offline(script: str, tmp_path: Path, timeout: float = 300) -> tuple[str, list[str]]:
    """Run a shell script in a fresh network namespace (loopback only), audit-hooked."""
    hook_dir = tmp_path / "hook"
    hook_dir.mkdir()
    (hook_dir / "sitecustomize.py").write_text(_HOOK)
    log = tmp_path / "net.log"
    log.touch()
    env = cli_env()
    env["PYTHONPATH"] = str(hook_dir)
    env["IQA_NET_LOG"] = str(log)
    result = subprocess.run(
        ["unshare", "-n", "bash", "-c", f"ip link set lo up\n{script}"],
        capture_output=True, text=True, timeout=timeout, env=env,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    attempts = [
        line for line in log.read_text().splitlines()
        if line.split(" ", 1)[1] not in LOCAL
    ]
    return result.stdout, attempts


def test_ingest_and_ask_make_no_network_call(sample_corpus, tmp_path):
    index = tmp_path / "index"
    questions = "Why is the service in intervention?\nWhat did the commissioner recommend?\n"
    script = (
        f"{SHELL_CLI} --index '{index}' ingest --quiet '{sample_corpus}' >/dev/null\n"
        f"printf '{questions}' | {SHELL_CLI} --index '{index}' ask --json -\n"
    )
    out, attempts = _run_offline(script, tmp_path)
    answers = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(answers) == 2
    assert all(a["citations"] for a in answers)
    assert attempts == [], f"network calls attempted: {attempts[:10]}"


def test_chat_serves_without_network(sample_corpus, tmp_path):
    index = tmp_path / "index"
    port = 7931
    script = textwrap.dedent(
        f"""
        {SHELL_CLI} --index '{index}' ingest --quiet '{sample_corpus}' >/dev/null
        {SHELL_CLI} --index '{index}' serve --port {port} >"{tmp_path}/serve.log" 2>&1 &
        pid=$!
        for i in $(seq 1 90); do
          code=$(curl -s -o "{tmp_path}/page.html" -w '%{{http_code}}' http://127.0.0.1:{port}/)
          [ "$code" = 200 ] && break
          sleep 1
        done
        kill $pid; wait $pid 2>/dev/null
        echo "status=$code"
        """
    )
    out, attempts = _run_offline(script, tmp_path)
    assert "status=200" in out, (tmp_path / "serve.log").read_text()[-2000:]
    assert attempts == [], f"network calls attempted: {attempts[:10]}"
