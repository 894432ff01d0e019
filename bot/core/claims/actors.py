"""Who did what to whom, a name's role, and who said it: a claim against a fact's curated actors and roles."""

from __future__ import annotations

import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.reading import (
    _ACTION_GROUP,
    _BY,
    _COMPARED,
    _FRAMING,
    _PART_OF,
    _PASSIVE,
    _PAST_WORK,
    _ROLE_CONFLICTS,
    _SPEECH,
    ParsedClaim,
    _norm,
    _tokens,
    _verb_words,
)
from bot.core.claims.thresholds import SWAP_CONFIDENCE
from bot.core.claims.verdict import _Reading
from bot.core.claims.words import _DOER_ACTIONS, _LAID_OFF_PEOPLE, _SHARED_ACTIONS, _SOFT, _TITLE_ROLES, _role_name, _roles_in
from bot.core.models import Fact
from bot.core.text import search_tokens

#: "runs on", "run on": the verb of what is powered, told from the other side ("Copilot runs on Codex").
_RUNS_ON = re.compile(r"runs? on\b")

#: The verb of working somewhere, up to the workplace it names: "works at ", "travaille chez ", "bosse pour ".
_WORKS_AT = re.compile(r"\w+ (?:at|for|chez|pour) (?:the |la |le |l')?")


#: A claim that gives something to one alone, so that the articles giving it to another deny it: "it was Kumar who ...",
#: "Savreux is the one ...", "only Kumar ...", "c'est Kumar qui ...", "seul Kumar ...".
_EXCLUSIVE = re.compile(
    r"\b(?:it (?:was|is)|it's|c'est|c'etait|ce sont|ce n'est pas|it wasn't|it isn't) [\w' .-]{1,40}? (?:who|that|qui|qu')"
    r"|\b(?:is|was|are|were) the (?:one|ones|person|guy|man|woman|first)\b|\b(?:only|seule?s?|uniquement)\b"
)


#: The word before a workplace: "a partner at", "responsable des opérations chez", "CEO of" (accents folded).
_WORKPLACE_BEFORE = re.compile(r"\b(?:at|chez|of|de|du|d')\s*$")


#: A curated deed's object saying the work was before ("a previous job at the sandwich chain").
_PREVIOUS = re.compile(r"\b(?:previous|former|earlier|past|ancien\w*|precedent\w*)\b")


