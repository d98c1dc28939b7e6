"""Sentences: the one splitter for passages at ingest, model replies to verify, and answers
to score. NLTK's Punkt, trained on English news, with the abbreviations of council papers."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# Abbreviations Punkt's English model lacks: "Coun./Cllr. Smith", "para. 4", "Nos. 3 and 4",
# "Sir."/"Rev." (none of the last three occurs in either sample record, so adding them
# left every passage as it was).
ABBREVIATIONS = frozenset({"coun", "cllr", "cllrs", "no", "nos", "para", "paras", "sir", "rev"})
# Punkt is fed at most this much at once: NLTK stops its sentence-end regex after 5 s, and
# one huge paragraph (a 5 MB line) took longer than that on a busy machine.
PUNKT_WINDOW = 20_000


@lru_cache(maxsize=1)
def _punkt():  # type: ignore[no-untyped-def]
    """NLTK's Punkt sentence splitter, from the data llama-index-core ships (no download)."""
    import llama_index.core
    import nltk
    from nltk.tokenize.punkt import PunktTokenizer

    cache = Path(llama_index.core.__file__).parent / "_static" / "nltk_cache"
    if str(cache) not in nltk.data.path:
        nltk.data.path.insert(0, str(cache))
    tokenizer = PunktTokenizer("english")
    tokenizer._params.abbrev_types.update(ABBREVIATIONS)
    return tokenizer


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence (start, end) spans of `text`, shifted by `offset`."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        end = _window_end(text, pos)
        for start, stop in _punkt().span_tokenize(text[pos:end]):
            spans.append((pos + start + offset, pos + stop + offset))
        pos = end
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, in order (white space between them dropped)."""
    return [text[start:end] for start, end in sentence_spans(text)]


def _window_end(text: str, pos: int) -> int:
    """End of the next window: after a sentence end near its close, else after a space."""
    end = pos + PUNKT_WINDOW
    if end >= len(text):
        return len(text)
    window = text[pos:end]
    cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
    if cut > PUNKT_WINDOW // 2:
        return pos + cut + 2
    cut = window.rfind(" ")
    return pos + cut + 1 if cut > 0 else end
