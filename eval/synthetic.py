"""A synthetic council-report record of any size, for the bench (eval/bench.py).

Plain .txt files of 20–40 paragraphs (one passage each) and a sources.csv, generated
deterministically from a seed, with the texts of a real record mixed in when one is given.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path
from typing import Any

from eval import vocabulary


def councils() -> list[str]:
    return [p + s for p in vocabulary.PREFIXES for s in vocabulary.SUFFIXES]


class RecordGenerator:
    """Council-report-like documents, each one determined by (seed, file number) alone, so
    a smaller record is a prefix of a larger one and the questions fit every size."""

    def __init__(self, seed: int = 1) -> None:
        self.seed = seed
        self.councils = councils()

    def _rng(self, i: int) -> random.Random:
        return random.Random(self.seed * 1_000_003 + i)

    def council_of(self, i: int) -> str:
        return self._rng(i).choice(self.councils)

    def _date(self, rng: random.Random, year: int) -> str:
        return f"{rng.randint(1, 28)} {rng.choice(vocabulary.MONTHS)} {year}"

    def _fill(self, rng: random.Random, template: str, ctx: dict[str, Any]) -> str:
        topic = rng.choice(ctx["topics"])
        phrase = rng.choice(vocabulary.TOPICS[topic])
        year = rng.randint(2012, 2025)
        values: dict[str, Any] = {
            "body": rng.choice(vocabulary.BODIES),
            "topic": topic,
            "phrase": phrase,
            "adj": rng.choice(vocabulary.ADJ),
            "judgement": rng.choice(vocabulary.JUDGEMENTS),
            "judgement2": rng.choice(vocabulary.JUDGEMENTS),
            "month": rng.choice(vocabulary.MONTHS),
            "year": year,
            "year2": min(2025, year + rng.randint(1, 4)),
            "committee": rng.choice(vocabulary.COMMITTEES),
            "n": rng.randint(3, 480),
            "n2": rng.randint(3, 480),
            "n3": rng.randint(2, 12),
            "person": rng.choice(ctx["people"]),
            "role": rng.choice(vocabulary.ROLES),
            "response": rng.choice(vocabulary.RESPONSES),
            "date": self._date(rng, year),
            "m": round(rng.uniform(0.4, 40), 1),
            "m2": round(rng.uniform(0.4, 60), 1),
            "pct": rng.randint(12, 99),
            "pct2": rng.randint(60, 100),
            "days": rng.choice((5, 10, 15, 20, 45, 6, 12)),
            "consequence": rng.choice(vocabulary.CONSEQUENCES),
            "council": ctx["council"],
            "place": f"{rng.choice(vocabulary.PLACE_A)} {rng.choice(vocabulary.PLACE_B)}",
            "newspaper": ctx["newspaper"],
            "ordinal": rng.choice(vocabulary.ORDINALS),
        }
        values["body_cap"] = values["body"][0].upper() + values["body"][1:]
        values["recommendation"] = rng.choice(vocabulary.RECOMMENDATIONS).format(**values)
        values["action"] = rng.choice(vocabulary.ACTIONS).format(**values)
        sentence = template.format(**values)
        return sentence[0].upper() + sentence[1:]

    def _paragraph(self, rng: random.Random, ctx: dict[str, Any], limit: int) -> str:
        """2–4 sentences, 130 to `limit` characters: one paragraph, one passage."""
        target = rng.randint(180, limit)
        sentences: list[str] = []
        length = 0
        for _ in range(12):
            s = self._fill(rng, rng.choice(vocabulary.SENTENCES), ctx)
            if length + len(s) + 1 > limit:
                continue
            sentences.append(s)
            length += len(s) + 1
            if length >= target:
                break
        return " ".join(sentences)

    def document(self, i: int) -> tuple[str, dict[str, str], str]:
        """(file name, manifest row, text) of document `i`."""
        rng = self._rng(i)
        council = rng.choice(self.councils)
        people = [
            f"{rng.choice(vocabulary.FIRST)} {rng.choice(vocabulary.SURNAMES)}" for _ in range(4)
        ]
        topics = rng.sample(sorted(vocabulary.TOPICS), k=rng.randint(3, 6))
        newspaper = f"{council} {rng.choice(vocabulary.NEWSPAPERS)}"
        year = rng.randint(2012, 2025)
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        kind = rng.choice(vocabulary.KINDS)
        if kind == "report":
            title = f"Ofsted inspection of {council} local authority children's services"
            publisher = "Ofsted"
        elif kind == "letter":
            title = f"Monitoring visit to {council} children's services: {topics[0]}"
            publisher = "Ofsted"
        elif kind == "minutes":
            title = f"{council} Council {rng.choice(vocabulary.COMMITTEES)} minutes"
            publisher = f"{council} Council"
        elif kind == "news":
            adjective = rng.choice(vocabulary.ADJ)
            title = f"{council} children's services: {adjective} progress on {topics[0]}"
            publisher = newspaper
        else:
            title = f"Children's commissioner's report on {council} children's services"
            publisher = "Department for Education"
        ctx = {"council": council, "people": people, "topics": topics, "newspaper": newspaper}
        paragraphs = [self._paragraph(rng, ctx, 300)]  # the title joins the first one
        paragraphs += [self._paragraph(rng, ctx, 470) for _ in range(rng.randint(19, 39))]
        name = f"{published}-{re.sub(r'[^a-z0-9]+', '-', council.lower())}-{kind}-{i:05d}.txt"
        row = {
            "file": name,
            "title": title,
            "publisher": publisher,
            "kind": kind,
            "published": published,
            "about": f"{topics[0]} in {council}",
        }
        return name, row, title + "\n\n" + "\n\n".join(paragraphs) + "\n"

    def questions(self, n: int = 50) -> list[str]:
        """A fixed list of questions in the record's vocabulary (some it cannot answer)."""
        rng = random.Random(self.seed * 7_919 + 17)
        known = [self.council_of(i) for i in range(25)]  # in every size's record
        templates = (
            "When did Ofsted judge {council}'s children's services {judgement}?",
            "What did inspectors say about {phrase} in {council}?",
            "Who was the {role} at {council}?",
            "How many children were waiting for {phrase}?",
            "What did the commissioner recommend about {topic}?",
            "How much did {council} spend on {topic}?",
            "Why had {phrase} become {adj} since the last inspection?",
            "What progress did the monitoring visit find in {topic}?",
            "What did the {committee} hear about {phrase}?",
            "Was a statutory direction issued to {council}?",
        )
        out: list[str] = []
        for _ in range(n - 8):
            topic = rng.choice(sorted(vocabulary.TOPICS))
            out.append(
                rng.choice(templates).format(
                    council=rng.choice(known),
                    judgement=rng.choice(vocabulary.JUDGEMENTS),
                    phrase=rng.choice(vocabulary.TOPICS[topic]),
                    topic=topic,
                    role=rng.choice(vocabulary.ROLES),
                    adj=rng.choice(vocabulary.ADJ),
                    committee=rng.choice(vocabulary.COMMITTEES),
                )
            )
        out += [  # the sample record's own subject, and questions no record answers
            "What did the commissioner say about Herefordshire in December 2023?",
            "How many social worker vacancies did Herefordshire have?",
            "When did Ofsted rate Herefordshire inadequate?",
            "What share of frontline social workers were agency staff?",
            "What is the bus timetable for route 42 on Sundays?",
            "Who won the football league in 1987?",
            "How much did the council spend on road resurfacing in 2031?",
            "What is the recipe for Bakewell tart?",
        ]
        return out


