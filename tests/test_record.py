"""Voice, timeline, recommendation register, dated and counting questions (issue 4).

Run on the sample record and on a small record written here in a different house style, so
nothing passes by knowing one council's names, dates or phrasing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import index_record, read_json_lines, run_cli, write_record

from app.answer import Turn
from app.record.timeline import judgement_in
from index.retrieve import Scope
from ingest.dates import find_dates
from ingest.models import DocMeta, Document
from ingest.voice import VOICES, document_voice, sentence_voices

EVENT_KEYS = {"date", "precision", "body", "kind", "judgement", "summary", "citations"}
REC_KEYS = {"by", "date", "text", "citations", "group"}
ISO = r"^\d{4}(-\d{2}(-\d{2})?)?$"

# A record of a made-up county in another style: a letter, a press story, cabinet minutes.
OTHER_RECORD = {
    "visit-letter.txt": (
        "Ofsted,letter,2021-06-30",
        "Monitoring visit to Westfold County Council children's services\n\n"
        "This letter summarises the findings of the monitoring visit on 2 and 3 June 2021.\n\n"
        "Inspectors found that children in care now see their social worker regularly.\n\n"
        "The council has been given three months to show progress on assessments.\n\n"
        "Areas for improvement\n\n"
        "The timeliness of assessments for disabled children.\n\n"
        "The quality of supervision records for newly qualified staff.\n",
    ),
    "press-story.txt": (
        "Westfold Clarion,news,2022-11-09",
        "Westfold services rated inadequate\n\n"
        "Children's services in Westfold were rated inadequate after an inspection in "
        "September 2022, the county's second poor result.\n\n"
        'Inspectors said: "Too many children wait too long for help. '
        'Managers do not know the quality of the work."\n\n'
        "County leader Priya Oduya said the council accepted the findings in full.\n\n"
        "The council now has six months to show progress on assessments, the minister said.\n\n"
        '"We will put this right," she said.\n\n'
        'A mother told the paper: "Nobody returned my calls."\n',
    ),
    "cabinet-minutes.md": (
        "Westfold County Council,minutes,2023-01-18",
        "# Cabinet minutes, 18 January 2023\n\n"
        "Cabinet approved an additional £1.2 million for recruitment of permanent social "
        "workers.\n\nThe director reported progress against the improvement plan.\n",
    ),
}


@pytest.fixture(scope="module")
def other_index(tmp_path_factory) -> Path:
    folder = write_record(tmp_path_factory.mktemp("westfold"), OTHER_RECORD)
    index = tmp_path_factory.mktemp("westfold-index")
    result = run_cli("--index", str(index), "ingest", "--quiet", str(folder))
    assert result.returncode == 0, result.stderr
    return index


# -- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "iso", "precision"),
    [
        ("between 8 April and 19 April 2019", "", "2019-04-08", "day"),
        ("on Wednesday March 1, the report", "2023-03-01", "2023-03-01", "day"),
        ("at the end of June", "2023-08-02", "2023-06", "month"),
        ("in October last year", "2022-09-14", "2021-10", "month"),
        ("judged in 2014", "", "2014", "year"),
        ("rated a year ago", "2023-08-02", "2022", "year"),
        # "last February": the latest before the document, a year back in its own month
        ("posts approved by cabinet last February", "2025-01-22", "2024-02", "month"),
        ("posts approved by cabinet last January", "2025-01-22", "2024-01", "month"),
    ],
)
def test_dates_in_prose(text: str, anchor: str, iso: str, precision: str) -> None:
    found = find_dates(text, anchor)
    assert found, text
    assert (found[0].iso, found[0].precision) == (iso, precision)


def test_no_date_from_the_modal_may() -> None:
    assert find_dates("The council may need to act.", "2023-01") == []


@pytest.mark.parametrize(
    ("question", "given", "until"),
    [
        ("Who led the July 2022 inspection?", None, None),
        ("What did the 2019 and 2022 inspections find?", None, None),
        ("As of January 2023, what was the position?", None, "2023-01"),
        ("What had happened by the end of March 2023?", None, "2023-03"),
        ("Had the backlog been cleared by October 2024?", None, None),
        ("Was the board meeting until the autumn of 2024?", None, None),
        ("What must the council publish by June 2025?", None, None),
        ("When was the inspection before 2022?", None, None),
        ("What has changed since the 2022 inspection?", None, None),
        ("What did the cabinet decide?", None, None),
        ("Who led the 2022 inspection?", Scope(until="2023-06"), "2023-06"),
    ],
    ids=["one-year", "two-years", "as-of", "by-the-end-of", "by", "until", "deadline", "before",
         "since", "no-year", "user-date-wins"],
)
def test_only_an_as_of_date_limits_the_material(question, given, until) -> None:
    """A time the question is about ranks evidence; only "as of" (or the person's own
    choice) limits what was published."""
    from app.question import question_scope, time_refs

    scope = question_scope(time_refs(question), given)
    assert (scope.until if scope else None) == until
    assert scope is None or scope.since is None


@pytest.mark.parametrize(
    ("question", "relation", "iso"),
    [
        ("Who led the July 2022 inspection?", "in", "2022-07"),
        ("When was the inspection before 2022?", "before", "2022"),
        ("What has changed since the 2022 inspection?", "after", "2022"),
        ("What was spent in 2023/24?", "in", "2024"),
        ("As of the end of 2020, what was the judgement?", "as of", "2020"),
        ("How many posts were vacant at the end of 2023?", "in", "2023"),
        ("Had the backlog been cleared by October 2024?", "by", "2024-10"),
        # an event the date places, after "since" or "before": the time after or before it
        ("What has improved since services were judged inadequate in 2022?", "after", "2022"),
        ("What has changed since the inspection in May 2021?", "after", "2021-05"),
        # ...or since something began
        ("What has improved since the trust took over in April 2023?", "after", "2023-04"),
        ("What has happened since the new home opened in May 2024?", "after", "2024-05"),
        ("What did the council do before the inspection in March 2019?", "before", "2019-03"),
        # ...not a time the clause does not reach, nor a visit's own time
        ("What has improved since the inspection, and what happened in 2023?", "in", "2023"),
        ("What did Ofsted find at the visit in June 2023?", "in", "2023-06"),
        ("What grade did Ofsted give after its focused visit in November 2021?", "in", "2021-11"),
        # a clause put before the question: the time after or before the event it names
        ("After the inadequate judgement in 2022, when did Ofsted next inspect?", "after", "2022"),
        ("Following the visit in June 2023, what did the council change?", "after", "2023-06"),
        ("Before the inspection in May 2019, who led the service?", "before", "2019-05"),
    ],
    ids=["in", "before", "since", "financial-year", "as-of", "at-the-end-of", "by",
         "since-an-event", "since-an-inspection", "since-a-takeover", "since-an-opening",
         "before-an-inspection", "another-clause",
         "at-a-visit", "after-a-visit", "after-an-event-first", "following-first",
         "before-first"],
)
def test_times_in_questions(question, relation, iso) -> None:
    from app.question import time_refs

    [ref] = time_refs(question)
    assert (ref.relation, ref.iso) == (relation, iso)


@pytest.mark.parametrize(
    ("question", "day", "meant"),
    [
        ("What was the vacancy rate at the start of March 2023?", "2023-02-28", True),
        ("What was the vacancy rate in early March 2023?", "2023-02-28", True),
        ("What was the vacancy rate in March 2023?", "2023-02-28", False),
        ("What was the vacancy rate at the end of March 2023?", "2023-04-03", True),
        ("What was the vacancy rate at the end of March 2023?", "2023-02-28", False),
    ],
    ids=["start-of", "early", "the-month", "end-of", "end-of-not-before"],
)
def test_a_months_start_or_end_takes_in_the_days_beside_it(question, day, meant) -> None:
    """A position counted "at 28 February" is the position at the start of March; one at
    3 April, at the end of March. The month alone is its own days."""
    from app.question import time_refs

    [ref] = time_refs(question)
    assert (ref.start <= day <= ref.end) is meant


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("What did the January-February 2022 inspection find?", "2022-01-01", "2022-02-28"),
        ("What happened from May to June 2023?", "2023-05-01", "2023-06-30"),
        ("What happened in December-January 2023?", "2022-12-01", "2023-01-31"),
        ("What happened in February 2022?", "2022-02-01", "2022-02-28"),
    ],
    ids=["hyphened", "from-to", "across-a-new-year", "one-month"],
)
def test_two_months_and_a_year_are_one_time(question, start, end) -> None:
    """"The January-February 2022 inspection" is of both months, and "January-February" is
    no name the record must hold (it had been, and the inspection's findings refused)."""
    from app.question import read_question, time_refs

    [ref] = time_refs(question)
    assert (ref.start, ref.end) == (start, end)
    assert not any("-" in s for s in read_question(question).specifics)



@pytest.mark.parametrize(
    ("sentence", "fits"),
    [
        ("The backlog was cleared in October 2024.", True),
        ("The backlog was cleared in May 2024.", True),
        ("The backlog was cleared in December 2024.", False),
    ],
)
def test_by_a_time_is_on_or_before_it(sentence, fits) -> None:
    """"By October 2024" is about any time up to the end of October, whatever the date of
    the letter that says so."""
    from app.question import time_refs
    from app.times import only_other_times

    refs = time_refs("Had the backlog been cleared by October 2024?")
    assert only_other_times(sentence, "2024-11-12", refs) is not fits


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("In a letter published on 24 August 2021, inspectors said they found delays.", False),
        ("The report, released on 3 September 2021, finds that children wait too long.", False),
        ("In August 2021, inspectors found that children waited too long.", True),
    ],
    ids=["published", "released", "dated-by-what-it-says"],
)
def test_when_a_text_came_out_is_not_the_time_it_reports(sentence, other) -> None:
    """A letter published in August about a July visit reports July: the date it came out
    does not put what it says at another time (a dev briefing on a July 2021 visit had set
    its "serious weaknesses" aside for the letter's August date)."""
    from app.question import time_refs
    from app.times import only_other_times

    refs = time_refs("What did the focused visit in July 2021 find?")
    assert only_other_times(sentence, "2021-09-10", refs) is other


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Care leavers were judged good, the first good grade for the service since 2015.", False),
        ("Services have deteriorated since the last inspection in June 2018.", False),
        ("Services were judged good in 2015.", True),
    ],
    ids=["since-a-year", "since-an-event", "in-a-year"],
)
def test_a_date_said_since_runs_to_the_documents_own(sentence, other) -> None:
    """"…the first good grade since 2015", in a 2025 report, says how things are in 2025:
    a date said "since" runs to the document's date (a hold-out record's 2025 grade for care
    leavers had been read as of 2015 and passed over); one said "in" is that time."""
    from app.question import time_refs
    from app.times import only_other_times

    refs = time_refs("What grade did the 2025 inspection give care leavers?")
    assert only_other_times(sentence, "2025-07-25", refs) is other


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            "The programme for care leavers, established in 2015, is a real strength: 23 "
            "care leavers have completed apprenticeships since it began.",
            False,
        ),
        ("The programme for care leavers was set up in 2015, when 4 care leavers began.", True),
        ("In 2015, 4 care leavers completed apprenticeships.", True),
    ],
    ids=["established-in-a-clause", "set-up-then", "in-a-year"],
)
def test_a_date_something_was_set_up_runs_to_the_documents_own(sentence, other) -> None:
    """A programme "established in 2015" that "is a real strength", in an April 2023
    report, says how things stand in 2023: a date something was set up runs to the
    document's date, and a span of years meets a year it reaches (a probe record's question
    on the 2023 inspection had been refused as if the figure were 2015's)."""
    from app.question import time_refs
    from app.times import only_other_times

    refs = time_refs("How many care leavers had completed apprenticeships in 2023?")
    assert only_other_times(sentence, "2023-04-28", refs) is other


