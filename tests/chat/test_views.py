"""Components: ids that fit and survive restarts, and what each press replies."""

from __future__ import annotations

from dataclasses import replace

import discord

from bot.chat.embeds import within_limits
from bot.chat.views import (
    GONE,
    STALE,
    Component,
    answer_view,
    describe,
    fact_view,
    handle_component,
    open_id,
    page_id,
    pager_view,
)
from bot.core.answers import Answer, Match
from bot.core.engine import Engine
from bot.core.i18n import display_question
from bot.core.models import KnowledgeBase


def _custom_ids(view: discord.ui.View | None) -> list[str]:
    return [custom_id for _label, custom_id, _options in describe(view)]


def test_every_custom_id_fits_and_is_handled_by_the_dynamic_item(base: KnowledgeBase) -> None:
    template = Component.__discord_ui_compiled_template__
    for fact in base.facts.values():
        for custom_id in _custom_ids(fact_view(fact)):
            assert len(custom_id) <= 100 and template.fullmatch(custom_id)
    long_key = "subject " * 30
    assert len(page_id("compare", 12, long_key)) == 100
    assert len(open_id("compare", long_key)) == 100


def test_an_answer_view_has_sources_related_and_did_you_mean(engine: Engine, base: KnowledgeBase) -> None:
    fact, other = base.facts["hiring-scale"], base.facts["grace-matelich-role"]
    answer = Answer("q", "en", Match(fact, 0.9), alternatives=(Match(other, 0.6),))
    view = answer_view(answer)
    described = describe(view)
    assert [label for label, _, _ in described] == ["Sources", "Related", "Did you mean…"]
    (_, select_id, options) = described[2]
    assert select_id == "rb:fact:en:dym" and options == [(other.questions[0], other.id)]
    assert view.timeout is None  # never stored by discord.py: nothing is kept per message


def test_an_abstention_view_only_offers_suggestions(base: KnowledgeBase) -> None:
    fact = base.facts["hiring-scale"]
    view = answer_view(Answer("q", "fr", None, suggestions=(Match(fact, 0.3),)), base)
    ((_label, custom_id, options),) = describe(view)
    assert custom_id == "rb:fact:fr:dym"
    assert options[0][0] == display_question(fact, "fr", base)
    assert answer_view(Answer("q", "en", None)) is None


def test_pager_buttons_point_to_neighbouring_pages() -> None:
    assert pager_view("topic", "hiring", 0, 1) is None
    first = pager_view("topic", "hiring", 0, 3)
    prev, nxt = (child.item for child in first.children)
    assert prev.disabled and not nxt.disabled and nxt.custom_id == "rb:pg:topic:1:en:0:hiring"
    last = pager_view("topic", "hiring", 2, 3)
    prev, nxt = (child.item for child in last.children)
    assert prev.custom_id == "rb:pg:topic:1:en:0:hiring" and nxt.disabled


def test_presses_open_turn_pick_or_explain(engine: Engine) -> None:
    reply, edit = handle_component("rb:open:src:hiring-scale", [], engine)
    assert not edit and reply.ephemeral and reply.embeds[0].title == "Sources, in context"
    reply, edit = handle_component("rb:open:rel:hiring-scale", [], engine)
    assert reply.embeds[0].title == "Related facts" and "rb:fact:en" in _custom_ids(reply.view)
    reply, edit = handle_component("rb:fact:en", ["grace-matelich-role"], engine)
    assert reply.ephemeral and "grace-matelich-role" in reply.embeds[0].footer.text
    reply, edit = handle_component("rb:pg:sources:0:", [], engine)
    assert edit and reply.embeds[0].title == "The articles"
    assert handle_component("rb:open:src:no-such-fact", [], engine)[0].content == GONE
    assert handle_component("rb:fact:en", ["no-such-fact"], engine)[0].content == GONE
    assert handle_component("rb:fact:en", [], engine)[0].content == GONE
    for stale in ("rb:something-old", "rb:open:nokind:x", "rb:pg:topic:notanumber:x"):
        reply, edit = handle_component(stale, [], engine)
        assert reply.content == STALE and reply.ephemeral and not edit


