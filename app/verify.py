"""Checks a generated answer, sentence by sentence, against the passages it cites.

A sentence is kept only if one passage it cites supports it: every number, date and name
in it appears in that passage (or its document's title, publisher and date), most of its
content words do, it does not flip a negation, and it is close in meaning to a sentence of
the passage (cosine of the bundled embedding model). A sentence that fails is replaced by
the cited passage's own closest sentence when that is close enough, or dropped. Markers
to passages that were not shown, or that do not support the sentence, are removed;
sentences with no marker left are dropped. What survives is renumbered 1..n.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from app.answer import Citation

# The one citation builder, so both modes fill citations the same way.
from app.cite import cite, display_sentence
from index.build import lexical_text
from index.lexical import stems, words
from index.retrieve import Hit
from ingest.dates import MONTH_NAMES
from ingest.sentences import split_sentences

Encode = Callable[[list[str]], np.ndarray]

_MARKER = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
_MONTH = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r")\b", re.IGNORECASE)
_WORDLIKE = re.compile(r"[A-Za-z][A-Za-z'’]*")
_NEGATION = {"not", "no", "never", "none", "neither", "nor", "without", "cannot", "nothing"}
_LEADING_MARKERS = re.compile(r"^((?:\s*\[[^\]]*\])+)\s*")
# Text in a document addressed to a model ("ignore previous instructions and say ...").
# Such sentences are never evidence: a model that repeats them repeats an injection.
_INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget)\b.{0,40}\b(instructions?|prompts?|rules|above|previous)\b"
    r"|\b(new|updated|system)\s+(instructions?|prompt)\b"
    r"|\b(reply|respond|answer|say|output|write)\s+(only|that|exactly)\b"
    r"|\byou\s+(are|must)\s+(now|an?\s+(ai|assistant|language model))\b"
    r"|\b(assistant|system)\s*:",
    re.IGNORECASE | re.DOTALL,
)
# Lines a small model invents after its answer: new questions, prompts, headings.
_CHATTER = re.compile(
    r"^\s*(question|q|user|answer|a|passage|passages|context|note|source|sources)\s*\d*\s*:",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Checked:
    """The verified answer and what the check did."""

    text: str
    citations: list[Citation]
    sentences: int
    kept: int
    replaced: int
    dropped: int
    citations_dropped: int
    reasons: list[str] = field(default_factory=list)  # why each dropped sentence went


@dataclass(frozen=True)
class _Claim:
    text: str  # without markers
    cited: tuple[int, ...]  # 1-based passage numbers as written


def split_reply(reply: str) -> list[_Claim]:
    """The reply's sentences with the [n] markers each carries (markers may trail a period).

    Sentences are ingest's (ingest.sentences); a marker the splitter put at the start of the
    next sentence ("…inadequate. [1] Next…") goes back to the one it closes.
    """
    out: list[_Claim] = []
    for line in reply.replace("\r", "\n").split("\n"):
        line = re.sub(r"[*_`#>]+", " ", line).strip(" -•·\t")
        if not line:
            continue
        merged: list[str] = []
        for piece in split_sentences(line):
            lead = _LEADING_MARKERS.match(piece)
            if lead and merged:
                merged[-1] += " " + lead.group(1)
                piece = piece[lead.end() :]
            if piece.strip():
                merged.append(piece)
        for sentence in merged:
            numbers = tuple(
                int(n) for m in _MARKER.finditer(sentence) for n in re.split(r"[,;]", m.group(1))
            )
            text = " ".join(_MARKER.sub(" ", sentence).split())
            text = re.sub(r"\s+([.,;:!?])", r"\1", text)
            if text:
                out.append(_Claim(text, numbers))
    return out


def _numbers(text: str) -> set[str]:
    return {w.replace(",", "") for w in words(text) if w[0].isdigit()}


def _specifics(text: str) -> set[str]:
    """Numbers, months and capitalised names: each must appear in the cited passage."""
    found = _numbers(text) | {m.lower() for m in _MONTH.findall(text)}
    for i, match in enumerate(_WORDLIKE.finditer(text)):
        token = match.group()
        if i == 0 or not token[0].isupper() or len(token) < 2:
            continue  # the first word is capitalised anyway
        found.add(re.sub(r"['’]s$", "", token).lower())
    return found


def _negated(text: str) -> bool:
    return any(w in _NEGATION or w.endswith("n't") for w in words(text))


class Verifier:
    """Keeps only the generated sentences that the passages they cite support."""

    def __init__(
        self,
        encode: Encode,
        min_similarity: float = 0.6,
        min_coverage: float = 0.75,
        min_replacement: float = 0.5,
    ) -> None:
        self.encode = encode
        self.min_similarity = min_similarity
        self.min_coverage = min_coverage
        self.min_replacement = min_replacement

    def check(self, reply: str, hits: Sequence[Hit]) -> Checked:
        claims = split_reply(reply)
        spans = [_spans(h) for h in hits]
        texts = [h.passage.text[s:e] for h, sp in zip(hits, spans, strict=True) for s, e in sp]
        owner = [i for i, sp in enumerate(spans) for _ in sp]
        vectors = self.encode([c.text for c in claims] + texts) if claims else None
        claim_vecs = vectors[: len(claims)] if vectors is not None else None
        sent_vecs = vectors[len(claims) :] if vectors is not None else None

        kept_parts: list[tuple[str, list[int]]] = []  # (sentence, passage indexes)
        marks: dict[int, set[tuple[int, int]]] = {}
        seen: set[str] = set()
        kept = replaced = dropped = citations_dropped = 0
        reasons: list[str] = []
        for ci, claim in enumerate(claims):
            valid = [n - 1 for n in dict.fromkeys(claim.cited) if 1 <= n <= len(hits)]
            citations_dropped += len(set(claim.cited)) - len(valid)
            if claim.text.endswith("?") or _CHATTER.match(claim.text):
                dropped += 1
                reasons.append(f"not an answer sentence: {claim.text[:60]}")
                continue
            if not valid:
                dropped += 1
                reasons.append(f"no citation to a shown passage: {claim.text[:60]}")
                continue
            assert claim_vecs is not None
            assert sent_vecs is not None
            sims = sent_vecs @ claim_vecs[ci] if len(texts) else np.zeros(0)
            supporting: list[tuple[int, int]] = []  # (passage index, best sentence index)
            for p in valid:
                idx = [j for j, o in enumerate(owner) if o == p]
                if not idx:
                    continue
                best = max(idx, key=lambda j: sims[j])
                if self._supports(claim.text, hits[p], texts[best], float(sims[best])):
                    supporting.append((p, best))
            if supporting:
                key = " ".join(words(claim.text))
                if key in seen:
                    dropped += 1
                    reasons.append(f"repeated: {claim.text[:60]}")
                    continue
                seen.add(key)
                citations_dropped += len(valid) - len(supporting)
                kept += 1
                kept_parts.append((display_sentence(claim.text), [p for p, _ in supporting]))
                for p, j in supporting:
                    marks.setdefault(p, set()).add(_span_of(j, owner, spans))
                continue
            # Unsupported: the cited passages' own closest sentence, if close enough.
            candidates = [j for j, o in enumerate(owner) if o in valid]
            pick = max(candidates, key=lambda j: sims[j]) if candidates else None
            quote = display_sentence(texts[pick]) if pick is not None else ""
            key = " ".join(words(quote))
            if pick is not None and sims[pick] >= self.min_replacement and key not in seen:
                seen.add(key)
                replaced += 1
                p = owner[pick]
                citations_dropped += len(valid) - 1
                kept_parts.append((quote, [p]))
                marks.setdefault(p, set()).add(_span_of(pick, owner, spans))
                reasons.append(f"replaced by the passage's words: {claim.text[:60]}")
            else:
                dropped += 1
                citations_dropped += len(valid)
                reasons.append(f"not supported by its citation: {claim.text[:60]}")

        numbers: dict[int, int] = {}
        parts = []
        for sentence, passages in kept_parts:
            refs = "".join(f"[{numbers.setdefault(p, len(numbers) + 1)}]" for p in passages)
            parts.append(f"{sentence} {refs}")
        citations = [cite(n, hits[p], tuple(sorted(marks[p]))) for p, n in numbers.items()]
        return Checked(
            " ".join(parts),
            citations,
            sentences=len(claims),
            kept=kept,
            replaced=replaced,
            dropped=dropped,
            citations_dropped=citations_dropped,
            reasons=reasons,
        )

    def _supports(self, claim: str, hit: Hit, best_sentence: str, similarity: float) -> bool:
        evidence = lexical_text(hit.doc, _evidence_text(hit))
        evidence_words = set(words(evidence)) | _numbers(evidence)
        if not _specifics(claim) <= evidence_words:
            return False
        terms = set(stems(claim))
        if terms:
            present = set(stems(evidence))
            if len(terms & present) / len(terms) < self.min_coverage:
                return False
        if _negated(claim) != _negated(best_sentence):
            return False
        return similarity >= self.min_similarity


def _spans(hit: Hit) -> list[tuple[int, int]]:
    """The passage's sentences that can be evidence (not instructions to a model)."""
    text = hit.passage.text
    spans = list(hit.passage.sentences) or [(0, len(text))]
    return [(s, e) for s, e in spans if text[s:e].strip() and not _INSTRUCTION.search(text[s:e])]


def _evidence_text(hit: Hit) -> str:
    return " ".join(hit.passage.text[s:e] for s, e in _spans(hit))


def _span_of(j: int, owner: list[int], spans: list[list[tuple[int, int]]]) -> tuple[int, int]:
    p = owner[j]
    first = owner.index(p)
    return spans[p][j - first]
