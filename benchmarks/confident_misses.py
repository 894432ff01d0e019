"""Confident answers no fact gives, found over the whole base by generated questions: four classes of defect.

.venv/bin/python benchmarks/confident_misses.py [--semantic] [--list]

- fragments: every everyday word of an entity's name written in several words ("open" of "Open AI", "news" of "NBC News",
  "city" of "Kansas City"), alone and in everyday questions ("is it open?"). A defect: a confident ("sure" or "likely")
  answer with a fact filed under that entity, or that entity taken as the one asked about.
- shares: every fact whose curated figures are shares only (a percent, no count), asked "how many <what the share is
  of>" without what narrows it ("how many contractors" of "contractors who are computer programmers"). A defect: that
  fact answered confidently (a percent is no count).
- causes: every curated cause of something starting or ending, or of a hiring or a lay-off, asked why of the opposite
  ("how Savreux escaped homelessness" asked "why Savreux became homeless"; "why Invisible laid off" asked "why Invisible
  hired"). A defect: that fact answered confidently.
- question words: every one-edit typo of a question word (English and French; a letter dropped, doubled, swapped or
  struck on a neighbouring key) that is no word of the language, opening each of the facts' own questions that start
  with that word. A defect: the typo read as a word of content (put right to a word that is no function word).

Each question is generated from the base alone (not from what the engine answers), so two engines are compared on the
same questions. Lexical ranking by default (as the unit tests); --semantic adds the re-ranker the bot uses.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core import lexicon
from bot.core.engine import Engine
from bot.core.engine import facade as facade_module
from bot.core.engine.lexical import KEY_NEIGHBOURS
from bot.core.loader import load_knowledge
from bot.core.models import KnowledgeBase
from bot.core.text import STOP_WORDS, fold, search_tokens

CONFIDENT = ("sure", "likely")
#: A word of a name this common is an everyday word (as the engine's NAME_FRAGMENT_ZIPF; fixed here so that engines
#: before and after it are probed on the same words).
EVERYDAY_ZIPF = 4.5
FRAGMENT_TEMPLATES = ("{w}", "is it {w}?", "what about the {w}", "i like {w}")
#: Opposite events: the cause of one asked of the other.
OPPOSITES = {
    "escaped": "became",
    "became": "escaped",
    "ended": "started",
    "started": "ended",
    "stopped": "started",
    "quit": "joined",
    "left": "joined",
    "laid off": "hired",
    "hired": "laid off",
    "hiring": "laying off",
}
_OPPOSITE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, OPPOSITES), key=len, reverse=True)) + r")\b")
QUESTION_WORDS = ("what", "which", "when", "where", "why", "how", "who", "quoi", "quand", "pourquoi", "combien", "comment")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def fragment_questions(base: KnowledgeBase) -> list[tuple[str, str]]:
    """(question, entity id) for every everyday word of a non-person entity's name of several words."""
    out = []
    for entity in base.entities.values():
        if entity.type == "person":
            continue  # a person's first name is theirs ("Grace")
        for name in (entity.name, *entity.aliases):
            if len(_LETTER_RUN.findall(name)) < 2:
                continue
            whole = {t for n in (entity.name, *entity.aliases) if len(_LETTER_RUN.findall(n)) == 1 for t in search_tokens(n)}
            for word in _LETTER_RUN.findall(fold(name)):
                tokens = search_tokens(word)
                if len(tokens) != 1 or tokens[0] in whole or lexicon.zipf(tokens[0]) < EVERYDAY_ZIPF:
                    continue
                out += [(template.format(w=word), entity.id) for template in FRAGMENT_TEMPLATES]
    return sorted(set(out))


def share_questions(base: KnowledgeBase) -> list[tuple[str, str]]:
    """(question, fact id): "how many <head of what the share is of>" for facts whose figures are shares only."""
    out = []
    for fact in base.facts.values():
        if not fact.answers.percent or fact.answers.count:
            continue
        for percent in fact.answers.percent:
            # (its words of content, names and possessives aside: "Microsoft's stake" is a share of a stake)
            words = [w for w in (percent.of or "").split() if w.isalpha() and w.islower() and fold(w) not in STOP_WORDS]
            if len(words) >= 2:  # a share of some of them: asked of them all
                out.append((f"how many {words[0]}", fact.id))
                out.append((f"how many {words[0]} are there", fact.id))
    return sorted(set(out))


