"""Yes/no questions and false claims generated from the true ones: how many does the claim checker call supported?

.venv/bin/python benchmarks/claims_yesno.py [--list] [--true] [--lexical] [--kinds KIND ...] [--per-claim N] [--seed N]

The true statements are every claim the development claim sets expect `supported`, and a sentence made from each
curated `answers:` entry of the facts (who did what to whom, a role, a place, a figure, a date). Each is changed
into false ones, by kind:

- the one-point changes of benchmarks/claims_mutations.py (`name`, `figure`, `unit`, `negation`, `quantifier`,
  `tense`, `place`, `year`);
- `party`: a name swapped for another entity the same fact names (the other party of the deed: "Sama fired OpenAI"
  for "OpenAI ended its work with Sama");
- `swap`: the two names a claim gives swapped (actor and object, active and passive);
- `deed`: its verb swapped for another deed's ("hired" -> "laid off");
- `unsaid`: its verb swapped for a deed the articles never report ("hired" -> "sued"): a question nothing settles;
- `dispute`: a claim on a point the articles disagree on (each side stated as the only truth, and a figure no side
  gives: benchmarks/claims_disputes.py's `plain` and `neither` wordings).

Each true statement and each changed one is then also asked as yes/no questions, in its language: English "Is it
true that ...?", "Did X ...?" / "Does X ...?", an inverted auxiliary ("Was X ...?"), intonation ("X ...?"); French
"Est-ce que ...?", "Est-il vrai que ...?", inversion ("X a-t-il ...?"), intonation. A seeded draw keeps a few forms of
each (`--per-claim`, default 2, 0 for all; `--variants` false variants of each true statement, default 3). Every changed claim should not be supported; the few that keep the
meaning were read by hand and are listed in KEPT (counted apart). `--true` also prints how often the true statements'
own questions are supported. Development sets only: it refuses the sealed claim sets.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_disputes import DISAGREEMENTS
from claims_mutations import typed_variants
from evaluate_claims import benchmark_checker, is_sealed, load_claims

from bot.core.claims import ClaimChecker, parse_claim
from bot.core.language import guess_language
from bot.core.models import Fact

ROOT = Path(__file__).resolve().parents[1]
#: The development claim sets, but the newest (claims_dev11), kept to confirm changes on claims no one tuned on.
DEFAULT_SETS = [
    *sorted(p for p in (ROOT / "benchmarks").glob("claims_dev*.yaml") if p.name != "claims_dev11.yaml"),
    ROOT / "benchmarks/claims_false5.yaml",
    *sorted((ROOT / "tests/core/data").glob("claims_dev*.yaml")),
]
SEED = 15
PER_CLAIM = 2
#: False variants drawn per true statement (0: all).
VARIANTS = 3
#: The kinds benchmarks/claims_mutations.py makes.
MUTATION_KINDS = frozenset({"name", "figure", "unit", "negation", "quantifier", "tense", "place", "year"})
KINDS = (
    "name",
    "figure",
    "unit",
    "negation",
    "quantifier",
    "tense",
    "place",
    "year",
    "party",
    "swap",
    "deed",
    "unsaid",
    "dispute",
)

#: Generated false-looking claims read by hand that keep the true claim's meaning (not false): text -> why.
KEPT: dict[str, str] = {}

#: English past forms of the deeds an `actor` answer holds, and the verb's base form.
_PAST = {
    "hire": ("hired", "hire"), "plan-hire": ("planned to hire", "plan to hire"), "lay-off": ("laid off", "lay off"),
    "end-partnership": ("ended its partnership with", "end its partnership with"), "invest": ("invested in", "invest in"),
    "release": ("released", "release"), "own": ("owns", "own"), "power": ("powers", "power"),
    "report-first": ("first reported", "first report"), "thank": ("thanked", "thank"),
    "decline-comment": ("declined to comment", "decline to comment"), "publish": ("published", "publish"),
    "commit": ("committed to", "commit to"), "train": ("trained", "train"), "test": ("tested", "test"),
    "work-for": ("worked for", "work for"), "vote-union": ("voted to form a union", "vote to form a union"),
    "investigate": ("investigated", "investigate"), "stay": ("stayed with", "stay with"),
}  # fmt: skip
_FRENCH_PAST = {
    "hire": "a embauché", "lay-off": "a licencié", "invest": "a investi dans", "release": "a lancé",
    "power": "alimente", "train": "a entraîné", "work-for": "a travaillé pour", "investigate": "a enquêté sur",
    "end-partnership": "a mis fin à son partenariat avec", "publish": "a publié",
}  # fmt: skip
#: Deeds whose `whom` is the object said after the verb (others say their `object` words when they have them).
_WHOM_FIRST = frozenset({"invest", "release", "power", "end-partnership", "investigate", "work-for", "stay", "own"})

#: A deed's verb for another deed's (English and French, past and base forms), and verbs for deeds no fact reports.
_DEED_SWAPS = {
    "hired": "laid off", "laid off": "hired", "fired": "hired", "ended": "began", "invested in": "bought",
    "released": "bought", "thanked": "fired", "published": "retracted", "worked for": "sued", "trained": "fired",
    "hire": "fire", "fire": "hire", "lay off": "hire", "end": "begin", "invest in": "buy", "release": "buy",
    "work for": "sue", "voted": "refused", "a embauché": "a licencié", "a licencié": "a embauché",
    "a mis fin": "a commencé", "a investi": "a vendu", "a travaillé pour": "a poursuivi", "ont voté": "ont refusé",
    "embauché": "licencié", "licenciés": "embauchés", "licencié": "embauché",
}  # fmt: skip
_UNSAID_SWAPS = {
    "hired": "sued", "laid off": "praised", "fired": "praised", "ended": "renegotiated", "invested in": "sued",
    "released": "sold", "thanked": "sued", "published": "sold", "worked for": "visited", "trained": "interviewed",
    "hire": "sue", "fire": "praise", "lay off": "praise", "end": "renegotiate", "invest in": "sue", "release": "sell",
    "work for": "visit", "voted": "marched", "paid": "sued", "earns": "donates", "earn": "donate", "make": "donate",
    "a embauché": "a poursuivi", "a licencié": "a félicité", "a mis fin": "a renégocié", "a investi": "a prêté",
    "a travaillé pour": "a visité", "ont voté": "ont manifesté", "gagne": "donne", "licenciés": "félicités",
}  # fmt: skip

#: Past forms and their base, for a "Did X ...?" question of a statement in the simple past.
_BASE = {
    "hired": "hire", "ended": "end", "laid": "lay", "fired": "fire", "invested": "invest", "released": "release",
    "paid": "pay", "made": "make", "said": "say", "voted": "vote", "thanked": "thank", "published": "publish",
    "trained": "train", "worked": "work", "reported": "report", "took": "take", "declined": "decline",
    "confirmed": "confirm", "launched": "launch", "told": "tell", "earned": "earn", "got": "get", "spent": "spend",
    "brought": "bring", "signed": "sign", "asked": "ask", "completed": "complete", "described": "describe",
    "called": "call", "wrote": "write", "built": "build", "created": "create", "cut": "cut", "let": "let",
    "unionized": "unionize", "unionised": "unionise", "recruited": "recruit", "tested": "test", "planned": "plan",
    "stayed": "stay", "investigated": "investigate", "committed": "commit", "began": "begin", "sued": "sue",
    "praised": "praise", "bought": "buy", "sold": "sell", "visited": "visit", "interviewed": "interview",
    "refused": "refuse", "retracted": "retract", "marched": "march", "renegotiated": "renegotiate",
    "donated": "donate", "dropped": "drop", "quit": "quit", "terminated": "terminate", "expanded": "expand",
}  # fmt: skip
_PRESENT = re.compile(r"^(earn|make|pay|work|power|own|say|get|hire|train|want|call|describe|employ|need|use|live)s$|^(ha)s$")
_EN_AUX = re.compile(r"\b(is|are|was|were|has|have|had|can|could|will|would)\b", re.IGNORECASE)
_FR_AUX = re.compile(r"(?<!')\b(a|ont|est|sont|va|vont|avait|avaient|etait|était|étaient|peut|peuvent)\b", re.IGNORECASE)
_BEFORE_SUBJECT_END = re.compile(r"\b(?:that|who|which|qui|que)\b", re.IGNORECASE)


#: First words lowered when a statement goes after "that" or "que" (a name keeps its capital).
_LOWERED = frozenset(
    [
        "the",
        "a",
        "an",
        "some",
        "all",
        "both",
        "neither",
        "none",
        "no",
        "before",
        "after",
        "in",
        "on",
        "at",
        "over",
        "more",
        "most",
        "about",
        "nearly",
        "roughly",
        "only",
        "its",
        "their",
        "his",
        "her",
        "this",
        "these",
        "those",
        "there",
        "it",
        "many",
        "several",
        "dozens",
        "hundreds",
        "les",
        "le",
        "la",
        "l",
        "des",
        "un",
        "une",
        "aucun",
        "selon",
        "plus",
        "environ",
        "ses",
        "leurs",
        "avant",
        "après",
        "apres",
        "depuis",
        "en",
        "dans",
        "ce",
        "cette",
        "ces",
        "il",
        "ils",
        "elle",
        "elles",
        "on",
        "tous",
        "toutes",
        "certains",
        "plusieurs",
        "près",
        "pres",
    ]
)


def _lower_first(text: str) -> str:
    first = text.split()[0] if text.split() else ""
    return text[0].lower() + text[1:] if re.split(r"[\W]", first.lower())[0] in _LOWERED else text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def english_questions(statement: str) -> list[tuple[str, str]]:
    """A statement asked as English yes/no questions: (form, question)."""
    s = statement.strip().rstrip(".!?").strip()
    forms = [("is-it-true", f"Is it true that {_lower_first(s)}?"), ("intonation", f"{_upper_first(s)}?")]
    words = s.split()
    aux = _EN_AUX.search(s)
    if aux and aux.start() > 0 and not _BEFORE_SUBJECT_END.search(s[: aux.start()]):
        subject, rest = s[: aux.start()].strip(), s[aux.end() :].strip()
        if rest and not rest.startswith(("not ", "n't")):
            forms.append(("inversion", f"{_upper_first(aux.group(1).lower())} {_lower_first(subject)} {rest}?"))
        return forms
    for i, word in enumerate(words[1:], 1):
        low = word.lower()
        if _BEFORE_SUBJECT_END.fullmatch(low):
            break
        if low in _BASE:
            subject, rest = " ".join(words[:i]), " ".join(words[i + 1 :])
            forms.append(("did", f"Did {_lower_first(subject)} {_BASE[low]} {rest}".strip() + "?"))
            break
        m = _PRESENT.match(low)
        if m and m.group(1):
            subject, rest = " ".join(words[:i]), " ".join(words[i + 1 :])
            forms.append(("does", f"Does {_lower_first(subject)} {m.group(1)} {rest}".strip() + "?"))
            break
    return forms


def french_questions(statement: str) -> list[tuple[str, str]]:
    """A statement asked as French yes/no questions: (form, question)."""
    s = statement.strip().rstrip(".!?").strip()
    low = _lower_first(s)
    que = "qu'" if low[:1].lower() in "aeiouyéèêàâh" else "que "
    forms = [
        ("est-ce-que", f"Est-ce {que}{low} ?"),
        ("est-il-vrai", f"Est-il vrai {que}{low} ?"),
        ("intonation", f"{_upper_first(s)} ?"),
    ]
    aux = _FR_AUX.search(s)
    if (
        aux
        and aux.start() > 0
        and not _BEFORE_SUBJECT_END.search(s[: aux.start()])
        and not re.search(r"\bne\s*$|n'$", s[: aux.start()])
    ):
        verb = aux.group(1).lower()
        plural = verb in {"ont", "sont", "vont", "avaient", "étaient", "peuvent"}
        pronoun = "ils" if plural else "il"
        joined = f"{verb}-t-{pronoun}" if verb in {"a", "va"} else f"{verb}-{pronoun}"
        forms.append(("inversion", f"{_upper_first(s[: aux.start()].strip())} {joined} {s[aux.end() :].strip()} ?"))
    return forms


def questions(statement: str, language: str) -> list[tuple[str, str]]:
    """The yes/no questions of a statement in its language."""
    return french_questions(statement) if language == "fr" else english_questions(statement)


def _names(fact: Fact, checker: ClaimChecker) -> list[str]:
    return [checker.base.entities[e].name for e in fact.entities if e in checker.base.entities]


def answer_statements(fact: Fact, checker: ClaimChecker) -> list[tuple[str, str]]:
    """Sentences a fact's curated answers say, (language, sentence): who did what to whom, a role, a place, a figure."""
    entities = checker.base.entities
    name = lambda ids: " and ".join(entities[i].name for i in ids if i in entities)  # noqa: E731
    out: list[tuple[str, str]] = []
    answers = fact.answers
    for actor in answers.actor:
        who = name(actor.who)
        if not who or actor.did not in _PAST:
            continue
        past = _PAST[actor.did][0]
        if actor.whom and (actor.did in _WHOM_FIRST or not actor.object):
            target = name(actor.whom)
        else:
            target = re.split(r"[(;]|,\s", actor.object or "")[0].strip()
        out.append(("en", f"{who} {past} {target}".strip()))
        if actor.whom and actor.did in _FRENCH_PAST and (actor.did in _WHOM_FIRST or not actor.object):
            out.append(("fr", f"{who} {_FRENCH_PAST[actor.did]} {name(actor.whom)}"))
    for role in answers.role:
        if role.entity in entities:
            at = f" of {entities[role.at].name}" if role.at and role.at in entities else ""
            article = "the" if at else ("an" if role.role[:1].lower() in "aeiou" else "a")
            out.append(("en", f"{entities[role.entity].name} is {article} {role.role}{at}"))
    for place in answers.place:
        where = name(place.where[:1])
        if not where:
            continue
        if place.entity and place.entity in entities:
            who = entities[place.entity].name
            of = (place.of or "").lower()
            verb = "lives in" if "lives" in of else "is from" if "from" in of else "is based in"
            out.append(("en", f"{who} {verb} {where}"))
        elif place.of and not place.examples:
            out.append(("en", f"{_upper_first(place.of)} were in {where}"))
    for count in answers.count:
        if "'" in count.of or "(" in count.of:  # "OpenAI's staff (headcount)" makes no sentence
            continue
        about = "about " if count.approx else "over " if count.over else ""
        out.append(("en", f"There were {about}{count.value:,g} {count.of}"))
    for money in answers.money:
        if money.currency == "USD" and money.amount:
            per = f" an {money.per}" if money.per == "hour" else f" a {money.per}" if money.per else ""
            amount = f"{money.amount / 1e9:g} billion" if money.amount >= 1e9 else f"{money.amount:,g}"
            out.append(("en", f"{_upper_first(money.of)} was ${amount}{per}"))
    for percent in answers.percent:
        about = "about " if percent.approx else ""
        out.append(("en", f"{_upper_first(about)}{percent.value:g}% were {percent.of}"))
    if fact.when is not None and fact.when.date and answers.date:
        said = fact.when.text if re.match(r"(?i)(in|on|at|last|early|late)\b", fact.when.text) else f"in {fact.when.text}"
        out.append(("en", f"{_upper_first(answers.date[0].of)} happened {said}"))
    return out


