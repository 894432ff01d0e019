"""Indexed autocomplete offers what the scan over every item offered."""

from __future__ import annotations

import random
import re

import pytest
from rapidfuzz import fuzz, process

from bot.core.engine import Engine
from bot.core.engine.names import SCAN_NAMES, NameIndex, scan, typed_key
from bot.core.models import KnowledgeBase
from bot.core.text import fold


def typed(texts: list[str], step: int = 1) -> list[str]:
    """Every prefix a user types on the way to each text (up to 30 characters), and a few typos."""
    out = []
    for text in texts:
        out += [text[:end] for end in range(1, min(len(text), 30) + 1, step)]
        if len(text) > 6:
            out.append(text[:3] + text[4:8])  # a letter left out
    return list(dict.fromkeys(out))


def test_the_shipped_bases_suggestions_are_exactly_the_scans(base: KnowledgeBase, engine: Engine) -> None:
    kinds = {
        "entities": (engine.search_entities, [(e, (e.name, *e.aliases)) for e in base.entities.values()]),
        "facts": (engine.search_facts, [(f, (f.id, f.statement)) for f in base.facts.values()]),
        "topics": (engine.search_topics, [(t, (t.id, t.name, t.name_fr or "")) for t in base.topics.values()]),
        "sources": (engine.search_sources, [(s, (s.id, s.headline, s.outlet or "")) for s in base.sources.values()]),
    }
    for kind, (search, items) in kinds.items():
        texts = [name for _, names in items for name in names if name][:60]
        for text in [*typed(texts, step=3), "", "  ", "zzzz", "savreaux", "openai"]:
            assert search(text) == scan(text, items, 25), (kind, text)


@pytest.fixture(scope="module")
def large(base: KnowledgeBase) -> list[tuple[str, tuple[str, str]]]:
    """Far more names than SCAN_NAMES: ids and sentences made of the shipped statements' words."""
    rng = random.Random(3)
    words = sorted({w for f in base.facts.values() for w in re.findall(r"[A-Za-zÀ-ÿ0-9']+", f.statement)})
    items = []
    for i in range(SCAN_NAMES):
        ident = f"{rng.choice(words).lower()}-{rng.choice(words).lower()}-{i}"
        items.append((ident, (ident, " ".join(rng.choice(words) for _ in range(rng.randint(6, 20))) + ".")))
    return items


def tiers(key: str, folded: list[tuple[str, list[str]]], limit: int) -> list[str]:
    """What the index must give first: prefix matches in order, then word-start matches in order."""
    first = [item for item, names in folded if any(n.startswith(key) for n in names)][:limit]
    taken = set(first)
    inside = [
        item
        for item, names in folded
        if item not in taken and any(m.start() > 0 for n in names for m in re.finditer(r"(?<![^\W_])" + re.escape(key), n))
    ]
    return (first + inside)[:limit]


def test_a_large_collection_is_indexed_and_gives_the_scans_prefix_and_word_matches(large) -> None:
    index = NameIndex(large)
    assert not index.scanned
    folded = [(item, [fold(n) for n in names]) for item, names in large]
    rng = random.Random(9)
    sample = rng.sample(large, 12)
    texts = [item for item, _ in sample] + [names[1] for _, names in sample]
    texts += [names[1].split(" ", 3)[-1] for _, names in sample]  # from the middle of a sentence
    compared = 0
    for number, text in enumerate(typed(texts, step=3)):
        key = typed_key(text)
        if not key:
            continue
        got = index.search(text)
        expected = tiers(key, folded, 25)
        assert got[: len(expected)] == expected, text
        # The scan itself (slow: every name against the text), on some of them: its prefix matches come first.
        if number % 8 == 0:
            prefix_hits = [item for item in scan(text, large, 25) if any(n.startswith(key) for n in dict(folded)[item])]
            assert got[: len(prefix_hits)] == prefix_hits, text
            compared += 1
    assert compared >= 10


def test_a_typo_still_finds_near_items_in_a_large_collection(large) -> None:
    index = NameIndex(large)
    names = dict(large)
    for position in (17, 1234, 3001):
        _ident, (_, sentence) = large[position]
        word = max(sentence.rstrip(".").split(), key=len).lower()
        misspelt = word[:2] + word[3:]  # one letter left out
        key = typed_key(misspelt)
        if tiers(key, [(item, [fold(n) for n in names]) for item, names in large], 25):
            continue  # the misspelling is itself a prefix of something: not a typo case
        found = index.search(misspelt)
        assert found, misspelt
        scores = [process.extractOne(key, [fold(n) for n in names[item]], scorer=fuzz.WRatio)[1] for item in found]
        assert all(score >= 60 for score in scores) and scores == sorted(scores, reverse=True), misspelt


def test_empty_text_and_limits(large) -> None:
    index = NameIndex(large)
    assert index.search("", 5) == [item for item, _ in large[:5]]
    assert index.search("a", 0) == []
    assert len(index.search("a", 10)) == 10
