"""Knowing the record: its timeline, register of recommendations and sentence voices,
scored against the hand-written expectation in eval/expected/<record>.json."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from eval.documents import document_scores
from eval.metrics import register_scores, timeline_scores, voice_accuracy


def labelled_sentences(retriever: Any) -> list[tuple[str, str, str]]:
    """(file name, sentence, voice) for every sentence of the index, in document order."""
    seen: dict[tuple[str, int], tuple[str, str, str]] = {}
    for p in retriever.passages:
        doc = retriever.docs[p.doc_id]
        for s, e, voice in retriever.voices(p):
            # passages may overlap: a sentence is labelled once, at its document offset
            seen.setdefault((doc.doc_id, p.start + s), (Path(doc.path).name, p.text[s:e], voice))
    return [seen[key] for key in sorted(seen, key=lambda k: (seen[k][0], k[1]))]


def _brief(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != "citations"}


def evaluate_record(retriever: Any, expected: dict[str, Any]) -> dict[str, Any]:
    """The record's timeline, register and voices against the hand-written expectation."""
    from app.record import recommendations, timeline

    t0 = time.perf_counter()
    events = [e.to_json() for e in timeline(retriever)]
    timeline_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    recs = [r.to_json() for r in recommendations(retriever)]
    register_ms = (time.perf_counter() - t0) * 1000
    documents = {
        Path(d.path).name: (d.meta.title, d.meta.published) for d in retriever.docs.values()
    }
    record = score_record(expected, events, recs, labelled_sentences(retriever), documents)
    record["timeline"]["ms"] = timeline_ms
    record["register"]["ms"] = register_ms
    return record


def score_record(
    expected: dict[str, Any],
    events: Sequence[dict[str, Any]],
    recs: Sequence[dict[str, Any]],
    labelled: Sequence[tuple[str, str, str]],
    documents: Mapping[str, tuple[str, str]] | None = None,
) -> dict[str, Any]:
    """Found events, register entries, sentence voices and (where `expected` lists them)
    documents' titles and dates scored against `expected`; `documents` maps each indexed
    file name to its (title, published)."""
    ts = timeline_scores(expected.get("timeline", []), events)
    rs = register_scores(expected.get("recommendations", []), recs)
    vs = voice_accuracy(expected.get("voices", []), labelled)
    scores: dict[str, Any] = {
        "timeline": {
            "expected": ts.expected,
            "found": ts.found,
            "found_expected": ts.found_expected,
            "wrong": len(ts.wrong),
            "recall": ts.recall,
            "precision": ts.precision,
            "missed": list(ts.missed),
            "wrong_events": [_brief(e) for e in ts.wrong],
        },
        "register": {
            "expected": rs.expected,
            "found": rs.found,
            "found_expected": rs.found_expected,
            "unlisted": len(rs.unlisted),
            "recall": rs.recall,
            "precision": rs.precision,
            "missed": list(rs.missed),
            "unlisted_entries": [_brief(r) for r in rs.unlisted],
        },
        "voices": {
            "expected": vs.expected,
            "located": vs.located,
            "correct": vs.correct,
            "accuracy": vs.accuracy,
            "by_voice": {v: {"correct": c, "labelled": n} for v, (c, n) in vs.by_voice.items()},
            "mismatches": list(vs.mismatches),
            "unlocated": list(vs.unlocated),
        },
    }
    if expected.get("documents"):
        ds = document_scores(expected["documents"], documents or {})
        scores["documents"] = {
            "expected": ds.expected,
            "titles_right": ds.titles_right,
            "dates_right": ds.dates_right,
            "missing": list(ds.missing),
            "wrong": list(ds.wrong),
        }
    return scores