@pytest.mark.parametrize(
    ("question", "fits"),
    [
        ("How many children had a plan in January 2024?", False),
        ("How many children had a plan in October 2024?", True),
        ("How many children had a plan in 2024?", True),
    ],
)
def test_a_season_or_term_is_the_months_it_covers(question, fits) -> None:
    """"At the start of the autumn term 2024" is September to December 2024: a count given
    for it is not January's."""
    from app.question import time_refs
    from app.times import only_other_times

    sentence = "At the start of the autumn term 2024, 1,184 children had a plan."
    assert only_other_times(sentence, "2024-11-19", time_refs(question)) is not fits
    # a scorecard's quarter is its three months: September 2024 is Q2 2024/25, not Q3
    row = "Children in care (number) | Q2 2024/25: 426"
    september = time_refs("How many children were in care at the end of September 2024?")
    assert not only_other_times(row, "", september)
    assert only_other_times("Children in care (number) | Q3 2024/25: 431", "", september)
    winter = "Over the winter of 2022 the waiting list grew."
    assert not only_other_times(winter, "2023-06-01", time_refs("What happened in February 2023?"))


@pytest.mark.parametrize(
    ("question", "phrase", "relation", "first", "last"),
    [
        ("What was the vacancy rate in autumn 2022?", "autumn 2022", "in", "2022-09", "2022-11"),
        ("How many were waiting in early 2024?", "early 2024", "in", "2024-01", "2024-05"),
        ("What was the rate at the end of 2022?", "the end of 2022", "in", "2022-10", "2022-12"),
        ("What was done by the end of 2023?", "by the end of 2023", "as of", "2023-10", "2023-12"),
        ("What changed since mid-2023?", "since mid-2023", "after", "2023-04", "2023-09"),
        ("What happened in 2022?", "2022", "in", "2022-01", "2022-12"),
        # a quarter of a financial year (April to June first)
        ("How many were in care in Q2 2024/25?", "Q2 2024/25", "in", "2024-07", "2024-09"),
        ("What was spent in quarter 4 of 2023/24?", "quarter 4 of 2023/24", "in", "2024-01",
         "2024-03"),
    ],
)
def test_a_season_or_part_of_a_year_asked_about_is_its_months(
    question, phrase, relation, first, last
) -> None:
    """A question's "autumn 2022" or "early 2024" is read as the record's texts are read: the
    months it covers, so that the year's other times no longer fit, and the answer says which
    time it took (a whole year is still the whole year)."""
    from app.question import time_refs
    from app.times import only_other_times

    (ref,) = time_refs(question)
    assert (ref.phrase, ref.relation, ref.start[:7], ref.end[:7]) == (phrase, relation, first, last)
    march = "At the time of the inspection in March 2022, the vacancy rate was 29%."
    assert only_other_times(march, "2022-04-20", (ref,)) is (phrase != "2022")
    # ...and the record's own "in early 2024" is not October 2024
    early = "In early 2024, 40 children were waiting for an assessment."
    assert only_other_times(early, "2024-11-01", time_refs("How many in October 2024?"))


@pytest.mark.parametrize(
    ("sentence", "fits"),
    [
        # "last year" in a November 2024 report is 2023: three months of 2022/23
        ("The service overspent by £2.7m last year.", False),
        ("The service overspent by £2.1m in 2022.", True),  # nine months of it
        ("The service had overspent by £2.4m by March 2023.", True),
        ("The service overspent by £2.4m in 2022/23.", True),
    ],
)
def test_a_year_fits_a_financial_year_it_mostly_falls_in(sentence, fits) -> None:
    """A calendar year and a financial year are about the same time where they share at
    least half the shorter of the two, not where they touch."""
    from app.question import time_refs
    from app.times import only_other_times

    refs = time_refs("What was the overspend in 2022/23?")
    assert only_other_times(sentence, "2024-11-19", refs) is not fits


def test_question_about_one_year_is_not_limited_by_publication_date(other_index: Path) -> None:
    """Asked about one year, nothing is left out by its publication date; the answer says
    which time it took the question to be about."""
    docs = _docs(other_index)
    newest = max(v for v in docs.values() if v)[:4]
    result = run_cli(
        "--index", str(other_index), "ask", "--json", "-",
        stdin=f"What did inspectors find about children waiting for help in {newest}?\n",
    )
    assert result.returncode == 0, result.stderr
    [obj] = read_json_lines(result.stdout)
    assert "Drawing only on material" not in obj["answer"]
    assert obj["refused"] or f"(Read as a question about {newest}.)" in obj["answer"]


