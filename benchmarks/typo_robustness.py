"""How well the engine stands typos: the development sets' questions with typos made in them, seeded.

.venv/bin/python benchmarks/typo_robustness.py [--questions benchmarks/dev6.yaml ...] [--seed 9] [--lexical] [--misses]

Each in-scope question the engine answers right as written is asked again four ways: one typo in one of its content
words; one typo in each of two of them; two typos in one word (of six letters or more); two typos in a name it gives
(one in each of two words of the name, or both in a one-word name). A typo is what hands make: a letter dropped,
doubled, swapped with the next, or struck on a neighbouring key in its place or beside it; the first letter is kept.
Each kind's figure is the share still answered right. The development sets' off-topic questions (near and far) that
the engine leaves unanswered as written get one typo in each of two words: their figure is the share still unanswered.

The questions are development questions, but the typos are drawn at random, not written to fit the engine: a change
that raises these figures reads typos better in general. Never run it on a held-out set with --misses.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.core.text import STOP_WORDS, fold, search_tokens
from bot.evaluation import BENCHMARKS, load_questions

SETS = [BENCHMARKS / name for name in ("questions.yaml", "dev3.yaml", "dev4.yaml", "dev6.yaml")]
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOURS = {
    key: "".join(
        _ROWS[r][c]
        for r in range(max(0, row - 1), min(3, row + 2))
        for c in range(max(0, col - 1), col + 2)
        if c < len(_ROWS[r]) and (r, c) != (row, col)
    )
    for row, keys in enumerate(_ROWS)
    for col, key in enumerate(keys)
}
_WORD = re.compile(r"[^\W\d_]+")


def typo(word: str, rng: random.Random) -> str:
    """The word with one typo of a hand's making, its first letter kept."""
    for _ in range(20):
        i = rng.randrange(1, len(word))
        letter = word[i]
        near = NEIGHBOURS.get(fold(letter), "")
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


def variants(question: str, name_words: frozenset[str], rng: random.Random) -> dict[str, str]:
    """The question with typos, by kind (a kind the question has no room for is left out)."""
    spans = _content_spans(question)
    words = {span: question[span[0] : span[1]] for span in spans}
    out: dict[str, str] = {}
    if spans:
        span = rng.choice(spans)
        out["one typo"] = _replace(question, {span: typo(words[span], rng)})
    if len(spans) >= 2:
        a, b = rng.sample(spans, 2)
        out["two typos, two words"] = _replace(question, {a: typo(words[a], rng), b: typo(words[b], rng)})
    long = [s for s in spans if s[1] - s[0] >= 6]
    if long:
        span = rng.choice(long)
        out["two typos, one word"] = _replace(question, {span: typo(typo(words[span], rng), rng)})
    names = [s for s in spans if fold(words[s]) in name_words]
    if len(names) >= 2:
        a, b = rng.sample(names, 2)
        out["two typos in a name"] = _replace(question, {a: typo(words[a], rng), b: typo(words[b], rng)})
    elif names and names[0][1] - names[0][0] >= 5:
        out["two typos in a name"] = _replace(question, {names[0]: typo(typo(words[names[0]], rng), rng)})
    return out


def measure(
    engine: Engine, paths: list[Path], seed: int, report: Callable[[str], None] = print, misses: bool = False
) -> dict[str, tuple[int, int]]:
    """Ask every variant; return (right, total) by kind, and report each figure."""
    base = engine.base
    name_words = frozenset(
        fold(word)
        for entity in base.entities.values()
        for name in (entity.name, *entity.aliases)
        for word in _WORD.findall(name)
        if len(word) >= 4
    )
    tallies: dict[str, list[int]] = {}
    missed: list[str] = []
    for path in paths:
        rng = random.Random(f"{seed}:{path.name}")
        in_scope, off_topic = load_questions(path)
        for item in in_scope:
            answer = engine.ask(item.question)
            if answer.best is None or answer.best.fact.id not in item.expect:
                continue
            for kind, question in variants(item.question, name_words, rng).items():
                got = engine.ask(question)
                right = got.best is not None and got.best.fact.id in item.expect
                tally = tallies.setdefault(kind, [0, 0])
                tally[0] += right
                tally[1] += 1
                if not right:
                    missed.append(f"[{kind}] {question!r} ({item.question!r}): got {got.best.fact.id if got.best else 'none'}")
        for item in off_topic:
            if item.kind not in ("near", "far") or engine.ask(item.question).best is not None:
                continue
            question = variants(item.question, name_words, rng).get("two typos, two words")
            if question is None:
                continue
            got = engine.ask(question)
            tally = tallies.setdefault(f"off topic ({item.kind}), still unanswered", [0, 0])
            tally[0] += got.best is None
            tally[1] += 1
            if got.best is not None:
                missed.append(f"[off topic {item.kind}] {question!r}: got {got.best.fact.id}")
    for kind, (right, total) in tallies.items():
        report(f"{kind:40} {100 * right / max(total, 1):5.1f}% ({right}/{total})")
    if misses:
        report("\nmisses:")
        for line in missed:
            report(f"  {line}")
    return {kind: (right, total) for kind, (right, total) in tallies.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, nargs="+", help="development sets (default: questions, dev3, dev4, dev6)")
    parser.add_argument("--seed", type=int, default=9)
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
    measure(engine, paths, args.seed, misses=args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
