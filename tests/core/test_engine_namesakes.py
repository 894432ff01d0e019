"""A name that more than one entity may have ("sam": Sam Altman's first name, one letter from Sama) is not answered
with either: both are offered, and the reply says why."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.render import abstention_text, namesake_fact, render_text


@pytest.mark.parametrize("question", ["who is sam", "sam", "qui est sam", "c'est qui sam"])
def test_an_ambiguous_name_offers_each_one(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.best is None
    assert {e.id for e in answer.namesakes} == {"sam-altman", "sama"}
    offered = {m.fact.id for m in answer.suggestions}
    assert offered == {engine._entities.intro(e).id for e in answer.namesakes}
    assert "Sam Altman" in abstention_text(answer) and "Sama" in abstention_text(answer)


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("who is sama", "sama"),  # the whole name of one
        ("who is sam altman", "sam-altman"),
        ("who is altman", "sam-altman"),  # an alias
        ("who is kumar", "jatin-kumar"),  # a part of one name only
        ("who is jatin", "jatin-kumar"),
    ],
)
def test_a_name_only_one_has_is_answered(engine: Engine, question: str, entity: str) -> None:
    answer = engine.ask(question)
    assert answer.best is not None and answer.entity is not None and answer.entity.id == entity
    assert answer.namesakes == ()


@pytest.mark.parametrize(("question", "description"), [("who is sam", "OpenAI's CEO"), ("qui est sam", "Le PDG d'OpenAI")])
def test_each_namesake_is_offered_as_who_they_are(engine: Engine, question: str, description: str) -> None:
    # their cards (name, kind, description), not the first questions of their intro facts ("how many employees does
    # openai have" for Sam Altman)
    answer = engine.ask(question)
    text = render_text(answer, engine.base)
    assert description in text and "Sama (organisation)" in text
    assert "how many employees" not in text and "openai compar" not in text
    assert {namesake_fact(e, answer).id for e in answer.namesakes} == {m.fact.id for m in answer.suggestions}
