"""The answer engine: questions in, the best sourced fact out, or an honest "the articles don't say".

Matching is candidates first, fuzzy scoring second. At load time every fact's names (statement,
questions, keywords, entity names and aliases, topic names, quotes) are reduced to search tokens and
put in an inverted index with BM25-style weights. A query is tokenised the same way; unknown tokens
are mapped to indexed ones within one edit (a deletion index, SymSpell-style) or two for long words.
The best few dozen candidates are then scored with rapidfuzz against their questions, and a
confidence is formed from how much of the question's weight the fact covers and how close the
question is to the fact's own phrasings.
"""

from __future__ import annotations

import bisect
import gc
import heapq
import math
import random
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core import lexicon
from bot.core.answers import Answer, Match
from bot.core.models import Entity, Fact, KnowledgeBase, Source, Topic
from bot.core.text import STOP_WORDS, SYNONYMS, fold, folded_tokens, guess_language, search_tokens

#: Questions longer than this are cut before matching: nobody's question needs more, and it bounds the work.
MAX_MATCHED_CHARS = 500
#: Chosen on the development question set, where it makes the fewest misleading replies: a wrong
#: answer or an off-topic one counts 2, an abstention that offers the right fact as a suggestion 0.5
#: (one more click), any other abstention 1. The held-out set agrees (README, "Answer quality").
DEFAULT_THRESHOLD = 0.55
MAX_ALTERNATIVES = 4

# How much a token found in each part of a fact counts towards its weight in the index.
FIELD_WEIGHTS = {
    "question": 3.0,
    "keyword": 3.0,
    "entity": 2.5,
    "statement": 1.5,
    "topic": 1.0,
    "quote": 1.0,
}
# However many of a fact's fields use a token, its weight in that fact is at most this.
MAX_TOKEN_WEIGHT = 9.0
# Postings are ordered by impact and cut to this many per token when picking candidates.
POSTINGS_CAP = 600
# A token in more facts than this (share of the base, but never fewer than COMMON_MIN_DF) is too common
# to pick candidates by when the question has rarer words; it still counts in the scoring.
COMMON_SHARE = 0.02
COMMON_MIN_DF = 200
CANDIDATES = 12
# How many facts, picked by index score, get their coverage of the question computed.
PRESELECT = 60
BM25_K1 = 1.2

#: Words that ask how the articles differ, after search normalisation.
DIFFERENCE_WORDS = frozenset(
    search_tokens("differ differs difference differences disagree disagreement discrepancy discrepancies contradict "
                  "contradiction inconsistent spelling spelled spelt versus vs compare comparison conflict divergent diverge "
                  "divergence orthographe ecart contradiction")
)  # fmt: skip
#: A word at least this common in English or French (Zipf frequency: 3 is once per million words) is real.
REAL_WORD_ZIPF = 3.0
_HAS_DIGIT = re.compile(r"\d")
#: Tokens the curated synonyms map words to: they are what they say ("founder" is not a form of "found").
CANONICAL_TOKENS = frozenset(SYNONYMS.values())
#: Factor on the score, coverage and closeness of a fact that lacks what the question asks for (a number,
#: a date, a place, a sum) or that does not name someone, or give a number, the question names.
MISMATCH = 0.6
_QUANTITY_ASKED = re.compile(
    r"\b(?:how (?:many|much)|combien|number of|nombre de|what (?:percentage|share|proportion)|quel(?:le)? (?:pourcentage|part|proportion))\b"
)
_TIME_ASKED = re.compile(
    r"^(?:when|quand)\b|\b(?:when (?:did|was|were|is|will|does)|what (?:year|month|date|day)|quelle? (?:annee|mois|date|jour)|depuis quand|en quelle)\b"
)
_PLACE_ASKED = re.compile(
    r"^(?:where|ou)\b|\b(?:where (?:is|are|was|were|do|does|did)|which (?:country|city|countries|cities|region)|quel(?:le)?s? (?:pays|ville|region)|ou (?:est|se trouve|sont|vit|travaille))\b"
)
_NUMBER = re.compile(
    r"\d|\b(?:dozens?|hundreds?|thousands?|dizaines|centaines|milliers|one|two|three|four|five|six|deux|trois|quatre|cinq)\b"
)
_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|last (?:week|year|month)|months?|mois|weeks?|semaines?|years? ago|today|aujourd'hui|previously|recently)\b"
)
_MONEY_ASKED = re.compile(
    r"\bhow much (?:\w+ ){0,4}?(?:pay|paid|cost|costs|earn|earns|earned|make|makes|made|worth|spend|spent|charge|charges|invest|invested|raise|raised)\b"
    r"|\b(?:salary|wages?|price|prices|revenue|revenues|valuation|valued|profits?)\b"
    r"|\bcombien (?:\w+ ){0,3}?(?:gagne|gagnent|coute|coutent|paye|payes|payent|vaut|valent|investi|depense)\b"
    r"|\b(?:salaires?|prix|chiffre d affaires|valorisation|benefices?)\b"
)
_ASKED = {"quantity": _QUANTITY_ASKED, "time": _TIME_ASKED, "place": _PLACE_ASKED, "money": _MONEY_ASKED}
#: Money in a fact's own words (before folding, which drops the dollar sign).
_SUM_OF_MONEY = re.compile(
    r"[$€£]|\b(?:dollars?|euros?|billion|million|milliards?|per hour|an hour|de l'heure|wage|salaire)\b", re.IGNORECASE
)
_PLACE = re.compile(r"\b(?:[A-Z][a-z]+, [A-Z][a-z]+|based|basee?|home|region|country|pays|city|ville)\b")


