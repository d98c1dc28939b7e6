"""Dev/test halves, answer precision from hand labels, and documents' titles and dates:
the evaluation's own arithmetic, on small invented data."""

from __future__ import annotations

import hashlib
import json

import pytest

from eval.documents import date_matches, document_scores, title_matches
from eval.precision import (
    Judged,
    answer_precision,
    judge_answer,
    load_labels,
    quoted_sentences,
    unlabelled_sentences,
)
from eval.report import halves_table
from eval.run import summarise
from eval.split import half_of

# --- the split --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qid", "half"),
    [("q1", "dev"), ("q2", "test"), ("q3", "test"), ("q4", "dev"), ("a", "dev"), ("", "test")],
    ids=["q1", "q2", "q3", "q4", "a", "empty"],
)
def test_half_of_is_fixed_by_the_id(qid, half):
    """Pinned: a change to the split would change every figure anyone has measured."""
    assert half_of(qid) == half


def test_half_of_is_the_parity_of_the_sha1():
    for qid in (f"x{i}" for i in range(200)):
        even = int(hashlib.sha1(qid.encode()).hexdigest(), 16) % 2 == 0
        assert half_of(qid) == ("dev" if even else "test")


def test_halves_are_about_even():
    dev = sum(half_of(f"question-{i}") == "dev" for i in range(2000))
    assert 900 < dev < 1100


# --- quoted sentences and precision -----------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "sentences"),
    [
        ("One thing. [1] Another thing. [2]", ["One thing.", "Another thing."]),
        ("Both say so. [1][2] Then this. [1]", ["Both say so.", "Then this."]),
        ("Both say so. [1], [2]", ["Both say so."]),
        (
            "(Drawing only on material published by 1 May 2023.) Quoted. [1]",
            ["Quoted."],
        ),
        (
            "(Read as a question about 2022.) It rose. [1] The sources differ: A gives 3 [1].",
            ["It rose."],
        ),
        (
            "The record reports 2: May 2019 [1]; June 2020 [2]",
            ["The record reports 2: May 2019", "June 2020"],
        ),
        ("Quoted. [1] trailing words with no marker", ["Quoted."]),
        ("No marker at all.", []),
        ("", []),
    ],
    ids=[
        "two",
        "adjacent-markers",
        "comma-markers",
        "scope-note",
        "about-and-differ",
        "list",
        "trailing",
        "no-marker",
        "empty",
    ],
)
def test_quoted_sentences(answer, sentences):
    assert quoted_sentences(answer) == sentences


def _labels(tmp_path, lines):
    path = tmp_path / "record.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return load_labels(path)


LABELS = [
    {"id": "q1", "sentence": "The grade was “good”.", "keep": True, "why": "answers"},
    {"id": "q1", "sentence": "Contact us on 0123.", "keep": False, "why": "contact"},
    {"id": "q2", "sentence": 'The grade was "good".', "keep": False, "why": "other subject"},
]


@pytest.mark.parametrize(
    ("qid", "answer", "judged"),
    [
        ("q1", "The grade was “good”. [1] Contact us on 0123. [2]", Judged(1, 1, 0)),
        # case, spaces and quote shapes folded
        ("q1", 'the grade  was "good". [1]', Judged(1, 0, 0)),
        ("q1", "The grade was “good”. [1] Something new. [2]", Judged(1, 0, 1)),
        # a label belongs to its question: the same sentence elsewhere is judged there
        ("q2", "The grade was “good”. [1]", Judged(0, 1, 0)),
        ("q3", "The grade was “good”. [1]", Judged(0, 0, 1)),
    ],
    ids=["kept-and-dropped", "folded", "unlabelled", "per-question", "other-question"],
)
def test_judge_answer(tmp_path, qid, answer, judged):
    assert judge_answer(qid, answer, _labels(tmp_path, LABELS)) == judged


