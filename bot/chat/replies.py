"""The reply path: what the bot says to a question or a command, as a Reply (embeds, components, text).

`answer_question` is the one function that turns a question into the reply, for /ask, direct messages,
mentions and the local console alike. Nothing here sends anything (see delivery.py) and nothing here
matches: the engine does, and embeds.py / views.py render.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable

import discord
from discord import app_commands

from bot.chat.delivery import Reply, notice
from bot.chat.embeds import about_embed, answer_embed, clip, escape_user_text, help_embed, related_pages
from bot.chat.sessions import LastAnswers
from bot.chat.views import answer_view, fact_reply, fact_select, page_reply
from bot.core.answers import Answer
from bot.core.engine import Engine

CHOICES_LIMIT = 25
CHOICE_LIMIT = 100
#: /compare's subject travels in the pager's custom_id, so it is kept short enough to fit there.
SUBJECT_LIMIT = 80

MORE_PLACEHOLDER = {"en": "Open a related fact…", "fr": "Ouvrir un fait lié…"}

EMPTY_QUESTION = (
    "Ask me a question about the reporting on OpenAI's contract workers, for example: "
    "*how many contractors did openai hire?* See `/help` for more."
)


def answer_question(
    text: str, engine: Engine, *, max_length: int, last_answers: LastAnswers | None = None, place: Hashable = None
) -> Reply:
    """The reply to a question: the answer embed with its buttons, a conversational reply, or a clear refusal.

    With `last_answers`, the fact answered is remembered for `place` (a DM or channel id, or "console"), so that
    "tell me more" or "why?" said next in the same place follows it up.
    """
    question = text.strip()
    if not question:
        return notice(EMPTY_QUESTION)
    if len(question) > max_length:
        return notice(
            f"That question is {len(question):,} characters long; I take questions of up to {max_length:,} characters. "
            "Please ask it in fewer words."
        )
    previous = last_answers.get(place) if last_answers is not None else None
    answer = engine.ask(question, previous=previous) if previous else engine.ask(question)
    if answer.conversation is not None:
        return conversation_reply(answer, engine)
    if last_answers is not None and answer.best is not None:
        last_answers.remember(place, answer.best.fact.id)
    return Reply(embeds=(answer_embed(answer, engine.base, question),), view=answer_view(answer))


_COMMAND_REPLIES: dict[str, Callable[[Engine], Reply]] = {
    "sources": lambda engine: sources_reply(engine),
    "topics": lambda engine: topics_reply(engine),
    "about": lambda engine: about_reply(engine),
    "compare": lambda engine: compare_reply(None, engine),
}


def conversation_reply(answer: Answer, engine: Engine) -> Reply:
    """The reply to a message that talks to the bot: a short text (never a fact given as an answer); a command
    word runs its command; a follow-up lists the facts related to the previous answer."""
    said = answer.conversation
    assert said is not None
    if said.intent == "command" and said.command in _COMMAND_REPLIES:
        return _COMMAND_REPLIES[said.command](engine)
    if said.about is not None and said.related:
        pages = related_pages(said.about, said.related, engine.base)
        view = discord.ui.View(timeout=None)
        view.add_item(fact_select(said.related, answer.language, placeholder=MORE_PLACEHOLDER.get(answer.language, "…")))
        return Reply(content=said.reply, embeds=(pages[0],), view=view)
    return Reply(content=said.reply)


def _not_found(what: str, typed: str, suggestions: list[str], listing: str) -> Reply:
    text = f"I found no {what} called “{escape_user_text(typed, 100)}” in the fact base."
    if suggestions:
        text += " Did you mean: " + ", ".join(f"**{escape_user_text(s, 100)}**" for s in suggestions) + "?"
    return notice(f"{text} Pick one from the list as you type, or see `{listing}`.")


def who_reply(name: str, engine: Engine) -> Reply:
    """/who: a person or organisation per the articles, with their facts and where they are mentioned."""
    entity = engine.base.entities.get(name) or engine.find_entity(name)
    if entity is None:
        return _not_found("person or organisation", name, [e.name for e in engine.search_entities(name, 5)], "/about")
    return page_reply("who", entity.id, 0, engine) or notice("Nothing to show.")


def sources_reply(engine: Engine) -> Reply:
    """/sources: the articles."""
    return page_reply("sources", "", 0, engine) or notice("No articles loaded.")


def source_reply(article: str, engine: Engine) -> Reply:
    """/source: one article and its key facts."""
    source = engine.base.sources.get(article) or next(iter(engine.search_sources(article, 1)), None)
    if source is None:
        return _not_found("article", article, [], "/sources")
    return page_reply("source", source.id, 0, engine) or notice("Nothing to show.")


def topics_reply(engine: Engine) -> Reply:
    """/topics: the topics facts are filed under."""
    return page_reply("topics", "", 0, engine) or notice("No topics loaded.")


def topic_reply(name: str, engine: Engine) -> Reply:
    """/topic: the facts of one topic, paginated."""
    topic = engine.base.topics.get(name) or next(iter(engine.search_topics(name, 1)), None)
    if topic is None:
        return _not_found("topic", name, [], "/topics")
    return page_reply("topic", topic.id, 0, engine) or notice("Nothing to show.")


def compare_reply(subject: str | None, engine: Engine) -> Reply:
    """/compare: where the articles differ on a subject, from the discrepancy facts."""
    key = clip(" ".join((subject or "").split()), SUBJECT_LIMIT).rstrip("…")
    if key and not engine.discrepancies(key, limit=1):
        return notice(
            f"The fact base records no difference between the articles on “{escape_user_text(key, 100)}”. "
            "Try `/compare` with no subject to see every point where they differ."
        )
    return page_reply("compare", key, 0, engine) or notice("The fact base records no differences between the articles.")


def fact_id_reply(fact_id: str, engine: Engine) -> Reply:
    """/fact: one fact by its id (or the closest id to what was typed)."""
    fact = engine.base.facts.get(fact_id.strip()) or next(iter(engine.search_facts(fact_id, 1)), None)
    if fact is None:
        return _not_found("fact", fact_id, [], "/topics")
    return fact_reply(fact, engine)


def random_reply(engine: Engine, rng: random.Random | None = None) -> Reply:
    """/random: any fact."""
    return fact_reply(engine.random_fact(rng), engine)


def help_reply() -> Reply:
    """/help."""
    return Reply(embeds=(help_embed(),), ephemeral=True)


def about_reply(engine: Engine) -> Reply:
    """/about."""
    return Reply(embeds=(about_embed(engine.base),))


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


def question_choices(engine: Engine, current: str) -> list[app_commands.Choice[str]]:
    """Known questions that fit what the user has typed so far."""
    return _choices([(q, q) for q in engine.complete_question(current, CHOICES_LIMIT)])


def entity_choices(engine: Engine, current: str) -> list[app_commands.Choice[str]]:
    return _choices([(f"{e.name} ({e.type})", e.id) for e in engine.search_entities(current, CHOICES_LIMIT)])


def source_choices(engine: Engine, current: str) -> list[app_commands.Choice[str]]:
    return _choices([(s.display_title, s.id) for s in engine.search_sources(current, CHOICES_LIMIT)])


def topic_choices(engine: Engine, current: str) -> list[app_commands.Choice[str]]:
    return _choices([(t.name, t.id) for t in engine.search_topics(current, CHOICES_LIMIT)])


def fact_choices(engine: Engine, current: str) -> list[app_commands.Choice[str]]:
    return _choices([(f"{f.id}: {f.statement}", f.id) for f in engine.search_facts(current, CHOICES_LIMIT)])


def subject_choices(engine: Engine, current: str) -> list[app_commands.Choice[str]]:
    facts = engine.discrepancies(current or None, limit=CHOICES_LIMIT)
    return _choices([(f.subject or f.statement, clip(f.subject or f.id, SUBJECT_LIMIT).rstrip("…")) for f in facts])
