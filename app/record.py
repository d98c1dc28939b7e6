"""Know the record: the dated events it reports and the recommendations it holds.

Built from the indexed passages, no language model: sentences that date an inspection, a
visit, a report, a direction or a decision become timeline events; sentences that
recommend, require or direct become register entries. Each keeps the citations it rests on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from app.answer import Answer, Citation
from app.compose import _citation, display_sentence
from index.lexical import stems
from index.retrieve import Hit, Scope
from ingest.dates import date_bounds, document_date, find_dates, spoken_date
from ingest.models import Document, Passage
from ingest.voice import (
    AUTHORITATIVE,
    COMMISSIONER,
    COUNCIL,
    GOVERNMENT,
    LABELS,
    OFSTED,
    document_voice,
    learn_names,
    role_voice,
)

if TYPE_CHECKING:
    from index.retrieve import Retriever


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
    listed: bool = False  # an item of a report's own list ("Recommendations", "What needs…")
    source: str = ""  # the document's title and kind, to tell a visit's list from a report's

    def to_json(self) -> dict[str, object]:
        return {
            "listed": self.listed,
            "by": self.by,
            "body": self.body,
            "person": self.person,
            "date": self.date,
            "to": self.to,
            "text": self.text,
            "group": self.group,
            "citations": [c.to_json() for c in self.citations],
        }


# -- reading the record sentence by sentence ---------------------------------------------


@dataclass(frozen=True)
class _Sentence:
    doc: Document
    passage: Passage
    start: int  # relative to the passage
    end: int
    voice: str
    new_paragraph: bool

    @property
    def text(self) -> str:
        return self.passage.text[self.start : self.end]

    def cite(self, n: int) -> Citation:
        hit = Hit(self.passage, self.doc, 1.0, 0.0, 0.0, ((self.start, self.end, self.voice),))
        return _citation(n, hit, ((self.start, self.end),))


def _sentences(retriever: Retriever, scope: Scope | None = None) -> Iterator[_Sentence]:
    for doc_id, doc in retriever.docs.items():
        if scope is not None and not scope.admits_document(doc):
            continue
        previous_end = -1
        for passage in sorted(retriever._by_doc.get(doc_id, []), key=lambda p: p.start):
            for s, e, voice in retriever.voices(passage):
                absolute = passage.start + s
                gap = doc.text[previous_end:absolute] if previous_end >= 0 else "\n"
                previous_end = passage.start + e
                yield _Sentence(doc, passage, s, e, voice, "\n" in gap)


# -- timeline -----------------------------------------------------------------------------

# (kind, body, cue). The first kind whose cue matches a date's clause names the event.
_EVENT_KINDS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (kind, body, re.compile(cue, re.IGNORECASE))
    for kind, body, cue in (
        ("focused visit", OFSTED, r"\bfocus+ed visits?\b"),
        (
            "monitoring visit",
            OFSTED,
            r"\bmonitoring visits?\b|\b(?:inspectors?|ofsted)\b[^.;]{0,40}\bvisit\b",
        ),
        (
            "commissioner appointed",
            COMMISSIONER,
            r"(?<!-)\bappoint(?:ed|s|ment)\b[^.;]{0,80}\bcommissioner\b|"
            r"\bcommissioner\b[^.;]{0,40}(?<!-)\bappointed\b|\bsends? in (?:a )?commissioner\b",
        ),
        (
            "commissioner report",
            COMMISSIONER,
            r"\bcommissioner'?s?\b[^.;]{0,80}\b(?:report|review)\b|"
            r"\b(?:report|review)\b[^.;]{0,80}\bcommissioner\b",
        ),
        (
            "direction",
            GOVERNMENT,
            r"\b(?:statutory|ministerial) direction\b|\bdirection\b[^.;]{0,40}\b(?:issued|given)\b|"
            r"\b(?:minister|secretary of state|government)\b[^.;]{0,60}"
            r"\b(?:ordered|directed|approved|agreed)\b",
        ),
        (
            "council decision",
            COUNCIL,
            r"\b(?:cabinet|council)\b[^.;]{0,60}\b(?:approved|agreed to|decided|voted)\b|"
            r"\bresolved\b[^.;]{0,80}\bto (?:approve|agree|adopt|note)\b|\bresolved\s*:",
        ),
        (
            "council meeting",
            COUNCIL,
            r"\b(?:extraordinary|full council|cabinet) meeting\b|\bmeeting of (?:the )?(?:full )?"
            r"council\b|\bextraordinary council\b|\b(?:cabinet|council) minutes\b",
        ),
        (
            "inspection",
            OFSTED,
            r"\binspect(?:ion|ed|ors?)\b|\bjudge?(?:ment|d)\b|\brated\b|\bgraded\b|"
            r"\boverall(?: effectiveness)?\b",
        ),
    )
)
_JUDGEMENTS = (
    ("requires improvement", re.compile(r"\brequires? improvement\b", re.I)),
    ("inadequate", re.compile(r"\binadequate\b", re.I)),
    ("outstanding", re.compile(r"\boutstanding\b", re.I)),
    (
        "good",
        re.compile(
            r"\b(?:judged|rated|graded|judgement\W+|effectiveness\W+)\s*(?:as\s+)?good\b", re.I
        ),
    ),
)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:but|while|whereas|and|after)\s|\s(?:but|whereas)\s")
# "has ordered", "have now agreed": news of the day, dated by the document itself.
_NEWS_OF_THE_DAY = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|just\s+)?(?:been\s+)?\w+(?:ed|en)\b", re.I
)
_DATED_BY_DOCUMENT = frozenset({"direction", "commissioner report", "commissioner appointed"})
_REPORT_PUBLISHED = re.compile(
    r"\b(?:report|review)\b[^.;]{0,30}\b(?:published|released|came out)\b", re.I
)


def _judgement(text: str) -> str | None:
    found = [(m.start(), name) for name, pattern in _JUDGEMENTS for m in pattern.finditer(text)]
    return min(found)[1] if found else None


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


@dataclass
class _Found:
    date: str
    precision: str
    body: str
    kind: str
    judgement: str | None
    sentences: list[_Sentence]
    summary: str = ""


def _events_in(sentence: _Sentence) -> list[_Found]:
    text = sentence.text
    if text.rstrip().endswith("?"):
        return []
    dates = find_dates(text, sentence.doc.meta.published)
    latest = date_bounds(sentence.doc.meta.published)
    found = []
    for start, end in _clauses(text):
        clause = text[start:end]
        clause_dates = [d for d in dates if start <= d.start < end]
        for kind, body, cue in _EVENT_KINDS:
            if not cue.search(clause) and not (
                # "Her report, released on Wednesday, …" in the commissioner's voice
                kind == "commissioner report"
                and sentence.voice == COMMISSIONER
                and _REPORT_PUBLISHED.search(clause)
            ):
                continue
            if not clause_dates:
                # Undated: news of the day ("has ordered"), a statutory direction a report
                # describes, or a resolution in the minutes — dated by the document itself.
                dated_by_document = (
                    (kind in _DATED_BY_DOCUMENT and _NEWS_OF_THE_DAY.search(clause))
                    or (kind == "direction" and re.search(r"statutory direction", clause, re.I))
                    or (kind == "council decision" and document_voice(sentence.doc.meta) == COUNCIL)
                )
                if not dated_by_document:
                    break
                published = document_date(sentence.doc.meta)
                if not published:
                    break
                precision = ("year", "month", "day")[published.count("-")]
                found.append(_Found(published, precision, body, kind, None, [sentence]))
                break
            judgement = _judgement(clause) if kind == "inspection" else None
            if (
                kind == "inspection"
                and judgement is None
                and not re.search(r"\binspect(?:ion|ed)\b", clause, re.I)
            ):
                break  # "rated" or "overall" alone does not make an inspection
            date = max(clause_dates, key=lambda d: ("year", "month", "day").index(d.precision))
            bounds = date_bounds(date.iso)
            if latest and bounds and bounds[0] > latest[1]:
                break  # a date after the document was written is a plan, not an event
            found.append(_Found(date.iso, date.precision, body, kind, judgement, [sentence]))
            break
    return found


def _compatible(a: _Found, b: _Found) -> bool:
    if a.kind != b.kind or (a.judgement and b.judgement and a.judgement != b.judgement):
        return False
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def _merge(found: list[_Found]) -> list[_Found]:
    """Events several sentences or documents report become one, at the most precise date."""
    merged: list[_Found] = []
    rank = ("year", "month", "day")
    for event in sorted(found, key=lambda e: -rank.index(e.precision)):
        for other in merged:
            if _compatible(event, other):
                other.sentences += event.sentences
                other.judgement = other.judgement or event.judgement
                other.summary = other.summary or event.summary
                break
        else:
            merged.append(event)
    return merged


def _summary(event: _Found) -> str:
    if event.summary:
        return event.summary
    own = [s for s in event.sentences if s.voice == event.body] or event.sentences
    best = min(own, key=lambda s: (s.doc.meta.published, len(s.text)))
    text = display_sentence(best.text)
    if len(text) < 40:  # "RESOLVED:" — what follows says what was resolved
        text = display_sentence(best.passage.text[best.start :])
    return text if len(text) <= 200 else text[:197].rsplit(" ", 1)[0] + "…"


def _event_citations(sentences: Sequence[_Sentence]) -> list[Citation]:
    seen: dict[str, _Sentence] = {}
    for s in sentences:
        seen.setdefault(s.passage.passage_id, s)
    ordered = sorted(seen.values(), key=lambda s: (s.doc.meta.published, s.passage.start))
    return [s.cite(n) for n, s in enumerate(ordered, start=1)]


def _document_events(retriever: Retriever, doc: Document, own: list[_Found]) -> list[_Found]:
    """Events a document is itself: a commissioner's report, a meeting's minutes, a visit
    letter — dated by its publication, unless its text already dated the same event."""
    passages = sorted(retriever._by_doc.get(doc.doc_id, []), key=lambda p: p.start)
    published = document_date(doc.meta)
    if not passages or not published:
        return []
    first = passages[0]
    spans = retriever.voices(first)
    voice = spans[0][2] if spans else ""
    sentence = _Sentence(
        doc,
        first,
        spans[0][0] if spans else 0,
        spans[0][1] if spans else len(first.text),
        voice,
        True,
    )
    precision = ("year", "month", "day")[published.count("-")]
    title = f"{doc.meta.title} {doc.meta.kind}"
    kinds = []
    if "commissioner" in doc.meta.kind.lower():
        kinds.append(("commissioner report", COMMISSIONER))
    for kind, body, cue in _EVENT_KINDS:
        if kind != "inspection" and cue.search(title):
            kinds.append((kind, body))
            break
    out = []
    for kind, body in kinds:
        if any(e.kind == kind for e in own):
            continue  # the text dates it better than the publication does
        out.append(_Found(published, precision, body, kind, None, [sentence], doc.meta.title))
    return out


def timeline(retriever: Retriever, scope: Scope | None = None) -> list[Event]:
    """The record's dated events, oldest first, each with the passages it rests on."""
    found: list[_Found] = []
    by_doc: dict[str, list[_Found]] = {}
    for sentence in _sentences(retriever, scope):
        events = _events_in(sentence)
        by_doc.setdefault(sentence.doc.doc_id, []).extend(events)
        found += events
    for doc_id, doc in retriever.docs.items():
        if scope is None or scope.admits_document(doc):
            found += _document_events(retriever, doc, by_doc.get(doc_id, []))
    out = [
        Event(
            date=e.date,
            precision=e.precision,
            body=e.body,
            kind=e.kind,
            judgement=e.judgement,
            summary=_summary(e),
            citations=_event_citations(e.sentences),
        )
        for e in _merge(found)
    ]
    return sorted(out, key=lambda e: (e.date, e.kind))


