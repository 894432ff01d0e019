"""Browsing the fact base: /who /sources /source /topics /topic /compare /fact /random /help /about."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat import replies
from bot.chat.cogs import everywhere
from bot.chat.cogs.asking import locale_of, reader_language
from bot.chat.delivery import respond
from bot.core.engine import Engine

if TYPE_CHECKING:
    from bot.chat.client import ReportingBot

log = logging.getLogger(__name__)

Choices = list[app_commands.Choice[str]]


def _safely(make: Callable[[Engine, str, str], Choices], engine: Engine, current: str, locale: str) -> Choices:
    try:
        return make(engine, current, locale)
    except Exception:
        log.exception("Autocomplete %s failed on %r", make.__name__, current[:100])
        return []


class BrowsingCog(commands.Cog):
    """Everything but asking: people, articles, topics, disagreements, single facts."""

    def __init__(self, bot: ReportingBot) -> None:
        self.bot = bot

    @property
    def engine(self) -> Engine:
        return self.bot.engine

    @staticmethod
    def reader(interaction: discord.Interaction) -> tuple[str, int]:
        """The reader's language, and who may turn the pages of the (public) reply."""
        return reader_language(interaction), interaction.user.id

    def locale(self, interaction: discord.Interaction) -> str:
        """For autocomplete: the user's chosen language, else their Discord's."""
        return self.bot.languages.get(interaction.user.id) or locale_of(interaction)

    @app_commands.command(name="who", description="Who a person or organisation is, per the articles")
    @app_commands.describe(name="A person, organisation, product or place the articles name")
    @everywhere
    async def who(self, interaction: discord.Interaction, name: str) -> None:
        await respond(interaction, replies.who_reply(name, self.engine, *self.reader(interaction)))

    @who.autocomplete("name")
    async def who_autocomplete(self, interaction: discord.Interaction, current: str) -> Choices:
        return _safely(replies.entity_choices, self.engine, current, self.locale(interaction))

    @app_commands.command(name="sources", description="The articles every answer comes from")
    @everywhere
    async def sources(self, interaction: discord.Interaction) -> None:
        await respond(interaction, replies.sources_reply(self.engine, *self.reader(interaction)))

    @app_commands.command(name="source", description="One article and its key facts")
    @app_commands.describe(article="The article's headline, outlet, language or nickname (semafor, nbc, french)")
    @everywhere
    async def source(self, interaction: discord.Interaction, article: str) -> None:
        await respond(interaction, replies.source_reply(article, self.engine, *self.reader(interaction)))

    @source.autocomplete("article")
    async def source_autocomplete(self, interaction: discord.Interaction, current: str) -> Choices:
        return _safely(replies.source_choices, self.engine, current, self.locale(interaction))

    @app_commands.command(name="topics", description="The topics the facts are filed under")
    @everywhere
    async def topics(self, interaction: discord.Interaction) -> None:
        await respond(interaction, replies.topics_reply(self.engine, *self.reader(interaction)))

    @app_commands.command(name="topic", description="The facts of one topic")
    @app_commands.describe(name="The topic")
    @everywhere
    async def topic(self, interaction: discord.Interaction, name: str) -> None:
        await respond(interaction, replies.topic_reply(name, self.engine, *self.reader(interaction)))

    @topic.autocomplete("name")
    async def topic_autocomplete(self, interaction: discord.Interaction, current: str) -> Choices:
        return _safely(replies.topic_choices, self.engine, current, self.locale(interaction))

    @app_commands.command(name="compare", description="Where the articles differ, quote against quote")
    @app_commands.describe(subject="What to compare, e.g. how many contractors were hired (leave empty for all)")
    @everywhere
    async def compare(self, interaction: discord.Interaction, subject: str | None = None) -> None:
        await respond(interaction, replies.compare_reply(subject, self.engine, *self.reader(interaction)))

    @compare.autocomplete("subject")
    async def compare_autocomplete(self, interaction: discord.Interaction, current: str) -> Choices:
        return _safely(replies.subject_choices, self.engine, current, self.locale(interaction))

    @app_commands.command(name="fact", description="One fact, by its id")
    @app_commands.describe(id="The fact's id or words from it")
    @everywhere
    async def fact(self, interaction: discord.Interaction, id: str) -> None:
        await respond(interaction, replies.fact_id_reply(id, self.engine, reader_language(interaction)))

    @fact.autocomplete("id")
    async def fact_autocomplete(self, interaction: discord.Interaction, current: str) -> Choices:
        return _safely(replies.fact_choices, self.engine, current, self.locale(interaction))

    @app_commands.command(name="random", description="A random fact from the articles")
    @everywhere
    async def random(self, interaction: discord.Interaction) -> None:
        await respond(interaction, replies.random_reply(self.engine, language=reader_language(interaction)))

    @app_commands.command(name="help", description="How to ask, and the commands")
    @everywhere
    async def help(self, interaction: discord.Interaction) -> None:
        await respond(interaction, replies.help_reply(reader_language(interaction)))

    @app_commands.command(name="about", description="What the bot covers and where its facts come from")
    @everywhere
    async def about(self, interaction: discord.Interaction) -> None:
        await respond(interaction, replies.about_reply(self.engine, reader_language(interaction)))
