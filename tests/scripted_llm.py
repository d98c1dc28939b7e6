"""A tiny HTTP server on loopback speaking OpenAI's chat-completions protocol (streaming and
not), whose replies are scripted per test: right citations, wrong ones, broken format,
obeyed instructions, slow, errors. It reads the numbered passages out of the prompt it is
sent, so scripts can quote (or misquote) the record they were given.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from index.lexical import words

_PASSAGE = re.compile(r"\[(\d+)\]\n<<<\nSource: (.*?)\n(.*?)\n>>>", re.S)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass
class Prompt:
    """What the server was asked: the text, its passages, and its kind."""

    text: str

    @property
    def kind(self) -> str:
        return "rewrite" if "Follow-up:" in self.text else "answer"

    @property
    def passages(self) -> dict[int, str]:
        return {int(n): body for n, _, body in _PASSAGE.findall(self.text)}

    def sentence(self, n: int, i: int = 0) -> str:
        """The i-th sentence of passage n, as the prompt quoted it."""
        sentences = [s for s in _SENTENCE.split(self.passages[n]) if len(s) > 20]
        return sentences[min(i, len(sentences) - 1)]


@dataclass
class Reply:
    """One scripted reply: text (streamed in small pieces), or a failure."""

    text: str = ""
    status: int = 200
    raw: bytes | None = None  # sent as the body as it is: broken JSON, wrong shape
    delay: float = 0.0  # before the first byte
    token_delay: float = 0.0  # between streamed pieces


Script = Callable[[Prompt], Reply]


@dataclass
class ScriptedLLM:
    """The server; set `.script` to decide the replies; `.prompts` records what came in."""

    script: Script = field(default=lambda p: Reply("The record does not say."))
    prompts: list[Prompt] = field(default_factory=list)
    requests: list[dict] = field(default_factory=list)
    authorizations: list[str] = field(default_factory=list)  # each request's Authorization

    def start(self) -> ScriptedLLM:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # /v1/models
                body = json.dumps({"object": "list", "data": [{"id": "scripted",
                                                               "object": "model"}]}).encode()
                self._send(200, body, "application/json")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                request = json.loads(self.rfile.read(length) or b"{}")
                owner.requests.append(request)
                owner.authorizations.append(self.headers.get("Authorization", ""))
                content = "\n".join(str(m.get("content", "")) for m in request.get("messages", []))
                prompt = Prompt(content)
                owner.prompts.append(prompt)
                reply = owner.script(prompt)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.raw is not None or reply.status != 200:
                    body = reply.raw if reply.raw is not None else json.dumps(
                        {"error": {"message": "scripted failure", "type": "server_error"}}
                    ).encode()
                    self._send(reply.status, body, "application/json")
                    return
                if request.get("stream"):
                    self._stream(reply, request.get("model", "scripted"))
                else:
                    self._send(200, json.dumps(_completion(reply.text, request)).encode(),
                               "application/json")

            def _send(self, status: int, body: bytes, kind: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _stream(self, reply: Reply, model: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                pieces = re.findall(r"\S+\s*|\s+", reply.text)
                try:
                    for piece in pieces:
                        self._event(_chunk(model, {"content": piece}, None))
                        if reply.token_delay:
                            time.sleep(reply.token_delay)
                    self._event(_chunk(model, {}, "stop"))
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (deadline): fine
                self.close_connection = True

            def _event(self, obj: dict) -> None:
                self.wfile.write(b"data: " + json.dumps(obj).encode() + b"\n\n")
                self.wfile.flush()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _chunk(model: str, delta: dict, finish: str | None) -> dict:
    return {"id": "chatcmpl-scripted", "object": "chat.completion.chunk",
            "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def _completion(text: str, request: dict) -> dict:
    return {"id": "chatcmpl-scripted", "object": "chat.completion", "created": int(time.time()),
            "model": request.get("model", "scripted"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


_CITED = re.compile(r"(.+?)((?: ?\[\d+\])+)(?= |$)")


def _pairs(text: str) -> list[tuple[str, list[int]]]:
    """(sentence, cited numbers); the whole answer, the assistant's own framing notes
    ("(Drawing only on material published …)") aside, must consist of such pairs."""
    from app.answer import quoted_part

    text = quoted_part(text)
    pairs = [(m.group(1).strip(), [int(n) for n in re.findall(r"\d+", m.group(2))])
             for m in _CITED.finditer(text)]
    rebuilt = " ".join(f"{s} {''.join(f'[{n}]' for n in ns)}" for s, ns in pairs)
    assert rebuilt == text.strip(), f"text outside cited sentences: {text!r}"
    return pairs


def assert_verified(answer) -> None:
    """Every sentence ends in markers to listed citations, numbered densely, whose passage
    holds the sentence's numbers; citations are exactly those cited."""
    pairs = _pairs(answer.text)
    assert pairs
    by_n = {c.n: c for c in answer.citations}
    cited = {n for _, ns in pairs for n in ns}
    assert cited == set(by_n) == set(range(1, len(by_n) + 1)), (answer.text, sorted(by_n))
    for sentence, ns in pairs:
        evidence = set()
        for n in ns:
            c = by_n[n]
            evidence |= set(words(f"{c.title} {c.publisher} {c.published} {c.text}"))
        numbers = {w for w in words(sentence) if w[0].isdigit()}
        assert numbers <= evidence, (sentence, numbers - evidence)
