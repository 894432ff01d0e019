"""Answers that would mislead: a fact that shares the question's words but does not answer it gets no confident
answer (issue 9: "trust is the product")."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.asks import counted_nouns
from bot.core.text import search_tokens


def best_id(engine: Engine, question: str) -> str | None:
    answer = engine.ask(question)
    return answer.best.fact.id if answer.best else None


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("how many employees does google have", "employees"),
        ("how many remote workers has openai brought on", "remote workers"),
        ("how many of the new contractors are coders", "new contractors"),
        ("combien de formateurs ont été licenciés", "formateurs"),
        ("combien d'employés microsoft va licencier", "employés microsoft"),  # the ranker drops the names
        ("number of firms that signed", "firms"),
        # people or time in general, or nothing named: no check
        ("combien de temps après l'investissement", ""),
        ("how many times did he say it", ""),
        ("how many did openai hire", ""),
        ("combien gagne savreux", ""),
    ],
)
def test_what_a_how_many_question_counts(question: str, counted: str) -> None:
    assert counted_nouns(question) == tuple(search_tokens(counted))


def test_a_count_of_something_else_does_not_answer_how_many(engine: Engine) -> None:
    # The DeepMind fact names Google and gives a count, of firms committed to guidelines: not Google's employees.
    answer = engine.ask("how many employees does google have")
    assert answer.best is None
    assert answer.band in ("unsure", None)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the counted word differs from the fact's ("staffers" / "staff"; "people" / "trainers"): both count people at work
        ("how many staffers are on openai's payroll", {"openai-headcount-375", "altman-headcount-excludes-contractors"}),
        ("how many invisible people train the gpt bots", {"invisible-advanced-ai-data-trainers"}),
        ("how many firms committed to the partnership on ai guidelines", {"pai-guidelines-deepmind"}),
        ("combien de salariés Microsoft va-t-il supprimer", {"nadella-microsoft-layoffs"}),
        ("how many hours did the coding test take", {"coding-test-five-hour-unpaid"}),
    ],
)
def test_a_count_of_what_is_asked_still_answers(engine: Engine, question: str, expected: set[str]) -> None:
    assert best_id(engine, question) in expected
