"""One per-user question budget shared by /ask, direct messages and mentions."""

from __future__ import annotations

import time

from discord import app_commands

#: Above this many tracked users, buckets that have refilled are dropped.
_PRUNE_ABOVE = 10_000


class QuestionCooldown:
    """At most `rate` questions per `per` seconds for each user."""

    def __init__(self, rate: int, per: float) -> None:
        self.rate = rate
        self.per = per
        self._buckets: dict[int, app_commands.Cooldown] = {}

    def bucket(self, user_id: int) -> app_commands.Cooldown:
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = app_commands.Cooldown(self.rate, self.per)
        return bucket

    def hit(self, user_id: int, now: float | None = None) -> float | None:
        """Count one question; the seconds to wait when the user is over budget, else None."""
        now = time.time() if now is None else now
        if len(self._buckets) > _PRUNE_ABOVE:
            self._buckets = {u: b for u, b in self._buckets.items() if b.get_tokens(now) < b.rate}
        return self.bucket(user_id).update_rate_limit(now)


def cooldown_message(retry_after: float) -> str:
    """The friendly line a user over their question budget sees."""
    seconds = max(1, round(retry_after))
    return f"Easy there: you're asking faster than I can keep up. Try again in {seconds} second{'s' if seconds != 1 else ''}."
