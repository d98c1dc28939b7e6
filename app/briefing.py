"""Background questions answered as a briefing: points grouped by who said them and when.

"Why is the service in intervention?", "what is the history of the inspections?", "what
were the main problems?", "what has improved?", "what do parents say?" want an overview,
not the three sentences that share most words with the question. A briefing is a heading
line, then quoted sentences (or list items) of the record, each with its `[n]`, grouped
by source and date, oldest first. History questions draw on the timeline, questions about
what people say on the voices worked out at ingest, the rest on a deep pool of passages
scored for the kind of point the question wants. No language model.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from app.answer import Answer, Citation, Point
from app.background import CHANGE, HISTORY, OVERVIEW, PROBLEMS, VOICES, WHY
from app.cite import cite, display_sentence, voice_at
from app.question import IN, Question
from app.slots import other_ordinal, same_ordinal
from app.times import about, only_other_times
from index.lexical import stems
from index.retrieve import Hit
from ingest.dates import day_bounds, spoken_date
from ingest.furniture import is_apparatus, is_furniture
from ingest.voice import (
    AUTHORITATIVE,
    COMMISSIONER,
    COUNCIL,
    COUNCILLOR,
    GOVERNMENT,
    LABELS,
    NARRATION,
    OFSTED,
    OTHER,
    role_voice,
)

if TYPE_CHECKING:
    from app.compose import ExtractiveComposer
    from app.record.timeline import Event
    from index.retrieve import Retriever

# -- what each kind of briefing looks for ----------------------------------------------------

# Words of the question that say what kind of briefing it wants, not what it is about.
_FORM_WORDS = frozenset(
    stems(
        "why what main key biggest major chief principal problems problem findings finding "
        "issues concerns weaknesses failings criticisms points messages conclusions history "
        "track record timeline happened summarise summarize summary overview background brief "
        "briefing situation state view improved improve improvements changed change changes "
        "progress better worse say said saying think feel tell want make found find concluded "
        "conclude recommend recommended years last over since service services council "
        "children's children social care department authority stand things going doing current"
    )
)
# What makes a sentence the kind of point each briefing wants.
_NEGATIVE = re.compile(
    r"\b(?:not|too|no|lack\w*|poor\w*|weak\w*|inadequate|insufficient\w*|variable|delay\w*|"
    r"drift|fail\w*|slow\w*|concern\w*|worr\w*|unstable|inconsistent\w*|irregular|backlog|"
    r"deteriorat\w*|limited|fragile|long-standing|overly|unassessed|high|still|"
    r"underdeveloped|uneven|difficult|shortfall|stalled)\b",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    # "improvement plan", "improvement board" name no improvement
    r"\b(?:improv(?:ed|es|ing)|improvements? (?:in|to|at)|progress|"
    r"(?:fallen|fell|dropped|down|reduced) (?:from|to)|compared with|fallen|fell|reduced|"
    r"lower|better|stronger|strengthened|cleared|"
    r"now|more (?:promptly|quickly|stable|accurate|reliable|visible|consistent\w*|timely)|"
    r"steady|recognised|positive|strength|good|encouraging|turned)\b",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"\b(?:inadequate|judged|rated|because|following|after|prompting|failings?|failing|"
    r"lowest|harm|capacity|not protected)\b",
    re.IGNORECASE,
)
# "What were the main findings": what was found, good or bad, or a figure.
_FINDINGS = re.compile(r"\b(?:findings?|found|conclu\w*|points?|messages?)\b", re.I)
_FINDINGS_CUE = re.compile(
    rf"{_NEGATIVE.pattern}|{_POSITIVE.pattern}|"
    r"\b(?:found|finds|conclud\w*|describes|notes|warns|highlights|\d+%)",
    re.IGNORECASE,
)
_FORM_CUES = {
    PROBLEMS: _NEGATIVE,
    WHY: _REASON,
    CHANGE: _POSITIVE,
    OVERVIEW: re.compile(f"{_NEGATIVE.pattern}|{_REASON.pattern}", re.IGNORECASE),
    VOICES: re.compile(r"."),
}
# What a "why" question asks the reasons for: a status, not a subject.
_STATUS_WORDS = frozenset(
    stems("intervention inadequate failing failed commissioner direction special measures control")
)
# Words for the record's events: "the history of the inspections" is the whole timeline.
_EVENT_WORDS = frozenset(
    stems(
        "ofsted inspection inspections inspected visits visit monitoring first second third "
        "fourth fifth sixth last latest recent most"
    )
)
# A word in this share of the record's passages or more is the record's own subject (the
# council's name: 0.8 of the sample record's passages; "Ofsted" 0.23, "councillor" less):
# it narrows no question. A history question left with another word is about something
# narrower than the record ("the extraordinary council meeting").
SUBJECT_SHARE = 0.5
# A history question's word in this share of the record's documents names no narrower
# subject either (a council's name in a record of web pages split into many passages:
# calderbrook's history had been read as about "Calderbrook").
SUBJECT_DOCUMENTS = 0.8
# Extra search words per briefing: the pool is searched for the points' own vocabulary.
_SEARCH_WORDS = {
    PROBLEMS: "found weaknesses too not delay poor inadequate",
    WHY: "judged inadequate intervention statutory direction commissioner appointed",
    CHANGE: "improved progress now fallen reduced since",
    OVERVIEW: "judged inadequate found commissioner concluded progress",
    VOICES: "said told",
}
# Who a "what do X say" question asks for: the voices of their words, and words one of the
# sentence or the one before it must hold (a parent is quoted as "others" with the police).
_GROUPS: tuple[tuple[re.Pattern[str], frozenset[str], re.Pattern[str] | None], ...] = (
    (
        re.compile(r"\b(?:parents?|famil\w*|mothers?|fathers?|carers?|campaigners?)\b", re.I),
        frozenset({OTHER, NARRATION}),
        re.compile(r"\b(?:parents?|famil\w*|mother|father|carers?|campaign\w*|families)\b", re.I),
    ),
    (
        re.compile(r"\b(?:councillors?|members|opposition)\b", re.I),
        frozenset({COUNCILLOR, COUNCIL}),
        None,
    ),
    (re.compile(r"\b(?:inspectors?|ofsted)\b", re.I), frozenset({OFSTED}), None),
    (re.compile(r"\bcommissioner\b", re.I), frozenset({COMMISSIONER}), None),
    (
        re.compile(r"\b(?:government|minister|department)\b", re.I),
        frozenset({GOVERNMENT}),
        None,
    ),
    (
        re.compile(r"\b(?:social workers|staff)\b", re.I),
        frozenset({OTHER, NARRATION, OFSTED, COMMISSIONER}),
        re.compile(r"\b(?:social workers?|staff)\b[^.]{0,40}\b(?:told|said|say|spoke)\b", re.I),
    ),
    (re.compile(r"\b(?:council|leaders?)\b", re.I), frozenset({COUNCIL}), None),
)
# The words that name a body ("commissioner", "Ofsted", "inspectors").
_BODY_WORDS = frozenset(
    stems("commissioner commissioners ofsted inspectors inspector minister government council")
)
# A document's or an event's own apparatus: "This letter summarises the findings of…",
# "This was the second monitoring visit since…", "The full letter is reproduced below",
# "Inspectors visited on 16 and 17 January": they say what the document is, not what it
# found (dev labels: 14 such points dropped on the four records).
_ABOUT_ITSELF = re.compile(
    r"^(?:this|the|our|their) (?:letter|report|page|visit)\b(?! (?:found|finds|says|said|"
    r"notes|concludes|describes|judges|highlights|states))|"
    r"^this was the \w+ (?:monitoring |focus+ed )?(?:visit|inspection)\b|"
    r"\breproduced below\b|^you can read\b|^inspectors visited\b|^the findings come from\b|"
    r"^[\w' ]{0,40}carried out (?:its|a|the) \w+ (?:monitoring )?visit\b|"
    # a meeting's own business: apologies, declarations, attendance
    r"^apologies\b|\bdeclared an? (?:non-)?pecuniary interest\b|^(?:also )?present\b|"
    r"^resolved\b|^background papers\b|^the [\w' ]{0,60}\b(?:presented|introduced) the [\w' ]{0,40}"
    r"(?:report|letter)\.$",
    re.IGNORECASE,
)
# Voices whose words react to findings rather than make them.
# A sentence reporting what the body just named said: "She found…", "Her report says…".
_REPORTS = re.compile(r"^\W*(?:she|he|they|her|his|their|its|the report)\b", re.IGNORECASE)
_REACTIONS = frozenset({COUNCIL, COUNCILLOR, OTHER})
_COUNCILLOR = re.compile(
    r"\b(?:councillors?|cllr|coun|leader of the council|council leader|cabinet member|"
    r"opposition|group leader)\b",
    re.IGNORECASE,
)
_BODIES = frozenset({OFSTED, COMMISSIONER, GOVERNMENT, COUNCIL, COUNCILLOR})
_REPORTED = re.compile(r"\b(?:said|says|told|added|asked|called|described)\b", re.I)

# A briefing shows at most MAX_POINTS points in MAX_CHARS characters (the issue's
# "about eight points and 1,500 characters"); up to MORE_AT_MOST further points go to
# `more`. POOL passages
# are read for points (a record of the four in eval/ has 40–200 passages).
MAX_POINTS = 8
MAX_CHARS = 1500
MORE_AT_MOST = 12
# Points shown from one source before others' lower-scoring ones (set by hand on dev).
PER_SOURCE = 3
POOL = 30
# A point shorter than this states too little to brief on; a line without closing
# punctuation is a heading unless it is an item of a list.
MIN_POINT_CHARS = 40
# Points sharing more than this share of their stems say the same thing (Jaccard).
SAME_POINT = 0.5
# Sentence score weights: about the question's subject, the kind of point wanted, whose
# words, the passage's rank. Set by hand on the dev halves of eval/briefing (first values
# tried; see the commit for figures).
W_TOPIC, W_CUE, W_VOICE, W_RANK = 0.45, 0.25, 0.1, 0.2
# A sentence whose passage (with its document's title) is about the subject counts this
# much of the subject: a report's list items seldom repeat what the report is about.
W_CONTEXT = 0.8
# ...and a sentence that is not a list item this much (a blog's title naming "councillor"
# does not make each of its sentences about councillors).
W_NEAR = 0.4
# "What has improved": the latest document adds this much (oldest adds nothing).
W_RECENT = 0.15
# A sentence of a document whose title names the subject ("summary of the commissioner's
# report") counts this much of it.
W_DOCUMENT = 0.7
# How much of a document's opening is read for the event it reports ("the second visit").
DOCUMENT_OPENING = 600
# A document whose title and description hold this share of the question's subject is what
# the question names, and its first DOCUMENT_PASSAGES passages (summary, headline findings)
# join the pool. Set by hand on the dev halves.
NAMED_SHARE = 0.6
# Their passages rank as a retrieved passage of this fused score would (scores run 0–1).
NAMED_RANK = 0.5
# ...and its first passages (summary, headline findings) score up to this much more.
W_EARLY = 0.1
# ...and when the question names only that event, other documents' sentences count this
# much of its subject.
OTHER_DOCUMENTS = 0.3
# A sentence under a findings heading scores this more, under a scene-setting one this less.
W_SECTION = 0.1
SECTION_HEADING_WORDS = 8
DOCUMENT_PASSAGES = 12
# An item of a list of the kind of point wanted ("Negatives included: …") scores this more.
W_LISTED = 0.15
# A passage about another time than the question's keeps this share of its score.
W_UNTIMELY = 0.5
# A point must score this much (dev halves, eval/briefing).
MIN_POINT_SCORE = 0.4
# ...and at least this share of the best point's score to be shown (further ones go to
# `more`). Dev halves, coverage / precision averaged over the four records: 0 -> 0.60 /
# 0.66, 0.7 -> 0.59 / 0.70, 0.8 -> 0.58 / 0.71.
RELATIVE_FLOOR = 0.7
# ...though the best SHOWN_AT_LEAST points are shown whatever their share.
SHOWN_AT_LEAST = 4


# A line that opens a list of findings ("Negatives included:", "Inspectors identified the
# following areas for priority action:"), not any line ending in a colon.
_LIST_INTRO = re.compile(
    r"\b(?:follow\w*|includ\w*|areas?|found|findings?|priorit\w*|positives|negatives|"
    r"improve\w*|recommend\w*|strengths|weaknesses|concerns)\b",
    re.IGNORECASE,
)
_CLOSED = (".", "!", "?", ";", ":", '"', "'", "”", "’", ")")
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*·▪●]|\d+[.)]|\(?[a-z][.)])\s+")


def _quotable(raw: str, shown: str) -> bool:
    """A sentence worth a point: long enough, no site furniture or apparatus, no question,
    no bare heading (a list item without a full stop is kept)."""
    if len(shown) < MIN_POINT_CHARS or is_furniture(shown) or is_apparatus(shown):
        return False
    if shown.rstrip("\"”’')").endswith(("?", ":")):
        return False
    return shown.endswith(_CLOSED) or bool(_LIST_ITEM.match(raw))


def _source(voice: str, hit_doc_meta: object, date: str, group: str | None = None) -> str:
    """The heading of a group: "Ofsted, quoted in Hereford Times, August 2023"."""
    from ingest.voice import describe

    text = describe(voice, hit_doc_meta, spoken_date(date))  # type: ignore[arg-type]
    if group and voice == OTHER:
        text = text.replace(LABELS[OTHER], group.capitalize(), 1)
    return text


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) > SAME_POINT


class Briefer:
    """Builds briefings from the record `retriever` holds; `composer` gives term rarity and
    the same near-miss refusal every question gets."""

    def __init__(self, retriever: Retriever, composer: ExtractiveComposer) -> None:
        self.retriever = retriever
        self.composer = composer
        self._doc_stems: list[frozenset[str]] | None = None  # each document's stems, once

    def __call__(self, asked: Question, hits: Sequence[Hit]) -> Answer | None:
        return self.brief(asked, hits)

    def brief(self, asked: Question, hits: Sequence[Hit]) -> Answer | None:
        """The briefing for a background question (None when it is not one)."""
        form = asked.background
        if form is None:
            return None
        refusal = self._near_miss(asked, hits)
        if refusal is not None:
            return replace(refusal, form="briefing")
        if form == HISTORY and self._specific(asked):
            form = OVERVIEW  # "what happened at the extraordinary meeting?": its passages
        if form == HISTORY:
            points = self._history(asked, _HISTORY_KINDS)
        elif form == PROBLEMS and asked.counts == "recommendation":
            points = self._recommendations(asked)
        else:
            pool = self.retriever.search(asked.search, k=POOL, scope=asked.scope)
            cued = " ".join(sorted(self._topic(asked))) + " " + _SEARCH_WORDS[form]
            pool += self.retriever.search(cued, k=POOL // 2, scope=asked.scope)
            extra = self._voiced(group) if form == VOICES and (group := _group(asked.text)) else []
            named = self._named_documents(asked)
            # "What has improved since the commissioner's report?": what later documents say
            after = max((h.doc.meta.published for h in named), default=None)
            if form == CHANGE and after and not asked.about:
                # what every later document says, not only those sharing the question's words
                extra = [h for h in extra if h.doc.meta.published > after] + self._later(after)
            else:
                extra += named
                after = None
            named_docs = frozenset(h.doc.doc_id for h in named) if after is None else frozenset()
            points = self._from_passages(asked, form, [*hits, *pool, *extra], after, named_docs)
            if form == WHY:  # the judgement and the intervention it brought, from the timeline
                points = _distinct([*self._history(asked, _WHY_KINDS), *points])
        if not points:
            return self.composer._refuse(asked.text, asked.query, hits)  # noqa: SLF001
        return _answer(asked, form, points)

    def _near_miss(self, asked: Question, hits: Sequence[Hit]) -> Answer | None:
        """The refusal any question gets when the best passages barely touch it, or it names
        a year, figure or name the record never mentions."""
        c = self.composer
        if not hits or c.support(asked.query, hits) < c.min_support or c.unknown_specifics(asked):
            return c._refuse(asked.text, asked.query, hits)  # noqa: SLF001
        return None

    def _topic(self, asked: Question) -> set[str]:
        """What the question is about: its words, less those that say what kind of briefing
        it wants and those in SUBJECT_SHARE of the record's passages or more (the council's
        own name narrows nothing)."""
        weights = self.composer.weights
        years = {t.iso[:4] for t in asked.about}
        return {
            t
            for t in set(stems(asked.query)) - _FORM_WORDS - years
            # idf = ln(1 + N / df), so df / N = 1 / (e^idf - 1)
            if 1 / max(math.expm1(weights.idf(t)), 1e-9) < SUBJECT_SHARE
        }

    def _common(self, terms: set[str]) -> set[str]:
        """Those of `terms` in SUBJECT_DOCUMENTS of the record's documents or more."""
        docs = self.retriever.docs
        if self._doc_stems is None or len(self._doc_stems) != len(docs):
            self._doc_stems = [frozenset(stems(f"{d.meta.title} {d.text}")) for d in docs.values()]
        n = len(self._doc_stems) or 1
        return {
            t for t in terms if sum(1 for d in self._doc_stems if t in d) / n >= SUBJECT_DOCUMENTS
        }

    def _specific(self, asked: Question) -> bool:
        """Does a history question name something narrower than the record's own subject
        (beyond the words for inspections)?"""
        terms = self._topic(asked) - _EVENT_WORDS
        return bool(terms - self._common(terms))

    def _running(
        self, group: tuple[str, frozenset[str], re.Pattern[str] | None] | None, hit: Hit
    ) -> bool:
        """Does a quote by the people asked about run on into this passage from the one
        before ("One parent told the BBC: … | I think a public inquiry is the only way")?"""
        if group is None or not hit.voices:
            return False
        earlier = self.retriever.before(hit)
        if earlier is None:
            return False
        running, before = False, ""
        for start, end, voice in earlier.voices:
            text = earlier.passage.text[start:end]
            running = _in_group(group, voice, text, before, running)
            before = text
        return running and hit.voices[0][2] == earlier.voices[-1][2]

    def _named_documents(self, asked: Question) -> list[Hit]:
        """The opening passages of the documents that are what the question names ("the
        second monitoring visit", "the commissioner's report", "the 2025 inspection"): their
        own findings seldom repeat the words that name them."""
        topic = self._topic(asked)
        weights = self.composer.weights
        total = sum(weights.idf(t) for t in topic)
        event = _event_cue(asked)
        out: list[Hit] = []
        for doc_id, doc in self.retriever.docs.items():
            if asked.scope is not None and not asked.scope.admits_document(doc):
                continue
            meta = doc.meta
            heading = f"{meta.title} {meta.kind} {meta.about}"
            opening = f"{heading} {doc.text[:DOCUMENT_OPENING]}"
            if other_ordinal(asked.text, opening):
                continue
            named = same_ordinal(asked.text, opening) or (
                # "the 2025 inspection": a document of that time whose opening reports one
                event is not None
                and _first_kind(opening) == event
                and _published_in(meta.published, asked)
            )
            if not named and total:
                share = sum(weights.idf(t) for t in topic & set(stems(heading))) / total
                fits = not asked.about or about(heading, meta.published, asked.about) >= 1.0
                named = share >= NAMED_SHARE and fits
            if not named:
                continue
            for p in self.retriever.document_passages(doc_id)[:DOCUMENT_PASSAGES]:
                out.append(Hit(p, doc, NAMED_RANK, 0.0, 0.0, self.retriever.voices(p)))
        return out

    def _later(self, after: str) -> list[Hit]:
        """The opening passages of every document published after `after`."""
        return [
            Hit(p, doc, NAMED_RANK, 0.0, 0.0, self.retriever.voices(p))
            for doc_id, doc in self.retriever.docs.items()
            if doc.meta.published > after
            for p in self.retriever.document_passages(doc_id)[:DOCUMENT_PASSAGES]
        ]

    def _voiced(self, group: tuple[str, frozenset[str], re.Pattern[str] | None]) -> list[Hit]:
        """Every passage in which the people asked about speak (a parent quoted near the end
        of a news story seldom shares the question's words)."""
        voices = group[1] - {NARRATION}
        out = []
        for p in self.retriever.passages:
            spans = self.retriever.voices(p)
            if any(v in voices for _, _, v in spans):
                out.append(Hit(p, self.retriever.docs[p.doc_id], 0.0, 0.0, 0.0, spans))
        return out

    # -- points from the register ------------------------------------------------------
    def _recommendations(self, asked: Question) -> list[Point]:
        """A report's own list where it has one, by the body the question names."""
        from app.record.register import recommendations

        recs = recommendations(self.retriever, asked.scope)
        if asked.body in AUTHORITATIVE:
            recs = [r for r in recs if r.body == asked.body]
        with_lists = {r.citations[0].doc_id for r in recs if r.listed}
        recs = [r for r in recs if r.listed or r.citations[0].doc_id not in with_lists]
        points = []
        for r in recs:
            c = r.citations[0]
            if not c.highlights:
                continue
            source = f"{r.by}, {spoken_date(r.date)}"
            c = replace(c, highlights=c.highlights[:1])
            points.append(Point(r.date, source, r.text, c, 1.0))
        return _distinct(points)

    # -- points from the timeline ------------------------------------------------------
    def _history(self, asked: Question, kinds: frozenset[str]) -> list[Point]:
        from app.record.timeline import timeline

        events = timeline(self.retriever, asked.scope)
        ofsted_only = kinds == _HISTORY_KINDS and bool(
            re.search(r"\b(?:inspect\w*|ofsted)\b", asked.text, re.I)
        )
        points = []
        for e in events:
            if e.kind not in kinds or (ofsted_only and e.body != OFSTED):
                continue
            if e.kind == "inspection" and (
                not e.judgement or (kinds == _WHY_KINDS and e.judgement != "inadequate")
            ):
                continue
            chosen = _event_sentence(e)
            if chosen is None:
                continue
            c, shown = chosen
            kind = e.kind + (f", {e.judgement}" if e.judgement else "")
            source = f"{LABELS[e.body]}, {kind}, {spoken_date(e.date)}"
            points.append(Point(e.date, source, shown, c, 1.0))
        return _distinct(points)

    # -- points from passages ----------------------------------------------------------
    def _from_passages(
        self,
        asked: Question,
        form: str,
        hits: Sequence[Hit],
        after: str | None = None,
        named_docs: frozenset[str] = frozenset(),
    ) -> list[Point]:
        """Points from these passages; with `after`, only from documents published later
        (the question's own subject is then that reference point, not a filter)."""
        weights = self.composer.weights
        topic = self._topic(asked) if after is None else set()
        if form == WHY:
            topic -= _STATUS_WORDS  # "why … in intervention": the reasons, not the word
        # "Summarise the extraordinary meeting": whatever is said of it, good or bad, by
        # anyone; "summarise the 2022 inspection": its findings, the inspectorate's first
        specific = bool(topic - _EVENT_WORDS)
        # a question that names only an event ("the findings of the 2022 inspection") is
        # about the documents that are it; others' sentences mentioning it are reports of it
        event_only = bool(named_docs) and not specific
        group = _group(asked.text) if form == VOICES else None
        if group is not None:
            topic -= set(stems(group[0]))  # "what do parents say": a mother is one
        total = sum(weights.idf(t) for t in topic)
        findings = form == PROBLEMS and _FINDINGS.search(asked.text)
        cue = _FINDINGS_CUE if findings else _FORM_CUES[form]
        # "Summarise the commissioner's view": the body the question names speaks the points
        # (not "since the commissioner's report": that names when, not whose words)
        body = _speaker(asked) if form != VOICES and after is None else None
        if body is not None and not any(d in ("report", "letter") for d in asked.text.split()):
            # "the commissioner's view": her words are the points, whatever they name
            topic -= set(stems(asked.text)) & _BODY_WORDS
            total = sum(weights.idf(t) for t in topic)
        top = max((h.score for h in hits), default=1.0) or 1.0
        # "What has improved": the later a document, the more it says about now
        dates = sorted({d.meta.published for d in self.retriever.docs.values()})
        recency = {
            doc_id: dates.index(d.meta.published) / max(1, len(dates) - 1)
            for doc_id, d in self.retriever.docs.items()
        }
        seen: set[str] = set()
        points: list[Point] = []
        for hit in hits:
            if hit.passage.passage_id in seen or (after and hit.doc.meta.published <= after):
                continue
            seen.add(hit.passage.passage_id)
            meta = hit.doc.meta
            heading = f"{meta.title} {meta.about}"
            # "the second monitoring visit" is not the first visit's letter
            opening = f"{heading} {hit.doc.text[:DOCUMENT_OPENING]}"
            if other_ordinal(asked.text, opening):
                continue
            # ...and the letter that opens on "the second monitoring visit" is about it
            named = hit.doc.doc_id in named_docs or same_ordinal(asked.text, opening)
            context = set(stems(f"{heading} {hit.passage.text}"))
            titled = set(stems(heading))
            timely = about(hit.passage.text, meta.published, asked.about) if asked.about else 1.0
            spans = hit.passage.sentences or ((0, len(hit.passage.text)),)
            previous, in_group, listed = "", self._running(group, hit), False
            for start, end in spans:
                raw = hit.passage.text[start:end]
                shown = display_sentence(raw)
                before, previous = previous, shown
                # an item of a list the passage introduces ("Negatives included:")
                listed = (
                    bool(_LIST_ITEM.match(raw))
                    or (before.endswith(":") and bool(_LIST_INTRO.search(before)))
                    or (listed and "\n" in raw[:1])
                )
                voice = voice_at(hit, start, end)
                if group is not None:
                    in_group = _in_group(group, voice, shown, before, in_group)
                if not _quotable(raw, shown) or _ABOUT_ITSELF.search(shown):
                    continue
                if group is not None and not in_group:
                    continue
                if body is not None and not (
                    voice == body
                    or (voice == NARRATION and (role_voice(shown) == body or _REPORTS.match(shown)))
                ):
                    continue  # her words, or a report of them ("She found that …")
                if form in (PROBLEMS, WHY) and body is None and voice in _REACTIONS:
                    continue  # the leader's apology is no finding of the inspection
                s_stems = set(stems(shown))
                if total:
                    own = sum(weights.idf(t) for t in topic & s_stems) / total
                    near = sum(weights.idf(t) for t in topic & context) / total
                    # a document that is what the question names ("the commissioner's report")
                    whole = sum(weights.idf(t) for t in topic & titled) / total
                    subject = max(own, (W_CONTEXT if listed else W_NEAR) * near, W_DOCUMENT * whole)
                else:
                    subject = 1.0
                if named:
                    subject = max(subject, 1.0)
                elif event_only:
                    subject = OTHER_DOCUMENTS  # "the 2022 inspection" is its report
                when = timely
                if asked.about and only_other_times(shown, meta.published, asked.about):
                    when = 0.0  # "since the last inspection in June 2018" for "since 2022"
                wants = 1.0 if cue.search(shown) or (form == OVERVIEW and specific) else 0.0
                if form == CHANGE and wants and _NEGATIVE.search(shown) and "now" not in shown:
                    wants = 0.5  # "not improving fast enough" is not an improvement
                if form == PROBLEMS and not findings and wants and _POSITIVE.search(shown):
                    wants = 0.5  # "… cleared, and the front door has a more stable workforce"
                if body is not None:
                    whose = 1.0 if voice == body else 0.5
                elif form in (PROBLEMS, WHY, CHANGE) or (form == OVERVIEW and not specific):
                    whose = 1.0 if voice in AUTHORITATIVE else 0.5 if voice == NARRATION else 0.0
                else:
                    whose = 1.0
                score = (
                    W_TOPIC * subject
                    + W_CUE * wants
                    + W_VOICE * whose
                    + W_RANK * hit.score / top
                    + (W_LISTED if listed and wants else 0.0)
                    + (W_RECENT * recency.get(hit.doc.doc_id, 0.0) if form == CHANGE else 0.0)
                    + (W_EARLY / (1 + hit.passage.ordinal) if named else 0.0)
                    + W_SECTION * _section_weight(hit.doc.text, hit.passage.start + start, form)
                ) * (W_UNTIMELY + (1 - W_UNTIMELY) * when)
                if score < MIN_POINT_SCORE or (form in (PROBLEMS, WHY) and not wants):
                    continue
                label = group[0] if group else None
                source = _source(voice, meta, meta.published, label)
                c = cite(0, hit, ((start, end),))
                points.append(Point(meta.published, source, shown, c, score))
        return _distinct(sorted(points, key=lambda p: -p.score))


