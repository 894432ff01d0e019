"""What the question log costs: the time it adds on the event loop per answered question, and how fast it
writes a burst of questions.

    .venv/bin/python benchmarks/bench_question_log.py [--burst 1000] [--runs 5] [--dir DIR]

1. On the loop, recording a question is `record_answer(log, answer, surface)`: it reads the answer and puts
   a tuple on the worker's queue. Timed call by call over 20,000 real answers (the shipped fact base's own
   phrasings), while the worker writes them to SQLite in the background, as it does in the bot.
2. A burst: 1,000 questions recorded back to back, then the time until the worker has committed them all
   (flush), i.e. rows per second from the first put to the last commit. The file is in --dir (default: a
   temporary directory), WAL mode, synchronous=NORMAL.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.core.question_log import QuestionLog, read_log
from bot.core.recorder import record_answer


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--burst", type=int, default=1000, help="questions in the burst (default 1000)")
    parser.add_argument("--runs", type=int, default=5, help="bursts to time (default 5; the median is reported)")
    parser.add_argument("--calls", type=int, default=20_000, help="record calls timed one by one (default 20000)")
    parser.add_argument("--dir", type=Path, default=None, help="where the log files go (default: a temporary directory)")
    args = parser.parse_args()

    base = load_knowledge()
    engine = Engine(base)
    questions = [q for fact in base.facts.values() for q in (*fact.questions, *fact.questions_fr)]
    answers = [engine.ask(q) for q in questions]
    abstained = sum(a.best is None for a in answers)
    print(f"{len(answers)} distinct answers from the fact base's phrasings ({abstained} abstentions)")

    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        # 1. Cost per answered question on the event loop.
        log = QuestionLog(Path(folder) / "loop.sqlite3", threshold=engine.threshold)
        log.flush()
        timings = []
        clock = time.perf_counter_ns
        for index in range(args.calls):
            answer = answers[index % len(answers)]
            start = clock()
            record_answer(log, answer, "slash", 123456789)
            timings.append((clock() - start) / 1000)
        log.close()
        written = len(read_log(Path(folder) / "loop.sqlite3")[0])
        # The same loop around a list append, no log: the stalls the machine itself causes (other processes).
        reference, kept = [], []
        for index in range(args.calls):
            start = clock()
            kept.append((index, "slash"))
            reference.append((clock() - start) / 1000)
        for name, values in (("on the event loop, per answered question", timings), ("reference loop, no log", reference)):
            print(
                f"{name} ({args.calls:,} calls): median {statistics.median(values):.1f} µs, "
                f"mean {statistics.fmean(values):.1f} µs, p99 {percentile(values, 0.99):.1f} µs, "
                f"p99.9 {percentile(values, 0.999):.0f} µs, max {max(values):,.0f} µs"
            )
        print(f"  {written:,} rows written by the worker meanwhile, {log.dropped} dropped")

        # 2. Write throughput under a burst.
        rates, enqueues = [], []
        for run in range(args.runs):
            log = QuestionLog(Path(folder) / f"burst-{run}.sqlite3", threshold=engine.threshold)
            log.flush()  # opened, migrated and pruned before the burst, as at the bot's start-up
            start = time.perf_counter()
            for index in range(args.burst):
                record_answer(log, answers[index % len(answers)], "slash")
            queued = time.perf_counter()
            log.flush(timeout=120)
            done = time.perf_counter()
            log.close()
            assert len(read_log(Path(folder) / f"burst-{run}.sqlite3")[0]) == args.burst
            enqueues.append((queued - start) * 1000)
            rates.append(args.burst / (done - start))
        print(
            f"burst of {args.burst:,} questions, {args.runs} runs: all queued in {statistics.median(enqueues):.1f} ms, "
            f"all committed at {statistics.median(rates):,.0f} rows/s (median; range {min(rates):,.0f}-{max(rates):,.0f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
