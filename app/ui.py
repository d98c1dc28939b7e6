"""The Gradio chat: a thin layer over Library/Assistant. The only module importing gradio."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app import render
from app.answer import Answer, Turn
from app.library import Library
from app.wiring import Components
from index.embeddings import force_offline

CSS = """
.iqa-citation { border-left: 3px solid #6b7280; padding: 0.4em 0.8em; margin: 0.6em 0; }
.iqa-source { font-weight: 600; }
.iqa-meta { color: #4b5563; font-size: 0.9em; }
.iqa-passage { margin: 0.4em 0 0 0; white-space: normal; }
.iqa-passage mark { background: #fde68a; color: inherit; }
"""
_DRAFT_EVERY = 0.15  # seconds between redraws of a streaming draft


def _answer_markdown(answer: Answer) -> str:
    """The answer, then which mode answered and what verification kept."""
    summary = render.escape_markdown(answer.verification.summary())
    return f"{render.chat_markdown(answer)}\n\n_{summary}_"


def _draft_markdown(draft: str) -> str:
    """Tokens as they come, marked as not yet checked; replaced by the verified answer."""
    shown = render.escape_markdown(draft.strip()) or "…"
    return f"_Drafting — not yet checked against the record:_\n\n{shown}"


def _messages(turns: list[Turn]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for turn in turns:
        out.append({"role": "user", "content": render.escape_markdown(turn.question)})
        if turn.answer is not None:
            out.append({"role": "assistant", "content": _answer_markdown(turn.answer)})
    return out


def _ask_streaming(library: Library, message: str, turns: list[Turn]) -> Iterator[str | Answer]:
    """The draft so far, again and again as tokens arrive, then the verified Answer."""
    tokens: queue.Queue[str | None] = queue.Queue()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["answer"] = library.ask(message, turns, on_token=tokens.put)
        except Exception as exc:  # re-raised in the caller's thread
            outcome["error"] = exc
        finally:
            tokens.put(None)

    threading.Thread(target=work, daemon=True).start()
    draft, shown_at = "", 0.0
    while (token := tokens.get()) is not None:
        draft += token
        if time.monotonic() - shown_at >= _DRAFT_EVERY:
            shown_at = time.monotonic()
            yield draft
    if "error" in outcome:
        raise outcome["error"]
    yield outcome["answer"]


def _source_rows(library: Library) -> list[list[Any]]:
    return [
        [r.published or "unknown", r.title, r.publisher, r.kind, r.passages, r.doc_id]
        for r in library.sources()
    ]


def build_ui(library: Library, max_upload_mb: int = 25) -> Any:
    """The chat, its citation panel, and the Sources tab (list and upload)."""
    force_offline()
    import gradio as gr

    def respond(message: str, turns: list[Turn]) -> Iterator[tuple[Any, ...]]:
        message = (message or "").strip()
        if not message:
            yield gr.skip(), turns, gr.skip(), ""
            return
        try:
            if not library.assistant.streams:
                answer: Answer = library.ask(message, turns)
            else:
                asked = [
                    *_messages(turns),
                    {"role": "user", "content": render.escape_markdown(message)},
                ]
                for step in _ask_streaming(library, message, turns):
                    if isinstance(step, Answer):
                        answer = step
                        break
                    draft = {"role": "assistant", "content": _draft_markdown(step)}
                    yield [*asked, draft], turns, gr.skip(), ""
        except Exception as exc:  # shown to the user in words, not a traceback
            raise gr.Error(f"Could not answer: {exc}") from exc
        turns = [*turns, Turn(message, answer, answer.query)]
        yield _messages(turns), turns, render.citation_html(answer), ""

    def clear() -> tuple[Any, ...]:
        return [], [], render.citation_html(None)

    def upload(files: list[Any] | None) -> tuple[Any, ...]:
        if not files:
            return "Choose one or more files first.", gr.skip(), gr.skip()
        paths = [Path(f if isinstance(f, str) else f.name) for f in files]
        report, refused = library.add_files(paths, max_upload_mb * 2**20)
        lines = [f"- ❌ {render.escape_markdown(m)}" for m in refused]
        for f in report.files:
            name = render.escape_markdown(Path(f.path).name)
            if f.status == "failed":
                lines.append(f"- ❌ {render.escape_markdown(f.message)}")
            else:
                lines.append(f"- ✅ {name}: {f.status}, {f.passages} passages")
            lines.extend(f"  - note: {render.escape_markdown(w)}" for w in f.warnings)
        lines.extend(f"- ⚠️ {render.escape_markdown(p)}" for p in report.problems)
        return "\n".join(lines), _source_rows(library), library.status()

    with gr.Blocks(title="inspection-qa") as demo:
        gr.Markdown("## Inspection record assistant\nAnswers quote the record and cite it.")
        status = gr.Markdown(library.status(), elem_id="iqa-status")
        turns = gr.State([])
        with gr.Tab("Chat"), gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(
                    label="Conversation", height=480, elem_id="iqa-chat", sanitize_html=True
                )
                box = gr.Textbox(
                    label="Your question",
                    elem_id="iqa-question",
                    placeholder="e.g. Why is the service in intervention?",
                )
                with gr.Row():
                    ask = gr.Button("Ask", variant="primary", elem_id="iqa-ask")
                    reset = gr.Button("New conversation", elem_id="iqa-clear")
            with gr.Column(scale=2):
                panel = gr.HTML(render.citation_html(None), elem_id="iqa-citations")
        with gr.Tab("Sources"):
            table = gr.Dataframe(
                value=_source_rows(library),
                elem_id="iqa-sources",
                interactive=False,
                headers=["published", "title", "publisher", "kind", "passages", "doc_id"],
            )
            files = gr.File(
                label=f"Add documents ({', '.join(Library.SUPPORTED)}; "
                f"up to {max_upload_mb} MB each)",
                file_count="multiple",
                elem_id="iqa-upload",
            )
            add = gr.Button("Add to index", elem_id="iqa-add")
            result = gr.Markdown(elem_id="iqa-upload-result")

        ask.click(respond, [box, turns], [chat, turns, panel, box], api_name="ask")
        box.submit(respond, [box, turns], [chat, turns, panel, box], api_visibility="private")
        reset.click(clear, None, [chat, turns, panel], api_name="new_conversation")
        add.click(upload, [files], [result, table, status], api_visibility="private")
    return demo


def serve(
    components: Components,
    host: str = "127.0.0.1",
    port: int = 7860,
    logins: list[tuple[str, str]] | None = None,
) -> None:
    """Start the chat and block until interrupted."""
    library = Library(components)
    settings = components.settings
    print(f"inspection-qa: {library.status()}")
    print(f"Open http://{host}:{port} in a browser (Ctrl+C stops).", flush=True)
    if logins:
        print(f"Login required ({len(logins)} user(s)).", flush=True)
    components.assistant.ask("warm-up")  # load the model before the first real question
    demo = build_ui(library, settings.max_upload_mb)
    demo.queue(default_concurrency_limit=4)
    demo.launch(
        server_name=host,
        server_port=port,
        css=CSS,
        show_error=True,
        max_file_size=f"{settings.max_upload_mb}mb",
        footer_links=[],
        quiet=True,
        auth=logins or None,
        auth_message="Log in to the inspection record assistant." if logins else None,
    )