# The events a history tells, and those that say why a service is in intervention.
_HISTORY_KINDS = frozenset(
    {
        "inspection",
        "monitoring visit",
        "focused visit",
        "commissioner report",
        "commissioner appointed",
        "direction",
    }
)
_WHY_KINDS = frozenset({"inspection", "direction", "commissioner appointed"})


def _event_sentence(event: Event) -> tuple[Citation, str] | None:
    """The sentence that best tells an event: a full sentence that names its judgement (and
    its kind), before a heading such as "Inspection dates: 22 January to 2 February 2024"."""
    found = []
    for c in event.citations:
        for start, end in c.highlights:
            raw = c.text[start:end]
            shown = display_sentence(raw)
            rank = (
                _quotable(raw, shown),
                bool(event.judgement and event.judgement in shown.lower()),
                event.kind.split()[0] in shown.lower(),
                -abs(len(shown) - EVENT_SENTENCE_CHARS),
            )
            found.append((rank, replace(c, highlights=((start, end),)), shown))
    if not found:
        return None
    _, c, shown = max(found, key=lambda f: f[0])
    return c, shown


# An event is told best in a sentence of about this length (set by hand on dev).
EVENT_SENTENCE_CHARS = 150


# "the commissioner's view", "what did Ofsted find": whose words a briefing is asked for
# (not "concerns raised about councillors": the councillors are what it is about).
_WHOSE = re.compile(
    r"\b(?P<owner>(?:the )?[\w'’ ]{3,40}?)['’]s? (?:views?|findings?|conclusions?|report|"
    r"recommendations?|verdict|assessment|letter)\b|"
    r"\bwhat (?:did|has|have|had) (?P<subject>(?:the )?[\w'’ ]{3,40}?) "
    r"(?:find|found|conclude|concluded|recommend|recommended|say|said)\b",
    re.IGNORECASE,
)


