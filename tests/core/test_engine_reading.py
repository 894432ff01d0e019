"""How questions are read before matching: a scene-setting clause does not give the question its type, and French modal
verbs ask nothing, as English "should" or "could" do not."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.asks import classify
from bot.core.text import search_tokens
from tests.core.helpers import best_id


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # The opening clause sets the scene; the main clause asks.
        ("when an applicant spotted broken code, were they supposed to just patch it?", None),
        ("if invisible laid them off, why did it hire them?", "why"),
        ("quand openai a recruté, combien de développeurs a-t-il pris ?", "how_many"),
        ("once the shift starts, what does a trainer open first", None),
        # A question whose first clause is the asking one keeps its type.
        ("when did sama end the deal, exactly?", "when"),
        ("when was codex launched", "when"),
        ("before joining openai, what did kumar do", "before"),
        ("si sama a rompu, c'était en quelle année ?", "when"),
    ],
)
def test_a_scene_setting_clause_does_not_type_the_question(question: str, kind: str | None) -> None:
    assert classify(question).kind == kind


@pytest.mark.parametrize("word", ["devait", "pouvaient", "peut", "doivent", "devrait", "fallait"])
def test_french_modal_verbs_are_not_search_words(word: str) -> None:
    # "devait" was read as the stem "dev", a word no fact holds, weighing as much as the rarest one.
    assert search_tokens(f"le candidat {word} expliquer le code") == search_tokens("le candidat expliquer le code")


def test_english_modals_were_already_not_search_words() -> None:
    assert search_tokens("the applicant should explain the code") == search_tokens("the applicant explain the code")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # A job word inside a clause is no question about someone's position.
        ("what is kumar hoping the trainer job leads to", None),
        ("what is kumar's job", "role"),
        ("what is savreux's job title", "role"),
        ("what was palizban's role in the meeting", "role"),
        # Someone's age, asked with a possessive, the age word last.
        ("what is kumar's age", "how_old"),
        ("whats jatin kumars age", "how_old"),
        ("what age is savreux", "how_old"),
    ],
)
def test_positions_and_ages_are_read_where_they_are_asked(question: str, kind: str | None) -> None:
    assert classify(question).kind == kind


@pytest.mark.parametrize(
    "question",
    [
        # "put up", "put out", "set up": a phrasal verb is not the bare verb a fact must hold; a job ad is no position.
        "who put up the job ad for python developers in spanish",
        "who put out the spanish-language job listing",
        "who set up the job posting in spanish",
    ],
)
def test_who_posted_the_job_ad_in_other_words(engine: Engine, question: str) -> None:
    assert best_id(engine, question) == "hiring-spanish-job-listing"


def test_who_dug_into_the_kenyan_labellers_work(engine: Engine) -> None:
    assert best_id(engine, "who dug into the harmful content sama labellers reviewed") == "sama-kenya-harmful-content"


def test_a_who_question_about_a_deed_no_fact_speaks_of_still_abstains(engine: Engine) -> None:
    # The phrasal-verb reading only spares "put up", "dig into" and the like: a plain verb no fact uses still decides.
    assert engine.ask("who interviewed the python developer who saw the spanish job ad").best is None


@pytest.mark.parametrize(
    "question", ["which outsourcing agency put up the spanish job ad", "which agency put out the python job listing"]
)
def test_which_agency_posted_the_ad_is_still_not_answered(engine: Engine, question: str) -> None:
    # The fact speaks only of "an outsourcing agency": who posted the ad, yes; which agency, no.
    assert best_id(engine, question) is None


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("un test de 5h", "un test de 5 hours"),
        ("a 5 h shift", "a 5 hours shift"),
        ("cinq heures", "cinq heure"),  # the plural joins "hour" as the singular does
        ("il palpe combien", "il gagne combien"),
        ("les bosseurs de nairobi", "les travailleurs de nairobi"),
    ],
)
def test_short_hours_and_colloquial_french_are_read_as_the_facts_write_them(text: str, same_as: str) -> None:
    assert search_tokens(text) == search_tokens(same_as)


def test_a_clock_time_is_left_as_written() -> None:
    assert search_tokens("17h30") == ["17h30"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the 5h coding test, was it paid?", "coding-test-five-hour-unpaid"),
        ("le test de 5 heures était-il payé", "coding-test-five-hour-unpaid"),
        ("il palpe combien de l'heure, savreux ?", "savreux-pay-15-an-hour"),
    ],
)
def test_questions_in_short_or_colloquial_words_are_answered(engine: Engine, question: str, expected: str) -> None:
    assert best_id(engine, question) == expected
