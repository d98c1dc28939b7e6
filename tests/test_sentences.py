"""One sentence splitter (ingest.sentences) for passages, model replies and scored answers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.verify import split_reply
from eval.metrics import mentions_count
from ingest.sentences import sentence_spans, split_sentences

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cllr. Smith spoke first. Coun. Jones replied.",
            ["Cllr. Smith spoke first.", "Coun. Jones replied."],
        ),
        (
            "See para. 4 and Nos. 3 and 4 of the plan. Rev. Hale chaired it.",
            ["See para. 4 and Nos. 3 and 4 of the plan.", "Rev. Hale chaired it."],
        ),
        (
            'Ofsted said: "Caseloads are too high." The council agreed.',
            ['Ofsted said: "Caseloads are too high."', "The council agreed."],
        ),
        ("The rate was 2.5 per cent. It rose.", ["The rate was 2.5 per cent.", "It rose."]),
        ("No end punctuation", ["No end punctuation"]),
        ("", []),
    ],
    ids=["councillors", "numbered-items", "closing-quote", "decimal", "unfinished", "empty"],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_spans_shift_by_offset():
    text = "Inspectors visited. They wrote."
    assert sentence_spans(text, offset=7) == [(s + 7, e + 7) for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (
            'Ofsted said "caseloads were too high." [1] The council agreed [2].',
            [('Ofsted said "caseloads were too high."', (1,)), ("The council agreed.", (2,))],
        ),
        (
            "It rose to 3.1 per cent in Dec. 2023 [2].",
            [("It rose to 3.1 per cent in Dec. 2023.", (2,))],
        ),
        (
            "Inadequate.[1] Next sentence [2].",
            [("Inadequate.", (1,)), ("Next sentence.", (2,))],
        ),
        (
            "Cllr. Brown said item no. 5 was fine [3]. Others disagreed.",
            [("Cllr. Brown said item no. 5 was fine.", (3,)), ("Others disagreed.", ())],
        ),
    ],
    ids=["closing-quote", "month-abbreviation", "marker-after-period", "abbreviations"],
)
def test_model_replies_split_as_passages_do(reply, expected):
    assert [(c.text, c.cited) for c in split_reply(reply)] == expected


def test_first_sentence_of_an_answer_ends_where_the_splitter_says():
    # "Mr." does not end the first sentence; "2." of a list further on is not in it
    assert mentions_count("Mr. Ansell counted 2 visits [1]. There were 3 letters.", 2)
    assert not mentions_count("Mr. Ansell counted visits [1]. There were 3 letters.", 3)


# The three places that need sentences: passages at ingest, replies to verify, answers to score.
USERS = ("ingest/chunking.py", "app/verify.py", "eval/metrics.py")


@pytest.mark.parametrize("module", USERS)
def test_every_user_imports_the_one_splitter(module):
    tree = ast.parse((REPO / module).read_text(encoding="utf-8"))
    sources = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "ingest.sentences" in sources


def test_no_other_module_splits_sentences_itself():
    own = REPO / "ingest" / "sentences.py"
    modules = [m for p in ("ingest", "index", "app", "eval") for m in (REPO / p).rglob("*.py")]
    for module in sorted(modules):
        source = module.read_text(encoding="utf-8")
        if module != own:
            assert "PunktTokenizer" not in source, module
            assert "span_tokenize" not in source, module


def test_each_row_of_a_table_is_a_sentence():
    """A table's rows seldom end in a full stop: each line with cells is a sentence of its
    own, and so is the title line above them; prose around a table is split as ever."""
    rows = [
        f"ref: {n} | action: Recruit {n} social workers | owner: Officer {n} | status: Open"
        for n in range(1, 6)
    ]
    text = "The plan follows. It has five actions.\nImprovement plan\n" + "\n".join(rows)
    said = [text[s:e] for s, e in sentence_spans(text)]
    assert said == ["The plan follows.", "It has five actions.", "Improvement plan", *rows]
    # a line naming "a | b" alone, with no line break, is left whole
    assert split_sentences("Scores were A | B here. Then more.") == [
        "Scores were A | B here.",
        "Then more.",
    ]
