"""Owner-only maintenance: /reload the fact base without restarting."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.cogs import everywhere
from bot.chat.delivery import NO_MENTIONS
from bot.chat.embeds import clip
from bot.chat.errors import NotOwner
from bot.core.engine import Engine
from bot.core.loader import KnowledgeError, load_knowledge

if TYPE_CHECKING:
    from bot.chat.client import ReportingBot

log = logging.getLogger(__name__)


async def owner_only(interaction: discord.Interaction) -> bool:
    """App-command check: the user is a configured owner (or owns the Discord application)."""
    if await interaction.client.is_owner(interaction.user):  # type: ignore[attr-defined]
        return True
    raise NotOwner()


class AdminCog(commands.Cog):
    """Commands for the bot's owners."""

    def __init__(self, bot: ReportingBot) -> None:
        self.bot = bot
        self._lock = asyncio.Lock()

    @app_commands.command(name="reload", description="Reload the fact base from disk (bot owners only)")
    @app_commands.default_permissions(administrator=True)
    @app_commands.check(owner_only)
    @everywhere
    async def reload(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        text = await self.reload_knowledge()
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    async def reload_knowledge(self) -> str:
        """Load the fact base again and swap it in; keep the old one if the new is invalid. Returns the report."""
        path = self.bot.settings.knowledge
        async with self._lock:
            old = self.bot.base
            try:
                # Loading takes a second or so of CPU: off the event loop, so the gateway keeps its heartbeat.
                base = await asyncio.to_thread(
                    load_knowledge, path, follow_outside_links=self.bot.settings.knowledge_follow_outside_links
                )
                engine = await asyncio.to_thread(Engine, base, threshold=self.bot.settings.threshold)
            except KnowledgeError as exc:
                log.warning("Reload refused, still serving the old fact base: %s", exc)
                problems = clip(str(exc).replace("```", "'''"), 1600)
                return (
                    f"The fact base on disk is invalid, so I kept serving the old one ({len(old.facts)} facts).\n"
                    f"```\n{problems}\n```"
                )
            self.bot.swap_knowledge(base, engine)
        log.info("Fact base reloaded: %d facts, %d articles", len(base.facts), len(base.sources))
        return (
            f"Reloaded: {len(base.facts)} facts (was {len(old.facts)}), {len(base.sources)} articles, "
            f"{len(base.entities)} entities, {len(base.topics)} topics."
        )