# -- recommendation register -------------------------------------------------------------

_RECOMMEND = re.compile(
    r"\brecommend(?:s|ed)?\b(?! by)|\brecommendations? (?:include|are|were|is|was)\b|"
    r"\brecommendations?:|\b(?:issued|revised|statutory) direction\b|\bshould\b|\bmust\b|"
    r"\bneeds? to\b|\b(?:is|are) required to\b|"
    r"\brequires? (?:the council|it|them) to\b|\b(?:directed|told|ordered|asked) to\b|"
    r"\bgiven\b[^.]{0,40}\bto (?:show|prove|demonstrate)\b|\bI (?:also )?propose\b",
    re.IGNORECASE,
)
_LIST_INTRO = re.compile(
    r"\b(?:areas? for (?:priority action|improvement)|what needs to improve|recommendations?|"
    r"requirements?|priorit(?:y|ies) for action)\b",
    re.IGNORECASE,
)
_RECIPIENT = re.compile(
    r"\b(?:the council leader|council leader|the cabinet|cabinet member\w*|scrutiny committee|"
    r"(?:senior )?leaders|councillors|partners?|the (?:local )?authority|the council|"
    r"the department|the service)\b",
    re.IGNORECASE,
)


@dataclass
class _Rec:
    body: str
    date: str
    sentence: _Sentence
    sentences: list[_Sentence]
    listed: bool = False


