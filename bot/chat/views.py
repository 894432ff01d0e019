"""Buttons and menus: Sources, Related, "Did you mean…", and pagination.

Every component is stateless: what it does is written in its custom_id, so one DynamicItem
(`Component`, registered at start-up) handles a press on any message, even one sent before a restart.
The custom ids:

    rb:open:<kind>:<key>          send page 1 of <kind> for <key> as a new message only the presser sees
    rb:pg:<kind>:<page>:<key>     turn the message the button sits on to page <page>
    rb:fact:<language>            (a select menu) show the chosen fact, its id being the option's value

An id that starts with "rb:" but fits none of these comes from an older version of the bot: the press
gets a clear "ask again" instead of Discord's "This interaction failed".

Views are sent with no timeout of their own: ComponentExpiry disables them later, keyed by message, so
turning a page replaces the message's pending expiry instead of stacking another, and closing the bot
cancels them all. discord.py does not store a fully dynamic view, so sending one per answer costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import discord

from bot.chat.delivery import Reply, notice, respond
from bot.chat.embeds import (
    clip,
    compare_pages,
    entity_pages,
    fact_embed,
    question_for,
    related_pages,
    source_list_pages,
    source_pages,
    sources_pages,
    topic_list_pages,
    topic_pages,
)
from bot.chat.errors import apologise
from bot.core.answers import Answer, Match
from bot.core.engine import Engine
from bot.core.models import Fact

PREFIX = "rb"
CUSTOM_ID_LIMIT = 100
SELECT_OPTIONS_LIMIT = 25
LABEL_LIMIT = 100
RELATED_LIMIT = 10
COMPARE_LIMIT = 25

STALE = "This button comes from an earlier version of the bot and no longer works. Ask again with `/ask`, or see `/help`."
GONE = "That is no longer in the fact base (it has been updated since this message was sent). Ask again with `/ask`."


# ---------------------------------------------------------------------------------------------- pages by kind


def _pages(kind: str, key: str, engine: Engine) -> list[discord.Embed] | None:
    """The pages of one browsable thing, or None when the key names nothing (any more)."""
    base = engine.base
    if kind == "src":
        fact = base.facts.get(key)
        return sources_pages(fact, base) if fact else None
    if kind == "rel":
        fact = base.facts.get(key)
        return related_pages(fact, engine.related(key, RELATED_LIMIT), base) if fact else None
    if kind == "who":
        entity = base.entities.get(key)
        return entity_pages(entity, base) if entity else None
    if kind == "source":
        source = base.sources.get(key)
        return source_pages(source, base) if source else None
    if kind == "sources":
        return source_list_pages(base)
    if kind == "topics":
        return topic_list_pages(base)
    if kind == "topic":
        topic = base.topics.get(key)
        return topic_pages(topic, base) if topic else None
    if kind == "compare":
        return compare_pages(engine.discrepancies(key or None, limit=COMPARE_LIMIT), base, key or None)
    return None


PAGE_KINDS = frozenset({"src", "rel", "who", "source", "sources", "topics", "topic", "compare"})


def page_reply(kind: str, key: str, page: int, engine: Engine, *, ephemeral: bool = False) -> Reply | None:
    """Page `page` of a browsable thing, with Previous/Next buttons when there are several; None if it is gone."""
    pages = _pages(kind, key, engine)
    if not pages:
        return None
    page = max(0, min(page, len(pages) - 1))
    view = pager_view(kind, key, page, len(pages))
    if kind == "rel":
        related = engine.related(key, RELATED_LIMIT)
        if related:
            view = view or discord.ui.View(timeout=None)
            view.add_item(fact_select(related, "en", placeholder="Open a related fact…"))
    return Reply(embeds=(pages[page],), view=view, ephemeral=ephemeral)


def fact_reply(fact: Fact, engine: Engine, language: str = "en", *, ephemeral: bool = False) -> Reply:
    """One fact as an answer embed, with its Sources and Related buttons."""
    return Reply(embeds=(fact_embed(fact, engine.base, language),), view=fact_view(fact), ephemeral=ephemeral)


# ---------------------------------------------------------------------------------------------- building components


def open_id(kind: str, key: str) -> str:
    return _fit_id(f"{PREFIX}:open:{kind}:", key)


def page_id(kind: str, page: int, key: str) -> str:
    return _fit_id(f"{PREFIX}:pg:{kind}:{page}:", key)


def _fit_id(prefix: str, key: str) -> str:
    return prefix + key[: CUSTOM_ID_LIMIT - len(prefix)]


def _button(
    label: str, custom_id: str, *, style: discord.ButtonStyle = discord.ButtonStyle.secondary, disabled: bool = False
) -> Component:
    return Component(discord.ui.Button(label=label, custom_id=custom_id, style=style, disabled=disabled))


def fact_view(fact: Fact) -> discord.ui.View:
    """Sources and Related buttons for one fact."""
    view = discord.ui.View(timeout=None)
    view.add_item(_button("Sources", open_id("src", fact.id), style=discord.ButtonStyle.primary))
    view.add_item(_button("Related", open_id("rel", fact.id)))
    return view


def fact_select(facts: Sequence[Fact | Match], language: str, *, placeholder: str) -> Component:
    """A select menu of facts, each offered by its question (never as an answer); the value is the fact id."""
    options = []
    seen: set[str] = set()
    for entry in facts:
        fact = entry.fact if isinstance(entry, Match) else entry
        if fact.id in seen:
            continue
        seen.add(fact.id)
        description = f"{entry.confidence:.0%} match · {fact.id}" if isinstance(entry, Match) else fact.id
        options.append(
            discord.SelectOption(
                label=clip(question_for(fact, language), LABEL_LIMIT) or fact.id,
                value=fact.id,
                description=clip(description, LABEL_LIMIT),
            )
        )
    select: discord.ui.Select[Any] = discord.ui.Select(
        custom_id=f"{PREFIX}:fact:{language}", placeholder=placeholder, options=options[:SELECT_OPTIONS_LIMIT]
    )
    return Component(select)


def answer_view(answer: Answer) -> discord.ui.View | None:
    """The components under an answer: Sources, Related, and "Did you mean…" when there are other candidates."""
    if answer.best is not None:
        view = fact_view(answer.best.fact)
        others = answer.alternatives
    else:
        view = discord.ui.View(timeout=None)
        others = answer.suggestions
    if others:
        view.add_item(fact_select(others, answer.language, placeholder="Did you mean…"))
    return view if view.children else None


def pager_view(kind: str, key: str, page: int, count: int) -> discord.ui.View | None:
    """Previous / Next buttons; None for a single page."""
    if count <= 1:
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(_button("◀ Previous", page_id(kind, max(page - 1, 0), key), disabled=page == 0))
    view.add_item(_button("Next ▶", page_id(kind, min(page + 1, count - 1), key), disabled=page >= count - 1))
    return view


# ---------------------------------------------------------------------------------------------- handling presses

_OPEN = re.compile(rf"{PREFIX}:open:(?P<kind>[a-z]+):(?P<key>.*)")
_PAGE = re.compile(rf"{PREFIX}:pg:(?P<kind>[a-z]+):(?P<page>\d{{1,4}}):(?P<key>.*)")
_FACT = re.compile(rf"{PREFIX}:fact:(?P<language>[a-z]{{2}})")


def handle_component(custom_id: str, values: Sequence[str], engine: Engine) -> tuple[Reply, bool]:
    """What a press on one of our components replies, and whether it edits the message it sits on.

    The Discord callback and the local console both come through here.
    """
    if found := _FACT.fullmatch(custom_id):
        fact = engine.base.facts.get(values[0]) if values else None
        if fact is None:
            return notice(GONE), False
        return fact_reply(fact, engine, found["language"], ephemeral=True), False
    if (found := _OPEN.fullmatch(custom_id)) and found["kind"] in PAGE_KINDS:
        reply = page_reply(found["kind"], found["key"], 0, engine, ephemeral=True)
        return (reply, False) if reply else (notice(GONE), False)
    if (found := _PAGE.fullmatch(custom_id)) and found["kind"] in PAGE_KINDS:
        reply = page_reply(found["kind"], found["key"], int(found["page"]), engine)
        return (reply, True) if reply else (notice(GONE), False)
    return notice(STALE), False


class Component(discord.ui.DynamicItem[discord.ui.Item[Any]], template=rf"{PREFIX}:.*"):
    """Any button or menu of ours, rebuilt from its custom_id on every press (so it survives restarts)."""

    def __init__(self, item: discord.ui.Item[Any]) -> None:
        super().__init__(item)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> Component:
        return cls(item)

    async def callback(self, interaction: discord.Interaction) -> None:
        engine: Engine | None = getattr(interaction.client, "engine", None)
        try:
            if engine is None:
                raise RuntimeError("the client has no engine")
            values = list(getattr(self.item, "values", None) or ())
            reply, edit = handle_component(self.custom_id, values, engine)
            await respond(interaction, reply, edit=edit)
        except Exception as exc:
            await apologise(interaction, exc, f"component {self.custom_id!r}")


#: The DynamicItem classes the client registers in setup_hook.
DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (Component,)


def describe(view: discord.ui.View | None) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """A view's components as (label, custom_id, options) for a text face; options are (label, value)."""
    described: list[tuple[str, str, list[tuple[str, str]]]] = []
    if view is None:
        return described
    for child in view.children:
        item = child.item if isinstance(child, discord.ui.DynamicItem) else child
        if isinstance(item, discord.ui.Select):
            described.append((item.placeholder or "Choose", item.custom_id, [(o.label, o.value) for o in item.options]))
        elif isinstance(item, discord.ui.Button) and item.custom_id and not item.disabled:
            described.append((item.label or "", item.custom_id, []))
    return described
