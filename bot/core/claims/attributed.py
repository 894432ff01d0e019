"""A claim attributed to an outlet the articles name: "According to Semafor, ...", "Selon The Internet Patrol, ...",
"Semafor reports that ...".

What the claim says of the outlet is that its report says the rest. Where the articles disagree on the rest, that is
settled by the outlet's own article: the claim is supported when the rest is the side that article gives, in its
words and figures, and none of another side's curated words ("According to Semafor, OpenAI has already hired roughly
1,000 contractors"); an article relaying the outlet's report is not the outlet's own ("the report claims OpenAI plans to
hire over 1,000": Semafor's own article says it has hired them, so that stays disputed). Where the rest is supported,
the fact must cite the outlet's reporting (its article, or a report relayed from it); one that cites only other
articles does not settle what the outlet said. Anything else is checked as before, whole: nothing is ever made
supported that the rest alone would not be.
"""

from __future__ import annotations

import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.disputes import sides_said
from bot.core.claims.reading import _FRAMING, _norm, _tokens, parse_claim
from bot.core.claims.thresholds import DISPUTE_COVERAGE, SIDE_COVERAGE
from bot.core.claims.verdict import Verdict
from bot.core.claims.words import _DATE_TOKENS, _SOFT, _numbers_as_digits
from bot.core.engine.clean import clean
from bot.core.i18n import label
from bot.core.models import Citation, Fact

#: Verbs by which an outlet reports, in English and French (after the outlet: "Semafor reports that ...").
_REPORTS = (
    r"(?:reports|reported|has reported|says|said|writes|wrote|notes|noted|explains|explained|"
    r"rapporte|a rapporté|rapportait|écrit|a écrit|affirme|a affirmé|indique|a indiqué|explique|a expliqué|dit|a dit)"
)
_THAT = r"(?:\s+that\b|\s+que\b|\s+qu['’])?"
_ACCORDING = r"(?:according to|as reported by|selon|d['’]apr[eè]s)"


