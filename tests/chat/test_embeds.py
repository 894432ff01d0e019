"""Embeds: the right content, and Discord's limits held for everything the fact base can produce."""

from __future__ import annotations

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.chat import embeds
from bot.chat.embeds import (
    EMBED_TOTAL_LIMIT,
    answer_embed,
    clip,
    embed_text,
    escape_user_text,
    fit,
    within_limits,
)
from bot.chat.passages import citation_passage
from bot.core.answers import Answer, Match
from bot.core.engine import Engine
from bot.core.models import KnowledgeBase
from bot.core.text import normalise_quote

HIRING_QUESTION = "openai 1000 contractors latin america eastern europe"


@given(st.text(max_size=3000), st.integers(min_value=2, max_value=2000))
def test_clip_never_exceeds_the_limit_and_leaves_short_text_alone(text: str, limit: int) -> None:
    clipped = clip(text, limit)
    assert len(clipped) <= limit
    if len(text.strip()) <= limit:
        assert clipped == text.strip()
    else:
        assert clipped.endswith("…")


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(max_size=600),
    description=st.text(max_size=9000),
    fields=st.lists(st.tuples(st.text(max_size=400), st.text(max_size=2000)), max_size=40),
    footer=st.text(max_size=3000),
)
def test_fit_holds_any_embed_to_discords_limits(title: str, description: str, fields: list[tuple[str, str]], footer: str) -> None:
    embed = discord.Embed(title=title or None, description=description or None)
    for name, value in fields:
        embed.add_field(name=name, value=value)
    if footer:
        embed.set_footer(text=footer)
    assert within_limits(fit(embed))


def test_an_answer_shows_the_statement_quotes_reach_and_confidence(engine: Engine, base: KnowledgeBase) -> None:
    answer = engine.ask(HIRING_QUESTION)
    assert answer.best and answer.best.fact.id == "hiring-scale"
    embed = answer_embed(answer, base, HIRING_QUESTION)
    fact = base.facts["hiring-scale"]
    assert embed.title == HIRING_QUESTION
    assert "1,000 remote contractors" in embed.description and "Reported by" in embed.description
    quoted = [f for f in embed.fields if f.value.startswith("> “")]
    assert len(quoted) == len(fact.citations)
    assert any(f.name == "📰 " + base.sources[c.source_id].display_title for c in fact.citations for f in quoted)
    assert embed.footer.text.startswith("Confidence: sure") and "hiring-scale" in embed.footer.text
    assert within_limits(embed)


def test_an_entity_answer_says_who_they_are(engine: Engine, base: KnowledgeBase) -> None:
    answer = engine.ask("who is grace matelich")
    embed = answer_embed(answer, base, "who is grace matelich")
    assert answer.entity is not None
    assert embed.description.startswith("**Grace Matelich** (person)")


def test_a_french_question_gets_the_french_statement(engine: Engine, base: KnowledgeBase) -> None:
    answer = engine.ask("combien de sous-traitants openai a-t-il embauchés")
    assert answer.language == "fr" and answer.best is not None
    fact = answer.best.fact
    if fact.statement_fr:
        assert embeds.md(fact.statement_fr) in answer_embed(answer, base, "q").description


def test_an_abstention_never_states_a_suggestion(base: KnowledgeBase) -> None:
    fact = base.facts["hiring-scale"]
    answer = Answer("what is the weather on mars", "en", None, suggestions=(Match(fact, 0.3),))
    embed = answer_embed(answer, base, "what is the weather on mars")
    assert "can't find a sure answer" in embed.description
    assert fact.questions[0] in embed.description
    assert fact.statement not in embed.description
    assert not embed.fields
    assert "Confidence" not in embed.footer.text


def test_an_abstention_with_nothing_near_says_the_articles_do_not_say(base: KnowledgeBase) -> None:
    embed = answer_embed(Answer("zxcv", "en", None), base, "zxcv")
    assert embed.description.startswith("The articles don't say")
    french = answer_embed(Answer("quel temps fait-il", "fr", None), base, "quel temps fait-il")
    assert french.description.startswith("Les articles ne le disent pas")


