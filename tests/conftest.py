"""Shared fixtures: the shipped fact base and its engine are loaded once per test session."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.loader import DEFAULT_KNOWLEDGE_DIR, load_knowledge
from bot.core.models import KnowledgeBase


@pytest.fixture(scope="session")
def knowledge_dir():
    return DEFAULT_KNOWLEDGE_DIR


@pytest.fixture(scope="session")
def base() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture(scope="session")
def engine(base: KnowledgeBase) -> Engine:
    return Engine(base)
