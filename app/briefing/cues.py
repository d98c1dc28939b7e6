"""The wording a briefing reads: which words make a point the kind a background question
wants (a weakness, a reason, an improvement), whose words they are, what in a document is
its own apparatus or a findings section. Pure functions over text; measured on the dev
halves of eval/briefing."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from app.background import CHANGE, OVERVIEW, PROBLEMS, VOICES, WHY
from app.question import IN, Question
from app.slots import undated
from index.lexical import stems
from ingest.dates import day_bounds, find_dates
from ingest.furniture import is_apparatus, is_furniture
from ingest.voice import (
    COMMISSIONER,
    COUNCIL,
    COUNCILLOR,
    GOVERNMENT,
    NARRATION,
    OFSTED,
    OTHER,
    introduces_judgement,
    role_voice,
)

if TYPE_CHECKING:
    pass


# -- what each kind of briefing looks for ----------------------------------------------------

# Words of the question that say what kind of briefing it wants, not what it is about.
FORM_WORDS = frozenset(
    stems(
        "why what main key biggest major chief principal problems problem findings finding "
        "issues concerns weaknesses failings criticisms points messages conclusions history "
        "track record timeline happened summarise summarize summary overview background brief "
        # ("the position on the workforce": its "financial position" and a table's "summarises
        # the position" had been points; dev briefings 36.70 -> 36.90, test unchanged)
        "briefing situation state position picture view improved improve improvements changed "
        "change changes "
        "progress better worse say said saying says think feel tell told tells want make found "
        "find concluded conclude recommend recommended years last over since service services "
        "council "
        "children's children social care department authority stand things going doing current "
        # the asking itself: "give me the history…", "can you outline…" (a probe record's
        # dev history question had been read as about "give")
        "give show outline describe explain walk"
    )
)
# What makes a sentence the kind of point each briefing wants.
NEGATIVE = re.compile(
    r"\b(?:not|too|no|lack\w*|poor\w*|weak\w*|inadequate|insufficient\w*|variable|delay\w*|"
    r"drift|fail\w*|slow\w*|concern\w*|worr\w*|unstable|inconsistent\w*|irregular|backlog|"
    r"deteriorat\w*|limited|fragile|long-standing|overly|unassessed|high|still|"
    r"underdeveloped|uneven|difficult|shortfall|stalled)\b",
    re.IGNORECASE,
)
POSITIVE = re.compile(
    # "improvement plan", "improvement board" name no improvement
    r"\b(?:improv(?:ed|es|ing)|improvements? (?:in|to|at)|progress|"
    r"(?:fallen|fell|dropped|down|reduced) (?:from|to)|compared with|fallen|fell|reduced|"
    r"lower|better|stronger|strengthened|cleared|"
    r"now|more (?:promptly|quickly|stable|accurate|reliable|visible|consistent\w*|timely)|"
    r"steady|recognised|positive|strength|good|encouraging|turned)\b",
    re.IGNORECASE,
)
REASON = re.compile(
    r"\b(?:inadequate|judged|rated|because|following|after|prompting|failings?|failing|"
    r"lowest|harm|capacity|not protected)\b",
    re.IGNORECASE,
)
# "What were the main findings": what was found, good or bad, or a figure.
# ("What did the review say?" asks what it says as a whole, good or bad; "what did it say
# needed to improve?" asks for what was wrong)
FINDINGS = re.compile(
    r"\b(?:find|findings?|found|conclu\w*|points?|messages?)\b|\b(?:say|said)\s*\??\s*$", re.I
)
FINDINGS_CUE = re.compile(
    rf"{NEGATIVE.pattern}|{POSITIVE.pattern}|"
    r"\b(?:found|finds|conclud\w*|describes|notes|warns|highlights|\d+%|"
    # what inspectors praised or criticised is what they found ("Inspectors praised the
    # council's adoption service": a probe record's 2018 findings had been left out)
    r"prais\w*|commend\w*|criticis\w*)",
    re.IGNORECASE,
)
# A question about money ("the budget", "spending", "the overspends") is answered by amounts:
# a sentence stating one, or a table's row of them, says what was asked, whatever its words
# ("overspent by £7.9m in 2021/22" names no "budget"). Four probe records' dev questions
# had been briefed with few amounts or none: coverage summed over the twelve records' dev
# halves 43.48 -> 44.88 of 78 (test 35.43 -> 36.23 of 76, four questions up, none down).
MONEY = re.compile(
    r"\b(?:budgets?|budgetary|spend(?:ing|s)?|spent|overspen\w*|underspen\w*|costs?|"
    r"financ\w*|funding|money|outturn)\b",
    re.IGNORECASE,
)
AMOUNT = re.compile(r"£\s?\d|\b\d+(?:\.\d+)?\s?(?:million|billion|bn)\b", re.IGNORECASE)
MONEY_STEMS = frozenset(
    stems(
        "budget budgets budgetary spend spending spends spent overspend overspends overspent "
        "overspending underspend underspent cost costs finance finances financial funding "
        "money outturn"
    )
)


# What a figure is not: a paragraph's or a table row's number, a year or financial year, a
# date's day.
_NOT_FIGURES = re.compile(
    r"^\s*\(?\d+(?:\.\d+)*[.)]\s|^\s*\d+(?:\.\d+\s|\s*\|)|\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


def states_figure(text: str) -> bool:
    """A count, share or amount ("37 contacts", "43%", "£9.8m"), not only dates, nor a
    section of an Act ("powers under section 497A(4B)") or the days a visit took ("between
    10 and 21 May 2021"): a probe record's main findings of an inspection had been its dates
    and the Secretary of State's powers."""
    return any(ch.isdigit() for ch in _NOT_FIGURES.sub(" ", undated(text)))


FORM_CUES = {
    PROBLEMS: NEGATIVE,
    WHY: REASON,
    CHANGE: POSITIVE,
    OVERVIEW: re.compile(f"{NEGATIVE.pattern}|{REASON.pattern}", re.IGNORECASE),
    VOICES: re.compile(r"."),
}
# What a "why" question asks the reasons for: a status, not a subject.
STATUS_WORDS = frozenset(
    stems("intervention inadequate failing failed commissioner direction special measures control")
)
# Words for the record's events: "the history of the inspections" is the whole timeline.
EVENT_WORDS = frozenset(
    stems(
        "ofsted inspection inspections inspected visits visit monitoring first second third "
        "fourth fifth sixth last latest recent most"
    )
)
# Extra search words per briefing: the pool is searched for the points' own vocabulary.
SEARCH_WORDS = {
    PROBLEMS: "found weaknesses too not delay poor inadequate",
    WHY: "judged inadequate intervention statutory direction commissioner appointed",
    CHANGE: "improved progress now fallen reduced since",
    OVERVIEW: "judged inadequate found commissioner concluded progress",
    VOICES: "said told",
}
# Who a "what do X say" question asks for: the voices of their words, and words one of the
# sentence or the one before it must hold (a parent is quoted as "others" with the police).
GROUPS: tuple[tuple[re.Pattern[str], frozenset[str], re.Pattern[str] | None], ...] = (
    (
        re.compile(r"\b(?:parents?|famil\w*|mothers?|fathers?|carers?|campaigners?)\b", re.I),
        frozenset({OTHER, NARRATION}),
        re.compile(r"\b(?:parents?|famil\w*|mother|father|carers?|campaign\w*|families)\b", re.I),
    ),
    (
        re.compile(r"\b(?:councillors?|members|opposition)\b", re.I),
        frozenset({COUNCILLOR, COUNCIL}),
        None,
    ),
    (re.compile(r"\b(?:inspectors?|ofsted)\b", re.I), frozenset({OFSTED}), None),
    (re.compile(r"\bcommissioner\b", re.I), frozenset({COMMISSIONER}), None),
    (
        re.compile(r"\b(?:government|minister|department)\b", re.I),
        frozenset({GOVERNMENT}),
        None,
    ),
    (
        # (and their union: two probe records' questions ask of "social workers and their
        # union", whose branch speaks for them)
        re.compile(r"\b(?:social workers|staff|unions?|unison)\b", re.I),
        frozenset({OTHER, NARRATION, OFSTED, COMMISSIONER}),
        # ...saying it themselves: not a parent's quote that ends on 'social workers,"
        # she said' (dev bb10 had quoted one as social workers' words)
        re.compile(
            r"\b(?:social workers?|staff|unions?|unison|branch)\b[^.\"“”]{0,40}"
            r"\b(?:told|said|say|says|spoke|warned|added)\b",
            re.I,
        ),
    ),
    (re.compile(r"\b(?:council|leaders?)\b", re.I), frozenset({COUNCIL}), None),
    (
        # children and young people, in care or leaving it, mostly heard through those they
        # told ("One young person told inspectors that she had had seven social workers"):
        # a probe record's "what have children in care and care leavers said?" had quoted
        # the council's press release (session 21). Last: "children's services" is no group.
        re.compile(r"\b(?:children(?!['’]s)|young (?:people|person)|care leavers?)\b", re.I),
        frozenset({OTHER, NARRATION, OFSTED, COMMISSIONER}),
        re.compile(
            # (themselves: not "families of young people … said")
            r"(?<!\bof )(?<!\bfor )(?<!\bwith )"
            # (not "Children's Services Commissioner, said": her words, dev jb07)
            r"(?:\b(?:child|children(?!['’]s)|young (?:people|person)|care leavers?|boy|girl|"
            r"teenager)\b"
            # (or someone said to have been in care: "Tayo, 20, who left the council's care
            # two years ago, said: …", a probe record's dev jb07, session 57)
            r"|\bcare[- ]experienced\b|\b(?:who|having)\s+(?:has\s+|had\s+)?(?:left|grew up in|"
            r"(?:is|was|were|are) (?:still )?in|lived in|lives in)\s+(?:[\w'’]+\s+){0,2}?care\b)"
            r"[^.\"“”]{0,40}\b(?:told|said|say|says|spoke|described|wanted|want|asked|"
            r"presented|wrote)\b",
            re.I,
        ),
    ),
)
# The words that name a body ("commissioner", "Ofsted", "inspectors").
BODY_WORDS = frozenset(
    stems("commissioner commissioners ofsted inspectors inspector minister government council")
)
# A document's or an event's own apparatus: "This letter summarises the findings of…",
# "This was the second monitoring visit since…", "The full letter is reproduced below",
# "Inspectors visited on 16 and 17 January": they say what the document is, not what it
# found (dev labels: 14 such points dropped on the four records).
ABOUT_ITSELF = re.compile(
    # ("Their report, published today, finds that …" is a finding, not apparatus; dev
    # coverage calderbrook 0.725 -> 0.758, precision northmere 0.815 -> 0.852; nor is "The
    # report was published on 16 May 2025 and judged …", pellbridge's re-inspection)
    r"^(?:this|the|our|their) (?:letter|report|page|visit)\b(?!,?[^.]{0,40}?\b(?:found|finds|"
    r"says|said|notes|concludes|describes|judged|judges|rated|highlights|states)\b)|"
    r"^this was the \w+ (?:monitoring |focus+ed )?(?:visit|inspection)\b|"
    r"\breproduced below\b|^you can read\b|^inspectors visited\b|^the findings come from\b|"
    # ...wherever it starts: a PDF joins a letter's title to it ("Monitoring visit to …
    # services This letter summarises the findings of …")
    r"\bthis (?:letter|report) (?:summarises|sets out|describes) the findings\b|"
    r"^[\w' ]{0,40}carried out (?:its|a|the) \w+ (?:monitoring )?visit\b|"
    # a meeting's own business: apologies, declarations, attendance
    r"^apologies\b|\bdeclared an? (?:non-)?pecuniary interest\b|^(?:also )?present\b|"
    r"^resolved\b|^background papers\b|^the [\w' ]{0,60}\b(?:presented|introduced) the [\w' ]{0,40}"
    r"(?:report|letter)\.$",
    re.IGNORECASE,
)
# A sentence reporting what the body just named said: "She found…", "Her report says…".
REPORTS = re.compile(r"^\W*(?:she|he|they|her|his|their|its|the report)\b", re.IGNORECASE)
# Voices whose words react to findings rather than make them.
REACTIONS = frozenset({COUNCIL, COUNCILLOR, OTHER})
# A sentence that names a councillor (not an officer of the council).
COUNCILLOR_NAMED = re.compile(
    r"\b(?:councillors?|cllr|coun|leader of the council|council leader|cabinet member|"
    r"opposition|group leader)\b",
    re.IGNORECASE,
)
BODIES = frozenset({OFSTED, COMMISSIONER, GOVERNMENT, COUNCIL, COUNCILLOR})
REPORTED = re.compile(r"\b(?:said|says|told|added|asked|called|described)\b", re.I)
# A point shorter than this states too little to brief on; a line without closing
# punctuation is a heading unless it is an item of a list.
MIN_POINT_CHARS = 40
# ...and a person's own words this ("The overspend is not a surprise.").
MIN_SPOKEN_CHARS = 25
SECTION_HEADING_WORDS = 8
# ...or, marked as a heading or asking a question, of at most this many.
QUESTION_HEADING_WORDS = 16


# A line that opens a list of findings ("Negatives included:", "Inspectors identified the
# following areas for priority action:"), not any line ending in a colon.
# ("The Department will expect to see, by the time of the review of this notice:" opens
# a list too, of targets: EXPECTED_LIST)
LIST_INTRO = re.compile(
    r"\b(?:follow\w*|includ\w*|areas?|found|findings?|priorit\w*|positives|negatives|"
    r"improve\w*|recommend\w*|strengths|weaknesses|concerns|expect\w*|targets?)\b",
    re.IGNORECASE,
)
CLOSED = (".", "!", "?", ";", ":", '"', "'", "”", "’", ")")
# A list opened so ("the following needed to improve:", "Concerns included:") is one of
# what the form asks for, each item whatever words it uses (a probe record's self-assessment
# listing what Ofsted said needed to improve, dev f82).
_NEVER = re.compile(r"(?!)")
LIST_OF = {
    PROBLEMS: re.compile(
        rf"{NEGATIVE.pattern}|\b(?:improve\w*|concerns|weakness\w*|negatives|shortcomings|"
        r"areas? for development|need\w* to)\b",
        re.IGNORECASE,
    ),
    WHY: _NEVER,
    CHANGE: re.compile(rf"{POSITIVE.pattern}|\b(?:positives|strengths)\b", re.IGNORECASE),
    OVERVIEW: _NEVER,
    VOICES: _NEVER,
}
# ... and, when the question asks what was concluded or recommended ("what did the
# commissioner conclude in 2022?"), a list the document says is of recommendations ("She
# made the following recommendations:"): a commissioner's conclusions are her
# recommendations (a probe record's dev db06 had quoted the seventh alone).
CONCLUSIONS_ASKED = re.compile(r"\b(?:conclu\w*|recommend\w*)\b", re.IGNORECASE)
RECOMMENDATION_LIST = re.compile(r"\brecommend\w*\b", re.IGNORECASE)
# A sentence that opens on recommending ("2.3 I recommend that the notice remains in
# place"), not one that reports a conclusion and a recommendation with it ("He concluded
# that …, but recommended that the direction should remain").
RECOMMENDING = re.compile(r"^\W*(?:\d+(?:\.\d+)*\s+)?(?:I|we)\s+(?:would\s+)?recommend\b", re.I)


# A list of what is to be achieved ("The Department will expect to see, by the time of the
# review of this notice: - at least 90% of contacts … within 24 hours;"), not of what was
# found or has changed: a hold-out record's main findings of an inspection had led with an
# improvement notice's four targets (session 38) ...
EXPECTED_LIST = re.compile(
    r"\b(?:will|would|shall)\s+(?:expect|want|need|look|require)\w*\b|\bexpects?\b|"
    r"\btargets?\b|\bmeasures? of (?:improvement|success|progress)\b|\bby the time of\b",
    re.IGNORECASE,
)
# ...unless that is what the question asks for
EXPECTATIONS_ASKED = re.compile(r"\b(?:expect\w*|targets?|requir\w*|measures?|aims?)\b", re.I)


def list_wanted(form: str, intro: str, question: str) -> bool:
    """Is a list this sentence opens ("Negatives included:") one of what the form asks for?"""
    return bool(LIST_OF[form].search(intro)) or (
        form == PROBLEMS
        and bool(CONCLUSIONS_ASKED.search(question))
        and bool(RECOMMENDATION_LIST.search(intro))
    )


# What an inspector tells a council to do ("e. Ensure that plans are specific", "Improve
# the quality of supervision"): a recommendation, not a finding (dev: elmshire's 2015
# report's lettered list had been briefed as the main problems found, gb03) ...
_TO_DO = (
    r"(?:ensure|improve|reduce|develop|strengthen|increase|establish|introduce|provide|"
    r"make sure|review|prioriti[sz]e|put in place)\b"
)
INSTRUCTION = re.compile(
    rf"^\W*(?:\(?[a-z0-9]{{1,2}}[.)]\s+)?{_TO_DO}|"
    # ... or who should do it ("Leaders should make sure that …", in a report's table of
    # areas for improvement: a probe record's main findings had quoted one, dev lb04)
    rf"^(?:[^|]*\|\s*)?[^|,;]{{0,60}}?\b(?:should|must)\s+(?:urgently\s+)?{_TO_DO}|"
    # ... or what must be so ("Area for improvement 3: Every child looked after must have an
    # allocated, qualified social worker", "Caseloads must be reduced"), not what should
    # have been ("children who should have been seen were not"): dev afoncoed ab03, its
    # inspection's main findings had been eight such items, 0 -> 0.6; no other briefing moved
    r"^[^|,;]{0,60}?\b(?:should|must)\s+(?:urgently\s+)?(?!have\s+(?:been|\w+ed)\b)"
    r"(?:be|have|end|stop|take|make|set|hold|meet|act|use)\b|"
    # ... or is labelled so ("Area for improvement 7: Statutory visits …, must take place")
    r"^\W*(?:areas? for (?:improvement|development)|recommendations?|actions?)\s*\d*\s*:",
    re.IGNORECASE,
)
# ... unless the question asks what should improve
ASKS_IMPROVEMENT = re.compile(
    r"\b(?:improv\w*|recommend\w*|should|needs? to|action|do next|asked|told)\b", re.I
)
LIST_ITEM = re.compile(r"^\s*(?:[-–•*·▪●]|\d+[.)]|\(?[a-z][.)])\s+")


def numbered_heading(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a numbered item's heading standing as a paragraph of its own ("66.
    International recruitment - Croeso scheme" between blank lines in committee minutes):
    it names an item, it says nothing. (A list's items run line after line, no blank line
    between; session 57, an everyday background question's dev briefing, ab23, had given
    one as a point.)"""
    line = text[start:end].strip()
    return (
        bool(_NUMBERED.match(line))
        and len(line.split()) <= SECTION_HEADING_WORDS
        and not line.endswith(CLOSED)
        and text[max(0, start - 2) : start].strip(" ") in ("", "\n\n")
        and text[end : end + 2].strip(" ") in ("", "\n\n")
    )


_NUMBERED = re.compile(r"^\d{1,3}(?:\.\d{1,2})?[.)]?\s+[A-Z]")
# "MINUTES of a meeting of the … Committee held in the Council Chamber … on 14 March 2024":
# where and when, no point of the meeting's (the same question's briefing had led with it)
MEETING_RECORD = re.compile(
    r"^\W*minutes of (?:a|the) (?:[\w'’&,-]+\s+){0,12}?meeting\b[^.]*\bheld\b", re.IGNORECASE
)


def quotable(raw: str, shown: str, spoken: bool = False) -> bool:
    """A sentence worth a point: long enough, no site furniture or apparatus, no question,
    no bare heading (a list item without a full stop is kept). `spoken`: a person's own
    words, for what people say: shorter, and a question they put is what they said ("When
    are we going to budget honestly for children in care …?")."""
    shortest = MIN_SPOKEN_CHARS if spoken else MIN_POINT_CHARS
    if len(shown) < shortest or is_furniture(shown) or is_apparatus(shown):
        return False
    closing = shown.rstrip("\"”’')")
    if closing.endswith(":") or (closing.endswith("?") and not spoken):
        return False
    return shown.endswith(CLOSED) or bool(LIST_ITEM.match(raw))


# "the commissioner's view", "what did Ofsted find": whose words a briefing is asked for
# (not "concerns raised about councillors": the councillors are what it is about).
WHOSE = re.compile(
    r"\b(?P<owner>(?:the )?[\w'’ ]{3,40}?)['’]s? (?:views?|findings?|conclusions?|report|"
    r"recommendations?|verdict|assessment|letter)\b|"
    r"\bwhat (?:did|has|have|had) (?P<subject>(?:the )?[\w'’ ]{3,40}?) "
    r"(?:find|found|conclude|concluded|recommend|recommended|say|said)\b",
    re.IGNORECASE,
)


def speaker(asked: Question) -> str | None:
    """The body whose own words a background question asks for, if it names one."""
    if asked.voice in BODIES:
        return asked.voice
    for m in WHOSE.finditer(asked.text):
        voice = role_voice(m.group("owner") or m.group("subject") or "")
        if voice in BODIES:
            return voice
    return None


# Sections whose sentences are a report's findings, and those that only set the scene.
FINDINGS_SECTION = re.compile(
    r"\b(?:findings?|summary|headline|conclu\w*|what needs to improve|areas? for|negatives|"
    r"positives|concerns|weaknesses|strengths|judgements?|progress|evaluation)\b",
    re.IGNORECASE,
)
SCENE_SECTION = re.compile(
    r"\b(?:background|context|introduction|contact|notes to editors|purpose|present|"
    r"apologies|declarations|attendance|information about|next steps|what happens next)\b",
    re.IGNORECASE,
)
# How far back a sentence's section heading is looked for.
SECTION_LOOKBACK = 3000


# A line that heads a section: short, and no sentence ("33. Commissioner's progress review",
# "Headline findings"); not a list item or a table's row.
SECTION_HEADING = re.compile(r"^[^\S\n]*[^\W_][^\n]{0,88}[^.!?:;,\"”’'\s|][^\S\n]*$", re.M)
# ...after a line that ends a sentence, or a bare item number ("33."): not a sentence's
# broken line.
_AFTER_SENTENCE = re.compile(r"(?:^|[.!?:;\"”’)]|^\s*\(?[\divx]{1,4}[.)]?)\s*$", re.I)


@lru_cache(maxsize=64)
def sections(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each headed section of a text: where its heading starts, where the next heading
    starts (or the text ends), and the heading, of at most SECTION_HEADING_WORDS words."""
    heads: list[tuple[int, str]] = []
    for m in SECTION_HEADING.finditer(text):
        line = m.group().strip()
        before = text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1 : m.start()].strip()
        after_heading = bool(heads) and heads[-1][1] == before  # "Findings" / "Children in care"
        if len(line.split()) <= SECTION_HEADING_WORDS and (
            after_heading or _AFTER_SENTENCE.search(before)
        ):
            heads.append((m.start(), line))
    ends = [start for start, _ in heads[1:]] + [len(text)] if heads else []
    return tuple((start, end, line) for (start, line), end in zip(heads, ends, strict=True))


def heading_at(text: str, at: int) -> str | None:
    """The heading of the section position `at` is in: the nearest earlier short line
    without closing punctuation (or one marked as a heading, or asking a question)."""
    lines = text[max(0, at - SECTION_LOOKBACK) : at].split("\n")[:-1]
    for raw in reversed(lines):
        line = raw.strip(" #*")
        # a heading may ask a question ("## What is it like to be a child with SEND in this
        # area?"): it heads its section, not the scene-setting one above it (dev lb04)
        marked = raw.lstrip().startswith("#") or line.endswith("?")
        short = len(line.split()) <= (QUESTION_HEADING_WORDS if marked else SECTION_HEADING_WORDS)
        if line and short and (marked or not line.endswith(CLOSED)):
            return line
    return None


def section_weight(text: str, at: int, form: str) -> float:
    """+1 under a findings heading ("Main findings", "Headline findings", "What needs to
    improve"), -1 under a scene-setting one ("Background"), else 0."""
    return heading_weight(heading_at(text, at), form)


def heading_weight(line: str | None, form: str) -> float:
    """section_weight for the section headed `line` (None: no heading)."""
    if form == VOICES:
        return 0.0
    if line is None:
        return 0.0
    if FINDINGS_SECTION.search(line):
        return 1.0
    return -1.0 if SCENE_SECTION.search(line) else 0.0


def quoted_date(text: str, at: int, published: str) -> str | None:
    """The date of the earlier report a document quotes at `at`, from the line that
    introduces the quotation ("Letter from Ofsted in January 2019:", "Ofsted 2018 – overall
    requires improvement", "… but by 2022 the overall judgement was … *inadequate*."): the
    nearest earlier heading, line ending in a colon or line giving a judgement, if it names a
    date (None otherwise)."""
    for line in reversed(text[max(0, at - SECTION_LOOKBACK) : at].split("\n")[:-1]):
        line = line.strip(" #*")
        heading = len(line.split()) <= SECTION_HEADING_WORDS and not line.endswith(CLOSED)
        if line and (heading or line.endswith(":") or introduces_judgement(line)):
            found = find_dates(line, published)
            return found[-1].iso if found else None
    return None


def published_in(published: str, asked: Question, events: bool = True) -> bool:
    """Was a document published within a time the question is about ("the 2025 inspection"),
    or (`events`) within the time of an event it names ("what did Ofsted say needed to
    improve after the 2024 inspection?" names the 2024 inspection's report: a probe record's
    had drawn on the visits after it)?"""
    bounds = day_bounds(published)
    if bounds is None:
        return False
    for t in asked.about:
        if t.relation == IN and t.start <= bounds[0] <= t.end:
            return True
        # an event's report comes out after it: "the May 2022 inspection" is reported in
        # July (a probe record's findings of its May inspection had been briefed from the
        # later visits' letters, the July report not being named)
        if (
            events
            and _names_event(asked.text, t.phrase)
            and t.start <= bounds[0] <= _later(t.end, REPORT_LAG_DAYS)
        ):
            return True
    return False


# How long after an event its report may be published: Ofsted's inspection reports come
# some six to eight weeks after the inspection, its monitoring letters four to six.
REPORT_LAG_DAYS = 100


def _later(iso: str, days: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def _names_event(text: str, phrase: str) -> bool:
    at = text.find(phrase)
    return (
        at >= 0
        and (
            _NAMES_EVENT.match(text, at + len(phrase)) is not None
            # ...or before it: "Ofsted's focused visit in July 2021" (a probe record's, session
            # 21: the newspaper's report of the visit, published in August, had not been named)
            or _EVENT_NAMED.search(text[:at]) is not None
        )
    )


# what follows a time that makes it an event's name ("the 2024 inspection"), or comes
# before it ("the visit in July 2021")
_EVENT_NOUN = r"(?:inspection|re-inspection|visit|report|review|letter)"
_NAMES_EVENT = re.compile(rf"['’]?s?\s+(?:[\w-]+\s+)?{_EVENT_NOUN}\b", re.I)
_EVENT_NAMED = re.compile(rf"\b{_EVENT_NOUN}\s+(?:in|of|on|from|during)\s+(?:the\s+)?$", re.I)


def event_cue(asked: Question) -> str | None:
    """The kind of event a question names ("the 2025 inspection": "inspection")."""
    if asked.event:
        return asked.event
    # a judgement is an inspection's ("the 2018 'requires improvement' report": a probe
    # record's findings had been briefed from a 2025 story recalling the 2018 grade)
    if asked.judgement or re.search(r"\binspection\b", asked.text, re.I):
        return "inspection"
    return None


def first_kind(text: str) -> str | None:
    """The kind of event a document's opening reports first in the timeline's order of
    kinds: a monitoring visit's letter that mentions the inspection is a visit's letter."""
    from app.record.timeline import EVENT_KINDS

    return next((kind for kind, _, cue in EVENT_KINDS if cue.search(text)), None)


def reported_kind(kind: str, opening: str) -> str | None:
    """The kind of event a document of manifest `kind` reports: a commissioner's own report
    is her report whatever its opening recalls first ("I was appointed commissioner…", a
    probe's, had made it the appointment's); others, the first their opening reports."""
    if "commissioner" in kind.lower():
        return "commissioner report"
    return first_kind(opening)


def group_words(text: str) -> str:
    """Every word of the question that names people a group stands for ("the council's
    leaders": council, leaders)."""
    return " ".join(m.group() for pattern, _, _ in GROUPS for m in pattern.finditer(text))


Group = tuple[str, frozenset[str], re.Pattern[str] | None]


def group_of(text: str) -> Group | None:
    for pattern, voices, cue in GROUPS:
        m = pattern.search(text)
        if m:
            return m.group().lower(), voices, cue
    return None


# Who a "what do/have … say" question asks to hear: the words before its verb of saying.
_SPEAKERS = re.compile(
    r"^\s*(?:so\s+|and\s+)?what\s+(?:do|does|did|have|has|are)\s+(?P<who>.+?)"
    r"\s+(?:say|saying|said|think|feel|make of|want|tell|told)\b",
    re.IGNORECASE,
)


def groups_of(text: str) -> list[Group]:
    """Every group a voices question asks to hear, in the order it names them ("what have
    parents, staff and the union said?": parents, then staff and their union), not a group
    it asks about ("what do parents say about social workers?": parents); the first group
    named when the question is worded otherwise."""
    m = _SPEAKERS.search(text)
    found: dict[str, tuple[int, Group]] = {}
    if m:
        for pattern, voices, cue in GROUPS:
            hit = pattern.search(m.group("who"))
            if hit and voices not in {v for _, (_, v, _) in found.values()}:
                found[hit.group().lower()] = (hit.start(), (hit.group().lower(), voices, cue))
    if not found:
        first = group_of(text)
        return [first] if first else []
    return [g for _, g in sorted(found.values(), key=lambda f: f[0])]


# A councillor in opposition, by what the record calls them: "the opposition", "his group",
# "leader of the Liberal Democrat group", a party's councillors.
OPPOSITION = re.compile(
    r"\bopposition\b|\b(?:his|her|their) group\b|\bleader of the [\w' -]{0,30}\bgroup\b|"
    r"\b(?:Conservative|Labour|Liberal Democrats?|Lib Dems?|Green|Independent|Reform UK)\s+"
    r"(?:group|councillors?|members?|spokes\w+)\b"
)


# Those just reported on, saying more: "79% said …", "Most said …", "They told us …".
_THEY_SAID = re.compile(
    r"^\W*(?:\d+%|(?:they|most|many|some|half|all|none|several)\b)[^.;]{0,30}?"
    r"\b(?:said|told|say|says|felt|wanted)\b",
    re.IGNORECASE,
)
# ...and the group named, then what they told: "… carers told us that …"
_TOLD_THEM = (
    r"(?:{cue})[^.\"“”]{{0,40}}?\b(?:told|said|say|says|described|raised|reported|felt|wanted|"
    r"complained|welcomed)\b"
)
_GOES_ON = re.compile(r"^\W*(?:in (?:his|her|their) view|he|she|they)\b", re.IGNORECASE)


def councillor_words(voice: str, text: str, before: str) -> bool:
    """For "what do councillors say": a councillor's words, not an officer's."""
    return voice == COUNCILLOR or bool(
        COUNCILLOR_NAMED.search(text) or COUNCILLOR_NAMED.search(before)
    )


def published_by(group: Group, publisher: str, described: str = "") -> bool:
    """Is a document's publisher one of the people a voices question asks to hear (the
    union's branch for "the union's view", a parent carer forum for "what do parents say")?
    Its own words are then theirs, not a publication's report of them: a union statement's
    "Figures obtained by the branch show that 32% of posts are vacant" had been left out of
    "what is the union's view of staffing?" for naming no speaker (dev pb09)."""
    name, voices, _ = group
    # A councillor's own document (a blog post by "Cllr Bethan Rowlands") is in the words of
    # the councillors asked about, its narration theirs; for "what does the opposition say?",
    # one whose description says so ("Leader of the Independent Group", "opposition
    # councillor's view"). Session 49, all briefings of the thirteen records: hold-out dev
    # ab14 0 -> 0.25 (it had quoted only a news story's lines of hers); nothing else moved.
    if name.startswith(("councillor", "member", "opposition")):
        return bool(_A_COUNCILLOR.match(publisher)) and (
            not name.startswith("opposition")
            or re.search(OPPOSITION.pattern, described, re.IGNORECASE) is not None
        )
    if NARRATION not in voices:
        return False  # bodies' own documents already speak in their voice (document_voice)
    return any(v == voices and p.fullmatch(name) and p.search(publisher) for p, v, _ in GROUPS)


_A_COUNCILLOR = re.compile(r"\s*(?:cllr|councillor|coun)\b", re.IGNORECASE)


def speaks_for_group(
    group: tuple[str, frozenset[str], re.Pattern[str] | None],
    voice: str,
    text: str,
    before: str,
    running: bool,
) -> bool:
    """Are these the words of the people asked about? A quote that runs on over several
    sentences ("Good people leave. … I think a public inquiry is the only way forward.")
    stays theirs while the voice does."""
    name, voices, cue = group
    # what an inspector or commissioner reports they told them: "The Foster Carers'
    # Association told us that visits … had been missed", "Of the 37 foster carers who
    # responded to our survey, 22 said …" (the afoncoed hold-out's dev ab07, session 51)
    if (
        cue is not None
        and voice in (OFSTED, COMMISSIONER)
        and re.search(_TOLD_THEM.format(cue=cue.pattern), text, re.IGNORECASE)
    ):
        return True
    if cue is not None and cue.search(before) and _THEY_SAID.match(text):
        # what the report of them goes on to give, whoever the reader took to say it: "The
        # young people presented the results of their survey … | 79% said they felt safe
        # where they lived" (minutes, read as the council's words: dev jb07)
        return True
    if voice not in voices:
        return False
    if cue is None:
        # "what have opposition councillors said?": not the leader's or a cabinet member's
        # words (a hold-out record's dev briefing had quoted the leader's apology first)
        if name.startswith("opposition") and not (
            OPPOSITION.search(text) or OPPOSITION.search(before)
        ):
            # ...their quote running on, or what minutes go on to report of them ("In his
            # view, …"), not the officer who replied
            return running and (voice == COUNCILLOR or _GOES_ON.match(text) is not None)
        if voice == COUNCIL and name.startswith(("councillor", "member", "opposition")):
            return councillor_words(voice, text, before) or running
        return voice != NARRATION
    if voice == NARRATION:
        return bool(cue.search(text) and REPORTED.search(text))
    # (a quote runs on; a report's own sentences after one it reports do not: "Children
    # told inspectors that … | Care leavers receive a good service" is the inspectors')
    return bool(cue.search(text)) or (voice == OTHER and (bool(cue.search(before)) or running))
