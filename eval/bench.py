"""`inspection-qa bench`: ingest, query, cold-start and memory figures at several record sizes.

For each size a synthetic council-report record is generated deterministically from a seed
(plain .txt files of 20–40 paragraphs and a sources.csv, in a temporary folder), with the
texts of the sample record (../shared/corpus/herefordshire) mixed in when that folder exists.
Each measurement that needs a clean process runs in one:

* ingest worker — `index.build.ingest_paths` into a fresh index (embedded Chroma), then the
  same call again (unchanged re-ingest), its peak RSS; then `Embedder.encode` alone over the
  same passage texts (the raw encoder throughput the ingest is compared with); then the
  anchor: stock llama-index `VectorStoreIndex` (default settings, in-memory) over the same
  passages as TextNodes carrying the vectors the same model just produced,
  `HuggingFaceEmbedding` on the same bundled model for queries, `similarity_top_k=5`;
* serve worker — builds the Assistant over the index, times `ask` and `Retriever.search`
  (k=5) over the question list (warm), reports its peak RSS and the context per answer;
* cold start — `inspection-qa --index DIR ask "question"`, process start to answer printed.

Workers run as `python -m eval.bench worker-ingest|worker-serve OUT ARGS...` and write their
figures to OUT (JSON). The load average before and after each size is kept in the JSON:
figures taken while other work shares the CPUs are slower and noisier.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.metrics import percentile

REPO = Path(__file__).resolve().parent.parent
SAMPLE_RECORD = (REPO / ".." / "shared" / "corpus" / "herefordshire").resolve()
DEFAULT_SIZES = (1000, 10000, 50000)
QUICK_SIZES = (1000,)
TOP_K = 5
ENCODER_SAMPLE = 5_000  # passages the raw encoder is timed on, at most

# --------------------------------------------------------------------------------------
# Synthetic record
# --------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_PREFIXES = _words(
    "Ash Brad Cal Dun Elm Fen Glen Hart Kings Lang Mar Nor Oak Pen Ravens Stan Thorn "
    "Wal West Whit Wood Yar Brock Cold Hol Ather Bex Car Dray Hales Ken Mel Rother Sel "
    "Tam Ux"
)
_SUFFIXES = _words(
    "bury ford ham ley mere stow wick field ton borough combe dale worth minster holt "
    "chester by thorpe well bridge"
)
_FIRST = _words(
    "Alison Andrew Bethan Carol David Eleanor Fiona Gareth Helen Ian Joanna Karen Liam "
    "Margaret Nadia Owen Priya Rachel Simon Tariq Una Victoria William Yasmin Zoe Colin "
    "Deborah Euan Gillian Hamid Imogen Jasper Kelly Martin Niamh Patrick Rosalind "
    "Sunita Trevor Wendy"
)
_SURNAMES = _words(
    "Adeyemi Barker Brazil Campbell Davies Edwards Fletcher Gallagher Hughes Iqbal "
    "Jenkins Khan Lloyd Morgan Nash O'Neill Patel Quinn Roberts Singh Thomas Underwood "
    "Vaughan Walsh Young Ashworth Bellamy Chowdhury Doyle Ellison Forsyth Greaves "
    "Hartley Kowalski Lindqvist Mensah Ndlovu Okafor Pemberton Rahman Sutcliffe "
    "Thornbury Whitfield"
)
_ROLES = (
    "director of children's services",
    "lead member for children and families",
    "chief executive",
    "principal social worker",
    "head of safeguarding",
    "independent chair of the improvement board",
    "assistant director for corporate parenting",
    "cabinet member for young people",
    "leader of the council",
    "service manager for the front door",
)
_BODIES = (
    "Ofsted",
    "the Department for Education",
    "the children's commissioner",
    "the Care Quality Commission",
    "HM Inspectorate of Probation",
    "the local safeguarding children partnership",
    "the Local Government Association",
    "the regional adoption agency",
    "the improvement board",
    "the independent reviewing service",
)
_COMMITTEES = (
    "children and young people scrutiny committee",
    "cabinet",
    "corporate parenting board",
    "audit and governance committee",
    "health and wellbeing board",
    "full council",
    "schools forum",
    "improvement board",
)
_TOPICS: dict[str, tuple[str, ...]] = {
    "children in need": (
        "assessments of need",
        "child in need plans",
        "statutory visits",
        "step-down to early help",
    ),
    "child protection": (
        "strategy meetings",
        "section 47 enquiries",
        "initial child protection conferences",
        "core group meetings",
    ),
    "care leavers": (
        "pathway plans",
        "contact with personal advisers",
        "suitable accommodation",
        "staying put arrangements",
    ),
    "children in care": (
        "placement stability",
        "permanence planning",
        "reviews by independent reviewing officers",
        "initial health assessments",
    ),
    "fostering": (
        "recruitment of foster carers",
        "connected persons assessments",
        "kinship care support",
        "the fostering panel",
    ),
    "adoption": (
        "matching of children with adopters",
        "early permanence placements",
        "adoption support plans",
        "life story work",
    ),
    "the front door": (
        "the multi-agency safeguarding hub",
        "contacts and referrals",
        "threshold decisions",
        "parental consent",
    ),
    "early help": (
        "family hubs",
        "family support workers",
        "early help assessments",
        "parenting programmes",
    ),
    "special educational needs": (
        "education, health and care plans",
        "annual reviews",
        "tribunal appeals",
        "specialist school placements",
    ),
    "exploitation": (
        "child criminal exploitation",
        "county lines",
        "missing episodes",
        "return home interviews",
    ),
    "the workforce": (
        "agency social workers",
        "caseloads",
        "vacancy rates",
        "newly qualified social workers",
        "supervision",
    ),
    "leadership": (
        "management oversight",
        "quality assurance",
        "performance information",
        "case file audits",
    ),
    "disabled children": (
        "short breaks",
        "direct payments",
        "transition to adult services",
        "the children with disabilities team",
    ),
    "youth justice": (
        "out-of-court disposals",
        "remand decisions",
        "reoffending rates",
        "the youth offending service",
    ),
    "education": (
        "children missing education",
        "elective home education",
        "the virtual school",
        "personal education plans",
    ),
}
_JUDGEMENTS = ("inadequate", "requires improvement to be good", "good", "outstanding")
_ADJ = (
    "inconsistent",
    "weak",
    "variable",
    "improving",
    "strong",
    "poor",
    "effective",
    "timely",
    "delayed",
    "insufficient",
    "robust",
    "patchy",
    "superficial",
    "thorough",
    "fragile",
    "sustained",
)
_CONSEQUENCES = (
    "children experience drift and delay",
    "risks are not always identified quickly enough",
    "some families wait too long for help",
    "plans are not reviewed when circumstances change",
    "the voice of the child is not always heard",
    "managers cannot be sure that practice is improving",
    "too many children move placement",
    "young people do not know who their worker is",
    "partners lack confidence in the council's decisions",
)
_RECOMMENDATIONS = (
    "strengthen management oversight of {phrase}",
    "reduce reliance on agency staff and stabilise the workforce",
    "improve the quality and timeliness of {phrase}",
    "ensure that {phrase} are reviewed by a senior manager",
    "develop a sufficiency strategy for {topic}",
    "resolve historic complaints about {topic}",
    "explore a long-term partnership with a neighbouring authority",
    "publish a revised improvement plan for {topic} within three months",
    "make sure that the views of children shape {phrase}",
    "commission an independent review of {phrase}",
)
_RESPONSES = (
    "accepted",
    "welcomed",
    "acknowledged",
    "disputed parts of",
    "was disappointed by",
    "recognised",
)
_ACTIONS = (
    "appointed an interim head of service",
    "recruited {n} permanent social workers",
    "set aside £{m}m for the improvement plan",
    "commissioned an external audit of {phrase}",
    "created a new team for {topic}",
    "brought in practice leaders from a partner council",
    "reduced average caseloads to {n}",
)
_NEWSPAPERS = (
    "Gazette",
    "Courier",
    "Echo",
    "Herald",
    "Chronicle",
    "Advertiser",
    "Observer",
    "Mercury",
)
_MONTHS = _words(
    "January February March April May June July August September October November December"
)
_PLACE_A = _words("Lower Upper Great Little North South East West Old New St")
_PLACE_B = _words(
    "Brockwell Aldhelm Catterick Dunmore Fairholme Greystone Hazelwood Inkpen Juniper "
    "Kettleby Larkfield Moorcroft Netherby Orchardleigh Pilsdon Quarrendon Rushmere "
    "Saltash Tidworth Uffington Vernham Wexcombe Yarnfield"
)

_SENTENCES = (
    "Inspectors from {body} found that {phrase} in {topic} were {adj} and judged the service "
    "{judgement}.",
    "In {month} {year} the {committee} heard that {n} children were waiting for {phrase}.",
    "{person}, the {role}, said the council {response} the findings and had {action}.",
    "The report recommends that the council should {recommendation}.",
    "At the monitoring visit on {date}, inspectors noted {adj} progress in {topic}, "
    "particularly in {phrase}.",
    "Spending on {topic} rose from £{m}m in {year} to £{m2}m in {year2}.",
    "{pct}% of {phrase} were completed within {days} working days, against a target of {pct2}%.",
    "{body_cap} issued a statutory direction on {date} requiring the council to {recommendation}.",
    "Members of the {committee} asked why {phrase} had become {adj} since the inspection in "
    "{year}.",
    "{council} was judged {judgement} overall in {year}, with {topic} judged {judgement2}.",
    "According to the report, {phrase} remain {adj} and {consequence}.",
    "Families in {place} told inspectors that {phrase} were {adj}.",
    "The number of children subject to {phrase} fell from {n} to {n2} between {year} and {year2}.",
    "{person} told the {committee} on {date} that {phrase} would be audited every {days} weeks.",
    "Where {phrase} are {adj}, {consequence}.",
    "The {newspaper} reported that {council} had {action}.",
    "Recommendation {n3}: the council should {recommendation}.",
    "Senior leaders have an {adj} understanding of {topic}, but {consequence}.",
    "An improvement notice was issued in {month} {year} after {body} raised concerns about "
    "{phrase}.",
    "The {role} left the authority in {month} {year2}, the {ordinal} change of leadership in "
    "{n3} years.",
)
_ORDINALS = _words("second third fourth fifth sixth")
_KINDS = ("report", "letter", "minutes", "news", "commissioner")


def councils() -> list[str]:
    return [p + s for p in _PREFIXES for s in _SUFFIXES]


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
        return f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {year}"

    def _fill(self, rng: random.Random, template: str, ctx: dict[str, Any]) -> str:
        topic = rng.choice(ctx["topics"])
        phrase = rng.choice(_TOPICS[topic])
        year = rng.randint(2012, 2025)
        values: dict[str, Any] = {
            "body": rng.choice(_BODIES),
            "topic": topic,
            "phrase": phrase,
            "adj": rng.choice(_ADJ),
            "judgement": rng.choice(_JUDGEMENTS),
            "judgement2": rng.choice(_JUDGEMENTS),
            "month": rng.choice(_MONTHS),
            "year": year,
            "year2": min(2025, year + rng.randint(1, 4)),
            "committee": rng.choice(_COMMITTEES),
            "n": rng.randint(3, 480),
            "n2": rng.randint(3, 480),
            "n3": rng.randint(2, 12),
            "person": rng.choice(ctx["people"]),
            "role": rng.choice(_ROLES),
            "response": rng.choice(_RESPONSES),
            "date": self._date(rng, year),
            "m": round(rng.uniform(0.4, 40), 1),
            "m2": round(rng.uniform(0.4, 60), 1),
            "pct": rng.randint(12, 99),
            "pct2": rng.randint(60, 100),
            "days": rng.choice((5, 10, 15, 20, 45, 6, 12)),
            "consequence": rng.choice(_CONSEQUENCES),
            "council": ctx["council"],
            "place": f"{rng.choice(_PLACE_A)} {rng.choice(_PLACE_B)}",
            "newspaper": ctx["newspaper"],
            "ordinal": rng.choice(_ORDINALS),
        }
        values["body_cap"] = values["body"][0].upper() + values["body"][1:]
        values["recommendation"] = rng.choice(_RECOMMENDATIONS).format(**values)
        values["action"] = rng.choice(_ACTIONS).format(**values)
        sentence = template.format(**values)
        return sentence[0].upper() + sentence[1:]

    def _paragraph(self, rng: random.Random, ctx: dict[str, Any], limit: int) -> str:
        """2–4 sentences, 130 to `limit` characters: one paragraph, one passage."""
        target = rng.randint(180, limit)
        sentences: list[str] = []
        length = 0
        for _ in range(12):
            s = self._fill(rng, rng.choice(_SENTENCES), ctx)
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
        people = [f"{rng.choice(_FIRST)} {rng.choice(_SURNAMES)}" for _ in range(4)]
        topics = rng.sample(sorted(_TOPICS), k=rng.randint(3, 6))
        newspaper = f"{council} {rng.choice(_NEWSPAPERS)}"
        year = rng.randint(2012, 2025)
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        kind = rng.choice(_KINDS)
        if kind == "report":
            title = f"Ofsted inspection of {council} local authority children's services"
            publisher = "Ofsted"
        elif kind == "letter":
            title = f"Monitoring visit to {council} children's services: {topics[0]}"
            publisher = "Ofsted"
        elif kind == "minutes":
            title = f"{council} Council {rng.choice(_COMMITTEES)} minutes"
            publisher = f"{council} Council"
        elif kind == "news":
            title = f"{council} children's services: {rng.choice(_ADJ)} progress on {topics[0]}"
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
            topic = rng.choice(sorted(_TOPICS))
            out.append(
                rng.choice(templates).format(
                    council=rng.choice(known),
                    judgement=rng.choice(_JUDGEMENTS),
                    phrase=rng.choice(_TOPICS[topic]),
                    topic=topic,
                    role=rng.choice(_ROLES),
                    adj=rng.choice(_ADJ),
                    committee=rng.choice(_COMMITTEES),
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


# --------------------------------------------------------------------------------------
# Workers (each in a fresh process)
# --------------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident set size (VmHWM), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _components(index_dir: Path) -> Any:
    from app.settings import Settings
    from app.wiring import Components

    return Components(Settings(index=index_dir))


def _warm_ingest_imports() -> None:
    """Load what ingest loads once per process (llama-index's Chroma writer, the Punkt
    sentence splitter), so ingest time, like the raw encoder's, is work per passage."""
    import llama_index.vector_stores.chroma  # noqa: F401

    from ingest.chunking import chunk_document
    from ingest.models import DocMeta, Document

    text = "Warm-up. The council met on 2 May 2024. Inspectors visited twice."
    chunk_document(Document("warm-up", "warm-up.txt", "", DocMeta("Warm-up"), text))


