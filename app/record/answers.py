"""Counting and listing questions ("how many times…", "list the recommendations…") answered
from the timeline or the register, every item cited, instead of from whichever passages
rank highest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.answer import Answer, Citation
from app.record.register import recommendations
from app.record.timeline import EVENT_KINDS, judgement_in, timeline
from index.retrieve import Scope
from ingest.dates import spoken_date
from ingest.voice import AUTHORITATIVE, COMMISSIONER, GOVERNMENT, OFSTED, role_voice

if TYPE_CHECKING:
    from index.retrieve import Retriever

# A listing answer quotes at most this many recommendations and says how many more there
# are. Set by hand on the Herefordshire record; not re-measured.
LISTED_AT_MOST = 8

# What is counted or listed must be what the question asks for: "how many times…",
# "how many monitoring visits…", "list the recommendations…" — not "which council did…".
_NOUNS = (
    r"(times|occasions|inspections?|judgements?|monitoring visits?|focus+ed visits?|"
    r"visits?|recommendations?|areas? for (?:priority action|improvement)|requirements?|"
    r"directions?|commissioner'?s? reports?|reports? by the commissioner)"
)
_COUNTING = re.compile(
    rf"^\s*(?:how many\s+(?:[\w'’-]+\s+){{0,2}}?{_NOUNS}\b|how (often)\b|"
    rf"(?:list|name|give|what (?:were|are|have been)|which (?:were|are))\s+(?:me\s+)?"
    rf"(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{_NOUNS}\b)",
    re.IGNORECASE,
)
_TARGETS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (target, re.compile(pattern, re.IGNORECASE))
    for target, pattern in (
        ("recommendation", r"recommend|areas? for|requirement"),
        ("monitoring visit", r"monitoring"),
        ("focused visit", r"focus+ed"),
        ("commissioner report", r"commissioner"),
        ("direction", r"direction"),
        ("visit", r"visit"),
        ("inspection", r"inspection|judgement|times|occasions|often"),
    )
)


def _counting_target(question: str) -> str | None:
    match = _COUNTING.search(question)
    if not match:
        return None
    noun = next(g for g in match.groups() if g)
    if noun.lower() in ("times", "occasions", "often") and not re.search(
        r"\binspect\w*|\bjudge?\w*|\brated\b|\bfound\b|\bvisit", question, re.I
    ):
        return None
    if re.search(r"\binspections\b", question, re.I) and re.search(r"\bvisits\b", question, re.I):
        return "inspection or visit"
    for target, pattern in _TARGETS:
        if pattern.search(noun):
            if target == "inspection" and re.search(r"\bvisit", question, re.I):
                return "visit"
            return target
    return None


_KIND_WORDS = {
    "inspection": ("inspection", "inspections"),
    "monitoring visit": ("monitoring visit", "monitoring visits"),
    "focused visit": ("focused visit", "focused visits"),
    "commissioner report": ("commissioner's report", "commissioner's reports"),
    "direction": ("direction", "directions"),
    "visit": ("visit", "visits"),
    "inspection or visit": ("inspection or visit", "inspections and visits"),
}


def answer_from_record(
    question: str, retriever: Retriever, scope: Scope | None = None
) -> Answer | None:
    """Counting and listing questions ("how many times…", "list the inspections…") answered
    from the timeline or the register, every item cited; None when the question is not one."""
    target = _counting_target(question)
    if target is None:
        return None
    if target == "recommendation":
        return _list_recommendations(question, retriever, scope)
    judgement = judgement_in(question)
    if judgement is None and re.search(r"\bfail\w*\b", question, re.I):
        judgement = "inadequate"
    events = [
        e
        for e in timeline(retriever, scope)
        if (
            e.kind == target
            or (target == "visit" and e.kind.endswith("visit"))
            or (target == "inspection or visit" and e.body == OFSTED)
        )
        and (judgement is None or e.judgement == judgement)
    ]
    singular, plural = _KIND_WORDS[target]
    what = plural + (f" with the judgement '{judgement}'" if judgement else "")
    if not events:
        return None  # let the passages speak; the timeline may have missed a wording
    citations: list[Citation] = []
    items = []
    for event in events:
        c = event.citations[0]
        n = len(citations) + 1
        citations.append(_renumber(c, n))
        shown = [event.kind] if target in ("visit", "inspection or visit") else []
        if event.judgement and not judgement:
            shown.append(event.judgement)
        extra = f" ({', '.join(shown)})" if shown else ""
        items.append(f"{spoken_date(event.date)}{extra} [{n}]")
    count = len(events)
    noun = singular if count == 1 else plural
    head = (
        f"The record reports {count} {noun}"
        + (f" with the judgement '{judgement}'" if judgement else "")
        + ": "
    )
    text = head + "; ".join(items) + "."
    text += f" ({what}: counted from what the indexed documents date; nothing else is counted.)"
    return Answer(question, text, citations, refused=False, query=question, source="timeline")


def _list_recommendations(
    question: str, retriever: Retriever, scope: Scope | None
) -> Answer | None:
    recs = recommendations(retriever, scope)
    body = role_voice(question)
    if body in AUTHORITATIVE:
        recs = [r for r in recs if r.body == body]
    # "…after its focused visit": only the lists of documents about that kind of event
    for _kind, _body, cue in EVENT_KINDS:
        named = cue.search(question)
        if named and _kind != "inspection":
            recs = [r for r in recs if cue.search(r.source)] or recs
            break
    # A report's own numbered or headed list is what it recommended; where a document has
    # one, its other "should" sentences are commentary, not further recommendations.
    with_lists = {r.citations[0].doc_id for r in recs if r.listed}
    recs = [r for r in recs if r.listed or r.citations[0].doc_id not in with_lists]
    if not recs:
        return None
    citations: list[Citation] = []
    items = []
    for rec in recs[:LISTED_AT_MOST]:
        n = len(citations) + 1
        citations.append(_renumber(rec.citations[0], n))
        items.append(f"{rec.text} [{n}]")
    groups = len({r.group for r in recs})
    by = f" by {_BY[body]}" if body in AUTHORITATIVE else ""
    text = (
        f"The record holds {len(recs)} recommendations or requirements{by}, on {groups} "
        f"distinct concerns. " + " ".join(items)
    )
    if len(recs) > LISTED_AT_MOST:
        more = len(recs) - LISTED_AT_MOST
        text += f" …and {more} more (inspection-qa recommendations lists them all)."
    return Answer(question, text, citations, refused=False, query=question, source="register")


_BY = {OFSTED: "Ofsted", COMMISSIONER: "the children's commissioner", GOVERNMENT: "the government"}


def _renumber(citation: Citation, n: int) -> Citation:
    from dataclasses import replace

    return replace(citation, n=n)
