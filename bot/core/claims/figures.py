"""A claim's figures (counts, sums of money, percentages, stakes, quarters, magnitudes) against a fact's curated ones."""

from __future__ import annotations

import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.reading import (
    _ACTION_GROUP,
    _CLAIM_SYNONYMS,
    _FRAMING,
    _PARTIAL,
    _QUARTER,
    _STAKE,
    _UNIVERSAL,
    Number,
    ParsedClaim,
    _find_entities,
    _magnitude,
    _norm,
    _quarter,
    _sum_magnitude,
    _tokens,
    _verb_words,
    fiscal_years,
)
from bot.core.claims.thresholds import SURE_CONFIDENCE
from bot.core.claims.verdict import _fmt_money, _fmt_number, _Reading
from bot.core.claims.words import (
    _DURATION_UNITS,
    _GENERIC_MONEY,
    _LAID_OFF_PEOPLE,
    _agrees,
    _duration_of,
    _numbers_as_digits,
    _open,
)
from bot.core.models import CountAnswer, Fact, MoneyAnswer, PercentAnswer
from bot.core.text import stem

#: A curated figure of a deed still to come ("workers Microsoft will let go").
_FUTURE = re.compile(r"\b(?:will|would|plans? to|is to|are to)\b")
#: A claim that speaks of the deed as to come, or as announced ("will lay off", "announced", "said", "va licencier").
_FUTURE_OR_SAID = re.compile(
    r"\b(?:will|would|plans?|planned|planning|going to|is to|are to|set to|supposed to|due to|meant to|scheduled|expected|announc\w*|said|says|told|expects?|"
    r"va|vont|allait|prevoit|prevu|doit|doivent|devrait|devraient|annonc\w*|dit|declare)\b"
)

#: Each unit of time in hours, so that spans in different units compare ("five days" is not "five hours").
_HOURS = {"minut": 1 / 60, "hour": 1, "day": 24, "week": 168, "month": 730, "year": 8760}

#: A span of time a text gives: "over the past six months", "for a year", "au cours des six derniers mois".
_SPAN = re.compile(r"\b(\d+|a|an|one|un|une)[ -]([^\W\d_]+)(?: ([^\W\d_]+))?")

#: A claim saying that some are left out of its count ("not counting contractors", "sans les sous-traitants").
_LEFT_OUT = re.compile(
    r"\b(?:not|n't|without|excluding|except|besides|apart from|other than|sans|hors|hormis|sauf|pas|non|exclu\w*|ni)\b"
)

#: What puts a claim's figure of time as the span something happened over ("over the past two years", "sur 12 mois").
_SPAN_BEFORE = re.compile(
    r"\b(?:over|in|during|for|across|sur|en|pendant|depuis|au cours)(?: (?:the|des|de|les|d'))?"
    r"(?: (?:past|last|previous|dernier|derniers|dernieres|derniere))?\s*$"
)


def _currency(text: str) -> str | None:
    """The currency a claim's sum is written in ("€15", "15 euros", "$15", "15 dollars"), or None when it names none."""
    norm = text.casefold()
    if "€" in norm or re.search(r"\beuros?\b", norm):
        return "EUR"
    if "$" in norm or re.search(r"\b(?:dollars?|bucks?|usd)\b", norm):
        return "USD"
    return None


def _spans(text: str) -> list[tuple[float, str]]:
    """The spans of time a text gives, each as (hours, its words): "six months" -> (4380, "6 months")."""
    found = []
    for m in _SPAN.finditer(_numbers_as_digits(text)):
        for last in (2, 3):  # "six months", "deux dernières années"
            word = m.group(last)
            unit = _CLAIM_SYNONYMS.get(stem(_norm(word)), stem(_norm(word))) if word else None
            if unit in _HOURS:
                value = float(m.group(1)) if m.group(1).isdigit() else 1.0
                found.append((value * _HOURS[unit], m.group(0) if last == 3 else f"{m.group(1)} {m.group(2)}"))
                break
    return found


#: What each order of magnitude in words (reading.py's _MAGNITUDES) can mean, at the widest: "dozens" is not 12 nor 500.
_MAGNITUDE_RANGES = {1: (2, 9), 1.5: (10, 19), 2: (20, 199), 3: (200, 1999), 4: (2000, 999_999)}


