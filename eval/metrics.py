"""Pure metric functions over ranked passage texts and answers."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from index.lexical import stems
from ingest.dates import MONTH_NAMES, PartialDate, dates_compatible
from ingest.sentences import split_sentences

_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def normalise(text: str) -> str:
    """Case, white space and curly quotes folded, for matching quotes to passages."""
    return _WS.sub(" ", text.translate(_QUOTES)).strip().lower()


@dataclass(frozen=True)
class Gold:
    doc: str  # file name (or stem) of the source document
    quote: str  # a fragment that the right passage contains


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    kind: str
    answerable: bool
    gold: tuple[Gold, ...] = ()
    facts: tuple[str, ...] = ()
    history: tuple[str, ...] = field(default=())
    as_of: str | None = None  # ask as of this date: citations must be published by then
    count: int | None = None  # a counting question: the number the answer must state
    voice: str | None = None  # a "what did X say" question: the voice the answer must cite


def is_gold(passage_text: str, passage_doc: str, gold: Sequence[Gold]) -> bool:
    """Does this passage hold one of the gold fragments (from the right document)?"""
    text = normalise(passage_text)
    doc = passage_doc.rsplit("/", 1)[-1]
    return any(normalise(g.quote) in text and (not doc or _stem(g.doc) == _stem(doc)) for g in gold)


def _stem(name: str) -> str:
    name = name.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def first_gold_rank(ranked: Sequence[tuple[str, str]], gold: Sequence[Gold]) -> int | None:
    """1-based rank of the first gold passage among (text, doc) pairs, or None."""
    for rank, (text, doc) in enumerate(ranked, start=1):
        if is_gold(text, doc, gold):
            return rank
    return None


# Equal-reading comparison: what each pipeline finds within the same number of characters.
BUDGET_CHARS = 2000


def within_budget(ranked: Sequence[tuple[str, str]], budget: int) -> list[tuple[str, str]]:
    """The leading results whose texts fit in `budget` characters (at least one)."""
    kept: list[tuple[str, str]] = []
    used = 0
    for text, doc in ranked:
        if kept and used + len(text) > budget:
            break
        kept.append((text, doc))
        used += len(text)
    return kept


def hit_at(ranks: Sequence[int | None], k: int) -> float:
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks) if ranks else 0.0


def chance_hit(units: int, gold_units: int, k: int) -> float:
    """Chance that `k` of `units` results in random order include one of `gold_units`."""
    if gold_units <= 0 or units <= 0:
        return 0.0
    k = min(k, units)
    return 1.0 - math.comb(units - gold_units, k) / math.comb(units, k)


def mrr(ranks: Sequence[int | None]) -> float:
    return sum(1.0 / r for r in ranks if r) / len(ranks) if ranks else 0.0


def fact_recall(answer: str, facts: Sequence[str]) -> float:
    """Fraction of required facts the answer mentions (case-insensitive)."""
    if not facts:
        return 1.0
    text = normalise(answer)
    return sum(1 for f in facts if normalise(f) in text) / len(facts)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0–100)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[index]


@dataclass(frozen=True)
class RefusalScore:
    accuracy: float  # refused exactly when the record has no answer
    precision: float  # of refusals, how many were right to refuse
    recall: float  # of unanswerable questions, how many were refused


def refusal_score(refused: Sequence[bool], answerable: Sequence[bool]) -> RefusalScore:
    pairs = list(zip(refused, answerable, strict=True))
    if not pairs:
        return RefusalScore(0.0, 0.0, 0.0)
    correct = sum(1 for r, a in pairs if r != a)
    refusals = [a for r, a in pairs if r]
    unanswerable = [r for r, a in pairs if not a]
    precision = sum(1 for a in refusals if not a) / len(refusals) if refusals else 1.0
    recall = sum(1 for r in unanswerable if r) / len(unanswerable) if unanswerable else 1.0
    return RefusalScore(correct / len(pairs), precision, recall)


# --- Knowing the record: timeline, register of recommendations, voices -----------------
# Expected entries are hand-written dicts (eval/expected/<record>.json); found entries are
# the `to_json()` dicts of app.record.Event / Recommendation, so these stay pure functions.


def _label(text: str | None) -> str:
    """Kinds and judgements compared loosely: case, spaces, "… to be good" folded."""
    text = _WS.sub(" ", (text or "").strip().lower())
    return text.removesuffix(" to be good")


def event_matches(expected: dict, found: dict) -> bool:
    """Same kind, same judgement when the expected event has one, compatible dates."""
    if _label(expected.get("kind")) != _label(found.get("kind")):
        return False
    if expected.get("judgement") and _label(expected["judgement"]) != _label(
        found.get("judgement")
    ):
        return False
    dates = [expected.get("date", ""), *expected.get("alt_dates", ())]
    return any(dates_compatible(d, found.get("date", "")) for d in dates)


@dataclass(frozen=True)
class TimelineScore:
    expected: int  # required expected events (optional ones not counted)
    found: int  # events the system listed
    found_expected: int  # required expected events matched by a found event
    missed: tuple[dict, ...]  # required expected events nothing matched
    wrong: tuple[dict, ...]  # found events matching no expected event (optional included)

    @property
    def recall(self) -> float:
        return self.found_expected / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return (self.found - len(self.wrong)) / self.found if self.found else 1.0


def _match_one_to_one(
    left: Sequence[dict], right: Sequence[dict], taken: set[int]
) -> dict[int, int]:
    """Maximum matching left → right over `event_matches` (augmenting paths), avoiding the
    right-hand indices in `taken`."""
    owner: dict[int, int] = {}  # right index -> left index

    def augment(i: int, seen: set[int]) -> bool:
        for j, f in enumerate(right):
            if j in taken or j in seen or not event_matches(left[i], f):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(left)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def timeline_scores(expected: Sequence[dict], found: Sequence[dict]) -> TimelineScore:
    """Expected events found, missed, and found events that are wrong.

    Each found event can stand for one expected event only, so a duplicate is wrong.
    Expected events marked "optional" are not required, but a found event matching one
    is not wrong either.
    """
    required = [e for e in expected if not e.get("optional")]
    optional = [e for e in expected if e.get("optional")]
    matched = _match_one_to_one(required, found, set())
    used = set(matched.values())
    used |= set(_match_one_to_one(optional, found, used).values())
    return TimelineScore(
        expected=len(required),
        found=len(found),
        found_expected=len(matched),
        missed=tuple(e for i, e in enumerate(required) if i not in matched),
        wrong=tuple(f for j, f in enumerate(found) if j not in used),
    )


KEY_SHARE = 0.6  # share of a key's content stems a found entry must contain


def recommendation_matches(expected: dict, found: dict) -> bool:
    """Same body, same year, and most of the key's content stems in the found text."""
    if _label(expected.get("body")) != _label(found.get("body")):
        return False
    date_e, date_f = (PartialDate.parse(entry.get("date", "")) for entry in (expected, found))
    if not (date_e and date_f and date_e.year == date_f.year):
        return False
    key = set(stems(expected.get("key", "")))
    if not key:
        return False
    text = set(stems(found.get("text", "")))
    return len(key & text) / len(key) >= KEY_SHARE


