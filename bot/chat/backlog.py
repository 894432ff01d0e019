"""How /ask keeps Discord's 3-second deadline under a crowd: a bounded queue of answers that knows its length.

An interaction must get its first response within 3 s of being sent, or Discord shows "The application did
not respond" and drops the answer. Deferring ("thinking…") buys 15 minutes, but costs a request of its own,
so it is worth it only for a question that would otherwise be late. `AnswerQueue` lets a few answers be
computed and sent at a time (each holds a slot while it does), estimates how long a newcomer will wait,
and tells the handler to defer when that wait, plus what the question has already waited, would pass the
budget. Two estimates, the larger wins: computing answers takes the one event loop in turn (every answer
ahead costs its compute time), and sending them overlaps (the answers ahead, shared between the slots,
each cost the time a slot is held). A question that was expected in time but is still queued when its
budget runs out is deferred then. While any deferral is being sent, no answer starts computing: the
first responses, which carry the deadline, go out before the answers, which have 15 minutes.

When the crowd outgrows the bot, the queue would grow without end: a question that would wait more than
MAX_WAIT seconds for its answer is turned away at once (`Busy`: a short "ask again in a minute", which
costs no computing), so memory and the wait of those admitted stay bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable

#: Answers computed and sent at once: enough to cover the network's round trip, few enough that a crowd's
#: deferrals are not starved of the event loop by answers in progress.
CONCURRENCY = 16
#: Seconds after which a first response must be on its way: Discord's 3 s, less a margin for the network.
BUDGET = 2.0
#: A question expected to wait longer than this for its answer is turned away.
MAX_WAIT = 60.0
#: How fast the service-time estimate follows what it measures.
SMOOTHING = 0.1


class Busy(Exception):
    """The queue is too long: the question should be turned away politely."""


class AnswerQueue:
    """A bounded queue of answers with a running estimate of the wait."""

    def __init__(self, concurrency: int = CONCURRENCY, budget: float = BUDGET, max_wait: float = MAX_WAIT) -> None:
        self.concurrency = concurrency
        self.budget = budget
        self.max_wait = max_wait
        self.turned_away = 0
        self._slots = asyncio.Semaphore(concurrency)
        self.waiting = 0
        self.running = 0
        #: Seconds one answer holds its slot (computing, then sending), smoothed.
        self.service = 0.02
        #: Seconds of event loop one answer takes to compute, smoothed; timed as soon as it is computed, so a
        #: burst's later questions are decided with it.
        self.compute = 0.005
        self.deferred = 0
        self._deferring = 0
        self._no_deferrals = asyncio.Event()
        self._no_deferrals.set()

    def expected_wait(self) -> float:
        """Seconds a question joining the queue now should wait for its slot, then be answered."""
        computing = (self.waiting + self.running + 1) * self.compute
        sending = ((self.waiting + self.running) / self.concurrency + 1) * self.service
        return max(computing, sending)

    def computed(self, seconds: float) -> None:
        """Record how long an answer took to compute."""
        self.compute += SMOOTHING * (seconds - self.compute)

    @contextlib.asynccontextmanager
    async def slot(self, waited: float, defer: Callable[[], Awaitable[None]], *, late: bool = False) -> AsyncIterator[None]:
        """Hold a slot to answer in; `defer` is awaited first if the answer would otherwise be late.

        `waited`: seconds the question already waited before its handler ran. `late`: defer regardless
        (a reload is running, say).
        """
        left = self.budget - waited
        expected = self.expected_wait()
        if expected > self.max_wait:
            self.turned_away += 1
            raise Busy(f"about {expected:.0f} s of answers queued")
        deferred = late or left <= 0 or expected > left
        if deferred:
            await self._defer(defer)
        self.waiting += 1
        try:
            if deferred:
                await self._slots.acquire()
            else:
                try:
                    await asyncio.wait_for(self._slots.acquire(), left)
                except TimeoutError:  # expected in time, but the queue moved slower than estimated
                    await self._defer(defer)
                    await self._slots.acquire()
        finally:
            self.waiting -= 1
        try:
            await self._no_deferrals.wait()
        except BaseException:
            self._slots.release()
            raise
        self.running += 1
        start = time.perf_counter()
        try:
            yield
        finally:
            self.running -= 1
            self.service += SMOOTHING * (time.perf_counter() - start - self.service)
            self._slots.release()

    async def _defer(self, defer: Callable[[], Awaitable[None]]) -> None:
        self.deferred += 1
        self._deferring += 1
        self._no_deferrals.clear()
        try:
            await defer()
        finally:
            self._deferring -= 1
            if not self._deferring:
                self._no_deferrals.set()
