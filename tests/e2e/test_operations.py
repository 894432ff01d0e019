"""Operations against the fake Discord: a failed command sync, and SIGTERM during a burst of questions."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from bot.chat import client as client_module
from bot.core.engine import Engine
from tests.e2e.fake_discord import BOT_ID, GUILD_ID, FakeDiscord

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]

ROOT = Path(__file__).resolve().parents[2]
HIRING_QUESTION = "openai 1000 contractors latin america eastern europe"


async def test_a_failed_command_sync_is_logged_and_retried_while_the_bot_answers(
    fake: FakeDiscord, start_bot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(client_module, "SYNC_RETRY_DELAYS", (0.05,))
    fake.sync_failures = [429, 503]  # a 429 without Via (Cloudflare), then a server error
    with caplog.at_level(logging.WARNING, logger="bot.chat.client"):
        await start_bot(dev_guild_ids=(GUILD_ID,))  # only a development guild is synced at start
        body = await fake.callback_of(await fake.slash("ask", question=HIRING_QUESTION))
        assert body["type"] == 4 and "hiring-scale" in body["data"]["embeds"][0]["footer"]["text"]
        await fake.wait_for(lambda r: r.method == "PUT" and r.path.endswith("/commands") and "ask" in fake.commands)
    syncs = [r for r in fake.requests if r.method == "PUT" and r.path.endswith("/commands")]
    assert len(syncs) == 3 and not fake.sync_failures
    assert any("Could not sync the slash commands" in r.getMessage() for r in caplog.records)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
async def test_sigterm_during_a_burst_answers_every_question_then_exits_cleanly(fake: FakeDiscord, tmp_path: Path) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("REPORTING_BOT_")},
        "DISCORD_TOKEN": "fake-token.for-the-fake-discord.never-real",
        "REPORTING_BOT_COOLDOWN": "{questions: 100000, per_seconds: 1}",
        "REPORTING_BOT_SHUTDOWN_GRACE_SECONDS": "30",
        "REPORTING_BOT_DEV_GUILD_IDS": "[1300000000000000003]",
        "PYTHONPATH": str(ROOT),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.e2e.serve_against_fake", str(fake.port), cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        await fake.wait_for(lambda r: r.method == "PUT" and r.path.endswith("/commands"), timeout=60)
        async with asyncio.timeout(30):
            while not fake._sockets or fake.identify is None:
                await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)  # READY and GUILD_CREATE handled
        ids = [await fake.slash("ask", question=f"{HIRING_QUESTION} {i}") for i in range(300)]
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 90)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    log = stderr.decode(errors="replace")
    assert process.returncode == 0, log[-3000:]
    unanswered = [i for i in ids if not fake.interactions[i].callbacks]
    assert not unanswered, f"{len(unanswered)} of 300 questions were dropped"
    assert "Received SIGTERM" in log and log.rstrip().endswith("Stopped.")
    # The client closed the gateway with a close frame (a killed process leaves 1006, "abnormal closure").
    assert fake.close_codes and fake.close_codes[-1] not in (None, 1006), fake.close_codes


async def test_ask_defers_while_a_reload_runs(fake: FakeDiscord, start_bot) -> None:
    bot = await start_bot()
    bot.reloading = True
    interaction = await fake.slash("ask", question=HIRING_QUESTION)
    body = await fake.callback_of(interaction)
    assert body["type"] == 5  # "thinking…": the answer may be late
    token = fake.interactions[interaction].token
    followup = await fake.wait_for(lambda r: r.method == "POST" and r.path.startswith(f"webhooks/{BOT_ID}/{token}"))
    assert "hiring-scale" in followup.body["embeds"][0]["footer"]["text"]


async def test_a_burst_behind_slow_answers_is_deferred_and_every_question_answered(
    fake: FakeDiscord, start_bot, engine: Engine
) -> None:
    class SlowEngine(Engine):
        def ask(self, question: str, *args, **kwargs):  # type: ignore[override]
            time.sleep(0.1)  # as if the machine were busy: 40 questions take 4 s of the loop
            return super().ask(question, *args, **kwargs)

    slow = SlowEngine.__new__(SlowEngine)
    slow.__dict__.update(engine.__dict__)
    await start_bot(engine_=slow, cooldown_questions=1000)
    ids = [await fake.slash("ask", question=HIRING_QUESTION) for _ in range(40)]
    firsts = [await fake.callback_of(i, timeout=30) for i in ids]
    deferred = [i for i, body in zip(ids, firsts, strict=True) if body["type"] == 5]
    assert firsts[0]["type"] == 4  # the first is answered at once
    assert deferred  # those queued too long behind it say "thinking…" first
    for interaction in deferred:
        token = fake.interactions[interaction].token
        await fake.wait_for(lambda r, t=token: r.method == "POST" and r.path.startswith(f"webhooks/{BOT_ID}/{t}"), timeout=30)
