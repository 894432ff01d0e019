"""What word bridges by meaning would do: a question's word read as the index's words nearest it in the sentence
encoder's space, with less trust. Measured here, not shipped (README, "Word bridges by meaning").

.venv/bin/python benchmarks/word_bridges.py [--questions benchmarks/dev9.yaml ...] [--mode unknown|every]
    [--cosine 0.7] [--trust 0.6] [--neighbours 3] [--coverage-only] [--pairs [--phrases]]

Every surface word of the facts' texts (statements, phrasings, keywords, names, topics, quotes) that the index reads
as one indexed token is embedded alone, once per run. With bridges on, the index's reading of a question's word
(`LexicalIndex.lookup`, which candidates, coverage and the checks all use) gains the `--neighbours` indexed tokens
nearest the word in meaning, from `--cosine`, trusted `--trust`: for a word the index does not know and has no typo
reading for (`unknown`), or for every content word (`every`). With --coverage-only they are not readings but count
only towards how much of the question a fact says, as an event's other words do (ranking.py): they pick no candidate
and no check reads them. Each development set is run without, then with them.

--pairs prints instead, for each paraphrase the engine misses and each near off-topic question, the question's words
the fact (the expected one; for a near question, the one answered or first suggested) does not hold, each with the
fact's word nearest it in meaning and their cosine, and the least of those cosines: a bridge at a cosine would make
a question "fully read" from that cosine on. A threshold that helps paraphrases without answering near questions
would show as paraphrases above it and near questions below; the closing table counts them. With --phrases, a
bridge of phrases instead: the question's windows of one to three words holding the unread word, against the fact's
curated keywords.

Held-out sets are refused: their misses are never read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from bot.core.engine import Engine
from bot.core.engine.asks import rephrase
from bot.core.loader import load_knowledge
from bot.core.semantic import SemanticModel, default_cache_dir
from bot.core.text import STOP_WORDS, search_tokens_by_word, words
from bot.evaluation import evaluate, load_questions

BENCHMARKS = Path(__file__).resolve().parent
#: Folders of sets kept sealed (PROTOCOL.md), besides benchmarks/heldout*.yaml.
SEALED_DIRS = ("sealed", "sets")
DEFAULT_SETS = ["dev9", "dev8", "dev7", "dev6", "dev4", "questions", "probes", "probes_near"]


class Vocabulary:
    """The facts' surface words the index reads as one indexed token, each embedded alone."""

    def __init__(self, engine: Engine) -> None:
        index = engine._index
        self.token_of: dict[str, str] = {}
        self.fact_words: list[list[str]] = []
        for fact in index.facts:
            own = set()
            for _field, text in index._fact_fields(fact):
                for word in words(text):
                    if len(word) < 3 or word in STOP_WORDS or any(c.isdigit() for c in word):
                        continue
                    tokens = [t for _w, t in search_tokens_by_word(word)]
                    if len(tokens) == 1 and tokens[0] in index.idf:
                        self.token_of.setdefault(word, tokens[0])
                        own.add(word)
            self.fact_words.append(sorted(own))
        self.words = sorted(self.token_of)
        self.row = {word: i for i, word in enumerate(self.words)}
        self.encoder = engine.reranker.encoder
        self.matrix = self.encoder.encode(self.words).astype(np.float32)
        self._asked: dict[str, np.ndarray] = {}

    def vector(self, word: str) -> np.ndarray:
        if word in self.row:
            return self.matrix[self.row[word]]
        if word not in self._asked:
            self._asked[word] = self.encoder.encode([word])[0].astype(np.float32)
        return self._asked[word]

    def nearest(self, word: str, cosine: float, limit: int) -> list[tuple[str, float]]:
        """The indexed tokens of the words nearest `word` in meaning, from `cosine`, at most `limit`."""
        sims = self.matrix @ self.vector(word)
        found: dict[str, float] = {}
        for j in np.argsort(-sims)[: 8 * limit]:
            if sims[j] < cosine or len(found) >= limit:
                break
            found.setdefault(self.token_of[self.words[j]], float(sims[j]))
        return list(found.items())


