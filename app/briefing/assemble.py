"""A briefing put together: the best points, spread over sources, within the length
allowed, grouped by source and date, oldest first, each with its [n]; the rest as `more`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from app.answer import Answer, Citation, Point
from app.background import CHANGE, HISTORY, OVERVIEW, PROBLEMS, VOICES, WHY
from app.question import Question
from index.lexical import stems
from ingest.dates import MONTH_NAMES

if TYPE_CHECKING:
    pass


# A briefing shows at most MAX_POINTS points in MAX_CHARS characters (the issue's
# "about eight points and 1,500 characters"); up to MORE_AT_MOST further points go to
# `more`. POOL passages
# are read for points (a record of the four in eval/ has 40–200 passages).
MAX_POINTS = 8
MAX_CHARS = 1500
MORE_AT_MOST = 12
# Points shown from one source before others' lower-scoring ones (set by hand on dev).
PER_SOURCE = 3
# Points sharing more than this share of their stems say the same thing (Jaccard).
SAME_POINT = 0.5
# ...and at least this share of the best point's score to be shown (further ones go to
# `more`). Dev halves, coverage / precision averaged over the four records: 0 -> 0.60 /
# 0.66, 0.7 -> 0.59 / 0.70, 0.8 -> 0.58 / 0.71.
RELATIVE_FLOOR = 0.7
# ...though the best SHOWN_AT_LEAST points are shown whatever their share.
SHOWN_AT_LEAST = 4


def same_point(a: frozenset[str], b: frozenset[str]) -> bool:
    """Near-duplicates: most stems shared, and no figure or year of one missing from the
    other ("…since the last inspection in 2015, when they were judged to require
    improvement" is not "…in 2023, when they were judged to be inadequate": a probe
    record's history had lost its inadequate judgement so)."""
    figures_a = {t for t in a if any(ch.isdigit() for ch in t)}
    figures_b = {t for t in b if any(ch.isdigit() for ch in t)}
    if figures_a != figures_b and figures_a and figures_b:
        return False
    return bool(a and b) and len(a & b) / len(a | b) > SAME_POINT


# A figure and the word it counts ("218 contacts"); a year counts nothing, nor a day of a
# month ("31 March").
_COUNTED = re.compile(
    rf"(?<![\d,.£$€])(\d[\d,]*(?:\.\d+)?%?)\s+(?!(?:{'|'.join(MONTH_NAMES)})\b)([A-Za-z][\w'’-]*)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# Two points giving the same count of the same thing share at least this share of their
# stems to be one point said twice (first value tried). Session 61, briefings of the
# fourteen records: dev coverage four newest 23.65 -> 24.05 of 57 (hollinsby hb08, hb21
# +0.2 each, a freed place given to another point), nothing else moved, test halves and
# labelled precision unchanged; counting a day of a month too ("31 March") had cost ab12.
SAME_COUNT = 0.3


def counts_given(text: str) -> frozenset[tuple[str, str]]:
    """The counts a point gives, each as (figure, the stem of the word it counts)."""
    return frozenset(
        (figure.replace(",", ""), said[0])
        for figure, word in _COUNTED.findall(text)
        if not _YEAR.fullmatch(figure) and (said := stems(word))
    )


def distinct(points: Sequence[Point]) -> list[Point]:
    """Each thing said once: the first (best) of near-duplicates is kept, and of two
    points giving the same count of the same thing in mostly other words ("During the
    inspection, 218 contacts were awaiting a screening decision, some … more than 10
    working days" and "At the time of the inspection, 218 contacts were awaiting screening,
    the oldest … 13 working days earlier"), the first."""
    kept: list[Point] = []
    kept_stems: list[frozenset[str]] = []
    kept_counts: list[frozenset[tuple[str, str]]] = []
    for p in points:
        s = frozenset(stems(p.text))
        given = counts_given(p.text)
        if any(same_point(s, k) for k in kept_stems) or any(
            given & c and len(s & k) / len(s | k) >= SAME_COUNT
            for k, c in zip(kept_stems, kept_counts, strict=True)
        ):
            continue
        kept.append(p)
        kept_stems.append(s)
        kept_counts.append(given)
    return kept


# Points taken from the register: a problems briefing that asks what was recommended.
RECOMMENDATIONS = "recommendations"
# ...and one that asks what was found and what was recommended: both, in turn.
FINDINGS_AND_RECOMMENDATIONS = "findings and recommendations"
HEADINGS = {
    WHY: "Why",
    HISTORY: "The history",
    OVERVIEW: "An overview",
    PROBLEMS: "The main findings",
    RECOMMENDATIONS: "The recommendations",
    FINDINGS_AND_RECOMMENDATIONS: "The findings and recommendations",
    CHANGE: "What has changed",
    VOICES: "What they say",
}


def assemble(asked: Question, form: str, points: Sequence[Point]) -> Answer:
    """Heading, then the best points grouped by source, oldest first; the rest as `more`.
    At most MAX_POINTS points in MAX_CHARS characters (the framing note included)."""
    if not asked.about and not re.search(NAMED_EVENT, asked.text):
        points = spread(points)
    best = max((p.score for p in points), default=0.0)
    # a question about a time shows that time's points; others, however near, are further
    # points (a browser walk's "What happened in 2022?" showed three 2023 events of four)
    at_least = 1 if asked.about else SHOWN_AT_LEAST
    shown = [p for i, p in enumerate(points) if p.score >= RELATIVE_FLOOR * best or i < at_least]
    room = MAX_CHARS - NOTE_ROOM * bool(asked.about)
    # best first, each point that still fits: a long point passed over leaves room for
    # shorter ones below it
    chosen: list[Point] = []
    for p in shown:
        if len(chosen) == MAX_POINTS:
            break
        if not chosen or len(render(asked, form, [*chosen, p], ()).text) <= room:
            chosen.append(p)
    rest = [p for p in points if p not in chosen]
    return render(asked, form, chosen, tuple(rest[:MORE_AT_MOST]))


# A question naming an event ("at the June 2023 monitoring visit", "the 2022 inspection")
# takes its points from wherever they are, even all from one letter.
NAMED_EVENT = re.compile(r"\b(?:visit|inspection|report|review|meeting|letter)\b", re.I)


def spread(points: Sequence[Point]) -> list[Point]:
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
NOTE_ROOM = 60


def render(asked: Question, form: str, shown: Sequence[Point], rest: tuple[Point, ...]) -> Answer:
    # (a source's points in the order its documents give them: a quote's parts as said)
    ordered = sorted(
        shown,
        key=lambda p: (
            p.date,
            p.source,
            p.citation.doc_id,
            p.citation.start + min((a for a, _ in p.citation.highlights), default=0),
        ),
    )
    numbers: dict[tuple[str, int], int] = {}
    marks: dict[tuple[str, int], list[tuple[int, int]]] = {}
    first: dict[tuple[str, int], Citation] = {}
    sources = list(dict.fromkeys(p.source for p in ordered))
    lines = [
        f"{HEADINGS[form]}: {len(ordered)} point{'s' if len(ordered) != 1 else ''} from "
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
