"""The question log behind the real discord.py client: a row per surface, presses and picks, and no user ids."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.core.question_log import QuestionLog, read_log
from tests.e2e.fake_discord import BOT_USER, CHANNEL_ID, DM_CHANNEL_ID, USER, FakeDiscord, button, components_of

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]

ANSWERED = "openai 1000 contractors latin america eastern europe"
ABSTAINS = "what engine drives githubs ai pair programmer"


async def _message_of(fake: FakeDiscord, interaction: int) -> dict[str, Any]:
    await fake.callback_of(interaction)
    return fake.messages[fake.interactions[interaction].message_id]


async def test_every_surface_press_and_pick_is_logged_without_user_ids(fake: FakeDiscord, start_bot, tmp_path: Path) -> None:
    bot = await start_bot()
    path = tmp_path / "questions.sqlite3"
    bot.recorder = log = QuestionLog(path, threshold=bot.engine.threshold)
    answered = await _message_of(fake, await fake.slash("ask", question=ANSWERED))
    await fake.message("who is grace matelich", dm=True)
    await fake.wait_for(lambda r: r.method == "POST" and r.path == f"channels/{DM_CHANNEL_ID}/messages")
    await fake.message(f"<@{BOT_USER['id']}> what powers copilot", dm=False, mentions=[BOT_USER])
    await fake.wait_for(lambda r: r.method == "POST" and r.path == f"channels/{CHANNEL_ID}/messages")
    target = fake.bot_message(CHANNEL_ID, {"content": "who is grace matelich"})
    target["author"] = USER
    await fake.callback_of(await fake.message_menu("Ask the articles", target))
    await fake.callback_of(await fake.press(answered, button(answered, "Wrong answer?")["custom_id"]))
    missed = await _message_of(fake, await fake.slash("ask", question=ABSTAINS))
    menus = [c for c in components_of(missed) if c.get("type") == 3]
    if menus:
        choice = menus[0]["options"][0]["value"]
        await fake.callback_of(await fake.press(missed, menus[0]["custom_id"], values=[choice]))
    log.close()

    questions, feedback = read_log(path)
    assert [q.surface for q in questions] == ["slash", "dm", "mention", "context_menu", "slash"]
    assert questions[0].question == ANSWERED and questions[0].fact_id == "hiring-scale" and not questions[0].abstained
    assert [(f.kind, f.fact_id) for f in feedback][:1] == [("wrong_answer", "hiring-scale")]
    if menus:
        assert questions[-1].abstained and [(f.kind, f.question, f.fact_id) for f in feedback][1:] == [("pick", ABSTAINS, choice)]
    dump = "\n".join(sqlite3.connect(path).iterdump())
    assert USER["id"] not in dump and str(CHANNEL_ID) not in dump
