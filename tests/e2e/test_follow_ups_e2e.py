"""'Tell me more' after a claim's verdict, through the real client and the fake Discord: it follows the fact the
verdict quotes, in a DM and in a server channel (after /check or a mention), in English and French."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.engine import Engine
from tests.e2e.fake_discord import BOT_USER, CHANNEL_ID, DM_CHANNEL_ID, FakeDiscord, components_of

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


def _menu_values(body: dict[str, Any]) -> list[str]:
    return [o["value"] for c in components_of(body) if c.get("type") == 3 for o in c.get("options", [])]


async def _next_post(fake: FakeDiscord, channel: int, after: int) -> dict[str, Any]:
    sent = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"channels/{channel}/messages", after=after)
    return sent.body


async def test_tell_me_more_in_a_dm_follows_the_fact_the_verdict_quotes(fake: FakeDiscord, start_bot, engine: Engine) -> None:
    await start_bot()
    await fake.message("Is Grace Matelich the CEO of Invisible?", dm=True)
    verdict = await _next_post(fake, DM_CHANNEL_ID, 0)
    (embed,) = verdict["embeds"]
    assert embed["title"].startswith("❌ Contradicted")
    fact_id = embed["footer"]["text"].rsplit(" ", 1)[-1]
    fact = engine.base.facts[fact_id]
    seen = len(fake.requests)
    await fake.message("tell me more", dm=True)
    more = await _next_post(fake, DM_CHANNEL_ID, seen)
    assert more["content"].startswith("More on that answer")
    (page,) = more["embeds"]
    assert page["title"] == "Related facts" and fact.statement[:60] in page["description"]
    offered = _menu_values(more)
    assert offered and set(offered) <= {f.id for f in engine.related(fact_id, 10)}


async def test_why_in_a_channel_follows_the_verdict_of_check(fake: FakeDiscord, start_bot, engine: Engine) -> None:
    await start_bot()
    body = await fake.callback_of(await fake.slash("check", claim="The trainers make $30 an hour"))
    (embed,) = body["data"]["embeds"]
    assert "fact savreux-pay-15-an-hour" in embed["footer"]["text"]
    seen = len(fake.requests)
    await fake.message(f"<@{BOT_USER['id']}> why?", dm=False, mentions=[BOT_USER])
    why = await _next_post(fake, CHANNEL_ID, seen)
    (page,) = why["embeds"]
    assert page["title"] == "Related facts" and "Savreux" in page["description"]
    wider = {f.id for f in engine.related("savreux-pay-15-an-hour", 30)}
    assert set(_menu_values(why)) <= wider


async def test_dis_men_plus_after_a_french_verdict_follows_it_in_french(fake: FakeDiscord, start_bot, engine: Engine) -> None:
    await start_bot()
    await fake.message("Sama a-t-elle mis fin à son contrat avec OpenAI ?", dm=True)
    verdict = await _next_post(fake, DM_CHANNEL_ID, 0)
    (embed,) = verdict["embeds"]
    assert embed["title"].startswith("✅ Confirmé")  # French readers see no fact ids: the fact is known from the quote
    fact = engine.base.facts["sama-ends-openai-partnership"]
    seen = len(fake.requests)
    await fake.message("dis-m'en plus", dm=True)
    more = await _next_post(fake, DM_CHANNEL_ID, seen)
    (page,) = more["embeds"]
    assert more["content"].startswith("Pour aller plus loin") and page["title"] == "Faits liés"
    assert fact.statement_in("fr")[:60] in page["description"]
    assert set(_menu_values(more)) <= {f.id for f in engine.related(fact.id, 10)}


async def test_after_a_verdict_that_settles_nothing_more_follows_no_older_answer(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    await fake.message("what powers copilot", dm=True)
    await _next_post(fake, DM_CHANNEL_ID, 0)
    seen = len(fake.requests)
    await fake.slash("check", claim="Elon Musk founded OpenAI", dm=True)
    await fake.message("tell me more", dm=True)
    more = await _next_post(fake, DM_CHANNEL_ID, seen)
    assert "More about what?" in more["content"] and not more["embeds"]
