"""Buttons and menus: Sources, Related, "Did you mean…", and pagination.

Every component is stateless: what it does is written in its custom_id, so one DynamicItem
(`Component`, registered at start-up) handles a press on any message, even one sent before a restart.
The custom ids (<language> is en or fr, the reader's; ids without one, from older versions, mean en):

    rb:open:<kind>:<language>:<key>             send page 1 of <kind> for <key> as a new message only the presser sees
    rb:pg:<kind>:<page>:<language>:<owner>:<key>  turn the message the button sits on to page <page>; only the
                                                user <owner> may (0: anyone), others get a copy of their own
    rb:fact:<language>[:dym]                    (a select menu) show the chosen fact, its id being the option's value;
                                                ":dym" marks "Did you mean", whose picks go to the recorder
    rb:pick:<kind>:<language>                   (a select menu) open the chosen article or topic (kind source/topic)
    rb:del:<owner>                              delete the answer (only its asker may)
    rb:wrong:<language>:<fact>                  "Wrong answer?": record the question and the fact, thank the user

An id that starts with "rb:" but fits none of these comes from an older version of the bot: the press
gets a clear "ask again" instead of Discord's "This interaction failed".

Views are sent with no timeout and nothing is kept per message: discord.py does not store a fully
dynamic view, so an answer costs no memory once sent, however many the bot gives. Components expire
lazily: a press on a message last sent or turned more than `view_timeout_seconds` ago greys its
components out and tells the presser to ask again.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import discord

from bot.chat.delivery import NO_MENTIONS, Reply, disable, notice, respond
from bot.chat.embeds import (
    Pages,
    clip,
    compare_pages,
    entity_pages,
    fact_embed,
    plain,
    question_for,
    related_pages,
    source_list_pages,
    source_pages,
    sources_pages,
    topic_list_pages,
    topic_pages,
)
from bot.chat.errors import apologise, tell
from bot.core.answers import Answer, Match
from bot.core.engine import Engine
from bot.core.i18n import from_locale, label, language_name, short_statement, topic_display, topic_of
from bot.core.models import Fact, KnowledgeBase
from bot.core.render import namesake_fact

PREFIX = "rb"
CUSTOM_ID_LIMIT = 100
SELECT_OPTIONS_LIMIT = 25
LABEL_LIMIT = 100
RELATED_LIMIT = 10
COMPARE_LIMIT = 25
#: The owner of a pager that anyone may turn (an ephemeral message is only ever seen by one person).
ANYONE = 0


def stale(language: str = "en") -> str:
    return label("stale", language)


def gone(language: str = "en") -> str:
    return label("gone", language)


STALE = stale()
GONE = gone()
EXPIRED = label("expired", "en")


# ---------------------------------------------------------------------------------------------- pages by kind


def _pages(kind: str, key: str, engine: Engine, language: str) -> Pages | None:
    """The pages of one browsable thing, or None when the key names nothing (any more)."""
    base = engine.base
    if kind == "src":
        fact = base.facts.get(key)
        return sources_pages(fact, base, language) if fact else None
    if kind == "rel":
        fact = base.facts.get(key)
        if fact is None:
            return None
        return related_pages(fact, engine.related(key, RELATED_LIMIT), base, language, disputes=engine.disputes_on_point(key))
    if kind == "who":
        entity = base.entities.get(key)
        return entity_pages(entity, base, language) if entity else None
    if kind == "source":
        source = base.sources.get(key)
        return source_pages(source, base, language) if source else None
    if kind == "sources":
        return source_list_pages(base, language)
    if kind == "topics":
        return topic_list_pages(base, language)
    if kind == "topic":
        topic = base.topics.get(key)
        return topic_pages(topic, base, language) if topic else None
    if kind == "compare":
        return compare_pages(engine.discrepancies(key or None, limit=COMPARE_LIMIT), base, key or None, language)
    if kind == "tl":
        from bot.chat.checks import timeline_pages

        return timeline_pages(key or None, engine, language)
    return None


PAGE_KINDS = frozenset({"src", "rel", "who", "source", "sources", "topics", "topic", "compare", "tl"})


def page_reply(
    kind: str, key: str, page: int, engine: Engine, language: str = "en", *, owner: int = ANYONE, ephemeral: bool = False
) -> Reply | None:
    """Page `page` of a browsable thing, with Previous/Next buttons when there are several and a menu that
    opens the facts the page lists; None if it is gone. Only `owner` may turn a public message's pages."""
    pages = _pages(kind, key, engine, language)
    if not pages:
        return None
    page = max(0, min(page, len(pages) - 1))
    view = pager_view(kind, key, page, len(pages), language, owner=ANYONE if ephemeral else owner)
    facts = pages.facts[page] if page < len(pages.facts) else ()
    if facts:
        view = view or discord.ui.View(timeout=None)
        placeholder = label("menu.related" if kind == "rel" else "menu.open", language)
        view.add_item(fact_select(facts, language, placeholder=placeholder, base=engine.base))
    elif kind in ("sources", "topics"):
        view = view or discord.ui.View(timeout=None)
        view.add_item(_listing_select(kind, engine, language))
    return Reply(embeds=(pages[page],), view=view, ephemeral=ephemeral)


