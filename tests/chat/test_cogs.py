"""The cogs' handlers, called with light fakes: what each command, message and check sends."""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import discord
import pytest
from discord import app_commands

from bot.chat.cogs.admin import AdminCog, owner_only
from bot.chat.cogs.asking import AskingCog, question_in, within_question_budget
from bot.chat.cogs.browsing import BrowsingCog
from bot.chat.embeds import within_limits
from bot.chat.errors import APOLOGY, NotOwner
from bot.core.engine import Engine
from bot.core.loader import DEFAULT_KNOWLEDGE_DIR
from bot.settings import Settings
from tests.chat.fakes import FakeInteraction, FakeMessage, fake_client

BOT_ID = 42


@pytest.mark.asyncio
async def test_ask_answers_publicly_with_buttons(engine: Engine) -> None:
    client = fake_client(engine)
    cog = AskingCog(client)
    interaction = FakeInteraction(client)
    await cog.ask.callback(cog, interaction, "what powers copilot")
    (sent,) = interaction.response.sent
    assert sent["ephemeral"] is False and sent["allowed_mentions"].to_dict() == {"parse": []}
    assert "codex-powers-copilot" in sent["embeds"][0].footer.text
    assert sent["view"] is not None


@pytest.mark.asyncio
async def test_ask_refuses_a_question_over_the_cap(engine: Engine) -> None:
    client = fake_client(engine, Settings(max_question_length=50))
    cog = AskingCog(client)
    interaction = FakeInteraction(client)
    await cog.ask.callback(cog, interaction, "why " * 20)
    (sent,) = interaction.response.sent
    assert sent["ephemeral"] is True and "up to 50 characters" in sent["content"]


@pytest.mark.asyncio
async def test_the_ask_check_raises_a_cooldown_over_budget(engine: Engine) -> None:
    client = fake_client(engine, Settings(cooldown_questions=1, cooldown_seconds=30.0))
    assert await within_question_budget(FakeInteraction(client))
    with pytest.raises(app_commands.CommandOnCooldown) as raised:
        await within_question_budget(FakeInteraction(client))
    assert 0 < raised.value.retry_after <= 30
    assert await within_question_budget(FakeInteraction(client, user_id=8))


@pytest.mark.asyncio
async def test_ask_autocomplete_returns_choices_and_never_raises(engine: Engine) -> None:
    client = fake_client(engine)
    cog = AskingCog(client)
    choices = await cog.ask_autocomplete(FakeInteraction(client), "how many")
    assert 0 < len(choices) <= 25

    class Broken:
        def complete_question(self, *args: object) -> list[str]:
            raise RuntimeError("boom")

    client.engine = Broken()
    assert await cog.ask_autocomplete(FakeInteraction(client), "how many") == []


def test_which_messages_are_questions() -> None:
    mention = SimpleNamespace(id=BOT_ID)
    assert question_in(FakeMessage("what powers copilot", dm=True), BOT_ID) == "what powers copilot"
    assert question_in(FakeMessage("what powers copilot", dm=False), BOT_ID) is None
    assert (
        question_in(FakeMessage(f"<@{BOT_ID}> what powers copilot", dm=False, mentions=[mention]), BOT_ID)
        == "what powers copilot"
    )
    assert question_in(FakeMessage(f"hey <@!{BOT_ID}>, what powers copilot?", dm=False), BOT_ID) == "hey , what powers copilot?"
    # A reply to the bot mentions it without writing the mention.
    assert question_in(FakeMessage("and who else?", dm=False, mentions=[mention]), BOT_ID) == "and who else?"
    assert question_in(FakeMessage("x", dm=True, kind=discord.MessageType.pins_add), BOT_ID) is None


@pytest.mark.asyncio
async def test_a_dm_is_answered_and_a_bot_is_ignored(engine: Engine) -> None:
    client = fake_client(engine)
    cog = AskingCog(client)
    message = FakeMessage("what powers copilot", dm=True)
    await cog.on_message(message)
    (sent,) = message.replies
    assert "codex-powers-copilot" in sent["embeds"][0].footer.text
    assert sent["allowed_mentions"].to_dict() == {"parse": []} and sent["mention_author"] is False
    from_bot = FakeMessage("what powers copilot", dm=True, bot_author=True)
    await cog.on_message(from_bot)
    assert not from_bot.replies


