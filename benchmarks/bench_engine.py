"""Speed of the answer engine on synthetic fact bases of growing size, and the CLI's cold start.

    .venv/bin/python benchmarks/bench_engine.py [--sizes 1000 10000 100000] [--queries 2000]

Each size runs in its own process so peak memory is that size's alone. The synthetic facts use the
real schema (models.Fact with questions, keywords, entities, topics, citations) and a Zipf-like
vocabulary, so posting lists are as skewed as in real text. Queries are facts' own questions
reworded, with typos, plus off-topic ones, timed one at a time as a user would send them.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from types import MappingProxyType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.engine import Engine  # noqa: E402
from bot.core.models import Citation, Entity, Fact, KnowledgeBase, Source, Topic  # noqa: E402

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "su",
    "te",
    "vo",
    "ni",
    "pa",
    "de",
    "ri",
    "co",
    "la",
    "mu",
    "zi",
    "fe",
    "to",
    "ba",
    "ge",
    "hu",
]


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def zipf_picker(words: list[str], rng: random.Random):
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(words))]
    cumulative = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)

    def pick(k: int) -> list[str]:
        return rng.choices(words, cum_weights=cumulative, k=k)

    return pick


def synthetic_base(n_facts: int, seed: int = 7) -> KnowledgeBase:
    """A fact base of n_facts in the real schema, with 5% as many entities and 40 topics."""
    rng = random.Random(seed)
    words = vocabulary(max(2000, n_facts // 2), rng)
    pick = zipf_picker(words, rng)
    topics = {f"topic-{i}": Topic(f"topic-{i}", f"{' '.join(pick(2))} topic", "synthetic") for i in range(40)}
    entities = {
        f"entity-{i}": Entity(f"entity-{i}", " ".join(w.capitalize() for w in pick(2)), "person", "synthetic", (pick(1)[0],))
        for i in range(max(50, n_facts // 20))
    }
    entity_ids = list(entities)
    source_text = []
    facts = {}
    for i in range(n_facts):
        sentence = " ".join(pick(rng.randint(14, 24)))
        source_text.append(sentence + ".")
        questions = tuple(" ".join(pick(rng.randint(3, 7))) for _ in range(4))
        facts[f"fact-{i}"] = Fact(
            id=f"fact-{i}",
            statement=" ".join(pick(rng.randint(14, 24))) + ".",
            questions=questions,
            citations=(Citation("synthetic", sentence[: rng.randint(60, 160)], "outlet"),),
            topics=(rng.choice(list(topics)),),
            entities=tuple(rng.sample(entity_ids, 2)),
            path="synthetic",
            keywords=tuple(pick(2)),
        )
    source = Source("synthetic", "Synthetic", "en", "synthetic", "\n".join(source_text), "synthetic")
    by_entity: dict[str, list[str]] = {}
    by_topic: dict[str, list[str]] = {}
    for fact in facts.values():
        for e in fact.entities:
            by_entity.setdefault(e, []).append(fact.id)
        for t in fact.topics:
            by_topic.setdefault(t, []).append(fact.id)
    return KnowledgeBase(
        root="synthetic",
        sources=MappingProxyType({"synthetic": source}),
        facts=MappingProxyType(facts),
        entities=MappingProxyType(entities),
        topics=MappingProxyType(topics),
        facts_by_entity=MappingProxyType({k: tuple(v) for k, v in by_entity.items()}),
        facts_by_topic=MappingProxyType({k: tuple(v) for k, v in by_topic.items()}),
        facts_by_source=MappingProxyType({"synthetic": tuple(facts)}),
    )


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def queries(base: KnowledgeBase, count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    facts = list(base.facts.values())
    out = []
    for _ in range(count):
        roll = rng.random()
        fact = rng.choice(facts)
        words = rng.choice(fact.questions).split()
        if roll < 0.4:
            out.append("what about " + " ".join(words))
        elif roll < 0.7:
            out.append(" ".join(typo(w, rng) if rng.random() < 0.4 else w for w in words))
        elif roll < 0.85:
            out.append(base.entities[fact.entities[0]].name)
        else:
            out.append(rng.choice(["how do i cook rice", "zxcv qwer", "what is the weather in paris", "who won the world cup"]))
    return out


def measure(size: int, n_queries: int) -> dict:
    base = synthetic_base(size)
    start = time.perf_counter()
    engine = Engine(base)
    build = time.perf_counter() - start
    asked = queries(base, n_queries)
    for q in asked[:50]:  # warm up caches the way a running bot would be warm
        engine.ask(q)
    latencies = []
    for q in asked:
        t0 = time.perf_counter()
        engine.ask(q)
        latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()
    completes = []
    for q in asked[:300]:
        t0 = time.perf_counter()
        engine.complete_question(q[: max(3, len(q) // 2)])
        completes.append((time.perf_counter() - t0) * 1000)
    completes.sort()
    return {
        "facts": size,
        "build_s": round(build, 3),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "ask_p50_ms": round(statistics.median(latencies), 2),
        "ask_p99_ms": round(latencies[int(len(latencies) * 0.99) - 1], 2),
        "complete_p99_ms": round(completes[int(len(completes) * 0.99) - 1], 2),
    }


def cold_start(runs: int = 5) -> dict:
    """Wall time of a whole `python -m bot ask` process, and proof it never imports discord."""
    command = [sys.executable, "-c", "import runpy,sys; sys.argv=['bot','ask','how many contractors did openai hire'];"
               "import bot.__main__ as m; code=m.main(); assert 'discord' not in sys.modules, 'discord imported'; sys.exit(code)"]  # fmt: skip
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return {"cold_start_median_s": round(statistics.median(times), 3), "cold_start_max_s": round(max(times), 3)}


def reference_loop() -> float:
    """Seconds for a fixed pure-Python loop: this machine's speed drifts (by up to 2x here), so the
    figures are printed with it, and figures taken at different speeds can be told apart."""
    start = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument(
        "--runs", type=int, default=3, help="fresh processes per size up to 10k facts, each figure their median (1 above 10k)"
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.queries)))
        return 0
    print(f"reference loop (10M additions): {reference_loop():.2f} s\n")
    print("| facts | index build | peak RSS | ask p50 | ask p99 | autocomplete p99 |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        # Each run is a fresh process, as a bot starting up is, and this machine's speed drifts: a
        # figure is the median over the runs.
        runs = [
            json.loads(
                subprocess.run(
                    [sys.executable, __file__, "--one", str(size), "--queries", str(args.queries)],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
            )
            for _ in range(args.runs if size <= 10_000 else 1)
        ]
        row = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        print(
            f"| {row['facts']:,} | {row['build_s']:.2f} s | {row['peak_rss_mib']:.0f} MiB | {row['ask_p50_ms']:.2f} ms "
            f"| {row['ask_p99_ms']:.2f} ms | {row['complete_p99_ms']:.2f} ms |",
            flush=True,
        )
    start = cold_start()
    print(f"reference loop after: {reference_loop():.2f} s")
    print(f"\ncold start of `python -m bot ask ...` (whole process, shipped fact base): median {start['cold_start_median_s']:.2f} s, "
          f"max {start['cold_start_max_s']:.2f} s; discord.py not imported")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
