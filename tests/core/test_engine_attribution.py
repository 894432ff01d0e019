"""Where the asker read something ("according to the NBC piece") is left out of what is matched: it says which
reporting, not what is asked."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.attribution import publication_words, without_attribution

ALLOWED = publication_words(["Semafor", "NBC News", "NBC", "Time", "The Internet Patrol"])


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what's the minimum wage in missouri according to the nbc piece", "what's the minimum wage in missouri"),
        ("according to the article, how long was the coding test", "how long was the coding test"),
        ("how many contractors according to Semafor?", "how many contractors ?"),
        ("selon l'article, quel est le salaire minimum au Missouri", "quel est le salaire minimum au Missouri"),
        (
            "d'après Semafor, combien de sous-traitants OpenAI a-t-il embauchés ?",
            "combien de sous-traitants OpenAI a-t-il embauchés ?",
        ),
    ],
)
def test_a_clause_naming_the_reporting_is_left_out(question: str, asked: str) -> None:
    assert without_attribution(question, ALLOWED) == asked


@pytest.mark.parametrize(
    "question",
    [
        "openai headcount according to altman",  # whose claim is asked about
        "according to the new york times, how many contractors did openai hire",  # a source the base does not hold
        "how much is paid according to the contract terms",  # not a piece of reporting
        "selon moi c'est quoi le mieux",
        "according to",
    ],
)
def test_any_other_clause_is_kept(question: str) -> None:
    assert without_attribution(question, ALLOWED) == question


def test_a_question_naming_the_reporting_is_answered_as_without(engine: Engine) -> None:
    plain = engine.ask("what's the minimum wage in missouri")
    told = engine.ask("what's the minimum wage in missouri according to the nbc piece")
    assert plain.best is not None and told.best is not None and told.best.fact.id == plain.best.fact.id
    # The echo is the question as asked.
    assert told.question == "what's the minimum wage in missouri according to the nbc piece"


def test_a_source_the_base_does_not_hold_still_tells_no_fact_answers(engine: Engine) -> None:
    assert engine.ask("according to the new york times, what is the minimum wage in missouri").band != "sure"
