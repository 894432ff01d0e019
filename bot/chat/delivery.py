"""What the bot sends (a Reply) and how it goes out: to an interaction or as a reply to a message.

Every send here uses AllowedMentions.none(), so nothing the bot says can ping anyone. Messages that
carry buttons or menus keep nothing alive: a press on one older than the configured lifetime greys them
out then (see views.py), instead of a timer per message.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import discord

from bot.chat.embeds import CONTENT_LIMIT, EMBEDS_PER_MESSAGE, clip
from bot.core.answers import Answer

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()


@dataclass(frozen=True, slots=True)
class Reply:
    """A message to send: text and/or embeds, optional buttons and menus, and whether only the asker sees it."""

    content: str | None = None
    embeds: tuple[discord.Embed, ...] = ()
    view: discord.ui.View | None = None
    ephemeral: bool = False
    #: The engine's answer this reply shows, when it answers a question (for the question log).
    answer: Answer | None = None
    #: The fact a verdict rests on (the quoted one): "tell me more" said next in the same place follows it.
    fact_id: str | None = None

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


async def respond(interaction: discord.Interaction, reply: Reply, *, edit: bool = False) -> None:
    """Answer an interaction with a reply: edit the message a component sits on (edit=True), or send one.

    Nothing is kept once it is sent: the components are stateless (views.py), so no view, task or
    interaction outlives the handler, however many answers the bot gives.
    """
    kwargs = reply.message_kwargs()
    if edit and interaction.message is not None and not interaction.response.is_done():
        kwargs.setdefault("view", None)  # a page without a pager drops the old buttons
        await interaction.response.edit_message(**kwargs)
    elif interaction.response.is_done():
        await interaction.followup.send(**kwargs, ephemeral=reply.ephemeral)
    else:
        await interaction.response.send_message(**kwargs, ephemeral=reply.ephemeral)


async def reply_to(message: discord.Message, reply: Reply) -> discord.Message:
    """Reply to a message (a DM or a mention) without pinging its author or anyone else."""
    return await message.reply(**reply.message_kwargs(), mention_author=False)
