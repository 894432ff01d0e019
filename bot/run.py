"""Start-up: settings, logging, the fact base and engine, then the Discord bot or, with no token, the console.

`python -m bot` runs the bot when the token's environment variable is set, else the local console;
`python -m bot console` always opens the console; `python -m bot run` insists on Discord.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import aiohttp
import discord

from bot.chat.client import ReportingBot, ShardedReportingBot, create_bot
from bot.chat.console import run_console
from bot.cli import semantic_model
from bot.core import snapshot
from bot.core.engine import Engine
from bot.core.loader import KnowledgeError
from bot.core.models import KnowledgeBase
from bot.core.question_log import QuestionLog
from bot.core.recorder import Recorder
from bot.settings import Settings, SettingsError, load_settings, question_log_path, read_token

if TYPE_CHECKING:
    from bot.core.semantic import SemanticModel

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


PLAIN_FORMAT = logging.Formatter("[{asctime}] [{levelname:<8}] {name}: {message}", "%Y-%m-%d %H:%M:%S", style="{")


def wants_colour(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Colour only on a terminal (discord.py also colours in Docker, where logs usually go to files); never with NO_COLOR."""
    environ = os.environ if environ is None else environ
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty()) and not environ.get("NO_COLOR")
    except (OSError, ValueError):  # a closed or detached stream
        return False


