"""Start-up at scale: whole processes on synthetic fact bases written to disk (benchmarks/synthetic.py).

    .venv/bin/python benchmarks/bench_scale.py            # 1k/5, 10k/100, 100k/1,000 and 100k citing one article
    .venv/bin/python benchmarks/bench_scale.py --quick    # 1k and 10k only (a minute or two)

For each base it times, as separate processes (peak memory from the kernel's accounting of each):
`python -m bot check --quiet`; `python -m bot ask` with no snapshot (a full load, which then writes one)
and with the snapshot warm (median of three); and a reload in a running event loop: the base's files
change, the new base is built in a worker process and read in part by part while a ticker measures the
longest time the loop could not run, then swapped in (and, on Linux, the process's own part of that
stall: less the time the loop's thread waited for a core other processes held). It also times every
autocomplete a keystroke at a time (wall time, and the CPU time of the keystroke's thread). The semantic re-ranker is off throughout (REPORTING_BOT_SEMANTIC=false): these are the lexical
path's figures; the re-ranker's model load comes on top of `ask` when it is on.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_engine import reference_loop  # noqa: E402
from benchmarks.synthetic import write_base  # noqa: E402

QUESTION = "what did the contractors say about the training work"


def run_process(command: list[str], env: dict[str, str], timeout: float) -> tuple[float, float, float]:
    """(wall seconds, peak RSS MiB, CPU seconds) of one whole process. On a shared machine the CPU time
    (user + system) is the steadier figure: the wall time counts the waits for a core others hold."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            return float("nan"), usage.ru_maxrss / 1024, float("nan")
        time.sleep(0.02)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        print(process.stderr.read().decode()[-2000:] if process.stderr else "", file=sys.stderr)
        return float("nan"), usage.ru_maxrss / 1024, float("nan")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def environment(snapshots: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"REPORTING_BOT_SNAPSHOT_DIR": str(snapshots), "REPORTING_BOT_SEMANTIC": "false", "PYTHONHASHSEED": "0"})
    return env