def _speaker(asked: Question) -> str | None:
    """The body whose own words a background question asks for, if it names one."""
    if asked.voice in _BODIES:
        return asked.voice
    for m in _WHOSE.finditer(asked.text):
        voice = role_voice(m.group("owner") or m.group("subject") or "")
        if voice in _BODIES:
            return voice
    return None


# Sections whose sentences are a report's findings, and those that only set the scene.
_FINDINGS_SECTION = re.compile(
    r"\b(?:findings?|summary|headline|conclu\w*|what needs to improve|areas? for|negatives|"
    r"positives|concerns|weaknesses|strengths|judgements?|progress|evaluation)\b",
    re.IGNORECASE,
)
_SCENE_SECTION = re.compile(
    r"\b(?:background|context|introduction|contact|notes to editors|purpose|present|"
    r"apologies|declarations|attendance)\b",
    re.IGNORECASE,
)
# How far back a sentence's section heading is looked for.
SECTION_LOOKBACK = 3000


def _section_weight(text: str, at: int, form: str) -> float:
    """+1 under a findings heading ("Main findings", "Headline findings", "What needs to
    improve"), -1 under a scene-setting one ("Background"), else 0: the nearest earlier
    short line without closing punctuation is the heading."""
    if form == VOICES:
        return 0.0
    lines = text[max(0, at - SECTION_LOOKBACK) : at].split("\n")[:-1]
    for line in reversed(lines):
        line = line.strip(" #*")
        if line and len(line.split()) <= SECTION_HEADING_WORDS and not line.endswith(_CLOSED):
            if _FINDINGS_SECTION.search(line):
                return 1.0
            return -1.0 if _SCENE_SECTION.search(line) else 0.0
    return 0.0


