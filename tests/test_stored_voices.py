"""Voices are worked out once, at ingest, and stored with the passages: the registry holds
each sentence's voice, an index written before that is brought up to date when opened (and
answers exactly as a fresh one), `check --repair` restores them, and nothing on the
question path runs the voice rules."""

from __future__ import annotations

import ast
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from index.build import ingest_paths
from index.maintain import check
from index.store import IndexStore
from ingest.voice import VOICES, passage_sentence_voices

REPO = Path(__file__).resolve().parents[1]

# A quote that opens in one passage and runs on into the next: its voice comes from the
# passage before, so voices must be worked out per document, not per passage.
RUN_ON = (
    "Inspectors returned to the service in May.\n\n"
    "The chief inspector said: \u201cLeaders have not acted quickly enough on our findings. "
    + "Too many children still wait weeks for a first visit from a social worker. "
    * 6
    + "\n\n\u201cSupervision is irregular and plans are not reviewed."
    " Managers do not know the quality of practice.\u201d\n\n"
    "Council leader Jo Harker said the authority accepted every recommendation.\n"
)


def _registry_voices(index_dir: Path) -> dict[str, list[str] | None]:
    with sqlite3.connect(index_dir / "registry.sqlite3") as db:
        rows = db.execute("SELECT passage_id, voices FROM passages").fetchall()
    return {pid: json.loads(v) if v is not None else None for pid, v in rows}


def _rule_voices(store: IndexStore) -> dict[str, tuple]:
    """The voices the rules give each passage, worked out afresh per document."""
    out: dict[str, tuple] = {}
    for doc in store.documents():
        out.update(passage_sentence_voices(doc, store.passages(doc.doc_id)))
    return out


@pytest.fixture
def run_on_index(tmp_path, make_components):
    folder = tmp_path / "record"
    folder.mkdir()
    (folder / "courier-inspection.txt").write_text(RUN_ON, encoding="utf-8")
    components = make_components(tmp_path / "index")
    report = ingest_paths(components.store, components.embedder, [folder], progress=False)
    assert not report.failed
    return components


def test_registry_holds_each_sentences_voice_after_ingest(run_on_index):
    store = run_on_index.store
    stored = _registry_voices(store.index_dir)
    passages = store.passages()
    assert len(passages) >= 2, "the record should span several passages"
    for p in passages:
        names = stored[p.passage_id]
        assert names is not None
        assert len(names) == len(p.sentences or ((0, len(p.text)),))
        assert set(names) <= set(VOICES)
    assert {p.passage_id: p.voices for p in passages} == _rule_voices(store)
    # The second passage opens inside the quote: Ofsted's only by what the first one said.
    second = passages[1]
    assert second.text.startswith("Too many children")
    assert second.voices[0][2] == "ofsted"
    assert "inspector" not in second.text.lower()

def _null_voices(db: sqlite3.Connection) -> None:
    db.execute("UPDATE passages SET voices = NULL")


def _drop_voices(db: sqlite3.Connection) -> None:
    """The registry as an earlier version wrote it: no voices column, no index on it."""
    db.execute("DROP INDEX passages_voiceless")
    db.execute("ALTER TABLE passages DROP COLUMN voices")


def _answers(assistant, questions) -> list[tuple]:
    out = []
    for q in questions:
        answer = assistant.ask(q.question)
        out.append(
            (
                answer.text,
                answer.refused,
                [
                    (c.doc_id, c.start, c.end, c.highlights, c.voice, c.attribution)
                    for c in answer.citations
                ],
            )
        )
    return out


