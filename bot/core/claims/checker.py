"""The checker: reads a claim, weighs each candidate fact's reading, and decides the verdict."""

from __future__ import annotations

import dataclasses
import functools
import re
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from bot.core.claims.actors import _ActorChecks
from bot.core.claims.asides import _AsideChecks
from bot.core.claims.attributed import _AttributionChecks
from bot.core.claims.bearing import bearing_citations
from bot.core.claims.comparisons import _ComparisonChecks
from bot.core.claims.dates_places import _DatePlaceChecks
from bot.core.claims.denials import _DenialChecks
from bot.core.claims.disputes import _DisputeChecks, _on_status, denies_a_whole
from bot.core.claims.figures import _FigureChecks
from bot.core.claims.interviews import _InterviewChecks
from bot.core.claims.lacking import _LackingChecks
from bot.core.claims.matching import _denial_heads, _FactMatching
from bot.core.claims.meaning import _SCARCE, _checkable
from bot.core.claims.modality import only_unsaid, to_come_unsaid
from bot.core.claims.names import _NameChecks
from bot.core.claims.outlets import _OutletChecks
from bot.core.claims.places import name_out_of_place, told_another
from bot.core.claims.premise import _PremiseChecks
from bot.core.claims.reading import (
    _BARE_NEGATION,
    _FIRST,
    _FRAMING,
    _NEGATION,
    _NOT_FIRST,
    _SPEECH,
    ParsedClaim,
    _norm,
    _tokens,
    parse_claim,
)
from bot.core.claims.reversals import _ReversalChecks
from bot.core.claims.rewording import (
    _clauses,
    _colon_said,
    _paraphrased,
    _strip_question,
    _what_b_not_a_denies,
    _what_not_but_asserts,
)
from bot.core.claims.support import _SupportChecks
from bot.core.claims.thresholds import NEAREST, RELEVANT_CONFIDENCE, SURE_CONFIDENCE
from bot.core.claims.uncheckable import not_a_claim, unclear_referent
from bot.core.claims.verdict import Verdict, _phrase, _Reading, french_figure
from bot.core.claims.words import (
    _DURATION_UNITS,
    _basis,
    _claimed_in_french,
    _denied_words,
    _denies_as_un,
    _names_people,
    _one_person_subject,
    _structured,
    _structured_points,
    _with_french_unit,
)
from bot.core.engine import Engine
from bot.core.engine.clean import clean
from bot.core.i18n import label
from bot.core.language import guess_language
from bot.core.models import Fact
from bot.core.text import READING, reading

T = TypeVar("T")


#: "supposed to" asserted, and denied ("not supposed to", "n'est pas censé"): the claim's and the fact's.
_SUPPOSED = re.compile(r"(?<!not )(?<!n't )(?<!\bpas )\b(?:supposed to|cense\w* )")
_NOT_SUPPOSED = re.compile(r"\b(?:not|n't|pas) (?:supposed to|cense)")


#: A denial said in words ("not", "n't", "never", "ne ... pas", "jamais"), not by a prefix ("unpaid").
_SAID_DENIAL = re.compile(r"\b(?:not|n't|never|no longer|pas|jamais|plus|aucun\w*)\b|n't\b")


def _denials_said(norm: str) -> frozenset[str]:
    """The words a claim's spoken denials deny: those after each, up to the end of its clause ("is not in South America")."""
    return frozenset(
        t for m in _SAID_DENIAL.finditer(norm) for t in _tokens(re.split(r"[,;.!?]", norm[m.end() : m.end() + 60])[0])
    )


#: French wordings with "ne" or "pas" that deny nothing: "ne ... que" (only), "pas seulement", "pas la première fois".
_FRENCH_NOT_DENYING = re.compile(
    r"\bn(?:e |')(?:\w+ ){1,2}que\b|\bpas (?:seulement|que|uniquement|toujours|la premiere fois|cense\w*)\b"
)


def _french_denials(statement_fr: str) -> str:
    """A French statement, normalised, without the "ne"s and "pas" that deny nothing."""
    return _FRENCH_NOT_DENYING.sub(" ", _norm(statement_fr))


class _PerFact(dict[str, T]):
    """A fact id -> value table filled on first look: building a checker costs nothing per fact, so a
    question on a 100k-fact base pays only for the few facts its check reads."""

    def __init__(self, prepare: Callable[[str], None]) -> None:
        super().__init__()
        self._prepare = prepare

    def __missing__(self, fact_id: str) -> T:
        self._prepare(fact_id)
        return dict.__getitem__(self, fact_id)


