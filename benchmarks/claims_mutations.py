"""False variants of true claims: how many does the claim checker call supported?

.venv/bin/python benchmarks/claims_mutations.py [--claims FILE ...] [--list] [--lexical] [--kinds KIND ...]

Each claim of the development sets that is expected and given `supported` is changed in one checkable point at a
time, by kind of change:

- `name`: a name it gives swapped for each other name of the same kind (person, organisation, place, product,
  publication), so an actor for another actor, a place for another place;
- `figure`: a figure doubled or halved (a year: another year);
- `unit`: a figure's unit changed (an hour for a day, hours for days, billion for million, dollars for euros);
- `negation`: its verb denied ("was" -> "was not", "a" -> "n'a pas");
- `quantifier`: all, only, never, none put in ("all the trainers", "only Savreux", "has never", "aucun");
- `tense`: a deed to come said done, or done said to come ("will lay off" -> "did lay off", "hired" -> "will hire");
- `place`: a place the articles never name put in the place of one they name ("in Nairobi" -> "in Lagos");
- `year`: a year shifted by one either way, and a month for another.

Almost every such variant is false, so almost none should be supported; the script counts those that are, by kind, and
lists them (`--list`), to be read by hand: a few keep the claim's meaning ("Sama is based in San Francisco" where OpenAI
is too; Kenya for Nairobi, which is in it; a denied yes/no question asks the same). Development sets only: it refuses
the sealed claim sets.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evaluate_claims import benchmark_checker, is_sealed, load_claims

from bot.core.claims import ClaimChecker, parse_claim
from bot.core.language import guess_language as parsed_language

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SETS = [
    ROOT / "tests/core/data/claims_dev.yaml",
    ROOT / "tests/core/data/claims_dev_sup.yaml",
    ROOT / "benchmarks/claims_dev2.yaml",
    ROOT / "benchmarks/claims_dev4.yaml",
]
#: Others of a kind a name is swapped for, at most.
SWAPS = 4
#: The kinds of change, in the order the totals are printed.
KINDS = ("name", "figure", "unit", "negation", "quantifier", "tense", "place", "year")


#: Places the articles never name, for a place they name.
FOREIGN_PLACES = ("Lagos", "Brazil", "Tokyo")
_AUX = re.compile(
    r"\b(is|are|was|were|has|have|had|can|could|will|would|does|do|did)\b(?! not\b| never\b| an? \b| the\b)", re.IGNORECASE
)
_FRENCH_AUX = re.compile(r"(?<!')\b(est|sont|a|ont|etait|était|avait|avaient|peut|va|vont)\b(?! pas\b)", re.IGNORECASE)
_QUESTION = re.compile(r"^\s*(?:is|are|was|were|has|have|had|can|could|will|would|does|do|did|est-ce|est ce)\b", re.IGNORECASE)
_PER = {"an hour": "a day", "per hour": "per day", "a day": "an hour", "de l'heure": "par jour", "par heure": "par jour"}
_UNITS = {
    "hours": "days", "heures": "jours", "billion": "million", "milliards": "millions",
    "million": "billion", "months": "years", "mois": "ans", "years": "months", "days": "hours",
}  # fmt: skip
_PAST_TO_FUTURE = {
    "hired": "will hire", "laid off": "will lay off", "ended": "will end", "fired": "will fire", "invested": "will invest",
    "released": "will release", "voted": "will vote", "thanked": "will thank", "reported": "will report",
    "paid": "will pay", "took": "will take", "said": "will say", "a embauché": "va embaucher", "a licencié": "va licencier",
    "ont voté": "vont voter", "a mis fin": "va mettre fin", "a investi": "va investir",
}  # fmt: skip
_MONTHS = {
    "March": "May",
    "February": "April",
    "November": "September",
    "mars": "mai",
    "février": "avril",
    "novembre": "septembre",
}


def _first(pattern: re.Pattern[str], claim: str, replace: str) -> str | None:
    m = pattern.search(claim)
    return claim[: m.start()] + m.expand(replace) + claim[m.end() :] if m else None


#: A participle after these is no deed to put in another tense ("was paid", "got laid off", "a été licencié").
_PARTICIPLE = re.compile(
    r"\b(?:was|wasn't|were|weren't|is|isn't|are|aren't|be|been|being|got|get|gets|ete|été|etre|être)\s+$", re.I
)


def _word_swap(claim: str, table: dict[str, str], *, deeds: bool = False) -> list[str]:
    found = []
    for old, new in table.items():
        m = re.search(rf"(?<![\w']){re.escape(old)}(?![\w'])", claim, re.IGNORECASE)
        if m and deeds and _PARTICIPLE.search(claim[: m.start()]):
            continue
        if m:
            found.append(claim[: m.start()] + new + claim[m.end() :])
    return found


def typed_variants(claim: str, checker: ClaimChecker) -> list[tuple[str, str]]:
    """One-point changes of a claim, each with its kind (see the module's docstring)."""
    base = checker.base
    found: list[tuple[str, str]] = []
    parsed = parse_claim(claim, base)
    french = parsed_language(claim) == "fr"
    for entity_id in parsed.entity_ids:
        entity = base.entities[entity_id]
        names = sorted((entity.name, *entity.aliases), key=len, reverse=True)
        hit = next((m for n in names for m in [re.search(rf"(?<!\w){re.escape(n)}(?!\w)", claim, re.IGNORECASE)] if m), None)
        if hit is None:
            continue
        others = [e for e in base.entities.values() if e.type == entity.type and e.id != entity_id][:SWAPS]
        found += [("name", claim[: hit.start()] + other.name + claim[hit.end() :]) for other in others]
        if entity.type == "place":
            found += [("place", claim[: hit.start()] + place + claim[hit.end() :]) for place in FOREIGN_PLACES]
    for m in re.finditer(r"(?<![\w-])(\d[\d,]*(?:\.\d+)?)(?![\w-]*\d)", claim):
        value = float(m.group(1).replace(",", ""))
        if 1900 <= value <= 2100:
            found += [("year", claim[: m.start()] + f"{v:g}" + claim[m.end() :]) for v in (value - 1, value + 1)]
        else:
            found += [("figure", claim[: m.start()] + f"{v:g}" + claim[m.end() :]) for v in (value * 2, value / 2) if v > 0]
    found += [("year", v) for v in _word_swap(claim, _MONTHS)]
    found += [("unit", v) for v in _word_swap(claim, _PER) + _word_swap(claim, _UNITS)]
    if "$" in claim:
        found.append(("unit", re.sub(r"\$\s?(\d[\d,.]*)", r"€\1", claim, count=1)))
    if not _QUESTION.match(claim):  # a denied yes/no question asks what the question asks
        denied = _first(_FRENCH_AUX, claim, r"n'\1 pas") if french else _first(_AUX, claim, r"\1 not")
        if denied:
            found.append(("negation", re.sub(r"\bn'([^aeiouéè])", r"ne \1", denied)))
        never = _first(_FRENCH_AUX, claim, r"n'\1 jamais") if french else _first(_AUX, claim, r"\1 never")
        if never:
            found.append(("quantifier", re.sub(r"\bn'([^aeiouéè])", r"ne \1", never)))
    if french:
        found += [("quantifier", v) for v in _word_swap(claim, {"les": "tous les", "des": "aucun des"})[:2]]
    else:
        found += [("quantifier", v) for v in _word_swap(claim, {"the": "all the", "some": "none of the"})[:2]]
        if not _QUESTION.match(claim) and not re.search(r"\bonly\b", claim, re.IGNORECASE):
            found.append(("quantifier", "Only " + claim))
    found += [("tense", v) for v in _word_swap(claim, _PAST_TO_FUTURE, deeds=True)]
    found += [("tense", v) for v in (_first(re.compile(r"\bwill (\w+)", re.IGNORECASE), claim, r"did \1"),) if v]
    found += [("tense", v) for v in (_first(re.compile(r"\bplans? to (\w+)", re.IGNORECASE), claim, r"did \1"),) if v]
    seen = {claim}
    return [(kind, v) for kind, v in found if not (v in seen or seen.add(v))]


def variants(claim: str, checker: ClaimChecker) -> list[str]:
    """One-point changes of a claim (every kind)."""
    return [v for _, v in typed_variants(claim, checker)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=Path, nargs="+", default=DEFAULT_SETS, help="development claim sets (YAML)")
    parser.add_argument("--list", action="store_true", help="list each supported variant")
    parser.add_argument("--lexical", action="store_true", help="without the sentence encoder (the bot with semantic: false)")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS), help="kinds of change to make")
    args = parser.parse_args()
    for path in args.claims:
        if is_sealed(path):
            parser.error(f"{path} is kept apart: variants are made from development sets only")
    checker = benchmark_checker(semantic=not args.lexical)
    made: Counter[str] = Counter()
    supported: Counter[str] = Counter()
    listed = []
    for path in args.claims:
        for entry in load_claims(path):
            if entry["verdict"] != "supported" or checker.assess(entry["claim"]).verdict != "supported":
                continue
            for kind, variant in typed_variants(entry["claim"], checker):
                if kind not in args.kinds:
                    continue
                made[kind] += 1
                verdict = checker.assess(variant)
                if verdict.verdict == "supported":
                    supported[kind] += 1
                    listed.append(f"  {kind}: {variant}  [{verdict.fact.id if verdict.fact else '-'}]  (from: {entry['claim']})")
    print(f"{sum(made.values())} one-point variants of supported development claims; supported: {sum(supported.values())}")
    for kind in KINDS:
        if made[kind]:
            print(f"  {kind:<11} {made[kind]:>5} variants, supported {supported[kind]}")
    if args.list:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
