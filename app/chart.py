"""The record's timeline as a picture: one Vega-Lite chart (Altair) that the chat shows
through gr.Plot (Gradio bundles vega-embed, so nothing is fetched) and the packs embed as a
PNG (vl-convert renders it in-process, offline). Plain Python; no UI imports.

Inspections are coloured by judgement; visits, commissioner reports, government directions
and council decisions each have their own row. Each mark links to `#iqa-event-<i>`, i its
place in the list of events, so a click in the chat selects that event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from app.record import Event
from ingest.dates import date_bounds, human_date
from ingest.voice import COMMISSIONER, COUNCIL, GOVERNMENT, LABELS, OFSTED

# Rows top to bottom, each with the event kinds it holds (app/record/timeline.py EVENT_KINDS).
ROWS: tuple[tuple[str, frozenset[str]], ...] = (
    ("Inspections", frozenset({"inspection"})),
    ("Monitoring and focused visits", frozenset({"monitoring visit", "focused visit"})),
    ("Commissioner", frozenset({"commissioner report", "commissioner appointed"})),
    ("Government", frozenset({"direction", "adviser appointed"})),
    ("Council", frozenset({"council decision", "council meeting", "director appointed"})),
)
OTHER_ROW = "Other"
NO_JUDGEMENT = "No judgement given"
# Ofsted's four grades in plain words, worst last, with colours that stay apart for the
# common colour-vision deficiencies (red/amber/blue/green differ in lightness too).
JUDGEMENTS: tuple[tuple[str, str], ...] = (
    ("Outstanding", "#1b7837"),
    ("Good", "#2166ac"),
    ("Requires improvement", "#e08214"),
    ("Inadequate", "#b2182b"),
    (NO_JUDGEMENT, "#7f7f7f"),
)
SHORT_BODIES = {
    OFSTED: "Ofsted",
    COMMISSIONER: "Commissioner",
    GOVERNMENT: "Government",
    COUNCIL: "Council",
}
SUMMARY_CHARS = 140  # a tooltip shows the start of the event's sentence
# Drawing width of the plotting area: with the row labels and legend the chart is about
# 1,050 px, inside the chat's 1,214 px tab at a 1280 px window; narrower windows scale the
# SVG down (CSS) rather than scroll. Gradio does not size a spec's "container" width.
WIDTH = 820
PNG_SCALE = 2  # pixels per drawing unit, so the packs' image stays sharp when printed


def event_href(i: int) -> str:
    """The link of the i-th event (chart mark and list item alike)."""
    return f"#iqa-event-{i}"


def row_of(event: Event) -> str:
    """The chart row an event sits on."""
    return next((row for row, kinds in ROWS if event.kind in kinds), OTHER_ROW)


def judgement_label(event: Event) -> str:
    """'Requires improvement', or NO_JUDGEMENT."""
    return event.judgement.capitalize() if event.judgement else NO_JUDGEMENT


def event_label(event: Event) -> str:
    """'Ofsted inspection: inadequate', 'Commissioner report' — the event in words."""
    body = SHORT_BODIES.get(event.body, LABELS.get(event.body, event.body))
    what = event.kind if body.lower() in event.kind else f"{body} {event.kind}"
    what = what[:1].upper() + what[1:]
    return f"{what}: {event.judgement}" if event.judgement else what


def _middle(event: Event) -> str | None:
    """The middle of the period the event's date can mean ('2014' → 2 July 2014)."""
    bounds = date_bounds(event.date)
    if bounds is None:
        return None
    first, last = bounds
    return (first + (last - first) / 2).isoformat()


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rstrip() + "…"


def chart_rows(events: Sequence[Event]) -> list[dict[str, Any]]:
    """One row of chart data per dated event; `index` is its place in `events`."""
    rows = []
    for i, event in enumerate(events):
        middle = _middle(event)
        if middle is None:
            continue
        when = human_date(event.date)
        rows.append(
            {
                "index": i,
                "date": middle,
                "when": when,
                "row": row_of(event),
                "what": event_label(event),
                "judgement": judgement_label(event),
                "summary": _short(event.summary),
                "description": f"{when}: {event_label(event)}",
                "href": event_href(i),
            }
        )
    return rows


def timeline_chart(events: Sequence[Event], width: int = WIDTH) -> Any:
    """The timeline as an Altair chart (an empty chart when nothing is dated)."""
    import altair as alt

    data = chart_rows(events)
    used = [row for row, _ in ROWS if any(d["row"] == row for d in data)]
    if any(d["row"] == OTHER_ROW for d in data):
        used.append(OTHER_ROW)
    years = [dt.date.fromisoformat(d["date"]).year for d in data] or [dt.date.today().year]
    domain = [f"{min(years)}-01-01", f"{max(years) + 1}-01-01"]
    names, colours = zip(*JUDGEMENTS, strict=True)
    chart = (
        alt.Chart(alt.Data(values=data))
        .mark_point(filled=True, size=220, opacity=0.95, cursor="pointer")
        .encode(
            x=alt.X(
                "date:T",
                title=None,
                scale=alt.Scale(domain=domain),
                axis=alt.Axis(format="%Y", tickCount="year", grid=True, labelFontSize=12),
            ),
            y=alt.Y(
                "row:N",
                title=None,
                sort=used,
                axis=alt.Axis(labelFontSize=12, labelLimit=220),
            ),
            color=alt.Color(
                "judgement:N",
                title="Inspection judgement",
                scale=alt.Scale(domain=list(names), range=list(colours)),
                legend=alt.Legend(orient="bottom", labelFontSize=12, titleFontSize=12),
            ),
            shape=alt.Shape("row:N", legend=None, sort=used),
            tooltip=[
                alt.Tooltip("when:N", title="When"),
                alt.Tooltip("what:N", title="What"),
                alt.Tooltip("summary:N", title="The record says"),
            ],
            href="href:N",
            description="description:N",
        )
        .properties(
            width=width,
            height=max(140, 56 * len(used)),
            title="The record over time",
            background="white",  # readable on Gradio's dark theme too
            # vega-embed reads its options from the spec: SVG marks carry their
            # description as an aria-label, and no menu links out to the web.
            usermeta={"embedOptions": {"renderer": "svg", "actions": False}},
        )
    )
    return chart


def timeline_png(events: Sequence[Event]) -> bytes:
    """The same chart as a PNG, rendered offline by vl-convert (no browser)."""
    import vl_convert

    spec = timeline_chart(events).to_dict()
    return bytes(vl_convert.vegalite_to_png(spec, scale=PNG_SCALE))
