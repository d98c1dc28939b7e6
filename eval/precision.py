"""Answer precision: the share of an answer's quoted sentences a careful reader would keep.

The judgements are data, written by hand (eval/labels/<record>.jsonl, see its README):
one line per labelled sentence, `{"id", "sentence", "keep", "why"}`. A sentence the labels
do not hold is counted as unlabelled, never guessed, so a change that quotes new sentences
shows up as unlabelled ones to judge rather than as a silent rise or fall.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.jsonl import read_jsonl
from eval.metrics import normalise
from eval.split import half_of

LABELS_DIR = Path(__file__).resolve().parent / "labels"

# "sentence [1] another sentence [2]": each marker closes one quoted sentence; several
# markers in a row ("[1][2]", "[1], [2]") close the same one, and the separator of a list
# ("item [1]; item [2]") goes with the marker.
_MARKERS = re.compile(r"\s*(?:\[\d+\][\s,;]*)+")

_POINT = re.compile(r"^- ")

Labels = Mapping[tuple[str, str], bool]  # label_key(question id, sentence) -> keep


def sentence_digest(sentence: str) -> str:
    """A sentence's fingerprint: SHA-1 of its normalised text. Labels of the sample record
    keep this instead of the sentence, so its texts stay in ../shared, not in the repo."""
    import hashlib

    return hashlib.sha1(normalise(sentence).encode("utf-8")).hexdigest()


def label_key(question_id: str, sentence: str) -> tuple[str, str]:
    return question_id, sentence_digest(sentence)


def quoted_sentences(answer: str) -> list[str]:
    """The quoted sentences of an answer, without markers and framing notes, in order.

    Text after the last marker is not a quoted sentence (no citation closes it).
    """
    from app.answer import quoted_part

    pieces = _MARKERS.split(quoted_part(answer))
    # A briefing's heading and group lines stand on lines of their own before a point
    # ("- sentence [1]"): each piece's last line is what the marker closes.
    lines = [p.strip().splitlines()[-1] if p.strip() else "" for p in pieces[:-1]]
    return [s for line in lines if (s := _POINT.sub("", line).strip())]


def load_labels(path: Path) -> dict[tuple[str, str], bool]:
    """Hand labels from a .jsonl file, keyed by `label_key`; a line gives its sentence as
    text (`sentence`) or as `sentence_sha1` (`sentence_digest` of it)."""
    labels: dict[tuple[str, str], bool] = {}

    def label(obj: dict[str, Any]) -> None:
        key = (obj["id"], obj.get("sentence_sha1") or sentence_digest(obj["sentence"]))
        keep = obj["keep"]
        if not isinstance(keep, bool):
            raise ValueError("keep must be true or false")
        if labels.get(key, keep) != keep:
            raise ValueError("labelled both ways")
        labels[key] = keep

    read_jsonl(path, label, "a label")
    return labels


def labels_for(corpus: Path) -> Path:
    return LABELS_DIR / f"{corpus.resolve().name}.jsonl"


@dataclass(frozen=True)
class Judged:
    kept: int
    dropped: int
    unlabelled: int

    @property
    def labelled(self) -> int:
        return self.kept + self.dropped


def judge_answer(question_id: str, answer: str, labels: Labels) -> Judged:
    """How many of one answer's quoted sentences the labels keep, drop or do not hold."""
    kept = dropped = unlabelled = 0
    for sentence in quoted_sentences(answer):
        keep = labels.get(label_key(question_id, sentence))
        if keep is None:
            unlabelled += 1
        elif keep:
            kept += 1
        else:
            dropped += 1
    return Judged(kept, dropped, unlabelled)


@dataclass(frozen=True)
class Precision:
    kept: int
    labelled: int
    unlabelled: int

    @property
    def precision(self) -> float | None:
        return self.kept / self.labelled if self.labelled else None


def answer_precision(judged: Iterable[Judged]) -> Precision:
    """Kept over labelled quoted sentences, summed over answers, and how many were unlabelled."""
    items = list(judged)
    return Precision(
        kept=sum(j.kept for j in items),
        labelled=sum(j.labelled for j in items),
        unlabelled=sum(j.unlabelled for j in items),
    )


def unlabelled_sentences(
    rows: Sequence[Mapping[str, object]], labels: Labels, half: str = "test"
) -> list[dict[str, object]]:
    """A worksheet for labelling: each unlabelled quoted sentence of the half's answers,
    with `keep` left empty (null) for a person to fill in."""
    out: list[dict[str, object]] = []
    for row in rows:
        qid = str(row["id"])
        if row.get("refused") or (half != "all" and half_of(qid) != half):
            continue
        for sentence in quoted_sentences(str(row.get("answer", ""))):
            if label_key(qid, sentence) not in labels:
                out.append({"id": qid, "sentence": sentence, "keep": None, "why": ""})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m eval.precision FIGURES.json [--half test]`: print the labelling worksheet."""
    import argparse

    p = argparse.ArgumentParser(prog="python -m eval.precision", description=main.__doc__)
    p.add_argument("figures", help="the file `inspection-qa eval --json` wrote")
    p.add_argument("--half", choices=("dev", "test", "all"), default="test")
    args = p.parse_args(argv)
    figures = json.loads(Path(args.figures).read_text(encoding="utf-8"))
    path = labels_for(Path(figures["corpus"]))
    labels = load_labels(path) if path.is_file() else {}
    for item in unlabelled_sentences(figures["ours"]["rows"], labels, args.half):
        print(json.dumps(item, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
