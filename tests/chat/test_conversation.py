"""Conversation in the chat layer: replies to what is said to the bot, and follow-ups per DM, channel or console."""

from __future__ import annotations

import pytest

from bot.chat import replies
from bot.chat.cogs.asking import AskingCog
from bot.chat.console import handle_line, reply_text
from bot.chat.embeds import within_limits
from bot.chat.sessions import LastAnswers
from bot.chat.views import describe
from bot.core.engine import Engine
from bot.core.engine.conversation import AFTER_ABSTENTION
from bot.settings import Settings
from tests.chat.fakes import FakeMessage, fake_client

QUESTION = "How many contractors did OpenAI hire?"


def ask(engine: Engine, text: str, memory: LastAnswers, place: object):
    return replies.answer_question(text, engine, max_length=500, last_answers=memory, place=place)


def test_chat_words_get_a_short_reply_and_no_answer_embed(engine: Engine) -> None:
    for text, expected in (("thanks", "welcome"), ("merci", "plaisir"), ("who are you", "bot")):
        reply = replies.answer_question(text, engine, max_length=500)
        assert expected in reply.content and not reply.embeds and reply.view is None


def test_tell_me_more_follows_up_the_last_answer_in_the_same_place_only(engine: Engine) -> None:
    memory = LastAnswers()
    first = ask(engine, QUESTION, memory, place=1)
    fact_id = first.embeds[0].footer.text.rsplit(" ", 1)[-1]
    assert memory.get(1) == fact_id
    more = ask(engine, "tell me more", memory, place=1)
    assert more.content.startswith("More on that answer") and more.embeds[0].title == "Related facts"
    offered = [value for _, _, options in describe(more.view) for _, value in options]
    assert offered and fact_id not in offered
    assert set(offered) <= {f.id for f in engine.related(fact_id, 10)}
    # Another DM or channel has no previous answer: the bot asks what it is about.
    elsewhere = ask(engine, "tell me more", memory, place=2)
    assert "More about what?" in elsewhere.content and not elsewhere.embeds


def test_a_conversational_reply_does_not_replace_the_last_answer(engine: Engine) -> None:
    memory = LastAnswers()
    ask(engine, QUESTION, memory, place="dm")
    remembered = memory.get("dm")
    ask(engine, "thanks!", memory, place="dm")
    assert memory.get("dm") == remembered
    assert ask(engine, "why?", memory, place="dm").embeds[0].title == "Related facts"


def test_command_words_typed_as_text_run_their_command(engine: Engine) -> None:
    assert replies.answer_question("sources", engine, max_length=500).embeds[0].title == "The articles"
    assert replies.answer_question("/help", engine, max_length=500).content  # help as text in a DM


def test_the_memory_is_bounded_least_recently_used_first_out() -> None:
    memory = LastAnswers(size=2)
    memory.remember("a", "f1")
    memory.remember("b", "f2")
    assert memory.get("a") == "f1"  # "a" is now the most recently used
    memory.remember("c", "f3")
    assert len(memory) == 2 and memory.get("b") is None and memory.get("a") == "f1" and memory.get("c") == "f3"


def test_the_console_follows_up_its_own_last_answer(engine: Engine) -> None:
    settings = Settings()
    memory = LastAnswers(size=1)
    handle_line(QUESTION, engine, settings, [], memory)
    text = reply_text(handle_line("dis-m'en plus", engine, settings, [], memory))
    # the follow-up is French, so is the page of related facts under it (it was once English)
    assert text.startswith("Pour aller plus loin") and "## Faits liés" in text and "Related facts" not in text


@pytest.mark.asyncio
async def test_a_dm_follow_up_goes_through_the_cog(engine: Engine) -> None:
    cog = AskingCog(fake_client(engine))
    first = FakeMessage(QUESTION, dm=True)
    await cog.on_message(first)
    more = FakeMessage("tell me more", dm=True)
    more.channel = first.channel
    await cog.on_message(more)
    (sent,) = more.replies
    assert sent["content"].startswith("More on that answer") and sent["embeds"][0].title == "Related facts"


