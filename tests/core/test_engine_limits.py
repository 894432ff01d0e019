"""The index stays linear in the size of its words: an absurdly long word gets no typo variants."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

from bot.core.engine import Engine
from bot.core.engine.lexical import MAX_TYPO_CHARS
from bot.core.models import KnowledgeBase


def test_a_huge_word_in_a_fact_or_a_question_costs_no_typo_variants(base: KnowledgeBase) -> None:
    word = "z" * 40_000
    fact = next(iter(base.facts.values()))
    facts = dict(base.facts)
    facts[fact.id] = dataclasses.replace(fact, keywords=(*fact.keywords, word))
    engine = Engine(dataclasses.replace(base, facts=MappingProxyType(facts)))
    index = engine._index
    assert word in index.idf  # still found when asked for exactly
    assert max(map(len, index._deletions)) < MAX_TYPO_CHARS
    assert engine.ask(word + "y").best is None  # no typo search for it either