def asked_types(question: str) -> frozenset[str]:
    """Whether a question asks for a quantity, a time, a place or a sum of money."""
    folded = " ".join(fold(question).replace("'", " ").replace("?", " ").split())
    return frozenset(kind for kind, asks in _ASKED.items() if asks.search(folded))


_WHO_PREFIXES = ("who is", "what is", "qui est")
STOP_WORD_LIST = sorted(w for w in STOP_WORDS if len(w) >= 3)

_WHO_IS = re.compile(
    r"^\s*(?:who\s+(?:is|was|are)|what\s+(?:is|was|are)|tell\s+me\s+about|qui\s+(?:est|etait|sont)|"
    r"c\s*est\s+qui|qu\s*est\s*ce\s+que|c\s*est\s+quoi|parle\s*moi\s+de|about)\s+(?P<name>.+?)\s*\??\s*$"
)


#: "kumar, who is that guy", "savreux c'est qui au juste": the name first, the question after.
_NAME_FIRST = re.compile(
    r"^\s*(?P<name>[^,?]+?)\s*,?\s+(?:who\s+(?:is|was|s)\s+(?:that|this|he|she|they|it)(?:\s+(?:guy|person|man|woman|company|firm))?|"
    r"c\s*est\s+qui(?:\s+(?:au\s+juste|ca|celui\s*la|celle\s*la))?|qui\s+est\s*ce|c\s*est\s+quoi(?:\s+au\s+juste)?)\s*\??\s*$"
)


_KIND_OF_SOMEONE = frozenset(
    search_tokens("person guy man woman company firm outfit organisation organization business people "
                  "personne mec type homme femme entreprise societe boite")
)  # fmt: skip


class _Postings(NamedTuple):
    """The facts a token is in, highest impact first, and its impact (BM25 weight) in each.

    Two flat sequences rather than a list of (impact, fact) pairs: at 100k facts there are millions
    of postings, and a pair costs a tuple and a float object each (five times the memory).
    """

    impacts: array[float]
    facts: list[int]


@dataclass(frozen=True, slots=True)
class _Candidate:
    index: int
    bm25: float
    coverage: float
    similarity: float
    score: float


