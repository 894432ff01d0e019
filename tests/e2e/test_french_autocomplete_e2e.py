"""Every autocomplete through the real client and the fake Discord, for a French reader: one whose Discord is in
French and one who chose French with /language in an English Discord. Each gets French suggestions (statements,
subjects, topics, questions, kinds of entity), whatever the words typed so far; an English reader keeps English."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.core.engine import Engine
from bot.core.i18n import short_statement, topic_display
from bot.core.models import KnowledgeBase
from tests.e2e.fake_discord import USER_ID, FakeDiscord

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]

#: (command, option, typed so far): every autocomplete the bot has, with words typed in English, French or neither.
TYPED = (
    ("ask", "question", ""),
    ("ask", "question", "how many"),  # with /language fr (a French Discord gets an English answer to English words)
    ("ask", "question", "savreux"),
    ("who", "name", "sav"),
    ("topic", "name", "pay"),
    ("topic", "name", ""),
    ("compare", "subject", ""),
    ("compare", "subject", "pay"),
    ("fact", "id", "hiring"),
    ("fact", "id", "pay"),
    ("timeline", "subject", ""),
    ("timeline", "subject", "lay"),
)

_ID_TAG = re.compile(r"^[a-z0-9-]+: ")


def _key(text: str) -> str:
    text = _ID_TAG.sub("", text)  # an English reader's fact suggestions begin with the fact's id
    return " ".join(text.split())[:40].casefold()


def _english_only(base: KnowledgeBase) -> set[str]:
    """The beginnings of what the base says only in English: questions, statements, subjects, topic names."""
    english: set[str] = set()
    french: set[str] = set()
    for fact in base.facts.values():
        english.update(_key(text) for text in (*fact.questions, fact.statement, short_statement(fact, "en")))
        french.update(_key(text) for text in (*fact.questions_fr, fact.statement_in("fr"), short_statement(fact, "fr")))
    for topic in base.topics.values():
        english.add(_key(topic.name))
        french.add(_key(topic_display(topic, "fr")))
    return english - french


async def _names(fake: FakeDiscord, command: str, option: str, typed: str, locale: str) -> list[str]:
    body = await fake.callback_of(await fake.autocomplete(command, option, typed, locale=locale))
    return [choice["name"] for choice in body["data"]["choices"]]


async def _english_in(fake: FakeDiscord, engine: Engine, locale: str) -> dict[str, list[str]]:
    english = _english_only(engine.base)
    found: dict[str, list[str]] = {}
    for command, option, typed in TYPED:
        if locale == "fr" and (command, typed) == ("ask", "how many"):
            continue  # an /ask in English words is answered in English: its suggestions follow the answer
        names = await _names(fake, command, option, typed, locale)
        assert names, (command, typed)
        leaks = [n for n in names if _key(n) in english or n.endswith("(person)")]
        if leaks:
            found[f"{command} {typed!r}"] = leaks
    return found


async def test_a_french_discord_gets_french_suggestions_in_every_autocomplete(
    fake: FakeDiscord, start_bot: Any, engine: Engine
) -> None:
    await start_bot()
    assert await _english_in(fake, engine, "fr") == {}


async def test_french_chosen_with_language_gets_french_suggestions_in_an_english_discord(
    fake: FakeDiscord, start_bot: Any, engine: Engine
) -> None:
    bot = await start_bot()
    body = await fake.callback_of(await fake.slash("language", choice="fr"))
    assert "français" in body["data"]["content"]
    assert bot.languages.get(USER_ID) == "fr"
    assert await _english_in(fake, engine, "en-US") == {}


async def test_an_english_reader_keeps_english_suggestions(fake: FakeDiscord, start_bot: Any, engine: Engine) -> None:
    await start_bot()
    english = await _english_in(fake, engine, "en-US")
    # the same autocompletes that must show no English to a French reader do show it to an English one
    assert {"fact 'hiring'", "topic ''", "timeline ''", "compare ''", "ask 'how many'"} <= set(english)
