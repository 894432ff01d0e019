"""Shared fixtures: the shipped fact base and its engine are loaded once per test session."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile

import pytest

from bot.core import snapshot
from bot.core.engine import Engine
from bot.core.loader import DEFAULT_KNOWLEDGE_DIR, load_knowledge
from bot.core.models import KnowledgeBase

# Snapshots the commands write during the tests (bot/core/snapshot.py) go to a directory of their own,
# never the user's cache, and every process the tests start inherits it.
_SNAPSHOTS = tempfile.mkdtemp(prefix="reporting-bot-test-snapshots-")
os.environ["REPORTING_BOT_SNAPSHOT_DIR"] = _SNAPSHOTS
atexit.register(shutil.rmtree, _SNAPSHOTS, True)


@pytest.fixture(scope="session", autouse=True)
def _embedding_cache(tmp_path_factory: pytest.TempPathFactory):
    """No test writes the user's own cache: fact embeddings go to a directory of the session's (subprocesses too)."""
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes a question log (or anything else) into the real user's data directory."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))


@pytest.fixture(autouse=True)
def _worker_runs_this_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """A snapshot-building worker process keys its snapshot with this process's code hash, not the code on disk.

    The bot's own hash is taken when it starts (snapshot.code_hash); a worker started later hashes the files as
    they are then. A developer editing bot/ (or rebasing) while the suite runs made the two differ, so a reload
    test's second load found no snapshot and failed. Pinned, the tests' outcome no longer depends on the clock.
    """

    def command() -> list[str]:
        pin = f"import sys; from bot.core import snapshot as s; s._code_hash_cache = {snapshot.code_hash()!r}"
        return [sys.executable, "-c", pin + "; sys.exit(s._main(sys.argv[1:]))"]

    monkeypatch.setattr(snapshot, "_worker_command", command)


@pytest.fixture(scope="session")
def knowledge_dir():
    return DEFAULT_KNOWLEDGE_DIR


@pytest.fixture
def knowledge_copy(tmp_path, knowledge_dir):
    """A copy of the shipped sources, topics and entities with an empty facts/ folder, for loader tests to add to."""
    root = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir / "sources", root / "sources")
    shutil.copy(knowledge_dir / "topics.yaml", root / "topics.yaml")
    shutil.copy(knowledge_dir / "entities.yaml", root / "entities.yaml")
    (root / "facts").mkdir()
    return root


@pytest.fixture(scope="session")
def base() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture(scope="session")
def engine(base: KnowledgeBase) -> Engine:
    return Engine(base)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `install` build and install the package (slow, uses the package index): only with -m install."""
    if "install" in (config.getoption("markexpr", "") or ""):
        return
    skip = pytest.mark.skip(reason="builds and installs the package; run with: python -m pytest -m install")
    for item in items:
        if item.get_closest_marker("install") is not None:
            item.add_marker(skip)
