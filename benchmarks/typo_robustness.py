"""How well the engine stands typos: the development sets' questions with typos made in them, seeded.

.venv/bin/python benchmarks/typo_robustness.py [--questions benchmarks/dev6.yaml ...] [--seed 9] [--kinds ...] [--lexical] [--misses]

Each in-scope question the engine answers right as written (English and French) is asked again with typos made in
its content words, by kind: one typo in one word; one in each of two words; two in one word (of six letters or more);
two in a name it gives (one in each of two words of the name, or both in a one-word name); one in each of three words;
two or three typos of any sort, drawn from every sort below, French accents dropped among them; a real-word typo (a
content word turned into another word of the language one edit away, as "launch" typed "lunch"), alone and with an
ordinary typo in another word. An ordinary typo is what hands make: a letter dropped, doubled, swapped with the next,
or struck on a neighbouring key in its place or beside it; the first letter is kept. Each variant's outcome is one of
three: still right, now abstains (a miss, with suggestions), or now WRONG (another fact answered, the worst outcome;
how many of those were shown as "sure" is counted apart).

Off-topic questions (near and far) that the engine leaves unanswered as written (the development sets' and
probes_near's) get the same kinds of typos (two words, three words, two or three of any sort, a real-word typo): their
figure is the share still unanswered.

The typos are drawn at random for each question and kind from the seed alone (not from what the engine answered
before), so two engines are compared on the same variants; they are not written to fit the engine: a change that
raises these figures reads typos better in general. Never run it on a held-out set with --misses.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core import lexicon
from bot.core.engine import Engine
from bot.core.engine.lexical import KEY_NEIGHBOURS
from bot.core.loader import load_knowledge
from bot.core.text import STOP_WORDS, fold, search_tokens, stem
from bot.evaluation import BENCHMARKS, load_questions

SETS = [
    BENCHMARKS / name
    for name in (
        "questions.yaml",
        "dev3.yaml",
        "dev4.yaml",
        "dev6.yaml",
        "dev7.yaml",
        "dev8.yaml",
        "dev9.yaml",
        "probes_french.yaml",
        "probes_near.yaml",
    )
]
_WORD = re.compile(r"[^\W\d_]+")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
#: A real-word typo gives a word at least this common (Zipf frequency, as the engine's lexicon counts it).
REAL_WORD_ZIPF = 3.0
IN_SCOPE_KINDS = (
    "one typo",
    "two typos, two words",
    "two typos, one word",
    "two typos in a name",
    "three typos, three words",
    "two or three typos, any sort",
    "real-word typo",
    "real-word typo and a typo",
)
OFF_TOPIC_KINDS = ("two typos, two words", "three typos, three words", "two or three typos, any sort", "real-word typo")


def typo(word: str, rng: random.Random) -> str:
    """The word with one typo of a hand's making, its first letter kept."""
    for _ in range(20):
        i = rng.randrange(1, len(word))
        letter = word[i]
        near = KEY_NEIGHBOURS.get(fold(letter), "")
        kind = rng.choice(("drop", "double", "swap", "strike", "extra"))
        if kind == "drop":
            out = word[:i] + word[i + 1 :]
        elif kind == "double":
            out = word[:i] + letter + word[i:]
        elif kind == "swap" and i + 1 < len(word):
            out = word[:i] + word[i + 1] + letter + word[i + 2 :]
        elif kind == "strike" and near:
            out = word[:i] + rng.choice(near) + word[i + 1 :]
        elif kind == "extra" and near:
            out = word[:i] + rng.choice(near) + word[i:]
        else:
            continue
        if out != word:
            return out
    return word[:-1]


def unaccented(word: str, rng: random.Random) -> str | None:
    """The word with one of its accents dropped ("été" typed "eté"), or None when it has none."""
    accented = [i for i, letter in enumerate(word) if fold(letter) != letter.lower()]
    if not accented:
        return None
    i = rng.choice(accented)
    return word[:i] + unicodedata.normalize("NFKD", word[i])[0] + word[i + 1 :]


def real_word_typos(word: str) -> list[str]:
    """Other words of the language one edit from `word` (its first letter kept), not forms of it: "launch" -> "lunch"."""
    lower = word.lower()
    if len(lower) < 4 or not lower.isascii():
        return []
    edits = set()
    for i in range(1, len(lower) + 1):
        if i < len(lower):
            edits.add(lower[:i] + lower[i + 1 :])
            if i + 1 < len(lower):
                edits.add(lower[:i] + lower[i + 1] + lower[i] + lower[i + 2 :])
            edits.update(lower[:i] + c + lower[i + 1 :] for c in _ALPHABET)
        edits.update(lower[:i] + c + lower[i:] for c in _ALPHABET)
    own = stem(fold(lower))
    found = sorted(
        e
        for e in edits
        if e != lower and len(e) >= 3 and stem(e) != own and e not in STOP_WORDS and lexicon.frequency(e) >= REAL_WORD_ZIPF
    )
    return [word[0] + e[1:] for e in found]


