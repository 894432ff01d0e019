"""Messages that are not questions about the articles, or that ask what the articles do not hold, never get a fact
(issue 9: a confident answer with a fact that does not answer the question is the worst failure)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.conversation import detect


@pytest.mark.parametrize(
    ("message", "intent", "language"),
    [
        # said about the bot, with names the reporting shares: the asker means the bot
        ("are you a bot", "identity", "en"),
        ("are you made by OpenAI?", "identity", "en"),
        ("are you an openai bot", "identity", "en"),
        ("are you gpt-4", "identity", "en"),
        ("do you work for openai", "identity", "en"),
        ("what model are you", "identity", "en"),
        ("who programmed you", "identity", "en"),
        ("how do you know that", "identity", "en"),
        ("tu travailles pour openai ?", "identity", "fr"),
        ("t'es chatgpt ?", "identity", "fr"),
        ("qui t'a programmé", "identity", "fr"),
        ("what are your sources", "command", "en"),
        ("c'est quoi tes sources", "command", "fr"),
        ("can i trust you", "capabilities", "en"),
        # slang, reactions and emoticons
        ("gg", "acknowledgement", "en"),
        ("sounds good", "acknowledgement", "en"),
        ("bruh", "acknowledgement", None),
        ("ptdr", "acknowledgement", "fr"),
        ("slt", "greeting", "fr"),
        ("wesh", "greeting", "fr"),
        ("bisous", "goodbye", "fr"),
        (":)", "acknowledgement", None),
        ("<3", "acknowledgement", None),
        ("prove it", "complaint", "en"),
        ("citation needed", "complaint", "en"),
        ("another one", "more", "en"),
        ("une autre", "more", "fr"),
        ("what do you mean", "help", "en"),
        ("tu peux répéter", "help", "fr"),
    ],
)
def test_chat_is_answered_by_the_conversation_layer_never_a_fact(
    engine: Engine, message: str, intent: str, language: str | None
) -> None:
    answer = engine.ask(message)
    assert answer.best is None and answer.suggestions == ()
    assert answer.conversation is not None and answer.conversation.intent == intent
    if language is not None:
        assert answer.language == language
    if intent == "command":
        assert answer.conversation.command == "sources"


@pytest.mark.parametrize(
    "question",
    [
        "are you able to say how many contractors openai hired",
        "who made codex",
        "what model is codex based on",
        "do you know who sam altman is",
        "how do trainers know what to write",
        "where do the trainers get their tasks",
        "qui a créé codex",
    ],
)
def test_questions_naming_you_or_sources_are_still_questions(question: str) -> None:
    assert detect(question) is None


@pytest.mark.parametrize("message", ["kumr", "savrux", "Nvidia", "nvidia", "anthropic", "who is kai", "1 000"])
def test_a_short_message_is_chatter_only_when_it_holds_no_word_name_or_number(engine: Engine, message: str) -> None:
    # A typo of a name finds the name; a name the base never uses, a question or a number is not chatter.
    assert engine.ask(message).conversation is None


def test_a_word_the_base_does_not_know_is_chatter_but_not_a_long_message(engine: Engine) -> None:
    assert engine.ask("skibidi").conversation is not None
    long = engine.ask("skibidi toilet rizz gyatt ohio")
    assert long.conversation is None and long.best is None