def _published_in(published: str, asked: Question) -> bool:
    """Was a document published within a time the question is about ("the 2025 inspection")?"""
    bounds = day_bounds(published)
    return bounds is not None and any(
        t.relation == IN and t.start <= bounds[0] <= t.end for t in asked.about
    )


def _event_cue(asked: Question) -> str | None:
    """The kind of event a question names ("the 2025 inspection": "inspection")."""
    if asked.event:
        return asked.event
    return "inspection" if re.search(r"\binspection\b", asked.text, re.I) else None


def _first_kind(text: str) -> str | None:
    """The kind of event a document's opening reports first in the timeline's order of
    kinds: a monitoring visit's letter that mentions the inspection is a visit's letter."""
    from app.record.timeline import EVENT_KINDS

    return next((kind for kind, _, cue in EVENT_KINDS if cue.search(text)), None)


def _group(text: str) -> tuple[str, frozenset[str], re.Pattern[str] | None] | None:
    for pattern, voices, cue in _GROUPS:
        m = pattern.search(text)
        if m:
            return m.group().lower(), voices, cue
    return None


def _councillor_words(voice: str, text: str, before: str) -> bool:
    """For "what do councillors say": a councillor's words, not an officer's."""
    return voice == COUNCILLOR or bool(_COUNCILLOR.search(text) or _COUNCILLOR.search(before))


