"""The Gradio chat: a thin layer over Library/Assistant. The only module importing gradio."""

from __future__ import annotations

import datetime as dt
import queue
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import chart, export, page, record_html, render
from app.answer import Answer, Turn
from app.changes import local_user
from app.library import Library
from app.scope import make_scope
from app.users import Logins
from app.wiring import Components
from index.embeddings import force_offline
from index.retrieve import Scope
from ingest.dates import human_date
from ingest.voice import LABELS, VOICES


def _picked(evt: Any, key: str) -> int | None:
    """The whole number a page script sent with its event, if any."""
    data = getattr(evt, "_data", None)
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, int) and value >= 0 else None


@dataclass(frozen=True)
class ChatTurn(Turn):
    """A turn as the chat keeps it: with the scope it was asked under, for export."""

    scope: Scope | None = None


_DRAFT_EVERY = 0.15  # seconds between redraws of a streaming draft
# What an empty conversation says: a first-time user saw a blank box.
EMPTY_CHAT = (
    "**Ask a question about the inspection record** in the box below.\n\n"
    "For example: *Why is the service in intervention?* · *What did Ofsted find at the "
    "last inspection?* · *What did the commissioner recommend?*\n\n"
    "Every answer quotes the record; click a number such as [1] to see the passage."
)
EMPTY_QUESTION = "Type a question in the box below, then press Ask or Enter."
# An empty index had answered 'The record I hold does not answer this question', as if the
# record had been searched; it holds nothing yet.
EMPTY_RECORD = (
    "Not answered: no documents are in the record yet, so there is nothing to answer from. "
    "An editor adds them in the Sources tab."
)


def _answer_markdown(answer: Answer, turn: int | None = None) -> str:
    """The answer (its markers linking to its citations), then which mode answered and what
    verification kept."""
    summary = render.escape_markdown(answer.verification.summary())
    return f"{render.chat_markdown(answer, turn)}\n\n_{summary}_"


def _draft_markdown(draft: str) -> str:
    """Tokens as they come, marked as not yet checked; replaced by the verified answer."""
    shown = render.escape_markdown(draft.strip()) or "…"
    return f"_Drafting — not yet checked against the record:_\n\n{shown}"


