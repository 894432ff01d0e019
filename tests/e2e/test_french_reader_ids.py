"""A French reader never sees the fact base's ids (English slugs such as `hiring-scale`): not in answers, their
footers and their lists of disagreements, not in menus, not in browsing pages, verdicts, the timeline or the
autocomplete. Facts are named by their French statements, topics by their French names. An English reader still
gets the ids as handles to type."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.core.engine import Engine
from tests.e2e.fake_discord import FakeDiscord, components_of

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]

#: Words the French article has (the bot must quote it verbatim) but no English reader would know (fr).
ASKED_FR = "combien de sous-traitants openai a-t-il embauchés"


def _slugs(engine: Engine) -> re.Pattern[str]:
    """Every id of the base written as a slug (with a hyphen: a bare word such as "hiring" may be in an English quote)."""
    base = engine.base
    ids = [i for table in (base.facts, base.topics, base.sources) for i in table if "-" in i]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True)) + r")(?![\w-])")


def _shown(message: dict[str, Any]) -> str:
    """All a reader sees of a message: its text, its embeds, the labels and descriptions of its buttons and menus."""
    parts = [message.get("content") or ""]
    for embed in message.get("embeds", []):
        parts += [embed.get("title", ""), embed.get("description", ""), embed.get("footer", {}).get("text", "")]
        parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
    for component in components_of(message):
        parts += [component.get("label") or "", component.get("placeholder") or ""]
        parts += [f"{o['label']}\n{o.get('description') or ''}" for o in component.get("options", [])]
    return "\n".join(parts)


async def _reply(fake: FakeDiscord, interaction: int) -> dict[str, Any]:
    body = await fake.callback_of(interaction)
    data = body.get("data") or {}
    if interaction in fake.interactions and fake.interactions[interaction].message_id in fake.messages:
        return fake.messages[fake.interactions[interaction].message_id]
    return data


async def test_no_id_reaches_a_french_reader_on_any_face(fake: FakeDiscord, start_bot, engine: Engine) -> None:
    slugs = _slugs(engine)
    await start_bot()
    seen: dict[str, str] = {}

    answer = await _reply(fake, await fake.slash("ask", question=ASKED_FR, locale="fr"))
    seen["answer"] = _shown(answer)
    assert "Où les articles divergent" in seen["answer"] and "/comparer" in seen["answer"]
    # A sure answer has no "Vouliez-vous dire" menu under it (the near miss's below is looked at).
    assert not any(c.get("type") == 3 for c in components_of(answer))
    related = await _reply(fake, await fake.press(answer, "rb:open:rel:fr:hiring-scale", locale="fr"))
    seen["related"] = _shown(related)
    # The answer's disagreements open from the Related page's menu, first.
    menu = next(c for c in components_of(related) if c.get("type") == 3)
    disputes = [d.id for d in engine.disputes("hiring-scale")]
    assert [o["value"] for o in menu["options"][: len(disputes)]] == disputes
    assert menu["options"][0]["description"] == "divergence entre articles"
    fact = await _reply(fake, await fake.press(related, menu["custom_id"], values=[menu["options"][3]["value"]], locale="fr"))
    seen["fact"] = _shown(fact)
    near = await _reply(fake, await fake.slash("ask", question="qui est le pdg de nvidia", locale="fr"))
    seen["near miss"] = _shown(near)
    for name, options in (
        ("topics", {}),
        ("topic", {"name": "hiring"}),
        ("sources", {}),
        ("source", {"article": "semafor"}),
        ("compare", {}),
        ("timeline", {}),
        ("check", {"claim": "Les formateurs gagnent 30 dollars de l'heure"}),
        ("check", {"claim": "Les licenciés d'Invisible étaient des martiens"}),
        ("fact", {"id": "savreux-pay-15-an-hour"}),
    ):
        seen[f"{name} {options}"] = _shown(await _reply(fake, await fake.slash(name, locale="fr", **options)))
    choices = (await fake.callback_of(await fake.autocomplete("fact", "id", "savreux", locale="fr")))["data"]["choices"]
    assert choices
    seen["fact autocomplete"] = "\n".join(c["name"] for c in choices)
    leaks = {face: sorted(set(slugs.findall(text))) for face, text in seen.items() if slugs.search(text)}
    assert not leaks, leaks
    assert "Le recrutement de sous-traitants par OpenAI" in seen["topics {}"]  # topics by their French names


async def test_an_english_reader_keeps_the_ids_as_handles(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    answer = await _reply(fake, await fake.slash("ask", question="how many contractors did openai hire"))
    (embed,) = answer["embeds"]
    assert "fact hiring-scale" in embed["footer"]["text"]
    assert "/fact disc-hiring-timeframe" in _shown(answer)
    topics = await _reply(fake, await fake.slash("topics"))
    assert "/topic name:hiring" in _shown(topics)