def _in_group(
    group: tuple[str, frozenset[str], re.Pattern[str] | None],
    voice: str,
    text: str,
    before: str,
    running: bool,
) -> bool:
    """Are these the words of the people asked about? A quote that runs on over several
    sentences ("Good people leave. … I think a public inquiry is the only way forward.")
    stays theirs while the voice does."""
    name, voices, cue = group
    if voice not in voices:
        return False
    if cue is None:
        if voice == COUNCIL and name.startswith(("councillor", "member", "opposition")):
            return _councillor_words(voice, text, before) or running
        return voice != NARRATION
    if voice == NARRATION:
        return bool(cue.search(text) and _REPORTED.search(text))
    return bool(cue.search(text) or cue.search(before)) or running


def _distinct(points: Sequence[Point]) -> list[Point]:
    """Each thing said once: the first (best) of near-duplicates is kept."""
    kept: list[Point] = []
    kept_stems: list[frozenset[str]] = []
    for p in points:
        s = frozenset(stems(p.text))
        if any(_same(s, k) for k in kept_stems):
            continue
        kept.append(p)
        kept_stems.append(s)
    return kept


_HEADINGS = {
    WHY: "Why",
    HISTORY: "The history",
    OVERVIEW: "An overview",
    PROBLEMS: "The main findings",
    CHANGE: "What has changed",
    VOICES: "What they say",
}


