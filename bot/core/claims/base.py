"""The state every group of claim checks shares."""

from __future__ import annotations

from functools import cached_property

from bot.core.engine import Engine
from bot.core.models import Fact, KnowledgeBase


class CheckerBase:
    """What every group of checks shares: the engine, its base, the per-fact tables (filled by `_FactMatching._prepare`)
    and how a name is written."""

    engine: Engine
    base: KnowledgeBase
    #: The engine without its re-ranker, that candidates are asked of (matching.py), made at the first need.
    _lexical_engine: Engine | None = None
    #: The articles' titles, normalised, made at the first need (matching.py).
    _titles: tuple[str, ...] | None = None
    _share_words: dict[str, set[float]] | None = None

    def _names(self, entity_id: str) -> tuple[str, ...]:
        entity = self.base.entities[entity_id]
        return (entity.name, *entity.aliases)

    def _outlets(self, fact: Fact) -> frozenset[str]:
        raise NotImplementedError  # the checker's: the publications whose reporting a fact cites

    def _texts(self, fact: Fact) -> list[str]:
        return [fact.statement, *(c.quote for c in fact.citations)]

    @cached_property
    def _entity_names(self) -> frozenset[str]:
        """Every entity's name (made once a checker: a checker is built per engine, so per base)."""
        return frozenset(entity.name for entity in self.base.entities.values())