@dataclass(frozen=True)
class RegisterScore:
    expected: int
    found: int
    found_expected: int  # expected recommendations some found entry matches
    missed: tuple[dict, ...]
    unlisted: tuple[dict, ...]  # found entries matching nothing: wrong, or missing by hand

    @property
    def recall(self) -> float:
        return self.found_expected / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return (self.found - len(self.unlisted)) / self.found if self.found else 1.0


def register_scores(expected: Sequence[dict], found: Sequence[dict]) -> RegisterScore:
    """Expected recommendations found; found entries not on the hand-written list.

    One found entry may cover several expected ones: the record often words several
    recommendations in one sentence, and a register may keep that sentence whole.
    """
    hit_expected = [any(recommendation_matches(e, f) for f in found) for e in expected]
    hit_found = [any(recommendation_matches(e, f) for e in expected) for f in found]
    return RegisterScore(
        expected=len(expected),
        found=len(found),
        found_expected=sum(hit_expected),
        missed=tuple(e for e, hit in zip(expected, hit_expected, strict=True) if not hit),
        unlisted=tuple(f for f, hit in zip(found, hit_found, strict=True) if not hit),
    )


@dataclass(frozen=True)
class VoiceScore:
    expected: int  # hand-labelled sentences
    located: int  # of those, found in the labelled sentences
    correct: int
    mismatches: tuple[dict, ...]  # {file, fragment, expected, got, sentence}
    unlocated: tuple[dict, ...]  # expected labels whose fragment no sentence holds
    by_voice: dict[str, tuple[int, int]]  # expected voice -> (correct, located)

    @property
    def accuracy(self) -> float:
        return self.correct / self.located if self.located else 0.0


