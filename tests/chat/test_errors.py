"""The global app-command error handler: friendly for the expected, logged and apologetic for the rest."""

from __future__ import annotations

import logging

import discord
import pytest
from discord import app_commands

from bot.chat.errors import APOLOGY, NOT_OWNER, NotOwner, ReportingTree
from bot.core.engine import Engine
from tests.chat.fakes import FakeInteraction, fake_client

pytestmark = pytest.mark.asyncio


@pytest.fixture
def tree() -> ReportingTree:
    return ReportingTree(discord.Client(intents=discord.Intents.none()))


async def test_a_cooldown_is_friendly_and_ephemeral(tree: ReportingTree, engine: Engine) -> None:
    interaction = FakeInteraction(fake_client(engine))
    await tree.on_error(interaction, app_commands.CommandOnCooldown(app_commands.Cooldown(1, 10), 7.2))
    (sent,) = interaction.response.sent
    assert sent["ephemeral"] is True and "Try again in 7 seconds" in sent["content"]


async def test_not_an_owner(tree: ReportingTree, engine: Engine) -> None:
    interaction = FakeInteraction(fake_client(engine))
    await tree.on_error(interaction, NotOwner())
    assert interaction.response.sent[0]["content"] == NOT_OWNER


async def test_an_unexpected_error_is_logged_with_its_trace(
    tree: ReportingTree, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    interaction = FakeInteraction(fake_client(engine))
    try:
        raise ValueError("kaput")
    except ValueError as exc:
        error = app_commands.AppCommandError("wrapped")
        error.__cause__ = exc
    with caplog.at_level(logging.ERROR, logger="bot.chat.errors"):
        await tree.on_error(interaction, error)
    assert interaction.response.sent[0] == {
        "content": APOLOGY,
        "ephemeral": True,
        "allowed_mentions": interaction.response.sent[0]["allowed_mentions"],
    }
    (record,) = caplog.records
    assert record.exc_info is not None and "kaput" in caplog.text


async def test_an_answered_interaction_gets_a_followup(tree: ReportingTree, engine: Engine) -> None:
    interaction = FakeInteraction(fake_client(engine))
    interaction.response._done = True
    await tree.on_error(interaction, app_commands.AppCommandError("late"))
    assert interaction.followup.sent[0]["content"] == APOLOGY and interaction.followup.sent[0]["ephemeral"] is True


async def test_autocomplete_errors_send_nothing_and_send_failures_do_not_raise(
    tree: ReportingTree, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    autocomplete = FakeInteraction(fake_client(engine), kind=discord.InteractionType.autocomplete)
    await tree.on_error(autocomplete, app_commands.AppCommandError("x"))
    assert not autocomplete.everything_sent()

    expired = FakeInteraction(fake_client(engine))
    expired.response.fail_with = discord.NotFound(type("R", (), {"status": 404, "reason": "Not Found"})(), "Unknown interaction")
    with caplog.at_level(logging.WARNING):
        await tree.on_error(expired, app_commands.AppCommandError("x"))
    assert "Could not tell the user" in caplog.text
