"""What a person asked, read once: the question reader.

`read_question` turns what was typed, plus the conversation so far, into a frozen
`Question`. Retrieval, composition, refusal and the record answers read the `Question`;
nothing after this module looks at the raw text again to work out what was meant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from index.lexical import stems, words
from index.retrieve import Scope
from ingest.dates import MONTHS, question_dates, without_question_dates
from ingest.voice import role_voice

if TYPE_CHECKING:
    from app.answer import Turn

# -- what kind of answer is wanted ---------------------------------------------------------

WHO, WHEN, NUMBER, DURATION, OTHER = "who", "when", "number", "duration", "other"


def _kind(text: str) -> str:
    """The shape of answer wanted, from the question's first words."""
    first = words(text)[:3]
    if first[:2] == ["how", "long"]:
        return DURATION
    if "when" in first or "date" in first or "year" in first:
        return WHEN
    if "who" in first or "whom" in first:
        return WHO
    if "many" in first or "much" in first:
        return NUMBER
    return OTHER


# Questions about findings and recommendations prefer the inspectorate's or the
# commissioner's own words over a report of them, when both answer.
_FINDINGS = re.compile(
    r"\b(find|found|findings?|recommend\w*|judge?\w*|rated?|rating|inspect\w*|conclu\w*|"
    r"criticis\w*|concerns?|weakness\w*|strengths?|improve\w*|direct\w*|require\w*)\b",
    re.IGNORECASE,
)

# "What did the council leader say…", "according to the inspectors", "in the commissioner's
# view": a question that names whose words it wants.
_ASKED = re.compile(
    r"\b(?:what|how|why|when|where)\s+(?:did|does|do|has|have|had|would|will)\s+"
    r"(?P<who>.{3,80}?)\s+"
    r"(?:say|said|think|find|found|conclude|recommend|require|tell|describe|report|write|"
    r"argue|warn|claim|make of|feel|want|ask|criticise|propose|announce|order|direct)\b"
    r"|\baccording to (?P<source>[^,?]{3,80})"
    r"|\bin (?P<view>[^,?]{3,60}?)['’]s? (?:view|opinion|words)\b",
    re.IGNORECASE,
)


def asked_voice(text: str) -> str | None:
    """The voice a question asks for ("what did the children's commissioner say…")."""
    for match in _ASKED.finditer(text):
        phrase = match.group("who") or match.group("source") or match.group("view")
        voice = role_voice(phrase) if phrase else None
        if voice:
            return voice
    return None


# -- counting and listing ------------------------------------------------------------------

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


def counting_target(text: str) -> str | None:
    """What a counting or listing question counts ("monitoring visit", "recommendation"…)."""
    match = _COUNTING.search(text)
    if not match:
        return None
    noun = next(g for g in match.groups() if g)
    if noun.lower() in ("times", "occasions", "often") and not re.search(
        r"\binspect\w*|\bjudge?\w*|\brated\b|\bfound\b|\bvisit", text, re.I
    ):
        return None
    if re.search(r"\binspections\b", text, re.I) and re.search(r"\bvisits\b", text, re.I):
        return "inspection or visit"
    for target, pattern in _TARGETS:
        if pattern.search(noun):
            if target == "inspection" and re.search(r"\bvisit", text, re.I):
                return "visit"
            return target
    return None


# -- follow-ups ----------------------------------------------------------------------------

_FOLLOW_START = ("and ", "but ", "so ", "also ", "what about", "how about", "what else")
_ANAPHORA = frozenset(
    "that this it they them those these he she him her his its their there then same such".split()  # noqa: SIM905
)


def is_follow_up(text: str) -> bool:
    """Does the question lean on earlier turns ("and what did she say about that?")?"""
    lowered = " ".join(words(text))
    if f"{lowered} ".startswith(_FOLLOW_START):
        return True
    content = stems(text)
    has_anaphor = any(w in _ANAPHORA for w in words(text))
    return len(content) <= 1 or (has_anaphor and len(content) <= 3)


def standalone_query(text: str, history: Sequence[Turn]) -> str:
    """The question to search for: follow-ups carry the previous question with them."""
    if not history or not is_follow_up(text):
        return text
    previous = history[-1]
    # The follow-up's own words are given twice so they outweigh the earlier question's:
    # "and what about 2022?" after a question on 2018 is about 2022.
    return f"{text} {previous.query or previous.question} {text}"


