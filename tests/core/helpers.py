"""Small helpers the engine tests share."""

from __future__ import annotations

from bot.core.engine import Engine


def best_id(engine: Engine, question: str) -> str | None:
    """The id of the fact the engine answers with, None when it gives none."""
    answer = engine.ask(question)
    return answer.best.fact.id if answer.best else None
