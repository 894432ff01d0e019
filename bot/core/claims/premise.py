"""False premises: a wh-question whose premise a fact contradicts gets the correction first."""

from __future__ import annotations

import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.reading import _norm, parse_claim
from bot.core.claims.rewording import _strip_auxiliaries
from bot.core.claims.verdict import Verdict
from bot.core.language import guess_language

_WH = re.compile(
    r"^(?:why|how come|how|when|where|what|which|who|whom|pourquoi|comment|quand|ou|que|qu'|quel|quelle|quels|quelles|qui|"
    r"combien)\b\s*(?:much|many|long|did|does|do|is|are|was|were|has|have|had|est-ce que|est-ce qu'|a-t-il|a-t-elle|"
    r"ont-ils)?\s*"
)


#: A question resting on a clause of its own: "since X, ...", "given that X, ...", "comme X, ...", "puisque X, ...".
_PREMISE_CLAUSE = re.compile(
    r"^(?:since|given that|now that|seeing as|as|because|comme|puisque|vu que|etant donne que|sachant que|maintenant que)\s+"
    r"([^,;?]{8,}?)\s*[,;]\s*\S"
)


#: The points a false premise is corrected on.
_PREMISE_POINTS = frozenset({"actor", "count", "money", "percent", "place", "role", "date", "quote", "lacking", "comparison"})


class _PremiseChecks(CheckerBase):
    """Wh-questions whose premise a fact contradicts get the correction first."""

    def assess(self, text: str, *, language: str | None = None) -> Verdict:
        """The verdict on any text: a wh-question's premise (its correction when a fact contradicts it), else the claim."""
        norm = _norm(text).strip()
        m = _WH.match(norm)
        if not m and _PREMISE_CLAUSE.match(norm):
            correction = self.premise(text, language=language)
            if correction is not None:
                return correction
        if m:
            correction = self.premise(text, language=language)
            if correction is not None:
                return correction
            # What a wh-question takes for granted is checked on the articles' words alone: a reworded premise
            # ("why did the paper blame the contractors") is no assertion to support on meaning (meaning.py).
            # Worded in the question's language: what is left of "où habite jatin kumar" shows none.
            verdict = self.check(
                _strip_auxiliaries(text.strip()[m.end() :] if len(text.strip()) == len(norm) else norm[m.end() :]),
                by_meaning=False,
                language=language or guess_language(text),
            )
            return Verdict(text, verdict.language, verdict.verdict, verdict.explanation, verdict.fact, verdict.citations,
                           verdict.nearest, verdict.point)  # fmt: skip
        return self.check(text, language=language)

    def premise(self, question: str, *, language: str | None = None) -> Verdict | None:
        """For a wh-question whose premise a fact contradicts, the correction; None when there is none. A question
        resting on a clause of its own ("since OpenAI fired the Kenyan workers, ...", "comme ...") has that clause checked."""
        norm = _norm(question).strip()
        clause = _PREMISE_CLAUSE.match(norm)
        if clause:
            said = question.strip()[clause.start(1) : clause.end(1)] if len(question.strip()) == len(norm) else clause.group(1)
            verdict = self.check(said, language=language or guess_language(question))
            if verdict.verdict == "contradicted" and verdict.point in _PREMISE_POINTS:
                return Verdict(question, verdict.language, "contradicted", verdict.explanation, verdict.fact,
                               verdict.citations, point=verdict.point)  # fmt: skip
            return None
        m = _WH.match(norm)
        if not m:
            return None
        premise = _strip_auxiliaries(question.strip()[m.end() :] if len(question.strip()) == len(norm) else norm[m.end() :])
        claim = parse_claim(premise, self.base)
        has_point = bool(claim.actions or claim.numbers or claim.roles or claim.dates)
        if not has_point or (
            claim.subject(self.base) is None
            and not claim.numbers
            and not (claim.roles and claim.entities)
            and not (claim.actions and claim.entities)
        ):
            return None
        language = language or guess_language(question)
        verdict = self.check(premise, language=language)
        if verdict.verdict != "contradicted" or verdict.point not in _PREMISE_POINTS:
            return None
        explanation = verdict.explanation
        return Verdict(question, language, "contradicted", explanation, verdict.fact, verdict.citations, point=verdict.point)
