"""What every loader returns, and the reading and cleaning of text they share."""

from __future__ import annotations

import codecs
import datetime
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# A table cell holding one figure: "489", "22.4", "£1,020,000", "38 %", "4.1m" (a year
# alone matches too: where it matters, the reader tells years apart)
FIGURE_CELL = re.compile(r"^[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|m|k|bn)?$")


class LoadError(Exception):
    """A file that cannot be ingested; the message says why."""


@dataclass
class Loaded:
    text: str
    page_starts: tuple[int, ...] = (0,)
    title: str = ""
    published: str = ""
    warnings: list[str] = field(default_factory=list)
    # The loader looked for the document's own date (a web page's dateline or "Published:"
    # line): `published`, even empty, stands; no date is then guessed from the text.
    own_date: bool = False
    publisher: str = ""  # who the file says published it (a web page's site name)


# Runs of spaces, tabs and the Unicode spaces documents use (no-break, thin, ideographic).
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_LEADERS = re.compile(r"[ \t]*(?:\.[ \t]?){4,}[ \t]*|[ \t]*…{2,}[ \t]*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Typeset ligatures as their letters, and soft hyphens gone: a PDF's text layer keeps "ﬁ"
# and "ﬀ" as one character each, so "Eastﬁeld" and "Staﬀ" matched no question's words (a
# probe record's answering passage ranked third)
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "\u00ad": ""}
)


