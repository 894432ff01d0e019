"""/timeline for a subject with no dated event, through the real client and the fake Discord: a clear reply in the
reader's language naming close subjects that have dated events, never a bare dash."""

from __future__ import annotations

import pytest

from tests.e2e.fake_discord import FakeDiscord

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


async def test_an_unknown_or_undated_subject_gets_close_subjects(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    body = await fake.callback_of(await fake.slash("timeline", subject="Sam Altmann"))  # misspelt, and never dated
    content = body["data"]["content"]
    assert content.startswith("The articles date no event about “Sam Altmann”. Close subjects with dated events: OpenAI")
    assert body["data"]["flags"] & 64  # only the asker sees it
    body = await fake.callback_of(await fake.slash("timeline", subject="Nvidia", locale="fr"))
    assert body["data"]["content"].startswith("Les articles ne datent aucun événement sur « Nvidia ». Sujets ayant des")


async def test_a_subject_reported_only_without_dates_says_so_above_its_events(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    body = await fake.callback_of(await fake.slash("timeline", subject="Microsoft", locale="fr"))
    (embed,) = body["data"]["embeds"]
    assert embed["title"] == "Chronologie : Microsoft"
    assert embed["description"].startswith("Les articles ne datent aucun événement sur « Microsoft » : ce qu'ils en")
    assert "Des sujets proches ont des événements datés : OpenAI" in embed["description"]
    assert embed["fields"] and all(field["name"].startswith("~ ") for field in embed["fields"])
