"""A French reader through the real client and the fake Discord: the language the domain reads in a message is the
language of the whole reply, the verdict and its buttons alike."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.fake_discord import DM_CHANNEL_ID, FakeDiscord, button, components_of

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


def _labels(message: dict[str, Any]) -> list[str]:
    return [c["label"] for c in components_of(message) if c.get("type") == 2]


async def test_a_french_claim_in_a_dm_gets_a_french_verdict_and_french_buttons(fake: FakeDiscord, start_bot) -> None:
    """ "openai a 3750 salaries d'apres altman": the Discord replies read its "a" as English where the claim checker
    read French, so the verdict and its buttons could come in two languages."""
    await start_bot()
    await fake.message("openai a 3750 salaries d'apres altman", dm=True)
    sent = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"channels/{DM_CHANNEL_ID}/messages")
    (embed,) = sent.body["embeds"]
    assert embed["title"].startswith("❌ Contredit")
    assert embed["description"].startswith("Les articles disent 375")
    assert _labels(sent.body) == ["Sources", "Liés", "Mauvaise réponse ?", "Supprimer"]


async def test_a_french_contradiction_quoting_two_articles_has_one_heading(fake: FakeDiscord, start_bot) -> None:
    """An English client's reader checking a French claim: French throughout, and one heading over the quotes."""
    await start_bot()
    check = await fake.slash("check", claim="Savreux gagne 30 dollars de l'heure", locale="en-US")
    body = await fake.callback_of(check)
    (embed,) = body["data"]["embeds"]
    assert embed["title"].startswith("❌ Contredit")
    names = [field["name"] for field in embed["fields"]]
    assert names[0] == "Ce que disent les articles" and len(names) == 2 and names[1] == "\u200b"
    message = fake.messages[fake.interactions[check].message_id]
    assert _labels(message) == ["Sources", "Liés", "Mauvaise réponse ?", "Supprimer"]
    sources = await fake.callback_of(await fake.press(message, button(message, "Sources")["custom_id"]))
    (page,) = sources["data"]["embeds"]
    assert page["title"] == "Sources, en contexte"
