"""The BM25 index saved beside the index: read back, it ranks exactly as a fresh build, and
any change to the passages' texts builds (and saves) a new one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.lexical import LexicalIndex, stems

TEXTS = [
    "Ofsted judged Northfield's children's services inadequate in June 2022.",
    "The commissioner recommended a partnership with a neighbouring council.",
    "Caseloads fell to eighteen children per social worker after recruitment.",
    "Agency social workers made up a third of the frontline workforce.",
    "The improvement board met monthly; judgement of progress was focussed on practice.",
    "Foster carer recruitment improved, but placement stability remained fragile.",
]
QUERIES = [
    "When was Northfield judged inadequate?",
    "agency social workers",
    "What did the commissioner recommend?",
    "focused judgment",
    "bus timetable",
]


def _same(a: LexicalIndex, b: LexicalIndex) -> None:
    mask = np.array([i % 2 == 0 for i in range(len(TEXTS))])
    for query in QUERIES:
        q = stems(query)
        assert a.search(q, 3) == b.search(q, 3), query
        assert a.search(q, 3, mask=mask) == b.search(q, 3, mask=mask), query
        for stem in q:
            assert a.idf(stem) == b.idf(stem)
            assert a.known(stem) == b.known(stem)


def test_a_saved_index_ranks_as_a_fresh_one(tmp_path: Path):
    fresh = LexicalIndex(TEXTS)
    first = LexicalIndex.cached(tmp_path, TEXTS)
    [saved] = list(tmp_path.iterdir())
    again = LexicalIndex.cached(tmp_path, TEXTS)
    assert list(tmp_path.iterdir()) == [saved]
    _same(fresh, first)
    _same(fresh, again)


def test_changed_texts_replace_the_saved_index(tmp_path: Path):
    LexicalIndex.cached(tmp_path, TEXTS)
    [old] = list(tmp_path.iterdir())
    changed = [*TEXTS[:-1], "Placement stability improved."]
    index = LexicalIndex.cached(tmp_path, changed)
    [new] = list(tmp_path.iterdir())
    assert new != old
    query = stems("placement stability improved")
    assert index.search(query, 1) == LexicalIndex(changed).search(query, 1)


@pytest.mark.parametrize("damage", ["truncate", "delete"], ids=["truncated", "missing-array"])
def test_a_damaged_saved_index_is_rebuilt(tmp_path: Path, damage: str):
    LexicalIndex.cached(tmp_path, TEXTS)
    [saved] = list(tmp_path.iterdir())
    arrays = sorted(saved.glob("*.npy"))
    if damage == "truncate":
        arrays[0].write_bytes(b"")
    else:
        arrays[0].unlink()
    _same(LexicalIndex(TEXTS), LexicalIndex.cached(tmp_path, TEXTS))


def test_an_empty_record_and_an_unwritable_folder(tmp_path: Path):
    assert LexicalIndex.cached(tmp_path / "empty", []).search(["council"], 3) == []
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    _same(LexicalIndex(TEXTS), LexicalIndex.cached(blocker / "lexical", TEXTS))