@pytest.mark.parametrize(
    ("judged", "kept", "labelled", "unlabelled", "precision"),
    [
        ([Judged(1, 1, 0), Judged(2, 0, 3)], 3, 4, 3, 0.75),
        ([Judged(0, 0, 2)], 0, 0, 2, None),
        ([], 0, 0, 0, None),
    ],
    ids=["summed", "nothing-labelled", "no-answers"],
)
def test_answer_precision(judged, kept, labelled, unlabelled, precision):
    p = answer_precision(judged)
    assert (p.kept, p.labelled, p.unlabelled, p.precision) == (
        kept,
        labelled,
        unlabelled,
        precision,
    )


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([{"id": "q1", "sentence": "A.", "keep": "yes", "why": ""}], "true or false"),
        ([{"id": "q1", "keep": True}], "not a label"),
        (
            [
                {"id": "q1", "sentence": "A.", "keep": True, "why": ""},
                {"id": "q1", "sentence": "a.", "keep": False, "why": ""},
            ],
            "both ways",
        ),
    ],
    ids=["keep-not-bool", "no-sentence", "both-ways"],
)
def test_load_labels_names_a_bad_line(tmp_path, lines, message):
    with pytest.raises(ValueError, match=message):
        _labels(tmp_path, lines)


def test_worksheet_lists_only_unlabelled_sentences_of_the_half(tmp_path):
    labels = _labels(tmp_path, LABELS)
    rows = [
        {"id": "q2", "refused": False, "answer": "The grade was “good”. [1] New. [2]"},
        {"id": "q3", "refused": False, "answer": "Other. [1]"},  # q3 is in the test half
        {"id": "q1", "refused": False, "answer": "Dev half. [1]"},  # q1 is in the dev half
        {"id": "q2", "refused": True, "answer": "I cannot find that. Closest: [1]"},
    ]
    sheet = unlabelled_sentences(rows, labels, half="test")
    assert [(s["id"], s["sentence"], s["keep"]) for s in sheet] == [
        ("q2", "New.", None),
        ("q3", "Other.", None),
    ]


# --- halves in the summary and the printed table ----------------------------------------


def _row(qid, *, answerable=True, rank=1, refused=False, facts=1.0, sentences=None):
    return {
        "id": qid,
        "half": half_of(qid),
        "kind": "fact",
        "answerable": answerable,
        "rank": rank if answerable else None,
        "chance_hit": 0.1 if answerable else None,
        "budget_hit": rank is not None,
        "refused": refused,
        "facts": facts,
        "cited_gold": rank == 1,
        "ask_ms": 5.0,
        "search_ms": 2.0,
        "context_chars": 100,
        "all_facts": facts == 1.0,
        "as_of_ok": None,
        "count_ok": None,
        "voice_ok": None,
        "verification": {},
        "sentences": sentences,
    }


def test_summarise_gives_each_half_its_own_figures():
    rows = [
        _row("q1", rank=1, sentences={"kept": 2, "dropped": 0, "unlabelled": 0}),  # dev
        _row("q4", answerable=False, refused=True),  # dev
        _row("q2", rank=None, facts=0.0, sentences={"kept": 1, "dropped": 1, "unlabelled": 1}),
        _row(
            "q3",
            answerable=False,
            refused=False,
            sentences={"kept": 0, "dropped": 2, "unlabelled": 0},
        ),  # test
    ]
    out = summarise(rows)
    dev, test, every = out["summary_dev"], out["summary_test"], out["summary"]
    assert (dev["questions"], test["questions"], every["questions"]) == (2, 2, 4)
    assert (dev["hit@1"], test["hit@1"]) == (1.0, 0.0)
    assert (dev["refusal_recall"], test["refusal_recall"]) == (1.0, 0.0)
    assert (dev["answer_precision"], test["answer_precision"]) == (1.0, 0.25)
    assert test["sentences_unlabelled"] == 1
    assert every["answer_precision"] == pytest.approx(3 / 6)
    table = halves_table(dev, test)
    row = next(line for line in table.splitlines() if line.startswith("hit@1"))
    assert row.split()[-3:] == ["1.000", "0.000", "+1.000"]
    assert "near-miss refusal recall" in table