class _FigureChecks(CheckerBase):
    """A claim's numbers, sums, shares and stakes against a fact's curated figures."""

    def _read_span(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """ "OpenAI hired about 1,000 contractors over the past two years" where the fact, on the same deed or figure, dates
        it "over the past six months": a span of time the claim gives against the one the fact's date gives, in hours (a
        longer one is contradicted, a shorter one left unsettled).
        And a duration curated in one unit against the claim's in another ("a five-day coding test": five hours)."""
        if reading.conflicts or "count" not in reading.unsettled:
            return
        norm = _norm(claim.text)
        for number in claim.numbers:
            unit = next((u for u in number.after if u in _HOURS), None)
            if number.kind != "count" or unit is None:
                continue
            typed = [
                words
                for hours_, words in _spans(_numbers_as_digits(claim.text.casefold()))
                if hours_ == number.value * _HOURS[unit]
            ]
            claimed = typed[0] if typed else f"{number.text} {unit}"  # the span in the claim's words ("deux dernières années")
            hours = number.value * _HOURS[unit]
            # A duration the fact curates in another unit, of what the claim's other words say it is of.
            names = {t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n)}
            said = claim.tokens - _FRAMING - names - set(_HOURS)
            for answer in fact.answers.count:
                units = [u for u in _tokens(answer.of) if u in _HOURS]
                if len(units) == 1 and units[0] != unit and (_tokens(answer.of) - set(_HOURS)) & said:
                    if answer.value * _HOURS[units[0]] != hours:
                        reading.unsettled.remove("count")
                        reading.conflicts.append(("count", f"{_fmt_number(answer.value)} ({answer.of})", claimed))
                    return
            # The span the fact's date gives, for a claim whose deed or figure the fact settled.
            digits = _numbers_as_digits(norm)
            found = re.search(rf"(?<![\d.,]){re.escape(_norm(number.text))}(?![\d.,])", digits)
            before = digits[: found.start()] if found else ""
            if fact.when is None or not {"actor", "count"} & set(reading.matched) or not _SPAN_BEFORE.search(before):
                continue
            spans = _spans(_norm(fact.when.text)) or _spans(_norm(fact.when.text_fr or ""))
            if len(spans) != 1:
                continue
            if spans[0][0] == hours:
                reading.unsettled.remove("count")
                reading.matched.append("date")
            elif spans[0][0] < hours:
                # Over a longer span than the fact's: not what the articles say took six months. A shorter one ("over the
                # past two months") is left unsettled: part of the six months may hold it all.
                reading.unsettled.remove("count")
                reading.conflicts.append(("date", fact.when.text, claimed))
            return

    def _read_fiscal_year(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """ "by Q3 of fiscal 2023": the fiscal year the fact's own words give ("fiscal year 2023 (FY23)") settles it,
        another contradicts it; a fact giving none leaves it unsettled."""
        claimed = fiscal_years(claim.text)
        if not claimed or reading.conflicts:
            return
        given = fiscal_years(" ".join((fact.statement, *(c.quote for c in fact.citations))))
        if not given or not {"count", "actor"} & set(reading.matched):
            reading.unsettled.append("date")
        elif claimed <= given:
            reading.matched.append("date")
        else:
            reading.conflicts.append(("date", f"fiscal year {min(given)}", f"fiscal {min(claimed - given)}"))

    def _read_quarter(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """ "by the fourth quarter of FY23" where the fact, on the same figure or doer, says the third."""
        claimed = _QUARTER.search(_norm(claim.text))
        if claimed is None or reading.conflicts or not {"count", "actor"} & set(reading.matched):
            return
        said = _norm(" ".join((fact.statement, *(c.quote for c in fact.citations))))
        given = _QUARTER.search(said)
        if given is not None and _quarter(given) != _quarter(claimed):
            reading.conflicts.append(("date", given.group(0), claimed.group(0)))
        elif given is not None:
            reading.deed = reading.deed | _tokens(claimed.group(0))  # "Q3": the fact's third quarter, settled

    def _read_magnitude(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """ "Invisible laid off hundreds of its trainers" where the fact, on the same who-did-what, says "dozens": an
        order of magnitude in words is a figure too."""
        if reading.conflicts or reading.unsettled or "actor" not in reading.matched or claim.numbers:
            return
        claimed = _magnitude(_norm(claim.text))
        if claimed is None:
            return
        said = [_norm(a.object or "") for a in fact.answers.actor] + [_norm(fact.statement)]
        given = next((m for text in said for m in [_magnitude(text)] if m is not None), None)
        if given is not None and given[0] != claimed[0]:
            reading.conflicts.append(("count", given[1], claimed[1]))

    def _read_count_magnitude(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """ "Invisible laid off 500 workers" where the fact, on the same who-did-what, curates no count but says "dozens" in
        its deed's object: a vague count is still a figure. A count it cannot mean is contradicted by it ("dozens", not
        500); one it may mean (30, "about 50") is left unsettled, never supported."""
        if reading.conflicts or reading.unsettled != ["count"] or "actor" not in reading.matched or fact.answers.count:
            return
        counts = [n for n in claim.numbers if n.kind == "count"]
        if len(counts) != 1 or len(claim.numbers) != 1 or _magnitude(_norm(claim.text)) is not None:
            return
        number = counts[0]
        if number.after & _DURATION_UNITS or _duration_of(number):
            return  # "over three months": a span, not how many
        objects = [a.object for a in fact.answers.actor if a.object]
        given = next((m for text in objects for m in [_magnitude(_norm(text))] if m is not None), None)
        if given is None:
            return
        of = _tokens(next(text for text in objects if _magnitude(_norm(text)) == given))
        if not number.after & (of | _LAID_OFF_PEOPLE):
            return  # a count of something else than those the deed was done to
        low, high = _MAGNITUDE_RANGES[given[0]]
        value = number.value
        cannot = {
            "exact": value < low or value > high,
            "approx": value < 0.9 * low or value > 1.1 * high,
            "over": value >= high,
            "under": value <= low,
        }[number.bound]
        if cannot:
            reading.unsettled.remove("count")
            reading.conflicts.append(("count", given[1], number.text))

    def _read_sum_magnitude(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """ "Microsoft's multi-million investment in OpenAI" where the fact, on the same deed, says "multi-billion": the
        scale a magnitude word gives a sum is a figure, checked when the claim gives no figure of its own."""
        if reading.conflicts or claim.numbers:
            return
        claimed = _sum_magnitude(_norm(claim.text))
        if claimed is None:
            return
        said = [_norm(a.object or "") for a in fact.answers.actor] + [_norm(fact.statement)]
        given = next((m for text in said for m in [_sum_magnitude(text)] if m is not None), None)
        if given is None:
            return
        if given[0] != claimed[0] and "actor" in reading.matched and not reading.unsettled:
            reading.conflicts.append(("money", given[1], claimed[1]))
        elif given[0] != claimed[0]:
            reading.unsettled.append("money")  # another scale, on a deed not settled as the same: never its support

    def _read_universal(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """ "Invisible laid off every one of its trainers" where the fact, on the same who-did-what, says "dozens": the
        claim's "every" is contradicted by the fact's own part of them."""
        universal = _UNIVERSAL.search(_norm(claim.text))
        if not universal or reading.conflicts or reading.unsettled or "actor" not in reading.matched:
            return
        said = [_norm(t) for t in fact.wordings]
        if any(_UNIVERSAL.search(t) for t in said):
            return
        partial = _PARTIAL.search(said[0]) or next((m for t in said[1:] for m in [_PARTIAL.search(t)] if m), None)
        if partial is not None:
            reading.conflicts.append(("count", partial.group(0), universal.group(0)))

    def _read_number(self, claim: ParsedClaim, number: Number, fact: Fact, reading: _Reading) -> None:
        answers = fact.answers
        if number.kind == "money":
            options = list(answers.money)
            if not options:
                reading.unsettled.append("money")
                return
            if number.per and reading.confidence >= SURE_CONFIDENCE:
                same_per = [a for a in options if a.per == number.per]
                if not same_per and all(a.per for a in options):
                    best = options[0]
                    if best.amount != number.value:
                        # "$120 a day" against "$15 an hour": sums per different spans of time do not compare
                        reading.unsettled.append("money")
                        return
                    currency = "EUR" if "€" in number.text or "euro" in number.text.casefold() else "USD"
                    claimed = _fmt_money(number.value, currency, number.per)  # "$15 a day", not a bare "$15"
                    reading.conflicts.append(("money", _fmt_money(best.amount, best.currency, best.per), claimed))
                    return
                options = same_per or [a for a in options if a.per is None] or options
            names = {t for e in claim.entity_ids for t in _tokens(self.base.entities[e].name)}
            # What the sum is of, said in the words beside it (the whole claim when it gives one sum).
            of_match = [a for a in options if _tokens(a.of) & (number.after - _FRAMING - _GENERIC_MONEY - names)]
            if not of_match:
                # "Microsoft put $1 billion into OpenAI": the claim's deed (invested) is what the sum is of ("Microsoft's
                # investment in OpenAI"), said by its verb, not by a word beside the sum.
                deeds = {_ACTION_GROUP.get(a, a) for a, _ in claim.actions}
                of_match = [a for a in options if _tokens(a.of) & deeds and self._whose_figure(claim, a.of)]
            named = {e for e in claim.entity_ids if self.base.entities[e].type != "place"}
            people = {e for e in named if self.base.entities[e].type == "person"}
            # "Savreux earns ...": his own figure, never one the answer gives someone or somewhere else ("Missouri's
            # minimum wage", on a fact naming him for his $15 beside it).
            own = [a for a in options if self._owners(a.of) & people]  # "Savreux's pay": named as theirs
            if not own and len(options) == 1 and people & set(fact.entities) and not self._owners(options[0].of):
                own = options  # the fact's one sum, said of no one else, on a fact naming them
            chosen = of_match or own
            if people and not own and not people & set(fact.entities):
                # "Kumar earns $30 an hour": the articles give no sum of his; the trainers' $15 (Savreux's, and "or more"
                # for trainers at large) is someone else's figure, neither his value nor another value for it.
                chosen = []
            if not chosen:
                reading.unsettled.append("money")
                return
            claimed_currency = _currency(number.text)
            for a in chosen:
                if _agrees(number, a.amount, a.approx, a.over):
                    if claimed_currency is not None and claimed_currency != a.currency and reading.confidence >= SURE_CONFIDENCE:
                        # "€15 an hour" against "$15 an hour": the same figure in another currency is another sum
                        said = _fmt_money(a.amount, a.currency, a.per)
                        reading.conflicts.append(("money", said, _fmt_money(number.value, claimed_currency, number.per)))
                        return
                    reading.matched.append("money")
                    return
            if all(_open(number, a.amount, a.approx, a.over) for a in chosen):
                reading.unsettled.append("money")  # "$20 an hour" against "$15 an hour or more": may be so
                return
            best = chosen[0]
            if best.per != number.per and best.amount and number.value and (number.per or not of_match):
                # "Savreux earns $30" against "$15 an hour": a sum and a rate (or rates per different spans) do not
                # compare, unless the claim names what the rate is of ("Missouri's minimum wage is $15", an hourly wage)
                reading.unsettled.append("money")
                return
            said = "unpaid" if best.amount == 0 else _fmt_money(best.amount, best.currency, best.per)
            reading.conflicts.append(("money", said, number.text))
            return
        if number.kind == "rate":
            reading.unsettled.append("rate")  # "70 a day": no curated count is a rate, nor is a sum
            return
        pool = answers.percent if number.kind == "percent" else answers.count
        if number.kind == "count" and number.after & _DURATION_UNITS and not [a for a in pool if _tokens(a.of) & number.after]:
            # "over the past six months": a span the fact's own words give, figure and unit alike.
            said = _numbers_as_digits(_norm(" ".join([fact.statement, *(c.quote for c in fact.citations)])))
            unit = next(iter(number.after & _DURATION_UNITS))
            spans = {
                int(m.group(1))
                for m in re.finditer(r"\b(\d+)[ -](\w+)", said)
                if _CLAIM_SYNONYMS.get(stem(m.group(2)), stem(m.group(2))) == unit
            }
            if int(number.value) in spans:
                reading.matched.append("count")
            else:
                reading.unsettled.append("count")
            return
        if not pool:
            reading.unsettled.append(number.kind)
            return
        # What a figure counts is said by the words after it, never by a name there ("10 milliards de Microsoft" is not
        # a count of Microsoft's workers), nor by a unit of time alone ("40 hours a week" is not the coding test's hours).
        names = {t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n)}
        counted = number.after - names
        chosen = [
            a for a in pool
            if (shared := _tokens(a.of) & counted)
            and (not shared <= _DURATION_UNITS or (_tokens(a.of) - _DURATION_UNITS) & (claim.tokens - _FRAMING))
            # "deux mois avant les licenciements" counts months, not the workers laid off
            and (not _duration_of(number) or _duration_of(number) & _tokens(a.of))
        ]  # fmt: skip
        # A count of those a layoff was done to ("let go of 10,000 workers") is not a headcount: "Microsoft has 10,000
        # employees" does not say it, unless the claim speaks of the layoff.
        chosen = [a for a in chosen if not self._laid_off_count(claim, fact, a)]
        if not chosen and (number.kind == "percent" or not counted):
            # "Kumar is 22", "a 49% stake": what is counted is said elsewhere in the claim (never the number laid off, for
            # a claim saying nothing of the layoff: "10 milliards dans OpenAI" is no count of Microsoft's workers).
            said = claim.tokens - _FRAMING
            chosen = [a for a in pool if _tokens(a.of) & (said - names) and not self._laid_off_count(claim, fact, a)]
            if not chosen and number.kind == "count":
                # Only a name in common: a person's own figure ("Is Kumar 22?": Kumar's age), never a firm's count of
                # something the claim does not name ("10 milliards dans OpenAI" is not OpenAI's 375 staff).
                people = {e for e in claim.entity_ids if self.base.entities[e].type == "person"}
                chosen = [a for a in pool if self._owners(a.of) & people and _tokens(a.of) & said]
            elif not chosen:
                chosen = [a for a in pool if _tokens(a.of) & said and not self._laid_off_count(claim, fact, a)]
        if number.kind == "percent":
            # A share is of a part of a whole ("60% of the contractors do data labeling"): the whole's one word in common
            # ("contractors") does not make "40% of the contractors are programmers" the labellers' share.
            said = claim.tokens - _FRAMING - names
            chosen = [
                a for a in chosen
                if len(shared := _tokens(a.of) & said) >= 2
                or len(_tokens(a.of) - names - _FRAMING) <= 1
                or any(self._share_values().get(t) == {a.value} for t in shared)  # "programmers": only ever 40%
            ]  # fmt: skip
        if not chosen:
            reading.unsettled.append(number.kind)
            return
        if len(chosen) > 1:
            # Two figures of one fact, each of something else ("60% doing data labeling", "40% programmers"): the figure
            # is checked against the one whose words the claim says most, not against whichever agrees with it.
            said = claim.tokens - _FRAMING
            overlap = [len(_tokens(a.of) & said) for a in chosen]
            if overlap.count(max(overlap)) == 1:
                chosen = [chosen[overlap.index(max(overlap))]]
        if number.kind == "count" and not _LEFT_OUT.search(_norm(claim.text)):
            # "OpenAI's contractor push involves more than 1,000 people" against Altman's 375, curated as leaving out
            # contractors: a count of others than those the claim speaks of, neither its value nor another value for it
            # (unless the claim says they are left out: "375 employees, not counting contractors").
            said = claim.tokens - _FRAMING - names
            chosen = [
                a for a in chosen
                if not (isinstance(a, CountAnswer) and a.excludes and _tokens(a.excludes) & said)
                or _agrees(number, a.value, a.approx, a.over)  # "Altman's 375 includes the contractors": on its own figure
            ]  # fmt: skip
            if not chosen:
                reading.unsettled.append(number.kind)
                return
        if not self._whose_figure(claim, chosen[0].of) or not self._named_before_owns(number, chosen[0].of):
            reading.unsettled.append(number.kind)  # "Google has 375 employees": the 375 are OpenAI's
            return
        for a in chosen:
            if _agrees(number, a.value, a.approx, getattr(a, "over", False)):
                if _FUTURE.search(_norm(a.of)) and not _FUTURE_OR_SAID.search(_norm(claim.text)):
                    # "Did Microsoft lay off 10,000 workers?": the articles give 10,000 workers Microsoft *will* let go;
                    # a deed announced is not a deed done, so the figure settles nothing for a claim that it was done.
                    reading.unsettled.append(number.kind)
                    return
                reading.matched.append(number.kind)
                return
        if all(_open(number, a.value, a.approx, getattr(a, "over", False)) for a in chosen):
            reading.unsettled.append(number.kind)  # "more than 200" or "fewer than 200" against "more than 150"
            return
        others = [n for n in claim.numbers if n is not number and n.kind == number.kind]
        if any(_agrees(n, a.value, a.approx, getattr(a, "over", False)) for n in others for a in chosen):
            # "40% are programmers; the other 60% label data": the claim gives this figure too, so its other one is of
            # something else, not another value for it.
            reading.unsettled.append(number.kind)
            return
        best = chosen[0]
        said = _fmt_number(best.value) + ("%" if number.kind == "percent" else "")
        if getattr(best, "over", False):
            said = f"over {said}"
        elif best.approx:
            said = f"about {said}"
        claimed = re.sub(r"\d{4,}", lambda m: f"{int(m.group(0)):,}", number.text)  # "5,000", as the claim gave it
        reading.conflicts.append((number.kind, f"{said} ({best.of})", claimed))

    def _read_other_sum(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> None:
        """A claim giving two sums, one of them settled by one of the fact's two curated sums, and the other left
        unsettled ("His $15 an hour is above Missouri's $12 minimum wage": whose "his" is, no name says): the other sum
        is the fact's other one, which settles or contradicts it, in the same unit of time."""
        sums = [n for n in claim.numbers if n.kind == "money"]
        answers = fact.answers.money
        if len(sums) != 2 or len(answers) != 2 or reading.unsettled.count("money") != 1 or "money" not in reading.matched:
            return
        if reading.conflicts or {"money"} != set(reading.unsettled) & {"money", "count", "percent", "rate"}:
            return

        def agree(n: Number, a: MoneyAnswer) -> bool:
            return _agrees(n, a.amount, a.approx, a.over) and n.per in (a.per, None)

        first, second = sums
        if (agree(first, answers[0]) and agree(second, answers[1])) or (agree(first, answers[1]) and agree(second, answers[0])):
            reading.unsettled.remove("money")
            reading.matched.append("money")  # each sum is one of the fact's two
            return
        settled = [(n, a) for n in sums for a in answers if agree(n, a)]
        if len(settled) != 1:
            return
        number, answer = settled[0]
        other_number = second if number is first else first
        other = answers[1] if answer is answers[0] else answers[0]
        if other_number.per not in (other.per, None):
            return
        reading.unsettled.remove("money")
        reading.conflicts.append(("money", _fmt_money(other.amount, other.currency, other.per), other_number.text))

    def _share_values(self) -> dict[str, set[float]]:
        """Each word of the base's curated shares, with the values of the shares it is a word of: a word of shares of
        different values ("contractors": 60%, 40%, 100%) names a whole, one of a single value ("programmers") a part."""
        if self._share_words is None:
            found: dict[str, set[float]] = {}
            for fact in self.base.facts.values():
                for a in fact.answers.percent:
                    for t in _tokens(a.of):
                        found.setdefault(t, set()).add(a.value)
            self._share_words = found
        return self._share_words

    def _read_stake(self, claim: ParsedClaim, fact: Fact, reading: _Reading) -> bool:
        """ "Microsoft owns 49% of OpenAI": a share held, settled by a share answer that runs the same way (Microsoft's stake
        in OpenAI); "OpenAI owns 49% of Microsoft" runs the other way. Whether it settled the doer."""
        if not any(a == "own" for a, _ in claim.actions) or not any(n.kind == "percent" for n in claim.numbers):
            return False
        subject = claim.subject(self.base)
        verb_at = next(at for a, at in claim.actions if a == "own")
        objects = {e for e, at in claim.entities if at > verb_at and e != subject and self.base.entities[e].type != "place"}
        for share in fact.answers.percent:
            parties = self._stake_parties(share.of)
            if parties is None or subject is None:
                continue
            holder, held = parties
            if subject == holder and objects == {held}:
                reading.matched.append("actor")
                reading.deed = _verb_words("own", _norm(claim.text), verb_at)  # "owns": what the share answer says
                return True
            if subject == held and holder in objects:
                reading.conflicts.append(("actor", self.base.entities[holder].name, self.base.entities[subject].name))
                return True
        return False

    def _named_before_owns(self, number: Number, of: str) -> bool:
        """In a claim of several figures, whether the one named just before this figure (if anyone is) is whom its `of`
        gives it to: "Savreux is 34 and Kumar is 22" gives Kumar 22, not 34."""
        if not number.before:
            return True
        owners = {e for e, _ in _find_entities(of, _norm(of), self.base)}
        named = [e for e, _ in _find_entities(number.before, number.before, self.base)
                 if self.base.entities[e].type in ("person", "organisation")]  # fmt: skip
        return not owners or not named or bool(owners & set(named))

    def _laid_off_count(self, claim: ParsedClaim, fact: Fact, answer: CountAnswer | PercentAnswer) -> bool:
        """Whether a count is of those a layoff (or an ended partnership) was done to, by the fact's actor answer, while
        the claim says nothing of that deed: neither its verb nor a word of the count's own beyond the people counted."""
        ended = [a for a in fact.answers.actor if _ACTION_GROUP.get(a.did, a.did) == "end" and a.object]
        if not ended or not isinstance(answer, CountAnswer):
            return False
        value = f"{answer.value:g}"
        if not any(value in re.findall(r"\d+", _norm(a.object or "")) for a in ended):
            return False
        if any(_ACTION_GROUP.get(a, a) == "end" for a, _ in claim.actions):
            return False
        names = {t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n)}
        deed_words = _tokens(answer.of) - _LAID_OFF_PEOPLE - names - _FRAMING
        return not deed_words & claim.tokens

    def _possessors(self, claim: ParsedClaim, words: set[str] | frozenset[str]) -> set[str]:
        """The names a claim ties any of `words` to: "Invisible's layoffs", "the Invisible layoffs", "the layoffs at Invisible", "les
        licenciements chez Invisible" (a name the word belongs to)."""
        norm = _norm(claim.text)
        found = set()
        for entity in claim.entity_ids:
            if self.base.entities[entity].type not in ("person", "organisation"):
                continue
            for name in self._names(entity):
                n = re.escape(_norm(name))
                for m in re.finditer(rf"\b{n}'s?\s+((?:[\w-]+\s+)?[\w-]+)", norm):
                    if _tokens(m.group(1)) & words:
                        found.add(entity)
                for m in re.finditer(rf"\b{n}\s+([\w-]+)", norm):
                    if _tokens(m.group(1)) & words:
                        found.add(entity)  # the name before the word, as a noun's: "the Invisible layoffs"
                for m in re.finditer(rf"([\w-]+)\s+(?:of|at|in|by|chez|de|d'|du)\s*(?:the\s+)?{n}\b", norm):
                    if _tokens(m.group(1)) & words:
                        found.add(entity)
        return found

    def _stake_parties(self, of: str) -> tuple[str, str] | None:
        """Who holds a share and in whom, from its curated `of` ("Microsoft's stake in OpenAI"); None if it does not say."""
        m = _STAKE.match(_norm(of))
        if m is None:
            return None
        holder = [e for e, _ in _find_entities(m.group(1), m.group(1), self.base)]
        held = [e for e, _ in _find_entities(m.group(2), m.group(2), self.base)]
        return (holder[0], held[0]) if len(holder) == 1 and len(held) == 1 else None

    def _owners(self, of: str) -> set[str]:
        """Whom or where a figure's curated `of` names as having it ("Missouri's minimum wage": Missouri)."""
        return {e for e, _ in _find_entities(of, _norm(of), self.base)}

    def _whose_figure(self, claim: ParsedClaim, of: str, besides: frozenset[str] | set[str] = frozenset()) -> bool:
        """Whether a claim leaves a figure (or what was done) to whom its curated `of` (or `object`) gives it: naming
        another organisation or person in its place ("Google has 375 employees" against "OpenAI's staff") does not.
        `besides`: names the answer gives elsewhere (the doer), which the claim may name too."""
        owners = [
            e for e, _ in _find_entities(of, _norm(of), self.base) if self.base.entities[e].type in ("organisation", "person")
        ]
        if not owners:
            return True
        kinds = {self.base.entities[e].type for e in owners}
        others = [e for e in claim.entity_ids if self.base.entities[e].type in kinds and e not in owners and e not in besides]
        return not others or any(e in claim.entity_ids for e in owners)
