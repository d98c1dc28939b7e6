"""Answers: extractive, every sentence cited, citations exact; refusals; follow-ups."""

from __future__ import annotations

import re

import pytest

from app.answer import Turn, quoted_part
from app.compose import REFUSAL
from app.question import is_follow_up, read_question, standalone_query
from eval.metrics import refusal_score

_SENTENCE = re.compile(r"(.+?) \[(\d+)\](?= |$)")
_MARKER = re.compile(r"\[(\d+)\]")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _split(answer_text: str) -> list[tuple[str, int]]:
    """(sentence, cited n) pairs; the whole text, framing notes aside, is made of such pairs
    (a list item stands on a line of its own, after "- ")."""
    answer_text = quoted_part(answer_text).replace("\n- ", " ")
    pairs = [(m.group(1).strip(), int(m.group(2))) for m in _SENTENCE.finditer(answer_text)]
    rebuilt = " ".join(f"{s} [{n}]" for s, n in pairs)
    assert rebuilt == answer_text.strip(), f"text outside cited sentences: {answer_text!r}"
    return pairs


def _passages_as_hits(texts, title="Report", voice="ofsted", **composer_options):
    """A one-document record of `texts`, one passage each, retrieved in order with falling
    scores, and a composer over it: (hits, composer). The composer's `document` gives the
    whole document, as the retriever's does."""
    from app.compose import ExtractiveComposer
    from index.lexical import LexicalIndex
    from index.retrieve import Hit
    from ingest.models import DocMeta, Document, Passage

    doc = Document("doc", "doc.txt", "0", DocMeta(title), "\n\n".join(texts))
    passages, at = [], 0
    for n, text in enumerate(texts):
        passages.append(
            Passage(f"doc:0:{n}", "doc", n, at, at + len(text), 1, text, ((0, len(text)),))
        )
        at += len(text) + 2
    voices = ((0, 10_000, voice),)
    hits = [Hit(p, doc, 1.0 - n / 10, 1.0, 0.5, voices) for n, p in enumerate(passages)]
    composer = ExtractiveComposer(
        LexicalIndex([*texts, "The council met in May."]),
        document=lambda hit: [Hit(p, doc, 0.0, 0.0, 0.0, voices) for p in passages],
        **composer_options,
    )
    return hits, composer


def _indexed(index_folder, tmp_path, files: dict[str, str]):
    """Components over a one-off record of these files (name: text), freshly indexed."""
    folder = tmp_path / "record"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return index_folder(folder, tmp_path / "index")


def _after(assistant, first: str, question: str):
    """The answers to `first` and then to `question`, asked as its follow-up."""
    earlier = assistant.ask(first)
    return earlier, assistant.ask(question, [Turn(first, earlier, earlier.query)])


def _ask_with_history(assistant, question):
    turns: list[Turn] = []
    for earlier in question.history:
        answer = assistant.ask(earlier, turns)
        turns.append(Turn(earlier, answer, answer.query))
    return assistant.ask(question.question, turns)


@pytest.fixture(scope="module")
def answers(sample_components, eval_questions):
    assistant = sample_components.assistant
    return {q.id: (q, _ask_with_history(assistant, q)) for q in eval_questions}


@pytest.fixture(scope="module")
def given(answers):
    """Answerable questions that were answered (not refused)."""
    out = [
        (q, a)
        for q, a in answers.values()
        if q.answerable and not a.refused and a.source == "passages"
    ]
    assert len(out) >= 10, "too few answers to check"
    return out


def test_every_sentence_ends_with_a_marker_that_refers_to_a_citation(given):
    for q, a in given:
        pairs = _split(a.text)
        assert pairs, q.id
        numbers = {c.n for c in a.citations}
        assert {n for _, n in pairs} == numbers, f"{q.id}: unused or missing citations"
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), q.id


def test_citation_text_is_the_document_span(given, sample_components):
    store = sample_components.store
    for q, a in given:
        for c in a.citations:
            doc = store.document(c.doc_id)
            assert doc is not None, (q.id, c.doc_id)
            assert c.text == doc.text[c.start:c.end], (q.id, c.n)
            assert c.title == doc.meta.title
            assert c.published == doc.meta.published
            assert c.page == doc.page_at(c.start)


def test_answers_are_extractive(given):
    """Each sentence, markers removed, is said word for word by the passage it cites."""
    for q, a in given:
        by_n = {c.n: _flat(c.text) for c in a.citations}
        for sentence, n in _split(a.text):
            assert _flat(sentence) in by_n[n], f"{q.id}: {sentence!r} not in [{n}]"


def test_highlights_lie_within_the_passage_and_are_quoted(given):
    for q, a in given:
        quoted = {_flat(s) for s, _ in _split(a.text)}
        for c in a.citations:
            assert c.highlights, f"{q.id}: cited passage [{c.n}] has nothing marked"
            for start, end in c.highlights:
                assert 0 <= start < end <= len(c.text), (q.id, c.n)
                marked = _flat(c.text[start:end])
                assert any(marked.endswith(s) or s in marked for s in quoted), (q.id, marked)


def test_refusal_rate_on_unanswerable_questions(answers):
    pairs = [(a.refused, q.answerable) for q, a in answers.values()]
    score = refusal_score([r for r, _ in pairs], [ans for _, ans in pairs])
    unanswerable = sum(1 for _, ans in pairs if not ans)
    print(f"refusal recall={score.recall:.2f} precision={score.precision:.2f} "
          f"accuracy={score.accuracy:.2f} over {unanswerable} unanswerable")
    assert unanswerable >= 5
    # Near misses (a figure, name or rating the record never gives while it discusses the
    # topic) are refused for most of them, and a refusal is right more often than not.
    # Measured: recall 0.60, precision 0.50 on this record (issue 14's target is 0.75 and
    # 0.9: not met here; eval reports it per record and half). Before slot refusals this
    # record had recall 0.10 with no answerable question refused.
    wrongly_refused = [q.id for q, a in answers.values() if q.answerable and a.refused]
    assert score.recall >= 0.5, score
    assert score.precision >= 0.5, f"answerable questions refused: {wrongly_refused}"
    assert len(wrongly_refused) <= 0.1 * (len(pairs) - unanswerable), wrongly_refused


def test_refusals_use_the_refusal_wording_and_offer_closest_material(answers):
    refused = [a for _, a in answers.values() if a.refused]
    assert refused
    for a in refused:
        assert quoted_part(a.text).startswith(REFUSAL)  # after any "(Drawing only on…)" note
        assert a.closest
        for c in a.citations:
            assert f"[{c.n}]" in a.text
            assert c.highlights == ()


@pytest.mark.parametrize(
    "question",
    [
        "What was the final score when Brackenford Rovers played Oldcastle Athletic in the "
        "2021 Wexmoor cup final?",
        "Which striker scored the winning penalty for Quillhaven United last Saturday?",
        # every word but the record's own council's name is one the record never uses
        "What is the population of Herefordshire's cats?",
    ],
    ids=["cup-final", "penalty", "unknown-words"],
)
def test_question_about_an_absent_topic_is_refused(sample_components, question):
    answer = sample_components.assistant.ask(question)
    assert answer.refused
    assert "does not answer" in answer.text
    assert answer.to_json()["refused"] is True


@pytest.mark.parametrize(
    "question",
    [
        # the record names her often and never gives her age or her earlier posts
        "How old is Eleanor Brazil?",
        "What job did Eleanor Brazil do before she became commissioner?",
    ],
    ids=["age", "earlier-post"],
)
def test_a_detail_of_a_named_person_the_record_never_gives_is_refused(sample_components, question):
    assert sample_components.assistant.ask(question).refused


def test_empty_question_is_refused_politely(sample_components):
    answer = sample_components.assistant.ask("   ")
    assert answer.refused
    assert answer.citations == []


# -- follow-ups ---------------------------------------------------------------------------
PREVIOUS = "What did Ofsted find about social worker turnover in 2022?"


@pytest.mark.parametrize(
    ("question", "follow_up"),
    [
        ("And what did the commissioner say?", True),
        ("and the year before?", True),
        ("But why?", True),
        ("What about the budget?", True),
        ("How about care leavers?", True),
        ("What did she say about that?", True),
        ("When did they publish it?", True),
        ("Why?", True),
        ("Explain.", True),
        ("What did Ofsted say about caseloads for social workers in 2023?", False),
        ("Who is the council leader of Northfield Borough Council?", False),
        ("How many agency social workers were employed in December 2023?", False),
        ("Andover council budget cuts to youth services", False),
        # punctuation after the opening conjunction must not hide the follow-up
        ("And, more importantly, what did the inspectors find about staffing levels?", True),
        ("Also, what did the commissioner say about leadership failures?", True),
        # an event pointed at, however long the question
        ("What overall grade did that inspection give?", True),
        ("What part of the service did that visit focus on?", True),
        ("What did the inspection say about that?", True),
        ("What did the 2022 inspection say about caseloads in the assessment teams?", False),
        # anything pointed at after a preposition or "was": "that money", "that problem"
        ("How many extra posts was that money meant to pay for?", True),
        ("What is the council doing about that kind of problem?", True),
        # ...not "that" as a pronoun before a verb, nor a clause after "said that"
        ("How many children were in care, and how did that compare with 2019?", False),
        # ...but "that" compared, opening the question, is what the conversation gave
        ("How does that compare with what the joint inspection found back in 2022?", True),
        ("Which councillor said that the report was unfair to social workers?", False),
        # a person pointed at with no one named or in a post before the pronoun
        ("How often does he meet the Director of Children's Services and the minister?", True),
        ("Did Eleanor Brazil say whether she would return to the county next year?", False),
        ("What did the mother tell the newspaper about her son's social workers?", False),
        ("Did the director of children's services say when he would leave the council?", False),
    ],
    ids=["and", "and-lower", "but-why", "what-about", "how-about", "pronoun-that",
         "pronoun-they-it", "one-word", "one-word-imperative", "full-question",
         "full-who", "full-number", "starts-with-and-letters", "and-comma", "also-comma",
         "that-inspection", "that-visit", "about-that", "full-event", "that-money",
         "that-kind-of", "that-pronoun", "that-compared", "said-that", "he-unnamed", "she-named",
         "her-mother", "he-director"],
)
def test_is_follow_up(question, follow_up):
    assert is_follow_up(question) is follow_up


# A follow-up is searched with the latest turn's query, its own words on both sides so they
# outweigh the earlier question's ("and what about 2022?" after a 2018 question).
@pytest.mark.parametrize(
    ("question", "history", "expected"),
    [
        ("And what did the commissioner say?", [Turn(PREVIOUS)],
         f"And what did the commissioner say? {PREVIOUS} And what did the commissioner say?"),
        ("Why?", [Turn("First question?"), Turn(PREVIOUS)], f"Why? {PREVIOUS} Why?"),
        ("What about them?", [Turn(PREVIOUS, query="standalone form")],
         "What about them? standalone form What about them?"),
        ("And what did the commissioner say?", [], "And what did the commissioner say?"),
        ("Who chairs the Northfield scrutiny committee?", [Turn(PREVIOUS)],
         "Who chairs the Northfield scrutiny committee?"),
        # a follow-up that names its own time carries the earlier question without its times
        ("And what role did she keep once the direction was revoked?",
         [Turn("Who chaired the improvement board from May 2016?")],
         "And what role did she keep once the direction was revoked? Who chaired the "
         "improvement board ? And what role did she keep once the direction was revoked?"),
        ("And in 2023?", [Turn("How many children were in care in March 2019?")],
         "And in 2023? How many children were in care ? And in 2023?"),
        # ...and one that names none keeps them
        ("And what did she say?", [Turn("Who chaired the improvement board from May 2016?")],
         "And what did she say? Who chaired the improvement board from May 2016? And what "
         "did she say?"),
    ],
    ids=["and-follow-up", "latest-turn-only", "carries-previous-query", "no-history",
         "not-a-follow-up", "own-time-by-event", "own-year", "no-own-time"],
)
def test_standalone_query(question, history, expected):
    assert standalone_query(question, history) == expected


def test_follow_up_retrieval_query_includes_previous_question(sample_components):
    assistant = sample_components.assistant
    first_q = "What did Ofsted find about recruiting and keeping social workers in June 2023?"
    first = assistant.ask(first_q)
    assert first.query == first_q
    follow = assistant.ask("And what effect did that have on children?",
                           [Turn(first_q, first, first.query)])
    assert first_q in follow.query
    assert follow.query.endswith("And what effect did that have on children?")
    alone = assistant.ask("And what effect did that have on children?")
    assert alone.query == "And what effect did that have on children?"


def test_history_limit_is_applied(sample_components):
    assistant = sample_components.assistant
    turns = [Turn(f"Question number {i} about Herefordshire?") for i in range(10)]
    answer = assistant.ask("Why?", turns)
    assert answer.query == "Why? Question number 9 about Herefordshire? Why?"


# -- "who" questions whose best sentence is a quote that does not name its speaker -------
WHO_NEWS = """Eastbrook council responds to fostering review

The review found that too few foster carers were recruited last year.

Council chief executive Maria Okafor said: "We accept the findings and have begun to act."

"We have a firm plan for recruitment, though there is a long road ahead."

The review panel will meet again in the spring.
"""


@pytest.fixture(scope="module")
def who_components(index_folder, tmp_path_factory):
    folder = tmp_path_factory.mktemp("who-record")
    (folder / "2024-04-eastbrook-echo.txt").write_text(WHO_NEWS, encoding="utf-8")
    return index_folder(folder, tmp_path_factory.mktemp("who-index"))


def test_who_answer_names_the_speaker_of_an_unattributed_quote(who_components):
    answer = who_components.assistant.ask(
        "Who said there was a firm plan for recruitment but a long road ahead?"
    )
    assert not answer.refused
    pairs = _split(answer.text)
    (named, named_n), (quote, quote_n) = pairs[0], pairs[1]
    assert "Maria Okafor" in named, "the speaker's own sentence leads the answer"
    assert "long road ahead" in quote
    by_n = {c.n: c for c in answer.citations}
    assert named in _flat(by_n[named_n].text)
    assert quote in _flat(by_n[quote_n].text)


def test_who_answer_does_not_reach_back_across_narration(who_components):
    """The narrator's own sentence has no speaker to find: nothing is put before it."""
    answer = who_components.assistant.ask("Who will meet again in the spring?")
    if answer.refused:
        return
    first, _ = _split(answer.text)[0]
    assert "review panel will meet again" in first


# -- a question that names whose words it wants -----------------------------------------
def _two_voices_hits():
    """Two equally ranked passages saying the same about carers' training, one in
    Ofsted's voice, one in the council's (the voice module's labels, given directly)."""
    from index.retrieve import Hit
    from ingest.models import DocMeta, Document, Passage

    texts = (
        "Training for foster carers was patchy and approvals were slow, they said.",
        "Training for foster carers was expanded and approvals were faster, she said.",
    )
    doc = Document("echo", "echo.txt", "0", DocMeta("Westbrook Echo"), "\n\n".join(texts))
    hits, at = [], 0
    for n, (text, voice) in enumerate(zip(texts, ("ofsted", "council"), strict=True)):
        passage = Passage(f"echo:0:{n}", "echo", n, at, at + len(text), 1, text,
                          ((0, len(text)),))
        hits.append(Hit(passage, doc, 1.0, 1.0, 0.5, ((0, len(text), voice),)))
        at += len(text) + 2
    return texts, hits


@pytest.mark.parametrize(
    ("question", "voice"),
    [
        ("What did Ofsted say about training for foster carers and approvals?", "ofsted"),
        ("What did the council say about training for foster carers and approvals?", "council"),
        ("According to the inspectors, how was training for foster carers?", "ofsted"),
    ],
    ids=["ofsted", "council", "according-to"],
)
def test_question_naming_a_speaker_leads_with_their_words(question, voice):
    from app.compose import ExtractiveComposer
    from index.lexical import LexicalIndex

    texts, hits = _two_voices_hits()
    # the record names Ofsted and the council somewhere, as any record would
    composer = ExtractiveComposer(LexicalIndex([*texts, "Ofsted visit: the council responds"]))
    answer = composer.compose(read_question(question), hits)
    assert not answer.refused
    assert answer.citations[0].voice == voice, answer.text


@pytest.mark.parametrize(
    ("question", "voice"),
    [
        ("What did the children's commissioner say about progress?", "commissioner"),
        ("What did the council leader say about the findings?", "council"),
        ("What did parents say about the service?", "other"),
        ("Was progress good enough, in the commissioner's view?", "commissioner"),
        ("According to Ofsted, what went wrong?", "ofsted"),
        ("When was the service judged inadequate?", None),
        ("What did the report say about housing?", None),
        # how someone responded, reacted or replied is in their words too
        ("How did the Liberal Democrat group leader react to the result?", "councillor"),
        ("How did the council leader respond when the report was published?", "council"),
    ],
)
def test_asked_voice(question, voice):
    from app.question import asked_voice

    assert asked_voice(question) == voice


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("More work needed at Westbrook children's services, Ofsted finds", True),
        ("Leeds to help Westbrook sort out children's services", True),
        ("Overall effectiveness: Inadequate", False),
        ("Ofsted 2018 – overall requires improvement", False),
        ("Overall effectiveness | Inadequate", False),
        ("Inspectors found that plans drift.", False),
        ("Pace of change", False),
        # a title over its date (a PDF's running header) is a heading, not a row
        ("Joint inspection of services for children in Westbrook — March 2023", True),
        # a table's caption row, its one cell
        ("Ofsted judgements, June 2024 |", True),
        # a table row laid out in spaces states its values; a heading with one number or a
        # year does not
        ("Social worker vacancy rate 29% 24% 18% 14%", False),
        ("Children subject to a CP plan 612 571 519 497", False),
        ("Monitoring visit 2 - 2023", True),
        ("Average caseload in the teams 18.5", True),
    ],
)
def test_headline_lines(line, headline):
    from app.compose import _headline

    assert _headline(line) is headline


def test_a_sentence_leads_over_a_headline_saying_the_same():
    """A link to another story ("…, Ofsted finds") is not what the record says; the
    sentence that says it with its context leads the answer."""
    from app.compose import ExtractiveComposer
    from index.lexical import LexicalIndex
    from index.retrieve import Hit
    from ingest.models import DocMeta, Document, Passage

    texts = (
        "More work needed at Westbrook fostering service, Ofsted finds",
        "More work is needed at the Westbrook fostering service, Ofsted finds in its letter.",
    )
    doc = Document("echo", "echo.txt", "0", DocMeta("Westbrook Echo"), "\n\n".join(texts))
    hits, at = [], 0
    for n, text in enumerate(texts):
        passage = Passage(f"echo:0:{n}", "echo", n, at, at + len(text), 1, text,
                          ((0, len(text)),))
        hits.append(Hit(passage, doc, 1.0, 1.0, 0.5, ((0, len(text), "ofsted"),)))
        at += len(text) + 2
    composer = ExtractiveComposer(LexicalIndex(list(texts)))
    question = "What did Ofsted find about the Westbrook fostering service?"
    answer = composer.compose(read_question(question), hits)
    assert not answer.refused
    first, _ = _split(answer.text)[0]
    assert first == texts[1]


def test_a_heading_never_leads_when_a_sentence_answers():
    """A section heading names the subject but states nothing; the recommendation under it
    is the answer, even when the heading shares more of the question's words."""
    texts = (
        "Recommendations of the Westbrook Scrutiny Committee on caseloads",
        "That the number of cases held by each team be reported every quarter.",
    )
    hits, composer = _passages_as_hits(texts, "Cabinet minutes", "council")
    question = "What did the scrutiny committee recommend about caseloads?"
    answer = composer.compose(read_question(question), hits)
    assert not answer.refused
    quoted = [text for text, _ in _split(answer.text)]
    assert quoted[0] == texts[1]
    assert texts[0] not in quoted


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("Inspectors found that 40 children had more than three social workers.", True),
        # the figure the question gives is part of what it asks about
        ("Inspectors found that 16 children were allocated to each social worker.", False),
    ],
)
def test_a_figure_in_the_question_is_part_of_its_subject(sentence, answers):
    hits, composer = _passages_as_hits((sentence,), "Monitoring letter")
    answer = composer.compose(
        read_question("How many children had more than three social workers?"), hits
    )
    assert answer.refused is not answers


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "When was the full inspection before the 2022 inadequate judgement?",
            "the time before 2022",
        ),
        ("What has changed since 2022?", "the time since 2022"),
        ("What did Ofsted find in July 2023?", "July 2023"),
        ("By December 2023, how long had the council had help?", "the time up to December 2023"),
        ("Had the backlog been cleared by October 2024?", "the time up to October 2024"),
        # one time from the first to the last, not each year alone
        ("Give me the history of the inspections from 2015 to 2022.", "the time from 2015 to 2022"),
        ("What did the 2015 and 2022 reports say?", "2015 and 2022"),
        # the time since an event the date places
        (
            "What has improved since the inspection in May 2021?",
            "the time since the inspection in May 2021",
        ),
    ],
)
def test_an_answer_says_the_time_it_took_in_the_question_words(question, said):
    from app.times import described

    assert described(read_question(question).about) == said


def test_a_full_inspection_is_not_answered_by_a_visit():
    """"When was the full inspection?" is answered by the inspection's date, not by the
    date of a focused or monitoring visit that the same passage reports."""
    texts = (
        "A focused visit followed in January 2019; by 2022 the overall judgement was inadequate.",
        "Practice has deteriorated since the last full inspection in June 2018.",
    )
    hits, composer = _passages_as_hits(texts, "Council meeting")
    answer = composer.compose(read_question("When was the last full inspection?"), hits)
    assert [text for text, _ in _split(answer.text)] == [texts[1]]


def test_a_judgements_row_answers_for_what_its_label_names():
    """A judgements table answers "what grade for children in care?" with the row for
    children in care, not with the row above it that shares most of its words."""
    rows = (
        "The experiences and progress of children who need help and protection: inadequate",
        "The experiences and progress of children in care: good",
    )
    hits, composer = _passages_as_hits(rows, "Inspection report")
    question = "What grade did inspectors give the experiences and progress of children in care?"
    answer = composer.compose(read_question(question), hits)
    assert [quoted for quoted, _ in _split(answer.text)] == [rows[1]]


def test_what_was_found_is_not_what_was_looked_at():
    """"What did the inspectors find?" quotes a finding, not the visit's scope."""
    texts = (
        "At the June visit inspectors looked at help and protection for children in need.",
        "Inspectors found that plans for children in need are too often vague.",
    )
    hits, composer = _passages_as_hits(texts, "Visit letter")
    question = "What did inspectors find about children in need at the June visit?"
    answer = composer.compose(read_question(question), hits)
    assert [quoted for quoted, _ in _split(answer.text)] == [texts[1]]


@pytest.mark.parametrize(
    ("question", "quotes_scope"),
    [
        ("Was progress for children in need fast enough at the June visit?", False),
        ("When did inspectors look at help for children in need?", True),
        ("What did the June visit focus on?", True),
    ],
)
def test_what_was_looked_at_answers_only_when_or_what_was_looked_at(question, quotes_scope):
    """A sentence saying what a visit looked at answers "when" and "what did it look at",
    and no other question: "was progress fast enough?" quotes what was found."""
    texts = (
        "At the visit in June 2023 inspectors looked at help and protection for children in need.",
        "Inspectors found that progress for children in need has been too slow.",
    )
    hits, composer = _passages_as_hits(texts, "Visit letter")
    answer = composer.compose(read_question(question), hits)
    assert (texts[0] in answer.text) is quotes_scope


def test_what_a_visit_looked_at_is_not_the_evidence_it_used():
    """ "What did the second visit look at?" leads with what it looked at, not the evidence
    it drew on ("considered a range of evidence, including case records"), though that ranks
    first (the conversation set's dev fd04)."""
    texts = (
        "At the June visit inspectors considered a range of evidence, including case records.",
        "At the June visit inspectors reviewed the progress made for children in need.",
    )
    hits, composer = _passages_as_hits(texts, "Visit letter")
    answer = composer.compose(read_question("What did the June visit look at?"), hits)
    assert _split(answer.text)[0][0] == texts[1], answer.text


def test_what_was_found_is_not_when_the_visit_was_nor_who_made_it():
    """"What did inspectors find at the visit?" quotes what they found, not the date of the
    visit or the inspectors' names (each passage is one sentence; the findings sentence is
    the lowest ranked, under its "Headline findings" heading)."""
    texts = (
        "This monitoring visit was carried out on 15 and 16 October 2024.",
        "The inspectors at the monitoring visit were Ann Lee and Tom Hart.",
        "Headline findings",
        "Leaders have made steady progress with strategy discussions.",
    )
    hits, composer = _passages_as_hits(texts, "Monitoring visit letter")
    question = "What did inspectors find at the monitoring visit?"
    answer = composer.compose(read_question(question), hits)
    assert [quoted for quoted, _ in _split(answer.text)][0] == texts[3]
    assert texts[0] not in answer.text
    assert texts[1] not in answer.text
    # and they still answer when and who
    asked = read_question("When was the monitoring visit carried out?")
    assert texts[0] in composer.compose(asked, hits).text


def test_who_holds_a_role_is_led_by_the_sentence_naming_them_in_it():
    """"Who is the commissioner?" is led by the sentence that names her as commissioner,
    not by a councillor who asked about the commissioner (ranked first here)."""
    texts = (
        "Councillor Ann Vale asked what the commissioner's appointment would cost.",
        "The minister has appointed Dr Eva Lind as commissioner for the council.",
    )
    hits, composer = _passages_as_hits(texts, "News", "narration")
    answer = composer.compose(read_question("Who is the commissioner?"), hits)
    assert [quoted for quoted, _ in _split(answer.text)][0] == texts[1]


def _two_documents(first: str, second: str):
    """Two one-passage documents retrieved in order, and a composer over them."""
    from app.compose import ExtractiveComposer
    from index.lexical import LexicalIndex
    from index.retrieve import Hit
    from ingest.models import DocMeta, Document, Passage

    hits = []
    for n, (text, date) in enumerate(((first, "2024-03-01"), (second, "2025-02-01"))):
        doc = Document(f"d{n}", f"d{n}.txt", "0", DocMeta(f"Report {n}", published=date), text)
        passage = Passage(f"d{n}:0:0", f"d{n}", 0, 0, len(text), 1, text, ((0, len(text)),))
        hits.append(Hit(passage, doc, 1.0 - n / 10, 1.0, 0.5, ((0, 10_000, "ofsted"),)))
    return hits, ExtractiveComposer(LexicalIndex([first, second, "The council met in May."]))


@pytest.mark.parametrize(
    ("second", "differ"),
    [
        ("Of the social work workforce, 35% were agency workers.", True),
        ("Referrals screened within one working day rose from 52% to 81%.", False),
        # the same measure at another time is a change, not two sources that differ
        ("In January 2025, 35% of the social work workforce were agency workers.", False),
        ("In March 2024, 35% of the social work workforce were agency workers.", True),
    ],
    ids=["same-measure", "another-measure", "another-time", "same-time"],
)
def test_sources_differ_only_on_a_share_of_the_same_thing(second, differ):
    """Two documents' shares are set side by side only when they measure the same thing at
    the same time."""
    first = "In March 2024, agency workers made up 41% of the social work workforce."
    hits, composer = _two_documents(first, second)
    question = "What share of the social work workforce were agency workers?"
    answer = composer.compose(read_question(question), hits)
    assert ("The sources differ" in answer.text) is differ, answer.text


@pytest.mark.parametrize(
    ("question", "differ"),
    [
        ("How long was the council given to improve its agency staffing?", True),
        ("How much did the council spend on agency staffing?", False),
    ],
    ids=["asked-for-a-length-of-time", "asked-for-money"],
)
def test_sources_differ_only_on_what_was_asked(question, differ):
    """Two documents' lengths of time are set side by side for "how long…?", not under an
    answer about money that happens to quote them (a probe record's had "The sources
    differ: … gives 1 year; … gives 10 years")."""
    first = "The council spent £9.4 million on agency staffing and was given 6 months to improve."
    second = (
        "Ministers gave the council 3 months to improve agency staffing, at a cost of £9.4 "
        "million."
    )
    hits, composer = _two_documents(first, second)
    answer = composer.compose(read_question(question), hits)
    assert ("The sources differ" in answer.text) is differ, answer.text


def test_what_was_decided_is_answered_with_the_resolutions():
    """"What did the cabinet decide?" quotes the resolutions the minutes list after
    "RESOLVED:", numbered or not, and not the next item of the agenda."""
    texts = (
        "The cabinet met on 19 March 2025 to decide on the improvement plan.",
        "RESOLVED:",
        "That the improvement plan be approved.",
        "That £3 million be allocated to recruiting social workers.",
        "43. Questions from councillors",
        "Councillor Vane asked about the costs.",
    )
    hits, composer = _passages_as_hits(texts, "Cabinet minutes", "council")
    hits = [hits[0], hits[5]]
    answer = composer.compose(read_question("What did the cabinet decide?"), hits)
    assert "- That the improvement plan be approved." in answer.text
    assert "- That £3 million be allocated to recruiting social workers." in answer.text
    assert "Questions from councillors" not in answer.text
    # every resolution once, in the minutes' order, also those the answer had chosen itself
    resolved = (
        "RESOLVED:",
        "(1) That Cabinet notes the findings of the second monitoring visit.",
        "(2) That Cabinet approves additional investment of 4.2 million pounds in social care.",
        "(3) That Cabinet approves the creation of 18 additional social worker posts.",
        "(4) That the director report progress to Cabinet every six months.",
    )
    hits, composer = _passages_as_hits(resolved, "Cabinet minutes", "council")
    from app.compose import _DECISIONS_INTRO

    sentences = composer._sentences(hits)
    chosen = [s for s in sentences if s.text.startswith(("(1)", "(2)"))]  # chosen by score
    _, listed = composer._with_list(
        read_question("What did cabinet resolve?"), hits, chosen, _DECISIONS_INTRO
    )
    assert [s.text[:3] for s in listed] == ["(1)", "(2)", "(3)", "(4)"]


