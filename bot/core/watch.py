"""Noticing edits to the knowledge directory, for `watch_knowledge: true`.

The watcher polls: every `interval` seconds it lists the directory's files with their size and
modification time (a few dozen `stat` calls, in a worker thread), and when that changes and then holds
still for one more interval (an editor or `git pull` has finished writing), it calls `reload`. No new
dependency, and it works the same on every filesystem, network and container mounts included.

`reload` is the bot's /reload (same rules: an invalid base is refused whole and the old one keeps
serving); it returns None when it could not run now (another reload is under way: the watcher tries
again on its next look), else whether the new base was taken and the report, which goes to `notify`
when the base was refused.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable
from pathlib import Path

log = logging.getLogger(__name__)

Signature = tuple[tuple[str, int, int], ...]


def knowledge_signature(root: Path) -> Signature:
    """Every file under `root` (hidden ones and editors' swap files aside) with its size and mtime, sorted."""
    entries: list[tuple[str, int, int]] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        for name in files:
            if name.startswith(".") or name.endswith(("~", ".swp", ".tmp")):
                continue
            path = os.path.join(folder, name)
            try:
                status = os.stat(path)
            except OSError:
                continue  # deleted between the listing and the stat: the next look sees it gone
            entries.append((os.path.relpath(path, root), status.st_size, status.st_mtime_ns))
    entries.sort()
    return tuple(entries)


class KnowledgeWatcher:
    """Calls `reload` after the files under `root` change; `start()` runs it as a task, `stop()` ends it."""

    def __init__(
        self,
        root: Path,
        reload: Callable[[], Awaitable[tuple[bool, str] | None]],
        *,
        interval: float = 2.0,
        notify: Callable[[str], Awaitable[None]] | None = None,
    ) -> None:
        self.root = Path(root)
        self.reload = reload
        self.interval = interval
        self.notify = notify
        self.reloads = 0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Watch from now on: the files as they are now count as the ones served (a few dozen stat calls)."""
        if self._task is None or self._task.done():
            served = knowledge_signature(self.root)
            self._task = asyncio.get_running_loop().create_task(self.run(served), name="watch-knowledge")

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    async def run(self, served: Signature | None = None) -> None:
        """Watch until cancelled. A failure in one round is logged and the watching goes on."""
        if served is None:
            served = await asyncio.to_thread(knowledge_signature, self.root)
        log.info("Watching %s for changes to the fact base (every %g s)", self.root, self.interval)
        while True:
            await asyncio.sleep(self.interval)
            try:
                served = await self._look(served)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("Watching the fact base failed this time; still watching")

    async def _look(self, served: Signature) -> Signature:
        """One look: reload when the files differ from those served and have held still; returns what is served."""
        current = await asyncio.to_thread(knowledge_signature, self.root)
        if current == served:
            return served
        await asyncio.sleep(self.interval)
        settled = await asyncio.to_thread(knowledge_signature, self.root)
        if settled != current:
            return served  # still being written: look again next time
        log.info("The fact base changed on disk; reloading it")
        outcome = await self.reload()
        if outcome is None:
            return served  # another reload is running: try again on the next look
        self.reloads += 1
        taken, report = outcome
        if taken:
            log.info("Fact base reloaded after a change on disk")
        else:
            log.warning("The changed fact base was refused; the old one keeps serving")
            if self.notify is not None:
                await self.notify(report)
        # A refused base is not retried until its files change again.
        return settled
