"""Where the engine loses the in-scope questions it misses: the stage of matching at which the expected fact drops out.

.venv/bin/python benchmarks/miss_stages.py [--questions benchmarks/dev6.yaml ...] [--list [--words]]

For each missed in-scope question (development sets only: --list prints them), one stage:

- absent: the expected fact is not among the lexical candidates (CANDIDATES of them; "within 60" says whether a
  wider candidate list would have held it);
- unfit: it is a candidate, but does not hold the kind of answer asked (a why-question and no cause);
- abstained: it holds the kind asked, but the engine answers nothing (confidence under the threshold, or a question
  about the asker's own case or a name the base never uses);
- outside the pool: answered with another fact, the expected one fitting but not among those the re-ranker sees;
- re-ranked away: answered with another fact from the re-ranker's pool;
- other: answered another way (who someone is, a false premise's correction) or by the conversation layer.

With --words, each listed miss also names the question's words the expected fact does not hold (as the index reads
them, typos and synonyms put right): the words a curator's phrasing, a synonym or a reading rule would have to give.

And the sentence encoder's rank for the expected fact among every fact of the base (scored here only, to measure:
the bot never scores the whole base), to tell whether meaning alone would have found it.

With --pool, for each set's paraphrases (answered or not), whether the expected fact is in the re-ranker's pool at
all (a lexical candidate within POOL_WIDTH of the best one, whatever the kind of answer asked), and whether the
re-ranker's own score (lexical confidence + its weight x the best cosine) puts it first there: what a re-ranker, or a
decision made on its pool, could reach at most.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.engine import Engine
from bot.core.engine.asks import rephrase
from bot.core.engine.clean import clean
from bot.core.engine.ranking import confidence
from bot.core.engine.rerank import pool_of
from bot.core.loader import load_knowledge
from bot.core.semantic import SemanticModel, default_cache_dir
from bot.core.text import search_tokens_by_word
from bot.evaluation import BENCHMARKS, load_questions

SETS = [BENCHMARKS / f"{name}.yaml" for name in ("questions", "dev3", "dev4", "dev6", "dev7", "probes", "probes_precision")]
STAGES = ("absent", "unfit", "abstained", "outside the pool", "re-ranked away", "other")
WIDE = 60


def uncovered(engine: Engine, question: str, fact_id: str) -> list[str]:
    """The question's words (as written, Discord markup cleaned away) none of whose index readings the fact holds."""
    index = engine._index
    position = next(i for i, fact in enumerate(engine.base.facts.values()) if fact.id == fact_id)
    held = index.fact_tokens[position]
    return [
        word
        for word, token in search_tokens_by_word(rephrase(clean(question)))
        if not any(indexed in held for indexed, _trust in index.lookup(token))
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, nargs="+", help="development sets (default: every one)")
    parser.add_argument("--list", action="store_true", help="list each miss with its stage")
    parser.add_argument("--words", action="store_true", help="with --list: the question's words the expected fact lacks")
    parser.add_argument(
        "--pool", action="store_true", help="paraphrases: the expected fact in the re-ranker's pool, and first there"
    )
    args = parser.parse_args()
    paths = args.questions or [p for p in SETS if p.exists()]
    if any(p.name.startswith("heldout") for p in paths):
        parser.error("development sets only: a held-out set's misses are never read")
    engine = Engine(load_knowledge())
    SemanticModel(default_cache_dir()).attach(engine)
    reranker = engine.reranker
    if reranker is None:
        parser.error("the sentence encoder is not available")
    facts = list(engine.base.facts.values())
    ids = [fact.id for fact in facts]
    ranker = engine._ranker
    seen: dict[str, list] = {}
    candidates = ranker.candidates

    def spy(tokens, limit=12, **kwargs):  # what the engine's own call got, and a wider list beside it
        found = candidates(tokens, limit, **kwargs)
        seen["candidates"], seen["wide"] = found, candidates(tokens, WIDE, **kwargs)
        return found

    ranker.candidates = spy
    if args.pool:
        return pool_reach(engine, reranker, paths, seen, ids)
    print(f"{'set':18} {'missed':>7} " + " ".join(f"{stage:>16}" for stage in STAGES) + "   encoder's rank 1 / top 5")
    for path in paths:
        in_scope, _ = load_questions(path)
        stages: Counter[str] = Counter()
        semantic_first = semantic_top5 = 0
        lines = []
        for item in in_scope:
            seen.clear()
            answer = engine.ask(item.question)
            if answer.best is not None and answer.best.fact.id in item.expect:
                continue
            found = seen.get("candidates", [])
            found_ids = [ids[c.index] for c in found]
            wide_ids = [ids[c.index] for c in seen.get("wide", [])]
            at = next((i for i, fact_id in enumerate(found_ids) if fact_id in item.expect), None)
            if answer.conversation is not None or not seen:
                stage = "other"
            elif at is None:
                stage = "absent"
            elif not found[at].fits:
                stage = "unfit"
            elif answer.best is None:
                stage = "abstained"
            else:
                fitting = [(ids[c.index], confidence(c)) for c in found if c.fits]
                pool = {fact_id for fact_id, _ in pool_of(fitting)}
                stage = "re-ranked away" if found_ids[at] in pool else "outside the pool"
                if answer.entity is not None:
                    stage = "other"
            stages[stage] += 1
            cosines = reranker.similarities(item.question, ids)
            order = sorted(range(len(ids)), key=lambda i: -cosines[i])
            rank = next(r for r, i in enumerate(order) if ids[i] in item.expect)
            semantic_first += rank == 0
            semantic_top5 += rank < 5
            wide_at = next((i for i, fact_id in enumerate(wide_ids) if fact_id in item.expect), None)
            where = f"within {WIDE}: {'no' if wide_at is None else wide_at + 1}" if at is None else f"lexical {at + 1}"
            got = answer.best.fact.id if answer.best is not None else "nothing"
            lines.append(f"  {stage:16} [{item.lang} {item.kind}] {item.question!r}: got {got}; {where}, encoder {rank + 1}")
            if args.words:
                lines.append(
                    f"  {'':16} words {item.expect[0]} lacks: {', '.join(uncovered(engine, item.question, item.expect[0]))}"
                )
        missed = sum(stages.values())
        print(
            f"{path.stem:18} {missed:>7} "
            + " ".join(f"{stages[stage]:>16}" for stage in STAGES)
            + f"   {semantic_first} / {semantic_top5}"
        )
        if args.list:
            print("\n".join(lines))
    return 0