class Engine:
    """Matches questions to facts of one KnowledgeBase. Build once; `ask` is cheap and thread-safe."""

    def __init__(self, base: KnowledgeBase, *, threshold: float = DEFAULT_THRESHOLD) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be between 0 and 1, not {threshold}")
        self.base = base
        self.threshold = threshold
        self._facts: list[Fact] = list(base.facts.values())
        # The index is millions of small objects at scale; the cyclic collector would rescan them over
        # and over while they are built (none of them form cycles), making the build superlinear. It
        # stays off until the entity and browsing tables are built too; then everything alive is moved
        # out of its sight (gc.freeze), so that neither the first question asked nor any later one pays
        # for a pass over the index. Freed references still free it: it holds no cycles.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._build_index()
            self._build_entities()
            self._build_browsing()
        finally:
            if collecting:
                gc.freeze()
                gc.enable()

    # ------------------------------------------------------------------ index building (once, at load)

    def _fact_fields(self, fact: Fact) -> Iterable[tuple[str, str]]:
        for question in (*fact.questions, *fact.questions_fr):
            yield "question", question
        for keyword in fact.keywords:
            yield "keyword", keyword
        yield "statement", fact.statement
        if fact.statement_fr:
            yield "statement", fact.statement_fr
        if fact.subject:
            yield "keyword", fact.subject
        for entity_id in fact.entities:
            entity = self.base.entities.get(entity_id)
            if entity:
                for name in (entity.name, *entity.aliases):
                    yield "entity", name
        for topic_id in fact.topics:
            topic = self.base.topics.get(topic_id)
            if topic:
                yield "topic", topic.name
                if topic.name_fr:
                    yield "topic", topic.name_fr
        for citation in fact.citations:
            yield "quote", citation.quote

    def _build_index(self) -> None:
        count = max(len(self._facts), 1)
        # Entity and topic names and keywords recur across facts: tokenise each once.
        shared: dict[str, list[str]] = {}
        # Each fact's statement tokens, to pick each entity's intro (_build_entities). Kept as lists, a
        # fraction of the memory of sets, as they are alive when the build's memory is at its peak.
        self._statement_tokens: list[list[str]] = []
        # Questions are folded once, here, and kept: they are also the autocomplete keys (_build_browsing).
        self._folded_questions: list[str] = []
        self._fact_tokens: list[frozenset[str]] = []
        self._phrasings: list[list[str]] = []
        lengths: list[float] = []
        # Each token's postings before BM25 weighting, filled fact by fact: the facts it is in, in order,
        # and its weight in each (in a compact array: at 100k facts there are millions of them).
        found_in: dict[str, tuple[list[int], array[float]]] = {}
        for index, fact in enumerate(self._facts):
            bag: dict[str, float] = {}
            names: list[str] = []
            for field, text in self._fact_fields(fact):
                if field in ("entity", "topic", "keyword"):
                    tokens = shared.get(text)
                    if tokens is None:
                        tokens = shared[text] = search_tokens(text)
                elif field == "question":
                    folded = fold(text)
                    self._folded_questions.append(folded)
                    tokens = folded_tokens(folded)
                else:
                    tokens = search_tokens(text)
                    if field == "statement" and text is fact.statement:
                        self._statement_tokens.append(tokens)
                if field in ("question", "keyword", "statement") and tokens:
                    names.append(" ".join(tokens))
                weight = FIELD_WEIGHTS[field]
                for token in set(tokens):
                    bag[token] = bag.get(token, 0.0) + weight
            length = 0.0
            for token, weight in bag.items():
                # However many fields use a token, its weight in one fact is capped.
                tf = weight if weight < MAX_TOKEN_WEIGHT else MAX_TOKEN_WEIGHT
                length += tf
                postings = found_in.get(token)
                if postings is None:
                    postings = found_in[token] = ([], array("d"))
                postings[0].append(index)
                postings[1].append(tf)
            lengths.append(length)
            self._fact_tokens.append(frozenset(bag))
            self._phrasings.append(names)
        self._max_idf = math.log(1 + (count + 0.5) / 0.5)
        average = sum(lengths) / count if lengths else 1.0
        norms = [BM25_K1 * (0.25 + 0.75 * length / average) for length in lengths]
        k1_plus_1 = BM25_K1 + 1
        self._idf: dict[str, float] = {}
        self._postings: dict[str, _Postings] = {}
        # Each token's raw postings are dropped as soon as they are weighted, so that the raw and the
        # weighted postings never both hold the whole index.
        for token in list(found_in):
            facts, tfs = found_in.pop(token)
            df = len(facts)
            idf = self._idf[token] = math.log(1 + (count - df + 0.5) / (df + 0.5))
            impacts = [idf * tf * k1_plus_1 / (tf + norms[index]) for index, tf in zip(facts, tfs, strict=True)]
            # Postings are ordered by impact, highest first (between equal impacts, the later fact first),
            # and only the highest of a token are kept. Positions are sorted by impact alone, from last to
            # first: a stable sort keeps that order between equal impacts, even reversed.
            best = sorted(range(df - 1, -1, -1), key=impacts.__getitem__, reverse=True)[:POSTINGS_CAP]
            self._postings[token] = _Postings(array("d", [impacts[i] for i in best]), [facts[i] for i in best])
        self._common_df = max(COMMON_MIN_DF, int(count * COMMON_SHARE))
        self._vocabulary = sorted(self._idf)
        # Each deletion variant (SymSpell) maps to the indexed words it comes from, in vocabulary order.
        # Tuples, not lists: most variants come from a single word, and a tuple of one is half the size.
        self._deletions: dict[str, tuple[str, ...]] = {}
        for token in self._vocabulary:
            if len(token) >= 4 and not token.isdigit():
                for variant in _deletes(token):
                    self._deletions[variant] = (*self._deletions.get(variant, ()), token)
        self._typo_cache: dict[str, tuple[tuple[str, float], ...]] = {}

    def _build_entities(self) -> None:
        self._entity_names: list[str] = []
        self._entity_of_name: list[Entity] = []
        for entity in self.base.entities.values():
            for name in (entity.name, *entity.aliases):
                key = " ".join(search_tokens(name)) or fold(name)
                self._entity_names.append(key)
                self._entity_of_name.append(entity)
        self._entity_tokens = {t for name in self._entity_names for t in name.split()}
        self._entity_token_sets = list({frozenset(name.split()) for name in self._entity_names if name})
        # Per fact, once: its statement's tokens and its "who is ..." questions, to pick each entity's intro.
        self._position = {f.id: i for i, f in enumerate(self._facts)}
        self._who_questions = {
            f.id: tuple(fold(q) for q in (*f.questions, *f.questions_fr) if q.lower().startswith(_WHO_PREFIXES))
            for f in self._facts
        }
        self._intro_fact = {entity.id: self._pick_intro(entity) for entity in self.base.entities.values()}
        del self._who_questions, self._statement_tokens, self._position

    def _pick_intro(self, entity: Entity) -> str | None:
        """The fact that best says who or what an entity is: the one closest to its description."""
        fact_ids = self.base.facts_by_entity.get(entity.id, ())
        if not fact_ids:
            return None
        described = set(search_tokens(entity.description))
        names = {t for n in (entity.name, *entity.aliases) for t in search_tokens(n)}

        asks_who = tuple(fold(f"{verb} {name}") for name in (entity.name, *entity.aliases) for verb in _WHO_PREFIXES)

        def closeness(fact_id: str) -> tuple[bool, float, int]:
            fact = self.base.facts[fact_id]
            # Curators mark the fact that introduces someone by giving it the "who is X" questions.
            introduces = any(q.startswith(asks_who) for q in self._who_questions[fact_id])
            said = frozenset(self._statement_tokens[self._position[fact_id]])
            shared = sum(self._idf.get(t, 0.0) for t in (said & described) - names)
            # A discrepancy is about the articles, not the entity; a fact naming many entities is less about this one.
            closeness = shared / (1 + 0.15 * len(fact.entities)) - (5.0 if fact.kind == "discrepancy" else 0.0)
            return (introduces, closeness, -len(fact.entities))

        return max(fact_ids, key=closeness)

    def _build_browsing(self) -> None:
        self._question_list: list[tuple[str, str]] = [
            (question, fact.id) for fact in self._facts for question in (*fact.questions, *fact.questions_fr)
        ]
        # The index folded every question already, in this same order.
        self._question_keys = sorted(zip(self._folded_questions, (q for q, _ in self._question_list), strict=True))
        del self._folded_questions
        self._discrepancies = [f for f in self._facts if f.kind == "discrepancy"]
        self._is_discrepancy = [f.kind == "discrepancy" for f in self._facts]
        # What each fact can answer (a quantity, a time, a place), worked out the first time a question asks.
        self._traits: dict[int, frozenset[str]] = {}
        self._disputes = self._link_disputes()

    def _traits_of(self, index: int) -> frozenset[str]:
        traits = self._traits.get(index)
        if traits is None:
            traits = self._traits[index] = self._fact_traits(self._facts[index])
        return traits

    def _fact_traits(self, fact: Fact) -> frozenset[str]:
        """What kinds of question a fact can answer: a quantity, a time, a place, a sum of money."""
        said = " ".join([fact.statement, *(c.quote for c in fact.citations)])
        traits = set()
        if _NUMBER.search(fold(said)):
            traits.add("quantity")
        if fact.when or _DATE.search(fold(said)):
            traits.add("time")
        if any(self.base.entities[e].type == "place" for e in fact.entities if e in self.base.entities) or _PLACE.search(said):
            traits.add("place")
        if _SUM_OF_MONEY.search(said):
            traits.add("money")
        return frozenset(traits)

    def _link_disputes(self) -> dict[str, tuple[Fact, ...]]:
        """For each claim, the discrepancy facts that cite the same passages: where the articles differ on it."""
        quoted: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for fact in self._discrepancies:
            for citation in fact.citations:
                quoted[(citation.source_id, fold(citation.quote))].append(fact)
        links: dict[str, tuple[Fact, ...]] = {}
        if not quoted:
            return links  # no discrepancies, nothing to link (and no quote need be folded)
        for fact in self._facts:
            if fact.kind == "discrepancy":
                continue
            found: dict[str, Fact] = {}
            for citation in fact.citations:
                mine = fold(citation.quote)
                for (source_id, quote), disputes in quoted.items():
                    if source_id == citation.source_id and (quote in mine or mine in quote):
                        found.update((d.id, d) for d in disputes)
            if found:
                links[fact.id] = tuple(found.values())
        return links

    def disputes(self, fact_id: str) -> tuple[Fact, ...]:
        """Discrepancy facts that record where the articles differ on what this fact says."""
        return self._disputes.get(fact_id, ())

    # ------------------------------------------------------------------ matching

    def _lookup(self, token: str) -> tuple[tuple[str, float], ...]:
        """Indexed tokens a query token stands for, with a trust factor (1 exact, less for typos)."""
        if token in self._idf:
            return ((token, 1.0),)
        cached = self._typo_cache.get(token)
        if cached is not None:
            return cached
        found: dict[str, float] = {}
        # A number or a name with one ("gpt4") is never a typo of another: 4 is not 3.
        if len(token) >= 4 and not _HAS_DIGIT.search(token):
            # A word of the language that no fact uses ("founder", "store") is more likely meant as
            # written than mistyped: it still finds its near neighbours, but with little trust.
            real = lexicon.zipf(token) >= REAL_WORD_ZIPF
            for variant in (token, *_deletes(token)):
                for candidate in self._deletions.get(variant, ()):
                    if OSA.distance(token, candidate, score_cutoff=1) <= 1:
                        found[candidate] = 0.35 if real else 0.85
            if real and token not in CANONICAL_TOKENS:
                # ... unless it is another form of an indexed word, which the light stemmer leaves apart
                # (French "supprimer" and "supprimé").
                lo = bisect.bisect_left(self._vocabulary, token[:5])
                hi = bisect.bisect_right(self._vocabulary, token[:5] + "\uffff")
                for candidate in self._vocabulary[lo:hi]:
                    if _inflected(token, candidate):
                        found[candidate] = 0.7
            if not found and len(token) >= 7 and not real:
                # Two edits only for long words: short ones would match too much by chance.
                lo = bisect.bisect_left(self._vocabulary, token[:2])
                hi = bisect.bisect_right(self._vocabulary, token[:2] + "\uffff")
                for candidate in self._vocabulary[lo:hi]:
                    if abs(len(candidate) - len(token)) <= 2 and OSA.distance(token, candidate, score_cutoff=2) <= 2:
                        found[candidate] = 0.7
        result = tuple(sorted(found.items(), key=lambda kv: -self._idf[kv[0]])[:3])
        if len(self._typo_cache) < 50_000:
            self._typo_cache[token] = result
        return result

    def _is_misspelt_stop_word(self, token: str) -> bool:
        """'whta', 'hwo', 'teh': a typo of a function word, not a word the facts could contain."""
        if token in self._idf or not 3 <= len(token) <= 5 or token.isdigit():
            return False
        return process.extractOne(token, STOP_WORD_LIST, scorer=OSA.distance, score_cutoff=1) is not None

    def _candidates(self, tokens: list[str], limit: int = CANDIDATES, asks: frozenset[str] = frozenset()) -> list[_Candidate]:
        if not tokens:
            return []
        mapped = [(token, self._lookup(token)) for token in dict.fromkeys(tokens)]
        # Candidates come from the question's rarer words when it has any: a word found in most facts
        # picks nothing out, and its long posting list is what would make a large base slow.
        options_all = [(indexed, trust) for _token, options in mapped for indexed, trust in options]
        by_rarity = sorted(options_all, key=lambda option: len(self._postings[option[0]].facts))
        rare = [(i, t) for i, t in by_rarity if len(self._postings[i].facts) < self._common_df]
        if len(rare) < 2:
            rare = by_rarity[:3]
        totals: dict[int, float] = defaultdict(float)
        for indexed, trust in rare:
            postings = self._postings[indexed]
            for impact, index in zip(postings.impacts, postings.facts, strict=True):
                totals[index] += impact * trust
        if not totals:
            return []
        top = heapq.nlargest(max(limit, PRESELECT), totals.items(), key=itemgetter(1))
        # How much of the question's weight does each fact account for? Unknown words weigh the most.
        query_weights = [
            (max((self._idf[i] for i, _ in options), default=self._max_idf) if options else self._max_idf, options)
            for _token, options in mapped
        ]
        total_weight = sum(w for w, _ in query_weights) or 1.0
        query_string = " ".join(tokens)
        best_bm25 = top[0][1]
        scored = []
        for index, bm25 in top:
            fact_tokens = self._fact_tokens[index]
            covered = sum(
                weight * max((trust for indexed, trust in options if indexed in fact_tokens), default=0.0)
                for weight, options in query_weights
            )
            scored.append((covered / total_weight, bm25, index))
        # The cheap scores pick who gets the (dearer) fuzzy comparison with the fact's phrasings.
        scored = heapq.nlargest(limit, scored, key=lambda row: 0.5 * row[0] + 0.2 * row[1] / best_bm25)
        candidates = []
        about_differences = not DIFFERENCE_WORDS.isdisjoint(tokens)
        present = set(tokens)
        named = [name for name in self._entity_token_sets if name <= present]
        # So is a number, or a name with one ("gpt4"): a fact without it is about something else.
        numbers = [t for t in present if _HAS_DIGIT.search(t)]
        for coverage, bm25, index in scored:
            similarity = _similarity(query_string, self._phrasings[index])
            score = 0.5 * coverage + 0.3 * similarity + 0.2 * (bm25 / best_bm25)
            # A record of how the articles differ answers a question about differences; otherwise the
            # claim itself is the answer and the discrepancy is shown beside it.
            if self._is_discrepancy[index] != about_differences:
                score *= 0.9
            # "How many" wants a number, "when" a date, "where" a place: a fact without one cannot answer.
            if asks and not asks <= self._traits_of(index):
                score *= MISMATCH
                coverage *= MISMATCH
                similarity *= MISMATCH
            # A question naming someone (or a number) is about them: a fact that does not name them is not
            # its answer, however rare the question's other words (names like Semafor recur across the base).
            fact_tokens = self._fact_tokens[index]
            if any(not name <= fact_tokens for name in named) or any(n not in fact_tokens for n in numbers):
                score *= MISMATCH
                coverage *= MISMATCH
                similarity *= MISMATCH
            candidates.append(_Candidate(index, bm25, coverage, similarity, score))
        candidates.sort(key=lambda c: -c.score)
        return candidates

    def _confidence(self, candidate: _Candidate) -> float:
        return max(0.0, min(1.0, 0.65 * candidate.coverage + 0.35 * candidate.similarity))

    def ask(self, question: str) -> Answer:
        """The best fact for a question, with alternatives, or an abstention with suggestions."""
        text = _clean(question)
        truncated = len(text) > MAX_MATCHED_CHARS
        if truncated:
            text = text[:MAX_MATCHED_CHARS]
        language = guess_language(text)
        tokens = [t for t in search_tokens(text) if not self._is_misspelt_stop_word(t)]
        if not tokens:
            return Answer(question=text, language=language, best=None, truncated=truncated)
        entity, entity_score = self._entity_question(text, tokens)
        candidates = self._candidates(tokens, asks=asked_types(text))
        matches = [Match(self._facts[c.index], round(self._confidence(c), 3)) for c in candidates]
        if entity is not None:
            best = self._entity_fact(entity)
            if best is not None:
                confidence = round(max(entity_score, next((m.confidence for m in matches if m.fact.id == best.id), 0.0)), 3)
                floor = max(self.threshold * 0.8, confidence - 0.35)
                others = [m for m in matches if m.fact.id != best.id and m.confidence >= floor][:MAX_ALTERNATIVES]
                return Answer(
                    text,
                    language,
                    Match(best, confidence),
                    tuple(others),
                    entity=entity,
                    truncated=truncated,
                    disputes=self.disputes(best.id),
                )
        if not matches or matches[0].confidence < self.threshold:
            floor = self.threshold * 0.5
            suggestions = tuple(m for m in matches[:3] if m.confidence >= floor)
            return Answer(text, language, None, suggestions=suggestions, truncated=truncated)
        best, rest = matches[0], matches[1:]
        floor = max(self.threshold * 0.8, best.confidence - 0.35)
        alternatives = tuple(m for m in rest if m.confidence >= floor)[:MAX_ALTERNATIVES]
        return Answer(text, language, best, alternatives, truncated=truncated, disputes=self.disputes(best.fact.id))

    # ------------------------------------------------------------------ entities

    def _entity_question(self, text: str, tokens: list[str]) -> tuple[Entity | None, float]:
        """The entity a question is about, when it asks who or what someone is, or is just a name."""
        folded = " ".join(fold(text).replace("'", " ").replace("-", " ").split())
        asked = _WHO_IS.match(folded) or _NAME_FIRST.match(folded)
        name_tokens = search_tokens(asked.group("name")) if asked else tokens
        if asked:
            # "this jindal person": the words that only say what kind of someone is asked about go.
            name_tokens = [t for t in name_tokens if t not in _KIND_OF_SOMEONE]
        if not name_tokens or len(name_tokens) > 4:
            return None, 0.0
        # A text is a name only when every word of it belongs to some entity name (typos allowed):
        # "who is the ceo of invisible" asks about someone the articles may not name, not about Invisible.
        if not all(self._is_entity_token(t) for t in name_tokens):
            return None, 0.0
        # The whole text must be one name (a typo allowed): "sama kenya" names two entities, not Sama.
        found = process.extractOne(" ".join(name_tokens), self._entity_names, scorer=fuzz.ratio, score_cutoff=80)
        if found is None:
            return None, 0.0
        _name, score, position = found
        return self._entity_of_name[position], score / 100

    def _is_entity_token(self, token: str) -> bool:
        return token in self._entity_tokens or any(t in self._entity_tokens for t, _ in self._lookup(token))

    def _entity_fact(self, entity: Entity) -> Fact | None:
        intro = self._intro_fact.get(entity.id)
        return self.base.facts[intro] if intro else None

    def find_entity(self, name: str) -> Entity | None:
        """The entity a name or alias (or a misspelling of one) refers to."""
        key = " ".join(search_tokens(name)) or fold(name)
        if not key:
            return None
        found = process.extractOne(key, self._entity_names, scorer=fuzz.WRatio, score_cutoff=80)
        return self._entity_of_name[found[2]] if found else None

    # ------------------------------------------------------------------ browsing and autocomplete

    def complete_question(self, prefix: str, limit: int = 25) -> list[str]:
        """Known questions for an autocomplete box: those that fit what has been typed so far."""
        text = _clean(prefix)[:MAX_MATCHED_CHARS]
        if not text.strip():
            return [q for q, _ in self._question_list[:: max(1, len(self._question_list) // limit)]][:limit]
        key = fold(text)
        first = bisect.bisect_left(self._question_keys, (key, ""))
        starts = []
        for folded, question in self._question_keys[first : first + limit]:
            if not folded.startswith(key):
                break
            starts.append(question)
        if len(starts) >= limit:
            return starts[:limit]
        seen = set(starts)
        out = list(starts)
        tokens = search_tokens(text)
        typed = fold(text).split()
        last = typed[-1] if typed else ""
        if last and len(last) >= 2 and last not in self._idf:
            # The word being typed is unfinished: let it stand for the indexed words it begins.
            lo = bisect.bisect_left(self._vocabulary, last)
            tokens = (
                tokens[:-1] + self._vocabulary[lo : lo + 3]
                if self._vocabulary[lo : lo + 1] and self._vocabulary[lo].startswith(last)
                else tokens
            )
        for candidate in self._candidates(tokens, limit=limit):
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
        return _search(prefix, [(e, (e.name, *e.aliases)) for e in self.base.entities.values()], limit)

    def search_facts(self, prefix: str, limit: int = 25) -> list[Fact]:
        """Facts whose id or statement fits a typed prefix."""
        return _search(prefix, [(f, (f.id, f.statement)) for f in self._facts], limit)

    def search_topics(self, prefix: str, limit: int = 25) -> list[Topic]:
        """Topics whose id or name (English or French) fits a typed prefix."""
        return _search(prefix, [(t, (t.id, t.name, t.name_fr or "")) for t in self.base.topics.values()], limit)

    def search_sources(self, prefix: str, limit: int = 25) -> list[Source]:
        """Articles whose id, headline or outlet fits a typed prefix."""
        return _search(prefix, [(s, (s.id, s.headline, s.outlet or "")) for s in self.base.sources.values()], limit)

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
        tokens = search_tokens(_clean(subject)[:MAX_MATCHED_CHARS])
        ranked = [self._facts[c.index] for c in self._candidates(tokens, limit=len(self._facts))]
        matching = [f for f in ranked if f.kind == "discrepancy"]
        if not matching:
            return []
        # Keep only discrepancies near the best one's relevance, so an unrelated subject returns little.
        return matching[:limit]

    def random_fact(self, rng: random.Random | None = None) -> Fact:
        """Any fact, for /random."""
        return (rng or random).choice(self._facts)


def _inflected(word: str, other: str) -> bool:
    """Whether two words look like forms of one: the shorter is the longer but for an ending of 1-3 letters."""
    short, long = sorted((word, other), key=len)
    return len(short) >= 5 and len(long) - len(short) <= 3 and long.startswith(short)


def _deletes(token: str) -> set[str]:
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


def _similarity(query: str, phrasings: list[str]) -> float:
    """How close the question is, as a whole, to the nearest of a fact's own phrasings (0-1)."""
    if not query or not phrasings:
        return 0.0
    found = process.extractOne(query, phrasings, scorer=fuzz.token_sort_ratio)
    return found[1] / 100 if found else 0.0


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b")


def _clean(text: str) -> str:
    """Drop control and bidi characters and Discord mentions (they are not part of a question), collapse white space."""
    return " ".join(_MENTION.sub(" ", _CONTROL.sub(" ", text or "")).split())


def _search(prefix: str, items: list, limit: int) -> list:
    """Rank (item, names) pairs for an autocomplete prefix: prefix matches first, then fuzzy ones."""
    key = fold(_clean(prefix))[:100]
    if not key:
        return [item for item, _ in items[:limit]]
    scored = []
    for position, (item, names) in enumerate(items):
        folded = [fold(n) for n in names if n]
        if any(n.startswith(key) for n in folded):
            score = 200.0
        elif any(key in n for n in folded):
            score = 150.0
        else:
            found = process.extractOne(key, folded, scorer=fuzz.WRatio, score_cutoff=60)
            score = found[1] if found else 0.0
        if score:
            scored.append((-score, position, item))
    scored.sort(key=lambda row: row[:2])
    return [item for _, _, item in scored[:limit]]
