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
    (
        "Council",
        frozenset(
            {"council decision", "council meeting", "director appointed", "improvement board"}
        ),
    ),
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
# In the chat the chart takes its box's width ("container": vega-embed measures the box and
# follows it when the window is resized; gr.Plot leaves a plain spec's width alone). The
# packs' PNG has no box, so it is drawn this wide: about a printed page's text width.
WIDTH = 820
PNG_SCALE = 2  # pixels per drawing unit, so the packs' image stays sharp when printed
POINT_SIZE = 220  # area in px²: a mark about 17 px across
# Marks on one row closer than this share of the chart's span would overlap at the widths
# the chart is seen at (the Wrenfield record's three council events of 8-17 October 2024 were
# one blot across about 900 px for 7 years, 2% of the span): they are stacked in lanes.
CLOSE_SHARE = 0.02
LANE_PX = 15  # vertical distance between stacked lanes: a mark and a little more
ROW_PX = 56  # height of a row: room for three lanes (one in the middle, one each side)


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


def _lane_offsets(rows: list[dict[str, Any]]) -> None:
    """Give each row a `nudge` in px: 0 for most; events on the same chart row and close in
    time go to lanes alternately below and above the middle (+1, -1, +2, …), so every mark
    can be seen, hovered and clicked."""
    days = [dt.date.fromisoformat(r["date"]).toordinal() for r in rows]
    close = max(1.0, (max(days, default=0) - min(days, default=0)) * CLOSE_SHARE)
    lanes_end: dict[str, list[float]] = {}  # per chart row: the last date in each lane
    for r, day in sorted(zip(rows, days, strict=True), key=lambda rd: (rd[1], rd[0]["index"])):
        ends = lanes_end.setdefault(r["row"], [])
        lane = next((k for k, end in enumerate(ends) if day - end >= close), len(ends))
        if lane == len(ends):
            ends.append(day)
        ends[lane] = day
        step = (lane + 1) // 2
        r["nudge"] = (step if lane % 2 else -step) * LANE_PX if lane else 0


def chart_rows(events: Sequence[Event]) -> list[dict[str, Any]]:
    """One row of chart data per dated event; `index` is its place in `events`, `nudge` how
    far (px) it is moved off its row's middle so that it does not hide a neighbour."""
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
    _lane_offsets(rows)
    return rows


def timeline_chart(events: Sequence[Event], width: int | str = "container") -> Any:
    """The timeline as an Altair chart (an empty chart when nothing is dated), as wide as
    its box, or `width` px."""
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
        .mark_point(
            filled=True,
            size=POINT_SIZE,
            opacity=0.95,
            cursor="pointer",
            stroke="white",  # a stacked neighbour's edge stays visible
            strokeWidth=1,
            # pixels off the row's middle: the lane a close neighbour was moved to (a mark
            # property, as a yOffset channel would turn the rows into bands, marks at the top)
            yOffset=alt.ExprRef(expr="datum.nudge"),
        )
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
            height=max(140, ROW_PX * len(used)),
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

    spec = timeline_chart(events, width=WIDTH).to_dict()
    return bytes(vl_convert.vegalite_to_png(spec, scale=PNG_SCALE))
