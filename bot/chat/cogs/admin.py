"""Owner-only maintenance: /reload the fact base without restarting."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.cogs import everywhere
from bot.chat.delivery import NO_MENTIONS
from bot.chat.embeds import clip
from bot.chat.errors import NotOwner
from bot.core import snapshot
from bot.core.engine import Engine
from bot.core.loader import DEFAULT_KNOWLEDGE_DIR, KnowledgeError
from bot.core.models import KnowledgeBase
from bot.core.watch import KnowledgeWatcher

if TYPE_CHECKING:
    from bot.chat.client import ReportingBot

log = logging.getLogger(__name__)

T = TypeVar("T")


def in_daemon_thread(func: Callable[[], T], name: str) -> tuple[asyncio.Future[T], threading.Thread]:
    """Start `func` in a daemon thread of its own; its result (or exception) arrives in the returned future.

    Unlike asyncio.to_thread (the default executor, joined when the loop and the interpreter shut down),
    a thread stuck on a bad file can neither hold up a shutdown nor be waited for past a time limit: the
    future can be cancelled at any moment, and the thread is then abandoned.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(result: Any, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)

    def work() -> None:
        try:
            outcome: tuple[Any, BaseException | None] = (func(), None)
        except BaseException as exc:
            outcome = (None, exc)
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody is waiting any more
            loop.call_soon_threadsafe(settle, *outcome)

    thread = threading.Thread(target=work, name=name, daemon=True)
    thread.start()
    return future, thread


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
        #: A reload abandoned after its time limit whose thread still runs: no new one starts until it ends.
        self._abandoned: threading.Thread | None = None
        #: With watch_knowledge: reloads by itself when the knowledge files change (bot/core/watch.py).
        self.watcher: KnowledgeWatcher | None = None

    async def cog_load(self) -> None:
        settings = self.bot.settings
        if settings.watch_knowledge:
            root = settings.knowledge or DEFAULT_KNOWLEDGE_DIR
            self.watcher = KnowledgeWatcher(
                root, self.reload_if_idle, interval=settings.watch_interval_seconds, notify=self.tell_owners
            )
            self.watcher.start()

    async def cog_unload(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()

    async def reload_if_idle(self) -> tuple[bool, str] | None:
        """The watcher's reload: None when one is already running, else whether the new base was taken and the report."""
        if self._lock.locked():
            return None
        old = self.bot.base
        report = await self.reload_knowledge()
        return self.bot.base is not old, report

    async def tell_owners(self, report: str) -> None:
        """Send the owners a reload report in a DM; whoever cannot be reached, the log has it."""
        owner_ids = set(self.bot.settings.owner_ids)
        try:
            if not owner_ids:
                app = await self.bot.application_info()
                owner_ids = {member.id for member in app.team.members} if app.team else {app.owner.id}
        except discord.HTTPException as exc:
            log.warning("Cannot find the bot's owners to tell them (%s); the report: %s", exc, report)
            return
        text = "The fact base changed on disk, but I could not load it:\n" + report
        for owner_id in sorted(owner_ids):
            try:
                user = self.bot.get_user(owner_id) or await self.bot.fetch_user(owner_id)
                await user.send(text, allowed_mentions=NO_MENTIONS)
            except discord.HTTPException as exc:
                log.warning("Could not tell owner %s in a DM (%s); the report: %s", owner_id, exc, report)

    @app_commands.command(name="reload", description="Reload the fact base from disk (bot owners only)")
    @app_commands.default_permissions(administrator=True)
    @app_commands.check(owner_only)
    @everywhere
    async def reload(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        text = await self.reload_knowledge()
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    async def reload_knowledge(self) -> str:
        """Load the fact base again and swap it in; keep the old one if the new is invalid. Returns the report.

        The load runs in a thread of its own with a time limit (reload_timeout_seconds); whatever stops it,
        the owner is told why, and the old base keeps serving.
        """
        settings = self.bot.settings
        if self._lock.locked():
            return "A reload is already in progress; wait for its report."
        if self._abandoned is not None and self._abandoned.is_alive():
            return (
                "The previous reload is still stuck reading the fact base (it passed its time limit), so I did not "
                "start another. Fix what makes it slow, or restart the bot."
            )
        async with self._lock:
            old = self.bot.base
            self.bot.reloading = True
            cancel = threading.Event()  # set when the wait ends, however: a worker process is never left running

            def load_and_build() -> tuple[KnowledgeBase, Engine]:
                # Parsing, checking and indexing run in a separate process, which writes a snapshot (or an
                # unchanged base's snapshot is used as it is); this thread only reads it, part by part, so the
                # event loop keeps answering with the old base until the swap (README, "Running for many servers").
                loaded = snapshot.load_in_worker(
                    settings.knowledge,
                    threshold=settings.threshold,
                    directory=snapshot.snapshot_dir(settings.snapshot_dir),
                    follow_outside_links=settings.knowledge_follow_outside_links,
                    cancel=cancel,
                )
                return loaded.base, loaded.engine

            work, thread = in_daemon_thread(load_and_build, "reload-knowledge")
            try:
                base, engine = await asyncio.wait_for(work, settings.reload_timeout_seconds)
            except KnowledgeError as exc:
                log.warning("Reload refused, still serving the old fact base: %s", exc)
                problems = clip(str(exc).replace("```", "'''"), 1600)
                return (
                    f"The fact base on disk is invalid, so I kept serving the old one ({len(old.facts)} facts).\n"
                    f"```\n{problems}\n```"
                )
            except TimeoutError:
                self._abandoned = thread
                log.error("Reload abandoned after %g s; still serving the old fact base", settings.reload_timeout_seconds)
                return (
                    f"The reload did not finish within {settings.reload_timeout_seconds:g} seconds, so I stopped it and "
                    f"kept serving the old fact base ({len(old.facts)} facts). A file in it may be very large or slow to read."
                )
            except Exception as exc:  # an OS error, a RecursionError, a MemoryError...: the owner gets the cause
                log.exception("Reload failed, still serving the old fact base")
                cause = clip(f"{type(exc).__name__}: {exc}".replace("```", "'''"), 1600)
                return (
                    f"The reload failed, so I kept serving the old fact base ({len(old.facts)} facts). The cause:\n"
                    f"```\n{cause}\n```"
                )
            finally:
                cancel.set()
                self.bot.reloading = False
            retired = [self.bot.engine]
            self.bot.swap_knowledge(base, engine)
            was = len(old.facts)
            # The old index and base are freed in a worker thread, bit by bit: freeing them at once would stall
            # the loop (so no reference to the old base stays here for the last one to go with).
            del old
            in_daemon_thread(functools.partial(snapshot.retire, retired), "retire-knowledge")
        log.info("Fact base reloaded: %d facts, %d articles", len(base.facts), len(base.sources))
        return (
            f"Reloaded: {len(base.facts)} facts (was {was}), {len(base.sources)} articles, "
            f"{len(base.entities)} entities, {len(base.topics)} topics."
        )
