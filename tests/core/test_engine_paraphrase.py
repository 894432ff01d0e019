"""Readers' own words: everyday synonyms of the articles' vocabulary, French verb forms in a how-much question, and
phrasal verbs ("taken on") that mean hiring only when people are taken on."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.asks import classify, rephrase
from bot.core.text import search_tokens


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("combien touchait savreux de l'heure", "how_much_money"),
        ("combien gagnaient les formateurs", "how_much_money"),
        ("combien payait openai ses sous-traitants", "how_much_money"),
        ("combien de pays", "how_many"),  # "pays" is a country, not a pay verb
    ],
)
def test_a_how_much_question_in_any_tense(question: str, kind: str) -> None:
    assert classify(question).kind == kind


def test_taking_on_people_is_hiring_them_and_taking_on_a_rival_is_not() -> None:
    assert "hire" in search_tokens(rephrase("how many gig workers has openai taken on lately"))
    assert "hire" in search_tokens(rephrase("did openai take on more contractors"))
    assert "hire" not in search_tokens(rephrase("will microsoft take on google"))
    assert "hire" not in search_tokens(rephrase("openai took on a big task"))


@pytest.mark.parametrize(("word", "token"), [("paycheck", "pay"), ("tutors", "trainer"), ("congédiés", "layoff")])
def test_everyday_words_meet_the_articles_words(word: str, token: str) -> None:
    assert search_tokens(word) == [token]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("combien touchait savreux de l'heure", "savreux-pay-15-an-hour"),
        ("how big was savreux's paycheck", "savreux-pay-15-an-hour"),
        ("les formateurs ont-ils été congédiés en mars", "invisible-layoffs-march"),
        ("how many freelancers did openai onboard", "hiring-scale"),
    ],
)
def test_paraphrases_find_their_fact(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert answer.best is not None and answer.best.fact.id == expected
