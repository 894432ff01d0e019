"""Disagreements in French: each discrepancy fact's `subject_fr` and every side's `position_fr`, validated by the
loader, and shown to a French reader on every face (CLI, console, Discord embeds, verdicts) instead of the English
subject and sides (or of nothing at all)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.chat.checks import verdict_embed
from bot.chat.embeds import compare_pages, fact_embed, sources_pages
from bot.core.claims import checker_for, render_verdict
from bot.core.engine import Engine
from bot.core.i18n import short_statement
from bot.core.language import detect_language
from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.models import Fact, KnowledgeBase
from bot.core.render import render_fact_text
from tests.chat.test_bilingual_pages import _text

DISPUTE = """\
facts:
  - id: disc-kumar-city
    kind: discrepancy
    subject: Where Jatin Kumar lives
{subject_fr}    statement: The Internet Patrol puts Kumar in Austin, Texas; the other article says Texas.
    questions:
      - where does kumar live
      - kumar austin or texas
      - kumar city
    topics: [discrepancies]
    entities: [jatin-kumar]
    citations:
      - source: unseen-workforce-internet-patrol
        quote: Jatin Kumar, a 22-year-old in Austin, Texas
        attribution: outlet
        position: Austin, Texas
{first_fr}      - source: training-day-grunt-work
        quote: Jatin Kumar, a 22-year-old recent college graduate in Texas
        attribution: outlet
        origin: nbc-news
        position: Texas (no city given)
{second_fr}"""


def _write(root: Path, subject_fr: str = "", first_fr: str = "", second_fr: str = "") -> None:
    text = DISPUTE.format(
        subject_fr=f"    subject_fr: {subject_fr}\n" if subject_fr else "",
        first_fr=f"        position_fr: {first_fr}\n" if first_fr else "",
        second_fr=f"        position_fr: {second_fr}\n" if second_fr else "",
    )
    (root / "facts" / "test.yaml").write_text(text, encoding="utf-8")


def _problems(root: Path) -> str:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root)
    return str(info.value)


def test_the_loader_reads_the_french_subject_and_sides(knowledge_copy: Path) -> None:
    _write(knowledge_copy, "Où vit Jatin Kumar", "Austin, au Texas", "le Texas (sans ville précisée)")
    fact = load_knowledge(knowledge_copy).facts["disc-kumar-city"]
    assert fact.subject_in("fr") == "Où vit Jatin Kumar" and fact.subject_in("en") == "Where Jatin Kumar lives"
    assert [c.position_in("fr") for c in fact.citations] == ["Austin, au Texas", "le Texas (sans ville précisée)"]
    assert [c.position_in("en") for c in fact.citations] == ["Austin, Texas", "Texas (no city given)"]
    _write(knowledge_copy)  # no French at all is allowed: a French page then shows the French statement alone
    fact = load_knowledge(knowledge_copy).facts["disc-kumar-city"]
    assert fact.subject_in("fr") is None and all(c.position_in("fr") is None for c in fact.citations)


def test_a_discrepancy_in_french_must_be_complete(knowledge_copy: Path) -> None:
    _write(knowledge_copy, "Où vit Jatin Kumar", "Austin, au Texas")
    problems = _problems(knowledge_copy)
    assert "facts/test.yaml:2" in problems and "disc-kumar-city" in problems
    assert "missing 'position_fr' of citation 2" in problems
    _write(knowledge_copy, "", "Austin, au Texas", "le Texas")
    assert "missing 'subject_fr'" in _problems(knowledge_copy)


def test_french_fields_must_translate_something(knowledge_copy: Path) -> None:
    text = DISPUTE.format(subject_fr="", first_fr="", second_fr="").replace(
        "        position: Austin, Texas\n", "        position_fr: Austin, au Texas\n"
    )
    (knowledge_copy / "facts" / "test.yaml").write_text(text, encoding="utf-8")
    problems = _problems(knowledge_copy)
    assert "'position_fr' translates 'position', which is missing" in problems and "test.yaml:16" in problems
    _write(knowledge_copy, "[not, a, string]", "Austin, au Texas", "le Texas")
    assert "subject_fr" in _problems(knowledge_copy)


def test_every_shipped_disagreement_has_its_french(base: KnowledgeBase) -> None:
    disputes = [f for f in base.facts.values() if f.kind == "discrepancy"]
    assert len(disputes) >= 19
    for fact in disputes:
        assert fact.subject_fr and fact.subject_fr != fact.subject, fact.id
        assert detect_language(fact.subject_fr) != "en", fact.id
        for citation in fact.citations:
            assert (citation.position_fr and citation.position_fr != citation.position) or "Savreux" in citation.position, fact.id


def _dispute(base: KnowledgeBase) -> Fact:
    return base.facts["disc-hiring-count-hired-vs-planned"]


def _without_french(fact: Fact) -> Fact:
    return replace(fact, subject_fr=None, citations=tuple(replace(c, position_fr=None) for c in fact.citations))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_shows_the_subject_and_sides_in_the_readers_language(engine: Engine, language: str) -> None:
    base = engine.base
    other = "en" if language == "fr" else "fr"
    for fact in (f for f in base.facts.values() if f.kind == "discrepancy"):
        pages = {
            "fact": _text(fact_embed(fact, base, language)),
            "sources": "\n".join(_text(p) for p in sources_pages(fact, base, language)),
            "compare": _text(compare_pages([fact], base, None, language)[0]),
            "cli": "\n".join(render_fact_text(fact, base, language)),
        }
        for where, text in pages.items():
            flat = " ".join(text.replace("*", "").split())
            for citation in fact.citations:
                mine, theirs = citation.position_in(language), citation.position_in(other)
                assert " ".join(mine.split()) in flat, (fact.id, where, mine)
                if theirs not in (fact.statement_in(language), mine) and theirs not in mine:
                    assert f"Version : {theirs}" not in flat and f"Says: {theirs}" not in flat, (fact.id, where, theirs)
                    assert f"[{theirs}]" not in flat, (fact.id, where, theirs)
        subject = " ".join(fact.subject_in(language).split())
        assert subject in " ".join(pages["fact"].replace("*", "").split()), fact.id
        assert short_statement(fact, language, 300) == fact.subject_in(language)
        assert fact.subject_in(other) not in pages["fact"], fact.id


def test_without_french_a_french_page_shows_no_english_side(engine: Engine) -> None:
    base = engine.base
    fact = _without_french(_dispute(base))
    text = _text(fact_embed(fact, base, "fr")) + "\n".join(render_fact_text(fact, base, "fr"))
    assert fact.statement_fr in " ".join(text.replace("*", "").split())
    assert fact.subject not in text
    # an English side would follow "Version :" (the embed) or stand in brackets (the CLI); the quotes may hold its words
    flat = " ".join(text.replace("*", "").split())
    assert "Version :" not in flat and not any(f"[{c.position}]" in flat for c in fact.citations)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_disputed_verdict_gives_each_side_in_the_readers_language(engine: Engine, language: str) -> None:
    base = engine.base
    verdict = checker_for(engine).check("OpenAI hired 1,000 contractors", language=language)
    assert verdict.verdict == "disputed" and verdict.fact is not None
    fact = verdict.fact
    assert f"({fact.subject_in(language)})" in verdict.explanation
    raw = _text(verdict_embed(verdict, base))
    embed = " ".join(raw.replace("*", "").split())
    text = render_verdict(verdict, base)
    for citation in fact.citations:
        assert citation.position_in(language) in verdict.explanation
        assert citation.position_in(language) in embed and citation.position_in(language) in text
    english = [c.position for c in fact.citations]
    if language == "fr":  # the quotes may hold an English side's words, never the explanation or a side's line
        assert not any(p in verdict.explanation or f" : {p}" in text or f"**{p}**" in raw for p in english)


def test_compare_titles_an_autocompleted_subject_in_the_readers_language(engine: Engine) -> None:
    base = engine.base
    fact = _dispute(base)
    typed = fact.subject[:80]  # what the autocomplete fills in: the English subject, cut to fit a custom id
    page = compare_pages([fact], base, typed, "fr")[0]
    assert page.title == f"Où les articles divergent : {fact.subject_fr}"
    assert fact.subject[:40] not in page.title
    assert compare_pages([fact], base, "salaires", "fr")[0].title == "Où les articles divergent : salaires"  # as typed
    assert compare_pages([fact], base, typed, "en")[0].title == f"Where the articles differ: {fact.subject}"


def test_a_disagreement_is_found_by_its_french_subject(engine: Engine) -> None:
    """/comparer with French words finds the disagreement whose French subject they are (the English subject was
    indexed, the French one was not)."""
    assert engine.discrepancies("comment s'appelle l'entreprise contractante", 1)[0].id == "invisible-company-name"
    assert engine.discrepancies("Où vit Jatin Kumar", 1)[0].id == "kumar-location-detail"
