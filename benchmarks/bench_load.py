"""Load benchmark: the real bot, in a process of its own, against the fake Discord on 127.0.0.1.

    .venv/bin/python benchmarks/bench_load.py            # 1,000 /ask at once, 1,000 autocompletes at once, 250 /ask a second for 60 s
    .venv/bin/python benchmarks/bench_load.py --quick    # the same with 10 s of sustained load

Every question comes from a different user (so the cooldown table grows as in a crowd) and is drawn from
benchmarks/questions.yaml. Latency is measured by the fake, on one clock: from the moment an interaction is
written to the bot's gateway socket to the moment its first response (the answer, or a "thinking…" deferral)
reaches the fake's REST API; Discord's deadline for that is 3 s. For deferred questions the time to the final
answer (the follow-up) is reported too. The bot process writes its vital signs (resident memory, the event
loop's worst lag, the longest garbage collection) twice a second. At the end the bot gets SIGTERM and must
exit 0 with every question answered.

Bounded: at most 5,000 questions in a burst, 1,000 a second and 120 s of sustained load; the whole run is
abandoned after 15 minutes. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.fake_discord import GUILD_ID, FakeDiscord  # noqa: E402

DEADLINE = 3.0
MAX_BURST = 5_000
MAX_RATE = 1_000
MAX_SECONDS = 120
RUN_LIMIT_SECONDS = 15 * 60
TOKEN = "fake-token.for-the-fake-discord.never-real"
BUSY = "I'm answering a crowd right now"


def _user(n: int) -> dict[str, Any]:
    return {
        "id": str(1_800_000_000_000_000_000 + n),
        "username": f"user{n}",
        "discriminator": "0",
        "global_name": None,
        "avatar": None,
    }


def _questions() -> list[str]:
    data = yaml.safe_load((ROOT / "benchmarks" / "questions.yaml").read_text(encoding="utf-8"))
    return [q["q"] for q in data["in_scope"]] + [q["q"] for q in data["off_topic"]]


@dataclass
class Phase:
    name: str
    sent: dict[int, float] = field(default_factory=dict)  # interaction id -> when it was written to the socket
    started_at: float = 0.0
    ended_at: float = 0.0
    request_index: int = 0


@dataclass
class Result:
    name: str
    count: int
    first: list[float]  # seconds to the first response, per interaction
    final: list[float]  # seconds to the final answer
    deferred: int
    unanswered: int
    samples: list[dict[str, Any]]
    turned_away: int = 0

    def row(self) -> str:
        def ms(values: list[float], q: float) -> str:
            if not values:
                return "—"
            ordered = sorted(values)
            return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:,.0f} ms"

        late = sum(1 for v in self.first if v > DEADLINE)
        lag = max((s["lag_max_ms"] for s in self.samples), default=0.0)
        gc_pause = max((s["gc_max_ms"] for s in self.samples), default=0.0)
        cpu = share = "—"
        if len(self.samples) >= 2:
            used = self.samples[-1]["cpu_s"] - self.samples[0]["cpu_s"]
            cpu = f"{used / max(self.count, 1) * 1000:.1f} ms"
            share = f"{used / max(self.samples[-1]['t'] - self.samples[0]['t'], 0.001):.0%}"
        return (
            f"| {self.name} | {self.count:,} | {ms(self.first, 0.5)} | {ms(self.first, 0.99)} | {late} | "
            f"{self.deferred:,} | {self.turned_away:,} | {ms(self.final, 0.5)} | {ms(self.final, 0.99)} | {self.unanswered} | {lag:,.0f} ms | "
            f"{gc_pause:,.0f} ms | {cpu} | {share} |"
        )


class Bench:
    def __init__(self, fake: FakeDiscord, stats: Path) -> None:
        self.fake = fake
        self.stats = stats
        self.users = 0
        self.questions = _questions()
        self.random = random.Random(11)

    def samples(self, since: float, until: float) -> list[dict[str, Any]]:
        if not self.stats.exists():
            return []
        rows = [json.loads(line) for line in self.stats.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [r for r in rows if since - 0.6 <= r["t"] <= until + 0.6]

    def last_sample(self) -> dict[str, Any]:
        rows = self.stats.read_text(encoding="utf-8").splitlines() if self.stats.exists() else []
        return json.loads(rows[-1]) if rows else {}

    async def ask(self, phase: Phase) -> None:
        self.users += 1
        question = self.random.choice(self.questions)
        interaction = await self.fake.slash("ask", user=_user(self.users), question=question)
        phase.sent[interaction] = time.monotonic()

    async def autocomplete(self, phase: Phase) -> None:
        question = self.random.choice(self.questions)
        typed = question[: self.random.randint(3, min(len(question), 14))]
        interaction = await self.fake.autocomplete("ask", "question", typed)
        phase.sent[interaction] = time.monotonic()

    def begin(self, name: str) -> Phase:
        return Phase(name, started_at=time.time(), request_index=len(self.fake.requests))

    async def burst(self, name: str, count: int, autocomplete: bool = False) -> Result:
        phase = self.begin(name)
        for _ in range(count):
            await (self.autocomplete(phase) if autocomplete else self.ask(phase))
        return await self.collect(phase)

    async def sustained(self, name: str, rate: float, seconds: float) -> Result:
        phase = self.begin(name)
        start = time.monotonic()
        sent = 0
        while (elapsed := time.monotonic() - start) < seconds:
            due = int(elapsed * rate)
            while sent < due:
                await self.ask(phase)
                sent += 1
            await asyncio.sleep(0.01)
        return await self.collect(phase)

    async def collect(self, phase: Phase, timeout: float | None = None) -> Result:
        """Wait (bounded) until every interaction of the phase has its final answer, then measure."""
        # An overloaded bot keeps answering deferred questions long after the load: up to 15 minutes is allowed.
        timeout = timeout if timeout is not None else min(600.0, max(120.0, len(phase.sent) * 0.04))
        fake = self.fake
        waiting = set(phase.sent)
        first: dict[int, float] = {}
        final: dict[int, float] = {}
        deferred: set[int] = set()
        turned: set[int] = set()
        index = phase.request_index
        end = time.monotonic() + timeout
        while waiting and time.monotonic() < end:
            requests = fake.requests
            for request in requests[index:]:
                if request.method != "POST":
                    continue
                if request.path.startswith("interactions/"):
                    interaction = int(request.path.split("/")[1])
                    if interaction in phase.sent and interaction not in first:
                        first[interaction] = request.at
                        if request.body and request.body.get("type") == 5:
                            deferred.add(interaction)
                        else:
                            if BUSY in str((request.body or {}).get("data", {}).get("content")):
                                turned.add(interaction)
                            final[interaction] = request.at
                            waiting.discard(interaction)
                elif request.path.startswith("webhooks/"):
                    token = request.path.split("/")[2]
                    interaction = fake._by_token[token].id
                    if interaction in deferred and interaction not in final:
                        final[interaction] = request.at
                        waiting.discard(interaction)
            index = len(requests)
            await asyncio.sleep(0.05)
        phase.ended_at = time.time()
        return Result(
            phase.name,
            len(phase.sent),
            [first[i] - phase.sent[i] for i in first],
            [final[i] - phase.sent[i] for i in final],
            len(deferred),
            len(waiting),
            self.samples(phase.started_at, phase.ended_at),
            len(turned),
        )


async def run(args: argparse.Namespace) -> int:
    fake = FakeDiscord()
    await fake.start()
    workdir = Path(tempfile.mkdtemp(prefix="bench-load-"))
    stats = workdir / "stats.jsonl"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("REPORTING_BOT_")},
        "DISCORD_TOKEN": TOKEN,
        "REPORTING_BOT_DEV_GUILD_IDS": f"[{GUILD_ID}]",
        "REPORTING_BOT_SHUTDOWN_GRACE_SECONDS": "60",
        "REPORTING_BOT_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    bot = await asyncio.create_subprocess_exec(
        *([sys.executable, "/tmp/prof_serve.py"] if os.environ.get("BENCH_PROFILE") else [sys.executable, "-m", "tests.e2e.serve_against_fake"]), str(fake.port), str(stats),
        cwd=workdir, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    stderr_lines: list[str] = []

    async def read_stderr() -> None:
        assert bot.stderr is not None
        async for line in bot.stderr:
            stderr_lines.append(line.decode(errors="replace").rstrip())

    reader = asyncio.create_task(read_stderr())
    bench = Bench(fake, stats)
    results: list[Result] = []
    try:
        await fake.wait_for(lambda r: r.method == "PUT" and r.path.endswith("/commands"), timeout=60)
        async with asyncio.timeout(30):
            while fake.identify is None or not stats.exists():
                await asyncio.sleep(0.1)
        await asyncio.sleep(1.5)
        memory_start = bench.last_sample()["rss_kib"]
        print(f"bot ready: {memory_start / 1024:.0f} MiB resident", flush=True)
        results.append(await bench.burst(f"{args.burst:,} /ask at once", args.burst))
        print(results[-1].row(), flush=True)
        await asyncio.sleep(1.0)
        results.append(await bench.burst(f"{args.burst:,} autocompletes at once", args.burst, autocomplete=True))
        print(results[-1].row(), flush=True)
        await asyncio.sleep(1.0)
        memory_before = bench.last_sample()["rss_kib"]
        results.append(await bench.sustained(f"{args.rate:g} /ask a second for {args.seconds:g} s", args.rate, args.seconds))
        print(results[-1].row(), flush=True)
        await asyncio.sleep(1.5)
        memory_end = bench.last_sample()["rss_kib"]
        bot.send_signal(signal.SIGTERM)
        status = await asyncio.wait_for(bot.wait(), 90)
    finally:
        if bot.returncode is None:
            bot.kill()
            await bot.wait()
        await asyncio.wait_for(reader, 10)
        await fake.close()
    total = sum(r.count for r in results)
    answered = sum(r.count - r.unanswered for r in results)
    print()
    print(
        "| load | interactions | first response p50 | p99 | past 3 s | deferred | turned away | final answer p50 | p99 "
        "| unanswered | worst loop lag | longest GC | bot CPU each | bot CPU share |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for result in results:
        print(result.row())
    print()
    print(
        f"bot memory (resident): {memory_start / 1024:.0f} MiB ready, {memory_before / 1024:.0f} MiB before the sustained load, "
        f"{memory_end / 1024:.0f} MiB after it ({bench.users:,} users asked)"
    )
    print(f"SIGTERM at the end: exit status {status}, {answered:,} of {total:,} interactions answered")
    if status != 0:
        print("\n".join(stderr_lines[-30:]))
    return 0 if status == 0 and answered == total else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 s of sustained load instead of 60 s")
    parser.add_argument("--burst", type=int, default=1000, help=f"questions sent at once (at most {MAX_BURST:,})")
    parser.add_argument("--rate", type=float, default=250.0, help=f"questions a second, sustained (at most {MAX_RATE:,})")
    parser.add_argument("--seconds", type=float, default=None, help=f"length of the sustained load (at most {MAX_SECONDS})")
    args = parser.parse_args()
    args.burst = max(1, min(args.burst, MAX_BURST))
    args.rate = max(1.0, min(args.rate, MAX_RATE))
    args.seconds = max(1.0, min(args.seconds or (10.0 if args.quick else 60.0), MAX_SECONDS))

    async def bounded() -> int:
        async with asyncio.timeout(RUN_LIMIT_SECONDS):
            return await run(args)

    return asyncio.run(bounded())


if __name__ == "__main__":
    sys.exit(main())