class _ActorChecks(CheckerBase):
    """Who did what to whom, who holds which role, who said it: a claim against a fact's actors and roles."""

    def _read_other_product(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """ "Codex is based on GPT-4" where the fact says what the claim says of another product of its own (GPT-3)."""
        if not claim.other_products or reading.conflicts or reading.confidence < SWAP_CONFIDENCE:
            return
        if "entity" in reading.unsettled or len(claim.other_products) != 1:
            return
        if not any(self.base.entities[e].type == "product" and e in fact.entities for e in claim.entity_ids):
            return  # a product said of a product ("Codex is based on GPT-4"), not "OpenAI released GPT-4" (it made several)
        others = [e for e in fact.entities if self.base.entities[e].type == "product" and e not in claim.entity_ids]
        if len(others) != 1:
            return
        outside = _tokens(claim.other_products[0]) | _tokens(_norm(claim.other_products[0]).replace("-", " "))
        names = {t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n)}
        rest = {t for t in claim.tokens - _FRAMING - outside - names - _SOFT if not t.isdigit()}
        said = [_tokens(t) for t in fact.wordings]
        product = self._names(others[0])
        # What the claim says of it is what one of the fact's own sentences says of its product, naming it.
        if rest and any(rest <= words and any(_tokens(n) <= words for n in product) for words in said):
            reading.conflicts.append(("actor", self.base.entities[others[0]].name, claim.other_products[0]))

    def _read_swapped_person(self, claim: ParsedClaim, missing: list[str], fact: Fact, reading: _Reading) -> None:
        """What a fact says of one person, claimed of another: "Kumar credits Jimmy John's with ..." (it was Savreux)."""
        if reading.conflicts or reading.confidence < SWAP_CONFIDENCE or len(missing) != 1:
            return
        person = missing[0]
        kind = self.base.entities[person].type
        quoted = claim.speech and bool(fact.answers.quote or self._speakers[fact.id])
        # What the articles say of one person denies nothing of another ("Savreux has a computer science degree":
        # Kumar's): only words the articles quote someone else saying, or a claim that gives it to this one alone ("it
        # was Savreux who ..."), is denied by it. Said of another, it still leaves the claim unsettled (see _weigh).
        denies = kind != "person" or quoted or bool(_EXCLUSIVE.search(_norm(claim.text)))
        if claim.numbers and {n.kind for n in claim.numbers} & set(reading.unsettled):
            # a figure one person has ("$15 an hour") denies no one else the same figure ("Kumar earns $15"); only one
            # the fact gives its own thing ("Nadella put OpenAI's headcount at 375") is a swap
            return
        if kind not in ("person", "publication"):  # a person, or who reported it: "NBC revealed ..." (it was Time)
            return
        others = [e for e in fact.entities if self.base.entities[e].type == kind and e not in claim.entity_ids]
        if len(others) != 1:
            return
        names = _tokens(" ".join((self.base.entities[person].name, *self.base.entities[person].aliases)))
        rest = {t for t in claim.tokens - _FRAMING - names if not t.isdigit()}
        if rest and rest <= self._vocab[fact.id] and len(rest) >= 3:
            if not denies:
                reading.of_another = True
                return
            reading.conflicts.append(("actor", self.base.entities[others[0]].name, self.base.entities[person].name))
            reading.swapped = True

    def _read_actor(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        if not claim.actions:
            return
        named = set(claim.entity_ids)
        work_subject = claim.subject(self.base)
        if [a for a, _ in claim.actions] == ["work-for"] and work_subject is not None:
            # "Matelich works at Invisible": a role the fact gives her there settles it.
            for role in fact.answers.role:
                if role.entity == work_subject and role.at is not None and role.at in named:
                    reading.matched.append("actor")
                    return
            # "Jindal works at DeepMind": the fact gives her a title at another organisation (program lead at the
            # Partnership on AI), which is where the articles say she works.
            verb_at = claim.actions[0][1]
            elsewhere = [e for e, at in claim.entities if at > verb_at and self.base.entities[e].type == "organisation"]
            # "Jindal works at Amazon Mechanical Turk": a platform worked at (never one worked with: a tool) is a workplace.
            at_work = _WORKS_AT.match(_norm(claim.text), verb_at)
            elsewhere += [
                e for e, at in claim.entities if at_work and at == at_work.end() and self.base.entities[e].type == "product"
            ]
            elsewhere += [name for name, at in claim.other_orgs if at > verb_at]
            if _PAST_WORK.search(_norm(claim.text)):
                elsewhere = []  # "used to work at Google": where someone worked before is not where they work now
            for role in fact.answers.role:
                titled = _roles_in(role.role) & _TITLE_ROLES
                if role.entity == work_subject and role.at is not None and titled and elsewhere and role.at not in elsewhere:
                    claimed = elsewhere[0] if elsewhere[0] not in self.base.entities else self.base.entities[elsewhere[0]].name
                    at = self.base.entities[role.at].name
                    reading.conflicts.append(("actor", f"{role.role} at {at}", f"at {claimed}"))
                    return
        if self._read_stake(claim, fact, reading):
            return
        actors = fact.answers.actor
        if not actors:
            # Who did it is a point only an actor answer settles: a fact that records no doer for "laid off" does
            # not support "OpenAI laid off the trainers" by sharing its names (it was Invisible).
            if (
                fact.kind == "claim"
                and claim.subject(self.base) is not None
                and any(_ACTION_GROUP.get(a, a) in _DOER_ACTIONS for a, _ in claim.actions)
            ):
                reading.unsettled.append("actor")
            return
        subject = claim.subject(self.base)
        named = set(claim.entity_ids)
        outsider = self._outside_doer(claim)
        if outsider is not None:
            # "The Information first reported it": the articles name who did it, and it is not one they name at all.
            for action, _ in claim.actions:
                same = [a for a in actors if a.did == action]
                if same:
                    who = " and ".join(self.base.entities[w].name for w in same[0].who)
                    reading.conflicts.append(("actor", who, outsider))
                    return
            return
        if subject is None and not any(self.base.entities[e].type != "place" for e in named):
            return  # "the coding test took five hours": no one is said to have done anything
        said_subject = subject
        for action, verb_at in claim.actions:
            group = _ACTION_GROUP.get(action, action)
            same = [a for a in actors if _ACTION_GROUP.get(a.did, a.did) == group]
            if not same:
                continue
            exact = [a for a in same if a.did == action]
            # What the claim says it was done to must be what the fact says it was done to (after this verb).
            norm = _norm(claim.text)
            by_passive = bool(_BY.search(norm) and _PASSIVE.search(norm))  # "Kumar was fired by OpenAI": Kumar is the object
            subject = said_subject
            runs_on = action == "power" and bool(_RUNS_ON.match(norm, verb_at))
            if runs_on:
                # "Copilot runs on OpenAI's Codex": Codex powers Copilot; the doer is the last name after the verb, what it
                # powers is named before it.
                after = [e for e, at in claim.entities if at > verb_at and self.base.entities[e].type != "place"]
                subject = after[-1] if after else None
                by_passive = True
            objects = {
                e
                for e, at in claim.entities
                if ((0 <= at < verb_at) if by_passive else (at > verb_at))
                and e != subject
                and self.base.entities[e].type != "place"
                and not _COMPARED.search(norm[max(0, at - 25) : at])  # "came out ... before ChatGPT": no object
            }
            if action == "own" and objects:
                # "code from GitHub, which is owned by Microsoft", "Microsoft owns GitHub, d'où OpenAI a tiré son code": what
                # is owned is the name next to the verb, not every name of the sentence (OpenAI is not said to be owned).
                side = [(abs(at - verb_at), e) for e, at in claim.entities if e in objects and at >= 0]
                objects = {min(side)[1]} if side else objects
            if action == "decline-comment":
                objects -= self._outlets(fact)  # "declined to comment to Semafor": whom it was said to, not what about
            firms_only = objects and all(self.base.entities[e].type != "person" for e in objects)
            if action == "lay-off" and firms_only and _LAID_OFF_PEOPLE.isdisjoint(search_tokens(claim.text)):
                # "Invisible fired OpenAI": people are laid off, not a firm; the fact's `whom` is whose workers
                # they were ("dozens of OpenAI data trainers"), so naming only the firm settles nothing.
                reading.unsettled.append("actor")
                return
            if action == "own" and any(n.kind == "percent" for n in claim.numbers):
                # "Microsoft owns 49% of OpenAI" is a share: the share the articles give settles it, not the deed, once
                # it runs the same way (Microsoft's stake in OpenAI, not OpenAI's in Microsoft).
                reading.unsettled.append("actor")
                return
            if action == "own" and _PART_OF.search(_norm(claim.text)[verb_at:]):
                # "Microsoft owns half of OpenAI", "a stake in": part of it, which the 49% stake neither says nor denies.
                reading.unsettled.append("actor")
                return
            if action == "own":
                # "Microsoft owns OpenAI": the articles say it invested in OpenAI (a 49% stake), not that it owns it.
                invested = [a for a in actors if a.did == "invest" and subject in a.who and objects & set(a.whom)]
                if invested and not [a for a in exact if objects <= set(a.whom)]:
                    who, whom = self.base.entities[subject].name, self.base.entities[next(iter(objects))].name
                    reading.conflicts.append(("actor", f"{who} invested in {whom}", f"that {who} owns {whom}"))
                    return
            # Working with someone goes both ways ("OpenAI works with Invisible"): no doer to get the wrong way round.
            mutual = action == "work-for" and bool(re.search(r"\b(?:with|avec)\b", _norm(claim.text)[verb_at : verb_at + 40]))
            for a in exact:
                if subject in a.whom and objects & set(a.who) and not mutual:
                    # Who did it to whom, the other way round: "OpenAI ended its partnership with Sama".
                    who = " and ".join(self.base.entities[w].name for w in a.who)
                    reading.conflicts.append(("actor", who, self.base.entities[subject].name))
                    return
            if action == "lay-off" and subject is not None and not _LAID_OFF_PEOPLE.isdisjoint(search_tokens(claim.text)):
                # "Microsoft laid off Invisible's trainers": the firm whose people the claim says were laid off is the
                # one the fact says laid them off, and the claim gives the deed to another.
                for a in exact:
                    whose = objects & set(a.who)
                    if whose and subject not in (*a.who, *a.whom) and objects - whose <= set(a.whom):
                        who = " and ".join(self.base.entities[w].name for w in a.who)
                        reading.conflicts.append(("actor", who, self.base.entities[subject].name))
                        return
            exact_whom = [a for a in exact if not a.whom or not objects or objects <= set(a.whom)]
            if exact and not exact_whom:
                reading.unsettled.append("actor")
                return
            exact = exact_whom
            if objects and not objects <= set(fact.entities) | {w for a in same for w in a.whom}:
                reading.unsettled.append("actor")  # done to someone the fact does not name
                return
            after_verb = [e for e, at in claim.entities if at > verb_at and not _COMPARED.search(norm[max(0, at - 25) : at])]
            for a in exact:
                if (subject is None and (set(a.who) & named or claim.passive)) or (subject in a.who):
                    if a.object and not self._whose_figure(claim, a.object, besides=set(a.who) | set(a.whom)):
                        reading.unsettled.append("actor")  # "committed to Google's guidelines": they were the PAI's
                        return
                    if action == "work-for" and _PREVIOUS.search(_norm(a.object or "")) and not _PAST_WORK.search(norm):
                        # "Savreux works at Jimmy John's": the curated deed says the work was before ("a previous job"), which only
                        # a claim saying so ("used to work", "worked", "a travaillé") says.
                        reading.unsettled.append("actor")
                        return
                    reading.matched.append("actor")
                    reading.deed = _verb_words(action, norm, verb_at)
                    if action == "work-for" and _PREVIOUS.search(_norm(a.object or "")):
                        # "used to", "previously", "auparavant": the time the curated deed settles
                        reading.deed = reading.deed | {t for m in _PAST_WORK.finditer(norm) for t in _tokens(m.group(0))}
                    return
                told_from_object = claim.passive or self.base.entities[subject].type == "product" if subject else False
                if subject in a.whom and not after_verb and told_from_object:
                    reading.matched.append("actor")  # "Codex launched in 2021": told from what it was done to
                    reading.deed = _verb_words(action, norm, verb_at)
                    return
            if subject is not None and self.base.entities[subject].type == "product" and not objects:
                reading.unsettled.append("actor")  # "Codex came out in 2021": a deed done to another product says nothing
                return
            if subject is not None and action in _SHARED_ACTIONS:
                reading.unsettled.append("actor")  # many work for OpenAI: one who does says nothing of another
                return
            if subject is not None:
                for a in same:
                    if subject not in a.who and not (set(a.who) & named - {subject}):
                        # Someone else did it (or it was done to the one the claim says did it).
                        who = " and ".join(self.base.entities[w].name for w in a.who)
                        reading.conflicts.append(("actor", who, self.base.entities[subject].name))
                        return
                    if subject not in a.who and set(a.who) & named:
                        reading.unsettled.append("actor")
                        return
            if exact and subject is None:
                speakers = {a.speaker for a in fact.answers.quote} | self._speakers[fact.id]
                if claim.speech and speakers & named and not set(a.who) & named:
                    # "Nadella announced 10,000 layoffs": whose layoffs the claim leaves unsaid; who said it is the
                    # point, which the fact's quote answer settles.
                    return
                reading.unsettled.append("actor")
                return
            if not exact:
                reading.unsettled.append("actor")
                return
        # The claim's verb is not one the fact records.
        if any(_ACTION_GROUP.get(a, a) in {"end", "hire", "invest", "own"} for a, _ in claim.actions):
            reading.unsettled.append("actor")

    def _outside_speaker(self, claim: ParsedClaim) -> str | None:
        """Someone the articles never name, named as the one who said it: before the speech verb, and before any name the
        articles know ("Tim Cook announced ...", "c'est Tim Cook qui a annoncé ...")."""
        said = _SPEECH.search(_norm(claim.text))
        if said is None or not claim.other_people:
            return None
        known = [at for e, at in claim.entities if at < said.start() and self.base.entities[e].type in ("person", "organisation")]
        outside = [(name, at) for name, at in claim.other_people if at < said.start()]
        if outside and (not known or outside[0][1] < min(known)):
            return outside[0][0]
        return None

    def _outside_doer(self, claim: ParsedClaim) -> str | None:
        """An organisation the articles never name, named as the one who did the claim's action (before its verb, and
        before any name the articles know)."""
        if not (claim.other_orgs or claim.other_people) or not claim.actions or claim.passive:
            return None
        verb_at = claim.actions[0][1]
        said = _SPEECH.search(_norm(claim.text))
        start = said.end() if said and said.start() < verb_at else 0
        known = [at for e, at in claim.entities if start <= at < verb_at and self.base.entities[e].type != "place"]
        outside = sorted(((name, at) for name, at in (*claim.other_orgs, *claim.other_people) if start <= at < verb_at),
                         key=lambda p: p[1])  # fmt: skip
        if outside and (not known or outside[0][1] < min(known)):
            return outside[0][0]
        # "first broken by The Information": the one named right after the verb's "by" did it.
        norm = _norm(claim.text)
        by = _BY.search(norm, verb_at)
        if by is not None and len(norm[verb_at : by.start()].split()) <= 3:
            after = [name for name, at in (*claim.other_orgs, *claim.other_people) if by.start() < at <= by.end()]
            if after:
                return after[0]
        return None

    def _read_roles(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        if not claim.roles:
            return
        options = fact.answers.role
        people = [e for e in claim.entity_ids if self.base.entities[e].type == "person"]
        orgs = [e for e in claim.entity_ids if self.base.entities[e].type == "organisation"]
        orgs += [name for name, _ in claim.other_orgs]  # "a trainer for Anthropic": not the organisation the fact names
        if not people:
            return  # "contractors" in "OpenAI hired contractors" gives no one a role
        norm = _norm(claim.text)
        if orgs and any(_WORKPLACE_BEFORE.search(norm[max(0, at - 10) : at]) for e, at in claim.entities if e in people):
            # "Invisible is a partner at Grace Matelich": the person stands where the workplace does, the firm where the
            # one holding the role does (found by benchmarks/claims_yesno.py, names swapped).
            reading.unsettled.append("role")
            return
        for role in claim.roles:
            held = [a for a in options if a.entity in people]
            if not held:
                # Someone else holds that role at that organisation: "Nadella is the CEO of OpenAI".
                others = [
                    a for a in options
                    if role in _TITLE_ROLES and role in _roles_in(a.role) and a.at in orgs and a.entity not in people
                ]  # fmt: skip  # a firm has one CEO, but many partners
                if people and others:
                    a = others[0]
                    reading.conflicts.append(
                        ("role", f"{self.base.entities[a.entity].name} is {a.role} of {self.base.entities[a.at].name}",
                         f"{self.base.entities[people[0]].name}")
                    )  # fmt: skip
                    continue
                # No role the fact records for them: it cannot confirm this one ("Palizban is head of operations"
                # against a meeting where Matelich, the head of operations, and Palizban spoke).
                reading.unsettled.append("role")
                continue
            agreeing = [a for a in held if role in _roles_in(a.role)]
            if agreeing:
                at_ok = [a for a in agreeing if not orgs or a.at is None or a.at in orgs]
                if at_ok:
                    reading.matched.append("role")
                else:
                    a = agreeing[0]
                    # the workplace the claim gives, which is what differs ("CEO at OpenAI, not CEO at Microsoft")
                    org = self.base.entities[orgs[-1]].name if orgs[-1] in self.base.entities else orgs[-1]
                    claimed = f"{_role_name(role)} at {org}"
                    reading.conflicts.append(
                        ("role", f"{a.role} at {self.base.entities[a.at].name}" if a.at else a.role, claimed)
                    )
                continue
            a = held[0]
            held_roles = _roles_in(a.role)
            if held_roles and (role in _TITLE_ROLES or held_roles & _ROLE_CONFLICTS.get(role, set())):
                reading.conflicts.append(
                    ("role", a.role + (f" at {self.base.entities[a.at].name}" if a.at else ""), _role_name(role))
                )
            else:
                reading.unsettled.append("role")
