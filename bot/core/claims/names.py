"""A name in another's place: a claim the articles would support with one name changed is contradicted on that name.

"Jindal told CNN the discourse is self-congratulatory" is what a fact says with NBC News in CNN's place; "a Sama
spokesperson told Time ..." what it says of OpenAI's. The claim's other words are the fact's, checked by the support
test itself (never word overlap alone); the name the claim gives is one the fact does not name, in the place of one of
the same kind that it does, in the place of the doer or the speaker (named before the verb) or of the outlet they spoke
to; never what a deed was done to ("OpenAI released GPT-4": it released more than one). The correction names the one the
articles give: "The articles name NBC News, not CNN."
"""

from __future__ import annotations

import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.reading import _SPEECH, ParsedClaim, _norm, parse_claim
from bot.core.claims.rewording import _colon_said, _paraphrased, _strip_question
from bot.core.claims.thresholds import RELEVANT_CONFIDENCE, SURE_CONFIDENCE
from bot.core.claims.verdict import Verdict, _phrase, _Reading
from bot.core.claims.words import _SHARED_ACTIONS

#: The kinds of name that take one another's place (an outlet the articles never name may be a firm or a publication).
_SAME_KIND = {
    "person": frozenset({"person"}),
    "organisation": frozenset({"organisation", "publication"}),
    "publication": frozenset({"publication", "organisation"}),
}

#: What comes right before the outlet someone spoke to ("opened up to Wired", "described the test to The Verge").
_TOLD_TO = re.compile(r"\b(?:to|a|with|avec|aupres de)\s+(?:the\s+)?$")

#: A firm named as the owner of people or things: "Sama's checkers", "les vérificateurs de Sama" (not "chez Sama").
_OWNER_AFTER = re.compile(r"'s?\s+(?!own\b)\w")
_OWNER_BEFORE = re.compile(
    r"\b(?:checkers|verificateurs|workers|travailleurs|contractors|sous-traitants|trainers|formateurs|"
    r"labell?ers|etiqueteurs|staff|employees|salaries|team|equipe)(?: \w+)? (?:de|d'|du|of)\s*(?:the )?$"
)

#: How many candidate facts, and how many rewordings in all, are tried for one claim.
NAME_FACTS = 3
NAME_TRIES = 4


