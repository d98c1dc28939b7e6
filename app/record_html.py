"""The record's tabs as HTML for people: the timeline's events, the recommendation register
grouped by concern, and the sources. Plain Python; no UI imports. Document text is escaped.

Each event and recommendation is a link (`#iqa-event-<i>`, `#iqa-rec-<i>`, i its place in
the full list) that the chat's script turns into "show its passages"; a link is focusable and
Enter opens it, so the lists are the keyboard's way into the chart too.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from app import render
from app.chart import JUDGEMENTS, NO_JUDGEMENT, event_href, event_label, judgement_label
from app.record import Event, Recommendation
from ingest.dates import human_date
from ingest.voice import LABELS

if TYPE_CHECKING:
    from app.library import SourceRow

_COLOURS = dict(JUDGEMENTS)
_EMPHASIS = re.compile(r"(?<!\w)\*(\S(?:[^*]*\S)?)\*(?!\w)")  # *inadequate* → inadequate
_FOOTNOTE_STAR = re.compile(r"(?<=\w)\*+(?!\w)")  # 'in January 2019* but' → '2019 but'


def _plain(text: str) -> str:
    """Text for reading: one line, a document's own *emphasis* and footnote asterisks
    dropped (the passages, quoted word for word, keep them)."""
    return " ".join(_FOOTNOTE_STAR.sub("", _EMPHASIS.sub(r"\1", text)).split())


def rec_href(i: int) -> str:
    return f"#iqa-rec-{i}"


def timeline_html(events: Sequence[Event]) -> str:
    """The events, oldest first, as a list: date, what, judgement, the sentence it rests on."""
    if not events:
        return "<p class='iqa-empty'>No dated events were found in the record yet.</p>"
    items = []
    for i, e in enumerate(events):
        judgement = judgement_label(e)
        dot = (
            f"<span class='iqa-dot' style='background:{_COLOURS[judgement]}'></span>"
            if judgement != NO_JUDGEMENT
            else ""
        )
        passages = f"{len(e.citations)} passage{'s' if len(e.citations) != 1 else ''}"
        items.append(
            f"<li class='iqa-event'><a class='iqa-pick' href='{event_href(i)}'>"
            f"<span class='iqa-when'>{html.escape(human_date(e.date))}</span> "
            f"{dot}<span class='iqa-what'>{html.escape(event_label(e))}</span></a>"
            f"<p class='iqa-summary'>{html.escape(_plain(e.summary))} "
            f"<span class='iqa-count'>({passages})</span></p></li>"
        )
    return f"<ol class='iqa-events'>{''.join(items)}</ol>"


def event_passages_html(e: Event) -> str:
    """The passages an event rests on, under its date and what it was."""
    heading = f"{human_date(e.date)}: {event_label(e)}"
    return render.passages_html(heading, e.citations, _plain(e.summary))


def recommendation_passages_html(r: Recommendation) -> str:
    heading = f"{r.by}, {human_date(r.date)}, to {r.to}"
    return render.passages_html(heading, r.citations, _plain(r.text))


# -- the register -----------------------------------------------------------------------------


def register_years(recs: Sequence[Recommendation]) -> list[str]:
    """The years recommendations were made in, oldest first."""
    return sorted({r.date[:4] for r in recs if r.date[:4].isdigit()})


def register_bodies(recs: Sequence[Recommendation]) -> list[tuple[str, str]]:
    """(label, voice) for each body that made a recommendation, in the order of LABELS."""
    present = {r.body for r in recs}
    return [(label, voice) for voice, label in LABELS.items() if voice in present]


def shown(
    recs: Sequence[Recommendation],
    bodies: Collection[str] = (),
    since: str | None = None,
    until: str | None = None,
) -> list[int]:
    """Indexes of the recommendations made by one of `bodies` (all when none) in the years
    `since`..`until` (inclusive, 'YYYY'; undated ones only when no year is chosen)."""
    out = []
    for i, r in enumerate(recs):
        year = r.date[:4]
        if bodies and r.body not in bodies:
            continue
        if (since or until) and not year.isdigit():
            continue
        if since and year < since:
            continue
        if until and year > until:
            continue
        out.append(i)
    return out


def register_html(recs: Sequence[Recommendation], indexes: Sequence[int]) -> str:
    """The recommendations at `indexes`, grouped by concern (a group's earliest first); each
    group says every date the concern was raised, filtered out or not."""
    if not recs:
        return "<p class='iqa-empty'>No recommendations were found in the record yet.</p>"
    if not indexes:
        return "<p class='iqa-empty'>No recommendation matches these choices.</p>"
    groups: dict[int, list[int]] = {}
    for i, r in enumerate(recs):
        groups.setdefault(r.group, []).append(i)
    wanted = set(indexes)
    order = sorted(groups, key=lambda g: min(recs[i].date or "9999" for i in groups[g]))
    sections = []
    for g in order:
        members = [i for i in groups[g] if i in wanted]
        if not members:
            continue
        on = Counter(recs[i].date for i in groups[g])
        dates = sorted(on, key=lambda d: d or "9999")
        # 'Raised 3 times: 25 May 2023 (twice), 3 October 2024': the count and the dates
        # agree (a list of two dates under 'three times' read as a mistake); one date needs
        # no count beside it ('Raised 3 times: 17 October 2024')
        spoken = ", ".join(
            html.escape(human_date(d)) + (_times(on[d], " (", ")") if len(on) > 1 else "")
            for d in dates
        )
        recurring = " iqa-recurring" if len(dates) > 1 else ""
        # A concern raised once needs no heading: its item carries the date (Wrenfield's
        # seven areas for improvement of 14 March 2024 each sat under 'Raised once: 14
        # March 2024', a wall of the same words).
        said = (
            f"<h4 class='iqa-raised'>Raised {_times(len(groups[g]))}: {spoken}</h4>"
            if len(groups[g]) > 1
            else ""
        )
        items = "".join(_rec_item(i, recs[i]) for i in members)
        sections.append(
            f"<section class='iqa-concern{recurring}'>{said}"
            f"<ul class='iqa-recs'>{items}</ul></section>"
        )
    return "".join(sections)


def _times(n: int, before: str = "", after: str = "") -> str:
    """'once', 'twice', '3 times' (wrapped in before/after); '' for once when wrapped."""
    if n == 1:
        return "" if before else "once"
    return f"{before}{'twice' if n == 2 else f'{n} times'}{after}"


def _rec_item(i: int, r: Recommendation) -> str:
    who = f"{r.by}, {human_date(r.date)}, to {r.to}"
    return (
        f"<li class='iqa-rec'><a class='iqa-pick' href='{rec_href(i)}'>"
        f"{html.escape(who)}</a><p class='iqa-summary'>{html.escape(_plain(r.text))}</p></li>"
    )


# -- the sources -----------------------------------------------------------------------------

SOURCE_COLUMNS = (  # (header, share of the table's width)
    ("Title", "40%"),
    ("Kind", "13%"),
    ("Published", "14%"),
    ("Publisher", "23%"),
    ("Passages", "10%"),
)


def sources_html(rows: Sequence[SourceRow]) -> str:
    """The indexed documents as a table that fits its box: titles and ids wrap, no column
    is cut off. The document id (for `inspection-qa remove`) sits under the title."""
    if not rows:
        return "<p class='iqa-empty'>No documents are indexed yet.</p>"
    cols = "".join(f"<col style='width:{w}'>" for _, w in SOURCE_COLUMNS)
    head = "".join(f"<th scope='col'>{h}</th>" for h, _ in SOURCE_COLUMNS)
    body = []
    for r in sorted(rows, key=lambda r: (r.published or "9999", r.title)):
        body.append(
            "<tr>"
            f"<td><span class='iqa-title'>{html.escape(r.title)}</span>"
            f"<br><span class='iqa-id'>{html.escape(r.doc_id)}</span></td>"
            f"<td>{html.escape(r.kind or '—')}</td>"
            f"<td>{html.escape(human_date(r.published))}</td>"
            f"<td>{html.escape(r.publisher or 'unknown')}</td>"
            f"<td class='iqa-num'>{r.passages}</td>"
            "</tr>"
        )
    return (
        f"<table class='iqa-table'><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )
