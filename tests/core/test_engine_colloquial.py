"""Chat-style questions: fillers ("tho", "exactement", "vu sur ..."), the question word last ("elle bosse où",
"c'était quand", "elle a dit quoi"), and misspelt names read as the index reads them when deciding whom a question is
about."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.asks import classify
from tests.core.helpers import best_id


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("sonam jindal elle bosse ou", "where"),
        ("savreux il vit où", "where"),
        ("les licenciements c'était quand", "when"),
        ("matelich elle a dit quoi", "what_said"),
        ("openai ou microsoft", None),  # "ou" is "or" here
    ],
)
def test_the_question_word_last(question: str, kind: str | None) -> None:
    assert classify(question).kind == kind


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sonam jindal elle bosse ou", "jindal-partnership-on-ai"),  # where she works: her curated role's organisation
        ("where does kumar work", "kumar-conversational-trainer"),
        ("what did sam altmn say abut openai headcount", "openai-headcount-375"),
        ("what did satya nadela say about layofs", "nadella-microsoft-layoffs"),  # "let go" in the fact is a layoff
    ],
)
def test_colloquial_and_misspelt_questions_are_answered(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


def test_fillers_do_not_count_against_the_question(engine: Engine) -> None:
    answer = engine.ask("why did invisible fire ppl tho")
    assert answer.best is not None and "cause" in answer.best.fact.answer_kinds


@pytest.mark.parametrize(
    "question",
    ["who is the ceo of invisble", "what did sam altmn say about the layofffs", "combien ievisible paie-t-il ses fermateurs"],
)
def test_a_misspelt_name_still_asks_about_them(engine: Engine, question: str) -> None:
    # read as Invisible or Altman, the question asks what no fact about them gives
    assert best_id(engine, question) is None