def _listing_select(kind: str, engine: Engine, language: str) -> Component:
    """The menu under the list of articles or of topics: opens one of them (its page lists its facts)."""
    base = engine.base
    if kind == "sources":
        choices = [(s.headline, s.id, s.outlet or language_name(s.language, language)) for s in base.sources.values()]
        target, placeholder = "source", label("menu.article", language)
    else:
        choices = [
            (topic_display(t, language), t.id, clip(t.description_in(language), LABEL_LIMIT)) for t in base.topics.values()
        ]
        target, placeholder = "topic", label("menu.topic", language)
    options = [
        discord.SelectOption(label=clip(name, LABEL_LIMIT) or key, value=key, description=clip(about, LABEL_LIMIT) or None)
        for name, key, about in choices[:SELECT_OPTIONS_LIMIT]
    ]
    select: discord.ui.Select[Any] = discord.ui.Select(
        custom_id=f"{PREFIX}:pick:{target}:{language}", placeholder=placeholder, options=options
    )
    return Component(select)


def fact_reply(fact: Fact, engine: Engine, language: str = "en", *, ephemeral: bool = False) -> Reply:
    """One fact as an answer embed, with its Sources and Related buttons."""
    return Reply(embeds=(fact_embed(fact, engine.base, language),), view=fact_view(fact, language), ephemeral=ephemeral)


# ---------------------------------------------------------------------------------------------- building components


def open_id(kind: str, key: str, language: str = "en") -> str:
    return _fit_id(f"{PREFIX}:open:{kind}:{language}:", key)


def page_id(kind: str, page: int, key: str, language: str = "en", owner: int = ANYONE) -> str:
    return _fit_id(f"{PREFIX}:pg:{kind}:{page}:{language}:{owner}:", key)


def delete_id(owner: int) -> str:
    return f"{PREFIX}:del:{owner}"


def wrong_id(fact_id: str, language: str) -> str:
    return _fit_id(f"{PREFIX}:wrong:{language}:", fact_id)


def _fit_id(prefix: str, key: str) -> str:
    return prefix + key[: CUSTOM_ID_LIMIT - len(prefix)]


def _button(
    label: str, custom_id: str, *, style: discord.ButtonStyle = discord.ButtonStyle.secondary, disabled: bool = False
) -> Component:
    return Component(discord.ui.Button(label=label, custom_id=custom_id, style=style, disabled=disabled))


def fact_view(fact: Fact, language: str = "en") -> discord.ui.View:
    """Sources and Related buttons for one fact."""
    view = discord.ui.View(timeout=None)
    view.add_item(
        _button(label("button.sources", language), open_id("src", fact.id, language), style=discord.ButtonStyle.primary)
    )
    view.add_item(_button(label("button.related", language), open_id("rel", fact.id, language)))
    return view


