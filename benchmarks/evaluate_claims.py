"""Verdict accuracy of the claim checker on a claim set (default benchmarks/claims.yaml).

.venv/bin/python benchmarks/evaluate_claims.py [--claims FILE] [--misses] [--lexical]

Prints totals: overall accuracy, accuracy per kind and per language, how often a false claim was called
supported (the target is zero), and the table of expected against given verdicts. `--misses` also lists
each claim given another verdict than expected, with the fact the verdict rests on (or the nearest facts):
for development sets only. It refuses the sealed set (benchmarks/claims.yaml), which is kept apart from
development and whose individual claims are never listed.

Each entry of the set is a mapping with at least `claim` and `verdict` (supported, contradicted, disputed or
not_reported), and optionally `lang` and `kind`. A wh-question is first checked for a false premise (whose
correction is a `contradicted` verdict); any other text is checked as a claim.

The engine is the bot's: with the sentence encoder attached (the `semantic` setting's default), which lets a claim
reworded in a stranger's words be supported on meaning (bot/core/claims/meaning.py); `--lexical` checks without it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml

from bot.core.claims import VERDICTS, ClaimChecker
from bot.core.engine import Engine
from bot.core.loader import load_knowledge

DEFAULT_CLAIMS = Path(__file__).resolve().parent / "claims.yaml"
#: Sets whose individual claims are never listed: the held-out claim set, and anything sealed.
SEALED_NAMES = frozenset(
    {
        "claims.yaml",
        "claims3.yaml",
        "claims4.yaml",
        "claims6.yaml",
        "claims7.yaml",
        "claims8.yaml",
        "claims9.yaml",
        "claims10.yaml",
        "claims11.yaml",
    }
)


def is_sealed(path: Path) -> bool:
    """Whether a claim set is kept apart from development (its misses are never printed)."""
    resolved = path.resolve()
    return resolved == DEFAULT_CLAIMS or resolved.name in SEALED_NAMES or "sealed" in resolved.parts


def load_claims(path: Path) -> list[dict]:
    """The entries of a claim set: a YAML list, or a mapping holding one list (e.g. `claims:`)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(lists) != 1:
            raise SystemExit(f"{path}: expected a list of claims, or a mapping with one list of claims")
        data = lists[0]
    if not isinstance(data, list):
        raise SystemExit(f"{path}: expected a list of claims")
    entries = []
    for index, entry in enumerate(data, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("claim"), str) or entry.get("verdict") not in VERDICTS:
            raise SystemExit(f"{path}: entry {index} needs 'claim' (text) and 'verdict' (one of {', '.join(VERDICTS)})")
        entries.append(entry)
    return entries


def benchmark_checker(*, semantic: bool = True) -> ClaimChecker:
    """A checker over the shipped base's engine, with the sentence encoder attached as the bot attaches it (when it loads)."""
    engine = Engine(load_knowledge())
    if semantic:
        from bot.cli import semantic_model

        model = semantic_model(True)
        if model is not None:
            model.attach(engine)
    return ClaimChecker(engine)


def _share(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f}% ({right}/{total})" if total else "   -"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=Path, default=DEFAULT_CLAIMS, help="the claim set (YAML)")
    parser.add_argument("--misses", action="store_true", help="list each miss (development sets only)")
    parser.add_argument("--lexical", action="store_true", help="without the sentence encoder (the bot with semantic: false)")
    args = parser.parse_args()
    if args.misses and is_sealed(args.claims):
        parser.error(f"--misses is for development sets only: {args.claims} is kept apart (totals only)")
    entries = load_claims(args.claims)
    checker = benchmark_checker(semantic=not args.lexical)
    started = time.perf_counter()
    verdicts = [checker.assess(entry["claim"]) for entry in entries]
    elapsed = time.perf_counter() - started
    given = [v.verdict for v in verdicts]
    right = [g == e["verdict"] for g, e in zip(given, entries, strict=True)]
    meaning = "on" if checker.engine.reranker is not None else "off"
    print(f"{len(entries)} claims from {args.claims.name}, {1000 * elapsed / max(len(entries), 1):.1f} ms per claim "
          f"(sentence encoder {meaning})")  # fmt: skip
    print(f"verdict accuracy:            {_share(sum(right), len(right))}")
    false_claims = [g for g, e in zip(given, entries, strict=True) if e["verdict"] != "supported"]
    print(f"false claims called supported: {false_claims.count('supported')} of {len(false_claims)} (target 0)")
    for lang in sorted({str(e.get("lang", "en")) for e in entries}):
        asked = [v.language == lang for v, e in zip(verdicts, entries, strict=True) if str(e.get("lang", "en")) == lang]
        print(f"answered in the asker's language, {lang}: {_share(sum(asked), len(asked))}")
    for field in ("kind", "lang"):
        groups: dict[str, list[bool]] = {}
        for ok, entry in zip(right, entries, strict=True):
            groups.setdefault(str(entry.get(field, "-")), []).append(ok)
        print(f"by {field}:")
        for name in sorted(groups):
            print(f"  {name:<22} {_share(sum(groups[name]), len(groups[name]))}")
    table = Counter((e["verdict"], g) for g, e in zip(given, entries, strict=True))
    print("expected (rows) against given (columns):")
    print("  " + " " * 14 + "".join(f"{v[:12]:>14}" for v in VERDICTS))
    for expected in VERDICTS:
        print(f"  {expected:<14}" + "".join(f"{table[(expected, g)]:>14}" for g in VERDICTS))
    if args.misses:
        print("misses:")
        for verdict, entry in zip(verdicts, entries, strict=True):
            if verdict.verdict == entry["verdict"]:
                continue
            basis = f"[{verdict.fact.id}]" if verdict.fact else "nearest: " + ", ".join(f.id for f in verdict.nearest)
            print(f"  {entry.get('kind', '-')}: {entry['claim']}")
            print(f"    expected {entry['verdict']}, given {verdict.verdict} {basis}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
