"""Far off-topic questions through the real client and the fake Discord: a plain "the articles don't say", with no
"Did you mean" menu of facts sharing a word by chance, in English and in French; a near miss keeps its menu."""

from __future__ import annotations

import pytest

from tests.e2e.fake_discord import FakeDiscord, components_of

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


@pytest.mark.parametrize(
    ("question", "locale", "said"),
    [
        ("what's a good name for a cat", "en-US", "The articles don't say."),
        ("what is the capital of australia", "en-US", "The articles don't say."),
        ("quel temps fait-il à Londres", "fr", "Les articles ne le disent pas."),
        ("quelle heure est-il à Tokyo", "fr", "Les articles ne le disent pas."),
    ],
)
async def test_a_far_off_topic_question_gets_no_did_you_mean(
    fake: FakeDiscord, start_bot, question: str, locale: str, said: str
) -> None:
    await start_bot()
    interaction = await fake.slash("ask", question=question, locale=locale)
    body = await fake.callback_of(interaction)
    (embed,) = body["data"]["embeds"]
    assert embed["description"].startswith(said)
    assert "Did you mean" not in embed["description"] and "Vouliez-vous dire" not in embed["description"]
    message = fake.messages.get(fake.interactions[interaction].message_id, body["data"])
    assert not [c for c in components_of(message) if c.get("type") == 3]  # no menu of facts


async def test_a_near_miss_keeps_its_did_you_mean_menu(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    interaction = await fake.slash("ask", question="why does amazon mechanical turk come up in the article")
    body = await fake.callback_of(interaction)
    (embed,) = body["data"]["embeds"]
    assert "Did you mean" in embed["description"]
    message = fake.messages.get(fake.interactions[interaction].message_id, body["data"])
    (menu,) = [c for c in components_of(message) if c.get("type") == 3]
    assert menu["options"][0]["value"] == "tech-low-paid-labour-history"
