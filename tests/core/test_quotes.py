"""Finding many quotes in one article in one pass gives exactly what searching for each one would."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import write_base
from bot.core.coverage import coverage
from bot.core.engine.browsing import link_disputes
from bot.core.loader import KnowledgeError, load_knowledge, reporting_text
from bot.core.models import KnowledgeBase
from bot.core.quotes import find_all
from bot.core.text import fold, normalise_quote
from tests.core.test_loader import GOOD_FACT, problems_of, write_fact


@pytest.fixture
def kb(knowledge_copy: Path) -> Path:
    """The shipped sources, topics and entities, with one good fact file (the loader tests' base)."""
    root = knowledge_copy
    write_fact(root, GOOD_FACT)
    return root


def every_occurrence(text: str, quote: str) -> list[int]:
    found, position = [], text.find(quote)
    while position != -1:
        found.append(position)
        position = text.find(quote, position + 1)
    return found


# Few letters and short words: quotes recur, overlap, start mid-word and share anchors, as the worst cases do.
_TEXT = st.text(alphabet="ab \n", min_size=0, max_size=400).map(lambda t: normalise_quote(t, keep_lines=True))


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, picks=st.lists(st.tuples(st.integers(0, 400), st.integers(1, 60)), max_size=12), extra=st.lists(_TEXT))
def test_every_occurrence_of_every_quote_is_found(text: str, picks: list[tuple[int, int]], extra: list[str]) -> None:
    quotes = [normalise_quote(text[start : start + length]) for start, length in picks] + [normalise_quote(e) for e in extra]
    quotes = [q for q in quotes if q]
    found = find_all(text, quotes)
    assert set(found) == set(quotes)
    for quote in quotes:
        assert found[quote] == every_occurrence(text, quote), quote
    first = find_all(text, quotes, first_only=True)
    for quote in quotes:
        assert first[quote] == every_occurrence(text, quote)[:1]


def test_a_quote_may_start_in_the_middle_of_a_word_and_be_one_long_word() -> None:
    text = "Contractors were hired over the past six months.\nAntidisestablishmentarianism prevailed."
    found = find_all(text, ["ractors were hired over", "disestablishmentarian", "hired over the past six months.\nAnti"])
    assert found["ractors were hired over"] == [4]
    assert found["disestablishmentarian"] == [text.index("disestablishmentarian")]
    assert found["hired over the past six months.\nAnti"] == [text.index("hired")]


def test_a_quote_never_spans_two_paragraphs_and_case_still_counts() -> None:
    text = normalise_quote("The first paragraph ends here.\n\nThe second one starts here.", keep_lines=True)
    found = find_all(text, [normalise_quote("ends here. The second one"), "the first paragraph ends"])
    assert found == {"ends here. The second one": [], "the first paragraph ends": []}


def test_many_facts_citing_one_article_load_and_a_wrong_quote_among_them_is_reported_in_place(
    kb: Path, base: KnowledgeBase
) -> None:
    text = reporting_text(base.sources["semafor-army-of-contractors"])
    sentences = [s for line in text.split("\n") for s in line.split(". ") if 20 <= len(s) <= 300]
    body = GOOD_FACT.split("facts:\n", 1)[1]
    facts = ["facts:"]
    for i in range(400):
        quote = sentences[i % len(sentences)].replace('"', "\u201c", 1)  # a typographic quote where the article has none
        if i == 250:
            quote = sentences[0] + " and more"
        facts.append(body.replace("id: hiring-scale", f"id: fact-{i}").replace(
            "bringing on roughly 1,000 remote contractors over the past six months", f"'{quote.replace(chr(39), chr(39) * 2)}'"
        ))  # fmt: skip
    # A later problem of another kind, after the wrong quote: the report keeps the order of the file.
    facts.append(body.replace("id: hiring-scale", "id: fact-last").replace("topics: [hiring]", "topics: [no-such-topic]"))
    write_fact(kb, "\n".join(facts))
    message = problems_of(kb)
    lines = message.splitlines()
    assert "fact 'fact-250'" in lines[1] and "quote not found verbatim" in lines[1]
    assert "no-such-topic" in lines[2]
    assert len(lines) == 3


def test_many_facts_citing_one_article_all_load_and_coverage_counts_them(kb: Path, base: KnowledgeBase) -> None:
    text = reporting_text(base.sources["semafor-army-of-contractors"])
    sentences = [
        s
        for line in text.split("\n")
        for s in line.split(". ")
        if 20 <= len(s) <= 300 and "'" not in s and '"' not in s and ":" not in s and "#" not in s
    ]
    body = GOOD_FACT.split("facts:\n", 1)[1]
    facts = ["facts:"] + [
        body.replace("id: hiring-scale", f"id: fact-{i}").replace(
            "bringing on roughly 1,000 remote contractors over the past six months", sentences[i % len(sentences)]
        )
        for i in range(300)
    ]
    write_fact(kb, "\n".join(facts))
    try:
        loaded = load_knowledge(kb)
    except KnowledgeError as exc:  # pragma: no cover - shows what went wrong
        raise AssertionError(str(exc)) from exc
    assert len(loaded.facts) == 300
    row = next(r for r in coverage(loaded) if r.source_id == "semafor-army-of-contractors")
    assert row.citations == 300 and row.facts == 300
    assert all(not any(s.startswith(q[:40]) for q in sentences) for s in row.uncited)


def naive_disputes(facts: list) -> dict:
    """Every claim's quote against every discrepancy's (the quadratic original)."""
    quoted: dict = {}
    for fact in facts:
        if fact.kind == "discrepancy":
            for citation in fact.citations:
                quoted.setdefault((citation.source_id, fold(citation.quote)), []).append(fact)
    links = {}
    for fact in facts:
        if fact.kind == "discrepancy":
            continue
        found: dict = {}
        for citation in fact.citations:
            mine = fold(citation.quote)
            for (source_id, quote), disputes in quoted.items():
                if source_id == citation.source_id and (quote in mine or mine in quote):
                    found.update((d.id, d) for d in disputes)
        if found:
            links[fact.id] = tuple(found.values())
    return links


def test_disputes_are_linked_as_comparing_every_pair_did(base: KnowledgeBase, tmp_path: Path) -> None:
    facts = list(base.facts.values())
    assert link_disputes(facts) == naive_disputes(facts)
    assert link_disputes(facts)  # the shipped base has some
    write_base(tmp_path / "synthetic", 600, 3)
    synthetic = list(load_knowledge(tmp_path / "synthetic").facts.values())
    expected = naive_disputes(synthetic)
    assert expected and link_disputes(synthetic) == expected