def bridge(
    engine: Engine, vocabulary: Vocabulary, mode: str, cosine: float, trust: float, limit: int, coverage_only: bool
) -> None:
    """Give the engine's index bridged readings (on this instance only); `coverage_only`: as other words for an event
    are (ranking.py), counting towards how much of the question a fact says, picking no fact and read by no check."""
    index = engine._index
    lookup, unstemmed = index.lookup, index.unstemmed_typos
    word_of: dict[str, str] = {}
    cache: dict[str, list[tuple[str, float]]] = {}

    def remember(pairs):
        for word, token in pairs:
            word_of.setdefault(token, word)
        return unstemmed(pairs)

    def bridged(token: str):
        own = lookup(token)
        if mode == "unknown" and (token in index.idf or own):
            return own
        if token in STOP_WORDS or len(token) < 3 or any(c.isdigit() for c in token):
            return own
        word = word_of.get(token, token)
        if word not in cache:
            cache[word] = vocabulary.nearest(word, cosine, limit)
        readings = dict(own)
        for indexed, _cos in cache[word]:
            if indexed != token:
                readings.setdefault(indexed, trust)
        return tuple(readings.items())

    index.unstemmed_typos = remember
    if not coverage_only:
        index.lookup = bridged
        return
    ranker = engine._ranker
    others = ranker._paraphrases

    def paraphrases(token: str):
        own = dict(lookup(token))
        return others(token) + tuple((i, t) for i, t in bridged(token) if i not in own)

    ranker._paraphrases = paraphrases


def figures(engine: Engine, path: Path) -> str:
    scope, off = load_questions(path)
    report = evaluate(engine, scope, off)
    para = report.by_kind.get("paraphrase")
    parts = [f"in scope {report.in_scope.right}/{report.in_scope.total}"]
    if para is not None:
        parts.append(f"paraphrase {para.right}/{para.total}")
    parts += [f"{kind} {t.right}/{t.total}" for kind, t in sorted(report.abstention.items()) if kind in ("near", "far", "chat")]
    parts += [f"{band} right {report.calibration[band].right}/{report.calibration[band].total}" for band in ("sure", "likely")]
    return ", ".join(parts)


def pairs(engine: Engine, vocabulary: Vocabulary, path: Path, phrases: bool) -> list[tuple[str, float]]:
    """Print each missed paraphrase's and near question's unread words with their nearest in the fact; return each
    question's kind and least cosine (1.0 when the fact lacks none of its words)."""
    index = engine._index
    position = {fact.id: i for i, fact in enumerate(index.facts)}
    keywords: dict[int, tuple[list[str], np.ndarray]] = {}
    scope, off = load_questions(path)

    def nearest_word(at: int, word: str, _said: list[str]) -> tuple[str, float]:
        own = vocabulary.fact_words[at]
        sims = vocabulary.matrix[[vocabulary.row[w] for w in own]] @ vocabulary.vector(word)
        best = int(np.argmax(sims))
        return own[best], float(sims[best])

    def nearest_phrase(at: int, word: str, said: list[str]) -> tuple[str, float]:
        # The question's windows of one to three words holding the word, against the fact's keywords.
        if at not in keywords:
            own = list(dict.fromkeys(index.facts[at].keywords))
            keywords[at] = (own, vocabulary.encoder.encode(own).astype(np.float32) if own else np.zeros((0, 1)))
        own, matrix = keywords[at]
        if not own or word not in said:
            return "", 0.0
        k = said.index(word)
        windows = sorted(
            {" ".join(said[a:b]) for a in range(max(0, k - 2), k + 1) for b in range(k + 1, min(len(said), a + 3) + 1)}
        )
        sims = vocabulary.encoder.encode(windows).astype(np.float32) @ matrix.T
        i, j = np.unravel_index(int(np.argmax(sims)), sims.shape)
        return f"{windows[i]} ~ {own[j]}", float(sims[i, j])

    nearest = nearest_phrase if phrases else nearest_word

    def unread(question: str, fact_id: str) -> list[tuple[str, str, float]]:
        at = position[fact_id]
        held = index.fact_tokens[at]
        matched = rephrase(engine.described(question))
        said = words(matched)
        out = []
        for word, token in search_tokens_by_word(matched):
            if token in STOP_WORDS or len(word) < 3 or any(c.isdigit() for c in word):
                continue
            if ({token} | {i for i, _ in index.lookup(token)}) & held:
                continue
            near, cosine = nearest(at, word, said)
            out.append((word, near, round(cosine, 2)))
        return out

    least: list[tuple[str, float]] = []
    for item in scope:
        if item.kind != "paraphrase":
            continue
        answer = engine.ask(item.question)
        if answer.best is not None and answer.best.fact.id in item.expect:
            continue
        found = unread(item.question, item.expect[0])
        least.append(("missed paraphrases", min((c for *_, c in found), default=1.0)))
        print(f"paraphrase {least[-1][1]:.2f} {path.stem} {item.question!r} {found}")
    for item in off:
        if item.kind != "near":
            continue
        answer = engine.ask(item.question)
        match = answer.best or (answer.suggestions[0] if answer.suggestions else None)
        if match is None:
            continue
        found = unread(item.question, match.fact.id)
        state = "answered" if answer.best else "abstained"
        least.append((f"near, {state}", min((c for *_, c in found), default=1.0)))
        print(f"near {least[-1][1]:.2f} {path.stem} {state} {item.question!r} {found}")
    return least