def _name_spans(claim: str, checker: ClaimChecker) -> list[tuple[str, int, int]]:
    """(entity id, start, end) of each entity a claim names, in order, without overlaps."""
    parsed = parse_claim(claim, checker.base)
    spans: list[tuple[str, int, int]] = []
    for entity_id in parsed.entity_ids:
        entity = checker.base.entities[entity_id]
        for n in sorted((entity.name, *entity.aliases), key=len, reverse=True):
            m = re.search(rf"(?<!\w){re.escape(n)}(?!\w)", claim, re.IGNORECASE)
            if m and not any(s < m.end() and m.start() < e for _, s, e in spans):
                spans.append((entity_id, m.start(), m.end()))
                break
    return sorted(spans, key=lambda span: span[1])


def _word_swaps(claim: str, table: dict[str, str]) -> list[str]:
    out = []
    for old, new in table.items():
        m = re.search(rf"(?<![\w']){re.escape(old)}(?![\w'])", claim, re.IGNORECASE)
        if m:
            out.append(claim[: m.start()] + new + claim[m.end() :])
    return out


def changed(claim: str, fact: Fact | None, checker: ClaimChecker) -> list[tuple[str, str]]:
    """The false variants of a true claim, each with its kind."""
    found = list(typed_variants(claim, checker))
    spans = _name_spans(claim, checker)
    if fact is not None:
        named = {e for e, _, _ in spans}
        parties = [e for a in fact.answers.actor for e in (*a.who, *a.whom)] + list(fact.entities)
        parties = [e for e in dict.fromkeys(parties) if e not in named and e in checker.base.entities]
        for entity_id, start, end in spans:
            kind = checker.base.entities[entity_id].type
            for other in parties:
                other_entity = checker.base.entities[other]
                if (other_entity.type == "place") == (kind == "place"):
                    found.append(("party", claim[:start] + other_entity.name + claim[end:]))
    if len(spans) >= 2:
        (_, s1, e1), (_, s2, e2) = spans[0], spans[1]
        found.append(("swap", claim[:s1] + claim[s2:e2] + claim[e1:s2] + claim[s1:e1] + claim[e2:]))
    found += [("deed", v) for v in _word_swaps(claim, _DEED_SWAPS)[:2]]
    found += [("unsaid", v) for v in _word_swaps(claim, _UNSAID_SWAPS)[:2]]
    seen = {claim}
    return [(k, v) for k, v in found if not (v in seen or seen.add(v))]