def clean_text(raw: str) -> str:
    """Normalise unicode and white space; keep line structure (one blank line at most)."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(_LIGATURES)
    text = text.replace("\x0c", "\n\n").replace("\x0b", "\n")  # form feed, vertical tab
    text = _CONTROL.sub("", text)
    # a contents or judgements table's dot leaders ("Overall effectiveness ....... Inadequate")
    # part a label from its value, as a table's cells are parted; read as full stops they
    # cut the value off (a probe report lost its judgements)
    text = _LEADERS.sub(" | ", text)
    out: list[str] = []
    for raw_line in text.split("\n"):
        line = SPACES.sub(" ", raw_line).strip()
        if out and out[-1] and line and _hangs_under(out[-1], raw_line):
            out[-1] += " " + line  # the item's wrapped line, by its hanging indent
        elif line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


# A list item ("1. Children's social care functions should remain with Ravensmoor
# Metropolitan Borough", "- Unallocated cases have fallen … to 11 on 31") and the line
# its text wraps onto, indented under the item's text ("   Council, subject to …"): one
# item. Read as two, a probe record's (ravensmoor) wrapped items had been quoted as
# "Council, subject to a revised statutory direction." and "January 2015, all of them …".
_ITEM = re.compile(r"^(?:[-–•*·▪●]|\d{1,3}[.)]|\(?[a-z][.)])\s+\S")
# (not an item or a section of its own: "  2.1 Adoption performance", a judgements table's)
_HANGING = re.compile(r"^[ \t]{2,}(?![-–•*·▪●]\s|\d{1,3}(?:\.\d{1,3})*[.)]?\s|\(?[a-z][.)]\s)\S")
_ITEM_ENDS = (".", "!", "?", ":", ";")


def _hangs_under(previous: str, raw_line: str) -> bool:
    """Is `raw_line` the indented run-on of the list item `previous` (already cleaned)?"""
    return (
        bool(_ITEM.match(previous))
        and not previous.endswith(_ITEM_ENDS)
        and bool(_HANGING.match(raw_line))
    )


# A page that opens with a figure carrying on a sentence ("24%.", "£3,000", "31 children"),
# not a numbered paragraph or section ("52. At the time…", "3.1 Ofsted judged…")
_FIGURE_START = re.compile(
    r"(?!\d+\.\d+\s+[A-Z])[£$€]?\d[\d,]*(?:\.\d+)?(?:%|\s*per\s?cent)?(?![.)]\s|\.\d)[\s,;.%]"
)


def join_pages(pages: list[str], join_sentences: bool = False) -> tuple[str, tuple[int, ...]]:
    """Clean each page and join them with a blank line, remembering where each begins.

    With `join_sentences`, a page that ends mid-sentence (no closing punctuation) and a
    next page that carries on in lower case are joined by a space, so the sentence stays
    whole; the next page still begins where its own text does.
    """
    text = ""
    starts: list[int] = []
    for page in pages:
        cleaned = clean_text(page)
        if text:
            carries_on = (
                join_sentences
                and (
                    (
                        cleaned[:1].islower()
                        and not text.endswith((".", "!", "?", ":", ";", '"', "”", "’", ")"))
                    )
                    # ...or a figure after a word in lower case ("the turnover rate was" / "24%.":
                    # a probe report's sentence had been cut), not a paragraph's number
                    or (_FIGURE_START.match(cleaned) is not None and text[-1:].islower())
                )
            )
            text += " " if carries_on else "\n\n"
        starts.append(len(text))
        text += cleaned
    return text, tuple(starts)


# The creation stamps the libraries that write Office files put in their blank templates
# (python-docx: 23 December 2013; python-pptx: 27 January 2013): a file made from one
# without setting its own says nothing about when it was written.
_TEMPLATE_STAMPS = {"2013-12-23T23:15:00", "2013-01-27T09:14:16"}


def file_created(created: datetime.datetime | None) -> str:
    """The day an Office file says it was created ("" for none or a template's stamp)."""
    if created is None or created.replace(tzinfo=None).isoformat() in _TEMPLATE_STAMPS:
        return ""
    return created.date().isoformat()


def decode_bytes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise LoadError(f"{name}: UTF-16 text is damaged ({exc.reason})") from exc
    if b"\x00" in data[:8192]:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16, [f"{name}: UTF-16 text without a byte-order mark"]
        raise LoadError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, [f"{name}: not UTF-8; read as Windows-1252 (Latin-1)"]


def _bomless_utf16(data: bytes) -> str | None:
    """Text saved as UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte."""
    head = data[:8192]
    if len(data) % 2 or len(head) < 8:
        return None
    for codec, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return text if "\x00" not in text else None
    return None


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a file that cannot be read raises LoadError saying why."""
    try:
        return path.read_bytes()
    except PermissionError as exc:
        raise LoadError(f"{path.name}: permission denied") from exc
    except OSError as exc:
        raise LoadError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc


# A committee report's cover states its title in a labelled field ("SUBJECT: Ofsted fourth
# monitoring visit: care leavers", "Report title: …"), below a letterhead that names the
# council: the field is the title.
_TITLE_FIELD = re.compile(
    r"^\s*(?:subject(?: of (?:the )?report)?|(?:report )?title(?: of (?:the )?report)?|"
    r"report title)\s*[:|]\s*(?P<title>\S.{2,})$",
    re.IGNORECASE,
)
_TITLE_FIELD_LINES = 15  # a cover's fields come before its first section


# A letter states its subject on the line after "Dear …" ("Dear Dr Vandersloot / Monitoring
# visit to Tallowfield City Council children's services"); its first lines are the sender's
# letterhead, address and date.
_SALUTATION = re.compile(r"^\s*dear\s+\S", re.IGNORECASE)
_SALUTATION_LINES = 25
# A letterhead names only the body ("Tallowfield City Council", "Ofsted", "Department for
# Education"); the line below it says what the document is.
_LETTERHEAD = re.compile(
    r"^(?:the\s+)?(?:[\w'’.&-]+\s+){0,5}(?:council|ofsted|inspectorate|"
    r"department for education|commission(?:er)?|branch)$"
    # "London Borough of Wexbridge"; "… - News Release" (a probe record's press releases
    # and a union branch's statements were titled by their letterhead)
    r"|^(?:the\s+)?(?:london\s+|royal\s+)?borough of [\w'’ -]{2,40}?"
    r"(?:\s+[-–—:]\s+(?:press|news|media)\s+release)?$"
    r"|^(?:[\w'’.&-]+\s+){0,5}(?:council|branch)\s+[-–—:]\s+(?:press|news|media)\s+release$",
    re.IGNORECASE,
)


def names_body(line: str) -> bool:
    """Does a line name only a body ("Hollinsby Metropolitan Borough Council", "Ofsted",
    "London Borough of Wexbridge"): a letterhead, or a page's heading naming whom it is
    about?"""
    return _LETTERHEAD.match(line.strip()) is not None


_RELEASE_LABEL = re.compile(r"\s+[-–—:]\s+(?:press|news|media)\s+release$", re.IGNORECASE)
# What a press release prints under its letterhead before its headline: "PRESS STATEMENT -
# FOR IMMEDIATE RELEASE", "Issued: 4 August 2023", "News release".
_RELEASE_LINE = re.compile(
    r"^(?=.{0,60}$)(?:(?:press|news|media)\s+(?:release|statement)|for immediate release|"
    r"embargo(?:ed)?|issued|dated?|published)\b",
    re.IGNORECASE,
)
_WELSH_LETTERHEAD = re.compile(
    r"^(?:cyngor|arolygiaeth|llywodraeth)\b|\b(?:cyngor|cymru)$", re.IGNORECASE
)
_HELD = re.compile(r"^(minutes of .{3,80}?)\s+held\b", re.IGNORECASE)
# a line of an address: a street or building, or a town and its postcode
_ADDRESS = re.compile(
    r"^(?:[\w'’.,-]+\s+){0,4}(?:street|road|gate|lane|avenue|square|place|way|buildings|"
    r"house|hall|centre|court|park|quay|row|terrace|drive|crescent)\.?,?$"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$",
    re.IGNORECASE,
)
# (a cover's field, not a title's own colon: "Getting to Good: Children's Services
# Improvement Plan", a probe record's plan, had been cut to "Getting to")
_FIELD_RUN_ON = re.compile(
    r"(?<=[a-z’'])\s+(?=(?:Inspection|Visit|Report|Lead|Date|Dates|Published|Publication|"
    r"Issued|Author|Version|Reference|Ref)(?:\s[a-z]+){0,2}:\s+[\dA-Z])"
)
_DATE_LINE = re.compile(r"^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$")
_RUN_ON = re.compile(
    r"^(.{10,150}?[a-z’'])\s+(?=(?:This|The|We|Our|I|Inspectors|Following|Thank)\s[a-z])"
)
_TITLE_WORDS = 25  # a subject or title line is shorter than a sentence of the body


def title_like(line: str) -> bool:
    return len(line) >= 3 and len(line.split()) <= _TITLE_WORDS and not line.endswith(".")


# What writing programs put in a file's title field when nobody gave one: reportlab's
# "(anonymous)", "Untitled", "Document1", Word's "Microsoft Word - report.docx", a file
# name, PowerPoint's "PowerPoint Presentation", a spreadsheet's "Workbook1". (A probe
# record's PDF letters were titled "(anonymous)" and lost the event their first lines name.)
_PLACEHOLDER_TITLE = re.compile(
    r"^\W*(?:anonymous|untitled(?:\s+document)?|document\s*\d*|no title|title|none|null|"
    r"microsoft (?:word|powerpoint|excel)\s+-\s+.*|(?:powerpoint\s+)?presentation|"
    r"(?:excel\s+)?workbook\s*\d*|[\w .'’()-]+\.(?:docx?|pdf|odt|rtf|txt|pptx?|xlsx?|html?))?"
    r"\W*$",
    re.IGNORECASE,
)


def recorded_title(title: str | None) -> str:
    """The title a file records about itself, or "" where it is a program's placeholder."""
    title = (title or "").strip()
    return "" if _PLACEHOLDER_TITLE.match(title) else title


def first_line_title(text: str) -> str:
    """A labelled title field on the cover, a letter's subject line, else the first line
    long enough to be a title (after a letterhead, with it), without list or heading marks;
    one set in capitals is given ordinary capitals ("FENMARSH BOROUGH COUNCIL: CABINET" ->
    "Fenmarsh Borough Council: Cabinet"), as a reader would write it."""
    return ": ".join(_unshout(part) for part in _first_line_title(text).split(": "))


def _unshout(words: str) -> str:
    """Words set in capitals given ordinary ones; any others as they are."""
    if not (any(ch.isalpha() for ch in words) and words == words.upper()):
        return words
    return " ".join(
        word.lower() if i and word.lower() in _SMALL_WORDS else word[:1] + word[1:].lower()
        for i, word in enumerate(words.split(" "))
    )


_SMALL_WORDS = frozenset(["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"])


def _first_line_title(text: str) -> str:
    lines = [line.strip(" #*-–•\t") for line in text.split("\n")]
    for line in lines[:_TITLE_FIELD_LINES]:
        field = _TITLE_FIELD.match(line)
        if field:
            return field.group("title").strip()[:150]
    shown = [line for line in lines if len(line) >= 3]
    for i, line in enumerate(shown[:_SALUTATION_LINES]):
        if _SALUTATION.match(line) and i + 1 < len(shown):
            # a subject line the text layer ran into the letter's first sentence
            # ("…children's services This letter summarises…", a probe record's PDF letter)
            subject = _RUN_ON.match(shown[i + 1])
            if subject or title_like(shown[i + 1]):
                return (subject.group(1) if subject else shown[i + 1])[:150]
    # a letterhead's address is not the title ("Ofsted / Piccadilly Gate / Store Street /
    # Manchester M1 2WD": a probe record's report was titled "Ofsted: Piccadilly Gate")
    if shown and _LETTERHEAD.match(shown[0]):
        rest = shown[1:]
        while rest and (
            _ADDRESS.search(rest[0]) or _DATE_LINE.match(rest[0]) or _RELEASE_LINE.match(rest[0])
        ):
            rest = rest[1:]
        # the inspectorate's letterhead over the council's: the council's heads the title
        shown = rest if len(rest) > 1 and _LETTERHEAD.match(rest[0]) else [shown[0], *rest]
        # a title the text layer ran into the cover's fields ("Inspection of children's
        # social care services Inspection dates: 9 September 2024 …")
        if len(shown) > 1:
            shown[1] = _FIELD_RUN_ON.split(shown[1], maxsplit=1)[0]
    if not shown:
        return ""
    # a letterhead in two languages ("Glanmorfa County Borough Council" over "Cyngor
    # Bwrdeistref Sirol Glanmorfa") is one letterhead (a probe's minutes were titled by both)
    if len(shown) > 2 and _LETTERHEAD.match(shown[0]) and _WELSH_LETTERHEAD.match(shown[1]):
        shown = [shown[0], *shown[2:]]
    if len(shown) > 1 and _LETTERHEAD.match(shown[0]):
        # "Minutes of a meeting of the Cabinet held in the Council Chamber … on Tuesday…":
        # the meeting, without where and when it was held
        held = _HELD.match(shown[1])
        shown[1] = held.group(1) if held else shown[1]
    if len(shown) > 1 and _LETTERHEAD.match(shown[0]) and title_like(shown[1]):
        # "Northmere Borough Council" over "Cabinet: minutes" (a release's label dropped)
        body = _RELEASE_LABEL.sub("", shown[0])
        return f"{body}: {shown[1]}"[:150]
    return shown[0][:150]
