"""Which of the disagreements that share a passage with a fact are about that fact's point: what an answer lists.

Discrepancy facts are linked to a claim by a cited passage they share (browsing.link_disputes), which is right for
the claim checker (it asks of each whether a claim is on its point) but too wide for an answer: the passage that
gives Savreux's $15 an hour also spells his name "Savreaux", so the answer about his pay listed the disagreement
about his surname's spelling. A disagreement is about a fact's point when, by what the curators wrote:

- the fact says one of the phrases the disagreement's `sides.about` names as its point ("1,000", "60%", "$10 billion");
- or they hold answers of the same kind (`answers:` slots; a fact's `when` counts as a date): both about a sum of
  money, a date, a place, a share, a cause;
- or, for a disagreement curated with neither (name spellings, wordings): the fact's role or actor answer joins two
  of the people and organisations it is about, or its subject's words other than their names are words of the
  fact's own point (its statement, keywords, and its answers' descriptions and deeds).

Worked out for the one fact an answer gives, from the few disagreements linked to it: nothing is added to the
loading of the base, however large.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.core.models import Fact, KnowledgeBase
from bot.core.text import fold, search_tokens

#: The fields of the answer slots that say what each answer is about ("what AI trainers earn for training work"), and
#: the deed an actor answer records ("work-for").
_POINT_FIELDS = ("of", "explains", "role", "term", "object", "did")


def on_point(base: KnowledgeBase, fact: Fact, disputes: Iterable[Fact]) -> tuple[Fact, ...]:
    """Of the disagreements linked to a fact (by a shared passage), those about its point, in their order."""
    return tuple(dispute for dispute in disputes if is_on_point(base, fact, dispute))


def is_on_point(base: KnowledgeBase, fact: Fact, dispute: Fact) -> bool:
    """Whether a disagreement is about what the fact says (see the module's docstring)."""
    about = dispute.sides.about if dispute.sides is not None else ()
    if about and _says_any(_folded(fact), about):
        return True
    kinds = _kinds(fact)
    if kinds and kinds & dispute.answer_kinds:
        return True
    if about or (kinds and dispute.answer_kinds):
        return False  # curated with a point of its own, which this fact does not make
    if len(_related(fact) & set(dispute.entities)) >= 2:
        return True  # the fact's role or deed joins two of those it is about ("how Savreux's link to OpenAI is put")
    names = {token for entity in dispute.entities for token in _name_tokens(base, entity)}
    subject = {t for text in (dispute.subject, dispute.subject_fr) if text for t in search_tokens(text)} - names
    return bool(subject & _point_tokens(fact))


def _name_tokens(base: KnowledgeBase, entity_id: str) -> set[str]:
    entity = base.entities.get(entity_id)
    if entity is None:
        return set()
    return {t for name in (entity.name, *entity.aliases) for t in search_tokens(name)}


def _kinds(fact: Fact) -> frozenset[str]:
    # A fact the articles date, even loosely ("over the past six months"), says when: a disagreement on when is on its point.
    return fact.answer_kinds | {"date"} if fact.when is not None else fact.answer_kinds


def _related(fact: Fact) -> set[str]:
    """The people and organisations the fact's role and actor answers join (X is a role at Y; X did something to Y)."""
    joined: set[str] = set()
    for role in fact.answers.role:
        joined.update(e for e in (role.entity, role.at) if e)
    for actor in fact.answers.actor:
        if actor.whom:
            joined.update((*actor.who, *actor.whom))
    return joined


def _point_texts(fact: Fact) -> Iterable[str]:
    """What the fact itself says its point is: its statements, keywords, and its answers' descriptions."""
    yield fact.statement
    if fact.statement_fr:
        yield fact.statement_fr
    yield from fact.keywords
    answers = fact.answers
    for kind in sorted(fact.answer_kinds):
        for answer in getattr(answers, kind, ()):
            for field in _POINT_FIELDS:
                value = getattr(answer, field, None)
                if isinstance(value, str):
                    yield value


def _point_tokens(fact: Fact) -> set[str]:
    return {token for text in _point_texts(fact) for token in search_tokens(text)}


def _folded(fact: Fact) -> str:
    """The fact's point and the questions it answers, folded: where a disagreement's `about` phrases are looked for."""
    texts = [*_point_texts(fact), *fact.questions, *fact.questions_fr]
    return " " + " ".join(fold(text) for text in texts) + " "


def _says_any(folded: str, phrases: Iterable[str]) -> bool:
    """Whether folded text says one of the phrases: whole words, a trailing '*' standing for any ending."""
    return any(_phrase(phrase).search(folded) for phrase in phrases)


@lru_cache(maxsize=1024)
def _phrase(phrase: str) -> re.Pattern[str]:
    folded = fold(phrase).strip()
    if folded.endswith("*"):
        return re.compile(r"(?<!\w)" + re.escape(folded[:-1]))
    return re.compile(r"(?<!\w)" + re.escape(folded) + r"(?!\w)")