def _answer(asked: Question, form: str, points: Sequence[Point]) -> Answer:
    """Heading, then the best points grouped by source, oldest first; the rest as `more`.
    At most MAX_POINTS points in MAX_CHARS characters (the framing note included)."""
    if not asked.about and not re.search(_NAMED_EVENT, asked.text):
        points = _spread(points)
    best = max((p.score for p in points), default=0.0)
    shown = [
        p for i, p in enumerate(points) if p.score >= RELATIVE_FLOOR * best or i < SHOWN_AT_LEAST
    ]
    points = shown + [p for p in points if p not in shown]
    count = min(MAX_POINTS, len(shown))
    while True:
        answer = _render(asked, form, points[:count], tuple(points[count : count + MORE_AT_MOST]))
        if count <= 1 or len(answer.text) + _NOTE_ROOM * bool(asked.about) <= MAX_CHARS:
            return answer
        count -= 1


# A question naming an event ("at the June 2023 monitoring visit", "the 2022 inspection")
# takes its points from wherever they are, even all from one letter.
_NAMED_EVENT = re.compile(r"\b(?:visit|inspection|report|review|meeting|letter)\b", re.I)


def _spread(points: Sequence[Point]) -> list[Point]:
    """Best first, but no source gives more than PER_SOURCE of the points shown before every
    source has had its turn: a briefing draws on the record, not on one page of it."""
    first: list[Point] = []
    later: list[Point] = []
    taken: dict[str, int] = {}
    for p in points:
        taken[p.source] = taken.get(p.source, 0) + 1
        (first if taken[p.source] <= PER_SOURCE else later).append(p)
    return first + later


