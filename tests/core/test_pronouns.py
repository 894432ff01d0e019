"""A person's pronoun in a question that names no one: the one person the previous answer was about, or a question back."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.pronouns import person_pronoun, with_name
from bot.core.render import render_text


@pytest.mark.parametrize(
    ("text", "language", "pronoun"),
    [
        ("what did he study", "en", "he"),
        ("what is his degree in", "en", "his"),
        ("where is she from?", "en", "she"),
        ("il a quel âge ?", "fr", "il"),
        ("combien gagne-t-il ?", "fr", "il"),
        ("pourquoi il était SDF", "fr", "il"),
        # a pronoun standing for a word of the question, or for no one
        ("what did the developer do before giving his solution", "en", None),
        ("le test de code, il était payé combien ?", "fr", None),
        ("quand le test a-t-il eu lieu", "fr", None),
        ("il y a combien de formateurs ?", "fr", None),
        ("quelle heure est-il", "fr", None),
        ("how much do they make", "en", None),
    ],
)
def test_a_pronoun_counts_only_when_it_stands_for_no_word_of_the_question(text: str, language: str, pronoun: str | None) -> None:
    assert person_pronoun(text, language) == pronoun


def test_the_name_takes_the_pronouns_place() -> None:
    assert with_name("what is his degree in", "his", "Jatin Kumar") == "what is Jatin Kumar's degree in"
    assert with_name("combien gagne-t-il ?", "il", "Alexej Savreux") == "combien gagne Alexej Savreux ?"


def _about(engine: Engine, question: str) -> str:
    answer = engine.ask(question)
    assert answer.best is not None
    return answer.best.fact.id


def test_after_an_answer_about_one_person_the_pronoun_is_that_person(engine: Engine) -> None:
    kumar = _about(engine, "who is jatin kumar")
    answer = engine.ask("what did he study", previous=kumar)
    assert answer.best is not None and "jatin-kumar" in answer.best.fact.entities
    assert answer.pronoun == "he" and answer.pronoun_means is not None and answer.pronoun_means.id == "jatin-kumar"
    assert answer.question == "what did he study"
    savreux = _about(engine, "who is alexej savreux")
    french = engine.ask("il a quel âge ?", previous=savreux)
    assert french.best is not None and french.best.fact.id == "savreux-age-kansas-city"


def test_a_fact_about_someone_else_is_only_offered(engine: Engine) -> None:
    """ "What did he study" after Savreux: the articles give his life, not his studies; Kumar's degree is not his."""
    savreux = _about(engine, "who is alexej savreux")
    answer = engine.ask("what did he study", previous=savreux)
    assert answer.best is None and answer.pronoun_means is not None and answer.pronoun_means.id == "alexej-savreux"
    assert all("jatin-kumar" not in m.fact.entities or "alexej-savreux" in m.fact.entities for m in answer.suggestions)


def test_without_one_person_before_it_the_bot_asks_who_is_meant(engine: Engine) -> None:
    alone = engine.ask("what did he study")
    assert alone.best is None and alone.pronoun == "he" and alone.pronoun_means is None
    assert "can't tell who “he” is" in render_text(alone, engine.base)
    both = next(f.id for f in engine.base.facts.values() if {"alexej-savreux", "jatin-kumar"} <= set(f.entities))
    assert engine.ask("what did he study", previous=both).pronoun_means is None


def test_a_question_that_names_its_subject_is_not_rewritten(engine: Engine) -> None:
    kumar = _about(engine, "who is jatin kumar")
    for question in ("le test de code, il était payé combien ?", "how old is Savreux"):
        assert engine.ask(question, previous=kumar) == engine.ask(question)


def test_the_reply_says_whom_it_took_the_pronoun_to_mean(engine: Engine) -> None:
    kumar = _about(engine, "who is jatin kumar")
    shown = render_text(engine.ask("how old is he", previous=kumar), engine.base)
    assert shown.startswith("Taking “he” to mean Jatin Kumar, from the previous answer.")
    french = render_text(engine.ask("il a quel âge ?", previous=kumar), engine.base)
    assert french.startswith("« il » compris comme Jatin Kumar")
