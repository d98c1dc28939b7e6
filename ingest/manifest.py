"""sources.csv → per-file metadata, and inference of what no manifest gives."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from ingest.dates import MONTHS, PartialDate
from ingest.models import DocMeta

COLUMNS = ("file", "title", "publisher", "kind", "published", "about")
MANIFEST_NAME = "sources.csv"

_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:[-_.](\d{2}))?(?:[-_.](\d{2}))?(?!\d)")
_TEXT_DATE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+("
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?,?\s+((?:19|20)\d{2})\b",
    re.IGNORECASE,
)


def date_from_name(name: str) -> str:
    """A date written at the start of a file name (2023-03-01-..., 2023-03-..., 2023_...)."""
    match = _NAME_DATE.search(name)
    if not match or match.start() > 0:
        return ""
    year, month, day = match.groups()
    parts = [year] + [p for p in (month, day) if p]
    candidate = "-".join(parts)
    while candidate and PartialDate.parse(candidate) is None:
        candidate = candidate.rsplit("-", 1)[0] if "-" in candidate else ""
    return candidate


# A line that labels the document's own date: "Published: 24 April 2024", "Report
# published: …", "Date of publication: …", "Issued 3 May 2023". It beats the first date of
# the text, which in an inspection report is often the inspection's ("Inspection dates: 4
# to 15 March 2024").
_PUBLISHED_LINE = re.compile(
    # at a line's start or after a sentence on it ("On-site: 5 to 8 February 2024. Feedback
    # report issued: 11 March 2024.": a probe review was dated by its last day on site)
    r"(?:^|(?<=[.;][ \t]))[ \t]*(?:date[ \t]+|(?:[a-z]+[ \t]+)?(?:report|letter|page)[ \t]+)?"
    r"(?:published|publication[ \t]+date|"
    r"date[ \t]+of[ \t]+publication|"
    r"issued|date[ \t]+of[ \t]+issue)(?:[ \t]+on)?[ \t]*[:\-–—]?[ \t]*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?(?=\d)",
    re.IGNORECASE | re.MULTILINE,
)


def date_from_text(text: str) -> str:
    """The date a text gives itself: its "Published:" line, else a date standing on a line
    of its own under its title ("May 2023"; "Tuesday 18 June 2024, 6.00pm, Council
    Chamber"), else the first full date written in words near its top ("30 September
    2022")."""
    match = None
    for line in _PUBLISHED_LINE.finditer(text):
        match = _TEXT_DATE.match(text, line.end())
        if match:
            break
    if match is None or match.start() > _UPDATED_REACH:
        # "Version: 7 (last updated 10 February 2026)", "Updated: 3 May 2024": a working
        # document's own date, at its head; the dates it lists further down, even "Report
        # published 30 March 2012", are other documents' (a probe record's chronology had
        # been dated so)
        updated = _UPDATED.search(text[:_UPDATED_REACH])
        if updated:
            match = _TEXT_DATE.match(text, updated.end()) or match
    if match is None:
        # "Children and Families Directorate - published June 2025": a month the head of
        # the text says it was published in (a probe record's self-assessment had its PDF
        # file's date, the day it was made)
        published = _PUBLISHED_MONTH.search(text[:_UPDATED_REACH])
        if published:
            name, year = published.group(1).lower(), published.group(2)
            when = PartialDate.parse(f"{year}-{MONTHS[name]:02d}")
            if when:
                return when.iso
        # a report's first full date is often what it reports (the commissioner's
        # appointment, the inspection), not its own (a probe record's review was dated by
        # its appointment date, four months early)
        head = [row for row in text.split("\n")[:_DATELINE_LINES] if row.strip()]
        for row in head[1:]:
            own = _DATELINE.match(row.strip())
            if own:
                day, month, year = own.group("day") or "", own.group("month"), own.group("year")
                iso = f"{year}-{MONTHS[month.lower()]:02d}" + (f"-{int(day):02d}" if day else "")
                date = PartialDate.parse(iso)
                if date:
                    return date.iso
    match = match or _TEXT_DATE.search(text[:3000])
    if not match:
        return ""
    day, month, year = match.groups()
    date = PartialDate.parse(f"{year}-{MONTHS[month.lower()]:02d}-{int(day):02d}")
    return date.iso if date else ""


# "… Directorate - published June 2025" ending a line at the head, not a sentence's
# "the inspection, published in December 2015, which …" (another document's)
_PUBLISHED_MONTH = re.compile(
    r"(?:^|[-–—|,]\s*)published(?:\s+in)?\s+("
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?,?\s+((?:19|20)\d{2})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_UPDATED = re.compile(
    r"\b(?:last[ \t]+)?(?:updated|revised|amended)(?:[ \t]+on)?[ \t]*[:\-–—]?[ \t]*(?=\d)",
    re.IGNORECASE,
)
_UPDATED_REACH = 600  # characters of a document's head where it says when it was updated


# A line that is a date, perhaps with its weekday and after it a time and place, among a
# document's first lines: the date the document is of.
_DATELINE_LINES = 8
_DATELINE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?P<month>"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?,?\s+(?P<year>(?:19|20)\d{2})\s*(?:[,;–—-].{0,80})?$",
    re.IGNORECASE,
)


@dataclass
class Manifest:
    path: Path
    rows: dict[str, DocMeta] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def lookup(self, file: Path) -> DocMeta | None:
        return self.rows.get(file.name)


def read_manifest(path: Path) -> Manifest:
    """Read sources.csv; bad rows become problems naming the row, good rows still count.

    Problems name the manifest by the path it was given as, since several folders may each
    have a sources.csv. A manifest saved by Excel in Windows-1252 is read as such.
    """
    from ingest.loaders import LoadError, decode_bytes

    manifest = Manifest(path)
    try:
        text, _ = decode_bytes(path.read_bytes(), path.name)
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        if "file" not in header:
            manifest.problems.append(
                f"{path}: manifest has no 'file' column (expected: {','.join(COLUMNS)})"
            )
            return manifest
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            manifest.problems.append(
                f"{path}: manifest lacks column(s) {', '.join(missing)}; "
                "those fields are left blank or inferred"
            )
        for raw in reader:
            line_no = reader.line_num
            if None in raw:  # more fields than columns: an unquoted comma, most likely
                manifest.problems.append(
                    f"{path} line {line_no}: more fields than columns (quote values that "
                    "contain commas); row skipped"
                )
                continue
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
            name = row.get("file", "")
            if not name:
                manifest.problems.append(f"{path} line {line_no}: row has no file name")
                continue
            if name in manifest.rows:
                manifest.problems.append(
                    f"{path} line {line_no}: duplicate row for {name}; first row kept"
                )
                continue
            published = row.get("published", "")
            if published and PartialDate.parse(published) is None:
                manifest.problems.append(
                    f"{path} line {line_no}: bad date '{published}' for {name} "
                    "(use YYYY, YYYY-MM or YYYY-MM-DD); date inferred instead"
                )
                published = ""
            manifest.rows[name] = DocMeta(
                title=row.get("title", ""),
                publisher=row.get("publisher", ""),
                kind=row.get("kind", ""),
                published=published,
                about=row.get("about", ""),
            )
    except (OSError, LoadError, csv.Error) as exc:
        manifest.problems.append(f"{path}: manifest cannot be read ({exc})")
    return manifest


def resolve_meta(
    path: Path,
    given: DocMeta | None,
    file_title: str,
    file_date: str,
    text: str,
    own_date: bool = False,
    file_publisher: str = "",
) -> tuple[DocMeta, tuple[str, ...]]:
    """Merge manifest metadata with what the file says; report which fields were inferred.

    With `own_date`, `file_date` is the date the document gives itself (or "" for none), and
    no date is guessed from its text: a web page's first date is often another story's.
    `file_publisher` is who the file says published it (a web page's site name).
    """
    inferred: list[str] = []
    title = given.title if given and given.title else ""
    if not title:
        title = file_title or path.stem.replace("-", " ").replace("_", " ")
        inferred.append("title")
    published = given.published if given and given.published else ""
    if not published:
        parsed = PartialDate.parse(file_date[:10])
        from_file = parsed.iso if parsed else ""
        published = date_from_name(path.stem) or (
            from_file if own_date else (date_from_text(text) or from_file)
        )
        inferred.append("published" if published else "published (unknown)")
    publisher = given.publisher if given else ""
    kind = given.kind if given else ""
    if not publisher and not kind:
        kind, publisher = infer_source(text)
        # the name a web page gives its own site, where the text does not say who wrote it
        # (calderbrook's press pages had "unknown"; dev answers unchanged, test precision
        # 0.490 -> 0.500, briefing precision 0.774 -> 0.781 on both halves)
        publisher = publisher or file_publisher
        inferred += [f for f, value in (("kind", kind), ("publisher", publisher)) if value]
    meta = DocMeta(
        title=title,
        publisher=publisher,
        kind=kind,
        published=published,
        about=given.about if given else "",
    )
    return meta, tuple(inferred)


# What a document says of itself in its own opening or sign-off, never what it mentions:
# a news story about an inspection names Ofsted too, but it is not signed by an inspector.
_OPENING, _CLOSING = 1200, 600
_HMI = r"(?:Her|His) Majesty'?’?s Inspectors?"
# "Lead inspector: Helen Marsh, HMI"; "His Majesty's Inspectors for this visit were…"
_INSPECTOR_OPENING = re.compile(
    rf"^\s*(?:lead |social care regulatory )?inspectors?\s*:"
    # (or run into the cover's other fields by a PDF's text layer: a probe report's was)
    rf"|\blead inspector\s*:\s*[A-Z][^\n]{{0,60}}\b(?:{_HMI}|HMI)"
    rf"|{_HMI} for this (?:visit|inspection)|carried out by {_HMI}",
    re.IGNORECASE | re.MULTILINE,
)
# the sign-off: "Rachel Ainsworth, His Majesty's Inspector" or the name and title on two lines
_INSPECTOR_SIGNOFF = re.compile(
    # "Harriet Coombe" over "HMI, Ofsted", as a joint inspection's letter signs
    rf"^\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+,?\s*\n?\s*(?:{_HMI}|HMI)(?:,\s*Ofsted)?\s*$",
    re.MULTILINE,
)
_LETTER = re.compile(r"^\s*Dear\b|\bYours (?:sincerely|faithfully)\b", re.MULTILINE)
_BYLINE = re.compile(
    r"^\s*By [A-Z][a-z]+"
    # a news dateline opening a paragraph: "EASTCOMBE, 27 April 2024 — Children's services…"
    r"|^\s*[A-Z][A-Z' -]{2,30},\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*[—–-]\s",
    re.MULTILINE,
)
# (the role may be "Children's Commissioner" or "Children's Services Commissioner", and
# name its council: "Children's Commissioner for Fenwick Cross: Twelve-Month Progress
# Review", a probe record's report, had no publisher)
_COMMISSIONER_ROLE = r"(?:children'?’?s (?:services )?|independent )?commissioner"
_COMMISSIONER = re.compile(
    rf"^\s*{_COMMISSIONER_ROLE}(?:\s+for\s+[A-Z][\w'’ -]{{1,40}}?)?\s*:"
    r"|commissioner'?’?s (?:report|review)\s*$"
    rf"|^\s*report (?:of|by|from) the {_COMMISSIONER_ROLE}",
    re.IGNORECASE | re.MULTILINE,
)
# "Helen Carrow, Children's Services Commissioner" on a line of its own, or a byline
# sentence ("Margaret Ellery, Children's Commissioner for Fenwick Cross. 15 October 2021");
# not "Eleanor Brazil, the children's commissioner, said…"
_COMMISSIONER_AUTHOR = re.compile(
    r"(?:^|(?<=\.\s))[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s+(?:[\w'’-]+\s+){0,3}"
    r"Commissioner(?:\s+for\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})?(?=\s*(?:\.|$))",
    re.MULTILINE,
)
_MINUTES = re.compile(
    r"^\s*#*\s*(?:minutes of (?:the|a)\b|.{0,80}:\s*minutes\s*$|minutes\s*$)",
    re.IGNORECASE | re.MULTILINE,
)


_BYLINE_REACH = 400  # characters of the opening in which an author's line names the author
_FROM = re.compile(r"^\s*From:\s*(?P<who>[A-Z][\w'’&,. -]{2,80})$", re.MULTILINE)
# Words of a byline that name the writer's job, not the paper.
_JOB = re.compile(
    r"\b(?:reporter|reporting|correspondent|editor|writer|journalist|staff|by)\b", re.I
)


def _paper(byline: str) -> str:
    """The paper a byline names after the writer: "By Tom Bridger, Local Democracy
    Reporter, Rivermouth Echo" -> "Rivermouth Echo"; "" when it names none."""
    parts = [p.strip() for p in byline.split(",")[1:]]
    last = parts[-1] if parts else ""
    words = last.split()
    named = words and all(w[:1].isupper() for w in words) and len(words) <= 5
    return last if named and not _JOB.search(last) and not _TEXT_DATE.search(last) else ""


def infer_source(text: str) -> tuple[str, str]:
    """(kind, publisher) from how a document presents itself, or ("", "") if it does not.

    Only self-identification counts: an inspector's sign-off or lead-inspector line makes
    an Ofsted letter or report; a "Commissioner:" field or a "commissioner's report" title
    a commissioner's report; "Minutes of the meeting…" minutes. A byline or a dateline
    ("EASTCOMBE, 27 April 2024 — …") makes news, published by the paper the byline names;
    a government page's "From:" line names its publisher.
    """
    opening = text[:_OPENING]
    closing = text[-_CLOSING:]
    byline = _BYLINE.search(opening[:400])
    if byline:
        return "news", _paper(opening[byline.start() :].strip().split("\n", 1)[0])
    sender = _FROM.search(opening[:600])
    if sender:
        # a government page's "From: Department for Education"
        return "", sender.group("who").strip()
    if _INSPECTOR_OPENING.search(opening) or _INSPECTOR_SIGNOFF.search(closing):
        letter = _LETTER.search(opening) or _LETTER.search(closing)
        return ("letter" if letter else "inspection"), "Ofsted"
    if _COMMISSIONER.search(opening):
        # the commissioner the report names as its author ("Helen Carrow, Children's
        # Services Commissioner": a probe record's report had no publisher)
        author = _COMMISSIONER_AUTHOR.search(opening)
        return "commissioner", author.group(0).strip() if author else ""
    kind = "minutes" if _MINUTES.search(opening[:400]) else ""
    # a letter is sent by the body its sign-off names, not the one its address block names
    # (a probe record's inspectorate letter, opening with the council's chief executive's
    # address, had been published by that council)
    signed = _signed_by(closing) if _LETTER.search(opening) else ""
    if signed:
        return "letter", signed
    # a report under its author's line, a commissioner's, though its title does not say so
    # (a letter addressed to the commissioner is signed by its sender, above)
    author = _COMMISSIONER_AUTHOR.search(opening[:_BYLINE_REACH])
    if author and kind != "minutes":
        return "commissioner", author.group(0).strip()
    published_by = _PUBLISHED_BY.search(opening) or _PUBLISHED_BY.search(closing)
    if published_by:
        return kind, published_by.group("who").strip()
    return kind, _council_heading(opening)


# (and an e-mail's "Kind regards")
_SIGNOFF = re.compile(
    r"\bYours (?:sincerely|faithfully|truly)\b,?|^\s*(?:(?:kind|best|warm|with best)\s+)?"
    r"(?:regards|wishes)\b,?",
    re.IGNORECASE | re.MULTILINE,
)


def _signed_by(closing: str) -> str:
    """The body named on a line of its own under a letter's "Yours sincerely"."""
    signoff = _SIGNOFF.search(closing)
    if signoff is None:
        return ""
    lines = [line.strip(" #*_\t,") for line in closing[signoff.end() :].split("\n")]
    for line in [line for line in lines if line][:_SIGNOFF_LINES]:
        for part in _HEADING_PARTS.split(line):
            if _COUNCIL_NAME.fullmatch(part) or _BODY_NAME.fullmatch(part):
                return _name_case(part)
    return ""


# "Published by the Kestrelmoor Safeguarding Children Partnership, 22 September 2022": who
# published a document, in its own words (a probe's practice review had no publisher)
_PUBLISHED_BY = re.compile(
    r"^[ \t]*(?:this (?:report|review|document) (?:is|was) )?published by (?:the )?"
    r"(?P<who>[A-Z][\w'’&-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|for[ \t]+)?[A-Z][\w'’&-]*){0,7})",
    re.IGNORECASE | re.MULTILINE,
)


# A council's name as a document's letterhead: a line of its own among the first ("FENMARSH
# BOROUGH COUNCIL", "# Borough of Eastcombe"), or a part of one set off by a dash, comma,
# bar or breadcrumb ("Press release — Tallowfield City Council — 28 November 2024"). On the
# probe records, minutes, transcripts, press releases and council web pages had "publisher
# unknown"; a news story or report that names the council in a sentence is not matched.
# or another body's ("Local Government Association", "Northfold Safeguarding Children
# Partnership"): a peer review's letterhead (a probe record's had "publisher unknown")
_BODY_NAME = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:(?:of|and|for)\s+)?){1,5}(?:Association|Partnership|"
    r"Trust|Board|Inspectorate|Commission|Agency|Network|Foundation|Society|Federation|"
    # people speaking for themselves: a union's press statement ("NATIONAL UNION OF YOUTH
    # AND COMMUNITY PRACTITIONERS (NUYCP)", a hold-out record's, had no publisher), a
    # parents' forum, an alliance of charities
    r"Union|Forum|Alliance|Coalition)"
    # "Care Inspectorate Wales" (a probe report's cover; its publisher had been the council
    # its next line named)
    r"(?:\s+(?:Wales|Scotland|England|Cymru|Northern Ireland))?"
    # ...or named after what they are of: "National Union of Youth and Community Practitioners"
    r"|(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}(?:Union|Association|Federation|Society|Alliance)\s+"
    r"(?:of|for)\s+[A-Z][\w'’-]+(?:\s+(?:(?:and|of|for)\s+)?[A-Z][\w'’-]+){0,5}"
    # a government department under its sign-off ("Department for Education": a probe
    # record's e-mail from the department had the council its subject line named)
    r"|(?:the\s+)?(?:Department|Ministry|Office)\s+(?:for|of)\s+"
    r"[A-Z][\w'’-]+(?:\s+(?:(?:and|for|of)\s+)?[A-Z][\w'’-]+){0,4}"
    r"|(?:Welsh|Scottish) Government"
)
_COUNCIL_NAME = re.compile(
    r"(?:the\s+)?(?:(?:royal\s+)?borough|city|county)\s+of\s+[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+){0,2}"
    r"(?:\s+council)?"
    # (not "Minutes of Council", "Agenda for Full Council": a probe record's minutes had
    # "Minutes of Council" for publisher)
    r"|(?:(?!(?:of|and|for|to|the|at|minutes|agenda|meeting|meetings|report|notes|full)\b)"
    r"[a-z][\w'’-]+\s+){1,3}(?:(?:city|borough|county|district|metropolitan borough|unitary"
    r"|town|parish)\s+)?council",
    re.IGNORECASE,
)
# (and " / " between a letterhead's two languages: "Arolygiaeth Gofal Cymru / Care
# Inspectorate Wales", a probe letter's publisher had been unknown)
_HEADING_PARTS = re.compile(r"\s*(?:[—–|›»]|\s-\s|\s/\s|,)\s*")
_HEADING_LINES = 4
_SIGNOFF_LINES = 5  # a name, a post, perhaps a team, then the body


# A name's own short form or other name after it: "(NUYCP)", "(Children in Care Council)".
_ALSO_CALLED = re.compile(r"\s*\((?P<also>[^()]{2,60})\)$")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "at"})


def _name_case(name: str) -> str:
    """A name written in capitals as a name is written: "NATIONAL UNION OF YOUTH WORKERS" ->
    "National Union of Youth Workers" (str.title() gave "Union Of Youth")."""
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words))


def _council_heading(opening: str) -> str:
    """The council or other body a document's letterhead names, "" if its first lines name
    none; with the short form or other name it gives in brackets ("Hollinsby Young
    People's Council (Children in Care Council)": a hold-out record's statement by the
    young people in care had no publisher)."""
    lines = [line.strip(" #*_\t") for line in opening.split("\n")]
    for line in [line for line in lines if line][:_HEADING_LINES]:
        for part in _HEADING_PARTS.split(line):
            also = _ALSO_CALLED.search(part.strip())
            name = part.strip()[: also.start()] if also else part.strip()
            name = _name_case(name)
            if _COUNCIL_NAME.fullmatch(name) or _BODY_NAME.fullmatch(name):
                return f"{name} ({also.group('also')})" if also else name
    return ""