def test_turning_past_the_last_page_shows_the_last(engine: Engine, base: KnowledgeBase) -> None:
    topic = max(base.topics, key=lambda t: len(base.facts_by_topic.get(t, ())))
    reply, edit = handle_component(f"rb:pg:topic:999:{topic}", [], engine)
    assert edit and within_limits(reply.embeds[0])
    assert reply.embeds[0].footer.text.split()[1] == reply.embeds[0].footer.text.split()[3]


def test_the_lists_of_articles_and_topics_have_a_menu_that_opens_one(engine: Engine) -> None:
    from bot.chat.views import page_reply

    for kind, target, language in (("sources", "source", "fr"), ("topics", "topic", "en")):
        reply = page_reply(kind, "", 0, engine, language)
        ((_name, custom_id, options),) = [d for d in describe(reply.view) if d[2]]
        assert custom_id == f"rb:pick:{target}:{language}" and len(options) >= 5
        opened, edit = handle_component(custom_id, [options[0][1]], engine)
        assert opened.ephemeral and not edit and opened.embeds
    opened, _ = handle_component("rb:pick:source:fr", ["semafor-army-of-contractors"], engine)
    assert "Média" in opened.embeds[0].description
    assert handle_component("rb:pick:topic:en", ["no-such-topic"], engine)[0].content == GONE


def test_namesakes_are_offered_by_name(engine: Engine, base: KnowledgeBase) -> None:
    from bot.chat.embeds import abstention_embed

    answer = engine.ask("who is sam")
    embed = abstention_embed(answer, "who is sam", base)
    assert "**Sam Altman** (person)" in embed.description and "how many employees" not in embed.description
    ((_label, _custom_id, options),) = describe(answer_view(answer, base))
    assert {option[0] for option in options} == {"Sam Altman", "Sama"}


def test_a_menu_says_what_each_fact_is_about_in_the_readers_language_never_its_id(base: KnowledgeBase) -> None:
    pay, dispute = base.facts["savreux-pay-15-an-hour"], base.facts["disc-hiring-timeframe"]
    answer = Answer("q", "fr", None, suggestions=(Match(pay, 0.5), Match(dispute, 0.4)), band="unsure")
    view = answer_view(answer, base)
    assert view is not None
    (menu,) = [item.item for item in view.children if isinstance(item.item, discord.ui.Select)]  # type: ignore[attr-defined]
    topic = base.topics[pay.topics[0]]
    assert [o.description for o in menu.options] == [topic.name_fr, "divergence entre articles"]
    english = answer_view(Answer("q", "en", None, suggestions=(Match(pay, 0.5),), band="unsure"), base)
    assert english is not None
    (menu,) = [item.item for item in english.children if isinstance(item.item, discord.ui.Select)]  # type: ignore[attr-defined]
    assert menu.options[0].description == topic.name and all(o.description != pay.id for o in menu.options)


def test_a_sure_answer_offers_no_did_you_mean(engine: Engine, base: KnowledgeBase) -> None:
    # "Did you mean" under an answer shown as sure would doubt it in the same breath (the console printed both).
    fact, other = base.facts["hiring-scale"], base.facts["grace-matelich-role"]
    sure = Answer("q", "en", Match(fact, 0.95), alternatives=(Match(other, 0.6),), band="sure")
    assert [label for label, _, _ in describe(answer_view(sure))] == ["Sources", "Related"]
    likely = replace(sure, band="likely")
    assert [label for label, _, _ in describe(answer_view(likely))] == ["Sources", "Related", "Did you mean…"]
    answer = engine.ask("how many contractors did openai hire")
    assert answer.band == "sure" and "Did you mean…" not in [label for label, _, _ in describe(answer_view(answer))]
