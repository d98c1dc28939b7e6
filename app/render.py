"""Answers as text for people: terminal text, chat markdown, citation-panel HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

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


def chat_markdown(answer: Answer) -> str:
    """The answer as a chat message; [n] markers stay readable, document text is escaped."""
    if answer.form == "briefing" and not answer.refused:
        return briefing_markdown(answer)
    body = re.sub(r"\\\[(\d+)\\\]", r"**[\1]**", escape_markdown(answer.text))
    if answer.closest and answer.citations:
        body += "\n\n_See the closest material in the panel; it may not answer the question._"
    return body


def _marked(text: str) -> str:
    return re.sub(r"\\\[(\d+)\\\]", r"**[\1]**", escape_markdown(text))


def briefing_markdown(answer: Answer) -> str:
    """A briefing in the chat: its heading, each source in bold, each point a bullet, and
    the further points behind a "More points" control."""
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
        items = "\n".join(
            f"- {escape_markdown(p.text)} ({escape_markdown(p.source)})" for p in answer.more
        )
        body += (
            f"\n\n<details><summary>More points ({len(answer.more)})</summary>\n\n"
            f"{items}\n\n</details>"
        )
    return body


def citation_html(answer: Answer | None) -> str:
    """The citation panel: each cited passage with its source and supporting sentences marked."""
    if answer is None or not answer.citations:
        return "<p class='iqa-empty'>Citations for the latest answer appear here.</p>"
    heading = "Closest material" if answer.closest else "Cited passages"
    return passages_html(heading, answer.citations)


def passages_html(heading: str, citations: Sequence[Citation], lead: str = "") -> str:
    """A heading, an optional line of context, then each cited passage with its source."""
    items = [f"<h3>{html.escape(heading)}</h3>"]
    if lead:
        items.append(f"<p class='iqa-lead'>{html.escape(lead)}</p>")
    for c in citations:
        items.append(
            f"<div class='iqa-citation' id='cite-{c.n}'>"
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
