"""The console's lines and presses, and the bot the settings build."""

from __future__ import annotations

import io

import discord
import pytest
from discord.ext import commands

from bot.chat.client import ReportingBot, ShardedReportingBot, create_bot, minimal_intents
from bot.chat.console import handle_line, reply_text, run_console
from bot.chat.errors import ReportingTree
from bot.chat.views import describe
from bot.core.engine import Engine
from bot.settings import Settings


def test_console_presses_go_through_the_component_handler(engine: Engine) -> None:
    settings = Settings()
    answer = handle_line("how many contractors did openai hire", engine, settings, [])
    components = describe(answer.view)
    sources = handle_line("Sources", engine, settings, components)
    assert sources.embeds[0].title == "Sources, in context"
    related = handle_line("related", engine, settings, components)
    assert related.embeds[0].title == "Related facts"
    if any(options for _, _, options in components):
        picked = handle_line("1", engine, settings, components)
        assert picked.embeds[0].footer.text.startswith("fact ")
    assert handle_line("/who grace matelich", engine, settings, []).embeds[0].title == "Grace Matelich"
    assert handle_line("/ask what powers copilot", engine, settings, []).embeds[0].footer.text.endswith("codex-powers-copilot")
    assert "Ask me a question" in reply_text(handle_line("/ask", engine, settings, []))


def test_the_console_reads_to_the_end_without_a_terminal(engine: Engine) -> None:
    class Pipe(io.StringIO):
        def isatty(self) -> bool:
            return False

    out = io.StringIO()
    assert run_console(engine, Settings(), stdin=Pipe("\n/topics\nnext\n"), stdout=out, environ={"LANG": "en_GB.UTF-8"}) == 0
    text = out.getvalue()
    assert "## Topics" in text and "> " not in text.splitlines()[0]
    assert text.rstrip().endswith("cooldowns and more.")


def test_a_french_terminal_gets_a_french_console(engine: Engine) -> None:
    class Pipe(io.StringIO):
        def isatty(self) -> bool:
            return False

    out = io.StringIO()
    lines = "/thèmes\nsuivant\nopenai 1000 contractors latin america\nsources\n"
    assert run_console(engine, Settings(), stdin=Pipe(lines), stdout=out, environ={"LANG": "fr_FR.UTF-8"}) == 0
    text = out.getvalue()
    assert text.startswith("Bot des articles : console locale")
    assert "## Thèmes" in text and "(Page 2 sur" in text  # the French command name, and "next" in French pressed
    assert "Rapporté par" in text and "## Sources, en contexte" in text
    assert "Reported by" not in text and "Page 1 of" not in text
    assert "Pour faire tourner ce bot sur Discord" in text


def test_the_bot_the_settings_ask_for(engine: Engine) -> None:
    plain = create_bot(engine, engine.base, Settings(owner_ids=(5,)))
    assert type(plain) is ReportingBot and isinstance(plain, commands.Bot)
    assert plain.owner_ids == {5}
    assert isinstance(plain.tree, ReportingTree)
    assert plain.allowed_mentions.to_dict() == {"parse": []}
    assert plain.intents == minimal_intents() and not plain.intents.message_content

    auto = create_bot(engine, engine.base, Settings(sharding="auto"))
    assert isinstance(auto, ShardedReportingBot) and isinstance(auto, commands.AutoShardedBot)
    assert auto.shard_count is None

    fixed = create_bot(engine, engine.base, Settings(sharding="fixed", shard_count=4, shard_ids=(2, 3)))
    assert isinstance(fixed, ShardedReportingBot)
    assert (fixed.shard_count, fixed.shard_ids) == (4, [2, 3])


def test_minimal_intents() -> None:
    intents = minimal_intents()
    assert intents.value == discord.Intents(guilds=True, guild_messages=True, dm_messages=True).value
    assert not intents.message_content and not intents.members and not intents.presences


@pytest.mark.asyncio
async def test_swapping_the_knowledge(engine: Engine) -> None:
    bot = create_bot(engine, engine.base, Settings())
    other = Engine(engine.base, threshold=0.9)
    bot.swap_knowledge(other.base, other)
    assert bot.engine is other
    await bot.close()
