"""watch_knowledge: edits to the knowledge directory are noticed and reloaded; a refused base reaches the owners."""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.chat.cogs.admin import AdminCog
from bot.core.engine import Engine
from bot.core.loader import DEFAULT_KNOWLEDGE_DIR
from bot.core.watch import KnowledgeWatcher, knowledge_signature
from bot.settings import Settings
from tests.chat.fakes import fake_client

WAIT = 60.0  # seconds a test waits for the watcher at most (a generous bound, not a timing assertion)


async def _until(condition: Any) -> None:
    async with asyncio.timeout(WAIT):
        while not condition():
            await asyncio.sleep(0.01)


def test_the_signature_changes_on_edit_add_and_delete_but_not_for_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    fact = tmp_path / "facts" / "a.yaml"
    fact.write_text("facts: []\n", encoding="utf-8")
    first = knowledge_signature(tmp_path)
    (tmp_path / ".hidden.swp").write_text("x", encoding="utf-8")
    (tmp_path / "facts" / "a.yaml~").write_text("x", encoding="utf-8")
    assert knowledge_signature(tmp_path) == first
    fact.write_text("facts: [] # edited\n", encoding="utf-8")
    edited = knowledge_signature(tmp_path)
    assert edited != first
    (tmp_path / "facts" / "b.yaml").write_text("facts: []\n", encoding="utf-8")
    added = knowledge_signature(tmp_path)
    assert added != edited and [e[0] for e in added] == ["facts/a.yaml", "facts/b.yaml"]
    (tmp_path / "facts" / "b.yaml").unlink()
    assert knowledge_signature(tmp_path) == edited


@pytest.mark.asyncio
async def test_a_change_is_reloaded_once_and_a_refusal_is_told_once(tmp_path: Path) -> None:
    file = tmp_path / "facts.yaml"
    file.write_text("one\n", encoding="utf-8")
    outcomes: list[tuple[bool, str] | None] = [None, (True, "Reloaded"), (False, "facts.yaml:1: broken")]
    calls: list[int] = []
    told: list[str] = []

    async def reload() -> tuple[bool, str] | None:
        calls.append(1)
        return outcomes[len(calls) - 1]

    async def notify(report: str) -> None:
        told.append(report)

    watcher = KnowledgeWatcher(tmp_path, reload, interval=0.01, notify=notify)
    watcher.start()
    await asyncio.sleep(0.05)
    assert calls == []  # nothing changed yet
    file.write_text("two\n", encoding="utf-8")
    await _until(lambda: len(calls) == 2)  # busy the first time (None), so tried again; then taken
    assert told == [] and watcher.reloads == 1
    file.write_text("three, broken\n", encoding="utf-8")
    await _until(lambda: told)
    await asyncio.sleep(0.1)
    assert told == ["facts.yaml:1: broken"] and len(calls) == 3  # a refused base is not retried until it changes
    watcher.stop()


@pytest.mark.asyncio
async def test_the_bot_reloads_an_edited_base_and_dms_the_owner_why_a_broken_one_was_refused(
    engine: Engine, tmp_path: Path
) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, knowledge)
    settings = replace(Settings(), knowledge=knowledge, watch_knowledge=True, watch_interval_seconds=0.05, owner_ids=(7,))
    client = fake_client(engine, settings, owners=(7,))
    sent: list[str] = []

    async def send(text: str, **_: Any) -> None:
        sent.append(text)

    client.get_user = lambda user_id: SimpleNamespace(id=user_id, send=send)
    cog = AdminCog(client)
    await cog.cog_load()
    try:
        fact_file = knowledge / "facts" / "hiring.yaml"
        text = fact_file.read_text(encoding="utf-8")
        fact_file.write_text(text.replace("  - id: hiring-scale\n", "  - id: Not A Valid Id\n", 1), encoding="utf-8")
        await _until(lambda: sent)
        assert client.base is engine.base  # the old base keeps serving
        assert "could not load it" in sent[0] and "hiring.yaml" in sent[0]
        fact_file.write_text(
            text.replace("how many contractors did openai hire\n", "how many contractors did openai take on\n", 1),
            encoding="utf-8",
        )
        await _until(lambda: client.base is not engine.base)
        assert "how many contractors did openai take on" in client.base.facts["hiring-scale"].questions
        assert len(sent) == 1
    finally:
        await cog.cog_unload()


@pytest.mark.asyncio
async def test_no_watcher_unless_asked(engine: Engine) -> None:
    cog = AdminCog(fake_client(engine))
    await cog.cog_load()
    assert cog.watcher is None
