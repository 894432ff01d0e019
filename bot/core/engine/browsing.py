"""Browsing: autocomplete, prefix search over entities, facts, topics and articles, related facts,
where the articles differ, and a random fact."""

from __future__ import annotations

import bisect
import random
from array import array
from collections import defaultdict

from rapidfuzz import fuzz, process

from bot.core.engine.clean import MAX_MATCHED_CHARS, clean
from bot.core.engine.lexical import LexicalIndex
from bot.core.engine.names import NameIndex
from bot.core.engine.ranking import Ranker
from bot.core.models import Entity, Fact, KnowledgeBase, Source, Topic
from bot.core.quotes import QuoteFinder
from bot.core.text import fold, search_tokens

#: Questions are sorted in buckets of this many first folded characters (see Browser.__init__).
_BUCKET_CHARS = 4


class Browser:
    """Everything the faces list or complete, as opposed to answering a question."""

    def __init__(self, base: KnowledgeBase, index: LexicalIndex, ranker: Ranker) -> None:
        self.base = base
        self._facts = index.facts
        self._index = index
        self._ranker = ranker
        # Every fact's questions (English, then French), in fact order, numbered: fact i's are the numbers from
        # _question_starts[i]. Numbers, not a list of the strings: a snapshot then holds each question once (a
        # list of the facts' own strings was read back as a second copy of them all), and the folded keys are not
        # kept: a question is folded when compared (the autocomplete compares a few dozen a keystroke).
        self._question_starts = array("I", [0])
        for fact in self._facts:
            self._question_starts.append(self._question_starts[-1] + len(fact.questions) + len(fact.questions_fr))
        # Question numbers sorted by folded question, then question. A sort holds every key at once (600,000 folded
        # questions at 100k facts, the largest transient of the build): the questions are put in buckets by their
        # first folded characters, and each bucket sorted with its own keys. Buckets in order of their prefixes are
        # in the order of their questions (a shorter prefix is the whole of its question).
        buckets: dict[str, array[int]] = {}
        number = 0
        for fact in self._facts:
            for question in (*fact.questions, *fact.questions_fr):
                prefix = fold(question)[:_BUCKET_CHARS]
                bucket = buckets.get(prefix)
                if bucket is None:
                    bucket = buckets[prefix] = array("I")
                bucket.append(number)
                number += 1
        self._question_at = array("I")
        for prefix in sorted(buckets):
            numbers = buckets.pop(prefix).tolist()
            if len(numbers) > 1:
                numbers.sort(key=self._question)
                numbers.sort(key=lambda n: fold(self._question(n)))  # stable: equal keys stay in question order
            self._question_at.extend(numbers)
        del buckets
        self._discrepancies = [f for f in self._facts if f.kind == "discrepancy"]
        # What each autocomplete box searches, indexed once (names.py): a keystroke never scans the base.
        self._entity_names = NameIndex((e, (e.name, *e.aliases)) for e in base.entities.values())
        self._fact_names = NameIndex((f, (f.id, f.statement)) for f in self._facts)
        self._topic_names = NameIndex((t, (t.id, t.name, t.name_fr or "")) for t in base.topics.values())
        self._source_names = NameIndex((s, (s.id, s.headline, s.outlet or "")) for s in base.sources.values())

    def _question(self, number: int) -> str:
        """Question number `number` (see _question_starts)."""
        at = bisect.bisect_right(self._question_starts, number) - 1
        fact = self._facts[at]
        n = number - self._question_starts[at]
        return fact.questions[n] if n < len(fact.questions) else fact.questions_fr[n - len(fact.questions)]

    def _question_key(self, at: int) -> str:
        """The folded key of the `at`-th question in sorted order."""
        return fold(self._question(self._question_at[at]))

    def complete_question(self, prefix: str, limit: int = 25) -> list[str]:
        """Known questions for an autocomplete box: those that fit what has been typed so far."""
        text = clean(prefix)[:MAX_MATCHED_CHARS]
        count = self._question_starts[-1]
        if not text.strip():
            return [self._question(n) for n in range(0, count, max(1, count // limit))][:limit]
        key = fold(text)
        first = bisect.bisect_left(range(count), key, key=self._question_key)
        starts = []
        for at in range(first, min(first + limit, count)):
            if not self._question_key(at).startswith(key):
                break
            starts.append(self._question(self._question_at[at]))
        if len(starts) >= limit:
            return starts[:limit]
        seen = set(starts)
        out = list(starts)
        tokens = search_tokens(text)
        typed = fold(text).split()
        last = typed[-1] if typed else ""
        vocabulary = self._index.vocabulary
        if last and len(last) >= 2 and last not in self._index.idf:
            # The word being typed is unfinished: let it stand for the indexed words it begins.
            lo = bisect.bisect_left(vocabulary, last)
            tokens = (
                tokens[:-1] + vocabulary[lo : lo + 3] if vocabulary[lo : lo + 1] and vocabulary[lo].startswith(last) else tokens
            )
        for candidate in self._ranker.candidates(tokens, limit=limit):
            fact = self._facts[candidate.index]
            phrasings = [*fact.questions, *fact.questions_fr]
            best = process.extractOne(key, phrasings, scorer=fuzz.WRatio, processor=fold)
            question = best[0] if best else phrasings[0]
            if question not in seen:
                seen.add(question)
                out.append(question)
            if len(out) >= limit:
                break
        return out[:limit]

    def search_entities(self, prefix: str, limit: int = 25) -> list[Entity]:
        """Entities whose names or aliases fit a typed prefix, best first."""
        return self._entity_names.search(prefix, limit)

    def search_facts(self, prefix: str, limit: int = 25) -> list[Fact]:
        """Facts whose id or statement fits a typed prefix."""
        return self._fact_names.search(prefix, limit)

    def search_topics(self, prefix: str, limit: int = 25) -> list[Topic]:
        """Topics whose id or name (English or French) fits a typed prefix."""
        return self._topic_names.search(prefix, limit)

    def search_sources(self, prefix: str, limit: int = 25) -> list[Source]:
        """Articles whose id, headline or outlet fits a typed prefix."""
        return self._source_names.search(prefix, limit)

    def related(self, fact_id: str, limit: int = 5) -> list[Fact]:
        """Other facts sharing the most entities and topics with one fact."""
        fact = self.base.facts[fact_id]
        scores: dict[str, float] = defaultdict(float)
        for entity_id in fact.entities:
            for other in self.base.facts_by_entity.get(entity_id, ()):
                scores[other] += 2.0
        for topic_id in fact.topics:
            for other in self.base.facts_by_topic.get(topic_id, ()):
                scores[other] += 1.0
        scores.pop(fact_id, None)
        order = {fid: i for i, fid in enumerate(self.base.facts)}
        ranked = sorted(scores, key=lambda fid: (-scores[fid], order[fid]))
        return [self.base.facts[fid] for fid in ranked[:limit]]

    def discrepancies(self, subject: str | None = None, limit: int = 10) -> list[Fact]:
        """Facts recording where the articles differ, best-matching a subject when one is given."""
        if not subject or not subject.strip():
            return self._discrepancies[:limit]
        tokens = search_tokens(clean(subject)[:MAX_MATCHED_CHARS])
        ranked = [self._facts[c.index] for c in self._ranker.candidates(tokens, limit=len(self._facts))]
        return [f for f in ranked if f.kind == "discrepancy"][:limit]

    def random_fact(self, rng: random.Random | None = None) -> Fact:
        """Any fact, for /random."""
        return (rng or random).choice(self._facts)


def link_disputes(facts: list[Fact]) -> dict[str, tuple[Fact, ...]]:
    """For each claim, the discrepancy facts that cite the same passages: where the articles differ on it.

    A passage is the same when one quote (folded) contains the other, in the same article. Comparing every
    claim's quote with every discrepancy's was quadratic (minutes at 100k facts); per article, each side's
    quotes are indexed by their anchors (bot.core.quotes) and found inside the other side's quotes, so the
    cost is about the quotes' total length.
    """
    # Each article's citations, as (fact's position, citation's position) pairs in flat arrays: the discrepancies'
    # and the claims'. Quotes are folded only while their article is worked on (all of them folded at once, with a
    # tuple and a list a claim, were 30 MiB at the build's peak at 100k facts; the discrepancies' alone, 7 MiB).
    sides_citing: dict[str, array[int]] = {}
    for index, fact in enumerate(facts):
        if fact.kind == "discrepancy":
            for position, citation in enumerate(fact.citations):
                _pair(sides_citing, citation.source_id, index, position)
    links: dict[str, tuple[Fact, ...]] = {}
    if not sides_citing:
        return links  # no discrepancies, nothing to link (and no quote need be folded)
    claims_citing: dict[str, array[int]] = {}
    # The claims citing more than one disputed article: their links are put together in their citations' order.
    several: dict[str, list[tuple[int, list[Fact]]]] = {}
    for index, fact in enumerate(facts):
        if fact.kind != "discrepancy":
            disputed = 0
            for position, citation in enumerate(fact.citations):
                if citation.source_id in sides_citing:
                    _pair(claims_citing, citation.source_id, index, position)
                    disputed += 1
            if disputed > 1:
                several[fact.id] = []
    for source_id, sides_pairs in sides_citing.items():
        pairs = claims_citing.get(source_id)
        if not pairs:
            continue
        by_quote: dict[str, list[Fact]] = {}
        for k in range(0, len(sides_pairs), 2):
            side = facts[sides_pairs[k]]
            by_quote.setdefault(fold(side.citations[sides_pairs[k + 1]].quote), []).append(side)
        mine = [fold(facts[pairs[k]].citations[pairs[k + 1]].quote) for k in range(0, len(pairs), 2)]
        order = {quote: i for i, quote in enumerate(by_quote)}
        # A discrepancy's quote inside a claim's ...
        inside = QuoteFinder(by_quote)
        # ... and a claim's quote inside a discrepancy's.
        finder = QuoteFinder(mine)
        containing: dict[str, list[str]] = defaultdict(list)
        for quote in by_quote:
            for claim_quote in finder.within(quote):
                containing[claim_quote].append(quote)
        for k, claim_quote in enumerate(mine):
            matched = set(inside.within(claim_quote)) | set(containing.get(claim_quote, ()))
            if matched:
                sides = [d for quote in sorted(matched, key=order.__getitem__) for d in by_quote[quote]]
                fact_id = facts[pairs[2 * k]].id
                if fact_id in several:
                    several[fact_id].append((pairs[2 * k + 1], sides))
                else:
                    links[fact_id] = tuple({d.id: d for d in sides}.values())
    for fact_id, cited in several.items():
        found: dict[str, Fact] = {}
        for _, sides in sorted(cited, key=lambda row: row[0]):  # in the claim's citation order
            found.update((d.id, d) for d in sides)
        if found:
            links[fact_id] = tuple(found.values())
    return links


def _pair(pairs_by_source: dict[str, array[int]], source_id: str, index: int, position: int) -> None:
    pairs = pairs_by_source.get(source_id)
    if pairs is None:
        pairs = pairs_by_source[source_id] = array("I")
    pairs.append(index)
    pairs.append(position)
