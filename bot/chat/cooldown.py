"""One per-user question budget shared by /ask, direct messages and mentions."""

from __future__ import annotations

import time
from collections import OrderedDict

from discord import app_commands

from bot.core.i18n import label


class QuestionCooldown:
    """At most `rate` questions per `per` seconds for each user.

    Users are kept in the order of their last question: a user who has asked nothing for `per` seconds
    has a full budget again, so their entry is dropped from the front of the table as later questions
    come in. Each question costs O(1) amortised, and the table holds only the users of the last
    `per` seconds, however many there are.
    """

    def __init__(self, rate: int, per: float) -> None:
        self.rate = rate
        self.per = per
        #: user id -> (their bucket, the time of their last question), oldest last question first.
        self._buckets: OrderedDict[int, tuple[app_commands.Cooldown, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._buckets)

    def bucket(self, user_id: int) -> app_commands.Cooldown:
        entry = self._buckets.get(user_id)
        return entry[0] if entry is not None else app_commands.Cooldown(self.rate, self.per)

    def _expire(self, now: float) -> None:
        buckets = self._buckets
        while buckets:
            user_id, (_, last) = next(iter(buckets.items()))
            if now - last <= self.per:
                return
            del buckets[user_id]

    def hit(self, user_id: int, now: float | None = None) -> float | None:
        """Count one question; the seconds to wait when the user is over budget, else None."""
        now = time.time() if now is None else now
        self._expire(now)
        entry = self._buckets.pop(user_id, None)
        bucket = entry[0] if entry is not None else app_commands.Cooldown(self.rate, self.per)
        self._buckets[user_id] = (bucket, now)
        return bucket.update_rate_limit(now)


def cooldown_message(retry_after: float, language: str = "en") -> str:
    """The friendly line a user over their question budget sees, in their language."""
    seconds = max(1, round(retry_after))
    return label("cooldown.one", language) if seconds == 1 else label("cooldown.many", language, seconds=seconds)