def fact_select(
    facts: Sequence[Fact | Match],
    language: str,
    *,
    placeholder: str,
    base: KnowledgeBase | None = None,
    suggestions: bool = False,
    names: Mapping[str, str] | None = None,
) -> Component:
    """A select menu of facts; the value is the fact id. `names` label some facts otherwise (fact id -> label: the
    namesakes' names, whose intro facts they open).

    A Match (an answer's alternative, a "did you mean") is offered by its question, never as an answer;
    a fact a browsing page lists is offered by its short statement. Below each, what it is about: its topic in the
    reader's language (or that it records where the articles differ), never its id, an English slug.
    """
    options = []
    seen: set[str] = set()
    for entry in facts:
        fact = entry.fact if isinstance(entry, Match) else entry
        if fact.id in seen:
            continue
        seen.add(fact.id)
        if isinstance(entry, Match):
            # A suggestion is not an answer: no confidence is shown for it, only what the fact it opens is about.
            text = (names or {}).get(fact.id) or question_for(fact, language, base)
        else:
            text = short_statement(fact, language, LABEL_LIMIT)
        if fact.kind == "discrepancy":
            description = label("menu.disagreement", language)
        else:
            description = topic_of(fact, base, language) if base is not None else None
        options.append(
            discord.SelectOption(
                label=clip(text, LABEL_LIMIT) or short_statement(fact, language, LABEL_LIMIT),
                value=fact.id,
                description=clip(description, LABEL_LIMIT) if description else None,
            )
        )
    select: discord.ui.Select[Any] = discord.ui.Select(
        custom_id=f"{PREFIX}:fact:{language}" + (":dym" if suggestions else ""),
        placeholder=placeholder,
        options=options[:SELECT_OPTIONS_LIMIT],
    )
    return Component(select)


def answer_view(answer: Answer, base: KnowledgeBase | None = None) -> discord.ui.View | None:
    """The components under an answer: Sources, Related, and "Did you mean…" when there are other candidates and the
    answer is not a sure one."""
    if answer.best is not None:
        view = fact_view(answer.best.fact, answer.language)
        # "Did you mean" under a sure answer would doubt it in the same breath: the Related button offers more.
        others = answer.alternatives if answer.band != "sure" else ()
    else:
        view = discord.ui.View(timeout=None)
        others = answer.suggestions
    if others:
        placeholder = label("menu.did_you_mean", answer.language)
        names = {fact.id: entity.name for entity in answer.namesakes if (fact := namesake_fact(entity, answer)) is not None}
        view.add_item(fact_select(others, answer.language, placeholder=placeholder, base=base, suggestions=True, names=names))
    return view if view.children else None


def pager_view(
    kind: str, key: str, page: int, count: int, language: str = "en", *, owner: int = ANYONE
) -> discord.ui.View | None:
    """Previous / Next buttons; None for a single page."""
    if count <= 1:
        return None
    view = discord.ui.View(timeout=None)
    previous = page_id(kind, max(page - 1, 0), key, language, owner)
    following = page_id(kind, min(page + 1, count - 1), key, language, owner)
    view.add_item(_button(label("button.previous", language), previous, disabled=page == 0))
    view.add_item(_button(label("button.next", language), following, disabled=page >= count - 1))
    return view


# ---------------------------------------------------------------------------------------------- handling presses

_OPEN = re.compile(rf"{PREFIX}:open:(?P<kind>[a-z]+):(?:(?P<language>en|fr):)?(?P<key>.*)")
_PAGE = re.compile(
    rf"{PREFIX}:pg:(?P<kind>[a-z]+):(?P<page>\d{{1,4}}):(?:(?P<language>en|fr):(?P<owner>\d{{1,20}}):)?(?P<key>.*)"
)
_FACT = re.compile(rf"{PREFIX}:fact:(?P<language>[a-z]{{2}})(?::(?P<suggested>dym))?")
_DELETE = re.compile(rf"{PREFIX}:del:(?P<owner>\d{{1,20}})")
_PICK = re.compile(rf"{PREFIX}:pick:(?P<kind>source|topic):(?P<language>en|fr)")
_WRONG = re.compile(rf"{PREFIX}:wrong:(?P<language>en|fr):(?P<key>.*)")


