"""Trust failures a stranger found (issue 9): each fixed by its cause, each with a test that fails without the fix."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.conversation import AFTER_ABSTENTION, detect, gibberish, in_language
from bot.core.text import ENGLISH_SYNONYMS, FRENCH_SYNONYMS, SYNONYMS, search_tokens

# --- false friends: a word English and French share takes the meaning of the text's language


@pytest.mark.parametrize(
    ("english", "french", "token"),
    [
        ("what did the former OpenAI employee say", "qui va former les modèles", "train"),
        ("who is the patron of the cafe", "qui est le patron d'openai", "ceo"),
        ("I rue the day", "savreux était à la rue", "homeless"),
        ("a class reunion", "la réunion d'invisible", "meeting"),
        ("AI entrepreneurs building startups", "les entrepreneurs invisibles", "contractor"),
        ("a five cent coin", "cent personnes", "100"),
        ("the formation of the union", "la formation des formateurs", "train"),
    ],
)
def test_a_french_meaning_is_never_given_to_the_english_word(english: str, french: str, token: str) -> None:
    assert token not in search_tokens(english)
    assert token in search_tokens(french)


def test_an_english_meaning_is_never_given_to_the_french_word() -> None:
    assert "pay" in search_tokens("who pays the trainers") and "pay" not in search_tokens("dans quel pays")
    assert "pay" in search_tokens("what are the salaries of trainers")
    assert "worker" in search_tokens("combien de salariés") and "pay" not in search_tokens("les salariés d'invisible")
    assert "layoff" in search_tokens("who was laid off") and "layoff" not in search_tokens("c'est laid")
    assert "train" in search_tokens("who trains the models") and "train" not in search_tokens("qui est en train de coder")


def test_a_fragment_of_a_question_is_read_in_the_questions_language() -> None:
    # "entrepreneurs" alone shows no language: in a French question it is the French word.
    from bot.core.text import READING_LANGUAGE

    assert search_tokens("entrepreneurs") == ["entrepreneur"]
    token = READING_LANGUAGE.set("fr")
    try:
        assert search_tokens("entrepreneurs") == ["contractor"]
    finally:
        READING_LANGUAGE.reset(token)


def test_no_false_friend_is_left_among_the_synonyms_of_both_languages() -> None:
    # Every word given one language's meaning only is out of the shared table, or the table would give it to both.
    assert not (ENGLISH_SYNONYMS.keys() | FRENCH_SYNONYMS.keys()) & SYNONYMS.keys()


def test_the_former_employee_is_not_answered_with_a_fact_about_training(engine: Engine) -> None:
    answer = engine.ask("what did the former OpenAI employee say")
    assert answer.best is None or answer.best.fact.id != "two-contractors-grunt-work"
    french = engine.ask("qui a formé les modèles d'openai")
    assert "train" in search_tokens("qui a formé les modèles") and french.language == "fr"


# --- inflections of a synonym that cuts a word back to its root ("kenyan" is kenya)


def test_plural_and_feminine_demonyms_join_their_place() -> None:
    assert search_tokens("Kenyans") == search_tokens("Kenyan") == search_tokens("Kenya")
    assert search_tokens("les travailleuses kényanes")[-1] == "kenya"
    # Not a synonym standing for another word: "hundreds" is no 100, "devait" no developer.
    assert "100" not in search_tokens("hundreds of trainers")
    assert "programmer" not in search_tokens("il devait coder")


def test_kenyans_finds_kenya(engine: Engine) -> None:
    answer = engine.ask("Kenyans")
    assert answer.entity is not None and answer.entity.id == "kenya"


# --- words of no language are not understood; chat words are acknowledged


@pytest.mark.parametrize("message", ["zzzz qqq", "asdfgh", "xkcd jjj"])
def test_gibberish_is_said_not_understood(engine: Engine, message: str) -> None:
    answer = engine.ask(message)
    assert answer.best is None and answer.suggestions == ()
    assert answer.conversation is not None and answer.conversation.intent == "unclear"
    assert "understand" in answer.conversation.reply


@pytest.mark.parametrize("message", ["bruh", "mdrrr", "lolll", "hmmmm", "ptdr"])
def test_chat_words_are_not_gibberish(message: str) -> None:
    assert not gibberish(message)


# --- "why?" after an abstention is a follow-up to it


@pytest.mark.parametrize(("message", "language"), [("pk ?", "fr"), ("pourquoi ?", "fr"), ("why?", "en"), ("et pq", "fr")])
def test_why_after_an_abstention_says_why_nothing_was_answered(engine: Engine, message: str, language: str) -> None:
    said = detect(message)
    assert said is not None and said.intent == "why"
    answer = engine.ask(message, previous=AFTER_ABSTENTION)
    reply = answer.conversation
    assert answer.best is None and reply is not None and reply.intent == "why" and reply.key == "why_abstained"
    assert answer.language == language and "?" not in reply.reply.split(".")[0]
    other = in_language(reply, "en" if language == "fr" else "fr")
    assert other.key == "why_abstained" and other.reply != reply.reply
