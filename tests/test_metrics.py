"""eval/metrics.py: the numbers every quality claim rests on."""

from __future__ import annotations

import pytest

from eval.metrics import (
    Gold,
    RefusalScore,
    fact_recall,
    first_gold_rank,
    hit_at,
    is_gold,
    mrr,
    normalise,
    percentile,
    refusal_score,
)

DOC = "2023-12-council-report.txt"


@pytest.mark.parametrize(
    ("ranks", "k", "expected"),
    [
        ([1, 2, None, 6], 1, 0.25),
        ([1, 2, None, 6], 5, 0.5),
        ([1, 2, None, 6], 6, 0.75),
        ([None, None], 5, 0.0),
        ([], 5, 0.0),
        ([3], 3, 1.0),
        ([3], 2, 0.0),
    ],
    ids=["k1", "k5", "k6", "all-missed", "empty", "boundary-in", "boundary-out"],
)
def test_hit_at(ranks, k, expected):
    assert hit_at(ranks, k) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("ranks", "expected"),
    [
        ([1, 1], 1.0),
        ([1, 2, None, 4], (1 + 0.5 + 0 + 0.25) / 4),
        ([None], 0.0),
        ([], 0.0),
        ([10], 0.1),
    ],
    ids=["perfect", "mixed", "missed", "empty", "deep"],
)
def test_mrr(ranks, expected):
    assert mrr(ranks) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("answer", "facts", "expected"),
    [
        ("There were 93 vacancies.", ["93"], 1.0),
        ("Budget rose from £30.6m to £50.8m.", ["£30.6m", "£50.8m"], 1.0),
        ("Budget rose to £50.8m.", ["£30.6m", "£50.8m"], 0.5),
        ("Nothing relevant.", ["Leeds"], 0.0),
        ("Partnered with LEEDS city council", ["Leeds"], 1.0),
        ("It took two\n  weeks.", ["two weeks"], 1.0),
        ("The “deeply worrying” turnover", ['"deeply worrying"'], 1.0),
        ("Anything at all", [], 1.0),
    ],
    ids=["number", "two-facts", "half", "none", "case", "whitespace", "curly-quotes",
         "no-facts"],
)
def test_fact_recall(answer, facts, expected):
    assert fact_recall(answer, facts) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([5.0], 50, 5.0),
        ([1, 2, 3], 50, 2),
        ([1, 2, 3, 4], 50, 2),
        ([4, 1, 3, 2], 100, 4),
        ([4, 1, 3, 2], 0, 1),
        (list(range(1, 21)), 90, 18),
        (list(range(1, 58)), 50, 29),
        ([], 50, 0.0),
        # nearest rank = ceil(q/100 * n); these hit exact odd ranks (banker's rounding trap)
        ([1, 2, 3, 4], 25, 1),
        ([1, 2, 3, 4], 75, 3),
        (list(range(1, 21)), 95, 19),
        (list(range(1, 11)), 90, 9),
        (list(range(1, 101)), 95, 95),
    ],
    ids=["single", "median-odd", "median-even", "max", "min", "p90-of-20", "p50-of-57",
         "empty", "p25-of-4", "p75-of-4", "p95-of-20", "p90-of-10", "p95-of-100"],
)
def test_percentile_nearest_rank(values, q, expected):
    assert percentile(values, q) == expected


@pytest.mark.parametrize(
    ("refused", "answerable", "expected"),
    [
        ([True, False], [False, True], RefusalScore(1.0, 1.0, 1.0)),
        ([False, False], [False, True], RefusalScore(0.5, 1.0, 0.0)),
        ([True, True], [False, True], RefusalScore(0.5, 0.5, 1.0)),
        ([True, False, False, True], [True, True, False, False],
         RefusalScore(0.5, 0.5, 0.5)),
        ([False, False], [True, True], RefusalScore(1.0, 1.0, 1.0)),
        ([], [], RefusalScore(0.0, 0.0, 0.0)),
    ],
    ids=["perfect", "never-refuses", "always-refuses", "half", "all-answerable", "empty"],
)
def test_refusal_score(refused, answerable, expected):
    score = refusal_score(refused, answerable)
    assert score.accuracy == pytest.approx(expected.accuracy)
    assert score.precision == pytest.approx(expected.precision)
    assert score.recall == pytest.approx(expected.recall)


def test_refusal_score_needs_equal_lengths():
    with pytest.raises(ValueError, match="shorter|longer"):
        refusal_score([True], [True, False])


@pytest.mark.parametrize(
    ("passage", "doc", "gold", "expected"),
    [
        ("It had 93 vacancies for social workers.", DOC,
         [Gold(DOC, "93 vacancies for social workers")], True),
        ("It had 93 vacancies\n   for  social workers.", DOC,
         [Gold(DOC, "93 vacancies for social workers")], True),
        ("Following the department’s partnership with Leeds", DOC,
         [Gold(DOC, "department's partnership with Leeds")], True),
        ("Following the department's partnership with Leeds", DOC,
         [Gold(DOC, "department’s partnership with Leeds")], True),
        ("a “deeply worrying” succession", DOC, [Gold(DOC, '"deeply worrying" succession')],
         True),
        ("93 VACANCIES for social workers", DOC, [Gold(DOC, "93 vacancies")], True),
        ("It had 93 vacancies.", "other-document.txt", [Gold(DOC, "93 vacancies")], False),
        ("It had 93 vacancies.", "/abs/path/" + DOC, [Gold(DOC, "93 vacancies")], True),
        ("It had 93 vacancies.", "2023-12-council-report", [Gold(DOC, "93 vacancies")], True),
        ("It had 93 vacancies.", "", [Gold(DOC, "93 vacancies")], True),
        ("It had 94 vacancies.", DOC, [Gold(DOC, "93 vacancies")], False),
        ("Either quote will do: second one.", DOC,
         [Gold(DOC, "first one"), Gold(DOC, "second one")], True),
        ("Anything", DOC, [], False),
    ],
    ids=["plain", "whitespace", "curly-in-passage", "curly-in-gold", "curly-double",
         "case", "wrong-doc", "doc-path", "doc-stem", "no-doc", "near-miss",
         "any-of-several", "no-gold"],
)
def test_is_gold(passage, doc, gold, expected):
    assert is_gold(passage, doc, gold) is expected


def test_first_gold_rank():
    gold = [Gold(DOC, "two weeks")]
    ranked = [("nothing here", DOC), ("a delay of two weeks", "other.txt"),
              ("a delay of up to two  weeks", DOC), ("two weeks again", DOC)]
    assert first_gold_rank(ranked, gold) == 3
    assert first_gold_rank(ranked[:2], gold) is None
    assert first_gold_rank([], gold) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("  A  “Quoted”\tword ", 'a "quoted" word'), ("It’s", "it's"), ("", "")],
    ids=["mixed", "apostrophe", "empty"],
)
def test_normalise(text, expected):
    assert normalise(text) == expected
