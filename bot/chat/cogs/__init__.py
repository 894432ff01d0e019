"""The bot's cogs, one per area: asking, browsing, admin."""

from __future__ import annotations

from typing import TypeVar

from discord import app_commands

T = TypeVar("T")


def everywhere(command: T) -> T:
    """Make a command usable in servers and in DMs with the bot.

    User installs (and with them other DMs and group DMs) are left to the tree's defaults, which follow
    the `user_install` setting, since they only work once the application allows user installs.
    """
    command = app_commands.allowed_installs(guilds=True)(command)
    return app_commands.allowed_contexts(guilds=True, dms=True)(command)


__all__: list[str] = ["everywhere"]
