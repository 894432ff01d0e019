"""The real client against the fake Discord: French end to end, author-only controls, delete, "Wrong answer?",
the message menu, and the owner's sync command."""

from __future__ import annotations

import asyncio
import io
import logging
from typing import Any

import pytest

from bot.core.engine import Engine
from bot.core.i18n import CATALOGUE, COMMAND_NAMES_FR, COMMAND_TEXT_FR
from bot.run import run_sync
from bot.settings import Settings
from tests.e2e.conftest import TOKEN
from tests.e2e.fake_discord import BOT_USER, CHANNEL_ID, EPHEMERAL, GUILD_ID, USER, FakeDiscord, button, components_of

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]

OTHER = {"id": "1200000000000000077", "username": "other", "discriminator": "0", "global_name": "Other", "avatar": None}
#: No word of it tells English from French: the reader's Discord language decides.
NEUTRAL_QUESTION = "openai 1000 contractors latin america eastern europe"
ENGLISH_ONLY = [en for en, fr in CATALOGUE.values() if en != fr and len(en) >= 12 and "{" not in en]


def _embed(body: dict[str, Any]) -> dict[str, Any]:
    (embed,) = body["data"]["embeds"]
    return embed


def _text(embed: dict[str, Any]) -> str:
    parts = [embed.get("title", ""), embed.get("description", ""), embed.get("footer", {}).get("text", "")]
    parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
    return "\n".join(parts)


def _no_english(embed: dict[str, Any]) -> None:
    text = _text(embed)
    leaks = [label for label in ENGLISH_ONLY if label in text]
    assert not leaks, leaks


def _labels(message: dict[str, Any]) -> list[str]:
    return [c.get("label") or c.get("placeholder") for c in components_of(message)]


async def _message_of(fake: FakeDiscord, interaction: int) -> dict[str, Any]:
    await fake.callback_of(interaction)
    return fake.messages[fake.interactions[interaction].message_id]


async def test_a_french_client_gets_french_commands_and_french_pages(fake: FakeDiscord, start_bot, engine: Engine) -> None:
    await start_bot(Settings(dev_guild_ids=(GUILD_ID,)))
    sync = await fake.wait_for(lambda r: r.method == "PUT" and r.path.endswith("/commands"))
    for command in sync.body:
        assert command["name_localizations"]["fr"] == COMMAND_NAMES_FR[command["name"]], command["name"]
        if command["type"] == 1 and command.get("description") in COMMAND_TEXT_FR:
            assert command["description_localizations"]["fr"] == COMMAND_TEXT_FR[command["description"]], command["name"]
            for option in command.get("options", []):
                assert option["name_localizations"]["fr"] and option["description_localizations"]["fr"], option
    assert sum(c.get("description") in COMMAND_TEXT_FR for c in sync.body) >= 12
    ask = await fake.slash("ask", question=NEUTRAL_QUESTION, locale="fr")
    body = await fake.callback_of(ask)
    answer = _embed(body)
    assert answer["footer"]["text"] == "Confiance : sûr"  # no fact id: an English slug (test_french_reader_ids.py)
    assert engine.base.facts["hiring-scale"].statement_fr in answer["description"].replace("\\", "")
    assert "Rapporté par" in answer["description"]
    _no_english(answer)
    message = fake.messages[fake.interactions[ask].message_id]
    assert _labels(message)[:2] == ["Sources", "Liés"] and "Mauvaise réponse ?" in _labels(message)

    sources = _embed(await fake.callback_of(await fake.press(message, "rb:open:src:fr:hiring-scale", locale="fr")))
    assert sources["title"] == "Sources, en contexte"
    _no_english(sources)
    related_press = await fake.press(message, "rb:open:rel:fr:hiring-scale", locale="fr")
    related = _embed(await fake.callback_of(related_press))
    assert related["title"] == "Faits liés"
    _no_english(related)
    menu = [c for c in components_of(fake.messages[fake.interactions[related_press].message_id]) if c["type"] == 3]
    assert menu and menu[0]["placeholder"] == "Ouvrir un fait lié…"

    miss = _embed(await fake.callback_of(await fake.slash("ask", question="qui est le pdg de nvidia", locale="fr")))
    assert miss["description"].startswith(("Les articles ne le disent pas", "Je ne trouve pas de réponse sûre"))
    assert miss["footer"]["text"].startswith("Pas de réponse")
    _no_english(miss)

    for name, options in (
        ("topics", {}),
        ("sources", {}),
        ("compare", {}),
        ("help", {}),
        ("about", {}),
        ("who", {"name": "grace-matelich"}),
    ):
        page = _embed(await fake.callback_of(await fake.slash(name, locale="fr", **options)))
        _no_english(page)


