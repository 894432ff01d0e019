"""`python -m tests.e2e.serve_against_fake PORT [STATS_FILE]`: the real `python -m bot run`, pointed at the fake
Discord on 127.0.0.1:PORT.

Used by the end-to-end tests that need a process of their own (signals), and by benchmarks/bench_load.py,
for which it writes a JSON line of the process's vital signs every half second to STATS_FILE: resident
memory, the event loop's worst lag and the longest garbage collection since the last line, live tasks.
"""

from __future__ import annotations

import asyncio
import gc
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

import discord
import yarl

SAMPLE_SECONDS = 0.5
TICK_SECONDS = 0.01


def _rss_kib() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


async def _monitor(path: Path) -> None:
    """Every TICK_SECONDS, how late the loop woke up; every SAMPLE_SECONDS, a line of vital signs."""
    loop = asyncio.get_running_loop()
    gc_longest = [0.0]
    gc_started = [0.0]

    def on_gc(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter()
        else:
            gc_longest[0] = max(gc_longest[0], time.perf_counter() - gc_started[0])

    gc.callbacks.append(on_gc)
    samples = 0
    objects = len(gc.get_objects())
    with path.open("a", encoding="utf-8") as out:
        while True:
            samples += 1
            if samples % 10 == 0:  # every 5 s: counting them takes a few milliseconds
                objects = len(gc.get_objects())
            lag_max = 0.0
            end = loop.time() + SAMPLE_SECONDS
            while loop.time() < end:
                before = loop.time()
                await asyncio.sleep(TICK_SECONDS)
                lag_max = max(lag_max, loop.time() - before - TICK_SECONDS)
            sample = {
                "t": time.time(),
                "rss_kib": _rss_kib(),
                "lag_max_ms": round(lag_max * 1000, 1),
                "gc_max_ms": round(gc_longest[0] * 1000, 1),
                "tasks": len(asyncio.all_tasks()),
                "objects": objects,
                "cpu_s": round(sum(resource.getrusage(resource.RUSAGE_SELF)[:2]), 3),
            }
            gc_longest[0] = 0.0
            out.write(json.dumps(sample) + "\n")
            out.flush()


def main(port: int, stats: Path | None = None) -> int:
    discord.http.Route.BASE = f"http://127.0.0.1:{port}/api/v10"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws://127.0.0.1:{port}/gateway")
    from bot import run

    if stats is not None:
        serve = run.serve

        async def serve_with_monitor(*args: Any, **kwargs: Any) -> None:
            monitor = asyncio.create_task(_monitor(stats), name="vital-signs")
            try:
                await serve(*args, **kwargs)
            finally:
                monitor.cancel()

        run.serve = serve_with_monitor  # type: ignore[assignment]
    return run.main("run")


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None))
