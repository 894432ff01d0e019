"""Light fakes of the few discord.py objects the handlers touch: an interaction and a message.

They record what the handler sent; nothing here imitates Discord beyond that (the e2e tests run the
real client against a fake Discord for the rest).
"""

from __future__ import annotations

import itertools
from types import SimpleNamespace
from typing import Any

import discord

from bot.chat.cooldown import QuestionCooldown
from bot.core.engine import Engine
from bot.core.i18n import LanguagePreferences
from bot.core.recorder import LoggingRecorder
from bot.settings import Settings

_ids = itertools.count(1000)


class FakeResponse:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.edited: list[dict[str, Any]] = []
        self.deferred: list[dict[str, Any]] = []
        self._done = False
        self.fail_with: Exception | None = None

    def is_done(self) -> bool:
        return self._done

    async def send_message(self, content: str | None = None, **kwargs: Any) -> SimpleNamespace:
        if self.fail_with is not None:
            raise self.fail_with
        self._done = True
        self.sent.append({"content": content, **kwargs})
        return SimpleNamespace(message_id=next(_ids))

    async def edit_message(self, **kwargs: Any) -> None:
        self._done = True
        self.edited.append(kwargs)

    async def defer(self, **kwargs: Any) -> None:
        self._done = True
        self.deferred.append(kwargs)


class FakeFollowup:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def send(self, content: str | None = None, **kwargs: Any) -> SimpleNamespace:
        self.sent.append({"content": content, **kwargs})

        async def edit(**_: Any) -> None:
            return None

        return SimpleNamespace(id=next(_ids), edit=edit)


def fake_client(engine: Engine, settings: Settings | None = None, *, owners: tuple[int, ...] = ()) -> SimpleNamespace:
    settings = settings or Settings()

    async def is_owner(user: Any) -> bool:
        return user.id in owners

    client = SimpleNamespace(
        engine=engine,
        base=engine.base,
        settings=settings,
        question_cooldown=QuestionCooldown(settings.cooldown_questions, settings.cooldown_seconds),
        is_owner=is_owner,
        recorder=LoggingRecorder(),
        languages=LanguagePreferences(),
        user=SimpleNamespace(id=42, bot=True),
    )

    def swap_knowledge(base: Any, new_engine: Engine) -> None:
        client.base, client.engine = base, new_engine

    client.swap_knowledge = swap_knowledge
    return client


class FakeInteraction:
    def __init__(
        self,
        client: Any,
        *,
        user_id: int = 7,
        kind: discord.InteractionType = discord.InteractionType.application_command,
        message: Any = None,
    ) -> None:
        self.id = next(_ids)
        self.client = client
        self.user = SimpleNamespace(id=user_id)
        self.channel_id = 70
        self.type = kind
        self.message = message
        self.command = None
        self.locale = discord.Locale.american_english
        self.response = FakeResponse()
        self.followup = FakeFollowup()
        self.original_edits: list[dict[str, Any]] = []

    async def edit_original_response(self, **kwargs: Any) -> None:
        self.original_edits.append(kwargs)

    def everything_sent(self) -> list[dict[str, Any]]:
        return [*self.response.sent, *self.response.edited, *self.followup.sent]


class FakeMessage:
    """A message a user wrote, to a DM (channel type private) or a server channel."""

    def __init__(
        self,
        content: str,
        *,
        dm: bool,
        author_id: int = 7,
        bot_author: bool = False,
        mentions: list[Any] | None = None,
        kind: discord.MessageType = discord.MessageType.default,
    ) -> None:
        self.id = next(_ids)
        self.content = content
        self.author = SimpleNamespace(id=author_id, bot=bot_author)
        self.channel = SimpleNamespace(id=next(_ids), type=discord.ChannelType.private if dm else discord.ChannelType.text)
        self.guild = None if dm else SimpleNamespace(id=1)
        self.mentions = mentions or []
        self.type = kind
        self.replies: list[dict[str, Any]] = []

    async def reply(self, content: str | None = None, **kwargs: Any) -> SimpleNamespace:
        self.replies.append({"content": content, **kwargs})

        async def edit(**_: Any) -> None:
            return None

        return SimpleNamespace(id=next(_ids), edit=edit)
