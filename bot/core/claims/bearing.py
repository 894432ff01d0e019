"""Which of a fact's citations bear on a claim's point: the quotes a verdict shows.

A fact often cites several passages: "OpenAI's headcount is 375" cites the tweet's figure and Semafor's "a tiny number
compared to the thousands of staff at tech giants". A verdict on "OpenAI has 500 employees" quotes the passages that give
the 375, not the comparison. A figure's point keeps the quotes that give the fact's figure; any other point keeps the
quotes that share most of the claim's words (names included). When no quote bears more than another, all are shown, as
before; a disagreement always shows every side.
"""

from __future__ import annotations

import re

from bot.core.claims.reading import _FRAMING, ParsedClaim, _norm, _tokens
from bot.core.claims.words import _numbers_as_digits
from bot.core.models import Citation, Fact

_FIGURE_POINTS = ("count", "money", "percent")
_NUMBER = re.compile(r"(?<![\d.])\d+(?:[.,]\d+)?(?![\d])")


def bearing_citations(claim: ParsedClaim, fact: Fact, point: str | None) -> tuple[Citation, ...]:
    """The fact's citations that bear on the claim's point, in the fact's order (all of them when none bears more)."""
    citations = fact.citations
    if len(citations) < 2 or point == "quote":
        return citations  # whose words they are: every passage quoting them bears on it ("You have nothing.")
    if point in _FIGURE_POINTS:
        values = _figures(fact, point)
        giving = tuple(c for c in citations if values & _quoted_figures(c.quote))
        if giving:
            return giving
    said = claim.tokens - _FRAMING
    if not said:
        return citations
    shared = [len(said & _tokens(c.quote)) for c in citations]
    best = max(shared)
    if best == 0 or min(shared) == best:
        return citations
    # the quotes as close to the claim as the closest, within one word (two passages of one sentence both bear)
    return tuple(c for c, n in zip(citations, shared, strict=True) if n >= max(1, best - 1))


def _figures(fact: Fact, point: str) -> frozenset[float]:
    answers = fact.answers
    if point == "money":
        return frozenset(a.amount for a in answers.money)
    if point == "percent":
        return frozenset(a.value for a in answers.percent)
    return frozenset(a.value for a in answers.count)


def _quoted_figures(quote: str) -> frozenset[float]:
    """The numbers a quote gives, in digits or in words ("five hours", "1,000", "1 000", "10 milliards")."""
    text = _numbers_as_digits(_norm(quote))
    values = set()
    for m in _NUMBER.finditer(text):
        values.add(float(m.group(0).replace(",", ".")))  # (thousands are joined by _norm: "1,000" is "1000")
    scaled = {v * 1e9 for v in values if re.search(r"\b(?:billion|milliard)", text)}
    scaled |= {v * 1e6 for v in values if re.search(r"\b(?:million)", text)}
    return frozenset(values | scaled)