def test_user_text_is_escaped_for_markdown_and_mentions() -> None:
    escaped = escape_user_text("@everyone **bold** @here <@&123456789012345678> `code`")
    assert "@everyone" not in escaped and "@here" not in escaped
    assert "\\*\\*bold\\*\\*" in escaped
    assert "\n" not in escape_user_text("two\nlines")
    assert len(escape_user_text("x" * 5000)) <= 210


def test_every_fact_renders_within_limits(engine: Engine, base: KnowledgeBase) -> None:
    for fact in base.facts.values():
        for embed in (
            embeds.fact_embed(fact, base),
            *embeds.sources_pages(fact, base),
            *embeds.related_pages(fact, engine.related(fact.id, 10), base),
        ):
            assert within_limits(embed), fact.id
        answer = engine.ask(fact.questions[0])
        assert within_limits(answer_embed(answer, base, fact.questions[0])), fact.id


def test_every_browsing_page_renders_within_limits(engine: Engine, base: KnowledgeBase) -> None:
    pages = [*embeds.source_list_pages(base), *embeds.topic_list_pages(base)]
    pages += [p for e in base.entities.values() for p in embeds.entity_pages(e, base)]
    pages += [p for s in base.sources.values() for p in embeds.source_pages(s, base)]
    pages += [p for t in base.topics.values() for p in embeds.topic_pages(t, base)]
    pages += embeds.compare_pages(engine.discrepancies(None, limit=100), base, None)
    pages += [embeds.help_embed(), embeds.about_embed(base)]
    assert all(within_limits(p) for p in pages)
    numbered = [p for p in pages if p.footer.text and p.footer.text.startswith("Page ")]
    assert all(len(p.fields) <= 8 for p in numbered)


def test_every_citation_is_placed_in_its_paragraph(base: KnowledgeBase) -> None:
    for fact in base.facts.values():
        for citation in fact.citations:
            source = base.sources[citation.source_id]
            passage = citation_passage(source, citation)
            paragraphs = normalise_quote(source.text, keep_lines=True).split("\n")
            assert passage.before + passage.quote + passage.after in paragraphs, (fact.id, citation.quote)
            window = passage.window(300)
            assert window.quote == passage.quote
            assert len(window.before) + len(window.after) <= max(300 - len(window.quote), 0) + 2


def test_long_pages_are_split_not_rejected() -> None:
    entries = [(f"entry {i}", "word " * 200) for i in range(40)]
    pages = embeds.paged("Title", "Header", entries, per_page=10)
    assert len(pages) >= 4
    assert all(within_limits(p) and len(p) <= EMBED_TOTAL_LIMIT for p in pages)
    assert pages[0].footer.text == f"Page 1 of {len(pages)}"
    assert sum(len(p.fields) for p in pages) == 40


def test_embed_text_is_plain(engine: Engine, base: KnowledgeBase) -> None:
    text = embed_text(answer_embed(engine.ask(HIRING_QUESTION), base, HIRING_QUESTION))
    assert text.startswith(f"## {HIRING_QUESTION}")
    assert "**" not in text and "\\" not in text
    assert "> “bringing on roughly 1,000 remote contractors" in text


def test_an_answer_names_where_the_articles_differ_on_it(engine: Engine, base: KnowledgeBase) -> None:
    answer = engine.ask("how many contractors did openai hire")
    embed = embeds.answer_embed(answer, base, "how many contractors did openai hire")
    field = next(f for f in embed.fields if f.name == "Where the articles differ on this")
    assert "disc-hiring-count-hired-vs-planned" in field.value
    assert embeds.within_limits(embed)


def test_an_answer_names_each_quotes_chain_and_counts_origins_apart_from_articles(engine: Engine, base: KnowledgeBase) -> None:
    answer = engine.ask("How many contractors did OpenAI hire?")
    assert answer.best is not None and answer.best.fact.id == "hiring-scale"
    text = " ".join(embed_text(answer_embed(answer, base, "How many contractors did OpenAI hire?")).split())
    assert "all tracing to one report (Semafor, citing people familiar with the matter" in text
    assert "speaking to Semafor; relayed by this article" in text
    assert "own reporting" not in text
