"""Every name of the base placed in every place the base names: how many of these claims does the checker call supported,
and are any of them false?

.venv/bin/python benchmarks/claims_places.py [--list] [--lexical] [--lang en|fr]

Each person, organisation, publication and product of knowledge/entities.yaml is said to be from or based in each place
entity, by a demonym ("Sama is a Kenyan company", "Kumar est texan") and by a location verb ("Sama is based in Kenya",
"Kumar vient du Texas"), as a claim and as a yes/no question, in English and in French. Such a claim is true only when a
curated place answer of that very name (`place: {where, entity}`) gives the place or one within it (Sama's San Francisco
for "Sama is an American company"); a place that a fact about the name gives to something else (Sama's labellers in
Kenya) does not make it true. Prints how many claims were made, how many were called supported, and how many of those
are false (the target is 0); `--list` lists each supported claim, to be read by hand.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evaluate_claims import benchmark_checker

from bot.core.claims.words import _inside
from bot.core.models import KnowledgeBase

#: Each place the base names, as the claims say it: English demonym; French demonym (masculine, feminine); French "in"
#: and "from" ("au Kenya", "du Kenya"). A place entity missing here is an error, so a new one is not silently skipped.
PLACE_WORDS: dict[str, tuple[str, str, str, str, str]] = {
    "kenya": ("Kenyan", "kényan", "kényane", "au Kenya", "du Kenya"),
    "nairobi": ("Nairobian", "nairobien", "nairobienne", "à Nairobi", "de Nairobi"),
    "latin-america": ("Latin American", "latino-américain", "latino-américaine", "en Amérique latine", "d'Amérique latine"),
    "eastern-europe": ("Eastern European", "est-européen", "est-européenne", "en Europe de l'Est", "d'Europe de l'Est"),
    "kansas-city": ("Missourian", "missourien", "missourienne", "à Kansas City", "de Kansas City"),
    "texas": ("Texan", "texan", "texane", "au Texas", "du Texas"),
    "san-francisco": ("San Franciscan", "san-franciscain", "san-franciscaine", "à San Francisco", "de San Francisco"),
}
#: What a name of each kind is, in English and in French ("a Kenyan company", "une entreprise kényane"); a person is
#: described by the demonym alone ("Kumar is Texan").
KIND_WORDS = {
    "organisation": ("company", "entreprise"),
    "publication": ("outlet", "publication"),
    "product": ("product", "produit"),
}


def place_claims(
    base: KnowledgeBase,
    languages: tuple[str, ...] = ("en", "fr"),
    *,
    kinds: tuple[str, ...] = ("person", "organisation", "publication", "product"),
    verbs: bool = True,
) -> list[tuple[str, str, str, str]]:
    """Every (claim, language, entity id, place id): each name of the base of those `kinds` said to be from or based in
    each place, by a demonym and (with `verbs`) by a location verb."""
    claims = []
    for entity in base.entities.values():
        if entity.type == "place" or entity.type not in kinds:
            continue
        for place in (e for e in base.entities.values() if e.type == "place"):
            if place.id not in PLACE_WORDS:
                raise SystemExit(f"{place.id}: a place of the base with no words in PLACE_WORDS")
            english, masculine, feminine, in_fr, from_fr = PLACE_WORDS[place.id]
            x, p = entity.name, place.name
            forms = []
            if "en" in languages:
                kind = KIND_WORDS.get(entity.type, ("", ""))[0]
                described = f"{'an' if english[0] in 'AEIOU' else 'a'} {english} {kind}" if kind else english
                forms += [(f"{x} is {described}", "en"), (f"Is {x} {described}?", "en")]
                if verbs:
                    forms += [
                        (f"{x} is based in {p}", "en"), (f"{x} is from {p}", "en"), (f"Is {x} based in {p}?", "en"),
                        (f"Is {x} from {p}?", "en"),
                    ]  # fmt: skip
            if "fr" in languages:
                kind = KIND_WORDS.get(entity.type, ("", ""))[1]
                described = f"une {kind} {feminine}" if kind else masculine
                pronoun = "il" if entity.type == "person" else "elle"
                based = "basé" if entity.type == "person" else "basée"
                forms += [(f"{x} est {described}", "fr"), (f"{x} est-{pronoun} {described} ?", "fr")]
                if verbs:
                    forms += [
                        (f"{x} est {based} {in_fr}", "fr"), (f"{x} vient {from_fr}", "fr"),
                        (f"Est-ce que {x} est {based} {in_fr} ?", "fr"),
                    ]  # fmt: skip
            claims += [(claim, lang, entity.id, place.id) for claim, lang in forms]
    return claims


def placed_there(base: KnowledgeBase, entity_id: str, place_id: str) -> bool:
    """Whether a curated place answer of that very name gives the place, or a place within it."""
    return any(
        where == place_id or _inside(where, place_id)
        for fact in base.facts.values()
        for answer in fact.answers.place
        if answer.entity == entity_id
        for where in answer.where
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list each supported claim")
    parser.add_argument("--lexical", action="store_true", help="without the sentence encoder (the bot with semantic: false)")
    parser.add_argument("--lang", choices=("en", "fr"), action="append", help="one language only (default: both)")
    args = parser.parse_args()
    checker = benchmark_checker(semantic=not args.lexical)
    base = checker.base
    claims = place_claims(base, tuple(args.lang or ("en", "fr")))
    verdicts: Counter[str] = Counter()
    supported, false = [], []
    for claim, _, entity, place in claims:
        verdict = checker.assess(claim)
        verdicts[verdict.verdict] += 1
        if verdict.verdict == "supported":
            true = placed_there(base, entity, place)
            supported.append(f"  {'true ' if true else 'FALSE'} {claim}  [{verdict.fact.id if verdict.fact else '-'}]")
            if not true:
                false.append(claim)
    print(f"{len(claims)} claims placing each name in each place; supported: {len(supported)}, false among them: {len(false)}")
    print("  " + ", ".join(f"{name} {count}" for name, count in sorted(verdicts.items())))
    if args.list:
        print("\n".join(supported))
    return 0


if __name__ == "__main__":
    sys.exit(main())
