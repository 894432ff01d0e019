"""Near questions asking for what the nearest fact does not hold (issue 9): a comparison or an opinion the fact does not
make, a date to the day where it gives a month, a headcount of someone else's people, a count of those who did
something else. Each is read from the question's grammar, whatever its subject."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine, qualifiers
from bot.core.engine.focus import _count_verb, _folded
from tests.core.helpers import best_id


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does Invisible pay its trainers more than Sama paid its labelers?", {"comparison"}),
        ("who pays better, openai or google", {"comparison"}),
        ("OpenAI paie-t-il mieux que Microsoft ?", {"comparison"}),
        ("est-ce que chatgpt est meilleur que codex", {"comparison"}),
        ("did openai hire more than 1000 contractors", set()),  # a figure's bound compares nothing
        ("why hire contractors rather than employees", set()),
        ("What does Sam Altman think of the contractors?", {"opinion"}),
        ("does kumar like his manager", {"opinion"}),
        ("que pense microsoft des licenciements", {"opinion"}),
        ("what does the job look like", set()),
        ("what did the developer think the test was for", set()),
    ],
)
def test_comparisons_and_opinions_are_read_as_qualifiers(question: str, expected: set[str]) -> None:
    assert qualifiers.asked(question) == expected


def test_an_opinion_is_carried_by_a_quote_or_a_verb_of_thinking_not_by_a_report() -> None:
    assert qualifiers.carried(frozenset({"opinion"}), "", "", quoted=True)
    assert qualifiers.carried(frozenset({"opinion"}), "the developers believe openai wants", "")
    assert not qualifiers.carried(frozenset({"opinion"}), "semafor says microsoft confirmed the investment", "")
    assert qualifiers.carried(frozenset({"comparison"}), "15 an hour above missouri s 12 minimum wage", "")


@pytest.mark.parametrize(
    "question",
    [
        "OpenAI paie-t-il mieux que Microsoft ?",
        "What does Sam Altman think of the contractors who train his models?",
        "Que pense Microsoft des licenciements chez Invisible ?",
        "What day were the Invisible trainers told they were fired?",
        "at what time did altman tweet the headcount",
        "How many employees does the Partnership on AI have?",
        "Combien d'employés a Semafor ?",
        "How many trainers did Invisible keep after the layoffs?",
    ],
)
def test_a_fact_lacking_what_is_asked_does_not_answer(engine: Engine, question: str) -> None:
    assert best_id(engine, question) is None


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("does savreux earn more than missouri's minimum wage", "missouri-minimum-wage"),
        ("when did invisible lay off the trainers", "invisible-layoffs-march"),
        ("combien de formateurs ont été licenciés par Invisible ?", "invisible-layoffs-march"),
        ("how many employees does openai have", "openai-headcount-375"),
    ],
)
def test_the_fact_holding_it_still_answers(engine: Engine, question: str, fact_id: str) -> None:
    assert best_id(engine, question) == fact_id


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("how many trainers did invisible keep after the layoffs", "keep"),
        ("how many contractors did openai hire in latin america", None),  # an event, which the ranking checks
        ("how many remote contractors has openai brought on", None),  # brought on: hired
        ("how many workers does microsoft plan to cut", None),
        ("how many employees does openai have", None),
    ],
)
def test_what_those_counted_did_is_read_after_whoever_did_it(question: str, verb: str | None) -> None:
    assert _count_verb(_folded(question)) == verb


@pytest.mark.parametrize(
    "question",
    [
        "Who is the head of operations at Sama?",  # Invisible's head of operations is no answer
        "Which college did Kumar attend in Texas?",  # "a recent college graduate" does not say which
        "Quel est le nom du test de code d'OpenAI ?",  # the test has no name in the articles
        "What is Sonam Jindal's salary?",
        "What did the 2021 Partnership on AI report cost to produce?",
        "How long has Savreux lived in Kansas City?",  # his age is no length of stay
        "When did Microsoft first invest in OpenAI?",  # its new investment is not its first
        "What is the minimum wage in Kansas?",  # Missouri's is given
    ],
)
def test_a_detail_the_articles_do_not_give_is_not_answered(engine: Engine, question: str) -> None:
    assert best_id(engine, question) is None


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("who is the head of operations at invisible", "grace-matelich-role"),
        ("what's the name of the tool codex powers", "codex-powers-copilot"),
        ("what is missouri's minimum wage", "missouri-minimum-wage"),
    ],
)
def test_the_fact_giving_the_detail_still_answers(engine: Engine, question: str, fact_id: str) -> None:
    assert best_id(engine, question) == fact_id


def test_the_first_of_something_is_asked_apart_from_who_reported_it_first() -> None:
    assert qualifiers.asks_first("When did Microsoft first invest in OpenAI?")
    assert qualifiers.asks_first("who was the first investor in openai")
    assert not qualifiers.asks_first("who first reported the microsoft investment")
    assert not qualifiers.asks_first("which outlet broke the story first")
    assert qualifiers.reports_a_later_one(qualifiers.folded("Microsoft has made a new multi-billion-dollar investment"))
