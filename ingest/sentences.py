"""Sentences: the one splitter for passages at ingest, model replies to verify, and answers
to score. NLTK's Punkt, trained on English news, with the abbreviations of council papers."""

from __future__ import annotations

import re
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
            for row_start, row_stop in _rows(text, pos + start, pos + stop):
                spans.append((row_start + offset, row_stop + offset))
        pos = end
    return spans


# A table's row is a line with cells ("ref: 2.2 | action: … | owner: …", "Children in care
# | 298 | 305"). A spreadsheet's or a CSV's rows seldom end in a full stop, and Punkt had
# read a whole 3,000-character table as one sentence: quoted whole, and cut by the chunker
# mid-row ("owner: Detective" | "Superintendent Carl Emery…"), a hold-out record of
# session 38.
_ROW = re.compile(r"\S[ \t]+\|[ \t]+\S")


def _rows(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The span `start`-`stop` cut at each line end beside a table's row (each row its own
    sentence, white space trimmed); the span itself when it holds no row."""
    if "\n" not in text[start:stop] or not _ROW.search(text, start, stop):
        return [(start, stop)]
    pieces: list[tuple[int, int]] = []
    lines = text[start:stop].split("\n")
    at = start
    begin = start
    for i, line in enumerate(lines[:-1]):
        at += len(line) + 1  # just past this line's end
        if _ROW.search(line) or _ROW.search(lines[i + 1]):
            pieces.append((begin, at - 1))
            begin = at
    pieces.append((begin, stop))
    trimmed = []
    for a, b in pieces:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


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
