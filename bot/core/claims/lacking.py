"""What a fact says is lacking, claimed as had.

"Do AI contractors usually get health insurance?" against "AI contract work rarely comes with benefits such as health
insurance"; "Savreux earns $15 an hour with benefits" against "AI trainers earn $15 an hour or more without benefits".
The basis is the fact's own words of lack ("without", "no", "sans", "rarely comes with", "are rare", "uninsured") and
what follows them; the claim must say it is had (a verb or a preposition of having right before it: "get", "with",
"avait des"), deny nothing, and be about what the fact is about: among the closest facts, every name of the claim the
fact's and nothing against it. A claim that says it is lacking too ("without benefits") agrees and is left alone.
"""

from __future__ import annotations

import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.reading import _FRAMING, ParsedClaim, _norm, _tokens
from bot.core.claims.thresholds import RELEVANT_CONFIDENCE
from bot.core.claims.verdict import Verdict, _phrase, _Reading
from bot.core.models import Fact

#: Words of lack, with what they say is lacking after them.
_LACK = re.compile(r"\b(?:without|sans(?!-)|rarely (?:comes? |came )?with|rarement(?: accompagnee?s? d'| avec)?)\b\s*")

#: Words that make a "without" a condition rather than a lack ("there would be no AI without it").
_CONDITIONAL = re.compile(r"\b(?:no|not|never|would|could|can|cannot|if|aucun\w*|pas|jamais|serait|si)\b")

#: What the fact says is rare ("benefits such as health insurance are rare", "les avantages sont rares").
_RARE = re.compile(r"([a-z' -]{3,60}?)\s+(?:are|is|remain|sont|est|restent|reste)\s+(?:very |tres )?rares?\b")

#: A word of lack made with "un-": "uninsured", "unpaid".
_UN = re.compile(r"\bun(insured|paid)\b")

#: A verb or a preposition of having, right before what is had (English and French, accents folded).
_HAVING = re.compile(
    r"\b(?:with|get|gets|got|getting|have|has|had|having|receiv\w*|offer\w*|giv(?:e|es|en|ing)|gave|provid\w*|enjoy\w*|"
    r"avec|ont|avait|avaient|recoi\w*|recev\w*|touch\w*|beneficie\w*|offr\w*|donn\w*|fourni\w*)\b"
)

#: A claim's own words of lack or scarcity: it agrees with the fact's.
_SAYS_FEW = re.compile(r"\b(?:rarely|rare|seldom|hardly|scarce\w*|few|lack\w*|rarement|rares?|peu|manqu\w*)\b")

#: How many words after a word of having, or of lack, say what is had or lacking.
_REACH = 5

#: How many of the closest facts are read for what they say is lacking.
LACKING_FACTS = 3


def _lacked_words(fact: Fact) -> frozenset[str]:
    """What a fact's words say is lacking, as search tokens."""
    found: set[str] = set()
    for text in fact.wordings:
        norm = _norm(text)
        for m in _LACK.finditer(norm):
            said = re.split(r"[,;.:!?()]", norm[: m.start()])[-1].split()
            if len(said) < 2 or _CONDITIONAL.search(" ".join(said)):
                continue  # "but without labelers, you have no ChatGPT", "no AI systems without it": a condition, no lack
            lacked = re.split(r"[,;.:!?()]", norm[m.end() :])[0].split()[:_REACH]
            if lacked and re.fullmatch(r"\w+(?:ing|er|ir)", lacked[0]):
                continue  # "without naming a source", "sans citer": a deed not done, no thing lacking
            found |= _tokens(" ".join(lacked))
        for m in _RARE.finditer(norm):
            found |= _tokens(" ".join(re.split(r"[,;.:!?()]", m.group(1))[-1].split()[-_REACH:]))
        for m in _UN.finditer(norm):
            found |= _tokens(m.group(1))
    return frozenset(found - _FRAMING)


class _LackingChecks(CheckerBase):
    """A claim that something is had where a close fact says it is lacking: contradicted by that fact."""

    def _had_lacking(self, claim_text: str, claim: ParsedClaim, readings: list[_Reading], language: str) -> Verdict | None:
        """The contradiction of a claim saying something is had that a close fact says is lacking; None otherwise."""
        norm = _norm(claim.text)
        if claim.negated or claim.double_negation or _SAYS_FEW.search(norm):
            return None  # "rarely comes with health insurance": what the claim says is lacking too
        had = {t for m in _HAVING.finditer(norm) for t in _tokens(" ".join(norm[m.end() :].split()[:_REACH]))}
        names = {t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n)}
        had -= _FRAMING | names
        if not had:
            return None
        close = sorted((r for r in readings if r.confidence >= RELEVANT_CONFIDENCE), key=lambda r: -r.confidence)
        for reading in close[:LACKING_FACTS]:
            fact = reading.fact
            if reading.conflicts or "entity" in reading.unsettled or fact.kind != "claim":
                continue
            if not had & _lacked_words(fact):
                continue
            explanation = _phrase("contradicted_plain", language, statement=fact.statement_in(language))
            return Verdict(claim_text, language, "contradicted", explanation, fact, fact.citations, point="lacking")
        return None
