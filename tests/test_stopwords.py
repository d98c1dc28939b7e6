"""Our own stop-word list: it loads, holds NLTK's English list whole, and its absence is an
error rather than a silently shorter list."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from index import lexical


def test_stop_words_load_with_the_expected_size():
    words = lexical.stopwords()
    listed = words - lexical._QUESTION_FILLERS
    assert len(listed) == lexical.STOPWORDS_EXPECTED == 198
    assert {"the", "of", "and", "which", "should", "mustn't"} <= words
    assert {"would", "tell", "please"} <= words  # question fillers on top
    assert not {"ofsted", "council", "inadequate", "children"} & words


def test_stop_words_ship_as_package_data():
    assert lexical.STOPWORDS_FILE.parent == Path(lexical.__file__).parent
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text()
    assert 'index = ["stopwords.txt"]' in pyproject


def test_stop_words_match_the_list_llama_index_ships():
    """The copy is the list the code read before (NLTK's, inside llama-index-core)."""
    spec = importlib.util.find_spec("llama_index.core")
    roots = list(spec.submodule_search_locations or []) if spec else []
    found = [
        Path(r) / "_static" / "nltk_cache" / "corpora" / "stopwords" / "english" for r in roots
    ]
    found = [p for p in found if p.is_file()]
    if not found:
        pytest.skip("llama-index-core no longer ships NLTK's stop words to compare with")
    theirs = set(found[0].read_text(encoding="utf-8").split())
    assert lexical.stopwords() - lexical._QUESTION_FILLERS == theirs


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "stop-word list missing"), ("# header only\nthe\nof\n", "2 stop words, expected")],
    ids=["missing", "truncated"],
)
def test_a_missing_or_short_list_is_a_loud_error(tmp_path, monkeypatch, content, message):
    path = tmp_path / "stopwords.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(lexical, "STOPWORDS_FILE", path)
    lexical.stopwords.cache_clear()
    try:
        with pytest.raises(RuntimeError, match=message):
            lexical.stopwords()
    finally:
        monkeypatch.undo()
        lexical.stopwords.cache_clear()
    assert len(lexical.stopwords()) > lexical.STOPWORDS_EXPECTED
