"""Typed phrasings left out: how often a fact's own why/where/who/... phrasing finds the fact once it is not indexed.

.venv/bin/python benchmarks/typed_leave_out.py [--folds 4] [--lexical] [--list]

Each fact's typed phrasings (its curators' questions that asks.classify gives a type) are split into folds by a stable
hash; for each fold the base is rebuilt without them and they are asked. A phrasing is a question a curator accepts as
answered by its fact, so a withheld one points at a check that is too strict (or a paraphrase the lexical index cannot
read); one answered with another fact may be right too (facts overlap), so this is a probe for finding causes, not an
accuracy figure. Facts with two phrasings or fewer in a language keep them.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.engine import Engine
from bot.core.engine.asks import classify
from bot.core.loader import load_knowledge


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--lexical", action="store_true", help="without the semantic re-ranker")
    parser.add_argument("--list", action="store_true", help="list every phrasing withheld or answered with another fact")
    args = parser.parse_args()
    base = load_knowledge()
    model = None
    if not args.lexical:
        from bot.core.semantic import SemanticModel, default_cache_dir

        model = SemanticModel(default_cache_dir())
    asked, right, withheld, offered, other = Counter(), Counter(), Counter(), Counter(), Counter()
    listed: list[str] = []
    for fold in range(args.folds):
        facts, left_out = {}, []
        for fact in base.facts.values():
            kept: dict[str, list[str]] = {"en": [], "fr": []}
            for language, phrasings in (("en", fact.questions), ("fr", fact.questions_fr)):
                for phrasing in phrasings:
                    kind = classify(phrasing).kind
                    if kind is not None and len(phrasings) > 2 and zlib.crc32(phrasing.encode()) % args.folds == fold:
                        left_out.append((fact.id, language, kind, phrasing))
                    else:
                        kept[language].append(phrasing)
            facts[fact.id] = dataclasses.replace(fact, questions=tuple(kept["en"]), questions_fr=tuple(kept["fr"]))
        engine = Engine(dataclasses.replace(base, facts=facts))
        if model is not None:
            model.attach(engine)
        for fact_id, language, kind, phrasing in left_out:
            answer = engine.ask(phrasing)
            asked[kind] += 1
            if answer.best is not None and answer.best.fact.id == fact_id:
                right[kind] += 1
            elif answer.best is None:
                withheld[kind] += 1
                first = answer.suggestions[0].fact.id if answer.suggestions else None
                offered[kind] += first == fact_id
                listed.append(f"withheld [{language} {kind}] {phrasing!r} ({fact_id}); first suggestion {first}")
            else:
                other[kind] += 1
                listed.append(f"other    [{language} {kind}] {phrasing!r} ({fact_id}); got {answer.best.fact.id} ({answer.band})")
    print(f"{sum(asked.values())} typed phrasings left out in {args.folds} folds")
    print(f"{'type':<15} {'found':>13} {'withheld (right first)':>24} {'another fact':>13}")
    for kind in sorted(asked):
        found = f"{right[kind] / asked[kind]:.1%} ({right[kind]}/{asked[kind]})"
        print(f"{kind:<15} {found:>13} {f'{withheld[kind]} ({offered[kind]})':>24} {other[kind]:>13}")
    if args.list:
        print("\n".join(sorted(listed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