class _AttributionChecks(CheckerBase):
    """A claim that gives its content to an outlet: settled by that outlet's own reporting."""

    _attribution_patterns: tuple[re.Pattern[str], ...] | None = None
    _own_sources: dict[str, frozenset[str]] | None = None

    def _outlet_names(self) -> dict[str, str]:
        """Every name of a publication that is some article's outlet, casefolded, to its entity id."""
        outlets = {s.outlet.casefold() for s in self.base.sources.values() if s.outlet}
        found: dict[str, str] = {}
        for entity in self.base.entities.values():
            if entity.type == "publication" and any(n.casefold() in outlets for n in self._names(entity.id)):
                found.update({n.casefold(): entity.id for n in self._names(entity.id)})
        return found

    def _split_attribution(self, text: str) -> tuple[str, str] | None:
        """The outlet (entity id) a claim attributes what it says to, and what it says; None when it names none."""
        names = self._outlet_names()
        if not names:
            return None
        if self._attribution_patterns is None:
            outlet = "(?P<o>" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
            self._attribution_patterns = tuple(
                re.compile(p, re.IGNORECASE)
                for p in (
                    rf"^{_ACCORDING}\s+{outlet}\s*,?\s+(?P<rest>.+)$",
                    rf"^as\s+{outlet}\s+{_REPORTS}\s*,\s*(?P<rest>.+)$",
                    rf"^{outlet}\s+{_REPORTS}{_THAT}\s*(?P<rest>.+)$",
                    rf"^(?P<rest>.+?)\s*,?\s+{_ACCORDING}\s+{outlet}\s*[.!]?$",
                    rf"^(?P<rest>.+?)\s*,\s+{outlet}\s+{_REPORTS}\s*[.!]?$",
                )
            )
        cleaned = clean(text).strip()
        for pattern in self._attribution_patterns:
            found = pattern.match(cleaned)
            if found is not None and len(found.group("rest").split()) >= 3:
                rest = found.group("rest").strip()
                return names[found.group("o").casefold()], rest[0].upper() + rest[1:]
        return None

    def _own_articles(self, outlet: str) -> frozenset[str]:
        """The sources that are an outlet's own articles (not those relaying its report)."""
        if self._own_sources is None:
            names = self._outlet_names()
            own: dict[str, set[str]] = {}
            for source in self.base.sources.values():
                if source.outlet and source.outlet.casefold() in names:
                    own.setdefault(names[source.outlet.casefold()], set()).add(source.id)
            self._own_sources = {k: frozenset(v) for k, v in own.items()}
        return self._own_sources.get(outlet, frozenset())

    def _attributed(self, claim_text: str, language: str | None, by_meaning: bool) -> Verdict | None:
        """The verdict on a claim attributed to an outlet, when that outlet's reporting settles it; None otherwise (the
        claim is then checked whole, as before)."""
        split = self._split_attribution(claim_text)
        if split is None:
            return None
        outlet, rest = split
        said = self.check(rest, language=language, by_meaning=by_meaning)
        if said.fact is None:
            return None
        own = [c for c in said.fact.citations if c.source_id in self._own_articles(outlet)]
        if said.verdict == "supported":
            # the outlet's own article, or an article relaying its report, gives what the claim says in its passages
            theirs = [*own, *(c for c in said.fact.citations if c.origin in self._own_articles(outlet))]
            if not theirs:
                # Not the outlet's reporting: whatever the whole claim gets, never support ("According to Semafor, Kumar
                # lives in Austin": The Internet Patrol's).
                whole = self._check(claim_text, language=language, by_meaning=by_meaning)
                return self._not_reported(claim_text, said.language, (said.fact,)) if whole.verdict == "supported" else None
            if len(theirs) < len(said.fact.citations) and not self._their_values(rest, theirs):
                # Other articles report it too, and the outlet's passages do not give every value it says ("According to
                # The Internet Patrol, OpenAI hired its 1,000 contractors over six months": the six months are Semafor's).
                return self._not_reported(claim_text, said.language, (said.fact,))
            citations = (*theirs, *(c for c in said.fact.citations if c not in theirs))
            return Verdict(claim_text, said.language, "supported", said.explanation, said.fact, citations, point=said.point)
        if said.verdict != "disputed" or said.fact.kind != "discrepancy":
            return None
        if not own or not self._in_their_words(rest, own, said.fact):
            return self._unsettled(
                claim_text,
                language,
                by_meaning,
                said,
                Verdict(claim_text, said.language, "disputed", said.explanation, said.fact, said.citations, point=said.point),
            )
        name = self.base.entities[outlet].name
        positions = "; ".join(p for c in own if (p := c.position_in(said.language)))
        explanation = label(
            "verdict.why.supported_by_outlet",
            said.language,
            outlet=name,
            position=positions,
            statement=said.fact.statement_in(said.language),
        ).strip()
        citations = (*own, *(c for c in said.fact.citations if c not in own))
        return Verdict(claim_text, said.language, "supported", explanation, said.fact, citations, point="side")

    def _unsettled(
        self, claim_text: str, language: str | None, by_meaning: bool, said: Verdict, instead: Verdict
    ) -> Verdict | None:
        """None (the claim checked whole, as before), unless that whole check is a contradiction by another fact than the
        one the attributed part rests on: the outlet's name taken for part of what is said ("Selon The Internet Patrol,
        Savreux a travaillé avec des start-up comme OpenAI" was contradicted by a fact about Kumar); then `instead`."""
        whole = self._check(claim_text, language=language, by_meaning=by_meaning)
        if whole.verdict == "contradicted" and whole.fact is not said.fact:
            return instead
        return None

    def _their_values(self, rest: str, own: list[Citation]) -> bool:
        """Whether every checkable value of a claim (its figures, months, years and places) is in the outlet's passages."""
        texts = [t for c in own for t in (c.quote, c.position or "", c.position_fr or "")]
        claim = parse_claim(rest, self.base)
        given = {n.value for t in texts for n in parse_claim(_numbers_as_digits(_norm(t)), self.base).numbers}
        if any(n.value not in given for n in claim.numbers):
            return False
        vocabulary = _tokens(" ".join(texts))
        dated = {t for t in claim.tokens if t in _DATE_TOKENS} | {str(d.year) for d in claim.dates if d.year}
        places = [e for e in claim.entity_ids if self.base.entities[e].type == "place"]
        named = all(any(_tokens(n) <= vocabulary for n in self._names(e)) for e in places)
        return not (dated - vocabulary) and named and not claim.other_places

    def _in_their_words(self, rest: str, own: list[Citation], dispute: Fact | None) -> bool:
        """Whether what a claim gives an outlet is what the outlet's passages say (and, in a disagreement, the side they
        take): its figures, months and years are theirs, almost all its words are in their passages or positions, and
        it says no curated phrase of a side they do not take."""
        texts = [t for c in own for t in (c.quote, c.position or "", c.position_fr or "")]
        claim = parse_claim(rest, self.base)
        given = {n.value for t in texts for n in parse_claim(_numbers_as_digits(_norm(t)), self.base).numbers}
        if any(n.value not in given for n in claim.numbers):
            return False  # a figure their article does not give
        coverage = DISPUTE_COVERAGE
        if dispute is not None and dispute.sides is not None:
            theirs = frozenset().union(*(sides_said(_norm(t), dispute) for t in texts))
            taken = sides_said(_norm(rest), dispute)
            if taken - theirs:
                return False  # a side of the disagreement their article does not take
            if taken:
                coverage = SIDE_COVERAGE  # their side's curated words said: the rest may be the claim's own words
        named = {*claim.entity_ids, *(dispute.entities if dispute is not None else ())}
        names = {t for e in named for n in self._names(e) for t in _tokens(n)}
        vocabulary = _tokens(" ".join(texts)) | names
        dated = {t for t in claim.tokens if t in _DATE_TOKENS} | {str(d.year) for d in claim.dates if d.year}
        if dated - vocabulary:
            return False  # a month or a year their article does not give ("by January": the French article's)
        content = {t for t in claim.tokens - _FRAMING - _SOFT - names if not t.isdigit()}
        return bool(content) and len(content & vocabulary) >= coverage * len(content)
