"""Small helpers the engine tests share."""

from __future__ import annotations

from bot.core.claims import ClaimChecker
from bot.core.engine import Engine


def best_id(engine: Engine, question: str) -> str | None:
    """The id of the fact the engine answers with, None when it gives none."""
    answer = engine.ask(question)
    return answer.best.fact.id if answer.best else None


def said(checker: ClaimChecker, claim: str) -> tuple[str, str | None]:
    """The verdict a claim gets (its false-premise reading first, as `assess` does) and the id of its fact."""
    verdict = checker.assess(claim)
    return verdict.verdict, verdict.fact.id if verdict.fact else None
