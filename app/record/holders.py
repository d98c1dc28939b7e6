"""Who held a post at a time: "who was director of children's services when the first
monitoring visit took place?" answered from every sentence of the record that names someone
with that post beside the name, each dated, and the person named in it nearest the time
asked, instead of from the passages that rank highest (which name whoever the record names
most, or the person of the wrong year: on the four probe records of session 13, 10 of 22
such questions failed).

The time comes from the question ("in October 2022") or from the event it names: a numbered
event is dated from the sentences that name it ("the first monitoring visit … on 8 November
2022"), else from the timeline; an event with a judgement ("when Ofsted rated the service
inadequate") or of one kind ("when the statutory direction was issued") from the timeline.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.answer import REFUSAL, Answer, Citation
from app.cite import display_sentence
from app.question import IN, Question, TimeRef
from app.record.sentences import Sentence, record_sentences
from app.record.timeline import Event, timeline
from app.slots import (
    AS_POST,
    DATE,
    LEAVES_POST,
    ORDINALS,
    PERSON,
    TAKES_UP,
    people,
    post_heads,
    posts_beside,
    same_ordinal,
)
from app.times import happened_at
from app.wording import said_as
from index.lexical import stems
from ingest.dates import day_bounds, document_date, find_dates, spoken_date

if TYPE_CHECKING:
    from index.retrieve import Retriever, Scope

# A question that ties the post to a time: "… when the visit took place", "at the time of".
_ANCHORED = re.compile(r"\b(?:when|while|whilst|during|at the time)\b", re.IGNORECASE)
# A name said as the post's past or coming holder ("the former director", "the director
# designate") is not its holder at the sentence's date.
_NOT_THEN = re.compile(
    r"\b(?:former|previous|predecessor|ex|late|then|outgoing|designate|incoming|new)\b",
    re.IGNORECASE,
)
# Nor is a post under it ("Assistant Director", "Deputy Leader", "Vice-Chair") or a
# party's ("Leader of the Labour Group", "opposition group leader"), unless the question
# asks for that one.
_UNDER = re.compile(r"\b(?:assistant|deputy|vice|associate|group|opposition)\b", re.IGNORECASE)
# Words beside a post that do not say which post it is: "interim director", "the leader".
_MODIFIERS = frozenset(stems("interim acting permanent the a an our its their of for and"))
_FUTURE = re.compile(r"\b(?:will|to join|to take up|is to|are to|due to)\b", re.IGNORECASE)
# A holder named further than this from the time asked (days) is not taken to have held
# the post then: the record does not say who did. Set by hand; not tuned.
MAX_GAP_DAYS = 183
SEASON_DAYS = 92
# A naming shorter than this many words is a name line (a letter's address block), not a
# sentence to quote.
NAME_LINE_WORDS = 5
# Someone the record says left a post ("retired in July 2021") and never says took it is
# taken to have held it for this long before (set by hand; not tuned).
HELD_BEFORE_LEAVING_DAYS = 365
# "succeeding Councillor Rita Fernandes", "took over from Derek Hollins": whom a holder
# took the post from (not "was succeeded by", "was replaced by": that names the successor)
_TOOK_FROM = (
    r"\b(?:succeed(?:ed|ing|s)?|replac(?:ed|ing|es)|took over from|taking over from|"
    r"takes over from|in place of)\s+(?!by\b)(?:the\s+)?"
)
# the name just after those words
_SUCCEEDED_ONE = re.compile(_TOOK_FROM + r"(?:[\w'’.-]+\s+){0,3}$")
# the one succeeded: the surname, matched to a name the sentence gives in full
_SUCCEEDING = re.compile(
    _TOOK_FROM
    + r"(?:[A-Za-z'’.-]+\s+){0,4}?([A-Z][\w'’-]+)\b(?=\s*(?:,|\.|$|who\b|as\b|in\b|on\b|at\b|\())"
)


@dataclass(frozen=True)
class _Mention:
    name: str
    sentence: Sentence
    first: date
    last: date
    since: date | None = None  # the day it says they took the post ("appointed … from")
    until: date | None = None  # the day it says they left it ("left the council on")
    succeeded_by: str = ""  # who the sentence says took the post from them


# A date said as the start or the end of a time in post, within a few words before it.
_STARTS = re.compile(
    r"\b(?:since|from|effective|with effect from|took up (?:the )?post|appointed|became|"
    r"becomes|joined|took over|started|starts|arrived|arrives)\b[^.;\d]{0,45}$",
    re.IGNORECASE,
)
_ENDS = re.compile(
    r"\b(?:until|left|leaves|leaving|stood down|stepped down|steps down|retired|retires|"
    r"departed|departure)\b[^.;\d]{0,45}$",
    re.IGNORECASE,
)
# ...or, for a date before the name, these words just after it
_STARTS_AFTER = re.compile(
    r"^[^.;\d]{0,30}?\b(?:takes up|took up|joins|joined|starts|started|arrives|arrived|"
    r"becomes|became|is appointed|was appointed|appointed)\b",
    re.IGNORECASE,
)
_ENDS_AFTER = re.compile(
    r"^[^.;\d]{0,30}?\b(?:leaves|left|steps down|stepped down|stands down|stood down|"
    r"retires|retired|departs|departed)\b",
    re.IGNORECASE,
)
# A date said after these words of an event's name is another event's ("the second
# monitoring visit since … judged inadequate in August 2021").
_PASSING = re.compile(r"\b(?:since|after|following|before|until|prior to)\b[^.;\d]{0,60}$", re.I)
# A "name" the record also writes in lower case is words, not a person ("Corporate
# Resources", "Finance Business Partner"); a letter's salutation is not a name either.
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")
_SALUTATIONS = frozenset({"Dear", "Hi", "Hello"})
# A councillor holds no officer's post: "In response to questions from Councillor Hindle,
# the Director of Children's Services confirmed …" names the director beside him (the
# hollinsby hold-out's leadership briefing had him as its director, session 46).
_COUNCILLOR = frozenset({"Councillor", "Cllr", "Cllr.", "Councillors", "Cllrs"})
_OFFICER_HEADS = frozenset(stems("director executive officer manager head"))


def answer_holder(asked: Question, retriever: Retriever) -> Answer | None:
    """The holder of the post the question asks about at the time it names, cited with the
    sentence that names them in it nearest that time (and the event that dates the time,
    when the question named an event, not a date); None when the question is not one, or
    the record does not date the time or name anyone in the post near it."""
    if asked.slot != PERSON or not _ANCHORED.search(asked.text):
        return None
    heads = post_heads(asked.focus)
    if not heads:
        return None
    anchor = _anchor(asked, retriever)
    if anchor is None:
        return None
    (start, end), event, label = anchor
    by_person = _in_post(asked, retriever, heads)
    if TAKES_UP.search(asked.text):
        # "who took over as cabinet member when …?": not the one the record names leaving
        # the post then (the conversation set's dev fb03 had been asked of her)
        by_person = {who: ms for who, ms in by_person.items() if not _left_then(ms, start, end)}
    ranks = {}
    for who, ms in by_person.items():
        since = min((m.since for m in ms if m.since), default=None)
        until = max((m.until for m in ms if m.until), default=None)
        if (since and end < since) or (until and start > until):
            continue  # took the post after the time, or left it before
        near = sum(_days_apart(m, start, end) <= MAX_GAP_DAYS for m in ms)
        ranks[who] = (_gap(ms, start, end), _nearest(ms, start, end), -near)
    ranked = sorted(ranks, key=lambda who: ranks[who])
    # nobody named in the post near the time: within six months, or within a year for one
    # named in it before and after the time
    if not ranked or ranks[ranked[0]][1] > (
        HELD_BEFORE_LEAVING_DAYS if ranks[ranked[0]][0] == 0 else MAX_GAP_DAYS
    ):
        return None
    if len(ranked) > 1 and ranks[ranked[1]] == ranks[ranked[0]]:
        return None  # no telling two apart
    said = _quoted(by_person[ranked[0]], start, end)
    citations = [said.sentence.cite(1)]
    text = f"{display_sentence(said.sentence.text)} [1]"
    if event is not None:
        # the time taken, said and cited, not quoted: the sentence that dates an event is
        # seldom about the post (a heading, a commissioner's appointment)
        citations.append(event)
        text = f"(Read as a question about the time of {label} [2].) {text}"
    return Answer(asked.text, text, citations, refused=False, query=asked.text, source="timeline")


def _left_then(ms: list[_Mention], start: date, end: date) -> bool:
    """Do the namings of someone nearest the time all say they left the post?"""
    nearest = _nearest(ms, start, end)
    near = [m for m in ms if _days_apart(m, start, end) == nearest]
    return all(
        LEAVES_POST.search(m.sentence.text) and not TAKES_UP.search(m.sentence.text) for m in near
    )


def _in_post(asked: Question, retriever: Retriever, heads: set[str]) -> dict[str, list[_Mention]]:
    """Everyone the record names in the post asked about, by surname, each naming dated."""
    # the other words the question names the post with ("corporate parenting panel")
    wanted = {t for t in asked.focus if not t.isdigit()} - heads - _NOT_SPECIFIC - _MODIFIERS
    return _named_in(retriever, asked.scope, heads, frozenset(stems(asked.text)), wanted)


_HEAD = frozenset(stems("head"))
# The posts a briefing on the leadership follows: the service's and the council's.
LEADERSHIP_POSTS = (
    "director of children's services",
    "chief executive",
    "leader of the council",
    "cabinet member for children",
    "head of children's services",
)


def post_history(
    retriever: Retriever, scope: Scope | None, post: str
) -> list[tuple[_Mention, date, date, _Mention | None]]:
    """Everyone the record names in `post`, in the order they held it: the naming to quote
    (a sentence, not a name line or an attendance list, that says when they took or left
    it, else their first), the first and last days the record has them in it, and another
    sentence that says they left it or who took it over from them, when the first does not
    (a leadership history tells both ends: "appointed in September 2019", then "left the
    council in April and was replaced in May by interim director …")."""
    words = stems(post)
    # ("head of children's services" is a post, though "who heads up …?" asks of a chair)
    heads = post_heads(words) or set(_HEAD & set(words))
    wanted = set(words) - heads - _NOT_SPECIFIC - _MODIFIERS
    found = []
    for ms in _named_in(retriever, scope, heads, frozenset(words), wanted).values():
        chosen = min(
            ms,
            key=lambda m: (
                len(m.sentence.text.split()) < NAME_LINE_WORDS,  # a letter's name line
                len(people(m.sentence.text)) > 2,  # an attendance list
                not (m.since or m.until or m.succeeded_by),
                m.first,
            ),
        )
        first = min(m.since or m.first for m in ms)
        last = max(m.until or m.last for m in ms)
        leaving = [
            m
            for m in ms
            if (m.until or m.succeeded_by)
            and m.sentence.text != chosen.sentence.text
            and len(m.sentence.text.split()) >= NAME_LINE_WORDS
        ]
        told = chosen.until or chosen.succeeded_by  # the naming quoted says they left
        left = max(leaving, key=lambda m: m.until or m.last) if leaving and not told else None
        found.append((chosen, first, last, left))
    return sorted(found, key=lambda held: held[1])


def _named_in(
    retriever: Retriever,
    scope: Scope | None,
    heads: set[str],
    asked_stems: frozenset[str],
    wanted: set[str],
) -> dict[str, list[_Mention]]:
    common = _lower_words(retriever)
    sentences = list(record_sentences(retriever, scope))
    by_person: dict[str, list[_Mention]] = {}
    before: list[_Mention] = []  # those the sentence before named in the post
    for i, s in enumerate(sentences):
        next_text = _next_line(sentences, i)
        # (only a sentence, or a name line over one, that says a post at all: the names
        # and dates of the rest are not worked out; on the largest probe record the
        # search took 0.8 s without this)
        if not (
            _POST_WORD.search(s.text)
            or _POST_WORD.search(next_text)
            or (before and _HE_SUCCEEDED.match(s.text))
        ):
            before = []
            continue
        found = _mentions(s, heads, asked_stems, wanted, next_text, common)
        # "… became Cabinet Member for Children in May 2022. He succeeded Councillor Rita
        # Fernandes, who had held the portfolio since May 2018": she held the post the one
        # the sentence before named took (a probe record's dev question, h03)
        if not found and len(before) == 1 and before[0].sentence.doc is s.doc:
            found = _pronoun_succeeded(s, before[0])
        for m in found:
            by_person.setdefault(_surname(m.name), []).append(m)
        before = found
    return by_person


_HE_SUCCEEDED = re.compile(r"^\W*(?:He|She|They)\s+(?:had\s+)?" + _TOOK_FROM)


def _pronoun_succeeded(sentence: Sentence, successor: _Mention) -> list[_Mention]:
    """The one a sentence opening "He succeeded …" names, in the post `successor` (whom
    the sentence before named in it) took from them."""
    text = sentence.text
    if not _HE_SUCCEEDED.match(text) or not (succeeded := _SUCCEEDING.search(text)):
        return []
    other = next((n for n in people(text) if n.endswith(succeeded.group(1))), "")
    if not other or _surname(other) == _surname(successor.name):
        return []
    return [_succeeded(text, sentence, other, successor)]


# Any word a post is said with (POST_HEADS and the trade's other words for them).
_POST_WORD = re.compile(
    r"director|chief|executive|leader|lead|member|chair|commissioner|mayor|minister|portfolio|"
    r"head",
    re.IGNORECASE,
)
_COMMON: weakref.WeakKeyDictionary[Retriever, tuple[int, frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)


def _lower_words(retriever: Retriever) -> frozenset[str]:
    """The words the record writes in lower case, worked out once per indexed state."""
    size = len(retriever.passages)
    held = _COMMON.get(retriever)
    if held is None or held[0] != size:
        words = frozenset(w for d in retriever.docs.values() for w in _LOWER_WORD.findall(d.text))
        held = _COMMON[retriever] = (size, words)
    return held[1]


def _quoted(ms: list[_Mention], start: date, end: date, also: str = "") -> _Mention:
    """The naming to quote: one that also names `also` (the person a succession is asked
    of) first; then the nearest the time, and among those as near within a season, a whole
    sentence (not a letter's name line) about few people (not an attendance list)."""
    nearest = _nearest(ms, start, end)
    return min(
        ms,
        key=lambda m: (
            bool(also) and also not in m.sentence.text.lower(),
            _days_apart(m, start, end) > nearest + SEASON_DAYS,
            len(m.sentence.text.split()) < NAME_LINE_WORDS,
            len(people(m.sentence.text)) > 2,
            _days_apart(m, start, end),
            -min(len(m.sentence.text.split()), 40),  # then the fuller sentence
        ),
    )


# "Who replaced Dr Marwick as commissioner?", "who was lead member before Derek Whitlock?"
_AFTER_THEM = re.compile(
    r"\b(?:after|took over from|take over from|replaced?|replacing|succeed(?:ed|s)?|successor|"
    r"in place of)\b",
    re.IGNORECASE,
)
_BEFORE_THEM = re.compile(r"\b(?:before|predecessor|preceded)\b", re.IGNORECASE)
# A successor is named in the post within this many days of the last naming of the one
# they succeeded (or a predecessor of the first): beyond, the record does not say who.
# Set by hand to two years (a sparse record names a post's holder once a year or so); not
# tuned.
SUCCESSION_GAP_DAYS = 730


def answer_successor(asked: Question, retriever: Retriever) -> Answer | None:
    """Who held the post before or after the person the question names ("who replaced Dr
    Marwick as commissioner?"): the one named in the post nearest after their last naming
    (or before their first), a sentence that names both first; None when the question is
    not one, the record does not name that person in the post, or names nobody else in it
    near enough."""
    named = people(asked.text)
    after, before = _AFTER_THEM.search(asked.text), _BEFORE_THEM.search(asked.text)
    if asked.slot != PERSON or not named or not (after or before):
        return None
    heads = post_heads(asked.focus)
    if not heads:
        return None
    by_person = _in_post(asked, retriever, heads)
    theirs = by_person.pop(_surname(named[0]), [])
    if not theirs:
        return None
    if _PERMANENT.search(asked.text):
        # "who took over on a permanent basis?": not whoever stood in (a probe record's
        # follow-up had been answered with the interim chief executive, dev k29)
        by_person = {who: ms for who, ms in by_person.items() if not all(_acting(m) for m in ms)}
    stated = [m for m in theirs if m.succeeded_by]
    if stated and not before:
        # the record says who succeeded them ("Paul Eckersley succeeds Dr Marwick as
        # Commissioner"): that sentence answers
        said = max(stated, key=lambda m: m.last)
        text = f"{display_sentence(said.sentence.text)} [1]"
        cited = [said.sentence.cite(1)]
        return Answer(asked.text, text, cited, refused=False, query=asked.text, source="timeline")
    if before and not (after and after.start() < before.start()):
        edge = min(m.since or m.first for m in theirs)
        gaps = {
            who: (edge - max(m.last for m in ms)).days
            for who, ms in by_person.items()
            if min(m.first for m in ms) < edge
        }
    else:
        edge = max(m.until or m.last for m in theirs)
        gaps = {
            who: (min(m.since or m.first for m in ms) - edge).days
            for who, ms in by_person.items()
            if max(m.last for m in ms) > edge
        }
    ranked = sorted(gaps, key=lambda who: abs(gaps[who]))
    if not ranked or abs(gaps[ranked[0]]) > SUCCESSION_GAP_DAYS:
        if before and not after:
            # the record names them in the post and nobody in it before them: it does not
            # say who came before (four of the 12 records' near misses ask so; none of
            # their answerable questions does)
            first = min(theirs, key=lambda m: m.first)
            closest = first.sentence.cite(1)
            return Answer(
                asked.text,
                f"{REFUSAL} Closest material: [1].",
                [closest],
                refused=True,
                query=asked.text,
                closest=True,
            )
        return None
    if len(ranked) > 1 and abs(gaps[ranked[1]]) == abs(gaps[ranked[0]]):
        return None  # no telling two apart
    said = _quoted(by_person[ranked[0]], edge, edge, also=_surname(named[0]))
    text = f"{display_sentence(said.sentence.text)} [1]"
    citation = said.sentence.cite(1)
    return Answer(asked.text, text, [citation], refused=False, query=asked.text, source="timeline")


def answer_tenure(asked: Question, retriever: Retriever) -> Answer | None:
    """When the person the question names took up or left a post ("when did Claire
    Hartigan start as chief executive?", "when did she leave the council?" once "she" is
    read as a name): the sentence the record says it in, the earliest start or the latest
    leaving of theirs; None when the question is not one, or no sentence naming them in a
    post says when (the passages then answer, as for any question)."""
    named = [asked.tenure_of[0]] if asked.tenure_of else people(asked.text)
    starting, leaving = _START_ASKED.search(asked.text), _END_ASKED.search(asked.text)
    if asked.slot != DATE or len(named) != 1 or bool(starting) == bool(leaving):
        return None
    # the post asked about (its words, where the slot's focus is not the post), or the one
    # the conversation is about
    heads = post_heads(asked.focus) or post_heads(stems(asked.text))
    if not heads and asked.tenure_of:
        heads = post_heads(asked.tenure_of[1])
        asked = replace(asked, focus=asked.tenure_of[1])
    if not heads:
        return None
    ms = _in_post(asked, retriever, heads).get(_surname(named[0]), [])
    acting = _ACTING.search(asked.text)
    if acting or _PERMANENT.search(asked.text):
        ms = [m for m in ms if _acting(m) == bool(acting)]  # "start as interim director"
    if starting:
        dated = [m for m in ms if m.since]
        said = min(dated, key=lambda m: (m.since, -len(m.sentence.text))) if dated else None
    else:
        dated = [m for m in ms if m.until]
        said = max(dated, key=lambda m: (m.until, len(m.sentence.text))) if dated else None
    if said is None:
        return None
    text = f"{display_sentence(said.sentence.text)} [1]"
    cited = [said.sentence.cite(1)]
    return Answer(asked.text, text, cited, refused=False, query=asked.text, source="timeline")


# "When did she start / join / take up the post?", "when did he leave?" (not "when did the
# board start meeting?": a person is named, above)
_START_ASKED = re.compile(
    r"\b(?:start(?:ed)?|join(?:ed)?|arrive[d]?|take up|took up|become|became|begin|began)\b", re.I
)
_END_ASKED = re.compile(
    r"\b(?:leave|left|depart(?:ed)?|step(?:ped)? down|stand down|stood down|retire[d]?|quit)\b",
    re.I,
)
_PERMANENT = re.compile(r"\bpermanent(?:ly)?\b", re.IGNORECASE)
_ACTING = re.compile(r"\b(?:interim|acting|temporary|caretaker)\b", re.IGNORECASE)
# How near a name "interim" says it of that person (characters either side).
ACTING_REACH = 40


def _acting(m: _Mention) -> bool:
    """Does the sentence say the person held the post for the time being ("the interim
    chief executive, Sandra Okafor", "Sandra Okafor acted as interim Chief Executive")?"""
    text = m.sentence.text
    at = text.find(m.name)
    if at < 0:
        return False
    near = text[max(0, at - ACTING_REACH) : at + len(m.name) + ACTING_REACH]
    return bool(_ACTING.search(near))


# The words before a name that hold its post, not a clause's verb and what precedes it
# ("The Leader and Chief Executive have met Dr Marwick" names no chief executive).
_CLAUSE = re.compile(
    r"^.*\b(?:have|has|had|is|was|were|are|be|been|met|meet|said|says|told|asked|thanked|"
    r"with|by|to|from|than|that|who|whom|and|when|after|before)\b",
    re.IGNORECASE,
)
# The words after a post's head that say which post it is ("Director of Human Resources")
_SPECIFIED = re.compile(r"\b(?:of|for)\s+(?:the\s+)?([^,;()|]+)", re.IGNORECASE)
_NOT_SPECIFIC = frozenset(stems("council borough county city district authority local"))
_OWN_SERVICE = frozenset(stems("children child young families"))
# "Services" says which post no more than "the" does ("Director of Legal Services")
_GENERIC = frozenset(stems("service services"))


def _mentions(
    sentence: Sentence,
    heads: set[str],
    asked: frozenset[str],
    wanted: set[str],
    next_text: str,
    common: frozenset[str],
) -> list[_Mention]:
    """The people the sentence names in the post, each with when it says they held it. A
    post that says which one it is ("of Human Resources") must share a word with the
    question; a line that is only a name takes its post from the line after it (a letter's
    address block)."""
    text = sentence.text
    out = []
    for name, before, after in posts_beside(text):
        if (
            len(name.split()) < 2
            or name.split()[0] in _SALUTATIONS
            or common & set(name.lower().split())
            or (name.split()[0] in _COUNCILLOR and heads & _OFFICER_HEADS)
        ):
            continue
        phrases = [_CLAUSE.sub("", before), after]
        if as_post := AS_POST.match(text[text.find(name) + len(name) :]):
            phrases.append(as_post.group(1))
        if text.strip(" .,") == name and next_text:
            phrases.append(next_text)
        if not any(_holds(phrase, heads, asked, wanted) for phrase in phrases):
            continue
        if _SUCCEEDED_ONE.search(text[: text.find(name)]):
            continue  # the one succeeded: dated with their successor, below
        dated = _sentence_days(text, sentence, name)
        if dated is None:
            continue
        held = _Mention(name, sentence, *dated)
        out.append(held)
        # "… became Cabinet Member for Children, succeeding Councillor Rita Fernandes, who
        # had held the portfolio since May 2018": she held the post until he took it
        # (two probe records' dev questions were answered only so)
        succeeded = _SUCCEEDING.search(text, text.find(name) + len(name))
        if succeeded:
            other = next((n for n in people(text) if n.endswith(succeeded.group(1))), "")
            if other and other != name:
                out.append(_succeeded(text, sentence, other, held))
    return out


def _succeeded(text: str, sentence: Sentence, name: str, successor: _Mention) -> _Mention:
    """The one a successor took the post from, in post until the successor took it (or
    until the day the sentence says they left)."""
    handover = successor.since or successor.first
    dated = _sentence_days(text, sentence, name)
    first, last, since, until = dated if dated else (handover, handover, None, None)
    if not dated or first >= successor.first:
        first = last = until or handover  # the document's date is the successor's time
    return _Mention(
        name,
        sentence,
        first,
        max(last, until or handover),
        since,
        until or handover,
        successor.name,
    )


def _holds(phrase: str, heads: set[str], asked: frozenset[str], wanted: set[str]) -> bool:
    """Does the phrase name the post asked about, now (not "the former director", not the
    "Assistant Director")? Its words beyond the post's head must include one of the other
    words the question names it with ("chair of the corporate parenting panel" is not the
    "Independent Chair, Elmshire LSCB"), and a post it says which one it is ("Director of
    Human Resources") must share a word with the question."""
    if not phrase.strip() or _NOT_THEN.search(phrase):
        return False
    if set(stems(" ".join(_UNDER.findall(phrase)))) - asked:
        return False
    said = frozenset(stems(phrase))
    if not all(said_as(head, said) for head in heads):
        return False
    extra = said - heads - _MODIFIERS - _NOT_SPECIFIC - _GENERIC
    wanted = wanted - _GENERIC
    if wanted and extra and not any(_same_word(q, said) for q in wanted):
        return False
    specified = _SPECIFIED.search(phrase)
    if specified is None:
        return True
    which = set(stems(specified.group(1))) - _GENERIC
    # "Chief Executive of Ashmoor Council" names the body, not another post; the record's
    # own service needs no saying ("interim director" asks of the Director of Children's
    # Services, not of Human Resources)
    return not which or bool(which & (asked | _NOT_SPECIFIC | _OWN_SERVICE))


def _same_word(term: str, said: frozenset[str]) -> bool:
    """Is the term said, or the trade's other word for it, either way ("lead member" for
    "cabinet member")?"""
    return said_as(term, said) or any(said_as(w, frozenset({term})) for w in said)


def _next_line(sentences: Sequence[Sentence], i: int) -> str:
    if i + 1 < len(sentences) and sentences[i + 1].doc is sentences[i].doc:
        return sentences[i + 1].text
    return ""


def _sentence_days(
    text: str, sentence: Sentence, name: str
) -> tuple[date, date, date | None, date | None] | None:
    """When the sentence says the person held the post: the dates it gives of them, else
    its document's date (a sentence about the future without a date of its own: never);
    and the day it says they took or left it. A date is of the person the sentence names
    last before it, or of the first it names when it comes before any name ("Raj Patel took
    up post … on 9 January 2023, following the departure of Ann Cole at the end of December
    2022": January is his, December hers; "In May 2022, X became …": X's)."""
    published = document_date(sentence.doc.meta)
    # ("in May" is placed in the year of its document; "last year" is no day or month)
    found = [d for d in find_dates(text, published) if d.precision in ("day", "month", "year")]
    found = [d for d in found if not (d.relative and d.precision == "year")]
    bounds = []
    since = until = None
    named = sorted((text.find(n), n) for n in people(text) if text.find(n) >= 0)
    for d in found:
        b = day_bounds(d.iso)
        if b is None:
            continue
        last = max(((at, n) for at, n in named if at < d.start), default=(-1, ""))[1]
        if last != name and not (last == "" and named and named[0][1] == name):
            continue
        bounds.append(b)
        # (a date before any name is told by the words after the name: "9 January 2023 |
        # Claire Hartigan takes up post as Chief Executive", a trust's table of its story)
        after = text[text.find(name) + len(name) :] if last == "" else ""
        if _STARTS.search(text[: d.start]) or _STARTS_AFTER.match(after):
            since = min(since or b[0], b[0])
        elif _ENDS.search(text[: d.start]) or _ENDS_AFTER.match(after):
            until = max(until or b[1], b[1])
    own = day_bounds(published)
    if since and own is not None and own[0] >= since:
        bounds.append(own)  # "in post since September 2023": until the sentence was written
    if not bounds:
        if _FUTURE.search(text) or own is None:
            return None
        bounds = [own]
    return (
        date.fromisoformat(min(b[0] for b in bounds)),
        date.fromisoformat(max(b[1] for b in bounds)),
        date.fromisoformat(since) if since else None,
        date.fromisoformat(until) if until else None,
    )


def _days_apart(m: _Mention, start: date, end: date) -> int:
    if m.first <= end and m.last >= start:
        return 0
    return (start - m.last).days if m.last < start else (m.first - end).days


def _gap(ms: list[_Mention], start: date, end: date) -> int:
    """0 when the person is named in the post before and after the time (or at it), or
    left it within a year after the time and is not said to have taken it later; else the
    days from the time to the nearest naming."""
    first = min(m.first for m in ms)
    until = max((m.until for m in ms if m.until), default=None)
    if until and not any(m.since for m in ms) and start <= until:
        first = min(first, until - timedelta(days=HELD_BEFORE_LEAVING_DAYS))
    if first <= end and max(m.last for m in ms) >= start:
        return 0
    return _nearest(ms, start, end)


def _nearest(ms: list[_Mention], start: date, end: date) -> int:
    return min(_days_apart(m, start, end) for m in ms)


def _surname(name: str) -> str:
    return name.split()[-1].lower()


_Anchor = tuple[tuple[date, date], Citation | None, str]


def _anchor(asked: Question, retriever: Retriever) -> _Anchor | None:
    """The days the question's time can mean, and, when the question named an event rather
    than a date, the citation of what dates the event and how to say it ("the first
    monitoring visit, October 2022")."""
    about = [t for t in asked.about if t.relation == IN]
    if asked.numbered:
        dated = _numbered_date(asked, retriever, about)
        if dated is not None:
            return dated
    events = [
        e
        for e in timeline(retriever, asked.scope)
        if (asked.event is None or e.kind == asked.event)
        and (asked.judgement is None or e.judgement == asked.judgement)
        and (not about or happened_at(e.date, about))
    ]
    if asked.event is None and asked.judgement is None:
        events = (
            [e for e in events if e.kind in ("inspection", "monitoring visit")] if not about else []
        )
    if len({e.date for e in events}) == 1 and (asked.event or asked.judgement):
        return _event_anchor(events[0])
    if about:
        return (date.fromisoformat(about[0].start), date.fromisoformat(about[0].end)), None, ""
    return None


def _numbered_date(
    asked: Question, retriever: Retriever, about: Sequence[TimeRef]
) -> _Anchor | None:
    """ "The first monitoring visit": the date said nearest to its name in the sentences
    that name it, the commonest of them that the timeline holds an event of the kind in;
    where none is, the timeline's first (second…) event of the kind. A date said in passing
    ("the second monitoring visit since the local authority was judged inadequate in August
    2021", Ofsted's own formula) dates no visit."""
    said: Counter[str] = Counter()
    where: dict[str, Sentence] = {}
    for s in record_sentences(retriever, asked.scope):
        text = s.text
        if not same_ordinal(asked.numbered, text):
            continue
        found = [
            d
            for d in find_dates(text, document_date(s.doc.meta))
            if not d.relative
            and d.precision in ("day", "month")
            and not _PASSING.search(text[: d.start])
        ]
        if not found:
            continue
        at = text.lower().find(asked.numbered.split(";")[0].split()[0].lower())
        nearest = min(found, key=lambda d: abs(d.start - at))
        month = nearest.iso[:7]
        if about and not happened_at(month, about):
            continue
        said[month] += 1
        where.setdefault(month, s)
    events = [e for e in timeline(retriever, asked.scope) if e.kind == asked.event]
    if about:
        events = [e for e in events if happened_at(e.date, about)]
    held = {e.date[:7] for e in events}
    if held & set(said):
        said = Counter({m: n for m, n in said.items() if m in held})
    elif held and not about:
        nth = ORDINALS.index(asked.numbered.split()[0].lower())
        if nth >= len(events):
            return None  # the record reports fewer: no such event
        return _event_anchor(events[nth], asked.numbered)
    if not said:
        return None
    month, _count = said.most_common(1)[0]
    bounds = day_bounds(month)
    if bounds is None:
        return None
    days = (date.fromisoformat(bounds[0]), date.fromisoformat(bounds[1]))
    return days, where[month].cite(2), f"the {_first(asked.numbered)}, {spoken_date(month)}"


def _event_anchor(event: Event, numbered: str = "") -> _Anchor:
    bounds = day_bounds(event.date)
    assert bounds is not None
    days = (date.fromisoformat(bounds[0]), date.fromisoformat(bounds[1]))
    what = _first(numbered) if numbered else event.kind
    # (no brackets: the note is itself in brackets)
    judged = f" judged {event.judgement}" if event.judgement and not numbered else ""
    cited = replace(event.citations[0], n=2) if event.citations else None
    return days, cited, f"the {what}{judged}, {spoken_date(event.date)}"


def _first(numbered: str) -> str:
    """The first numbered event a question names, as it says it ("first monitoring visit")."""
    return numbered.split(";")[0].strip().lower()
