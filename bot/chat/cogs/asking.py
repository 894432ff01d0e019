"""Asking: /ask, direct messages and mentions, all through the one reply path."""

from __future__ import annotations

import asyncio
import bisect
import logging
import re
import time
from collections import OrderedDict
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.backlog import AnswerQueue, Busy
from bot.chat.cogs import everywhere
from bot.chat.cooldown import cooldown_message
from bot.chat.delivery import Reply, notice, reply_to, respond
from bot.chat.replies import answer_question, question_choices, reply_language
from bot.chat.sessions import LastAnswers
from bot.core.engine import Engine
from bot.core.i18n import display_phrasing, label
from bot.core.models import Fact
from bot.core.recorder import record_answer
from bot.core.text import fold

if TYPE_CHECKING:
    from bot.chat.client import ReportingBot

log = logging.getLogger(__name__)

#: Discord shows no autocompletion sent more than 3 s after the keystroke: one that waited this long is not computed.
AUTOCOMPLETE_STALE_SECONDS = 2.5
#: An autocompletion that waited this long (a burst) gets the known questions that begin with what was typed,
#: found by bisection, instead of the engine's fuller (and slower) search.
AUTOCOMPLETE_HURRY_SECONDS = 1.0
AUTOCOMPLETE_CACHE_SIZE = 2048


class QuickCompletions:
    """The facts' questions, folded and sorted: those beginning with a prefix, in O(log n)."""

    def __init__(self, engine: Engine) -> None:
        self._base = engine.base
        questions: dict[str, Fact] = {}
        for fact in engine.base.facts.values():
            for question in (*fact.questions, *fact.questions_fr):
                questions.setdefault(question, fact)
        self._keys = sorted((fold(q), q) for q in questions)
        self._facts = questions

    def choices(self, typed: str, language: str = "en", limit: int = 25) -> list[app_commands.Choice[str]]:
        """The questions beginning with `typed`, shown in the reader's `language` (French with its accents)."""
        key = fold(" ".join(typed.split()))
        first = bisect.bisect_left(self._keys, (key, ""))
        found: dict[str, None] = {}
        for folded, question in self._keys[first : first + limit]:
            if not folded.startswith(key):
                break
            found.setdefault(display_phrasing(question, self._facts[question], language, self._base)[:100])
        return [app_commands.Choice(name=question, value=question) for question in found]


#: Messages people write (not joins, pins, boosts...).
_CONVERSATION = (discord.MessageType.default, discord.MessageType.reply)


async def within_question_budget(interaction: discord.Interaction) -> bool:
    """App-command check: the per-user question cooldown shared with DMs and mentions."""
    limiter = interaction.client.question_cooldown  # type: ignore[attr-defined]
    retry = limiter.hit(interaction.user.id)
    if retry is not None:
        raise app_commands.CommandOnCooldown(limiter.bucket(interaction.user.id), retry)
    return True


def question_in(message: discord.Message, bot_id: int) -> str | None:
    """The question a message asks the bot: a whole DM, or a server message that mentions the bot; else None."""
    if message.type not in _CONVERSATION:
        return None
    if message.channel.type is discord.ChannelType.private:
        return message.content
    mention = re.compile(rf"<@!?{bot_id}>")
    if not mention.search(message.content) and all(user.id != bot_id for user in message.mentions):
        return None
    return " ".join(mention.sub(" ", message.content).split())


def waited(interaction: discord.Interaction) -> float:
    """Seconds the interaction has waited: in the socket before it was read, and since (0 when unknown)."""
    extras = getattr(interaction, "extras", {})
    arrived = extras.get("arrived")
    if arrived is None:
        return 0.0
    return extras.get("queued", 0.0) + asyncio.get_running_loop().time() - arrived


def locale_of(interaction: discord.Interaction) -> str:
    """The reader's Discord language ("fr", "en-US"...)."""
    return str(getattr(interaction.locale, "value", interaction.locale) or "")


def reader_language(interaction: discord.Interaction, text: str | None = None) -> str:
    """The language to answer an interaction in: the user's /language choice, the text's, then their Discord's."""
    override = interaction.client.languages.get(interaction.user.id)  # type: ignore[attr-defined]
    return reply_language(text, override=override, locale=locale_of(interaction))


ASK_MENU = "Ask the articles"
_LANGUAGE_CHOICES = [
    app_commands.Choice(name="Automatic", value="auto"),
    app_commands.Choice(name="English", value="en"),
    app_commands.Choice(name="French", value="fr"),
]


