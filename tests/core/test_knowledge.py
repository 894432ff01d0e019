"""The shipped fact base: loads cleanly, quotes are verbatim, and every article is covered."""

from __future__ import annotations

import re

import pytest

from bot.core.coverage import coverage
from bot.core.loader import reporting_text
from bot.core.models import KnowledgeBase
from bot.core.text import fold, normalise_quote


def test_every_quote_stands_verbatim_in_the_reporting_part_of_its_article(base: KnowledgeBase) -> None:
    missing = [
        (fact.id, c.source_id, c.quote)
        for fact in base.facts.values()
        for c in fact.citations
        if normalise_quote(c.quote) not in reporting_text(base.sources[c.source_id])
    ]
    assert missing == []


def test_sources_are_the_shipped_articles_byte_for_byte(base: KnowledgeBase, knowledge_dir) -> None:
    assert len(base.sources) == 5
    for source in base.sources.values():
        assert (knowledge_dir / "sources" / f"{source.id}.txt").read_bytes().decode("utf-8") == source.text


def test_coverage_floor(base: KnowledgeBase) -> None:
    assert len(base.facts) >= 80
    for source_id in base.sources:
        assert len(base.facts_by_source[source_id]) >= 10, source_id


def test_every_reporting_sentence_with_a_claim_is_cited(base: KnowledgeBase) -> None:
    # Only section headings may stay uncited: a sentence with a verb in it is a claim someone may ask about.
    uncited = {row.source_id: row.uncited for row in coverage(base)}
    left = [s for sentences in uncited.values() for s in sentences if len(s.split()) > 8]
    assert left == []


def test_every_number_in_the_reporting_is_reachable_from_a_fact(base: KnowledgeBase) -> None:
    cited = " ".join(fold(c.quote) + " " + fold(f.statement) for f in base.facts.values() for c in f.citations)
    cited_numbers = set(re.findall(r"\d+", cited))
    for source in base.sources.values():
        numbers = set(re.findall(r"\d+", fold(reporting_text(source))))
        numbers.discard("182")  # blink-182 is a band's name, reachable through its entity
        assert numbers - cited_numbers == set(), source.id


def test_every_entity_is_named_in_an_article_and_involved_in_a_fact(base: KnowledgeBase) -> None:
    texts = fold(" ".join(s.text for s in base.sources.values()))  # bylines count as naming
    for entity in base.entities.values():
        names = [entity.name, *entity.aliases]
        assert any(fold(n) in texts for n in names), f"{entity.id}: no name or alias appears in the articles"
        assert base.facts_by_entity.get(entity.id), f"{entity.id}: no fact involves it"


@pytest.mark.parametrize(
    "person", ["Alexej Savreux", "Jatin Kumar", "Sonam Jindal", "Sam Altman", "Satya Nadella", "Grace Matelich", "Palizban"]
)
def test_named_people_are_entities(base: KnowledgeBase, person: str) -> None:
    assert any(e.name == person for e in base.entities.values())


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("has hired", "plans to hire"),
        ("Savreux", "Savreaux"),
        ("Palziban", "Palizban"),
        ("Austin, Texas", "in Texas"),
    ],
)
def test_known_differences_are_recorded_as_discrepancies_citing_each_side(base: KnowledgeBase, left: str, right: str) -> None:
    def cites(fact, words):
        return any(words in normalise_quote(c.quote) for c in fact.citations)

    found = [f for f in base.facts.values() if f.kind == "discrepancy" and cites(f, left) and cites(f, right)]
    assert found, f"no discrepancy fact cites both {left!r} and {right!r}"
    assert all(c.position for f in found for c in f.citations)


def test_facts_citing_the_french_article_speak_french(base: KnowledgeBase) -> None:
    french = [f for f in base.facts.values() if any(base.sources[s].language == "fr" for s in f.source_ids)]
    assert french
    assert all(f.questions_fr and f.statement_fr for f in french)


def test_dates_are_sortable_where_given(base: KnowledgeBase) -> None:
    dated = [f for f in base.facts.values() if f.when and f.when.sortable]
    assert {"2021-08", "2022-02"} <= {f.when.sortable for f in dated}


def test_every_when_speaks_both_languages(base: KnowledgeBase) -> None:
    whens = [f.when for f in base.facts.values() if f.when]
    assert whens
    for when in whens:
        assert when.text_fr, when.text
        assert when.text_fr != when.text
    march = base.facts["invisible-layoffs-march"].when
    assert "March" in march.text_in("en") and "mars" not in march.text_in("en")
    assert "mars" in march.text_in("fr")


def test_relative_dates_in_undated_articles_stay_undated(base: KnowledgeBase) -> None:
    # None of the five copies carries a publication date, so "last week" or "in November" gives no date.
    assert all(s.published is None for s in base.sources.values())
    for fact_id in ("microsoft-investment", "chatgpt-released-in-november", "pai-guidelines-deepmind", "hiring-scale"):
        assert base.facts[fact_id].when.date is None, fact_id
        assert base.facts[fact_id].when.sortable is None
