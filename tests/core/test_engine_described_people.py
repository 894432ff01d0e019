"""People and firms described the way readers put it, beyond the curated descriptions word for word: a head word in
another's place ("the pop-punk trio", "the outsourcing outfit in Nairobi"), a word for a person beside the place curated as theirs
("the young fella in the Lone Star State"), and a former employer curated as theirs alone ("the former Jimmy John's
worker")."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.text import search_tokens
from tests.core.helpers import best_id


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        # A description's head word in its kind's other words: band, trio, group.
        ("what lyric of the pop-punk trio opens the story", "blink-182"),
        ("what lyric of the pop-punk group opens the story", "blink-182"),
        # A firm is an outfit, a vendor, an agency.
        ("how much does the outsourcing outfit in Nairobi pay", "sama"),
        # A graduate is a grad.
        ("what does the recent grad want to build", "jatin-kumar"),
        ("what does the recent graduate want to build", "jatin-kumar"),
    ],
)
def test_a_description_s_head_word_may_be_another_of_its_kind(engine: Engine, question: str, entity: str) -> None:
    assert engine._entities.described(question).entities == frozenset({entity})


def test_a_head_word_alone_describes_no_one(engine: Engine) -> None:
    assert engine._entities.described("what did the graduate say").entities == frozenset()
    assert engine._entities.described("which band played").entities == frozenset()


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("how old is the former Jimmy John's worker", "savreux-age-kansas-city"),
        ("l'ancien employé de Jimmy John's a quel âge ?", "savreux-age-kansas-city"),
        ("what does the young fella in the Lone Star State want to launch", "kumar-startup-ambition"),
    ],
)
def test_someone_described_by_a_former_employer_or_a_place_is_asked_about(engine: Engine, question: str, fact: str) -> None:
    assert best_id(engine, question) == fact


@pytest.mark.parametrize(
    "question",
    [
        # Former workers in the plural are any of them, not the one the articles name.
        "how much do former Jimmy John's workers make",
        # Two people are curated as having worked for OpenAI: the description names neither.
        "how much does the former OpenAI contractor make",
    ],
)
def test_a_former_employer_names_no_one_it_does_not_single_out(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.best is None or answer.best.fact.id != "savreux-pay-15-an-hour"


def test_a_former_employer_needs_a_word_for_the_past(engine: Engine) -> None:
    entities = engine._entities
    tokens = search_tokens("how old is the Jimmy John's worker")
    assert entities.described_by_past_employer("how old is the Jimmy John's worker", tokens, frozenset({"jimmy-johns"})) == (
        frozenset()
    )
    tokens = search_tokens("how old is the former Jimmy John's worker", "en")
    found = entities.described_by_past_employer("how old is the former Jimmy John's worker", tokens, frozenset({"jimmy-johns"}))
    assert found == frozenset({"alexej-savreux"})
