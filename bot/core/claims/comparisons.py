"""A comparison the other way round: "Savreux earns less than Missouri's minimum wage" where a close fact says his pay is
above it.

The basis is the fact's own sentence of comparison: the claim, with its word of comparison turned the other way
("less" for "more", "below" for "above", "moins que" for "plus que"), says what one of the fact's sentences says, the
same words in the same order (`_in_order`, meaning.py), so that it is the same two things compared, the other way round.
A claim giving figures is left to the figure checks, and one that denies besides ("is not paid less than") to the others.
"""

from __future__ import annotations

import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.meaning import _in_order
from bot.core.claims.reading import _CLAIM_NEGATION, ParsedClaim, _norm, _tokens
from bot.core.claims.support import _directions
from bot.core.claims.thresholds import RELEVANT_CONFIDENCE
from bot.core.claims.verdict import Verdict, _phrase, _Reading

#: "moins que", "plus que", "less than" typed as a comparison (not "au moins", "at least", "no more than").
_FRENCH_LESS = re.compile(r"(?<!\bau )\bmoins (?=que\b|qu')")
_FRENCH_MORE = re.compile(r"(?<!\bne )(?<!\bpas )\bplus (?=que\b|qu')")
_BOUNDED = re.compile(r"\b(?:at least|at most|no more|no less|not more|not less)\b")


def _turned(direction_text: str) -> str:
    """The text with each direction of comparison turned the other way."""
    return re.sub(r"\b(upward|downward)\b", lambda m: "downward" if m.group(1) == "upward" else "upward", direction_text)


class _ComparisonChecks(CheckerBase):
    """A comparison a close fact makes the other way round."""

    def _opposite_comparison(
        self, claim_text: str, claim: ParsedClaim, readings: list[_Reading], language: str
    ) -> Verdict | None:
        """The contradiction of a claim comparing two things the other way round from a close fact's sentence; None
        otherwise."""
        norm = _norm(claim.text)
        if claim.double_negation or _CLAIM_NEGATION.search(norm) or _BOUNDED.search(norm):
            return None
        if any(n.kind in ("count", "percent") or (n.kind == "money" and n.value) for n in claim.numbers):
            return None  # figures are the figure checks' to settle
        said = _directions(_FRENCH_MORE.sub("superieur ", _FRENCH_LESS.sub("inferieur ", norm)))
        directions = _tokens(said) & {"upward", "downward"}
        if len(directions) != 1:
            return None
        turned = _turned(said)
        named = {e for e in claim.entity_ids if self.base.entities[e].type != "place"}
        for reading in readings:
            if reading.confidence < RELEVANT_CONFIDENCE or reading.conflicts or not named <= set(reading.fact.entities):
                continue
            for sentence in reading.fact.wordings:
                words = _directions(sentence)
                if not directions.isdisjoint(_tokens(words)):
                    continue  # the fact's sentence compares the same way (or both ways): no reversal to read
                if _tokens(turned) & _tokens(words) & {"upward", "downward"} and _in_order(turned, words):
                    fact = reading.fact
                    explanation = _phrase("contradicted_plain", language, statement=fact.statement_in(language))
                    return Verdict(claim_text, language, "contradicted", explanation, fact, fact.citations, point="comparison")
        return None
