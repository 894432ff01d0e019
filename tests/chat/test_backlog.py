"""The answer queue defers exactly the questions that would miss Discord's deadline."""

from __future__ import annotations

import asyncio

import pytest

from bot.chat.backlog import AnswerQueue, Busy

pytestmark = pytest.mark.asyncio


class Deferrals:
    def __init__(self) -> None:
        self.count = 0

    async def __call__(self) -> None:
        self.count += 1


async def test_an_idle_queue_answers_without_deferring() -> None:
    queue, defer = AnswerQueue(concurrency=2, budget=2.0), Deferrals()
    async with queue.slot(0.0, defer):
        pass
    assert defer.count == 0 and queue.waiting == 0 and queue.running == 0


async def test_a_question_that_already_waited_too_long_or_a_reload_defers_first() -> None:
    queue, defer = AnswerQueue(concurrency=2, budget=2.0), Deferrals()
    async with queue.slot(2.5, defer):
        assert defer.count == 1
    async with queue.slot(0.0, defer, late=True):
        assert defer.count == 2


async def test_a_long_queue_ahead_defers_at_once() -> None:
    queue, defer = AnswerQueue(concurrency=1, budget=2.0), Deferrals()
    queue.service = 1.5  # each answer takes a second and a half
    release = asyncio.Event()
    order: list[str] = []

    async def hold() -> None:
        async with queue.slot(0.0, Deferrals()):
            order.append("first")
            await release.wait()

    holder = asyncio.create_task(hold())
    await asyncio.sleep(0)
    waiter = asyncio.create_task(_answer(queue, defer, order, "second"))
    await asyncio.sleep(0.01)
    assert defer.count == 1 and order == ["first"]  # deferred before it even queued
    release.set()
    await asyncio.wait_for(asyncio.gather(holder, waiter), 5)
    assert order == ["first", "second"]


async def test_a_question_expected_in_time_is_deferred_when_its_budget_runs_out() -> None:
    queue, defer = AnswerQueue(concurrency=1, budget=0.2), Deferrals()
    queue.service = 0.0001  # the estimate says "in time"
    release = asyncio.Event()

    async def hold() -> None:
        async with queue.slot(0.0, Deferrals()):
            await release.wait()

    holder = asyncio.create_task(hold())
    await asyncio.sleep(0)
    waiter = asyncio.create_task(_answer(queue, defer, [], "late"))
    await asyncio.sleep(0.05)
    assert defer.count == 0
    await asyncio.wait_for(_until(lambda: defer.count == 1), 5)  # the budget ran out while queued
    release.set()
    await asyncio.wait_for(asyncio.gather(holder, waiter), 5)
    assert queue.waiting == 0 and queue.running == 0


async def _answer(queue: AnswerQueue, defer: Deferrals, order: list[str], name: str) -> None:
    async with queue.slot(0.0, defer):
        order.append(name)


async def _until(condition) -> None:
    while not condition():
        await asyncio.sleep(0.01)


async def test_a_queue_longer_than_the_longest_wait_turns_newcomers_away() -> None:
    queue, defer = AnswerQueue(concurrency=1, budget=2.0, max_wait=5.0), Deferrals()
    queue.compute = 1.0
    queue.waiting = 10  # ten answers of a second each are queued
    with pytest.raises(Busy):
        async with queue.slot(0.0, defer):
            pytest.fail("admitted")
    assert defer.count == 0 and queue.turned_away == 1
    queue.waiting = 0
    async with queue.slot(0.0, defer):
        pass
