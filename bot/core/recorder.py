"""Where what users tell the bot goes: questions asked, "Wrong answer?" presses, "Did you mean" picks.

The bot holds one recorder (`bot.recorder`). The default, `LoggingRecorder`, only writes a log line;
a recorder that keeps them (a question log the curators read) replaces it with the same three methods.
Nothing here knows Discord: a user is an id.
"""

from __future__ import annotations

import logging
from typing import Protocol

log = logging.getLogger(__name__)


class Recorder(Protocol):
    """What the Discord face reports; every method must return quickly and never raise."""

    def question(self, *, user_id: int, question: str, language: str, fact_id: str | None, confidence: float) -> None:
        """A question was answered (fact_id set) or abstained on (fact_id None)."""

    def wrong_answer(self, *, user_id: int, question: str, fact_id: str, language: str) -> None:
        """Someone pressed "Wrong answer?" under the answer `fact_id` to `question`."""

    def pick(self, *, user_id: int, question: str, fact_id: str, language: str) -> None:
        """Someone picked `fact_id` in a "Did you mean" or related-facts menu."""


class LoggingRecorder:
    """The default recorder: one INFO line per report, with the question clipped (no user names, only ids)."""

    def question(self, *, user_id: int, question: str, language: str, fact_id: str | None, confidence: float) -> None:
        log.info("Question [%s] %r -> %s (%.2f)", language, question[:200], fact_id or "no answer", confidence)

    def wrong_answer(self, *, user_id: int, question: str, fact_id: str, language: str) -> None:
        log.info("Wrong answer reported [%s]: %r -> %s", language, question[:200], fact_id)

    def pick(self, *, user_id: int, question: str, fact_id: str, language: str) -> None:
        log.info("Suggestion picked [%s]: %r -> %s", language, question[:200], fact_id)