def test_year_the_question_is_asked_as_of_is_not_an_unknown_subject(other_index: Path) -> None:
    """A record that never writes the year a question is asked "as of" still answers it
    from what was published by then, instead of refusing over the missing year."""
    texts = " ".join(text for _, text in OTHER_RECORD.values())
    later = str(max(int(y) for y in re.findall(r"\b20\d\d\b", texts)) + 1)
    assert later not in texts
    result = run_cli(
        "--index", str(other_index), "ask", "--json", "-",
        stdin=f"As of the end of {later}, what did inspectors find about assessments?\n",
    )
    assert result.returncode == 0, result.stderr
    [obj] = read_json_lines(result.stdout)
    assert not obj["refused"], obj["answer"]
    assert f"published by {later}" in obj["answer"]


def test_year_or_name_the_record_never_mentions_is_refused(other_index: Path) -> None:
    """A year the question is about (not as of), or a place the record never names, has no
    answer here however close the rest of the question's words are."""
    texts = " ".join(text for _, text in OTHER_RECORD.values())
    later = str(max(int(y) for y in re.findall(r"\b20\d\d\b", texts)) + 1)
    place = "Eastmarsh"
    assert later not in texts
    assert place not in texts
    questions = [
        f"What did inspectors find about assessments in {later}?",
        f"What did inspectors find about assessments in {place}?",
    ]
    result = run_cli(
        "--index", str(other_index), "ask", "--json", "-", stdin="\n".join(questions) + "\n"
    )
    assert result.returncode == 0, result.stderr
    for obj in read_json_lines(result.stdout):
        assert obj["refused"], obj["answer"]


# -- voice ------------------------------------------------------------------------------


def _voices(text: str, **meta: str) -> list[tuple[str, str]]:
    doc = Document("d", "d.txt", "0", DocMeta(title="t", **meta), text)
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            start = text.index(line, pos)
            spans.append((start, start + len(line)))
            pos = start + len(line)
    return [(text[s:e], v) for (s, e), v in zip(spans, sentence_voices(doc, spans), strict=True)]


def test_document_voice_from_manifest() -> None:
    assert document_voice(DocMeta("t", publisher="Ofsted", kind="letter")) == "ofsted"
    assert document_voice(DocMeta("t", publisher="DfE", kind="commissioner")) == "commissioner"
    assert document_voice(DocMeta("t", publisher="A Gazette", kind="news")) == "narration"
    # another inspectorate's and another government's own documents speak as theirs do
    assert document_voice(DocMeta("t", publisher="Care Inspectorate")) == "ofsted"
    assert document_voice(DocMeta("t", publisher="Scottish Government")) == "government"
    assert document_voice(DocMeta("t", publisher="GOV.WALES")) == "government"
    assert document_voice(DocMeta("t", publisher="Local Government Association")) == "narration"
    assert document_voice(DocMeta("t", publisher="X Borough Council", kind="minutes")) == "council"
    # a council of the young people in care speaks for them, not for the local authority
    young = "X Young People's Council (Children in Care Council)"
    assert document_voice(DocMeta("t", publisher=young)) == "narration"
    assert document_voice(DocMeta("t", publisher="X Youth Council")) == "narration"
    assert document_voice(DocMeta("t", publisher="X Borough Council")) == "council"


@pytest.mark.parametrize(
    ("title", "voice"),
    [
        ("Elmbury Council: Report of the Children's Services Commissioner", "commissioner"),
        ("Children's services commissioner's review of Elmbury", "commissioner"),
        ("Children's services commissioner appointed for Elmbury", "government"),
        ("Statutory direction to Elmbury Council", "government"),
    ],
    ids=["report-of", "commissioners-review", "appointment-notice", "direction"],
)
def test_the_commissioners_own_report_is_theirs_whoever_publishes_it(title, voice) -> None:
    """The department publishes its commissioners' reports: one titled as the report is
    in the commissioner's voice; the department's own notices stay the government's."""
    meta = DocMeta(title, publisher="Department for Education", kind="report")
    assert document_voice(meta) == voice


def test_a_source_without_a_publisher_is_named_by_a_short_title() -> None:
    """A saved page with no site name known is named by its title, without the site's name
    after it, the date the line gives anyway, or a clause past 60 characters."""
    from ingest.voice import describe

    minutes = DocMeta("Minutes of Cabinet, 19 April 2022 - Eastbrook Council", kind="minutes")
    assert describe("council", minutes, "19 April 2022") == "Minutes of Cabinet, 19 April 2022"
    agenda = DocMeta(
        "Agenda for Children and Young People Scrutiny Committee on Tuesday, 20th January, "
        "2026, 7.00 pm - Eastbrook Council"
    )
    said = describe("ofsted", agenda, "20 January 2026")
    assert said == (
        "Ofsted, quoted in Agenda for Children and Young People Scrutiny Committee, "
        "20 January 2026"
    )
    long = DocMeta("Decision - Children's social care workforce recruitment and retention package")
    assert describe("narration", long, "2022").startswith("Decision - Children's social care")
    assert len(describe("narration", long, "")) <= 60
    # a publisher, where known, names the source as it is
    assert describe("narration", DocMeta("Any title", publisher="The Courier"), "") == "The Courier"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Care Inspectorate Wales (CIW) has published its report.", "Care Inspectorate Wales"),
        ("The Care Inspectorate said that children are safer.", "Care Inspectorate"),
        ("Estyn found that attendance had improved.", "Estyn"),
        ("Ofsted and the Care Inspectorate visited jointly.", "Ofsted"),
        ("The inspectors found that children are safer.", "Ofsted"),
    ],
)
def test_an_inspectorate_is_named_as_its_document_names_it(text, label) -> None:
    """Quoted inspectors are named by the inspectorate the document names, where it never
    names Ofsted (a Welsh council's release had them as "Ofsted, quoted in …")."""
    from ingest.voice import describe

    release = DocMeta("Inspection report published", publisher="Eastbrook County Council")
    said = describe("ofsted", release, "4 September 2025", text)
    assert said == f"{label}, quoted in Eastbrook County Council, 4 September 2025"


def test_voice_follows_attribution_quotes_and_pronouns() -> None:
    text = (
        "The service was criticised again this week.\n\n"
        'Inspectors said: "Too many children wait too long.\n'
        '"Managers do not know the quality of the work."\n\n'
        "Commissioner Ruth Aldane wrote to the minister.\n\n"
        "She said the council had six months to improve.\n\n"
        "Council leader Tom Brack said the authority accepted the findings.\n\n"
        '"We will put this right," he said.\n\n'
        'One parent said: "Nobody listens."\n'
    )
    voices = [v for _, v in _voices(text, publisher="The Courier", kind="news")]
    assert voices == [
        "narration",
        "ofsted",
        "ofsted",
        "commissioner",
        "commissioner",
        "council",
        "council",
        "other",
    ]


def test_a_paragraph_of_quotation_alone_is_the_last_speakers() -> None:
    """A news story runs on a speaker's quotes without saying who each time: a paragraph
    that is one quotation, attributed to nobody, is the words of whoever was quoted just
    before."""
    from ingest.sentences import sentence_spans

    def voices(text: str) -> list[str]:
        meta = DocMeta(title="t", publisher="The Echo", kind="news")
        return sentence_voices(Document("d", "d.txt", "0", meta, text), sentence_spans(text))

    story = (
        "A mother says she rang the council eleven times.\n\n"
        '"I knew straight away," she said.\n\n'
        "A social worker first visited the family in July.\n\n"
        '"When the social worker came, she was lovely. We had three social workers in a '
        'year."\n\n'
        "Her son is now at college.\n\n"
        '"She just turned up, every week."\n\n'
        "The council said it had been too slow.\n"
    )
    assert voices(story) == [
        "other", "other", "narration", "other", "other", "narration", "other", "council"
    ]


def test_she_after_a_person_who_opens_a_sentence_is_that_person() -> None:
    """Minutes report a visitor's words with "she said": the person who opened the last
    sentence, though nothing she said was quoted yet. "It said she asked…" is the body's
    reply, with "she" what it said, not who said it."""
    minutes = (
        "The Commissioner addressed Cabinet.\n\n"
        "She said she had met more than 120 staff in eight days.\n\n"
        "The Corporate Director of Resources presented the budget.\n\n"
        "He warned that the recurrent sum would add to the pressure on the budget.\n"
    )
    voices = [v for _, v in _voices(minutes, publisher="X Borough Council", kind="minutes")]
    assert voices[1] == "commissioner"
    assert voices[3] == "council"
    news = (
        "Ms Aldane, the commissioner, spoke to one family herself.\n\n"
        "The council said that other parents had written to her.\n\n"
        'It said she "asked for and received briefings from the director".\n'
    )
    voices = [v for _, v in _voices(news, publisher="The Courier", kind="news")]
    assert voices[1:] == ["council", "council"]


