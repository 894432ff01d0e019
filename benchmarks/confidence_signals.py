"""The signals behind every answer of the development sets, for choosing when an answer is shown as "sure".

.venv/bin/python benchmarks/confidence_signals.py [--unseen] [--phrasings [--cross-validate]] [--dump rows.json]

For each development set, every answer the engine gives (in scope or off topic) with its signals (engine/confidence.py
Signals) and whether it was right, then per set the "sure" and "likely" answers and those the rule before the lead over
the best rival would have shown as sure. With --unseen each set is asked of a base without the facts' phrasings close to
its questions (fuzzy ratio 85 or more): the development sets' wordings have partly made their way into the facts' own
questions. With --phrasings the questions are the facts' own phrasings instead, a fold at a time left out of the base
(unseen wording by the thousand; an answer with the fact itself, or one telling the same passage, is right), and
--cross-validate chooses the lead "sure" needs on three folds and checks it on the fourth.
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
from bot.core.engine.confidence import SURE, Signals, kin
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
            # An answer with a fact telling the same passage (the record of how the articles differ on it) is right too.
            got = answer.best.fact
            right = got.id == fact_id or kin(got, base.facts[fact_id], engine.disputes)
            rows.append(
                {"set": f"phrasings-{fold_number}", "q": phrasing, "kind": language, "in_scope": True, "right": right}
                | {"band": answer.band, "got": answer.best.fact.id, "expect": fact_id}
                | dataclasses.asdict(answer.signals)
            )
    return rows


#: The leads tried for "sure" by --cross-validate: over the best rival in lexical confidence, and in cosine.
MARGINS = (0.0, 0.02, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2)
COSINE_MARGINS = (-9.0, -0.05, -0.02, 0.0, 0.02, 0.04, 0.06, 0.1)
#: What "sure" must be on the folds a lead is chosen on.
AIM = 0.98


def sure_without_lead(row: dict) -> bool:
    """Shown as sure by the rule before the lead over the best rival was asked for."""
    return row["band"] in ("sure", "likely") and row["confidence"] >= SURE and row["agreed"] and row["curated"]


def ahead(row: dict, margin: float, cosine_margin: float) -> bool:
    cosine = row["cosine_margin"]
    return row["margin"] >= margin and (cosine is None or cosine >= cosine_margin)


def tally(rows: list[dict]) -> str:
    right = sum(r["right"] for r in rows)
    return f"{right}/{len(rows)} ({right / len(rows):.1%})" if rows else "0/0"


def cross_validate(rows: list[dict]) -> list[str]:
    """For each set (fold), the lead that keeps "sure" at AIM on the others with the most answers sure, and how that
    lead does on the set itself."""
    lines = [f"leads chosen on the other sets (sure >= {AIM:.0%} there, most answers sure), checked on each:"]
    sets = list(dict.fromkeys(r["set"] for r in rows))
    held_right = held_total = 0
    for name in sets:
        train = [r for r in rows if r["set"] != name and sure_without_lead(r)]
        test = [r for r in rows if r["set"] == name and sure_without_lead(r)]
        best = None
        for lead in ((m, c) for m in MARGINS for c in COSINE_MARGINS):
            shown = [r for r in train if ahead(r, *lead)]
            right = sum(r["right"] for r in shown)
            if shown and right / len(shown) >= AIM and (best is None or right > best[0]):
                best = (right, lead)
        if best is None:
            lines.append(f"  {name:<15} no lead reaches {AIM:.0%} on the others")
            continue
        shown = [r for r in test if ahead(r, *best[1])]
        held_right += sum(r["right"] for r in shown)
        held_total += len(shown)
        lines.append(f"  {name:<15} lead {best[1]}: sure {tally(shown)}, without a lead {tally(test)}")
    if held_total:
        lines.append(
            f"  all sets, each checked with the lead chosen on the others: {held_right}/{held_total} ({held_right / held_total:.1%})"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unseen", action="store_true", help="leave out the facts' phrasings close to each set's questions")
    parser.add_argument("--dump", type=Path, help="write every row as JSON")
    parser.add_argument("--phrasings", action="store_true", help="the facts' own phrasings, left out a fold at a time, instead")
    parser.add_argument(
        "--cross-validate", action="store_true", help="choose the lead sure needs on some sets, check it on the others"
    )
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
    print(f"{'set':<17} {'answers':>8} {'sure':>18} {'likely':>18} {'sure without a lead':>22}")
    for name in sets:
        mine = [r for r in rows if r["set"] == name]
        sure, likely = ([r for r in mine if r["band"] == shown] for shown in ("sure", "likely"))
        print(
            f"{name:<17} {len(mine):>8} {tally(sure):>18} {tally(likely):>18} {tally(list(filter(sure_without_lead, mine))):>22}"
        )
    everything = [r for r in rows if r["set"] in sets]
    print(
        f"{'all':<17} {len(everything):>8} {tally([r for r in everything if r['band'] == 'sure']):>18}"
        f" {tally([r for r in everything if r['band'] == 'likely']):>18} {tally(list(filter(sure_without_lead, everything))):>22}"
    )
    if args.cross_validate:
        print("\n".join(cross_validate(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
