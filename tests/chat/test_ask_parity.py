"""`ask` routes a message as Discord and the console do: a verdict exactly where the reply path gives one."""

from __future__ import annotations

import io
import json

import pytest

from bot.chat.replies import answer_question
from bot.cli import run_ask
from bot.core.engine import Engine
from bot.core.loader import load_knowledge

MESSAGES = [
    "Did OpenAI fire the Kenyan workers?",
    "the trainers make $30 an hour",
    "OpenAI hired 1,000 coders",
    "Did Savreux get fired?",
    "Savreux est originaire de Kansas City",
    "Est-ce qu'OpenAI a licencié les formateurs ?",
    "How many contractors did OpenAI hire?",
    "combien gagne savreux",
    "Why did OpenAI fire the Kenyan workers?",
    "thanks",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_knowledge())


@pytest.mark.parametrize("message", MESSAGES)
def test_ask_gives_a_verdict_exactly_where_discord_does(engine: Engine, message: str) -> None:
    reply = answer_question(message, engine, max_length=500)
    out = io.StringIO()
    assert run_ask(message, as_json=True, semantic=False, out=out, err=io.StringIO()) == 0
    data = json.loads(out.getvalue())
    discord_verdict = reply.answer is None and bool(reply.embeds) and reply.content is None
    assert (data["verdict"] is not None) == discord_verdict, (data, reply)
    if data["verdict"] is None and reply.answer is not None and reply.answer.best is not None:
        assert data["answer"]["fact_id"] == reply.answer.best.fact.id