def measure_base(knowledge: Path, work: Path, timeout: float) -> dict:
    python = sys.executable
    snapshots = work / f"snapshots-{knowledge.name}"
    env = environment(snapshots)
    row: dict = {}
    check = [python, "-m", "bot", "check", "--quiet", "--knowledge", str(knowledge)]
    row["check_s"], row["check_mib"], row["check_cpu"] = run_process(check, env, timeout)
    ask = [python, "-m", "bot", "ask", "--knowledge", str(knowledge), QUESTION]
    row["cold_s"], row["cold_mib"], row["cold_cpu"] = run_process(ask, env, timeout)
    warm = [run_process(ask, env, timeout) for _ in range(3)]
    row["warm_s"] = statistics.median(w[0] for w in warm)
    row["warm_cpu"] = statistics.median(w[2] for w in warm)
    row["warm_mib"] = max(w[1] for w in warm)
    row["snapshot_mib"] = sum(p.stat().st_size for p in snapshots.glob("*.snapshot")) / 2**20
    probe = subprocess.run(
        [python, __file__, "--probe", str(knowledge)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout * 2
    )
    if probe.returncode == 0:
        row.update(json.loads(probe.stdout.strip().splitlines()[-1]))
    else:
        print(probe.stderr[-3000:], file=sys.stderr)
    return row


# ---------------------------------------------------------------------------------------------- in-process probe


def keystrokes(engine, count: int = 300, seed: int = 5) -> dict:
    """p50/p99 milliseconds of each autocomplete, typed a character at a time."""
    rng = random.Random(seed)
    base = engine.base
    facts = list(base.facts.values())
    entities = list(base.entities.values())
    topics = list(base.topics.values())
    sources = list(base.sources.values())
    typed = {
        "facts": [rng.choice([f.id, f.statement]) for f in rng.sample(facts, min(count // 6, len(facts)))],
        "entities": [rng.choice([e.name, *e.aliases]) for e in rng.sample(entities, min(count // 6, len(entities)))],
        "topics": [t.name for t in rng.sample(topics, min(count // 6, len(topics)))],
        "sources": [s.headline for s in rng.sample(sources, min(count // 6, len(sources)))],
        "questions": [rng.choice(f.questions) for f in rng.sample(facts, min(count // 6, len(facts)))],
    }
    calls = {
        "facts": engine.search_facts,
        "entities": engine.search_entities,
        "topics": engine.search_topics,
        "sources": engine.search_sources,
        "questions": engine.complete_question,
    }
    out = {}
    everything = []
    cpu_everything = []
    for kind, texts in typed.items():
        times = []
        cpu = []
        for text in texts:
            for end in range(1, min(len(text), 24) + 1):
                start, start_cpu = time.perf_counter(), time.thread_time()
                calls[kind](text[:end])
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.thread_time() - start_cpu) * 1000)
        times.sort()
        cpu.sort()
        everything += times
        cpu_everything += cpu
        out[f"complete_{kind}_p99_ms"] = round(times[int(len(times) * 0.99) - 1], 2)
        out[f"complete_{kind}_p99_cpu_ms"] = round(cpu[int(len(cpu) * 0.99) - 1], 2)
    everything.sort()
    cpu_everything.sort()
    out["complete_p50_ms"] = round(statistics.median(everything), 2)
    out["complete_p99_ms"] = round(everything[int(len(everything) * 0.99) - 1], 2)
    # The CPU time of the keystroke's own thread: what it costs, without the time other processes held the cores.
    out["complete_p99_cpu_ms"] = round(cpu_everything[int(len(cpu_everything) * 0.99) - 1], 2)
    out["complete_max_cpu_ms"] = round(cpu_everything[-1], 2)
    return out


async def reload_with_ticker(knowledge: Path, old_engine) -> dict:
    """A reload as /reload does it, while a ticker measures how long the event loop could not run."""
    from bot.core import snapshot

    longest = 0.0
    # On a shared machine a gap also counts the time other processes held the cores. The process's own part
    # of a gap: at most the gap less the time the loop's thread waited on the kernel's run queue, and at most
    # the CPU time the process's other threads used meanwhile (the reload holding the interpreter). Linux's
    # /proc/self/task/*/schedstat; elsewhere it equals the gap.
    own_longest = 0.0
    running = True

    async def ticker() -> None:
        nonlocal longest, own_longest
        last, (queued, others) = time.perf_counter(), _schedstat()
        while running:
            await asyncio.sleep(0.005)
            now, (waited, used) = time.perf_counter(), _schedstat()
            gap = now - last - 0.005
            longest = max(longest, gap)
            own = gap if used is None else min(gap - (waited - queued), used - others)
            own_longest = max(own_longest, own)
            last, queued, others = now, waited, used

    tick = asyncio.ensure_future(ticker())
    await asyncio.sleep(0.05)
    # The curator changes a file: the snapshot no longer matches, so the worker process builds a new one.
    facts_file = sorted((knowledge / "facts").glob("*.yaml"))[0]
    facts_file.write_text(facts_file.read_text(encoding="utf-8") + f"\n# edited {time.time()}\n", encoding="utf-8")
    start = time.perf_counter()
    loaded = await asyncio.to_thread(snapshot.load_in_worker, knowledge)
    changed_s = time.perf_counter() - start
    # The swap, and the old engine and base freed as /reload frees them (nothing else holds them).
    holder = [old_engine]
    del old_engine
    engine = loaded.engine
    del loaded
    await asyncio.to_thread(snapshot.retire, holder)
    await asyncio.sleep(0.05)
    changed_stall, changed_own = longest, own_longest
    # The same base again: the snapshot matches, and is read without any worker process.
    longest = own_longest = 0.0
    start = time.perf_counter()
    again = await asyncio.to_thread(snapshot.load_in_worker, knowledge)
    unchanged_s = time.perf_counter() - start
    holder = [engine]  # the engine it replaces (the new one, `again`, serves on)
    del engine
    await asyncio.to_thread(snapshot.retire, holder)
    await asyncio.sleep(0.05)
    running = False
    await tick
    assert again.from_snapshot
    return {
        "reload_s": round(changed_s, 2),
        "reload_stall_ms": round(changed_stall * 1000, 1),
        "reload_unchanged_s": round(unchanged_s, 2),
        "reload_unchanged_stall_ms": round(longest * 1000, 1),
        "reload_own_stall_ms": round(changed_own * 1000, 1),
        "reload_unchanged_own_stall_ms": round(own_longest * 1000, 1),
    }


def _schedstat() -> tuple[float, float | None]:
    """(seconds this thread has waited on the run queue for a core, seconds of CPU the process's other threads
    have used); (0.0, None) where the kernel does not say."""
    try:
        mine = threading.get_native_id()
        waited, others = 0.0, 0.0
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/schedstat", encoding="ascii") as stats:
                ran, queued, _ = stats.read().split()
            if int(task) == mine:
                waited = int(queued) / 1e9
            else:
                others += int(ran) / 1e9
        return waited, others
    except (OSError, ValueError):
        return 0.0, None


def probe(knowledge: Path) -> dict:
    import gc

    from bot.core import snapshot

    loaded = snapshot.load(knowledge)
    out = keystrokes(loaded.engine)
    gc.collect()
    engine = loaded.engine
    del loaded
    out.update(asyncio.run(reload_with_ticker(knowledge, engine)))
    return out


# ---------------------------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1k and 10k facts only")
    parser.add_argument("--only", help="one size, as FACTS:ARTICLES or FACTS:1:one (one article)")
    parser.add_argument("--work", type=Path, default=None, help="where the bases are written (default: a temporary directory)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds any one process may take")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe(args.probe)))
        return 0
    sizes = [(1_000, 5, False), (10_000, 100, False), (10_000, 100, True)]
    if not args.quick:
        sizes += [(100_000, 1_000, False), (100_000, 1_000, True)]
    if args.only:
        parts = args.only.split(":")
        sizes = [(int(parts[0]), int(parts[1]), len(parts) > 2)]
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    print(f"reference loop (10M additions): {reference_loop():.2f} s; load average {os.getloadavg()[0]:.1f}\n")
    print("Wall time, and CPU time (user + system) in brackets: on a shared machine the CPU time is the steadier figure.\n")
    print(
        "| facts | articles | `check` | `ask`, no snapshot | `ask`, warm snapshot | peak memory (check / cold / warm) "
        "| snapshot | reload (stall; own) | reload, unchanged (stall; own) | autocomplete p50 / p99 (p99 CPU) |"
    )
    print("|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|")
    if not args.only:
        sizes.insert(0, (0, 5, False))  # the shipped base (a copy: the reload edits a file)
    for facts, articles, one in sizes:
        name = f"base-{facts}-{articles}{'-one' if one else ''}" if facts else "shipped"
        knowledge = work / name
        if not facts and not knowledge.is_dir():
            shutil.copytree(ROOT / "knowledge", knowledge)
        elif not (knowledge / "facts").is_dir():
            write_base(knowledge, facts, articles, one_article=one)
        row = measure_base(knowledge, work, args.timeout)
        nan = float("nan")
        cited = "1 (all facts)" if one else f"{articles:,}"
        label = f"{facts:,}" if facts else "shipped (109)"
        print(
            f"| {label} | {cited} | {row['check_s']:.1f} s ({row['check_cpu']:.1f}) | {row['cold_s']:.1f} s ({row['cold_cpu']:.1f}) "
            f"| {row['warm_s']:.2f} s ({row['warm_cpu']:.2f}) "
            f"| {row['check_mib']:.0f} / {row['cold_mib']:.0f} / {row['warm_mib']:.0f} MiB | {row['snapshot_mib']:.0f} MiB "
            f"| {row.get('reload_s', nan):.1f} s ({row.get('reload_stall_ms', nan):.0f}; {row.get('reload_own_stall_ms', nan):.0f} ms) "
            f"| {row.get('reload_unchanged_s', nan):.2f} s ({row.get('reload_unchanged_stall_ms', nan):.0f}; "
            f"{row.get('reload_unchanged_own_stall_ms', nan):.0f} ms) "
            f"| {row.get('complete_p50_ms', nan):.2f} / {row.get('complete_p99_ms', nan):.2f} ms "
            f"({row.get('complete_p99_cpu_ms', nan):.2f}) |",
            flush=True,
        )
        print("  " + json.dumps(row), file=sys.stderr, flush=True)
    print(f"\nreference loop after: {reference_loop():.2f} s; load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
