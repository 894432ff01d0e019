"""/reload builds the new base in a worker process and swaps it in at once: the old one answers until then."""

from __future__ import annotations

import asyncio
import shutil
import threading
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.chat.cogs import admin
from bot.chat.cogs.admin import AdminCog
from bot.core import snapshot
from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.settings import Settings

pytestmark = pytest.mark.asyncio


async def test_the_old_base_keeps_answering_until_the_new_one_is_swapped_in(
    tmp_path: Path, knowledge_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir, root)
    old_base = load_knowledge(root)
    old_engine = Engine(old_base)
    fact_file = root / "facts" / "hiring.yaml"
    fact_file.write_text(fact_file.read_text(encoding="utf-8").replace("id: hiring-scale\n", "id: hiring-scale-v2\n", 1))

    gate, entered = threading.Event(), threading.Event()
    real_build = snapshot.build_in_process

    def gated_build(*args, **kwargs):
        entered.set()
        assert gate.wait(30)
        return real_build(*args, **kwargs)

    monkeypatch.setattr(admin.snapshot, "build_in_process", gated_build)
    swaps: list = []

    def swap(base, engine):
        swaps.append(base)
        bot.base, bot.engine = base, engine

    bot = SimpleNamespace(
        base=old_base,
        engine=old_engine,
        settings=replace(Settings(), knowledge=root, snapshot_dir=str(tmp_path / "cache")),
        reloading=False,
        swap_knowledge=swap,
    )
    cog = AdminCog(bot)  # type: ignore[arg-type]
    task = asyncio.ensure_future(cog.reload_knowledge())
    await asyncio.to_thread(entered.wait, 10)
    # The worker is busy building: the event loop runs, and the old base answers.
    for _ in range(3):
        await asyncio.sleep(0.01)
        answer = bot.engine.ask("how many contractors did openai hire")
        assert answer.best is not None and answer.best.fact.id == "hiring-scale"
        assert bot.base is old_base and not swaps and bot.reloading
    gate.set()
    report = await asyncio.wait_for(task, 120)
    assert report.startswith("Reloaded:")
    assert len(swaps) == 1 and bot.base is swaps[0] and bot.base is not old_base
    assert "hiring-scale-v2" in bot.base.facts and "hiring-scale" not in bot.base.facts
    assert bot.engine.ask("how many contractors did openai hire").best.fact.id == "hiring-scale-v2"
    # The facts the new engine returns are the new base's own.
    assert bot.engine.base is bot.base


async def test_a_reload_of_an_invalid_base_keeps_the_old_one_and_names_the_problem(tmp_path: Path, knowledge_dir: Path) -> None:
    root = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir, root)
    old_base = load_knowledge(root)
    fact_file = root / "facts" / "hiring.yaml"
    text = fact_file.read_text(encoding="utf-8")
    fact_file.write_text(text.replace("bringing on roughly 1,000 remote", "bringing on roughly 2,000 remote", 1))
    bot = SimpleNamespace(
        base=old_base,
        engine=Engine(old_base),
        settings=replace(Settings(), knowledge=root, snapshot_dir=str(tmp_path / "cache")),
        reloading=False,
        swap_knowledge=lambda *_: pytest.fail("an invalid base was swapped in"),
    )
    report = await AdminCog(bot).reload_knowledge()  # type: ignore[arg-type]
    assert "kept serving the old one" in report and "facts/hiring.yaml" in report and "quote not found verbatim" in report
    assert bot.base is old_base


async def test_a_reload_past_its_time_limit_kills_its_worker_process(
    tmp_path: Path, knowledge_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import sys

    root = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir, root)
    old_base = load_knowledge(root)
    (root / "curators-notes.txt").write_text("changed\n", encoding="utf-8")  # no snapshot matches: the worker builds
    pid_file = tmp_path / "worker.pid"
    script = f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(120)"
    monkeypatch.setattr(snapshot, "_worker_command", lambda: [sys.executable, "-c", script])
    bot = SimpleNamespace(
        base=old_base,
        engine=Engine(old_base),
        settings=replace(Settings(), knowledge=root, snapshot_dir=str(tmp_path / "cache"), reload_timeout_seconds=3.0),
        reloading=False,
        swap_knowledge=lambda *_: pytest.fail("a stopped reload swapped a base in"),
    )
    cog = AdminCog(bot)  # type: ignore[arg-type]
    report = await asyncio.wait_for(cog.reload_knowledge(), 30)
    assert "did not finish within 3 seconds, so I stopped it" in report and bot.base is old_base
    await asyncio.to_thread(cog._abandoned.join, 10)  # the reload's thread ends once it has killed the worker
    assert not cog._abandoned.is_alive()
    pid = int(pid_file.read_text())  # the worker had started (and written its id) within the time limit
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
