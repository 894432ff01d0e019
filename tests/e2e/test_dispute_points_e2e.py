"""Through the real client and the fake Discord: an answer lists the disagreements about its own point, and its
Related page offers those first; one that only shares a passage with it (how a name is spelt) is not listed."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.e2e.fake_discord import FakeDiscord, button, components_of

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


async def test_the_pay_answer_lists_the_pay_disagreement_only(fake: FakeDiscord, start_bot, engine: Engine) -> None:
    await start_bot()
    interaction = await fake.slash("ask", question="how much does savreux earn")
    (embed,) = (await fake.callback_of(interaction))["data"]["embeds"]
    assert "fact savreux-pay-15-an-hour" in embed["footer"]["text"]
    field = next(f for f in embed["fields"] if f["name"] == "Where the articles differ on this")
    assert "trainer-pay-detail" in field["value"] and "savreux-name-spelling" not in field["value"]
    message = fake.messages[fake.interactions[interaction].message_id]
    related = await fake.callback_of(await fake.press(message, button(message, "Related")["custom_id"]))
    menu = next(c for c in components_of(related["data"]) if c.get("type") == 3)
    assert menu["options"][0]["value"] == "trainer-pay-detail"  # where the articles differ on it, first
    assert [d.id for d in engine.disputes_on_point("savreux-pay-15-an-hour")] == ["trainer-pay-detail"]
