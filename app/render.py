"""Answers as text for people: terminal text, chat markdown, citation-panel HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import replace

from app.answer import Answer, Citation
from ingest.dates import human_date


def source_line(c: Citation) -> str:
    """'Title — Publisher, 2 August 2023, p. 1'."""
    bits = [c.title]
    tail = ", ".join(b for b in (c.publisher, human_date(c.published), f"p. {c.page}") if b)
    return f"{' — '.join(bits)} — {tail}"


def _oneline(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def terminal(answer: Answer) -> str:
    """Plain text for the CLI: the answer, then numbered sources with their passages."""
    lines = [answer.text, ""]
    if answer.more:
        lines.append(f"More points ({len(answer.more)}, not cited above):")
        lines += [f"- {p.text} ({p.source})" for p in answer.more]
        lines.append("")
    if answer.citations:
        lines.append("Closest material:" if answer.closest else "Sources:")
        for c in answer.citations:
            lines.append(f"[{c.n}] {source_line(c)}  ({c.doc_id}, chars {c.start}-{c.end})")
            lines.append(f"    voice: {c.attribution or c.voice}")
            lines.append(f'    "{_oneline(c.text)}"')
    return "\n".join(lines).rstrip()


def escape_markdown(text: str) -> str:
    """Show document text literally in markdown: no markup, links or HTML from documents."""
    text = html.escape(text, quote=False)
    return re.sub(r"([\\`*_{}\[\]()#+!|<>~])", r"\\\1", text)


def cite_href(turn: int, n: int) -> str:
    """The link a marker carries: which answer of the conversation, which citation."""
    return f"#iqa-cite-{turn}-{n}"


def chat_markdown(answer: Answer, turn: int | None = None) -> str:
    """The answer as a chat message; document text is escaped. With `turn` (the answer's
    place in the conversation) each [n] marker is a link that opens citation n."""

    if answer.form == "briefing" and not answer.refused:
        return briefing_markdown(answer, turn)

    def marker(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if turn is None:
            return f"**[{n}]**"
        # A link is focusable and Enter activates it; the chat's sanitizer keeps href and
        # class (not data- attributes), so the href says which answer and which citation.
        return (
            f"<a class='iqa-cite' href='{cite_href(turn, n)}' "
            f"title='Show source {n} of this answer'>[{n}]</a>"
        )

    body = re.sub(r"\\\[(\d+)\\\]", marker, escape_markdown(answer.text))
    if answer.closest and answer.citations:
        body += "\n\n_See the closest material in the panel; it may not answer the question._"
    return body


def shown_citations(answer: Answer) -> list[Citation]:
    """An answer's citations, then its further points' (numbered on after them)."""
    first = len(answer.citations)
    more = [replace(p.citation, n=first + i) for i, p in enumerate(answer.more, start=1)]
    return [*answer.citations, *more]


def briefing_markdown(answer: Answer, turn: int | None = None) -> str:
    """A briefing in the chat: its heading, each source in bold, each point a bullet, and
    the further points behind a "More points" control; markers as `chat_markdown` makes
    them (links to their citations with `turn`)."""

    def _marked(text: str) -> str:
        marked = replace(answer, text=text, form="lookup", closest=False)
        return chat_markdown(marked, turn)

    out = []
    for line in answer.text.split("\n"):
        if not line.strip():
            out.append("")
        elif line.startswith("- "):
            out.append(f"- {_marked(line[2:])}")
        elif not out:
            out.append(f"_{_marked(line)}_")  # the heading line
        else:
            out.append(f"**{_marked(line)}**")  # a source: who said it, where and when
    body = "\n".join(out)
    if answer.more:
        # each further point numbered on from the answer's own citations, so it opens its
        # passage as they do (a browser walk found them uncheckable)
        extra = shown_citations(answer)[len(answer.citations) :]
        items = "\n".join(
            f"- {_marked(f'{p.text} [{c.n}]')} ({escape_markdown(p.source)})"
            for p, c in zip(answer.more, extra, strict=True)
        )
        body += (
            f"\n\n<details><summary>More points ({len(answer.more)})</summary>\n\n"
            f"{items}\n\n</details>"
        )
    return body


def citation_html(answer: Answer | None, turn: int | None = None, focus: int | None = None) -> str:
    """The citation panel: each cited passage with its source and supporting sentences marked.
    With `turn`, the heading says which answer of the conversation (numbered from 1) it is;
    citation `focus` comes first, marked as the one asked for."""
    if answer is None:
        return (
            "<p class='iqa-empty'>The passages each answer rests on appear here. Click a "
            "number such as [1] in an answer to see that passage, or click an earlier answer "
            "to bring its passages back.</p>"
        )
    if not answer.citations:
        return "<p class='iqa-empty'>This answer cites no passage of the record.</p>"
    heading = "Closest material" if answer.closest else "Cited passages"
    lead = ""
    if turn is not None:
        heading = f"{heading} of answer {turn + 1}"
        lead = f"Question: {answer.question}"
    citations = shown_citations(answer)
    if focus is not None:
        citations.sort(key=lambda c: c.n != focus)  # stable: the rest keep their order
    return passages_html(heading, citations, lead, focus)


def passages_html(
    heading: str, citations: Sequence[Citation], lead: str = "", focus: int | None = None
) -> str:
    """A heading, an optional line of context, then each cited passage with its source."""
    items = [f"<h3>{html.escape(heading)}</h3>"]
    if lead:
        items.append(f"<p class='iqa-lead'>{html.escape(lead)}</p>")
    for c in citations:
        focused = " iqa-focus" if c.n == focus else ""
        items.append(
            f"<div class='iqa-citation{focused}' id='cite-{c.n}'>"
            f"<div class='iqa-source'><b>[{c.n}]</b> {html.escape(c.title)}</div>"
            f"<div class='iqa-meta'>{html.escape(c.publisher or 'publisher unknown')} · "
            f"{html.escape(human_date(c.published))} · page {c.page}</div>"
            f"<div class='iqa-voice'>Voice: {html.escape(c.attribution or c.voice)}</div>"
            f"<blockquote class='iqa-passage'>{_highlighted(c)}</blockquote></div>"
        )
    return "\n".join(items)


def _highlighted(c: Citation) -> str:
    out, pos = [], 0
    for start, end in c.highlights:
        out.append(html.escape(c.text[pos:start]))
        out.append(f"<mark>{html.escape(c.text[start:end])}</mark>")
        pos = end
    out.append(html.escape(c.text[pos:]))
    return "".join(out).replace("\n", "<br>")
