"""Accuracy of the answer engine on a question set (default: the development set, benchmarks/questions.yaml).

.venv/bin/python benchmarks/evaluate.py [--questions benchmarks/heldout2.yaml] [--threshold 0.55] [--lexical] [--misses]

Never pass --misses with a held-out set: reading its misses would be tuning on it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.engine import DEFAULT_THRESHOLD, Engine
from bot.core.loader import load_knowledge
from bot.evaluation import DEFAULT_QUESTIONS, evaluate, load_questions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--misses", action="store_true", help="list every question answered wrongly")
    parser.add_argument("--lexical", action="store_true", help="without the semantic re-ranker (the bot uses it by default)")
    args = parser.parse_args()
    engine = Engine(load_knowledge(), threshold=args.threshold)
    reranking = "lexical only"
    if not args.lexical:
        from bot.core.semantic import SemanticModel, default_cache_dir

        SemanticModel(default_cache_dir()).attach(engine)
        reranking = "semantic re-ranker on" if engine.reranker is not None else "semantic re-ranker unavailable: lexical only"
    in_scope, off_topic = load_questions(args.questions)
    report = evaluate(engine, in_scope, off_topic)
    print(f"threshold {args.threshold}, {reranking}: {len(in_scope)} in-scope and {len(off_topic)} off-topic questions")
    print("\n".join(report.lines()))
    if args.misses:
        print("\nmisses:")
        print("\n".join(f"  {m}" for m in report.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
