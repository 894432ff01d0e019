"""An article's page for a French reader: the curators' summary, the reason for an inferred outlet and for a relay
the article does not name, in French (they were English on French pages); English pages keep the English."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.chat.embeds import source_list_pages, source_pages
from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.models import KnowledgeBase
from bot.core.provenance import source_lines
from tests.chat.test_bilingual_pages import _text


def _flat(text: str) -> str:
    return " ".join(text.replace("*", "").replace("\\", "").split())


def test_every_article_has_its_french_words(base: KnowledgeBase) -> None:
    for source in base.sources.values():
        assert source.summary_fr and source.summary_fr != source.summary, source.id
        if source.outlet_inferred:
            assert source.outlet_inferred.reason_fr, source.id
        assert all(r.inferred_fr for r in source.relays if r.inferred), source.id


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_article_page_speaks_the_readers_language(base: KnowledgeBase, language: str) -> None:
    other = "en" if language == "fr" else "fr"
    listing = _flat(" ".join(_text(p) for p in source_list_pages(base, language)))
    for source in base.sources.values():
        page = _flat(" ".join(_text(p) for p in source_pages(source, base, language)))
        assert _flat(source.summary_in(language))[:200] in page and _flat(source.summary_in(other))[:80] not in page
        assert _flat(source.summary_in(language))[:150] in listing
        lines = " ".join(source_lines(source, base, language))
        if source.outlet_inferred:
            assert source.outlet_inferred.reason_in(language) in lines
            assert source.outlet_inferred.reason_in(other) not in lines
        for relay in (r for r in source.relays if r.inferred):
            assert relay.inferred_in(language) in lines and relay.inferred_in(other) not in lines
    french = " ".join(source_lines(base.sources["unseen-workforce-internet-patrol"], base, "fr"))
    assert "Reprend sans le nommer : NBC News (déduction des curateurs : ses portraits de Savreux" in french


def test_a_french_translation_needs_its_english(knowledge_copy: Path) -> None:
    path = knowledge_copy / "sources" / "unseen-workforce-internet-patrol.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - report: semafor-army-of-contractors")
    end = text.index("summary:", start)
    path.write_text(
        text[:start] + "  - report: semafor-army-of-contractors\n    evidence: nothing\n    inferred_fr: sans\n" + text[end:],
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(knowledge_copy)
    assert "'inferred_fr' translates 'inferred', which is missing" in str(info.value)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_topic_pages_and_menus_describe_topics_in_the_readers_language(engine, language: str) -> None:
    """Topic descriptions were English on French pages and in the French topic menu."""
    from bot.chat.embeds import topic_list_pages, topic_pages
    from bot.chat.views import describe, page_reply

    base = engine.base
    other = "en" if language == "fr" else "fr"
    listing = _flat(" ".join(_text(p) for p in topic_list_pages(base, language)))
    for topic in base.topics.values():
        assert topic.description_fr and topic.description_fr != topic.description
        assert _flat(topic.description_in(language)) in listing and _flat(topic.description_in(other)) not in listing
        assert _flat(topic.description_in(language)) in _flat(_text(topic_pages(topic, base, language)[0]))
    menu = describe(page_reply("topics", "", 0, engine, language).view)
    options = [o for _name, _id, opts in menu for o in opts]
    assert options, menu
    reply = page_reply("topics", "", 0, engine, language)
    descriptions = [o.description for c in reply.view.children for o in getattr(getattr(c, "item", c), "options", [])]
    assert descriptions and all(
        d in {t.description_in(language)[:100] for t in base.topics.values()} or d.endswith("…") for d in descriptions
    )
    assert not any(d == t.description_in(other) for d in descriptions for t in base.topics.values())
