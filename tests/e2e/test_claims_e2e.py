"""Claim checks and the timeline through the real client and the fake Discord: /check, routing of claims and
yes/no questions typed to /ask or sent in a DM, the false-premise correction, and /timeline's pages."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.fake_discord import DM_CHANNEL_ID, FakeDiscord, button, components_of

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


def _embeds(body: dict[str, Any]) -> list[dict[str, Any]]:
    return body["data"]["embeds"]


def _text(embed: dict[str, Any]) -> str:
    parts = [embed.get("title", ""), embed.get("description", ""), embed.get("footer", {}).get("text", "")]
    return "\n".join(parts + [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])])


async def test_check_gives_a_verdict_with_the_quote(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    (embed,) = _embeds(await fake.callback_of(await fake.slash("check", claim="The trainers make $30 an hour")))
    assert embed["title"].startswith("❌ Contradicted")
    assert "The articles say $15 an hour, not $30" in embed["description"]
    assert "Earning $15 an hour or more without benefits" in _text(embed)
    assert "fact savreux-pay-15-an-hour" in embed["footer"]["text"]


async def test_check_in_french_and_not_reported(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    body = await fake.callback_of(await fake.slash("check", claim="OpenAI a licencié les travailleurs kényans", locale="fr"))
    (embed,) = _embeds(body)
    assert embed["title"].startswith("❌ Contredit")
    assert "nomment Sama, et non OpenAI" in embed["description"]
    body = await fake.callback_of(await fake.slash("check", claim="Elon Musk founded OpenAI"))
    (embed,) = _embeds(body)
    assert embed["title"].startswith("❔ Not reported")
    assert "Nothing in the articles settles this" in embed["description"]


async def test_a_claim_typed_to_ask_is_checked_and_a_question_is_answered(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    (embed,) = _embeds(await fake.callback_of(await fake.slash("ask", question="OpenAI hired 1,000 coders")))
    assert embed["title"].startswith("⚖️ Disputed")
    assert "What each article says" in _text(embed)
    (embed,) = _embeds(await fake.callback_of(await fake.slash("ask", question="what powers copilot")))
    assert "fact codex-powers-copilot" in embed["footer"]["text"] and "Contradicted" not in _text(embed)


async def test_a_false_premise_is_corrected_before_the_answer(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    body = await fake.callback_of(await fake.slash("ask", question="Why did OpenAI fire the Kenyan workers?"))
    correction, answer = _embeds(body)
    assert correction["title"] == "Before answering: a false premise"
    assert "name Sama, not OpenAI" in correction["description"]
    # then Sama's facts: no fact says anyone fired them (Sama ended its partnership), so they are offered, not asserted
    assert "sama" in answer["description"].lower()


async def test_a_yes_no_question_in_a_dm_gets_a_verdict(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    await fake.message("Is Grace Matelich the CEO of Invisible?", dm=True)
    sent = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"channels/{DM_CHANNEL_ID}/messages")
    (embed,) = sent.body["embeds"]
    assert embed["title"].startswith("❌ Contradicted")
    assert "partner and head of operations" in embed["description"]
    assert sent.body["allowed_mentions"] == {"parse": [], "replied_user": False}


async def test_timeline_lists_dated_events_in_order_and_pages(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    interaction = await fake.slash("timeline")
    (first,) = _embeds(await fake.callback_of(interaction))
    assert first["title"] == "Timeline"
    names = [f["name"] for f in first["fields"]]
    assert names[0] == "1950–1959" and "August 2021" in names
    message = fake.messages[fake.interactions[interaction].message_id]
    turned = await fake.callback_of(await fake.press(message, button(message, "Next ▶")["custom_id"]))
    assert turned["type"] == 7
    assert any(f["name"].startswith("~ ") for f in _embeds(turned)[0]["fields"])  # undated events, in their words
    body = await fake.callback_of(await fake.slash("timeline", subject="Sama", locale="fr"))
    (embed,) = _embeds(body)
    assert embed["title"] == "Chronologie : Sama" and embed["fields"][0]["name"] == "février 2022"


async def test_a_french_reader_of_check_sees_french_down_to_the_buttons(fake: FakeDiscord, start_bot) -> None:
    """A French client's /check on a claim the articles disagree on: the verdict, the French subject and every side's
    French position, the buttons and what they answer, all in French."""
    from bot.core.loader import load_knowledge

    fact = load_knowledge().facts["disc-hiring-count-hired-vs-planned"]
    await start_bot()
    check = await fake.slash("check", claim="OpenAI a embauché 1000 sous-traitants", locale="fr")
    (embed,) = _embeds(await fake.callback_of(check))
    text = _text(embed).replace("\\", "")
    assert embed["title"].startswith("⚖️ Contesté : ") and "Ce que dit chaque article" in text
    assert f"({fact.subject_fr})" in text and "Rapporté par 4 des 5 articles" in text
    assert all(c.position_fr in text for c in fact.citations)
    assert not any(f"**{c.position}**" in text for c in fact.citations) and fact.subject not in text
    message = fake.messages[fake.interactions[check].message_id]
    labels = [c.get("label") for c in components_of(message) if c.get("type") == 2]
    assert labels == ["Sources", "Liés", "Mauvaise réponse ?", "Supprimer"]
    thanks = await fake.callback_of(await fake.press(message, button(message, "Mauvaise réponse ?")["custom_id"], locale="fr"))
    assert thanks["data"]["content"].startswith("Merci : j'ai noté que cette réponse semble fausse")
    sources = await fake.callback_of(await fake.press(message, button(message, "Sources")["custom_id"], locale="fr"))
    (page,) = _embeds(sources)
    assert page["title"] == "Sources, en contexte" and "Version :" in _text(page)