_DIRECTION = re.compile(r"\b(?:statutory|ministerial|revised) direction\b", re.I)
_MARKER = re.compile(r"^\s*(?:\d+|[a-z])[.)]?\s*$", re.I)
_STATEMENT = re.compile(r"\b(?:will|would)\b", re.I)


def _rec_body(sentence: _Sentence, recent: str | None) -> str | None:
    if _DIRECTION.search(sentence.text):
        return GOVERNMENT
    if sentence.voice in AUTHORITATIVE:
        return sentence.voice
    # Narration that reports a body's recommendations: "The commissioner's recommendations…"
    if re.search(r"\brecommend", sentence.text, re.I):
        named = role_voice(sentence.text)
        if named in AUTHORITATIVE:
            return named
    # Narration continuing a body's words: "Instead she has given the council three months…"
    return recent


def _is_heading(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) <= 90 and not stripped.endswith((".", "”", '"', "?", "!", ":"))


def _recommendation_sentences(retriever: Retriever, scope: Scope | None) -> list[_Rec]:
    found: list[_Rec] = []
    listing: str | None = None  # body of an open "What needs to improve" list
    current_doc = None
    recent: list[str | None] = []  # voices of the last few sentences
    after_marker = False  # the previous sentence was a bare "1." of a numbered list
    for s in _sentences(retriever, scope):
        if s.doc.doc_id != current_doc:
            current_doc, listing, recent = s.doc.doc_id, None, []
        recent = [*recent[-2:], s.voice if s.voice in AUTHORITATIVE else None]
        text = display_sentence(s.text)
        item_start, after_marker = after_marker, bool(_MARKER.match(text))
        if not text or text.endswith("?") or after_marker:
            continue
        # When it was made: the document's date (a date in the text is usually a deadline).
        when = s.doc.meta.published
        if _LIST_INTRO.search(text) and (_is_heading(text) or text.endswith(":")):
            listing = s.voice if s.voice in AUTHORITATIVE else role_voice(text)
            listing = listing if listing in AUTHORITATIVE else None
            continue
        if (
            listing
            and s.new_paragraph
            and (
                (_is_heading(text) and len(text) < 60)
                or (_STATEMENT.search(text) and not _RECOMMEND.search(text))
            )
        ):
            listing = None  # the next section, or the closing words, begin
        if listing and (s.new_paragraph or item_start or text[:1] in "-•*"):
            found.append(_Rec(listing, s.doc.meta.published, s, [s], listed=True))
            continue
        earlier = next((v for v in reversed(recent[:-1]) if v), None)
        body = _rec_body(s, earlier if s.voice not in AUTHORITATIVE else None)
        if body and _RECOMMEND.search(text) and len(text) >= 40:
            found.append(_Rec(body, when, s, [s]))
    return found


