"""The real discord.py client against the fake Discord: sync, /ask, autocomplete, DMs, buttons, limits.

Every wait is bounded (the fake's wait_for and callback_of time out), and the loopback_only fixture
makes any connection that is not to 127.0.0.1 fail the test.
"""

from __future__ import annotations

import asyncio
import io
import logging
import time
from typing import Any

import pytest

from bot.chat.delivery import NO_MENTIONS
from bot.chat.errors import APOLOGY
from bot.chat.views import EXPIRED, STALE
from bot.core.engine import Engine
from bot.run import run_sync
from bot.settings import Settings
from tests.e2e.conftest import TOKEN
from tests.e2e.fake_discord import (
    BOT_USER,
    CHANNEL_ID,
    DM_CHANNEL_ID,
    EPHEMERAL,
    GUILD_ID,
    OWNER,
    FakeDiscord,
    button,
    components_of,
)

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]

HIRING_QUESTION = "openai 1000 contractors latin america eastern europe"
HIRING_QUOTE = "roughly 1,000 remote contractors"
ALL_COMMANDS = {
    "ask",
    "check",
    "timeline",
    "who",
    "sources",
    "source",
    "topics",
    "topic",
    "compare",
    "fact",
    "random",
    "help",
    "about",
    "reload",
    "language",
    "Ask the articles",
}
# Off-topic questions that share words with the fact base: the engine should abstain on them and suggest.
NEAR_MISSES = [
    "how much does openai pay its janitors",
    "what is the weather on mars",
    "what did the contractors eat for lunch in paris",
]
MESSAGE_CONTENT_INTENT = 1 << 15
DISCORD_EPOCH_MS = 1420070400000


def _embed(body: dict[str, Any]) -> dict[str, Any]:
    embeds = body["data"]["embeds"]
    assert len(embeds) == 1, body
    return embeds[0]


def _text(embed: dict[str, Any]) -> str:
    parts = [embed.get("title", ""), embed.get("description", ""), embed.get("footer", {}).get("text", "")]
    parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
    return "\n".join(parts)


async def test_commands_are_synced_with_their_options_and_contexts(fake: FakeDiscord, start_bot) -> None:
    await start_bot(Settings(dev_guild_ids=(GUILD_ID,)))
    sync = await fake.wait_for(lambda r: r.method == "PUT" and r.path.endswith("/commands"))
    assert sync.path == f"applications/{BOT_USER['id']}/guilds/{GUILD_ID}/commands"
    commands = {c["name"]: c for c in sync.body}
    assert set(commands) == ALL_COMMANDS
    ask = commands["ask"]
    assert ask["options"] == [
        {
            "type": 3,
            "name": "question",
            "description": "Your question, in English or French",
            "required": True,
            "autocomplete": True,
            "name_localizations": {"fr": "question"},
            "description_localizations": {"fr": "Votre question, en français ou en anglais"},
        }
    ]
    assert commands["Ask the articles"]["type"] == 3  # a message command
    for name in ("who", "source", "topic", "fact", "compare"):
        assert [o["autocomplete"] for o in commands[name]["options"]] == [True], name
    assert commands["compare"]["options"][0]["required"] is False
    for command in commands.values():
        assert sorted(command["contexts"]) == [0, 1], command["name"]  # servers and DMs with the bot
        assert command["integration_types"] == [0], command["name"]  # installed to servers
    assert int(commands["reload"]["default_member_permissions"]) == 8  # administrators see it; the owner check decides
    # Minimal intents: no privileged message content; guild messages (mentions) and DMs.
    intents = fake.identify["intents"]
    assert intents & MESSAGE_CONTENT_INTENT == 0
    assert intents == (1 << 0) | (1 << 9) | (1 << 12)


async def test_no_global_sync_at_start_and_user_installs_when_asked(fake: FakeDiscord, start_bot, engine: Engine) -> None:
    settings = Settings(user_install=True)
    await start_bot(settings)
    await asyncio.sleep(0.1)
    assert not [r for r in fake.requests if r.method == "PUT" and r.path.endswith("/commands")]  # the owner syncs
    # `python -m bot sync` (in a thread: it runs its own event loop, as from a shell).
    status = await asyncio.to_thread(run_sync, engine, engine.base, settings, TOKEN, stdout=io.StringIO())
    assert status == 0
    sync = await fake.wait_for(lambda r: r.method == "PUT" and r.path.endswith("/commands"))
    assert sync.path == f"applications/{BOT_USER['id']}/commands"
    for command in sync.body:
        assert sorted(command["contexts"]) == [0, 1, 2], command["name"]  # and any private channel
        assert sorted(command["integration_types"]) == [0, 1], command["name"]  # and user installs


