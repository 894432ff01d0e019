"""Start-up: console without a token, errors that say what to fix, and a token that never reaches a log."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import run
from bot.core.snapshot import Loaded
from bot.run import REDACTED, RedactSecrets, configure_logging
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-part.of-the-token"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return False


@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch, base, engine) -> None:
    """Skip re-reading the fact base in-process (the subprocess test below does the real start)."""
    monkeypatch.setattr(
        run.snapshot,
        "load",
        lambda path, **options: Loaded(base, engine, False) if path is None else pytest.fail(f"unexpected {path}"),
    )
    # The shared engine must stay lexical for the other tests (tests/core/test_semantic.py covers the loading).
    monkeypatch.setattr(run, "semantic_model", lambda enabled, cache: None)


@pytest.fixture(autouse=True)
def _restore_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)


def test_no_token_opens_the_console_on_the_same_reply_path(loaded: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    stdin = Terminal("what powers copilot\nsources\nquit\nthis line is never read\n")
    status = run.main(None, environ={}, stdin=stdin, stdout=out, stderr=err)
    text = out.getvalue()
    assert status == 0
    assert "local console" in text
    assert "(Confidence: " in text and "fact codex-powers-copilot" in text
    assert "## Sources, in context" in text
    assert "this line is never read" not in text
    assert text.rstrip().endswith("config.example.yaml to config.yaml to set a development guild, owners, cooldowns and more.")
    assert "DISCORD_TOKEN=your-token python -m bot" in text


def test_console_even_with_a_token(loaded: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(run, "run_bot", lambda *args: pytest.fail("console must not connect"))
    out = io.StringIO()
    assert run.main("console", environ={"DISCORD_TOKEN": TOKEN}, stdin=Terminal(""), stdout=out, stderr=io.StringIO()) == 0
    assert TOKEN not in out.getvalue()


def test_run_without_a_token_says_which_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    err = io.StringIO()
    assert run.main("run", environ={}, stderr=err) == 2
    assert "set the DISCORD_TOKEN environment variable" in err.getvalue()


def test_a_bad_config_fails_at_start_naming_the_setting(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("cooldown: {questions: -1}\n", encoding="utf-8")
    err = io.StringIO()
    assert run.main("run", config, environ={"DISCORD_TOKEN": TOKEN}, stderr=err) == 2
    assert "Configuration error" in err.getvalue() and "'cooldown'.questions" in err.getvalue()


def test_an_invalid_fact_base_fails_at_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    err = io.StringIO()
    assert run.main("console", knowledge=tmp_path / "missing", environ={}, stderr=err) == 1
    assert "knowledge directory not found" in err.getvalue()


def test_with_a_token_the_bot_runs_and_the_token_never_reaches_the_log(
    loaded: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    seen: list[tuple[Settings, str]] = []

    def fake_run_bot(engine, base, settings: Settings, token: str, semantic=None, **options: object) -> int:
        seen.append((settings, token))
        logging.getLogger("discord.http").warning("request failed with token %s", token)
        try:
            raise RuntimeError(f"bad header Bot {token}")
        except RuntimeError:
            logging.getLogger("bot").exception("crash while using %s", "the token")
        return 0

    monkeypatch.setattr(run, "run_bot", fake_run_bot)
    err = io.StringIO()
    assert run.main(None, environ={"DISCORD_TOKEN": TOKEN}, stderr=err) == 0
    assert seen and seen[0][1] == TOKEN
    logged = err.getvalue()
    assert "request failed with token" in logged and "bad header Bot" in logged
    assert TOKEN not in logged and REDACTED in logged


def test_the_redaction_filter_scrubs_messages_arguments_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = configure_logging(Settings(log_level="DEBUG"), TOKEN, stream)
    logger = logging.getLogger("tests.redaction")
    logger.info("plain %s", "message")
    logger.info("token in args: %s", TOKEN)
    logger.info(f"token in the message: {TOKEN}")
    try:
        raise ValueError(TOKEN)
    except ValueError:
        logger.exception("and in a traceback")
    text = stream.getvalue()
    assert "plain message" in text and TOKEN not in text and text.count(REDACTED) >= 3
    assert any(isinstance(f, RedactSecrets) for f in handler.filters)
    # Configuring again replaces our handler rather than stacking a second one.
    configure_logging(Settings(), TOKEN, stream)
    assert sum(getattr(h, "_reporting_bot", False) for h in logging.getLogger().handlers) == 1


def test_python_m_bot_without_a_token_or_terminal(tmp_path: Path) -> None:
    """CI pipes input into the console: no TTY, no token, no network."""
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "PYTHONIOENCODING": "utf-8",
        "XDG_CACHE_HOME": os.environ.get("XDG_CACHE_HOME", str(tmp_path)),
        "XDG_DATA_HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot"],
        input="how many contractors did openai hire\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Reported by" in done.stdout and "To run this bot on Discord" in done.stdout


def test_ask_and_check_never_import_discord() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from bot.__main__ import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['ask', 'what powers copilot']) == 0\n"
        "    assert main(['check', '--quiet']) == 0\n"
        "assert not [m for m in sys.modules if m == 'discord' or m.startswith('discord.')], 'discord was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr


def test_log_files_get_no_colour_codes_even_in_docker(monkeypatch: pytest.MonkeyPatch) -> None:
    import discord

    monkeypatch.setattr(discord.utils, "is_docker", lambda: True)  # discord.py colours any stream in Docker
    stream = io.StringIO()
    configure_logging(Settings(), None, stream)
    logging.getLogger("tests.colour").warning("plain, please")
    assert "plain, please" in stream.getvalue() and "\x1b[" not in stream.getvalue()


def test_a_terminal_gets_colour_unless_no_color() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert run.wants_colour(Tty(), {}) and not run.wants_colour(Tty(), {"NO_COLOR": "1"})
    assert not run.wants_colour(io.StringIO(), {})