def test_a_person_described_by_place_or_age_is_one_of_the_others() -> None:
    """"Sophie Marchant, from Wrenmouth, whose son …, said" and "Jane Holt, 42, from
    Hatchford, said" quote people the record gives no role; "she said" after is theirs."""
    text = (
        "Council leader Ann Vale said the budget was tight.\n\n"
        "Sophie Marchant, from Wrenmouth, whose son Alfie, 11, travels 34 miles to school, "
        'said the transport service had been "chaotic" this term.\n\n'
        '"He has had three different taxi firms since September," she said.\n\n'
        "Jane Holt, 42, from Hatchford, said the waits were too long.\n"
    )
    voices = [v for _, v in _voices(text, publisher="The Courier", kind="news")]
    assert voices == ["council", "other", "other", "other"]


def test_whose_role_speaks_and_a_relative_clause_names_no_speaker() -> None:
    text = (
        "Council leader Tom Brack said the authority accepted the findings.\n\n"
        "Conservative group leader Ann Vale said the warnings had been ignored.\n\n"
        "The Labour spokesperson for children said the plan was too slow.\n\n"
        "A Department for Education spokesperson said the minister would decide.\n\n"
        "Commissioner Ruth Aldane visited in May.\n\n"
        "Her report, which went to the Secretary of State in April, concludes that staff "
        "turnover is the main risk.\n"
    )
    voices = [v for _, v in _voices(text, publisher="The Courier", kind="news")]
    assert voices[:4] == ["council", "councillor", "councillor", "government"]
    # the report is the commissioner's, not the Secretary of State's its clause names
    assert voices[5] == "commissioner"


def test_a_member_who_asks_or_moves_speaks_as_a_councillor() -> None:
    text = (
        "Councillor Ann Vale asked when the audits would be published.\n\n"
        "Councillor Tom Reed moved, and Councillor Ann Vale seconded, that data be shared.\n"
    )
    voices = [v for _, v in _voices(text, publisher="X Borough Council", kind="minutes")]
    assert voices == ["councillor", "councillor"]
    # a body named early in a long clause did not ask: the paper's own words
    told = "The Extraordinary Council meeting was attended by many people and they asked.\n"
    assert [v for _, v in _voices(told, publisher="The Courier", kind="news")] == ["narration"]


def test_a_numbered_item_of_minutes_names_a_subject_not_a_speaker() -> None:
    """"Letter from Ofsted" introduces Ofsted's words; "3. Ofsted inspection: improvement
    plan", an item of minutes, names what was discussed: the director who speaks under it
    is the council's."""
    item = (
        "3. Ofsted inspection of children's services: improvement plan\n\n"
        "The director presented the report on the council's response.\n"
    )
    voices = [v for _, v in _voices(item, publisher="X Borough Council", kind="minutes")]
    assert voices == ["council", "council"]
    # the item's number on a line of its own
    apart = item.replace("3. ", "3.\n\n", 1)
    voices = [v for _, v in _voices(apart, publisher="X Borough Council", kind="minutes")]
    assert voices[-2:] == ["council", "council"]
    letter = "Letter from Ofsted\n\nToo many children wait too long for a plan.\n"
    voices = [v for _, v in _voices(letter, publisher="X Borough Council", kind="minutes")]
    assert voices[1] == "ofsted"


# A councillor's blog that quotes reports: each text's sentences (one a line) and their voices.
_BLOG_VOICES = {
    # under "Ofsted 2018 – overall requires improvement" the report's paragraphs are Ofsted's,
    # though one says "they" of someone named before it; a paragraph naming Ofsted in the
    # third person is the writer again
    "a-quoted-report's-pronoun": (
        "Ofsted 2018 – overall requires improvement\n\n"
        "Managers do not check the quality of plans often enough.\n\n"
        "Children in need get a prompt response from social workers, ensuring that they are "
        "safe.\n\n"
        "This was followed by a focused visit from Ofsted in January 2019.\n",
        ["ofsted", "ofsted", "ofsted", "councillor"],
    ),
    # "…, they all say that … and I have not seen a plan": the writer's sentence, though
    # "they" might point back to the inspectors named before it
    "a-writer-reporting-others": (
        "I have read the Ofsted report again and again.\n\n"
        "Talking to the heads of councils that turned around, they all say that keeping "
        "staff matters most and I have not seen a plan for that here.\n",
        ["councillor", "councillor"],
    ),
}


@pytest.mark.parametrize("case", list(_BLOG_VOICES))
def test_whose_words_a_blogs_sentences_are(case: str) -> None:
    blog, expected = _BLOG_VOICES[case]
    voices = [v for _, v in _voices(blog, publisher="A councillor's blog", kind="blog")]
    assert voices == expected


def test_a_line_giving_a_later_judgement_introduces_its_reports_words() -> None:
    """A blog quoting a series of judgements: after the 2018 report's words, "… but by 2022
    the overall judgement was that the service was inadequate." introduces the 2022 report's
    paragraph (Ofsted's, dated 2022); the writer's next paragraph is theirs again. The same
    line in a press release's notes, after no quoted report, introduces nothing."""
    from app.briefing.cues import quoted_date

    blog = (
        "Ofsted 2018 – overall requires improvement\n\n"
        "Managers do not check the quality of plans often enough.\n\n"
        "A better visit came in 2019 but by 2022 the overall judgement was "
        "that the service was *inadequate*.\n\n"
        "Children wait too long for help. Plans rarely say who does what.\n\n"
        "The meeting was attended by families who had been affected.\n"
    )
    voices = [v for _, v in _voices(blog, publisher="A councillor's blog", kind="blog")]
    assert voices == ["ofsted", "ofsted", "councillor", "ofsted", "councillor"]
    assert quoted_date(blog, blog.index("Children wait"), "2022-10-01") == "2022"
    assert quoted_date(blog, blog.index("Managers do"), "2022-10-01") == "2018"
    notes = (
        "Notes to editors\n\n"
        "Services were last inspected in July 2019, when they were judged to require "
        "improvement to be good.\n\n"
        "Media enquiries: the press office.\n"
    )
    voices = [v for _, v in _voices(notes, publisher="Eastbrook Council", kind="press release")]
    assert "ofsted" not in voices


def test_a_resolutions_items_and_a_surveys_they_are_not_anothers_words() -> None:
    """"(a) the findings of Ofsted's monitoring visit be noted;" is an item the council
    resolved, not a heading handing Ofsted the lines after it; and "84 members responded.
    They told us:" is those members, not the council the statement named before."""
    minutes = (
        "RESOLVED that:\n\n"
        "(a) the findings of Ofsted's monitoring visit of 11 October 2022 be noted;\n\n"
        "(b) the refreshed improvement plan be endorsed.\n\n"
        "The Cabinet considered a report of the Director of Finance.\n"
    )
    voices = [v for _, v in _voices(minutes, publisher="Eastbrook Council", kind="minutes")]
    assert "ofsted" not in voices, voices
    statement = (
        "The council has proposed a restructure of the assessment teams.\n\n"
        "In February we surveyed members, and 84 members responded.\n\n"
        "They told us:\n\n"
        "- 71% said their workload was unmanageable;\n"
    )
    voices = [v for _, v in _voices(statement, publisher="UNISON branch", kind="statement")]
    assert "council" not in voices[2:], voices


def test_a_share_of_those_surveyed_speaks_not_whom_an_earlier_they_meant() -> None:
    """"…, 91% said they had not been consulted …, and 78% said …": the second "said" has a
    share of those surveyed as its subject, not whoever the "they" before it points back to
    (the council the statement named in the sentence before)."""
    statement = (
        "Nobody from the council asked youth workers what the new service should look like.\n\n"
        "- In a survey of our 64 members working in the council's youth service, 91% said "
        "they had not been consulted about the new service, and 78% said they did not feel "
        "safe lone working in the evenings.\n"
    )
    voices = [v for _, v in _voices(statement, publisher="Youth workers' union", kind="statement")]
    assert voices[1] == "narration", voices


