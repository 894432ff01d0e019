"""/reload's failures: the owner gets the cause, a slow load is abandoned after its time limit, nothing blocks shutdown."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace
from types import SimpleNamespace

import pytest

from bot.chat.cogs import admin
from bot.chat.cogs.admin import AdminCog
from bot.chat.errors import APOLOGY
from bot.core.snapshot import Loaded
from bot.settings import Settings

pytestmark = pytest.mark.asyncio


def make_cog(base, **settings) -> tuple[AdminCog, SimpleNamespace]:
    swapped: list = []
    bot = SimpleNamespace(
        base=base,
        settings=replace(Settings(), **settings),
        reloading=False,
        engine=None,
        swap_knowledge=lambda b, e: swapped.append(b),
        swapped=swapped,
    )
    return AdminCog(bot), bot  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "error",
    [PermissionError(13, "Permission denied", "knowledge/facts/x.yaml"), RecursionError("maximum recursion depth exceeded")],
    ids=["os-error", "recursion"],
)
async def test_a_reload_that_crashes_tells_the_owner_why(base, monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(admin.snapshot, "load_in_worker", broken)
    cog, bot = make_cog(base)
    text = await cog.reload_knowledge()
    assert text != APOLOGY and "kept serving the old fact base" in text
    assert type(error).__name__ in text and str(error) in text
    assert not bot.swapped and bot.reloading is False


async def test_a_stuck_reload_is_abandoned_after_its_time_limit_and_blocks_nothing(base, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    entered = threading.Event()

    def stuck(*args, **kwargs):
        entered.set()
        release.wait(30)
        return Loaded(base, None, False)  # type: ignore[arg-type]

    monkeypatch.setattr(admin.snapshot, "load_in_worker", stuck)
    cog, bot = make_cog(base, reload_timeout_seconds=1.0)
    try:
        text = await asyncio.wait_for(cog.reload_knowledge(), 20)
        assert "did not finish within 1 seconds" in text and not bot.swapped
        assert not cog._lock.locked()
        # The stuck thread still runs: no second load is stacked on it.
        assert "still stuck" in await cog.reload_knowledge()
        # And a reload in progress can be cancelled at once (as on shutdown), releasing the lock.
        release.set()
        cog._abandoned.join(5)
        release.clear()
        entered.clear()
        task = asyncio.ensure_future(cog.reload_knowledge())
        await asyncio.to_thread(entered.wait, 5)
        assert bot.reloading is True
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 5)
        assert not cog._lock.locked() and bot.reloading is False
    finally:
        release.set()


async def test_a_second_reload_while_one_runs_is_told_so(base, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    monkeypatch.setattr(admin.snapshot, "load_in_worker", lambda *a, **k: (release.wait(30), Loaded(base, None, False))[1])
    cog, bot = make_cog(base)
    first = asyncio.ensure_future(cog.reload_knowledge())
    await asyncio.sleep(0.05)
    assert "already in progress" in await cog.reload_knowledge()
    release.set()
    assert (await asyncio.wait_for(first, 30)).startswith("Reloaded:")
    assert bot.swapped == [base]
