"""What the bot sends (a Reply) and how it goes out: to an interaction or as a reply to a message.

Every send here uses AllowedMentions.none(), so nothing the bot says can ping anyone. Messages that
carry buttons or menus are handed to a ComponentExpiry, which disables them after the configured time.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import discord

from bot.chat.embeds import CONTENT_LIMIT, EMBEDS_PER_MESSAGE, clip

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()


@dataclass(frozen=True, slots=True)
class Reply:
    """A message to send: text and/or embeds, optional buttons and menus, and whether only the asker sees it."""

    content: str | None = None
    embeds: tuple[discord.Embed, ...] = ()
    view: discord.ui.View | None = None
    ephemeral: bool = False

    def message_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for send/reply/edit, held to Discord's limits, pinging no one."""
        kwargs: dict[str, Any] = {
            "content": clip(self.content, CONTENT_LIMIT) if self.content else None,
            "embeds": list(self.embeds[:EMBEDS_PER_MESSAGE]),
            "allowed_mentions": NO_MENTIONS,
        }
        if self.view is not None:
            kwargs["view"] = self.view
        return kwargs


def notice(text: str) -> Reply:
    """A short text only the asker sees: a refusal, a cooldown, a "not found"."""
    return Reply(content=text, ephemeral=True)


def disable(view: discord.ui.View) -> None:
    """Grey out every button and menu of a view."""
    for child in view.children:
        target = child.item if isinstance(child, discord.ui.DynamicItem) else child
        if hasattr(target, "disabled"):
            target.disabled = True  # type: ignore[attr-defined]


class ComponentExpiry:
    """Disables a message's buttons and menus `timeout` seconds after it was sent.

    The components themselves are stateless (see views.py), so until then they work even across a
    restart; this only makes "stop working after a while" visible instead of silent.
    """

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._tasks: dict[int, asyncio.Task[None]] = {}

    def schedule(self, key: int | None, view: discord.ui.View, edit: Callable[[discord.ui.View], Awaitable[Any]]) -> None:
        """Disable `view` on the message `key` (its id) later; a new schedule for the same message replaces the old."""
        key = key if key is not None else id(view)
        old = self._tasks.pop(key, None)
        if old is not None:
            old.cancel()
        self._tasks[key] = asyncio.get_running_loop().create_task(self._expire(key, view, edit), name=f"expire-components-{key}")

    async def _expire(self, key: int, view: discord.ui.View, edit: Callable[[discord.ui.View], Awaitable[Any]]) -> None:
        try:
            await asyncio.sleep(self.timeout)
            disable(view)
            await edit(view)
        except discord.HTTPException as exc:
            # The message was deleted, or the interaction token expired: nothing left to disable.
            log.debug("Could not disable the components of message %s: %s", key, exc)
        finally:
            if self._tasks.get(key) is asyncio.current_task():
                del self._tasks[key]

    def cancel_all(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        self._tasks.clear()

    def __len__(self) -> int:
        return len(self._tasks)


def _expiry_of(client: Any) -> ComponentExpiry | None:
    expiry = getattr(client, "expiry", None)
    return expiry if isinstance(expiry, ComponentExpiry) else None


async def respond(interaction: discord.Interaction, reply: Reply, *, edit: bool = False) -> None:
    """Answer an interaction with a reply: edit the message a component sits on (edit=True), or send one."""
    kwargs = reply.message_kwargs()
    message_id: int | None
    if edit and interaction.message is not None and not interaction.response.is_done():
        kwargs.setdefault("view", None)  # a page without a pager drops the old buttons
        await interaction.response.edit_message(**kwargs)
        message_id = interaction.message.id
    elif interaction.response.is_done():
        message = await interaction.followup.send(**kwargs, ephemeral=reply.ephemeral, wait=True)
        if reply.view is not None and (expiry := _expiry_of(interaction.client)) is not None:
            expiry.schedule(message.id, reply.view, lambda view: message.edit(view=view, allowed_mentions=NO_MENTIONS))
        return
    else:
        callback = await interaction.response.send_message(**kwargs, ephemeral=reply.ephemeral)
        message_id = callback.message_id
    if reply.view is not None and (expiry := _expiry_of(interaction.client)) is not None:
        expiry.schedule(
            message_id, reply.view, lambda view: interaction.edit_original_response(view=view, allowed_mentions=NO_MENTIONS)
        )


async def reply_to(message: discord.Message, reply: Reply, expiry: ComponentExpiry | None = None) -> discord.Message:
    """Reply to a message (a DM or a mention) without pinging its author or anyone else."""
    sent = await message.reply(**reply.message_kwargs(), mention_author=False)
    if reply.view is not None and expiry is not None:
        expiry.schedule(sent.id, reply.view, lambda view: sent.edit(view=view, allowed_mentions=NO_MENTIONS))
    return sent
