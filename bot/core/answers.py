"""What the engine returns: the best fact with a confidence, alternatives, or an honest abstention."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.models import Entity, Fact

if TYPE_CHECKING:
    from bot.core.engine.confidence import Signals


@dataclass(frozen=True, slots=True)
class Match:
    """A fact the engine found for a question, with its confidence in [0, 1]."""

    fact: Fact
    confidence: float


@dataclass(frozen=True, slots=True)
class Conversation:
    """What the bot says to a message that talks to it rather than asks about the articles.

    `intent` is one of greeting, thanks, goodbye, help, identity, capabilities, praise, complaint, small_talk,
    presence, acknowledgement, more, why (a follow-up to the previous answer) or command (a command word typed
    as text, `command` naming it), unclear (words of no language), or byline (who wrote an article: its metadata); `reply` is the reply in the asker's language.
    A follow-up resolved against the previous answer names its fact in `about` and offers `related` facts; one
    after an abstention says why nothing was answered (`key` names its reply in the catalogue, "why_abstained").
    """

    intent: str
    reply: str
    command: str | None = None
    about: Fact | None = None
    related: tuple[Fact, ...] = ()
    #: The reply's catalogue key when it is not the intent's own (chat.KEY in i18n.py).
    key: str | None = None
    #: The reply in each language, (language, text), when it is made from the base rather than the catalogue (a byline).
    translations: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    """The engine's reply to one question.

    `best` is None when the engine abstains ("the articles don't say"); `suggestions` then holds the
    nearest facts as "did you mean" offers, which must never be presented as an answer.
    """

    question: str
    language: str
    best: Match | None
    alternatives: tuple[Match, ...] = ()
    suggestions: tuple[Match, ...] = ()
    #: Set when the question asks about a person, organisation, product or place ("who is X", a bare name).
    entity: Entity | None = None
    #: Set (and `best` None) when the question names someone by a name more than one may have ("who is sam": Sam Altman,
    #: or Sama?): each one's card is among the suggestions.
    namesakes: tuple[Entity, ...] = ()
    #: True when the question was longer than the engine matches and was cut.
    truncated: bool = False
    #: Discrepancy facts recording where the articles differ on the best fact's claim.
    disputes: tuple[Fact, ...] = ()
    #: Set (and `best` None) when the message talks to the bot rather than asks about the articles.
    conversation: Conversation | None = None
    #: How sure the answer is, in words (engine/confidence.py): "sure" or "likely" for an answer, "unsure" for an
    #: abstention that offers the closest facts; None when there is nothing to be sure of (no match, conversation).
    band: str | None = None
    #: What the engine knew when it ranked `best` first (engine/confidence.py Signals); None without an answer, and for the
    #: card of someone asked about by name.
    signals: Signals | None = None
    #: A person's pronoun the question uses without naming anyone ("what did he study?"), as typed in lower case; with
    #: `pronoun_means`, the person it was taken to mean (the one the previous answer was about), else no one could tell.
    pronoun: str | None = None
    pronoun_means: Entity | None = None

    @property
    def abstained(self) -> bool:
        """No fact is given as the answer (an abstention, or a conversational reply)."""
        return self.best is None

    @property
    def confidence(self) -> float:
        return self.best.confidence if self.best else 0.0
