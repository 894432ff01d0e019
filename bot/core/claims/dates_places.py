"""A claim's dates and places against a fact's `when` and curated places."""

from __future__ import annotations

import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.demonyms import LOCAL
from bot.core.claims.reading import (
    _DAY_AFTER,
    _DAY_BEFORE,
    _FRAMING,
    _GAZETTEER,
    _LOCATION_VERB,
    _MONTH,
    _MONTHS,
    ClaimDate,
    ParsedClaim,
    _find_entities,
    _name_end,
    _norm,
    _tokens,
)
from bot.core.claims.verdict import _Reading
from bot.core.claims.words import _LOCATION_TOKENS, _inside
from bot.core.models import Fact

#: Words saying where the bulk of something was: "mostly", "focused on", "places like" (the claim's own examples).
_BULK = re.compile(
    r"\b(?:mostly|mainly|largely|primarily|predominantly|chiefly|majority|bulk|focus\w*|concentrat\w*|"
    r"(?:places|regions|countries|areas) (?:like|such as)|principalement|surtout|majoritairement|essentiellement|"
    r"concentre\w*|(?:pays|regions|endroits) (?:comme|tels? que))\b"
)


#: Words saying part of it: "some of the contractors", "a few", "quelques-uns".
_SOME = re.compile(r"\b(?:some|a few|several|part|certains|certaines|quelques|plusieurs|partie|also|aussi|too)\b")


#: Words that put a name inside a phrase or a clause of a location verb's subject rather than make it the subject: a
#: relative pronoun, a preposition, a possessive, a verb ("the agency that posted OpenAI's listing", "the contractors
#: working for OpenAI", "l'agence qui a publié l'offre pour OpenAI").
_INSIDE_SUBJECT = re.compile(
    r"\b(?:that|who|whom|whose|which|qui|que|qu'|dont|for|of|by|with|at|to|from|on|about|pour|de|d'|du|des|par|avec|chez|"
    r"sur|aupres|pres)\b|(?<=\b[dl]')"
)

#: A name's possessive before the location verb ("OpenAI's listing is based"), unless of its seat ("OpenAI's headquarters").
_POSSESSED = re.compile(r"\s*'s?\s+(?!(?:headquarters|hq|head office|offices?|main office)\b)\w")

#: "says that", "est-il vrai que": what opens the claim itself, no clause of its subject.
_SAID_THAT = re.compile(
    r"^.*\b(?:say|says|said|true|think|thinks|claim|claims|report|reports|dit|disent|vrai|affirme)\s+(?:that|que|qu')"
)

#: "Sama, which is based in": a relative clause right after the name is about the name.
_RELATIVE_AFTER = re.compile(r"^\s*,?\s*(?:which|who|that|qui)\b")

#: Words that name nothing before a location verb ("the", "is", "est-ce que"): with only these before it, the verb
#: opens the claim and its subject may come after it.
_DETERMINERS = re.compile(r"\b(?:the|a|an|is|are|was|were|it|true|that|le|la|les|l|un|une|est|sont|ce|que|qu|il|elle|vrai)\b|'")
_WORD = re.compile(r"[a-z0-9]")


