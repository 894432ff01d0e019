"""The re-ranking stage: an optional re-ranker reorders the lexical candidates closest to the best one.

The re-ranker never decides whether to answer: abstention stays lexical (letting embeddings decide it
made it worse). It only chooses among a small pool, so its cost stays flat as the base grows.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

log = logging.getLogger(__name__)

#: The pool: the best fact plus every candidate within this much of its lexical confidence.
POOL_WIDTH = 0.5


@runtime_checkable
class Reranker(Protocol):
    """Reorders a pool of (fact id, lexical confidence), best first; may drop ids, never adds any."""

    def rerank(self, question: str, pool: Sequence[tuple[str, float]]) -> Sequence[tuple[str, float]]: ...


def pool_of(scored: Sequence[tuple[str, float]]) -> list[tuple[str, float]]:
    """The candidates a re-ranker may choose from: the best, and those within POOL_WIDTH of it."""
    if not scored:
        return []
    floor = scored[0][1] - POOL_WIDTH
    return [(fact_id, score) for fact_id, score in scored if score >= floor]


class Reranking:
    """Applies a re-ranker (if any) safely: a failure falls back to the lexical order, logged once."""

    def __init__(self, reranker: Reranker | None = None) -> None:
        self.reranker = reranker
        self._failed_once = False

    def order(self, question: str, pool: Sequence[tuple[str, float]]) -> list[str]:
        """The pool's fact ids, best first, as the re-ranker orders them (the lexical order without one)."""
        lexical = [fact_id for fact_id, _ in pool]
        reranker = self.reranker
        if reranker is None or len(pool) < 2:
            return lexical
        try:
            ranked = [fact_id for fact_id, _ in reranker.rerank(question, pool)]
        except Exception:
            if not self._failed_once:
                self._failed_once = True
                log.exception("the re-ranker failed; answering with lexical ranking")
            return lexical
        known = set(lexical)
        ordered = list(dict.fromkeys(fact_id for fact_id in ranked if fact_id in known))
        # Whatever the re-ranker left out keeps its lexical place after those it ranked.
        return ordered + [fact_id for fact_id in lexical if fact_id not in ordered]

    def similarities(self, question: str, fact_ids: Sequence[str]) -> list[float] | None:
        """The re-ranker's cosine between the question and each fact (None without a re-ranker able to say, or if it fails)."""
        measure = getattr(self.reranker, "similarities", None)
        if measure is None or not fact_ids:
            return None
        try:
            return [float(c) for c in measure(question, list(fact_ids))]
        except Exception:
            log.debug("the re-ranker could not give cosines", exc_info=True)
            return None

    def nearest(self, question: str, limit: int) -> list[tuple[str, float]]:
        """The facts nearest the question in meaning, from the re-ranker's index ([] without one, or if it fails)."""
        find = getattr(self.reranker, "nearest", None)
        if find is None or limit < 1:
            return []
        try:
            return [(fact_id, float(cosine)) for fact_id, cosine in find(question, limit)]
        except Exception:
            log.debug("the re-ranker could not find the nearest facts", exc_info=True)
            return []
