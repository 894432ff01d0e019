"""What the bot remembers of each conversation: the fact it last answered in each DM, channel or console,
so that "tell me more" or "why?" can follow it up. Bounded: the least recently used places are forgotten."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

#: How many conversations (DMs, channels) are remembered at once.
MAX_PLACES = 10_000


class LastAnswers:
    """The id of the fact last answered per place (a DM or channel id, or "console"), least recently used first out."""

    def __init__(self, size: int = MAX_PLACES) -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        self._size = size
        self._facts: OrderedDict[Hashable, str] = OrderedDict()

    def get(self, place: Hashable) -> str | None:
        fact_id = self._facts.get(place)
        if fact_id is not None:
            self._facts.move_to_end(place)
        return fact_id

    def remember(self, place: Hashable, fact_id: str) -> None:
        self._facts[place] = fact_id
        self._facts.move_to_end(place)
        while len(self._facts) > self._size:
            self._facts.popitem(last=False)

    def forget(self, place: Hashable) -> None:
        """Nothing to follow up in `place` any more (its last reply gave no fact)."""
        self._facts.pop(place, None)

    def follow(self, place: Hashable, fact_id: str | None) -> None:
        """What "tell me more" said next in `place` follows: `fact_id`, or nothing when the last reply gave no fact."""
        if fact_id is None:
            self.forget(place)
        else:
            self.remember(place, fact_id)

    def __len__(self) -> int:
        return len(self._facts)