async def test_ask_answers_with_the_right_fact_and_quote_then_buttons_work(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    interaction = await fake.slash("ask", question=HIRING_QUESTION)
    body = await fake.callback_of(interaction)
    assert body["type"] == 4
    assert not body["data"].get("flags", 0) & EPHEMERAL  # an answer is for the whole channel
    embed = _embed(body)
    assert "fact hiring-scale" in embed["footer"]["text"]
    assert "Confidence" in embed["footer"]["text"]
    assert any(HIRING_QUOTE in f["value"] and f["value"].startswith("> ") for f in embed["fields"])
    assert any("Semafor" in f["name"] for f in embed["fields"])
    assert "Reported by" in embed["description"]

    # The bot's message as Discord stored it, with its buttons: press Sources.
    message = fake.messages[fake.interactions[interaction].message_id]
    assert button(message, "Sources")["custom_id"] == "rb:open:src:en:hiring-scale"
    press = await fake.press(message, "rb:open:src:en:hiring-scale")
    sources = await fake.callback_of(press)
    assert sources["type"] == 4 and sources["data"]["flags"] & EPHEMERAL
    sources_embed = _embed(sources)
    assert sources_embed["title"] == "Sources, in context"
    # Each quote in bold inside the paragraph around it.
    in_context = [f["value"].split("**") for f in sources_embed["fields"]]
    assert any(len(p) >= 3 and p[0].strip() and HIRING_QUOTE in p[1] for p in in_context), in_context

    press = await fake.press(message, "rb:open:rel:en:hiring-scale")
    related = await fake.callback_of(press)
    assert _embed(related)["title"] == "Related facts"
    select = next(c for c in components_of(fake.messages[fake.interactions[press].message_id]) if c["type"] == 3)
    chosen = select["options"][0]["value"]

    # Pick a related fact from the menu on that ephemeral message.
    related_message = fake.messages[fake.interactions[press].message_id]
    pick = await fake.press(related_message, select["custom_id"], values=[chosen])
    picked = await fake.callback_of(pick)
    assert f"fact {chosen}" in _embed(picked)["footer"]["text"]
    assert not fake.pinging_requests()


async def test_autocomplete_returns_choices_within_limits(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    interaction = await fake.autocomplete("ask", "question", "how many contr")
    body = await fake.callback_of(interaction)
    assert body["type"] == 8
    choices = body["data"]["choices"]
    assert 0 < len(choices) <= 25
    assert all(0 < len(c["name"]) <= 100 and 0 < len(c["value"]) <= 100 for c in choices)
    assert any("contractors" in c["value"] for c in choices)

    interaction = await fake.autocomplete("who", "name", "matel")
    choices = (await fake.callback_of(interaction))["data"]["choices"]
    assert choices[0]["value"] == "grace-matelich"


async def test_a_direct_message_gets_the_same_answer(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    await fake.message("what powers copilot", dm=True)
    sent = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"channels/{DM_CHANNEL_ID}/messages")
    assert sent.body["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert str(sent.body["message_reference"]["channel_id"]) == str(DM_CHANNEL_ID)
    (embed,) = sent.body["embeds"]
    assert "fact codex-powers-copilot" in embed["footer"]["text"]
    assert [c["label"] for c in components_of(sent.body)][:2] == ["Sources", "Related"]


async def test_a_mention_in_a_server_is_answered_and_other_messages_are_not(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    await fake.message("just chatting about grace matelich", dm=False)
    await fake.message(f"<@{BOT_USER['id']}> who is grace matelich", dm=False, mentions=[BOT_USER])
    sent = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"channels/{CHANNEL_ID}/messages")
    (embed,) = sent.body["embeds"]
    assert "grace-matelich-role" in embed["footer"]["text"]
    assert "Grace Matelich" in embed["description"]
    await asyncio.sleep(0.05)
    assert sum(r.path == f"channels/{CHANNEL_ID}/messages" for r in fake.requests) == 1


async def test_an_abstention_says_so_and_offers_suggestions(fake: FakeDiscord, start_bot, engine: Engine) -> None:
    question = next((q for q in NEAR_MISSES if engine.ask(q).abstained and engine.ask(q).suggestions), None)
    assert question, f"the engine no longer abstains with suggestions on any of {NEAR_MISSES}"
    suggested = {m.fact.id for m in engine.ask(question).suggestions}
    await start_bot()
    body = await fake.callback_of(await fake.slash("ask", question=question))
    embed = _embed(body)
    assert "can't find a sure answer" in embed["description"]
    assert "Did you mean" in embed["description"]
    assert "Confidence" not in embed["footer"]["text"]
    # The suggestions are offered by their questions in a menu, never stated as facts.
    for fact_id in suggested:
        assert engine.base.facts[fact_id].statement not in _text(embed)
    (select,) = [c for c in components_of(body["data"]) if c["type"] == 3]
    assert select["placeholder"] == "Did you mean…"
    assert {o["value"] for o in select["options"]} == suggested


async def test_a_3000_character_question_is_refused_clearly(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    question = ("How many contractors did OpenAI hire? " * 80)[:2999] + "?"
    assert len(question) == 3000
    body = await fake.callback_of(await fake.slash("ask", question=question))
    assert body["type"] == 4
    assert body["data"]["flags"] & EPHEMERAL
    assert "3,000 characters" in body["data"]["content"]
    assert "500" in body["data"]["content"]
    assert not body["data"].get("embeds")


async def test_an_everyone_question_is_answered_without_pinging(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    body = await fake.callback_of(await fake.slash("ask", question="@everyone @here how many contractors did openai hire"))
    assert body["data"]["allowed_mentions"] == NO_MENTIONS.to_dict() == {"parse": []}
    embed = _embed(body)
    assert "@everyone" not in embed["title"] and "@\u200beveryone" in embed["title"]
    assert "@here" not in embed["title"]
    assert "fact " in embed["footer"]["text"]
    await fake.message("@everyone how many contractors did openai hire", dm=True)
    sent = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"channels/{DM_CHANNEL_ID}/messages")
    assert sent.body["allowed_mentions"]["parse"] == []
    assert not fake.pinging_requests()


async def test_buttons_on_a_message_from_before_a_restart(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    # A message this process never sent: components only carry their custom ids.
    old = fake.bot_message(
        CHANNEL_ID,
        {
            "components": [
                {
                    "type": 1,
                    "components": [
                        {"type": 2, "style": 1, "label": "Sources", "custom_id": "rb:open:src:hiring-scale"},
                        {"type": 2, "style": 2, "label": "Old", "custom_id": "rb:legacy-action:whatever"},
                        {"type": 2, "style": 2, "label": "Gone", "custom_id": "rb:open:src:a-fact-that-was-removed"},
                    ],
                }
            ]
        },
        kind=20,
    )
    fake.messages[int(old["id"])] = old
    works = await fake.callback_of(await fake.press(old, "rb:open:src:hiring-scale"))
    assert _embed(works)["title"] == "Sources, in context"
    stale = await fake.callback_of(await fake.press(old, "rb:legacy-action:whatever"))
    assert stale["data"]["content"] == STALE and stale["data"]["flags"] & EPHEMERAL
    gone = await fake.callback_of(await fake.press(old, "rb:open:src:a-fact-that-was-removed"))
    assert "no longer in the fact base" in gone["data"]["content"] and gone["data"]["flags"] & EPHEMERAL


async def test_pagination_edits_the_message_in_place(fake: FakeDiscord, start_bot, engine: Engine) -> None:
    topic = max(engine.base.topics, key=lambda t: len(engine.base.facts_by_topic.get(t, ())))
    await start_bot()
    interaction = await fake.slash("topic", name=topic)
    first = _embed(await fake.callback_of(interaction))
    assert first["footer"]["text"].startswith("Page 1 of ")
    message = fake.messages[fake.interactions[interaction].message_id]
    next_button = button(message, "Next ▶")
    turned = await fake.callback_of(await fake.press(message, next_button["custom_id"]))
    assert turned["type"] == 7  # UPDATE_MESSAGE: the same message, next page
    assert _embed(turned)["footer"]["text"].startswith("Page 2 of ")


async def test_buttons_keep_nothing_alive_and_expire_by_age_when_pressed(fake: FakeDiscord, start_bot) -> None:
    await start_bot(view_timeout_seconds=600)
    tasks_before = len(asyncio.all_tasks())
    for _ in range(30):
        await fake.callback_of(await fake.slash("ask", question=HIRING_QUESTION))
    await asyncio.sleep(0.05)
    # No timer, view or task per answer (a few connections of the fake's server may come and go).
    assert len(asyncio.all_tasks()) - tasks_before < 10
    # A message sent 20 minutes ago (its id holds the time): a press greys its buttons out and says so.
    sent = int((time.time() - 1200) * 1000) - DISCORD_EPOCH_MS
    old = fake.bot_message(
        CHANNEL_ID,
        {
            "components": [
                {"type": 1, "components": [{"type": 2, "style": 1, "label": "Sources", "custom_id": "rb:open:src:hiring-scale"}]}
            ]
        },
        message_id=sent << 22,
        kind=20,
    )
    press = await fake.press(old, "rb:open:src:hiring-scale")
    body = await fake.callback_of(press)
    assert body["type"] == 7 and all(c["disabled"] for c in components_of(body["data"]))
    followup = await fake.wait_for(lambda r: r.method == "POST" and r.path.startswith("webhooks/"))
    assert followup.body["content"] == EXPIRED and followup.body["flags"] & EPHEMERAL


async def test_the_question_cooldown_is_friendly_and_ephemeral(fake: FakeDiscord, start_bot) -> None:
    await start_bot(cooldown_questions=1, cooldown_seconds=60.0)
    await fake.callback_of(await fake.slash("ask", question=HIRING_QUESTION))
    body = await fake.callback_of(await fake.slash("ask", question=HIRING_QUESTION))
    assert body["data"]["flags"] & EPHEMERAL
    assert "Try again in" in body["data"]["content"]
    # The same budget covers DMs.
    await fake.message("what powers copilot", dm=True)
    sent = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"channels/{DM_CHANNEL_ID}/messages")
    assert "Try again in" in sent.body["content"]


async def test_an_unexpected_error_is_logged_and_apologised_for(
    fake: FakeDiscord, start_bot, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    class BrokenEngine(Engine):
        def ask(self, question: str):  # type: ignore[override]
            raise RuntimeError("the engine broke")

    broken = BrokenEngine.__new__(BrokenEngine)
    broken.__dict__.update(engine.__dict__)
    await start_bot(engine_=broken)
    with caplog.at_level(logging.ERROR, logger="bot.chat.errors"):
        body = await fake.callback_of(await fake.slash("ask", question="anything"))
    assert body["data"]["content"] == APOLOGY and body["data"]["flags"] & EPHEMERAL
    (record,) = [r for r in caplog.records if r.name == "bot.chat.errors"]
    assert record.exc_info and "the engine broke" in repr(record.exc_info[1].__cause__ or record.exc_info[1])


async def test_reload_is_for_owners_only(fake: FakeDiscord, start_bot) -> None:
    await start_bot(owner_ids=(int(OWNER["id"]),))
    refused = await fake.callback_of(await fake.slash("reload"))
    assert refused["data"]["flags"] & EPHEMERAL and "owners" in refused["data"]["content"]
    interaction = await fake.slash("reload", user=OWNER)
    deferred = await fake.callback_of(interaction)
    assert deferred["type"] == 5 and deferred["data"]["flags"] & EPHEMERAL
    followup = await fake.wait_for(lambda r: r.method == "POST" and r.path.startswith("webhooks/"), timeout=15)
    assert followup.body["content"].startswith("Reloaded:")


async def test_an_auto_sharded_bot_asks_for_the_gateway_and_identifies_its_shard(fake: FakeDiscord, start_bot) -> None:
    await start_bot(sharding="auto")
    assert any(r.path == "gateway/bot" for r in fake.requests)
    assert fake.identify["shard"] == [0, 1]
    body = await fake.callback_of(await fake.slash("ask", question=HIRING_QUESTION))
    assert "fact hiring-scale" in _embed(body)["footer"]["text"]