class ClaimChecker(
    _FactMatching,
    _FigureChecks,
    _DatePlaceChecks,
    _ActorChecks,
    _SupportChecks,
    _DisputeChecks,
    _PremiseChecks,
    _NameChecks,
    _DenialChecks,
    _AsideChecks,
    _OutletChecks,
    _ReversalChecks,
    _LackingChecks,
    _ComparisonChecks,
    _AttributionChecks,
    _InterviewChecks,
):
    """Checks claims against one engine's fact base. Build once per engine; `check` is cheap."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.base = engine.base
        self._vocab: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        self._negative: _PerFact[bool] = _PerFact(self._prepare)
        self._negative_weak: _PerFact[bool] = _PerFact(self._prepare)
        self._markers: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        self._negative_word: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        #: The words right after each of a fact's denials: what it denies.
        self._denied: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        #: The very word each denial denies ("did not respond", "declined to comment").
        self._denied_head: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        self._lacking: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        #: Whether the fact says something is not the first of its kind ("not the first time", "pas la première fois").
        self._not_first: _PerFact[bool] = _PerFact(self._prepare)
        #: The speakers the articles give each claim's quoted words (see _quoted_speakers), by claim text.
        self._quoted: dict[str, frozenset[str]] = {}
        self._quote_index: list[tuple[str, frozenset[str]]] | None = None
        #: Whether each of the fact's denials is said of one person ("the developer had not yet been hired").
        self._denies_one: _PerFact[bool] = _PerFact(self._prepare)
        #: Who the fact's citations say it comes from (a person or a firm speaking), as entity ids.
        self._speakers: _PerFact[frozenset[str]] = _PerFact(self._prepare)
        #: Each source's outlet, and each publication, as the publication's entity id (see _outlets).
        self._outlet_ids: dict[str, str] | None = None
        #: The sentence encoder's vectors of claims lately checked, and of each fact's own sentences (see meaning.py).
        self._claim_vectors = OrderedDict()
        self._sentence_vectors = OrderedDict()
        self._meaning_lock = threading.Lock()
        self._meaning_failed = False

    def _read(self, claim: ParsedClaim, fact: Fact, confidence: float) -> _Reading:
        reading = _Reading(fact, confidence)
        answers = fact.answers
        entity_ids = set(claim.entity_ids)
        fact_entities = set(fact.entities) | {e for a in answers.actor for e in (*a.who, *a.whom)}
        fact_entities |= {a.entity for a in answers.role} | {a.at for a in answers.role if a.at}
        fact_entities |= {a.speaker for a in answers.quote} | {w for a in answers.place for w in a.where}
        fact_entities |= self._outlets(fact)  # "OpenAI declined to comment to Semafor": the outlet it was said to
        # Numbers
        for number in claim.numbers:
            self._read_number(claim, number, fact, reading)
        self._read_other_sum(claim, fact, reading)
        # Dates
        self._read_actor(claim, fact, reading)
        for date in claim.dates:
            self._read_date(claim, date, fact, reading)
        if claim.relative_time and not claim.dates and fact.when and "date" in fact.answer_kinds:
            reading.unsettled.append("date")
        # Places
        claim_places = [e for e in claim.entity_ids if self.base.entities[e].type == "place"] + list(claim.other_places)
        for place in claim_places:
            self._read_place(claim, place, fact, reading)
        # Roles
        self._read_roles(claim, fact, reading)
        # Who said it: the fact's quote answers, and the people (or firms) its citations say it comes from.
        speakers = {a.speaker for a in answers.quote} | self._speakers[fact.id] if claim.speech else set()
        if speakers:
            named = [e for e in claim.entity_ids if self.base.entities[e].type in ("person", "organisation")]
            entity_tokens = {t for e in named for t in _tokens(self.base.entities[e].name)}
            entity_tokens |= {t for name, _ in claim.other_people for t in _tokens(name)}
            said = claim.tokens - _FRAMING - entity_tokens
            same_words = bool(said) and len(said & self._vocab[fact.id]) >= 0.6 * len(said)
            # Who the claim says spoke is named before its speech verb: "Facebook said OpenAI has 375 employees" names
            # OpenAI too, of whom it was said, not who said it.
            # (An organisation right before the verb: people named in another's place are the checks' below.)
            verb = _SPEECH.search(_norm(claim.text))
            claimed = [e for e, at in claim.entities if e in named and verb is not None and verb.start() - 25 < at < verb.start()]
            firms = claimed and all(self.base.entities[e].type == "organisation" for e in claimed)
            if firms and not (speakers | self._workplaces(speakers)) & set(claimed):
                reading.unsettled.append("quote")
            elif named and speakers & set(named):
                reading.matched.append("quote")
                # another fact gives these words to the one the claim says said them (named before its speech verb)
                verb = _SPEECH.search(_norm(claim.text))
                before = {e for e, at in claim.entities if verb is not None and at < verb.start()}
                reading.said_by_them = same_words and bool(speakers & before) and self._outside_speaker(claim) is None
            else:
                people = [e for e in named if self.base.entities[e].type == "person"] or named
                outsider = self._outside_speaker(claim)
                sure = same_words and reading.confidence >= SURE_CONFIDENCE
                # (close enough when what was said agrees with the fact on a figure, a date or a deed)
                settled = _structured(reading.matched) and reading.confidence >= RELEVANT_CONFIDENCE
                if outsider is not None and (sure or (same_words and settled)):
                    # "Greg Brockman tweeted that OpenAI has 375 people": someone the articles never name, for words
                    # they give to someone else.
                    reading.conflicts.append(("quote", ", ".join(self.base.entities[s].name for s in speakers), outsider))
                elif people and not (set(people) & fact_entities) and sure:
                    said = ", ".join(self.base.entities[s].name for s in speakers)
                    reading.conflicts.append(("quote", said, self.base.entities[people[0]].name))
        # Whom reported speech is about ("Palizban told the meeting that Invisible was about to get clarity": he said it
        # of OpenAI): the one the claim's words after its speech verb name must be whom the fact's quote is about.
        abouts = {a.about for a in answers.quote if a.about}
        if claim.speech and abouts:
            verb = _SPEECH.search(_norm(claim.text))
            spoken_of = {
                e for e, at in claim.entities
                if verb is not None and at >= verb.end() and self.base.entities[e].type in ("person", "organisation")
            }  # fmt: skip
            if spoken_of and spoken_of.isdisjoint(abouts | {a.speaker for a in answers.quote}):
                reading.unsettled.append("quote")
        # Words the claim quotes that the articles give to someone else ("Kumar said 'We are grunt workers'": Savreux's).
        quoted_by = self._quoted_speakers(claim) if claim.speech else frozenset()
        if quoted_by:
            people = {e for e in claim.entity_ids if self.base.entities[e].type == "person"}
            if people and people.isdisjoint(quoted_by):
                if {a.speaker for a in answers.quote} & quoted_by:
                    said = ", ".join(sorted(self.base.entities[s].name for s in quoted_by))
                    reading.conflicts.append(("quote", said, self.base.entities[min(people)].name))
                else:
                    reading.unsettled.append("quote")  # another fact says whose words they are: not this one's to settle
        # Entities the claim names must be the fact's.
        missing = [e for e in entity_ids if e not in fact_entities and e not in {p for p in claim_places}]
        if missing:
            reading.unsettled.append("entity")
            self._read_swapped_person(claim, missing, fact, reading)
        elif entity_ids and not reading.conflicts:
            reading.matched.append("entity")
        self._read_universal(claim, fact, reading)
        self._read_magnitude(claim, fact, reading)
        self._read_count_magnitude(claim, fact, reading)
        self._read_sum_magnitude(claim, fact, reading)
        self._read_other_product(claim, fact, reading)
        self._read_quarter(claim, fact, reading)
        self._read_fiscal_year(claim, fact, reading)
        self._read_span(claim, fact, reading)
        return reading

    @functools.cached_property
    def _roles_at(self) -> dict[str, frozenset[str]]:
        """person -> the organisations the facts' role answers give them a role at (made once a checker)."""
        roles: dict[str, set[str]] = {}
        for fact in self.base.facts.values():
            for role in fact.answers.role:
                if role.at:
                    roles.setdefault(role.entity, set()).add(role.at)
        return {person: frozenset(orgs) for person, orgs in roles.items()}

    def _workplaces(self, people: set[str] | frozenset[str]) -> frozenset[str]:
        """The organisations where these people hold a role: one speaks for it ("Microsoft said": its CEO did)."""
        return frozenset(org for person in people for org in self._roles_at.get(person, ()))

    def _outlets(self, fact: Fact) -> frozenset[str]:
        """The publications whose reporting a fact cites, as entity ids: its articles' named outlets and the reports
        they relay it from."""
        if self._outlet_ids is None:
            by_name = {
                n.casefold(): e.id for e in self.base.entities.values() if e.type == "publication" for n in self._names(e.id)
            }
            self._outlet_ids = {}
            for source in self.base.sources.values():
                if source.outlet and source.outlet.casefold() in by_name:
                    self._outlet_ids[source.id] = by_name[source.outlet.casefold()]
            self._outlet_ids.update({e: e for e in by_name.values()})  # a relayed report named by its publication
        ids = (self._outlet_ids.get(i) for c in fact.citations for i in (c.source_id, c.origin) if i)
        return frozenset(i for i in ids if i)

    def check(self, claim_text: str, *, language: str | None = None, by_meaning: bool = True) -> Verdict:
        """The verdict on one claim or yes/no question, worded in `language` (default: the claim's own). With
        `by_meaning` false, support rests on the fact's words alone, never on the sentence encoder (see meaning.py)."""
        # The claim's fragments are read in its language (a false friend: French "salariés" are staff, not salaries).
        read = reading(guess_language(claim_text), claim_text)
        try:
            return self._bearing(claim_text, language=language, by_meaning=by_meaning)
        finally:
            READING.reset(read)

    def _bearing(self, claim_text: str, *, language: str | None, by_meaning: bool) -> Verdict:
        # "According to Semafor, ...": settled by what Semafor's own reporting says, where it settles it (attributed.py).
        attributed = self._attributed(claim_text, language, by_meaning)
        if attributed is not None:
            return attributed
        verdict = self._check_whole(claim_text, language=language, by_meaning=by_meaning)
        if verdict.fact is None or verdict.verdict not in ("supported", "contradicted"):
            return verdict  # a disagreement shows every side
        if verdict.citations != verdict.fact.citations:
            return verdict  # parts of a claim settled by several facts: each part's quotes
        claim = parse_claim(_colon_said(_paraphrased(_strip_question(clean(claim_text))), self.base), self.base)
        citations = bearing_citations(claim, verdict.fact, verdict.point)
        return dataclasses.replace(verdict, citations=citations)

    def _check_whole(self, claim_text: str, *, language: str | None, by_meaning: bool) -> Verdict:
        said_in = language or guess_language(claim_text)
        uncheckable = self._uncheckable(claim_text, said_in, by_meaning=by_meaning)
        if uncheckable is not None:
            return uncheckable
        verdict = self._check(claim_text, language=language, by_meaning=by_meaning)
        # "NBC News interviewed Savreux", "Savreux spoke to NBC News": whom the citations say he gave his words to.
        spoke = self._spoke_to(parse_claim(_strip_question(clean(claim_text)), self.base))
        if spoke is not None and not spoke[1] and verdict.verdict == "supported":
            # "Altman told Semafor" (he tweeted), "Jindal told The Internet Patrol" (it relays NBC News): words an article
            # gives someone are not words they gave that article's outlet; no citation says so.
            return self._not_reported(claim_text, said_in, (verdict.fact,) if verdict.fact else ())
        if verdict.verdict != "not_reported":
            return verdict
        if spoke is not None and spoke[1]:
            (fact, given), denied = spoke[1][0], spoke[0]
            if denied:  # "Savreux never spoke to NBC News": the articles quote what he told it
                said = self._verdict(claim_text, said_in, "contradicted", fact, "contradicted_plain", "quote")
            else:
                said = self._verdict(claim_text, said_in, "supported", fact, "supported", "quote")
            return dataclasses.replace(said, citations=tuple(given))
        asserted = _what_not_but_asserts(_norm(clean(claim_text)))
        if asserted is not None:
            # "Not a contractor but OpenAI itself laid them off": what it says of B, when the articles say otherwise or
            # differ on it; its support would not settle the denial of A, so a supported B leaves the claim unsettled.
            said = self._check(asserted, language=said_in, by_meaning=by_meaning)
            if said.verdict in ("contradicted", "disputed"):
                return Verdict(claim_text, said.language, said.verdict, said.explanation, said.fact, said.citations,
                               point=said.point)  # fmt: skip
        # "Copilot runs on a Microsoft model, not on OpenAI's Codex": what it denies in B's place is what a fact says.
        denied_a = _what_b_not_a_denies(clean(claim_text))
        if denied_a is not None:
            said = self._check(denied_a, language=said_in, by_meaning=False)
            if said.verdict == "supported" and said.fact is not None:
                return self._verdict(claim_text, said.language, "contradicted", said.fact, "contradicted_plain", said.point)
        # "Savreux was never homeless": what it denies is what a fact says.
        denied = self._denied_fact(claim_text, said_in)
        if denied is not None:
            return denied
        # "GitHub, which is owned by Google, ...": what it says in passing.
        aside = self._aside_contradiction(claim_text, said_in)
        if aside is not None:
            return aside
        # "Kumar is an OpenAI trainer and says the gig helps him build his startup": two claims about one subject,
        # which two facts may settle. Each part is checked with the subject; the whole is supported only if every
        # part is, and contradicted if any part is.
        parts = _clauses(_colon_said(_paraphrased(_strip_question(clean(claim_text))), self.base))
        if len(parts) < 2:
            return verdict
        checked = [self._check(part, language=said_in, by_meaning=by_meaning) for part in parts]
        given = [v.verdict for v in checked]
        pick = next((v for v in checked if v.verdict == "contradicted"), None)
        if pick is None and all(g == "supported" for g in given):
            pick = checked[0]
            citations = tuple(dict.fromkeys(c for v in checked for c in v.citations))
            explanation = " ".join(v.explanation for v in checked)
            return Verdict(claim_text, pick.language, "supported", explanation, pick.fact, citations, point=pick.point)
        if pick is None and "disputed" in given and set(given) <= {"supported", "disputed"}:
            pick = next(v for v in checked if v.verdict == "disputed")
        if pick is None:
            return verdict
        return Verdict(claim_text, pick.language, pick.verdict, pick.explanation, pick.fact, pick.citations, point=pick.point)

    def _uncheckable(self, claim_text: str, language: str, *, by_meaning: bool) -> Verdict | None:
        """A plain *not reported* saying why for a text that is no claim ("hello") or that speaks of someone it never names
        ("OpenAI hired him"); None for a claim to check."""
        if not_a_claim(clean(claim_text)) is not None:
            return Verdict(claim_text, language, "not_reported", _phrase("not_a_claim", language))
        pronoun = unclear_referent(parse_claim(_strip_question(clean(claim_text)), self.base), self.base)
        if pronoun is None:
            return None
        # the facts the claim would have been checked on, offered as the nearest (whom it may mean)
        near = self._check(claim_text, language=language, by_meaning=by_meaning)
        nearest = tuple(dict.fromkeys((*([near.fact] if near.fact else []), *near.nearest)))[:NEAREST]
        explanation = _phrase("unclear_referent", language, pronoun=pronoun)
        return Verdict(claim_text, language, "not_reported", explanation, nearest=nearest)

    def _check(self, claim_text: str, *, language: str | None = None, rivals: bool = True, by_meaning: bool = True) -> Verdict:
        # "The outsourcing firm in Nairobi ended its deal with the chatbot company": read as the question engine reads an
        # entity described without its name, by the same curated descriptions (a description of two names neither).
        stripped = _strip_question(clean(claim_text))
        described = self.engine.described(stripped, claim=True)
        if described != stripped and parse_claim(stripped, self.base).placed:
            # "Is OpenAI an Eastern European company?": a demonym placing a name stays, not read as the place it describes.
            described = stripped
        text = _colon_said(_paraphrased(described), self.base)
        claim = parse_claim(text, self.base)
        language = language or guess_language(claim_text)
        candidates = self._candidates(claim)
        readings = [self._read(claim, fact, confidence) for fact, confidence in candidates]
        verdict = self._weigh(claim_text, claim, language, candidates, readings, by_meaning=by_meaning)
        if verdict.verdict == "not_reported" and rivals:
            # "Jindal told CNN ...": what a close fact says with another name in that place (`rivals`: once, not again
            # for the claim with that name changed).
            verdict = (
                self._other_name(claim_text, text, claim, readings, language)
                # "described their work in interviews with CNN": the outlet a close fact names is another
                or self._other_outlet(claim_text, claim, readings, language)
                # "Why did OpenAI's paper blame its contractors?": the deed a close fact records, the other way round
                or self._reversed_deed(claim_text, claim, readings, language)
                # "Has OpenAI hired the South American developer?": the closest fact denies that very deed
                or self._denied_deed(claim_text, claim, readings, language)
                # "Do AI contractors usually get health insurance?": what a close fact says they are without
                or self._had_lacking(claim_text, claim, readings, language)
                # "Savreux earns less than Missouri's minimum wage": a close fact compares the two the other way round
                or self._opposite_comparison(claim_text, claim, readings, language)
                or verdict
            )
        return verdict

    def _weigh(
        self,
        claim_text: str,
        claim: ParsedClaim,
        language: str,
        candidates: list[tuple[Fact, float]],
        readings: list[_Reading],
        *,
        by_meaning: bool = True,
    ) -> Verdict:
        """The verdict on a claim from each candidate fact's reading."""
        nearest = tuple(f for f, c in candidates[:NEAREST] if c > 0) or tuple(f for f, _ in candidates[:NEAREST])
        checkable = _checkable(claim)
        supported = [r for r in readings if self._supports(claim, r, by_meaning=by_meaning)]
        supported = self._nearest_in_meaning(claim, supported, readings)
        if not checkable and not supported:
            # Nothing to check it on: only a fact saying it in its own words, close in meaning (see support.py), settles it.
            return self._not_reported(claim_text, language, nearest)
        contradictions = [r for r in readings if r.conflicts and self._relevant(claim, r) and not self._a_side_says(claim, r)]
        if not checkable:
            contradictions = []  # a claim with no checkable point is never contradicted
        if any(
            r.said_by_them and r.confidence >= RELEVANT_CONFIDENCE and not {"entity", "quote"} & set(r.unsettled)
            for r in readings
        ):
            # A fact gives the words to the one the claim says said them: another that quotes someone else denies nothing.
            contradictions = [r for r in contradictions if any(p != "quote" for p, _, _ in r.conflicts)]
        claim_support = [r for r in supported if r.fact.kind == "claim"]
        if claim_support:
            best = max(claim_support, key=lambda r: (len(set(r.matched)), r.confidence))
            rivals = [r for r in contradictions if r.confidence > best.confidence]
            if _structured(best.matched):
                rivals = [r for r in rivals if {p for p, _, _ in r.conflicts} & set(best.matched)]
            else:
                # A support resting on names alone settles no point: a closer fact about the same names that
                # contradicts the claim wins ("OpenAI laid off the Invisible contractors": it was Invisible).
                named = {e for e in claim.entity_ids if self.base.entities[e].type != "place"}
                rivals = [r for r in rivals if named <= set(r.fact.entities)]
            if "actor" in best.matched and any(
                r.of_another and r.confidence > best.confidence and r.confidence >= RELEVANT_CONFIDENCE for r in readings
            ):
                # A closer fact gives the deed to someone else ("a year of AI contract work" is Kumar's): a farther one
                # recording the claim's person's deed does not settle it, nor does the closer one deny it.
                return self._not_reported(claim_text, language, nearest)
            if rivals and all(r.fact.kind == "discrepancy" for r in rivals):
                # A closer disagreement says this of someone else ("AI contract work for a year" is Kumar's): not
                # settled by the farther fact, and not contradicted by a disagreement either.
                return self._not_reported(claim_text, language, nearest)
            if rivals:
                # A closer fact gives another value for the same point: "Savreux earns $12 an hour" meets the
                # minimum wage's $12 but his own $15.
                claim_support = []
        if claim_support and claim.double_negation:
            # "OpenAI did not decline to comment": the opposite of a fact's denial is contradicted by it, never
            # supported by it; a fact that denies nothing does not settle a double denial.
            if self._negative[best.fact.id] or self._negative_word[best.fact.id]:
                return self._verdict(claim_text, language, "contradicted", best.fact, "contradicted_plain", _basis(best.matched))
            return self._not_reported(claim_text, language, nearest)
        if claim_support:
            strong = bool(_NEGATION.search(_norm(claim.text)))
            fact_negative = self._negative[best.fact.id] if strong or not claim.negated else self._negative_weak[best.fact.id]
            if strong and not fact_negative and claim.language == "fr" and self._negative_weak[best.fact.id]:
                # French says with "ne ... pas" what English says with "no" or "without" ("il n'y aurait pas de systèmes
                # d'IA": "there would be no AI systems without them"): a French denial is weighed as the French statement
                # words it, which denies in the same words, against the English one's denial.
                # ... and only where it denies what the claim denies ("les formateurs ne sont pas des grunt workers"
                # denies nothing the statement's "il n'y aurait pas de systèmes d'IA" denies)
                french = _french_denials(best.fact.statement_fr or "")
                fact_negative = bool(_NEGATION.search(french)) and bool(
                    (_denials_said(_norm(claim.text)) - _FRAMING) & _denials_said(french)
                )
            denied = {
                t for m in _NEGATION.finditer(_norm(claim.text)) for t in _denied_words(_norm(claim.text)[m.end() : m.end() + 80])
            }
            negative_words = self._negative_word[best.fact.id]
            if claim.negated and not fact_negative and _denies_as_un(claim.text, best.fact.statement):
                fact_negative = True  # "without insurance" says what "uninsured" says
            if claim.negated and not fact_negative and negative_words and (not denied or denied & negative_words):
                # "was not paid" against "unpaid": not settled either way without reading the words' sense. A denial
                # of something else ("has not hired any" against "without naming a source") is contradicted below.
                return self._not_reported(claim_text, language, nearest)
            if fact_negative and not claim.negated and not (claim.tokens - _FRAMING) & self._denied[best.fact.id]:
                fact_negative = False  # the fact's "not" is about another part of its sentence than the claim
            heads = _denial_heads(_norm(claim.text))
            if (
                fact_negative
                and claim.negated
                and heads
                and heads <= _tokens(" ".join((best.fact.statement, best.fact.statement_fr or "")))
                and not heads & (self._denied[best.fact.id] | self._denied_head[best.fact.id] | negative_words)
            ):
                # "OpenAI never tested applicants" against "a five-hour unpaid coding test": two denials of different things
                # are no agreement (what the claim denies, the fact may say; its assertion is checked on its own).
                return self._not_reported(claim_text, language, nearest)
            unpaid = any(a.amount == 0 for a in best.fact.answers.money)  # the test's pay, curated as none: not a person's
            if (
                fact_negative
                and not claim.negated
                and self._denies_one[best.fact.id]
                and _names_people(claim.text)
                and not unpaid
            ):
                # "OpenAI hired programmers" against "the developer had not yet been hired": what one person was not
                # given says nothing of a group; no contradiction (and no support) from it.
                return self._not_reported(claim_text, language, nearest)
            if (
                fact_negative
                and claim.negated
                and (denying := _denials_said(_norm(claim.text)))
                and not denying & (self._denied[best.fact.id] | self._denied_head[best.fact.id] | negative_words)
                and not self._lacking[best.fact.id]
            ):
                # "The developer who took the coding test is not in South America" against "had not yet been hired": a
                # denial of something else than what the fact denies agrees with nothing in it.
                return self._not_reported(claim_text, language, nearest)
            if claim.negated and not fact_negative and self._not_first[best.fact.id] and _NOT_FIRST.search(_norm(claim.text)):
                fact_negative = True  # "this isn't the first time" in both: the same "not the first", no denial between them
            if fact_negative != claim.negated and best.reworded:
                # The encoder barely tells a sentence from its denial: a support on meaning settles no denial either way
                # ("shouldn't show off" against "not supposed to brag").
                return self._not_reported(claim_text, language, nearest)
            if claim.negated and not fact_negative and _one_person_subject(_norm(claim.text)):
                # A denial of one person is not contradicted by what is said of a group ("the developer was not hired"
                # against "OpenAI is hiring developers").
                return self._not_reported(claim_text, language, nearest)
            if fact_negative != claim.negated:
                # A claim denying what a fact says, or asserting what it denies ("OpenAI commented on its hiring
                # practices" against "declined to comment"), is contradicted by it.
                return self._verdict(claim_text, language, "contradicted", best.fact, "contradicted_plain", _basis(best.matched))
            if not claim.negated and _FIRST.search(_norm(claim.text)) and self._not_first[best.fact.id]:
                # "Is this the first time OpenAI has used contractors?" against "this is not the first time": the
                # fact's "not the first" (left out of its denials above: it says it was done before) denies a first.
                return self._verdict(claim_text, language, "contradicted", best.fact, "contradicted_plain", _basis(best.matched))
            if not claim.negated and (claim.tokens - _FRAMING) & self._lacking[best.fact.id] and not claim.tokens & _SCARCE:
                # "earns $15 an hour with benefits" where the fact says "without benefits": not what it says.
                return self._not_reported(claim_text, language, nearest)
            if _SUPPOSED.search(_norm(claim.text)) and _NOT_SUPPOSED.search(_norm(" ".join(best.fact.wordings))):
                # "Altman said he is supposed to brag" against "I know I'm not supposed to brag": what the fact denies.
                return self._verdict(claim_text, language, "contradicted", best.fact, "contradicted_plain", _basis(best.matched))
            names = frozenset(t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n))
            if to_come_unsaid(claim.text, best.fact) or only_unsaid(claim, best.fact, names):
                # "Invisible will lay off dozens of contractors" (it did), "Only DeepMind is owned by Google": what the
                # claim says beyond the fact's points, which the fact does not say (see modality.py).
                return self._not_reported(claim_text, language, nearest)
            if name_out_of_place(claim.text, best.fact, self.base) or told_another(
                claim.text, best.fact, self.base, self._outlets(best.fact)
            ):
                # "OpenAI put Altman's headcount at 375", "two contractors spoke to Jatin Kumar" (it was NBC News): one of
                # the fact's names where its words put another, or one the fact says nothing was said to (places.py).
                return self._not_reported(claim_text, language, nearest)
            denier = self._denier(claim, best, readings)
            if denier is not None:
                # Another fact as close denies it ("Has the developer been hired?" - "had not yet been hired").
                if denier.confidence >= best.confidence:
                    return self._verdict(claim_text, language, "contradicted", denier.fact, "contradicted_plain", "entity")
                return self._not_reported(claim_text, language, nearest)
            dispute = (
                self._side_said(claim, readings, best)
                or self._dispute_on_point(claim, best)
                or self._dispute_as_close(claim, best, supported)
            )
            if dispute is not None:
                # The articles differ on this very point: say so and show each side, rather than one side.
                return self._verdict(claim_text, language, "disputed", dispute, "disputed", _basis(best.matched))
            return self._verdict(claim_text, language, "supported", best.fact, "supported", _basis(best.matched))
        dispute_support = [r for r in supported if r.fact.kind == "discrepancy" and _on_status(claim, r.fact)]
        if dispute_support and not claim.negated:
            best = max(dispute_support, key=lambda r: (len(set(r.matched)), r.confidence))
            return self._verdict(claim_text, language, "disputed", best.fact, "disputed", _basis(best.matched))

        # A point another fact settles in the claim's favour is not contradicted by a farther one.
        # (A fact's own agreement on one place does not unsettle its denial of another: "the Nairobi vote was in Uganda".)
        # A fact that leaves the claim's deed unsettled settles none of its points for the fact recording that deed ("OpenAI
        # hired its contractors mostly in Africa": the Nairobi union vote's Kenya is no place of OpenAI's hiring).
        def settled(point: str, besides: _Reading) -> float:
            deed = "actor" in besides.matched
            return max(
                (
                    r.confidence
                    for r in readings
                    if r is not besides
                    and "entity" not in r.unsettled
                    and point in r.matched
                    and not (deed and "actor" in r.unsettled)
                ),
                default=-1.0,
            )

        contradictions = [r for r in contradictions if any(settled(p, r) < r.confidence for p, _, _ in r.conflicts)]
        # The fact recording the claim's very deed judges it: a farther one that does not record that deed gives
        # another figure of something else ("OpenAI hired 1,000 people": its hiring, not its headcount of 375).
        deed = max((r.confidence for r in readings if "actor" in r.matched and "entity" not in r.unsettled), default=None)
        if deed is not None:
            contradictions = [r for r in contradictions if "actor" not in r.unsettled or r.confidence > deed]
        if _BARE_NEGATION.search(_norm(claim.text)):
            # "OpenAI did not hire 2,000 contractors" is not contradicted by its 1,000; who said it still can be.
            contradictions = [r for r in contradictions if all(p in ("quote", "role") for p, _, _ in r.conflicts)]
        if contradictions:
            shares = {n.kind for n in claim.numbers} & {"percent"}
            best = max(
                contradictions,
                key=lambda r: (
                    # A share claim is checked against the share the articles give ("Microsoft owns 51% of OpenAI":
                    # its 49% stake), before what a fact says of the deed without a share.
                    bool(shares & {p for p, _, _ in r.conflicts}),
                    len(set(_structured_points(r.matched))),
                    # What a fact says of the one the claim names before what another says of someone else
                    # ("Matelich works at OpenAI": her own role at Invisible, not another trainer's work for OpenAI).
                    not r.swapped,
                    r.fact.kind == "claim",
                    r.confidence,
                ),
            )
            point, instead, claimed = best.conflicts[0]
            # Who did it: the articles name someone else for what they report ("Sama ended its partnership"), which
            # is not to say that one did what the claim says ("fired the workers"): the statement tells what.
            # A deed or a workplace rather than a name ("Microsoft invested in OpenAI, not that Microsoft owns OpenAI")
            # is what the articles say, not whom they name.
            named = point == "actor" and not claimed.startswith(("that ", "at "))
            phrase = "contradicted_actor" if named else "contradicted"
            if language == "fr":
                phrase, instead, claimed = self._in_french(best.fact, point, phrase, instead, claimed)
            explanation = _phrase(
                phrase,
                language,
                instead=instead,
                claimed=claimed,
                statement=best.fact.statement_in(language),
            )
            return Verdict(claim_text, language, "contradicted", explanation, best.fact, best.fact.citations, point=point)
        # a close fact settling the claim's points (its deed, its places) without a word of support is on the passages
        # the discrepancies it is linked to differ on ("a déjà embauché environ un millier ... en Amérique latine")
        settling = next((r for r in readings[:NEAREST] if _structured(r.matched) and not r.conflicts and not r.unsettled), None)
        said = self._side_said(claim, readings, settling)
        if said is not None:
            # The claim says one side's curated words on a point the articles differ on ("only planning to hire those
            # 1000"): each side is shown, though no fact of one side alone supports it.
            return self._verdict(claim_text, language, "disputed", said, "disputed", "side")
        side = self._side_taken(claim, readings)
        if side is not None and (not claim.negated or denies_a_whole(claim)):
            return self._verdict(claim_text, language, "disputed", side.fact, "disputed", "side")
        # An undated fact never confirms a year: say what the articles give instead.
        for r in readings[:3]:
            if claim.dates and r.fact.when and not r.fact.when.date and "date" in r.unsettled and self._relevant(claim, r):
                words = r.fact.when.text_in(language)
                explanation = _phrase("not_reported", language) + " " + _phrase("not_reported_year", language, when=words)
                return Verdict(claim_text, language, "not_reported", explanation, None, (), nearest=(r.fact,))
        return self._not_reported(claim_text, language, nearest)

    def _in_french(self, fact: Fact, point: str, phrase: str, instead: str, claimed: str) -> tuple[str, str, str]:
        """A contradiction's values for a French reader: figures the French way, the date in the fact's French words;
        a role or a doer the curated answers word in English ("partner and head of operations at Invisible") gives
        way to the plain wording, whose French statement says it."""
        if point == "date" and fact.when is not None:
            return phrase, fact.when.text_in("fr"), claimed
        names = instead.split(" and ")
        if len(names) > 1 and all(name in self._entity_names for name in names):
            instead = " et ".join(names)  # "Nairobi et Kenya": names joined for an English sentence
        if point == "role" or (point == "actor" and instead not in self._entity_names):
            said = _claimed_in_french(claimed)
            return ("contradicted_other", instead, said) if said else ("contradicted_plain", instead, claimed)
        if point == "quote":
            # who said it: names, the same in French ("Les articles nomment Satya Nadella, et non Tim Cook")
            return "contradicted_actor", instead, claimed
        if point != "actor":
            figure, _, of = instead.partition(" (")
            said, claimed = _FRENCH_MAGNITUDES.get(figure, french_figure(figure)), french_figure(claimed)
            unit = next(iter(_tokens(of) & _DURATION_UNITS), None) if point == "count" else None
            if unit is not None:
                # "5 (hours the unpaid coding test took)": the unit, as the English gives it with the `of`
                said, claimed = _with_french_unit(said, unit), _with_french_unit(claimed, unit)
            return phrase, said, claimed
        return phrase, instead, claimed

    def _verdict(self, claim: str, language: str, verdict: str, fact: Fact, phrase: str, point: str | None) -> Verdict:
        statement = fact.statement_in(language)
        subject = fact.subject_in(language)
        if verdict == "disputed" and not subject:
            # No subject in the reader's language (a base without French for it): the statement gives each side.
            explanation = _phrase("disputed_plain", language, statement=statement)
            return Verdict(claim, language, verdict, explanation, fact, fact.citations, point=point)
        explanation = _phrase(phrase, language, statement=statement, subject=subject or "")
        if verdict == "disputed":
            sides = (" ; " if language == "fr" else "; ").join(
                label("verdict.side", language, article=self.base.sources[c.source_id].display_title, position=position)
                for c in fact.citations
                if (position := c.position_in(language))
            )
            if sides:
                explanation += label("verdict.each_side", language, sides=sides)
        return Verdict(claim, language, verdict, explanation, fact, fact.citations, point=point)

    def _not_reported(self, claim: str, language: str, nearest: tuple[Fact, ...]) -> Verdict:
        return Verdict(claim, language, "not_reported", _phrase("not_reported", language), None, (), nearest=nearest)


#: An order of magnitude or a part in words, as a fact's English statement gives it, for a French reader.
_FRENCH_MAGNITUDES = {
    "dozens": "des dizaines", "a dozen": "une douzaine", "hundreds": "des centaines", "thousands": "des milliers",
    "a few": "quelques-uns", "a handful of": "une poignée", "some": "certains", "many": "beaucoup", "several": "plusieurs",
}  # fmt: skip


_CHECKERS: weakref.WeakKeyDictionary[Engine, ClaimChecker] = weakref.WeakKeyDictionary()


_CHECKERS_LOCK = threading.Lock()


def checker_for(engine: Engine) -> ClaimChecker:
    """The claim checker of an engine, built once per engine (a reloaded fact base gets a new engine, so a new one)."""
    with _CHECKERS_LOCK:
        checker = _CHECKERS.get(engine)
        if checker is None:
            checker = _CHECKERS[engine] = ClaimChecker(engine)
        return checker
