"""The conversation layer: what is said to the bot gets a short fitting reply, never a fact."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.engine.conversation import detect, strip_courtesies
from bot.core.render import NO_SURE_ANSWER, NOT_IN_ARTICLES, answer_json, render_text


@pytest.mark.parametrize(
    ("message", "intent", "language"),
    [
        ("thanks", "thanks", "en"),
        ("Thank you so much!", "thanks", "en"),
        ("thnaks", "thanks", "en"),
        ("merci beaucoup !", "thanks", "fr"),
        ("hi", "greeting", "en"),
        ("Hello there 👋", "greeting", "en"),
        ("bonjour", "greeting", "fr"),
        ("salut !", "greeting", "fr"),
        ("bye", "goodbye", "en"),
        ("au revoir", "goodbye", "fr"),
        ("help", "command", "en"),
        ("aide-moi", "help", "fr"),
        ("start", "help", "en"),
        ("?", "help", "en"),
        ("who are you?", "identity", "en"),
        ("qui es-tu ?", "identity", "fr"),
        ("what can you do", "capabilities", "en"),
        ("tu sers à quoi ?", "capabilities", "fr"),
        ("good bot", "praise", "en"),
        ("génial", "praise", "fr"),
        ("that's wrong", "complaint", "en"),
        ("c'est faux", "complaint", "fr"),
        ("n'importe quoi c faux", "complaint", "fr"),  # "c" texted for "c'est"
        ("merci c top", "praise", "fr"),
        ("tell me more", "more", "en"),
        ("dis-m'en plus", "more", "fr"),
        ("why?", "why", "en"),
        ("pourquoi ?", "why", "fr"),
        ("what time is it", "small_talk", "en"),
        ("il fait beau aujourd'hui", "small_talk", "fr"),
        ("comment ça va ?", "small_talk", "fr"),
        ("ok", "acknowledgement", "en"),
        ("ok thanks, bye", "thanks", "en"),
        ("sources", "command", "en"),
        ("/help", "command", "en"),
        ("topics please", "command", "en"),
        ("can you help me?", "help", "en"),
        ("I don't understand", "help", "en"),
        ("you're awesome", "praise", "en"),
        ("sorry, my bad", "acknowledgement", "en"),
        ("thanks for the info!", "thanks", "en"),
    ],
)
def test_what_is_said_to_the_bot_gets_a_reply_in_the_askers_language(
    engine: Engine, message: str, intent: str, language: str
) -> None:
    answer = engine.ask(message)
    assert answer.best is None and answer.suggestions == () and answer.alternatives == ()
    assert answer.conversation is not None and answer.conversation.intent == intent
    assert answer.language == language
    reply = answer.conversation.reply
    # A fitting reply, never a statement about the articles' silence.
    assert reply and reply not in NOT_IN_ARTICLES.values() and reply not in NO_SURE_ANSWER.values()
    assert ("Merci" in reply or "Bonjour" in reply or "Posez" in reply or "Désolé" in reply or "Au revoir" in reply or
            "Je " in reply or "Avec plaisir" in reply or "Plus sur" in reply or "Pourquoi" in reply) == (language == "fr")  # fmt: skip


@pytest.mark.parametrize("command", ["sources", "topics", "about", "help"])
def test_command_words_name_their_command(engine: Engine, command: str) -> None:
    for typed in (command, f"/{command}"):
        said = engine.ask(typed).conversation
        assert said is not None and said.intent == "command" and said.command == command


@pytest.mark.parametrize(
    "question",
    [
        "how many contractors did openai hire",
        "who is sam altman",
        "what did savreux do before",
        "tell me more about savreux",
        "more about the layoffs",
        "why did invisible fire the trainers",
        "help desk contractors",
        "thanks to whom did openai grow",
        "is the coding test paid",
        "c quoi le taf des formateurs",
    ],
)
def test_questions_are_not_taken_for_conversation(question: str) -> None:
    assert detect(question) is None


def test_courtesies_around_a_question_are_taken_off_it(engine: Engine) -> None:
    assert strip_courtesies("hi, who is Grace Matelich? thanks!") == "who is Grace Matelich?"
    assert strip_courtesies("merci ! qui est matelich") == "qui est matelich"
    # A word that carries meaning stays.
    assert strip_courtesies("no union at invisible?") == "no union at invisible?"
    polite = engine.ask("Hello! How many contractors did OpenAI hire? Thanks a lot")
    assert polite.best is not None and polite.best.fact.id == engine.ask("How many contractors did OpenAI hire?").best.fact.id


def test_thanks_no_longer_meets_the_researchers_thanking_their_contractors(engine: Engine) -> None:
    for message in ("thanks", "thank you", "merci", "start", "help", "hi", "tell me more"):
        assert engine.ask(message).best is None, message


def test_a_follow_up_is_about_the_previous_answer(engine: Engine) -> None:
    first = engine.ask("How many contractors did OpenAI hire?")
    more = engine.ask("tell me more", previous=first.best.fact.id)
    said = more.conversation
    assert more.best is None and said is not None and said.intent == "more"
    assert said.about is first.best.fact
    assert said.related and first.best.fact not in said.related
    assert [f.id for f in said.related] == [f.id for f in engine.related(first.best.fact.id, len(said.related))]
    why = engine.ask("pourquoi ?", previous=first.best.fact.id)
    assert why.conversation.intent == "why" and why.conversation.about is first.best.fact and why.language == "fr"


def test_a_follow_up_with_nothing_before_asks_what_it_is_about(engine: Engine) -> None:
    for previous in (None, "no-such-fact"):
        said = engine.ask("tell me more", previous=previous).conversation
        assert said.intent == "more" and said.about is None and said.related == ()
        assert "?" in said.reply


def test_conversation_is_rendered_as_its_reply_and_in_json(engine: Engine) -> None:
    answer = engine.ask("merci")
    assert render_text(answer, engine.base) == answer.conversation.reply
    data = answer_json(answer, engine.base)
    assert data["answer"] is None and data["conversation"]["intent"] == "thanks"
    assert data["conversation"]["reply"] == answer.conversation.reply


def test_why_after_an_answer_offers_the_related_facts_giving_a_reason_first(engine: Engine) -> None:
    said = engine.ask("why?", previous="invisible-layoffs-march").conversation
    kinds = ["cause" in fact.answer_kinds for fact in said.related]
    assert kinds and kinds[0] and kinds == sorted(kinds, reverse=True)


@pytest.mark.parametrize(
    "message", ["tu sers à quoi exactement ?", "what can you do exactly", "c'est quoi au juste ce bot", "who are you actually"]
)
def test_a_filler_word_leaves_a_message_to_the_bot_as_conversation(engine: Engine, message: str) -> None:
    answer = engine.ask(message)
    assert answer.conversation is not None and answer.best is None
