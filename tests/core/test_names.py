"""Indexed autocomplete offers what the scan over every item offered."""

from __future__ import annotations

import random
import re

import pytest
from rapidfuzz import fuzz, process

from bot.core.engine import Engine
from bot.core.engine import names as name_index
from bot.core.engine.names import SCAN_NAMES, FoldedNames, NameIndex, scan, typed_key
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
    """Far more names than SCAN_NAMES (4,000 items): ids and sentences made of the shipped statements' words."""
    rng = random.Random(3)
    words = sorted({w for f in base.facts.values() for w in re.findall(r"[A-Za-zÀ-ÿ0-9']+", f.statement)})
    items = []
    for i in range(4000):
        ident = f"{rng.choice(words).lower()}-{rng.choice(words).lower()}-{i}"
        items.append((ident, (ident, " ".join(rng.choice(words) for _ in range(rng.randint(6, 20))) + ".")))
    assert 2 * len(items) > SCAN_NAMES
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


class _Counting(FoldedNames):
    """Folded names that count the items read from them (the names of how many items a keystroke looked at)."""

    reads = 0

    def __init__(self, names: FoldedNames) -> None:
        super().__init__(*names.__getstate__())

    def __getitem__(self, i):
        _Counting.reads += 1
        return super().__getitem__(i)


def _ids_and_sentences(count: int) -> list[tuple[str, tuple[str, str]]]:
    """Every item uses the same common words ("fact", "the"); its number and one word of its own are rare."""
    return [(f"fact-{i}", (f"fact-{i}", f"The report and the fact number {i} says word{i % 997}x.")) for i in range(count)]


def test_a_common_word_before_a_rare_one_reads_only_the_rare_ones_items() -> None:
    items = _ids_and_sentences(5000)
    index = NameIndex(items)
    assert not index.scanned
    # "number 4321" is typed from a later word: every item uses "number", one uses "4321" (and "43210"... none here).
    assert index.search("number 4321")[0] == "fact-4321"
    index.folded = _Counting(index.folded)
    found = index._inside_words(typed_key("number 43"), 25, set())
    assert [items[p][0] for p in found] == [f"fact-{i}" for i in range(43, 5000) if str(i).startswith("43")][:25]
    _Counting.reads = 0
    index._inside_words(typed_key("the fact number 4321"), 25, set())
    assert _Counting.reads <= 5  # the items using "4321" only, not the 5,000 using "the", "fact" and "number"


def test_a_text_of_common_words_only_reads_a_bounded_number_of_items() -> None:
    from bot.core.engine.names import WORD_CANDIDATES

    items = [
        (f"item-{i}", (f"item-{i}", "the and the of the and " * 3 + ("and the end" if i == 4999 else "x"))) for i in range(5000)
    ]
    index = NameIndex(items)
    index.folded = _Counting(index.folded)
    _Counting.reads = 0
    found = index._inside_words(typed_key("the and the en"), 25, set())
    assert _Counting.reads <= WORD_CANDIDATES
    assert found == []  # the one match lies beyond the bounded read: fewer suggestions, never a wrong one
    assert index._inside_words(typed_key("the end"), 25, set()) == [4999]  # a rarer word reaches it


def test_words_an_unfinished_word_begins_give_their_items_in_order_each_once() -> None:
    items = [(i, (f"name {w}",)) for i, w in enumerate(["alpha", "alps", "beta", "alpine", "alps", "gamma", "alpaca"] * 300)]
    index = NameIndex(items)
    lo, hi = index._vocabulary_range("alp")
    assert list(index._using_any(lo, hi)) == [i for i, (_, (name,)) in enumerate(items) if name.startswith("name alp")]
    assert [items[p][0] for p in index._inside_words("alp", 5, set())] == [0, 1, 3, 4, 6]


def test_the_typo_tier_scores_a_bounded_number_of_items_and_finds_the_near_ones() -> None:
    from bot.core.engine.names import FUZZY_CANDIDATES

    items = _ids_and_sentences(5000)
    index = NameIndex(items)
    index.folded = _Counting(index.folded)
    _Counting.reads = 0
    found = index.search("nmber 4321")  # "number" misspelt: no prefix or word match
    assert _Counting.reads <= FUZZY_CANDIDATES + 25
    # Every item uses "number" (one edit away): the items using the rare "4321", or a number one edit from it,
    # are the ones scored, and the one using both words comes first.
    assert found[0] == "fact-4321" and {"fact-421", "fact-4320", "fact-4322"} <= set(found)


def test_a_few_long_names_are_indexed_and_the_shipped_collections_scanned(base: KnowledgeBase, engine: Engine) -> None:
    long_names = [(i, (f"statement {i} " + "word " * 100,)) for i in range(200)]
    assert not NameIndex(long_names).scanned  # 200 names, but 100,000 characters: a scan would cost too much
    browser = engine._browser
    assert all(index.scanned for index in (browser._fact_names, browser._entity_names, browser._topic_names))


def test_folded_names_give_back_each_items_names_from_one_string() -> None:
    named = [("alpha", "beta"), (), ("ÿ-ñame", "日本"), ("x",)]
    names = FoldedNames.of(named)
    assert list(names) == named and len(names) == 4
    assert [names.name(n) for n in range(5)] == ["alpha", "beta", "ÿ-ñame", "日本", "x"]
    with pytest.raises(IndexError):
        names[4]
    again = FoldedNames()
    again.__setstate__(names.__getstate__())
    assert list(again) == named


def test_the_typed_questions_are_offered_in_their_folded_order(engine: Engine) -> None:
    browser = engine._browser
    everything = [q for f in engine._facts for q in (*f.questions, *f.questions_fr)]
    assert [browser._question(n) for n in range(len(everything))] == everything
    keys = [browser._question_key(at) for at in range(len(everything))]
    assert keys == sorted(keys)
    question = everything[len(everything) // 2]
    assert question in engine.complete_question(question[:6], limit=100)


def test_one_wide_character_does_not_widen_every_name() -> None:
    plain = FoldedNames.of([("a" * 100,)] * 100)
    wide = FoldedNames.of([("a" * 100,)] * 99 + [("a" * 99 + "😀",)])
    assert len(wide.text) < len(plain.text) + 10
    assert wide[99] == ("a" * 99 + "😀",)


def test_names_are_sorted_as_strings_are_without_making_them_all_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(4)
    alphabet = ["a", "b", "ab", "é", "e", "日", "😀", "\udc80", " ", "-", "z", "Z", "0"]
    names = [("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))),) for _ in range(3000)]
    names += [("same",)] * 40 + [("same but longer",)] * 3 + [("",)] * 5
    rng.shuffle(names)
    folded = FoldedNames.of(names)
    expected = sorted(range(len(names)), key=folded.name)  # stable: equal names in the order they came
    monkeypatch.setattr(name_index, "SORT_RUN", 8)  # split into groups byte by byte, down to the equal names
    assert list(name_index._sorted_names(folded)) == expected
    monkeypatch.setattr(name_index, "SORT_RUN", 100_000)  # sorted whole
    assert list(name_index._sorted_names(folded)) == expected
