"""The Bot: built with its engine, fact base and settings; loads the cogs and syncs commands in setup_hook."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.cogs.admin import AdminCog
from bot.chat.cogs.asking import AskingCog
from bot.chat.cogs.browsing import BrowsingCog
from bot.chat.cooldown import QuestionCooldown
from bot.chat.delivery import NO_MENTIONS, ComponentExpiry
from bot.chat.errors import ReportingTree
from bot.chat.views import DYNAMIC_ITEMS
from bot.core.engine import Engine
from bot.core.models import KnowledgeBase
from bot.settings import Settings

log = logging.getLogger(__name__)


def minimal_intents() -> discord.Intents:
    """The least the bot needs. No message_content: Discord sends the content of DMs and mentions anyway."""
    intents = discord.Intents.none()
    intents.guilds = True  # the channel cache, to tell a server channel from a DM
    intents.guild_messages = True  # messages that mention the bot
    intents.dm_messages = True  # direct messages
    return intents


class _ReportingBotMixin:
    """What the plain and the sharded bot share."""

    def __init__(self, *, engine: Engine, base: KnowledgeBase, settings: Settings, **options: Any) -> None:
        if settings.owner_ids:
            options.setdefault("owner_ids", set(settings.owner_ids))
        super().__init__(  # type: ignore[call-arg]
            command_prefix=commands.when_mentioned,  # unused: no prefix commands, questions come through on_message
            help_command=None,
            intents=minimal_intents(),
            tree_cls=ReportingTree,
            # Defaults under each command's own (servers and bot DMs): user installs only when configured.
            allowed_installs=app_commands.AppInstallationType(guild=True, user=settings.user_install),
            allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=settings.user_install),
            allowed_mentions=NO_MENTIONS,
            **options,
        )
        self.engine = engine
        self.base = base
        self.settings = settings
        self.question_cooldown = QuestionCooldown(settings.cooldown_questions, settings.cooldown_seconds)
        self.expiry = ComponentExpiry(settings.view_timeout_seconds)

    async def setup_hook(self) -> None:
        bot: commands.Bot = self  # type: ignore[assignment]
        bot.add_dynamic_items(*DYNAMIC_ITEMS)
        for cog in (AskingCog(self), BrowsingCog(self), AdminCog(self)):  # type: ignore[arg-type]
            await bot.add_cog(cog)
        await self.sync_commands()

    async def sync_commands(self) -> None:
        """Sync the slash commands: to the development guilds when configured (instant), else globally."""
        tree = self.tree  # type: ignore[attr-defined]
        if self.settings.dev_guild_ids:
            for guild_id in self.settings.dev_guild_ids:
                guild = discord.Object(id=guild_id)
                tree.copy_global_to(guild=guild)
                synced = await tree.sync(guild=guild)
                log.info("Synced %d commands to guild %s", len(synced), guild_id)
        else:
            synced = await tree.sync()
            log.info("Synced %d commands globally (they can take a while to appear everywhere)", len(synced))

    def swap_knowledge(self, base: KnowledgeBase, engine: Engine) -> None:
        """Serve a newly loaded fact base from now on."""
        self.base, self.engine = base, engine

    async def on_message(self, message: discord.Message, /) -> None:
        # No prefix commands: the asking cog's listener answers DMs and mentions.
        return

    async def on_ready(self) -> None:
        user = self.user  # type: ignore[attr-defined]
        log.info("Connected as %s (id %s), serving %d facts", user, getattr(user, "id", "?"), len(self.base.facts))

    async def close(self) -> None:
        self.expiry.cancel_all()
        await super().close()  # type: ignore[misc]


class ReportingBot(_ReportingBotMixin, commands.Bot):
    """The bot on one gateway connection."""


class ShardedReportingBot(_ReportingBotMixin, commands.AutoShardedBot):
    """The bot split over shards: all of them (Discord picks the count) or the ones this process runs."""


def create_bot(engine: Engine, base: KnowledgeBase, settings: Settings, **options: Any) -> ReportingBot | ShardedReportingBot:
    """The bot the settings ask for: plain, auto-sharded, or running given shards of a fixed count."""
    if settings.sharding == "off":
        return ReportingBot(engine=engine, base=base, settings=settings, **options)
    if settings.sharding == "fixed":
        options.setdefault("shard_count", settings.shard_count)
        if settings.shard_ids is not None:
            options.setdefault("shard_ids", list(settings.shard_ids))
    return ShardedReportingBot(engine=engine, base=base, settings=settings, **options)