def cause_questions(base: KnowledgeBase) -> list[tuple[str, str]]:
    """(question, fact id): each curated cause of a start, an end, a hiring or a lay-off asked of its opposite."""
    out = []
    for fact in base.facts.values():
        for cause in fact.answers.cause:
            text = re.sub(r"^(?:why|how|what)\s+", "", cause.explains.split(":")[0])
            if _OPPOSITE.search(text):
                out.append((f"why {_OPPOSITE.sub(lambda m: OPPOSITES[m.group()], text, count=1)}", fact.id))
    return sorted(set(out))


def typos(word: str) -> set[str]:
    """One-edit typos a hand makes (first letter kept): a letter dropped, doubled, swapped, or a neighbouring key struck."""
    found = set()
    for i in range(1, len(word)):
        found.add(word[:i] + word[i + 1 :])
        found.add(word[:i] + word[i] + word[i:])
        if i + 1 < len(word):
            found.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        found.update(word[:i] + key + word[i + 1 :] for key in KEY_NEIGHBOURS.get(word[i], ""))
    return {t for t in found if t != word and len(t) >= 2 and t not in STOP_WORDS and lexicon.zipf(t) < 3.0}


def question_word_cases(base: KnowledgeBase) -> list[tuple[str, str, str]]:
    """(typo, question opened by it, the question word) over the facts' own questions opening with a question word."""
    openers: dict[str, str] = {}
    for fact in base.facts.values():
        for question in (*fact.questions, *fact.questions_fr):
            first, _, rest = fold(question).partition(" ")
            if first in QUESTION_WORDS and rest and first not in openers:
                openers[first] = rest
    return sorted((typo, f"{typo} {rest}", word) for word, rest in openers.items() for typo in typos(word))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semantic", action="store_true", help="with the semantic re-ranker the bot uses")
    parser.add_argument("--list", action="store_true", help="list every defect found")
    args = parser.parse_args()
    base = load_knowledge()
    engine = Engine(base)
    if args.semantic:
        from bot.core.semantic import SemanticModel, default_cache_dir

        SemanticModel(default_cache_dir()).attach(engine)
    found: dict[str, list[str]] = {}

    defects = []
    cases = fragment_questions(base)
    for question, entity_id in cases:
        answer = engine.ask(question)
        about = answer.entity is not None and answer.entity.id == entity_id
        filed = answer.best is not None and entity_id in answer.best.fact.entities and answer.band in CONFIDENT
        if about or filed:
            defects.append(f"{question!r}: {answer.best.fact.id if answer.best else '-'} ({answer.band})")
    found[f"fragments ({len(cases)} questions)"] = defects

    for family, cases in (("shares", share_questions(base)), ("causes", cause_questions(base))):
        defects = []
        for question, fact_id in cases:
            answer = engine.ask(question)
            if answer.best is not None and answer.best.fact.id == fact_id and answer.band in CONFIDENT:
                defects.append(f"{question!r}: {fact_id} ({answer.band})")
        found[f"{family} ({len(cases)} questions)"] = defects

    defects = []
    words = facade_module.SPELLINGS
    asking = getattr(facade_module, "ASKING", None)
    function_words = set(STOP_WORDS) | set(words)
    word_cases = question_word_cases(base)
    for typo, question, _word in word_cases:
        respelled = engine._index.respell(question, words, asking) if asking else engine._index.respell(question, words)
        read = fold(engine._index.put_right(respelled)[0]).split(" ", 1)[0]
        if read != typo and read not in function_words:
            defects.append(f"{typo!r} read as {read!r} in {question!r}")
    found[f"question words ({len(word_cases)} typos)"] = defects

    print(f"confident misses by class ({'semantic re-ranker on' if args.semantic else 'lexical'}):")
    for family, defects in found.items():
        print(f"  {family:<34} {len(defects)}")
        if args.list:
            print("\n".join(f"    {d}" for d in defects))
    return 0


if __name__ == "__main__":
    sys.exit(main())
