"""Hybrid retrieval on the sample record, measured against the eval questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.answer import Turn
from eval.metrics import first_gold_rank, hit_at, mrr
from index.retrieve import Retriever

K = 5


def _queries(components, questions) -> list[tuple[object, str]]:
    """(question, standalone query) for each answerable question, history replayed."""
    assistant = components.assistant
    out = []
    for q in questions:
        if not q.answerable:
            continue
        turns: list[Turn] = []
        for earlier in q.history:
            answer = assistant.ask(earlier, turns)
            turns.append(Turn(earlier, answer, answer.query))
        out.append((q, assistant.ask(q.question, turns).query))
    return out


def _ranks(retriever: Retriever, queries) -> dict[str, int | None]:
    ranks = {}
    for q, query in queries:
        hits = retriever.search(query, k=K)
        ranked = [(h.passage.text, Path(h.doc.path).name) for h in hits]
        ranks[q.id] = first_gold_rank(ranked, q.gold)
    return ranks


@pytest.fixture(scope="module")
def queries(sample_components, eval_questions):
    return _queries(sample_components, eval_questions)


@pytest.fixture(scope="module")
def hybrid_ranks(sample_components, queries):
    return _ranks(sample_components.retriever, queries)


@pytest.fixture(scope="module")
def bm25_ranks(sample_components, queries):
    bm25_only = Retriever(sample_components.store, sample_components.embedder,
                          lexical_weight=1.0)
    return _ranks(bm25_only, queries)


def test_question_file_has_answerable_questions_with_gold(eval_questions, sample_components):
    answerable = [q for q in eval_questions if q.answerable]
    assert len(answerable) >= 20
    names = {Path(d.path).name for d in sample_components.store.documents()}
    for q in answerable:
        assert q.gold, q.id
        assert all(g.doc in names for g in q.gold), q.id


def test_gold_quotes_exist_in_the_index(eval_questions, sample_components):
    """The metric is meaningful only if every gold quote sits inside one passage."""
    passages = sample_components.retriever.passages
    docs = sample_components.retriever.docs
    missing = [
        q.id for q in eval_questions if q.answerable
        if first_gold_rank([(p.text, Path(docs[p.doc_id].path).name) for p in passages],
                           q.gold) is None
    ]
    assert not missing, f"gold quotes split across passages or absent: {missing}"


def test_hybrid_top5_holds_gold_for_most_questions(hybrid_ranks):
    rate = hit_at(list(hybrid_ranks.values()), K)
    misses = sorted(qid for qid, r in hybrid_ranks.items() if r is None)
    assert rate >= 0.75, f"hit@{K} = {rate:.2f}; misses: {misses}"


def test_hybrid_is_not_worse_than_its_lexical_half(hybrid_ranks, bm25_ranks):
    """Fusion must earn its place: at least BM25's top-5 recall and, within one question's
    worth of noise, its reciprocal rank."""
    ranks_h, ranks_b = list(hybrid_ranks.values()), list(bm25_ranks.values())
    print(f"hit@1 hybrid={hit_at(ranks_h, 1):.3f} bm25-only={hit_at(ranks_b, 1):.3f}; "
          f"hit@5 {hit_at(ranks_h, 5):.3f} vs {hit_at(ranks_b, 5):.3f}; "
          f"MRR {mrr(ranks_h):.3f} vs {mrr(ranks_b):.3f}")
    assert hit_at(ranks_h, 5) >= hit_at(ranks_b, 5)
    assert mrr(ranks_h) >= mrr(ranks_b) - 1 / len(ranks_h)


def test_fusion_changes_rankings(hybrid_ranks, bm25_ranks):
    """The dense half must actually contribute (otherwise the comparison above is empty)."""
    assert hybrid_ranks != bm25_ranks


@pytest.mark.parametrize(
    "query",
    ["social workers agency staff", "Ofsted monitoring visit", "commissioner report minister",
     "budget", "what happened?"],
    ids=["agency", "monitoring", "commissioner", "one-word", "vague"],
)
def test_results_are_ranked_by_score(sample_components, query):
    hits = sample_components.retriever.search(query, k=10)
    assert 0 < len(hits) <= 10
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert len({h.passage.passage_id for h in hits}) == len(hits)
    for h in hits:
        assert h.passage.doc_id == h.doc.doc_id
        assert h.passage.text == h.doc.text[h.passage.start:h.passage.end]


@pytest.mark.parametrize("k", [1, 3, 7], ids=["k1", "k3", "k7"])
def test_k_limits_results_and_prefix_is_stable(sample_components, k):
    retriever = sample_components.retriever
    many = retriever.search("children in care changes of social worker", k=10)
    few = retriever.search("children in care changes of social worker", k=k)
    assert [h.passage.passage_id for h in few] == [h.passage.passage_id for h in many[:k]]


@pytest.mark.parametrize(
    "query", ["the and of to was", "what is it that they were?", "   ", ""],
    ids=["stop-words", "stop-question", "spaces", "empty"],
)
def test_stop_words_or_empty_query_does_not_crash(sample_components, query):
    hits = sample_components.retriever.search(query, k=5)
    assert isinstance(hits, list)
    assert len(hits) <= 5
    if not query.strip():
        assert hits == []
    for h in hits:
        assert h.bm25 == 0.0  # no content words: nothing can match lexically


def test_lexical_weight_one_ignores_dense_order(sample_components):
    bm25_only = Retriever(sample_components.store, sample_components.embedder,
                          lexical_weight=1.0)
    hits = bm25_only.search("ninety three vacancies for social workers", k=5)
    bm25 = [h.bm25 for h in hits if h.bm25 > 0]
    assert bm25 == sorted(bm25, reverse=True)


def test_empty_index_returns_nothing(tmp_path, make_components):
    components = make_components(tmp_path / "empty")
    assert len(components.retriever) == 0
    assert components.retriever.search("anything at all", k=5) == []


def test_a_thing_named_by_a_letter_is_a_word_of_its_own():
    """Safeguarding reviews name children by a letter ("Child T", "Child J"), appraisals
    their options ("Option C"): the letter alone is too short to count, so the pair counts
    as one word, and "how many times was Child J reported missing?" ranks Child J's
    passage above Child T's, which says "reported missing" more often."""
    from index.lexical import LexicalIndex, stems

    texts = [
        "Child T was reported missing 13 times. Each time Child T was reported missing, "
        "the police were told; when Child T was reported missing at night, nobody visited.",
        "The school, the police and the youth service each knew part of what was happening "
        "to Child J, and nobody joined it up. Child J was reported missing 6 times in 2023.",
        "Option C, a trust wholly owned by the council, scored highest of the four options.",
    ]
    index = LexicalIndex(texts)
    assert index.search(stems("How many times was Child J reported missing?"), 3)[0][0] == 1
    assert index.search(stems("Which child was Child T?"), 3)[0][0] == 0
    assert "optionc" in stems("Why was Option C chosen?")
    # "I" is a pronoun, not a name's letter; a sentence's first word is not a name
    assert stems("Then I said so.") == stems("Then said so.")
