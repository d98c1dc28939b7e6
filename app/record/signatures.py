"""Who signed or wrote a document: its sign-off block or its byline, read from the document.

"Who signed the improvement notice?", "who signed the letter on behalf of the Care Quality
Commission?", "who wrote the Echo's article about the mother?" are answered by lines no
passage ranks for: a letter's closing names ("Yours sincerely | Martin Ashgrove | Deputy
Director, …"), often cut between two passages, or a joint letter's table of signatories
("Ofsted | Care Quality Commission" over "Yvette Stanhope Regional Director … | Marion
Achebe Deputy Chief Inspector …"), and a story's byline ("By Kirsty Malone, Local
Democracy Reporter"). The document is the one the question's words find first; its block
is read line by line, each name with the lines under it (or, in a table, its column's
heading), and the signatory "on behalf of" a body is the one whose lines name it (or the
long form of the abbreviation the document defines for it). Measured on the three hold-out
records' dev questions, session 41: greyhaven g27, hollinsby h49 (signatories) and
greyhaven g109 (byline) had been refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.answer import REFUSAL, Answer, Citation
from app.cite import cite, display_sentence
from app.question import Question
from app.slots import PERSON, people
from app.wording import defined_abbreviations
from index.lexical import stems
from index.retrieve import Hit
from ingest.models import Document
from ingest.webpage import BYLINE

if TYPE_CHECKING:
    from index.retrieve import Retriever

# A letter's or a direction's sign-off, above the name of whoever signed it
SIGN_OFF = re.compile(
    r"^\W*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind\s+|best\s+)?regards|signed\b)",
    re.IGNORECASE,
)
# "who signed …", "who wrote the article …", "who was the author of the report …": the
# document's own signatories or writer (not "who wrote to the minister?", nor "who signed
# off the budget?")
_ASKS_SIGNER = re.compile(
    r"^\W*(?:and\s+)?(?:who|which\s+\w+(?:\s+\w+)?)\s+(?:(?:had\s+|has\s+)?(?P<verb>signed|signs|"
    r"wrote|writes|authored)(?!\s+(?:to|off|up)\b)|(?:was|is|were)\s+(?:the\s+)?"
    r"(?P<noun>author|authors|signatory|signatories|writer)\s+of)\b",
    re.IGNORECASE,
)
# what is signed or written is a document ("the letter", "the 2022 JTAI letter", "it")
_DOCUMENT = re.compile(
    r"\b(?:letter|report|notice|direction|article|story|piece|review|statement|release|"
    r"blog|post|column|document|plan|minutes|briefing|note|it|this|that)\b",
    re.IGNORECASE,
)
# (not "for": "who signed the plan for 2024?" names no body)
_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?P<body>.+?)\s*[?.!]*$", re.IGNORECASE)
# the block ends at its copy list, an annex, or a line of running prose
_BLOCK_ENDS = re.compile(
    r"^\W*(?:cc\b|copy\s+to\b|copies\s+to\b|annex|appendix|published|date\b|page\s+\d)",
    re.IGNORECASE,
)
_COURTESY = re.compile(r"^\W*(?:yours|kind|best|regards)", re.IGNORECASE)
_COPY_LIST = re.compile(r"\s*\b(?:cc|copy to|copies to)\s*:", re.IGNORECASE)
BLOCK_LINES = 12  # a signature block is a few names and titles; more is the document going on
PROSE_WORDS = 20  # a line this long is prose, not a name or a title
# A byline opens a story: within its first lines, "By <Name>[, <job>]" (ingest's BYLINE)
BYLINE_LINES = 8


@dataclass(frozen=True)
class Signatory:
    name: str
    lines: tuple[str, ...]  # the name's own line(s) and the titles under it, as written
    about: frozenset[str]  # stems of the titles and the column heading, what it signed for
    start: int  # document offsets of what is quoted
    end: int


def asks_signer(asked: Question) -> str | None:
    """ "signed" or "wrote" when the question asks who signed or wrote a document."""
    m = _ASKS_SIGNER.match(asked.text)
    if m is None or asked.slot != PERSON or not _DOCUMENT.search(asked.text[m.end() :]):
        return None
    said = (m.group("verb") or m.group("noun") or "").lower()
    return "signed" if said.startswith("sign") else "wrote"


def answer_signer(asked: Question, retriever: Retriever) -> Answer | None:
    """The signatory (or writer) of the document the question names, quoted and cited from
    the document's own block or byline; None when the question is not one, or the first
    document its words find has no block, or none of it names the body asked of."""
    verb = asks_signer(asked)
    if verb is None:
        return None
    hits = retriever.search(asked.search, k=1, scope=asked.scope)
    if not hits:
        return None
    doc = hits[0].doc
    # every year, figure or name the question gives is the document's ("the 2022 JTAI
    # letter"): a question about another document is not answered by this one's
    held = f"{doc.meta.title} {doc.meta.publisher} {doc.meta.published} {doc.text}".lower()
    if any(s.lower() not in held for s in asked.specifics):
        return None
    signers = signatories(doc.text)
    if verb == "wrote" or not signers:
        by = byline(doc.text)
        signers = [by] if by is not None else signers
    if not signers:
        return None
    body = _BEHALF.search(asked.text)
    everyone = signers
    if body is not None:
        asked_of = body.group("body")
        wanted = _named_so(asked_of, doc)
        short = set(_CAPITALS.findall(asked_of))
        signers = [
            s
            for s in signers
            if any(w <= s.about for w in wanted) or short & {_acronym(line) for line in s.lines}
        ]
        if not signers:
            # the document's signatories sign for other bodies: the record does not say who
            # signed for this one (the block is the closest material)
            return _refused(asked, retriever, doc, everyone)
    citations: list[Citation] = []
    lines = []
    for s in signers:
        hit = _hit_at(retriever, doc, s.start)
        if hit is None:
            continue
        n = len(citations) + 1
        start = max(s.start, hit.passage.start) - hit.passage.start
        end = min(s.end, hit.passage.end) - hit.passage.start
        citations.append(cite(n, hit, ((start, end),)))
        lines.append(f"{display_sentence(', '.join(s.lines))} [{n}]")
    if not citations:
        return None
    return Answer(asked.text, "\n".join(lines), citations, refused=False, query=asked.query)


def _refused(
    asked: Question, retriever: Retriever, doc: Document, signers: list[Signatory]
) -> Answer:
    hits = [h for s in signers[:1] if (h := _hit_at(retriever, doc, s.start)) is not None]
    closest = [cite(1, h, ()) for h in hits]
    text = REFUSAL + (" Closest material: [1]." if closest else "")
    return Answer(asked.text, text, closest, refused=True, query=asked.query, closest=True)


def _named_so(body: str, doc: Document) -> list[frozenset[str]]:
    """The ways a signatory's lines may name the body asked of, each as the stems all of
    which they hold: as asked ("Care Quality Commission"), or as the long form of an
    abbreviation asked that the document defines ("CQC"). Every word counts: "the fire
    service" is not the Care Quality Commission's "Children's Services Inspector"."""
    asked = frozenset(stems(body))
    out = [asked] if asked else []
    for short, long in defined_abbreviations([doc.text]).items():
        if set(stems(short)) & asked:
            out.append(frozenset(long))
    return out


