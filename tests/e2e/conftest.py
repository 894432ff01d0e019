"""Fixtures for the end-to-end tests: the fake Discord, the real client pointed at it, loopback only."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from typing import Any

import discord
import pytest
import pytest_asyncio
import yarl

from bot.chat.client import ReportingBot, ShardedReportingBot, create_bot
from bot.core.engine import Engine
from bot.core.models import KnowledgeBase
from bot.settings import Settings
from tests.e2e.fake_discord import FakeDiscord

TOKEN = "fake-token.for-the-fake-discord.never-real"


def _loopback(host: Any) -> bool:
    if host in ("localhost", None):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly on any connection or DNS lookup that is not for 127.0.0.1 / ::1."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def guard(address: Any) -> None:
        if isinstance(address, tuple) and not _loopback(address[0]):
            raise OSError(f"test tried to reach {address!r}: only 127.0.0.1 is allowed")

    def connect(self: socket.socket, address: Any) -> None:
        guard(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        guard(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _loopback(host):
            raise OSError(f"test tried to resolve {host!r}: only 127.0.0.1 is allowed")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest_asyncio.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """The fake Discord, with discord.py's REST base and gateway pointed at it for this test only."""
    server = FakeDiscord()
    await server.start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.rest_base)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    try:
        yield server
    finally:
        await server.close()
    assert not server.unexpected, f"the bot called routes the fake does not know: {server.unexpected}"
    # Every message the bot sent or edited, in every test, pinged no one.
    assert not server.pinging_requests(), server.pinging_requests()


StartBot = Callable[..., Awaitable[ReportingBot | ShardedReportingBot]]


@pytest_asyncio.fixture
async def start_bot(fake: FakeDiscord, base: KnowledgeBase, engine: Engine) -> AsyncIterator[StartBot]:
    """Start the real bot against the fake, with settings overrides; closed (with a bound) at the end."""
    started: list[tuple[discord.Client, asyncio.Task[None]]] = []

    async def start(settings: Settings | None = None, *, engine_: Engine | None = None, semantic: Any = None, **overrides: Any):
        settings = replace(settings or Settings(), **overrides)
        bot = create_bot(engine_ or engine, (engine_ or engine).base, settings, semantic=semantic, guild_ready_timeout=0.05)
        task = asyncio.create_task(bot.start(TOKEN))
        started.append((bot, task))
        waiter = asyncio.ensure_future(bot.wait_until_ready())
        done, _ = await asyncio.wait({waiter, task}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
        if waiter not in done:
            waiter.cancel()
            if task in done:
                task.result()  # raise what stopped the bot
            raise TimeoutError("the bot did not become ready against the fake Discord within 10 s")
        return bot

    yield start
    for bot, task in started:
        await asyncio.wait_for(bot.close(), 5)
        with contextlib.suppress(asyncio.CancelledError, discord.ConnectionClosed):
            await asyncio.wait_for(task, 5)
