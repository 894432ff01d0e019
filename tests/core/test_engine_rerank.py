"""The re-ranker hook: a re-ranker reorders the candidates close to the best, never decides to answer."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import pytest

from bot.core.engine import POOL_WIDTH, Engine, Reranker
from bot.core.engine.rerank import pool_of
from bot.core.models import KnowledgeBase


class Reverse:
    """Puts the pool's last fact first: whatever the lexical order, the answer changes."""

    def __init__(self) -> None:
        self.pools: list[list[tuple[str, float]]] = []

    def rerank(self, question: str, pool: Sequence[tuple[str, float]]) -> Sequence[tuple[str, float]]:
        self.pools.append(list(pool))
        return [(fact_id, 1.0 - i) for i, (fact_id, _) in enumerate(reversed(pool))]


class Broken:
    def rerank(self, question: str, pool: Sequence[tuple[str, float]]) -> Sequence[tuple[str, float]]:
        raise RuntimeError("model gone")


QUESTION = "How many contractors did OpenAI hire?"


def test_the_pool_is_the_best_and_those_within_half_a_point_of_it() -> None:
    scored = [("a", 0.9), ("b", 0.5), ("c", 0.4), ("d", 0.39)]
    assert POOL_WIDTH == 0.5
    assert pool_of(scored) == [("a", 0.9), ("b", 0.5), ("c", 0.4)]
    assert pool_of([]) == []


def test_a_reranker_is_a_protocol() -> None:
    assert isinstance(Reverse(), Reranker)


def test_the_reranker_chooses_the_answer_among_the_pool(base: KnowledgeBase) -> None:
    lexical = Engine(base).ask(QUESTION)
    reverse = Reverse()
    answer = Engine(base, reranker=reverse).ask(QUESTION)
    (pool,) = reverse.pools
    assert len(pool) >= 2 and pool[0] == (lexical.best.fact.id, lexical.best.confidence)
    assert all(score >= pool[0][1] - POOL_WIDTH for _, score in pool)
    assert answer.best.fact.id == pool[-1][0] != lexical.best.fact.id
    # Whether the question is answered, and how surely, stays the lexical judgement.
    assert answer.best.confidence == lexical.best.confidence


def test_the_reranker_never_makes_the_engine_answer_an_off_topic_question(base: KnowledgeBase) -> None:
    engine = Engine(base, reranker=Reverse())
    assert engine.ask("who is the CEO of Nvidia?").abstained


def test_a_reranker_can_be_swapped_in_and_out(base: KnowledgeBase) -> None:
    engine = Engine(base)
    lexical = engine.ask(QUESTION).best.fact.id
    engine.set_reranker(Reverse())
    assert engine.reranker is not None and engine.ask(QUESTION).best.fact.id != lexical
    engine.set_reranker(None)
    assert engine.ask(QUESTION).best.fact.id == lexical


def test_a_failing_reranker_falls_back_to_lexical_ranking_and_is_logged_once(
    base: KnowledgeBase, caplog: pytest.LogCaptureFixture
) -> None:
    lexical = Engine(base).ask(QUESTION).best.fact.id
    engine = Engine(base, reranker=Broken())
    with caplog.at_level(logging.ERROR, logger="bot.core.engine.rerank"):
        assert engine.ask(QUESTION).best.fact.id == lexical
        assert engine.ask(QUESTION).best.fact.id == lexical
    assert len([r for r in caplog.records if "re-ranker failed" in r.getMessage()]) == 1


def test_ids_the_reranker_invents_are_ignored(base: KnowledgeBase) -> None:
    class Inventive:
        def rerank(self, question: str, pool: Sequence[tuple[str, float]]) -> Sequence[tuple[str, float]]:
            return [("no-such-fact", 9.0), *pool]

    lexical = Engine(base).ask(QUESTION).best.fact.id
    assert Engine(base, reranker=Inventive()).ask(QUESTION).best.fact.id == lexical