@pytest.mark.asyncio
async def test_an_empty_mention_gets_help_and_a_fast_asker_is_slowed(engine: Engine) -> None:
    client = fake_client(engine, Settings(cooldown_questions=1, cooldown_seconds=60.0))
    cog = AskingCog(client)
    empty = FakeMessage(f"<@{BOT_ID}>", dm=False, mentions=[SimpleNamespace(id=BOT_ID)])
    await cog.on_message(empty)
    assert "Ask me a question" in empty.replies[0]["content"]
    again = FakeMessage("what powers copilot", dm=True)
    await cog.on_message(again)
    assert "Try again in" in again.replies[0]["content"]


@pytest.mark.asyncio
async def test_a_failing_answer_apologises_in_the_channel(engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    class Broken:
        base = engine.base

        def ask(self, question: str) -> None:
            raise RuntimeError("boom")

    client = fake_client(engine)
    client.engine = Broken()
    message = FakeMessage("what powers copilot", dm=True)
    with caplog.at_level(logging.ERROR):
        await AskingCog(client).on_message(message)
    assert message.replies[-1]["content"] == APOLOGY
    assert any(r.exc_info for r in caplog.records)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("command", "arguments"),
    [
        ("who", ("grace matelich",)),
        ("sources", ()),
        ("source", ("semafor-army-of-contractors",)),
        ("topics", ()),
        ("topic", ("hiring",)),
        ("compare", ("how many contractors were hired",)),
        ("compare", (None,)),
        ("fact", ("hiring-scale",)),
        ("random", ()),
        ("help", ()),
        ("about", ()),
    ],
)
async def test_every_browsing_command_replies_within_limits(engine: Engine, command: str, arguments: tuple) -> None:
    client = fake_client(engine)
    cog = BrowsingCog(client)
    interaction = FakeInteraction(client)
    await getattr(cog, command).callback(cog, interaction, *arguments)
    (sent,) = interaction.response.sent
    assert sent["embeds"] and all(within_limits(e) for e in sent["embeds"])
    assert sent["allowed_mentions"].to_dict() == {"parse": []}


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("handler", "typed", "expected"),
    [
        ("who_autocomplete", "matel", "grace-matelich"),
        ("source_autocomplete", "army", "semafor-army-of-contractors"),
        ("topic_autocomplete", "hiring", "hiring"),
        ("fact_autocomplete", "hiring-sc", "hiring-scale"),
    ],
)
async def test_browsing_autocomplete(engine: Engine, handler: str, typed: str, expected: str) -> None:
    client = fake_client(engine)
    choices = await getattr(BrowsingCog(client), handler)(FakeInteraction(client), typed)
    assert choices[0].value == expected


@pytest.mark.asyncio
async def test_compare_autocomplete_offers_discrepancy_subjects(engine: Engine) -> None:
    client = fake_client(engine)
    choices = await BrowsingCog(client).compare_autocomplete(FakeInteraction(client), "")
    subjects = {f.subject for f in engine.base.facts.values() if f.kind == "discrepancy"}
    assert choices and all(any(s.startswith(c.value) for s in subjects) for c in choices)


@pytest.mark.asyncio
async def test_reload_is_refused_to_non_owners(engine: Engine) -> None:
    client = fake_client(engine, owners=(1,))
    with pytest.raises(NotOwner):
        await owner_only(FakeInteraction(client, user_id=2))
    assert await owner_only(FakeInteraction(client, user_id=1))


@pytest.mark.asyncio
async def test_reload_keeps_the_old_base_when_the_new_one_is_invalid(engine: Engine, tmp_path: Path) -> None:
    broken = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, broken)
    fact_file = next((broken / "facts").glob("*.yaml"))
    fact_file.write_text(fact_file.read_text(encoding="utf-8") + "\n  - id: Not A Valid Id\n", encoding="utf-8")
    client = fake_client(engine, replace(Settings(), knowledge=broken), owners=(1,))
    cog = AdminCog(client)
    interaction = FakeInteraction(client, user_id=1)
    await cog.reload.callback(cog, interaction)
    assert interaction.response.deferred == [{"ephemeral": True, "thinking": True}]
    (report,) = interaction.followup.sent
    assert report["ephemeral"] is True
    assert "invalid, so I kept serving the old one" in report["content"] and fact_file.name in report["content"]
    assert len(report["content"]) <= 2000
    assert client.engine is engine and client.base is engine.base
