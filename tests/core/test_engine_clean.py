"""Discord text is cleaned before matching: markup, ids and links go, the words people ask stay."""

from __future__ import annotations

import pytest

from bot.core.claims import routed_verdict
from bot.core.echo import printable
from bot.core.engine import Engine
from bot.core.engine.clean import clean

QUESTION = "how many contractors did openai hire"


@pytest.mark.parametrize(
    "typed",
    [
        f"<:pepe:123456789012345678> {QUESTION}",
        f"<a:wave:123456789012345678> {QUESTION} <:ok:987654321098765432>",
        f"**{QUESTION}**",
        f"> {QUESTION}",
        f">>> {QUESTION}",
        f"# {QUESTION}",
        f"-# {QUESTION}",
        f"||{QUESTION}||",
        f"`{QUESTION}`",
        f"```\n{QUESTION}\n```",
        f"```txt\n{QUESTION}\n```",
        f"__{QUESTION}__ ~~{''}~~",
        f"<@123456789012345678> {QUESTION}",
        f"<@!123456789012345678> <@&123456789012345678> <#123456789012345678> {QUESTION}",
        f"</ask:123456789012345678> {QUESTION}",
        f"{QUESTION} <t:1700000000:R>",
        f"{QUESTION} https://example.com/a?b=1234567",
        f"{QUESTION} <https://example.com/1234567>",
        f"[{QUESTION}](https://example.com/1234)",
        f"{QUESTION} :thumbsup:",
        f"\\*{QUESTION}\\*",
    ],
)
def test_discord_markup_is_not_matched(engine: Engine, typed: str) -> None:
    assert clean(typed) == QUESTION
    plain = engine.ask(QUESTION)
    answer = engine.ask(typed)
    assert answer.best is not None and answer.best.fact.id == plain.best.fact.id
    assert answer.best.confidence == plain.best.confidence


def test_an_emoji_id_is_not_read_as_a_number_the_fact_must_hold(engine: Engine) -> None:
    # Before cleaning, the id made every fact without that number a mismatch: "the articles don't say".
    assert not engine.ask("<:thinking:123456789012345678> who is grace matelich").abstained


def test_words_joined_by_underscores_and_times_survive() -> None:
    assert clean("what is data_labeling") == "what is data labeling"
    assert clean("the 10:30 meeting") == "the 10:30 meeting"
    assert clean("a *really* good question") == "a really good question"


def test_a_message_of_markup_only_is_empty() -> None:
    assert clean("<:a:1> <@2> https://x.y/z ** || ``") == ""


@pytest.mark.parametrize("typed", ["<:wave:123456789012345678>", "👍", "<@123456789012345678>"])
def test_a_message_of_markup_or_emoji_alone_gets_a_reply_not_an_abstention(engine: Engine, typed: str) -> None:
    answer = engine.ask(typed)
    assert answer.best is None and answer.conversation is not None and answer.conversation.intent == "acknowledgement"


@pytest.mark.parametrize(
    "typed",
    [
        "how many contractors \x1b[31mdid openai hire\x1b[0m",
        f"\x1b]0;title\x07{QUESTION}",
        f"\x1b[1;32m{QUESTION}\x1b[K",
    ],
)
def test_terminal_escape_sequences_go_whole(engine: Engine, typed: str) -> None:
    # Before, "\x1b[31m" left "[31m": its 31 made the question a claim "contradicted: about 1,000, not 31".
    assert clean(typed) == QUESTION
    assert printable(typed) == QUESTION
    assert routed_verdict(printable(typed), engine) is None
    answer = engine.ask(typed)
    assert answer.best is not None and answer.best.fact.id == engine.ask(QUESTION).best.fact.id
