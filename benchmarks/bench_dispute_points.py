"""What choosing the disagreements on an answer's point costs, on synthetic bases (benchmarks/synthetic.py).

    .venv/bin/python benchmarks/bench_dispute_points.py [--sizes 1000 10000]

For each size, in one process: the engine's build (which links discrepancies to the claims citing their passages,
unchanged by this choice), then `Engine.disputes_on_point` for every fact of the base, as if each were answered
once: the total, and the p50 / p99 / max of one call. The choice reads only the few disagreements linked to the one
fact answered, so the total grows with the number of links (linear in the base) and a call's cost does not.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write_base  # noqa: E402
from bot.core.engine import Engine  # noqa: E402
from bot.core.loader import load_knowledge  # noqa: E402


def measure(facts: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as work:
        knowledge = Path(work) / "knowledge"
        write_base(knowledge, facts, max(5, facts // 100))
        base = load_knowledge(knowledge)
    start = time.perf_counter()
    engine = Engine(base)
    build = time.perf_counter() - start
    times: list[float] = []
    links = kept = 0
    for fact_id in base.facts:
        links += len(engine.disputes(fact_id))
        start = time.perf_counter()
        kept += len(engine.disputes_on_point(fact_id))
        times.append(time.perf_counter() - start)
    times.sort()
    return {
        "facts": len(base.facts),
        "build_s": build,
        "links": links,
        "kept": kept,
        "total_ms": sum(times) * 1000,
        "p50_us": statistics.median(times) * 1e6,
        "p99_us": times[int(len(times) * 0.99) - 1] * 1e6,
        "max_us": times[-1] * 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    print("| facts | engine build | links by a shared passage | on the point | every fact once | one call p50 / p99 / max |")
    print("|---|---|---|---|---|---|")
    for size in args.sizes:
        row = measure(size)
        print(
            f"| {row['facts']:,} | {row['build_s']:.1f} s | {row['links']:,} | {row['kept']:,} | {row['total_ms']:.0f} ms "
            f"| {row['p50_us']:.0f} / {row['p99_us']:.0f} / {row['max_us']:.0f} µs |"
        )


if __name__ == "__main__":
    main()