def _group(vectors: np.ndarray, stem_sets: list[set[str]], threshold: float) -> list[int]:
    """Union-find over pairs that are close in meaning or share most content words."""
    parent = list(range(len(stem_sets)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sims = vectors @ vectors.T if len(vectors) else np.zeros((0, 0))
    for i in range(len(stem_sets)):
        for j in range(i + 1, len(stem_sets)):
            union = stem_sets[i] | stem_sets[j]
            jaccard = len(stem_sets[i] & stem_sets[j]) / len(union) if union else 0.0
            if sims[i, j] >= threshold or jaccard >= 0.4:
                parent[root(j)] = root(i)
    return [root(i) for i in range(len(stem_sets))]


def recommendations(retriever: Retriever, scope: Scope | None = None) -> list[Recommendation]:
    """Every recommendation, requirement, direction or area for improvement, by date; the
    same concern raised again later shares a `group` with its earlier mention."""
    recs = _recommendation_sentences(retriever, scope)
    if not recs:
        return []
    texts = [display_sentence(r.sentence.text) for r in recs]
    vectors = retriever.embedder.encode(texts) if hasattr(retriever, "embedder") else np.zeros(0)
    vectors = np.asarray(vectors, dtype=np.float32)
    stem_sets = [set(stems(t)) for t in texts]
    # The same sentence reported twice (two papers quoting one report) is one entry.
    same = _group(vectors, stem_sets, 0.9)
    merged: dict[int, _Rec] = {}
    keep: list[int] = []
    for i, key in enumerate(same):
        if key in merged and merged[key].body == recs[i].body:
            merged[key].sentences.append(recs[i].sentence)
        else:
            merged.setdefault(key, recs[i])
            if merged[key] is recs[i]:
                keep.append(i)
    concern = _group(vectors[keep] if len(vectors) else vectors, [stem_sets[i] for i in keep], 0.6)
    names = {doc_id: learn_names(doc.text) for doc_id, doc in retriever.docs.items()}
    out = []
    order = {root: n for n, root in enumerate(dict.fromkeys(concern), start=1)}
    for idx, root in zip(keep, concern, strict=True):
        rec = recs[idx]
        text = texts[idx]
        person = _person(rec, names.get(rec.sentence.doc.doc_id, {}))
        recipient = _RECIPIENT.search(text.split("should")[0] if "should" in text else text)
        out.append(
            Recommendation(
                by=f"{LABELS[rec.body]} ({person})" if person else LABELS[rec.body],
                body=rec.body,
                person=person,
                date=rec.date,
                to=recipient.group().lower() if recipient else "the council",
                text=text,
                group=order[root],
                citations=_event_citations(merged.get(same[idx], rec).sentences),
                listed=rec.listed,
                source=f"{rec.sentence.doc.meta.title} {rec.sentence.doc.meta.kind} "
                f"{rec.sentence.doc.meta.about}",
            )
        )

    def position(r: Recommendation) -> tuple[str, str, int, int]:
        c = r.citations[0]
        return (r.date, c.doc_id, c.start, c.highlights[0][0] if c.highlights else 0)

    return sorted(out, key=position)


def _person(rec: _Rec, names: dict[str, str]) -> str | None:
    """The named person of the recommending body, as the document introduces them."""
    people = [n for n, v in names.items() if v == rec.body and " " in n]
    doc = rec.sentence.doc
    near = [n for n in people if n.split()[-1] in rec.sentence.passage.text]
    if not near and document_voice(doc.meta) == rec.body:
        near = people  # the author of the report itself
    if not near:
        return None
    return max(near, key=lambda n: doc.text.count(n.split()[-1]))


# -- counting and listing questions ------------------------------------------------------

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
    judgement = _judgement(question)
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
    for _kind, _body, cue in _EVENT_KINDS:
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
    limit = 8
    citations: list[Citation] = []
    items = []
    for rec in recs[:limit]:
        n = len(citations) + 1
        citations.append(_renumber(rec.citations[0], n))
        items.append(f"{rec.text} [{n}]")
    groups = len({r.group for r in recs})
    by = f" by {_BY[body]}" if body in AUTHORITATIVE else ""
    text = (
        f"The record holds {len(recs)} recommendations or requirements{by}, on {groups} "
        f"distinct concerns. " + " ".join(items)
    )
    if len(recs) > limit:
        text += f" …and {len(recs) - limit} more (inspection-qa recommendations lists them all)."
    return Answer(question, text, citations, refused=False, query=question, source="register")


_BY = {OFSTED: "Ofsted", COMMISSIONER: "the children's commissioner", GOVERNMENT: "the government"}


def _renumber(citation: Citation, n: int) -> Citation:
    from dataclasses import replace

    return replace(citation, n=n)
