"""Site furniture and the record's own questions never become answers or results."""

from __future__ import annotations

import pytest

from ingest.furniture import furniture_passage, is_furniture
from ingest.models import Passage


@pytest.mark.parametrize(
    "sentence",
    [
        "Sign up to our daily newsletter and get the headlines in your inbox.",
        "Want the latest stories sent straight to you? Subscribe today.",
        "You can have your say by clicking here.",
        "What are your thoughts?",
        "Follow us on social media for updates you will not want to miss.",
        "Send your letters to the editor using the form below, where you can share this story.",
    ],
    ids=["newsletter", "subscribe", "have-your-say", "thoughts", "follow-us", "letters"],
)
def test_reader_calls_are_furniture(sentence):
    assert is_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council's newsletter to foster carers announced the new allowances.",
        'Inspectors told leaders: "you must act faster on recruitment."',
        "Managers said staff can subscribe to the training programme from April.",
        "Social workers said they feel listened to and supported.",
        "If you are worried about a child, contact the front door service.",
    ],
    ids=["newsletter-as-subject", "you-in-quote", "subscribe-without-reader", "report",
         "advice-to-public"],
)
def test_record_sentences_are_not_furniture(sentence):
    assert not is_furniture(sentence)


def _passage(*sentences: str) -> Passage:
    text = " ".join(sentences)
    spans, at = [], 0
    for s in sentences:
        spans.append((at, at + len(s)))
        at += len(s) + 1
    return Passage("d:0000", "d", 0, 0, len(text), 1, text, tuple(spans))


def test_passage_is_furniture_only_when_most_of_it_is():
    call = "Sign up for our email alerts and get the news in your inbox."
    fact = "The director said the recruitment campaign had filled twelve posts."
    assert furniture_passage(_passage(call))
    assert furniture_passage(_passage(call, "What are your thoughts?", fact))
    assert not furniture_passage(_passage(fact, "What are your thoughts?"))
    assert not furniture_passage(_passage(fact))


NEWS = """Eastbrook fostering service praised by inspectors

Inspectors found that foster carers in Eastbrook receive regular supervision and training.

Want the latest news sent straight to you? Sign up for our free email alerts today.

Why has it taken the council so long to recruit more foster carers?

The service recruited nineteen new fostering households last year, the inspectors noted.

What are your thoughts? You can have your say by clicking here.
"""


@pytest.fixture(scope="module")
def news_components(index_folder, tmp_path_factory):
    folder = tmp_path_factory.mktemp("furniture-record")
    (folder / "2024-05-eastbrook-news.txt").write_text(NEWS, encoding="utf-8")
    return index_folder(folder, tmp_path_factory.mktemp("furniture-index"))


def test_search_never_returns_furniture(news_components):
    for query in ("email alerts news inbox", "sign up for the top stories", "foster carers"):
        for hit in news_components.retriever.search(query, k=10):
            assert not furniture_passage(hit.passage), (query, hit.passage.text)


@pytest.mark.parametrize(
    "question",
    [
        "How can I get council news sent to my inbox?",
        "How many new fostering households were recruited?",
        "Why has it taken so long to recruit foster carers?",
        "What did inspectors find about foster carers?",
    ],
)
def test_answers_quote_neither_furniture_nor_questions(news_components, question):
    answer = news_components.assistant.ask(question)
    if answer.refused:
        return
    assert "?" not in answer.text.replace(question, "")
    for citation in answer.citations:
        for start, end in citation.highlights:
            quoted = citation.text[start:end]
            assert not is_furniture(quoted), quoted


@pytest.mark.parametrize(
    ("line", "apparatus"),
    [
        ("Partnership working", True),
        ("Contact: Democratic Services, 01234 567890", True),
        ("Piccadilly Gate, Store Street, Manchester M1 2WD", True),
        ("Civic Centre, Harbour Road, Rivermouth RM1 4AA", True),
        ("Published: 14 June 2023", True),
        ("Tuesday 5 March 2024", True),
        ("Agenda item 5: Ofsted monitoring visit report", True),
        ("By Jane Smith, Local Democracy Reporter", True),
        ("Related stories", True),
        ("Read more: Children left at risk for too long as care is rated inadequate", True),
        ("Report PDF 780 KB Appendix 1 PDF 300 KB", True),
        ("Inspectors read more case files than at the last visit.", False),
        ("Derek Mowlam — 9 August 2024 at 9:40pm", True),
        ("Overall effectiveness: Inadequate", False),
        ("The council was judged inadequate overall.", False),
        ("Caseloads have fallen to 18 children per social worker.", False),
        (
            "The inspectorate will take the findings from this visit into account when "
            "planning your next inspection or visit.",
            True,
        ),
        ("This letter will be published on the inspectorate's website.", True),
        ("Inspectors took the council's own audits into account when judging progress.", False),
        # a letters page's own rules; not letters the record speaks of
        ("Letters should not exceed 250 words and local issues take precedence.", True),
        ("Letters from Ofsted should be read alongside the council's plan.", False),
        # a table's caption names what follows; a sentence about the table says something
        ("Table 1: New EHC plans issued within 20 weeks (excluding exceptions)", True),
        ("Table 1 shows that 47% of new plans were issued within 20 weeks.", False),
        # a pointer to other pages, not a statement
        (
            "Find out more about our children's services improvement plan and the local "
            "offer for care leavers.",
            True,
        ),
        ("You can also read this letter on the inspectorate's reports website.", True),
        ("Inspectors wanted to find out more about how thresholds were applied.", False),
        # a publication page's note on its attached file
        ("This file may not be suitable for users of assistive technology.", True),
        ("Request an accessible format.", True),
        ("Some homes were not suitable for children with disabilities.", False),
        # a statement's signature; not a decision signed off
        (
            "Signed on behalf of the Young People's Council by Kacey (Chair, aged 19) and "
            "Amani (Vice-Chair, aged 16).",
            True,
        ),
        ("Signed off by the Cabinet in May, the plan sets a caseload cap of 18.", False),
        # a dateline behind a page's cell mark
        ("| Updated 11:42", True),
        ("| Children in care | 421 | 426", False),
    ],
    ids=["heading", "contact", "address", "address-2", "published-line", "dateline",
         "agenda-item", "byline",
         "link-list", "read-more", "file-links", "read-more-in-a-sentence", "comment-header",
         "label-value",
         "sentence", "figure", "letter-closing", "letter-published", "into-account-finding",
         "letters-page-rule", "letters-named", "table-caption", "table-in-a-sentence",
         "find-out-more", "you-can-read", "find-out-more-in-a-sentence",
         "file-note", "accessible-format", "not-suitable-finding", "signature",
         "signed-off", "cell-marked-dateline", "table-row"],
)
def test_page_apparatus_is_not_a_statement(line: str, apparatus: bool) -> None:
    from ingest.furniture import is_apparatus

    assert is_apparatus(line) is apparatus