_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")


def _acronym(line: str) -> str:
    """A line's initials as an abbreviation of it would be: "HMI Constabulary and Fire &
    Rescue Services" is HMICFRS (the JTAI letter's heading; the letter defines HMICFRS with
    an ampersand `defined_abbreviations` does not read)."""
    return "".join(w if w.isupper() else w[0] for w in line.split() if w[:1].isupper())


def _hit_at(retriever: Retriever, doc: Document, offset: int) -> Hit | None:
    for p in retriever.document_passages(doc.doc_id):
        if p.start <= offset < p.end:
            return Hit(p, doc, 1.0, 0.0, 0.0, retriever.voices(p))
    return None


def _lines_at(text: str, start: int) -> list[tuple[int, str]]:
    """The non-empty lines of `text` from `start`, each with its offset."""
    out = []
    at = start
    for raw in text[start:].split("\n"):
        if raw.strip():
            out.append((at + len(raw) - len(raw.lstrip()), raw.strip()))
        at += len(raw) + 1
    return out


def signatories(text: str) -> list[Signatory]:
    """Who signs the document's last sign-off ("Yours sincerely", "Signed on behalf of…"),
    each with the lines under their name; [] when it has none."""
    offs = [
        m.start() for m in re.finditer(r"^.*$", text, re.MULTILINE) if SIGN_OFF.match(m.group())
    ]
    if not offs:
        return []
    lines = _lines_at(text, offs[-1])
    sign_off = lines[0][1]
    block: list[tuple[int, str]] = []
    for at, line in lines[1 : BLOCK_LINES + 1]:
        # (a PDF's lines may run the copy list on: "Care Quality Commission cc: Department
        # for Education; …")
        copied = _COPY_LIST.search(line)
        if copied is not None:
            line = line[: copied.start()].rstrip()
        if _BLOCK_ENDS.match(line) or len(line.split()) > PROSE_WORDS:
            break
        if line:
            block.append((at, line))
        if copied is not None:
            break
    # "Signed on behalf of the Secretary of State": what the sign-off line says is signed for
    said_for = set() if _COURTESY.match(sign_off) else set(stems(sign_off))
    out: list[Signatory] = []
    headings: list[str] = []  # a table's row of bodies, column by column
    current: list[tuple[int, str]] = []

    def close() -> None:
        if current:
            first = current[0][1]
            name = _leading_name(first) or people(first)[0]
            # what they signed for: the title after the name on its line, the lines beneath
            titles = [first[len(name) :], *(line for _, line in current[1:])]
            about = set(stems(" ".join(titles))) | said_for
            start, end = current[0][0], current[-1][0] + len(current[-1][1])
            out.append(
                Signatory(name, tuple(line for _, line in current), frozenset(about), start, end)
            )
            current.clear()

    for at, line in block:
        cells = [c.strip() for c in line.split(" | ")]
        if len(cells) > 1:
            named = [_leading_name(c) for c in cells]
            if not any(named):
                headings = cells
                continue
            close()
            offset = at
            for i, (cell, name) in enumerate(zip(cells, named, strict=True)):
                where = line.find(cell, offset - at) + at
                offset = where + len(cell)
                if not name:
                    continue
                heading = headings[i] if i < len(headings) else ""
                about = set(stems(cell[len(name) :] + " " + heading)) | said_for
                shown = (cell, heading) if heading else (cell,)
                out.append(Signatory(name, shown, frozenset(about), where, where + len(cell)))
            continue
        # a name on its line, alone or with its title after a comma or a dash ("Jane
        # Marsh, Director of Children's Services")
        name = _leading_name(line)
        if name and (line == name or line[len(name) :].lstrip()[:1] in _TITLE_FOLLOWS):
            close()
            current.append((at, line))
        elif current:
            current.append((at, line))
    close()
    return out