def _messages(turns: list[Turn]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for i, turn in enumerate(turns):
        out.append({"role": "user", "content": render.escape_markdown(turn.question)})
        if turn.answer is not None:
            out.append({"role": "assistant", "content": _answer_markdown(turn.answer, i)})
    return out


def _turn_of_message(turns: list[Turn], index: int) -> int | None:
    """Which turn the chat's message `index` belongs to (each turn: question, answer)."""
    position = 0
    for i, turn in enumerate(turns):
        position += 1 + (turn.answer is not None)
        if index < position:
            return i
    return None


def _ask_streaming(
    library: Library, message: str, turns: list[Turn], scope: Scope | None = None
) -> Iterator[str | Answer]:
    """The draft so far, again and again as tokens arrive, then the verified Answer."""
    tokens: queue.Queue[str | None] = queue.Queue()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["answer"] = library.ask(message, turns, scope, on_token=tokens.put)
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


def _sources(library: Library) -> str:
    return record_html.sources_html(library.sources())


def _list_and_passages(list_id: str, pick: str, empty: str, panel_id: str = "") -> tuple[Any, Any]:
    """A list whose items (class `pick`) show their passages in a panel beside it, as the
    Timeline and Recommendations tabs have."""
    import gradio as gr

    with gr.Row(equal_height=True):
        with gr.Column(scale=3):
            listed = gr.HTML(elem_id=list_id, js_on_load=page.pick_js(pick))
        with gr.Column(scale=2):
            panel = gr.HTML(
                f"<p class='iqa-empty'>{empty}</p>", elem_id=panel_id or f"{list_id}-passages"
            )
    return listed, panel


def build_ui(library: Library, max_upload_mb: int = 25, logins: Logins | None = None) -> Any:
    """The chat (scope controls, citation panel, export), Timeline, Recommendations, Sources;
    editors (every user when there are no `logins`) also add and remove documents."""
    force_offline()
    import gradio as gr

    logins = logins or Logins()

    def respond(
        message: str, turns: list[Turn], voices: list[str] | None = None, as_of: str | None = None
    ) -> Iterator[tuple[Any, ...]]:
        message = (message or "").strip()
        if not message:  # said, not ignored: an empty Ask had done nothing at all
            note = {"role": "assistant", "content": EMPTY_QUESTION}
            yield [*_messages(turns), note], turns, gr.skip(), ""
            return
        try:
            scope = make_scope(voices or None, as_of)
        except ValueError as exc:  # said in the chat; the question stays in the box
            note = {"role": "assistant", "content": render.escape_markdown(f"Not asked: {exc}.")}
            asked = {"role": "user", "content": render.escape_markdown(message)}
            yield [*_messages(turns), asked, note], turns, gr.skip(), message
            return
        try:
            if not library.assistant.streams:
                answer: Answer = library.ask(message, turns, scope)
            else:
                asked_list = [
                    *_messages(turns),
                    {"role": "user", "content": render.escape_markdown(message)},
                ]
                for step in _ask_streaming(library, message, turns, scope):
                    if isinstance(step, Answer):
                        answer = step
                        break
                    draft = {"role": "assistant", "content": _draft_markdown(step)}
                    yield [*asked_list, draft], turns, gr.skip(), ""
        except Exception as exc:  # shown to the user in words, not a traceback
            raise gr.Error(f"Could not answer: {exc}") from exc
        if not answer.citations and not library.sources():  # asked only when nothing cited
            note = {"role": "assistant", "content": EMPTY_RECORD}
            asked = {"role": "user", "content": render.escape_markdown(message)}
            yield [*_messages(turns), asked, note], turns, gr.skip(), message
            return
        turns = [*turns, ChatTurn(message, answer, answer.query, scope)]
        yield _messages(turns), turns, render.citation_html(answer, len(turns) - 1), ""

    def export_conversation(turns: list[Turn]) -> Any:
        answered = [t for t in turns if t.answer is not None]
        if not answered:
            raise gr.Error("Nothing to export yet: ask a question first.")
        pack = export.build_pack(
            [t.answer for t in answered if t.answer is not None],
            title="Conversation with the inspection record assistant",
            scopes=[getattr(t, "scope", None) for t in answered],
            documents=len(library.sources()),
        )
        folder = Path(tempfile.mkdtemp(prefix="iqa-export-"))
        stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M")
        files = [
            str(export.write(pack, folder / f"conversation-{stamp}{ext}"))
            for ext in (".docx", ".md")
        ]
        return gr.update(value=files, visible=True)

    def show_citation(turns: list[Turn], evt: gr.EventData) -> Any:
        """A marker was clicked: that answer's citations, the chosen one first."""
        turn, n = _picked(evt, "turn"), _picked(evt, "n")
        if turn is None or turn >= len(turns) or turns[turn].answer is None:
            return gr.skip()
        return render.citation_html(turns[turn].answer, turn, n)

    def show_answer_sources(turns: list[Turn], evt: gr.SelectData) -> Any:
        """An answer in the chat was clicked: its citations come back to the panel."""
        index = evt.index if isinstance(evt.index, int) else None
        turn = None if index is None else _turn_of_message(turns, index)
        if turn is None or turns[turn].answer is None:
            return gr.skip()
        return render.citation_html(turns[turn].answer, turn)

    def show_event(evt: gr.EventData) -> str:
        events, i = library.timeline(), _picked(evt, "index")
        if i is None or i >= len(events):
            return "<p class='iqa-empty'>The timeline has changed; reload the page.</p>"
        return record_html.event_passages_html(events[i])

    def show_recommendation(evt: gr.EventData) -> str:
        items, i = library.recommendations(), _picked(evt, "index")
        if i is None or i >= len(items):
            return "<p class='iqa-empty'>The register has changed; reload the page.</p>"
        return record_html.recommendation_passages_html(items[i])

    def filter_register(bodies: list[str] | None, since: str | None, until: str | None) -> str:
        items = library.recommendations()
        return record_html.register_html(
            items, record_html.shown(items, bodies or (), since or None, until or None)
        )

    # Gradio spots its event-data argument by annotation; ours are strings (__future__).
    show_citation.__annotations__["evt"] = gr.EventData
    show_answer_sources.__annotations__["evt"] = gr.SelectData
    show_event.__annotations__["evt"] = gr.EventData
    show_recommendation.__annotations__["evt"] = gr.EventData

    def record_views() -> tuple[Any, ...]:
        """The chart, the events, the register and its filters' choices, for a page."""
        events, items = library.timeline(), library.recommendations()
        years = [("any year", ""), *record_html.register_years(items)]  # "" takes it back
        return (
            gr.update(value=chart.timeline_chart(events) if events else None, visible=bool(events)),
            record_html.timeline_html(events),
            record_html.register_html(items, range(len(items))),
            gr.update(choices=record_html.register_bodies(items), value=[]),
            gr.update(choices=years, value=""),
            gr.update(choices=years, value=""),
        )

    def clear() -> tuple[Any, ...]:
        return [], [], render.citation_html(None)

    with gr.Blocks(title="inspection-qa") as demo:
        gr.Markdown("## Inspection record assistant\nAnswers quote the record and cite it.")
        status = gr.Markdown(library.status(), elem_id="iqa-status")
        turns = gr.State([])
        with gr.Tab("Chat"), gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(
                    label="Conversation",
                    height=480,
                    elem_id="iqa-chat",
                    sanitize_html=True,
                    placeholder=EMPTY_CHAT,
                )
                # Ask beside the question, at the foot of the conversation
                with gr.Row(elem_id="iqa-ask-row"):
                    box = gr.Textbox(
                        label="Your question",
                        elem_id="iqa-question",
                        placeholder="e.g. Why is the service in intervention?",
                        scale=5,
                    )
                    ask = gr.Button(
                        "Ask", variant="primary", elem_id="iqa-ask", scale=1, min_width=100
                    )
            # The answer's controls beside the conversation: under it they started below the
            # fold at 1280x800, where a councillor never found them (a browser walk)
            with gr.Column(scale=2):
                with gr.Row():
                    reset = gr.Button("New conversation", elem_id="iqa-clear")
                    export_button = gr.Button("Export this conversation", elem_id="iqa-export")
                exported = gr.File(
                    label="Conversation (Word with footnotes, Markdown)",
                    file_count="multiple",
                    interactive=False,
                    elem_id="iqa-export-files",
                    visible=False,  # an empty file box looked like a place to drop files
                )
                voices = gr.CheckboxGroup(
                    choices=[(LABELS[v], v) for v in VOICES],
                    value=[],
                    label="Voices (none ticked: all voices)",
                    elem_id="iqa-voices",
                )
                as_of = gr.Textbox(
                    label="As of (YYYY, YYYY-MM or YYYY-MM-DD)",
                    placeholder="e.g. 2023-06: only material published by then",
                    elem_id="iqa-as-of",
                    max_lines=1,
                )
                panel = gr.HTML(
                    render.citation_html(None), elem_id="iqa-citations", js_on_load=page.CITE_JS
                )
        with gr.Tab("Timeline"):
            timeline_chart = gr.Plot(show_label=False, elem_id="iqa-timeline-chart")
            timeline_list, timeline_panel = _list_and_passages(
                "iqa-timeline",
                "iqa-event",
                "Choose an event, in the list or the chart, to see the passages it rests on.",
            )
        with gr.Tab("Recommendations"):
            with gr.Row():
                made_by = gr.CheckboxGroup(
                    label="Made by (none ticked: everyone)", elem_id="iqa-made-by"
                )
                since = gr.Dropdown(label="From year", elem_id="iqa-since")
                until = gr.Dropdown(label="To year", elem_id="iqa-until")
            register, register_panel = _list_and_passages(
                "iqa-recommendations",
                "iqa-rec",
                "Choose a recommendation to see its passages.",
                panel_id="iqa-recommendation-passages",
            )
        with gr.Tab("Sources"):
            table = gr.HTML(_sources(library), elem_id="iqa-sources")
            editing = _EditorControls(gr, library, max_upload_mb, logins, _sources)

        # "ask" and "new_conversation" are public API (eval/load.py): the scope inputs come
        # last and have defaults, so a client sending only the question still works.
        inputs = [box, turns, voices, as_of]
        ask.click(respond, inputs, [chat, turns, panel, box], api_name="ask")
        box.submit(respond, inputs, [chat, turns, panel, box], api_visibility="private")
        reset.click(clear, None, [chat, turns, panel], api_name="new_conversation")
        reset.click(
            lambda: gr.update(value=None, visible=False), None, exported, api_visibility="private"
        )
        export_button.click(export_conversation, [turns], exported, api_visibility="private")
        panel.select(show_citation, [turns], panel, api_visibility="private")
        chat.select(show_answer_sources, [turns], panel, api_visibility="private")
        timeline_list.select(show_event, None, timeline_panel, api_visibility="private")
        register.select(show_recommendation, None, register_panel, api_visibility="private")
        for choice in (made_by, since, until):
            choice.change(
                filter_register, [made_by, since, until], register, api_visibility="private"
            )
        # The record's views are worked out when a page loads (cached by Library until the
        # index changes).
        views = [timeline_chart, timeline_list, register, made_by, since, until]
        demo.load(record_views, None, views, api_visibility="private")
        # The count under the title is as the index is now, not as it was at start-up (a
        # page opened after someone else's upload said 5 documents with 6 in the table).
        demo.load(library.status, None, status, api_visibility="private")
        editing.wire(demo, [table, status], (record_views, views))
    return demo


def _upload_lines(report: Any, refused: list[str]) -> str:
    """What happened to each uploaded file, one line each, in words (no emoji: a machine
    without an emoji font showed the ticks and crosses as empty boxes)."""
    lines = [f"- **Not added:** {render.escape_markdown(m)}" for m in refused]
    for f in report.files:
        name = render.escape_markdown(Path(f.path).name)
        if f.status == "failed":
            lines.append(f"- **Not added:** {render.escape_markdown(f.message)}")
        else:
            passages = f"{f.passages} passage{'' if f.passages == 1 else 's'}"
            lines.append(f"- {name}: {f.status}, {passages}")
        lines.extend(f"  - note: {render.escape_markdown(w)}" for w in f.warnings)
    lines.extend(f"- **Problem:** {render.escape_markdown(p)}" for p in report.problems)
    return "\n".join(lines)


class _EditorControls:
    """Add and remove documents: shown to editors only, and refused by the server to anyone
    else (a reader calling the endpoints directly gets an error, not a change)."""

    def __init__(
        self,
        gr: Any,
        library: Library,
        max_upload_mb: int,
        logins: Logins,
        sources: Callable[[Library], Any],
    ) -> None:
        self.gr, self.library, self.max_upload_mb = gr, library, max_upload_mb
        self.logins, self.sources = logins, sources  # sources: the table's value, redrawn
        # With logins, hidden until the page load has asked who is there: a reader never
        # sees them. Without, everyone is an editor and they show at once.
        self.reader_note = gr.Markdown(visible=False, elem_id="iqa-reader-note")
        with gr.Column(visible=not logins, elem_id="iqa-editor") as self.group:
            self.files = gr.File(
                label="Add documents (PDF, Word .docx, LibreOffice .odt, .rtf, slides .pptx or "
                ".odp, spreadsheets .xlsx, .ods or .csv, e-mails .eml, web pages saved as .html "
                f"or .mhtml, text or Markdown; up to {max_upload_mb} MB each)",
                file_count="multiple",
                elem_id="iqa-upload",
            )
            self.add = gr.Button("Add to index", elem_id="iqa-add")
            self.result = gr.Markdown(elem_id="iqa-upload-result")
            with gr.Row():
                self.doomed = gr.Dropdown(
                    label="Remove a document from the record",
                    choices=self.choices(),
                    value=None,
                    allow_custom_value=True,  # checked by Library.remove, with a message
                    elem_id="iqa-remove-choice",
                    scale=3,
                )
                self.remove = gr.Button(
                    "Remove…", variant="stop", elem_id="iqa-remove", scale=1, min_width=120
                )
            # Removing cannot be undone from the page: a second step names the document and
            # asks again; choosing another document or Cancel takes the question away.
            with gr.Column(visible=False, elem_id="iqa-remove-confirm") as self.confirming:
                self.question = gr.Markdown(elem_id="iqa-remove-question")
                with gr.Row():
                    self.confirm = gr.Button(
                        "Yes, remove it", variant="stop", elem_id="iqa-remove-yes"
                    )
                    self.cancel = gr.Button("Cancel: keep it", elem_id="iqa-remove-cancel")
            self.removed = gr.Markdown(elem_id="iqa-remove-result")

    def choices(self) -> list[tuple[str, str]]:
        return [
            (f"{r.title} — {human_date(r.published)} ({r.doc_id})", r.doc_id)
            for r in self.library.sources()
        ]

    def wire(self, demo: Any, shown: list[Any], then: tuple[Any, list[Any]]) -> None:
        """Connect the controls; `shown` are the sources table and the status line they
        refresh, `then` (function, outputs) redraws what depends on the documents."""
        gr, library, logins = self.gr, self.library, self.logins

        def who(request: Any) -> str:
            return getattr(request, "username", None) or ""

        def refuse_readers(request: Any, what: str) -> str:
            name = who(request)
            if not logins.may_edit(name):
                raise gr.Error(f"Only editors may {what}; {name or 'this login'} is a reader.")
            return name or local_user()

        def view(request: Any) -> tuple[Any, ...]:
            name = who(request)
            editor = logins.may_edit(name)
            note = (
                f"You are logged in as **{render.escape_markdown(name)}**, a reader: you can "
                "ask, browse and export. Editors add and remove documents."
            )
            choices = gr.update(choices=self.choices() if editor else [], value=None)
            if not logins:  # shown from the start; only the documents may have changed
                return gr.skip(), choices, gr.skip()
            return gr.update(visible=editor), choices, gr.update(visible=not editor, value=note)

        def upload(
            files: list[Any] | None,
            request: Any,
            progress: Any = gr.Progress(),  # noqa: B008 (Gradio finds it by its default)
        ) -> tuple[Any, ...]:
            name = refuse_readers(request, "add documents")
            if not files:
                return "Choose one or more files first.", *(gr.skip(),) * 4
            paths = [Path(f if isinstance(f, str) else f.name) for f in files]
            progress((0, len(paths)), desc="Adding documents")

            def step(done: int, total: int, file_name: str) -> None:
                progress((done, total), desc=f"Adding {file_name}")

            report, refused = library.add_files(
                paths, self.max_upload_mb * 2**20, who=name, on_file=step
            )
            return (
                _upload_lines(report, refused),
                self.sources(library),
                library.status(),
                gr.update(choices=self.choices(), value=None),
                None,  # the box empties: what it held is in, or said why not, above
            )

        def ask_first(doc_id: str | None, request: Any) -> tuple[Any, ...]:
            refuse_readers(request, "remove documents")
            if not doc_id:
                raise gr.Error("Choose the document to remove first.")
            row = next((r for r in library.sources() if r.doc_id == doc_id), None)
            if row is None:
                raise gr.Error(
                    f"'{doc_id}' is not in the record (removed already?); reload the page."
                )
            said = (
                f"Remove **{render.escape_markdown(row.title)}** ({row.passages} passages) "
                "from the record? Answers, the timeline and the recommendations will no "
                "longer draw on it. To bring it back later, add its file again."
            )
            return gr.update(visible=True), said, ""

        def remove(doc_id: str | None, request: Any) -> tuple[Any, ...]:
            name = refuse_readers(request, "remove documents")
            if not doc_id:
                raise gr.Error("Choose the document to remove first.")
            try:
                row = library.remove(doc_id, who=name)
            except KeyError:
                raise gr.Error(
                    f"'{doc_id}' is not in the record (removed already?); reload the page."
                ) from None
            said = (
                f"Removed **{render.escape_markdown(row.title)}** ({row.doc_id}). "
                "To bring it back, add its file again."
            )
            return (
                said,
                self.sources(library),
                library.status(),
                gr.update(choices=self.choices(), value=None),
            )

        # Gradio spots the request argument by annotation; ours are strings (__future__).
        for fn in (view, upload, ask_first, remove):
            fn.__annotations__["request"] = gr.Request
        redraw, redrawn = then
        demo.load(view, None, [self.group, self.doomed, self.reader_note], api_visibility="private")
        # Public endpoints, so editors can script them; the role check above guards them.
        self.add.click(
            upload,
            [self.files],
            [self.result, *shown, self.doomed, self.files],
            api_name="add_documents",
        ).then(redraw, None, redrawn, api_visibility="private")
        hide = gr.update(visible=False)
        self.remove.click(
            ask_first,
            [self.doomed],
            [self.confirming, self.question, self.removed],
            api_visibility="private",
        )
        self.cancel.click(
            lambda: (hide, "Nothing was removed."),
            None,
            [self.confirming, self.removed],
            api_visibility="private",
        )
        self.doomed.change(lambda: hide, None, self.confirming, api_visibility="private")
        # The step that removes, public for scripts as before (one call, no confirming).
        self.confirm.click(lambda: hide, None, self.confirming, api_visibility="private")
        self.confirm.click(
            remove, [self.doomed], [self.removed, *shown, self.doomed], api_name="remove_document"
        ).then(redraw, None, redrawn, api_visibility="private")


def serve(
    components: Components,
    host: str = "127.0.0.1",
    port: int = 7860,
    logins: Logins | None = None,
) -> None:
    """Start the chat and block until interrupted."""
    logins = logins or Logins()
    library = Library(components)
    settings = components.settings
    print(f"inspection-qa: {library.status()}")
    print(f"Open http://{host}:{port} in a browser (Ctrl+C stops).", flush=True)
    if logins:
        editors = sum(1 for e in logins.by_name.values() if e.role == "editor")
        print(f"Login required ({len(logins)} user(s), {editors} editor(s)).", flush=True)
    elif host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"Warning: no logins, so anyone who can reach {host}:{port} may add and remove "
            "documents. Add logins with: inspection-qa user add NAME --role editor",
            flush=True,
        )
    components.assistant.ask("warm-up")  # load the model before the first real question
    demo = build_ui(library, settings.max_upload_mb, logins)
    demo.queue(default_concurrency_limit=4)
    demo.launch(
        server_name=host,
        server_port=port,
        css=page.CSS,
        show_error=True,
        max_file_size=f"{settings.max_upload_mb}mb",
        footer_links=[],
        quiet=True,
        auth=logins.check if logins else None,
        auth_message="Log in to the inspection record assistant." if logins else None,
    )
