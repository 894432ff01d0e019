"""Command words typed in French get French, wherever they are typed (console, `ask`, Discord text)."""

from __future__ import annotations

import pytest

from bot.chat.console import handle_line, reply_text
from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.settings import Settings


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_knowledge())


@pytest.mark.parametrize("typed", ["aide", "/aide", "/demander", "/comparer"])
def test_a_french_command_word_is_answered_in_french(engine: Engine, typed: str) -> None:
    answer = engine.ask(typed)
    assert answer.conversation is not None and answer.language == "fr", answer
    assert "Ask me" not in answer.conversation.reply and "That is a command" not in answer.conversation.reply


def test_a_command_is_named_as_a_french_reader_sees_it(engine: Engine) -> None:
    said = engine.ask("fait au hasard").conversation
    assert said is not None and said.command == "random"  # the chat layer still gets the command itself
    assert "/hasard" in said.reply and "/random" not in said.reply
    assert "/random" in engine.ask("random").conversation.reply


def test_the_french_follow_up_names_the_french_button(engine: Engine) -> None:
    reply = engine.ask("dis m en plus").conversation.reply
    assert "Liés" in reply and "Related" not in reply
    assert "Related" in engine.ask("tell me more").conversation.reply


def test_the_console_answers_a_french_command_name_in_french(engine: Engine) -> None:
    settings = Settings()
    assert reply_text(handle_line("/aide", engine, settings, [])).startswith("## Comment poser une question")
    assert reply_text(handle_line("/help", engine, settings, [])).startswith("## How to ask")
    assert reply_text(handle_line("/help", engine, settings, [], language="fr")).startswith("## Comment poser")


def test_a_french_verdict_reads_as_french(engine: Engine) -> None:
    from bot.chat.checks import verdict_embed
    from bot.core.claims import checker_for

    verdict = checker_for(engine).check("Est-ce qu'OpenAI a licencié les formateurs ?", language="fr")
    embed = verdict_embed(verdict, engine.base)
    assert embed.title.startswith("❌ Contredit : ")
    text = " ".join(field.value for field in embed.fields)
    assert "s'adressant au média de cet article" in text and "à le " not in text
    english = verdict_embed(checker_for(engine).check("Did OpenAI fire the trainers?", language="en"), engine.base)
    assert english.title.startswith("❌ Contradicted: ")
