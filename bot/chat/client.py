"""The Bot: built with its engine, fact base and settings; loads the cogs in setup_hook.

Slash commands are not synced globally at start: Discord rate-limits syncs and propagates a global one
slowly, so it is done on purpose, by the owner, with `python -m bot sync` (see `sync_tree`). Only the
development guilds of the settings (`dev_guild_ids`) get their copy synced at start, as discord.py's
own examples do, since a guild sync is instant.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from typing import TYPE_CHECKING, Any

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.cogs.admin import AdminCog
from bot.chat.cogs.asking import AskingCog
from bot.chat.cogs.browsing import BrowsingCog
from bot.chat.cogs.checking import CheckingCog
from bot.chat.cooldown import QuestionCooldown
from bot.chat.delivery import NO_MENTIONS
from bot.chat.errors import ReportingTree
from bot.chat.translator import CommandTranslator
from bot.chat.views import DYNAMIC_ITEMS
from bot.core.engine import Engine
from bot.core.i18n import LanguagePreferences
from bot.core.models import KnowledgeBase
from bot.core.recorder import LoggingRecorder, Recorder
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.core.semantic import SemanticModel

log = logging.getLogger(__name__)

#: Names discord.py gives the tasks that run handlers: event listeners, app commands, components.
_HANDLER_TASKS = ("discord.py: ", "CommandTree-invoker", "discord-ui-view-dispatch", "discord-ui-dynamic-item")
#: While draining: once no handler runs and no event has arrived for this long, the socket is empty.
DRAIN_QUIET_SECONDS = 0.3
#: Concurrent HTTP connections to Discord. discord.py's default is unlimited: a burst of 1,000 answers then
#: opens 1,000 connections (and TLS handshakes) at once, instead of reusing a pool of kept-alive ones.
HTTP_CONNECTIONS = 64
#: Seconds between attempts to sync the commands after a failed one (the last repeats).
SYNC_RETRY_DELAYS = (30.0, 60.0, 120.0, 300.0, 600.0)


class SocketDelay:
    """How long an event waited before the bot read it (in the socket, behind a busy event loop).

    An interaction's id holds the time Discord created it. The clocks differ, so what is measured is the
    offset (our clock at reading, less the id's time) above the smallest offset seen lately: that floor is
    the clocks' difference plus the fastest delivery; whatever an event waited beyond it, it waited here.
    The floor rises by a millisecond a second to follow the clocks' drift.
    """

    DRIFT_PER_SECOND = 0.001

    def __init__(self) -> None:
        self.floor: float | None = None
        self._when = 0.0

    def estimate(self, snowflake: int, now: float | None = None) -> float:
        now = time.time() if now is None else now
        offset = now - discord.utils.snowflake_time(snowflake).timestamp()
        if self.floor is None:
            self.floor = offset
        else:
            self.floor = min(offset, self.floor + (now - self._when) * self.DRIFT_PER_SECOND)
        self._when = now
        return max(0.0, offset - self.floor)


def is_handler_task(task: asyncio.Task[Any]) -> bool:
    """Whether a task runs a handler of something Discord sent (a question, a press, a message)."""
    return task.get_name().startswith(_HANDLER_TASKS)


def handler_tasks() -> list[asyncio.Task[Any]]:
    """The handlers running now (never the caller's own task)."""
    current = asyncio.current_task()
    return [t for t in asyncio.all_tasks() if t is not current and not t.done() and is_handler_task(t)]


def minimal_intents() -> discord.Intents:
    """The least the bot needs. No message_content: Discord sends the content of DMs and mentions anyway."""
    intents = discord.Intents.none()
    intents.guilds = True  # the channel cache, to tell a server channel from a DM
    intents.guild_messages = True  # messages that mention the bot
    intents.dm_messages = True  # direct messages
    return intents


class _ReportingBotMixin:
    """What the plain and the sharded bot share."""

    def __init__(
        self,
        *,
        engine: Engine,
        base: KnowledgeBase,
        settings: Settings,
        recorder: Recorder | None = None,
        languages: LanguagePreferences | None = None,
        semantic: SemanticModel | None = None,
        sync_at_start: bool = True,
        **options: Any,
    ) -> None:
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
        #: Gives each engine its semantic re-ranker, in the background (None: lexical ranking only).
        self.semantic = semantic
        self.question_cooldown = QuestionCooldown(settings.cooldown_questions, settings.cooldown_seconds)
        self.sync_retry_delays: tuple[float, ...] = SYNC_RETRY_DELAYS
        self._sync_retry: asyncio.Task[None] | None = None
        self._last_event = 0.0
        self.socket_delay = SocketDelay()
        self.draining = False
        #: True while /reload loads a new fact base (answers may be slow meanwhile: /ask defers).
        self.reloading = False
        #: Where "Wrong answer?" presses and menu picks go (the default only logs them).
        #: Where questions, "Wrong answer?" presses and picks are reported (the question log, or only the log).
        self.recorder: Recorder = recorder if recorder is not None else LoggingRecorder()
        #: Each user's /language choice.
        self.languages = languages or LanguagePreferences(settings.languages_file)
        if self.languages.problem:
            log.warning("%s", self.languages.problem)
        #: False for `python -m bot sync`, which logs in only to sync what it is told to.
        self.sync_at_start = sync_at_start

    async def login(self, token: str) -> None:
        http = self.http  # type: ignore[attr-defined]
        if http.connector is discord.utils.MISSING:
            http.connector = aiohttp.TCPConnector(limit=HTTP_CONNECTIONS)
        await super().login(token)  # type: ignore[misc]

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        # Every gateway event passes here: the time of the last one tells a drain when the socket is empty.
        self._last_event = now = asyncio.get_running_loop().time()
        if event_name == "interaction" and args:
            # Dispatched as the interaction is read, before its handler runs: how long it then waits shows a
            # backlog in the process; how long it waited in the socket before, the lag of its id's timestamp.
            with contextlib.suppress(AttributeError, TypeError):
                args[0].extras["arrived"] = now
                args[0].extras["queued"] = self.socket_delay.estimate(args[0].id)
        super().dispatch(event_name, *args, **kwargs)  # type: ignore[misc]

    async def drain(self, grace: float, stop_now: asyncio.Event | None = None) -> int:
        """Keep answering for up to `grace` seconds: until no handler runs and no event has arrived for a moment.

        The gateway stays open meanwhile, so questions already sent (on the socket or in flight) are read and
        answered. Returns how many handlers were still running when the grace period ended (or `stop_now` was set).
        """
        self.draining = True
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        while (remaining := deadline - loop.time()) > 0 and not (stop_now and stop_now.is_set()):
            busy = handler_tasks()
            if busy:
                await asyncio.wait(busy, timeout=min(remaining, 0.1))
            elif loop.time() - self._last_event >= DRAIN_QUIET_SECONDS:
                return 0
            else:
                await asyncio.sleep(min(remaining, 0.05))
        left = len(handler_tasks())
        if left:
            log.warning("Shutting down with %d answer%s still in progress", left, "s" if left != 1 else "")
        return left

    async def setup_hook(self) -> None:
        bot: commands.Bot = self  # type: ignore[assignment]
        if self.semantic is not None:
            # A daemon thread: questions are answered lexically until the re-ranker is ready.
            self.semantic.attach(self.engine, background=True)
        bot.add_dynamic_items(*DYNAMIC_ITEMS)
        for cog in (AskingCog(self), BrowsingCog(self), CheckingCog(self), AdminCog(self)):  # type: ignore[arg-type]
            await bot.add_cog(cog)
        await bot.tree.set_translator(CommandTranslator())
        if not self.settings.dev_guild_ids or not self.sync_at_start:
            if self.sync_at_start:
                log.info("Slash commands are synced by the owner, not at start: run `python -m bot sync` after changing them")
            return
        try:
            await self.sync_commands()
        except (TimeoutError, discord.HTTPException, aiohttp.ClientError, OSError) as exc:
            # Discord keeps the commands it already has: the bot can answer those meanwhile.
            log.error("Could not sync the slash commands (%s); serving the ones Discord already has and retrying later", exc)
            self._sync_retry = asyncio.get_running_loop().create_task(self._retry_sync(), name="sync-commands-retry")

    async def _retry_sync(self) -> None:
        for attempt in itertools.count(1):
            delay = self.sync_retry_delays[min(attempt, len(self.sync_retry_delays)) - 1]
            await asyncio.sleep(delay)
            try:
                await self.sync_commands()
            except (TimeoutError, discord.HTTPException, aiohttp.ClientError, OSError) as exc:
                log.warning("Syncing the slash commands failed again (attempt %d: %s); retrying in a while", attempt + 1, exc)
            else:
                return

    async def sync_commands(self) -> None:
        """Sync the slash commands to the development guilds (instant)."""
        await self.sync_tree(self.settings.dev_guild_ids)

    async def sync_tree(self, guild_ids: tuple[int, ...] = (), *, clear: bool = False) -> list[str]:
        """Sync the commands globally (no guild ids) or to each guild; with `clear`, remove them there instead.

        Returns one line per sync, saying what was done. A guild holding a copy of commands that are also
        global shows each command twice: `clear` on that guild removes the copy.
        """
        tree = self.tree  # type: ignore[attr-defined]
        done = []
        for guild_id in guild_ids or (None,):
            guild = discord.Object(id=guild_id) if guild_id is not None else None
            where = f"guild {guild_id}" if guild_id is not None else "globally"
            if clear:
                tree.clear_commands(guild=guild)
            elif guild is not None:
                tree.copy_global_to(guild=guild)
            synced = await tree.sync(guild=guild)
            if clear:
                done.append(f"Removed the commands {where} ({len(synced)} left)")
            else:
                later = " (they can take up to an hour to appear everywhere)" if guild is None else ""
                done.append(f"Synced {len(synced)} commands {where}{later}")
            log.info(done[-1])
        return done

    def swap_knowledge(self, base: KnowledgeBase, engine: Engine) -> None:
        """Serve a newly loaded fact base from now on (lexically until its re-ranker is ready)."""
        self.base, self.engine = base, engine
        if self.semantic is not None:
            self.semantic.attach(engine, background=True)

    async def on_message(self, message: discord.Message, /) -> None:
        # No prefix commands: the asking cog's listener answers DMs and mentions.
        return

    async def on_ready(self) -> None:
        user = self.user  # type: ignore[attr-defined]
        log.info("Connected as %s (id %s), serving %d facts", user, getattr(user, "id", "?"), len(self.base.facts))

    async def close(self) -> None:
        if self._sync_retry is not None:
            self._sync_retry.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sync_retry
        await super().close()  # type: ignore[misc]


class ReportingBot(_ReportingBotMixin, commands.Bot):
    """The bot on one gateway connection."""


class ShardedReportingBot(_ReportingBotMixin, commands.AutoShardedBot):
    """The bot split over shards: all of them (Discord picks the count) or the ones this process runs."""


def quiet_voice_warnings() -> None:
    """The bot is text-only: discord.py's start-up warnings about missing voice libraries (PyNaCl, davey) do not apply."""
    for flag in ("warn_nacl", "warn_dave"):
        if getattr(discord.VoiceClient, flag, False):
            setattr(discord.VoiceClient, flag, False)


def create_bot(
    engine: Engine, base: KnowledgeBase, settings: Settings, recorder: Recorder | None = None, **options: Any
) -> ReportingBot | ShardedReportingBot:
    """The bot the settings ask for: plain, auto-sharded, or running given shards of a fixed count."""
    quiet_voice_warnings()
    if settings.sharding == "off":
        return ReportingBot(engine=engine, base=base, settings=settings, recorder=recorder, **options)
    if settings.sharding == "fixed":
        options.setdefault("shard_count", settings.shard_count)
        if settings.shard_ids is not None:
            options.setdefault("shard_ids", list(settings.shard_ids))
    return ShardedReportingBot(engine=engine, base=base, settings=settings, recorder=recorder, **options)
