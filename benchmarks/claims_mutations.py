"""False variants of true claims: how many does the claim checker call supported?

.venv/bin/python benchmarks/claims_mutations.py [--claims FILE ...] [--list] [--lexical]

Each claim of the development sets that is expected and given `supported` is changed in one checkable point at a
time: one name it gives swapped for each other name of the same kind (person, organisation, place, product,
publication), or one figure doubled or halved. Almost every such variant is false, so almost none should be
supported; the script counts those that are and lists them (`--list`), to be read by hand (a few are true: "Sama is
based in San Francisco" where OpenAI is too). Development sets only: it refuses the sealed claim sets.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evaluate_claims import benchmark_checker, is_sealed, load_claims

from bot.core.claims import ClaimChecker, parse_claim

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SETS = [
    ROOT / "tests/core/data/claims_dev.yaml",
    ROOT / "tests/core/data/claims_dev_sup.yaml",
    ROOT / "benchmarks/claims_dev2.yaml",
    ROOT / "benchmarks/claims_dev4.yaml",
]
#: Others of a kind a name is swapped for, at most.
SWAPS = 4


def variants(claim: str, checker: ClaimChecker) -> list[str]:
    """One-point changes of a claim: a name swapped for another of its kind, a figure doubled or halved."""
    base = checker.base
    found: list[str] = []
    parsed = parse_claim(claim, base)
    for entity_id in parsed.entity_ids:
        entity = base.entities[entity_id]
        names = sorted((entity.name, *entity.aliases), key=len, reverse=True)
        hit = next((m for n in names for m in [re.search(rf"(?<!\w){re.escape(n)}(?!\w)", claim, re.IGNORECASE)] if m), None)
        if hit is None:
            continue
        others = [e for e in base.entities.values() if e.type == entity.type and e.id != entity_id][:SWAPS]
        found += [claim[: hit.start()] + other.name + claim[hit.end() :] for other in others]
    for m in re.finditer(r"(?<![\w-])(\d[\d,]*(?:\.\d+)?)(?![\w-]*\d)", claim):
        value = float(m.group(1).replace(",", ""))
        changed = [value - 2, value + 1] if 1900 <= value <= 2100 else [value * 2, value / 2]  # a year: another year
        found += [claim[: m.start()] + f"{v:g}" + claim[m.end() :] for v in changed if v > 0]
    return list(dict.fromkeys(v for v in found if v != claim))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=Path, nargs="+", default=DEFAULT_SETS, help="development claim sets (YAML)")
    parser.add_argument("--list", action="store_true", help="list each supported variant")
    parser.add_argument("--lexical", action="store_true", help="without the sentence encoder (the bot with semantic: false)")
    args = parser.parse_args()
    for path in args.claims:
        if is_sealed(path):
            parser.error(f"{path} is kept apart: variants are made from development sets only")
    checker = benchmark_checker(semantic=not args.lexical)
    total = supported = 0
    listed = []
    for path in args.claims:
        for entry in load_claims(path):
            if entry["verdict"] != "supported" or checker.assess(entry["claim"]).verdict != "supported":
                continue
            for variant in variants(entry["claim"], checker):
                total += 1
                verdict = checker.assess(variant)
                if verdict.verdict == "supported":
                    supported += 1
                    listed.append(f"  {variant}  [{verdict.fact.id if verdict.fact else '-'}]  (from: {entry['claim']})")
    print(f"{total} one-point variants of supported development claims; supported: {supported}")
    if args.list:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
