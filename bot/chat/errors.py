"""One place for what goes wrong: the app-command error handler, and the apology every face sends.

Expected failures (a cooldown, a check, a bad value) get a short ephemeral explanation; anything else is
logged with its trace and the user gets an apology, never Discord's silent "This interaction failed".
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from bot.chat.cooldown import cooldown_message
from bot.core.i18n import choose_language, label

log = logging.getLogger(__name__)

APOLOGY = label("apology", "en")
NOT_OWNER = label("not_owner", "en")


def interaction_language(interaction: discord.Interaction) -> str:
    """The reader's language: their /language choice, else their Discord client's."""
    languages = getattr(interaction.client, "languages", None)
    override = languages.get(interaction.user.id) if languages is not None else None
    locale = getattr(interaction, "locale", None)
    return choose_language(None, override=override, locale=str(getattr(locale, "value", locale) or ""))


class NotOwner(app_commands.CheckFailure):
    """An owner-only command was used by someone else."""


async def tell(interaction: discord.Interaction, text: str) -> None:
    """Say something only the user sees, whether or not the interaction was already answered."""
    if interaction.type is discord.InteractionType.autocomplete:
        return  # an autocomplete can only answer with choices
    allowed = discord.AllowedMentions.none()
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=allowed)
        else:
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=allowed)
    except discord.HTTPException as exc:
        # The interaction expired (3 s, or 15 min for followups) or was answered meanwhile.
        log.warning("Could not tell the user about a failure in interaction %s: %s", interaction.id, exc)


async def apologise(interaction: discord.Interaction, error: BaseException, where: str) -> None:
    """Log an unexpected error with its trace, and apologise to the user."""
    log.error("Unexpected error in %s (interaction %s)", where, interaction.id, exc_info=error)
    await tell(interaction, label("apology", interaction_language(interaction)))


class ReportingTree(app_commands.CommandTree):
    """The command tree, with the bot's single app-command error handler."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError, /) -> None:
        language = interaction_language(interaction)
        if isinstance(error, app_commands.CommandOnCooldown):
            await tell(interaction, cooldown_message(error.retry_after, language))
        elif isinstance(error, NotOwner):
            await tell(interaction, label("not_owner", language))
        elif isinstance(error, app_commands.CheckFailure):
            await tell(interaction, label("check_failure", language))
        elif isinstance(error, app_commands.TransformerError):
            await tell(interaction, label("bad_value", language))
        else:
            name = interaction.command.qualified_name if interaction.command else "an app command"
            await apologise(interaction, error, f"/{name}")