@dataclass(frozen=True)
class Generated:
    """A generated statement or question, whether it is true, its kind and where it came from."""

    text: str
    true: bool
    kind: str
    form: str
    source: str


def generate(
    checker: ClaimChecker,
    paths: list[Path],
    *,
    seed: int = SEED,
    per_claim: int = PER_CLAIM,
    variants: int = VARIANTS,
    sample: float = 1.0,
) -> list[Generated]:
    """Every true statement the checker supports, a seeded draw of its false variants, and of their yes/no questions."""
    rng = random.Random(seed)
    statements: list[tuple[str, str, str]] = []  # (language, statement, source)
    for path in paths:
        for entry in load_claims(path):
            if entry["verdict"] == "supported":
                statements.append((str(entry.get("lang") or guess_language(entry["claim"])), entry["claim"], path.name))
    for fact in checker.base.facts.values():
        statements += [(lang, s, f"answers:{fact.id}") for lang, s in answer_statements(fact, checker)]
    out: list[Generated] = []

    def ask(text: str, language: str, *, true: bool, kind: str, source: str, plain: bool = True, forms: int = per_claim) -> None:
        if plain or text.rstrip().endswith("?"):
            out.append(Generated(text, true, kind, "plain", source))
        if text.rstrip().endswith("?"):
            return
        asked = questions(text, language)
        rng.shuffle(asked)
        out.extend(Generated(q, true, kind, form, source) for form, q in (asked[:forms] if forms else asked))

    unique = list(dict.fromkeys(statements))
    if sample < 1:
        unique = [s for s in unique if rng.random() < sample]
    for language, statement, source in unique:
        verdict = checker.assess(statement)
        if verdict.verdict != "supported":
            continue  # a false variant of a claim the checker does not support says little
        ask(statement, language, true=True, kind="true", source=source, plain=False)
        found = changed(statement, verdict.fact, checker)
        rng.shuffle(found)
        for kind, variant in found[:variants] if variants else found:
            # the one-point changes said plainly are benchmarks/claims_mutations.py's: asked here as questions
            ask(variant, language, true=False, kind=kind, source=statement, plain=kind not in MUTATION_KINDS, forms=1)
    for dispute in DISAGREEMENTS:
        for side in dispute.sides:
            if not side.conflicts:
                continue
            for language, wordings in (("en", side.en), ("fr", side.fr)):
                for w in wordings:
                    ask(_upper_first(w), language, true=False, kind="dispute", source=dispute.fact_id, plain=False)
        for language, wordings in (("en", dispute.neither_en), ("fr", dispute.neither_fr)):
            for w in wordings:
                ask(_upper_first(w), language, true=False, kind="dispute", source=dispute.fact_id, plain=False)
    seen: set[str] = set()
    return [g for g in out if not (g.text in seen or seen.add(g.text))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=Path, nargs="+", default=DEFAULT_SETS, help="development claim sets (YAML)")
    parser.add_argument("--list", action="store_true", help="list each false claim called supported")
    parser.add_argument("--true", action="store_true", help="also count how often the true statements' questions are supported")
    parser.add_argument("--lexical", action="store_true", help="without the sentence encoder (the bot with semantic: false)")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS), help="kinds of change to count")
    parser.add_argument("--per-claim", type=int, default=PER_CLAIM, help="question forms drawn per statement (0: all)")
    parser.add_argument("--variants", type=int, default=VARIANTS, help="false variants drawn per true statement (0: all)")
    parser.add_argument("--sample", type=float, default=1.0, help="share of the true statements drawn (for a quick look)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    for path in args.claims:
        if is_sealed(path):
            parser.error(f"{path} is kept apart: claims are made from development sets only")
    checker = benchmark_checker(semantic=not args.lexical)
    made: Counter[tuple[str, bool]] = Counter()
    supported: Counter[tuple[str, bool]] = Counter()
    kept = 0
    listed = []
    for g in generate(checker, args.claims, seed=args.seed, per_claim=args.per_claim, variants=args.variants, sample=args.sample):
        if (g.true and not args.true) or (not g.true and g.kind not in args.kinds):
            continue
        question = g.form != "plain"
        made[(g.kind, question)] += 1
        verdict = checker.assess(g.text)
        if verdict.verdict != "supported" or g.true:
            supported[(g.kind, question)] += verdict.verdict == "supported"
            continue
        if g.text in KEPT:
            kept += 1
            continue
        supported[(g.kind, question)] += 1
        listed.append(f"  {g.kind}/{g.form}: {g.text}  [{verdict.fact.id if verdict.fact else '-'}]  (from: {g.source})")
    false_made = sum(n for (k, _), n in made.items() if k != "true")
    false_supported = sum(n for (k, _), n in supported.items() if k != "true")
    print(
        f"{false_made} false claims and questions generated; supported: {false_supported} (and {kept} read as keeping the meaning)"
    )
    for kind in ("true", *KINDS):
        for question in (False, True):
            if made[(kind, question)]:
                what = "questions " if question else "statements"
                print(f"  {kind:<10} {what} {made[(kind, question)]:>5}, supported {supported[(kind, question)]}")
    if args.list:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
