"""Know the record: the dated events it reports and the recommendations it holds.

Built from the indexed passages, no language model: sentences that date an inspection, a
visit, a report, a direction or a decision become timeline events; sentences that
recommend, require or direct become register entries. Each keeps the citations it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.answer import Citation


@dataclass
class Event:
    """One dated event of the record; events several documents report are merged."""

    date: str  # ISO text, as precise as the record allows: YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # "day", "month" or "year"
    body: str  # a voice from ingest/voice.py: ofsted, commissioner, government, council, …
    kind: str  # inspection, monitoring visit, focused visit, commissioner report, direction, …
    judgement: str | None
    summary: str
    citations: list[Citation] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "date": self.date,
            "precision": self.precision,
            "body": self.body,
            "kind": self.kind,
            "judgement": self.judgement,
            "summary": self.summary,
            "citations": [c.to_json() for c in self.citations],
        }


@dataclass
class Recommendation:
    """One recommendation, requirement, direction or area for improvement."""

    by: str  # the body (a voice), with the person where named: "commissioner (Eleanor Brazil)"
    body: str  # the voice alone
    person: str | None
    date: str  # ISO text, as precise as the record allows
    to: str  # to whom, where the text says ("the council" by default)
    text: str
    group: int  # recommendations on the same concern share a group
    citations: list[Citation] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "by": self.by,
            "body": self.body,
            "person": self.person,
            "date": self.date,
            "to": self.to,
            "text": self.text,
            "group": self.group,
            "citations": [c.to_json() for c in self.citations],
        }


def timeline(retriever: object) -> list[Event]:
    """The record's dated events, oldest first. (Being written: returns [] for now.)"""
    return []


def recommendations(retriever: object) -> list[Recommendation]:
    """The record's recommendations, by date. (Being written: returns [] for now.)"""
    return []
