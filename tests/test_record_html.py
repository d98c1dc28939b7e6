"""The chat's views as HTML and the timeline chart, from hand-made events, recommendations
and answers (fictional Northfield text): what each shows, what it escapes, what it filters."""

from __future__ import annotations

import re
import struct

import pytest

from app import chart, record_html, render
from app.answer import Answer, Citation
from app.library import SourceRow
from app.record import Event, Recommendation

HOSTILE = 'the <img src=x onerror="alert(1)"> notice'


def _citation(n: int, text: str = "Northfield opened the ferry.") -> Citation:
    return Citation(n, f"doc-{n}", f"Title {n}", "Northfield Gazette", "2023-05-02", 1, text,
                    0, len(text), ((0, 10),))


def _event(date: str, kind: str, body: str, judgement: str | None = None,
           summary: str = "Inspectors visited Northfield.") -> Event:
    return Event(date, "day", body, kind, judgement, summary, [_citation(1)])


EVENTS = [
    _event("2019", "inspection", "ofsted", "requires improvement",
           "Northfield* was judged *requires improvement* overall."),
    _event("2021-06", "monitoring visit", "ofsted"),
    _event("2022-03-04", "inspection", "ofsted", "inadequate"),
    _event("", "council meeting", "council"),  # undated: listed, not drawn
    _event("2022-09", "direction", "government", summary=HOSTILE),
    _event("2023-01-10", "commissioner report", "commissioner"),
    _event("2023-02", "council decision", "council"),
]


def test_chart_draws_every_dated_event_on_its_row():
    rows = chart.chart_rows(EVENTS)
    assert [r["index"] for r in rows] == [0, 1, 2, 4, 5, 6]
    assert {r["index"]: r["row"] for r in rows} == {
        0: "Inspections", 1: "Monitoring and focused visits", 2: "Inspections",
        4: "Government", 5: "Commissioner", 6: "Council",
    }
    assert rows[0]["judgement"] == "Requires improvement"
    assert rows[1]["judgement"] == chart.NO_JUDGEMENT
    assert rows[0]["date"] == "2019-07-02"  # the middle of a year-precise date
    assert all(r["href"] == chart.event_href(r["index"]) for r in rows)


# Wrenfield's council row: a decision on 8 October 2024 and a decision and a meeting on the
# 17th, with an inspection years before (so nine days are well under 2% of the span).
CROWDED = [
    _event("2019-05", "inspection", "ofsted", "requires improvement"),
    _event("2024-10-08", "council decision", "council"),
    _event("2024-10-17", "council decision", "council"),
    _event("2024-10-17", "council meeting", "council"),
    _event("2024-10-17", "monitoring visit", "ofsted"),  # same day, another row: stays put
    _event("2025-06-01", "council decision", "council"),  # months later: back in the middle
]


@pytest.mark.parametrize(
    ("events", "nudges"),
    [
        (EVENTS, [0, 0, 0, 0, 0, 0]),
        (CROWDED, [0, 0, chart.LANE_PX, -chart.LANE_PX, 0, 0]),
    ],
    ids=["apart", "same-row-same-days"],
)
def test_chart_moves_close_events_on_a_row_into_lanes(events, nudges):
    rows = chart.chart_rows(events)
    assert [r["nudge"] for r in rows] == nudges
    places = [(r["row"], r["date"], r["nudge"]) for r in rows]
    assert len(set(places)) == len(places)  # no mark sits on another


def test_chart_spec_is_valid_vega_lite_and_renders_offline_to_png():
    spec = chart.timeline_chart(EVENTS).to_dict()  # Altair validates against the schema
    assert spec["width"] == "container"  # the chat's chart fits its box
    assert spec["mark"]["yOffset"] == {"expr": "datum.nudge"}
    assert spec["usermeta"]["embedOptions"]["renderer"] == "svg"
    assert len(spec["data"]["values"]) == 6
    png = chart.timeline_png(EVENTS)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width >= chart.WIDTH * chart.PNG_SCALE > height


