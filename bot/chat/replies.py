"""The reply path: what the bot says to a question or a command, as a Reply (embeds, components, text).

`answer_question` is the one function that turns a question into the reply, for /ask, direct messages,
mentions, the message menu and the local console alike. Nothing here sends anything (see delivery.py) and
nothing here matches: the engine does, and embeds.py / views.py render. Every reply is in the reader's
language (`language`, chosen by the caller with bot.core.i18n.choose_language).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable
from dataclasses import replace

import discord
from discord import app_commands

from bot.chat.checks import claim_reply, premise_embed
from bot.chat.delivery import Reply, notice
from bot.chat.embeds import about_embed, answer_embed, clip, escape_user_text, help_embed, overview_embed, related_pages
from bot.chat.sessions import LastAnswers
from bot.chat.views import ANYONE, Component, answer_view, delete_id, fact_reply, fact_select, page_reply, wrong_id
from bot.core.answers import Answer
from bot.core.articles import find_article
from bot.core.engine import Engine, conversation
from bot.core.i18n import (
    choose_language,
    command_name,
    display_phrasing,
    entity_type,
    id_tag,
    label,
    short_statement,
    topic_display,
)

CHOICES_LIMIT = 25
CHOICE_LIMIT = 100
#: /compare's subject travels in the pager's custom_id, so it is kept short enough to fit there.
SUBJECT_LIMIT = 80


def empty_question(language: str = "en") -> str:
    return label("empty_question", language)


EMPTY_QUESTION = empty_question()


def reply_language(text: str | None, *, override: str | None = None, locale: str | None = None) -> str:
    """The language of a reply to a message: the reader's choice, else the message's own (read as the engine reads
    it), else the reader's Discord locale, else English."""
    return choose_language(override=override or (conversation.language_of(text) if text else None), locale=locale)


def answer_question(
    text: str,
    engine: Engine,
    *,
    max_length: int,
    last_answers: LastAnswers | None = None,
    place: Hashable = None,
    language: str | None = None,
    locale: str | None = None,
    asker: int | None = None,
) -> Reply:
    """The reply to a question: the answer embed with its buttons, a conversational reply, or a clear refusal.

    With `last_answers`, the fact answered (or the fact a verdict quotes) is remembered for `place` (a DM or channel
    id, or "console"), so that "tell me more" or "why?" said next in the same place follows it up; after a reply that
    gives no fact (an abstention, a "not reported" verdict) there is nothing to follow up.

    The language is `language` when the reader chose one, else the question's own, else the reader's
    Discord `locale`. When `asker` is given (a public answer), the asker gets a Delete button.
    """
    question = text.strip()
    language = reply_language(question, override=language, locale=locale)
    if not question:
        return notice(empty_question(language))
    if len(question) > max_length:
        return notice(label("too_long", language, length=f"{len(question):,}", limit=f"{max_length:,}"))
    checked = claim_reply(question, engine, language, asker=asker)  # a claim or a yes/no question gets a verdict
    if checked is not None:
        if last_answers is not None:  # "tell me more" next follows the fact the verdict quotes
            last_answers.follow(place, checked.fact_id)
        return checked
    previous = last_answers.get(place) if last_answers is not None else None
    answer = engine.ask(question, previous=previous) if previous else engine.ask(question)
    if answer.language != language:
        # The reader's language wins, for a reply to small talk too ("thanks" to a reader who chose French).
        said = conversation.in_language(answer.conversation, language) if answer.conversation else None
        answer = replace(answer, language=language, conversation=said)
    if answer.conversation is not None:
        return conversation_reply(answer, engine)
    if last_answers is not None:
        # After an abstention, "why?" is about it (not an older answer): it is told why nothing was answered.
        last_answers.follow(place, answer.best.fact.id if answer.best is not None else conversation.AFTER_ABSTENTION)
    view = answer_view(answer, engine.base)
    if answer.best is not None or asker is not None:
        view = view or discord.ui.View(timeout=None)
    if answer.best is not None and view is not None:
        view.add_item(
            Component(discord.ui.Button(label=label("button.wrong", language), custom_id=wrong_id(answer.best.fact.id, language)))
        )
    if asker is not None and view is not None:
        button = discord.ui.Button(
            label=label("button.delete", language), custom_id=delete_id(asker), style=discord.ButtonStyle.danger
        )
        view.add_item(Component(button))
    correction = premise_embed(question, engine, language)  # a false premise is corrected before the answer
    embeds = ((correction,) if correction is not None else ()) + (answer_embed(answer, engine.base, question),)
    return Reply(embeds=embeds, view=view, answer=answer)