class _NameChecks(CheckerBase):
    """A claim that one name changed would make supported: contradicted on that name."""

    def _other_name(
        self, claim_text: str, text: str, claim: ParsedClaim, readings: list[_Reading], language: str
    ) -> Verdict | None:
        """The contradiction of a claim that names someone (or something) in the place of whom a close fact names, when
        the claim with that fact's name instead is supported by it; None otherwise."""
        if claim.negated or claim.double_negation or any(a in _SHARED_ACTIONS for a, _ in claim.actions):
            return None  # many work for OpenAI: one who does says nothing of another
        mentions = self._mentions(text, claim)
        if not mentions:
            return None
        norm = _norm(text)
        source = text if len(text) == len(norm) else norm
        named = set(claim.entity_ids)
        close = sorted((r for r in readings if r.confidence >= RELEVANT_CONFIDENCE), key=lambda r: -r.confidence)
        tries = 0
        for reading in close[:NAME_FACTS]:
            fact = reading.fact
            if not {n.kind for n in claim.numbers} | ({"date"} if claim.dates else set()) <= set(reading.matched):
                continue  # a figure or a date one has, another may have too ("Kumar earns $15 an hour": so does Savreux)
            holders = self._holders(reading)
            said = _norm(" ".join(fact.wordings))
            for start, end, shown, kind, entity in mentions:
                if entity is not None and (entity in holders or self._named_close(entity, readings)):
                    continue  # the fact names it, or a close fact says something of it: not a name in another's place
                if kind == "person" and not claim.speech:
                    continue  # what one person did, another may have done too ("Kumar found the gig via a job ad")
                if re.search(rf"(?<![\w-]){re.escape(_norm(text)[start:end])}(?![\w-])", said):
                    continue  # the fact's own words name it ("two months before the Invisible layoffs")
                options = sorted(e for e in holders if self.base.entities[e].type in _SAME_KIND[kind] and e not in named)
                if not options or len(options) > 2:
                    continue
                for option in options:
                    if tries >= NAME_TRIES:
                        return None
                    tries += 1
                    instead = self.base.entities[option].name
                    swapped = source[:start] + instead + source[end:]
                    # This fact alone first (cheap): only a claim it would support is checked in full, against every fact.
                    alone = parse_claim(_colon_said(_paraphrased(_strip_question(swapped)), self.base), self.base)
                    # (as close as the reworded claim may be: the claim with another name is farther from the fact's words)
                    if not self._supports(alone, self._read(alone, fact, max(reading.confidence, SURE_CONFIDENCE))):
                        continue
                    verdict = self._check(swapped, language=language, rivals=False)
                    if verdict.verdict != "supported" or verdict.fact is None or verdict.fact.id != fact.id:
                        continue
                    explanation = _phrase(
                        "contradicted_actor", language, instead=instead, claimed=shown, statement=fact.statement_in(language)
                    )
                    point = "quote" if claim.speech else "actor"
                    return Verdict(claim_text, language, "contradicted", explanation, fact, fact.citations, point=point)
        return None

    def _mentions(self, text: str, claim: ParsedClaim) -> list[tuple[int, int, str, str, str | None]]:
        """Each name the claim gives that may stand in another's place: (start, end, the name as shown, its kind, its entity
        id or None for a name the articles never give), positions in the claim's normalised text."""
        norm = _norm(text)
        said = _SPEECH.search(norm)
        verbs = [at for _, at in claim.actions] + ([said.start()] if said else [])
        verb_at = min(verbs, default=-1)

        def in_place(at: int, kind: str, end: int) -> bool:
            # Whom the claim gives the deed or the words (named before its verb), or the outlet it says they were told to:
            # never what a deed was done to ("OpenAI released GPT-4": it released more than one).
            told = (said is not None and at > said.start()) or bool(_TOLD_TO.search(norm[max(0, verb_at) : at]))
            # Whose people or things they are ("Sama's quality checkers", "les vérificateurs qualité de Sama"): an owner, not
            # what a deed was done to.
            owner = kind == "organisation" and bool(_OWNER_AFTER.match(norm, end) or _OWNER_BEFORE.search(norm[:at]))
            return 0 <= at < verb_at or (verb_at < at and (told or owner) and kind in ("organisation", "publication"))

        found = []
        for entity, at in claim.entities:
            kind = self.base.entities[entity].type
            written = next(
                (n for n in sorted(map(_norm, self._names(entity)), key=len, reverse=True) if norm.startswith(n, at)), None
            )
            if kind not in _SAME_KIND or not written or not in_place(at, kind, at + len(written)):
                continue
            if written:
                found.append((at, at + len(written), self.base.entities[entity].name, kind, entity))
        outside = [(name, at, "organisation") for name, at in claim.other_orgs]
        outside += [(name, at, "person") for name, at in claim.other_people]
        for name, at, kind in outside:
            written = _norm(name)
            if norm.startswith(written, at) and in_place(at, kind, at + len(written)):
                found.append((at, at + len(written), name, kind, None))
        return found

    def _holders(self, reading: _Reading) -> set[str]:
        """The names a fact gives: its entities, those of its curated answers, and the outlets its reporting is in."""
        fact = reading.fact
        answers = fact.answers
        holders = set(fact.entities) | {e for a in answers.actor for e in (*a.who, *a.whom)}
        holders |= {a.entity for a in answers.role} | {a.at for a in answers.role if a.at}
        holders |= {a.speaker for a in answers.quote} | self._outlets(fact)
        return {e for e in holders if e in self.base.entities}

    def _named_close(self, entity: str, readings: list[_Reading]) -> bool:
        """Whether a close fact names this one (so that what the claim says of it may be what the articles say)."""
        return any(r.confidence >= RELEVANT_CONFIDENCE and entity in r.fact.entities for r in readings)