_TITLE_FOLLOWS = (",", "(", "-", "–", "—")


def _leading_name(cell: str) -> str:
    """The person's name a line or cell opens with: "Wendy Tarrant" of "Wendy Tarrant His
    Majesty's Inspector of Constabulary" (a name then the title run on), the whole of
    "Peter Oyelaran"."""
    words = cell.split()
    for n in (3, 2):
        if len(words) < n or words[n - 1].rstrip(",") in _TITLE_WORDS:
            continue
        named = " ".join(words[:n]).rstrip(",")
        if people(named) == [named]:
            return named
    return ""


# the first word of a title run on after a name ("Yvette Stanhope Regional Director")
_TITLE_WORDS = frozenset(
    [
        "Regional",
        "Deputy",
        "Assistant",
        "Chief",
        "Director",
        "Inspector",
        "Head",
        "Senior",
        "Lead",
        "Interim",
        "Executive",
        "Corporate",
        "Principal",
        "Strategic",
        "Service",
        "Services",
        "His",
        "Her",
        "Children's",
        "Commissioner",
        "Improvement",
        "Independent",
    ]
)


def byline(text: str) -> Signatory | None:
    """The story's byline among its first lines: "By Kirsty Malone, Local Democracy
    Reporter"."""
    for at, line in _lines_at(text, 0)[:BYLINE_LINES]:
        m = BYLINE.match(line)
        if m is not None and len(line.split()) <= PROSE_WORDS:
            return Signatory(m.group("name"), (line,), frozenset(stems(line)), at, at + len(line))
    return None
