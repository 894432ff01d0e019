"""The signals behind every answer of the development sets, for choosing when an answer is shown as "sure".

.venv/bin/python benchmarks/confidence_signals.py [--unseen] [--dump rows.json]

For each development set, every answer the engine gives (in scope or off topic) with its signals (engine/confidence.py
Signals) and whether it was right; then, per set, how many answers each rule shows as "sure" and how many of those are
right, so a rule can be fitted on some sets and checked on the others. With --unseen each set is asked of a base
without the facts' phrasings close to its questions (fuzzy ratio 85 or more): the development sets' wordings have
partly made their way into the facts' own questions, which makes them easier than a stranger's.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rapidfuzz import fuzz, process

from bot.core.engine import Engine
from bot.core.engine.confidence import Signals
from bot.core.loader import load_knowledge
from bot.core.models import KnowledgeBase
from bot.core.text import fold
from bot.evaluation import BENCHMARKS, CONFIDENT_BANDS, load_questions

SETS = ("questions", "dev3", "dev4", "dev6", "dev7", "probes", "probes_near", "probes_precision")
#: A phrasing at least this close to a question of the set is left out of the base with --unseen.
CLOSE = 85


def unseen_base(base: KnowledgeBase, questions: list[str]) -> KnowledgeBase:
    """The base without the facts' phrasings close to any of the questions."""
    folded = [fold(q) for q in questions]

    def far(phrasing: str) -> bool:
        return process.extractOne(fold(phrasing), folded, scorer=fuzz.ratio, score_cutoff=CLOSE) is None

    facts = {
        fid: dataclasses.replace(
            fact,
            questions=tuple(q for q in fact.questions if far(q)),
            questions_fr=tuple(q for q in fact.questions_fr if far(q)),
        )
        for fid, fact in base.facts.items()
    }
    return dataclasses.replace(base, facts=facts)


def rows_of(engine: Engine, name: str) -> list[dict]:
    """One row per answer given: the set, the question's kind, whether it was right, its band and its signals."""
    in_scope, off_topic = load_questions(BENCHMARKS / f"{name}.yaml")
    rows = []
    asked = [(q.question, q.expect, q.kind, True) for q in in_scope] + [(q.question, q.expect, q.kind, False) for q in off_topic]
    for question, expect, kind, scoped in asked:
        answer = engine.ask(question)
        if answer.best is None or not isinstance(answer.signals, Signals):
            continue
        right = answer.best.fact.id in expect
        if not scoped and kind == "false_premise" and not right and answer.band not in CONFIDENT_BANDS:
            continue
        rows.append(
            {"set": name, "q": question, "kind": kind, "in_scope": scoped, "right": right, "band": answer.band}
            | {"got": answer.best.fact.id}
            | dataclasses.asdict(answer.signals)
        )
    return rows


def phrasing_rows(base: KnowledgeBase, model, folds: int = 4) -> list[dict]:
    """The facts' own phrasings, a fold at a time left out of the base and asked: right when answered with their fact.
    (Facts overlap, so an answer with another fact may be right too: a pessimistic label, but thousands of wordings.)"""
    rows = []
    for fold_number in range(folds):
        facts, left_out = {}, []
        for fact in base.facts.values():
            kept: dict[str, list[str]] = {"en": [], "fr": []}
            for language, phrasings in (("en", fact.questions), ("fr", fact.questions_fr)):
                for phrasing in phrasings:
                    if len(phrasings) > 2 and zlib.crc32(phrasing.encode()) % folds == fold_number:
                        left_out.append((fact.id, language, phrasing))
                    else:
                        kept[language].append(phrasing)
            facts[fact.id] = dataclasses.replace(fact, questions=tuple(kept["en"]), questions_fr=tuple(kept["fr"]))
        engine = Engine(dataclasses.replace(base, facts=facts))
        model.attach(engine)
        for fact_id, language, phrasing in left_out:
            answer = engine.ask(phrasing)
            if answer.best is None or not isinstance(answer.signals, Signals):
                continue
            right = answer.best.fact.id == fact_id
            rows.append(
                {"set": f"phrasings-{fold_number}", "q": phrasing, "kind": language, "in_scope": True, "right": right}
                | {"band": answer.band, "got": answer.best.fact.id, "expect": fact_id}
                | dataclasses.asdict(answer.signals)
            )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unseen", action="store_true", help="leave out the facts' phrasings close to each set's questions")
    parser.add_argument("--dump", type=Path, help="write every row as JSON")
    parser.add_argument("--phrasings", action="store_true", help="the facts' own phrasings, left out a fold at a time, instead")
    args = parser.parse_args()
    from bot.core.semantic import SemanticModel, default_cache_dir

    model = SemanticModel(default_cache_dir())
    base = load_knowledge()
    rows: list[dict] = []
    engine = Engine(base)
    model.attach(engine)
    sets = SETS
    if args.phrasings:
        rows = phrasing_rows(base, model)
        sets = tuple(dict.fromkeys(r["set"] for r in rows))
    for name in SETS if not args.phrasings else ():
        if args.unseen:
            in_scope, _off_topic = load_questions(BENCHMARKS / f"{name}.yaml")
            engine = Engine(unseen_base(base, [q.question for q in in_scope]))
            model.attach(engine)
        rows += rows_of(engine, name)
    if args.dump:
        args.dump.write_text(json.dumps(rows, indent=0), encoding="utf-8")
    print(f"{'set':<17} {'answers':>8} {'sure (now)':>16} {'likely (now)':>16}")
    for name in sets:
        mine = [r for r in rows if r["set"] == name]
        cells = []
        for shown in ("sure", "likely"):
            banded = [r for r in mine if r["band"] == shown]
            right = sum(r["right"] for r in banded)
            cells.append(f"{right}/{len(banded)}")
        print(f"{name:<17} {len(mine):>8} {cells[0]:>16} {cells[1]:>16}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
