"""Crowds, handler by handler: autocompletions in a burst are cached, hurried or dropped, never slow."""

from __future__ import annotations

import asyncio

import pytest

from bot.chat.cogs.asking import AUTOCOMPLETE_HURRY_SECONDS, AUTOCOMPLETE_STALE_SECONDS, AskingCog
from bot.core.engine import Engine
from tests.chat.fakes import FakeInteraction, fake_client

pytestmark = pytest.mark.asyncio


def waited_for(client, seconds: float) -> FakeInteraction:
    interaction = FakeInteraction(client)
    interaction.extras = {"arrived": asyncio.get_running_loop().time() - seconds}  # type: ignore[attr-defined]
    return interaction


async def test_a_repeated_prefix_is_computed_once(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    client = fake_client(engine)
    cog = AskingCog(client)
    calls: list[str] = []
    real = engine.complete_question
    monkeypatch.setattr(engine, "complete_question", lambda prefix, *a, **k: (calls.append(prefix), real(prefix, *a, **k))[1])
    first = await cog.ask_autocomplete(FakeInteraction(client), "how many")
    again = await cog.ask_autocomplete(FakeInteraction(client), "how many")
    assert first and again == first and len(calls) == 1


async def test_a_hurried_autocompletion_uses_prefixes_and_a_stale_one_is_not_computed(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = fake_client(engine)
    cog = AskingCog(client)
    monkeypatch.setattr(engine, "complete_question", lambda *a, **k: pytest.fail("the full search ran in a hurry"))
    hurried = await cog.ask_autocomplete(waited_for(client, AUTOCOMPLETE_HURRY_SECONDS + 0.2), "How many con")
    assert hurried and all(c.value.casefold().startswith("how many con") for c in hurried)
    assert await cog.ask_autocomplete(waited_for(client, AUTOCOMPLETE_STALE_SECONDS + 0.2), "how many") == []


async def test_ask_turns_a_question_away_politely_when_the_queue_is_too_long(engine: Engine) -> None:
    client = fake_client(engine)
    cog = AskingCog(client)
    cog.answers.max_wait = 0.0  # any queue is too long
    interaction = FakeInteraction(client)
    await cog.ask.callback(cog, interaction, "how many contractors did openai hire")
    (sent,) = interaction.everything_sent()
    assert sent["ephemeral"] is True and "ask again in a minute" in sent["content"]
    assert not sent.get("embeds")


async def test_a_hurried_autocompletion_is_in_the_readers_language(engine: Engine) -> None:
    from bot.chat.cogs.asking import QuickCompletions

    quick = QuickCompletions(engine)
    assert any("déjà" in c.name for c in quick.choices("deja embauche", "fr"))  # the accents put back
    french = [c.name for c in quick.choices("how many con", "fr")]  # English phrasings, shown as their French twins
    english = [c.name for c in quick.choices("how many con", "en")]
    assert french and all(not name.startswith("how many") for name in french)
    assert english and all(name.startswith("how many con") for name in english)
