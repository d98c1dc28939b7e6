"""eval/metrics.py: the numbers every quality claim rests on."""

from __future__ import annotations

import pytest

from eval.metrics import (
    Gold,
    RefusalScore,
    chance_hit,
    event_matches,
    fact_recall,
    first_gold_rank,
    hit_at,
    is_gold,
    mentions_count,
    mrr,
    normalise,
    percentile,
    recommendation_matches,
    refusal_score,
    register_scores,
    timeline_scores,
    voice_accuracy,
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
    ("units", "gold", "k", "expected"),
    [
        (7, 1, 5, 5 / 7),  # one gold chunk among seven: five picks find it 5 times in 7
        (100, 1, 5, 0.05),
        (10, 2, 1, 0.2),
        (4, 1, 5, 1.0),  # asking for more than there is returns everything
        (10, 0, 5, 0.0),
        (0, 0, 5, 0.0),
    ],
    ids=["seven-chunks", "hundred", "two-gold-k1", "k-over-units", "no-gold", "empty"],
)
def test_chance_hit(units, gold, k, expected):
    assert chance_hit(units, gold, k) == pytest.approx(expected)


def test_chance_hit_simulated():
    """The closed form agrees with shuffling."""
    import random

    rng = random.Random(7)
    units, gold, k = 12, 3, 5
    trials = 20000
    found = sum(1 for _ in range(trials) if any(u < gold for u in rng.sample(range(units), k)))
    assert chance_hit(units, gold, k) == pytest.approx(found / trials, abs=0.02)


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


# --- Knowing the record: timeline, register, voices ---------------------------------------


INSPECTION_22 = {"date": "2022-07", "kind": "inspection", "judgement": "inadequate"}


@pytest.mark.parametrize(
    ("expected", "found", "match"),
    [
        (INSPECTION_22, {"date": "2022-07-15", "kind": "inspection", "judgement": "inadequate"},
         True),
        (INSPECTION_22, {"date": "2022", "kind": "Inspection", "judgement": "Inadequate"}, True),
        (INSPECTION_22, {"date": "2022-09", "kind": "inspection", "judgement": "inadequate"},
         False),
        ({**INSPECTION_22, "alt_dates": ["2022-09"]},
         {"date": "2022-09-13", "kind": "inspection", "judgement": "inadequate"}, True),
        (INSPECTION_22, {"date": "2022-07", "kind": "monitoring visit", "judgement": None},
         False),
        (INSPECTION_22, {"date": "2022-07", "kind": "inspection", "judgement": "good"}, False),
        (INSPECTION_22, {"date": "2022-07", "kind": "inspection", "judgement": None}, False),
        ({"date": "2019", "kind": "inspection", "judgement": "requires improvement"},
         {"date": "2019-04", "kind": "inspection",
          "judgement": "Requires improvement to be good"}, True),
        ({"date": "2021-10", "kind": "focused visit", "judgement": None},
         {"date": "2021-10-12", "kind": "focused visit", "judgement": "good"}, True),
    ],
    ids=["finer-found", "coarser-found", "publication-date", "alt-date", "other-kind",
         "other-judgement", "judgement-missing", "to-be-good", "expected-no-judgement"],
)
def test_event_matches(expected, found, match):
    assert event_matches(expected, found) is match


def _ev(date, kind="inspection", judgement=None, **extra):
    return {"date": date, "kind": kind, "judgement": judgement, **extra}


@pytest.mark.parametrize(
    ("expected", "found", "counts"),
    [
        ([_ev("2014"), _ev("2018-06")], [], (0, 2, 0)),
        ([], [_ev("2014")], (0, 0, 1)),
        ([_ev("2014"), _ev("2018-06")], [_ev("2014-03"), _ev("2018")], (2, 0, 0)),
        ([_ev("2014")], [_ev("2014"), _ev("2014-05")], (1, 0, 1)),
        ([_ev("2022")], [_ev("2023")], (0, 1, 1)),
        ([_ev("2023", optional=True)], [_ev("2023-12")], (0, 0, 0)),
        ([_ev("2023-06"), _ev("2023", optional=True)], [_ev("2023-12"), _ev("2023-06-30")],
         (1, 0, 0)),
        # a greedy first pick would give the year-only found event to the first expected one
        ([_ev("2018"), _ev("2018-06")], [_ev("2018-06"), _ev("2018-01")], (2, 0, 0)),
    ],
    ids=["nothing-found", "nothing-expected", "all-found", "duplicate-is-wrong",
         "wrong-year", "optional-not-required-not-wrong", "optional-absorbs-extra",
         "best-matching"],
)
def test_timeline_scores(expected, found, counts):
    score = timeline_scores(expected, found)
    assert (score.found_expected, len(score.missed), len(score.wrong)) == counts
    assert score.expected == sum(1 for e in expected if not e.get("optional"))