# Room kept for "(Read as a question about …)" added in front of a dated question's answer.
_NOTE_ROOM = 60


def _render(asked: Question, form: str, shown: Sequence[Point], rest: tuple[Point, ...]) -> Answer:
    ordered = sorted(shown, key=lambda p: (p.date, p.source))
    numbers: dict[tuple[str, int], int] = {}
    marks: dict[tuple[str, int], list[tuple[int, int]]] = {}
    first: dict[tuple[str, int], Citation] = {}
    sources = list(dict.fromkeys(p.source for p in ordered))
    lines = [
        f"{_HEADINGS[form]}: {len(ordered)} point{'s' if len(ordered) != 1 else ''} from "
        f"{len(sources)} source{'s' if len(sources) != 1 else ''}, oldest first."
    ]
    current = None
    for p in ordered:
        key = (p.citation.doc_id, p.citation.start)
        n = numbers.setdefault(key, len(numbers) + 1)
        marks.setdefault(key, []).extend(p.citation.highlights)
        first.setdefault(key, p.citation)
        if p.source != current:
            lines += ["", p.source]
            current = p.source
        lines.append(f"- {p.text} [{n}]")
    citations = [
        replace(first[key], n=n, highlights=tuple(sorted(set(marks[key]))))
        for key, n in numbers.items()
    ]
    return Answer(
        asked.text,
        "\n".join(lines),
        citations,
        refused=False,
        query=asked.query,
        source="briefing",
        form="briefing",
        more=rest,
    )
