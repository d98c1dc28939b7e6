"""Words, stems and BM25: the lexical half of retrieval (bm25s + PyStemmer)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)


STOPWORDS_FILE = Path(__file__).with_name("stopwords.txt")
# NLTK's English list has 198 words; fewer means a truncated or replaced file.
STOPWORDS_EXPECTED = 198
# Words a question is phrased with that say nothing about the record.
_QUESTION_FILLERS = frozenset(
    {"would", "could", "also", "us", "tell", "please", "many", "much", "one"}
)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """NLTK's English stop words (our copy, index/stopwords.txt) plus question fillers."""
    try:
        lines = STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise RuntimeError(
            f"{STOPWORDS_FILE}: stop-word list missing ({exc.strerror or exc}); "
            "reinstall inspection-qa (pip install -e .) so its package data is present"
        ) from exc
    words = {w.strip() for w in lines if w.strip() and not w.startswith("#")}
    if len(words) != STOPWORDS_EXPECTED:
        raise RuntimeError(
            f"{STOPWORDS_FILE}: {len(words)} stop words, expected {STOPWORDS_EXPECTED}; "
            "restore the file from the repository"
        )
    return frozenset(words | _QUESTION_FILLERS)


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("english")


_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
    if i >= 2  # "one" is too often a pronoun ("the one who...") to mean 1
}
_HYPHENATED = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+\b")
# A thing named by a capital letter after a capitalised word ("Child T", "Option C",
# "Appendix B"): the letter alone is dropped as too short to mean anything, which left
# "the review into the death of Child T" asking only about "child". The pair counts as one
# word too ("childt"), as specific as the name is. "I" is a pronoun ("Then I said").
# Measured on the thirteen eval records (session 52): dev briefing coverage +0.2 (the Child T
# review's findings), nothing lost on the dev halves; test facts +1, cited +2.
_LETTERED = re.compile(r"\b([A-Z][a-z]+) ([A-HJ-Z])\b(?![\w-])")


def words(text: str) -> list[str]:
    """Lower-cased words and numbers; possessive 's dropped; "six" read as "6".

    A hyphenated compound also counts as one word ("front-line" → front, line, frontline),
    so it meets the same compound written solid.
    """
    lowered = text.lower()
    out = []
    for match in _WORD.finditer(lowered):
        word = re.sub(r"['’]s$", "", match.group()).replace("’", "'")
        out.append(_NUMBER_WORDS.get(word, word))
    out.extend(m.group().replace("-", "") for m in _HYPHENATED.finditer(lowered))
    out.extend(f"{m[1]}{m[2]}".lower() for m in _LETTERED.finditer(text))
    return out


_DOUBLED = re.compile(r"([a-z])\1+")


def number_value(word: str) -> str | None:
    """'six' → '6', '6' → '6', 'a' → '1'; None for a word that is not a number."""
    word = word.lower()
    if word.replace(".", "", 1).isdigit():
        return word
    if word in ("a", "an"):
        return "1"
    return _NUMBER_WORDS.get(word)


def stems(text: str) -> list[str]:
    """Content stems of `text`: stop words removed, the rest stemmed.

    Doubled letters are folded after stemming so British and American spellings meet
    ("focussed"/"focused", "travelled"/"traveled"); both sides of a match are folded alike.
    """
    stop = stopwords()
    kept = [w for w in words(text) if w not in stop and (len(w) > 1 or w.isdigit())]
    return [_fold(s) for s in _stemmer().stemWords(kept)]


def _fold(stem: str) -> str:
    """Meet spelling variants and derived nouns the Snowball stemmer leaves apart:
    doubled letters (focussed/focused), -ement/-ment (judgement/judged), -ship
    (partnership/partnered)."""
    stem = _DOUBLED.sub(r"\1", stem)
    for suffix in ("ement", "ment", "ship"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
            return stem[: -len(suffix)]
    return stem


class LexicalIndex:
    """BM25 over passage texts, with document frequencies for weighting query terms."""

    def __init__(self, texts: Sequence[str]) -> None:
        import bm25s

        self.size = len(texts)
        tokenized = [stems(t) for t in texts]
        self._df: Counter[str] = Counter()
        for tokens in tokenized:
            self._df.update(set(tokens))
        self._bm25 = bm25s.BM25()
        if self.size:
            self._bm25.index(tokenized, show_progress=False)

    def save(self, directory: Path) -> None:
        """Write the index for `load`: bm25s's arrays and vocabulary, the term counts."""
        import json

        directory.mkdir(parents=True, exist_ok=True)
        if self.size:
            self._bm25.save(str(directory), show_progress=False)
        (directory / "terms.json").write_text(
            json.dumps({"size": self.size, "df": self._df}), encoding="utf-8"
        )

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        """An index written by `save` (arrays memory-mapped)."""
        import json

        import bm25s

        terms = json.loads((directory / "terms.json").read_text(encoding="utf-8"))
        index = cls.__new__(cls)
        index.size = int(terms["size"])
        index._df = Counter(terms["df"])
        index._bm25 = (
            bm25s.BM25.load(str(directory), mmap=True, show_progress=False)
            if index.size
            else bm25s.BM25()
        )
        return index

    @classmethod
    def cached(cls, directory: Path, texts: Sequence[str]) -> LexicalIndex:
        """The index of `texts`, read from `directory` when it was saved there for the same
        texts and the same stemming code, else built and saved for next time.

        Stemming is most of the cost: about 1.5 ms a passage here, so 50k passages took over
        a minute at every start before this.
        """
        import hashlib
        import os
        import shutil

        digest = hashlib.sha256(Path(__file__).read_bytes())
        for text in texts:
            digest.update(text.encode("utf-8", "surrogatepass") + b"\x00")
        key = digest.hexdigest()[:32]
        saved = directory / key
        if (saved / "terms.json").is_file():
            try:
                return cls.load(saved)
            except Exception:  # damaged or half-removed: rebuild below
                shutil.rmtree(saved, ignore_errors=True)
        index = cls(texts)
        try:
            tmp = directory / f".tmp-{os.getpid()}-{key}"
            shutil.rmtree(tmp, ignore_errors=True)
            index.save(tmp)
            try:
                os.rename(tmp, saved)  # atomic; another process may have won the race
            except OSError:
                shutil.rmtree(tmp, ignore_errors=True)
            for old in directory.iterdir():  # one saved index per index directory
                if old.name != key and not old.name.startswith(".tmp-"):
                    shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass  # a read-only index: this process keeps the index it built
        return index

    def idf(self, stem: str) -> float:
        """Smoothed inverse document frequency; a stem the record never uses weighs most."""
        df = self._df.get(stem, 0)
        return math.log(1 + (self.size + 1) / (df + 0.5))

    def known(self, stem: str) -> bool:
        return stem in self._df

    def search(
        self, query_stems: Sequence[str], k: int, mask: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """(passage index, BM25 score) for the best `k` passages with a positive score;
        with `mask`, only among the passages it marks."""
        if not self.size or not query_stems:
            return []
        if mask is not None:
            scores = np.where(mask, self._bm25.get_scores(list(query_stems)), 0.0)
            best = np.argsort(-scores, kind="stable")[:k]
            return [(int(i), float(scores[i])) for i in best if scores[i] > 0]
        docs, scores = self._bm25.retrieve(
            [list(query_stems)], k=min(k, self.size), show_progress=False
        )
        return [(int(d), float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
