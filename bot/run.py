"""Start-up: settings, logging, the fact base and engine, then the Discord bot or, with no token, the console.

`python -m bot` runs the bot when the token's environment variable is set, else the local console;
`python -m bot console` always opens the console; `python -m bot run` insists on Discord.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TextIO

import discord

from bot.chat.client import create_bot
from bot.chat.console import run_console
from bot.core.engine import Engine
from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.models import KnowledgeBase
from bot.settings import Settings, SettingsError, load_settings, read_token

log = logging.getLogger("bot")

REDACTED = "[REDACTED]"


class RedactSecrets(logging.Filter):
    """A safety net: replaces secrets (the token) anywhere in a log record, its arguments or its traceback."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        if any(s in message for s in self.secrets):
            record.msg, record.args = self.scrub(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and any(s in record.exc_text for s in self.secrets):
            record.exc_text = self.scrub(record.exc_text)
        if record.stack_info and any(s in record.stack_info for s in self.secrets):
            record.stack_info = self.scrub(record.stack_info)
        return True


class RedactingFormatter(logging.Formatter):
    """Wraps the formatter discord.py picked (plain or coloured): scrubs secrets from the finished line,
    tracebacks included, whatever the inner formatter did with the record."""

    def __init__(self, inner: logging.Formatter, secrets: RedactSecrets) -> None:
        super().__init__()
        self.inner = inner
        self.secrets = secrets

    def format(self, record: logging.LogRecord) -> str:
        return self.secrets.scrub(self.inner.format(record))


def configure_logging(settings: Settings, token: str | None, stream: TextIO | None = None) -> logging.Handler:
    """Log through discord.utils.setup_logging, with the token redacted from every record. Returns the handler."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_reporting_bot", False)]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler._reporting_bot = True  # type: ignore[attr-defined]
    redact = RedactSecrets([token] if token else [])
    handler.addFilter(redact)
    discord.utils.setup_logging(handler=handler, level=settings.log_level_number, root=True)
    handler.setFormatter(RedactingFormatter(handler.formatter or logging.Formatter(), redact))
    return handler


def main(
    command: str | None = None,
    config_path: Path | None = None,
    knowledge: Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Entry point of `python -m bot [console|run]`; returns the exit status."""
    environ = os.environ if environ is None else environ
    stderr = stderr or sys.stderr
    try:
        settings = load_settings(config_path, environ)
    except SettingsError as exc:
        print(f"Configuration error: {exc}", file=stderr)
        return 2
    if knowledge is not None:
        settings = replace(settings, knowledge=knowledge)
    token = read_token(settings, environ)
    use_console = command == "console" or (command is None and token is None)
    if token is None and not use_console:
        print(
            f"No Discord token: set the {settings.token_env} environment variable (or run `python -m bot console`).", file=stderr
        )
        return 2
    configure_logging(settings, token, stderr)
    try:
        base = load_knowledge(settings.knowledge, follow_outside_links=settings.knowledge_follow_outside_links)
    except KnowledgeError as exc:
        print(exc, file=stderr)
        return 1
    engine = Engine(base, threshold=settings.threshold)
    if use_console:
        out = stdout or sys.stdout
        if out is sys.stdout and hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(errors="replace")  # a terminal that cannot show an emoji must not crash the console
        return run_console(engine, settings, stdin=stdin or sys.stdin, stdout=out)
    assert token is not None  # checked above, before the slow start
    return run_bot(engine, base, settings, token)


def run_bot(engine: Engine, base: KnowledgeBase, settings: Settings, token: str) -> int:
    """Connect to Discord and serve until stopped."""
    bot = create_bot(engine, base, settings)

    async def serve() -> None:
        async with bot:
            await bot.start(token)

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        log.info("Stopped.")
    except discord.LoginFailure:
        log.error("Discord refused the token in %s; check it (it is never shown here).", settings.token_env)
        return 1
    return 0