def voice_accuracy(
    expected: Sequence[dict], labelled: Sequence[tuple[str, str, str]]
) -> VoiceScore:
    """Share of hand-labelled sentences given the right voice.

    `labelled` holds (file name, sentence text, voice) in document order. A fragment is
    looked up in each file's sentences joined together (white space, case and curly
    quotes folded), so a fragment the sentence splitter cut in two is still found; the
    sentence holding the fragment's first character is the one judged.
    """
    files: dict[str, list[tuple[int, str, str]]] = {}
    joined: dict[str, str] = {}
    for name, sentence, voice in labelled:
        key = _stem(name)
        text = joined.get(key)
        start = len(text) + 1 if text is not None else 0
        joined[key] = f"{text} {normalise(sentence)}" if text is not None else normalise(sentence)
        files.setdefault(key, []).append((start, sentence, voice))
    correct = 0
    mismatches: list[dict] = []
    unlocated: list[dict] = []
    by_voice: dict[str, list[int]] = {}
    for item in expected:
        key = _stem(item["file"])
        at = joined.get(key, "").find(normalise(item["fragment"]))
        if at < 0:
            unlocated.append(item)
            continue
        _, sentence, got = max((s for s in files[key] if s[0] <= at), key=lambda s: s[0])
        tally = by_voice.setdefault(item["voice"], [0, 0])
        tally[1] += 1
        if got == item["voice"]:
            correct += 1
            tally[0] += 1
        else:
            mismatches.append(
                {
                    "file": item["file"],
                    "fragment": item["fragment"],
                    "expected": item["voice"],
                    "got": got,
                    "sentence": " ".join(sentence.split()),
                }
            )
    return VoiceScore(
        expected=len(expected),
        located=len(expected) - len(unlocated),
        correct=correct,
        mismatches=tuple(mismatches),
        unlocated=tuple(unlocated),
        by_voice={v: (c, n) for v, (c, n) in by_voice.items()},
    )


# --- Question types: as-of, counting -----------------------------------------------------

_COUNT_WORDS = {
    1: ("one", "once", "first", "single"),
    2: ("two", "twice", "second"),
    3: ("three", "third"),
    4: ("four", "fourth"),
    5: ("five", "fifth"),
    6: ("six", "sixth"),
    7: ("seven", "seventh"),
    8: ("eight", "eighth"),
    9: ("nine", "ninth"),
    10: ("ten", "tenth"),
}


_MARKER = re.compile(r"\[\d+\]")
_LEADING_NOTE = re.compile(r"^\s*\([^)]*\)\s*")
_MONTHS = "|".join(MONTH_NAMES).lower()


def mentions_count(answer: str, count: int) -> bool:
    """Does the answer's first sentence state `count` (digits, a number word or an ordinal)?

    A counting answer should give its number first; a number further on is usually part of
    a quoted passage. Citation markers ("[2]"), a leading note in brackets and day numbers
    of dates ("8 April") do not count.
    """
    # Split before folding case: the sentence splitter reads capitals.
    text = _LEADING_NOTE.sub("", _MARKER.sub(" ", answer.strip()))
    first = normalise(next(iter(split_sentences(text)), ""))
    forms = (str(count), *_COUNT_WORDS.get(count, ()))
    pattern = (
        r"(?<![\d£$.,])\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b"
        rf"(?![\d%])(?!\.\d)(?!\s+(?:{_MONTHS})\b)"
    )
    return re.search(pattern, first) is not None

