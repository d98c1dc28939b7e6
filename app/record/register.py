"""The recommendation register: every recommendation, requirement, direction or area for
improvement the record holds, from the inspectorate's, commissioner's and government's own
sentences and from the lists under "what needs to improve"-style headings; the same concern
raised again later shares a group with its earlier mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from app.answer import Citation
from app.cite import display_sentence
from app.record.sentences import Sentence, cite_sentences, record_sentences
from index.lexical import stems
from index.retrieve import Scope
from ingest.dates import find_dates
from ingest.models import DocMeta
from ingest.voice import (
    AUTHORITATIVE,
    COUNCIL,
    COUNCILLOR,
    GOVERNMENT,
    NARRATION,
    OTHER,
    body_name,
    document_voice,
    learn_names,
    role_voice,
)

if TYPE_CHECKING:
    from index.retrieve import Retriever

# Two entries are the same sentence reported twice at SAME_SENTENCE cosine, the same concern
# at SAME_CONCERN, or either when they share SHARED_WORDS of their content stems (Jaccard).
# Set by hand on the Herefordshire record; not re-measured.
SAME_SENTENCE = 0.9
SAME_CONCERN = 0.6
SHARED_WORDS = 0.4


@dataclass
class Recommendation:
    """One recommendation, requirement, direction or area for improvement."""

    by: str  # the body (a voice), with the person where named: "commissioner (Eleanor Brazil)"
    body: str  # the voice alone
    person: str | None
    date: str  # ISO text, as precise as the record allows
    to: str  # to whom, where the text says ("the council" by default)
    text: str
    group: int  # recommendations on the same concern share a group
    citations: list[Citation] = field(default_factory=list)
    listed: bool = False  # an item of a report's own list ("Recommendations", "What needs…")
    source: str = ""  # the document's title and kind, to tell a visit's list from a report's

    def to_json(self) -> dict[str, object]:
        return {
            "listed": self.listed,
            "by": self.by,
            "body": self.body,
            "person": self.person,
            "date": self.date,
            "to": self.to,
            "text": self.text,
            "group": self.group,
            "citations": [c.to_json() for c in self.citations],
        }


_RECOMMEND = re.compile(
    r"\brecommend(?:s|ed)?\b(?! by)|\brecommendations? (?:include|are|were|is|was)\b|"
    r"\brecommendations?:|\b(?:issued|revised|statutory) direction\b|\bshould\b|\bmust\b|"
    r"\b(?:council|authority|leaders|partners|service|it)\s+(?:\w+\s+)?needs? to\b|"
    r"\b(?:is|are) required to\b|"
    r"\brequires? (?:the council|it|them) to\b|\b(?:directed|told|ordered|asked) to\b|"
    r"\bgiven\b[^.]{0,40}\bto (?:show|prove|demonstrate)\b|\bI (?:also )?propose\b",
    re.IGNORECASE,
)
_LIST_INTRO = re.compile(
    # "What needs to improve", "What the authority needs to improve"
    # "What the partnership needs to do next" (a probe inspectorate's letter)
    r"\b(?:areas? for (?:priority action|improvement)|"
    r"what (?:[\w']+\s+){0,3}?needs? to (?:improve|do)\b|"
    r"recommendations?|"
    r"requirements?|priorit(?:y|ies) for action)\b",
    re.IGNORECASE,
)
# ...or a sentence that says a list follows, and to whom, ending in a full stop ("10.1 I
# make the following recommendations to the Secretary of State."): it opens the list, and
# is none of its items (a hold-out record's commissioner's report, session 39, had it
# first among her recommendations, and so did a commissioner's in dunsmore's record)
_ANNOUNCES = re.compile(
    r"\bthe following\s+(?:[\w'’-]+\s+){0,2}?(?:recommendations?|requirements?|"
    r"areas? for (?:priority action|improvement)|priorit(?:y|ies) for action)\b"
    r"(?![^.]*\b(?:should|must)\b)",
    re.IGNORECASE,
)
_RECIPIENT = re.compile(
    r"\b(?:the council leader|council leader|the cabinet|cabinet member\w*|scrutiny committee|"
    r"(?:senior )?leaders|councillors|partners?|the (?:local )?authority|the council|"
    r"the department|the service)\b",
    re.IGNORECASE,
)


@dataclass
class _Rec:
    body: str
    date: str
    sentence: Sentence
    sentences: list[Sentence]
    listed: bool = False


# A finding is not a recommendation. A modal that describes rather than asks ("what should
# happen next", "as often as they should be", "checks that should already have been made"),
# a direction's issuing rather than what it requires, a body's own duty ("the commissioner
# is required to report"), a task listed for someone ("recommend the support…") and what
# usually happens. With "needs to" counted only after the council, its leaders or partners:
# unlisted entries wrenfield 22 -> 1, herefordshire 3 -> 1, no hand-listed entry lost.
_DESCRIBED = re.compile(
    r"\b(?:what|when|where|how|whether|who)\b(?:\s+[\w']+){0,3}?\s+(?:should|must|needs?\s+to)\b|"
    r"\b(?:as|than) (?:they|it|he|she|we) should\b|\bshould (?:already )?have been\b|"
    r"\b(?:commissioner|inspectors?|ofsted)\s+(?:is|are)\s+required to\b|"
    r"\bwhat\b(?:\s+[\w']+){0,3}?\s+(?:is|are)\s+required to\b|"
    r"\bas\s+(?:[\w']+\s+){0,3}recommended\b|"  # "As the commissioner recommended, …"
    r"\busually\b|\btypically\b|"
    # a norm in a relative clause: "discussions, which should normally take place within 24
    # hours, did not happen in 41% of cases" (a probe record's register listed the finding)
    r",\s*(?:which|that)\s+(?:should|must)\b[^,]*,",
    re.I,
)
# The commissioner's task, not a recommendation to the council (northmere's report summary).
_TASK_SET = re.compile(
    r"\b(?:ask(?:s|ed)?|requir(?:es|ed)|direct(?:s|ed))\s+(?:her|him|the commissioner)\s+to\b",
    re.I,
)
_ASKS = re.compile(r"\b(?:recommend(?:s|ed)?|requires?|directs?|directed|propose)\b(?! by)", re.I)
# A sentence that only names a direction (calderbrook's agendas, news and information page:
# 7 unlisted entries) is no entry; one that says what it requires, directs or recommends is.
_DIRECTION_NAMED = re.compile(r"\bdirection\b", re.I)
_DIRECTION_ASKS = re.compile(
    r"\b(?:requires?|required|directs?|directed|should|must|recommend(?:s|ed)?)\b", re.I
)


def is_finding(text: str) -> bool:
    """Whether a sentence with a modal or a direction describes rather than recommends."""
    if re.match(r"\s*recommend\b", text):
        return True  # a duty listed for someone: "The commissioner will: … recommend the…"
    if _TASK_SET.search(text):
        return True  # "The direction asked her to assess … and to recommend whether …"
    if _DIRECTION_NAMED.search(text) and not _DIRECTION_ASKS.search(text):
        # the direction as an event or a topic ("Agenda item 5: Statutory direction…", "will
        # issue a revised statutory direction"); the register keeps what it requires
        return True
    if _DESCRIBED.search(text):
        return not _ASKS.search(_DESCRIBED.sub(" ", text)) and not re.search(
            r"\b(?:should|must)\b", _DESCRIBED.sub(" ", text), re.I
        )
    return False


# "The direction requires the council to co-operate…" speaks for the government whatever
# voice the sentence was given.
_DIRECTION = re.compile(
    r"\b(?:statutory|ministerial|revised) direction\b|^\W*(?:the|this|its) direction\b", re.I
)
_MARKER = re.compile(r"^\s*(?:[a-z]{0,2}\d+|[a-z])[.)]?\s*$", re.I)
# ...and the first item's mark, which the sentence splitter leaves at the end of the list's
# intro ("7.1 I recommend that: R1."): a probe record's adviser's R1-R5 had been missed
_MARK_ENDING = re.compile(r"(?<=:)\s+\(?(?:[a-z]{0,2}\d+|[a-z])[.)]$", re.I)
_STATEMENT = re.compile(r"\b(?:will|would)\b", re.I)
# A council's minutes: "RESOLVED:" heads what the council decided, "(a) To approve …" or
# "That … be …" its items (wrenfield and northmere cabinet minutes).
_RESOLVED = re.compile(r"^\W*resolved\b", re.I)
_NOT_RECOMMENDED = re.compile(r"\bnot (?:recommended|supported|preferred)\b", re.I)
_RESOLUTION_ITEM = re.compile(r"^\W*(?:\(?[a-z0-9]{1,2}[.)]\s*)?(?:to|that)\b", re.I)


def _rec_body(sentence: Sentence, recent: str | None) -> str | None:
    if _DIRECTION.search(sentence.text):
        return GOVERNMENT
    if sentence.voice in AUTHORITATIVE:
        return sentence.voice
    # Narration that reports a body's recommendations: "The commissioner's recommendations…"
    if re.search(r"\brecommend", sentence.text, re.I):
        named = role_voice(sentence.text)
        if named in AUTHORITATIVE:
            return named
    # Narration continuing a body's words: "Instead she has given the council three months…";
    # a councillor's own words are not (a probe's "Cllr X said … children must be at the
    # heart of every decision", after a report of Ofsted's findings, had become Ofsted's)
    return None if sentence.voice == COUNCILLOR else recent


# A line that introduces what a body says the council should do (calderbrook's news: the
# commissioner's six recommendations, Ofsted's three areas for improvement).
LABELLED_ITEM = re.compile(
    r"^\W*(recommendation|requirement|area for (?:priority action|improvement))\s+"
    r"\d{1,2}\s*[:.–-]",
    re.I,
)
# "The council should:", "The local authority must urgently improve the following:" (a
# probe letter's intro had been listed as a recommendation of its own)
_MODAL_INTRO = re.compile(r"\b(?:should|must|needs? to)\b[^.:;]{0,45}:\s*$", re.I)
_PRONOUN = re.compile(r"^\W*(?:she|he|they|it)\b", re.I)
# A list item's mark: a bullet, or a letter or numeral in brackets ("(a) commission an
# audit…;"): a probe adviser's lettered list ran on into her closing words without it.
# ...or "c. " before an item its line runs on ("c. The additional investment … should be
# maintained"): a probe commissioner's lettered conditions had ended their list at "c."
_ITEM_MARK = re.compile(r"^\s*(?:[-•*▪●]\s*|\(?(?:[a-h]|[ivx]{1,4})\)\s+|[a-h][.)]\s+)")
# ...or a code that numbers it ("R1 Children's social care functions should transfer…"),
# where a PDF's line runs it on after the list's intro ("… to the Secretary of State. R1 …")
# and after the item before it (R12): an eval record's commissioner's report had lost R1,
# the trust it recommended, and R12 from its list (eldermere, session 52; the register
# and answer figures of the thirteen records unchanged)
_CODED_ITEM = re.compile(r"^\W*[A-Z]{1,3}\d{1,2}[.:)]?\s+[A-Z]")
_JUDGEMENT_HEADING = re.compile(
    r"^[^.!?]{10,160}:\s*(?:outstanding|good|requires improvement(?: to be good)?|inadequate)"
    r"\s*$",
    re.IGNORECASE,
)
_CONNECTIVE = re.compile(r"^\W*(?:since|following|however|although|meanwhile)\b", re.I)


SUBHEADING_CHARS = 40


def _named_body(meta: DocMeta) -> bool:
    """Is a document published by a named body whose voice is none of the record's own
    (the Local Government Association, a safeguarding partnership), and not news?"""
    return (
        bool(meta.publisher)
        and meta.kind.lower() not in ("news", "press", "blog")
        and document_voice(meta) in (NARRATION, OTHER)
    )


def _person_voice(text: str, names: dict[str, str]) -> str | None:
    """The voice of the first person `text` names whom the record introduces with a role."""
    hits = [
        (m.start(), voice)
        for name, voice in names.items()
        if " " not in name and name[:1].isupper()
        for m in re.finditer(rf"\b{re.escape(name)}\b", text)
    ]
    return min(hits)[1] if hits else None


def _is_heading(text: str) -> bool:
    stripped = text.strip()
    # (a list item closes on ";": "(a) commission an audit of case files;")
    return len(stripped) <= 90 and not stripped.endswith((".", "”", '"', "?", "!", ":", ";"))


def _recommendation_sentences(retriever: Retriever, scope: Scope | None) -> list[_Rec]:
    found: list[_Rec] = []
    listing: str | None = None  # body of an open "What needs to improve" list
    current_doc = None
    recent: list[str | None] = []  # voices of the last few sentences
    after_marker = False  # the previous sentence was a bare "1." of a numbered list
    names: dict[str, str] = {}  # people the record introduces with a role, and their voice
    for doc in retriever.docs.values():
        names.update(learn_names(doc.text))
    before = ""  # the sentence before, for a list intro that opens on a pronoun
    listed_case: bool | None = None  # whether the open list's items begin in lower case
    listed_bullets = False  # whether the open list's first item has a bullet
    listed_when = ""  # the time the open list's heading names ("… need to improve (2023)")
    for s in record_sentences(retriever, scope):
        if s.doc.doc_id != current_doc:
            current_doc, listing, recent, listed_when = s.doc.doc_id, None, [], ""
        recent = [*recent[-2:], s.voice if s.voice in AUTHORITATIVE else None]
        text = display_sentence(s.text)
        ends_on_mark = _MARK_ENDING.search(text)
        text = text[: ends_on_mark.start()] if ends_on_mark else text
        marker_only = bool(_MARKER.match(text))
        item_start, after_marker = after_marker, marker_only or ends_on_mark is not None
        if not text or marker_only:
            continue
        # "What needs to improve in this local authority?" heads a report's own list (the
        # wrenfield inspection report; northmere's reports end theirs with a colon).
        if text.endswith("?") and not (_LIST_INTRO.search(text) and len(text) <= 90):
            continue
        # When it was made: the document's date (a date in the text is usually a deadline).
        when = s.doc.meta.published
        council_minutes = document_voice(s.doc.meta) == COUNCIL
        if council_minutes and _RESOLVED.match(text) and text.endswith(":"):
            listing, listed_case = COUNCIL, None
            continue
        if _MODAL_INTRO.search(text):
            # "Ofsted says the council should improve:", "She says the council should:" —
            # the body the line names, or the person the sentence before it names
            # ("The local authority should:" names whom the list is for, not who made it)
            named = role_voice(text)
            named = named if named in AUTHORITATIVE else None
            listing = named or _person_voice(before, names) or s.voice
            if _PRONOUN.match(text):
                listing = _person_voice(before, names) or listing
            listing = listing if listing in AUTHORITATIVE else None
            before, listed_case = text, None
            continue
        before = text
        if _LIST_INTRO.search(text) and (
            _is_heading(text) or text.endswith((":", "?")) or _ANNOUNCES.search(text)
        ):
            listed_when = _heading_time(text, s.doc.meta.published)
            listing = s.voice if s.voice in AUTHORITATIVE else role_voice(text)
            if listing not in AUTHORITATIVE:
                # a committee's recommendations put to the council's cabinet
                listing = COUNCIL if council_minutes and text.endswith(":") else None
            if listing is None and _named_body(s.doc.meta):
                # a peer review's or a practice review's own list, by the body that
                # published it (a probe record's register had none of its 12 items)
                listing = OTHER
            listed_case = None
            continue
        if listing == COUNCIL and not _RESOLUTION_ITEM.match(text):
            listing = None  # "The recommendation was put to the vote": the list has ended
        if _JUDGEMENT_HEADING.search(text):
            # "The experiences and progress of children in care: requires improvement to be
            # good" heads a report's next section: its findings are no items (two probe
            # reports' "What needs to improve" lists had run on into them)
            listing = None
            continue
        if (
            listing
            and (s.new_paragraph or item_start)  # "4. Conclusion": a numbered section's heading
            and (
                (_is_heading(text) and len(text) < 60)
                or (
                    _STATEMENT.search(text)
                    and not _RECOMMEND.search(text)
                    and not re.search(r";(?:\s*(?:and|or))?$", text)  # an item of the list
                )
            )
        ):
            listing = None  # the next section, or the closing words, begin
        if (
            listing
            and (item_start or s.new_paragraph)
            and ((_is_heading(text) and text.isupper()) or _CONNECTIVE.match(text))
        ):
            listing = None  # "6. ACTION BEING TAKEN", "Since it was judged inadequate…, …"
        # display_sentence drops the mark; "Recommendation 2: …" labels an item wherever the
        # text runs it on
        # an option weighed and turned down ("C | Transfer to a trust | 26 | Not
        # recommended: …", an options table in a probe record's report) is no recommendation
        if _NOT_RECOMMENDED.search(text):
            continue
        # "Immediately:", "Within three months:": a heading inside the list, not an item of it
        # (a probe record's 2012 areas for improvement had been read as that one line)
        if listing and text.endswith(":") and len(text) <= SUBHEADING_CHARS:
            continue
        bullet = (
            bool(_ITEM_MARK.match(s.text))
            or bool(LABELLED_ITEM.match(text))
            or bool(_CODED_ITEM.match(text))
        )
        first_item = listed_case is None
        if listing and not first_item and listed_bullets and s.new_paragraph and not bullet:
            # a bulleted list ends at the first paragraph without a bullet (a probe report's
            # "What needs to improve" ran on into the next section's heading and findings)
            listing = None
        if listing and (s.new_paragraph or item_start or bullet):
            case = _ITEM_MARK.sub("", text.lstrip("-•* "))[:1].islower()
            if first_item:
                listed_bullets = bullet
            if listed_case is not None and case != listed_case:
                listing = None  # items of one list share a form: "appoint …;" then "The minister…"
            else:
                listed_case = case
                found.append(
                    _Rec(listing, listed_when or s.doc.meta.published, s, [s], listed=True)
                )
                continue
        if not listing:
            listed_case = None
        earlier = next((v for v in reversed(recent[:-1]) if v), None)
        body = _rec_body(s, earlier if s.voice not in AUTHORITATIVE else None)
        # (a headline, "Commissioner says X should keep control of children's services", is
        # news of a recommendation, not one: a probe's register had counted it)
        if (
            body
            and _RECOMMEND.search(text)
            and len(text) >= 40
            and not is_finding(text)
            and not _is_heading(text)
        ):
            found.append(_Rec(body, when, s, [s]))
    return found


def _heading_time(text: str, published: str) -> str:
    """The time a list's heading says its items are of ("What Ofsted said we need to improve
    (2023)" on a 2024 slide: a probe record's briefing on the 2023 inspection had missed
    them), if it names one no later than its document; "" for none."""
    said = [d.iso for d in find_dates(text, published) if not d.relative]
    said = [iso for iso in said if not published or iso[:4] <= published[:4]]
    return said[-1] if said else ""


def _group(vectors: np.ndarray, stem_sets: list[set[str]], threshold: float) -> list[int]:
    """Union-find over pairs that are close in meaning or share most content words."""
    parent = list(range(len(stem_sets)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sims = vectors @ vectors.T if len(vectors) else np.zeros((0, 0))
    for i in range(len(stem_sets)):
        for j in range(i + 1, len(stem_sets)):
            union = stem_sets[i] | stem_sets[j]
            jaccard = len(stem_sets[i] & stem_sets[j]) / len(union) if union else 0.0
            if sims[i, j] >= threshold or jaccard >= SHARED_WORDS:
                parent[root(j)] = root(i)
    return [root(i) for i in range(len(stem_sets))]


def recommendations(retriever: Retriever, scope: Scope | None = None) -> list[Recommendation]:
    """Every recommendation, requirement, direction or area for improvement, by date; the
    same concern raised again later shares a `group` with its earlier mention."""
    recs = _recommendation_sentences(retriever, scope)
    if not recs:
        return []
    texts = [display_sentence(r.sentence.text) for r in recs]
    vectors = retriever.embedder.encode(texts) if hasattr(retriever, "embedder") else np.zeros(0)
    vectors = np.asarray(vectors, dtype=np.float32)
    stem_sets = [set(stems(t)) for t in texts]
    # The same sentence reported twice (two papers quoting one report) is one entry.
    same = _group(vectors, stem_sets, SAME_SENTENCE)
    merged: dict[int, _Rec] = {}
    keep: list[int] = []
    kept_at: dict[int, int] = {}  # where each merged entry stands in `keep`
    for i, key in enumerate(same):
        if (
            key in merged
            and merged[key].body == recs[i].body
            and merged[key].date[:4] == recs[i].date[:4]  # a later report repeating it is new
        ):
            kept = merged[key]
            if recs[i].listed and not kept.listed:
                # the report's own list item stands for it, not a mention before the list ("The
                # permanent appointment of a director … must be the first priority", then "a.
                # The council should appoint a permanent director": a probe's list had lost it)
                merged[key] = _Rec(
                    kept.body,
                    kept.date,
                    recs[i].sentence,
                    [recs[i].sentence, *kept.sentences],
                    listed=True,
                )
                keep[kept_at[key]] = i
            else:
                kept.sentences.append(recs[i].sentence)
        elif key not in merged:
            merged[key] = recs[i]
            kept_at[key] = len(keep)
            keep.append(i)
        else:
            # another body's, or a later report's repeat: an entry of its own (it had been
            # dropped: calderbrook's 2025 report lost an area for improvement the 2024
            # visit had also named)
            merged[-1 - i] = recs[i]
            same[i] = -1 - i
            keep.append(i)
    concern = _group(
        vectors[keep] if len(vectors) else vectors, [stem_sets[i] for i in keep], SAME_CONCERN
    )
    names = {doc_id: learn_names(doc.text) for doc_id, doc in retriever.docs.items()}
    out = []
    order = {root: n for n, root in enumerate(dict.fromkeys(concern), start=1)}
    for idx, root in zip(keep, concern, strict=True):
        rec = recs[idx]
        text = texts[idx]
        person = _person(rec, names.get(rec.sentence.doc.doc_id, {}))
        recipient = _RECIPIENT.search(text.split("should")[0] if "should" in text else text)
        out.append(
            Recommendation(
                by=_by(rec, person),
                body=rec.body,
                person=person,
                date=rec.date,
                to=recipient.group().lower() if recipient else "the council",
                text=text,
                group=order[root],
                citations=cite_sentences(merged.get(same[idx], rec).sentences),
                listed=rec.listed,
                source=f"{rec.sentence.doc.meta.title} {rec.sentence.doc.meta.kind} "
                f"{rec.sentence.doc.meta.about}",
            )
        )

    def position(r: Recommendation) -> tuple[str, str, int, int]:
        c = r.citations[0]
        return (r.date, c.doc_id, c.start, c.highlights[0][0] if c.highlights else 0)

    return sorted(out, key=position)


def named_maker(recs: list[Recommendation], question: str) -> list[Recommendation]:
    """Those of a body outside the record's voices that the question names, by its name or
    its initials ("What did the LGA recommend?"); none when it names another ("…did the
    scrutiny committee put to cabinet?": the passages answer that)."""
    asked = question.lower()
    return [r for r in recs if r.body == OTHER and _names(asked, r.by.split(" (")[0])]


def _names(question: str, body: str) -> bool:
    """Does a (lower-case) question name `body`, whole or by its initials ("lga")?"""
    words = [w for w in re.findall(r"[A-Za-z]+", body) if w.lower() not in ("of", "and", "the")]
    initials = "".join(w[0] for w in words).lower()
    return body.lower() in question or (
        len(words) > 1 and re.search(rf"\b{initials}\b", question) is not None
    )


def _by(rec: _Rec, person: str | None) -> str:
    """Who made it: the body's label (a body outside the record's voices by its own name),
    with the person where named."""
    meta = rec.sentence.doc.meta
    body = meta.publisher if rec.body == OTHER else body_name(rec.body, meta)
    return f"{body} ({person})" if person else body


def _person(rec: _Rec, names: dict[str, str]) -> str | None:
    """The named person of the recommending body, as the document introduces them."""
    people = [n for n, v in names.items() if v == rec.body and " " in n]
    doc = rec.sentence.doc
    near = [n for n in people if n.split()[-1] in rec.sentence.passage.text]
    if not near and document_voice(doc.meta) == rec.body:
        near = people  # the author of the report itself
    if not near:
        return None
    return max(near, key=lambda n: doc.text.count(n.split()[-1]))