class _DatePlaceChecks(CheckerBase):
    """A claim's dates and places against a fact's date and curated places."""

    def _read_date(self, claim: ParsedClaim, date: ClaimDate, fact: Fact, reading: _Reading) -> None:
        when = fact.when
        if fact.kind == "discrepancy" and "date" in fact.answer_kinds:
            # The sides give different dates: a claim takes a side when its date is one a side gives.
            sides = _norm(" ".join(f"{c.position} {c.quote}" for c in fact.citations))
            months = {_MONTHS[m.group(1)] for m in _MONTH.finditer(sides)}
            years = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", sides)}
            days = {int(d) for d in re.findall(r"\b\d{1,2}\b", sides)}
            day_ok = date.day is None or date.day in days
            if (date.month is None or date.month in months) and (date.year is None or date.year in years) and day_ok:
                reading.matched.append("date")
            else:
                reading.unsettled.append("date")
            return
        if when is None or "date" not in fact.answer_kinds:
            reading.unsettled.append("date")
            return
        dated = {t for a in fact.answers.date for t in _tokens(a.of)}
        entity_tokens = {t for e in claim.entity_ids for t in _tokens(self.base.entities[e].name)}
        if not dated & (claim.tokens - _FRAMING - entity_tokens) and "actor" not in reading.matched:
            reading.unsettled.append("date")  # the fact dates something else
            return
        if "actor" not in reading.matched:
            # "Invisible's layoffs happened in March": the fact dates Microsoft's layoffs, whose the claim's are not.
            owners = {e for a in fact.answers.date for e, _ in _find_entities(a.of, _norm(a.of), self.base)}
            possessors = self._possessors(claim, dated)
            if owners and possessors and not possessors & owners:
                reading.unsettled.append("date")
                return
        if when.date:
            start, end = when.date.split("/")[0], when.date.split("/")[-1]
            lo_year, hi_year = int(start[:4]), int(end[:4])
            lo_month = int(start[5:7]) if len(start) >= 7 else None
            lo_day = int(start[8:10]) if len(start) >= 10 else None
            if date.last_year is not None and date.year is not None:
                # A decade holds the fact's date, misses it, or only overlaps it (not confirmed either way).
                if date.year <= lo_year and hi_year <= date.last_year:
                    reading.matched.append("date")
                elif hi_year < date.year or date.last_year < lo_year:
                    reading.conflicts.append(("date", when.text, date.text))
                else:
                    reading.unsettled.append("date")
                return
            year_ok = date.year is None or lo_year <= date.year <= hi_year
            month_ok = date.month is None or lo_month is None or date.month == lo_month
            day_off = date.day is not None and lo_day is not None and month_ok and date.day != lo_day and start == end
            if (date.year is not None and not year_ok) or (date.month is not None and lo_month is not None and not month_ok):
                reading.conflicts.append(("date", when.text, date.text))
            elif day_off:
                reading.conflicts.append(("date", when.text, date.text))  # "August 10, 2021" where the fact gives another day
            elif date.year is None or (date.month is not None and lo_month is None) or (date.day is not None and lo_day is None):
                # A year the fact does not give, or a month or a day finer than its date: not confirmed.
                reading.unsettled.append("date")
            else:
                reading.matched.append("date")
            return
        # Undated: only a month the words give can be compared; a year never can.
        said = _norm(when.text + " " + (when.text_fr or ""))
        months = {_MONTHS[m.group(1)] for m in _MONTH.finditer(said) if m.group(1) not in ("may", "mar", "sept", "dec", "jan")}
        # The day its words give beside the month ("on January 18", "le 18 janvier").
        days = {
            int(d.group(1))
            for m in _MONTH.finditer(said)
            for d in (_DAY_AFTER.match(said[m.end() :]), _DAY_BEFORE.search(said[: m.start()]))
            if d and 1 <= int(d.group(1)) <= 31
        }
        if date.month is not None and months and date.month not in months:
            reading.conflicts.append(("date", when.text, date.text))
        elif date.day is not None and date.month in months and days and date.day not in days:
            reading.conflicts.append(("date", when.text, date.text))  # "January 20" where the fact says January 18
        elif date.month is not None and date.month in months and date.year is None and (date.day is None or date.day in days):
            reading.matched.append("date")
        else:
            reading.unsettled.append("date")

    def _read_place(self, claim: ParsedClaim, place: str, fact: Fact, reading: _Reading) -> None:
        options = fact.answers.place
        named = set(claim.entity_ids)
        # A place of someone ("Sama is based in San Francisco") settles only where that one is, not where
        # something they did happened ("Sama's workers in Kenya").
        norm = _norm(claim.text)
        verb = _LOCATION_VERB.search(norm)
        located = verb is not None
        holders = {holder for where, holder, _ in claim.placed if where == place}
        at = min((p for e, p in claim.entities if e == place), default=None)
        if at is None:
            found = re.search(rf"\b{re.escape(place)}\b", norm)
            at = found.start() if found else None
        end = None
        if at is not None:
            end = _name_end(norm, place, at, self.base) if place in self.base.entities else at + len(place)
        # "a Seattle-based company", "a New York based nonprofit": the place the verb gives, before it
        attached = end is not None and verb is not None and norm[end : verb.start()] in ("", "-", " ")
        if holders:
            # "Sama is a Kenyan company", "Is Kumar Texan?": a demonym says where the one it describes is from or based,
            # as "Sama is based in Kenya" does, never where something a fact about it tells of was (its labellers).
            located, named = True, holders
        elif verb is not None and at is not None and 0 <= at < verb.start() and not attached:
            # "Sama, the contractor that worked in Kenya, is based in San Francisco": a place before the location verb
            # is no place the verb gives (where it worked, not where it is based).
            reading.unsettled.append("place")
            return
        elif located:
            # "The agency that posted OpenAI's listing is based in Mexico": the place is the agency's, not OpenAI's; only
            # a name that is what the location verb speaks of has its place settled.
            named = self._located_names(claim)
        relevant = [a for a in options if (a.entity is None and not located) or (a.entity in named and located)]
        if not ("actor" in reading.matched or claim.tokens - _FRAMING & self._place_of_words(fact)):
            # "The Seattle company invested in OpenAI": the place of an event (the coding test's developer) says where
            # that was, nothing of a claim about another deed that does not speak of it.
            relevant = [a for a in relevant if a.entity is not None]
        if any(self.base.entities[e].type == "person" and e not in fact.entities for e in named):
            # "Jatin Kumar in Texas works for OpenAI": where the fact's unnamed developer was says nothing of where a
            # person it never mentions is.
            relevant = [a for a in relevant if a.entity is not None]
        if not relevant and located and not any(self.base.entities[e].type != "place" for e in named):
            # "The developer who took the coding test lives in ...": someone the articles do not name, whose place an
            # answer gives by what it is of ("the developer who took the coding test").
            said = claim.tokens - _FRAMING - _LOCATION_TOKENS
            relevant = [a for a in options if a.entity is None and a.of and len(_tokens(a.of) & said) >= 2]
            reading.described = bool(relevant)
        if not relevant:
            if place in fact.entities and not located:
                reading.matched.append("place")
            else:
                reading.unsettled.append("place")
            return
        local = place in LOCAL or (place in self.base.entities and any(_norm(n) in LOCAL for n in self._names(place)))
        if holders and not local and all(self.base.entities[h].type == "person" for h in holders if h in self.base.entities):
            # "Kumar is American", "Savreux is Kenyan": a person's country demonym may say a nationality, which where
            # the articles say someone lives or is from neither confirms (Texas is in the United States; living there
            # makes no one American) nor denies. Only the very place the fact gives settles it; a state's or a city's
            # demonym says where one lives or is from, as "from" does ("Savreux is Texan": Kansas City, not Texas).
            if any(place in a.where for a in relevant):
                reading.matched.append("place")
            else:
                reading.unsettled.append("place")
            return
        for a in relevant:
            for where in a.where:
                if place == where or _inside(where, place):
                    reading.matched.append("place")
                    return
        if any(a.examples for a in relevant):
            # "in regions like Latin America and Eastern Europe": examples exclude no other place ("in Kenya"), unless the
            # claim says the whole of it, or the most of it, happened in places none of them is (below).
            if self._placed_whole(claim, reading, [w for a in relevant if a.examples for w in a.where]):
                names = " and ".join(self.base.entities[w].name for w in relevant[0].where)
                reading.conflicts.append(("place", names, self._place_words(claim, place)))
            else:
                reading.unsettled.append("place")
            return
        for a in relevant:
            inside = [where for where in a.where if _inside(place, where)]
            if inside:
                # The claim is more precise than the fact: not settled, unless the fact's own words name another
                # place there ("Austin, Texas" against "Houston").
                # Only a place the quote gives as within it ("Austin, Texas") is another place there; an alias the
                # quote uses alone ("South America", "Amérique latine") is the same place in other words.
                quoted = _norm(" ".join(c.quote for c in fact.citations))
                there = [
                    alias for w in inside for alias in self.base.entities[w].aliases
                    if _norm(alias) != place and any(
                        re.search(rf"\b{re.escape(_norm(alias))}\s*,\s*{re.escape(_norm(name))}\b", quoted)
                        for name in self._names(w) if name != alias
                    )
                ]  # fmt: skip
                if there and place in _GAZETTEER:
                    claimed = place.title()
                    reading.conflicts.append(("place", f"{there[0]}, {self.base.entities[inside[0]].name}", claimed))
                else:
                    reading.unsettled.append("place")
                return
        names = " and ".join(self.base.entities[w].name for w in relevant[0].where)
        reading.conflicts.append(("place", names, self._place_words(claim, place)))

    def _place_of_words(self, fact: Fact) -> frozenset[str]:
        """The words of what a fact's event places are of ("the developer who took the coding test"), names left out."""
        names = {t for e in fact.entities for n in self._names(e) for t in _tokens(n)}
        return frozenset(t for a in fact.answers.place if a.entity is None for t in _tokens(a.of or "")) - names - _FRAMING

    def _located_names(self, claim: ParsedClaim) -> set[str]:
        """The names a claim's location verb speaks of: its subject ("Sama is based in", "the firm Sama, which is based
        in", "Kumar vit au Texas"), not a name inside a clause or phrase of the subject ("the agency that posted OpenAI's
        listing is based in", "the contractors working for OpenAI are from Brazil")."""
        norm = _norm(claim.text)
        verb = _LOCATION_VERB.search(norm)
        if verb is None:
            return set(claim.entity_ids)
        found = set()
        # "A developer from South America took a coding test for OpenAI", "Kumar from Texas works for OpenAI": the verb
        # gives the place of the words before it (a name among them is read below), so no name after it is the one
        # located; only a verb opening the claim locates a name after it ("Based in San Francisco, Sama ...").
        subject_before = bool(_WORD.search(_DETERMINERS.sub(" ", re.split(r"[,:;]", norm[: verb.start()])[-1])))
        for entity, at in claim.entities:
            if at >= verb.start() and subject_before and self.base.entities[entity].type != "place":
                continue
            if at < 0 or at >= verb.start():
                found.add(entity)  # after the verb ("based in X"), or a doer moved first: read as before
                continue
            before = _SAID_THAT.sub(" ", re.split(r"[,:;]", norm[:at])[-1])
            after = _RELATIVE_AFTER.sub(" ", re.sub(r",[^,]*,", " ", norm[_name_end(norm, entity, at, self.base) : verb.start()]))
            if _INSIDE_SUBJECT.search(before) or _INSIDE_SUBJECT.search(after) or _POSSESSED.match(after):
                continue
            found.add(entity)
        return found

    def _placed_whole(self, claim: ParsedClaim, reading: _Reading, examples: list[str]) -> bool:
        """Whether a claim places the whole of what a fact gives examples of ("regions like Latin America and Eastern
        Europe") where none of the examples is: the very figure the fact counts ("about 1,000 contractors in Asia"), or
        the bulk of it ("mostly in Africa", "focused on places like Southeast Asia"). None of the claim's places may be,
        hold or lie within an example: "mostly in Latin America and Africa" takes one of them, and "some contractors in
        Kenya" adds a place the examples do not exclude."""
        places = [e for e in claim.entity_ids if self.base.entities[e].type == "place"] + list(claim.other_places)
        if not places or any(p == w or _inside(p, w) or _inside(w, p) for p in places for w in examples):
            return False
        whole = "count" in reading.matched and not _SOME.search(_norm(claim.text))
        return whole or bool(_BULK.search(_norm(claim.text)))

    def _place_words(self, claim: ParsedClaim, place: str) -> str:
        """The place as the claim names it: "Austin", not the entity (Texas) that alias belongs to; a place a demonym
        gives by its name ("Kenya" for "a Kenyan company")."""
        if any(where == place for where, _, _ in claim.placed):
            return self.base.entities[place].name if place in self.base.entities else place.title()
        if place not in self.base.entities:
            return place.title()
        entity = self.base.entities[place]
        for name in sorted((entity.name, *entity.aliases), key=len, reverse=True):
            m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", claim.text, re.IGNORECASE)
            if m:
                return name if m.group(0).islower() else m.group(0)
        return entity.name
