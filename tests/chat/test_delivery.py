"""Sending: limits and no pings on every reply, nothing kept alive per answer, and buttons that expire by age."""

from __future__ import annotations

import asyncio
import datetime
import gc
import weakref
from types import SimpleNamespace

import discord
import pytest

from bot.chat.cooldown import QuestionCooldown, cooldown_message
from bot.chat.delivery import Reply, disable, notice, reply_to, respond
from bot.chat.replies import answer_question
from bot.chat.views import expired, fact_view
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


def test_components_expire_by_the_age_of_their_message() -> None:
    now = datetime.datetime(2026, 1, 1, 12, 0, tzinfo=datetime.UTC)
    sent = SimpleNamespace(created_at=now - datetime.timedelta(seconds=700), edited_at=None)
    assert expired(sent, 600, now) and not expired(sent, 800, now)
    turned = SimpleNamespace(created_at=sent.created_at, edited_at=now - datetime.timedelta(seconds=10))
    assert not expired(turned, 600, now)  # turning a page keeps them alive
    assert not expired(None, 600, now) and not expired(sent, None, now)


@pytest.mark.asyncio
async def test_an_answer_keeps_nothing_alive_once_sent(engine: Engine) -> None:
    client = fake_client(engine)
    tasks_before = len(asyncio.all_tasks())
    views = []
    for question in ("what powers copilot", "how many contractors did openai hire", "who is grace matelich"):
        interaction = FakeInteraction(client)
        reply = answer_question(question, engine, max_length=500)
        views.append(weakref.ref(reply.view))
        await respond(interaction, reply)
        del reply, interaction
    gc.collect()
    assert len(asyncio.all_tasks()) == tasks_before  # no timer per answer
    assert all(ref() is None for ref in views)  # no view kept per answer


@pytest.mark.asyncio
async def test_respond_sends_edits_or_follows_up(engine: Engine) -> None:
    client = fake_client(engine)
    reply = Reply(embeds=(discord.Embed(title="t"),), view=fact_view(engine.base.facts["hiring-scale"]))

    sent = FakeInteraction(client)
    await respond(sent, reply)
    assert sent.response.sent[0]["ephemeral"] is False and sent.response.sent[0]["view"] is reply.view

    edited = FakeInteraction(client, message=type("M", (), {"id": 99})())
    await respond(edited, Reply(embeds=(discord.Embed(title="page 2"),)), edit=True)
    assert edited.response.edited[0]["view"] is None  # a single page drops the old pager

    late = FakeInteraction(client)
    late.response._done = True
    await respond(late, notice("later"))
    assert late.followup.sent[0]["content"] == "later" and late.followup.sent[0]["ephemeral"] is True


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


def test_the_cooldown_table_forgets_users_whose_budget_has_refilled() -> None:
    cooldown = QuestionCooldown(5, 60.0)
    for user in range(5_000):
        assert cooldown.hit(user, now=1000.0 + user / 1000) is None
    assert len(cooldown) == 5_000
    assert cooldown.hit(1, now=1062.0) is None  # users 0..1999 asked over 60 s ago: gone
    assert 2_900 <= len(cooldown) <= 3_001
    assert cooldown.hit(99_999, now=2000.0) is None
    assert len(cooldown) == 1
    # A user who keeps asking stays at the back, with their budget counted.
    for second in range(5):
        cooldown.hit(7, now=3000.0 + second)
    assert cooldown.hit(7, now=3005.0) is not None