def test_a_half_not_run_is_none_and_printed_as_such():
    out = summarise([_row("q1")])
    assert out["summary_test"] is None
    table = halves_table(out["summary_dev"], out["summary_test"])
    assert "not run" in table
    row = next(line for line in table.splitlines() if line.startswith("MRR"))
    assert row.split()[-2:] == ["1.000", "n/a"]


# --- documents' titles and dates --------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "found", "match"),
    [
        ("Council responds to inspection", "council  responds to inspection", True),
        ("Services making 'steady progress'", "Services making “steady progress”", True),
        ("Minutes of Cabinet", "Minutes of Cabinet - Anytown Council", True),
        ("Agenda for Scrutiny Committee, 6.00 pm", "Agenda for Scrutiny Committee", True),
        ("Minutes of Cabinet", "Agenda for Cabinet", False),
        ("Minutes of Cabinet", "", False),
    ],
    ids=["case-space", "quotes", "site-name-added", "time-left-off", "different", "empty"],
)
def test_title_matches(expected, found, match):
    assert title_matches(expected, found) is match


@pytest.mark.parametrize(
    ("expected", "found", "match"),
    [
        ("2023-06-14", "2023-06-14", True),
        ("2023-06-14", "2023-06-15", False),
        ("2023-06-14", "2023-06", False),  # coarser than expected
        ("2023-06", "2023-06-14", True),  # compared at the expected precision
        ("2023", "2023-11-02", True),
        ("2023", "2022-12-31", False),
        (None, "", True),  # no date in the document: none should be given
        (None, "2023-01-01", False),
        ("2023-06-14", "", False),
    ],
    ids=[
        "equal",
        "other-day",
        "too-coarse",
        "month",
        "year",
        "other-year",
        "none-none",
        "none-given",
        "missing",
    ],
)
def test_date_matches(expected, found, match):
    assert date_matches(expected, found) is match


def test_document_scores():
    expected = [
        {"file": "a.html", "title": "Alpha report", "published": "2024-02-01"},
        {"file": "b.md", "title": "Beta minutes", "published": None},
        {"file": "c.txt", "title": "Gamma", "published": "2024"},
        {"file": "gone.pdf", "title": "Gone", "published": "2020"},
    ]
    found = {
        "a.html": ("Alpha report | Council", "2024-02-01"),
        "b.md": ("Beta minutes", "2024-03-05"),  # dated though the document gives no date
        "c.txt": ("c", "2024-07"),  # file-name title
        "extra.txt": ("Not listed", ""),
    }
    score = document_scores(expected, found)
    assert (score.expected, score.titles_right, score.dates_right) == (4, 2, 2)
    assert score.missing == ("gone.pdf",)
    assert [w["file"] for w in score.wrong] == ["b.md", "c.txt"]


@pytest.mark.parametrize(
    ("documents", "line"),
    [
        (
            [
                {"file": "a.html", "title": "Alpha", "published": "2024-02-01"},
                {"file": "b.md", "title": "Beta", "published": None},
            ],
            "titles right 2/2, dates right 1/2",
        ),
        (None, None),
    ],
    ids=["listed", "not-listed"],
)
def test_record_report_scores_documents_where_listed(documents, line):
    from eval.record_scores import score_record
    from eval.report import record_table

    expected = {"documents": documents} if documents else {}
    found = {"a.html": ("Alpha", "2024-02-01"), "b.md": ("Beta", "2024-03-05")}
    record = score_record(expected, [], [], [], found)
    text = record_table(record)
    if line is None:
        assert "documents" not in record
        assert "titles right" not in text
    else:
        assert line in text