def handle_component(custom_id: str, values: Sequence[str], engine: Engine, *, user_id: int | None = None) -> tuple[Reply, bool]:
    """What a press on one of our components replies, and whether it edits the message it sits on.

    The Discord callback and the local console both come through here. A press on someone else's pager
    gets a copy of the page only the presser sees, with a pager of their own.
    """
    if found := _FACT.fullmatch(custom_id):
        language = found["language"]
        fact = engine.base.facts.get(values[0]) if values else None
        if fact is None:
            return notice(gone(language)), False
        return fact_reply(fact, engine, language, ephemeral=True), False
    if found := _PICK.fullmatch(custom_id):
        language = found["language"]
        reply = page_reply(found["kind"], values[0], 0, engine, language, ephemeral=True) if values else None
        return (reply, False) if reply else (notice(gone(language)), False)
    if found := _WRONG.fullmatch(custom_id):
        # The text faces (the Discord callback records the report first, with the presser's id).
        return notice(label("wrong.thanks", found["language"])), False
    if (found := _OPEN.fullmatch(custom_id)) and found["kind"] in PAGE_KINDS:
        language = found["language"] or "en"
        reply = page_reply(found["kind"], found["key"], 0, engine, language, ephemeral=True)
        return (reply, False) if reply else (notice(gone(language)), False)
    if (found := _PAGE.fullmatch(custom_id)) and found["kind"] in PAGE_KINDS:
        language = found["language"] or "en"
        owner = int(found["owner"] or ANYONE)
        if owner != ANYONE and user_id is not None and user_id != owner:
            reply = page_reply(found["kind"], found["key"], int(found["page"]), engine, language, ephemeral=True)
            if reply is None:
                return notice(gone(language)), False
            return replace(reply, content=label("not_yours", language)), False
        reply = page_reply(found["kind"], found["key"], int(found["page"]), engine, language, owner=owner)
        return (reply, True) if reply else (notice(gone(language)), False)
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

    async def _special(self, interaction: discord.Interaction, engine: Engine) -> bool:
        """Delete and "Wrong answer?": they act on the message itself, not through a Reply. True when handled."""
        if found := _DELETE.fullmatch(self.custom_id):
            language = from_locale(str(interaction.locale)) or "en"
            if interaction.user.id != int(found["owner"]):
                await tell(interaction, label("not_yours.delete", language))
                return True
            await interaction.response.defer()
            await interaction.delete_original_response()
            return True
        if found := _WRONG.fullmatch(self.custom_id):
            language = found["language"]
            recorder = getattr(interaction.client, "recorder", None)
            if recorder is not None:
                recorder.wrong_answer(
                    user_id=interaction.user.id,
                    question=question_of(interaction.message),
                    fact_id=found["key"],
                    language=language,
                )
            await tell(interaction, label("wrong.thanks", language))
            return True
        found = _FACT.fullmatch(self.custom_id)
        if found and found["suggested"] and (recorder := getattr(interaction.client, "recorder", None)) is not None:
            values = list(getattr(self.item, "values", None) or ())
            if values:  # a "Did you mean" pick under an answer: what the asker meant
                recorder.pick(
                    user_id=interaction.user.id,
                    question=question_of(interaction.message),
                    fact_id=values[0],
                    language=found["language"],
                )
        return False

    async def callback(self, interaction: discord.Interaction) -> None:
        engine: Engine | None = getattr(interaction.client, "engine", None)
        try:
            if engine is None:
                raise RuntimeError("the client has no engine")
            # Delete and "Wrong answer?" work on a message of any age; the rest expire.
            lifetime = getattr(getattr(interaction.client, "settings", None), "view_timeout_seconds", None)
            if not (_DELETE.fullmatch(self.custom_id) or _WRONG.fullmatch(self.custom_id)) and expired(
                interaction.message, lifetime
            ):
                await expire(interaction)
                return
            if await self._special(interaction, engine):
                return
            values = list(getattr(self.item, "values", None) or ())
            reply, edit = handle_component(self.custom_id, values, engine, user_id=interaction.user.id)
            await respond(interaction, reply, edit=edit)
        except Exception as exc:
            await apologise(interaction, exc, f"component {self.custom_id!r}")


def question_of(message: discord.Message | None) -> str:
    """The question an answer message answers: its embed's title (the question as asked, escaped)."""
    if message is None or not message.embeds:
        return ""
    return plain(message.embeds[0].title or "")


def expired(message: discord.Message | None, lifetime: float | None, now: datetime.datetime | None = None) -> bool:
    """Whether a message's components have outlived `lifetime` seconds since it was sent or last turned."""
    if message is None or lifetime is None:
        return False
    sent = getattr(message, "edited_at", None) or getattr(message, "created_at", None)
    if sent is None:
        return False
    now = now or datetime.datetime.now(datetime.UTC)
    return (now - sent).total_seconds() > lifetime


async def expire(interaction: discord.Interaction) -> None:
    """Grey out the components of the pressed message, and tell the presser (only) to ask again."""
    message = interaction.message
    assert message is not None
    view = discord.ui.View.from_message(message, timeout=None)
    disable(view)
    await interaction.response.edit_message(view=view, allowed_mentions=NO_MENTIONS)
    language = from_locale(str(interaction.locale)) or "en"
    await interaction.followup.send(label("expired", language), ephemeral=True, allowed_mentions=NO_MENTIONS)


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
