"""Whose thing it is: a fact supports no claim that gives one name what the fact's words give another.

Found by benchmarks/claims_yesno.py, each supported before: the names of a true claim swapped ("Kenya's data
labellers were in Sama", "OpenAI's investment gave it a 49% stake in Microsoft"). Every figure and word of such a claim
agrees with the fact, and who did what is read from curated deeds only where the claim's verb is one. A possessive says
whose a thing is: a claim's "X's N", where the fact's sentences (statement, French statement, quotes) or what its
curated figures, dates and places are of ("OpenAI's staff") give N to other names by their own possessives and never to
X, says of X what the fact says of another ("Sam Altman's headcount is 375").
"""

from __future__ import annotations

import re

from bot.core.claims.reading import _norm
from bot.core.claims.words import _ordered_tokens
from bot.core.models import Fact, KnowledgeBase


def _name_spans(norm: str, base: KnowledgeBase) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of every name the text gives, longest names first, without overlaps."""
    names = sorted(((_norm(n), e.id) for e in base.entities.values() for n in (e.name, *e.aliases)), key=lambda p: -len(p[0]))
    taken: list[tuple[int, int, str]] = []
    for name, entity_id in names:
        if len(name) < 3 or name not in norm:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?:'s|s)?(?![\w-])", norm):
            if not any(a < m.end() and m.start() < b for a, b, _ in taken):
                taken.append((m.start(), m.end(), entity_id))
    return sorted(taken)


#: How many words after a possessive name may say what it owns ("Microsoft's multi-billion-dollar investment").
_OWNED_WITHIN = 4


def _owned_words(norm: str, end: int, spans: list[tuple[int, int, str]]) -> list[str]:
    """The words after a possessive up to the clause's end or the next name ("OpenAI's CEO, recently ..." owns only
    "CEO"; "OpenAI's staff as Altman put it", "staff"), figures aside."""
    stop = min([start for start, _, _ in spans if start >= end] + [end + 60])
    after = re.split(r"[,;:.!?]", norm[end:stop])[0]
    return [t for t in _ordered_tokens(after) if not t[:1].isdigit() and t != "%"]


def _owned(text: str, base: KnowledgeBase) -> dict[str, set[str]]:
    """word -> the entities a text gives it to by a possessive ("Sama's data labellers": data, labeler -> sama)."""
    norm = _norm(text)
    owners: dict[str, set[str]] = {}
    spans = _name_spans(norm, base)
    for start, end, entity_id in spans:
        if not norm[start:end].endswith("'s"):
            continue
        for word in _owned_words(norm, end, spans)[:_OWNED_WITHIN]:
            owners.setdefault(word, set()).add(entity_id)
    return owners


def _answered_of(fact: Fact) -> list[str]:
    """What the fact's curated figures, dates and places are of ("OpenAI's staff (headcount)", "Sama's base")."""
    answers = fact.answers
    return [a.of for a in (*answers.count, *answers.money, *answers.percent, *answers.date, *answers.place) if a.of]


def name_out_of_place(claim_text: str, fact: Fact, base: KnowledgeBase) -> str | None:
    """The entity id of a name the claim gives something the fact's sentences give another of its names ("Kenya's data
    labellers" where the fact says Sama's), by a possessive in each; None when there is none."""
    claim = _norm(claim_text)
    said: dict[str, set[str]] = {}
    for wording in (*fact.wordings, *_answered_of(fact)):
        for word, owners in _owned(wording, base).items():
            said.setdefault(word, set()).update(owners)
    spans = _name_spans(claim, base)
    for start, end, entity_id in spans:
        if not claim[start:end].endswith("'s"):
            continue
        for word in _owned_words(claim, end, spans)[:1]:
            owners = said.get(word, set())
            if owners and entity_id not in owners:
                return entity_id
    return None


#: Words that say whom something was said to, right before them: "told", "spoke to", "a raconté à" (accents folded).
_TOLD = re.compile(
    r"\b(?:told|tells|tell|spoke to|speaks to|speaking to|talked to|talks to|talking to|said to|interviewed by|"
    r"(?:a|ont) (?:raconte|dit|parle|confie|explique) a|(?:raconte|dit|parle|confie|explique)(?:nt)? a)\s+(?:the |l')?$"
)


def told_another(claim_text: str, fact: Fact, base: KnowledgeBase, outlets: frozenset[str] = frozenset()) -> str | None:
    """The entity id of whom a claim says something was said to ("two contractors spoke to Jatin Kumar"), when neither
    the fact's sentences say anything was said to them (they spoke to NBC News) nor they are among the `outlets` whose
    reporting the fact cites; None otherwise."""
    claim = _norm(claim_text)
    said_to = {
        entity_id
        for wording in (*fact.wordings, *(c.who or "" for c in fact.citations))
        for norm in [_norm(wording)]
        for start, _, entity_id in _name_spans(norm, base)
        if _TOLD.search(norm[max(0, start - 25) : start])
    }
    for start, _, entity_id in _name_spans(claim, base):
        if _TOLD.search(claim[max(0, start - 25) : start]) and entity_id not in said_to | outlets:
            return entity_id
    return None
