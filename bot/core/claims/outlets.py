"""An outlet the articles never name, in the place of the one a close fact names.

"The two OpenAI contractors described their grunt work in interviews with CNN": the fact that says what they described
names the outlet they told it to (NBC News); "Microsoft's new funding for OpenAI was first broken by The Information":
Semafor. The basis is curated: the one publication among the fact's entities. The fact must be about what the claim says:
among the closest, every point the claim makes settled by it with nothing against it (no conflict, no point left
unsettled, every other name the claim gives the fact's), and almost every other word of the claim the fact's own. A
claim that adds an outlet ("CNN also covered it", "another outlet, CNN") or denies ("CNN never reported it") is left
alone: it does not put its outlet in the fact's place.
"""

from __future__ import annotations

import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.reading import _FRAMING, _OUTSIDE_OUTLETS, ParsedClaim, _norm, _tokens
from bot.core.claims.thresholds import OUTLET_COVERAGE, RELEVANT_CONFIDENCE
from bot.core.claims.verdict import Verdict, _phrase, _Reading

#: Words that add an outlet to the ones the articles give rather than put it in their place.
_ADDED = re.compile(r"\b(?:also|too|as well|other|another|again|aussi|egalement|autre|autres|encore)\b")

#: How many of the closest facts are read for the outlet they name.
OUTLET_FACTS = 3


class _OutletChecks(CheckerBase):
    """A claim naming an outlet the articles never name where a close fact names its own: contradicted on the outlet."""

    def _other_outlet(self, claim_text: str, claim: ParsedClaim, readings: list[_Reading], language: str) -> Verdict | None:
        """The contradiction of a claim that gives what a close fact says to an outlet the articles never name; None
        otherwise."""
        outlets = [name for name, _ in claim.other_orgs if name in _OUTSIDE_OUTLETS]
        if len(outlets) != 1 or len(claim.other_orgs) != 1 or claim.negated or claim.double_negation:
            return None
        if _ADDED.search(_norm(claim.text)):
            return None
        if any(self.base.entities[e].type == "publication" for e in claim.entity_ids):
            return None  # an outlet the articles name as well: which one the claim gives it to is the names' check
        names = {t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n)}
        said = claim.tokens - _FRAMING - names - _tokens(outlets[0])
        close = sorted((r for r in readings if r.confidence >= RELEVANT_CONFIDENCE), key=lambda r: -r.confidence)
        for reading in close[:OUTLET_FACTS]:
            fact = reading.fact
            if reading.conflicts or reading.unsettled or fact.kind != "claim":
                continue
            publications = [e for e in fact.entities if self.base.entities[e].type == "publication"]
            if len(publications) != 1 or len(said) < 3:
                continue
            if len(said & self._vocab[fact.id]) < OUTLET_COVERAGE * len(said):
                continue
            instead = self.base.entities[publications[0]].name
            explanation = _phrase(
                "contradicted_actor", language, instead=instead, claimed=outlets[0], statement=fact.statement_in(language)
            )
            return Verdict(claim_text, language, "contradicted", explanation, fact, fact.citations, point="actor")
        return None
