"""Join the lines a PDF wrapped back into paragraphs, whatever letter a wrapped line starts
with, and keep the line breaks its writer made: paragraph ends, headings, list items and
table rows.

A PDF's text layer has a line break wherever the page ran out of width, so "services in /
Wrenfield since the last inspection." arrives as two lines. A break is the writer's when
the line before it ends a sentence and either the next line starts a list item or a
heading, or the line stopped clearly short of the page's width; a short line with no final
punctuation that a capitalised line follows is a heading. Anything else is a wrap.
"""

from __future__ import annotations

import re
from collections import Counter

# A line ending this much short of the document's typical line length ended before the
# margin: the writer ended it. Measured on the wrenfield record's two PDFs: prose lines that
# wrap (a lower-case line follows) are at least 0.75 of the 75th-percentile line length;
# only table cells, which `table_rows` finds, wrap shorter.
SHORT_SHARE = 0.7
TYPICAL_PERCENTILE = 0.75  # most lines of prose run to the margin

_SENTENCE_END = re.compile(r"[.?!:][\"'”’)\]]*$")
_ITEM = re.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|[•▪◦●○■□–*-])\s")
# A heading wrapped inside a date ("Annex A: Progress since the inspection in October" over
# "2019", the pellbridge report's, session 32) had been read as two headings, the first
# dating the inspection to the October before the report.
_MONTH_END = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)$"
)
_YEAR_START = re.compile(r"^(?:19|20)\d\d\b(?!\s*[-–.)]\s)")
# A line ending on a word no sentence or heading ends on goes on (ingest/chunking.py reads
# lines alike).
OPEN_END = re.compile(
    r"(?:^|\s)(?:a|an|the|to|of|in|on|at|by|for|from|with|and|or|but|nor|than|below|above|"
    r"under|over|between|into|onto|that|which|whose|per|about|as|its|their|our|his|her)$"
)
# In pypdf's layout text a table row's cells stand apart by a run of spaces...
_CELL_GAP = re.compile(r"\S {3,}\S")
_GAP = re.compile(r" +")
# ...wider than the spaces between its words by this many: justified prose stands every word
# apart alike ("effectively.   During   the   inspection,   218   contacts"), which had
# made each line of the pellbridge report a row and broken its sentences at every line end
# (session 40)...
CELL_WIDER = 2
# ...or this wide at least (a row of one-word cells: "Judgement          Grade").
CELL_GAP_WIDTH = 6
# A paragraph's number stands apart from its first line by a gap too ("1.1     On 24
# January 2022, …", "R3      The council should …", the eldermere commissioner's report,
# session 40: each numbered paragraph's first line had been a row, kept from the next).
_PARAGRAPH_NUMBER = re.compile(
    r"^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|[A-Z]{1,2}\d{1,3}[.)]?|\(?[a-z][.)]|[•▪◦●○■□–*-])\s+"
)


def typical_width(pages: list[str]) -> int:
    """The length most lines of prose run to, over the whole document (a cover page or a
    short last page alone would mislead)."""
    lengths = sorted(len(line.strip()) for page in pages for line in page.split("\n"))
    lengths = [n for n in lengths if n]
    return lengths[int(TYPICAL_PERCENTILE * (len(lengths) - 1))] if lengths else 0


def table_rows(layout: str) -> set[str]:
    """Lines of a page's layout text (pypdf extraction_mode="layout") whose cells stand
    apart, each with single spaces as the plain text has it."""
    rows = set()
    for line in layout.split("\n"):
        body = _PARAGRAPH_NUMBER.sub("", line.strip())  # "165.   The stability…"
        gaps = [len(gap) for gap in _GAP.findall(body)]
        if _CELL_GAP.search(body) and (
            max(gaps) >= min(gaps) + CELL_WIDER or max(gaps) >= CELL_GAP_WIDTH
        ):
            rows.add(" ".join(line.split()))
    return rows


# A run of text this much larger than the document's body text, or bold where it is not, is
# set as a heading.
HEADING_LARGER = 1.0
# (not a bold paragraph number or a one-word label: "1.1", "R3", "Ofsted")
HEADING_MIN_WORDS = 2

Style = tuple[float, bool]


def heading_lines(pages: list[list[tuple[str, float, bool]]]) -> list[dict[str, Style]]:
    """For each page, the lines set as headings (spaces collapsed) and their style: a line
    is a heading when all of it is one run of text larger than the document's body text or
    bold where the body is not. A heading that runs over two lines ("The experiences and
    progress of children who need help and" / "protection: inadequate", the greyhaven
    hold-out's report, session 40) had been read as the list item before it going on."""
    sizes: Counter[Style] = Counter()
    for runs in pages:
        for text, size, bold in runs:
            sizes[(size, bold)] += len(text.strip())
    if not sizes:
        return [{} for _ in pages]
    body_size, body_bold = sizes.most_common(1)[0][0]
    out = []
    for runs in pages:
        found: dict[str, Style] = {}
        for text, size, bold in runs:
            for line in text.split("\n"):
                flat = " ".join(line.split())
                if len(flat.split()) < HEADING_MIN_WORDS:
                    continue
                if size >= body_size + HEADING_LARGER or (bold and not body_bold):
                    found[flat] = (size, bold)
        out.append(found)
    return out


def unwrap_lines(
    page: str,
    width: int = 0,
    rows: set[str] | frozenset[str] = frozenset(),
    headings: dict[str, Style] | None = None,
) -> str:
    """Join lines a PDF wrapped mid-paragraph; keep paragraph ends, headings, list items and
    the table `rows`. `width` is the document's typical line length (`typical_width`);
    `headings`: the page's lines set as headings (`heading_lines`)."""
    lines = [line.strip() for line in page.split("\n")]
    headings = headings or {}
    styles = [headings.get(" ".join(line.split())) for line in lines]
    short = [bool(width) and len(line) < SHORT_SHARE * width for line in lines]

    def heading(i: int) -> bool:
        line = lines[i]
        after = lines[i + 1] if i + 1 < len(lines) else ""
        return (
            short[i]
            and not line.endswith((".", "!", "?", ",", ";", ":"))
            and (line[:1].isupper() or line[:1].isdigit())
            and (not after or after[:1].isupper() or after[:1].isdigit())
        )

    out: list[str] = []
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else ""
        if not (out and out[-1] and line and prev) or _kept_apart(prev, line, rows):
            out.append(line)
        elif _MONTH_END.search(prev) and _YEAR_START.match(line):
            out[-1] += " " + line  # a date its writer did not break: "in October / 2019"
        elif styles[i] or styles[i - 1]:
            # a heading stands apart from the text around it, though one set over two lines
            # goes on ("…who need help and" / "protection: inadequate"; "…in care:" /
            # "requires improvement to be good"), where a cover page's lines in one style
            # do not ("Ruth Penhallow CBE" / "Children's Services Commissioner for …")
            if line[:1].islower() or OPEN_END.search(prev):
                out[-1] += " " + line
            else:
                out.append(line)
        elif _SENTENCE_END.search(prev):
            if short[i - 1] or heading(i):
                out.append(line)
            else:
                out[-1] += " " + line
        elif heading(i - 1) or heading(i):
            out.append(line)
        else:
            out[-1] += " " + line
    return "\n".join(out)


def _kept_apart(prev: str, line: str, rows: set[str] | frozenset[str]) -> bool:
    """A table row, or a new list item, always starts its own line."""
    return bool(_ITEM.match(line)) or any(" ".join(x.split()) in rows for x in (prev, line))
