"""Every page the bot can build, for every fact, in both languages: within Discord's limits, and no label of
the other language on it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import discord
import pytest

from bot.chat.embeds import (
    about_embed,
    answer_embed,
    compare_pages,
    entity_pages,
    fact_embed,
    help_embed,
    related_pages,
    source_list_pages,
    source_pages,
    sources_pages,
    topic_list_pages,
    topic_pages,
    within_limits,
)
from bot.chat.views import answer_view, describe, page_reply
from bot.core import i18n
from bot.core.answers import Answer, Match
from bot.core.engine import Engine
from bot.core.i18n import CATALOGUE
from bot.core.models import KnowledgeBase
from bot.core.provenance import _CITING, _ORIGIN, _SPEAKER, _WORDS

_FIELD = re.compile(r"\{[^}]*\}")


def _text(embed: discord.Embed) -> str:
    parts = [embed.title or "", embed.description or "", embed.footer.text or ""]
    parts += [f"{f.name}\n{f.value}" for f in embed.fields]
    return "\n".join(parts)


def _corpus(base: KnowledgeBase) -> str:
    """All the fact base's own words (quotes, statements, descriptions): a label fragment found in them says nothing."""
    texts = [s.text for s in base.sources.values()] + [s.headline + " " + s.summary for s in base.sources.values()]
    for fact in base.facts.values():
        texts += [fact.statement, fact.statement_fr or "", fact.subject or "", fact.subject_fr or ""]
        texts += [c.position or "" for c in fact.citations] + [c.position_fr or "" for c in fact.citations]
        texts += [c.who or "" for c in fact.citations]
    texts += [e.description + " " + (e.description_fr or "") + " " + e.name for e in base.entities.values()]
    texts += [t.name + " " + t.description + " " + (t.name_fr or "") for t in base.topics.values()]
    return " ".join(" ".join(texts).split()).casefold()


def _fragments(language: str, base: KnowledgeBase) -> set[str]:
    """Fixed pieces of the catalogue's labels in `language` that the other language does not share."""
    corpus = _corpus(base)
    index = 0 if language == "en" else 1
    found = set()
    # The attribution lines (provenance's) too.
    attributions = [(table["en"][k], table["fr"][k]) for table in (_WORDS, _SPEAKER, _CITING, _ORIGIN) for k in table["en"]]
    for texts in [*CATALOGUE.values(), *attributions]:
        if texts[0] == texts[1]:
            continue
        other = texts[1 - index].casefold()
        for piece in _FIELD.split(texts[index]):
            piece = " ".join(piece.replace("*", " ").replace("`", " ").split()).strip(" .:;,/…-—()•")
            if len(piece) >= 8 and piece.casefold() not in other and piece.casefold() not in corpus:
                found.add(piece)
    return found