def worker_ingest(record: Path, index_dir: Path, questions_file: Path) -> dict[str, Any]:
    """Ingest, unchanged re-ingest, peak RSS so far; then the raw encoder over the same
    passage texts; then the stock llama-index baseline over those vectors."""
    from index.build import ingest_paths

    t0 = time.perf_counter()
    components = _components(index_dir)
    embedder = components.embedder
    embedder.encode(["warm-up passage about an inspection"] * 8)
    store = components.store
    store.vector_count()  # open the embedded Chroma before the clock starts
    _warm_ingest_imports()  # one-time imports stay off the clock, as for the encoder
    setup_s = time.perf_counter() - t0

    t0, c0 = time.perf_counter(), time.process_time()
    report = ingest_paths(store, embedder, [record], progress=False)
    ingest_s, ingest_cpu_s = time.perf_counter() - t0, time.process_time() - c0
    failed = [f.message for f in report.files if f.status == "failed"] + report.problems
    statuses = {s: report.count(s) for s in ("added", "duplicate", "failed", "skipped")}

    t0 = time.perf_counter()
    again = ingest_paths(store, embedder, [record], progress=False)
    reingest_s = time.perf_counter() - t0
    ingest_rss = peak_rss_mb()

    passages = store.passages()
    # index.build.embedding_text: the passage alone. Above ENCODER_SAMPLE passages the
    # encoder is timed on an evenly spaced sample (its rate is per passage; encoding all
    # 50k again would add most of an hour on two busy cores).
    step = max(1, -(-len(passages) // ENCODER_SAMPLE))
    texts = [p.text for p in passages[::step]]
    t0, c0 = time.perf_counter(), time.process_time()
    vectors = embedder.encode(texts)
    encoder_s, encoder_cpu_s = time.perf_counter() - t0, time.process_time() - c0
    if step > 1:  # the baseline needs every passage's vector: the ones ingest stored
        vectors = _stored_vectors(store, [p.passage_id for p in passages])

    result = {
        "passages": len(passages),
        "documents": len(store.documents()),
        "vectors": store.vector_count(),
        "setup_s": setup_s,
        "ingest_s": ingest_s,
        "reingest_s": reingest_s,
        "reingest_unchanged": again.count("unchanged"),
        "encoder_s": encoder_s,
        "encoder_passages": len(texts),
        "ingest_cpu_s": ingest_cpu_s,
        "encoder_cpu_s": encoder_cpu_s,
        "ingest_rss_mb": ingest_rss,
        "statuses": statuses,
        "failed": failed[:10],
        "encoder_backend": type(embedder).__name__,
    }
    del embedder, components
    result.update(baseline(passages, vectors, _read_questions(questions_file)))
    return result


def _stored_vectors(store: Any, ids: list[str], chunk: int = 5000) -> Any:
    import numpy as np

    out = []
    for start in range(0, len(ids), chunk):
        got = store.get_vectors(ids[start : start + chunk])
        out += [got[i] for i in ids[start : start + chunk]]
    return np.vstack(out)


def _read_questions(path: Path) -> list[str]:
    return [q for q in path.read_text(encoding="utf-8").splitlines() if q.strip()]


def worker_serve(index_dir: Path, questions_file: Path) -> dict[str, Any]:
    questions = _read_questions(questions_file)
    t0 = time.perf_counter()
    components = _components(index_dir)
    assistant = components.assistant
    retriever = components.retriever
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for warm in ("warm-up question about the record", questions[0], questions[-1]):
        assistant.ask(warm)
        retriever.search(warm, k=TOP_K)
    warm_s = time.perf_counter() - t0

    ask_ms: list[float] = []
    context: list[int] = []
    refused = 0
    for q in questions:
        t0 = time.perf_counter()
        answer = assistant.ask(q)
        ask_ms.append((time.perf_counter() - t0) * 1000)
        context.append(sum(len(c.text) for c in answer.citations))
        refused += bool(answer.refused)
    search_ms: list[float] = []
    for q in questions:
        t0 = time.perf_counter()
        retriever.search(q, k=TOP_K)
        search_ms.append((time.perf_counter() - t0) * 1000)
    return {
        "serve_build_s": build_s,
        "serve_warmup_s": warm_s,
        "ask_ms": ask_ms,
        "search_ms": search_ms,
        "context_chars": context,
        "refused": refused,
        "serve_rss_mb": peak_rss_mb(),
    }


def baseline(passages: Sequence[Any], vectors: Any, questions: Sequence[str]) -> dict[str, Any]:
    """Stock llama-index over the same passages: VectorStoreIndex defaults (in-memory
    SimpleVectorStore), HuggingFaceEmbedding on the bundled model, similarity_top_k=5.
    The passages are TextNodes carrying the vectors the same model just produced (so the
    record is not embedded twice); queries are embedded by HuggingFaceEmbedding."""
    from llama_index.core import VectorStoreIndex
    from llama_index.core.schema import TextNode
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    from index.embeddings import bundled_model_path, force_offline

    force_offline()
    t0 = time.perf_counter()
    embed = HuggingFaceEmbedding(model_name=str(bundled_model_path()), device="cpu")
    nodes = [
        TextNode(id_=p.passage_id, text=p.text, embedding=v.tolist())
        for p, v in zip(passages, vectors, strict=True)
    ]
    index = VectorStoreIndex(nodes, embed_model=embed)
    retriever = index.as_retriever(similarity_top_k=TOP_K)
    build_s = time.perf_counter() - t0
    for warm in ("warm-up question about the record", questions[0], questions[-1]):
        retriever.retrieve(warm)
    search_ms: list[float] = []
    context: list[int] = []
    for q in questions:
        t0 = time.perf_counter()
        found = retriever.retrieve(q)
        search_ms.append((time.perf_counter() - t0) * 1000)
        context.append(sum(len(n.node.get_content()) for n in found))
    return {
        "baseline_build_s": build_s,
        "baseline_search_ms": search_ms,
        "baseline_context_chars": context,
    }


def _worker_main(argv: Sequence[str]) -> int:
    kind, out, *rest = argv
    paths = [Path(a) for a in rest]
    if kind == "worker-ingest":
        result = worker_ingest(*paths)
    elif kind == "worker-serve":
        result = worker_serve(*paths)
    else:
        raise SystemExit(f"unknown worker {kind}")
    Path(out).write_text(json.dumps(result))
    return 0


# --------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------


def _env() -> dict[str, str]:
    from index.embeddings import OFFLINE_ENV

    env = dict(os.environ)
    env.update(OFFLINE_ENV)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    return env


def _run_worker(kind: str, out: Path, *args: Path, log: Any) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "eval.bench", kind, str(out), *map(str, args)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, env=_env(), capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0 or not out.is_file():
        raise RuntimeError(f"{kind} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(out.read_text())
    result[f"{kind.removeprefix('worker-')}_process_s"] = wall
    log(f"  {kind}: {wall:.1f}s")
    return result


def _cli() -> list[str]:
    exe = Path(sys.executable).parent / "inspection-qa"
    return [str(exe)] if exe.is_file() else [sys.executable, "-m", "app.cli"]


def cold_start(index_dir: Path, question: str) -> dict[str, float]:
    """Wall time of `inspection-qa --index DIR ask QUESTION` from process start to the
    answer's first line on stdout, and to exit."""
    cmd = [*_cli(), "--index", str(index_dir), "ask", question]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=REPO, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    answered = time.perf_counter() - t0
    rest, err = proc.communicate()
    exited = time.perf_counter() - t0
    if proc.returncode != 0 or not first.strip():
        raise RuntimeError(f"cold start failed ({proc.returncode}): {err.decode()[-2000:]}")
    return {"cold_start_s": answered, "cold_start_exit_s": exited}


def bench_size(
    target: int, seed: int, questions: list[str], sample: Path | None, log: Any
) -> dict[str, Any]:
    t_size = time.perf_counter()
    load_start = list(os.getloadavg())
    with tempfile.TemporaryDirectory(prefix=f"iqa-bench-{target}-") as tmp_name:
        tmp = Path(tmp_name)
        record, index_dir = tmp / "record", tmp / "index"
        t0 = time.perf_counter()
        gen = write_record(record, target, seed, sample)
        log(
            f"[{target}] record: {gen['synthetic_files']} synthetic + {gen['sample_files']} "
            f"sample files, {gen['record_bytes'] / 1e6:.1f} MB ({time.perf_counter() - t0:.1f}s)"
        )
        qfile = tmp / "questions.txt"
        qfile.write_text("\n".join(questions) + "\n", encoding="utf-8")
        ing = _run_worker("worker-ingest", tmp / "ingest.json", record, index_dir, qfile, log=log)
        base = ing
        if ing["failed"]:
            log(f"  ingest problems: {ing['failed']}")
        srv = _run_worker("worker-serve", tmp / "serve.json", index_dir, qfile, log=log)
        cold = cold_start(index_dir, questions[0])
        log(f"  cold start: {cold['cold_start_s']:.1f}s")

    n = ing["passages"]
    ingest_rate = n / ing["ingest_s"]
    encoder_rate = ing["encoder_passages"] / ing["encoder_s"]
    row: dict[str, Any] = {
        "passages": n,
        "ingest_passages_per_s": ingest_rate,
        "encoder_passages_per_s": encoder_rate,
        "ingest_vs_encoder": ingest_rate / encoder_rate,
        "reingest_fraction": ing["reingest_s"] / ing["ingest_s"],
        "ask_p50_ms": percentile(srv["ask_ms"], 50),
        "ask_p95_ms": percentile(srv["ask_ms"], 95),
        "search_p50_ms": percentile(srv["search_ms"], 50),
        "search_p95_ms": percentile(srv["search_ms"], 95),
        "baseline_search_p50_ms": percentile(base["baseline_search_ms"], 50),
        "baseline_search_p95_ms": percentile(base["baseline_search_ms"], 95),
        "cold_start_s": cold["cold_start_s"],
        "ingest_rss_mb": ing["ingest_rss_mb"],
        "serve_rss_mb": srv["serve_rss_mb"],
        "context_chars": sum(srv["context_chars"]) / len(srv["context_chars"]),
        # extras
        "target_passages": target,
        "documents": ing["documents"],
        "questions": len(questions),
        "refused": srv["refused"],
        "ingest_s": ing["ingest_s"],
        "reingest_s": ing["reingest_s"],
        "encoder_s": ing["encoder_s"],
        "ingest_cpu_s": ing["ingest_cpu_s"],
        "encoder_cpu_s": ing["encoder_cpu_s"],
        # CPU seconds per passage, ingest over encoder: less sensitive to other load
        "ingest_vs_encoder_cpu": (ing["encoder_cpu_s"] / ing["encoder_passages"])
        / (ing["ingest_cpu_s"] / n),
        "encoder_passages": ing["encoder_passages"],
        "ingest_setup_s": ing["setup_s"],
        "serve_build_s": srv["serve_build_s"],
        "baseline_build_s": base["baseline_build_s"],
        "baseline_context_chars": sum(base["baseline_context_chars"])
        / len(base["baseline_context_chars"]),
        "loadavg_start": load_start,
        "loadavg_end": list(os.getloadavg()),
        "cold_start_exit_s": cold["cold_start_exit_s"],
        "ask_max_ms": max(srv["ask_ms"]),
        "search_max_ms": max(srv["search_ms"]),
        "encoder_backend": ing["encoder_backend"],
        "record": gen,
        "statuses": ing["statuses"],
        "bench_wall_s": time.perf_counter() - t_size,
    }
    return row


def machine() -> dict[str, Any]:
    def version(dist: str) -> str | None:
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            return None

    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_mb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_mb = int(line.split()[1]) // 1024
    except OSError:
        pass
    commit, dirty = None, None
    try:  # which code was measured: other work may be changing it
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = bool(
            subprocess.run(
                ["git", "status", "--porcelain", "--", "ingest", "index", "app"],
                cwd=REPO,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
        )
    except (OSError, subprocess.CalledProcessError):
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "cpu_count": os.cpu_count(),
        "cpu_usable": usable,
        "cpu_model": model,
        "memory_mb": mem_mb,
        "python": platform.python_version(),
        "torch": version("torch"),
        "onnxruntime": version("onnxruntime"),
        "sentence_transformers": version("sentence-transformers"),
        "chromadb": version("chromadb"),
        "llama_index_core": version("llama-index-core"),
        "bm25s": version("bm25s"),
        "platform": platform.platform(),
        "commit": commit,
        "code_dirty": dirty,
        # other people's work shares these CPUs: the load before and after the run
        "loadavg_start": list(os.getloadavg()),
    }


_TABLE = [
    ("passages", "passages", "{:.0f}"),
    ("ingest passages/s", "ingest_passages_per_s", "{:.1f}"),
    ("encoder passages/s", "encoder_passages_per_s", "{:.1f}"),
    ("ingest / encoder", "ingest_vs_encoder", "{:.2f}"),
    ("ingest / encoder (CPU s)", "ingest_vs_encoder_cpu", "{:.2f}"),
    ("re-ingest / ingest", "reingest_fraction", "{:.3f}"),
    ("ask p50 ms", "ask_p50_ms", "{:.1f}"),
    ("ask p95 ms", "ask_p95_ms", "{:.1f}"),
    ("search p50 ms", "search_p50_ms", "{:.1f}"),
    ("search p95 ms", "search_p95_ms", "{:.1f}"),
    ("baseline search p50 ms", "baseline_search_p50_ms", "{:.1f}"),
    ("baseline search p95 ms", "baseline_search_p95_ms", "{:.1f}"),
    ("cold start s", "cold_start_s", "{:.2f}"),
    ("ingest RSS MB", "ingest_rss_mb", "{:.0f}"),
    ("serve RSS MB", "serve_rss_mb", "{:.0f}"),
    ("context chars / answer", "context_chars", "{:.0f}"),
    ("baseline context chars", "baseline_context_chars", "{:.0f}"),
    ("ingest s", "ingest_s", "{:.1f}"),
    ("re-ingest s", "reingest_s", "{:.2f}"),
    ("encoder s", "encoder_s", "{:.1f}"),
    ("serve build s", "serve_build_s", "{:.2f}"),
    ("size wall s", "bench_wall_s", "{:.0f}"),
]


def table(rows: Sequence[dict[str, Any]]) -> str:
    width = 14
    lines = [f"{'metric':<26}" + "".join(f"{r['target_passages']:>{width},}" for r in rows)]
    for label, key, fmt in _TABLE:
        lines.append(
            f"{label:<26}"
            + "".join(
                f"{fmt.format(r[key]) if r.get(key) is not None else 'n/a':>{width}}" for r in rows
            )
        )
    return "\n".join(lines)


def parse_sizes(text: str) -> list[int]:
    sizes = sorted({int(s.replace("_", "").strip()) for s in text.split(",") if s.strip()})
    if not sizes or sizes[0] <= 0:
        raise ValueError(f"bad --sizes {text!r}")
    return sizes


def main(args: argparse.Namespace) -> int:
    if args.quick:
        sizes = list(QUICK_SIZES)
    else:
        sizes = parse_sizes(args.sizes) if args.sizes else list(DEFAULT_SIZES)
    seed = getattr(args, "seed", 1)
    sample = SAMPLE_RECORD if SAMPLE_RECORD.is_dir() else None

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    log(f"bench: sizes {sizes}, seed {seed}, sample record {sample or 'absent'}")
    questions = RecordGenerator(seed).questions()
    result: dict[str, Any] = {"machine": machine(), "seed": seed, "sizes": []}
    t0 = time.perf_counter()
    for size in sizes:
        row = bench_size(size, seed, questions, sample, log)
        result["sizes"].append(row)
        log(f"[{size}] done in {row['bench_wall_s']:.0f}s")
        if args.json:  # written after every size, so a long run leaves partial figures
            Path(args.json).write_text(json.dumps(result, indent=2))
    result["total_s"] = time.perf_counter() - t0
    result["machine"]["loadavg_end"] = list(os.getloadavg())
    m = result["machine"]
    print(
        f"{m['cpu_model']} · {m['cpu_usable']} CPUs · Python {m['python']} · torch {m['torch']}"
        f" · {len(questions)} questions · seed {seed} · {result['total_s']:.0f}s"
    )
    print(table(result["sizes"]))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1].startswith("worker-"):
        sys.exit(_worker_main(sys.argv[1:]))
    from eval.cli import add_bench_arguments

    parser = argparse.ArgumentParser(prog="python -m eval.bench")
    add_bench_arguments(parser)
    sys.exit(main(parser.parse_args()))