def any_typo(word: str, rng: random.Random) -> str:
    """One typo of any sort: a hand's, a dropped accent (when the word has one) or a real word (when one is near)."""
    sort = rng.choice(("hand", "hand", "hand", "accent", "real"))
    if sort == "accent" and (out := unaccented(word, rng)) is not None:
        return out
    if sort == "real" and (near := real_word_typos(word)):
        return rng.choice(near)
    return typo(word, rng)


def _content_spans(question: str) -> list[tuple[int, int]]:
    """Where the question's content words are (four letters or more, not a function word)."""
    return [
        m.span()
        for m in _WORD.finditer(question)
        if len(m.group()) >= 4 and fold(m.group()) not in STOP_WORDS and search_tokens(m.group())
    ]


def _replace(question: str, edits: dict[tuple[int, int], str]) -> str:
    out, last = [], 0
    for (start, end), word in sorted(edits.items()):
        out += [question[last:start], word]
        last = end
    return "".join(out) + question[last:]


def variants(
    question: str, name_words: frozenset[str], rng: random.Random, kinds: tuple[str, ...] = IN_SCOPE_KINDS
) -> dict[str, str]:
    """The question with typos, by kind (a kind the question has no room for is left out). Each kind draws from a
    generator of its own, seeded from `rng`, so leaving a kind out changes none of the others' typos."""
    spans = _content_spans(question)
    words = {span: question[span[0] : span[1]] for span in spans}
    seeds = {kind: rng.random() for kind in IN_SCOPE_KINDS}
    out: dict[str, str] = {}
    for kind in kinds:
        draw = random.Random(seeds[kind])
        made = _variant(kind, question, spans, words, name_words, draw)
        if made is not None and made != question:
            out[kind] = made
    return out


def _variant(
    kind: str,
    question: str,
    spans: list[tuple[int, int]],
    words: dict[tuple[int, int], str],
    name_words: frozenset[str],
    rng: random.Random,
) -> str | None:
    if kind == "one typo" and spans:
        span = rng.choice(spans)
        return _replace(question, {span: typo(words[span], rng)})
    if kind == "two typos, two words" and len(spans) >= 2:
        return _replace(question, {s: typo(words[s], rng) for s in rng.sample(spans, 2)})
    if kind == "three typos, three words" and len(spans) >= 3:
        return _replace(question, {s: typo(words[s], rng) for s in rng.sample(spans, 3)})
    if kind == "two typos, one word":
        long = [s for s in spans if s[1] - s[0] >= 6]
        if long:
            span = rng.choice(long)
            return _replace(question, {span: typo(typo(words[span], rng), rng)})
    if kind == "two typos in a name":
        names = [s for s in spans if fold(words[s]) in name_words]
        if len(names) >= 2:
            return _replace(question, {s: typo(words[s], rng) for s in rng.sample(names, 2)})
        if names and names[0][1] - names[0][0] >= 5:
            return _replace(question, {names[0]: typo(typo(words[names[0]], rng), rng)})
    if kind == "two or three typos, any sort" and len(spans) >= 2:
        chosen = rng.sample(spans, min(len(spans), rng.choice((2, 3))))
        return _replace(question, {s: any_typo(words[s], rng) for s in chosen})
    if kind in ("real-word typo", "real-word typo and a typo"):
        real = [(s, near) for s in spans if (near := real_word_typos(words[s]))]
        if not real:
            return None
        span, near = rng.choice(real)
        edits = {span: rng.choice(near)}
        if kind == "real-word typo and a typo":
            others = [s for s in spans if s != span]
            if not others:
                return None
            other = rng.choice(others)
            edits[other] = typo(words[other], rng)
        return _replace(question, edits)
    return None