def _all_pages(engine: Engine, language: str) -> Iterator[tuple[str, discord.Embed]]:
    base = engine.base
    for fact in base.facts.values():
        yield f"fact {fact.id}", fact_embed(fact, base, language)
        for page in sources_pages(fact, base, language):
            yield f"sources {fact.id}", page
        for page in related_pages(fact, engine.related(fact.id, 10), base, language):
            yield f"related {fact.id}", page
        others = tuple(Match(f, 0.6) for f in engine.related(fact.id, 4))
        answer = Answer("q", language, Match(fact, 0.9), others, disputes=engine.disputes(fact.id), truncated=True)
        yield f"answer {fact.id}", answer_embed(answer, base, "a question " * 40)
        abstention = Answer("q", language, None, suggestions=(Match(fact, 0.4),), truncated=True)
        yield f"abstention {fact.id}", answer_embed(abstention, base, "q")
    yield "abstention", answer_embed(Answer("q", language, None), base, "")
    for entity in base.entities.values():
        yield from ((f"who {entity.id}", p) for p in entity_pages(entity, base, language))
    for source in base.sources.values():
        yield from ((f"source {source.id}", p) for p in source_pages(source, base, language))
    yield from (("sources", p) for p in source_list_pages(base, language))
    yield from (("topics", p) for p in topic_list_pages(base, language))
    for topic in base.topics.values():
        yield from ((f"topic {topic.id}", p) for p in topic_pages(topic, base, language))
    yield from (("compare", p) for p in compare_pages(engine.discrepancies(None, 100), base, None, language))
    yield "help", help_embed(language)
    yield "about", about_embed(base, language)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_fits_discord_and_speaks_one_language(engine: Engine, language: str) -> None:
    other = "fr" if language == "en" else "en"
    foreign = _fragments(other, engine.base)
    assert len(foreign) > 60, "the catalogue should give many fragments to look for"
    problems = []
    count = 0
    for where, embed in _all_pages(engine, language):
        count += 1
        if not within_limits(embed):
            problems.append(f"{where}: over Discord's limits")
        text = " ".join(_text(embed).replace("*", " ").replace("`", " ").split())
        leaks = [piece for piece in foreign if piece in text]
        if leaks:
            problems.append(f"{where}: {other} label(s) on a {language} page: {leaks}")
    assert count > 500
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_label_on_a_page_comes_in_the_page_language(engine: Engine, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each label marked with its language: a page in one language must carry no label marked with the other."""
    marked = {key: (f"⟦en⟧{en}", f"⟦fr⟧{fr}") for key, (en, fr) in CATALOGUE.items()}
    monkeypatch.setattr(i18n, "CATALOGUE", marked)
    other = "fr" if language == "en" else "en"
    seen_own = False
    wrong = []
    for where, embed in _all_pages(engine, language):
        text = _text(embed)
        seen_own = seen_own or f"⟦{language}⟧" in text
        if f"⟦{other}⟧" in text:
            wrong.append(f"{where}: {text[text.index(f'⟦{other}⟧') :][:80]!r}")
    assert seen_own
    assert not wrong, "\n".join(wrong[:20])


@pytest.mark.parametrize("language", ["en", "fr"])
def test_buttons_and_menus_speak_the_page_language(engine: Engine, language: str) -> None:
    fact = engine.base.facts["hiring-scale"]
    answer = Answer("q", language, Match(fact, 0.9), (Match(engine.base.facts["grace-matelich-role"], 0.6),))
    labels = [label for label, _custom_id, _options in describe(answer_view(answer, engine.base))]
    expected = {"en": ["Sources", "Related", "Did you mean…"], "fr": ["Sources", "Liés", "Vouliez-vous dire…"]}
    assert labels == expected[language]
    topic = max(engine.base.topics, key=lambda t: len(engine.base.facts_by_topic.get(t, ())))
    reply = page_reply("topic", topic, 0, engine, language, owner=7)
    described = describe(reply.view)
    names = [label for label, _custom_id, _options in described]
    pager = {"en": ["Next ▶", "Open a fact with its quotes…"], "fr": ["Suivant ▶", "Ouvrir un fait avec ses citations…"]}
    assert names == pager[language]  # "Previous" is disabled on the first page, so not offered
    assert described[0][1].startswith(f"rb:pg:topic:1:{language}:7:")


def _marker_problems(value: str) -> list[str]:
    """Bold markers glued to a word: "assignments.**First" (opening) or "First**word" (closing)."""
    problems = []
    position = 0
    parts = value.split("**")
    for index, part in enumerate(parts[:-1]):
        position += len(part)
        before = value[position - 1] if position else " "
        after = value[position + 2] if position + 2 < len(value) else " "
        opening = index % 2 == 0
        if (opening and (before.isalnum() or before in ".,;:!?")) or (not opening and after.isalnum()):
            problems.append(value[max(0, position - 25) : position + 25])
        position += 2
    return problems


def test_sources_name_each_article_once_show_each_paragraph_once_and_keep_spaces(engine: Engine) -> None:
    base = engine.base
    problems = []
    for fact in base.facts.values():
        for language in ("en", "fr"):
            fields = [field for page in sources_pages(fact, base, language) for field in page.fields]
            headers = [f.name for f in fields if f.name != "\u200b"]
            if len(headers) != len(set(headers)) or len(headers) != len(fact.source_ids):
                problems.append(f"{fact.id} ({language}): article headers {headers}")
            paragraphs = [block.split("\n")[0] for f in fields for block in (f.value or "").split("\n\n")]
            if len(paragraphs) != len(set(paragraphs)):
                problems.append(f"{fact.id} ({language}): a paragraph shown twice")
            problems += [f"{fact.id} ({language}): {p!r}" for f in fields for p in _marker_problems(f.value or "")]
    assert not problems, "\n".join(problems[:20])
    assert _marker_problems("assignments.**First quote** then") and _marker_problems("a **quote**word")


def test_lists_show_main_facts_first_titled_by_statement(engine: Engine) -> None:
    base = engine.base
    checked = 0
    for language in ("en", "fr"):
        lists = [topic_pages(t, base, language) for t in base.topics.values()]
        lists += [entity_pages(e, base, language) for e in base.entities.values()]
        lists += [source_pages(s, base, language) for s in base.sources.values()]
        for pages in lists:
            facts = [fact for page_facts in pages.facts for fact in page_facts]
            kinds = [fact.kind == "discrepancy" for fact in facts]
            assert kinds == sorted(kinds), [f.id for f in facts]  # every main fact before any disagreement
            titles = [field.name for page in pages for field in page.fields]
            assert len(titles) == len(facts) and not set(titles) & set(base.facts), titles
            assert all(t.startswith("⚖️ ") == k for t, k in zip(titles, kinds, strict=True))
            checked += len(facts)
    assert checked > 400
