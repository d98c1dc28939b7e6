"""The answer core: retrieve → compose → cite. Plain Python; no UI imports."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Protocol

from app.question import Question, Rewrite, question_parts, read_question
from app.slots import PERSON, event_documents, in_role
from app.times import by_time, described
from app.wording import records_words
from index.lexical import stems, words
from index.retrieve import Hit, Scope, rescored
from ingest.dates import day_bounds, spoken_date


@dataclass(frozen=True)
class Citation:
    """One cited passage. `text == document text[start:end]`."""

    n: int
    doc_id: str
    title: str
    publisher: str
    published: str
    page: int
    text: str
    start: int
    end: int
    highlights: tuple[tuple[int, int], ...] = ()  # supporting sentences, relative to `text`
    voice: str = "narration"  # who speaks in the cited sentences (ingest/voice.py)
    attribution: str = ""  # "Ofsted, quoted in Hereford Times, 2 August 2023"

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("highlights")
        data.pop("attribution")  # shown to people; the JSON contract adds only `voice`
        return data


@dataclass(frozen=True)
class Verification:
    """Which composer answered and, for a generated answer, what its check removed."""

    mode: str = "extractive"  # "extractive" (quoted, nothing to check) or "llm"
    model: str = ""
    sentences: int = 0  # sentences the model wrote
    kept: int = 0  # kept as written
    dropped: int = 0  # removed: unsupported, uncited, duplicated or a question
    replaced: int = 0  # unsupported, replaced by the cited passage's own sentence
    citations_dropped: int = 0  # markers to a passage not shown or not supporting
    fallback: bool = False  # the model's answer was unusable: the extractive one is shown
    notice: str | None = None  # one line for the user when something went wrong

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    def summary(self) -> str:
        """'quoted from the record' (nothing generated: in a councillor's words, not the
        jargon 'extractive') or 'answered by: MODEL, verified: k of n sentences kept'."""
        if self.mode != "llm":
            line = "quoted from the record"
        else:
            line = (
                f"answered by: {self.model}, verified: {self.kept + self.replaced} of "
                f"{self.sentences} sentences kept"
            )
            if self.replaced:
                line += f" ({self.replaced} replaced by the passage's own words)"
        return f"{line} — {self.notice}" if self.notice else line


@dataclass(frozen=True)
class Point:
    """One point of a briefing (app/briefing/): a quoted sentence, who said it and when."""

    date: str  # ISO, as precise as known: the event's or the document's date
    source: str  # the group heading: who said it, where and when
    text: str  # as quoted
    citation: Citation  # its passage, this sentence marked (numbered when shown)
    score: float = 0.0

    def to_json(self) -> dict[str, object]:
        return {"source": self.source, "text": self.text, "citation": self.citation.to_json()}


@dataclass(frozen=True)
class Answer:
    question: str
    text: str  # carries [n] markers that refer to citations
    citations: list[Citation]
    refused: bool = False
    query: str = ""  # the standalone question actually searched
    closest: bool = False  # citations are "closest material", not support
    source: str = "passages"  # or "timeline" / "register": a count or list, not quotations
    verification: Verification = field(default_factory=Verification)
    form: str = "lookup"  # or "briefing": headed points grouped by source (app/briefing/)
    more: tuple[Point, ...] = ()  # a briefing's further points, not shown in `text`

    def to_json(self) -> dict[str, object]:
        """The `ask --json` contract (keys are only ever added)."""
        return {
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "citations": [c.to_json() for c in self.citations],
            "verification": self.verification.to_json(),
            "form": self.form,
            "more": [p.to_json() for p in self.more],
        }


@dataclass(frozen=True)
class Turn:
    question: str
    answer: Answer | None = None
    query: str = ""  # standalone form of the question, when known


class Retrieve(Protocol):
    def search(self, query: str, k: int = 5, *, scope: Scope | None = None) -> list[Hit]: ...


class Compose(Protocol):
    def compose(self, asked: Question, hits: Sequence[Hit]) -> Answer: ...


OnToken = Callable[[str], None]

# What every refusal says, whichever part of the answer core decides the record does not
# answer (the passages, or the record's knowledge of who held a post).
REFUSAL = "The record I hold does not answer this question."

# A question about a time draws on this many times top_k passages, re-ranked by time.
TIME_POOL = 3


@dataclass
class Assistant:
    """Answers a question from the record, citing the passages it used."""

    retriever: Retrieve
    composer: Compose
    top_k: int = 5
    history_limit: int = 6
    # Counting and listing questions answered from the timeline or the register.
    record: Callable[[Question], Answer | None] | None = None
    rewriter: Rewrite | None = None  # a model that rewrites follow-ups; else the rule
    # Background questions ("why…", "what were the main problems…") answered as a briefing.
    brief: Callable[[Question, Sequence[Hit]], Answer | None] | None = None
    # What the record knows of a question's words: "the last inspection" is its latest.
    resolve: Callable[[Question], Question] | None = None

    @property
    def streams(self) -> bool:
        """Does the composer report tokens as they are generated?"""
        return bool(getattr(self.composer, "streams", False))

    def ask(
        self,
        question: str,
        history: Sequence[Turn] = (),
        scope: Scope | None = None,
        on_token: OnToken | None = None,
    ) -> Answer:
        parts = question_parts(question)
        if len(parts) < 2:
            return self._ask(question, history, scope, on_token)
        # Two questions in one ("how much will it cost, and which charity runs it?"): each
        # part answered in turn, a later one as a follow-up of the part before, and the
        # answers joined. A background question stays whole: its briefing covers the parts.
        whole = read_question(question, list(history)[-self.history_limit :], scope)
        if whole.background and self.brief is not None:
            return self._ask(question, history, scope, on_token)
        turns = list(history)
        answers = []
        for i, part in enumerate(parts):
            answer = self._ask(part, turns, scope, continues=i > 0)
            answers.append(answer)
            turns.append(Turn(part, answer, answer.query))
        if all(a.refused for a in answers):
            return self._ask(question, history, scope, on_token)
        return joined(question, whole.query, parts, answers)

    def _ask(
        self,
        question: str,
        history: Sequence[Turn] = (),
        scope: Scope | None = None,
        on_token: OnToken | None = None,
        continues: bool = False,
    ) -> Answer:
        asked = read_question(
            question, list(history)[-self.history_limit :], scope, self.rewriter, continues
        )
        if not asked.text:
            return Answer(asked.text, "Please ask a question about the record.", [], refused=True)
        if self.resolve is not None:
            asked = self.resolve(asked)
        later = _after_scope(asked)
        if later is not None:
            return later
        if self.record is not None and not (self.brief is not None and asked.background):
            listed = self.record(asked)
            if listed is not None:
                return _scoped(_about(listed, asked), asked.scope)
        # Times the question is about (and an "as of" time) re-rank a deeper pool; they never
        # remove evidence.
        depth = self.top_k * TIME_POOL if asked.ranked_at else self.top_k
        search = self._abbreviated(asked.search)
        # ...and so do the voice it asks for ("what did the council leader say?") and the
        # numbered event it names ("at the second monitoring visit")
        if (asked.voice is not None or asked.numbered or asked.swaps) and not asked.background:
            depth = self.top_k * TIME_POOL
        hits = self.retriever.search(search, k=depth, scope=asked.scope)
        hits = by_voice(by_time(hits, asked.ranked_at), asked.voice)
        hits = by_event(hits, asked.numbered)
        hits = by_subject(hits, asked.topic if asked.swaps else ())[: self.top_k]
        # A "who" question whose passages name nobody in the role it asks about looks
        # deeper for one that does ("Who is the commissioner?" on the sample record had
        # five passages that mention her role and never her name). Not for a question about
        # a time: a director appointed the year after does not answer who was director at
        # an inspection (calderbrook dev c67); nor when the passages already name one
        # (moving attendance lists up had cost wrenfield test precision).
        if (
            asked.slot == PERSON
            and asked.focus
            and not asked.about
            and not any(_names_in_role(h, asked.focus) for h in hits)
        ):
            deeper = self.retriever.search(search, k=self.top_k * TIME_POOL, scope=asked.scope)
            hits = by_role(deeper, asked.focus)[: self.top_k]
        if self.brief is not None and asked.background:
            briefed = self.brief(asked, hits)
            if briefed is not None:
                return _scoped(_about(briefed, asked), asked.scope)
        if on_token is not None and self.streams:
            answer = self.composer.compose(asked, hits, on_token=on_token)  # type: ignore[call-arg]
        else:
            answer = self.composer.compose(asked, hits)
        return _scoped(_about(answer, asked), asked.scope)

    def _abbreviated(self, query: str) -> str:
        """The query with the abbreviation the record uses for each long form it names
        ("personal advisers" and "PAs": "Average PA caseloads had fallen")."""
        known: dict[str, frozenset[str]] = getattr(self.composer, "abbreviations", dict)()
        said = set(stems(query))
        short = [a for a, long in known.items() if long <= said and stems(a)[0] not in said]
        # ...and the record's word for each of the asker's words it never uses ("kids")
        weights = getattr(self.composer, "weights", None)
        if weights is not None:
            short += records_words(query, weights.known)
        return f"{query} {' '.join(short)}" if short else query

    def search(self, query: str, k: int = 10, scope: Scope | None = None) -> list[Hit]:
        return self.retriever.search(query, k=k, scope=scope)


# Words the assistant adds around quoted sentences: which material a dated answer drew on,
# and where two sources give different figures. Everything else in an answer is quoted.
_OPENING_NOTES = re.compile(
    r"^(?:\((?:Drawing only on material|Read as a question about) [^)]*\)\s*)+"
)
# a part of the question the record does not answer, then where two sources differ
_CLOSING_NOTE = re.compile(
    r"(?:\s*\(The record I hold does not answer [^\n]*?\))?(?:\s*The sources differ: [^\n]*)?$"
)
FRAMING = re.compile(f"{_OPENING_NOTES.pattern}|{_CLOSING_NOTE.pattern}")


_MARKER = re.compile(r"\[(\d+)\]")
# one quoted sentence (or list item) and the markers that close it
_QUOTED = re.compile(r"\s*(?:\n- )?[^\[]*?(?:\s*\[\d+\])+[,;]?")


def joined(question: str, query: str, parts: Sequence[str], answers: Sequence[Answer]) -> Answer:
    """One answer to a question of several parts: each part's quoted sentences in turn,
    citations numbered once (a passage two parts cite is one citation), a sentence quoted
    by an earlier part not repeated, and a part the record does not answer said so."""
    citations: dict[tuple[str, int, int], Citation] = {}
    opening: list[str] = []
    closing: list[str] = []
    body: list[str] = []
    quoted: set[str] = set()
    unanswered = []
    for part, answer in zip(parts, answers, strict=True):
        if answer.refused:
            # a bare "…, and when?" or "and why?" leans on what the first part's sentences
            # say: not said to be unanswered when they may hold it
            if len(words(part)) > 1:
                unanswered.append(part)
            continue
        numbers: dict[int, int] = {}
        for c in answer.citations:
            key = (c.doc_id, c.start, c.end)
            held = citations.get(key)
            if held is None:
                held = citations[key] = replace(c, n=len(citations) + 1)
            else:
                marks = tuple(sorted(set(held.highlights) | set(c.highlights)))
                held = citations[key] = replace(held, highlights=marks)
            numbers[c.n] = held.n
        # (numbered as the joined answer numbers them: a note may cite, "(Read as a question
        # about the time of the first monitoring visit, October 2022 [2].)")
        text = _renumbered(answer.text, numbers)
        if notes := _OPENING_NOTES.match(text):
            opening += [n for n in re.findall(r"\([^)]*\)", notes.group(0)) if n not in opening]
            text = text[notes.end() :]
        note = _CLOSING_NOTE.search(text)  # matches at the end, perhaps nothing
        if note is not None and note.group(0).strip():
            closing.append(note.group(0).strip())
            text = text[: note.start()]
        renumbered = text
        pieces = _QUOTED.findall(renumbered)
        if "".join(pieces) != renumbered[: len("".join(pieces))]:
            pieces = []  # not sentences and markers throughout: kept whole
        rest = renumbered[len("".join(pieces)) :]
        for piece in [*pieces, rest] if rest.strip() else pieces:
            sentence = _MARKER.sub("", piece).strip(" \n-,;")
            if sentence.lower() in quoted:
                continue
            quoted.add(sentence.lower())
            body.append(piece if piece.startswith(("\n", " ")) or not body else f" {piece}")
    text = " ".join(opening) + (" " if opening else "") + "".join(body).strip()
    # said after the answered parts' sentences, before any note on sources that differ
    if unanswered:
        asked = " or ".join(f"“{p}”" for p in unanswered)
        text += f" (The record I hold does not answer {asked}.)"
    if closing:
        text += " " + " ".join(closing)
    # a citation only a repeated sentence used is dropped, and the rest numbered 1, 2, …
    used = {int(n) for n in _MARKER.findall(text)}
    kept = sorted((c for c in citations.values() if c.n in used), key=lambda c: c.n)
    numbers = {c.n: i for i, c in enumerate(kept, start=1)}
    ordered = [replace(c, n=numbers[c.n]) for c in kept]
    # how the parts were written (quoted, or by a model and checked): the first answered part's
    verification = next(a.verification for a in answers if not a.refused)
    return Answer(
        question,
        _renumbered(text, numbers),
        ordered,
        refused=False,
        query=query,
        verification=verification,
    )


def _renumbered(text: str, numbers: dict[int, int]) -> str:
    return _MARKER.sub(lambda m: f"[{numbers.get(int(m.group(1)), m.group(1))}]", text)


# How much holding words in the voice a question asks for ("what did the council leader
# say …?") adds to a passage's fused score (0-1 scale), as being about its time does, over
# a pool TIME_POOL times as deep. Eight records (first value tried, as W_TIME): dev facts
# +1.5, cited +1; test facts +2.0, cited +2; labelled precision dev 185/253 -> 185/250,
# test 190/272 -> 191/271; no near miss changed.
W_VOICE_HIT = 0.1


def by_voice(hits: Sequence[Hit], voice: str | None) -> list[Hit]:
    """The hits re-ranked with W_VOICE_HIT added to those holding a sentence in `voice`."""
    if voice is None:
        return list(hits)
    return rescored(hits, lambda h: W_VOICE_HIT * any(v == voice for _, _, v in h.voices))


# ...and being the document of the numbered event a question names ("as of the second
# monitoring visit, how many children …?": that visit's letter, whose opening names it).
# Eight records: dev facts +1.0, cited +1, first +1 (i66); test facts unchanged, one
# labelled sentence worth keeping lost (w41).
W_EVENT_HIT = 0.1


def by_event(hits: Sequence[Hit], numbered: str) -> list[Hit]:
    """The hits re-ranked with W_EVENT_HIT added to passages of the numbered event's own
    document (its title or opening names it)."""
    if not numbered:
        return list(hits)
    own = event_documents(numbered, (h.doc for h in hits))
    return rescored(hits, lambda h: W_EVENT_HIT * (h.doc.doc_id in own))


def by_subject(hits: Sequence[Hit], topic: Sequence[str]) -> list[Hit]:
    """Passages that name every word of the subject a follow-up swaps in ("what about care
    leavers in custody?") first, the rest in their order: the search still carries the
    earlier question's subject (the conversation set's dev fb04 had its answering passage
    seventh)."""
    if not topic:
        return list(hits)
    wanted = set(topic)
    named = [h for h in hits if wanted <= set(stems(h.passage.text))]
    return named + [h for h in hits if h not in named]


def by_role(hits: Sequence[Hit], focus: Sequence[str]) -> list[Hit]:
    """Passages that name someone in the role a "who" question asks about ("children's
    commissioner Eleanor Brazil") first, the rest in their order."""
    named = [h for h in hits if _names_in_role(h, focus)]
    return named + [h for h in hits if h not in named]


def _names_in_role(hit: Hit, focus: Sequence[str]) -> bool:
    spans = hit.passage.sentences or ((0, len(hit.passage.text)),)
    return any(in_role(hit.passage.text[start:end], focus) for start, end in spans)


def quoted_part(text: str) -> str:
    """An answer's text without the assistant's own framing notes."""
    return FRAMING.sub("", text).strip()


def _about(answer: Answer, asked: Question) -> Answer:
    """Say which time the question was taken to be about (the material was not limited)."""
    if not asked.about or answer.refused or answer.text.startswith("(Read as a question about"):
        return answer  # (a who-held-the-post answer says the event's time itself)
    note = f"(Read as a question about {described(asked.about)}.)"
    return replace(answer, text=f"{note} {answer.text}")


def _after_scope(asked: Question) -> Answer | None:
    """A question about a time after the date the material is limited to ("what did the
    June 2023 visit find?" as of March 2023) cannot be answered from it: say so, rather
    than quote what was known before (a browser walk had the January 2019 letter quoted)."""
    until = asked.scope.until if asked.scope is not None else None
    bounds = day_bounds(until) if until else None
    if bounds is None or not asked.about or any(t.start <= bounds[1] for t in asked.about):
        return None
    text = (
        f"The record as of {spoken_date(until or '')} cannot answer this: the question is "
        f"about {described(asked.about)}, after that date. Ask without the date limit, or "
        "with a later one."
    )
    return Answer(asked.text, text, [], refused=True, query=asked.query)


def _scoped(answer: Answer, scope: Scope | None) -> Answer:
    """Say which material a dated answer drew on."""
    if scope is None or not (scope.until or scope.since):
        return answer
    bits = []
    if scope.until:
        bits.append(scope.published_by())
    if scope.since:
        bits.append(f"published from {spoken_date(scope.since)} on")
    undated = ", and on undated material" if any(not c.published for c in answer.citations) else ""
    note = f"(Drawing only on material {' and '.join(bits)}{undated}.)"
    return replace(answer, text=f"{note} {answer.text}")