async def test_a_french_autocomplete_offers_french_with_accents(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    choices = (await fake.callback_of(await fake.autocomplete("ask", "question", "deja embauche", locale="fr")))["data"][
        "choices"
    ]
    assert choices and any("déjà" in c["name"] for c in choices), choices
    english = (await fake.callback_of(await fake.autocomplete("ask", "question", "how many contr")))["data"]["choices"]
    assert all(c["name"].isascii() or "’" in c["name"] for c in english[:5]), english


async def test_someone_elses_press_gets_a_copy_of_their_own(fake: FakeDiscord, start_bot, engine: Engine) -> None:
    topic = max(engine.base.topics, key=lambda t: len(engine.base.facts_by_topic.get(t, ())))
    await start_bot()
    interaction = await fake.slash("topic", name=topic)
    message = await _message_of(fake, interaction)
    first_page = message["embeds"][0]["footer"]["text"]
    next_id = button(message, "Next ▶")["custom_id"]
    assert f":{USER['id']}:" in next_id  # the asker's pager
    other = await fake.callback_of(await fake.press(message, next_id, user=OTHER))
    assert other["type"] == 4 and other["data"]["flags"] & EPHEMERAL  # a copy only they see...
    assert other["data"]["embeds"][0]["footer"]["text"].startswith("Page 2 of ")
    assert "belong to whoever asked" in other["data"]["content"]
    copy = fake.messages[int(next(i for i in fake.interactions.values() if i.callbacks and i.callbacks[-1] is other).message_id)]
    assert all(f":{USER['id']}:" not in c["custom_id"] for c in components_of(copy) if c["type"] == 2)  # ...they can page
    assert fake.messages[int(message["id"])]["embeds"][0]["footer"]["text"] == first_page  # the asker's is untouched
    turned = await fake.callback_of(await fake.press(message, next_id))
    assert turned["type"] == 7 and _embed(turned)["footer"]["text"].startswith("Page 2 of ")
    # Every list page has a menu that opens its facts, titled by statement, not id.
    (select,) = [c for c in components_of(message) if c["type"] == 3]
    assert all(o["label"] != o["value"] for o in select["options"])
    opened = await fake.callback_of(await fake.press(message, select["custom_id"], values=[select["options"][0]["value"]]))
    assert opened["data"]["flags"] & EPHEMERAL and any(f["value"].startswith("> ") for f in _embed(opened)["fields"])


async def test_only_the_asker_can_delete_the_answer(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    interaction = await fake.slash("ask", question=NEUTRAL_QUESTION)
    message = await _message_of(fake, interaction)
    delete = button(message, "Delete")
    assert delete["custom_id"] == f"rb:del:{USER['id']}" and delete["style"] == 4
    refused = await fake.callback_of(await fake.press(message, delete["custom_id"], user=OTHER))
    assert refused["data"]["flags"] & EPHEMERAL and "Only the person who asked" in refused["data"]["content"]
    assert int(message["id"]) in fake.messages
    press = await fake.press(message, delete["custom_id"])
    await fake.wait_for(lambda r: r.method == "DELETE" and r.path.endswith("/messages/@original"))
    assert fake.interactions[press].callbacks[0]["type"] == 6  # acknowledged without a message of its own
    assert int(message["id"]) not in fake.messages


async def test_wrong_answer_is_recorded_and_thanked(fake: FakeDiscord, start_bot) -> None:
    recorded: list[dict[str, Any]] = []

    class Recorder:
        def question(self, **kwargs: Any) -> None: ...

        def wrong_answer(self, **kwargs: Any) -> None:
            recorded.append(kwargs)

        def pick(self, **kwargs: Any) -> None: ...

    bot = await start_bot()
    bot.recorder = Recorder()
    message = await _message_of(fake, await fake.slash("ask", question=NEUTRAL_QUESTION))
    thanks = await fake.callback_of(await fake.press(message, button(message, "Wrong answer?")["custom_id"], user=OTHER))
    assert thanks["data"]["flags"] & EPHEMERAL and thanks["data"]["content"].startswith("Thank you")
    assert recorded == [{"user_id": int(OTHER["id"]), "question": NEUTRAL_QUESTION, "fact_id": "hiring-scale", "language": "en"}]


async def test_the_message_menu_answers_the_message_it_is_used_on(fake: FakeDiscord, start_bot) -> None:
    await start_bot()
    target = fake.bot_message(CHANNEL_ID, {"content": "who is grace matelich"})
    target["author"] = OTHER
    body = await fake.callback_of(await fake.message_menu("Ask the articles", target))
    assert body["type"] == 4 and not body["data"].get("flags", 0) & EPHEMERAL
    assert "grace-matelich-role" in _embed(body)["footer"]["text"]


async def test_the_owners_sync_command_syncs_to_a_guild_and_clears_it(fake: FakeDiscord, engine: Engine) -> None:
    def sync(*guilds: int, clear: bool = False) -> tuple[int, str]:
        out = io.StringIO()
        return run_sync(engine, engine.base, Settings(), TOKEN, guilds, clear=clear, stdout=out), out.getvalue()

    status, said = await asyncio.to_thread(sync, GUILD_ID)
    assert status == 0 and f"guild {GUILD_ID}" in said
    put = await fake.wait_for(lambda r: r.method == "PUT" and r.path.endswith("/commands"))
    assert put.path == f"applications/{BOT_USER['id']}/guilds/{GUILD_ID}/commands" and len(put.body) >= 13
    assert not [r for r in fake.requests if r.path == "gateway" or r.path == "gateway/bot"]  # no gateway connection
    count = len(fake.requests)
    status, said = await asyncio.to_thread(sync, GUILD_ID, clear=True)
    clear = await fake.wait_for(lambda r: r.method == "PUT" and r.path.endswith("/commands"), after=count)
    assert status == 0 and clear.body == [] and "Removed" in said


async def test_french_readers_are_told_off_and_apologised_to_in_french(fake: FakeDiscord, start_bot) -> None:
    await start_bot(cooldown_questions=1, cooldown_seconds=60.0)
    await fake.callback_of(await fake.slash("ask", question=NEUTRAL_QUESTION, locale="fr"))
    body = await fake.callback_of(await fake.slash("ask", question=NEUTRAL_QUESTION, locale="fr"))
    assert body["data"]["flags"] & EPHEMERAL and body["data"]["content"].startswith("Doucement")


async def test_only_did_you_mean_picks_are_recorded(fake: FakeDiscord, start_bot, engine: Engine) -> None:
    picks: list[dict[str, Any]] = []

    class Recorder:
        def question(self, **kwargs: Any) -> None: ...

        def wrong_answer(self, **kwargs: Any) -> None: ...

        def pick(self, **kwargs: Any) -> None:
            picks.append(kwargs)

    candidates = ["who is the ceo of nvidia", "how much does openai pay its janitors", NEUTRAL_QUESTION, "who is grace matelich"]
    question = next(q for q in candidates if engine.ask(q).suggestions or engine.ask(q).alternatives)
    bot = await start_bot()
    bot.recorder = Recorder()
    message = await _message_of(fake, await fake.slash("ask", question=question))
    (menu,) = [c for c in components_of(message) if c["type"] == 3]
    assert menu["custom_id"] == "rb:fact:en:dym"
    chosen = menu["options"][0]["value"]
    await fake.callback_of(await fake.press(message, menu["custom_id"], values=[chosen]))
    assert picks == [{"user_id": int(USER["id"]), "question": question, "fact_id": chosen, "language": "en"}]
    topic = await _message_of(fake, await fake.slash("topic", name="hiring"))
    (listing,) = [c for c in components_of(topic) if c["type"] == 3]
    await fake.callback_of(await fake.press(topic, listing["custom_id"], values=[listing["options"][0]["value"]]))
    assert len(picks) == 1  # browsing a list is not a correction of an answer


async def test_a_refused_token_or_no_network_ends_with_one_line_and_exit_1(
    fake: FakeDiscord, engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import discord
    from aiohttp import web

    from bot.run import run_bot

    def refuse(request: web.Request, body: Any) -> web.Response:
        return web.json_response({"message": "401: Unauthorized", "code": 0}, status=401)

    monkeypatch.setattr(fake, "_routes", [(m, p, refuse if p.pattern == "users/@me" else h) for m, p, h in fake._routes])
    with caplog.at_level(logging.INFO, logger="bot"):
        status = await asyncio.to_thread(run_bot, engine, engine.base, Settings(semantic=False), TOKEN)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert status == 1 and len(errors) == 1 and "refused the token" in errors[0] and TOKEN not in errors[0]
    assert not any(r.exc_info for r in caplog.records)  # no traceback
    caplog.clear()
    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/api/v10")  # nothing listens there
    with caplog.at_level(logging.INFO, logger="bot"):
        status = await asyncio.to_thread(run_bot, engine, engine.base, Settings(semantic=False), TOKEN)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert status == 1 and len(errors) == 1 and errors[0].startswith("Cannot reach Discord")


async def test_no_voice_library_warnings_at_start(
    fake: FakeDiscord, start_bot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import discord

    monkeypatch.setattr(discord.VoiceClient, "warn_nacl", True)  # as in a fresh process without PyNaCl
    with caplog.at_level(logging.WARNING):
        await start_bot()
    assert not [r for r in caplog.records if "voice will NOT be supported" in r.getMessage()]


async def test_a_mention_in_a_french_server_is_answered_in_french(fake: FakeDiscord, start_bot) -> None:
    fake.guild_locale = "fr"
    await start_bot()
    await fake.message(f"<@{BOT_USER['id']}> {NEUTRAL_QUESTION}", dm=False, mentions=[BOT_USER])
    sent = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"channels/{CHANNEL_ID}/messages")
    (embed,) = sent.body["embeds"]
    assert embed["footer"]["text"].startswith("Confiance") and "Rapporté par" in embed["description"]
    assert [c["label"] for c in components_of(sent.body)][:2] == ["Sources", "Liés"]
    # A question in English still gets English there.
    count = len(fake.requests)
    await fake.message(f"<@{BOT_USER['id']}> who is grace matelich", dm=False, mentions=[BOT_USER])
    sent = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"channels/{CHANNEL_ID}/messages", after=count)
    assert "Reported by" in sent.body["embeds"][0]["description"]