def test_timeline_scores_rates():
    score = timeline_scores([_ev("2014"), _ev("2018")], [_ev("2014"), _ev("2020")])
    assert score.recall == pytest.approx(0.5)
    assert score.precision == pytest.approx(0.5)
    empty = timeline_scores([], [])
    assert (empty.recall, empty.precision) == (1.0, 1.0)


REC = {"body": "commissioner", "date": "2023-03",
       "key": "more face-to-face meeting with families"}


@pytest.mark.parametrize(
    ("found", "match"),
    [
        ({"body": "commissioner", "date": "2023-03-01",
          "text": "Instead she has given the council just three months to show more "
                  "face-to-face meetings with families."}, True),
        ({"body": "commissioner", "date": "2023-12",
          "text": "More face to face meetings with families."}, True),
        ({"body": "commissioner", "date": "2022-10",
          "text": "More face-to-face meetings with families."}, False),
        ({"body": "ofsted", "date": "2023-03",
          "text": "More face-to-face meetings with families."}, False),
        ({"body": "commissioner", "date": "2023-03",
          "text": "Fewer changes of social worker."}, False),
        ({"body": "commissioner", "date": "",
          "text": "More face-to-face meetings with families."}, False),
        ({"body": "commissioner", "date": "2023", "text": "face-to-face meetings"}, True),
        ({"body": "commissioner", "date": "2023", "text": "families"}, False),
    ],
    ids=["sentence", "year-only", "other-year", "other-body", "other-text", "undated",
         "three-of-four-stems", "one-of-four-stems"],
)
def test_recommendation_matches(found, match):
    assert recommendation_matches(REC, found) is match


def test_register_scores():
    expected = [
        REC,
        {"body": "commissioner", "date": "2023-03",
         "key": "fewer changes in social workers dealing with individual children"},
        {"body": "government", "date": "2023-03",
         "key": "continue to co-operate with the children's commissioner"},
    ]
    found = [
        {"body": "commissioner", "date": "2023-03-01",
         "text": "more face-to-face meeting with families, and fewer changes in social "
                 "workers dealing with individual children"},
        {"body": "commissioner", "date": "2023-03", "text": "Strengthen scrutiny."},
    ]
    score = register_scores(expected, found)
    assert (score.expected, score.found, score.found_expected) == (3, 2, 2)
    assert [m["body"] for m in score.missed] == ["government"]
    assert [u["text"] for u in score.unlisted] == ["Strengthen scrutiny."]
    assert score.recall == pytest.approx(2 / 3)
    assert score.precision == pytest.approx(0.5)
    assert register_scores(expected, []).found_expected == 0


LABELLED = [
    ("news.txt", "Council leader X said: “We have a grip.", "council"),
    ("news.txt", "We will build on it.”", "council"),
    ("news.txt", "Ofsted said three-quarters had changed social worker", "ofsted"),
    ("news.txt", "in the last year.", "narration"),  # a sentence the splitter cut in two
    ("blog.txt", "I remember doing this when I was cabinet member.", "council"),
]


