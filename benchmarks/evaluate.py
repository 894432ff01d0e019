"""Accuracy of the answer engine on a question set (default: the development set, benchmarks/questions.yaml).

.venv/bin/python benchmarks/evaluate.py [--questions benchmarks/heldout2.yaml] [--threshold 0.55] [--lexical] [--misses]
.venv/bin/python benchmarks/evaluate.py --questions benchmarks/questions.yaml benchmarks/dev3.yaml --cutoffs

Several sets (after one --questions, or each after its own) are evaluated as one set. --cutoffs adds the share right at each confidence cut-off.

Never pass --misses with a held-out set: reading its misses would be tuning on it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.engine import DEFAULT_THRESHOLD, Engine
from bot.core.loader import load_knowledge
from bot.evaluation import DEFAULT_QUESTIONS, cutoffs, evaluate, load_questions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument(
        "--questions", type=Path, nargs="+", action="extend", help="question sets, evaluated as one (default: development)"
    )
    parser.add_argument("--cutoffs", action="store_true", help="the share right at each confidence cut-off (for the bands)")
    parser.add_argument("--misses", action="store_true", help="list every question answered wrongly")
    parser.add_argument("--lexical", action="store_true", help="without the semantic re-ranker (the bot uses it by default)")
    args = parser.parse_args()
    sealed = [path.name for path in args.questions or () if path.resolve().name.startswith("heldout")]
    if args.misses and sealed:
        parser.error(f"--misses is refused on a held-out set ({', '.join(sealed)}): its misses are never read")
    engine = Engine(load_knowledge(), threshold=args.threshold)
    reranking = "lexical only"
    if not args.lexical:
        from bot.core.semantic import SemanticModel, default_cache_dir

        SemanticModel(default_cache_dir()).attach(engine)
        reranking = "semantic re-ranker on" if engine.reranker is not None else "semantic re-ranker unavailable: lexical only"
    in_scope, off_topic = [], []
    for path in args.questions or [DEFAULT_QUESTIONS]:
        scope, off = load_questions(path)
        in_scope += scope
        off_topic += off
    report = evaluate(engine, in_scope, off_topic)
    print(f"threshold {args.threshold}, {reranking}: {len(in_scope)} in-scope and {len(off_topic)} off-topic questions")
    print("\n".join(report.lines()))
    if args.cutoffs:
        print("\n".join(cutoffs(engine, Engine(engine.base, threshold=args.threshold), in_scope, off_topic)))
    if args.misses:
        print("\nmisses:")
        print("\n".join(f"  {m}" for m in report.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