def test_tell_me_more_after_a_verdict_follows_the_fact_it_quotes(engine: Engine) -> None:
    memory = LastAnswers()
    ask(engine, QUESTION, memory, place="dm")
    verdict = ask(engine, "The trainers make $30 an hour", memory, place="dm")
    assert verdict.embeds[0].title.startswith("❌ Contradicted") and verdict.fact_id == "savreux-pay-15-an-hour"
    assert memory.get("dm") == "savreux-pay-15-an-hour"  # not the answer before it
    more = ask(engine, "tell me more", memory, place="dm")
    assert more.embeds[0].title == "Related facts" and "Savreux" in more.embeds[0].description


def test_after_a_reply_that_gives_no_fact_more_follows_nothing_older(engine: Engine) -> None:
    memory = LastAnswers()
    ask(engine, QUESTION, memory, place="dm")
    assert ask(engine, "what time is it in Paris", memory, place="dm").answer.best is None
    assert memory.get("dm") == AFTER_ABSTENTION  # the abstention is what a follow-up is about now
    more = ask(engine, "tell me more", memory, place="dm")
    assert "nothing more" in more.content and not more.embeds
    # "why?" (or "pk ?") is told why nothing was answered, not asked "why what?"
    for why in ("why?", "pk ?"):
        reply = ask(engine, why, memory, place="dm")
        assert "no answer" in reply.content or "pas répondu" in reply.content, why
        assert not reply.embeds


def test_the_console_reads_why_after_an_abstention_as_a_follow_up(engine: Engine) -> None:
    settings = Settings()
    memory = LastAnswers(size=1)
    handle_line("what time does the apple store open", engine, settings, [], memory)
    text = reply_text(handle_line("pourquoi ?", engine, settings, [], memory))
    assert text.startswith("Je n'ai pas répondu") and "Pourquoi quoi" not in text


def test_the_console_follows_up_a_check_command(engine: Engine) -> None:
    settings = Settings()
    memory = LastAnswers(size=1)
    handle_line(QUESTION, engine, settings, [], memory)
    handle_line("/vérifier OpenAI a licencié les travailleurs kényans", engine, settings, [], memory)
    assert memory.get("console") == "sama-ends-openai-partnership"
    text = reply_text(handle_line("dis-m'en plus", engine, settings, [], memory))
    assert text.startswith("Pour aller plus loin") and "## Faits liés" in text
    handle_line("/check Elon Musk founded OpenAI", engine, settings, [], memory)  # settles nothing
    assert "More about what?" in reply_text(handle_line("more", engine, settings, [], memory))


def test_a_pronoun_after_an_answer_about_one_person_is_that_person_in_the_same_place_only(engine: Engine) -> None:
    memory = LastAnswers()
    ask(engine, "who is jatin kumar", memory, place=1)
    reply = ask(engine, "what did he study", memory, place=1)
    (embed,) = reply.embeds
    assert embed.description.startswith("*Taking “he” to mean Jatin Kumar, from the previous answer.*")
    assert "computer science" in embed.description
    # Elsewhere nobody was talked about: the bot asks who is meant rather than say the articles are silent.
    (elsewhere,) = ask(engine, "what did he study", memory, place=2).embeds
    assert elsewhere.description.startswith("I can't tell who “he” is")


@pytest.mark.parametrize(
    ("text", "title"), [("what are the articles about?", "What the articles are about"), ("résume", "De quoi")]
)
def test_the_overview_is_an_embed_within_discords_limits(engine: Engine, text: str, title: str) -> None:
    reply = replies.answer_question(text, engine, max_length=500)
    assert len(reply.embeds) == 1 and reply.embeds[0].title.startswith(title) and reply.view is None
    assert within_limits(reply.embeds[0])
    # every article, one line each, and no fact's answer embed (no fact id in a footer)
    assert all(source.headline[:30] in reply.embeds[0].description for source in engine.base.sources.values())
    assert reply.embeds[0].footer.text is None


def test_a_random_fact_asked_for_in_words_is_given_as_random_gives_it(engine: Engine) -> None:
    reply = replies.answer_question("give me a random fact", engine, max_length=500)
    assert len(reply.embeds) == 1 and reply.embeds[0].footer.text.rsplit(" ", 1)[-1] in engine.base.facts
