"""Questions about what came before: "previously", "auparavant", "before joining OpenAI". The later event a question
names says when, not what: the answer need not contain its words, nor name whoever is in it."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.asks import classify
from tests.core.helpers import best_id


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("what was jatin kumar doing previously", ""),
        ("what did he do in the past", ""),
        ("qu'est-ce que savreux faisait auparavant", ""),
        ("what did kumar do before working for openai", "working for openai"),
        ("avant invisible, avec quelle entreprise openai travaillait", "invisible"),
        ("avant d'embaucher des sous-traitants, comment openai entraînait ses modèles", "embaucher des sous traitants"),
        ("kumar il faisait quoi avant son job chez openai", "son job chez openai"),
    ],
)
def test_before_questions_and_their_later_event(question: str, reference: str) -> None:
    asked = classify(question)
    assert asked.kind == "before" and asked.reference == reference


@pytest.mark.parametrize("question", ["what did Altman say earlier about the headcount", "where was Savreux in the past year"])
def test_other_questions_with_a_time_word_keep_their_type(question: str) -> None:
    assert classify(question).kind != "before"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the later event names OpenAI, which the graduate's fact does not
        ("what did kumar do before working for openai", "kumar-recent-graduate"),
        ("what was jatin kumar doing previously", "kumar-recent-graduate"),
        ("qu'est-ce que savreux faisait auparavant", "savreux-previous-jobs"),
        ("what was savreux doing before he became a trainer", "savreux-previous-jobs"),
        # "hiring contractors" is when: it must not pick the hiring facts
        ("how did openai train its models before hiring contractors", "models-trained-on-github-code"),
        # Invisible is in the later event only: Sama's fact need not name it
        ("which contracting firm worked with openai before invisible", "sama-ends-openai-partnership"),
        ("what did microsoft do before the invisible layoffs", "microsoft-investment"),
    ],
)
def test_what_came_before_is_answered_by_a_fact_telling_it(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


def test_a_before_question_about_someone_no_fact_tells_of_abstains(engine: Engine) -> None:
    # Altman's earlier career is in no article: no fact about him holds a `before` answer.
    assert best_id(engine, "what did sam altman do before openai") is None
    assert best_id(engine, "what did grace matelich do before invisible") is None


def test_what_someone_previously_wrote_asks_what_they_said() -> None:
    assert classify("what did openai researchers previously write about contractors").kind == "what_said"
    assert classify("quelle boîte bossait avec openai avant invisible").kind == "before"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # someone described by the place curated as theirs, not named
        ("what jobs did the kansas city guy have before training ai", "savreux-previous-jobs"),
        ("que faisait le formateur du texas avant", "kumar-recent-graduate"),
        ("how much does the kansas city trainer make", "savreux-pay-15-an-hour"),
    ],
)
def test_someone_described_by_where_they_are_from(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


def test_a_yes_or_no_phrasing_makes_no_fact_answer_what_was_done_before(engine: Engine) -> None:
    """'were recently hired trainers dismissed before certification' is one of the certification bar's questions: it asks
    whether, not what was done before the layoffs, which no fact says."""
    answer = engine.ask("what was done before the layoffs at invisible")
    assert answer.best is None
    assert answer.suggestions
