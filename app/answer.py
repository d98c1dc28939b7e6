"""The answer core: retrieve → compose → cite. Plain Python; no UI imports."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Protocol

from index.lexical import stems, words
from index.retrieve import Hit, Scope
from ingest.dates import question_dates, spoken_date, without_question_dates


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
        """'answered by: extractive' or 'answered by: MODEL, verified: k of n sentences kept'."""
        if self.mode != "llm":
            line = "answered by: extractive"
        else:
            line = (
                f"answered by: {self.model}, verified: {self.kept + self.replaced} of "
                f"{self.sentences} sentences kept"
            )
            if self.replaced:
                line += f" ({self.replaced} replaced by the passage's own words)"
        return f"{line} — {self.notice}" if self.notice else line


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

    def to_json(self) -> dict[str, object]:
        """The `ask --json` contract (keys are only ever added)."""
        return {
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "citations": [c.to_json() for c in self.citations],
            "verification": self.verification.to_json(),
        }


@dataclass(frozen=True)
class Turn:
    question: str
    answer: Answer | None = None
    query: str = ""  # standalone form of the question, when known


class Retrieve(Protocol):
    def search(self, query: str, k: int = 5, *, scope: Scope | None = None) -> list[Hit]: ...


class Compose(Protocol):
    def compose(self, question: str, query: str, hits: Sequence[Hit]) -> Answer: ...


class Rewrite(Protocol):
    """Turns a follow-up into a standalone question, or None when it cannot."""

    def rewrite(self, question: str, history: Sequence[Turn]) -> str | None: ...


OnToken = Callable[[str], None]


_FOLLOW_START = ("and ", "but ", "so ", "also ", "what about", "how about", "what else")
_ANAPHORA = {
    "that",
    "this",
    "it",
    "they",
    "them",
    "those",
    "these",
    "he",
    "she",
    "him",
    "her",
    "his",
    "its",
    "their",
    "there",
    "then",
    "same",
    "such",
}


def is_follow_up(question: str) -> bool:
    """Does the question lean on earlier turns ("and what did she say about that?")?"""
    lowered = " ".join(words(question))
    if f"{lowered} ".startswith(_FOLLOW_START):
        return True
    content = stems(question)
    has_anaphor = any(w in _ANAPHORA for w in words(question))
    return len(content) <= 1 or (has_anaphor and len(content) <= 3)


def standalone_query(question: str, history: Sequence[Turn]) -> str:
    """The question to search for: follow-ups carry the previous question with them."""
    if not history or not is_follow_up(question):
        return question
    previous = history[-1]
    # The follow-up's own words are given twice so they outweigh the earlier question's:
    # "and what about 2022?" after a question on 2018 is about 2022.
    return f"{question} {previous.query or previous.question} {question}"


@dataclass
class Assistant:
    """Answers a question from the record, citing the passages it used."""

    retriever: Retrieve
    composer: Compose
    top_k: int = 5
    history_limit: int = 6
    # Counting and listing questions answered from the timeline or the register.
    record: Callable[[str, Scope | None], Answer | None] | None = None
    rewriter: Rewrite | None = None  # a model that rewrites follow-ups; else the rule

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
        question = question.strip()
        if not question:
            return Answer(question, "Please ask a question about the record.", [], refused=True)
        recent = list(history)[-self.history_limit :]
        query = None
        if self.rewriter is not None and recent and is_follow_up(question):
            query = self.rewriter.rewrite(question, recent)
        query = query or standalone_query(question, recent)
        scope = question_scope(question, scope)
        if scope is not None and (scope.until or scope.since):
            query = without_question_dates(query) or query
        if self.record is not None:
            listed = self.record(question, scope)
            if listed is not None:
                return _scoped(listed, scope)
        hits = self.retriever.search(expand_query(query), k=self.top_k, scope=scope)
        if on_token is not None and self.streams:
            answer = self.composer.compose(question, query, hits, on_token=on_token)  # type: ignore[call-arg]
        else:
            answer = self.composer.compose(question, query, hits)
        return _scoped(answer, scope)

    def search(self, query: str, k: int = 10, scope: Scope | None = None) -> list[Hit]:
        return self.retriever.search(query, k=k, scope=scope)


_DURATION = ("how long", "for how long", "how many months", "how many years", "within what time")


def expand_query(query: str) -> str:
    """A question for a span of time searches for the words spans are written in:
    "how long was the council given?" finds "six months to prove it can improve"."""
    lowered = " ".join(words(query))
    if any(phrase in lowered for phrase in _DURATION):
        return f"{query} months years weeks"
    return query


# Words the assistant adds around quoted sentences: which material a dated answer drew on,
# and where two sources give different figures. Everything else in an answer is quoted.
FRAMING = re.compile(r"^\(Drawing only on material [^)]*\)\s*|\s*The sources differ: [^\n]*$")


def quoted_part(text: str) -> str:
    """An answer's text without the assistant's own framing notes."""
    return FRAMING.sub("", text).strip()


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def question_scope(question: str, scope: Scope | None) -> Scope | None:
    """A date the question itself gives ("as of January 2023", "since the 2022 inspection")
    limits the material, unless the user already chose a date.

    A question about one year ("who led the July 2022 inspection?") leaves out what was
    published before the year ahead of it: a 2019 report cannot describe the 2022
    inspection, however alike their words, and quoting it would answer the wrong question.
    The year before stays in, for what was planned or expected.
    """
    if scope is not None and (scope.until or scope.since):
        return scope
    until, since = question_dates(question)
    if not until and not since:
        years = set(_YEAR.findall(question))
        if len(years) == 1:
            since = str(int(years.pop()) - 1)
    if not until and not since:
        return scope
    return Scope(voices=scope.voices if scope else None, until=until, since=since)


def _scoped(answer: Answer, scope: Scope | None) -> Answer:
    """Say which material a dated answer drew on."""
    if scope is None or not (scope.until or scope.since):
        return answer
    bits = []
    if scope.until:
        bits.append(f"published by {spoken_date(scope.until)}")
    if scope.since:
        bits.append(f"published from {spoken_date(scope.since)} on")
    note = f"(Drawing only on material {' and '.join(bits)}.)"
    return replace(answer, text=f"{note} {answer.text}")
