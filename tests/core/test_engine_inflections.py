"""Inflections: French and English forms of a word meet in the index and in questions alike, and a typo of a curated
synonym's own word finds the synonym."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.text import search_tokens, stem


@pytest.mark.parametrize(
    "forms",
    [
        "embauché embaucher embauche embauchait embauchaient embauchées Embauchés",
        "licencié licenciés licenciée licencier licenciait licenciements licenciement",
        "payé paye payés payait payer paying paid",
        "recruté recrutait recrutaient recruter recrutés",
        "travaillait travailler travaille travaillaient",
        "hire hired hiring hires",
    ],
)
def test_the_forms_of_a_word_meet(forms: str) -> None:
    tokens = search_tokens(forms)
    assert len(tokens) == len(forms.split()) and len(set(tokens)) == 1, tokens


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("employer", "employés"),  # who employs is not who is employed
        ("PAI", "paie"),  # the Partnership on AI's initials are not French pay
        ("formed", "former"),  # "formed" is no training
        ("fonds", "fonder"),  # funds are no founding
        ("number", "numb"),  # a short English word keeps its -er
    ],
)
def test_unrelated_words_stay_apart(word: str, other: str) -> None:
    assert search_tokens(word) != search_tokens(other)


def test_elisions_and_accents_are_dropped_before_stemming() -> None:
    assert search_tokens("l'embauche d'OpenAI qu'il") == search_tokens("embauche OpenAI") == ["hire", "openai"]
    assert stem("licencies") == stem("licenciés".replace("é", "e")) == "layoff"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # inflections that no fact and no curated synonym spells
        ("combien de sous-traitants OpenAI embauchait", "hiring-scale"),
        ("combien de formateurs Invisible licenciait en mars", "invisible-layoffs-march"),
        ("combien Savreux etait-il payé de l heure", "savreux-pay-15-an-hour"),
        ("how much was savreux paying", "savreux-pay-15-an-hour"),
        # a typo of a synonym's own word: "licencciés" is two letters from no indexed token but one from "licencies"
        ("quand les liceenciements chez invisible ont-ils eu lieu", "invisible-layoffs-march"),
        ("pourquoi les formateurs d'invisible ont ete rentoyes", "invisible-layoffs-roi"),
    ],
)
def test_inflected_and_misspelt_forms_find_their_fact(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert answer.best is not None and answer.best.fact.id == expected


def test_a_pay_question_does_not_name_the_partnership_on_ai(engine: Engine) -> None:
    answer = engine.ask("how much does savreux earn an hour")
    assert answer.best is not None and answer.best.fact.id == "savreux-pay-15-an-hour"