_COMMAND_REPLIES: dict[str, Callable[[Engine, str], Reply]] = {
    "sources": lambda engine, language: sources_reply(engine, language),
    "topics": lambda engine, language: topics_reply(engine, language),
    "about": lambda engine, language: about_reply(engine, language),
    "compare": lambda engine, language: compare_reply(None, engine, language),
    # "give me a random fact", "un fait au hasard": asked for, so given, as /random gives it
    "random": lambda engine, language: random_reply(engine, language=language),
}


def conversation_reply(answer: Answer, engine: Engine) -> Reply:
    """The reply to a message that talks to the bot: a short text (never a fact given as an answer); a command
    word runs its command; a follow-up lists the facts related to the previous answer."""
    said = answer.conversation
    assert said is not None
    language = answer.language
    if said.intent == "command" and said.command in _COMMAND_REPLIES:
        return _COMMAND_REPLIES[said.command](engine, language)
    if said.intent == "overview":
        return Reply(embeds=(overview_embed(said.reply, language),))
    if said.about is not None and said.related:
        pages = related_pages(said.about, said.related, engine.base, language)
        view = discord.ui.View(timeout=None)
        view.add_item(fact_select(said.related, language, placeholder=label("menu.related", language), base=engine.base))
        return Reply(content=said.reply, embeds=(pages[0],), view=view)
    return Reply(content=said.reply)


def _not_found(what: str, typed: str, suggestions: list[str], listing: str, language: str) -> Reply:
    if typed.strip():
        text = label("not_found", language, what=label(f"what.{what}", language), typed=escape_user_text(typed, 100))
    else:  # the command typed with nothing after it (the console; Discord requires the option)
        text = label("not_found.unnamed", language, what=label(f"what.{what}", language))
    if suggestions:
        examples = "not_found.suggest" if typed.strip() else "not_found.examples"
        text += label(examples, language, names=", ".join(f"**{escape_user_text(s, 100)}**" for s in suggestions))
    return notice(text + label("not_found.listing", language, listing=command_name(listing, language)))


def _page(kind: str, key: str, engine: Engine, language: str, owner: int) -> Reply:
    return page_reply(kind, key, 0, engine, language, owner=owner) or notice(label("nothing", language))


def who_reply(name: str, engine: Engine, language: str = "en", owner: int = ANYONE) -> Reply:
    """/who: a person or organisation per the articles, with their facts and where they are mentioned."""
    entity = engine.base.entities.get(name) or engine.find_entity(name)
    if entity is None:
        return _not_found("entity", name, [e.name for e in engine.search_entities(name, 5)], "about", language)
    return _page("who", entity.id, engine, language, owner)


def sources_reply(engine: Engine, language: str = "en", owner: int = ANYONE) -> Reply:
    """/sources: the articles."""
    return page_reply("sources", "", 0, engine, language, owner=owner) or notice(label("no_articles", language))


def source_reply(article: str, engine: Engine, language: str = "en", owner: int = ANYONE) -> Reply:
    """/source: one article and its key facts, found by id, outlet, language, nickname or title."""
    source = find_article(article, engine.base) or next(iter(engine.search_sources(article, 1)), None)
    if source is None:
        return _not_found("article", article, [], "sources", language)
    return _page("source", source.id, engine, language, owner)


def topics_reply(engine: Engine, language: str = "en", owner: int = ANYONE) -> Reply:
    """/topics: the topics facts are filed under."""
    return page_reply("topics", "", 0, engine, language, owner=owner) or notice(label("no_topics", language))


def topic_reply(name: str, engine: Engine, language: str = "en", owner: int = ANYONE) -> Reply:
    """/topic: the facts of one topic, paginated."""
    topic = engine.base.topics.get(name) or next(iter(engine.search_topics(name, 1)), None)
    if topic is None:
        return _not_found("topic", name, [], "topics", language)
    return _page("topic", topic.id, engine, language, owner)


def compare_reply(subject: str | None, engine: Engine, language: str = "en", owner: int = ANYONE) -> Reply:
    """/compare: where the articles differ on a subject, from the discrepancy facts."""
    key = clip(" ".join((subject or "").split()), SUBJECT_LIMIT).rstrip("…")
    if key and not engine.discrepancies(key, limit=1):
        return notice(label("compare.none_on", language, subject=escape_user_text(key, 100)))
    return page_reply("compare", key, 0, engine, language, owner=owner) or notice(label("compare.none", language))


def fact_id_reply(fact_id: str, engine: Engine, language: str = "en") -> Reply:
    """/fact: one fact by its id (or the closest id to what was typed)."""
    fact = engine.base.facts.get(fact_id.strip()) or next(iter(engine.search_facts(fact_id, 1)), None)
    if fact is None:
        return _not_found("fact", fact_id, [], "topics", language)
    return fact_reply(fact, engine, language)


