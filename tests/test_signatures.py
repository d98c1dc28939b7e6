"""Who signed or wrote a document, on a small unseen record: the signatory under a letter's
sign-off (cut between passages or not), the one who signed for the body asked of (named in
the lines under the name, or in a joint letter's table heading, or by the abbreviation the
question uses), and a story's byline, which the page's extraction had dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.question import read_question
from app.record.signatures import asks_signer, signatories
from ingest.loaders import load_html

_FILLER = " ".join(
    f"Paragraph {i}: inspectors looked at the help given to families in the north of the "
    "borough and at how quickly managers acted on what they found."
    for i in range(1, 9)
)

NOTICE = (
    "# Improvement notice: Fernley Council children's services\n\n"
    "1. The Secretary of State has considered the findings of the inspection.\n\n"
    f"{_FILLER}\n\n"
    "2. The council must submit an improvement plan by 30 June 2024.\n\n"
    "Yours sincerely,\n\n"
    "Martha Quinlan\n"
    "Deputy Director, Intervention\n\n"
    "Department for Education\n\n"
    "cc:\n"
    "Ann Cole, Director of Children's Services, Fernley Council\n"
)

SEND_LETTER = (
    "# Area SEND inspection of Fernley: outcome letter\n\n"
    "Between 7 and 11 November 2022, Ofsted and the Care Quality Commission (CQC) jointly "
    "inspected the local area partnership.\n\n"
    f"{_FILLER}\n\n"
    "A written statement of action is required.\n\n"
    "Yours sincerely\n"
    "Lena Harwood\n"
    "His Majesty's Inspector\n"
    "Lead inspector, Ofsted\n"
    "Omar Pritchard\n"
    "Children's Services Inspector\n"
    "Care Quality Commission cc: Department for Education; NHS England\n"
)

JOINT_LETTER = """<!DOCTYPE html><html><head>
<title>Joint targeted area inspection of Fernley</title></head><body><main><article>
<h1>Joint targeted area inspection of the response to child exploitation in Fernley</h1>
<p>Between 7 and 11 March 2022, Ofsted, the Care Quality Commission (CQC) and His Majesty's
Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) carried out a joint
inspection of the response to children at risk of exploitation in Fernley.</p>
<p>Partners share information about children at risk quickly, but return home interviews
are not offered to every child who has been missing.</p>
<p>Yours sincerely,</p>
<table>
<tr><th>Ofsted</th><th>Care Quality Commission</th></tr>
<tr><td>Rhona Devlin Regional Director, Ofsted</td><td>Tariq Osei Deputy Chief Inspector</td></tr>
</table>
<table>
<tr><th>HMI Constabulary and Fire &amp; Rescue Services</th><th>HMI Probation</th></tr>
<tr><td>Gwen Talbot His Majesty's Inspector of Constabulary</td>
<td>Neil Brannock Assistant Chief Inspector</td></tr>
</table>
</article></main></body></html>
"""

STORY = """<!DOCTYPE html><html><head>
<title>Mother says council failed her son | Fernley Gazette</title>
<meta name="author" content="Priya Holloway">
<meta property="og:site_name" content="Fernley Gazette"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>Mother says council failed her son</h1>
<p class="byline">By <a href="/author/priya">Priya Holloway, Local Democracy Reporter</a></p>
<p class="dateline"><time datetime="2024-12-13">Friday, 13 December 2024</time></p>
<p>A Fernley mother whose son was groomed by a drugs gang says she rang the council eleven
times in four months before anyone came to see her family.</p>
<p>The council said it had since set up a new team for teenagers at risk of exploitation,
which will open at the Tollgate Centre in the spring.</p>
</article></main></body></html>
"""


@pytest.fixture(scope="module")
def components(index_folder, tmp_path_factory):
    folder = tmp_path_factory.mktemp("signed")
    (folder / "notice.md").write_text(NOTICE, encoding="utf-8")
    (folder / "send-letter.md").write_text(SEND_LETTER, encoding="utf-8")
    (folder / "jtai-letter.html").write_text(JOINT_LETTER, encoding="utf-8")
    (folder / "gazette-story.html").write_text(STORY, encoding="utf-8")
    return index_folder(folder, tmp_path_factory.mktemp("signed-index"))


def _ask(components, question: str):
    return components.assistant.ask(question)


def test_the_signatory_under_the_sign_off_answers(components):
    answer = _ask(components, "Who signed the improvement notice?")
    assert not answer.refused
    assert "Martha Quinlan" in answer.text
    # the copy list is not who signed
    assert "Ann Cole" not in answer.text
    assert any("Martha Quinlan" in c.text for c in answer.citations)


def test_the_signatory_for_the_body_asked_of(components):
    answer = _ask(
        components, "Who signed the area SEND inspection letter on behalf of the Care Quality "
        "Commission?"
    )
    assert "Omar Pritchard" in answer.text
    assert "Lena Harwood" not in answer.text


def test_a_joint_letters_table_by_its_column_and_abbreviation(components):
    answer = _ask(components, "Who signed the joint targeted area inspection letter on behalf "
                  "of HMICFRS?")
    assert "Gwen Talbot" in answer.text
    for other in ("Rhona Devlin", "Tariq Osei", "Neil Brannock"):
        assert other not in answer.text
    everyone = _ask(components, "Who signed the joint targeted area inspection letter?")
    for name in ("Rhona Devlin", "Tariq Osei", "Gwen Talbot", "Neil Brannock"):
        assert name in everyone.text
    assert len(everyone.citations) == 4


def test_a_body_no_one_signed_for_names_no_signatory(components):
    answer = _ask(components, "Who signed the area SEND inspection letter on behalf of the "
                  "fire service?")
    assert "Omar Pritchard" not in answer.text
    assert "Lena Harwood" not in answer.text


def test_the_story_byline_answers_who_wrote_it(components):
    answer = _ask(components, "Who wrote the Gazette article about the mother whose son was "
                  "groomed?")
    assert not answer.refused
    assert "Priya Holloway" in answer.text


def test_the_byline_goes_back_under_the_headline(tmp_path: Path):
    page = tmp_path / "story.html"
    page.write_text(STORY, encoding="utf-8")
    lines = [line for line in load_html(page).text.splitlines() if line.strip()]
    assert lines[0] == "Mother says council failed her son"
    assert lines[1] == "By Priya Holloway, Local Democracy Reporter"


@pytest.mark.parametrize(
    ("question", "signer"),
    [
        ("Who signed the letter?", "signed"),
        ("Which inspector signed the monitoring visit letter?", "signed"),
        ("Who wrote the article about the overspend?", "wrote"),
        ("Who was the author of the commissioner's report?", "wrote"),
        ("Who wrote to the minister about the budget?", None),
        ("Who signed off the budget?", None),
        ("Who chaired the meeting?", None),
    ],
)
def test_which_questions_ask_who_signed(question, signer):
    assert asks_signer(read_question(question)) == signer


def test_signatories_read_from_text_alone():
    people = signatories(SEND_LETTER)
    assert [p.name for p in people] == ["Lena Harwood", "Omar Pritchard"]
    assert "Care Quality Commission" in people[1].lines
    assert signatories("# A report\n\nNo letter here.\n") == []


def test_only_on_behalf_of_names_the_body_signed_for(components):
    """ "…for the council in 2024?" names no body the signatory signed for: the notice's
    signatory answers it."""
    answer = _ask(components, "Who signed the improvement notice for the council in 2024?")
    assert "Martha Quinlan" in answer.text


def test_a_name_with_its_title_on_one_line_signs():
    """ "Jane Marsh, Director of Children's Services, Fernley Council" under the sign-off is
    one signatory, her title on her line: she signed for the council."""
    people = signatories(
        "# Letter to parents\n\nWe write about the plan.\n\nYours faithfully,\n\n"
        "Jane Marsh, Director of Children's Services, Fernley Council\n"
    )
    assert [p.name for p in people] == ["Jane Marsh"]
    assert {"director", "council"} <= people[0].about
