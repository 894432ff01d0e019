"""Checking claims and the timeline: /check and /timeline."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.checks import check_reply, no_timeline
from bot.chat.cogs import everywhere
from bot.chat.cogs.asking import AskingCog, locale_of, reader_language, within_question_budget
from bot.chat.delivery import respond
from bot.chat.replies import timeline_choices
from bot.chat.views import page_reply

if TYPE_CHECKING:
    from bot.chat.client import ReportingBot

log = logging.getLogger(__name__)


class CheckingCog(commands.Cog):
    """Do the articles say so? And when did it happen?"""

    def __init__(self, bot: ReportingBot) -> None:
        self.bot = bot

    @app_commands.command(name="check", description="Do the articles say so? A verdict on a claim, with the quote")
    @app_commands.describe(claim="A claim or a yes/no question, in English or French")
    @app_commands.check(within_question_budget)
    @everywhere
    async def check(self, interaction: discord.Interaction, claim: str) -> None:
        language = reader_language(interaction, claim)
        reply = check_reply(
            claim,
            self.bot.engine,
            max_length=self.bot.settings.max_question_length,
            language=language,
            asker=interaction.user.id,
        )
        asking = self.bot.get_cog("AskingCog")
        if isinstance(asking, AskingCog) and interaction.channel_id is not None:  # "tell me more" next in the channel follows it
            asking.last_answers.follow(interaction.channel_id, reply.fact_id)
        await respond(interaction, reply)

    @app_commands.command(name="timeline", description="The dated events of the reporting, in order")
    @app_commands.describe(subject="A person, organisation, topic or words (leave empty for everything)")
    @everywhere
    async def timeline(self, interaction: discord.Interaction, subject: str | None = None) -> None:
        language = reader_language(interaction, subject or None)
        key = " ".join((subject or "").split())[:80]
        reply = page_reply("tl", key, 0, self.bot.engine, language, owner=interaction.user.id)
        await respond(interaction, reply or no_timeline(key, language, self.bot.engine))

    @timeline.autocomplete("subject")
    async def timeline_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        try:
            return timeline_choices(self.bot.engine, current, reader_language(interaction, current))
        except Exception:
            log.exception("Autocomplete for /timeline failed on %r (%s)", current[:100], locale_of(interaction))
            return []