@pytest.mark.parametrize(
    ("expected", "correct", "located", "mismatched"),
    [
        ([{"file": "news.txt", "fragment": "We will  build on it", "voice": "council"}],
         1, 1, []),
        ([{"file": "news.txt", "fragment": "we have a grip", "voice": "council"}], 1, 1, []),
        ([{"file": "news.txt", "fragment": "Council leader X said: \"We have", "voice": "council"}],
         1, 1, []),
        ([{"file": "news.txt", "fragment": "social worker in the last year",
           "voice": "ofsted"}], 1, 1, []),
        ([{"file": "blog.txt", "fragment": "when I was cabinet member", "voice": "councillor"}],
         0, 1, ["councillor→council"]),
        ([{"file": "blog", "fragment": "when I was cabinet member", "voice": "council"}],
         1, 1, []),
        ([{"file": "news.txt", "fragment": "not in the text", "voice": "council"}], 0, 0, []),
        ([{"file": "other.txt", "fragment": "We will build", "voice": "council"}], 0, 0, []),
    ],
    ids=["whitespace", "case", "curly-quotes", "straddles-split", "mismatch", "file-stem",
         "fragment-missing", "file-missing"],
)
def test_voice_accuracy(expected, correct, located, mismatched):
    score = voice_accuracy(expected, LABELLED)
    assert (score.correct, score.located) == (correct, located)
    assert [f"{m['expected']}→{m['got']}" for m in score.mismatches] == mismatched
    assert len(score.unlocated) == len(expected) - located


def test_voice_accuracy_by_voice():
    expected = [
        {"file": "news.txt", "fragment": "We have a grip", "voice": "council"},
        {"file": "news.txt", "fragment": "in the last year", "voice": "ofsted"},
        {"file": "blog.txt", "fragment": "I remember", "voice": "councillor"},
    ]
    score = voice_accuracy(expected, LABELLED)
    assert score.by_voice == {"council": (1, 1), "ofsted": (0, 1), "councillor": (0, 1)}
    assert score.accuracy == pytest.approx(1 / 3)
    assert voice_accuracy([], LABELLED).accuracy == 0.0


@pytest.mark.parametrize(
    ("answer", "count", "expected"),
    [
        ("Ofsted judged it inadequate twice, in 2014 and 2022.", 2, True),
        ("There were 2 inspections.", 2, True),
        ("It was the fourth such visit.", 4, True),
        ("The council made six recommendations.", 6, True),
        ("Rated inadequate in 2022.", 2, False),
        ("It costs £2.6 million.", 2, False),
        ("About 20% of staff.", 20, False),
        ("Judged inadequate once.", 1, True),
        ("Three inspections.", 2, False),
        ("The record holds 9 recommendations. [6] Quoted: six of them.", 6, False),
        ("Nine recommendations [4].", 4, False),
        ("(Drawing only on material published by 2 March.) Two reports [1].", 2, True),
        ("(Drawing only on material published by 2 March.) Three reports.", 2, False),
        ("1 inspection: 8 April 2019 [1].", 8, False),
        ("The record reports 1 inspection: 2022 [1].", 1, True),
    ],
    ids=["word", "digits", "ordinal", "six", "not-in-year", "not-in-money",
         "not-a-percentage", "once", "other-number", "not-after-first-sentence",
         "not-a-marker", "after-leading-note", "not-in-leading-note", "not-a-day",
         "counted-with-marker"],
)
def test_mentions_count(answer, count, expected):
    assert mentions_count(answer, count) is expected


def test_record_report_when_nothing_is_found():
    """The eval report holds up while app.record finds nothing (or before it exists)."""
    from eval.record_scores import score_record
    from eval.report import kind_table, record_table

    expected = {
        "timeline": [_ev("2014"), _ev("2023", optional=True)],
        "recommendations": [REC],
        "voices": [{"file": "news.txt", "fragment": "We have a grip", "voice": "council"},
                   {"file": "gone.txt", "fragment": "anything", "voice": "ofsted"}],
    }
    record = score_record(expected, [], [], LABELLED)
    assert (record["timeline"]["found_expected"], record["timeline"]["expected"]) == (0, 1)
    assert record["register"]["unlisted"] == 0
    text = record_table(record)
    assert "expected events found       0/1" in text
    assert "voice accuracy              1.000 (1/1)" in text
    assert "voice labels not located    1" in text
    kinds = {"count": {"questions": 2, "fact_rate": None, "all_facts": None,
                       "as_of_ok": None, "count_ok": 0.5, "voice_ok": None}}
    assert "0.50" in kind_table(kinds)
