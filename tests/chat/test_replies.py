"""The reply path: refusals, answers, browsing replies and autocomplete choices."""

from __future__ import annotations

import time

import pytest

from bot.chat import replies
from bot.chat.embeds import within_limits
from bot.chat.views import describe
from bot.core.engine import Engine


def test_a_question_gets_the_answer_embed_and_buttons(engine: Engine) -> None:
    reply = replies.answer_question("  what powers copilot  ", engine, max_length=500)
    assert not reply.ephemeral and len(reply.embeds) == 1
    assert "codex-powers-copilot" in reply.embeds[0].footer.text
    assert reply.view is not None


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_an_empty_question_is_explained(engine: Engine, text: str) -> None:
    reply = replies.answer_question(text, engine, max_length=500)
    assert reply.ephemeral and "Ask me a question" in reply.content and not reply.embeds


def test_the_length_cap_is_exact(engine: Engine) -> None:
    assert not replies.answer_question("a" * 300, engine, max_length=300).ephemeral
    refused = replies.answer_question("a" * 301, engine, max_length=300)
    assert refused.ephemeral and "301 characters" in refused.content and "300" in refused.content


def test_every_browsing_reply_fits(engine: Engine) -> None:
    produced = [
        replies.who_reply("grace matelich", engine),
        replies.who_reply("grace-matelich", engine),
        replies.sources_reply(engine),
        replies.source_reply("semafor-army-of-contractors", engine),
        replies.source_reply("semafor army", engine),
        replies.topics_reply(engine),
        replies.topic_reply("hiring", engine),
        replies.compare_reply(None, engine),
        replies.compare_reply("how many contractors were hired", engine),
        replies.fact_id_reply("hiring-scale", engine),
        replies.random_reply(engine),
        replies.help_reply(),
        replies.about_reply(engine),
    ]
    for reply in produced:
        assert reply.embeds, reply.content
        assert all(within_limits(e) for e in reply.embeds)
    assert produced[0].embeds[0].title == "Grace Matelich"
    assert "hiring-scale" in produced[9].embeds[0].footer.text


def test_unknown_names_are_refused_with_escaped_text(engine: Engine) -> None:
    for reply in (
        replies.who_reply("@everyone zzqx", engine),
        replies.source_reply("@everyone zzqx qqq", engine),
        replies.topic_reply("@everyone zzqx", engine),
        replies.compare_reply("@everyone zzqx the price of bananas", engine),
    ):
        assert reply.ephemeral and reply.content and not reply.embeds
        assert "@everyone" not in reply.content


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_command_typed_with_no_name_asks_which_one_with_examples(engine: Engine, language: str) -> None:
    # The console lets "/who" be typed bare (Discord requires the option): not "no one called “”".
    reply = replies.who_reply("  ", engine, language)
    assert reply.ephemeral and not reply.embeds
    assert "“”" not in reply.content and "« »" not in reply.content and "«  »" not in reply.content
    assert ("Which person" if language == "en" else "Quel(le) personne") in reply.content
    assert "**Alexej Savreux**" in reply.content


def test_the_compare_subject_is_cut_to_fit_a_custom_id(engine: Engine) -> None:
    reply = replies.compare_reply("contractors " * 30, engine)
    assert all(len(custom_id) <= 100 for _label, custom_id, _options in describe(reply.view))
    assert all(len(c.value) <= replies.SUBJECT_LIMIT for c in replies.subject_choices(engine, ""))


@pytest.mark.parametrize(
    "make",
    [
        replies.question_choices,
        replies.entity_choices,
        replies.source_choices,
        replies.topic_choices,
        replies.fact_choices,
        replies.subject_choices,
    ],
)
@pytest.mark.parametrize("typed", ["", "o", "how many contr", "grace", "x" * 300, "@everyone", "é’“", "  "])
def test_choices_respect_discords_limits(engine: Engine, make, typed: str) -> None:
    choices = make(engine, typed)
    assert len(choices) <= 25
    assert all(0 < len(c.name) <= 100 and 0 < len(c.value) <= 100 for c in choices)
    assert len({c.value for c in choices}) == len(choices)


def test_question_autocomplete_is_fast_on_every_keystroke(engine: Engine) -> None:
    question = "how many contractors did openai hire in latin america and eastern europe"
    slowest = 0.0
    for end in range(len(question) + 1):
        start = time.perf_counter()
        replies.question_choices(engine, question[:end])
        slowest = max(slowest, time.perf_counter() - start)
    # Discord allows 3 s for the whole round trip; the matching must be a small part of it.
    assert slowest < 0.25, f"slowest keystroke took {slowest * 1000:.0f} ms"
