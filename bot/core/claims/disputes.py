"""Discrepancies: a claim on a point the articles disagree on, a side taken, a fact that denies it."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.claims.base import CheckerBase
from bot.core.claims.reading import _FRAMING, ParsedClaim, _norm, _tokens, parse_claim
from bot.core.claims.thresholds import (
    CURATED_SIDE_CONFIDENCE,
    DENIER_MARGIN,
    DISPUTE_COVERAGE,
    NEAREST,
    RELEVANT_CONFIDENCE,
    SIDE_CONFIDENCE,
    SIDE_COVERAGE,
)
from bot.core.claims.verdict import _Reading
from bot.core.claims.words import (
    _ACTION_WORDS,
    _DATE_TOKENS,
    _NUMBER_TOKENS,
    _SOFT,
    _inside,
    _names_one_person,
    _names_people,
    _numbers_as_digits,
    _structured_points,
)
from bot.core.models import Fact


def _on_figures(claim: ParsedClaim, dispute: Fact) -> bool:
    """Whether a disagreement is on the figures a claim gives: its curated answers record a figure of their kind (the
    points the articles differ on), so a detail one side gives and the others leave out is not disputed by it. A
    disagreement on nothing but a figure does not dispute a claim that gives none ("Microsoft announced a
    multi-billion dollar investment": the articles differ on the sum, not on the investment)."""
    numbers = [n for n in claim.numbers if n not in _population(claim, dispute)]
    if not numbers:
        return not (dispute.answer_kinds and dispute.answer_kinds <= _FIGURE_KINDS)
    return any(number.kind in dispute.answer_kinds for number in numbers)


_FIGURE_KINDS = frozenset({"count", "money", "percent"})


def _population(claim: ParsedClaim, dispute: Fact) -> list:
    """The claim's head counts that a disagreement's subject gives as whom it is about, and does not curate as a point
    of it ("the roughly 1,000 hires were data-labeling contractors": what work the roughly 1,000 were hired for)."""
    if "count" in dispute.answer_kinds:
        return []
    about = {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", dispute.subject or "")}
    return [n for n in claim.numbers if n.kind == "count" and n.value in about]


#: A disagreement on whether something was done or is to come ("already hired or plans to hire").
_STATUS_SUBJECT = re.compile(r"\b(?:already|future|plans? to|to come|deja|a venir|prevoit)\b")


#: Words of a claim that say whether it was done or is to come.
_STATUS_WORDS = re.compile(
    r"\b(?:will|would|going to|plans?|planned|planning|intends?|already|so far|by now|future|yet|were|was|has|have|had|"
    r"deja|va|vont|prevoit|prevu|projet|futur|a venir|ont ete|a ete)\b"
)


#: Words by which a claim insists that a deed is done, or still to come: "it's done", "already", "déjà faits".
_EXPLICIT_STATUS = re.compile(
    r"\b(?:already|(?:it'?s|it is|is|are|were|was|all) (?:done|over|complete|completed|finished)|so far|by now|not yet|"
    r"still (?:to come|planned|a plan)|only (?:a )?plan(?:ned|s)?|deja|pas encore|a venir|"
    r"(?:sont|etaient|ont ete|pas) (?:faits?|faites|realisee?s?|effectuee?s?|terminee?s?)|projet d'(?:embauche|recrutement)s?)\b"
)


def _takes_status(claim: ParsedClaim, dispute: Fact) -> bool:
    """Whether a claim says in so many words that a deed is done or to come ("it's done", "déjà faits", "only a plan")
    where the articles differ on exactly that: the status is then its point, whatever else it says."""
    return bool(_STATUS_SUBJECT.search(_norm(dispute.subject or ""))) and bool(_EXPLICIT_STATUS.search(_norm(claim.text)))


def _on_status(claim: ParsedClaim, dispute: Fact) -> bool:
    """Whether a claim takes a side in a disagreement on whether a deed was done or is to come: it says the deed
    (hired, plans to hire) or when it stands ("were", "will", "already"). "40% of OpenAI's contractors are programmers"
    takes none: the articles differ on the split's tense, not on the split."""
    if dispute.answers.actor or not _STATUS_SUBJECT.search(_norm(dispute.subject or "")):
        return True  # a curated deed ("plans to hire over 1,000") is a point of its own, figures and all
    deeds = {a for a, _ in claim.actions} & {"hire", "plan-hire"}
    return bool(deeds) or bool(_STATUS_WORDS.search(_norm(claim.text)))


#: A denial of a whole ("not everyone", "not all of them", "pas tous", "ne sont pas tous"): it says some are not, which
#: is what a side giving a split says against a side saying all.
_NOT_ALL = re.compile(r"\b(?:not (?:all|every(?:one|body)?|each)|pas (?:tou(?:s|tes)|tout le monde)|aucun(?:e)? ne)\b")


def denies_a_whole(claim: ParsedClaim) -> bool:
    """Whether a claim's denial is of a whole ("Not everyone OpenAI recruited is a labeler")."""
    return bool(_NOT_ALL.search(_norm(claim.text)))


#: Words of emphasis a claim adds around what it takes from a side ("even the ones doing data labeling", "même"): they
#: say nothing the sides could differ on.
_EMPHASIS = _tokens("even ones meme")


def _curated_figure_said(claim: ParsedClaim, dispute: Fact) -> set[str]:
    """The kinds of figure (count, money, percent) a claim gives with a value the disagreement's curated answers give
    ("about 1,000" hired, where the articles differ on whether they were hired or are to be): not the figure of whom
    the disagreement is about, which it does not curate."""
    curated = _curated_figures(dispute)
    population = _population(claim, dispute)
    return {n.kind for n in claim.numbers if n.kind in dispute.answer_kinds and n.value in curated and n not in population}


def _point_tokens(dispute: Fact) -> frozenset[str]:
    """The words of a disagreement's point, in both languages: its subject and every side's position ("à distance" is a
    French claim's word for the sides' "remote")."""
    texts = [dispute.subject or "", dispute.subject_fr or ""]
    texts += [p or "" for c in dispute.citations for p in (c.position, c.position_fr)]
    return _tokens(" ".join(texts))


def _side_tokens(position: str | None) -> set[str]:
    """The words and figures of a side's position."""
    return set(_tokens(position or "")) | set(re.findall(r"\d+", _norm(position or "")))


def _pattern(phrase: str) -> str:
    """A curated phrase as a pattern on `_norm`ed text ("temoign*": any word it starts)."""
    return re.escape(_norm(phrase).rstrip("*")) + (r"\w*" if phrase.endswith("*") else "")


@lru_cache(maxsize=512)
def _phrases(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern finding any of a discrepancy's curated phrases in a claim's text, as whole words."""
    if not phrases:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(sorted({_pattern(p) for p in phrases}, key=len, reverse=True)) + r")(?![\w])")


@lru_cache(maxsize=512)
def _side_phrases(says: tuple[tuple[str, ...], ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern for every side's phrases, the longest first, each in a group of its side's: a phrase inside a longer
    one of another side counts for the longer's ("not everyone" is a split's, not "everyone"'s)."""
    phrases = sorted({(p, i) for i, side in enumerate(says) for p in side}, key=lambda pi: len(_norm(pi[0])), reverse=True)
    groups = tuple(f"s{i}_{k}" for k, (_, i) in enumerate(phrases))
    alternatives = "|".join(f"(?P<{g}>{_pattern(p)})" for g, (p, _) in zip(groups, phrases, strict=True))
    return re.compile(r"(?<![\w])(?:" + alternatives + r")(?![\w])"), groups


def _curated_figures(dispute: Fact) -> set[float]:
    """The figures a disagreement's curated answers give (one side's: the French article's 100% data labellers)."""
    answers = dispute.answers
    return {a.value for a in (*answers.count, *answers.percent)} | {a.amount for a in answers.money}


def sides_said(text: str, dispute: Fact) -> frozenset[int]:
    """The sides of a discrepancy (their indexes in its `sides.says`) whose curated words a claim says, when it is on
    the discrepancy's point; none when it is not, or when the discrepancy has no curated sides. `text` is `_norm`ed."""
    sides = dispute.sides
    if sides is None:
        return frozenset()
    about = _phrases(sides.about)
    if about is not None and not about.search(text):
        return frozenset()
    pattern, _ = _side_phrases(sides.says)
    said: set[int] = set()
    denied: set[int] = set()
    for match in pattern.finditer(text):
        side = int((match.lastgroup or "s0").removeprefix("s").split("_")[0])
        # "a plan, not hires already made" / "pas des embauches déjà réalisées": a side denied is not the side taken
        (denied if _DENIAL_BEFORE.search(" ".join(text[: match.start()].split()[-3:])) else said).add(side)
    if not said and len(denied) == 1 and len(sides.says) == 2:
        said = {1 - next(iter(denied))}  # of two sides, denying one says the other ("not yet done": a plan)
    return frozenset(said)


#: A denial in the few words before a side's phrase.
_DENIAL_BEFORE = re.compile(
    r"(?:^|\s)(?:not|never|no|nor|none|nobody|isn't|aren't|wasn't|weren't|hasn't|haven't|pas|jamais|non|ni|aucune?)(?:\s|$)"
)


def takes_a_side(text: str, dispute: Fact) -> bool:
    """Whether a claim (its `_norm`ed text) takes one side of a discrepancy's curated sides: it says some side's words,
    not every side's ("already hired or only planned?" takes none)."""
    said = sides_said(text, dispute)
    return bool(said) and len(said) < len(dispute.sides.says)


#: What opens a clause of time before a deed ("before hiring him", "after laying them off", "avant de l'embaucher"): the
#: deed is when the claim's other one happened, taken for granted rather than asserted.
_TIME_CLAUSE = re.compile(
    r"\b(?:before|after|prior to|ahead of|until|avant (?:de|d'|qu\w*)|apres(?: (?:avoir|l'avoir|les avoir))?)\s*(?:[\w']+\s+)?$"
)


class _DisputeChecks(CheckerBase):
    """Where the articles disagree: whether a claim is on a discrepancy's point, takes a side, or is denied."""

    def _side_said(self, claim: ParsedClaim, readings: list[_Reading], support: _Reading | None = None) -> Fact | None:
        """A discrepancy whose curated sides the claim takes one of: among the closest facts, or (when a fact supports
        the claim) among those on that fact's passages. "Several applicants told Semafor ..." takes a side where
        Semafor names one developer: the fact that agrees with it is one side's, not the articles' settled word."""
        text = _norm(claim.text)
        # the closest facts, and discrepancies about as close as the closest ("the rest are coders": what work the 1,000 do)
        top = readings[0].confidence if readings else 0.0
        near = [
            r
            for k, r in enumerate(readings)
            if r.fact.kind == "discrepancy"
            and r.confidence >= CURATED_SIDE_CONFIDENCE
            and (k < NEAREST or r.confidence >= top - DENIER_MARGIN)
        ]
        linked = self.engine.disputes(support.fact.id) if support is not None else ()
        closeness = {r.fact.id: r.confidence for r in near}
        for dispute in dict.fromkeys([*(r.fact for r in near), *linked]):
            if not takes_a_side(text, dispute):
                continue
            given = {n.value for n in self._side_numbers(dispute)} | _curated_figures(dispute)
            if any(n.kind in _FIGURE_KINDS and n.value not in given for n in claim.numbers):
                continue  # a figure no side gives ("only 30% are programmers"): not one side's account
            if claim.dates and not dispute.answers.date:
                continue  # a date the disagreement is not about ("nearly 1,000 in March"): for the dated facts to settle
            if self._place_no_side_gives(claim, dispute):
                continue  # a place no side gives ("1000 coders from India"): the sides differ on something else
            reading = self._read(claim, dispute, closeness.get(dispute.id, support.confidence if support else 0.0))
            if (reading.conflicts and not self._sides_give_conflicts(claim, reading)) or "entity" in reading.unsettled:
                continue  # another value than every side's, or someone the disagreement is not about
            return dispute
        return None

    def _denier(self, claim: ParsedClaim, support: _Reading, readings: list[_Reading]) -> _Reading | None:
        """A fact about as close as the supporting one that denies what the claim asserts."""
        if claim.negated:
            return None
        content = {t for t in claim.tokens - _FRAMING if not t.isdigit()}
        recorded = {a.did for a in support.fact.answers.actor}
        norm = _norm(claim.text)
        # "gave him a coding test before hiring him": a deed in a clause of time is taken for granted, not asserted.
        asserted = [(a, at) for a, at in claim.actions if not _TIME_CLAUSE.search(norm[:at])]
        for reading in readings:
            fact = reading.fact
            if fact is support.fact or reading.confidence < RELEVANT_CONFIDENCE:
                continue
            verbs = {t for action, _ in asserted for t in _tokens(_ACTION_WORDS.get(action, ""))}
            if not self._negative[fact.id] or not verbs & self._denied_head[fact.id] or reading.conflicts:
                continue  # it must deny the very thing the claim says was done
            denied = {a for a, _ in asserted if set(_tokens(_ACTION_WORDS.get(a, ""))) & self._denied_head[fact.id]}
            if reading.confidence < support.confidence - DENIER_MARGIN and denied & recorded:
                continue  # farther off, and the supporting fact records that very deed: it settles it, not this one
            if self._denies_one[fact.id] and (_names_people(claim.text) or not _names_one_person(claim.text)):
                # what one person was not given ("the developer had not yet been hired") a group may have been, and
                # OpenAI may still be hiring
                continue
            if "entity" in reading.unsettled or len(content & self._vocab[fact.id]) < DISPUTE_COVERAGE * len(content):
                continue
            return reading
        return None

    def _dispute_as_close(self, claim: ParsedClaim, support: _Reading, supported: list[_Reading]) -> Fact | None:
        """A discrepancy that settles the claim's points as well as the supporting fact and is at least as close to it:
        the claim is on what the articles differ about, so one side's fact does not settle it ("the roughly 1,000
        hires were data-labeling contractors": Semafor says 60% of them, the French article all of them)."""
        points = set(_structured_points(support.matched))
        linked = {d.id for d in self.engine.disputes(support.fact.id)}
        for reading in supported:
            fact = reading.fact
            # A disagreement on the supporting fact's own passages that settles every point the fact settles may be a
            # little less close: it supports the claim on its own words and points, so the claim says what one of its
            # sides says ("OpenAI embauche des développeurs sous contrat pour étiqueter des données").
            whole = points <= set(_structured_points(reading.matched))
            floor = support.confidence - (DENIER_MARGIN if fact.id in linked and whole else 0.0)
            if fact.kind != "discrepancy" or reading.confidence < floor or "entity" in reading.unsettled:
                continue
            if not points & set(_structured_points(reading.matched)) & fact.answer_kinds or not _on_status(claim, fact):
                continue  # the point must be one the disagreement curates: words relayed differently settle no value
            if not _on_figures(claim, fact) or not self._on_places(claim, fact):
                continue  # a detail one side gives and another leaves out, or one side more precise: not a disagreement
            return fact
        return None

    def _a_side_says(self, claim: ParsedClaim, reading: _Reading) -> bool:
        """Whether a disagreement that gives another figure than the claim's has a side giving the claim's: then the claim
        takes a side ("about 60% do labeling" against the French article's "all of them"), it is not contradicted."""
        if reading.fact.kind != "discrepancy":
            return False
        figures = [n for n in claim.numbers if n.kind in {p for p, _, _ in reading.conflicts}]
        if not figures:
            return False
        sides = " ".join(f"{c.position or ''} {c.quote}" for c in reading.fact.citations)
        given = {n.value for n in parse_claim(_numbers_as_digits(_norm(sides)), self.base).numbers}
        return any(n.value in given for n in figures)

    def _side_taken(self, claim: ParsedClaim, readings: list[_Reading]) -> _Reading | None:
        """A discrepancy the claim takes one side of: its words are the fact's, and one of them is in some sides'
        positions but not in all ("spelled Savreaux", "Invisible Systems", "by January")."""
        content = {t for t in claim.tokens - _FRAMING - _SOFT if not t.isdigit()}
        for reading in readings[:NEAREST]:
            fact = reading.fact
            if fact.kind != "discrepancy" or reading.confidence < SIDE_CONFIDENCE:
                continue
            if reading.conflicts and not self._sides_give_conflicts(claim, reading):
                continue  # another figure than every side's ("80% do labeling") is contradicted, not a side taken
            if "entity" in reading.unsettled or not content:
                continue
            # each side in both languages: a French claim says "en janvier", "d'Amérique du Sud" as the side's French does
            sides = [_side_tokens(c.position) | _side_tokens(c.position_fr) for c in fact.citations]
            said = claim.tokens - _FRAMING
            taken = [bool(said & side) for side in sides]
            distinguishing = {t for t in said if any(t in side for side in sides) and not all(t in side for side in sides)}
            bound = self._bound_distinguishes(claim, fact)
            # A claim giving a value that tells the sides apart (a bound or a month only some give, a split the curated
            # value conflicts with) may word the rest its own way ("more than 1,000 people OpenAI is bringing in": the
            # plan's "over 1,000"). Words alone tell sides apart by their wording too ("brought on", "roughly"): not enough.
            coverage = SIDE_COVERAGE if bound or reading.conflicts or distinguishing & _DATE_TOKENS else DISPUTE_COVERAGE
            content = {t for t in content if t not in _EMPHASIS}
            vocab = self._vocab[fact.id].union(*sides)
            if not content or len(content & vocab) < coverage * len(content):
                continue
            figures = {t for t in said if t.isdigit()} | {str(d.year) for d in claim.dates if d.year}
            backed = any(t and figures <= side for t, side in zip(taken, sides, strict=True))
            if not _on_figures(claim, fact) or not self._on_places(claim, fact) or not _on_status(claim, fact):
                continue  # "a 49% stake": the sides differ on the sum, not the stake, which only one of them gives
            if not figures and not self._on_subject(claim, fact):
                continue  # "Savreux works at Jimmy John's" is not about what he credits with ending his homelessness
            if backed and (distinguishing or bound):
                return reading  # every figure the claim gives is one a side gives
        return None

    def _sides_give_conflicts(self, claim: ParsedClaim, reading: _Reading) -> bool:
        """Whether every figure of the claim that a disagreement's curated value conflicts with is one a side gives
        ("only 40% are programmers, the other 60% label data": Semafor's split, against the French article's all)."""
        if any(p not in _FIGURE_KINDS for p, _, _ in reading.conflicts):
            return False
        kinds = {p for p, _, _ in reading.conflicts}
        figures = [n for n in claim.numbers if n.kind in kinds]
        given = {n.value for n in self._side_numbers(reading.fact)}
        return bool(figures) and all(n.value in given for n in figures)

    def _side_numbers(self, dispute: Fact) -> list:
        """The figures the sides of a disagreement give, in their positions and quotes."""
        return [
            n
            for c in dispute.citations
            for n in parse_claim(_numbers_as_digits(_norm(f"{c.position or ''} {c.quote}")), self.base).numbers
        ]

    def _bound_distinguishes(self, claim: ParsedClaim, dispute: Fact) -> bool:
        """Whether a side gives one of the claim's figures with the claim's bound, a direction ("over", "under"), while
        another gives that value with another bound: "over 1,000" (a plan) against "roughly 1,000" (hired). An
        approximate figure is every side's in a loose sense ("about a thousand" is not "over 1,000" denied)."""
        for number in claim.numbers:
            if number.bound not in ("over", "under"):
                continue
            bounds = {
                n.bound
                for c in dispute.citations
                for n in parse_claim(_numbers_as_digits(_norm(c.position or "")), self.base).numbers
                if n.value == number.value
            }
            if number.bound in bounds and len(bounds) > 1:
                return True
        return False

    def _on_subject(self, claim: ParsedClaim, dispute: Fact) -> bool:
        """Whether a claim giving no figure speaks of what a disagreement is about: a word of its subject beyond names."""
        names = {t for e in (*claim.entity_ids, *dispute.entities) for n in self._names(e) for t in _tokens(n)}
        about = _tokens(dispute.subject or "") - names - _FRAMING
        return bool(about & (claim.tokens - names - _FRAMING))

    def _place_no_side_gives(self, claim: ParsedClaim, dispute: Fact) -> bool:
        """Whether a claim names a place the articles never name (India) that none of a disagreement's curated places
        holds: no side gives it. (A place some other fact gives, "Latin America", is left to the sides' facts.)"""
        given = {w for a in dispute.answers.place for w in a.where}
        return any(p not in given and not any(_inside(p, g) for g in given) for p in claim.other_places)

    def _on_places(self, claim: ParsedClaim, dispute: Fact) -> bool:
        """Whether a disagreement is on the place a claim gives: its curated places are two that neither holds the
        other. "Austin, Texas" against "Texas" is one side more precise, so "Kumar lives in Texas" is not disputed."""
        places = [e for e in claim.entity_ids if self.base.entities[e].type == "place"] + list(claim.other_places)
        if not places:
            return True
        given = list(dict.fromkeys(w for a in dispute.answers.place for w in a.where))
        return any(a != b and not _inside(a, b) and not _inside(b, a) for a in given for b in given)

    def _dispute_on_point(self, claim: ParsedClaim, support: _Reading) -> Fact | None:
        """A discrepancy on the passages that support a claim, when it is about what the claim says."""
        content = {t for t in claim.tokens - _FRAMING - _SOFT if not t.isdigit() and t not in _DATE_TOKENS | _NUMBER_TOKENS}
        structured = set(_structured_points(support.matched))
        if not structured:
            return None  # nothing checkable for the sides to differ on
        on_point = [d for d in self.engine.disputes(support.fact.id) if self._is_on_point(claim, support, d, content, structured)]
        # Of several disagreements on the passage, the one a side of which gives the claim's very figure, bound and all
        # ("more than 1,000": the plan to hire over 1,000, not what work the roughly 1,000 do).
        return max(on_point, key=lambda d: (self._side_gives_figure(claim, d), not _population(claim, d)), default=None)

    def _side_gives_figure(self, claim: ParsedClaim, dispute: Fact) -> bool:
        """Whether a side of a disagreement gives one of the claim's figures with the claim's bound ("over 1,000")."""
        given = {
            (n.value, n.bound)
            for c in dispute.citations
            for n in parse_claim(_numbers_as_digits(_norm(c.position or "")), self.base).numbers
        }
        return any((n.value, n.bound) in given for n in claim.numbers)

    def _is_on_point(self, claim: ParsedClaim, support: _Reading, dispute: Fact, content: set[str], structured: set[str]) -> bool:
        """Whether a disagreement on the supporting fact's passages is about what the claim says."""
        if _takes_status(claim, dispute) and _on_figures(claim, dispute):
            # "OpenAI has hired around 1,000 contractors in Latin America, it's done": the places are agreed, the
            # status is the point the articles differ on.
            reading = self._read(claim, dispute, support.confidence)
            if not reading.conflicts and "entity" not in reading.unsettled and set(reading.matched) & structured:
                return True
        if not _on_figures(claim, dispute) or not self._on_places(claim, dispute) or not _on_status(claim, dispute):
            return False  # "a 49% stake": the sides differ on the sum, not the stake, which only one of them gives
        sides = _tokens(" ".join(c.position or "" for c in dispute.citations))
        values = {t for t in claim.tokens if t.isdigit()} | {e for e in claim.entity_ids if self.base.entities[e].type == "place"}
        reading_points = set(_structured_points(self._read(claim, dispute, support.confidence).matched))
        place_named = {e for e in values if e in self.base.entities and _tokens(self.base.entities[e].name) <= sides}
        if not (reading_points & structured or ({v for v in values if v.isdigit()} & sides) or place_named):
            return False
        if not dispute.answer_kinds and reading_points & structured <= {"quote"} and not values:
            # The articles relay someone's words differently (a paraphrase leaving out "grunt workers"): with no
            # curated value to differ on, the words one of them quotes are not disputed by the other's omission.
            return False
        reading = self._read(claim, dispute, support.confidence)
        if reading.conflicts or "entity" in reading.unsettled:
            return False
        if _population(claim, dispute):
            # Whom it is about is no point of the disagreement: the claim must say what the sides differ on, in words
            # beyond its subject's ("data-labeling contractors", not only "OpenAI hired about 1,000 contractors").
            beyond = content - _tokens(dispute.subject or "")
            if not beyond & _tokens(" ".join(c.position or "" for c in dispute.citations)):
                return False
        point = _point_tokens(dispute)
        # the names both give are settled already ("the 1,000 people OpenAI hired": OpenAI is the disagreement's too)
        named = {t for e in set(claim.entity_ids) & set(dispute.entities) for n in self._names(e) for t in _tokens(n)}
        content = content - named
        covered = content & point
        return bool(content) and len(covered) >= DISPUTE_COVERAGE * len(content)
