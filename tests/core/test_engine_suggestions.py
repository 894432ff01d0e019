"""An abstention offers "did you mean" only for facts that share a subject with the question, never a lone everyday word."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.suggestions import grounded


@pytest.mark.parametrize(
    "question",
    [
        "what's a good name for a cat",  # "good"
        "what is the capital of australia",  # "capital" (Microsoft's stake)
        "what time is it in Tokyo",
        "how to lose weight fast",
        "recommend me a good movie",  # "recommend" (the Partnership on AI's report)
        "quel temps fait-il à Londres",  # "temps", "fait" (the hiring fact's French)
        "quelle heure est-il à Tokyo",  # "heure" (the $15 an hour)
        "comment faire une pâte à crêpes",  # "faire"
        "va-t-il pleuvoir demain",  # "va"
        "recommande-moi un bon film",
    ],
)
def test_a_far_off_topic_question_gets_no_suggestion_for_a_word_it_shares_by_chance(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.best is None and answer.suggestions == ()
    assert answer.band is None  # "the articles don't say", not "unsure, here is the closest"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why does amazon mechanical turk come up in the article", "tech-low-paid-labour-history"),
        ("what does kumar think he gets out of this work", "kumar-learning-ai"),
        ("does the home-based gig pay more than the state-mandated lowest wage?", "missouri-minimum-wage"),
        ("comment se déroule la journée type d'un formateur en IA", "trainer-shift-start"),
    ],
)
def test_a_near_miss_still_offers_the_fact_it_was_after(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert answer.best is None and answer.suggestions and answer.suggestions[0].fact.id == expected


def _lookup(token: str) -> tuple[tuple[str, float], ...]:
    return {"invisbl": (("invisibl", 0.85),), "bread": (("read", 0.35),)}.get(token, ((token, 1.0),))


@pytest.mark.parametrize(
    ("tokens", "fact", "offered"),
    [
        (["invisibl"], {"invisibl", "layoff"}, True),  # the base's own word, uncommon: enough alone
        (["gig", "jobs"], {"gig", "jobs"}, True),  # two uncommon words
        (["pay", "lowest"], {"pay", "lowest"}, True),  # an everyday word of the base's, with an uncommon one
        (["temp", "fait"], {"temp", "fait"}, False),  # two everyday words
        (["capital"], {"capital"}, False),  # one uncommon word alone
        (["pay", "pay"], {"pay"}, False),  # a word counts once
        (["invisbl"], {"invisibl"}, True),  # a misspelt word earns the points of what it is read as
        (["bread", "python"], {"read", "python"}, False),  # a real word's faint reading as another is no reading
        (["gig", "jobs"], {"gig"}, False),  # only the words the fact has
    ],
)
def test_each_shared_word_earns_a_point_for_being_the_bases_and_one_for_being_uncommon(
    tokens: list[str], fact: set[str], offered: bool
) -> None:
    own_words = {"invisibl", "pay", "jatin", "kumar"}
    assert grounded(tokens, fact, _lookup, own_words) is offered


@pytest.mark.parametrize(
    "question",
    [
        "qui a gagné la coupe du monde",  # won/earned, cup/cut, world: Microsoft's investment was answered "likely"
        "qui a gagné le match hier",
        "la coupe du monde",
        "qui a gagné",
    ],
)
def test_an_answer_sharing_only_everyday_words_and_far_in_meaning_is_withheld(meaning_checker, question: str) -> None:
    answer = meaning_checker.engine.ask(question)
    assert answer.best is None and answer.suggestions == ()


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("combien gagne savreux", "savreux-pay-15-an-hour"),  # everyday words, but a name and close in meaning
        ("nda", "invisible-anonymous-contractor-source"),  # far in meaning (one word), but the base's own word
    ],
)
def test_an_answer_with_a_telling_word_or_close_in_meaning_is_kept(meaning_checker, question: str, fact_id: str) -> None:
    answer = meaning_checker.engine.ask(question)
    assert answer.best is not None and answer.best.fact.id == fact_id
