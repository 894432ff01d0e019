"""Where a question says it read something ("according to the NBC piece", "selon l'article", "d'après Semafor"): that
says which reporting it means, not what it asks, so it is left out of what is matched.

Only a clause made of the base's publications' names and words for a piece of reporting is left out: "according to
Altman" names whose claim is asked about, and "according to the New York Times" a source the base does not hold
(its name then still tells that no fact answers).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.text import fold

_REPORTING = (
    "the a an this that its their article articles piece pieces story stories report reports reporting coverage "
    "interview interviews news magazine source sources outlet writeup write up le la les l un une cet cette ce son sa "
    "ses leur leurs papier reportage enquete entretien journal presse"
)
#: Words for a piece of reporting and the words around them, English and French (folded).
REPORTING_WORDS = frozenset(_REPORTING.split())
_OPENING = re.compile(r"\b(?:according\s+to|as\s+reported\s+by|as\s+per|selon|d\W?apres)\s+")
_WORD = re.compile(r"[a-z0-9]+")
_SPACES = re.compile(r"\s+")
#: Where a clause may end: the end of the question, a mark of punctuation, or the question proper beginning.
_END = re.compile(
    r"\s*(?:$|[,;:?!.)]|(?=(?:what|who|when|where|why|how|which|did|does|is|are|was|were|combien|quand|ou|pourquoi|qui|que|quel|quelle|comment|est)\b))"
)


def publication_words(names: Iterable[str]) -> frozenset[str]:
    """The folded words of the publications' names and aliases, and the words for a piece of reporting."""
    return REPORTING_WORDS | frozenset(word for name in names for word in _WORD.findall(fold(name)))


def without_attribution(question: str, allowed: frozenset[str]) -> str:
    """The question without a clause saying where it read what it asks about, when every word of the clause is a
    publication's or a word for reporting; the question as it is otherwise."""
    folded = fold(question)
    if len(folded) != len(question):
        return question  # positions would not match (a ligature, a folded thousands separator): left as it is
    for opening in _OPENING.finditer(folded):
        position = opening.end()
        named = False
        while (word := _WORD.match(folded, position)) is not None and word.group() in allowed:
            named = named or word.group() not in REPORTING_WORDS or word.group() in {"article", "piece", "report"}
            position = word.end()
            position += len(folded[position:]) - len(folded[position:].lstrip(" '"))
        end = _END.match(folded, position)
        if named and position > opening.end() and end is not None:
            kept = _SPACES.sub(" ", question[: opening.start()] + " " + question[position:]).strip(" ,")
            return kept or question
    return question
