"""Confident answers to questions no fact answers, fixed by their causes: an everyday word read as a fragment of a name, a
share taken for a count, a cause of another event, a misspelt question word read as a word of content, a place less
precise than the one asked (issue 9)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.lexical import naming_tokens
from tests.core.helpers import best_id

CONFIDENT = ("sure", "likely")


def _not_confident(engine: Engine, question: str, wrong: set[str] | None = None) -> None:
    """The question gets no confident answer (with `wrong`: no confident answer among those facts)."""
    answer = engine.ask(question)
    if answer.best is not None and (wrong is None or answer.best.fact.id in wrong):
        assert answer.band not in CONFIDENT, (question, answer.best.fact.id, answer.band)


def test_a_name_in_two_words_is_indexed_by_its_telling_words_only() -> None:
    # "open" of "Open AI", "city" of "Kansas City", "pilot" of "Co-Pilot" are everyday words: they do not name the entity.
    assert naming_tokens(["OpenAI", "Open AI"]) == [["openai"], []]
    assert naming_tokens(["Kansas City", "Missouri"]) == [["kansa"], ["missouri"]]
    assert naming_tokens(["Invisible", "Invisible Systems"]) == [["invisibl"], ["invisibl"]]
    assert naming_tokens(["Copilot", "Co-Pilot"]) == [["copilot"], []]
    # a person is asked about by first name too
    assert naming_tokens(["Grace Matelich", "Matelich"], whole=True) == [["grac", "matelich"], ["matelich"]]


@pytest.mark.parametrize("question", ["is it open", "open", "when does the store open", "is the museum open on sunday"])
def test_the_everyday_word_open_does_not_name_openai(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.entity is None or answer.entity.id != "openai"
    _not_confident(engine, question)


def test_the_store_opening_is_not_the_research_paper(engine: Engine) -> None:
    assert best_id(engine, "when does the store open") != "disc-research-paper-date"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did Open AI pay its contractors", "savreux-pay-15-an-hour"),
        ("how many contractors did open ai hire", "hiring-scale"),
        ("what is deep mind", "pai-guidelines-deepmind"),
    ],
)
def test_a_name_written_in_two_words_is_still_the_name(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


def test_spaced_names_are_read_as_the_one_word_name(engine: Engine) -> None:
    assert engine.described("what did Open AI pay") == "what did OpenAI pay"
    assert engine.described("is co-pilot free") == "is Copilot free"
    # "openai" is written as one word already; a number apart is left as written
    assert engine.described("openai headcount") == "openai headcount"
    assert engine.described("what is GPT-3") == "what is GPT-3"


@pytest.mark.parametrize("question", ["how many contractors", "how many contractors did openai hire"])
def test_a_share_is_no_count(engine: Engine, question: str) -> None:
    # the 40% of contractors who are programmers does not say how many contractors there are
    assert best_id(engine, question) != "hiring-programmers-share"


def test_a_share_still_answers_a_count_of_what_it_narrows_to(engine: Engine) -> None:
    assert best_id(engine, "how many of the contractors are programmers") == "hiring-programmers-share"
    assert best_id(engine, "how many contractors are programmers") == "hiring-programmers-share"


def test_a_count_leaving_out_what_is_asked_does_not_answer(engine: Engine) -> None:
    # Altman's 375 staff excludes the contractors: no count of them
    assert best_id(engine, "how many contractors") != "altman-headcount-excludes-contractors"
    assert best_id(engine, "how many staff does openai have") in ("openai-headcount-375", "altman-headcount-excludes-contractors")


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("why did Savreux become homeless", {"savreux-escaped-homelessness", "savreux-homelessness-credit"}),
        ("why did sama start working with openai", {"sama-ends-openai-partnership"}),
    ],
)
def test_a_cause_of_the_opposite_event_does_not_answer_why(engine: Engine, question: str, wrong: set[str]) -> None:
    assert best_id(engine, question) not in wrong


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how did savreux escape homelessness", "savreux-escaped-homelessness"),
        ("why did sama quit", "sama-ends-openai-partnership"),
        ("why did sama end its partnership with openai", "sama-ends-openai-partnership"),
    ],
)
def test_a_cause_of_the_event_asked_still_answers(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("wich company hired the trainers", "which company hired the trainers"),
        ("hw mny contractors", "hw many contractors"),
        ("quoa dit savreux", "quoi dit savreux"),
        ("wy did sama quit", "why did sama quit"),
    ],
)
def test_a_misspelt_question_word_is_read_as_a_question_word(engine: Engine, typed: str, read: str) -> None:
    from bot.core.engine.facade import ASKING, SPELLINGS

    respelled = engine._index.respell(typed, SPELLINGS, ASKING)
    assert respelled == read
    assert engine._index.put_right(respelled)[0] == read


@pytest.mark.parametrize("word", ["wich", "quoa", "whoo", "whta"])
def test_a_misspelt_function_word_is_never_put_right_as_a_word_of_content(engine: Engine, word: str) -> None:
    # "wich" is one letter from "rich" too, which a fact uses; it is no word of content
    assert engine._index.put_right(word)[0] == word


def test_a_misspelt_which_is_not_answered_with_money(engine: Engine) -> None:
    assert best_id(engine, "wich company hired the trainers") != "openai-money-not-reaching-contractors"


@pytest.mark.parametrize(
    "question",
    [
        "Which country is the South American developer from",
        "which latin american countries were the developers from",
    ],
)
def test_a_place_less_precise_than_the_one_asked_is_no_confident_answer(engine: Engine, question: str) -> None:
    _not_confident(engine, question, {"coding-test-five-hour-unpaid"})


def test_a_where_question_the_place_answers_still_answers(engine: Engine) -> None:
    assert best_id(engine, "which city is sama based in") == "sama-based-in-san-francisco"