def separation(least: list[tuple[str, float]]) -> None:
    """How many questions of each kind, among those with a word the fact lacks, would have all of them bridged from
    each cosine."""
    cosines = (0.5, 0.6, 0.7, 0.8, 0.9)
    print(f"{'all unread words bridged, from cosine':<40}" + "".join(f"{c:>7}" for c in cosines))
    for kind in ("missed paraphrases", "near, abstained", "near, answered"):
        values = [v for k, v in least if k == kind and v < 1.0]
        label = f"{kind} ({len(values)} with unread words)"
        print(f"{label:<40}" + "".join(f"{sum(v >= c for v in values):>7}" for c in cosines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, nargs="+", help="development sets (default: dev9 dev8 dev7 dev6 dev4 ...)")
    parser.add_argument("--mode", choices=("unknown", "every"), default="unknown")
    parser.add_argument("--cosine", type=float, default=0.7)
    parser.add_argument("--trust", type=float, default=0.6)
    parser.add_argument("--neighbours", type=int, default=3)
    parser.add_argument("--coverage-only", action="store_true", help="bridges count for coverage alone (pick no fact)")
    parser.add_argument("--pairs", action="store_true", help="the unread words' nearest fact words instead")
    parser.add_argument("--phrases", action="store_true", help="with --pairs: the question's word windows against keywords")
    args = parser.parse_args()
    paths = args.questions or [BENCHMARKS / f"{name}.yaml" for name in DEFAULT_SETS]
    sealed = [
        str(p) for p in paths if p.name.startswith(("heldout", "claims")) or any(d.startswith(SEALED_DIRS) for d in p.parts)
    ]
    if sealed:
        parser.error(f"refused on sealed sets ({', '.join(sealed)})")
    engine = Engine(load_knowledge())
    SemanticModel(default_cache_dir()).attach(engine)
    if engine.reranker is None:
        parser.error("the sentence encoder is unavailable")
    vocabulary = Vocabulary(engine)
    print(f"{len(vocabulary.words)} words embedded")
    if args.pairs:
        separation([row for path in paths for row in pairs(engine, vocabulary, path, args.phrases)])
        return 0
    before = {path: figures(engine, path) for path in paths}
    bridge(engine, vocabulary, args.mode, args.cosine, args.trust, args.neighbours, args.coverage_only)
    how = "coverage only" if args.coverage_only else "as readings"
    print(f"bridges ({how}): {args.mode} words, cosine >= {args.cosine}, trust {args.trust}, {args.neighbours} neighbours")
    for path in paths:
        print(f"{path.stem:<17} without: {before[path]}")
        print(f"{'':<17} with:    {figures(engine, path)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