class AskingCog(commands.Cog):
    """Questions, however they arrive: /ask, direct messages, mentions, and the message menu "Ask the articles"."""

    def __init__(self, bot: ReportingBot) -> None:
        self.bot = bot
        #: The last fact answered in each DM and channel, for "tell me more" and "why?".
        self.last_answers = LastAnswers()
        #: /ask answers go through it: it decides which must be deferred to keep Discord's deadline.
        self.answers = AnswerQueue()
        #: (typed text, /language choice, Discord locale) -> choices, for the engine serving now: autocomplete bursts repeat prefixes.
        self._completions: OrderedDict[tuple[str, str, str], list[app_commands.Choice[str]]] = OrderedDict()
        self._completions_engine: object = None
        self._quick: QuickCompletions | None = None

        self.ask_menu = app_commands.ContextMenu(name=ASK_MENU, callback=self.ask_about_message)
        self.ask_menu.add_check(within_question_budget)
        everywhere(self.ask_menu)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.ask_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.ask_menu.name, type=self.ask_menu.type)

    def reply_for(
        self,
        question: str,
        place: int | None = None,
        *,
        surface: str,
        override: str | None = None,
        locale: str | None = None,
        asker: int | None = None,
    ) -> Reply:
        """The reply to a question, reported to the bot's recorder (the question log) under its surface."""
        reply = answer_question(
            question,
            self.bot.engine,
            max_length=self.bot.settings.max_question_length,
            last_answers=self.last_answers if place is not None else None,
            place=place,
            language=override,
            locale=locale,
            asker=asker,
        )
        record_answer(getattr(self.bot, "recorder", None), reply.answer, surface, asker)
        return reply

    def interaction_reply(self, interaction: discord.Interaction, question: str, surface: str) -> Reply:
        override = self.bot.languages.get(interaction.user.id)
        return self.reply_for(
            question,
            interaction.channel_id,
            surface=surface,
            override=override,
            locale=locale_of(interaction),
            asker=interaction.user.id,
        )

    @app_commands.command(
        name="ask", description="Ask about the reporting on OpenAI's contract workers: answers come with quotes"
    )
    @app_commands.describe(question="Your question, in English or French")
    @app_commands.check(within_question_budget)
    @everywhere
    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        await self.answer_interaction(interaction, question, "slash")

    async def answer_interaction(self, interaction: discord.Interaction, question: str, surface: str) -> None:
        """/ask and the message menu: the answer, deferred first when it may miss Discord's 3-second deadline
        (work queued ahead, or a reload running; see backlog.py).

        A question that gets a refusal (empty, too long) is answered at once: refusals are cheap, and only
        the asker must see them (a deferred reply's visibility is fixed when deferring).
        """
        text = question.strip()
        if not text or len(text) > self.bot.settings.max_question_length:
            await respond(interaction, self.interaction_reply(interaction, question, surface))
            return

        async def defer() -> None:
            await interaction.response.defer(thinking=True)

        try:
            async with self.answers.slot(waited(interaction), defer, late=getattr(self.bot, "reloading", False)):
                start = time.perf_counter()
                reply = self.interaction_reply(interaction, question, surface)
                self.answers.computed(time.perf_counter() - start)
                await respond(interaction, reply)
        except Busy:
            await respond(interaction, notice(label("busy", reader_language(interaction, question))))

    @ask.autocomplete("question")
    async def ask_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        try:
            late = waited(interaction)
            if late > AUTOCOMPLETE_STALE_SECONDS:
                return []  # Discord has stopped waiting for these; the next keystroke asks again
            # The reader's /language choice wins over what they type, as it does for the answer.
            override = self.bot.languages.get(interaction.user.id)
            locale = locale_of(interaction)
            if self._completions_engine is not self.bot.engine:  # a reload: forget the old base's choices
                self._completions.clear()
                self._completions_engine = self.bot.engine
                self._quick = None
            key = (current, override or "", locale)
            choices = self._completions.get(key)
            if choices is None and late > AUTOCOMPLETE_HURRY_SECONDS:
                if self._quick is None:
                    self._quick = QuickCompletions(self.bot.engine)
                return self._quick.choices(current, reply_language(current, override=override, locale=locale))
            if choices is None:
                choices = self._completions[key] = question_choices(self.bot.engine, current, locale, override)
                if len(self._completions) > AUTOCOMPLETE_CACHE_SIZE:
                    self._completions.popitem(last=False)
            return choices
        except Exception:
            log.exception("Autocomplete for /ask failed on %r", current[:100])
            return []

    async def ask_about_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """The message menu: answers the text of the message it is used on (Discord sends it with the command)."""
        await self.answer_interaction(interaction, message.content, "context_menu")

    @app_commands.command(name="language", description="Choose the language I answer you in")
    @app_commands.describe(choice="English, French, or automatic")
    @app_commands.choices(choice=_LANGUAGE_CHOICES)
    @everywhere
    async def language(self, interaction: discord.Interaction, choice: app_commands.Choice[str]) -> None:
        chosen = choice.value if choice.value in ("en", "fr") else None
        self.bot.languages.set(interaction.user.id, chosen)
        shown = chosen or reader_language(interaction)
        await respond(interaction, notice(label("language.set" if chosen else "language.auto", shown)))

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.bot.user is None:
            return
        question = question_in(message, self.bot.user.id)
        if question is None:
            return
        try:
            retry = self.bot.question_cooldown.hit(message.author.id)
            override = self.bot.languages.get(message.author.id)
            surface = "dm" if message.channel.type is discord.ChannelType.private else "mention"
            # A message carries no client language; a server's own language is the next best guess.
            preferred = getattr(message.guild, "preferred_locale", None)
            locale = str(getattr(preferred, "value", preferred)) if preferred else None
            reply = (
                notice(cooldown_message(retry, reply_language(question, override=override, locale=locale)))
                if retry is not None
                else self.reply_for(
                    question, message.channel.id, surface=surface, override=override, locale=locale, asker=message.author.id
                )
            )
            await reply_to(message, reply)
        except Exception:
            log.exception("Answering message %s failed", message.id)
            try:
                apology = label("apology", reply_language(question, override=self.bot.languages.get(message.author.id)))
                await message.reply(apology, mention_author=False, allowed_mentions=discord.AllowedMentions.none())
            except discord.HTTPException:
                log.warning("Could not apologise in channel %s", message.channel.id)
