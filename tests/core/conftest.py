"""Fixtures the domain tests share (the base and the engine are the suite's, in tests/conftest.py)."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker
from bot.core.engine import Engine
from bot.core.models import KnowledgeBase
from bot.core.semantic import SemanticReranker, default_cache_dir, embed_facts, shared_encoder


@pytest.fixture(scope="module")
def checker(engine: Engine) -> ClaimChecker:
    """A claim checker over the shipped base's engine, one a test module."""
    return ClaimChecker(engine)


@pytest.fixture(scope="session")
def meaning_checker(base: KnowledgeBase) -> ClaimChecker:
    """A claim checker over an engine of its own with the sentence encoder attached, as the bot runs by default."""
    encoder = shared_encoder()
    return ClaimChecker(
        Engine(base, reranker=SemanticReranker(encoder, embed_facts(base.facts.values(), encoder, default_cache_dir())))
    )