def test_a_role_once_held_names_no_voice() -> None:
    """"Dr X, a former director of children's services, was appointed…": her words are not
    the council's."""
    text = (
        "Dr Eva Lind, a former director of children's services, was appointed in May.\n\n"
        'Dr Lind said: "My first priority is to listen to families."\n'
    )
    voices = [v for _, v in _voices(text, publisher="The Courier", kind="news")]
    assert voices[1] != "council"


def test_a_place_or_a_council_is_no_person() -> None:
    """An address line ("Piccadilly Gate, Store Street") or a council's name ("Ashby
    Unitary Council") next to a role learns no name for it."""
    from ingest.voice import learn_names

    text = (
        "Ofsted\nPiccadilly Gate, Store Street, His Majesty's Inspector\n\n"
        "Ashby Unitary Council, commissioner's report\n\n"
        "Commissioner Ruth Aldane wrote to the minister.\n"
    )
    names = learn_names(text)
    assert "Street" not in names
    assert "Store Street" not in names
    assert "Unitary" not in names
    assert names.get("Aldane") == "commissioner"


def test_a_body_a_portfolio_or_a_role_is_no_person() -> None:
    """"Healthcare Improvement Scotland", "Minister for Children and Young People", a
    "Senior Inspector" and a Welsh address ("Parc Cathays", "Swyddfa Llywodraeth Cymru")
    are no one's names; the inspectors beside them are."""
    from ingest.voice import learn_names

    text = (
        "Swyddfa Llywodraeth Cymru, Parc Cathays, Caerdydd / Welsh Government Office\n"
        "Minister for Children and Young People, Natalie Dunmore MSP\n"
        "The inspection was led by Rhian Prydderch, Senior Inspector, supported by Dr Priya "
        "Venkatesan from Healthcare Improvement Scotland, and by inspectors.\n"
    )
    names = learn_names(text)
    assert names.get("Prydderch") == "ofsted"
    assert names.get("Dunmore") == "government"
    for part in ("Young People", "Senior Inspector", "Parc Cathays", "Healthcare", "Cymru"):
        assert not [name for name in names if part in name], part


def test_a_letters_addressee_is_not_its_sender() -> None:
    """An inspectorate's letterhead above the addressee's name does not make her Ofsted's
    (a probe register credited Ofsted's areas for improvement to the director it was sent
    to); the role on the line under a name is hers; a name does not run across lines."""
    from ingest.voice import learn_names

    text = (
        "Ofsted\nwww.gov.uk/ofsted\n5 April 2022\nHarriet Quennell\nChief Executive\n"
        "Civic Offices, Marsh Lane\nDear Ms Quennell\nFocused visit to Ashby\n\n"
        "His Majesty's Inspectors for this visit were Aldous Penwarden and Colette Marrable.\n"
    )
    names = learn_names(text)
    assert names.get("Quennell") in (None, "council")
    assert names.get("Penwarden") == "ofsted"
    assert not [name for name in names if "Lane" in name or "Dear" in name]


def test_inspectorate_letter_keeps_its_own_voice() -> None:
    text = "Social workers told inspectors they felt supported.\n\nLeaders know the service well.\n"
    assert {v for _, v in _voices(text, publisher="Ofsted", kind="letter")} == {"ofsted"}


def test_ask_json_citations_carry_a_voice(cli_sample_index: Path) -> None:
    questions = "What did Ofsted find?\nWhat did the council leader say?\n"
    result = run_cli("--index", str(cli_sample_index), "ask", "--json", "-", stdin=questions)
    assert result.returncode == 0, result.stderr
    for obj in read_json_lines(result.stdout):
        for c in obj["citations"]:
            assert c["voice"] in VOICES


def test_voice_filter_limits_citations(cli_sample_index: Path, sample_components) -> None:
    result = run_cli(
        "--index",
        str(cli_sample_index),
        "ask",
        "--json",
        "--voice",
        "commissioner",
        "-",
        stdin="What needs to change?\n",
    )
    assert result.returncode == 0, result.stderr
    (obj,) = read_json_lines(result.stdout)
    assert obj["citations"]
    retriever = sample_components.retriever
    for c in obj["citations"]:
        passage = next(
            p for p in retriever.passages if (p.doc_id, p.start) == (c["doc_id"], c["start"])
        )
        assert "commissioner" in {v for *_, v in retriever.voices(passage)}


@pytest.mark.parametrize("voice", ["ofsted", "commissioner"])
def test_a_chosen_voice_is_the_only_one_quoted(cli_sample_index: Path, voice: str) -> None:
    """With voices chosen, every quoted sentence is in one of them, in a lookup and in a
    briefing alike: a passage admitted for one sentence of theirs brings no other voice's
    words, and a briefing's events are quoted only in the chosen words."""
    questions = "Why is the service in intervention?\nWhat did they say about staffing?\n"
    result = run_cli(
        "--index", str(cli_sample_index), "ask", "--json", "--voice", voice, "-", stdin=questions
    )
    assert result.returncode == 0, result.stderr
    for obj in read_json_lines(result.stdout):
        if obj["refused"]:
            continue
        assert obj["citations"], obj
        assert {c["voice"] for c in obj["citations"]} == {voice}, obj["answer"]


def test_bad_voice_and_date_are_refused_by_name(cli_sample_index: Path) -> None:
    bad_voice = run_cli("--index", str(cli_sample_index), "ask", "--voice", "press", "x")
    assert bad_voice.returncode == 2
    assert "press" in bad_voice.stderr
    bad_date = run_cli("--index", str(cli_sample_index), "ask", "--as-of", "2023-13", "x")
    assert bad_date.returncode == 2
    assert "2023-13" in bad_date.stderr


# -- timeline and register --------------------------------------------------------------


def _check_events(events: list[dict], index_docs: dict[str, str]) -> None:
    import re

    assert events, "no events"
    dates = [e["date"] for e in events]
    assert dates == sorted(dates)
    for e in events:
        assert set(e) >= EVENT_KEYS
        assert re.match(ISO, e["date"]), e
        assert e["precision"] == ("year", "month", "day")[e["date"].count("-")]
        assert e["citations"], e
        for c in e["citations"]:
            assert c["doc_id"] in index_docs
            assert c["voice"] in VOICES
    # merged: no two events of one kind whose dates could be the same day and judgement
    for i, a in enumerate(events):
        for b in events[i + 1 :]:
            if a["kind"] == b["kind"] and a["judgement"] == b["judgement"]:
                same = a["date"].startswith(b["date"]) or b["date"].startswith(a["date"])
                assert not same, (a["date"], b["date"], a["kind"])


def _docs(index: Path) -> dict[str, str]:
    result = run_cli("--index", str(index), "sources", "--json")
    return {d["doc_id"]: d.get("published", "") for d in json.loads(result.stdout)}


def test_timeline_json_on_the_sample_record(cli_sample_index: Path) -> None:
    result = run_cli("--index", str(cli_sample_index), "timeline", "--json")
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    _check_events(events, _docs(cli_sample_index))
    kinds = {e["kind"] for e in events}
    assert "inspection" in kinds
    assert any(e["judgement"] for e in events)


def test_timeline_on_another_record(other_index: Path) -> None:
    result = run_cli("--index", str(other_index), "timeline", "--json")
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    _check_events(events, _docs(other_index))
    found = {(e["kind"], e["date"][:7], e["judgement"]) for e in events}
    assert ("monitoring visit", "2021-06", None) in found
    assert ("inspection", "2022-09", "inadequate") in found
    assert any(k == "council meeting" or k == "council decision" for k, _, _ in found)


def test_register_on_another_record(other_index: Path) -> None:
    result = run_cli("--index", str(other_index), "recommendations", "--json")
    assert result.returncode == 0, result.stderr
    recs = json.loads(result.stdout)
    texts = " ".join(r["text"] for r in recs)
    assert "timeliness of assessments" in texts
    assert "supervision records" in texts
    for r in recs:
        assert set(r) >= REC_KEYS
        assert r["citations"]
        assert r["text"] in " ".join(r["citations"][0]["text"].split()) or r["text"][:40] in (
            " ".join(r["citations"][0]["text"].split())
        )
    # the parent's complaint and the leader's reply are not recommendations
    assert "Nobody returned" not in texts