def pool_reach(engine: Engine, reranker, paths: list[Path], seen: dict[str, list], ids: list[str]) -> int:
    """Per set, of its paraphrases: answered right; the expected fact a candidate, in the pool, first in the pool by the
    re-ranker's score; and of the misses, the same three."""
    weight = getattr(reranker, "weight", 1.4)
    heads = ("paraphrases", "right", "candidate", "in pool", "first in pool", "missed", "candidate", "in pool", "first in pool")
    print(f"{'set':18} " + " ".join(f"{head:>13}" for head in heads))
    totals: Counter[str] = Counter()
    for path in paths:
        in_scope, _ = load_questions(path)
        counts: Counter[str] = Counter()
        for item in in_scope:
            if item.kind != "paraphrase":
                continue
            seen.clear()
            answer = engine.ask(item.question)
            right = answer.best is not None and answer.best.fact.id in item.expect
            found = seen.get("candidates", [])
            scored = sorted(((ids[c.index], confidence(c)) for c in found), key=lambda pair: -pair[1])
            pool = pool_of(scored)
            cosines = reranker.similarities(item.question, [fact_id for fact_id, _ in pool]) if pool else []
            ranked = sorted(zip(pool, cosines, strict=True), key=lambda row: -(row[0][1] + weight * row[1]))
            reach = (
                any(fact_id in item.expect for fact_id, _ in scored),
                any(fact_id in item.expect for fact_id, _ in pool),
                bool(ranked) and ranked[0][0][0] in item.expect,
            )
            counts["paraphrases"] += 1
            counts["right"] += right
            for name, hit in zip(("candidate", "in pool", "first in pool"), reach, strict=True):
                counts[name] += hit
                if not right:
                    counts[f"missed {name}"] += hit
            counts["missed"] += not right
        totals.update(counts)
        keys = ("paraphrases", "right", "candidate", "in pool", "first in pool", "missed")
        keys += ("missed candidate", "missed in pool", "missed first in pool")
        print(f"{path.stem:18} " + " ".join(f"{counts[key]:>13}" for key in keys))
    keys = ("paraphrases", "right", "candidate", "in pool", "first in pool", "missed")
    keys += ("missed candidate", "missed in pool", "missed first in pool")
    print(f"{'total':18} " + " ".join(f"{totals[key]:>13}" for key in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