def _sample_passage_count(folder: Path) -> int:
    """Passages the sample record will add (the real loader and chunker)."""
    from ingest.chunking import chunk_document
    from ingest.loaders import LoadError, load_file
    from ingest.models import DocMeta, Document

    count = 0
    for path in sorted(folder.glob("*.txt")):
        try:
            loaded = load_file(path)
        except LoadError:
            continue
        doc = Document(path.stem, str(path), "", DocMeta(path.stem), loaded.text)
        count += len(chunk_document(doc))
    return count


def write_record(folder: Path, passages: int, seed: int, sample: Path | None) -> dict[str, Any]:
    """Write about `passages` passages of synthetic documents (plus the sample record's
    texts, read from where they are) into `folder` with a sources.csv."""
    folder.mkdir(parents=True, exist_ok=True)
    gen = RecordGenerator(seed)
    rows: list[dict[str, str]] = []
    sample_passages = 0
    sample_files = 0
    if sample is not None and sample.is_dir():
        sample_passages = _sample_passage_count(sample)
        manifest = sample / "sources.csv"
        sample_rows = {}
        if manifest.is_file():
            with manifest.open(encoding="utf-8", newline="") as fh:
                sample_rows = {r["file"]: r for r in csv.DictReader(fh)}
        for path in sorted(sample.glob("*.txt")):
            (folder / path.name).write_bytes(path.read_bytes())  # a temp copy, never the repo
            sample_files += 1
            if path.name in sample_rows:
                rows.append(sample_rows[path.name])
    expected = sample_passages
    i = 0
    while expected < passages:
        name, row, text = gen.document(i)
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(row)
        expected += text.count("\n\n")  # one passage a paragraph (the title joins the first)
        i += 1
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(
            fh, fieldnames=["file", "title", "publisher", "kind", "published", "about"]
        )
        writer.writeheader()
        writer.writerows(rows)
    return {
        "synthetic_files": i,
        "sample_files": sample_files,
        "expected_passages": expected,
        "record_bytes": sum(p.stat().st_size for p in folder.iterdir()),
    }
