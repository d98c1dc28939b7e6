"""A question's "last inspection" or "most recent monitoring visit" read as the record's
latest event of that kind, a time the question is then about.

A document's "last inspection" is the one before it was written ("…has deteriorated since
the last inspection in 2019"); a question's is the latest the record holds. Read from the
words alone, "when was the last Ofsted inspection?" had been answered with the inspection
four records' documents call "the last" (2013, 2018, 2019), years before the latest.
The time found is evidence, as any time a question names: it ranks the passages about it
and removes nothing (app/times.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from app.question import IN, OFSTED_EVENTS, Question, TimeRef
from app.record.timeline import Event, timeline
from app.times import happened_at
from ingest.dates import day_bounds, spoken_date
from ingest.voice import OFSTED

if TYPE_CHECKING:
    from index.retrieve import Retriever


def latest_of(asked: Question, retriever: Retriever) -> Event | None:
    """The timeline's latest event of the kind the question asks of as the latest (within
    the times it names: "the last monitoring visit in 2023"); None when it asks of none or
    the timeline holds none."""
    latest = asked.latest
    if latest is None:
        return None
    if latest.event is not None:
        return latest.event  # read against the record already (with_latest)
    named = [t for t in asked.about if t.relation == IN]
    if latest.relation != IN and (asked.about or asked.numbered):
        # "according to the 2025 report, what has changed since the last inspection?": the
        # last before the time it names, which its own words say
        return None
    events = [
        e
        for e in timeline(retriever, asked.scope)
        if e.kind in latest.kinds
        and (e.body == OFSTED or e.kind not in OFSTED_EVENTS)
        and (not latest.judged or e.judgement is not None)
        and (not named or happened_at(e.date, named))
    ]
    # (oldest first; of two on the same latest date, the one the timeline lists last)
    return max(reversed(events), key=lambda e: e.date[:7], default=None)


def with_latest(asked: Question, retriever: Retriever) -> Question:
    """`asked` with the time of the latest event it asks of added to the times it is about;
    as it is when it asks of none or the timeline holds none of the kind."""
    event = latest_of(asked, retriever)
    if event is None or asked.latest is None:
        return asked
    # the month, not the day: an inspection runs over a fortnight, its letter a month on
    iso = event.date[:7]
    bounds = day_bounds(iso)
    if bounds is None:
        return asked
    ref = TimeRef(
        phrase=f"{asked.latest.phrase} in {spoken_date(iso)}",
        relation=asked.latest.relation,
        iso=iso,
        start=bounds[0],
        end=bounds[1],
    )
    # "the most recent Ofsted visit" is of the kind the latest is: a focused visit
    event_kind = event.kind if asked.event is not None else None
    documents = frozenset(c.doc_id for c in event.citations)
    latest = replace(asked.latest, documents=documents, event=event)
    return replace(asked, times=(*asked.times, ref), event=event_kind, latest=latest)
