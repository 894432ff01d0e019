"""Recall by meaning: the facts nearest a question whatever its words (semantic.NearestIndex), offered, never answered."""

from __future__ import annotations

import numpy as np
import pytest

from bot.core import semantic
from bot.core.answers import Match
from bot.core.engine import Engine, recall
from bot.core.models import KnowledgeBase
from bot.core.semantic import DIMENSIONS, FactVectors, NearestIndex, SemanticReranker, default_cache_dir, embed_facts


@pytest.fixture(scope="module")
def meaning_engine(base: KnowledgeBase) -> Engine:
    """The shipped base's engine with the real encoder attached, as the bot runs by default."""
    encoder = semantic.shared_encoder()
    return Engine(base, reranker=SemanticReranker(encoder, embed_facts(base.facts.values(), encoder, default_cache_dir())))


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def _vectors(count: int, texts_per_fact: int, seed: int = 3) -> tuple[FactVectors, np.ndarray]:
    matrix = _unit(np.random.default_rng(seed).standard_normal((count * texts_per_fact, DIMENSIONS)))
    rows = {f"f{i}": np.arange(i * texts_per_fact, (i + 1) * texts_per_fact) for i in range(count)}
    return FactVectors(matrix.astype(np.float16), rows), matrix


def _near(vector: np.ndarray, seed: int = 9) -> np.ndarray:
    """A query a little off a text's vector."""
    noise = np.random.default_rng(seed).standard_normal(DIMENSIONS).astype(np.float32)
    return _unit((vector + 0.3 * noise / np.linalg.norm(noise))[None, :])[0]


# ---------------------------------------------------------------------------------------------- the index


def test_a_small_base_is_searched_whole_and_each_fact_once_at_its_best_text() -> None:
    vectors, matrix = _vectors(50, 4)
    index = NearestIndex.build(vectors)
    assert index.exact
    query = _near(matrix[4 * 17 + 2])
    found = index.nearest(query, 5)
    exact = np.argsort([-max(matrix[r] @ query for r in vectors.rows[f"f{i}"]) for i in range(50)])[:5]
    assert found == [f"f{i}" for i in exact] and len(set(found)) == 5


def test_a_text_several_facts_share_finds_each_of_them() -> None:
    vectors, matrix = _vectors(10, 2)
    shared = {**vectors.rows, "twin": vectors.rows["f3"][:1]}  # the same text, embedded once, in two facts
    found = NearestIndex.build(FactVectors(vectors.matrix, shared)).nearest(_near(matrix[6]), 2)
    assert sorted(found) == ["f3", "twin"]


def test_a_large_base_is_searched_in_its_nearest_clusters_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "EXACT_ROWS", 1000)
    vectors, matrix = _vectors(2000, 3)
    index = NearestIndex.build(vectors)
    # About sqrt(6,000) = 77 clusters (each group of the two levels gets its share); none holds a large part of the base.
    assert not index.exact and 60 <= len(index.centroids) <= 95 and np.diff(index.starts).max() < 600
    assert sorted(index.order.tolist()) == list(range(6000))  # every text in exactly one cluster
    for text in (5, 2500, 5999):
        assert index.nearest(_near(matrix[text]), 1) == [f"f{text // 3}"]


def test_the_reranker_gives_the_nearest_facts_with_their_cosine_on_all_their_texts(meaning_engine: Engine) -> None:
    reranker = meaning_engine.reranker
    assert isinstance(reranker, SemanticReranker)
    question = "what did the pair of hired hands say the work felt like?"
    nearest = reranker.nearest(question, 3)
    assert nearest[0][0] == "two-contractors-grunt-work"
    assert [c for _, c in nearest] == sorted((c for _, c in nearest), reverse=True)
    assert nearest[0][1] == pytest.approx(reranker.similarities(question, ["two-contractors-grunt-work"])[0])


# ---------------------------------------------------------------------------------------------- what is offered


def test_the_nearest_fact_alone_is_offered_only_when_near(base: KnowledgeBase) -> None:
    fact = next(iter(base.facts.values()))
    assert recall.offered([(fact.id, recall.OFFER_COSINE)], base.facts) == (Match(fact, 0.0),)
    assert recall.offered([(fact.id, recall.OFFER_COSINE - 0.01)], base.facts) == ()
    assert recall.offered([("no-such-fact", 0.99)], base.facts) == ()


def test_beside_the_words_suggestions_it_goes_first_only_when_clearly_nearer(base: KnowledgeBase) -> None:
    one, two, three, near = (Match(f, 0.4) for f in list(base.facts.values())[:4])
    words = (one, two, three)
    first = recall.offered([(near.fact.id, 0.7)], base.facts, words, 0.7 - recall.LEAD_COSINE)
    assert [m.fact.id for m in first] == [near.fact.id, one.fact.id, two.fact.id]
    last = recall.offered([(near.fact.id, 0.7)], base.facts, words, 0.6)
    assert [m.fact.id for m in last] == [one.fact.id, two.fact.id, near.fact.id]
    assert recall.offered([(near.fact.id, recall.JOIN_COSINE - 0.01)], base.facts, words, 0.0) == words
    assert recall.offered([(one.fact.id, 0.9)], base.facts, words, 0.1) == words  # already offered: left where it is


# ---------------------------------------------------------------------------------------------- through the engine


def test_a_paraphrase_the_words_find_nothing_for_is_offered_its_fact_not_answered(engine: Engine, meaning_engine: Engine) -> None:
    question = "what did the pair of hired hands say the work felt like?"
    assert engine.ask(question).suggestions == ()  # the words alone: nothing to offer
    answer = meaning_engine.ask(question)
    assert answer.best is None and answer.band == "unsure"
    assert answer.suggestions[0].fact.id == "two-contractors-grunt-work"


def test_a_near_question_close_in_meaning_to_a_fact_is_not_answered(meaning_engine: Engine) -> None:
    # The encoder puts it 0.93 from the Missouri minimum wage, far ahead of any other fact: no fact answers it.
    answer = meaning_engine.ask("what is the minimum wage in kenya")
    assert answer.best is None


@pytest.mark.parametrize(
    "question", ["what is australia's capital city", "what's a good name for a cat", "quelle est la capitale du canada"]
)
def test_a_far_question_is_offered_nothing_by_meaning(meaning_engine: Engine, question: str) -> None:
    answer = meaning_engine.ask(question)
    assert answer.best is None and answer.suggestions == ()


def test_the_claim_checkers_asking_gets_no_suggestion_by_meaning(meaning_engine: Engine) -> None:
    # offer_all gives the claim checker every near fact by words; what meaning alone finds would only be noise to it.
    answer = meaning_engine.ask("what did the pair of hired hands say the work felt like?", offer_all=True)
    assert all(m.fact.id != "two-contractors-grunt-work" or m.confidence > 0 for m in answer.suggestions)
