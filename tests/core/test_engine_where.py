"""Where questions: where someone's people are is not where the organisation itself is, and "which parts of the
world", "which regions" only say that a place is asked for."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.asks import TYPE_TOKENS
from bot.core.text import search_tokens
from tests.core.helpers import best_id


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the contractors' regions, not OpenAI's own San Francisco base
        ("where are openai's new contractors located", "hiring-scale"),
        ("in what parts of the world are openai's remote workers based", "hiring-scale"),
        # OpenAI itself: its own base
        ("where is openai based", "chatgpt-released-in-november"),
        ("où est basée sama", "sama-based-in-san-francisco"),
    ],
)
def test_where_someones_people_are_and_where_they_are(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


def test_words_naming_a_kind_of_place_only_say_where_is_asked() -> None:
    # (French "pays" is a country, the English "pays" a payment: each read in its language.)
    assert set(search_tokens("parts of the world regions") + search_tokens("pays villes", "fr")) <= TYPE_TOKENS["where"]


@pytest.mark.parametrize(
    "question",
    [
        # Sama's place is where its labellers worked; the fact speaks of "cutting ties", which is no layoff place
        "where did the layoffs happen",
    ],
)
def test_a_place_of_something_else_does_not_answer(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.best is None or answer.best.fact.id != "sama-ends-openai-partnership"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("où travaillaient les annotateurs de sama", "sama-kenya-harmful-content"),
        ("where does svreux come from", "savreux-age-kansas-city"),  # a typo in the name still finds whose place it is
        ("où a eu lieu le vote syndical", "nairobi-ai-workers-union-vote"),
    ],
)
def test_a_place_of_what_is_asked_answers(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


def test_where_someone_comes_from_in_french(engine: Engine) -> None:
    # where OpenAI's contractors were hired, or where the labellers Sama provided it worked ("viennent" is no content word)
    assert best_id(engine, "d'où viennent les sous-traitants d'openai") in {"hiring-scale", "sama-ends-openai-partnership"}


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        # a fact answering where only by its curators' "where does OpenAI's money go": a place of money, not of people
        ("where are openai's contractors", "openai-money-not-reaching-contractors"),
        # where Sama's labellers were is not where OpenAI's contractors work (the question names OpenAI, not Sama)
        ("where do openai's contractors work", "sama-ends-openai-partnership"),
        ("where do openai's contractors work", "openai-money-not-reaching-contractors"),
    ],
)
def test_a_place_of_something_else_is_no_confident_answer(engine: Engine, question: str, wrong: str) -> None:
    answer = engine.ask(question)
    assert not (answer.best is not None and answer.best.fact.id == wrong and answer.band in ("sure", "likely"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where did sama's labellers for openai work", "sama-ends-openai-partnership"),
        ("where does openai's money go", "openai-money-not-reaching-contractors"),
    ],
)
def test_the_place_of_what_is_asked_still_answers(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected
