"""The console script with a model configured by flags or INSPECTION_QA_LLM_* (scripted
server on loopback): `ask --json -` keeps its contract and adds `verification`; a server
that is down gives the extractive answer and a notice; bad settings say what fixes them."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import CLI, REPO_ROOT, cli_env, read_json_lines
from scripted_llm import Prompt, Reply, ScriptedLLM

QUESTION = "How many social worker vacancies did Herefordshire have at the end of 2023?"


def quote_first(p: Prompt) -> Reply:
    if p.kind == "rewrite":
        return Reply("What did Ofsted say about social worker vacancies in Herefordshire?")
    return Reply(f"{p.sentence(1)} [1] Vacancies fell to 4 in 2024 [1].")


@pytest.fixture(scope="module")
def runs(cli_sample_index):
    server = ScriptedLLM(script=quote_first).start()
    index = ["--index", str(cli_sample_index)]
    stdin = "\n".join([QUESTION, json.dumps({"question": QUESTION, "conversation": "c"}),
                       json.dumps({"question": "And why?", "conversation": "c"})]) + "\n"
    commands = {
        "env": ([*index, "ask", "--json", "-"], stdin,
                {"INSPECTION_QA_LLM_URL": server.url, "INSPECTION_QA_LLM_MODEL": "scripted"}),
        "down": ([*index, "--llm-url", "http://127.0.0.1:9/v1", "--llm-model", "gone", "ask",
                  QUESTION], None, {"INSPECTION_QA_LLM_TIMEOUT": "5"}),
        "no-file": ([*index, "--llm-gguf", "/nonexistent/model.gguf", "ask", QUESTION], None,
                    {}),
        "no-model": ([*index, "--llm-url", server.url, "ask", QUESTION], None, {}),
    }
    procs = {}
    for key, (args, text, extra) in commands.items():
        env = {**cli_env(), **extra}
        procs[key] = (subprocess.Popen([*CLI, *args], stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       text=True, cwd=REPO_ROOT, env=env), text)
    results = {}
    try:
        for key, (proc, text) in procs.items():
            out, err = proc.communicate(text or "", timeout=300)
            results[key] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    finally:
        for proc, _ in procs.values():
            if proc.poll() is None:
                proc.kill()
        server.stop()
    return results, server


def test_ask_json_from_environment_adds_verification(runs):
    results, server = runs
    result = results["env"]
    assert result.returncode == 0, result.stderr
    objects = read_json_lines(result.stdout)
    assert len(objects) == 3
    for obj in objects:
        assert {"question", "answer", "refused", "citations"} <= set(obj)
        v = obj["verification"]
        assert v["mode"] == "llm"
        assert v["model"] == "scripted"
        assert "fell to 4" not in obj["answer"]
        if not v["fallback"]:
            assert v["kept"] == 1
            assert v["dropped"] + v["replaced"] == 1
            assert obj["answer"].endswith("[1]")
    assert "rewrite" in [p.kind for p in server.prompts]  # the follow-up went to the model


def test_server_down_answers_with_quotes_and_a_notice(runs):
    result = runs[0]["down"]
    assert result.returncode == 0, result.stderr
    assert "[1]" in result.stdout
    assert "the model did not answer" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("key", "message"),
    [("no-file", "No GGUF model file at /nonexistent/model.gguf"),
     ("no-model", "--llm-url needs --llm-model NAME")],
    ids=["gguf-missing", "url-without-model"],
)
def test_bad_model_settings_say_what_fixes_them(runs, key, message):
    result = runs[0][key]
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
