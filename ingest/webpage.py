"""HTML to text, and what a saved web page says of itself: its own headline and its own date.

A saved page carries more than its document: skip links, a logo, navigation, cookie text,
breadcrumbs, and lists of other stories with their own dates. Only the document's headline
and its own labelled date ("Published:", "Date of meeting:"), dateline or published-time
count here; a page that gives no date of its own gets none ("").
"""

from __future__ import annotations

import copy
import datetime
import json
import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

from ingest.dates import find_dates
from ingest.loaded import names_body

BLOCKS = [
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "section",
    "article",
    "header",
    "footer",
    "table",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "main",
    "aside",
    "nav",
    "hr",
    "address",
    "details",
    "summary",
]


def html_to_text(html: str) -> str:
    """Visible text of HTML with block elements on their own lines and table rows as
    'cell | cell' lines."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    for row in soup.find_all("tr"):
        cells = [c.get_text(" ", strip=True) for c in row.find_all(["td", "th"])]
        row.replace_with(soup.new_string(" | ".join(cells) + "\n"))
    # Line breaks after block elements only, so emphasis and links stay inside their sentence.
    for br in soup.find_all("br"):
        br.replace_with(soup.new_string("\n"))
    for block in soup.find_all(BLOCKS):
        block.insert_before(soup.new_string("\n"))
        block.append(soup.new_string("\n"))
    return soup.get_text()


# Blocks whose text a heading introduces: the first of them after the heading is where the
# heading goes back.
_SECTION_BODY = ("p", "ul", "ol", "dl", "table", "blockquote", "pre", "div", "li")


def restore_headings(html: str, text: str) -> str:
    """`text` (a page's main content, as extracted) with the section headings put back that
    extraction dropped: each h2-h6 of the page goes before the line its section opens with,
    when that line is in the text and the heading is not.

    trafilatura keeps headings of an <article> but drops every h2-h6 of a page whose content
    is a plain <div> (a probe record's committee pages, modern.gov style, lost 77 of 91:
    "47. Ofsted monitoring visit" no longer told one minute item from the next). Headings of
    what extraction left out (a sidebar's "Related links") stay out: the line after them is
    not in the text.
    """
    soup = BeautifulSoup(html, "html.parser")
    lines = text.split("\n")
    flat = [_flat(line) for line in lines]
    present = set(flat)
    before: dict[int, list[str]] = {}
    for heading in soup.find_all(["h2", "h3", "h4", "h5", "h6"]):
        title = _flat(heading.get_text(" ", strip=True))
        if not title or title in present:
            continue
        body = next(
            (
                _flat(tag.get_text(" ", strip=True))
                for tag in heading.find_all_next(_SECTION_BODY)
                if _flat(tag.get_text(" ", strip=True))
            ),
            "",
        )[:60]
        if len(body) < 20:
            continue
        at = next((i for i, line in enumerate(flat) if line.startswith(body)), None)
        if at is not None and title not in before.get(at, []):
            before.setdefault(at, []).append(title)
            present.add(title)
    if not before:
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        for title in before.get(i, []):
            out += [title, ""]
        out.append(line)
    return "\n".join(out)


@dataclass(frozen=True)
class PageMeta:
    title: str  # "" when the page has no headline of its own
    published: str  # ISO YYYY[-MM[-DD]]; "" when the page gives no date of its own
    publisher: str = ""  # the site's own name ("Calderbrook Evening Post"); "" when unsaid
    byline: str = ""  # "By Kirsty Malone, Local Democracy Reporter"; "" when it has none


def read_page(html: str) -> PageMeta:
    """The page's own headline and date, never those of its navigation or side lists."""
    soup = BeautifulSoup(html, "html.parser")
    metas = _metas(soup)
    linked = _linked_data(soup)
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    site = _site_names(soup, metas)
    region = _content(soup)
    headline = _headline(region) or _headline_outside(soup)
    title_tag = soup.find("title")
    page_title = _flat(title_tag.get_text(" ", strip=True)) if isinstance(title_tag, Tag) else ""
    named = [metas.get("og:title", ""), linked.get("headline", ""), page_title]
    title = _title(headline, named, site)
    parts = _parts(region)
    return PageMeta(
        title,
        _date(region, parts, headline, metas, linked, page_title),
        _publisher(soup, metas, linked, site, region),
        _byline(parts, headline),
    )


# "By Kirsty Malone, Local Democracy Reporter": a writer's name after "By" (and what their
# job is after it; app/record/signatures.py reads who wrote a story by it too)
BYLINE = re.compile(r"^By\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\b(?P<rest>.*)$")
_BYLINE_WORDS = 12


def _byline(parts: list[str], headline: str) -> str:
    """The story's byline by its headline, without the date a dateline puts beside it."""
    for line in _head_lines(parts, headline):
        if BYLINE.match(line) and len(line.split()) <= _BYLINE_WORDS:
            return line
    return ""


def _publisher(
    soup: BeautifulSoup, metas: dict[str, str], linked: dict[str, str], site: set[str], region: Tag
) -> str:
    """The site's name as the page states it: its site-name metadata, the publisher of its
    JSON-LD, else the end (or the start) of its <title> where that is the name its header or
    footer shows ("Story - Calderbrook Evening Post", "Eastcombe Gazette | News")."""
    # GOV.UK's "From: Department for Education" by the headline names the body behind a
    # page on a shared site (a probe record's direction had "GOV.UK")
    if sender := _from_line(_lines(region)[:_HEAD_LINES]):
        return sender
    for named in (metas.get("og:site_name", ""), linked.get("publisher", "")):
        if _flat(named):
            return _flat(named)
    tag = soup.find("title")
    title = _flat(tag.get_text()) if tag else ""
    seps = list(_SEPARATOR.finditer(title))
    # a <title> that is the site's name alone ("Stanmoor Gazette")
    if not seps and title and any(_names(title, name) for name in site):
        return title
    if seps:
        # the end of the title, or its start ("Eastcombe Gazette | News | Local")
        for part in (title[seps[-1].end() :].strip(), title[: seps[0].start()].strip()):
            if part and any(_names(part, name) for name in site):
                return part
    return ""


_FROM = re.compile(r"^\s*From\s*:\s*(?P<rest>.*)$")
SENDER_WORDS = 8  # "From: Department for Education": a body's name is short


def _from_line(lines: list[str]) -> str:
    """The body a "From:" line by the headline names (on that line or the next)."""
    for i, line in enumerate(lines):
        match = _FROM.match(line)
        if match:
            sender = match.group("rest").strip() or (lines[i + 1] if i + 1 < len(lines) else "")
            if sender[:1].isupper() and len(sender.split()) <= SENDER_WORDS:
                return _flat(sender)
    return ""


def _names(part: str, name: str) -> bool:
    """Does the site's name as its <title> gives it name the site its header or footer
    shows? Its words in order ("Stanmoor Council" in "© Stanmoor Metropolitan Borough
    Council"), a capitalised abbreviation standing for words ("Stanmoor MBC")."""
    wanted = _norm(part).split()
    words = name.split()
    at = 0
    for i, word in enumerate(wanted):
        short = part.split()[i] if i < len(part.split()) else ""
        initials = len(short) >= 2 and short.isupper()
        while at < len(words) and words[at] != word:
            if initials and "".join(w[0] for w in words[at : at + len(word)]) == word:
                break
            at += 1
        if at == len(words):
            return False
        at += len(word) if initials and words[at] != word else 1
    return True


# -- where the document is -------------------------------------------------------------
# Parts of a page that are not its document, by tag, ARIA role or class/id/label words.
# (Not <form>: some council sites wrap the whole page in one.)
_CHROME_TAGS = ("nav", "aside", "button", "dialog")
_CHROME_ROLES = {"navigation", "complementary", "banner", "contentinfo", "search", "dialog"}
_CHROME_WORDS = re.compile(
    r"related|sidebar|side-bar|latest|most-?read|popular|trending|recommend|more-(?:news|stories)"
    r"|cookie|consent|breadcrumb|share|social|newsletter|promo|advert|skip|site-header"
    r"|site-footer|masthead|logo|brand|menu",
    re.IGNORECASE,
)
# A heading that opens a list of other pages: "Related news", "Latest stories", "Most read".
_LIST_HEADING = re.compile(
    r"^\s*(?:related|latest|most (?:read|popular|viewed)|more (?:news|stories|from|on)"
    r"|popular|top stories|trending|you (?:may|might) also|recommended|see also"
    r"|in other news|other news|read (?:more|next))\b",
    re.IGNORECASE,
)


def _is_chrome(tag: Tag) -> bool:
    if tag.name in _CHROME_TAGS:
        return True
    if (tag.get("role") or "") in _CHROME_ROLES:
        return True
    words = " ".join(
        [*(tag.get("class") or []), str(tag.get("id") or ""), str(tag.get("aria-label") or "")]
    )
    return bool(words.strip()) and bool(_CHROME_WORDS.search(words))


def _drop_chrome(region: Tag) -> Tag:
    size = len(region.get_text(" ", strip=True))
    for tag in [t for t in region.find_all(True) if _is_chrome(t)]:
        # a wrapper named for its layout ("content-with-sidebar") holds the document itself
        if tag.decomposed or tag.find("h1") or len(tag.get_text(" ", strip=True)) > size / 2:
            continue
        tag.decompose()
    for heading in region.find_all(["h2", "h3", "h4", "h5", "h6"]):
        if heading.decomposed or not _LIST_HEADING.match(heading.get_text(" ", strip=True)):
            continue
        level = int(heading.name[1])
        for sibling in list(heading.find_next_siblings()):
            if sibling.name in {f"h{n}" for n in range(1, level + 1)}:
                break
            sibling.decompose()
        heading.decompose()
    return region


def _content(soup: BeautifulSoup) -> Tag:
    """A copy of the page's main content (main, else its article, else the body), with
    navigation, side lists, cookie text and breadcrumbs taken out."""
    region = soup.find("main") or soup.find(True, attrs={"role": "main"})
    if not isinstance(region, Tag):
        articles = [a for a in soup.find_all("article") if not a.find_parent("article")]
        with_h1 = [a for a in articles if a.find("h1")]
        if with_h1 or len(articles) == 1:
            region = (with_h1 or articles)[0]
    if not isinstance(region, Tag):  # no main, no one article: the body, less its banners
        region = copy.copy(soup.body or soup)
        for tag in region.find_all(["header", "footer"]):
            if not tag.decomposed and not tag.find_parent(["article", "main"]):
                tag.decompose()
        return _drop_chrome(region)
    return _drop_chrome(copy.copy(region))


def _lines(region: Tag) -> list[str]:
    text = html_to_text(str(region))
    return [line for line in (" ".join(raw.split()) for raw in text.split("\n")) if line]


# -- the headline ------------------------------------------------------------------------
def _headline(region: Tag) -> str:
    h1 = region.find("h1")
    return _flat(h1.get_text(" ", strip=True)) if isinstance(h1, Tag) else ""


def _headline_outside(soup: BeautifulSoup) -> str:
    """A page heading set outside the main content, unless it is the site's logo or menu."""
    for h1 in soup.find_all("h1"):
        if any(_is_chrome(t) for t in (h1, *h1.parents) if isinstance(t, Tag)):
            continue
        text = _flat(h1.get_text(" ", strip=True))
        if len(text) >= 3:
            return text
    return ""


def _title(headline: str, named: list[str], site: set[str]) -> str:
    """The main <h1>; else og:title, the JSON-LD headline or the <title> (`named`, in that
    order), each without the site's name.

    A short h1 that the page title carries on ("Agenda item" → "Agenda item - Ofsted focused
    visit") names the kind of page, not the document, so the page title says more.
    """
    titles = [t for t in (_without_site(_flat(n), site) for n in named) if t]
    if headline:
        key = _norm(headline)
        longer = [t for t in titles if _norm(t).startswith(key) and len(_norm(t)) > len(key)]
        if len(headline.split()) <= _LABEL_WORDS and longer:
            return longer[0]
        # ...and so is an h1 naming only the body the page is about, as a report site's
        # provider page has it ("Hollinsby Metropolitan Borough Council" over "… - Monitoring
        # visit of LA children's services", the hollinsby hold-out's saved letter, session
        # 40, had been titled by the council's name alone)
        if names_body(headline) and longer:
            return longer[0]
        # "Agenda and decisions" over "Agenda for Cabinet on Wednesday, 9th February, 2022"
        # (a probe record's committee pages): a heading of page-kind words names no meeting
        if set(key.split()) <= _PAGE_KIND:
            named_more = [t for t in titles if len(_norm(t)) > len(key) and _norm(t) not in site]
            if named_more:
                return named_more[0]
        return headline
    for title in titles:
        if _norm(title) not in site:
            return title
    return ""


_LABEL_WORDS = 3  # a headline this short that the page title extends is a page-kind label
_PAGE_KIND = frozenset(
    {"agenda", "agendas", "minutes", "decision", "decisions", "item", "items", "and"}
    | {"details", "meeting", "meetings", "document", "documents", "notice", "page"}
    | {"report", "reports"}
)
_SEPARATOR = re.compile(r"\s+(\||-|–|—|::|·|»)\s+")


def _without_site(title: str, site: set[str]) -> str:
    """'Page title | Council name' → 'Page title'; 'Story - Paper' when the page's own
    header, footer or site-name metadata names 'Paper'. A dash inside a title stays."""
    while True:
        seps = list(_SEPARATOR.finditer(title))
        if not seps:
            return title
        head, sep, last = (
            title[: seps[-1].start()],
            seps[-1].group(1),
            _norm(title[seps[-1].end() :]),
        )
        own = title[seps[-1].end() :].strip()
        if sep == "|" or any(last and _names(own, name) for name in site):
            title = head.strip()
        else:
            return title


def _site_names(soup: BeautifulSoup, metas: dict[str, str]) -> set[str]:
    """The site's own name as its metadata, header brand, logo and footer give it."""
    names = {_norm(metas.get(k, "")) for k in ("og:site_name", "application-name")}
    marks = re.compile(r"brand|logo|site-name|masthead|site-footer|site-header", re.IGNORECASE)
    for tag in soup.find_all(True):
        words = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
        outer = tag.name in ("header", "footer") and not tag.find_parent(["article", "main"])
        if outer or marks.search(words):
            names.update(_norm(str(img.get("alt") or "")) for img in tag.find_all("img"))
            bare = copy.copy(tag)  # without its menus and link lists, which name other pages
            for menu in bare.find_all(["nav", "ul", "ol", "form"]):
                if not menu.decomposed:
                    menu.decompose()
            names.add(_norm(bare.get_text(" ", strip=True)))
    return {n for n in names if n}


# -- the date -----------------------------------------------------------------------------
# Lines that label a date, by rank: what a reader is told of publication first, then the
# meeting or decision the document records, then a later update.
_LABELS: tuple[tuple[int, re.Pattern[str]], ...] = tuple(
    (rank, re.compile(rf"^\s*(?:{label})\s*(?:[:|\-–—]\s*|\s+)(?P<rest>.*)$", re.IGNORECASE))
    for rank, label in (
        (
            0,
            r"(?:(?:agenda|decision|report|letter|minutes|notice|document|page|date|first)\s+)?"
            r"(?:published|issued|posted|released)(?:\s+on)?|publication date|dated"
            r"|date of (?:publication|issue|(?:the )?(?:letter|report|notice|statement))",
        ),
        (
            3,
            r"date of (?:the )?(?:meeting|decision|committee)|(?:meeting|decision|committee) date"
            r"|date and time|date(?=\s*[:|])"
            # "Held in the Council Chamber, County Buildings, on Tuesday 12 September 2023"
            r"|(?:meeting\s+)?held\b[^.:]{0,100}?\bon"
            # ...or its minutes' opening line: "MINUTES of a meeting of the SOCIAL CARE
            # SCRUTINY COMMITTEE held in the Council Chamber, … on Thursday, 14 March 2024"
            # (the session-45 hold-out record's minutes had no date)
            r"|minutes\s+of\s+(?:a|the)\s+(?:[^.:]{0,150}?\s)?held\b[^.:]{0,100}?\bon",
        ),
        (4, r"(?:page |this page was )?(?:last )?(?:updated|modified|reviewed|amended)(?:\s+on)?"),
    )
)
_RANK_META, _RANK_DATELINE, _RANK_UPDATED, _RANK_META_MODIFIED, _RANK_HEADLINE = 1, 2, 4, 5, 6
_RANK_PAGE_TITLE = 7
_META_PUBLISHED = {
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dcterms.issued",
    "dcterms.date",
    "dc.date.issued",
    "dc.date",
    "citation_publication_date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "date",
}
_META_MODIFIED = {
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
}
_UPDATE = re.compile(r"\b(?:last\s+)?(?:updated|modified|amended)\b", re.IGNORECASE)
# Pages in this field write numeric dates day first (decision records: "Decision
# published: 04/03/2021").
_NUMERIC = re.compile(r"\b([0-3]?\d)[/.]([01]?\d)[/.]((?:19|20)\d{2})\b")
_HEAD_LINES = 15  # a dateline sits by the headline, before the body
_BODY_WORDS = 25  # a line this long is the body: the head ends there
_DATELINE_WORDS = 8  # besides its date and time, a dateline holds a name or place at most
_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b", re.IGNORECASE)
_OTHER_LABEL = re.compile(r"^[^:]{1,40}:\s")
_BYLINE_PARTS = re.compile(r"\s+[|·•]\s+")


def _parts(region: Tag) -> list[str]:
    """The region's lines, a byline's labelled parts each a line of its own: "By Jo Mercer,
    Chief Reporter | Published: 03 February 2022 17:42" (a probe record's story had no
    date)."""
    return [part for line in _lines(region) for part in _BYLINE_PARTS.split(line)]


def _date(
    region: Tag,
    lines: list[str],
    headline: str,
    metas: dict[str, str],
    linked: dict[str, str],
    page_title: str,
) -> str:
    """The page's own date: the best-ranked source that gives one, the first of a rank."""
    found: list[tuple[int, int, str]] = []  # (rank, order, iso)

    def add(rank: int, text: str, precision: tuple[str, ...] = _ANY, label: bool = False) -> None:
        at, iso = first_date(text, precision)
        # a label's own date follows it ("Published: Wednesday, 3 May 2023"); a sentence
        # that starts with the word ("Published reports from 2 May show …") is body text
        if iso and not (label and set(_WORD.findall(text[:at].lower())) - _BEFORE_DATE):
            found.append((rank, len(found), iso))

    for i, line in enumerate(lines):
        for rank, label in _LABELS:
            match = label.match(line)
            if match:
                rest = match.group("rest")
                if not rest.strip() and i + 1 < len(lines):  # label and value on two lines
                    rest = lines[i + 1]
                add(rank, rest if rank == _RANK_UPDATED else _UPDATE.split(rest)[0], label=True)
                break
    for key in sorted(_META_PUBLISHED & metas.keys()):
        add(_RANK_META, metas[key][:10])
    if linked.get("datePublished"):
        add(_RANK_META, linked["datePublished"][:10])
    for when in _head_times(region):
        add(_RANK_DATELINE, when)
    for line in _head_lines(lines, headline):
        if _is_dateline(line):
            add(_RANK_DATELINE, _UPDATE.split(line)[0], ("day",))
    for key in sorted(_META_MODIFIED & metas.keys()):
        add(_RANK_META_MODIFIED, metas[key][:10])
    if linked.get("dateModified"):
        add(_RANK_META_MODIFIED, linked["dateModified"][:10])
    # A meeting's date in the document's own heading ("Minutes of the Cabinet, 4 May 2021");
    # a month or year there ("Budget 2024/25") names a period, not the document's day.
    add(_RANK_HEADLINE, headline, ("day",))
    # ...or in the page's own <title> ("Minutes of Cabinet, Tuesday 12 September 2023 |
    # Council"), where the headline leaves it out (a probe record's minutes had no date)
    add(_RANK_PAGE_TITLE, page_title, ("day",))
    return min(found)[2] if found else ""


_ANY = ("day", "month", "year")
_BEFORE_DATE = {
    "on",
    "the",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
}
_WORD = re.compile(r"[A-Za-z]+")
# Lower-case words a dateline may hold besides names and places ("By Ann Lowe, at Leeds").
# and the kind of item it dates ("Press release — 20 February 2024": a probe record's
# release had no date, its sidebar's dates being other stories')
_DATELINE_SMALL = {"by", "and", "at", "on", "in", "the", "of", "for", "from"} | {
    "press",
    "release",
    "news",
    "media",
    "statement",
    "update",
    "briefing",
    "notice",
    "posted",
}


def _is_dateline(line: str) -> bool:
    """'By Ann Lowe | 14 July 2020, 7:15am': a date with at most a name, a place, a time."""
    if _OTHER_LABEL.match(line) or any(label.match(line) for _, label in _LABELS):
        return False
    own = _UPDATE.split(line)[0]
    words = _WORD.findall(_TIME.sub(" ", _strip_dates(own)))
    small = [w for w in words if w[0].islower() and w.lower() not in _DATELINE_SMALL]
    return len(words) <= _DATELINE_WORDS and not small


def _head_lines(lines: list[str], headline: str) -> list[str]:
    """Lines by the headline, before the body starts; the headline itself left out."""
    head = []
    for line in lines[:_HEAD_LINES]:
        if len(line.split()) >= _BODY_WORDS:
            break
        if line != headline:
            head.append(line)
    return head


def _head_times(region: Tag) -> list[str]:
    """<time> elements before the body starts: the article header's published time."""
    times: list[str] = []
    for tag in region.find_all(["time", "p"]):
        if tag.name == "p" and len(tag.get_text(" ", strip=True).split()) >= _BODY_WORDS:
            break
        if tag.name == "time":
            marks = " ".join([*(tag.get("class") or []), str(tag.get("itemprop") or "")])
            if not re.search(r"modif|updat", marks, re.IGNORECASE):
                times.append(str(tag.get("datetime") or "")[:10] or tag.get_text(" ", strip=True))
    return times


def _strip_dates(text: str) -> str:
    text = _NUMERIC.sub(" ", text)
    for mention in reversed(find_dates(text)):
        text = text[: mention.start] + " " + text[mention.end :]
    return text


def first_date(text: str, precision: tuple[str, ...]) -> tuple[int, str]:
    """Where the first date of one of the given precisions is written in `text`, and it as
    ISO text; (0, "") if there is none."""
    candidates: list[tuple[int, str]] = []
    numeric = _NUMERIC.search(text)
    if numeric:
        day, month, year = (int(g) for g in numeric.groups())
        candidates.append((numeric.start(), _valid(year, month, day)))
    for mention in find_dates(text):
        if not mention.relative and mention.precision in precision:
            parts = [int(p) for p in mention.iso.split("-")]
            candidates.append((mention.start, _valid(*parts)))
            break
    candidates = [c for c in candidates if c[1]]
    return min(candidates) if candidates else (0, "")


def _valid(year: int, month: int | None = None, day: int | None = None) -> str:
    try:
        datetime.date(year, month or 1, day or 1)
    except ValueError:
        return ""
    parts = [f"{year:04d}"] + [f"{p:02d}" for p in (month, day) if p]
    return "-".join(parts)


# -- what the <head> says ---------------------------------------------------------------
def _metas(soup: BeautifulSoup) -> dict[str, str]:
    """<meta> values by lower-cased name, property or itemprop (the first of each)."""
    out: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("name") or tag.get("property") or tag.get("itemprop")
        value = tag.get("content") or tag.get("datetime")
        if key and value:
            out.setdefault(str(key).strip().lower(), str(value).strip())
    return out


def _linked_data(soup: BeautifulSoup) -> dict[str, str]:
    """datePublished, dateModified, headline and publisher name of the page's own JSON-LD
    object, not of items it lists."""
    out: dict[str, str] = {}
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        items = data if isinstance(data, list) else [data]
        items = [
            i
            for item in items
            for i in [item, *(item.get("@graph") or [])]
            if isinstance(item, dict) and isinstance(i, dict)
        ]
        for item in items:
            for key in ("datePublished", "dateModified", "headline"):
                if isinstance(item.get(key), str):
                    out.setdefault(key, item[key])
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                out.setdefault("publisher", publisher["name"])
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())[:200]


def _norm(text: str) -> str:
    return _flat(text).lower().replace("’", "'")