def random_reply(engine: Engine, rng: random.Random | None = None, language: str = "en") -> Reply:
    """/random: any fact."""
    return fact_reply(engine.random_fact(rng), engine, language)


def help_reply(language: str = "en") -> Reply:
    """/help."""
    return Reply(embeds=(help_embed(language),), ephemeral=True)


def about_reply(engine: Engine, language: str = "en") -> Reply:
    """/about."""
    return Reply(embeds=(about_embed(engine.base, language),))


# ---------------------------------------------------------------------------------------------- autocomplete


def _choices(pairs: list[tuple[str, str]]) -> list[app_commands.Choice[str]]:
    choices = []
    seen: set[str] = set()
    for name, value in pairs:
        value = value[:CHOICE_LIMIT]
        if not value or value in seen:
            continue
        seen.add(value)
        choices.append(app_commands.Choice(name=clip(name, CHOICE_LIMIT) or value, value=value))
        if len(choices) >= CHOICES_LIMIT:
            break
    return choices


def question_choices(
    engine: Engine, current: str, locale: str | None = None, override: str | None = None
) -> list[app_commands.Choice[str]]:
    """Known questions that fit what the user has typed so far, French with its accents: in the language the answer
    will be in (the reader's /language choice, else what they type, else their Discord's)."""
    language = choose_language(current, override=override, locale=locale)
    base = engine.base
    phrasings = _phrasing_index(engine)
    shown = []
    for phrasing in engine.complete_question(current, CHOICES_LIMIT):
        fact = phrasings.get(phrasing)
        shown.append(display_phrasing(phrasing, fact, language, base) if fact is not None else phrasing)
    return _choices([(q, q) for q in shown])


_PHRASINGS: dict[int, tuple[object, dict[str, object]]] = {}


def _phrasing_index(engine: Engine) -> dict:
    """Every phrasing of the fact base -> its fact (built once per fact base)."""
    base = engine.base
    cached = _PHRASINGS.get(id(base))
    if cached is not None and cached[0] is base:
        return cached[1]
    index: dict[str, object] = {}
    for fact in base.facts.values():
        for phrasing in (*fact.questions, *fact.questions_fr):
            index.setdefault(phrasing, fact)
    _PHRASINGS.clear()
    _PHRASINGS[id(base)] = (base, index)
    return index


def entity_choices(engine: Engine, current: str, locale: str | None = None) -> list[app_commands.Choice[str]]:
    """People and organisations for /who; `locale` is the reader's language (their /language choice, else their
    Discord's), as in every browsing autocomplete: the suggestions are in the language the reply will be in."""
    language = choose_language(locale=locale)  # the reply's: the reader's, whatever the typed words' language
    return _choices(
        [(f"{e.name} ({entity_type(e.type, language)})", e.id) for e in engine.search_entities(current, CHOICES_LIMIT)]
    )


def source_choices(engine: Engine, current: str, locale: str | None = None) -> list[app_commands.Choice[str]]:
    found = find_article(current, engine.base) if current.strip() else None
    sources = ([found] if found else []) + engine.search_sources(current, CHOICES_LIMIT)
    return _choices([(s.display_title, s.id) for s in sources])


def topic_choices(engine: Engine, current: str, locale: str | None = None) -> list[app_commands.Choice[str]]:
    language = choose_language(locale=locale)  # the reply's: the reader's, whatever the typed words' language
    return _choices([(topic_display(t, language), t.id) for t in engine.search_topics(current, CHOICES_LIMIT)])


def fact_choices(engine: Engine, current: str, locale: str | None = None) -> list[app_commands.Choice[str]]:
    language = choose_language(locale=locale)  # the reply's: the reader's, whatever the typed words' language
    found = engine.search_facts(current, CHOICES_LIMIT)
    return _choices([(id_tag(f.id, language, "{}: ") + f.statement_in(language), f.id) for f in found])


def subject_choices(engine: Engine, current: str, locale: str | None = None) -> list[app_commands.Choice[str]]:
    language = choose_language(locale=locale)  # the reply's: the reader's, whatever the typed words' language
    facts = engine.discrepancies(current or None, limit=CHOICES_LIMIT)
    return _choices(
        [(short_statement(f, language, CHOICE_LIMIT), clip(f.subject or f.id, SUBJECT_LIMIT).rstrip("…")) for f in facts]
    )


def timeline_choices(engine: Engine, current: str, language: str = "en") -> list[app_commands.Choice[str]]:
    """People, organisations and topics for /timeline, named in the reader's language (a French topic name is
    also what the timeline finds the topic by, and what makes its page French)."""
    names = [e.name for e in engine.search_entities(current, 15)]
    names += [topic_display(t, language) for t in engine.search_topics(current, 10)]
    return _choices([(name, name) for name in names])