def configure_logging(settings: Settings, token: str | None, stream: TextIO | None = None) -> logging.Handler:
    """Log through discord.utils.setup_logging, with the token redacted from every record. Returns the handler."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_reporting_bot", False)]:
        root.removeHandler(old)
    stream = stream or sys.stderr
    handler = logging.StreamHandler(stream)
    handler._reporting_bot = True  # type: ignore[attr-defined]
    redact = RedactSecrets([token] if token else [])
    handler.addFilter(redact)
    # discord.py picks its colour formatter by itself when given none: only let it on a terminal.
    formatter = discord.utils.MISSING if wants_colour(stream) else PLAIN_FORMAT
    discord.utils.setup_logging(handler=handler, formatter=formatter, level=settings.log_level_number, root=True)
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
    guild_ids: tuple[int, ...] = (),
    clear: bool = False,
) -> int:
    """Entry point of `python -m bot [console|run|sync]`; returns the exit status."""
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
        # From the compiled snapshot when the files have not changed since it was written (snapshot.py).
        loaded = snapshot.load(
            settings.knowledge,
            threshold=settings.threshold,
            directory=snapshot.snapshot_dir(settings.snapshot_dir),
            follow_outside_links=settings.knowledge_follow_outside_links,
        )
    except KnowledgeError as exc:
        print(exc, file=stderr)
        return 1
    base, engine = loaded.base, loaded.engine
    semantic = semantic_model(settings.semantic, settings.embedding_cache)
    question_log = open_question_log(settings, environ) if command != "sync" else None
    try:
        if use_console:
            if semantic is not None:
                semantic.attach(engine)  # before the first question: the console answers as the ready bot does
            out = stdout or sys.stdout
            if out is sys.stdout and hasattr(sys.stdout, "reconfigure"):
                sys.stdout.reconfigure(errors="replace")  # a terminal that cannot show an emoji must not crash the console
            return run_console(engine, settings, stdin=stdin or sys.stdin, stdout=out, recorder=question_log)
        assert token is not None  # checked above, before the slow start
        if command == "sync":
            return run_sync(engine, base, settings, token, guild_ids, clear=clear, stdout=stdout or sys.stdout)
        return run_bot(engine, base, settings, token, semantic, recorder=question_log)
    finally:
        if question_log is not None:
            question_log.close()


STOP_SIGNALS = tuple(s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None)) if s is not None)


async def serve(bot: ReportingBot | ShardedReportingBot, token: str, grace: float) -> None:
    """Run the bot until Discord stops it or a SIGINT/SIGTERM arrives; then drain for up to `grace` seconds and close.

    A second signal during the drain stops at once.
    """
    loop = asyncio.get_running_loop()
    stop, stop_now = asyncio.Event(), asyncio.Event()

    def on_signal(signum: int) -> None:
        if stop.is_set():
            stop_now.set()
        else:
            log.info("Received %s: answering what has arrived (up to %g s), then stopping.", signal.Signals(signum).name, grace)
            stop.set()

    installed = []
    for signum in STOP_SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # Windows; not the main thread
            loop.add_signal_handler(signum, on_signal, signum)
            installed.append(signum)
    try:
        async with bot:
            runner = asyncio.create_task(bot.start(token), name="discord-client")
            stopper = asyncio.create_task(stop.wait(), name="stop-signal")
            await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if runner.done():
                stopper.cancel()
                runner.result()  # raise what stopped the client
                return
            await bot.drain(grace, stop_now)
            await bot.close()
            with contextlib.suppress(asyncio.CancelledError, discord.ConnectionClosed):
                await asyncio.wait_for(runner, 10)
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)


def open_question_log(settings: Settings, environ: Mapping[str, str] | None = None) -> QuestionLog | None:
    """The question log the settings ask for (its worker opens the file and prunes old rows), or None when off."""
    if not settings.log_questions:
        return None
    path = question_log_path(settings, environ)
    log.info(
        "Logging questions to %s (kept %g days; log_questions: false turns it off)", path, settings.question_log_retention_days
    )
    return QuestionLog(path, retention_days=settings.question_log_retention_days, threshold=settings.threshold)


def run_bot(
    engine: Engine,
    base: KnowledgeBase,
    settings: Settings,
    token: str,
    semantic: SemanticModel | None = None,
    recorder: Recorder | None = None,
) -> int:
    """Connect to Discord and serve until stopped (answering lexically until the re-ranker is loaded)."""
    bot = create_bot(engine, base, settings, semantic=semantic, recorder=recorder)
    try:
        asyncio.run(serve(bot, token, settings.shutdown_grace_seconds))
    except KeyboardInterrupt:
        pass  # a platform without loop signal handlers
    except discord.LoginFailure:
        log.error("Discord refused the token in %s; check it (it is never shown here).", settings.token_env)
        return 1
    except (OSError, aiohttp.ClientError, discord.GatewayNotFound) as exc:
        log.error("Cannot reach Discord (%s); check the network connection and try again.", _reason(exc))
        return 1
    log.info("Stopped.")
    return 0


def _reason(exc: BaseException) -> str:
    """An exception in a few words, for a one-line error."""
    return " ".join(str(exc).split())[:200] or type(exc).__name__


async def sync_once(
    bot: ReportingBot | ShardedReportingBot, token: str, guild_ids: tuple[int, ...] = (), *, clear: bool = False
) -> list[str]:
    """Log in over HTTP only (no gateway), sync or clear the commands, close; returns what was done."""
    async with bot:
        await bot.login(token)
        return await bot.sync_tree(guild_ids, clear=clear)


def run_sync(
    engine: Engine,
    base: KnowledgeBase,
    settings: Settings,
    token: str,
    guild_ids: tuple[int, ...] = (),
    *,
    clear: bool = False,
    stdout: TextIO | None = None,
) -> int:
    """`python -m bot sync`: log in (no gateway), sync the commands globally or to guilds (or clear them), and exit."""
    bot = create_bot(engine, base, settings, sync_at_start=False)
    try:
        done = asyncio.run(sync_once(bot, token, guild_ids, clear=clear))
    except discord.LoginFailure:
        log.error("Discord refused the token in %s; check it (it is never shown here).", settings.token_env)
        return 1
    except discord.HTTPException as exc:
        log.error("Discord refused the sync (%s %s).", exc.status, _reason(exc))
        return 1
    except (OSError, aiohttp.ClientError) as exc:
        log.error("Cannot reach Discord (%s); check the network connection and try again.", _reason(exc))
        return 1
    out = stdout or sys.stdout
    for line in done:
        print(line, file=out)
    return 0
