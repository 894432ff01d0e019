"""Realistic synthetic fact bases written to disk in the project's schema, for the scale benchmark and tests.

    .venv/bin/python benchmarks/synthetic.py OUT_DIR --facts 10000 --articles 100 [--one-article]

Words come from the lexicon's English list (real words, drawn with a Zipf-like skew, so posting lists
are as lopsided as in real text). Each article is paragraphs of sentences, some with typographic
quotes; each fact quotes one or two sentences (or clauses) of its articles, sometimes with straight
quotes and re-wrapped white space, as curators do. Entities (a third of the facts, as in the shipped
base), topics and discrepancy facts (about one in six, citing two articles with positions) come in
proportion. One in ten articles is French, and the facts citing it carry French phrasings.
With --one-article every fact cites one article whose text is all the articles' texts together.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "bot" / "core" / "lexicon" / "words.txt"
SENTENCES_PER_ARTICLE_MIN = 40


def _words(count: int = 6000) -> list[str]:
    """The most common alphabetic words of the lexicon, most common first."""
    rows = []
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        word, zipf = line.split("\t")
        if word.isalpha() and word.isascii() and len(word) >= 3:
            rows.append((float(zipf), word))
    rows.sort(reverse=True)
    return [w for _, w in rows[:count]]


class _Picker:
    def __init__(self, words: list[str], rng: random.Random) -> None:
        self.words, self.rng = words, rng
        total, self.cumulative = 0.0, []
        for rank in range(len(words)):
            total += 1.0 / (rank + 1) ** 1.05
            self.cumulative.append(total)

    def __call__(self, k: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=k)


def _q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_base(out: Path, facts: int, articles: int, *, one_article: bool = False, seed: int = 7) -> dict:
    """Write a base of `facts` facts over `articles` articles to `out`; returns counts."""
    rng = random.Random(seed)
    pick = _Picker(_words(), rng)

    def distinct_questions(count: int) -> list[str]:
        """`count` questions of 3 to 8 words, no two alike (the loader refuses a fact whose questions repeat)."""
        made: dict[str, str] = {}
        while len(made) < count:
            question = " ".join(pick(rng.randint(3, 8)))
            made.setdefault(question.casefold(), question)
        return list(made.values())

    (out / "sources").mkdir(parents=True, exist_ok=True)
    (out / "facts").mkdir(parents=True, exist_ok=True)
    n_entities = max(10, facts // 3)
    n_topics = max(12, facts // 100)
    citations_per_article = facts * 1.6 / articles
    sentences_per_article = max(SENTENCES_PER_ARTICLE_MIN, int(citations_per_article / 2.5))

    # Articles: paragraphs of 3-5 sentences; some sentences carry typographic quotes or apostrophes.
    article_sentences: list[list[str]] = []
    article_lang: list[str] = []
    for a in range(articles):
        sentences = []
        for _ in range(sentences_per_article):
            words = pick(rng.randint(10, 30))
            words[0] = words[0].capitalize()
            if rng.random() < 0.2:
                i = rng.randrange(1, len(words) - 2)
                words[i] = f"“{words[i]}"
                words[i + 1] = f"{words[i + 1]}”"
            if rng.random() < 0.2:
                words[-1] = f"{words[-1]}’s"
            sentences.append(" ".join(words) + ".")
        article_sentences.append(sentences)
        article_lang.append("fr" if a % 10 == 9 else "en")
    texts = []
    for sentences in article_sentences:
        paragraphs, i = [], 0
        while i < len(sentences):
            n = rng.randint(3, 5)
            paragraphs.append(" ".join(sentences[i : i + n]))
            i += n
        texts.append("\n\n".join(paragraphs) + "\n")
    if one_article:
        ids = ["all-the-reporting"]
        meta = [("All the reporting", "en")]
        (out / "sources" / "all-the-reporting.txt").write_text("\n".join(texts), encoding="utf-8")
    else:
        ids = [f"article-{a}" for a in range(articles)]
        meta = [(" ".join(pick(8)).capitalize(), article_lang[a]) for a in range(articles)]
        for a, text in enumerate(texts):
            (out / "sources" / f"{ids[a]}.txt").write_text(text, encoding="utf-8")
    for sid, (headline, lang) in zip(ids, meta, strict=True):
        (out / "sources" / f"{sid}.yaml").write_text(
            f"id: {sid}\nheadline: {_q(headline)}\noutlet: null\nauthor: null\nurl: null\npublished: null\n"
            f"language: {lang}\ntranslated: false\nsummary: {_q('A synthetic article for the scale benchmark.')}\n"
            "non_reporting: []\n",
            encoding="utf-8",
        )

    topic_ids = [f"topic-{t}" for t in range(n_topics)]
    lines = ["topics:"]
    for tid in topic_ids:
        lines += [f"  - id: {tid}", f"    name: {_q(' '.join(pick(3)))}", f"    description: {_q(' '.join(pick(10)))}"]
    (out / "topics.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    entity_ids = [f"entity-{e}" for e in range(n_entities)]
    lines = ["entities:"]
    for eid in entity_ids:
        name = " ".join(w.capitalize() for w in pick(2))
        lines += [
            f"  - id: {eid}",
            f"    name: {_q(name)}",
            f"    type: {rng.choice(['person', 'organisation', 'product', 'place'])}",
            f"    aliases: [{_q(name.split()[-1])}]",
            f"    description: {_q(' '.join(pick(14)))}",
        ]
    (out / "entities.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def quote_of(article: int) -> str:
        sentence = rng.choice(article_sentences[article])
        if len(sentence) > 300 or rng.random() < 0.3:  # a clause: the sentence's first words
            words = sentence.split()
            sentence = " ".join(words[: rng.randint(6, min(len(words), 18))])
            while len(sentence) > 300:
                sentence = sentence.rsplit(" ", 1)[0]
        if rng.random() < 0.3:  # the curator typed straight quotes and wrapped the line
            sentence = sentence.replace("“", '"').replace("”", '"').replace("’", "'")
            words = sentence.split(" ")
            if len(words) > 6:
                sentence = " ".join(words[:5]) + "\n          " + " ".join(words[5:])
        return sentence

    per_file = 500
    discrepancies = 0
    for start in range(0, facts, per_file):
        lines = ["facts:"]
        for f in range(start, min(facts, start + per_file)):
            is_disc = f % 6 == 5 and articles > 1
            cited = rng.sample(range(articles), 2) if is_disc else [rng.randrange(articles)]
            if not is_disc and rng.random() < 0.5 and articles > 1:
                cited.append(rng.randrange(articles))
            french = any(article_lang[a] == "fr" for a in cited) and not one_article
            lines += [f"  - id: fact-{f}-{'-'.join(pick(2))}"]
            if is_disc:
                discrepancies += 1
                lines += ["    kind: discrepancy", f"    subject: {_q(' '.join(pick(6)))}"]
            lines += [f"    statement: {_q(' '.join(pick(rng.randint(14, 28))).capitalize() + '.')}"]
            if french:
                lines += [f"    statement_fr: {_q(' '.join(pick(rng.randint(14, 28))).capitalize() + '.')}"]
            lines += ["    questions:"] + [f"      - {q}" for q in distinct_questions(6)]
            if french:
                lines += ["    questions_fr:"] + [f"      - {q}" for q in distinct_questions(3)]
            lines += [f"    keywords: [{', '.join(_q(' '.join(pick(rng.randint(1, 2)))) for _ in range(rng.randint(2, 4)))}]"]
            lines += [f"    topics: [{', '.join(rng.sample(topic_ids, rng.randint(1, 2)))}]"]
            lines += [f"    entities: [{', '.join(rng.sample(entity_ids, rng.randint(1, 3)))}]"]
            if rng.random() < 0.3:
                month = rng.choice([("March", "mars", "03"), ("January", "janvier", "01"), ("June", "juin", "06")])
                lines += [
                    f"    when: {{text: {_q(f'in {month[0]} 2023')}, text_fr: {_q(f'en {month[1]} 2023')}, date: '2023-{month[2]}'}}"
                ]
            lines += ["    citations:"]
            for a in cited:
                sid = ids[0] if one_article else ids[a]
                lines += [
                    f"      - source: {sid}",
                    f"        quote: >-\n          {quote_of(a)}",
                    "        attribution: outlet",
                ]
                if is_disc:
                    lines += [f"        position: {_q(' '.join(pick(5)))}"]
            lines.append("")
        (out / "facts" / f"facts-{start // per_file:04d}.yaml").write_text("\n".join(lines), encoding="utf-8")
    return {"facts": facts, "articles": len(ids), "entities": n_entities, "topics": n_topics, "discrepancies": discrepancies}


def base_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of a benchmark that measures one synthetic base: its size and where it is written."""
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--work", type=Path, default=None, help="where the base is written (default: a temporary directory)")


def written_base(args: argparse.Namespace, prefix: str) -> Path:
    """The knowledge directory of the base `base_arguments` describe, written unless a run left it in --work."""
    work = args.work or Path(tempfile.mkdtemp(prefix=prefix))
    knowledge = work / f"base-{args.facts}-{args.articles}"
    if not (knowledge / "facts").is_dir():
        write_base(knowledge, args.facts, args.articles)
    return knowledge


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--facts", type=int, default=1000)
    parser.add_argument("--articles", type=int, default=5)
    parser.add_argument("--one-article", action="store_true")
    args = parser.parse_args()
    print(write_base(args.out, args.facts, args.articles, one_article=args.one_article))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
