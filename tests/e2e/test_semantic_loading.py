"""The real bot against the fake Discord answers while the sentence encoder is still loading."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.core.engine import Engine
from bot.core.models import KnowledgeBase
from bot.core.semantic import Encoder, SemanticModel, SemanticReranker, default_cache_dir, shared_encoder
from tests.e2e.fake_discord import DM_CHANNEL_ID, FakeDiscord

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


async def test_the_bot_answers_lexically_while_the_encoder_loads_then_reranks(
    fake: FakeDiscord, start_bot, base: KnowledgeBase
) -> None:
    release = threading.Event()

    def slow_load() -> Encoder:
        assert release.wait(30), "never released"
        return shared_encoder()

    engine = Engine(base)
    try:
        await start_bot(engine_=engine, semantic=SemanticModel(default_cache_dir(), loader=slow_load))
        # The encoder is still loading (held above): the question is answered all the same, lexically.
        await fake.message("what powers copilot", dm=True)
        sent = await fake.wait_for(lambda r: r.method == "POST" and r.path == f"channels/{DM_CHANNEL_ID}/messages")
        (embed,) = sent.body["embeds"]
        assert "fact codex-powers-copilot" in embed["footer"]["text"]
        assert engine.reranker is None
    finally:
        release.set()
    for _ in range(600):  # bounded: at most 30 s for the encoder and the embeddings
        if engine.reranker is not None:
            break
        await asyncio.sleep(0.05)
    assert isinstance(engine.reranker, SemanticReranker)
