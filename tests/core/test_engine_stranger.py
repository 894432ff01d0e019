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
        ("what a class reunion that was", "la réunion d'invisible", "meeting"),
        ("are AI entrepreneurs building startups", "les entrepreneurs invisibles", "contractor"),
        ("it is a five cent coin", "cent personnes", "100"),
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
    from bot.core.text import READING, reading

    token = reading("en", "who are the entrepreneurs")
    try:
        assert search_tokens("entrepreneurs") == ["entrepreneur"]
        # A text that is not part of the question (a fact's keyword read meanwhile) reads as it would alone.
        assert search_tokens("aspiring entrepreneurs") == ["aspir", "contractor"]
    finally:
        READING.reset(token)
    token = reading("fr", "combien d'entrepreneurs d'invisible")
    try:
        assert search_tokens("entrepreneurs") == ["contractor"]
    finally:
        READING.reset(token)


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


# --- a who-question in the progressive asks who does the deed, as the simple tense does


def test_who_is_paying_is_read_as_who_pays(engine: Engine) -> None:
    for question in ("who is paying for the chatbot lab", "who is paying for OpenAI"):
        answer = engine.ask(question)
        assert answer.best is None or answer.best.fact.id != "disc-coding-test-sources", question
    assert engine.ask("who is training chatgpt").best is not None


# --- a reason for something else is no reason


def test_why_savreux_left_jimmy_johns_is_not_answered_by_how_he_escaped_homelessness(engine: Engine) -> None:
    answer = engine.ask("why did savreux leave Jimmy John's")
    assert answer.best is None or answer.best.fact.id not in ("savreux-homelessness-credit", "savreux-escaped-homelessness")
    # The cause still answers what it explains, and a reason naming both parties is still one.
    assert engine.ask("how did savreux escape homelessness").best is not None
    assert engine.ask("why did Sama end its partnership with OpenAI").best.fact.id == "sama-ends-openai-partnership"


# --- a name that is an everyday word is the name only when written as one


def test_what_time_is_not_time_magazine(engine: Engine) -> None:
    answer = engine.ask("what time does the apple store open")
    assert answer.best is None
    assert "openai-spokesperson-time-statement" not in {m.fact.id for m in answer.suggestions}
    assert engine.ask("what did OpenAI tell Time").best.fact.id == "openai-spokesperson-time-statement"
    assert engine.ask("what did the openai spokesperson tell TIME").best.fact.id == "openai-spokesperson-time-statement"


# --- a list's number is markup, not a number the fact must contain


@pytest.mark.parametrize("question", ["1. who is kumar", "> 2) who is kumar", "**who** is `kumar`?", "> - who is *kumar*"])
def test_markdown_around_a_short_question_is_taken_off(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.best is not None and answer.best.fact.id == engine.ask("who is kumar").best.fact.id


# --- bylines come from the articles' metadata, never from a fact, and are never invented


def test_a_byline_is_answered_from_the_articles_metadata(engine: Engine) -> None:
    answer = engine.ask("who wrote the Internet Patrol article?")
    said = answer.conversation
    assert answer.best is None and said is not None and said.intent == "byline"
    assert "Will Young" in said.reply and "byline" in said.reply
    french = engine.ask("qui a écrit l'article de Semafor ?")
    assert french.language == "fr" and french.conversation.intent == "byline"
    assert "aucun auteur" in french.conversation.reply and "Will Young" not in french.conversation.reply
    # In another language, the same metadata (not a translation of a fact).
    assert "no author is named" in in_language(french.conversation, "en").reply


def test_an_inferred_outlet_is_said_to_be_inferred_and_no_byline_is_invented(engine: Engine) -> None:
    reply = engine.ask("who wrote the french article").conversation.reply
    assert "no author is named" in reply and "infer" in reply
    every = engine.ask("who is the author of the article").conversation.reply
    authors = [s.author for s in engine.base.sources.values() if s.author]
    assert every.count("by ") == len(authors) and every.count("no author is named") == len(engine.base.sources) - len(authors)


@pytest.mark.parametrize(
    "question", ["who wrote the coding test", "who wrote codex", "who reported that openai hired 1000 contractors"]
)
def test_who_wrote_something_else_is_no_byline_question(engine: Engine, question: str) -> None:
    said = engine.ask(question).conversation
    assert said is None or said.intent != "byline"