@dataclass
class Outcomes:
    """What the variants of one kind got: still right (or, off topic, still unanswered), abstained, or answered wrong."""

    right: int = 0
    abstained: int = 0
    wrong: int = 0
    wrong_sure: int = 0

    @property
    def total(self) -> int:
        return self.right + self.abstained + self.wrong

    def line(self, label: str, off_topic: bool = False) -> str:
        share = 100 * self.right / max(self.total, 1)
        if off_topic:
            return f"{label:46} {share:5.1f}% ({self.right}/{self.total}); answered {self.wrong} (sure {self.wrong_sure})"
        return (
            f"{label:46} {share:5.1f}% ({self.right}/{self.total}); abstains {self.abstained}, "
            f"WRONG {self.wrong} (sure {self.wrong_sure})"
        )


def _rng(seed: int, path: Path, question: str) -> random.Random:
    return random.Random(f"{seed}:{path.name}:{question}")


def measure(
    engine: Engine,
    paths: list[Path],
    seed: int,
    report: Callable[[str], None] = print,
    misses: bool = False,
    kinds: tuple[str, ...] | None = None,
) -> dict[str, Outcomes]:
    """Ask every variant; return the outcomes by kind (off-topic ones prefixed "off topic"), and report each figure."""
    base = engine.base
    name_words = frozenset(
        fold(word)
        for entity in base.entities.values()
        for name in (entity.name, *entity.aliases)
        for word in _WORD.findall(name)
        if len(word) >= 4
    )
    in_kinds = tuple(k for k in IN_SCOPE_KINDS if kinds is None or k in kinds)
    off_kinds = tuple(k for k in OFF_TOPIC_KINDS if kinds is None or k in kinds)
    tallies: dict[str, Outcomes] = {}
    missed: list[str] = []
    for path in paths:
        in_scope, off_topic = load_questions(path)
        for item in in_scope:
            answer = engine.ask(item.question)
            if answer.best is None or answer.best.fact.id not in item.expect:
                continue
            made = variants(item.question, name_words, _rng(seed, path, item.question), in_kinds)
            for kind, question in made.items():
                for label in (kind, f"  {item.lang}: {kind}"):
                    tallies.setdefault(label, Outcomes())
                got = engine.ask(question)
                for label in (kind, f"  {item.lang}: {kind}"):
                    tally = tallies[label]
                    if got.best is None:
                        tally.abstained += 1
                    elif got.best.fact.id in item.expect:
                        tally.right += 1
                    else:
                        tally.wrong += 1
                        tally.wrong_sure += got.band == "sure"
                if got.best is None or got.best.fact.id not in item.expect:
                    outcome = f"WRONG {got.best.fact.id} ({got.band})" if got.best else "abstains"
                    missed.append(f"[{kind}] {question!r} ({item.question!r}): {outcome}")
        for item in off_topic:
            if item.kind not in ("near", "far") or engine.ask(item.question).best is not None:
                continue
            made = variants(item.question, name_words, _rng(seed, path, item.question), off_kinds)
            for kind, question in made.items():
                got = engine.ask(question)
                tally = tallies.setdefault(f"off topic ({item.kind}): {kind}", Outcomes())
                if got.best is None:
                    tally.right += 1
                else:
                    tally.wrong += 1
                    tally.wrong_sure += got.band == "sure"
                    missed.append(f"[off topic {item.kind}, {kind}] {question!r}: got {got.best.fact.id} ({got.band})")
    report("in scope, still right (by kind, then by language):")
    for label in [*in_kinds, *(f"  {lang}: {k}" for lang in ("en", "fr") for k in in_kinds)]:
        if label in tallies:
            report(tallies[label].line(label))
    report("off topic, still unanswered:")
    for label in [f"off topic ({kind}): {k}" for kind in ("near", "far") for k in off_kinds]:
        if label in tallies:
            report(tallies[label].line(label, off_topic=True))
    if misses:
        report("\nmisses:")
        for line in missed:
            report(f"  {line}")
    return tallies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, nargs="+", help="development sets (default: every development set)")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--kinds", nargs="+", choices=IN_SCOPE_KINDS, help="only these kinds of typos")
    parser.add_argument("--lexical", action="store_true", help="without the semantic re-ranker")
    parser.add_argument("--misses", action="store_true", help="list the variants answered wrongly")
    args = parser.parse_args()
    paths = args.questions or SETS
    if args.misses and any(p.name.startswith("heldout") for p in paths):
        parser.error("--misses is refused on a held-out set")
    engine = Engine(load_knowledge())
    if not args.lexical:
        from bot.core.semantic import SemanticModel, default_cache_dir

        SemanticModel(default_cache_dir()).attach(engine)
    print(f"seed {args.seed}, {'semantic re-ranker on' if engine.reranker is not None else 'lexical only'}")
    measure(engine, paths, args.seed, misses=args.misses, kinds=tuple(args.kinds) if args.kinds else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