def test_when_a_report_was_published_is_its_own_published_line():
    """"When was the report published?" is answered by the report's own "Published:" line
    (apparatus, otherwise never quoted), before a story's "published yesterday"."""
    texts = (
        "The report, published yesterday, said 212 children were waiting in December 2024.",
        "Published: 6 December 2024",
    )
    hits, composer = _passages_as_hits(texts, "Inspection report")
    answer = composer.compose(read_question("When was the inspection report published?"), hits)
    assert [quoted for quoted, _ in _split(answer.text)][0] == texts[1]
    # and it is quoted for no other question
    asked = read_question("What did the report say about children waiting?")
    assert texts[1] not in composer.compose(asked, hits).text


def test_what_was_found_is_answered_with_the_list_the_record_holds():
    """"What did the inspectors find?" quotes the findings the document lists, one
    citation an item, each on a line of its own — not only the sentence that leads in, and
    not a list of resolutions."""
    texts = (
        "Inspectors found that the service still has plenty to do after their June visit.",
        "Their findings included:",
        "• Plans for children in need are too often vague.",
        "• Too many families see a different social worker each month.",
        "The council leader said the findings were fair.",
        "RESOLVED: That Cabinet:",
        "(a) To note the visit letter and the inspectors' findings.",
    )
    hits, composer = _passages_as_hits(texts, "Visit report", "narration")
    hits = [hits[0], hits[4]]  # retrieval found the lead and a later passage only
    answer = composer.compose(read_question("What did inspectors find at the June visit?"), hits)
    lines = answer.text.splitlines()
    assert lines[0].startswith(texts[0])
    assert lines[1:] == [
        "- Plans for children in need are too often vague. [2]",
        "- Too many families see a different social worker each month. [3]",
    ]
    assert [c.n for c in answer.citations] == [1, 2, 3]

# -- a follow-up asks what the earlier question asked, of what it leaves unsaid ------------
def _read_after(earlier: str, follow_up: str):
    return read_question(follow_up, [Turn(earlier)])


def test_follow_up_pointing_at_an_event_is_about_its_time_as_evidence():
    asked = _read_after("What did Ofsted find at the monitoring visit in June 2023?",
                        "Who carried it out?")
    assert [t.iso for t in asked.about] == ["2023-06"]
    assert asked.event == "monitoring visit"
    assert asked.scope is None  # a time carried over ranks the evidence, never limits it


def test_follow_up_with_they_asks_for_the_earlier_voice():
    asked = _read_after("What did Ofsted find at the monitoring visit in June 2023?",
                        "Did they see any improvement?")
    assert asked.voice == "ofsted"


def test_ellipsis_asks_the_earlier_question_of_its_own_time():
    asked = _read_after("What was the outcome of the 2018 inspection?",
                        "And what about the one in 2022?")
    assert asked.slot == "judgement"
    assert [t.iso for t in asked.about] == ["2022"]  # its own time, not the earlier one


def test_that_compared_asks_the_earlier_question_of_the_time_it_names():
    """"How does that compare with what the joint inspection found back in 2022?" asks the
    earlier question's share of 2022, not what the inspection said of the subject."""
    asked = _read_after(
        "What proportion of children were offered a return home interview within 72 hours "
        "in October 2024?",
        "How does that compare with what the joint inspection found back in 2022?",
    )
    assert asked.slot == "share"
    assert [t.iso for t in asked.about] == ["2022"]


@pytest.mark.parametrize(
    "follow_up",
    [
        "And what had it come down to by the July 2021 monitoring visit?",
        "And what was it in 2024?",
        "What is it now?",
    ],
)
def test_what_it_was_asks_the_earlier_figure_at_its_own_time(follow_up):
    """"And what had it come down to by the July 2021 visit?" after a question about the
    average caseload asks for that caseload, not for anything the visit said."""
    asked = _read_after(
        "What was the average social worker caseload at the time of the 2019 inspection?",
        follow_up,
    )
    assert asked.slot == "number"
    assert {"caseload"} <= set(asked.focus)


@pytest.mark.parametrize(
    ("follow_up", "slot"),
    [
        # a time said as a clause asks the earlier question of that time
        ("And when Ofsted looked at the same cases again at the October 2024 visit?", "number"),
        ("But when the inspectors came back in 2024?", "number"),
        # a question of when is one still
        ("And when did the council publish its plan?", "date"),
        ("And when was the next visit?", "date"),
    ],
)
def test_and_when_said_as_a_clause_asks_the_earlier_question(follow_up, slot):
    asked = _read_after(
        "In the 2021 inspection, in how many of the neglect cases sampled had the graded "
        "care profile been used?",
        follow_up,
    )
    assert asked.slot == slot


def test_follow_up_naming_the_time_it_asks_at_is_not_about_the_earlier_time():
    asked = _read_after("What was the agency rate in 2021/22?",
                        "And where had it fallen to by the end of March 2025?")
    assert asked.about == ()  # 2021/22 was the earlier question's time
    assert asked.scope is not None
    assert asked.scope.until.startswith("2025-03")


def test_follow_up_naming_a_numbered_occasion_is_not_about_the_earlier_time():
    asked = _read_after(
        "How many children were living in unregistered homes at the 2024 inspection?",
        "And at the second monitoring visit?",
    )
    assert asked.about == ()  # the 2024 inspection was the earlier question's occasion
    assert asked.numbered == "second monitoring visit"
    assert asked.slot == "number"  # the earlier question, asked of the visit


@pytest.mark.parametrize(
    ("earlier", "follow_up", "about"),
    [
        ("What judgement did Ofsted give the service in the 2018 inspection?",
         "And five years later?", [("2023", "2023-01-01", "2023-12-31")]),
        ("How many children were in care in March 2022?",
         "And the year before?", [("March 2021", "2021-03-01", "2021-03-31")]),
        ("By how much did children's social care overspend in 2020/21?",
         "And the year after?", [("2021/22", "2021-04-01", "2022-03-31")]),
    ],
    ids=["years-later", "year-before", "financial-year-after"],
)
def test_a_follow_up_moving_the_time_is_about_the_moved_time(earlier, follow_up, about):
    asked = _read_after(earlier, follow_up)
    assert [(t.phrase, t.start, t.end) for t in asked.about] == about
    assert asked.scope is None  # evidence, never a limit


def test_what_was_judged_to_be_is_a_judgement_of_it():
    asked = read_question("What did inspectors judge the experiences of children in care to be?")
    assert asked.slot == "judgement"
    assert {"children", "care"} <= set(asked.focus)


@pytest.mark.parametrize(
    "follow_up",
    [
        "And what grade did that same area get in 2024?",
        "What rating did that same area receive at the next inspection?",
    ],
    ids=["grade-get", "rating-receive"],
)
def test_a_follow_up_pointing_at_the_same_area_asks_its_slot_of_it(follow_up):
    asked = _read_after("What did Ofsted judge the help and protection of children to be?",
                        follow_up)
    assert asked.slot == "judgement"
    assert "protect" in " ".join(asked.focus)  # not the overall grade
    assert "same area" not in asked.search
    assert "protect" in asked.search


@pytest.mark.parametrize(
    ("earlier", "follow_up", "numbered"),
    [
        # "they" are the inspectors at the visit the earlier question named
        ("When did Ofsted make its third monitoring visit?",
         "What did they find in the Millbeck hub?", "third monitoring visit"),
        # "the second one": the earlier question's numbered event, with the new number
        ("What did Ofsted's first monitoring visit in October 2022 focus on?",
         "And what did the second one look at?", "second monitoring visit"),
    ],
    ids=["they-at-that-visit", "the-second-one"],
)
def test_a_follow_up_asks_of_the_numbered_visit_it_points_at(earlier, follow_up, numbered):
    asked = _read_after(earlier, follow_up)
    assert asked.numbered == numbered
    assert asked.event == "monitoring visit"
    assert asked.about == ()  # October 2022 was the first visit's time


@pytest.mark.parametrize(
    ("earlier", "follow_up"),
    [
        ("Who was appointed as children's services commissioner for Westfold?",
         "When did she send her report to the minister?"),
        ("Who was interim director during the 2024 inspection?",
         "How long had he been in post by then?"),
    ],
    ids=["she-is-not-the-event", "by-then-is-a-point-not-the-subject"],
)
def test_follow_up_about_a_person_keeps_its_own_question(earlier, follow_up):
    alone = read_question(follow_up)
    asked = _read_after(earlier, follow_up)
    assert (asked.event, asked.about, asked.slot, asked.kind) == (
        alone.event, alone.about, alone.slot, alone.kind,
    )


def test_what_a_named_speaker_promised_is_answered_by_their_quote():
    """"How much did the leader promise…?": the words said never hold "promise", and the
    leader is who says them; a quote in the leader's (the council's) voice answers."""
    texts = (
        'Council leader Sam Reed said: "This is a painful report and we accept it.',
        "We are putting an extra 3 million pounds into children's social care next year.\"",
        "The inspection found that too many children waited for help.",
        "Children's social care costs rose again.",
        "Social care for children is the largest budget.",
    )
    hits, composer = _passages_as_hits(texts, "News", "council")
    asked = read_question(
        "How much extra money did the leader promise for children's social care?"
    )
    answer = composer.compose(asked, hits)
    assert not answer.refused, answer.text
    assert "3 million pounds" in answer.text


def test_a_figure_the_question_gives_does_not_answer_it():
    """"How many of the 18 new posts had been filled?" is not answered by the resolution
    that created the 18 posts (nor by its item number): only by a sentence with a figure
    of its own."""
    texts = (
        "(3) That Cabinet approves the creation of 18 additional permanent social worker posts.",
        "By January, 15 of the 18 new social worker posts had been filled.",
    )
    hits, composer = _passages_as_hits(texts, "Minutes", "council")
    answer = composer.compose(
        read_question("How many of the 18 new social worker posts had been filled?"), hits
    )
    quoted = [q for q, _ in _split(answer.text)]
    assert quoted[:1] == [texts[1]], answer.text
    alone = composer.compose(read_question("How many of the 18 new social worker posts had "
                                           "been filled?"), hits[:1])
    assert alone.refused, alone.text


def test_a_slides_bullet_with_a_figure_is_a_statement_not_a_headline():
    """A slide writes its points without full stops: the bullet that gives the figure
    answers, not the next one because it happens to close on a bracket."""
    texts = (
        "• Reliance on agency staff remains high and costly: agency spend forecast at 6.8 "
        "million pounds in 2023/24",
        "• Rising numbers of unaccompanied asylum-seeking children (34 in care)",
    )
    hits, composer = _passages_as_hits(texts, "Progress report", "council")
    answer = composer.compose(read_question("What was agency spending forecast to be?"), hits)
    assert "6.8 million pounds" in answer.text.split("[1]")[0], answer.text


def test_who_holds_a_role_is_found_beyond_the_first_passages(sample_components):
    """"Who is the commissioner?": when the best passages mention the role and never name
    its holder, a deeper look finds the passage that names someone in it (any name the
    record itself introduces in that role)."""
    from ingest.voice import learn_names

    retriever = sample_components.retriever
    holders = {
        name
        for doc in retriever.docs.values()
        for name, voice in learn_names(doc.text).items()
        if voice == "commissioner" and " " in name
    }
    assert holders, "the sample record names its commissioner"
    answer = sample_components.assistant.ask("Who is the commissioner?")
    assert not answer.refused
    lead = answer.text.split("[1]")[0]
    assert any(name.split()[-1] in lead for name in holders), answer.text


def test_a_name_asked_for_a_role_is_not_given_by_someone_elses():
    """"What is the improvement adviser's name?" is not answered by a sentence that names
    only the commissioner who spoke of an adviser; a sentence naming the adviser answers."""
    spoke = (
        "However, Ms Brazil said, services will remain with the council, with support from "
        "the commissioner and an improvement adviser."
    )
    hits, composer = _passages_as_hits((spoke,), "News", "commissioner")
    asked = read_question("What is the improvement adviser's name?")
    assert asked.slot == "person"
    assert composer.compose(asked, hits).refused
    named = "The improvement adviser, Tom Lane, will report to the minister in May."
    hits, composer = _passages_as_hits((spoke, named), "News", "commissioner")
    answer = composer.compose(asked, hits)
    assert "Tom Lane" in answer.text, answer.text


MEETING = (
    "# Minutes of the Cabinet, 12 September 2023\n\n"
    "Present: Councillor Moira Strand (Leader); Councillor Shona Imlay (Cabinet Member for "
    "Health); Councillor Ross Kinlay (Leader of the Opposition).\n\n"
    "Councillor Imlay declared an interest in item 4 as a foster carer approved by the "
    "council, and remained in the meeting.\n\n"
    "Councillor Strand replied that planning consent had been granted for the first house.\n"
)
NEWS = (
    "# Parents' verdict on children's services\n\n"
    "Opposition leader Councillor Ross Kinlay was less positive about the progress of the "
    "children's services improvement plan.\n\n"
    '"This administration was warned about staffing in 2019, and it did nothing until the '
    'inspectors forced its hand," he said.\n'
)


def test_what_a_named_person_said_is_their_words(index_folder, tmp_path):
    """'What did Councillor X say…?' is answered by X's words (a quote carried on by "he
    said" after a sentence naming him too), never by a list or a line that only names them;
    with none, the record does not say."""
    files = {"minutes.md": MEETING, "news.md": NEWS}
    assistant = _indexed(index_folder, tmp_path, files).assistant
    # named in the attendance list and in a declaration, never quoted
    assert assistant.ask("What did Councillor Shona Imlay say about the improvement plan?").refused
    said = assistant.ask("What did Councillor Kinlay say about the improvement plan?")
    assert not said.refused
    assert "was warned about staffing" in said.text
    assert "Present:" not in said.text