def test_timeline_list_names_every_event_and_escapes_document_text():
    text = record_html.timeline_html(EVENTS)
    assert text.count("<li class='iqa-event'>") == len(EVENTS)
    for i in range(len(EVENTS)):
        assert f"href='{chart.event_href(i)}'" in text
    assert "<img" not in text
    assert "&lt;img" in text
    # the document's *emphasis* and footnote asterisks dropped
    assert "Northfield was judged requires improvement overall" in text
    assert "date unknown" in text


def _rec(body: str, date: str, group: int, text: str) -> Recommendation:
    return Recommendation(body.title(), body, None, date, "the council", text, group,
                          [_citation(1)])


RECS = [
    _rec("ofsted", "2019-05", 1, "Leaders should improve supervision."),
    _rec("commissioner", "2022-11-02", 2, "The council should recruit permanent staff."),
    _rec("ofsted", "2022-03", 1, "Leaders must improve supervision."),
    _rec("government", "2023", 3, HOSTILE),
]


@pytest.mark.parametrize(
    ("bodies", "since", "until", "expected"),
    [
        ((), None, None, [0, 1, 2, 3]),
        (("ofsted",), None, None, [0, 2]),
        ((), "2022", None, [1, 2, 3]),
        ((), None, "2022", [0, 1, 2]),
        (("ofsted", "government"), "2020", "2023", [2, 3]),
        (("council",), None, None, []),
    ],
    ids=["all", "by-body", "since", "until", "body-and-years", "nobody"],
)
def test_register_filter(bodies, since, until, expected):
    assert record_html.shown(RECS, bodies, since, until) == expected


def test_register_groups_concerns_with_every_date_they_came_back():
    text = record_html.register_html(RECS, record_html.shown(RECS, (), "2022"))
    sections = re.findall(r"<section.*?</section>", text)
    # group 1 first (its earliest mention, 2019, is filtered out but still dated)
    assert "Raised twice: May 2019, March 2022" in sections[0]
    assert "iqa-recurring" in sections[0]
    assert "Leaders must improve" in sections[0]
    assert "Leaders should" not in sections[0]
    assert "Raised" not in sections[1]  # once: the item's own date says when
    assert "2 November 2022" in sections[1]
    assert "<img" not in text
    assert "&lt;img" in text
    assert "No recommendation matches" in record_html.register_html(RECS, [])
    assert record_html.register_years(RECS) == ["2019", "2022", "2023"]


def test_a_concern_raised_twice_on_one_day_says_so_beside_the_date():
    again = _rec("ofsted", "2022-03", 1, "Leaders should act on supervision sooner.")
    text = record_html.register_html([*RECS, again], range(len(RECS) + 1))
    assert "Raised 3 times: May 2019, March 2022 (twice)" in text
    same_day = [_rec("council", "2024-10-17", 7, f"({x}) To approve it.") for x in "abc"]
    text = record_html.register_html(same_day, range(3))
    assert "Raised 3 times: 17 October 2024</h4>" in text


def test_sources_table_has_every_column_and_escapes_titles():
    rows = [SourceRow("doc-a", HOSTILE, "Northfield Gazette", "news", "2023-05-02", 12,
                      "a.txt", ())]
    text = record_html.sources_html(rows)
    headers = re.findall(r"<th scope='col'>(.*?)</th>", text)
    assert headers == [h for h, _ in record_html.SOURCE_COLUMNS]
    for shown in ("doc-a", "Northfield Gazette", "news", "2 May 2023", ">12<"):
        assert shown in text
    assert "<img" not in text


def test_chat_markers_link_to_their_answer_and_citation():
    answer = Answer("Who?", f"First [1], then {HOSTILE} [2].", [_citation(1), _citation(2)])
    message = render.chat_markdown(answer, turn=3)
    assert re.findall(r"href='(#iqa-cite-\d+-\d+)'", message) == ["#iqa-cite-3-1",
                                                                  "#iqa-cite-3-2"]
    assert "<img" not in message
    assert "**[1]**" in render.chat_markdown(answer)  # no turn: plain bold markers
    panel = render.citation_html(answer, turn=3, focus=2)
    assert "answer 4" in panel
    first = re.search(r"<div class='iqa-citation([^']*)' id='cite-(\d)'", panel)
    assert first is not None
    assert first.groups() == (" iqa-focus", "2")
