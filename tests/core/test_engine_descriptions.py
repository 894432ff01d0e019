"""Entities described without their names ("the 22-year-old in Texas", "Redmond's software giant", "la boîte qui a viré
ses formateurs"): the curated descriptions in entities.yaml (`described_as`), checked by the loader and read by the
engine as mentions of the entity they describe, with the same care as a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.text import search_tokens


def described(engine: Engine, question: str) -> tuple[str, frozenset[str]]:
    found = engine._entities.described(question)
    return found.text, found.entities


@pytest.mark.parametrize(
    ("question", "text", "entity"),
    [
        ("how old is the 22-year-old in Texas", "how old is Jatin Kumar in Texas", "jatin-kumar"),
        ("where does the 34-year-old trainer live", "where does Alexej Savreux live", "alexej-savreux"),
        ("how much did Redmond's software giant invest", "how much did Microsoft invest", "microsoft"),
        ("what did the maker of ChatGPT tell Semafor", "what did OpenAI tell Semafor", "openai"),
        ("who is the 22-year-old?", "who is Jatin Kumar?", "jatin-kumar"),
        ("pourquoi le créateur du chatbot a-t-il embauché", "pourquoi OpenAI a-t-il embauché", "openai"),
    ],
)
def test_a_description_is_read_as_the_name_it_stands_for(engine: Engine, question: str, text: str, entity: str) -> None:
    assert described(engine, question) == (text, frozenset({entity}))


def test_a_description_fitting_two_entities_names_neither(engine: Engine) -> None:
    # "tech giant" is curated for Google, Facebook and Microsoft alike; "contracting firm" for Invisible and Sama.
    assert described(engine, "how many people does the tech giant employ") == (
        "how many people does the tech giant employ",
        frozenset(),
    )
    assert described(engine, "when did the contracting firm lay off its trainers")[1] == frozenset()
    # Seattle is where Microsoft and Amazon are: a question about "the Seattle company" is about neither.
    assert described(engine, "how much did the Seattle company invest")[1] == frozenset()


def test_the_longest_description_wins_over_a_shorter_one_inside_it(engine: Engine) -> None:
    # "outsourcing firm" fits Invisible and Sama; "outsourcing firm in Nairobi" only Sama.
    assert described(engine, "why did the outsourcing firm in Nairobi stop")[1] == frozenset({"sama"})


def test_a_description_asked_to_be_named_is_left_alone(engine: Engine) -> None:
    for question in ("which chatbot company hired contractors", "quelle boîte a viré ses formateurs"):
        assert described(engine, question) == (question, frozenset())


def test_a_description_that_is_the_whole_question_asks_about_what_it_says(engine: Engine) -> None:
    assert described(engine, "recent college graduate") == ("recent college graduate", frozenset())


def test_words_between_a_descriptions_words_are_not_swallowed(engine: Engine) -> None:
    # "sandwich ... chain" with a word between is no "sandwich chain": "shop" would go with it.
    assert described(engine, "did the sandwich shop chain pay well")[1] == frozenset()


def test_a_description_by_a_deed_keeps_its_words_beside_the_name(engine: Engine) -> None:
    # "Did the startup fire its trainers?" asks about the deed that describes Invisible: it must not become "did Invisible".
    text, entities = described(engine, "did the startup that fired its trainers rehire any")
    assert entities == frozenset({"invisible"})
    assert "Invisible" in text and "fired its trainers" in text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("how old is the 22-year-old in Texas", "kumar-age-texas"),
        ("where does the 34-year-old trainer live", "savreux-age-kansas-city"),
        ("why did the outsourcing firm in Nairobi stop working with the chatbot company", "sama-ends-openai-partnership"),
    ],
)
def test_a_described_entity_is_answered_about(engine: Engine, question: str, fact: str) -> None:
    answer = engine.ask(question)
    assert answer.best is not None and answer.best.fact.id == fact


def test_a_capitalised_description_is_no_stranger(engine: Engine) -> None:
    # "Redmond" is no name the articles use: read as Microsoft, it no longer makes the question about someone unknown.
    answer = engine.ask("how much did Redmond's software giant invest in the chatbot maker")
    assert answer.best is not None and "microsoft" in answer.best.fact.entities


def _entities_with(knowledge_copy: Path, old: str, new: str) -> str:
    path = knowledge_copy / "entities.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(knowledge_copy)
    return str(info.value)


@pytest.mark.parametrize(
    ("description", "problem"),
    [
        ("the of", "description 'the of' has only stop words"),
        ("Savreaux", "description 'Savreaux' is its own name"),
        ("Jimmy John's", "description 'Jimmy John's' is a name of 'jimmy-johns'"),
        ("34-year-old, 34 year old", "description '34 year old' repeats another of its descriptions"),
    ],
)
def test_the_loader_rejects_a_description_that_names_or_says_nothing(
    knowledge_copy: Path, description: str, problem: str
) -> None:
    message = _entities_with(knowledge_copy, "described_as: [34-year-old", f"described_as: [{description}")
    assert "entities.yaml:" in message and f"entity 'alexej-savreux': {problem}" in message


def test_the_loader_rejects_descriptions_that_are_not_a_list_of_strings(knowledge_copy: Path) -> None:
    message = _entities_with(knowledge_copy, "described_as: [34-year-old", "described_as: [[34], 34-year-old")
    assert "entities.yaml:12: described_as must be a list of non-empty strings" in message


@pytest.mark.parametrize(
    ("word", "token"), [("gigs", "gig"), ("side hustle", "gig"), ("jobs", "job"), ("axed", "layoff"), ("canned", "layoff")]
)
def test_everyday_words_for_gig_work_and_firing_meet_the_articles_words(word: str, token: str) -> None:
    assert token in search_tokens(word)