def test_in_her_view_carries_on_the_words_of_who_was_just_named(index_folder, tmp_path):
    """"In her view …" after a sentence naming someone reports that person's view: it is
    among her words, as "she said" would be; the committee's own note beside it is not."""
    files = {
        "minutes.md": (
            "# Minutes of the scrutiny committee, 4 May 2023\n\n"
            "Margaret Okafor, the independent chair of the improvement board, told the "
            "committee that the board had met eight times since January. In her view the "
            "front door had improved markedly, but it was too early to say the change would "
            "last.\n\n"
            "The committee noted that the front door team had moved to new offices in March.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    said = assistant.ask("What did Margaret Okafor say about the front door?")
    assert "In her view the front door had improved" in said.text, said.text
    assert "new offices" not in said.text


def test_beds_are_counted_as_places_of_what_offers_them(index_folder, tmp_path):
    """A scheme's beds are its "places"; a count of places answers how many beds it offers,
    not how many two homes provide, which the record does not say (a paragraph's own
    number, "6.2", gives no "two")."""
    files = {
        "cabinet.md": (
            "# Cabinet report: homes for care leavers\n\n"
            "6.2 A new supported lodgings scheme, run with a local charity, will provide 12 "
            "places for care leavers from November 2024.\n\n"
            "6.3 Two new council-run children's homes will open in Eastgate in 2025.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    offered = assistant.ask("How many beds will the supported lodgings scheme offer?")
    assert "12 places" in offered.text, offered.text
    homes = assistant.ask("How many beds do the two new council-run children's homes provide?")
    assert homes.refused, homes.text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("By what date did the adviser have to report?", "due"),
        ("By when must the improvement plan be submitted to the board?", "due"),
        ("By when had the backlog of assessments been cleared?", "when"),
        ("When did the adviser report?", "when"),
    ],
)
def test_by_when_it_had_to_be_done_asks_for_a_deadline(question, kind):
    assert read_question(question).kind == kind


def test_by_when_something_had_to_be_done_is_its_deadline(index_folder, tmp_path):
    """"By what date did the commissioner have to report?" is answered by the deadline set
    ("no later than …", in a list item under "the Commissioner will:"), before the day the
    report was sent; asked when it was sent, the day it was sent."""
    files = {
        "direction.md": (
            "# Statutory direction to Westbrook Council\n\n"
            "The Secretary of State has appointed a Children's Services Commissioner. In "
            "summary, the Commissioner will:\n\n"
            "(a) review the council's leadership of children's social care;\n\n"
            "(b) report her findings to the Secretary of State no later than 14 March 2024.\n"
        ),
        "news.md": (
            "# Commissioner's report sent to minister\n\n"
            "The Commissioner sent her report to the Secretary of State on 12 March 2024, "
            "two days early.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    due = assistant.ask("By what date did the commissioner have to report to the Secretary of "
                        "State?")
    assert "14 March 2024" in _split(due.text)[0][0], due.text
    sent = assistant.ask("When did the commissioner send her report to the Secretary of State?")
    assert "12 March 2024" in _split(sent.text)[0][0], sent.text


def test_how_often_is_answered_by_a_rate_or_not_at_all(index_folder, tmp_path):
    """"How often does the board meet?" leads with the rate the record gives ("every
    month"), not with a sentence naming the board; where no sentence gives a rate or a
    count or share of times of meeting, "too often" is no answer, nor is the rate of
    something else it does ("reports … every quarter"): the record does not say."""
    files = {
        "board.md": (
            "# Improvement board\n\n"
            "The improvement board was set up in May 2023 and is chaired by the chief "
            "executive of the council.\n\n"
            "Under its terms of reference the improvement board meets every month.\n"
        ),
        "visit.md": (
            "# Monitoring visit\n\nHealth professionals now attend 71% of strategy discussions.\n"
        ),
    }
    (tmp_path / "board").mkdir()
    board = _indexed(index_folder, tmp_path / "board", files).assistant
    answer = board.ask("How often does the improvement board meet?")
    assert "every month" in _split(answer.text)[0][0], answer.text
    # a share of occasions says how often
    shared = board.ask("How often do health professionals attend strategy discussions?")
    assert "71%" in shared.text, shared.text
    files = {
        "scrutiny.md": (
            "# Scrutiny of children's services\n\n"
            "The scrutiny committee too often accepts officers' reports without challenge.\n\n"
            "The scrutiny committee is chaired by Councillor Ann Reyes, and reports to full "
            "council every quarter.\n"
        ),
    }
    (tmp_path / "scrutiny").mkdir()
    scrutiny = _indexed(index_folder, tmp_path / "scrutiny", files).assistant
    assert scrutiny.ask("How often does the scrutiny committee meet?").refused


def test_how_often_a_body_meets_is_said_of_that_body(index_folder, tmp_path):
    """ "How often does the corporate parenting board meet?" is answered by a rate said of
    that board, in its sentence or the one before ("It meets quarterly."), not by another
    board's that the sentence names last before the rate ("…will be replaced by a Children's
    Improvement Board, which will meet every two months"), nor by someone's meetings ("He
    meets the Director every month")."""
    files = {
        "boards.md": (
            "# Governance of children's services\n\n"
            "The corporate parenting board will be replaced by a Children's Improvement Board "
            "chaired by the chief executive, which will include an independent member and "
            "meet every two months.\n\n"
            "The commissioner was appointed in May to oversee the corporate parenting board's "
            "work.\n\nThe commissioner, Tom Hale, is a former director. He meets the Director "
            "of Children's Services every month.\n"
        ),
        "budget.md": (
            "# Budget\n\nThe council set a budget for highways and libraries. Council tax "
            "rises by 4.99%.\n"
        ),
    }
    (tmp_path / "other").mkdir()
    other = _indexed(index_folder, tmp_path / "other", files).assistant
    assert other.ask("How often does the corporate parenting board meet?").refused
    files["boards.md"] = (
        "# Governance of children's services\n\n"
        "The corporate parenting board is chaired by the lead member for children. It meets "
        "quarterly, and young people from the children in care council attend.\n"
    )
    (tmp_path / "own").mkdir()
    own = _indexed(index_folder, tmp_path / "own", files).assistant
    answer = own.ask("How often does the corporate parenting board meet?")
    assert not answer.refused, answer.text
    assert "quarterly" in answer.text, answer.text


def test_how_often_is_answered_by_how_many_of_the_occasions():
    """ "How often did health partners attend the panel?" is answered by how many of its
    meetings they attended ("four of the last ten"): a count of occasions, as "71% of
    strategy discussions" is a share of them."""
    hits, composer = _passages_as_hits(
        [
            "The MACE panel is chaired by a detective chief inspector and a head of service.",
            "Health partners attended only four of the last ten MACE meetings, and the panel "
            "does not receive police intelligence about locations.",
        ],
        "Joint targeted area inspection",
    )
    answer = composer.compose(
        read_question("How often did health partners attend the MACE panel?"), hits
    )
    assert not answer.refused, answer.text
    assert "four of the last ten" in answer.text, answer.text


def test_what_limit_was_set_is_led_by_the_figure_aimed_at():
    """ "What limit on agency social workers did the notice expect?" asks for an aim: it is
    led by the sentence giving the figure aimed at ("to no more than 30%"), not by the
    notice's opening that names its subject."""
    hits, composer = _passages_as_hits(
        [
            "This Improvement Notice is issued to the council following Ofsted's inspection "
            "of its services for children, including the agency social workers it relies on.",
            "The council is expected to achieve a reduction in the proportion of agency "
            "social workers to no more than 30%.",
        ],
        "Improvement notice",
        voice="government",
    )
    answer = composer.compose(
        read_question(
            "What limit on agency social workers did the improvement notice expect the "
            "council to reach?"
        ),
        hits,
    )
    assert not answer.refused, answer.text
    assert "no more than 30%" in _split(answer.text)[0][0], answer.text


def test_a_sentence_leading_into_a_list_is_quoted_for_the_figure_it_states():
    """"It was signed by 2,314 people, …, and it asks for three things:" says how many signed
    before it leads into its list; a lead-in stating no count ("A recorded vote was requested
    by five members in accordance with Standing Order 22.4:") is still no answer."""
    hits, composer = _passages_as_hits(
        [
            "Last Thursday I handed our petition to the chairman of the county council. It was "
            "signed by 2,314 people, most of them living in the county, and it asks for three "
            "simple things:",
            "- Every family should see the report before the conference.",
        ],
        "Families Together blog",
        voice="narration",
    )
    signed = composer.compose(read_question("How many people signed the petition?"), hits)
    assert not signed.refused, signed.text
    assert "2,314" in signed.text, signed.text
    hits, composer = _passages_as_hits(
        [
            "7.7 A recorded vote on the amendment was requested by five members in accordance "
            "with Standing Order 22.4:",
            "- FOR (36): Councillors Ambrose, Ashdown and Baldock.",
        ],
        "Minutes of the county council",
        voice="council",
    )
    vote = composer.compose(read_question("How did the recorded vote on the amendment go?"), hits)
    assert "Standing Order" not in vote.text, vote.text


def test_a_lead_in_saying_what_a_named_person_did_is_quoted():
    """"Councillor Daniel Ashworth moved, and Councillor Gordon Pyke seconded, the following
    amendment:" says who moved it, though it leads into the amendment's text; a line that
    only names someone ("Question from Mr Alan Briggs, Chair of the … Association:") or
    leads into their words ("… Councillor Hollins, the committee's chair, said:") does not."""
    hits, composer = _passages_as_hits(
        [
            "7.3 AMENDMENT. Councillor Daniel Ashworth moved, and Councillor Gordon Pyke "
            "seconded, the following amendment:",
            "Delete resolutions (1) and (2) and insert a contingency held corporately.",
        ],
        "Minutes of the county council",
        voice="council",
    )
    moved = composer.compose(read_question("Who moved the amendment?"), hits)
    assert not moved.refused, moved.text
    assert "Daniel Ashworth" in moved.text, moved.text
    for lead_in in (
        "Question from Mr Alan Briggs, Chair of the Foster Carers' Association:",
        "At the end of the debate on the amendment, Councillor Hollins, the committee's "
        "chair, said:",
    ):
        hits, composer = _passages_as_hits(
            [lead_in, "Foster carers have not had an increase in their fees for two years."],
            "Minutes of the county council",
            voice="council",
        )
        answer = composer.compose(read_question("Who asked about the amendment?"), hits)
        assert lead_in not in answer.text, answer.text


def test_who_carried_out_a_numbered_visit_is_read_from_its_own_letter(index_folder, tmp_path):
    """ "Who carried out the fifth monitoring visit?" is answered by "His Majesty's Inspectors
    … carried out this visit." where the letter's paragraph says it was the fifth, though the
    page opens on other things; the third visit's inspectors are not the fifth's."""
    opening = (
        "The council publishes every letter it receives from Ofsted on this page, with the "
        "date it was received and the service it concerns, so that residents, partners and "
        "councillors can read what inspectors said. Older letters are kept in the archive. "
    )
    files = {
        "letters.md": (
            "# Ofsted letters to the council\n\n"
            + opening * 4
            + "\n\nThis letter summarises the findings of the monitoring visit on 8 and 9 "
            "October 2024. This was the fifth monitoring visit since the local authority was "
            "judged inadequate. His Majesty's Inspectors Paul Everett and Rachel Okafor "
            "carried out this visit.\n\nInspectors found that plans for children are clearer.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    fifth = assistant.ask("Who carried out the fifth monitoring visit?")
    assert not fifth.refused, fifth.text
    assert "Okafor" in fifth.text, fifth.text
    third = assistant.ask("Who carried out the third monitoring visit?")
    assert "Okafor" not in third.text, third.text


def test_a_share_between_two_months_is_of_that_period():
    """ "Between July and September 2024, what share …?" asks of that period: October's
    share is no answer (a count between two events may be dated otherwise, a share's period
    not)."""
    hits, composer = _passages_as_hits(
        [
            "In October 2024, 63% of children who returned from a missing episode were offered "
            "a return home interview within 72 hours.",
        ],
        "Monitoring visit",
    )
    answer = composer.compose(
        read_question(
            "Between July and September 2024, what share of children who returned from a "
            "missing episode were offered a return home interview?"
        ),
        hits,
    )
    assert answer.refused, answer.text


def test_a_count_between_two_dates_is_of_that_span():
    """ "How many families were referred … between April and December 2024?" is not answered
    by April to December 2023's count; a span dated at both ends is no count between events
    (which a sentence may date otherwise)."""
    hits, composer = _passages_as_hits(
        [
            "I am told by the trust that 231 families were referred for a family group "
            "conference between April and December 2023.",
            "The trust's board agreed its plan for 2024 in February.",
        ],
        "Full Council minutes",
    )
    asked = "How many families were referred for a family group conference between April and "
    other = composer.compose(read_question(asked + "December 2024?"), hits)
    assert other.refused, other.text
    same = composer.compose(read_question(asked + "December 2023?"), hits)
    assert "231" in same.text, same.text


def test_a_weekly_cost_of_a_month_is_of_that_month():
    """ "How much were unregistered placements costing a week at the time of the January 2024
    inspection?" is not answered by September's weekly cost: a rate is how things stood then
    (a sum approved in a month may be for later; a cost per week is not)."""
    hits, composer = _passages_as_hits(
        [
            "Two children were in unregistered arrangements at 30 September 2024, at an "
            "average weekly cost of £14,900.",
        ],
        "Budget monitoring report",
        "council",
    )
    asked = "How much were unregistered placements costing a week in "
    other = composer.compose(read_question(asked + "January 2024?"), hits)
    assert other.refused, other.text
    same = composer.compose(read_question(asked + "September 2024?"), hits)
    assert "£14,900" in same.text, same.text


def test_a_figure_of_a_group_is_of_that_group():
    """ "What proportion of children on child protection plans had a change of social
    worker?" is not answered by the share of children in care who had; asked of children in
    care, it is."""
    hits, composer = _passages_as_hits(
        [
            "Ofsted said three-quarters of children in care had experienced changes of social "
            "worker in the last year.",
            "Some children on child protection plans have waited too long for a conference.",
        ],
        "News",
        "narration",
    )
    asked = "What proportion of children {} had a change of social worker in the last year?"
    other = composer.compose(read_question(asked.format("on child protection plans")), hits)
    assert other.refused, other.text
    same = composer.compose(read_question(asked.format("in care")), hits)
    assert "three-quarters" in same.text, same.text


def test_what_a_visit_the_record_never_reports_looked_at_is_not_said(index_folder, tmp_path):
    """ "What did the fourth monitoring visit focus on?" in a record of three visits is not
    answered by the third's focus; the third's is."""
    files = {
        "email.md": (
            "# Member briefing\n\n"
            "The third monitoring visit looked at children in care and care leavers, with a "
            "focus on placement sufficiency and permanence planning.\n\n"
            "The second monitoring visit looked at the front door and strategy meetings.\n"
        ),
        "letter.md": (
            "# Monitoring visit to Eastbrook children's services\n\n"
            "This letter summarises the findings of the monitoring visit to Eastbrook "
            "children's services on 5 and 6 December 2023. Inspectors looked at the "
            "timeliness of assessments and the quality of plans for children in need.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    fourth = assistant.ask("What did the fourth monitoring visit focus on?")
    assert fourth.refused, fourth.text
    third = assistant.ask("What did the third monitoring visit focus on?")
    assert "placement sufficiency" in third.text, third.text


def test_a_visit_said_by_what_it_looked_at_is_asked_what_it_found():
    """ "What did Ofsted find at its fifth monitoring visit, which looked at the front door?"
    asks for findings: a minute giving the visit's dates and focus, its findings yet to
    come, does not answer; asked what the visit focused on, it does."""
    texts = [
        "The Corporate Director reported that Ofsted's fifth monitoring visit had taken place "
        "on 5 and 6 March 2024, focusing on the front door. Inspectors' findings could not be "
        "discussed until the letter was published.",
        "RESOLVED: That the monitoring visit update be noted.",
    ]
    hits, composer = _passages_as_hits(texts, "Corporate Parenting Panel minutes", "council")
    found = composer.compose(
        read_question(
            "What did Ofsted find at its fifth monitoring visit in March 2024, which looked at "
            "the front door?"
        ),
        hits,
    )
    assert found.refused, found.text
    looked = composer.compose(read_question("What did the fifth monitoring visit focus on?"), hits)
    assert "front door" in looked.text, looked.text


def test_a_councillors_everyday_words_are_the_records_words():
    """ "How many kids with SEND go to private special schools?" is answered by "146 children
    and young people attend independent special schools": kids are children, a private
    school an independent one."""
    hits, composer = _passages_as_hits(
        [
            "The demand for specialist places exceeds the number available, and 146 children "
            "and young people attend independent special schools, many outside the borough.",
        ],
        "Area SEND inspection",
    )
    answer = composer.compose(
        read_question("How many kids with SEND go to private special schools?"), hits
    )
    assert "146" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "sentence", "figure"),
    [
        (
            "How many new foster families did the council sign up during 2024?",
            "The local authority approved 22 new fostering households in 2024.",
            "22",
        ),
        (
            "Roughly how many youngsters under 18 live in the borough?",
            "Around 72,500 children and young people aged under 18 live in Eastbrook.",
            "72,500",
        ),
        (
            "How many temp social workers did the council have in March?",
            "In March the council employed 61 agency social workers.",
            "61",
        ),
        (
            "How much extra pay a year did the council agree for its social workers?",
            "Cabinet approved a market supplement of £2,500 a year for social workers in the "
            "locality teams.",
            "£2,500",
        ),
        (
            "How many teenagers were placed in unregistered homes at the last visit?",
            "At the last visit, six children were placed in unregistered homes.",
            "six",
        ),
    ],
)
def test_more_everyday_words_are_the_records_words(question, sentence, figure):
    """Families are households, youngsters children, temporary staff agency staff, extra pay
    a supplement, teenagers children."""
    hits, composer = _passages_as_hits([sentence], "Monitoring visit")
    answer = composer.compose(read_question(question), hits)
    assert figure in answer.text, answer.text


def test_extra_is_additional_and_money_is_said_as_its_sum():
    """ "How many extra posts was that money meant to pay for?" is answered by "£4.6 million
    for 74 additional … posts", where the record's words for "extra" and "money" are the
    sentence's (the record also says "extra money" of something else, so it knows them)."""
    hits, composer = _passages_as_hits(
        [
            "Cabinet agreed £4.6 million for 74 additional full-time equivalent posts.",
            "Officers said extra money is meant to help.",
            "Staff pay rose.",
        ],
        "Cabinet minutes",
    )
    answer = composer.compose(
        read_question("How many extra posts was that money meant to pay for?"), hits
    )
    assert "74 additional" in answer.text, answer.text


@pytest.mark.parametrize(
    ("said", "answers"),
    [
        ("This was rejected because an agency social worker costs on average £28,000 a year "
         "more than a permanent social worker.", False),
        ("This was rejected because agency social workers cost £950 a week each.", False),
        ("Spending on agency social workers was £9.6 million in 2022/23.", True),
    ],
)
def test_what_was_spent_is_not_what_one_costs(said, answers):
    """ "How much did the council spend on agency social workers in 2022/23?" asks what
    was spent, not what one of them costs on average or a week (a probe record's near
    miss had been answered with the extra cost of one agency social worker)."""
    hits, composer = _passages_as_hits(
        ["Option B was to spend the money on agency social workers in 2022/23.", said],
        "Decision record 2022/23",
    )
    answer = composer.compose(
        read_question("How much did the council spend on agency social workers in 2022/23?"),
        hits,
    )
    assert answer.refused is not answers, answer.text


def test_a_figure_in_a_list_that_lost_its_marks_is_read_with_the_line_it_hangs_from():
    """A web page's or Markdown file's list loses its marks in the text: "43% said they were
    thinking about leaving …;" is still an item under "The branch surveyed its members …
    They told us:", which says whose figure it is (the conversation set's dev fr12 had been
    refused for want of "members" and "surveyed")."""
    texts = [
        "The branch surveyed its members working in children's social care, and 84 "
        "responded. They told us:",
        "their average caseload was 26 children;",
        "71% said their workload was unmanageable;",
        "43% said they were thinking about leaving in the next 12 months;",
        "The council said it would respond to the branch.",
    ]
    hits, composer = _passages_as_hits(texts, "Branch statement")
    question = "What share of the members the branch surveyed were thinking about leaving?"
    answer = composer.compose(read_question(question), hits)
    assert answer.text.startswith("43% said they were thinking about leaving"), answer.text


def test_within_a_time_is_no_word_the_answer_must_hold():
    """ "Considering quitting within a year" is said "in the next 12 months": "within" says
    how long, not what about."""
    asked = read_question("What share of members were considering quitting within a year?")
    assert "within" not in asked.focus


def test_who_retired_left(index_folder, tmp_path):
    """ "And who held the post before her, and when did they leave?" is answered by "…
    retired on 30 June 2024": retiring is leaving a post (a hold-out record's dev follow-up
    had been refused for want of "leave")."""
    files = {
        "review.md": "# Scrutiny review\n\nAndrew Pellow, Corporate Director of People, "
        "retired on 30 June 2024, and Fiona Reid took up post as Corporate Director of "
        "People on 2 September 2024.\n\nThe review met four times in 2024.\n",
        "plan.md": "# Improvement plan\n\nThe plan will be reviewed in the spring.\n",
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    _, answer = _after(
        assistant,
        "When did Fiona Reid start as Corporate Director of People?",
        "And who held the post before her, and when did they leave?",
    )
    assert "retired on 30 June 2024" in answer.text, answer.text


def test_who_owns_an_action_is_its_owner():
    """"Who owns the improvement plan action …?" is answered by the action's "owner" field,
    though no sentence says "owns"."""
    hits, composer = _passages_as_hits(
        [
            "ref: 4.3 | priority_area: Fostering | action: Recruit 40 more foster carers | "
            "owner: Priya Lal, Head of Fostering",
        ],
        "Children's services improvement plan",
    )
    answer = composer.compose(
        read_question("Who owns the improvement plan action on foster carers?"), hits
    )
    assert "Priya Lal" in answer.text, answer.text


def test_what_was_recommended_leads_with_the_recommendation_itself():
    """ "What did the commissioner recommend about agency social workers?" leads with her
    numbered recommendation, not with a later report recalling it, though that is retrieved
    first."""
    hits, composer = _passages_as_hits(
        [
            "The Commissioner's 2022 recommendation of fewer than 20% agency social workers "
            "has now been met, nine months later than recommended.",
            "R6 The trust should reduce the proportion of agency social workers from 36% to "
            "below 20% by March 2025.",
        ],
        "Report of the commissioner",
    )
    answer = composer.compose(
        read_question("What did the commissioner recommend about agency social workers?"), hits
    )
    assert answer.text.startswith("R6 The trust should reduce"), answer.text


def test_what_came_into_force_took_effect(index_folder, tmp_path):
    """"When did the notice come into force?" is answered by the day it "takes effect" from,
    which the question's words do not say."""
    files = {
        "notice.md": (
            "# Improvement notice: Westbrook Council SEND services\n\n"
            "1.1 Following the area SEND inspection between 12 and 16 June 2023, the "
            "Department is issuing Westbrook Council with an Improvement Notice in respect of "
            "its SEND services.\n\n"
            "1.2 The council must establish an improvement board with an independent chair.\n\n"
            "1.4 This Improvement Notice takes effect from the date of this letter, 9 November "
            "2023.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask("When did the improvement notice on SEND services come into force?")
    assert "9 November 2023" in answer.text, answer.text
    assert "takes effect" in read_question("When did the direction come into force?").search


def test_an_average_is_of_what_is_averaged(index_folder, tmp_path):
    """"What is the average caseload in the disabled children's team?" is not answered by a
    count of that team's children waiting: the figure is of caseloads, which the sentence
    names."""
    files = {
        "visit.md": (
            "# Monitoring visit\n\n"
            "At the time of the visit, 19 disabled children were awaiting allocation to a "
            "social worker in the disabled children's team.\n\n"
            "Social workers in the assessment team now have an average caseload of 22 "
            "children.\n\n"
            "In 2023, 41% of social workers were agency staff. Staff turnover was described "
            "as continuous.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    asked = "What is the average caseload of social workers in the disabled children's team?"
    assert assistant.ask(asked).refused
    answer = assistant.ask("What is the average caseload of social workers in the assessment team?")
    assert "22" in answer.text, answer.text
    # ...and turnover is said as turnover, not as a share of agency staff
    assert assistant.ask("What was the turnover of social workers in 2023?").refused


def test_under_which_power_is_answered_by_the_provision(index_folder, tmp_path):
    """"Under which legal power was the direction issued?" is answered by the section of
    the Act it was issued under, not by the news of its issue; with no provision of law in
    the record, the record does not say."""
    files = {
        "news.md": (
            "# Government intervenes in Westbrook\n\n"
            "The Secretary of State has issued a statutory direction to Westbrook Council and "
            "appointed a children's services commissioner.\n"
        ),
        "direction.md": (
            "# Statutory direction\n\n"
            "The statutory direction was issued on 3 April 2024 under section 497A(4B) of "
            "the Education Act 1996.\n"
        ),
    }
    (tmp_path / "with").mkdir()
    assistant = _indexed(index_folder, tmp_path / "with", files).assistant
    asked = "Under which legal power did the Secretary of State issue the statutory direction?"
    answer = assistant.ask(asked)
    assert "section 497A(4B)" in _split(answer.text)[0][0], answer.text
    del files["direction.md"]
    (tmp_path / "without").mkdir()
    assert _indexed(index_folder, tmp_path / "without", files).assistant.ask(asked).refused
    # it searches for the words a provision is cited in
    legislation = read_question("Under what legislation was the direction issued?")
    assert legislation.kind == "law"
    assert "section" in legislation.search


def test_on_what_date_asks_for_a_day(index_folder, tmp_path):
    """'On what date…?' is answered by a sentence that gives a day, not by the year the
    question itself names."""
    files = {
        "news.md": (
            "# Council warned over staffing\n\n"
            "The council was warned about social work staffing in the east area team in 2019, "
            "the opposition leader said.\n"
        ),
        "direction.md": (
            "# Statutory direction\n\n"
            "The Secretary of State issued a statutory direction to the council on 14 May 2024.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    assert assistant.ask(
        "On what date in 2019 was the council warned about staffing in the east area team?"
    ).refused
    issued = assistant.ask("On what date was the statutory direction issued to the council?")
    assert "14 May 2024" in issued.text


def test_in_which_month_asks_for_a_month(index_folder, tmp_path):
    """'In which month…?' is not answered by a sentence that gives only years."""
    files = {
        "news.md": (
            "# New homes\n\n"
            "The council's two new children's homes opened in 2024 and early 2025.\n"
        ),
        "minutes.md": (
            "# Cabinet minutes\n\n"
            "The fostering recruitment hub was launched in September 2024, the Director "
            "reported.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    assert assistant.ask("In which month did the first new children's home open?").refused
    hub = assistant.ask("In which month was the fostering recruitment hub launched?")
    assert "September 2024" in hub.text, hub.text


def test_how_things_stand_in_the_news_is_of_its_own_time(index_folder, tmp_path):
    """A count said undated in news months after the month asked about is of the news's
    own time, not of that month; a report out soon after may give it."""
    files = {
        "2023-12-20-news.md": (
            "# Council still short of social workers\n\n"
            "Published: 20 December 2023\n\n"
            "The council has 93 vacancies for social workers, the BBC has learned.\n"
        ),
        "2023-04-10-report.md": (
            "# Workforce report\n\n"
            "Published: 10 April 2023\n\n"
            "The council has 12 foster carers awaiting approval.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    march = assistant.ask(
        "How many vacancies for social workers did the council have in March 2023?"
    )
    assert march.refused, march.text
    december = assistant.ask(
        "How many vacancies for social workers did the council have in December 2023?"
    )
    assert "93" in december.text, december.text
    carers = assistant.ask("How many foster carers were awaiting approval in March 2023?")
    assert "12" in carers.text, carers.text


def test_what_was_expected_then_may_be_for_a_later_time(index_folder, tmp_path):
    """"How much was the 2018 redesign expected to save?" is answered by a saving planned
    then "from 2019/20"; what it did save in 2018 is not in the record."""
    files = {
        "2018-11-13-cabinet.md": (
            "# Cabinet minutes, 13 November 2018\n\n"
            "The Cabinet approved the redesign of early help and family hubs. The proposals "
            "would deliver a saving of £1.3 million a year from 2019/20.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    expected = assistant.ask("How much was the 2018 family hubs redesign expected to save?")
    assert "£1.3 million" in expected.text, expected.text
    assert assistant.ask("How much did the family hubs redesign save in 2018?").refused


def test_a_visit_still_to_come_found_nothing():
    """"What did the fifth visit find?" is not answered by the report saying it is expected,
    nor by the list after that sentence."""
    texts = (
        "9.1 The council continues to work through its improvement plan, and caseloads have "
        "fallen in every team.",
        "9.2 Ofsted is expected to carry out a fifth monitoring visit before the end of 2024. "
        "The service is preparing in these areas:",
        "- The availability of suitable accommodation for care leavers.\n"
        "- The number of care leavers in education, employment or training.",
    )
    hits, composer = _passages_as_hits(texts, "Improvement progress report", "council")
    question = read_question("What did Ofsted find at its fifth monitoring visit in December 2024?")
    answer = composer.compose(question, hits)
    assert answer.refused, answer.text


def test_a_visit_still_to_come_is_not_briefed_from_another(index_folder, tmp_path):
    """A report naming the fifth visit only as expected does not report it: "what did Ofsted
    find at its fifth monitoring visit?" is not briefed with the fourth visit's finding."""
    files = {
        "report.md": (
            "# Improvement progress report, September 2024\n\n"
            "9.1 Ofsted carried out its fourth monitoring visit in July 2024, which looked at "
            "care leavers. Inspectors found that pathway plans had improved.\n\n"
            "9.2 Ofsted is expected to carry out a fifth monitoring visit before the end of "
            "2024.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    fifth = assistant.ask("What did Ofsted find at its fifth monitoring visit?")
    assert "pathway plans" not in fifth.text, fifth.text
    fourth = assistant.ask("What did Ofsted find at its fourth monitoring visit?")
    assert "pathway plans had improved" in fourth.text, fourth.text


def test_what_someone_recommended_is_their_list(index_folder, tmp_path):
    """'What did the adviser recommend?' is answered with the recommendations her note lists,
    one citation each, not with the first alone."""
    files = {
        "note.md": (
            "# Quarterly note from the improvement adviser\n\n"
            "Caseloads have fallen, but out-of-area placements have barely moved.\n\n"
            "My recommendations to the council are:\n\n"
            "(a) commission an independent audit of 100 children's case files by October;\n\n"
            "(b) develop a workforce plan for the east area team;\n\n"
            "(c) protect the family support budget next year.\n\n"
            "Happy to talk before Friday.\n"
        ),
    }
    answer = _indexed(index_folder, tmp_path, files).assistant.ask(
        "What did the improvement adviser recommend to the council?"
    )
    for item in ("audit of 100", "workforce plan", "family support budget"):
        assert item in answer.text
    assert "Happy to talk" not in answer.text


def test_what_a_numbered_visit_found_comes_from_that_visit(index_folder, tmp_path):
    """'What did the second monitoring visit find?' is not answered by the first visit's
    findings, nor by a line giving the second visit's date: the record holds no finding of
    it. The first visit's question is answered from its letter."""
    files = {
        "letter.md": (
            "# First monitoring visit to Westbrook children's services\n\n"
            "This letter summarises the findings of the first monitoring visit.\n\n"
            "Inspectors found that strategy discussions are now held quickly and that managers "
            "check plans more often. Caseloads remain too high in the assessment teams.\n"
        ),
        "dates.md": (
            "# Key dates\n\n"
            "Date: 2024-04-16 | Event: Second Ofsted monitoring visit\n\n"
            "Date: 2024-06-18 | Event: Cabinet approves additional investment\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    assert assistant.ask("What did the second monitoring visit find?").refused
    first = assistant.ask("What did the first monitoring visit find?")
    assert "strategy discussions" in first.text or "Caseloads remain" in first.text


def test_a_numbered_visit_named_in_minutes_is_answered_from_the_paragraphs_after(
    index_folder, tmp_path
):
    """Minutes name the visit once ("introduced the report on the third monitoring visit")
    and give its findings in the paragraphs after, under the same item: "What did the third
    monitoring visit find about life story work?" quotes the finding, not the sentence naming
    the visit; the next item's paragraphs are not the visit's."""
    filler = "".join(
        f"Councillor {name} asked about the timetable for the new family hub in the north of "
        "the borough, and the Director said a report would come to the next meeting.\n\n"
        for name in ("Ames", "Booth", "Carr", "Dunn")
    )
    minutes = (
        "# Minutes of the Scrutiny Committee, 13 September 2022\n\n"
        "## 47. Ofsted monitoring visit\n\n"
        "The Director introduced the report on the third monitoring visit by Ofsted since "
        "the service was judged inadequate. The visit looked at children in care.\n\n"
        + filler
        + "The Director said that inspectors had found that too many children in care lived "
        "more than 20 miles from the borough, and that life story work was inconsistent.\n\n"
        "## 48. Budget monitoring\n\n"
        "The Head of Finance said that life story work would cost £2 million over three "
        "years, as inspectors had found at other councils.\n"
    )
    assistant = _indexed(index_folder, tmp_path, {"minutes.md": minutes}).assistant
    answer = assistant.ask("What did the third monitoring visit find about life story work?")
    assert "life story work was inconsistent" in answer.text
    assert "£2 million" not in answer.text


def test_a_follow_up_at_that_visit_asks_of_the_numbered_visit(index_folder, tmp_path):
    """"What did inspectors find about caseloads at that visit?" after a question on the
    third monitoring visit is answered from the third visit, here a news story that opens
    on it and gives its findings further down, not from the second visit's letter."""
    story = (
        "# Steady progress, inspectors say\n\n"
        "The findings come from the third monitoring visit since the service was rated "
        "inadequate. Inspectors visited on 16 and 17 January and looked at children in care.\n\n"
        + "".join(
            f"Paragraph {n} of the story describes the council's wider plans for its "
            f"family hubs, its budget for the coming year and its new offices.\n\n"
            for n in range(1, 9)
        )
        + "Inspectors found that average caseloads across the service have fallen to 21 "
        "children per social worker, and agency staff now make up 27% of the workforce.\n"
    )
    letter = (
        "# Second monitoring visit to Westbrook children's services\n\n"
        "This letter summarises the findings of the second monitoring visit, carried out "
        "on 5 and 6 September.\n\n"
        "Inspectors found that average caseloads across the service were 26 children per "
        "social worker, and agency staff made up 35% of the workforce.\n"
    )
    assistant = _indexed(
        index_folder, tmp_path, {"story.md": story, "letter.md": letter}
    ).assistant
    _, answer = _after(
        assistant,
        "When did Ofsted carry out its third monitoring visit?",
        "And what did inspectors find about caseloads and agency staff at that visit?",
    )
    assert "fallen to 21" in answer.text
    assert "26 children" not in answer.text


def test_what_a_visit_looked_at_is_answered_by_what_it_looked_at(index_folder, tmp_path):
    """"What did the second monitoring visit look at?" is led by the sentence saying what
    inspectors reviewed, not by the one that names the visit."""
    letter = (
        "# Monitoring visit to Westbrook children's services\n\n"
        "This was the second monitoring visit to Westbrook since the local authority was "
        "judged inadequate in March 2022, and the visit took place in June 2023.\n\n"
        "Inspectors reviewed the progress made for disabled children and for young carers, "
        "including the quality of their assessments.\n\n"
        "Managers told inspectors that the new electronic recording system is now in use.\n"
    )
    assistant = _indexed(index_folder, tmp_path, {"letter.md": letter}).assistant
    answer = assistant.ask("What did the second monitoring visit look at?")
    assert answer.text.startswith("Inspectors reviewed the progress made for disabled children")


def test_what_a_visit_looked_at_is_everything_its_letter_says_it_looked_at(
    index_folder, tmp_path
):
    """ "And what did the second one look at?" quotes each thing the second letter says
    inspectors looked at, in its order, not the second alone beside the sentences naming the
    visit (the conversation set's dev fd04 had lost the first, with what it asked for)."""
    first, then = (
        "Inspectors reviewed the progress made for children in need of help and protection, "
        "including children subject to child protection plans.",
        "Inspectors also considered the quality of management oversight and supervision, and "
        "the impact of the local authority's workforce strategy on children's experiences.",
    )
    letters = {
        "visit1.md": "# Monitoring visit to Westbrook children's services\n\n"
        "This letter summarises the findings of the first monitoring visit to Westbrook "
        "children's services on 11 and 12 October 2022.\n\n"
        "Inspectors reviewed the progress made in the response to children at the front "
        "door.\n",
        "visit2.md": "# Monitoring visit to Westbrook children's services\n\n"
        "This letter summarises the findings of the monitoring visit to Westbrook children's "
        "services on 20 June 2023 and 21 June 2023.\n\n"
        "This was the second monitoring visit since the local authority was judged inadequate "
        f"in March 2022. {first} {then}\n\n"
        "Progress for children in need has been slower than at the front door.\n",
    }
    assistant = _indexed(index_folder, tmp_path, letters).assistant
    _, answer = _after(
        assistant,
        "What did Ofsted's first monitoring visit to Westbrook in October 2022 focus on?",
        "And what did the second one look at?",
    )
    assert answer.text.startswith(first), answer.text
    assert then in answer.text, answer.text


@pytest.mark.parametrize("which", ["This was", "This visit was"])
def test_a_sentence_saying_which_visit_this_was_answers_no_other_question(
    index_folder, tmp_path, which
):
    """"This was the second monitoring visit since…" says which visit a letter is about and
    nothing found at it: not quoted for how health professionals took part."""
    letter = (
        "# Monitoring visit to Westbrook children's services\n\n"
        "This letter summarises the findings of the monitoring visit to Westbrook children's "
        "services on 20 and 21 June 2023.\n\n"
        f"{which} the second monitoring visit since the local authority's strategy "
        "discussions with health professionals were judged inadequate.\n\n"
        "Health professionals now attend 71% of strategy discussions with the police.\n\n"
        "Schools are still seldom invited to strategy discussions about health concerns.\n"
    )
    assistant = _indexed(index_folder, tmp_path, {"letter.md": letter}).assistant
    answer = assistant.ask(
        "Were health professionals taking part in strategy discussions at the second "
        "monitoring visit?"
    )
    assert "71%" in answer.text
    assert f"{which} the second monitoring visit" not in answer.text
    assert "This letter summarises" not in answer.text


def test_what_someone_said_asked_by_their_role_is_their_words(index_folder, tmp_path):
    """"What did the council leader say…?" quotes whoever the record has speak in that role,
    the rest of a quote they opened too, not sentences that only name the role or another
    speaker's words; "the scrutiny panel's chair" is not the meeting's CHAIR."""
    files = {
        "story.md": (
            "# Council's children's services rated inadequate\n\n"
            "The inadequate rating of children's services was reported to the council leader "
            "and the cabinet on Monday, when officers set out the inadequate rating.\n\n"
            "Council leader Councillor Douglas Firth said: \"I am sorry. The inadequate rating "
            "of our children's services is deserved, and we will put it right.\"\n\n"
            "Opposition councillor Mary Stone said the inadequate rating of children's services "
            "showed the council leader had ignored the warnings.\n"
        ),
        "transcript.txt": (
            "Full council, public questions, 20 March\n\n"
            "CHAIR: The scrutiny panel's report on caseloads is the next item, and I call "
            "Councillor Hartley to speak about caseloads.\n\n"
            "CLLR HARTLEY (Chair, Scrutiny Panel): Our most important recommendation is a "
            "cap for social workers.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    leader = assistant.ask("What did the council leader say about the inadequate rating?")
    assert "I am sorry" in leader.text
    assert "we will put it right" in leader.text
    assert "ignored the warnings" not in leader.text
    assert "reported to the council leader" not in leader.text
    chair = assistant.ask("What did the scrutiny panel's chair say about caseloads?")
    assert "a cap for social workers" in chair.text
    assert "next item" not in chair.text


def test_who_spoke_asks_for_a_speaker_not_the_word(index_folder, tmp_path):
    """"Who spoke on behalf of parents at the board?" is answered by whoever the record has
    present the parents' views, though it never says "spoke"; and "who took over as
    director…?" by the one named in that post."""
    files = {
        "minutes.md": (
            "# Improvement board minutes, September 2023\n\n"
            "Tessa Quinlan, chair of the parent carer forum, presented feedback from 42 "
            "families to the improvement board.\n\n"
            "The board noted that caseloads had fallen to 17 children per social worker.\n"
        ),
        "letter.md": (
            "# Letter from the Department for Education\n\n"
            "I understand that Richard Okafor has left his post as Director of Children's "
            "Services and that the council has appointed Claire Fennimore as interim "
            "Director.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    spoke = assistant.ask("Who spoke on behalf of parents at the improvement board?")
    assert "Tessa Quinlan" in spoke.text
    director = assistant.ask("Who took over as director when Richard Okafor left?")
    assert "Claire Fennimore" in director.text


def test_what_he_said_is_asked_of_the_one_the_conversation_named(index_folder, tmp_path):
    """"What did he tell the committee about audits?" after "who is the improvement
    adviser?" quotes the adviser, whom the earlier answer names in that role among others,
    however long the question; not what the director said."""
    files = {
        "minutes.md": (
            "# Scrutiny committee minutes, 5 March 2024\n\n"
            "In attendance: Dr Anjali Rao (Director of Children's Services); Graham Tullis "
            "(Improvement Adviser, Department for Education).\n\n"
            "Dr Rao told the committee that the council's own audits of casework had been "
            "rewritten in January and that more audits were planned.\n\n"
            "Graham Tullis, the Department for Education's improvement adviser, said that the "
            "letter was a fair picture. He told the committee that the council's own audits "
            "now matched inspectors' findings far more closely.\n"
        ),
        "news.md": (
            "# Improvement adviser appointed\n\n"
            "The Department for Education appointed Graham Tullis as its improvement adviser "
            "for the council in May 2023.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    earlier, answer = _after(
        assistant,
        "Who is the Department for Education's improvement adviser for the council?",
        "What did he tell the scrutiny committee about the council's own audits of casework?",
    )
    assert "Graham Tullis" in earlier.text
    assert "matched inspectors' findings" in answer.text
    assert "rewritten in January" not in answer.text


def test_a_rate_for_a_year_the_record_does_not_give_is_refused(index_folder, tmp_path):
    """"What was the re-referral rate in 2023/24?" asks for a figure: the record's rate for
    2022/23 does not answer it, and its 2022/23 rate is given when asked for."""
    files = {
        "report.md": (
            "# Annual performance report\n\n"
            "The re-referral rate rose to 29% in 2022/23, well above the national average.\n\n"
            "Leaders have introduced a new audit of re-referrals and of the decisions to close "
            "cases after an assessment.\n\n"
            "The council's budget for 2023/24 added £2 million for children's social care.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    assert assistant.ask("What was the re-referral rate in 2023/24?").refused
    assert "29%" in assistant.ask("What was the re-referral rate in 2022/23?").text


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "How much will the scheme cost, and which charity runs it?",
            ["How much will the scheme cost?", "Which charity runs it?"],
        ),
        (
            "How many reports has the commissioner written, and when?",
            ["How many reports has the commissioner written?", "When?"],
        ),
        (
            "Who chairs the board and how often does it meet?",
            ["Who chairs the board?", "How often does it meet?"],
        ),
        ("What did Ofsted find?", ["What did Ofsted find?"]),
        ("How and when did the council respond?", ["How and when did the council respond?"]),
        (
            "What is the gap between what was promised and what was delivered?",
            ["What is the gap between what was promised and what was delivered?"],
        ),
        ("Agency staff and what they cost", ["Agency staff and what they cost"]),
    ],
)
def test_question_parts(question, parts):
    from app.question import question_parts

    assert question_parts(question) == parts


SCHEME = (
    "# Supported lodgings for care leavers\n\n"
    "The supported lodgings scheme will cost £410,000 in 2024/25.\n\n"
    "Young people told the committee that they wanted more say in where they live.\n\n"
    "The scheme is run with the charity Step Up Valeside and will provide 12 places.\n"
)


def test_a_question_of_two_parts_is_answered_for_each(index_folder, tmp_path):
    """'How much will it cost, and which charity runs it?' is two questions: the answer
    gives both, each sentence cited, a passage both parts cite numbered once; a part the
    record does not answer is said to be unanswered rather than filled with something near."""
    assistant = _indexed(index_folder, tmp_path, {"report.md": SCHEME}).assistant
    both = assistant.ask(
        "How much will the supported lodgings scheme cost, and which charity runs it?"
    )
    assert not both.refused
    assert "£410,000" in both.text
    assert "Step Up Valeside" in both.text
    numbers = [int(n) for n in re.findall(r"\[(\d+)\]", both.text)]
    assert sorted({c.n for c in both.citations}) == sorted(set(numbers)) == [1]
    assert both.text.count("£410,000") == 1
    half = assistant.ask(
        "How much will the supported lodgings scheme cost, and who is the charity's chair?"
    )
    assert "£410,000" in half.text
    assert "does not answer “Who is the charity's chair?”" in half.text


def test_the_sentence_before_tells_what_a_figure_is_about(index_folder, tmp_path):
    """Minutes say what a figure is about in the sentence before it ("Members asked about
    the disabled children's team. … 31 children were waiting…"): that sentence counts, for
    less, towards the figure's subject. A sentence holding none of the subject itself is not
    made an answer by the sentence beside it."""
    files = {
        "minutes.md": (
            "# Scrutiny committee minutes, 14 December 2023\n\n"
            "Social workers told the committee that caseloads had fallen since the summer.\n\n"
            "Members asked about social workers for the disabled children's team. The "
            "assistant director reported that 31 children were waiting for allocation in that "
            "team, compared with 47 at the time of the inspection. The improvement board is "
            "chaired by Professor Ann Kell, who has chaired boards at two other councils. Its "
            "members include the Leader of the "
            "Council and the Chief Executive of Harbour City Council.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    waiting = assistant.ask("How many disabled children were waiting for a social worker?")
    assert "31 children were waiting" in waiting.text
    assert assistant.ask(
        "At which two other councils has Professor Ann Kell chaired improvement boards?"
    ).refused


def test_what_a_named_person_said_at_a_time_is_what_they_said_then(index_folder, tmp_path):
    """'What did X say about the 2025 inspection?' is not answered by what X said in 2022:
    their words from a passage of the time asked about, or the record does not say."""
    files = {
        "news.md": (
            "# Parents give their verdict\n\n"
            'Parent campaigner Kerry Vane said: "It is a start, but families still wait too long '
            'for a social worker."\n'
        ),
        "sources.csv": (
            "file,title,publisher,kind,published,about\n"
            "news.md,Parents give their verdict,Valeside Gazette,news,2022-06-14,\n"
            "report.md,Inspection of Valeside,Ofsted,report,2025-04-02,\n"
        ),
        "report.md": (
            "# Inspection of Valeside children's services\n\n"
            "Inspectors visited in March 2025 and judged that the services require improvement "
            "to be good.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    assert assistant.ask("What did Kerry Vane say about the 2025 Ofsted inspection?").refused
    then = assistant.ask("What did Kerry Vane say about social workers in 2022?")
    assert "families still wait" in then.text


def test_what_a_named_person_said_is_found_beyond_the_passage_that_names_them(
    index_folder, tmp_path
):
    """The passage in the question's words ("X's role as commissioner will end…") may not be
    the one with X's words: the rest of its document is read for them."""
    filler = (
        "The council confirmed that the number of children in its care has continued to fall "
        "since the inspection, and that both planned children's homes are on track. "
    )
    files = {
        "news.md": "# Government lifts intervention in Valeside children's services\n\n"
        "The revocation took effect on 17 June 2025. Colin Ashby's role as Children's "
        "Services Commissioner will end on 30 June 2025.\n\n"
        + filler * 6
        + "\n\n"
        + 'Colin Ashby said: "Valeside is now a council that knows itself. Keep investing."\n'
    }
    for n, month in enumerate(("March", "June", "September")):
        files[f"update-{n}.md"] = (
            f"# Commissioner's update, {month}\n\n"
            f"Colin Ashby's role as commissioner came under review in {month}, when his "
            "role as Children's Services Commissioner was extended to an end date to be "
            "agreed.\n"
        )
    assistant = _indexed(index_folder, tmp_path, files).assistant
    said = assistant.ask("What did Colin Ashby say when his role as commissioner came to an end?")
    assert "knows itself" in said.text


@pytest.mark.parametrize(
    ("surname", "sentence", "speaks"),
    [
        ("Ashby", 'Colin Ashby said: "Valeside now knows itself.', True),
        ("Vane", 'Kerry Vane, founder of Valeside Parents Voice, said: "It is a start.', True),
        ("Ashby", '"We are done here," said Mr Ashby.', True),
        ("Imrie", "Cllr Imrie: we do not accept the figures.", True),
        # named inside what someone else says, or after another's verb of saying
        ("Ashby", 'Kerry Vane said: "I have met Mr Ashby and I told him so.', False),
        ("Ashby", "Councillor Lal said that Mr Ashby had been helpful.", False),
        ("Heald", "I took over from Jon Heald in May, and I accept I should have asked.", False),
        ("Lane", 'Cllr Ann Lane, Cabinet Member, accepted the petition and said: "I agree.', True),
        # the verb before a name: its speaker after a quote or clause, else its object
        ("Marsden", "I have asked Dr Marsden to pay close attention to staff.", False),
        ("Marsden", "Progress is real, said Dr Helen Marsden.", True),
    ],
)
def test_who_speaks_in_a_sentence(surname, sentence, speaks):
    from app.compose import _speaks

    assert _speaks(surname, sentence) is speaks


def test_what_a_named_person_said_on_an_occasion_is_what_they_said_then(index_folder, tmp_path):
    """'What did X say when she handed in the petition?' is answered from the document about
    the petition, not by another quote of hers that shares more of the question's words."""
    files = {
        "petition.md": (
            "# Parents hand in petition on children's social care\n\n"
            "The group was founded in 2019 by Kerry Vane, a mother of three.\n\n"
            'Speaking on the town hall steps, Ms Vane said: "Every month we hear from parents '
            'who have had four different social workers in a year."\n'
        ),
        "visit.md": (
            "# Ofsted handed its letter to Valeside\n\n"
            "When Ofsted handed the council its letter, Kerry Vane was asked for her view.\n\n"
            'Kerry Vane of Valeside Parents Voice said: "It is a start, and she and the other '
            'parents will keep saying so."\n'
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    said = assistant.ask("What did Kerry Vane say when she handed in the petition?")
    assert "four different social workers" in said.text
    assert "It is a start" not in said.text


def test_what_was_decided_at_a_time_is_not_what_was_written_before_it(index_folder, tmp_path):
    """'What did the committee resolve at its January 2024 meeting?' is not answered by the
    December minutes' resolutions, nor by their notice of the next meeting: the record
    holds no January meeting. December's question is answered by December's minutes."""
    files = {
        "minutes.md": (
            "# Minutes of the Children's Scrutiny Committee, 14 December 2023\n\n"
            "RESOLVED – That the work programme be agreed, with a report on placement "
            "sufficiency added.\n\n"
            "The next meeting of the committee will be held on Thursday 7 March 2024.\n"
        ),
        "sources.csv": (
            "file,title,publisher,kind,published,about\n"
            "minutes.md,Scrutiny committee minutes,Valeside Council,minutes,2023-12-14,\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    assert assistant.ask("What did the committee resolve at its January 2024 meeting?").refused
    december = assistant.ask("What did the committee resolve at its December 2023 meeting?")
    assert "work programme be agreed" in december.text
    assert "next meeting" not in december.text


def test_what_was_concluded_is_answered_by_a_conclusion(index_folder, tmp_path):
    """'What did the scrutiny committee conclude?' is not answered by an officer's summary of
    the letter it looked at, nor by someone else's decision: the record holds no conclusion
    of the committee. The commissioner's conclusion, which the record states, is given."""
    files = {
        "minutes.md": (
            "# Minutes of the Children's Scrutiny Committee, 12 September 2023\n\n"
            "4.1 The head of service summarised the third monitoring visit letter: permanence "
            "planning had improved, but life-story work was still inconsistent.\n\n"
            "4.2 Members asked about the number of children placed far from home.\n"
        ),
        "review.md": (
            "# Commissioner's review of Valeside children's services\n\n"
            "2.1 My central conclusion is that the council has the capacity to improve and "
            "should keep running its children's services.\n\n"
            "2.2 Permanence planning for children in care is improving.\n\n"
            "2.3 The leader has accepted the inspection findings without reservation.\n"
        ),
        "thresholds.md": (
            "# Improvement board papers, March 2022\n\n"
            "6.1 The independent review of front door thresholds reported in February 2022. "
            "It found that the threshold document was clear but was not understood by "
            "partners, particularly schools.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    committee = "What did the scrutiny committee conclude about the third monitoring visit letter?"
    assert assistant.ask(committee).refused
    # the leader's acceptance, in the commissioner's report, is no conclusion of the committee
    findings = "What did the scrutiny committee conclude about the inspection findings?"
    assert assistant.ask(findings).refused
    # what "it found", after the sentence naming the review, is the review's conclusion
    review = assistant.ask("What did the independent review of front door thresholds conclude?")
    assert "not understood by partners" in review.text
    commissioner = assistant.ask(
        "What did the commissioner conclude about who should run the services?"
    )
    assert "capacity to improve" in commissioner.text


@pytest.mark.parametrize(
    ("published", "text", "question_time", "before"),
    [
        ("2023-12-14", "RESOLVED – That the plan be agreed.", "January 2024", True),
        ("2024-01-20", "RESOLVED – That the plan be agreed.", "January 2024", False),
        ("2023-12-14", "The panel will meet on 18 January 2024.", "January 2024", False),
        ("", "RESOLVED – That the plan be agreed.", "January 2024", False),
        ("2023-12-14", "RESOLVED – That the plan be agreed.", "before 2024", False),
    ],
    ids=["written-before", "written-then", "names-the-time", "undated", "asked-before"],
)
def test_written_before(published, text, question_time, before):
    from app.question import time_refs
    from app.times import written_before

    refs = time_refs(f"What was agreed {question_time}?")
    assert written_before(text, published, refs) is before


def test_a_name_is_given_by_the_clause_about_what_is_asked(index_folder, tmp_path):
    """"…opened a children's home, Larkspur House, in November 2024, and a second home is due
    to open in spring 2025" names the first home, not the second."""
    files = {
        "report.md": (
            "# Sufficiency of homes for children in care\n\n"
            "The council opened a new four-bed children's home, Larkspur House, in Alderbury in "
            "November 2024, and a second home is due to open in the spring of 2025.\n\n"
            "Foster carers told the committee that allowances had not kept pace with costs.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    assert assistant.ask("What is the name of the second new children's home?").refused
    first = assistant.ask("What is the name of the children's home that opened in Alderbury?")
    assert "Larkspur House" in first.text


def test_which_council_is_answered_by_a_council(index_folder, tmp_path):
    """'Which council did she work for?' is answered by a council's name, not by a list of
    the people at a meeting that names her."""
    files = {
        "minutes.md": (
            "# Minutes of the Valeside scrutiny committee\n\n"
            "Also in attendance: Councillor Priya Lane (Cabinet Member for Children and "
            "Families), Dr Naveen Chand (Director of Children's Services), Colin Ash (Children's "
            "Services Commissioner).\n\n"
            "Ms Ola Kay is currently Deputy Director at Hartmoor City Council and will take up the "
            "post of Director of Children's Services in January.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    assert assistant.ask("Which council did Dr Naveen Chand work for before joining?").refused
    kay = assistant.ask("Which council does Ms Ola Kay work for now?")
    assert "Hartmoor City Council" in kay.text


def test_a_reason_is_of_what_the_question_asks_about():
    """ "Why was the designated clinical officer post left vacant?" is not answered by why
    practice deteriorated; the reason given for the vacancy, in the sentence after the one
    naming it, answers."""
    texts = [
        "A period of high demand, workforce instability and inconsistent management oversight "
        "led to a deterioration in practice.",
        "The designated clinical officer post was vacant for eight months.",
    ]
    hits, composer = _passages_as_hits(texts, "Area SEND inspection report")
    asked = "Why was the designated clinical officer post left vacant for eight months?"
    answer = composer.compose(read_question(asked), hits)
    assert answer.refused, answer.text
    texts[1] += " This was because the health board could not recruit to it."
    hits, composer = _passages_as_hits(texts, "Area SEND inspection report")
    answer = composer.compose(read_question(asked), hits)
    assert "could not recruit" in answer.text, answer.text


def test_whether_an_act_was_done_is_answered_by_its_being_done():
    """ "Did the council commission the review?" is not answered by a call for the review,
    nor "were foster carers reimbursed?" by a request that they be; a sentence saying the
    act was done answers it."""
    texts = [
        "Councillor Hindle called for an independent review of fostering services.",
        "The carers' open letter asks the trust to reimburse the bank charges foster carers ran "
        "up because of late payments.",
    ]
    hits, composer = _passages_as_hits(texts, "Courier", "narration")
    for asked in (
        "Did the council commission an independent review of fostering services?",
        "Were foster carers reimbursed for the bank charges they ran up?",
    ):
        answer = composer.compose(read_question(asked), hits)
        assert answer.refused, answer.text
    texts.append(
        "The trust reimbursed every foster carer for the bank charges in March, the council said."
    )
    hits, composer = _passages_as_hits(texts, "Courier", "narration")
    answer = composer.compose(
        read_question("Were foster carers reimbursed for the bank charges they ran up?"), hits
    )
    assert "reimbursed every foster carer" in answer.text, answer.text


def test_which_councils_asks_for_their_names():
    """ "Which two councils had she led children's services in?" is not answered by "…who
    previously led children's services in two other councils", nor "in which two London
    boroughs…?" by "two other London boroughs": the councils are named for an answer."""
    texts = [
        "Gareth Lunnon left the council in April and was replaced in May by interim director "
        "Annette Brisco, who previously led children's services in two other councils.",
        "Ruth Kavanagh has led improvement in children's services in two other London "
        "boroughs.",
    ]
    hits, composer = _passages_as_hits(texts, "Courier", "narration")
    for asked in (
        "Which two councils had Annette Brisco led children's services in before?",
        "In which two London boroughs had Ruth Kavanagh led children's services improvement?",
    ):
        answer = composer.compose(read_question(asked), hits)
        assert answer.refused, answer.text
    named, composer = _passages_as_hits(
        ["Annette Brisco previously led children's services at Hartmoor City Council and in "
         "the London Borough of Camden."],
        "Courier",
        "narration",
    )
    answer = composer.compose(
        read_question("Which two councils had Annette Brisco led children's services in?"), named
    )
    assert "Hartmoor City Council" in answer.text, answer.text


def test_a_deadline_for_an_act_is_not_its_date():
    """ "When did the board approve the plan?" is not answered by the deadline set for its
    approval ("no later than 30 June 2022"); "in which month did the home open?" asks the
    month the home opened, not another scheme's."""
    hits, composer = _passages_as_hits(
        [
            "The Council shall submit to the improvement board for its approval, no later than "
            "30 June 2022, an improvement plan addressing the recommendations.",
            "A new supported lodgings scheme will provide 12 places for care leavers from "
            "November 2024.",
        ],
        "Direction",
        "government",
    )
    approved = "When did the improvement board approve the improvement plan?"
    assert composer.compose(read_question(approved), hits).refused
    opened = "In which month did the council's first new children's home open?"
    answer = composer.compose(read_question(opened), hits)
    assert answer.refused, answer.text


def test_a_word_the_record_never_uses_is_the_askers_own(index_folder, tmp_path):
    """'How many contacts were stuck in the MASH?' on a record that says "awaiting a decision"
    is asked of contacts: "stuck", a word no sentence holds, does not make it a near miss.
    A question whose subject the record never names at all is still refused."""
    files = {
        "letter.md": (
            "# Focused visit to Valeside children's services\n\n"
            "At the start of the visit, 214 contacts were awaiting a decision in the MASH, the "
            "oldest received 19 working days earlier.\n\n"
            "Leaders have since added a second screening team to the front door.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    stuck = assistant.ask("How many contacts were stuck in the MASH at the start of the visit?")
    assert "214" in stuck.text
    assert assistant.ask("How many adopters quit during the visit?").refused


def test_a_body_named_after_a_paragraph_number_or_doing_what_was_asked(index_folder, tmp_path):
    """"6.2 Harbridge Council … has agreed to act as the council's improvement partner" names
    the council asked for (its number is no sentence start), and an agency that "delivers"
    adoption is the one that "handles" it. A body the record never names is still refused."""
    files = {
        "plan.md": (
            "# Valeside improvement plan update\n\n"
            "6.2 Harbridge Council, a neighbouring authority rated good, has agreed to act as "
            "the council's improvement partner.\n\n"
            "6.3 Adoption is delivered through the Three Rivers regional adoption agency.\n\n"
            "6.4 The fostering service is run by the council itself.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    partner = assistant.ask("Which neighbouring council agreed to be the improvement partner?")
    assert "Harbridge" in partner.text
    adoption = assistant.ask("Which regional agency handles adoptions?")
    assert "Three Rivers" in adoption.text
    assert assistant.ask("Which charity handles advocacy for children in care?").refused


@pytest.mark.parametrize("own", [frozenset({"valesid"}), frozenset()])
def test_the_councils_own_name_need_not_be_in_the_answer(own):
    """'What share of Valeside's social workers were agency staff?' is answered by a
    sentence of Valeside's own record that does not repeat the council's name: the record is
    about Valeside. Where Valeside is not the record's own council, it is asked of."""
    texts = (
        "Valeside County Council was inspected in March.",
        "At the time of the inspection, 14% were agency staff.",
        "Social workers met the inspectors.",
    )
    hits, composer = _passages_as_hits(texts, own_council=lambda: own)
    answer = composer.compose(
        read_question("What share of Valeside's social workers were agency staff?"), hits
    )
    assert answer.refused is not bool(own)


def test_what_was_recommended_is_the_numbered_recommendations(index_folder, tmp_path):
    """"Recommendation 1: …", "Recommendation 2: …" are the items of the commissioner's list
    wherever the text runs them on: "what did the commissioner recommend?" quotes them, not
    the last alone."""
    items = [
        "That the council transfers its children's social care to a trust it wholly owns.",
        "That the trust begins delivering services no later than 1 April 2022.",
        "That the trust has an independent chair appointed with the minister's agreement.",
        "That the commissioner reviews progress and reports within 12 months.",
    ]
    files = {
        "review.md": (
            "# Report of the children's services commissioner for Valeside\n\n"
            "I considered four options against five criteria.\n\n"
            + "\n\n".join(f"Recommendation {n}: {item}" for n, item in enumerate(items, 1))
            + "\n"
        ),
    }
    answer = _indexed(index_folder, tmp_path, files).assistant.ask(
        "What did the commissioner recommend should happen to children's services?"
    )
    for item in items[:3]:
        assert item.rstrip(".") in answer.text


def test_approving_the_last_minutes_is_not_what_a_meeting_decided(index_folder, tmp_path):
    """"The minutes of the meeting held on 17 October were approved as a correct record" is
    every meeting's business, not what the board decided."""
    files = {
        "minutes.md": (
            "# Minutes of the Valeside Children's Trust board, 12 December 2024\n\n"
            "The minutes of the meeting held on 17 October 2024 were APPROVED as a correct "
            "record.\n\n"
            "The Board APPROVED the post-inspection action plan for submission to Ofsted.\n"
        ),
    }
    answer = _indexed(index_folder, tmp_path, files).assistant.ask(
        "What did the trust board approve at its December 2024 meeting?"
    )
    assert "post-inspection action plan" in answer.text
    assert "correct record" not in answer.text



def test_a_proposal_referred_on_is_not_what_was_decided(index_folder, tmp_path):
    """Recommendations the minutes list after the line that introduces them are what a
    committee asked for: "what did the cabinet decide about them?" is the resolution, and
    "what did the Leader decide?" about one referred to him is not in the record."""
    files = {
        "minutes.md": (
            "# Cabinet minutes, 4 March 2025\n\n"
            "## 9. Recommendations of the Overview and Scrutiny Panel\n\n"
            "The Cabinet considered two recommendations made by the Overview and Scrutiny "
            "Panel at its meeting on 18 February 2025:\n\n"
            "1. That a review of fostering allowances be completed by June.\n"
            "2. That an all-party steering group be formed to monitor the improvement plan.\n\n"
            "**RESOLVED:** To accept recommendation 1, and to refer recommendation 2 to the "
            "Leader for further consideration.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    decided = assistant.ask("What did the Cabinet decide about the panel's recommendations?")
    assert "To accept recommendation 1" in decided.text, decided.text
    mayor = assistant.ask(
        "What did the Leader decide about the panel's proposal for an all-party steering group?"
    )
    assert mayor.refused, mayor.text
    asked = assistant.ask("What did the scrutiny panel recommend about a steering group?")
    assert "all-party steering group" in asked.text, asked.text


def test_a_recommendation_to_a_body_is_not_its_decision(index_folder, tmp_path):
    """"Did Cabinet agree to extend the exemption?" is not answered by a panel resolving
    "That Cabinet be recommended to extend …"; Cabinet's own resolution answers it."""
    panel = (
        "# Corporate parenting panel minutes, 4 March 2024\n\n"
        "The panel considered a proposal to extend the council tax exemption for care "
        "leavers from age 21 to age 25.\n\n"
        "RESOLVED: That Cabinet be recommended to extend the council tax exemption for care "
        "leavers to age 25.\n"
    )
    assistant = _indexed(index_folder, tmp_path, {"panel.md": panel}).assistant
    asked = "Did Cabinet agree to extend the council tax exemption for care leavers to age 25?"
    assert assistant.ask(asked).refused
    cabinet = (
        "# Cabinet minutes, 21 March 2024\n\n"
        "RESOLVED: That the council tax exemption for care leavers be extended to age 25 "
        "from 1 April 2024.\n"
    )
    (tmp_path / "both").mkdir()
    both = _indexed(index_folder, tmp_path / "both", {"panel.md": panel, "cabinet.md": cabinet})
    answer = both.assistant.ask(asked)
    assert "be extended to age 25" in answer.text, answer.text


def test_a_decision_still_to_come_is_not_made():
    """ "Did the Department for Education lift the direction?" is not answered by its saying
    it will review whether the direction should be lifted; its revoking the direction
    answers it. "Did the minister accept her advice?" is not answered by the advice."""
    hits, composer = _passages_as_hits(
        [
            "The Department for Education has told the council that it will now review "
            "whether the statutory direction should be lifted.",
            "The commissioner reviewed progress and advised the minister that the service "
            "could stay in council hands.",
        ],
        "Department for Education statement",
        "government",
    )
    lifted = "Did the Department for Education lift the statutory direction?"
    assert composer.compose(read_question(lifted), hits).refused
    accepted = "Did the minister accept the commissioner's advice?"
    assert composer.compose(read_question(accepted), hits).refused
    done, composer = _passages_as_hits(
        [
            "The Department for Education revoked the statutory direction on 3 March 2025, "
            "after the inspection found the service good.",
        ],
        "Department for Education statement",
        "government",
    )
    answer = composer.compose(read_question(lifted), done)
    assert "revoked" in answer.text, answer.text


def test_whom_a_matter_is_referred_to_is_not_who_decided_it():
    """A resolution naming someone only as the one a matter goes to is not their decision,
    though minutes speak in the council's voice as a leader does; a heading naming
    recommendations decides nothing."""
    from app.compose import _decides

    texts = (
        "Recommendations of the Overview and Scrutiny Panel",
        "RESOLVED: To refer recommendation 2 to the Leader for further consideration.",
        "The Leader decided to form the steering group.",
    )
    hits, composer = _passages_as_hits(texts, "Cabinet minutes", "council")
    heading, referred, decided = (s for s in composer._sentences(hits))
    assert not _decides(heading, hits[0])
    assert _decides(referred, hits[1])
    assert _decides(decided, hits[2])
    assert not composer._by_actor("the Leader", referred, hits[1])
    assert composer._by_actor("the Leader", decided, hits[2])
    assert composer._by_actor("the Cabinet", referred, hits[1])
    # ...and so for the actor's longer name: the words of it that follow "to"
    assert not composer._by_actor("the Leader of the Council", referred, hits[1])


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("How many permanent social workers did the council recruit in 2023?", True),
        ("How many permanent social workers left the council in 2023?", False),
        # young people "leaving care" are care leavers, not a count of leavers
        ("How many places will the scheme for young people leaving care provide?", True),
    ],
    ids=["recruited", "left", "leaving-care"],
)
def test_a_count_of_those_who_came_is_not_of_those_who_left(question, answered):
    """ "How many left?" is not answered by how many were recruited, and the other way."""
    texts = (
        "The council recruited 41 permanent social workers in 2023.",
        "A new lodgings scheme for young people leaving care will provide 12 places.",
    )
    hits, composer = _passages_as_hits(texts, "Workforce report", "council")
    answer = composer.compose(read_question(question), hits)
    assert answer.refused is not answered, answer.text


def test_a_service_named_only_since_another_time_is_not_the_one_graded(index_folder, tmp_path):
    """A judgement's sentence names a service after "since … in 2018": that part is about
    another time, and grades nothing now."""
    files = {
        "2025-03-12-news.md": (
            "# Tanfield children's services no longer inadequate\n\n"
            "Ofsted inspected the borough's services over two weeks in February, and its report, "
            "published today, judges them to require improvement to be good overall. Services "
            "for care leavers were rated good, the first good grade for any part of Tanfield's "
            "children's social care since its adoption service in 2018.\n\n"
            "Inspectors wrote that leaders have stabilised the workforce.\n"
        ),
        **{
            f"2024-0{n}-01-minutes.md": (
                f"# Cabinet minutes, {month} 2024\n\n"
                "Members discussed services for children in need, early help services and "
                "services for disabled children.\n\n"
                f"The Director said that {topic} services had improved since the last visit.\n"
            )
            for n, month, topic in ((4, "April", "fostering"), (5, "May", "youth"), (6, "June", ""))
        },
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    leavers = assistant.ask("What grade did Ofsted give care leavers' services in February 2025?")
    assert not leavers.refused, leavers.text
    adoption = assistant.ask("What grade did Ofsted give the adoption service in February 2025?")
    assert adoption.refused, adoption.text


@pytest.mark.parametrize(
    ("reported", "answered"),
    [
        ("The Director of Finance reported that the programme had cost £12 million.", True),
        ("His group estimates that the programme has cost more than £30 million.", False),
    ],
    ids=["the-director's", "another's-estimate"],
)
def test_a_figure_someone_gave_is_theirs(reported, answered):
    """"What figure did the Director of Finance give?" is not answered by another's estimate."""
    texts = (
        "Councillor Firth asked what the total cost of the improvement programme had been. "
        "The Director of Finance undertook to provide a written answer.",
        reported,
    )
    hits, composer = _passages_as_hits(texts, "Council news", "council")
    question = read_question(
        "What figure did the Director of Finance give for the total cost of the programme?"
    )
    answer = composer.compose(question, hits)
    assert answer.refused is not answered, answer.text


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("How did the scrutiny committee vote on the revised improvement plan?", True),
        ("How did Cabinet members vote on the revised improvement plan?", False),
    ],
    ids=["the-committee's-vote", "not-cabinet's"],
)
def test_a_vote_is_the_body_asked_about(question, answered):
    """"How did Cabinet vote?" is not answered by the committee's vote recommending the plan
    to Cabinet, nor by a line saying Cabinet will consider it."""
    texts = (
        "The Director presented the revised improvement plan for 2024 to 2026, which would be "
        "considered by Cabinet on 6 March 2024.",
        "RESOLVED: That the committee supports the revised improvement plan and recommends it "
        "to Cabinet for approval. (For 8, Against 0, Abstentions 2)",
    )
    hits, composer = _passages_as_hits(texts, "Scrutiny Committee minutes", "council")
    answer = composer.compose(read_question(question), hits)
    assert answer.refused is not answered, answer.text
    if answered:
        assert "For 8" in answer.text


@pytest.mark.parametrize(
    ("said", "answered"),
    [
        ("The Leader decided to set up a cross-party working group.", True),
        (
            "Senior leaders have set up a working group in response to recommendations from "
            "the previous inspection.",
            False,
        ),
    ],
    ids=["decided", "only-recommended"],
)
def test_what_was_recommended_is_not_what_was_decided(said, answered):
    """"What did the Leader decide …?" is not answered by a sentence whose only word of
    deciding is a recommendation's."""
    hits, composer = _passages_as_hits((said,), "Council news", "council")
    question = read_question("What did the Leader decide about the working group?")
    answer = composer.compose(question, hits)
    assert answer.refused is not answered, answer.text


def test_joined_answers_number_their_citations_once():
    """Two parts' answers joined: a passage both cite is one citation; a sentence the first
    part quoted is not repeated, and a citation only that repeat used is dropped, the rest
    numbered 1, 2, … in order."""
    from app.answer import Answer, Citation, joined

    def cite(n: int, doc: str, start: int) -> Citation:
        return Citation(n, doc, doc, "", "", 1, "text", start, start + 4)

    first = Answer(
        "q1", "It cost £410,000. [1] It opened in May. [2]", [cite(1, "a", 0), cite(2, "b", 0)]
    )
    second = Answer(
        "q2",
        "It opened in May. [1] The charity Step Up runs it. [2]",
        [cite(1, "c", 0), cite(2, "b", 0)],
    )
    answer = joined("q1, and q2?", "q", ["Q1?", "Q2?"], [first, second])
    assert answer.text == (
        "It cost £410,000. [1] It opened in May. [2] The charity Step Up runs it. [2]"
    )
    assert [(c.n, c.doc_id) for c in answer.citations] == [(1, "a"), (2, "b")]


def test_joined_answers_renumber_the_citation_a_note_makes():
    """A part's opening note may cite the event that dates its time; joined, the note
    comes first and its marker points at the same passage under the joined numbering."""
    from app.answer import Answer, Citation, joined

    def cite(n: int, doc: str) -> Citation:
        return Citation(n, doc, doc, "", "", 1, "text", 0, 4)

    first = Answer("q1", "It cost £410,000. [1]", [cite(1, "a")])
    second = Answer(
        "q2",
        "(Read as a question about the time of the first visit, May 2022 [2].) Jo Bell was "
        "director. [1]",
        [cite(1, "c"), cite(2, "d")],
    )
    answer = joined("q1, and q2?", "q", ["Q1?", "Q2?"], [first, second])
    assert answer.text == (
        "(Read as a question about the time of the first visit, May 2022 [3].) It cost "
        "£410,000. [1] Jo Bell was director. [2]"
    )
    assert [(c.n, c.doc_id) for c in answer.citations] == [(1, "a"), (2, "c"), (3, "d")]


def test_a_figure_for_another_year_does_not_answer_for_this_one(index_folder, tmp_path):
    """"What is the net budget in 2025/26?" is not answered by 2024/25's budget when the
    record gives none for 2025/26; 2024/25's question is."""
    files = {
        "budget.md": (
            "# Budget summary\n\n"
            "The net budget for children's services in 2024/25 is £121.4 million.\n\n"
            "The medium-term financial plan runs to 2025/26 and will be reviewed in the autumn.\n\n"
            "Since it was judged inadequate in 2022, the service has received five monitoring "
            "visits, the most recent in December 2024.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    assert assistant.ask("What is the net budget for children's services in 2025/26?").refused
    assert "£121.4 million" in assistant.ask(
        "What is the net budget for children's services in 2024/25?"
    ).text


# words of the record around the sentence asked of
_AROUND = "Ofsted's team inspected the council's services in 2025."


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # the trade's other word for the post asked about
        ("Who headed the inspection?", "Lead inspector: Nicholas Breen, His Majesty's Inspector"),
        (
            "Who was the lead member for children at the time?",
            "Councillor Farah Qureshi was appointed Cabinet Member for Children and Education.",
        ),
        # an irregular verb form and its verb
        ("Who led the inspection team?", "The lead inspector for the team was Helen Marsh."),
        # a count told after "the number of …"
        (
            "How many children were in care at the inspection?",
            "The number of children in care has reduced slightly, to 1,012 at the inspection.",
        ),
        # a year said with the focus need not be repeated by the sentence (the year ranks)
        (
            "How did Ofsted rate services for care leavers in 2025?",
            "The experiences and progress of care leavers: good",
        ),
        # ...and counts where it is
        (
            "How much extra money did cabinet put into children's services for 2022/23?",
            "(d) approve additional investment of £4.2m in children's services in 2022/23.",
        ),
        # a word of time or certainty is not what the question is about
        (
            "How many were still living in unregistered homes?",
            "The number of children living in unregistered homes has reduced to six.",
        ),
    ],
)
def test_an_answer_said_in_other_words_is_given(question, sentence):
    hits, composer = _passages_as_hits((sentence, _AROUND), "Report")
    answer = composer.compose(read_question(question), hits)
    assert not answer.refused
    assert [quoted for quoted, _ in _split(answer.text)][0] == sentence


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # someone in another post
        ("Who headed the inspection?", "Councillor Ann Vale chaired the scrutiny committee."),
        # no number after "the number of …"
        (
            "How many children were in care at the inspection?",
            "The number of children in care has reduced slightly since the inspection.",
        ),
    ],
)
def test_other_words_for_something_else_do_not_answer(question, sentence):
    hits, composer = _passages_as_hits((sentence, _AROUND), "Report")
    assert composer.compose(read_question(question), hits).refused


def test_a_person_in_the_post_asked_about_leads_a_who_answer():
    """"Who headed the team that came back?" leads with the lead inspector's line, not with a
    longer sentence that shares more of the question's words and names someone else."""
    texts = (
        'Leanne Moss said: "We waited four months for the team to come back to us in June."',
        "Lead inspector: Nicholas Breen, His Majesty's Inspector",
        _AROUND,
    )
    hits, composer = _passages_as_hits(texts, "Inspection report")
    answer = composer.compose(read_question("Who headed the team that came back?"), hits)
    assert [quoted for quoted, _ in _split(answer.text)][0] == texts[1]


@pytest.mark.parametrize(
    ("letter", "answers"),
    [
        ("This was the third monitoring visit since the council was judged inadequate.", False),
        ("This was the fourth monitoring visit since the council was judged inadequate.", True),
    ],
)
def test_the_date_of_a_numbered_visit_comes_from_that_visits_letter(letter, answers):
    """"When was the fourth monitoring visit?" is not answered by the date of a letter that is
    another visit's."""
    texts = (
        "This letter summarises the findings of the monitoring visit on 12 and 13 September 2023.",
        letter,
    )
    hits, composer = _passages_as_hits(texts, "Monitoring visit letter")
    question = read_question("When did the fourth monitoring visit take place?")
    answer = composer.compose(question, hits)
    assert answer.refused is not answers


@pytest.mark.parametrize(
    ("fifth", "answers"),
    [
        ("Ofsted's third monitoring visit, on 20 and 21 June 2023, looked at children.", True),
        # a date about something else, past the first passages, gives no answer
        ("The quality assurance report will go to the scrutiny committee from April 2024.", False),
    ],
)
def test_the_answer_may_lie_past_the_first_passages(fifth, answers):
    """With no sentence giving a date in the first four passages, the fifth is read before
    the record is said not to answer; it must be about the question itself."""
    texts = (
        "I have drawn on the findings of Ofsted's second and third monitoring visits.",
        "Ofsted carried out five monitoring visits, the third looking at children in care.",
        "The third monitoring visit letter was discussed by the board.",
        "Inspectors found that the third visit's areas had improved.",
        fifth,
    )
    hits, composer = _passages_as_hits(texts, "Commissioner's report")
    answer = composer.compose(read_question("When was the third monitoring visit?"), hits)
    assert answer.refused is not answers


def test_a_count_on_a_day_is_not_answered_by_a_count_on_another():
    """"How many children were in care on 31 March 2020?" is not answered by the count at
    31 December 2020."""
    texts = ("There were 561 children in the care of the council at 31 December 2020.",)
    hits, composer = _passages_as_hits(texts, "Scrutiny minutes")
    question = read_question("How many children were in the council's care on 31 March 2020?")
    assert composer.compose(question, hits).refused
    question = read_question("How many children were in the council's care on 31 December 2020?")
    assert not composer.compose(question, hits).refused


def test_a_day_asked_for_is_not_given_by_words_placed_against_the_document_date():
    """"On what exact date did she leave?" is not answered by "left earlier this month"."""
    texts = ("Karen Holt, director since 2017, left the council earlier this month.",)
    hits, composer = _passages_as_hits(texts, "News")
    question = read_question("On what exact date did Karen Holt leave the council?")
    assert composer.compose(question, hits).refused


def test_a_date_asked_of_a_person_is_a_date_of_theirs():
    """"On what date did Karen Holt leave?" is not answered by the date her successor
    started, in the sentence after the one that names her."""
    texts = (
        "Karen Holt, director since 2017, left the council in March.",
        "Richard Fenwick has been interim director since 14 March 2022.",
    )
    hits, composer = _passages_as_hits(texts, "News")
    question = read_question("On what date did Karen Holt leave the council?")
    assert composer.compose(question, hits).refused
    question = read_question("On what date did Richard Fenwick start as interim director?")
    assert not composer.compose(question, hits).refused


def test_a_post_in_an_attendance_list_is_of_the_body_the_minutes_are_of():
    """"Councillor Aisha Rahman (Chair)" in the scrutiny committee's minutes chaired that
    committee; the same line under another body's title does not say so."""
    texts = ("Councillor Aisha Rahman (Chair)", "The committee met at the Civic Centre.")
    question = read_question("Who chaired the children's scrutiny committee?")
    title = "Minutes of the Children and Young People Scrutiny Committee, 13 September 2022"
    hits, composer = _passages_as_hits(texts, title)
    assert [quoted for quoted, _ in _split(composer.compose(question, hits).text)] == [texts[0]]
    hits, composer = _passages_as_hits(texts, "Minutes of the Pensions Board, May 2022")
    assert composer.compose(question, hits).refused


def test_a_figure_for_a_period_is_not_one_said_of_another_time(index_folder, tmp_path):
    """A figure asked for a year is not given by one the record dates to another year ("from
    Valeside" is a place, not the start of an interval), nor by one said without a date in
    a document of years later; each is given for its own time."""
    files = {
        "briefing.md": (
            "# Member briefing, January 2024\n\n"
            "Main pressure: the average weekly cost of a residential placement is over "
            "£6,000.\n\n"
            "At 31 March 2025, 39% of children in care lived more than 20 miles from "
            "Valeside.\n\nThe March 2022 figures were published in the annual report.\n"
        ),
        "sources.csv": (
            "file,title,publisher,kind,published,about\n"
            "briefing.md,Member briefing,Valeside Council,briefing,2024-01-23,\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    assert assistant.ask(
        "What was the average weekly cost of a residential placement in 2022?"
    ).refused
    now = assistant.ask("What was the average weekly cost of a residential placement in 2024?")
    assert "£6,000" in now.text
    assert assistant.ask(
        "What percentage of children in care lived more than 20 miles from Valeside in March 2022?"
    ).refused
    later = assistant.ask(
        "What percentage of children in care lived more than 20 miles from Valeside in March 2025?"
    )
    assert "39%" in later.text


def test_a_quote_opened_by_a_line_naming_its_speaker_is_theirs(index_folder, tmp_path):
    """A press release names each speaker on a line of its own ("X, Cabinet Member, said:")
    and quotes them in the paragraph after: every sentence up to the closing mark is theirs,
    and another speaker's quote is not."""
    release = (
        "Council welcomes inspection result\n\n"
        "Eastmoor Council news release, 4 August 2023\n\n"
        "Inspectors judged the council's services for children to require improvement to be "
        "good, following a full inspection in June.\n\n"
        "Councillor Amara Oduya, Leader of the Council, said:\n\n"
        '"Three years ago we promised to put things right. Agency staff still cover too many '
        'posts in some teams, and we will keep working on that."\n\n'
        "Councillor Felix Brandt, Cabinet Member for Children and Young People, said:\n\n"
        '"This is a proud day, but it is not the finish line. The next step is good, and then '
        "outstanding. We have brought agency use down to 22% and we will keep investing in our "
        'own social workers."\n'
    )
    components = _indexed(index_folder, tmp_path, {"release.txt": release})
    answer = components.assistant.ask("What did Felix Brandt say about agency staff?")
    assert not answer.refused, answer.text
    assert "22%" in answer.text, answer.text
    assert "too many posts" not in answer.text, "Councillor Oduya's words are not his"


def test_a_quotes_first_sentence_is_its_speakers(index_folder, tmp_path):
    """The sentence that opens a quote ("“I want to start by saying sorry …") is the
    speaker's as much as those after it: a probe record's answer to what a councillor said
    when a report came out had quoted his second sentence and never his apology (dev l31)."""
    release = (
        "Council responds to inspection report\n\n"
        "Councillor Peter Haverstock, Cabinet Member for Children, said:\n\n"
        "“I want to start by saying sorry to every family who has waited too long. The "
        "inspectors have told us what parents have been telling us. There are no excuses.”\n"
    )
    components = _indexed(index_folder, tmp_path, {"release.txt": release})
    answer = components.assistant.ask("What did Councillor Haverstock say about the report?")
    assert "saying sorry" in answer.text, answer.text


def test_what_a_role_said_is_led_by_the_line_naming_who_said_it(index_folder, tmp_path):
    """ "What did the chief nursing officer say about waits?" answered by a quote is led by
    the line that says whose words they are ("Diane Carraway, Chief Nursing Officer, said:"),
    not left for the reader to guess (a probe record's answer had quoted the words alone,
    dev l37)."""
    release = (
        "NHS partners respond to SEND inspection\n\n"
        "Diane Carraway, Chief Nursing Officer at NHS Coastway, said:\n\n"
        "“Families should not have to wait as long as they currently do for "
        "neurodevelopmental assessments. We are commissioning additional assessment "
        "capacity for families while children wait.”\n"
    )
    components = _indexed(index_folder, tmp_path, {"release.txt": release})
    answer = components.assistant.ask(
        "What did the chief nursing officer say about neurodevelopmental waits?"
    )
    assert "wait as long as they currently do" in answer.text, answer.text
    assert answer.text.startswith("Diane Carraway"), answer.text


def test_a_question_put_to_a_meeting_is_its_askers_words(index_folder, tmp_path):
    """Minutes head a member of the public's question with their name ("**Question from
    Mrs Karen Whitby, Thrapley:**") and quote it below: those are her words, and "She said
    …" after "Councillor Chauhan thanked Mrs Whitby" is the councillor's, not hers (a probe
    record had answered what Mrs Whitby told cabinet with the councillor's reply, dev i52)."""
    minutes = (
        "Minutes of Cabinet, 15 November 2022\n\n"
        "**Question from Mrs Karen Whitby, Thrapley:**\n\n"
        '"My son has had five different social workers since last September. Every time a '
        'new one arrives we have to start again."\n\n'
        "**Response from Councillor Neelam Chauhan:**\n\n"
        "Councillor Chauhan thanked Mrs Whitby for her question and apologised for the "
        "changes of social worker. She said that this was exactly the issue raised by "
        "children and families with the Commissioner.\n"
    )
    components = _indexed(index_folder, tmp_path, {"minutes.txt": minutes})
    answer = components.assistant.ask(
        "What did Mrs Karen Whitby tell cabinet about her family's experience?"
    )
    assert "five different social workers" in answer.text, answer.text
    assert "exactly the issue" not in answer.text, answer.text


def test_how_many_in_total_is_not_answered_by_how_many_were_added():
    """"How many fostering households did it have in total?" asks for all of them: "22 new
    fostering households" or "a net gain of 12" says how many were added, not how many
    there were; asked for the new ones, that is the answer."""
    added = (
        "The council approved 22 new fostering households in 2024, the most for five years.",
        "Achieve a net gain of 12 fostering households through a recruitment campaign.",
    )
    hits, composer = _passages_as_hits(added, "Annual report", "council")
    in_all = "How many fostering households did the council have in total in 2024?"
    assert composer.compose(read_question(in_all), hits).refused
    new = composer.compose(read_question("How many new fostering households were approved?"), hits)
    assert "22 new fostering households" in new.text, new.text

    stock = ("At the end of March 2024 the council had 212 fostering households.", *added)
    hits, composer = _passages_as_hits(stock, "Annual report", "council")
    answer = composer.compose(read_question(in_all), hits)
    assert answer.text.startswith(stock[0]), answer.text


def test_what_was_recommended_is_not_the_remit_set_before(index_folder, tmp_path):
    """ "Did the commissioner recommend a trust?" is answered by what she recommended, not by
    her terms of reference ("The Commissioner will consider whether … should be removed …
    such as a children's services trust"), which were set before her work began."""
    files = {
        "direction.md": (
            "# Statutory direction to Eastmoor Council\n\n"
            "Annex B: terms of reference.\n\n"
            "The Commissioner will consider whether operational control of children's social "
            "care should be removed from the council and, if so, make recommendations on "
            "alternative arrangements, such as a children's services trust.\n"
        ),
        "report.md": (
            "# Report of the Children's Services Commissioner for Eastmoor\n\n"
            "I have found a council with the capacity to improve. The council should retain "
            "operational control of children's social care, and a children's services trust "
            "is not needed at this time.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask(
        "Did the commissioner recommend taking children's social care away from the council, "
        "for example into a trust?"
    )
    assert not answer.refused, answer.text
    assert "retain operational control" in answer.text, answer.text
    assert "will consider whether" not in answer.text, answer.text


def test_the_inspection_named_by_its_judgement_is_dated_from_the_timeline(
    index_folder, tmp_path
):
    """ "When did Ofsted carry out the inspection that found the service inadequate?" is
    answered with the sentence that dates that inspection, though the sentences naming the
    judgement give another date (its publication, a later visit) or an earlier inspection."""
    files = {
        "report.md": (
            "# Inspection of Eastmoor children's services\n\n"
            "Inspection dates: 3 October to 14 October 2022\n\n"
            "Overall effectiveness: inadequate.\n\n"
            "Children in need of help and protection wait too long for a response.\n"
        ),
        "news.md": (
            "# Eastmoor children's services rated inadequate\n\n"
            "Published: 30 November 2022\n\n"
            "Ofsted has judged Eastmoor Council's children's services inadequate in a report "
            "published today. At their last full inspection, in March 2018, the services "
            "were judged to require improvement to be good.\n"
        ),
        "letter.md": (
            "# Monitoring visit to Eastmoor children's services\n\n"
            "This was the first monitoring visit, on 7 and 8 March 2023, since the local "
            "authority was judged inadequate in November 2022.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask(
        "When did Ofsted carry out the inspection that found the service inadequate?"
    )
    assert not answer.refused, answer.text
    assert "3 October to 14 October 2022" in answer.text, answer.text
    assert "2018" not in answer.text, answer.text
    assert "March 2023" not in answer.text, answer.text


def test_an_event_asked_by_its_kind_and_subject_is_dated_by_the_day(index_folder, tmp_path):
    """ "When did Ofsted carry out its focused visit to the front door?" is answered with the
    sentence that dates that visit by the day, though a later report, which ranks higher,
    names it by its month; a focused visit to a service no passage of that visit names is
    not dated from it."""
    files = {
        "letter.md": (
            "# Focused visit to Westcombe children's services\n\n"
            "This letter summarises the findings of the focused visit to Westcombe "
            "children's services on 14 and 15 June 2021.\n\n"
            "Inspectors looked at the local authority's arrangements for contact and referral "
            "at the front door.\n"
        ),
        "report.md": (
            "# Inspection of Westcombe children's services\n\n"
            "Inspection dates: 4 to 15 March 2024\n\n"
            "The front door has been strengthened since Ofsted's focused visit in June 2021. "
            "Focused visits look at one part of the service; the front door is where "
            "concerns about children are first received.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask("When did Ofsted carry out its focused visit to the front door?")
    assert not answer.refused, answer.text
    assert "14 and 15 June 2021" in answer.text, answer.text
    other = assistant.ask("When did Ofsted carry out its focused visit to the fostering service?")
    assert "14 and 15 June 2021" not in other.text, other.text


def test_a_day_without_its_year_dates_an_event_in_its_documents_year(index_folder, tmp_path):
    """ "When did the 2025 re-inspection take place?": a news report of that July gives the
    days ("from 9 to 20 June") without the year, a later bulletin the month alone; the days
    answer."""
    files = {
        "news.md": (
            "# Ofsted upgrades Westcombe children's services\n\n"
            "Published: 25 July 2025\n\n"
            "Inspectors rated Westcombe's children's services as requiring improvement to be "
            "good overall, following a two-week inspection from 9 to 20 June.\n"
        ),
        "bulletin.md": (
            "# Members' bulletin: the full re-inspection of children's services\n\n"
            "Published: 1 September 2025\n\n"
            "June 2025: full re-inspection of children's services; report published 25 July "
            "2025. The full re-inspection took place over two weeks.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask("When did the 2025 full re-inspection take place?")
    assert not answer.refused, answer.text
    assert "9 to 20 June" in answer.text, answer.text


def test_an_event_is_dated_from_the_first_report_that_gives_its_day(index_folder, tmp_path):
    """ "When was the statutory direction issued?" is answered from the report that first
    gives its day, though that sentence names another date before it ("Following Ofsted's
    inspection … in March 2023, … issued a statutory direction … on 14 June 2023"), and not
    from a later press release nor a minute's list of papers."""
    files = {
        "report.md": (
            "# Report of the Children's Services Commissioner for Westcombe\n\n"
            "Published: 21 November 2023\n\n"
            "1.1 Following Ofsted's inspection of Westcombe's children's services in March "
            "2023, in which services were judged inadequate overall, the Secretary of State "
            "issued a statutory direction to the council on 14 June 2023.\n"
        ),
        "minutes.md": (
            "# Cabinet minutes\n\n"
            "Published: 20 July 2023\n\n"
            "Documents: Report of the Chief Executive, PDF 215 KB; Statutory direction, 14 "
            "June 2023, PDF 96 KB\n\n"
            "Cabinet noted the statutory direction.\n"
        ),
        "news.md": (
            "# Government lifts statutory direction on Westcombe children's services\n\n"
            "Published: 4 March 2026\n\n"
            "The statutory direction was issued on 14 June 2023, following Ofsted's "
            "inspection which judged children's services inadequate. It has now been "
            "revoked.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask("When was the statutory direction issued to Westcombe council?")
    assert not answer.refused, answer.text
    assert "14 June 2023" in answer.text, answer.text
    assert "PDF" not in answer.text, answer.text
    assert answer.citations[0].published == "2023-11-21", answer.citations[0]


def test_when_a_direction_ended_is_not_when_it_was_issued(index_folder, tmp_path):
    """ "When was the statutory direction lifted?" asks of its end: the day it was issued,
    the one direction the timeline dates, does not answer it, though its letter says when
    it will be lifted."""
    files = {
        "letter.md": (
            "# Statutory direction to Westcombe Council\n\n"
            "Published: 14 June 2023\n\n"
            "On 14 June 2023 the Secretary of State issued a statutory direction to Westcombe "
            "Council in relation to its children's social care services. The direction will be "
            "lifted once the council shows sustained improvement.\n"
        ),
        "news.md": (
            "# Westcombe leaves intervention\n\n"
            "Published: 4 March 2026\n\n"
            "Ministers have ended government intervention in Westcombe's children's services "
            "after a re-inspection rated them good.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask("When was the statutory direction on Westcombe lifted?")
    assert answer.source != "timeline", answer.text
    issued = assistant.ask("When was the statutory direction issued to Westcombe?")
    assert "14 June 2023" in issued.text, issued.text


def test_the_sentence_closest_in_meaning_leads_when_words_tie(embedder):
    """A paraphrase holds few of the question's words: of two sentences that hold as many,
    from passages ranked alike, the one that means what was asked ("got worse" for
    "deteriorated") leads."""
    from app.compose import ExtractiveComposer
    from index.lexical import LexicalIndex
    from index.retrieve import Hit
    from ingest.models import DocMeta, Document, Passage

    texts = (
        "Leaders understand the pressures at the front door and have agreed funding for "
        "another screening team.",
        "At the front door, the quality of practice has got worse since the last inspection.",
    )
    doc = Document("l", "l.txt", "0", DocMeta("Focused visit letter"), "\n\n".join(texts))
    hits, at = [], 0
    for n, text in enumerate(texts):
        passage = Passage(f"l:0:{n}", "l", n, at, at + len(text), 1, text, ((0, len(text)),))
        hits.append(Hit(passage, doc, 1.0, 1.0, 0.5, ((0, len(text), "ofsted"),)))
        at += len(text) + 2

    def similar(query, sentences):
        vectors = embedder.encode([query, *sentences])
        return [float(vectors[0] @ v) for v in vectors[1:]]

    weights = LexicalIndex([*texts, "The council met in May."])
    composer = ExtractiveComposer(weights, similar=similar)
    question = "What had the visit found had deteriorated at the front door?"
    answer = composer.compose(read_question(question), hits)
    assert _split(answer.text)[0][0] == texts[1]


@pytest.mark.parametrize(
    ("question", "sentence", "answered"),
    [
        ("What was the final children's services overspend for 2024/25?",
         "At quarter 1 of 2024/25, children's services was forecast to overspend by £5.1 million.",
         False),
        ("Once the accounts were closed, what was the actual overspend for 2024/25?",
         "The council expects 2024/25 to close with an overspend of around £5m.", False),
        ("What was the final children's services overspend for 2024/25?",
         "The 2024/25 final outturn overspend was £3.1m, against £3.4m forecast at month 8.",
         True),
        # a question not asking for the final figure takes the forecast
        ("What overspend was forecast for children's services in 2024/25?",
         "At quarter 1 of 2024/25, children's services was forecast to overspend by £5.1 million.",
         True),
    ],
)
def test_a_final_figure_is_not_given_by_a_forecast(question, sentence, answered):
    hits, composer = _passages_as_hits(
        [sentence, "The council's children's services budget is monitored every quarter."],
        title="Budget monitoring",
    )
    assert composer.compose(read_question(question), hits).refused is not answered


@pytest.mark.parametrize(
    ("question", "sentence", "answered"),
    [
        ("Which inspector led Ofsted's February 2022 monitoring visit?",
         "Ofsted's monitoring visit had taken place on 21 and 22 June 2022 and was led by "
         "Sarah Pendry HMI.", False),
        ("Which inspector led Ofsted's June 2022 monitoring visit?",
         "Ofsted's monitoring visit had taken place on 21 and 22 June 2022 and was led by "
         "Sarah Pendry HMI.", True),
        # who held a post then is not asked of an event: a later date of theirs still answers
        ("Who was chief executive when the statutory direction was issued in March 2022?",
         "The Chief Executive, Martin Eastoe, will leave the council on 30 September 2022.",
         True),
    ],
)
def test_who_led_an_event_is_not_answered_by_an_event_of_another_time(question, sentence, answered):
    hits, composer = _passages_as_hits(
        [sentence, "The council welcomed the letter."], title="Report to cabinet"
    )
    assert composer.compose(read_question(question), hits).refused is not answered


def test_how_many_one_thing_has_is_not_answered_by_anothers():
    hits, composer = _passages_as_hits(
        ["The first council-run children's home, Elmstead Road, opened in October 2023 "
         "(4 beds).", "A site for the second home is being sought."],
        title="Placements update",
    )
    asked = read_question("How many beds will the council's second children's home have?")
    assert composer.compose(asked, hits).refused
    asked = read_question("How many beds does the council's first children's home have?")
    assert not composer.compose(asked, hits).refused


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What did chief executive Marianne Cole say about the judgement?", "Cole"),
        ("What did Sandra Kellett herself say when she retired?", "Kellett"),
        ("What did Councillor Imrie say about agency staff?", "Imrie"),
        # an organisation after a role is no person
        ("What did the chair of Wexbridge Parents Voice say?", None),
        ("What did the Ofsted report say about Larch House?", None),
    ],
)
def test_whose_words_a_question_asks_for(question, speaker):
    assert read_question(question).speaker == speaker


def test_what_a_named_person_said_is_not_what_was_said_of_them():
    hits, composer = _passages_as_hits(
        ["Marianne Cole became Chief Executive in October 2021, succeeding Derek Hollins.",
         "The council welcomed the June 2023 judgement."],
        title="Council news",
    )
    asked = read_question("What did chief executive Marianne Cole say about the 2023 judgement?")
    assert composer.compose(asked, hits).refused


def test_a_question_at_a_numbered_visit_is_answered_from_that_visits_letter(
    index_folder, tmp_path
) -> None:
    """ "At the second monitoring visit, what share …?": the second visit's letter is read,
    though other documents, richer in the question's words, rank above it (a probe
    record's follow-up had been answered with the first visit's figure alone)."""
    from conftest import write_record

    def letter(ordinal: str, finding: str) -> str:
        return (
            "Monitoring visit to Ashcombe children's services\n\n"
            f"This letter summarises the findings of the {ordinal} monitoring visit.\n\n"
            f"{finding}\n"
        )

    record = {
        "visit-1.txt": (
            "Ofsted,monitoring visit letter,2022-11-15",
            letter("first", "The proportion of strategy discussions attended by a health "
                   "professional was 12%, and strategy discussions with a health "
                   "professional were rare."),
        ),
        "visit-2.txt": (
            "Ofsted,monitoring visit letter,2023-03-15",
            letter("second", "Leaders have worked with partners at the front door. Health "
                   "staff now take part in 71% of strategy meetings."),
        ),
    }
    for n, (kind, share) in enumerate((("inspection report", 9), ("board report", 15))):
        text = (
            f"Ashcombe {kind}\n\nThe proportion of strategy discussions attended by a "
            f"health professional was {share}%. Strategy discussions need a health "
            "professional, and the proportion attending is reported to the board.\n"
        )
        record[f"doc-{n}.txt"] = (f"Ashcombe Council,{kind},2022-0{n + 5}-01", text)
    folder = tmp_path / "record"
    folder.mkdir()
    write_record(folder, record)
    assistant = index_folder(folder, tmp_path / "index").assistant
    answer = assistant.ask(
        "At the second monitoring visit, what proportion of strategy discussions did a "
        "health professional attend?"
    )
    assert "71%" in quoted_part(answer.text), answer.text
    # ...and the first visit's letter does not give its figure as the second visit's
    assert "12%" not in quoted_part(answer.text), answer.text


@pytest.mark.parametrize(
    "table",
    [
        # laid out in spaces, as text copied out of a PDF
        "5.1 Key measures:\n\n"
        "    Measure                      Mar 2022  Mar 2023  Jan 2025\n"
        "    Contacts decided in a day       61%       93%       96%\n"
        "    Social worker vacancy rate      29%       24%       14%\n",
        # bars, blank lines between the rows (a web page's or Markdown's table)
        "5.1 Key measures:\n\n"
        "| Measure | 2021/22 | 2022/23 | Q3 2024/25 |\n|---|---|---|---|\n"
        "| Contacts decided in a day | 61% | 93% | 96% |\n"
        "| Social worker vacancy rate | 29% | 24% | 14% |\n",
    ],
    ids=["spaces", "bars"],
)
def test_a_table_row_is_quoted_with_the_header_that_dates_its_columns(
    index_folder, tmp_path, table
) -> None:
    """A row's figures are of the dates its table's header gives ("Social worker vacancy
    rate 29% 24% 14%" says nothing of when): the answer quotes the header after the row
    (two probe records' as-of questions had been answered by a row alone)."""
    from conftest import write_record

    report = (
        "Improvement board update\n\n"
        "The board reviewed performance across the service at its February meeting.\n\n"
        f"{table}\n"
        "Leaders expect further progress in the coming year.\n"
    )
    folder = tmp_path / "record"
    folder.mkdir()
    suffix = "md" if "|" in table else "txt"
    write_record(folder, {f"update.{suffix}": ("Ashcombe Council,report,2025-02-27", report)})
    answer = index_folder(folder, tmp_path / "index").assistant.ask(
        "What was the social worker vacancy rate?"
    )
    text = quoted_part(answer.text)
    row = text.find("14%")
    assert row >= 0, answer.text
    assert re.search(r"Measure \|? ?(?:Mar 2022|2021/22)", text[row:]), answer.text


def test_an_abbreviation_the_record_defines_answers_for_its_long_form(
    index_folder, tmp_path
) -> None:
    """ "Average PA caseloads had fallen to 19" answers a question about personal advisers
    when the record says "personal advisers (PAs)" somewhere (a probe record's follow-up
    had been refused: the sentence held none of the question's words)."""
    from conftest import write_record

    from app.wording import defined_abbreviations
    from index.lexical import stems

    assert defined_abbreviations(
        ["relationships with personal advisers (PAs) and", "in education, employment or "
         "training (EET) is", "the Care Quality Commission (CQC)", "a visit (July)",
         "sent to the Department for Education (DfE) in May", "the chair (Mr) and"]
    ) == {
        "PA": frozenset(stems("personal advisers")),
        "EET": frozenset(stems("education employment training")),
        "CQC": frozenset(stems("Care Quality Commission")),
        "DfE": frozenset(stems("Department for Education")),
    }
    report = (
        "Care leavers report\n\n"
        "Care leavers benefit from consistent relationships with personal advisers (PAs), "
        "who keep in touch with them.\n\n"
        "Housing for care leavers remains hard to find, and some young people move often.\n"
    )
    minutes = (
        "Corporate parenting panel minutes\n\n"
        "Members heard that the leaving care team was now fully staffed. Average PA caseloads "
        "had fallen further, to 19.\n"
    )
    folder = tmp_path / "record"
    folder.mkdir()
    write_record(
        folder,
        {
            "report.txt": ("Ofsted,inspection report,2023-11-20", report),
            "minutes.txt": ("Ashcombe Council,minutes,2024-03-13", minutes),
        },
    )
    answer = index_folder(folder, tmp_path / "index").assistant.ask(
        "What was the average caseload of personal advisers?"
    )
    assert "to 19" in answer.text, answer.text


def test_who_signed_a_letter_is_the_name_under_its_sign_off(index_folder, tmp_path):
    """A letter's or a direction's signature ("Signed on behalf of the Secretary of State |
    Deborah Lyle | Director, …") names who signed it: the name on a line of its own is read
    with the post under it, and the sign-off says what the name did (a hold-out record's
    "who signed the statutory direction?" had been refused, dev i24)."""
    direction = (
        "Statutory direction to Elmbury Borough Council\n\n"
        "The Secretary of State directs the council to co-operate with the Children's "
        "Services Commissioner and to provide her with the information she needs.\n\n"
        "The direction will remain in force until it is revoked by the Secretary of State.\n\n"
        "Signed on behalf of the Secretary of State for Education\n\n"
        "Rosalind Achebe\nDirector, Children's Social Care Improvement and Intervention\n"
        "Department for Education\n"
    )
    letter = (
        "Monitoring visit to Elmbury children's services\n\n"
        "This letter summarises the findings of the monitoring visit. Inspectors found that "
        "leaders have improved the front door, and that caseloads have fallen.\n\n"
        "Yours sincerely\n\nOwen Tate\nHis Majesty's Inspector\n"
    )
    components = _indexed(
        index_folder, tmp_path, {"direction.txt": direction, "letter.txt": letter}
    )
    signed = components.assistant.ask("Who signed the statutory direction?")
    assert not signed.refused
    assert "Rosalind Achebe" in signed.text, signed.text
    assert "Owen Tate" not in signed.text, signed.text
    wrote = components.assistant.ask("Who signed the monitoring visit letter?")
    assert not wrote.refused
    assert "Owen Tate" in wrote.text, wrote.text


def test_a_target_the_record_never_gives_is_not_answered_by_the_plan(index_folder, tmp_path):
    """"What caseload target does the plan set?" asks for a figure: a record that names the
    plan and its priorities but gives no caseload target does not answer it, and one that
    gives the target does (a hold-out record's near miss had been answered with the plan's
    priorities, dev j87)."""
    plan = (
        "Post-intervention Improvement Plan 2025-27: progress report\n\n"
        "Cabinet approved the Post-intervention Improvement Plan 2025-27 on 14 October 2025. "
        "The plan sets out three priorities for social workers: the quality of child "
        "protection plans, services for disabled children, and fostering sufficiency.\n\n"
        "The improvement board will review progress against the plan every quarter.\n"
    )
    (tmp_path / "a").mkdir()
    components = _indexed(index_folder, tmp_path / "a", {"plan.txt": plan})
    missed = components.assistant.ask(
        "What caseload target does the Post-intervention Improvement Plan 2025-27 set for "
        "social workers?"
    )
    assert missed.refused, missed.text
    given = plan + "\nThe plan sets a caseload target of 18 children for each social worker.\n"
    (tmp_path / "b").mkdir()
    components = _indexed(index_folder, tmp_path / "b", {"plan.txt": given})
    answered = components.assistant.ask(
        "What caseload target does the Post-intervention Improvement Plan 2025-27 set for "
        "social workers?"
    )
    assert not answered.refused
    assert "18 children" in answered.text, answered.text


def test_a_who_answer_goes_on_about_its_person_not_the_next_one_named(index_folder, tmp_path):
    """"Who did the government appoint as commissioner?" is answered by the commissioner's
    appointment and what is said of her, not by the next person the record names beside it
    (a new director; dev n11 had gone on to the current director)."""
    story = (
        "Government appoints commissioner for Elmbury children's services\n\n"
        "The Department for Education has appointed Frances Oduya as children's services "
        "commissioner for Elmbury. Frances Oduya was previously director of children's "
        "services in two councils.\n\n"
        "Dr Anjali Rao has been appointed by the council as its new Director of Children's "
        "Services, and will work with the commissioner from January.\n"
    )
    components = _indexed(index_folder, tmp_path, {"story.txt": story})
    answer = components.assistant.ask(
        "Who did the government appoint as children's services commissioner for Elmbury?"
    )
    assert "Frances Oduya" in answer.text, answer.text
    assert "Anjali Rao" not in answer.text, answer.text


_VOTE_MINUTES = (
    "Minutes of the Children and Young People Scrutiny Committee\n\n"
    "Present: Councillors Ambler, Garside, Holt and Pryce.\n\n"
    "42. Caseload data\n\n"
    "The Director reported that caseloads in the assessment teams averaged 22 children. "
    "Members asked how often caseload figures were published.\n\n"
    "Councillor Ambler moved, and Councillor Garside seconded, that the committee ask "
    "Cabinet to publish monthly data on caseloads. On being put to the vote, the motion was "
    "carried, with 6 votes for, 3 against and 1 abstention.\n\n"
    "43. Revised improvement plan\n\n"
    "The Director presented the revised improvement plan for 2024 to 2026.\n\n"
    "RESOLVED: That the committee supports the revised improvement plan and recommends it "
    "to Cabinet for approval. (For 8, Against 0, Abstentions 2)\n\n"
    "44. Date of next meeting\n\n"
    "The next meeting will be held on 4 June 2024.\n"
)


def test_a_motion_is_quoted_with_how_the_vote_went(record_assistant) -> None:
    """"Did the whole committee back the call?" is answered by the vote on the motion, not by
    the motion alone."""
    assistant = record_assistant(
        {"minutes.txt": ("Eastbrook Council,minutes,2024-03-05", _VOTE_MINUTES)}
    )
    answer = assistant.ask(
        "Did the whole scrutiny committee back the call for monthly caseload data?"
    )
    assert "moved" in answer.text, answer.text
    assert "3 against" in answer.text, answer.text
    # ...and a resolution with the count after it
    voted = assistant.ask("How did the scrutiny committee vote on the revised improvement plan?")
    assert "For 8, Against 0" in voted.text, voted.text
    # whether all backed it is searched for in the words a vote is recorded in
    from app.question import read_question

    searched = read_question("Did every cabinet member support the new posts?").search
    assert "against" in searched.split(), searched


_TRANSPORT_STORY = (
    "Transport overspend hits council budget\n\n"
    "The cost of home-to-school transport is expected to be £3.1m over budget this year, "
    "figures presented to the cabinet show.\n\n"
    "Council leader Ann Vale said the pressures were shared by councils across the country.\n\n"
    "Sophie Marchant, from Wrenmouth, whose son Alfie, 11, travels 34 miles each way to a "
    'specialist school, said the transport service had been "chaotic" this term.\n\n'
    '"He has had three different taxi firms and four different drivers since September," '
    'she said. "For a child like Alfie, that kind of change is massive."\n\n'
    "The council said a review of transport contracts would report in the spring.\n"
)


def test_what_someone_said_goes_on_with_their_next_words(record_assistant) -> None:
    """"What did the mother say …?" is answered with her words: the sentence that names her
    and the quote of hers that follows it, not her first sentence alone."""
    story = {"story.txt": ("The Echo,news,2024-11-19", _TRANSPORT_STORY)}
    answer = record_assistant(story).ask(
        "What did the Wrenmouth mother say about her son's school transport this term?"
    )
    assert "chaotic" in answer.text, answer.text
    assert "three different taxi firms" in answer.text, answer.text
    assert "Ann Vale" not in answer.text, answer.text


def test_what_someone_said_runs_on_while_their_quote_does(record_assistant) -> None:
    """Her words go on past the first quote while the quote does ("… four different
    drivers since September," she said. "For a child like Alfie, that kind of change is
    massive."), before anyone else's sentence on the subject."""
    story = {"story.txt": ("The Echo,news,2024-11-19", _TRANSPORT_STORY)}
    answer = record_assistant(story).ask(
        "What did the Wrenmouth mother tell the Echo about school transport this term?"
    )
    assert "chaotic" in answer.text, answer.text
    assert "three different taxi firms" in answer.text, answer.text
    assert "that kind of change is massive" in answer.text, answer.text


def test_passages_in_the_voice_asked_for_rank_first_among_near_equals() -> None:
    """"What did the council leader say …?": a passage where the council speaks comes before
    passages a little more like the question in words where nobody does, never before one
    far ahead; with no voice asked, the order stands."""
    from app.answer import W_VOICE_HIT, by_voice
    from index.retrieve import Hit
    from ingest.models import DocMeta, Document, Passage

    def hit(name: str, score: float, voice: str) -> Hit:
        text = f"A sentence of {name}."
        doc = Document(name, f"{name}.txt", "0", DocMeta(title=name), text)
        passage = Passage(f"{name}-0", name, 0, 0, len(text), 1, text, ((0, len(text)),))
        return Hit(passage, doc, score, 0.0, 0.0, ((0, len(text), voice),))

    hits = [
        hit("far", 1.0, "narration"),
        hit("near", 0.8, "narration"),
        hit("leader", 0.8 - W_VOICE_HIT / 2, "council"),
    ]
    assert [h.doc.doc_id for h in by_voice(hits, "council")] == ["far", "leader", "near"]
    assert [h.doc.doc_id for h in by_voice(hits, None)] == ["far", "near", "leader"]


def test_passages_of_the_numbered_event_asked_about_rank_first_among_near_equals() -> None:
    """"As of the second monitoring visit, how many …?": the second visit's letter, whose
    opening names it, comes before a passage a little more like the question in words from
    the inspection report; a question naming no numbered event keeps the order."""
    from app.answer import W_EVENT_HIT, by_event
    from index.retrieve import Hit
    from ingest.models import DocMeta, Document, Passage

    def hit(name: str, opening: str, score: float) -> Hit:
        text = f"{opening} At the time, many children were subject to a plan."
        doc = Document(name, f"{name}.txt", "0", DocMeta(title="Letter"), text)
        passage = Passage(f"{name}-0", name, 0, 0, len(text), 1, text)
        return Hit(passage, doc, score, 0.0, 0.0)

    hits = [
        hit("report", "This report sets out the inspection's findings.", 0.8),
        hit("second", "This was the second monitoring visit since the judgement.", 0.75),
        hit("first", "This was the first monitoring visit since the judgement.", 0.7),
    ]
    asked = "As of the second monitoring visit, how many children were on plans?"
    assert W_EVENT_HIT > 0.05
    assert [h.doc.doc_id for h in by_event(hits, asked)] == ["second", "report", "first"]
    assert [h.doc.doc_id for h in by_event(hits, "")] == ["report", "second", "first"]


_FUNDING_MINUTES = (
    "Cabinet minutes: 17 October 2024\n\n"
    "Children's services improvement plan and funding\n\n"
    "RESOLVED:\n\n"
    "(a) To approve the revised improvement plan.\n\n"
    "(b) To approve additional recurring revenue funding of £5.4 million a year for "
    "children's social care from 2025/26.\n\n"
    "(c) To approve one-off funding of £1.9 million from reserves in 2024/25 for a "
    "recruitment and retention package for social workers.\n"
)


def test_a_sum_approved_in_a_month_may_be_for_the_year_after(record_assistant) -> None:
    """"How much recurring money did the cabinet approve in October 2024?" is answered by
    the sum approved then for 2025/26, not by another sum because it is dated 2024/25."""
    minutes = {"minutes.txt": ("Eastbrook Council,minutes,2024-10-17", _FUNDING_MINUTES)}
    answer = record_assistant(minutes).ask(
        "How much extra recurring money did the cabinet approve for children's social care "
        "in October 2024?"
    )
    assert "£5.4 million" in answer.text.split("[1]")[0], answer.text


_WORKFORCE_REPORT = (
    "Children's services workforce update\n\n"
    "As at 28 February 2022, 38% of social worker posts in frontline teams were filled by "
    "agency workers, and the vacancy rate among permanent social worker posts was 31%.\n\n"
    "Recruitment has been slower than planned, and the service has relied on agency staff "
    "to cover vacant posts in the assessment teams.\n\n"
    "At 31 October 2022, 43% of frontline posts were filled by agency workers, and annual "
    "turnover was 26%.\n"
)


def test_an_as_of_figure_is_led_by_the_one_dated_to_that_time(record_assistant) -> None:
    """"As of 31 October 2022, what share …?" leads with the figure the record dates to 31
    October 2022, not an earlier one more like the question in words; "during 2022" would
    not date it so precisely."""
    report = {"report.txt": ("Brentholm Council,report,2022-11-20", _WORKFORCE_REPORT)}
    answer = record_assistant(report).ask(
        "As of 31 October 2022, what share of social worker posts in frontline teams were "
        "filled by agency workers?"
    )
    assert not answer.refused, answer.text
    lead = answer.text.split("[1]")[0]
    assert "43%" in lead, answer.text

    from app.question import BY, TimeRef
    from app.times import dated_at

    october = TimeRef("by 31 October 2022", BY, "2022-10-31", "2022-10-31", "2022-10-31")
    assert dated_at("At 31 October 2022, 43% of posts", "2022-11-20", [october])
    assert not dated_at("During 2022, 43% of posts", "2022-11-20", [october])


_HEALTH_REPORT = (
    "Eastbrook Council: inspection of children's social care services\n\n"
    "Children in care do not always have their health needs assessed quickly enough. Only "
    "68% of initial health assessments were completed within 20 working days in the year to "
    "December 2021.\n\n"
    "Care leavers receive a good service from personal advisers.\n"
)
_HEALTH_LETTER = (
    "Monitoring visit to Eastbrook children's services\n\n"
    "The timeliness of initial health assessments for children in care must still improve, "
    "and leaders are working with health partners on it.\n\n"
    "Children in care are visited regularly by social workers who know them well.\n"
)


def test_a_figure_asked_by_a_time_is_not_given_from_a_report_years_before(
    record_assistant,
) -> None:
    """"What percentage … by January 2025?" asks how things stood by then: a 2022 report's
    figure for 2021 says how they stood then, and the 2025 letter gives none, so the record
    does not say; asked by January 2022, the report answers."""
    assistant = record_assistant(
        {
            "report.txt": ("Ofsted,report,2022-02-10", _HEALTH_REPORT),
            "letter.txt": ("Ofsted,letter,2025-02-20", _HEALTH_LETTER),
        }
    )
    asked = (
        "What percentage of initial health assessments for children in care were completed "
        "within 20 working days by {}?"
    )
    later = assistant.ask(asked.format("January 2025"))
    assert later.refused, later.text
    then = assistant.ask(asked.format("January 2022"))
    assert not then.refused, then.text
    assert "68%" in then.text, then.text

    from app.question import BY, TimeRef
    from app.times import stale_by

    by_2025 = TimeRef("by January 2025", BY, "2025-01", "2025-01-01", "2025-01-31")
    assert stale_by("Only 68% … in the year to December 2021.", "2022-02-10", [by_2025])
    # (a document of the time says how things stood then, whatever earlier date it compares)
    assert not stale_by("318 now, compared with 241 in March 2022.", "2025-01-10", [by_2025])


_ADOPTION_REPORT = (
    "Eastbrook Council: inspection of children's social care services\n\n"
    "Inspection dates: 22 January to 2 February 2024. The council opened a new children's "
    "home in April 2023.\n\n"
    "Most children in care benefit from stable homes. In the year before the inspection, 31 "
    "children were adopted from the council's care.\n\n"
    "Care leavers receive a good service from personal advisers.\n"
)


def test_a_period_before_the_inspection_is_the_months_up_to_its_report(record_assistant) -> None:
    """"In the year before the inspection, 31 children were adopted", in a report of March
    2024, counts the year to then: mostly 2023, so it answers how many were adopted in
    2023, not in 2024, of which the record says nothing."""
    assistant = record_assistant({"report.txt": ("Ofsted,report,2024-03-14", _ADOPTION_REPORT)})
    asked = "How many children were adopted from Eastbrook's care in {}?"
    in_2024 = assistant.ask(asked.format("2024"))
    assert in_2024.refused, in_2024.text
    in_2023 = assistant.ask(asked.format("2023"))
    assert not in_2023.refused, in_2023.text
    assert "31 children" in in_2023.text, in_2023.text

    from app.times import _dated

    assert _dated("In the six months before this visit, 91% were on time.", "2023-11-21") == [
        ("2023-05-22", "2023-11-21")
    ]


def test_before_an_event_of_a_year_is_before_some_day_of_it() -> None:
    """"Before the 2022 inspection" is before a day in 2022: "from January to March 2022"
    may be; "before 2022" it is not."""
    from app.question import time_refs
    from app.times import only_other_times

    said = "In the three months from January to March 2022, only 58% were held on time."
    (event,) = time_refs("How many were held on time before the 2022 inspection?")
    (year,) = time_refs("How many were held on time before 2022?")
    assert not only_other_times(said, "2022-05-04", [event])
    assert only_other_times(said, "2022-05-04", [year])


_LOOKED_AT_LETTER = "Focused visit to Eastbrook children's services\n\n" + "\n\n".join(
    f"Inspectors looked at how many children {what} by Eastbrook Council, and looked at "
    "the records of those children with their social workers and managers during the visit "
    "to the council's children's services, which were looked at in the previous visit too."
    for what in (
        "were referred to the front door",
        "were seen after a referral",
        "were discussed at strategy meetings",
        "were assessed within timescales",
        "were helped by the early help service",
        "were visited by their social workers",
        "were stepped down to early help",
        "were subject to child protection plans",
    )
)
_IN_CARE_REPORT = (
    "Eastbrook Council: inspection of children's social care services\n\n"
    "Children in care are visited regularly by social workers who know them well.\n\n"
    "At the time of the inspection, 304 children were in the care of Eastbrook Council. "
    "Decisions for children to come into care are appropriate.\n\n"
    "Care leavers receive a good service from personal advisers.\n"
)


def test_children_looked_after_are_searched_for_as_children_in_care(record_assistant) -> None:
    """"How many children were looked after?" finds the count of children "in the care of"
    the council, not the letter in which inspectors "looked at" much else."""
    assistant = record_assistant(
        {
            "letter.txt": ("Ofsted,monitoring letter,2024-02-01", _LOOKED_AT_LETTER),
            "report.txt": ("Ofsted,inspection report,2024-03-08", _IN_CARE_REPORT),
        }
    )
    answer = assistant.ask("How many children were looked after by Eastbrook Council?")
    assert "304" in answer.text, answer.text


def test_vacant_posts_are_counted_by_vacancies(record_assistant) -> None:
    """"How many social worker posts were vacant?" is answered by "93 vacancies for social
    workers": a vacant post is a vacancy."""
    story = (
        "Council struggles to recruit social workers\n\n"
        "Recruitment remains a major issue for the authority, with 93 vacancies for social "
        "workers leaving a need for more costly agency staff.\n\n"
        "The council said it had launched a new campaign to attract experienced staff.\n"
    )
    assistant = record_assistant({"story.txt": ("The Gazette,news,2023-12-01", story)})
    answer = assistant.ask("How many social worker posts were vacant at the end of 2023?")
    assert "93 vacancies" in answer.text, answer.text


def test_cases_are_counted_by_the_children_they_are(record_assistant) -> None:
    """"How many children's cases did Ofsted ask the council to review?" is answered by the
    count of children whose circumstances it asked to have reviewed."""
    story = (
        "Ofsted publishes inspection report\n\n"
        "During the inspection, Ofsted asked the council to review the circumstances of 21 "
        "children urgently.\n\n"
        "The council said senior managers had taken action where it was needed.\n"
    )
    assistant = record_assistant({"story.txt": ("Eastbrook Council,news,2022-03-04", story)})
    answer = assistant.ask("How many children's cases did Ofsted ask the council to review?")
    assert "21 children" in answer.text, answer.text


_REVIEW = (
    "Review of children's services in Eastbrook\n\n"
    "7. The emergency duty team continues to provide an appropriate response to children "
    "out of hours. The emergency duty team's managers know the children well.\n\n"
    "The emergency duty team was judged to require improvement to be good in 2019.\n\n"
    "Caseloads in the assessment teams are too high, and some social workers hold more than "
    "30 children.\n\n"
    "My recommendations are:\n\n"
    "R1. The council reduces caseloads so that no social worker in the assessment teams "
    "holds more than 18 children.\n\n"
    "R2. The council should appoint a permanent director of children's services.\n"
)


def test_a_recommendation_about_a_subject_is_one_the_record_makes(record_assistant) -> None:
    """"What did the review recommend about X?" is answered by a recommendation about X (an
    item of its list); with only findings about X in the record, it is not answered."""
    assistant = record_assistant({"review.txt": ("Eastbrook Council,report,2023-05-01", _REVIEW)})
    made = assistant.ask("What did the review recommend about caseloads?")
    assert "18 children" in made.text.split("[1]")[0], made.text
    assert "more than 30" not in made.text, made.text
    found_only = assistant.ask("What did the review recommend about the emergency duty team?")
    assert found_only.refused, found_only.text


_COMPLAINT = (
    "Mother criticises changes of social worker\n\n"
    'Jane Smith, a mother from Eastbrook, said: "We have had five social workers in a year, '
    'and every one of them asked us to tell our story again."\n\n'
    "She said families were tired of repeating their stories to new workers.\n"
)
_REPLY = (
    '\nA council spokesperson said: "We are sorry that the family has had so many changes '
    'of social worker, and we are recruiting more permanent staff."\n'
)




_HOMES = (
    "New children's homes for Eastbrook\n\n"
    "The council opened a new four-bed children's home, Larkspur House, in Alderbury in "
    "November 2024, and a second home is due to open in the spring of 2025.\n\n"
    "The council said the homes would mean fewer children living far from their families.\n"
)


def test_where_a_place_is_asks_for_its_name(record_assistant) -> None:
    """"Where is the new children's home?" is answered by the clause that names its place;
    "where is the second home?" is not, when the record never says."""
    assistant = record_assistant({"homes.txt": ("Eastbrook Council,news,2024-12-01", _HOMES)})
    first = assistant.ask("Where is the new four-bed children's home located?")
    assert "Alderbury" in first.text, first.text
    second = assistant.ask("Where will the second new children's home be located?")
    assert second.refused, second.text


_LETTER = (
    "Inspection of Eastbrook children's services\n\n"
    "Lead inspector: Helen Marsh, Her Majesty's Inspector\n\n"
    "Children in care told inspectors that they value their social workers, and the "
    "children in care council meets the lead member for children's services every term.\n"
)
_LEAD_MEMBER = (
    "\nCouncillor Sam Price, the lead member for children's services, met the children in "
    "care council in March.\n"
)




_UNION_STORY = (
    "Transport charge approved\n\n"
    "The cabinet approved a £750 charge for post-16 transport, which parents had opposed.\n\n"
    "Gary Nolan, branch secretary of Eastbrook UNISON, said the pressure was also being felt "
    "by staff.\n\n"
    '"Our members in the assessment teams are carrying workloads that are simply too high," '
    "he said.\n"
)


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("What did Gary Nolan of Eastbrook UNISON say about workloads?", True),
        ("What did Gary Nolan of Eastbrook UNISON say about the post-16 transport charge?", False),
        # the speaker's own matter is whatever they said
        ("What did Gary Nolan of Eastbrook UNISON say about his members?", True),
    ],
    ids=["on-topic", "never-on-topic", "own-matter"],
)
def test_what_someone_said_about_a_subject_is_their_words_on_it(
    record_assistant, question, answered
) -> None:
    """"What did Gary Nolan of the union say about X?" is answered by his words about X; with
    none, the record does not say, though he spoke of other things and X is in the story."""
    story = {"story.txt": ("The Echo,news,2024-11-19", _UNION_STORY)}
    answer = record_assistant(story).ask(question)
    assert answer.refused is not answered, answer.text
    if answered:
        assert "workloads" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "surname"),
    [
        ("What did Dave Mellor of Dunsmore UNISON say about recruitment?", "Mellor"),
        ("What did Graham Tullis, the improvement adviser, say about housing?", "Tullis"),
        ("What did the Children's Services Commissioner, Fiona Castleden, say?", "Castleden"),
        ("What did Herefordshire Council say about the report?", None),
    ],
)
def test_a_speaker_is_named_with_who_they_are(question, surname) -> None:
    from app.question import named_speaker

    assert named_speaker(question) == surname


_DIRECTORS = (
    "Leadership changes in Eastbrook\n\n"
    "The interim Director of Children's Services, Martin Hale, has been in post since "
    "September 2023, following the departure of the previous permanent director.\n\n"
    "The council is recruiting to its assistant director posts for safeguarding and for "
    "children in care.\n"
)
_ASSISTANT = "\nPriya Shah was appointed assistant director for safeguarding in May 2024.\n"




_ALLOWANCES = (
    "Minutes of Cabinet, 9 June 2015\n\n"
    "Mr Colin Shaw, a foster carer, asked whether the additional investment would include any "
    "increase in fostering allowances.\n\n"
    "The Interim Director replied that a review of fostering allowances was included in the "
    "improvement plan and would be reported to Cabinet in the autumn, but that no decision "
    "had yet been taken.\n"
)
_CONCLUDED = (
    "\nThe review of fostering allowances concluded that allowances should rise by 6% from "
    "April 2016.\n"
)


_ASKED = (
    "Commissioner's report on Eastbrook children's services\n\n"
    "I recommend that the council should:\n\n"
    "- appoint a permanent Director of Children's Services by September 2023;\n"
    "- enter a sector-led improvement partnership with Westbury City Council;\n"
    "- reduce the proportion of agency social workers to below 25%.\n"
)
_BEGAN = (
    "\nProgress since the report\n\n"
    "The improvement partnership with Westbury City Council began in June 2023, with "
    "practice leads from Westbury working alongside Eastbrook managers.\n"
)


_JOURNEY = (
    "Eastbrook's children's services are no longer inadequate, Ofsted said on Friday.\n\n"
    'Ruth Aldane, Children\'s Services Commissioner, said: "Eastbrook\'s journey shows what '
    'is possible when a council is honest about its failings."\n'
)
_DISABLED = (
    '\nMs Aldane added: "Services for disabled children are still too slow to assess '
    'what families need."\n'
)


_COMMISSIONED = (
    "Minutes of the Cabinet meeting held on 13 December 2022\n\n"
    "5. Ofsted focused visit: the council's response\n\n"
    "Cabinet agrees to commission an independent review of the council's handling of the "
    "findings of the 2020 focused visit.\n"
)
_REVIEWED = (
    "\n6. Independent review: findings\n\n"
    "The independent review concluded that the council had been too slow to act on the "
    "findings of the 2020 focused visit.\n"
)


_OUT_OF_HOURS = (
    "Inspection of Eastbrook children's social care services\n\n"
    "2. The council has been subject to a statutory direction since the Commissioner's "
    "review of its children's services in 2021.\n\n"
    "3. The emergency duty team responds appropriately to children who need help outside "
    "office hours.\n\n"
    "4. Managers do not always check the quality of plans.\n"
)
_SECOND_WORKER = (
    "\n5. The Commissioner's review recommended that the council add a second social worker "
    "to the emergency duty team at night.\n"
)


_CONFIRM_BY = (
    "Statutory direction to Eastbrook Council\n\n"
    "The Secretary of State has issued a statutory direction to Eastbrook Council.\n\n"
    "I would be grateful if you would confirm, by 6 May 2022, that the council accepts the "
    "direction and will co-operate fully with the commissioner.\n"
)
_CONFIRMED = (
    "\nThe council confirmed to the Department for Education on 3 May 2022 that it accepted "
    "the statutory direction.\n"
)

# ...and a notice's list of actions, each an instruction with no modal verb
_SUBMIT_BY = (
    "Improvement notice to Eastbrook Council\n\n"
    "The council is required to take the following actions:\n\n"
    "a) Work with the Department's adviser.\n\n"
    "b) Establish an improvement board with an independent chair.\n\n"
    "c) Submit to the Department, by 31 May 2024, an improvement plan agreed by the "
    "board.\n"
)
_SUBMITTED = "\nThe council submitted its improvement plan to the Department on 29 May 2024.\n"


_INQUIRY_CALL = (
    "Parents call for inquiry into Eastbrook children's services\n\n"
    'One mother said: "I think a public inquiry into children\'s services is the only way '
    'forward."\n\n'
    'A council spokesperson said: "We have appointed a new director, who starts in May, and '
    'we are recruiting more permanent social workers."\n'
)
_INQUIRY_REPLY = (
    '\nThe council said: "A public inquiry is not needed, because an independent review is '
    'already under way."\n'
)


_HANDOVER = (
    "Eastbrook Council news, 25 November 2022\n\n"
    "Sam Cole will become Interim Director of Children's Services on 1 December, following "
    "the departure of the previous director at the end of November.\n\n"
    "Sam Cole, who has been deputy director since 2020, said he was proud to step up.\n"
)
_DEPARTED = (
    "\nRosa Tran, Director of Children's Services since 2019, leaves the council at the end "
    "of November.\n"
)


# Each: a record without the passage that answers, and with it (file name, manifest row,
# text, the passage), the question, what the answer gives when the passage is there (in its
# first sentence, or anywhere), and whose name it never gives in place of the answer.
_WITH_OR_WITHOUT = {
    # "How did the council respond to the mother's complaint?" is answered by what the
    # council said, not by the complaint; with no words of the council, it is not answered.
    "a-body's-response": (
        ("story.txt", "The Gazette,news,2024-02-01", _COMPLAINT, _REPLY),
        "How did Eastbrook Council respond to the mother's complaint about social workers?",
        ("We are sorry", True),
        None,
    ),
    # "Who was the lead member …?" is answered by the name given for that post, never by the
    # lead inspector's; with none given, it is not answered.
    "a-person-in-a-post": (
        ("letter.txt", "Ofsted,inspection report,2019-05-01", _LETTER, _LEAD_MEMBER),
        "Who was the lead member for children's services?",
        ("Sam Price", False),
        "Helen Marsh",
    ),
    # "Who was appointed assistant director for safeguarding?" is not answered by the
    # interim director's name: an assistant's or deputy's post is another post.
    "an-assistant's-post": (
        ("news.txt", "Eastbrook Council,news,2024-06-01", _DIRECTORS, _ASSISTANT),
        "Who was appointed as the permanent assistant director for safeguarding?",
        ("Priya Shah", False),
        "Martin Hale",
    ),
    # "What was the outcome of the review …?" is answered by what the review concluded; a
    # review put off to a later meeting has no outcome in the record.
    "a-review's-outcome": (
        ("minutes.txt", "Eastbrook Council,minutes,2015-06-09", _ALLOWANCES, _CONCLUDED),
        "What was the outcome of the review of fostering allowances?",
        ("6%", True),
        None,
    ),
    # "When did the partnership with Westbury begin?" is not answered by the date of
    # another recommendation the same list gives.
    "a-partnership's-start": (
        ("report.txt", "Department for Education,commissioner report,2023-05-24", _ASKED, _BEGAN),
        "When did Eastbrook's sector-led improvement partnership with Westbury City Council "
        "begin?",
        ("June 2023", True),
        "September 2023",
    ),
    # "What did the Children's Services Commissioner say about services for disabled
    # children?" is not answered by her words on something else, introduced by her title.
    "a-speaker's-topic": (
        ("story.txt", "The Gazette,news,2025-03-01", _JOURNEY, _DISABLED),
        "What did the Children's Services Commissioner, Ruth Aldane, say about Eastbrook's "
        "services for disabled children?",
        ("too slow", False),
        "journey",
    ),
    # "What did the independent review … conclude?" is not answered by the decision to
    # commission it, nor "what did the review of … visit conclude?" read as asking of a visit.
    "a-review's-conclusion": (
        ("minutes.txt", "Eastbrook Council,minutes,2022-12-13", _COMMISSIONED, _REVIEWED),
        "What did the independent review of the council's handling of the 2020 focused visit "
        "conclude?",
        ("too slow", False),
        "agrees to commission",
    ),
    # "What did the commissioner's review recommend about the emergency duty team?" is not
    # answered by the inspectorate's numbered paragraph about the team.
    "a-body's-recommendation": (
        ("report.txt", "Ofsted,inspection report,2022-03-24", _OUT_OF_HOURS, _SECOND_WORKER),
        "What did the Commissioner's review recommend about the emergency duty team?",
        ("second social worker", False),
        "responds appropriately",
    ),
    # "On what date did the council confirm it accepted the direction?" is not answered by
    # the deadline the letter set for confirming.
    "a-date-not-a-deadline": (
        ("letter.txt", "Department for Education,letter,2022-04-20", _CONFIRM_BY, _CONFIRMED),
        "On what date did Eastbrook Council confirm to the Department for Education that it "
        "accepted the statutory direction?",
        ("3 May 2022", True),
        "6 May",
    ),
    "an-action's-deadline": (
        ("notice.txt", "Department for Education,notice,2024-04-18", _SUBMIT_BY, _SUBMITTED),
        "On what date did Eastbrook Council send its improvement plan to the Department?",
        ("29 May 2024", True),
        "31 May",
    ),
    # "Who was the director who left at the end of November?" is not answered by the name
    # of the one who takes the post up after her.
    "a-leaver's-name": (
        ("news.txt", "Eastbrook Council,news,2022-11-25", _HANDOVER, _DEPARTED),
        "Who was the Director of Children's Services who left Eastbrook at the end of "
        "November 2022?",
        ("Rosa Tran", True),
        "Sam Cole",
    ),
    # "How did the council respond to a parent's call for a public inquiry?" is answered by
    # what the council said of an inquiry, not by its words on something else.
    "a-response-to-a-call": (
        ("story.txt", "The Gazette,news,2023-12-01", _INQUIRY_CALL, _INQUIRY_REPLY),
        "How did Eastbrook Council respond to a parent's call for a public inquiry into "
        "children's services?",
        ("review is already under way", False),
        "new director",
    ),
}


@pytest.mark.parametrize("given", [False, True], ids=["without", "with"])
@pytest.mark.parametrize("case", list(_WITH_OR_WITHOUT))
def test_answered_only_with_the_passage_that_answers(record_assistant, case, given) -> None:
    """With the passage, the answer gives what it says; without it, the record is said not
    to answer, and nothing nearby (the complaint, another post's holder) stands in."""
    (name, row, text, passage), question, (expected, in_lead), never = _WITH_OR_WITHOUT[case]
    assistant = record_assistant({name: (row, text + (passage if given else ""))})
    answer = assistant.ask(question)
    if never is not None:
        assert never not in answer.text.replace("Closest material", ""), answer.text
    if not given:
        assert answer.refused, answer.text
    elif in_lead:
        assert expected in answer.text.split("[1]")[0], answer.text
    else:
        assert expected in answer.text, answer.text


_INTERIM = (
    "Eastbrook Council news, June 2022\n\n"
    "Tom Ash, the Director of Children's Services, left the council on 29 April 2022. Jane "
    "Keel, previously head of safeguarding, became interim Director of Children's Services "
    "in May 2022.\n\n"
    "The council leader said the service needed stable leadership after a difficult year.\n"
)
_MADE_PERMANENT = (
    "\nThe Director of Children's Services was appointed permanently in February 2023.\n"
)


@pytest.mark.parametrize("given", [False, True], ids=["without", "with"])
def test_a_follow_ups_date_is_of_what_it_names(record_assistant, given) -> None:
    """ "When was she made permanent in the role?" after "who became interim director?" is
    answered by the date she was made permanent, whoever the sentence names; not by the date
    her predecessor left (the conversation set's dev follow-ups had been answered so)."""
    assistant = record_assistant(
        {
            "news.txt": (
                "Eastbrook Council,news,2022-06-01",
                _INTERIM + (_MADE_PERMANENT if given else ""),
            )
        }
    )
    _, answer = _after(
        assistant,
        "Who became interim Director of Children's Services at Eastbrook after Tom Ash left?",
        "When was she made permanent in the role?",
    )
    assert "29 April" not in answer.text.replace("Closest material", ""), answer.text
    if given:
        assert "February 2023" in answer.text.split("[1]")[0], answer.text
    else:
        assert answer.refused, answer.text


_STARTS = (
    "Eastbrook Council cabinet minutes, 10 October 2024\n\n"
    "The Chief Executive reported that the appointments committee had appointed Ana Ruiz as "
    "the council's permanent Director of Children's Services. Ms Ruiz will take up the post "
    "on 6 January 2025.\n"
)


def test_when_someone_starts_is_when_they_take_up_the_post(record_assistant) -> None:
    """ "When did she start in Eastbrook?" asks the day she took up the post: "start" names
    what is dated, not a subject the sentence must repeat (a two-part follow-up of the eight
    records had been refused for want of it)."""
    assistant = record_assistant({"minutes.txt": ("Eastbrook Council,minutes,2024-10-10", _STARTS)})
    _, answer = _after(
        assistant,
        "Who did the council appoint as its permanent Director of Children's Services?",
        "When did she start in Eastbrook?",
    )
    assert not answer.refused, answer.text
    assert "6 January 2025" in answer.text, answer.text


def test_a_body_of_people_is_not_a_persons_name(record_assistant) -> None:
    """ "Who is the cabinet member for children, education and families?" is answered by
    the councillor named in the post, not by "Eastbrook Parent Carer Forum", whose
    letter speaks of its members (the conversation set's dev fs06 had been answered so)."""
    assistant = record_assistant(
        {
            "letter.txt": (
                "Eastbrook Parent Carer Forum,letter,2025-01-20",
                "An open letter from Eastbrook Parent Carer Forum\n\n"
                "We are writing to the cabinet on behalf of the 900 families who are members "
                "of Eastbrook Parent Carer Forum, because the promises made on the education "
                "of children in Eastbrook families are at risk.\n",
            ),
            "story.txt": (
                "Eastbrook Echo,news,2024-11-20",
                "Children's services overspend grows\n\n"
                "The council expects to overspend its children's services budget again.\n\n"
                "Cabinet member for children, education and families Cllr Omar Blake said "
                'the pressures were "national, not local".\n',
            ),
        }
    )
    answer = assistant.ask(
        "Who is Eastbrook's cabinet member for children, education and families?"
    )
    assert "Omar Blake" in answer.text.split("[1]")[0], answer.text


_CARE_LEAVERS_LETTER = (
    "Monitoring visit to Eastbrook children's services\n\n"
    "This letter summarises the findings of the fourth monitoring visit to Eastbrook "
    "children's services, carried out on 14 and 15 November 2023.\n\n"
    "The quality of pathway plans for 16- and 17-year-olds remains too variable, and some "
    "plans do not say where young people will live.\n\n"
    "Pathway plans for 17-year-olds are too often completed late.\n\n"
    "Personal advisers know their young people well and keep in touch with most of them.\n\n"
    "Care leavers in custody are not consistently visited, and two had not been seen for "
    "three months.\n"
)


def test_what_about_another_subject_is_answered_about_it(record_assistant) -> None:
    """ "What about care leavers in custody?" after "what did inspectors find about pathway
    plans…?" asks the same of them, "in custody" and all: not the earlier subject's findings
    (the conversation set's dev fb04 had been answered with pathway plans first)."""
    assistant = record_assistant(
        {"letter.txt": ("Ofsted,monitoring visit letter,2023-12-12", _CARE_LEAVERS_LETTER)}
    )
    _, answer = _after(
        assistant,
        "What did inspectors find about pathway plans at the fourth monitoring visit?",
        "What about care leavers in custody?",
    )
    assert "not consistently visited" in answer.text.split("[1]")[0], answer.text
    assert "pathway plans" not in answer.text.lower(), answer.text


def test_not_registered_is_said_unregistered_too(record_assistant) -> None:
    """ "And at the second monitoring visit?" after "how many children were living in homes
    not registered with Ofsted…?" is answered by "…living in unregistered provision": the
    record says "not X" as "unX" (the conversation set's dev fw04 had been answered with how
    many lived far from home)."""
    report = (
        "# Inspection of Westbrook children's services\n\n"
        "At the time of the inspection, seven children were living in unregistered "
        "provision.\n\n"
        "The council's two children's homes are registered with Ofsted and rated good.\n"
    )
    letter = (
        "# Monitoring visit to Westbrook children's services\n\n"
        "This was the second monitoring visit since the local authority was judged "
        "inadequate.\n\n"
        "At the time of this visit, three children were living in unregistered provision, "
        "compared with seven at the time of the inspection. Managers told inspectors that a "
        "new recording system is now in use.\n\n"
        + "".join(
            f"Paragraph {n} sets out the council's plans for its family hubs, its budget for "
            "the coming year and its new offices.\n\n"
            for n in range(1, 6)
        )
        + "At the time of this visit, 88 children were living more than 20 miles from their "
        "home address.\n"
    )
    assistant = record_assistant(
        {
            "report.txt": ("Ofsted,inspection report,2024-03-14", report),
            "letter.txt": ("Ofsted,monitoring visit letter,2025-02-11", letter),
        }
    )
    _, answer = _after(
        assistant,
        "How many children were living in homes not registered with Ofsted at the time of "
        "the inspection?",
        "And at the second monitoring visit?",
    )
    assert "three children" in answer.text.split("[1]")[0], answer.text


def test_a_follow_up_is_not_led_by_the_sentence_just_quoted(index_folder, tmp_path):
    """The person has just read the previous answer's sentence, which answered that
    question: a follow-up leads with another, unless the quoted one holds what the
    follow-up newly asks."""
    files = {
        "news.md": (
            "# New director for children's services\n\n"
            "Dr Ana Ruiz was appointed as the council's Director of Children's Services by "
            "the appointments panel on 12 June 2023.\n\n"
            "Dr Ruiz started work as director on 4 September 2023, after three months' notice "
            "at her previous council.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    first = "Who was appointed as Director of Children's Services in June 2023?"
    earlier, answer = _after(assistant, first, "When did she start work as director?")
    assert _split(earlier.text)[0][0].startswith("Dr Ana Ruiz was appointed")
    assert _split(answer.text)[0][0].startswith("Dr Ruiz started work"), answer.text
    # what was quoted may lead again where it holds what is newly asked
    _, again = _after(assistant, first, "Which panel chose her?")
    assert _split(again.text)[0][0].startswith("Dr Ana Ruiz was appointed"), again.text


def test_who_led_an_inspection_is_read_from_its_reports_own_field(index_folder, tmp_path):
    """"Lead inspector: X" in a report's front matter states who led it (a field, not a
    heading); asked about one inspection, the answer goes on with no other inspection's
    lead inspector."""
    files = {
        "report.md": (
            "# Inspection of Ashdown children's services\n\n"
            "Published: 18 March 2022\n\n"
            "Inspection dates: 24 January 2022 to 4 February 2022\n\n"
            "Lead inspector: Anna Pryce, His Majesty's Inspector\n\n"
            "Children wait too long for help when concerns are first raised.\n"
        ),
        "briefing.md": (
            "# Members' briefing on the re-inspection\n\n"
            "Published: 10 June 2025\n\n"
            "Ofsted re-inspected the council's children's services between 3 and 14 March "
            "2025. The lead inspector was Tom Hale HMI. Services now require improvement to "
            "be good, a step up from the inadequate judgement of March 2022.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    first = assistant.ask("Who was the lead inspector for Ofsted's 2022 inspection?")
    assert "Anna Pryce" in first.text, first.text
    assert "Tom Hale" not in first.text, first.text


def test_a_field_in_the_passage_after_the_one_retrieved_is_read(index_folder, tmp_path):
    """A report's front matter is cut between passages: the opening, retrieved for "who led
    the February 2022 inspection?", gives its dates, and the passage after it names the lead
    inspector. That passage is read before the record is said not to answer, though others
    about the inspection rank above it."""
    finding = (
        "At the inspection, Ofsted found that {}. Leaders of Ashdown's services for children "
        "had not led this work well enough since 2019.\n\n"
    )
    findings = (
        "children wait too long for help when concerns are first raised",
        "strategy discussions are not held quickly enough",
        "plans for children in need are too often vague",
        "the quality of assessments is poor in most cases",
        "managers do not oversee the work of social workers closely enough",
        "care leavers do not always know what support they are entitled to",
    )
    files = {
        "report.md": (
            "# Inspection of Ashdown children's services\n\n"
            "Ashdown Borough Council: inspection of children's social care services by Ofsted. "
            "Inspection dates: 7 February 2022 to 18 February 2022. The inspection was carried "
            "out under the inspection of local authority children's services framework.\n\n"
            "Lead inspector: Fiona Marchetti, His Majesty's Inspector. Report published: 24 "
            "March 2022. Judgement: the impact of leaders on social work practice with "
            "children and families is inadequate. Overall effectiveness is inadequate.\n\n"
            + "".join(finding.format(f) for f in findings)
        ),
        "news.md": (
            "# Ofsted inspection finds Ashdown children's services inadequate\n\n"
            "Published: 25 March 2022\n\n"
            "The February 2022 Ofsted inspection of Ashdown's children's services found them "
            "inadequate. Leaders said they accepted the findings of the inspection in full.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask(
        "Who led Ofsted's February 2022 inspection of Ashdown's children's services?"
    )
    assert not answer.refused, answer.text
    assert "Fiona Marchetti" in answer.text, answer.text


def test_a_name_asked_for_a_post_is_the_name_said_with_that_post(index_folder, tmp_path):
    """"What is the name of the council's chief executive?" is not answered by a list of the
    people met that names others and mentions the chief executive without a name; it is by
    a name said with the post."""
    files = {
        "review.md": (
            "# Commissioner's review of Ashdown Borough Council\n\n"
            "Published: 20 July 2022\n\n"
            "I held 60 interviews, including with the leader of the council, Councillor Jo "
            "Pell, the lead member for children's services, Councillor Sam Reid, the leaders "
            "of both opposition groups, the chief executive, the director of finance and "
            "partners.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    asked = "What is the name of Ashdown Borough Council's chief executive?"
    assert assistant.ask(asked).refused


def test_a_parts_grade_is_not_the_inspections_overall_grade(index_folder, tmp_path):
    """"What grade did care leavers' services receive at the 2025 inspection?" is answered
    with care leavers' grade, not the overall judgement the timeline holds for that
    inspection; "what grade did the council get…?" with the overall one."""
    files = {
        "briefing.md": (
            "# Members' briefing on the inspection\n\n"
            "Published: 10 June 2025\n\n"
            "Ofsted inspected the council's children's services between 3 and 14 March 2025. "
            "The report was published on 16 May 2025 and judged the overall effectiveness of "
            "the council's children's services to require improvement to be good.\n\n"
            "Progress update: the 2025 inspection judged care leavers' services good.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    part = assistant.ask("What grade did care leavers' services receive at the 2025 inspection?")
    assert "care leavers' services good" in part.text, part.text
    whole = assistant.ask("What grade did the council get at the 2025 inspection?")
    assert "require improvement" in whole.text, whole.text


@pytest.mark.parametrize(
    ("sentence", "answered"),
    [
        ("I chair the improvement board, which held its sixth meeting on 9 January 2025.",
         False),
        ("On 9 January 2025 the improvement board agreed to close the old improvement plan.",
         True),
    ],
)
def test_what_was_agreed_at_a_meeting_is_what_that_body_agreed(sentence, answered):
    """ "What was agreed at the improvement board on 9 January 2025?" is answered by what
    the board agreed, not by a note that it met that day."""
    hits, composer = _passages_as_hits([sentence, "The council welcomed the letter."])
    asked = read_question("What was agreed at the improvement board on 9 January 2025?")
    assert composer.compose(asked, hits).refused is not answered


@pytest.mark.parametrize(
    ("question", "sentence", "answered"),
    [
        ("On what date was the statutory direction lifted?",
         "On 10 January 2023 the Secretary of State issued a statutory direction to the "
         "council.", False),
        ("On what date was the statutory direction issued?",
         "On 10 January 2023 the Secretary of State issued a statutory direction to the "
         "council.", True),
        # a verb that says only that it happened: any date of the event answers
        ("When was the inspection carried out?",
         "The inspection took place between 7 and 18 March 2022.", True),
        # ...and the trade's other word for what was done
        ("On what date was the statutory direction lifted?",
         "The minister confirmed that the statutory direction would be revoked with effect "
         "from 30 November 2018.", True),
        # ...said as done by someone
        ("When did the council submit its written statement of action?",
         "The written statement of action was agreed by Cabinet in November 2022.", False),
        ("When did the council submit its written statement of action?",
         "The council submitted its written statement of action on 3 March 2023.", True),
    ],
)
def test_when_something_was_done_is_the_date_of_that(question, sentence, answered):
    hits, composer = _passages_as_hits(
        [sentence, "The council welcomed the letter."], title="Report to cabinet"
    )
    assert composer.compose(read_question(question), hits).refused is not answered


@pytest.mark.parametrize(
    ("question", "sentence", "answered"),
    [
        # a date said after "since" is the date of what the clause names
        ("When did the second monitoring visit take place?",
         "The letter reports the second monitoring visit since the service was judged "
         "inadequate in May 2021.", False),
        ("When was the service judged inadequate?",
         "The letter reports the second monitoring visit since the service was judged "
         "inadequate in May 2021.", True),
        # ...and a sentence dating the event itself answers, "since" or not
        ("When did the second monitoring visit take place?",
         "Since then, the second monitoring visit took place on 4 and 5 October 2022.", True),
    ],
)
def test_a_date_measured_from_dates_what_the_since_clause_names(question, sentence, answered):
    hits, composer = _passages_as_hits(
        [sentence, "The council welcomed the letter."], title="Report to cabinet"
    )
    assert composer.compose(read_question(question), hits).refused is not answered


def test_since_when_is_asked_by_the_date_after_since() -> None:
    hits, composer = _passages_as_hits(
        ["The family has been known to the service since 2011 through concerns of neglect.",
         "The council welcomed the letter."],
        title="News story",
    )
    answer = composer.compose(read_question("Since when has the family been known?"), hits)
    assert not answer.refused
    assert "2011" in answer.text, answer.text


@pytest.mark.parametrize(
    "line",
    [
        "Councillor Ann Moss (Leader of the Independent Group)",
        "Young people: two representatives of the children in care council.",
        "Present: Councillor Ann Moss (Chair), Councillor Raj Patel.",
    ],
)
def test_an_attendance_line_answers_who_but_nothing_said(line):
    hits, composer = _passages_as_hits(
        [line, "The panel thanked officers for the report."], title="Minutes of the panel"
    )
    said = composer.compose(read_question("What did Councillor Moss ask the panel to do?"), hits)
    assert line not in said.text, said.text
    who = composer.compose(read_question("Who chaired the panel?"), hits)
    assert not who.refused or "Chair" not in line, who.text


@pytest.mark.parametrize(
    ("question", "sentence", "answered"),
    [
        (
            "When did Alan Price leave his post?",
            "Alan Price took up his post as director in October 2017.",
            False,
        ),
        ("When did Alan Price leave his post?", "Alan Price left the council in March 2021.", True),
        (
            "When did Alan Price start as director?",
            "Alan Price left the council in March 2021.",
            False,
        ),
        (
            "When did Alan Price start as director?",
            "Alan Price took up his post as director in October 2017.",
            True,
        ),
    ],
)
def test_leaving_and_starting_dates_are_not_each_other(question, sentence, answered):
    hits, composer = _passages_as_hits([sentence, "The council welcomed the letter."], "News")
    assert composer.compose(read_question(question), hits).refused is not answered


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("By how much were fostering allowances increased in 2016?", False),
        ("By how much was the children's services budget increased in 2016?", True),
    ],
)
def test_by_how_much_asks_of_what_changed(question, answered):
    hits, composer = _passages_as_hits(
        [
            "An increase of £4.6 million in the children's services budget from 2016 was agreed.",
            "The council welcomed the letter.",
        ],
        "Minutes of Cabinet",
    )
    assert composer.compose(read_question(question), hits).refused is not answered


def test_how_often_is_no_part_of_what_a_figure_is_of():
    hits, composer = _passages_as_hits(
        [
            "The department's annual budget has risen to £50.8m this year.",
            "Turnover of social workers stood at 32% in 2023.",
        ],
        "News",
    )
    answer = composer.compose(
        read_question("What is the annual turnover rate of social workers?"), hits
    )
    assert "32%" in answer.text, answer.text
    assert "budget" not in answer.text, answer.text




def test_a_judgement_measured_from_is_an_earlier_one(index_folder, tmp_path):
    """A 2025 report's "the three years since Ofsted judged the service inadequate" does not
    say what a 2025 inspection judged."""
    files = {
        "board-report.md": (
            "# Improvement board: progress report\n\n"
            "Published: 27 February 2025\n\n"
            "This report updates the board on progress against the improvement plan. It also "
            "looks back over the three years since Ofsted judged Ashdown's children's services "
            "inadequate, before the board reviews its own role.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask("What overall judgement did Ofsted give Ashdown at its 2025 inspection?")
    assert answer.refused, answer.text


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("Who chairs the children's services improvement scrutiny panel?", False),
        ("Who chairs the children and families scrutiny committee?", True),
    ],
)
def test_a_body_asked_of_by_its_kind_is_named_so(question, answered):
    hits, composer = _passages_as_hits(
        ["Councillor Ann Moss, Chair of the Children and Families Scrutiny Committee, "
         "welcomed the progress report.",
         "The council welcomed the letter."],
        "Minutes of Cabinet",
    )
    assert composer.compose(read_question(question), hits).refused is not answered


def test_no_counts_only_what_is_asked_of():
    """"No decision had yet been taken" says nothing of by how much allowances rose."""
    hits, composer = _passages_as_hits(
        ["The director replied that a review of fostering allowances would be reported to "
         "cabinet in the autumn, but that no decision had yet been taken.",
         "The council welcomed the letter."],
        "Minutes of Cabinet",
    )
    asked = read_question("By how much were fostering allowances increased after the review?")
    assert composer.compose(asked, hits).refused


def test_a_body_named_in_the_sentence_before_is_the_one_its_chair_chairs():
    hits, composer = _passages_as_hits(
        ["The SEND Improvement Board was first chaired by the chief executive. An independent "
         "chair, Dr Ruth Pell, was appointed on 12 February 2024.",
         "The council welcomed the letter."],
        "Report to cabinet",
    )
    answer = composer.compose(
        read_question("Who is the independent chair of the SEND Improvement Board?"), hits
    )
    assert "Ruth Pell" in answer.text, answer.text


def test_how_often_is_answered_by_a_rate_before_a_count():
    """ "How often should the board meet?" asks for a rate ("at least every six weeks"), not
    how many times it has met, though that sentence is retrieved first."""
    hits, composer = _passages_as_hits(
        [
            "Jo Lee, the independent chair of the improvement board, told the committee that "
            "the improvement board had met six times since it was set up.",
            "The council should establish an improvement board with an independent chair, to "
            "meet at least every six weeks.",
        ],
        "Report of the commissioner",
    )
    answer = composer.compose(read_question("How often should the improvement board meet?"), hits)
    assert answer.text.startswith("The council should establish"), answer.text


def test_an_as_of_question_does_not_leave_undated_material_out(index_folder, tmp_path_factory):
    """A date limit cannot place an undated source before or after it, so it is not left
    out by one: it may answer, and the answer says it drew on undated material (a hold-out
    record's undated scorecard had been left out, unsaid)."""
    record = {
        "scorecard.txt": (
            "Eastbrook Council,performance scorecard,",
            "Children's services performance scorecard\n\n"
            "At the end of September 2024, 426 children were in care.\n",
        ),
        "story.txt": (
            "Eastbrook Echo,news,2024-05-02",
            "Council approves new youth centre\n\nThe youth centre will open in the summer.\n",
        ),
    }
    from conftest import index_record

    components = index_record(record, index_folder, tmp_path_factory, "undated-scorecard")
    answer = components.assistant.ask("As of September 2024, how many children were in care?")
    assert not answer.refused, answer.text
    assert "426" in answer.text, answer.text
    assert "undated material" in answer.text, answer.text


_CARE_REPORT = "Annual report on children in care\n\n" + "\n\n".join(
    f"{n}. Children in care in Eastbrook {what}. How many children in care say so is "
    "followed by the children in care council, and children in care are asked each year."
    for n, what in enumerate(
        (
            "are helped to have a say about their care",
            "mostly live in homes that meet their needs",
            "have health assessments that are mostly timely",
            "are supported at school by the virtual school",
            "say their social workers change too often",
            "are visited regularly by their social workers",
            "who go missing are offered return interviews",
            "have plans that are reviewed on time",
        ),
        start=1,
    )
)
_HEADLINES_EMAIL = (
    "Quarterly performance: note to members\n\n"
    "The full quarterly dataset will be tabled at the meeting. Headlines at 31 March 2025:\n"
    "- children in care: 569 (611 at 31 December 2023);\n"
    "- agency social workers: 27.5% of posts;\n"
    "- assessments completed within 45 working days: 86%.\n"
)


def test_an_as_of_date_is_looked_for_in_the_passages(index_folder, tmp_path_factory):
    """ "As of 31 March 2025, how many …?" limits the material to what was published by
    then, and looks for the date too: the figure is in a list headed with it ("Headlines at
    31 March 2025: - children in care: 569") among many passages on children in care."""
    record = {
        "report.txt": ("Eastbrook Council,annual report,2025-02-10", _CARE_REPORT),
        "email.txt": ("Eastbrook Council,email,2025-04-20", _HEADLINES_EMAIL),
    }
    from conftest import index_record

    components = index_record(record, index_folder, tmp_path_factory, "headlines-email")
    answer = components.assistant.ask(
        "As of 31 March 2025, how many children were in care in Eastbrook?"
    )
    assert not answer.refused, answer.text
    assert "569" in answer.text, answer.text


_VISIT_SCOPE = " ".join(
    f"Inspectors looked at {what}, and spoke with social workers and their managers."
    for what in (
        "the help given to children in need",
        "the response to children at risk of harm",
        "the quality of plans and reviews",
        "management oversight of practice",
        "the timeliness of assessments",
        "the work of the multi-agency safeguarding hub",
        "supervision records and case audits",
        "the use of the pre-proceedings stage",
    )
)


def test_an_as_of_time_ranks_the_passages_about_it(index_folder, tmp_path_factory):
    """ "As of June 2024, how many …?" asks the count then: the time ranks the passages
    about it, as a time the question is about would, so the June 2024 visit's count leads,
    not the inspection's of a year before that shares the same words."""
    record = {
        "inspection.txt": (
            "Ofsted,inspection,2023-05-05",
            "Inspection of Eastbrook children's services\n\n"
            "Inspection dates: 6 to 17 March 2023.\n\n"
            + _VISIT_SCOPE
            + "\n\nThe number of children subject to child protection plans has risen from 388 in "
            "the year before to 455 at the time of the inspection.\n",
        ),
        "visit.txt": (
            "Ofsted,monitoring visit,2024-07-10",
            "Monitoring visit to Eastbrook children's services\n\n"
            "This letter summarises the findings of the monitoring visit to Eastbrook "
            "children's services on 4 and 5 June 2024.\n\n"
            + _VISIT_SCOPE
            + "\n\nFindings and evidence\n\n"
            "The number of children subject to child protection plans has reduced from 455 "
            "at the time of the inspection to 377.\n",
        ),
    }
    from conftest import index_record

    components = index_record(record, index_folder, tmp_path_factory, "as-of-ranks")
    answer = components.assistant.ask(
        "As of June 2024, how many children were subject to child protection plans?"
    )
    assert not answer.refused, answer.text
    assert answer.citations[0].doc_id == "visit", answer.text


def test_a_table_row_is_read_with_the_header_that_names_its_columns():
    """ "What was the average caseload of personal advisers in the leaving care service at
    31 March 2024?" is answered by the row "Leaving care (personal advisers) | 28.5 | 23.7",
    whose header, a passage apart, says the columns are average caseloads at two dates."""
    texts = [
        "Leaving care (personal advisers) | 28.5 | 23.7 | 30",
        "Average caseloads",
        "Service | Average caseload at 31 March 2023 | Average caseload at 31 March 2024 | "
        "Highest individual caseload at 31 March 2024",
        "Assessment teams | 26.1 | 21.4 | 29",
    ]
    # the document in reading order: heading, header, rows
    hits, composer = _passages_as_hits([texts[1], texts[2], texts[3], texts[0]], "Annual report")
    hits = [hits[3], hits[0], hits[1], hits[2]]  # the row retrieved first
    answer = composer.compose(
        read_question(
            "What was the average caseload of personal advisers in the leaving care service "
            "at 31 March 2024?"
        ),
        hits,
    )
    assert not answer.refused, answer.text
    assert "23.7" in answer.text


def test_a_list_item_is_of_the_time_its_lead_in_dates_it(index_folder, tmp_path):
    """ "- Children subject to a child protection plan: 541" under "The number of children
    in care fell to 1,097 at 31 December 2025, the lowest figure since 2020. Other headline
    measures:" is December's count: asked of September it is no answer, asked of December
    it is (the "since 2020" compares, it dates nothing)."""
    files = {
        "sources.csv": (
            "file,title,publisher,kind,published,about\n"
            "bulletin.txt,Members' bulletin,Eastbrook Council,bulletin,2026-02-13,\n"
        ),
        "bulletin.txt": (
            "Members' bulletin\n\n3. PERFORMANCE HEADLINES\n\n"
            "The number of children in care fell to 1,097 at 31 December 2025, the lowest\n"
            "figure since 2020. Other headline measures reported by the trust:\n\n"
            "- Children in care: 1,097\n"
            "- Children subject to a child protection plan: 541\n"
            "- Fostering households: 404\n\n"
            "4. MEMBER DEVELOPMENT\n\nA session on corporate parenting is planned.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    for month, answered in (("September", False), ("December", True)):
        answer = assistant.ask(
            f"How many children were on child protection plans at the end of {month} 2025?"
        )
        assert answer.refused is not answered, (month, answer.text)
        assert answered is ("541" in answer.text), answer.text


def test_a_figure_said_of_what_the_sentence_before_measured(index_folder, tmp_path):
    """ "The proportion was 49%, …" after "…too few care leavers aged 19 to 21 were in
    education, employment or training" answers what share of them were: the sentence before
    names what it measures. "This was rejected because…" points back at no measure."""
    files = {
        "visit.md": (
            "# Fourth monitoring visit: care leavers\n\n"
            "4.4 Inspectors also found that too few care leavers aged 19 to 21 were in "
            "education, employment or training. The proportion was 49%, which is below the "
            "average for similar councils.\n\n"
            "4.5 Personal advisers keep in touch with most care leavers.\n"
        ),
        "budget.md": (
            "# Budget report\n\n"
            "A proposal to spend £2 million from reserves on children's services in 2024/25 was "
            "considered. This was rejected because the general reserve would fall below £15 "
            "million.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask(
        "What share of care leavers aged 19 to 21 were in education, employment or training?"
    )
    assert "49%" in answer.text, answer.text
    overspend = assistant.ask("How much did children's services overspend in 2024/25?")
    assert "£15" not in overspend.text, overspend.text


def test_a_qualified_figure_is_of_what_the_sentence_before_describes(index_folder, tmp_path):
    """ "The additional cost of £310,000 a year has been approved" after "…the out-of-hours
    service will be staffed by four social workers on Friday and Saturday nights" is what
    those social workers cost: "the additional cost" points back as "the cost" does."""
    files = {
        "reply.md": (
            "# Response to the coroner's report\n\n"
            "Concern 2: out-of-hours staffing\n\n"
            "From 6 January 2025, the out-of-hours service will be staffed by four social "
            "workers on Friday and Saturday nights and three on other nights, increased from "
            "two. The additional cost of £310,000 a year has been approved by the council's "
            "Section 151 officer.\n\n"
            "Concern 3: schools\n\n"
            "The council has written to every headteacher about reduced timetables.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask("What is the annual cost of the extra out-of-hours social workers?")
    assert "£310,000" in answer.text, answer.text


def test_a_reply_in_an_interview_gives_the_count_the_question_asked(index_folder, tmp_path):
    """A radio interview's turns: "PRESENTER: How many children have you looked after?" |
    "BEV HALE: Thirty-one, over the twelve years." The reply's count is of what the
    question before it asked, though the reply names no children."""
    files = {
        "interview.txt": (
            "Morning Show transcript\n\n"
            "[00:01:40] PRESENTER: My guest is Bev Hale, a foster carer for twelve years.\n\n"
            "[00:01:51] PRESENTER: How many children have you looked after?\n\n"
            "[00:01:53] BEV HALE: Thirty-one, over the twelve years. Some for a weekend, some "
            "for years.\n\n"
            "[00:02:09] PRESENTER: And what would you change?\n\n"
            "[00:02:12] BEV HALE: The allowances, and being listened to.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask("How many children has foster carer Bev Hale looked after?")
    assert not answer.refused, answer.text
    assert "Thirty-one" in answer.text, answer.text


def test_a_reply_gives_the_figure_the_question_before_it_asked_for(index_folder, tmp_path):
    """Minutes give a question, then the reply: "… asked how many children had had more than
    three social workers in the previous year. The Director replied that the figure was 118
    children." The reply's figure is of what the question before it measured."""
    files = {
        "minutes.md": (
            "# Minutes of the Children's Scrutiny Committee\n\n"
            "5. Ms Lisa Marsden, on behalf of a parents' group, asked how many children had "
            "had more than three social workers in the previous year. The Director of "
            "Children's Services replied that the figure was 118 children.\n\n"
            "6. The committee noted the report on fostering.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask(
        "How many children had had more than three social workers in the previous year?"
    )
    assert "118" in answer.text, answer.text


def test_a_role_before_the_name_leaves_her_the_one_she_points_at(index_folder, tmp_path):
    """"The Commissioner for Children's Services, Gillian Thorne, addressed the Cabinet. She
    reminded members that her report … had recommended …": the role is hers, so "she" is
    her, and what she recommended is asked of that passage, not of the document the rest
    of the conversation came from, however much of the question it holds (a blind probe's
    dev follow-up of session 44 had been refused)."""
    release = (
        "Children's services commissioner appointed for Wrenfield County Council\n\n"
        "From: Department for Education\n\n"
        "Gillian Thorne has been appointed as Commissioner for Children's Services in "
        "Wrenfield. She will advise whether the council should continue to run its "
        "children's social care services or whether alternative delivery arrangements are "
        "needed.\n\n"
        'Gillian Thorne said: "I am looking forward to working with the council, its partners '
        "and, above all, with children and families in the county. My first priority will be "
        'to understand what it is like to be a child who needs help in the county today."\n'
    )
    minutes = (
        "Minutes of Cabinet, 17 October 2024\n\n"
        "4. The Commissioner for Children's Services, Gillian Thorne, addressed the Cabinet. "
        "She reminded members that her report, published on 29 August 2024, had recommended "
        "that children's social care should remain under the council's control. She would "
        "review progress again in the spring of 2025.\n"
    )
    components = _indexed(index_folder, tmp_path, {"release.md": release, "minutes.md": minutes})
    _, answer = _after(
        components.assistant,
        "Who did the government appoint as commissioner for Wrenfield's children's services?",
        "What did she recommend about who should run the county's children's social care?",
    )
    assert "remain under the council's control" in answer.text, answer.text


def test_a_figure_asked_per_week_is_given_at_that_rate():
    """"How much is the weekly allowance for foster carers?" is not answered by a sum added
    to allowances, nor "how many referrals a month…" by a year's count: the figure is given
    per week (or month), as asked; a year's figure needs no such words."""
    said = (
        "An amendment that would have added £2 million to allowances for foster carers "
        "was defeated by 39 votes to 22.",
        "The service received 4,800 referrals in 2023-24.",
    )
    hits, composer = _passages_as_hits(said, "Council minutes", "council")
    weekly = "How much is the weekly allowance for foster carers?"
    assert composer.compose(read_question(weekly), hits).refused
    monthly = "How many referrals did the service receive a month in 2023-24?"
    assert composer.compose(read_question(monthly), hits).refused
    yearly = composer.compose(read_question("How many referrals did it receive in 2023-24?"), hits)
    assert "4,800" in yearly.text, yearly.text

    rate = ("The allowance for foster carers rose to £310 a week from April.", *said)
    hits, composer = _passages_as_hits(rate, "Council minutes", "council")
    answer = composer.compose(read_question(weekly), hits)
    assert answer.text.startswith(rate[0]), answer.text


def test_a_post_held_for_good_is_not_one_held_for_now():
    """"On what date was she made permanent director?" is not answered by the day she joined
    as interim director, nor "when did she become interim director?" by the day she was made
    permanent; a sentence saying nothing of how the post is held may answer either."""
    interim = (
        "Ruth Kavanagh will join Brentholm as Interim Director of Children's Services on "
        "14 March 2022."
    )
    hits, composer = _passages_as_hits((interim,), "Council news", "council")
    permanent = "On what date was Ruth Kavanagh made permanent Director of Children's Services?"
    assert composer.compose(read_question(permanent), hits).refused
    joined = "When did Ruth Kavanagh become interim Director of Children's Services?"
    assert "14 March 2022" in composer.compose(read_question(joined), hits).text

    made = (
        "Ruth Kavanagh was appointed permanent Director of Children's Services on "
        "3 October 2022."
    )
    hits, composer = _passages_as_hits((interim, made), "Council news", "council")
    answer = composer.compose(read_question(permanent), hits)
    assert answer.text.startswith(made), answer.text
    assert "3 October" not in composer.compose(read_question(joined), hits).text


def test_an_inspectorates_grade_is_not_a_trackers_colour():
    """"What overall grade did the inspectors give?" is not answered by an action's RAG
    colour, though "what RAG rating did the scorecard give…?" is."""
    row = (
        "ref: IP11 | theme: Placements | action: Open a second children's home | owner: "
        "Service Manager | status: On track | rag: Green"
    )
    hits, composer = _passages_as_hits([row], "Improvement plan action tracker")
    graded = composer.compose(
        read_question("What overall grade did the inspectors give the second children's home?"),
        hits,
    )
    assert graded.refused, graded.text
    rated = composer.compose(
        read_question("What RAG rating did the tracker give the second children's home?"), hits
    )
    assert not rated.refused, rated.text
    assert "Green" in rated.text, rated.text


def test_how_often_a_board_meets_is_not_another_boards_count():
    """"How often does the Corporate Parenting Board meet?" is not answered by how often the
    Corporate Parenting Panel met; the board's own rate answers it."""
    other = "The Corporate Parenting Panel met only three times in the 12 months before the visit."
    hits, composer = _passages_as_hits(
        ["The Corporate Parenting Board meets regularly and hears from young people.", other],
        "Monitoring visit",
    )
    question = "How often does the Corporate Parenting Board meet?"
    assert composer.compose(read_question(question), hits).refused
    hits, composer = _passages_as_hits(
        ["The Corporate Parenting Board meets every six weeks and hears from young people.", other],
        "Monitoring visit",
    )
    answer = composer.compose(read_question(question), hits)
    assert "every six weeks" in answer.text, answer.text


def test_which_part_was_given_a_grade_is_answered_by_the_part_given_it(index_folder, tmp_path):
    """"Which part of the service was rated good when Ofsted came back?" is answered by the
    sentence giving a part that grade, not by the overall grade ("requires improvement to be
    good" names "good" as an aim) nor by a grade of another year (a hollinsby probe and an
    eldermere calibration question, dev, had been answered with the overall grade)."""
    story = (
        "Ofsted upgrades Fenwick children's services\n\n"
        "Published: 25 July 2025\n\n"
        "Ofsted has rated children's services in Fenwick as requires improvement to be good "
        "overall, following a two-week inspection in June 2025. The council was judged "
        "inadequate in 2021.\n\n"
        "How we got here\n\n"
        "2015: Ofsted rates Fenwick children's services good.\n\n"
        "2021: Ofsted rates the services inadequate.\n\n"
        "The lead member said the service was moving from requires improvement to good.\n\n"
        "Inspectors judged three of the four areas they looked at as requires improvement. "
        "The experiences and progress of care leavers were judged good, the first good grade "
        "for any part of the service since 2015.\n"
    )
    assistant = _indexed(index_folder, tmp_path, {"story.md": story}).assistant
    answer = assistant.ask(
        "Which part of the service was rated good when Ofsted came back in June 2025?"
    )
    assert not answer.refused, answer.text
    lead = _split(answer.text)[0][0]
    assert "care leavers were judged good" in lead, answer.text
    # ...and what fell short of a grade is not asked as what was given it
    short = assistant.ask("Which areas were not rated good in June 2025?")
    assert "care leavers were judged good" not in _split(short.text)[0][0], short.text


def test_the_grades_of_the_parts_are_read_after_the_overall_one(index_folder, tmp_path):
    """A report gives the parts' grades after the overall one, in a passage of its own that
    shares few of the question's words: with no giver of the time asked among the first
    passages, the passage running on from each is read (the eldermere hold-out's dev
    calibration question, session 51, had been answered with a 2015 grade)."""
    filler = " ".join(
        f"Ofsted said the service had come back strongly in area {n}, and was rated by "
        f"families in June 2025 as much better than before, part of a long recovery."
        for n in range(4)
    )
    story = (
        "Ofsted upgrades Fenwick children's services\n\n"
        "Published: 25 July 2025\n\n"
        "Ofsted has rated the service provided by Fenwick Council as requires improvement to "
        "be good overall, following a two-week inspection when Ofsted came back in June 2025, "
        "four years after the service was rated inadequate and placed under a statutory "
        "direction by the Department for Education. The council's leader welcomed the report "
        "and thanked staff across the service for their work since the last inspection, which "
        "had been carried out in the autumn of 2021 and rated the service inadequate.\n\n"
        "Inspectors judged three of the four areas they looked at as requires improvement. "
        "The experiences and progress of care leavers were judged good.\n\n"
        + "\n\n".join(filler for _ in range(3))
        + "\n\nHow we got here\n\n2015: Ofsted rates the service in Fenwick good.\n"
    )
    components = _indexed(index_folder, tmp_path, {"story.md": story})
    question = "Which part of the service was rated good when Ofsted came back in June 2025?"
    first = components.retriever.search(question, k=3)
    assert not any("care leavers were judged good" in h.passage.text for h in first)
    answer = components.assistant.ask(question)
    assert "care leavers were judged good" in _split(answer.text)[0][0], answer.text


def test_where_someone_worked_is_their_post_elsewhere_named_by_title(index_folder, tmp_path):
    """ "Where was Rachel Okafor working when she got the job?" asks where she worked then:
    "Ms Okafor is currently Deputy Director … at Hartmoor City Council" answers, though it
    says neither "working" nor her first name (a conversation set's dev follow-up, fw02, had
    been refused for want of the word)."""
    minutes = (
        "Minutes of Cabinet, 15 October 2024\n\n"
        "5. The Chief Executive reported that the Appointments Committee, meeting on 8 October "
        "2024, had appointed Rachel Okafor as the council's permanent Director of Children's "
        "Services.\n\n"
        "Ms Okafor is currently Deputy Director of Children's Social Care at Hartmoor City "
        "Council and will take up the post on 6 January 2025.\n\n"
        "6. The Cabinet noted the budget monitoring report for the second quarter.\n"
    )
    assistant = _indexed(index_folder, tmp_path, {"minutes.md": minutes}).assistant
    answer = assistant.ask("Where was Rachel Okafor working when she got the job?")
    assert "Hartmoor City Council" in _split(answer.text)[0][0], answer.text


def test_a_reason_argued_before_its_conclusion_answers_why(index_folder, tmp_path):
    """ "Why did the commissioner advise against a trust?" is answered by the argument her
    conclusion is drawn from ("… would divert attention from practice at a critical time." |
    "My recommendation is therefore …"), though it says no "because" (dunsmore's dev i37 and
    follow-up fd01 had been refused or answered with another sentence)."""
    report = (
        "Report of the Children's Services Commissioner, September 2022\n\n"
        "5. Options for the future delivery of services\n\n"
        "5.1 I considered three options: that the council should retain operational delivery; "
        "that children's social care should be transferred to an independent trust; or that "
        "services should be delivered in partnership with another local authority.\n\n"
        "5.2 I do not consider that the conditions for a successful trust are present. The "
        "council's leaders are engaged, and the time and cost of establishing a trust, which in "
        "other areas has taken up to 18 months, would divert attention from practice at a "
        "critical time.\n\n"
        "My recommendation is therefore that the council should retain operational delivery.\n"
    )
    assistant = _indexed(index_folder, tmp_path, {"report.md": report}).assistant
    answer = assistant.ask("Why did the commissioner advise against a trust?")
    assert not answer.refused, answer.text
    assert "18 months" in answer.text, answer.text


def test_a_sentence_before_a_conclusion_says_its_own_reason(index_folder, tmp_path):
    """A reason argued says its subject itself: "I believe that it is.", two sentences before
    "Therefore, I also propose …", gives no reason why the service stays with the council,
    whatever the sentence before it says (the sample record's commissioner)."""
    story = (
        "Council to keep its children's services\n\n"
        'The commissioner said: "I have considered whether services remaining under the '
        "operational management of the council, with continued oversight, is the better option "
        "in the short term. I believe that it is. This will not necessarily ensure that "
        "improvements are sustained. Therefore, I also propose that a formal partnership with "
        'another council is explored."\n'
    )
    assistant = _indexed(index_folder, tmp_path, {"story.md": story}).assistant
    answer = assistant.ask(
        "Why did the commissioner recommend keeping the service with the council?"
    )
    assert "I believe that it is" not in answer.text, answer.text


def test_a_figure_dated_only_by_what_it_compares_with_is_of_the_time_before_it(
    index_folder, tmp_path_factory
):
    """ "Of those who responded, 69% said …, compared with 38% in the first survey in
    November 2022", after "The staff survey in October 2024 had a 74% response rate": the
    69% is October 2024's, the date it names is only what it is compared with."""
    record = {
        "board-update.md": (
            "Eastbrook Council,report,2025-02-27",
            "# Improvement board: progress update\n\n"
            "8.3 Staff. The staff survey in October 2024 had a 74% response rate. Of those "
            "who responded, 69% said that their workload was manageable, compared with 38% "
            "in the first survey in November 2022, and 84% said they would recommend "
            "Eastbrook as a place to work.\n\n"
            "8.4 Agency staff. The share of agency social workers fell to 21% in January "
            "2025.\n",
        ),
    }
    from conftest import index_record

    components = index_record(record, index_folder, tmp_path_factory, "survey-compared")
    answer = components.assistant.ask(
        "In the October 2024 staff survey, what proportion of staff said their workload "
        "was manageable?"
    )
    assert not answer.refused, answer.text
    assert "69%" in answer.text, answer.text


def test_a_figure_at_a_numbered_visit_is_read_from_that_visits_own_letter(
    index_folder, tmp_path
):
    """ "How many children were on child protection plans when Ofsted made its second
    monitoring visit?" is answered by the second visit's letter ("At the time of this visit,
    548 children …"), read past the paragraphs retrieved first, not by the inspection
    report's "At the time of the inspection, 612 children …"."""
    findings = [
        "At this second monitoring visit, Ofsted inspectors found that child protection "
        f"plans for children on child protection plans {what}."
        for what in (
            "set out clearly what needs to change",
            "on child protection plans are shared with families",
            "are written with children and their parents",
            "on child protection plans are reviewed by managers",
            "name who will do what by when",
            "on child protection plans include contingency plans",
            "are understood by partner agencies",
        )
    ]
    files = {
        "inspection.md": (
            "# Inspection of Eastbrook children's services\n\n"
            "Inspection dates: 7 to 18 March 2022\n\n"
            "7. At the time of the inspection, 612 children were on child protection plans. "
            "Ofsted found that too many children on child protection plans waited.\n"
        ),
        "visit-2.md": (
            "# Monitoring visit to Eastbrook children's services\n\n"
            "This was the second Ofsted monitoring visit since the local authority was judged "
            "inadequate in March 2022. Inspectors looked at child protection plans.\n\n"
            + "\n\n".join(findings)
            + "\n\nWorkforce. Caseloads have reduced, and agency staff are fewer. At the time "
            "of this visit, 548 children were subject to a child protection plan.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask(
        "How many children were on child protection plans when Ofsted made its second "
        "monitoring visit?"
    )
    assert "548" in answer.text, answer.text
    assert "612" not in answer.text, answer.text


def test_that_money_is_the_sum_the_previous_answer_gave(record_assistant) -> None:
    """ "Where was that money coming from?" after an answer giving "£3.8 million" is
    searched with that sum: the minute saying how it is met names the sum, not the earlier
    question's words (the conversation set's dev fc06 had been refused)."""
    record = {
        "decision.txt": (
            "Eastbrook Council,decision notice,2022-12-13",
            "Decision: social work recruitment\n\n"
            "Cabinet approved one-off investment of £3.8 million in 2023/24 to recruit 35 "
            "additional permanent social workers and six team managers.\n",
        ),
        "minutes.txt": (
            "Eastbrook Council,minutes,2022-12-20",
            "Minutes of the Resources Committee\n\n"
            "Members discussed the programme of road repairs and the library opening hours.\n\n"
            "The Director of Finance confirmed that the cost of £3.8 million would be met "
            "from the council's social care reserve, which stood at £11.2 million.\n",
        ),
        **{
            f"news{i}.txt": (
                f"Eastbrook Gazette,news,2023-0{i + 1}-01",
                f"Council news {i}\n\n"
                f"Money for the drive to recruit permanent social workers is coming, the "
                f"council said in month {i}, and where it is coming from will be reported.\n",
            )
            for i in range(9)
        },
    }
    assistant = record_assistant(record)
    earlier, answer = _after(
        assistant,
        "What did Eastbrook's Cabinet agree in December 2022 to recruit more permanent "
        "social workers?",
        "Where was that money coming from?",
    )
    assert "£3.8 million" in earlier.text, earlier.text
    assert "social care reserve" in answer.text, answer.text


def test_a_word_tables_figures_are_read_with_their_columns(index_folder, tmp_path):
    """A freedom of information reply's table of yearly figures: the row of 2023 answers
    what share of social workers were agency staff then, as it says which figure is which
    ("Agency social workers (%): 22.4"), not the children in care of the same row."""
    import docx

    document = docx.Document()
    document.add_paragraph("Freedom of Information request FOI-2025-0412")
    document.add_paragraph("The figures you asked for are in the table below.")
    rows = [
        ["Year (31 March)", "Children in care", "Agency social workers (%)", "Average caseload"],
        ["2022", "471", "18.6", "16.8"],
        ["2023", "489", "22.4", "19.2"],
        ["2024", "462", "15.2", "16.1"],
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    folder = tmp_path / "record"
    folder.mkdir()
    document.save(str(folder / "foi-response.docx"))
    assistant = index_folder(folder, tmp_path / "index").assistant
    answer = assistant.ask("What percentage of social workers were agency staff in 2023?")
    assert "Agency social workers (%): 22.4" in answer.text


def test_a_tables_heading_row_is_never_quoted(index_folder, tmp_path):
    """"Financial year | Net budget (£m) | Outturn (£m)" names a table's columns and gives
    nothing: an answer drawn from the table quotes its rows of figures, never that line."""
    files = {
        "budget.csv": (
            "Financial year,Net budget (£m),Outturn (£m),Overspend (£m)\n"
            "2022/23,74.0,78.8,4.8\n"
            "2023/24,80.5,83.6,3.1\n"
            "2024/25,88.1,89.5,1.4\n"
        ),
        "report.md": (
            "# Children's services budget\n\n"
            "The children's services net budget and outturn for each year are in the table. "
            "The budget for children's services has grown each year since 2022/23.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    for question in ("What was the overspend in 2022/23?", "What was the outturn?"):
        answer = assistant.ask(question)
        assert "Overspend (£m): 4.8" in answer.text, question
        assert "Financial year | Net budget (£m)" not in answer.text, question


def test_who_led_the_council_asks_for_its_leader(index_folder, tmp_path):
    """"Who led the council?" is asked of the leader's post, found in the words it is
    written in; "who led it before David Arkwright?" is not answered by the sentence naming
    him as leader, the only one the record names."""
    files = {
        "review.md": (
            "# Peer challenge: adolescent safeguarding\n\n"
            "There is strong political support for Elmbury's children's services. The leader "
            "of the council, Councillor David Arkwright, and the lead member, Councillor Imran "
            "Siddall, were clear that children's services remain the first priority.\n\n"
            "Managers led a review of the front door in 2023, and the council ran a "
            "recruitment campaign for foster carers.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    assert "David Arkwright" in assistant.ask("Who led Elmbury council?").text
    assert assistant.ask("Who led Elmbury council before David Arkwright?").refused


def test_a_party_asked_by_its_everyday_name_is_the_records(index_folder, tmp_path):
    """"What did the Tory opposition leader say…?" of a record that says "Conservative" is
    asked of the Conservatives: not refused as a name the record never uses."""
    files = {
        "story.md": (
            "# Children's services rated good by Ofsted\n\n"
            "Children's services in Elmbury have been rated good by Ofsted.\n\n"
            "But the Conservative opposition leader, Cllr Janet Ellery, said residents should "
            "remember the cost of the turnaround: the department overspent by £5.3m in 2022/23.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask("What did the Tory opposition leader say the turnaround had cost?")
    assert not answer.refused
    assert "Janet Ellery" in answer.text


def test_homes_asked_of_are_the_records_households(index_folder, tmp_path):
    """"How many homes were fostering for the council?" of a record that counts fostering
    "households" is answered with that count, not refused for want of the word "homes"."""
    files = {
        "review.md": (
            "# Review of fostering in Elmbury\n\n"
            "The council's in-house fostering service has 212 approved fostering households, "
            "a net reduction of 18 since 2019.\n\n"
            "Foster carers told the reviewer that allowances had not risen for two years.\n"
        ),
    }
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask("How many homes were fostering for the council?")
    assert not answer.refused
    assert "212" in answer.text


def test_internet_asked_of_is_the_records_wifi(index_folder, tmp_path):
    """"Internet connections" asked of a record that says "Wi-Fi" are its Wi-Fi: searched
    for as well, the page saying it was installed answers, not pages on the same housing
    that share the question's other words."""
    files = {
        f"{place.lower()}.md": (
            f"# Care leavers in {place}\n\n"
            f"Young people who have left care and live in supported housing in {place} told us "
            "about their connections with their personal advisers and with their families.\n"
        )
        for place in ("Ashby", "Brook", "Colne", "Dale", "Eden", "Firth", "Glen", "Holm")
    }
    files["update.md"] = (
        "# Care leavers: progress update\n\n"
        "Wi-Fi is now installed in all council-commissioned supported accommodation for care "
        "leavers.\n"
    )
    assistant = _indexed(index_folder, tmp_path, files).assistant
    answer = assistant.ask(
        "Has anything been done about internet connections for young people who have left "
        "care and live in supported housing?"
    )
    assert not answer.refused
    assert "Wi-Fi is now installed" in answer.text
