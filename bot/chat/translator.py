"""Slash commands in French for French Discord clients, through discord.py's Translator.

Commands are declared in English; when the tree is synced, discord.py asks the translator for each
name, description, option and choice in every locale, and sends what it returns as Discord's
`name_localizations` / `description_localizations`. The French texts live in bot.core.i18n.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.core.i18n import command_text, from_locale


class CommandTranslator(app_commands.Translator):
    """French names, descriptions, options and choices for the bot's commands; None (untranslated) elsewhere."""

    async def translate(
        self, string: app_commands.locale_str, locale: discord.Locale, context: app_commands.TranslationContextTypes
    ) -> str | None:
        language = from_locale(locale.value)
        if language is None or language == "en":
            return None
        return command_text(string.message, language)
