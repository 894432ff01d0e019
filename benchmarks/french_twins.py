"""French questions and their English twins answered differently: where French is read differently from English.

.venv/bin/python benchmarks/french_twins.py [--list] [--twins benchmarks/french_twins.yaml]

A twin pair is counted as differing when the two get a different fact, or one is answered and the other is not (the
conversation layer, an abstention). The set has no expected facts, so the count is of disagreements, not of errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.engine import Engine
from bot.core.loader import load_knowledge

DEFAULT_TWINS = Path(__file__).with_name("french_twins.yaml")


def outcome(engine: Engine, question: str) -> str:
    """The fact id answered, or what the engine did instead."""
    answer = engine.ask(question)
    if answer.conversation is not None:
        return "(conversation)"
    return answer.best.fact.id if answer.best is not None else "(no answer)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--twins", type=Path, default=DEFAULT_TWINS)
    parser.add_argument("--list", action="store_true", help="list each pair answered differently")
    parser.add_argument("--lexical", action="store_true", help="without the semantic re-ranker")
    args = parser.parse_args()
    engine = Engine(load_knowledge())
    if not args.lexical:
        from bot.core.semantic import SemanticModel, default_cache_dir

        SemanticModel(default_cache_dir()).attach(engine)
    twins = yaml.safe_load(args.twins.read_text(encoding="utf-8"))["twins"]
    differing = []
    french_unanswered = 0
    for pair in twins:
        french, english = outcome(engine, pair["fr"]), outcome(engine, pair["en"])
        if french != english:
            differing.append((pair, french, english))
            french_unanswered += french.startswith("(") and not english.startswith("(")
    print(f"{len(twins)} twin pairs: {len(differing)} answered differently, {french_unanswered} of them answered in English only")
    if args.list:
        for pair, french, english in differing:
            print(f"  {pair['fr']!r} -> {french}\n  {pair['en']!r} -> {english}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
