"""Who spoke to which outlet: "Savreux spoke to NBC News", "NBC News interviewed Savreux", "Kumar a parlé à NBC".

The claim says no more than that a person (or a firm) and an outlet spoke, in either direction of the verb (the person
told, spoke to, was interviewed by the outlet; the outlet interviewed, spoke with the person). Its basis is curated:
a citation whose speaker (`who`) is the one the claim names, that the speaker gave to the outlet the claim names (the
report it relays, `origin`, or the citing article's own outlet when it relays none), not through another channel (a
tweet, a recorded meeting) and not by a link the curators inferred. Such a citation supports the claim; the absence of
one settles nothing (someone may speak to an outlet the articles do not cite), so this check never contradicts.
"""

from __future__ import annotations

import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.reading import ParsedClaim, _find_entities, _norm
from bot.core.models import Citation, Fact

#: The speaker before the outlet: "spoke to", "told", "was interviewed by", "gave an interview to", "a parlé à",
#: "s'est confié à", "a accordé un entretien à", "a été interviewé par".
_SPEAKER_FIRST = re.compile(
    r"(?:has |had |have )?(?:spoke|speak|speaks|spoken|talked|talk|talks)(?: openly)? (?:to|with)|told|tell|tells|"
    r"(?:(?:was|were|is|has been|had been|been|be) )?interviewed by|gave (?:an |several )?interviews? to|"
    r"(?:(?:a|ont|avait|avaient) )?(?:parle|discute) (?:a|avec)|(?:s'est|se sont|s'etait) confie(?:e|s)? a|"
    r"(?:a|ont|avait) (?:raconte|dit|confie|explique|declare) a|(?:a|ont) (?:ete )?interroge(?:e|s)? par|"
    r"(?:a|ont) (?:ete )?interviewe(?:e|s)? par|(?:a|ont) accorde (?:un|une) (?:entretien|entrevue|interview) a"
)
#: The outlet before the speaker: "interviewed", "spoke with", "talked to", "a interviewé", "s'est entretenu avec".
_OUTLET_FIRST = re.compile(
    r"(?:has |had )?(?:interviewed|interview|interviews|spoke|speak|spoken|talked|talk) (?:to|with)?|"
    r"(?:has |had )?(?:interviewed|interview|interviews)|"
    r"(?:(?:a|ont|avait) )?(?:interviewe|interroge)|(?:(?:a|ont|avait) )?(?:parle|discute) avec|"
    r"(?:s'est|s'etait) entretenue? avec"
)
#: What may stand before the first name ("the", "did", "est-ce que") or after the second ("in an interview").
#: A denial of the verb, before it: "did not speak to", "was never interviewed by", "n'a jamais parlé à".
_DENIED = re.compile(
    r"^(?:(?:did|does|do|has|have|had|was|were|is) (?:not|never)|(?:didn't|doesn't|hasn't|haven't|wasn't|weren't)|never|"
    r"n'(?:a|ont|avait|avaient) (?:pas|jamais)|ne s'est (?:pas|jamais)|ne (?:lui )?(?:a|ont) (?:pas|jamais)) "
)
_OPENING = re.compile(r"^(?:(?:did|does|has|have|is it true that|est-ce que|est ce que) )?(?:the )?$")
_CLOSING = re.compile(r"^(?:(?:in|for) (?:an|a|its|their|his|her) (?:interview|report|article|story)|dans (?:un|une) \w+)?$")


class _InterviewChecks(CheckerBase):
    """A claim that someone spoke to an outlet, settled by the citations that say whom they spoke to."""

    def _spoke_to(self, claim: ParsedClaim) -> tuple[bool, list[tuple[Fact, list[Citation]]]] | None:
        """(whether the claim denies it, the facts with the citations of the speaker's words given to that outlet) for a
        claim that says only that the two spoke, or that they did not; None for any other claim."""
        if claim.double_negation or claim.numbers or claim.dates or claim.other_orgs or claim.other_people:
            return None
        norm = " ".join(_norm(claim.text).strip(" .!?").split())
        spans = []
        for entity_id, at in _find_entities(norm, norm, self.base):
            names = sorted((_norm(n) for n in self._names(entity_id)), key=len, reverse=True)
            name = next((n for n in names if norm.startswith(n, at)), None)
            if name is not None:
                spans.append((at, at + len(name), entity_id))
        if len(spans) != 2:
            return None
        (a0, a1, first), (b0, b1, second) = sorted(spans)
        if not _OPENING.match(norm[:a0].strip()) or not _CLOSING.match(norm[b1:].strip()):
            return None
        between = norm[a1:b0].strip()
        denied = _DENIED.match(between)
        if denied is not None:
            between = between[denied.end() :]
        if bool(denied) != claim.negated:
            return None  # a denial somewhere else than of the verb
        kinds = (self.base.entities[first].type, self.base.entities[second].type)
        if kinds[1] == "publication" and kinds[0] in ("person", "organisation") and _SPEAKER_FIRST.fullmatch(between):
            speaker, outlet = first, second
        elif kinds[0] == "publication" and kinds[1] in ("person", "organisation") and _OUTLET_FIRST.fullmatch(between):
            speaker, outlet = second, first
        else:
            return None
        found = []
        for fact_id in self.base.facts_by_entity.get(speaker, ()):
            fact = self.base.facts[fact_id]
            given = [c for c in fact.citations if self._told(c, speaker) == outlet]
            if given:
                found.append((fact, given))
        found.sort(key=lambda fg: (outlet not in fg[0].entities, -len(fg[1])))
        return bool(denied), found

    def _told(self, citation: Citation, speaker: str) -> str | None:
        """The outlet (an entity id) a citation says the speaker gave their words to; None when it is someone else's,
        said through another channel, or told to an outlet the curators inferred."""
        if citation.attribution not in ("person", "company") or not citation.who or citation.channel:
            return None
        if speaker not in {e for e, _ in _find_entities(citation.who, _norm(citation.who), self.base)}:
            return None
        source = self.base.sources[citation.source_id]
        if citation.origin is not None:
            relay = source.relay(citation.origin)
            if relay is not None and relay.inferred is not None:
                return None
            return self._outlet_ids_of(citation.origin)
        return self._outlet_ids_of(citation.source_id)

    def _outlet_ids_of(self, report: str) -> str | None:
        """The publication (an entity id) of a source or a relayed report."""
        entity = self.base.entities.get(report)
        if entity is not None and entity.type == "publication":
            return entity.id
        source = self.base.sources.get(report)
        if source is None or not source.outlet:
            return None
        wanted = source.outlet.casefold()
        return next(
            (
                e.id
                for e in self.base.entities.values()
                if e.type == "publication" and wanted in {n.casefold() for n in self._names(e.id)}
            ),
            None,
        )
