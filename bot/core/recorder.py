"""Where what users tell the bot goes: questions asked, "Wrong answer?" presses, "Did you mean" picks.

The bot holds one recorder (`bot.recorder`). The default, `LoggingRecorder`, only writes a log line;
the question log (bot/core/question_log.py) keeps them in SQLite for the curators' `misses` report.
Every method returns at once and never raises: recording must never cost a reader their answer.
Nothing here knows Discord: a user is an id, and no recorder is required to keep it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from bot.core.answers import Answer

log = logging.getLogger(__name__)

#: Where a question came from.
SURFACES = ("slash", "dm", "mention", "context_menu", "console", "cli")


class Recorder(Protocol):
    """What the faces report. Every method must return quickly and never raise."""

    def question(
        self,
        *,
        user_id: int | None,
        question: str,
        language: str,
        fact_id: str | None,
        confidence: float,
        surface: str = "slash",
        abstained: bool | None = None,
        suggestions: Sequence[tuple[str, float]] = (),
    ) -> None:
        """A question was handled: `fact_id` is the top fact (None when there was none), `abstained` whether
        the bot declined to answer (default: `fact_id is None`), `suggestions` the (fact id, confidence)
        offered as "Did you mean"."""

    def wrong_answer(self, *, user_id: int | None, question: str, fact_id: str, language: str) -> None:
        """Someone pressed "Wrong answer?" under the answer `fact_id` to `question`."""

    def pick(self, *, user_id: int | None, question: str, fact_id: str, language: str) -> None:
        """Someone picked `fact_id` in a "Did you mean" menu under the reply to `question`."""


class LoggingRecorder:
    """The default recorder: one INFO line per report, the question clipped, no user ids."""

    def question(
        self,
        *,
        user_id: int | None,
        question: str,
        language: str,
        fact_id: str | None,
        confidence: float,
        surface: str = "slash",
        abstained: bool | None = None,
        suggestions: Sequence[tuple[str, float]] = (),
    ) -> None:
        abstained = fact_id is None if abstained is None else abstained
        outcome = "no answer" if abstained else fact_id
        log.info("Question (%s) [%s] %r -> %s (%.2f)", surface, language, question[:200], outcome, confidence)

    def wrong_answer(self, *, user_id: int | None, question: str, fact_id: str, language: str) -> None:
        log.info("Wrong answer reported [%s]: %r -> %s", language, question[:200], fact_id)

    def pick(self, *, user_id: int | None, question: str, fact_id: str, language: str) -> None:
        log.info("Suggestion picked [%s]: %r -> %s", language, question[:200], fact_id)


def record_answer(recorder: Recorder | None, answer: Answer | None, surface: str, user_id: int | None = None) -> None:
    """Report an engine answer to a recorder: the top fact (the answer, or the nearest suggestion when the
    bot abstained), and what the "Did you mean" menu offered. Never raises."""
    if recorder is None or answer is None or not answer.question.strip():
        return
    try:
        if answer.best is not None:
            top, offered = answer.best, answer.alternatives
        else:
            top, offered = (answer.suggestions[0] if answer.suggestions else None), answer.suggestions
        recorder.question(
            user_id=user_id,
            question=answer.question,
            language=answer.language,
            fact_id=top.fact.id if top else None,
            confidence=top.confidence if top else 0.0,
            surface=surface,
            abstained=answer.best is None,
            suggestions=tuple((m.fact.id, m.confidence) for m in offered),
        )
    except Exception:
        log.exception("Recording a question failed (the answer was not affected)")
