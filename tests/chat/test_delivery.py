"""Sending: limits and no pings on every reply, and buttons disabled after the timeout."""

from __future__ import annotations

import asyncio

import discord
import pytest

from bot.chat.cooldown import QuestionCooldown, cooldown_message
from bot.chat.delivery import ComponentExpiry, Reply, disable, notice, reply_to, respond
from bot.chat.views import fact_view
from bot.core.engine import Engine
from bot.core.models import KnowledgeBase
from tests.chat.fakes import FakeInteraction, FakeMessage, fake_client


def test_reply_kwargs_ping_no_one_and_fit() -> None:
    kwargs = Reply(content="x" * 5000, embeds=tuple(discord.Embed(title=str(i)) for i in range(12))).message_kwargs()
    assert kwargs["allowed_mentions"].to_dict() == {"parse": []}
    assert len(kwargs["content"]) <= 2000
    assert len(kwargs["embeds"]) == 10
    assert "view" not in kwargs
    assert notice("hi").ephemeral


def test_disable_greys_out_every_component(base: KnowledgeBase) -> None:
    view = fact_view(base.facts["hiring-scale"])
    disable(view)
    assert all(child.item.disabled for child in view.children)


@pytest.mark.asyncio
async def test_expiry_disables_then_edits_once_and_a_reschedule_replaces(base: KnowledgeBase) -> None:
    expiry = ComponentExpiry(0.05)
    edits: list[discord.ui.View] = []

    async def edit(view: discord.ui.View) -> None:
        edits.append(view)

    first, second = fact_view(base.facts["hiring-scale"]), fact_view(base.facts["grace-matelich-role"])
    expiry.schedule(1, first, edit)
    expiry.schedule(1, second, edit)  # the message was turned to a new page: only the new view expires
    assert len(expiry) == 1
    await asyncio.sleep(0.2)
    assert edits == [second] and all(child.item.disabled for child in second.children)
    assert len(expiry) == 0


@pytest.mark.asyncio
async def test_expiry_survives_a_deleted_message(base: KnowledgeBase) -> None:
    expiry = ComponentExpiry(0.01)

    async def edit(view: discord.ui.View) -> None:
        raise discord.NotFound(type("R", (), {"status": 404, "reason": "Not Found"})(), "Unknown Message")

    expiry.schedule(1, fact_view(base.facts["hiring-scale"]), edit)
    await asyncio.sleep(0.1)
    assert len(expiry) == 0
    expiry.schedule(2, fact_view(base.facts["hiring-scale"]), edit)
    expiry.cancel_all()
    assert len(expiry) == 0


@pytest.mark.asyncio
async def test_respond_sends_edits_or_follows_up(engine: Engine) -> None:
    client = fake_client(engine)
    reply = Reply(embeds=(discord.Embed(title="t"),), view=fact_view(engine.base.facts["hiring-scale"]))

    sent = FakeInteraction(client)
    await respond(sent, reply)
    assert sent.response.sent[0]["ephemeral"] is False and sent.response.sent[0]["view"] is reply.view
    assert len(client.expiry) == 1

    edited = FakeInteraction(client, message=type("M", (), {"id": 99})())
    await respond(edited, Reply(embeds=(discord.Embed(title="page 2"),)), edit=True)
    assert edited.response.edited[0]["view"] is None  # a single page drops the old pager

    late = FakeInteraction(client)
    late.response._done = True
    await respond(late, notice("later"))
    assert late.followup.sent[0]["content"] == "later" and late.followup.sent[0]["ephemeral"] is True
    client.expiry.cancel_all()


@pytest.mark.asyncio
async def test_reply_to_a_message_never_pings_its_author(engine: Engine) -> None:
    message = FakeMessage("hi", dm=True)
    await reply_to(message, notice("hello"))
    (sent,) = message.replies
    assert sent["mention_author"] is False and sent["allowed_mentions"].to_dict() == {"parse": []}


def test_the_question_cooldown_counts_per_user() -> None:
    cooldown = QuestionCooldown(2, 60.0)
    assert cooldown.hit(1, now=100.0) is None
    assert cooldown.hit(1, now=101.0) is None
    retry = cooldown.hit(1, now=102.0)
    assert retry is not None and 0 < retry <= 60
    assert cooldown.hit(2, now=102.0) is None  # another user has their own budget
    assert cooldown.hit(1, now=161.0) is None  # the window has passed
    assert "Try again in 1 second." in cooldown_message(0.2)
    assert "Try again in 42 seconds." in cooldown_message(41.6)