class Rewrite(Protocol):
    """Turns a follow-up into a standalone question, or None when it cannot."""

    def rewrite(self, question: str, history: Sequence[Turn]) -> str | None: ...


# -- time ----------------------------------------------------------------------------------

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def question_scope(text: str, scope: Scope | None) -> Scope | None:
    """A date the question itself gives ("as of January 2023", "since the 2022 inspection")
    limits the material, unless the user already chose a date.

    A question about one year ("who led the July 2022 inspection?") leaves out what was
    published before the year ahead of it: a 2019 report cannot describe the 2022
    inspection, however alike their words, and quoting it would answer the wrong question.
    The year before stays in, for what was planned or expected.
    """
    if scope is not None and (scope.until or scope.since):
        return scope
    until, since = question_dates(text)
    if not until and not since:
        years = set(_YEAR.findall(text))
        if len(years) == 1:
            since = str(int(years.pop()) - 1)
    if not until and not since:
        return scope
    return Scope(voices=scope.voices if scope else None, until=until, since=since)


# -- specifics -----------------------------------------------------------------------------

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")


def _specifics(text: str) -> tuple[str, ...]:
    """Years, figures and names in the question ("2024", "Worcestershire"): a record that
    never uses one of them cannot answer, however close the rest of its vocabulary is."""
    # The date a question is asked "as of" or "since" limits the material; it is not
    # a subject the record must mention ("as of the end of 2020, what was…").
    until, since = question_dates(text)
    scoped_years = {d[:4] for d in (until, since) if d}
    found = []
    for i, match in enumerate(_TOKEN.finditer(text)):
        token = match.group()
        if token in scoped_years or token.lower() in MONTHS:
            continue
        if (token.isdigit() and len(token) >= 2) or (
            i > 0 and token[0].isupper() and not token.isupper() and len(token) > 2
        ):
            found.append(token)
    return tuple(found)


# -- the question --------------------------------------------------------------------------

_DURATION = ("how long", "for how long", "how many months", "how many years", "within what time")


def expand_query(query: str) -> str:
    """A question for a span of time searches for the words spans are written in:
    "how long was the council given?" finds "six months to prove it can improve"."""
    lowered = " ".join(words(query))
    if any(phrase in lowered for phrase in _DURATION):
        return f"{query} months years weeks"
    return query


@dataclass(frozen=True)
class Question:
    """A question as understood: every later step reads this, never the raw text."""

    text: str  # what the person typed, trimmed
    query: str  # the standalone question (a follow-up carries what it leans on), scope dates out
    search: str  # what retrieval looks for: the query with span words added
    kind: str  # WHO, WHEN, NUMBER, DURATION or OTHER: the shape of answer wanted
    findings: bool  # about findings or recommendations: the inspectorate's words preferred
    voice: str | None  # whose words it asks for, if it names them
    specifics: tuple[str, ...]  # years, figures and names the record must mention
    counts: str | None  # what a counting or listing question counts
    scope: Scope | None  # the material it may draw on (the person's choice, or its own date)
    follow_up: bool

    @property
    def scoped_by_date(self) -> bool:
        return self.scope is not None and bool(self.scope.until or self.scope.since)


def read_question(
    text: str,
    history: Sequence[Turn] = (),
    scope: Scope | None = None,
    rewriter: Rewrite | None = None,
) -> Question:
    """Read what was typed, in its conversation, into a `Question`."""
    text = text.strip()
    follow_up = bool(history) and is_follow_up(text)
    query = rewriter.rewrite(text, history) if rewriter is not None and follow_up else None
    query = query or standalone_query(text, history)
    scope = question_scope(text, scope)
    if scope is not None and (scope.until or scope.since):
        # once a date limits the material, its words are not what to look for
        query = without_question_dates(query) or query
    return Question(
        text=text,
        query=query,
        search=expand_query(query),
        kind=_kind(text),
        findings=bool(_FINDINGS.search(text)),
        voice=asked_voice(text),
        specifics=_specifics(text),
        counts=counting_target(text),
        scope=scope,
        follow_up=follow_up,
    )