@pytest.mark.parametrize("age", [_drop_voices, _null_voices], ids=["no-column", "nulled"])
def test_an_index_without_voices_is_migrated_on_open_and_answers_the_same(
    age, sample_components, eval_questions, make_components, tmp_path, capfd
):
    old = tmp_path / "old-index"
    shutil.copytree(sample_components.store.index_dir, old)
    with sqlite3.connect(old / "registry.sqlite3") as db:
        age(db)
    questions = [q for q in eval_questions if q.kind in ("voice", "fact")][:12]
    expected = _answers(sample_components.assistant, questions)
    capfd.readouterr()

    migrated = make_components(old)
    store = migrated.store
    said = capfd.readouterr().err
    assert "worked out who speaks in each sentence of" in said
    assert store.voices_restored == len(store.documents())
    assert None not in _registry_voices(old).values()
    fresh = {p.passage_id: p.voices for p in sample_components.store.passages()}
    assert {p.passage_id: p.voices for p in store.passages()} == fresh
    assert _answers(migrated.assistant, questions) == expected

    again = IndexStore(old)  # once: a second open finds nothing to do and says nothing
    assert again.voices_restored == 0
    assert "worked out" not in capfd.readouterr().err
    again.close()


def test_check_repair_restores_missing_voices(run_on_index):
    store = run_on_index.store
    before = {p.passage_id: p.voices for p in store.passages()}
    with sqlite3.connect(store.index_dir / "registry.sqlite3") as db:
        _null_voices(db)
    report = check(store)
    assert not report.consistent
    assert report.missing_voices == [d.doc_id for d in store.documents()]
    repaired = check(store, run_on_index.embedder, repair=True)
    assert repaired.repaired
    after = check(store)
    assert after.consistent, after
    assert {p.passage_id: p.voices for p in store.passages()} == before


def test_passages_without_voices_are_refused_by_the_store(run_on_index):
    from dataclasses import replace

    import numpy as np

    store = run_on_index.store
    doc = store.documents()[0]
    bare = [replace(p, voices=()) for p in store.passages(doc.doc_id)]
    with pytest.raises(ValueError, match="without voices"):
        store.put_document(doc, bare, np.zeros((len(bare), 384), dtype=np.float32))


# The question path: what runs between a question and its answer.
QUESTION_PATH = sorted(
    [
        REPO / "index" / "retrieve.py",
        REPO / "index" / "lexical.py",
        REPO / "index" / "embeddings.py",
    ]
    + list((REPO / "app").rglob("*.py"))
)
# The rules that work out who speaks in each sentence (ingest/voice.py): ingest's work.
VOICE_RULES = {"passage_sentence_voices", "sentence_voices", "with_voices", "attributed_voice"}


@pytest.mark.parametrize("path", QUESTION_PATH, ids=lambda p: str(p.relative_to(REPO)))
def test_question_path_does_not_use_the_voice_rules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.alias):
            used.add(node.name.rsplit(".", 1)[-1])
        elif isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Attribute):
            used.add(node.attr)
    assert not used & VOICE_RULES, f"{path.name} works out voices at question time"


def test_voices_worked_out_by_older_rules_are_worked_out_again_once(run_on_index, capfd):
    """An index whose voices an earlier version's rules gave (its stamp says so) has them
    worked out again by this version's when opened: an upgrade's better attributions reach
    an index without re-ingesting it; the next open has nothing to do."""
    from ingest.voice import RULES

    store = run_on_index.store
    index_dir = store.index_dir
    right = {p.passage_id: p.voices for p in store.passages()}
    store.close()
    with sqlite3.connect(index_dir / "registry.sqlite3") as db:
        rows = db.execute("SELECT passage_id, voices FROM passages").fetchall()
        db.executemany(
            "UPDATE passages SET voices = ? WHERE passage_id = ?",
            [(json.dumps(["council"] * len(json.loads(v))), pid) for pid, v in rows],
        )
        db.execute("UPDATE index_meta SET value = 'older rules' WHERE key = 'voice_rules'")
    capfd.readouterr()

    reopened = IndexStore(index_dir)
    assert "worked out again who speaks" in capfd.readouterr().err
    assert {p.passage_id: p.voices for p in reopened.passages()} == right
    reopened.close()
    with sqlite3.connect(index_dir / "registry.sqlite3") as db:
        stamp = db.execute("SELECT value FROM index_meta WHERE key = 'voice_rules'").fetchone()
    assert stamp == (RULES,)
    again = IndexStore(index_dir)
    assert again.voices_restored == 0
    assert "worked out" not in capfd.readouterr().err
    again.close()