def test_register_groups_recurring_concerns(sample_components) -> None:
    from app.record import recommendations

    recs = recommendations(sample_components.retriever)
    assert recs
    assert len({r.group for r in recs}) <= len(recs)
    assert all(r.body in {"ofsted", "commissioner", "government"} for r in recs)


# -- dated and counting questions -------------------------------------------------------


def test_as_of_answers_use_only_earlier_material(cli_sample_index: Path) -> None:
    docs = _docs(cli_sample_index)
    cut = sorted(v for v in docs.values() if v)[len(docs) // 2]
    result = run_cli(
        "--index",
        str(cli_sample_index),
        "ask",
        "--json",
        "--as-of",
        cut,
        "-",
        stdin="What was the position?\nWhat did the commissioner recommend?\n",
    )
    assert result.returncode == 0, result.stderr
    for obj in read_json_lines(result.stdout):
        assert "published by" in obj["answer"]
        for c in obj["citations"]:
            assert c["published"][: len(cut)] <= cut


def test_a_time_after_the_as_of_date_is_not_answered_from_earlier_material(
    cli_sample_index: Path,
) -> None:
    """As of a date, a question about a later time says the record cannot answer it then,
    rather than quoting what was known before; one about an earlier time is answered."""
    docs = _docs(cli_sample_index)
    cut = sorted(v for v in docs.values() if v)[len(docs) // 2][:7]
    year, month = int(cut[:4]), int(cut[5:7])
    later = f"{'June' if month < 6 else 'December'} {year if month < 12 else year + 1}"
    earlier = str(year - 1)
    questions = f"What did Ofsted find in {later}?\nWhat did Ofsted find in {earlier}?\n"
    result = run_cli(
        "--index", str(cli_sample_index), "ask", "--json", "--as-of", cut, "-", stdin=questions
    )
    after, before = read_json_lines(result.stdout)
    assert after["refused"], after
    assert not after["citations"]
    assert later in after["answer"]
    assert not before["refused"], before


def test_counting_question_is_answered_from_the_timeline(other_index: Path) -> None:
    result = run_cli(
        "--index",
        str(other_index),
        "ask",
        "--json",
        "-",
        stdin="How many times has the service been judged inadequate?\nList the inspections.\n",
    )
    assert result.returncode == 0, result.stderr
    counted, listed = read_json_lines(result.stdout)
    assert not counted["refused"]
    assert "1 inspection" in counted["answer"]
    assert "September 2022" in counted["answer"]
    assert len(listed["citations"]) >= 1
    for obj in (counted, listed):
        markers = {int(n) for n in __import__("re").findall(r"\[(\d+)\]", obj["answer"])}
        assert markers == {c["n"] for c in obj["citations"]}


def test_sources_that_differ_are_both_stated(other_index: Path) -> None:
    result = run_cli(
        "--index",
        str(other_index),
        "ask",
        "--json",
        "-",
        stdin="How long has the council been given to show progress on assessments?\n",
    )
    (obj,) = read_json_lines(result.stdout)
    assert "The sources differ" in obj["answer"], obj["answer"]
    note = obj["answer"].split("The sources differ")[1]
    by_n = {c["n"]: c for c in obj["citations"]}
    import re

    figures = re.findall(r"gives (\d+) months \[(\d+)\]", note)
    assert {f for f, _ in figures} == {"3", "6"}
    words = {"3": "three", "6": "six"}
    for figure, n in figures:
        cited = by_n[int(n)]
        assert words[figure] in cited["text"]
        assert cited["published"] in note or cited["publisher"] in note


@pytest.mark.parametrize("record", ["sample", "other"])
def test_an_inspections_outcome_is_its_judgement_from_the_timeline(
    record: str, cli_sample_index: Path, other_index: Path
) -> None:
    """"What was the outcome of the <year> inspection?", for every judged inspection the
    timeline dates to a year of its own: the answer gives that inspection's judgement and
    cites the timeline's own passage for it, and says which time it read the question as."""
    index = cli_sample_index if record == "sample" else other_index
    events = json.loads(run_cli("--index", str(index), "timeline", "--json").stdout)
    events = events["events"] if isinstance(events, dict) else events
    judged = [e for e in events if e["kind"] == "inspection" and e["judgement"]]
    by_year = {}
    for event in judged:
        by_year.setdefault(event["date"][:4], []).append(event)
    asked = {year: found[0] for year, found in by_year.items() if len(found) == 1}
    assert asked, "the record's timeline holds no judged inspection"
    questions = [f"What was the outcome of the {year} inspection?" for year in asked]
    result = run_cli("--index", str(index), "ask", "--json", "-", stdin="\n".join(questions))
    for (year, event), answer in zip(asked.items(), read_json_lines(result.stdout), strict=True):
        assert not answer["refused"], answer
        assert judgement_in(answer["answer"]) == event["judgement"], (year, answer["answer"])
        assert f"(Read as a question about {year}.)" in answer["answer"]
        cited = answer["citations"][0]
        own = {(c["doc_id"], c["start"]) for c in event["citations"]}
        assert (cited["doc_id"], cited["start"]) in own


def test_and_what_about_another_year_asks_for_that_years_judgement(
    cli_sample_index: Path,
) -> None:
    """A follow-up that only swaps the year asks the earlier question of the new year."""
    events = json.loads(run_cli("--index", str(cli_sample_index), "timeline", "--json").stdout)
    events = events["events"] if isinstance(events, dict) else events
    judged = {}
    for event in events:
        if event["kind"] == "inspection" and event["judgement"]:
            judged.setdefault(event["date"][:4], set()).add(event["judgement"])
    years = sorted(year for year, found in judged.items() if len(found) == 1)
    assert len(years) >= 2
    lines = []
    for n, (first, then) in enumerate(zip(years, years[1:], strict=False)):
        for text in (f"What was the outcome of the {first} inspection?",
                     f"And what about the one in {then}?"):
            lines.append(json.dumps({"question": text, "conversation": f"c{n}"}))
    result = run_cli("--index", str(cli_sample_index), "ask", "--json", "-",
                     stdin="\n".join(lines))
    answers = read_json_lines(result.stdout)
    for then, follow in zip(years[1:], answers[1::2], strict=True):
        assert judgement_in(follow["answer"]) in judged[then], (then, follow["answer"])


def test_a_transcripts_speaker_label_gives_its_paragraph_that_voice() -> None:
    """A transcript printed by a paper: every sentence of a paragraph is its label's
    speaker's; a field label ("Present:") names no speaker, nor does the next paragraph."""
    text = (
        "Present: six members.\n\n"
        "Cllr Tom Reed: I support this. Inspectors were critical of the delay.\n\n"
        "Lead inspector: We found that too many children waited. Plans drifted.\n\n"
        "Director of Children's Services: We have recruited 12 workers. More will follow.\n\n"
        "The meeting closed at 8pm.\n"
    )
    doc = Document("d", "d.txt", "0", DocMeta(title="t", publisher="The Courier", kind="news"),
                   text)
    spans = [m.span() for m in re.finditer(r"[^\s.][^.\n]*\.", text)]
    voices = sentence_voices(doc, spans)
    assert voices == [
        "narration", "councillor", "councillor", "ofsted", "ofsted", "council", "council",
        "narration",
    ]


def test_a_council_slides_bullets_and_topic_headings_keep_the_councils_voice() -> None:
    """On a council's slides a bullet without a full stop is no heading, and a heading that
    names Ofsted as its topic ("Progress against Ofsted areas for improvement") does not
    hand Ofsted the bullets under it; one that opens with the body does ("Letter from
    Ofsted" is tested above)."""
    text = (
        "Where we started\n"
        "• Ofsted inspection in November 2022: overall effectiveness inadequate\n"
        "• Improvement board first met in March 2023\n\n"
        "Progress against Ofsted areas for improvement\n"
        "• Supervision: red\n"
        "• Thresholds: green\n\n"
        "Ofsted's findings in 2022\n"
        "• Too many children waited for a plan\n"
    )
    voices = [v for _, v in _voices(text, publisher="X Borough Council", kind="")]
    assert voices == ["council"] * 6 + ["ofsted", "ofsted"]


def test_a_quoted_person_described_but_given_no_role_is_one_of_the_others() -> None:
    """"Dean, whose children live with their grandmother…, said he had…" is a parent's
    words, not the inspectors' of the sentence before ('their', 'he'); a foster carer "who
    has fostered for the council" speaks as a foster carer, not as the council."""
    voices = _voices(
        "Inspectors found in 2023 that the service was under significant pressure.\n"
        "Dean, whose two children have lived with their grandmother since 2022 and who asked "
        "us not to use his surname, said he had dealt with five social workers.\n"
        "Mair Huws, who has fostered for the council for 11 years, said things had improved.\n",
        publisher="BBC News",
        kind="news",
    )
    assert [v for _, v in voices] == ["ofsted", "other", "other"]


def test_a_unions_spokesperson_speaks_for_the_union_not_the_council() -> None:
    """A spokesperson or branch secretary of a union is one of the others quoted: the
    council's spokesperson is the council."""
    voices = _voices(
        "A spokesperson for the Eastmoor branch of the union UNISON said staff were still "
        "under huge pressure.\n"
        "Branch Secretary Keith Morrow said: members cannot take another restructure.\n"
        "A council spokesperson said the service had improved.\n",
        publisher="Eastmoor Gazette",
        kind="news",
    )
    assert [v for _, v in voices] == ["other", "other", "council"]



def test_the_spokesperson_is_the_one_the_document_named_before() -> None:
    """'"…," the spokesperson said' is whoever's spokesperson the document last named: the
    union's after the union's, the council's after the council's."""
    voices = _voices(
        "A spokesperson for the Eastmoor branch of the union UNISON said staff were under "
        "pressure.\n"
        '"Our members carry caseloads of 30 and more," the spokesperson said.\n'
        "A council spokesperson said the service had improved.\n"
        '"We are proud of our staff," the spokesperson added.\n',
        publisher="Eastmoor Gazette",
        kind="news",
    )
    assert [v for _, v in voices] == ["other", "other", "council", "council"]


def test_a_deputation_speaks_for_those_it_represents_not_the_council() -> None:
    """Minutes speak as the council, but a member of the public they name by what they
    represent ("a deputation from Claire Denholm on behalf of Eastmoor Parents' Voice", "Lee
    Moss, of Eastmoor Parents for Change") speaks as one of the others when named again
    ("Ms Denholm said …"), though the minutes also say "The Cabinet Member thanked Ms
    Denholm": her words had been the council's, and a parents' briefing left them out."""
    voices = _voices(
        "The committee received a deputation from Claire Denholm on behalf of Eastmoor "
        "Parents' Voice, a group of parents and carers.\n"
        "Ms Denholm said that many families still experienced a revolving door of social "
        "workers.\n"
        "Lee Moss, of Eastmoor Parents for Change, asked a question.\n"
        "Mr Moss said that families were not told when their social worker left.\n"
        "The Director said that a new letter would be sent to families.\n"
        "The Cabinet Member thanked Ms Denholm and said that he would reply in writing.\n",
        publisher="X Borough Council",
        kind="minutes",
    )
    assert [v for _, v in voices][1:] == ["other", "other", "other", "council", "council"]


_WORKFORCE_NOTICE = (
    "Decision: social work recruitment and retention package\n\n"
    "At 31 October 2022, 43% of frontline social worker posts in Eastbrook were filled by "
    "agency workers, and the vacancy rate for permanent posts was 29%.\n\n"
    "Cabinet agreed a market supplement for social workers.\n"
)
_WORKFORCE_MINUTES = (
    "Cabinet minutes, Eastbrook Council\n\n"
    "As at 28 February 2022, 38% of frontline social worker posts in Eastbrook were filled by "
    "agency workers.\n\n"
    "Cabinet approved additional funding for children's services.\n"
)
_WORKFORCE_LATER = (
    "Eastbrook workforce update\n\n"
    "By March 2023, 30% of frontline social worker posts in Eastbrook were filled by agency "
    "workers, after the market supplement took effect.\n"
)


def test_as_of_a_date_takes_what_was_reported_of_that_time_soon_after(
    index_folder, tmp_path
) -> None:
    """ "As of 31 October 2022, what share … were agency?" asks the state of things then,
    reported in a December decision notice: documents published within the reporting lag
    come in, but only passages about that time or before it answer (not the next spring's
    figure). The person's own As-of choice still limits to what was published by then."""
    from app.question import AS_OF_REPORTED_DAYS

    folder = tmp_path / "record"
    folder.mkdir()
    record = {
        "minutes.txt": ("Eastbrook Council,minutes,2022-04-19", _WORKFORCE_MINUTES),
        "notice.txt": ("Eastbrook Council,decision,2022-12-14", _WORKFORCE_NOTICE),
        "update.txt": ("Eastbrook Council,report,2023-01-20", _WORKFORCE_LATER),
    }
    write_record(folder, record)
    assistant = index_folder(folder, tmp_path / "index").assistant
    question = (
        "As of 31 October 2022, what share of frontline social worker posts in Eastbrook "
        "were filled by agency workers?"
    )
    answer = assistant.ask(question)
    assert "43%" in answer.text, answer.text
    assert "30%" not in answer.text, answer.text
    assert f"within {AS_OF_REPORTED_DAYS} days" in answer.text, answer.text
    chosen = assistant.ask(question, scope=Scope(until="2022-10-31"))
    assert "43%" not in chosen.text, chosen.text


_SECOND_LETTER = (
    "Monitoring visit to Eastbrook children's services\n\n"
    "This was the second monitoring visit since the local authority was judged inadequate in "
    "March 2022. Inspectors reviewed the progress made for children in need of help and "
    "protection.\n\n"
    "Inspectors carried out the visit on 20 and 21 June 2023, meeting social workers and "
    "managers.\n"
)


def test_which_days_asks_for_days(record_assistant) -> None:
    """ "On which days did the second monitoring visit take place?" asks for days: a month
    the sentence names for another event ("judged inadequate in March 2022") gives none."""
    letter = {"letter.txt": ("Ofsted,letter,2023-07-18", _SECOND_LETTER)}
    answer = record_assistant(letter).ask(
        "On which days did Ofsted's second monitoring visit take place?"
    )
    assert "20 and 21 June 2023" in answer.text, answer.text



@pytest.mark.parametrize(("visit", "answered"), [("second", True), ("first", False)])
def test_who_carried_out_a_numbered_visit_is_said_in_its_own_letter(
    record_assistant, visit, answered
) -> None:
    """ "Which HMI led the first monitoring visit?" is not answered by the inspectors the
    second visit's letter names as carrying out "this visit" (a hold-out record's near
    miss); the second visit's own question is."""
    signed = "His Majesty's Inspectors Ann Lee and Raj Patel carried out this visit."
    text = f"{_SECOND_LETTER}\n{signed}\n"
    answer = record_assistant({"letter.txt": ("Ofsted,letter,2023-07-18", text)}).ask(
        f"Which HMI led the {visit} monitoring visit?"
    )
    assert ("Ann Lee" in answer.text) is answered, answer.text
    assert answer.refused is not answered, answer.text


BRENTHOLM = Path(__file__).resolve().parent.parent / "eval" / "records" / "brentholm"


def test_a_visit_whose_findings_the_record_lacks_is_not_answered_with_its_logistics(
    index_folder, tmp_path
) -> None:
    """ "What did Ofsted find at its fifth monitoring visit?" on a record that holds only the
    minute reporting that visit ("had taken place on 5 and 6 March 2024 … findings could not
    be discussed until the letter was published", "RESOLVED: That the monitoring visit
    letter … be noted") is not answered from those lines (a dev near miss of the brentholm
    hold-out record); the fourth visit, whose letter the record holds, still is."""
    assistant = index_folder(BRENTHOLM, tmp_path / "index").assistant
    fifth = assistant.ask("What did Ofsted find at its fifth monitoring visit in March 2024?")
    assert fifth.refused, fifth.text
    fourth = assistant.ask("What did Ofsted find at its fourth monitoring visit?")
    assert not fourth.refused, fourth.text


_TEAMS_LETTER = (
    "Monitoring visit to Eastbrook children's services\n\n"
    "Inspectors looked at the experiences of children in need of help and protection.\n\n"
    "Average caseloads in the assessment teams were 24 children, and some social workers "
    "held up to 31.\n\n"
    "The disabled children's team has recruited new managers this year.\n"
)


@pytest.mark.parametrize(
    ("team", "answered"),
    [("the assessment teams", True), ("the children with disabilities team", False)],
)
def test_a_figure_of_one_team_is_not_another_teams(record_assistant, team, answered):
    """A figure asked of one part of the service is given by a sentence that names that
    part: the assessment teams' caseload is not the disabled children's team's."""
    letter = {"letter.txt": ("Ofsted,letter,2023-07-18", _TEAMS_LETTER)}
    answer = record_assistant(letter).ask(
        f"What is the average caseload of social workers in {team}?"
    )
    assert ("24 children" in answer.text) is answered, answer.text
    assert answer.refused is not answered, answer.text


def test_a_second_verb_of_saying_is_the_same_speakers() -> None:
    """"X said the findings were … but added that families were still telling her …": the
    words after "but added" are X's, not those of the body the sentence before named."""
    voices = _voices(
        "In April the government-appointed commissioner gave the council six months.\n"
        "Parent campaigner Jo Kerr, whose group Ashdown Families has lobbied for change "
        'since 2022, said the findings were "a good start" but added that families were '
        "still telling her about changes of social worker.\n",
        publisher="Ashdown Gazette",
        kind="news",
    )
    assert [v for _, v in voices] == ["narration", "other"]


# A record whose documents each call an earlier inspection "the last": the question's "last
# inspection" is the latest the record holds (app/record/latest.py).
_LATEST_RECORD = {
    "report-2019.txt": (
        "Ofsted,report,2019-07-12",
        "Inspection of Eastbrook children's services\n\n"
        "Inspection dates: 3 June to 14 June 2019\n\n"
        "Overall effectiveness: requires improvement to be good\n\n"
        "Services have improved since the last inspection in 2015, when they were judged "
        "to be good.\n",
    ),
    "report-2024.txt": (
        "Ofsted,report,2024-03-15",
        "Inspection of Eastbrook children's services\n\n"
        "Inspection dates: 29 January to 9 February 2024\n\n"
        "Services for children have deteriorated since the last inspection in June 2019. "
        "Overall effectiveness: inadequate.\n\n"
        "Too many children wait too long for an assessment.\n",
    ),
    "letter-2024.txt": (
        "Ofsted,letter,2024-10-25",
        "Monitoring visit to Eastbrook children's services\n\n"
        "This letter summarises the findings of the monitoring visit to Eastbrook children's "
        "services on 1 and 2 October 2024. Inspectors Ann Lee and Raj Patel carried out this "
        "visit.\n\n"
        "Leaders have made a determined start on improving the front door. Average caseloads "
        "in the assessment teams have fallen to 18 children.\n",
    ),
}


@pytest.fixture(scope="module")
def latest_record(index_folder, tmp_path_factory):
    return index_record(_LATEST_RECORD, index_folder, tmp_path_factory, "latest").assistant


@pytest.mark.parametrize(
    ("question", "said", "read_as"),
    [
        ("When was the last Ofsted inspection?", "29 January", "January 2024"),
        ("What was the most recent Ofsted judgement?", "inadequate", "January 2024"),
        ("What grade did Ofsted give at its last inspection?", "inadequate", "January 2024"),
        ("When was the latest monitoring visit?", "1 and 2 October 2024", "October 2024"),
    ],
)
def test_the_last_inspection_is_the_records_latest(latest_record, question, said, read_as):
    """ "When was the last Ofsted inspection?" is answered with the latest the record holds,
    not the one a later document calls "the last inspection", and says which it took."""
    answer = latest_record.ask(question)
    assert not answer.refused, answer.text
    assert said in answer.text, answer.text
    assert f"in {read_as}.)" in answer.text, answer.text
    assert "June 2019" not in answer.text, answer.text
    assert "3 June" not in answer.text, answer.text


def test_what_the_latest_visit_found_follows_on(latest_record):
    """ "What did it find?" after "when was the latest monitoring visit?" quotes what that
    visit found, not who carried it out or when."""
    first = latest_record.ask("When was the latest monitoring visit?")
    earlier = Turn("When was the latest monitoring visit?", first, first.query)
    answer = latest_record.ask("What did it find?", [earlier])
    assert not answer.refused, answer.text
    assert "caseloads" in answer.text or "determined start" in answer.text, answer.text
    assert "carried out this visit" not in answer.text, answer.text


def test_a_last_inspection_relative_to_a_named_report_is_left_as_said(latest_record):
    """ "According to the 2024 report, what has changed since the last inspection?" asks
    of the inspection before that report, which its own words name: not read as the
    record's latest."""
    answer = latest_record.ask(
        "According to the 2024 report, what has changed since the last inspection?"
    )
    assert "the time since the last inspection" not in answer.text, answer.text


def test_an_inspection_named_in_passing_keeps_its_own_judgement(latest_record):
    """A report's overall judgement grades the inspection it reports, not one a sentence
    before it names in passing ("…deteriorated since the last inspection in June 2019.
    Overall effectiveness: inadequate."); the one named in passing takes the judgement its
    own clause gives ("…in 2015, when they were judged to be good")."""
    from app.record.timeline import timeline

    events = timeline(latest_record.retriever)
    judged = {e.date[:4]: e.judgement for e in events if e.kind == "inspection"}
    assert judged == {"2015": "good", "2019": "requires improvement", "2024": "inadequate"}


def test_an_answer_from_a_table_row_quotes_no_other_row(record_assistant) -> None:
    """A figure a spreadsheet's row gives is quoted with that row alone: its other rows are
    other years' ("Year: 2023/24 | …" had followed the 2024/25 row asked about, twice over,
    once as the row's "header", in a hold-out record's contract workbook)."""
    table = (
        "Trust contract sums\n"
        "Year,Council budget provision (£m),Trust initial bid (£m),Agreed contract sum (£m)\n"
        "2023/24,131.2,131.2,131.2\n"
        "2024/25,138.5,150.3,144.9\n"
        "2025/26,146.0,151.6,151.6\n"
    )
    record = {"contract.csv": ("Eastbrook Council,spreadsheet,2025-06-30", table)}
    answer = record_assistant(record).ask("What was the trust's initial bid for 2024/25?")
    assert "150.3" in answer.text, answer.text
    assert "131.2" not in answer.text, answer.text
    assert "151.6" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("What was the trust's contract sum for 2025/26?", True),
        ("What was the trust's forecast overspend for 2025/26?", False),
    ],
)
def test_a_year_alone_does_not_give_a_figure_of_something_else(
    record_assistant, question, answered
) -> None:
    """ "The 2025/26 contract sum of £151.6 million" gives the contract sum for 2025/26, and
    no overspend for it: the year said with the thing asked about counts only beside it (a
    hold-out record's near miss had been answered on the year alone)."""
    text = (
        "Trust contract 2026/27\n\n"
        "On 10 February 2026, Cabinet recommended a contract sum of £157.8 million for the trust "
        "in 2026/27, an increase of £6.2 million on the 2025/26 contract sum of £151.6 million.\n\n"
        "The trust overspent by £1.8 million in 2024/25.\n"
    )
    answer = record_assistant({"cabinet.txt": ("Eastbrook Council,minutes,2026-02-10", text)}).ask(
        question
    )
    assert answer.refused is not answered, answer.text
    assert ("£151.6 million" in answer.text) is answered, answer.text


def test_a_broadcast_transcripts_timed_turns_are_their_speakers() -> None:
    """A radio transcript gives each turn its time and its speaker in capitals ("[00:02:09]
    BEV LINDQVIST: It helped."): the turn is the speaker's, a councillor's a councillor's,
    not the station's narration."""
    text = (
        "[00:00:04] PRESENTER: With me is Councillor Ann Vey, the cabinet member for "
        "children. Also here is Bev Lindqvist, who has been a foster carer for twelve years.\n"
        "[00:00:40] CLLR VEY: We approved 41 new fostering households last year.\n"
        "[00:02:09] BEV LINDQVIST: It helped, but carers give up when nobody listens.\n"
    )
    voices = dict(_voices(text, publisher="Wendmoor Radio"))
    assert voices["[00:00:40] CLLR VEY: We approved 41 new fostering households last year."] in (
        "council",
        "councillor",
    )
    assert voices[
        "[00:02:09] BEV LINDQVIST: It helped, but carers give up when nobody listens."
    ] not in ("narration", "council", "councillor")
