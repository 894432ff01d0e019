"""Ranking: candidates from the lexical index, scored on how much of the question they cover and how
close the question is to their own phrasings; and the confidence shown with an answer.

Matching is candidates first, fuzzy scoring second: the best few dozen facts by index score get their
coverage of the question computed, and the best dozen of those are compared with rapidfuzz.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter

from rapidfuzz import fuzz, process

from bot.core import lexicon
from bot.core.engine import qualifiers
from bot.core.engine.asks import (
    CURATED,
    DIFFERENCE_WORDS,
    EVENT_KINDS,
    NO,
    PEOPLE_TOKENS,
    PHRASED,
    TYPE_TOKENS,
    UNTYPED,
    Asked,
    answers,
    classify,
    counted_nouns,
    counted_of,
    counts_what_is_asked,
    event_doers,
    held_kinds,
    phrasing_types,
    question_events,
    rephrase,
)
from bot.core.engine.focus import _HOLLOW, focus_of, organisation_names
from bot.core.engine.lexical import HAS_DIGIT, LexicalIndex
from bot.core.language import guess_language
from bot.core.models import Fact, KnowledgeBase
from bot.core.text import FUNCTION_WORDS_FR, search_tokens

CANDIDATES = 12
# How many facts, picked by index score, get their coverage of the question computed.
PRESELECT = 60
#: Factor on the score, coverage and closeness of a fact that lacks what the question asks for (a number,
#: a date, a place, a sum) or that does not name someone, or give a number, the question names.
MISMATCH = 0.6
#: Events a question may ask about (the curated synonyms' tokens: "founded", "fondée" -> founder; "laid off",
#: "licenciés" -> layoff): a question naming one is answered only by a fact that speaks of it ("when was DeepMind
#: founded" not by the date of its guidelines, "did Savreux get fired" not by his working from home).
EVENT_TOKENS = frozenset({"founder", "layoff", "hire", "invest", "union"})
#: Words counting people at work in general ("how many workers", "combien de personnes"): a fact counting people at
#: work of any kind covers them, as a typo reading does (PEOPLE_TRUST); a trade ("engineers", "members") is no such word.
ANY_PEOPLE = frozenset(
    search_tokens("people person persons personnes personne gens humans individuals worker workers employee employees "
                  "employes employe staff staffers workforce personnel salaries")
)  # fmt: skip
PEOPLE_TRUST = 0.8
#: A pair of words is a thing the question is about when this many of its candidate facts put them side by side.
CONCEPT_FACTS = 3
#: The least frequency (Zipf) of each word of such a pair: a typo or a rare word is not the name of a thing.
CONCEPT_ZIPF = 2.5
#: A beginning and an end: a date of one does not say when the other was.
PHASES = {
    "start": frozenset(
        search_tokens(
            "start started starting begin began begun beginning commence commenced debut debuted become became becoming"
        )
    ),
    "end": frozenset(
        search_tokens(
            "end ended ending ends stop stopped quit terminate terminated split cease ceased fin arrete rompu rompre "
            "escape escaped escaping"
        )
    ),
}
#: The events a curated action is (a deed's `did`), in the words of EVENT_TOKENS.
_ACTION_EVENT_WORDS = {"lay-off": "layoff", "hire": "hire", "plan-hire": "hire", "invest": "invest", "vote-union": "union"}
#: The texts saying what a fact's curated answers of the kind a question asks for are of, by question type.
SLOT_TEXTS: dict[str, Callable[[Fact], list[str]]] = {
    "why": lambda fact: [c.explains for c in fact.answers.cause],
    "how_many": lambda fact: [s.of or "" for s in (*fact.answers.count, *fact.answers.percent, *fact.answers.money)],
    "how_much_money": lambda fact: [m.of or "" for m in fact.answers.money],
    "when": lambda fact: (
        [d.of or "" for d in fact.answers.date]
        + [f"{_ACTION_EVENT_WORDS.get(a.did, a.did)} {a.object or ''}" for a in fact.answers.actor]
    ),
}


#: An article named by its nickname in a statement: the “work sucks, I know” article, l'article « work sucks, I know ».
_NICKNAME = re.compile(r"“[^”]*”\s+(?:article|articles)\b|\barticles?\s+«[^»]*»")
#: A sum of money in a statement.
_SUM = re.compile(r"[$€£]\s?\d|\d\s?[$€£]|\b(?:dollars?|euros?|unpaid|paid)\b", re.IGNORECASE)
_ASKS_SUM = re.compile(
    r"\bhow\s+much\b|\bcombien\b|\bpaid\b|^what\s+(?:does|do|did)\b"
    # "What is Jindal's salary", "quel est le salaire de": a sum asked for by its name.
    r"|^(?:what|whats|what\s+s)\b.*\b(?:salary|salaries|wage|wages|income|revenue|revenues|price|prices|paycheck)\b"
    r"|^quel(?:le)?s?\s+(?:est|sont|etait)\b.*\b(?:salaire|salaires|revenu|revenus|prix|chiffre)\b"
)
#: A question about what someone said or how they responded (English "comment" is read by the facade: in French it is "how").
_RESPONSE = re.compile(
    r"\b(?:say|said|says|tell|told|commented|comments|commenting|respond\w*|response|repl\w*|react\w*|statement|confirm\w*"
    r"|deny|denied|silen\w*|quiet|talk\w*|refus\w*|declin\w*|speak|spoke|answer\w*|reached|dit|dire|repondu|reponse|reagi"
    r"|reaction|declaration|exprime\w*|parle\w*|confirme\w*|nie|commente\w*|commenter)\b"
)
_RESPONSE_TOKENS = frozenset(
    search_tokens("answer answered respond responded response replied reply react reaction commented statement confirm "
                  "denied repondu reponse repondre reagi reaction declaration commente commenter")
)  # fmt: skip
#: A capitalised word after "in": a place a statement names, or a month.
_IN_PLACE = re.compile(r"\b[Ii]n ([A-Z][a-z]+(?: [A-Z][a-z]+)*)\b")
_MONTH_NAMES = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
)
#: The words before a verb of saying: who said it, as the statement introduces them ("an OpenAI spokesperson said").
_SAID_BY = re.compile(r"((?:\w+\s+){1,3})(?:said|says|told|tells|tweeted|wrote|explained|added)\b")
#: Where a description stops saying what something is and starts saying what it did ("..., which powers Copilot").
_WHAT_IT_IS = re.compile(r"[,;(]|\s(?:who|which|that|whose|where|on\s+which|in\s+which)\s")
#: Small numbers in figures and in words, English and French: "en 6 mois" is "over six months".
_NUMBERS = ("2 two deux", "3 three trois", "4 four quatre", "5 five cinq", "6 six", "7 seven sept", "8 eight huit",
            "9 nine neuf", "10 ten dix", "12 twelve douze")  # fmt: skip
NUMBER_FORMS: dict[str, frozenset[str]] = {
    token: frozenset(forms) for line in _NUMBERS for forms in [search_tokens(line)] for token in forms
}
#: Months, like numbers, name something precise: a question about January is not answered by a fact about March.
MONTHS = frozenset(
    search_tokens(
        "january february march april june july august september october november december "
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"
    )
)


#: Words for one event that neither the stemmer nor the curated synonyms bring together: a question's word finds the
#: others, with less trust than the word itself ("why did Sama quit OpenAI" asks why it *ended* the partnership;
#: "pourquoi Invisible s'est débarrassé de formateurs" why it laid them off).
_PARAPHRASES: tuple[frozenset[str], ...] = tuple(
    frozenset(search_tokens(words))
    for words in (
        "end ended ending ends stop stopped stopping quit quits quitting terminate terminated split dropped dropping "
        "arrete arreter arretait quitte quitter rompu rompre fin",
        "launch launched launches release released releases unveil unveiled debut debuted introduce introduced "
        "lance lancee lancement sorti sortie",
        "layoff axed rid debarrasse debarrasser debarrasses",
    )
)  # fmt: skip
PARAPHRASE_TRUST = 0.7


@dataclass(frozen=True, slots=True)
class Candidate:
    """A fact (by position) scored for a question."""

    index: int
    bm25: float
    coverage: float
    similarity: float
    score: float
    #: Whether the fact holds the kind of answer the question asks for (asks.answers: NO, PHRASED or CURATED):
    #: only such a fact may answer.
    fits: int = CURATED


class Ranker:
    """Picks and scores a question's candidate facts."""

    def __init__(
        self,
        base: KnowledgeBase,
        index: LexicalIndex,
        entity_token_sets: list[frozenset[str]],
        names_in: Callable[[str], frozenset[str]] | None = None,
    ) -> None:
        self.base = base
        #: The entities a text names (for what a curated answer's `of` is about).
        self._names_in = names_in
        self._index = index
        self._entity_token_sets = entity_token_sets
        self._is_discrepancy = [f.kind == "discrepancy" for f in index.facts]
        # The types of each fact's own questions, worked out the first time a typed question meets the fact.
        self._phrased: dict[int, frozenset[str]] = {}
        # The words each fact itself says, worked out the first time a how-many question meets the fact.
        self._words: dict[int, frozenset[str]] = {}
        self._plain: dict[int, tuple[str, str]] = {}
        self._speaker_cache: dict[int, frozenset[str]] = {}
        self._pair_cache: dict[int, frozenset[tuple[str, str]]] = {}
        # (By name only: an alias may be a place within it, "Austin" for Texas, which says where in it.)
        self._place_ids = {
            name.lower(): entity.id
            for entity in base.entities.values()
            if entity.type == "place"
            for name in (entity.name, *(alias for alias in entity.aliases if " " in alias))
        }
        # Each place's names as search tokens, by their first word, for a question naming one by words made from it
        # ("eastern european").
        place_words: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        for entity in base.entities.values():
            if entity.type == "place":
                for name in (entity.name, *entity.aliases):
                    if words := tuple(search_tokens(name)):
                        place_words[words[0]].append((entity.id, words))
        self._place_words = dict(place_words)
        # Every word of a place's names but those saying only where in it ("city", "south"): a sum asked of a place names it.
        self._place_name_tokens = (
            frozenset(t for words in place_words.values() for _id, tokens in words for t in tokens if len(t) >= 4)
            - _PLACE_KIND_WORDS
        )
        roles: dict[str, list[str]] = defaultdict(list)
        for fact in index.facts:
            for role in fact.answers.role:
                roles[role.entity].append(role.role)
        self._roles = dict(roles)
        self._events: dict[int, frozenset[str]] = {}
        self._slot_event_cache: dict[tuple[int, str], frozenset[str]] = {}
        self._phase_cache: dict[tuple[int, str], frozenset[str]] = {}
        self._sum_question_cache: dict[int, tuple[str, ...]] = {}
        # Who the base says did each event (lay-off: Invisible, Microsoft), from the facts' curated deeds.
        curated_doers: dict[str, set[str]] = defaultdict(set)
        for fact in index.facts:
            for actor in fact.answers.actor:
                curated_doers[actor.did].update(actor.who)
        self._curated_doers = {action: frozenset(who) for action, who in curated_doers.items()}
        self._counted: dict[int, frozenset[str]] = {}
        self._layoff_counts: dict[int, bool] = {}
        self._phrased_questions: dict[tuple[int, str], tuple[str, ...]] = {}
        self._where_asked: dict[int, frozenset[str]] = {}
        self._organisations = organisation_names(base)
        self._name_tokens = frozenset().union(*entity_token_sets)
        self._not_concept = (
            self._name_tokens | _HOLLOW | PEOPLE_TOKENS | FUNCTION_WORDS_FR | frozenset().union(*TYPE_TOKENS.values())
        )
        self._long_name_tokens = frozenset(name for name in self._name_tokens if len(name) >= 4)

    def _sum_words(self, position: int) -> frozenset[str]:
        """The search tokens of what a fact's sums are of and its statements: where a sum's place is said."""
        fact = self._index.facts[position]
        texts = [text for m in fact.answers.money for text in (m.of or "", m.per or "")]
        return frozenset(search_tokens(" ".join((*texts, fact.statement, fact.statement_fr or ""))))

    def _owners(self, text: str, named: frozenset[str]) -> frozenset[str]:
        """The organisations and publications a headcount question names as having the people counted."""
        if self._names_in is None or not text:
            return frozenset()
        entities = self.base.entities
        return frozenset(
            e
            for e in self._names_in(text) & named
            if (entity := entities.get(e)) and entity.type in ("organisation", "publication")
        )

    def _counts_of(self, fact: Fact, owners: frozenset[str]) -> bool:
        """Whether one of a fact's curated counts can be of the owners' people: its `of` names one of them, or names no
        organisation or publication and the fact is about one of them."""
        entities = self.base.entities
        # (A count naming no one is of those who did what the fact curates, or of what the fact is about.)
        doers = {e for actor in fact.answers.actor for e in actor.who} or set(fact.entities)
        for count in fact.answers.count:
            of = {e for e in self._names_in(count.of or "") if entities[e].type in ("organisation", "publication")}
            if not of.isdisjoint(owners) or (not of and not owners.isdisjoint(doers)):
                return True
        return False

    def _phrased_types(self, position: int) -> frozenset[str]:
        found = self._phrased.get(position)
        if found is None:
            found = self._phrased[position] = phrasing_types(self._index.facts[position])
        return found

    def _names_a_place(self, token: str) -> bool:
        """Whether a word is a name's adjective or plural ("American" of America, "Kenyan" of Kenya)."""
        # The name is the word less at most two letters, and four letters or more: three lookups, not a scan of every name.
        return any(token[: len(token) - cut] in self._long_name_tokens for cut in (0, 1, 2) if len(token) - cut >= 4)

    def _kinds_of_things(self, position: int, named: frozenset[str]) -> frozenset[str]:
        """The search tokens of what the entities a fact is about are (their type and the head of their description,
        "OpenAI's natural language generative model"), but those the question names: what a name it gives can name."""
        entities = self.base.entities
        texts = [
            f"{entity.type} {_WHAT_IT_IS.split(entity.description, maxsplit=1)[0]}"
            for e in self._index.facts[position].entities
            if e not in named and (entity := entities.get(e)) is not None
        ]
        return frozenset(search_tokens("\n".join(texts)))

    def _phrased_of_kind(self, position: int, kind: str | None) -> tuple[str, ...]:
        """The fact's own French questions of a type (when, how much): what they ask about, the fact's answer is of (its
        curated `of` is in English)."""
        if kind not in ("when", "how_much_money", "where"):
            return ()
        key = (position, kind)
        found = self._phrased_questions.get(key)
        if found is None:
            fact = self._index.facts[position]
            found = tuple(q for q in fact.questions_fr if classify(q).kind == kind)
            self._phrased_questions[key] = found
        return found

    def _where_words(self, position: int) -> frozenset[str]:
        """What the fact's own where-questions ask the place of, in either language ("where does OpenAI's money go":
        money, go), names and the words that only ask where left out."""
        found = self._where_asked.get(position)
        if found is None:
            fact = self._index.facts[position]
            phrasings = [q for q in (*fact.questions, *fact.questions_fr) if classify(q).kind == "where"]
            found = frozenset(search_tokens("\n".join(phrasings))) - TYPE_TOKENS["where"] - self._name_tokens
            self._where_asked[position] = found
        return found

    def _counts_layoffs(self, position: int) -> bool:
        """Whether every count or share the fact gives is of people laid off (its `of` says so, or, for a rough quantity in
        its statement, the statement speaks of layoffs); worked out the first time a how-many question meets the fact."""
        found = self._layoff_counts.get(position)
        if found is None:
            fact = self._index.facts[position]
            slots = [*fact.answers.count, *fact.answers.percent]
            found = bool(slots) and all("layoff" in search_tokens(s.of or "") or question_events(s.of or "") for s in slots)
            if not slots:
                # A rough quantity in the statement is of what it says happened to them ("laid off dozens of trainers").
                found = "layoff" in search_tokens(rephrase(fact.statement)) or "layoff" in question_events(fact.statement)
            self._layoff_counts[position] = found
        return found

    def _counted_words(self, position: int, fits: int) -> frozenset[str]:
        """What a fact counts, to compare with what a how-many question counts: the `of` of its curated counts, shares
        and sums and what its own how-many questions count. A fact answering only by those questions counts what they
        count ("how many lines of code" does not say how many languages Codex writes, though the fact speaks of
        languages); one whose count is a rough quantity in its statement ("dozens of trainers"), what it says."""
        fact = self._index.facts[position]
        words = self._phrased_counted(position)
        if fits == CURATED:
            of = counted_of(fact)
            words = words | of if of else self._own_words(position)
        return words or self._own_words(position)

    def _counts_exclude(self, position: int, counted: Iterable[str], readings: Callable[[str], Iterable[str]]) -> bool:
        """Whether every curated count of a fact leaves out what a how-many question counts (their `excludes`)."""
        counts = self._index.facts[position].answers.count
        if not counts or any(not count.excludes for count in counts):
            return False
        return all(
            any(token in left_out or not left_out.isdisjoint(readings(token)) for token in counted)
            for left_out in (frozenset(search_tokens(count.excludes or "")) for count in counts)
        )

    def _phrased_counted(self, position: int) -> frozenset[str]:
        """What the fact's own how-many questions count (counted_nouns), none when they do not say."""
        found = self._counted.get(position)
        if found is None:
            fact = self._index.facts[position]
            questions = (q for q in (*fact.questions, *fact.questions_fr) if classify(q).kind == "how_many")
            found = self._counted[position] = frozenset(t for q in questions for t in counted_nouns(q))
        return found

    def _event_words(self, position: int) -> frozenset[str]:
        """The fact's own words with the events its phrasal verbs name ("let dozens of trainers go": layoff)."""
        found = self._events.get(position)
        if found is None:
            fact = self._index.facts[position]
            texts = " ".join((fact.statement, fact.statement_fr or "", *fact.questions, *fact.questions_fr, *fact.keywords))
            phrased = (EVENT_TOKENS & set(search_tokens(rephrase(texts)))) | question_events(texts)
            found = self._events[position] = self._own_words(position) | phrased
        return found

    def _slot_events(self, position: int, kind: str) -> frozenset[str]:
        """The events the fact's curated answers of the kind a question asks for are of (a cause's `explains`, a count's
        or a date's `of`, a curated deed), all events when it curates none of them (a rough count in its statement)."""
        key = (position, kind)
        found = self._slot_event_cache.get(key)
        if found is None:
            fact = self._index.facts[position]
            texts = SLOT_TEXTS[kind](fact)
            if not texts:
                found = EVENT_TOKENS | {"layoff"}
            else:
                text = " ".join(texts)
                found = frozenset(EVENT_TOKENS & set(search_tokens(rephrase(text)))) | question_events(text)
            self._slot_event_cache[key] = found
        return found

    def _sum_questions(self, position: int) -> tuple[str, ...]:
        """The fact's own how-much questions, in either language."""
        found = self._sum_question_cache.get(position)
        if found is None:
            fact = self._index.facts[position]
            found = tuple(q for q in (*fact.questions, *fact.questions_fr) if classify(q).kind == "how_much_money")
            self._sum_question_cache[position] = found
        return found

    def _slot_phases(self, position: int, kind: str) -> frozenset[str]:
        """Whether the fact's curated answers of a kind (dates, causes) are of something starting or ending (PHASES), from
        what they are of or explain ("how Savreux escaped homelessness" ends a state)."""
        found = self._phase_cache.get((position, kind))
        if found is None:
            words = set(search_tokens("\n".join(SLOT_TEXTS[kind](self._index.facts[position]))))
            found = frozenset(name for name, ws in PHASES.items() if not ws.isdisjoint(words))
            self._phase_cache[(position, kind)] = found
        return found

    def _places(self, position: int) -> frozenset[str]:
        """The places a fact names: its curated places and the place entities it is filed under (entity ids)."""
        fact = self._index.facts[position]
        entities = self.base.entities
        filed = (e for e in fact.entities if (entity := entities.get(e)) is not None and entity.type == "place")
        # And a place its statement names that is no entity ("in Austin, per The Internet Patrol"), months aside.
        # (A name in several words is the place by any of its names: "in South America" is Latin America.)
        said = (
            self._place_ids.get(m.lower()) or self._place_ids.get(m.split()[0].lower(), f"text:{m.split()[0].lower()}")
            for m in _IN_PLACE.findall(fact.statement)
            if m.split()[0].lower() not in _MONTH_NAMES
        )
        return frozenset((*filed, *said, *(w for p in fact.answers.place for w in p.where)))

    def _places_named_by_words(self, present: set[str]) -> frozenset[str]:
        """The places a question names by words made from their names: "eastern european", "kenyan", "latin american"
        (each word of a name the start of one of the question's)."""
        found = set()
        for token in present:
            # (Looked up by each start of the question's word, so the cost does not grow with the number of places.)
            for end in range(1, len(token) + 1):
                for place, words in self._place_words.get(token[:end], ()):
                    if all(any(t.startswith(word) for t in present) for word in words[1:]):
                        found.add(place)
        return frozenset(found)

    def _speakers(self, position: int) -> frozenset[str]:
        """Who the speakers of a fact's curated quotes are, as search tokens: their names, what their descriptions say
        they are, their curated roles anywhere in the base, and the words just before the fact's verbs of saying ("an
        OpenAI spokesperson said")."""
        found = self._speaker_cache.get(position)
        if found is None:
            fact = self._index.facts[position]
            texts = []
            for quote in fact.answers.quote:
                entity = self.base.entities.get(quote.speaker)
                if entity is not None:
                    texts += [entity.name, *entity.aliases, _WHAT_IT_IS.split(entity.description, maxsplit=1)[0]]
                    texts += self._roles.get(quote.speaker, [])
            texts += [m.group(1) for m in _SAID_BY.finditer(qualifiers.folded(fact.statement))]
            found = self._speaker_cache[position] = frozenset(search_tokens("\n".join(texts)))
        return found

    def _about_a_person(self, position: int) -> bool:
        """Whether any entity the fact is about is a person."""
        entities = self.base.entities
        return any(
            (e := entities.get(entity_id)) is not None and e.type == "person"
            for entity_id in self._index.facts[position].entities
        )

    def _own_words(self, position: int) -> frozenset[str]:
        """The search tokens of what a fact itself says (statements, questions, keywords, quotes), not of the topics and
        entities it is filed under: "workforce" in a topic's name is not a count of workers."""
        found = self._words.get(position)
        if found is None:
            fact = self._index.facts[position]
            # Without the articles' nicknames (the “think like human developers” article counts no developers).
            statements = (_NICKNAME.sub(" ", fact.statement), _NICKNAME.sub(" ", fact.statement_fr or ""))
            texts = (*statements, *fact.questions, *fact.questions_fr, *fact.keywords)
            quotes = (c.quote for c in fact.citations)
            # One text a line: each is read in its own language (text.py's false friends).
            found = self._words[position] = frozenset(search_tokens("\n".join((*texts, *quotes))))
        return found

    def _no_comment(self, position: int) -> bool:
        """Whether a fact's only curated answers are someone declining to comment."""
        slots = self._index.facts[position].answers
        return (
            bool(slots.actor)
            and self._index.facts[position].answer_kinds == {"actor"}
            and all(actor.did == "decline-comment" for actor in slots.actor)
        )

    def _pairs(self, position: int) -> frozenset[tuple[str, str]]:
        """The pairs of search tokens a fact's own texts put side by side (statements, questions, keywords)."""
        found = self._pair_cache.get(position)
        if found is None:
            fact = self._index.facts[position]
            pairs = set()
            for text in (fact.statement, fact.statement_fr or "", *fact.questions, *fact.questions_fr, *fact.keywords):
                words = search_tokens(rephrase(text))
                pairs.update(pairwise(words))
            found = self._pair_cache[position] = frozenset(pairs)
        return found

    def _concepts(self, tokens: list[str], positions: list[int]) -> list[tuple[str, str]]:
        """The things a question names in two words that at least CONCEPT_FACTS of its candidates name the same way
        ("coding test", "data labeling"): what it is about. Names, numbers, people and words asking for a type are not
        such things, nor words no dictionary has."""
        concepts = []
        for pair in dict.fromkeys(pairwise(tokens)):
            if any(t in self._not_concept or HAS_DIGIT.search(t) or lexicon.zipf(t) < CONCEPT_ZIPF for t in pair):
                continue
            # (Both words among a fact's tokens first: a set lookup, before its pairs are worked out.)
            holding = (p for p in positions if pair[0] in self._index.fact_tokens[p] and pair[1] in self._index.fact_tokens[p])
            if sum(pair in self._pairs(p) for p in holding) >= CONCEPT_FACTS:
                concepts.append(pair)
        return concepts

    def _says(self, position: int, concept: tuple[str, str]) -> bool:
        """Whether a fact's own words hold both words of a concept (or their readings)."""
        own = self._own_words(position)
        return all(token in own or any(i in own for i, _ in self._index.lookup(token)) for token in concept)

    def _plain_text(self, position: int) -> tuple[str, str]:
        """What a fact itself says (as _own_words), and its English statement, folded as qualifiers are read: with the
        small words search tokens drop."""
        found = self._plain.get(position)
        if found is None:
            fact = self._index.facts[position]
            texts = (fact.statement, fact.statement_fr or "", *fact.questions, *fact.questions_fr, *fact.keywords)
            # (Without the articles' nicknames: the “think like human developers” article reports no one's thinking.)
            whole = qualifiers.folded(_NICKNAME.sub(" ", " \n ".join((*texts, *(c.quote for c in fact.citations)))))
            found = self._plain[position] = (whole, qualifiers.folded(fact.statement))
        return found

    def _number_forms(self, token: str) -> tuple[tuple[str, float], ...]:
        """The other ways the facts write a small number ("6" and "six", "deux" and "2"), as indexed tokens."""
        return tuple((form, 1.0) for form in NUMBER_FORMS.get(token, ()) if form in self._index.idf and form != token)

    def _paraphrases(self, token: str) -> tuple[tuple[str, float], ...]:
        """The other words for the event a word names (_PARAPHRASES), as indexed tokens, with less trust."""
        return tuple(
            (other, PARAPHRASE_TRUST)
            for group in _PARAPHRASES
            if token in group
            for other in sorted(group)
            if other != token and other in self._index.idf
        )

    def candidates(
        self,
        tokens: list[str],
        limit: int = CANDIDATES,
        asked: Asked = UNTYPED,
        named: frozenset[str] = frozenset(),
        question: str = "",
    ) -> list[Candidate]:
        """The best facts for a question's search tokens, best first; `asked` is the question's type and `named`
        the entities it names, which decide whether each fact holds the kind of answer asked for."""
        if not tokens:
            return []
        index = self._index
        idf, all_postings = index.idf, index.postings
        own_readings = [index.lookup(token) + self._number_forms(token) for token in dict.fromkeys(tokens)]
        mapped = [(token, own + self._paraphrases(token)) for token, own in zip(dict.fromkeys(tokens), own_readings, strict=True)]
        # Candidates come from the question's rarer words when it has any: a word found in most facts
        # picks nothing out, and its long posting list is what would make a large base slow.
        # (Not from a before question's later event, when it has other words: "before hiring contractors" picks out
        # the hiring facts, not what came before.)
        # (Nor from other words for the event a word names: they count for how much of the question a fact says, and
        # pick no fact of their own.)
        own_mapped = [(token, own) for (token, _), own in zip(mapped, own_readings, strict=True)]
        picking = [(t, o) for t, o in own_mapped if t not in asked.reference_tokens] or own_mapped
        options_all = [(indexed, trust) for _token, options in picking for indexed, trust in options]
        by_rarity = sorted(options_all, key=lambda option: len(all_postings[option[0]].facts))
        rare = [(i, t) for i, t in by_rarity if len(all_postings[i].facts) < index.common_df]
        if len(rare) < 2:
            rare = by_rarity[:3]
        totals: dict[int, float] = defaultdict(float)
        for indexed, trust in rare:
            postings = all_postings[indexed]
            for impact, position in zip(postings.impacts, postings.facts, strict=True):
                totals[position] += impact * trust
        if not totals:
            return []
        top = heapq.nlargest(max(limit, PRESELECT), totals.items(), key=itemgetter(1))
        # How much of the question's weight does each fact account for? Unknown words weigh the most.
        # (A word weighs what its own readings weigh: another word for the event it names is no rarer a word.)
        query_weights = [
            (max((idf[i] for i, _ in own or options), default=index.max_idf) if options else index.max_idf, options)
            for (_token, options), own in zip(mapped, own_readings, strict=True)
        ]
        total_weight = sum(w for w, _ in query_weights) or 1.0
        query_string = " ".join(tokens)
        best_bm25 = top[0][1]
        scored = []
        # A fact holding the kind of answer asked for covers the words that only ask for it ("located"), as below: so it
        # counts when the cheap scores pick the candidates too.
        needs = asked.needs
        optional = asked.type_tokens | asked.reference_tokens
        type_share = sum(w for (token, _), (w, _) in zip(mapped, query_weights, strict=True) if token in optional)
        type_share /= total_weight
        # "How many workers did Invisible lay off": the people a how-many question counts are covered by a fact counting
        # people at work in other words ("dozens of data trainers"), as counts_what_is_asked takes them.
        people_counted = (
            [token in ANY_PEOPLE for token, _ in mapped] if asked.kind == "how_many" and ANY_PEOPLE.intersection(tokens) else []
        )
        for position, bm25 in top:
            fact_tokens = index.fact_tokens[position]
            kind_held = bool(needs) and not needs.isdisjoint(held_kinds(index.facts[position], asked))
            counts_people = (
                kind_held and bool(people_counted) and not PEOPLE_TOKENS.isdisjoint(self._counted_words(position, CURATED))
            )
            covered = sum(
                weight
                * (
                    PEOPLE_TRUST
                    if counts_people and people_counted[i]
                    else max((trust for ix, trust in options if ix in fact_tokens), default=0.0)
                )
                for i, (weight, options) in enumerate(query_weights)
            )
            holds = type_share and (not needs or kind_held)
            scored.append((covered / total_weight, bm25, position, type_share if holds else 0.0, kind_held))
        # The cheap scores pick who gets the (dearer) fuzzy comparison with the fact's phrasings; a fact holding the kind of
        # answer asked for goes before one that does not, whose words alone cannot answer (the type's own words, "how
        # many", are no search words to count for it).
        scored = heapq.nlargest(
            limit, scored, key=lambda row: 0.5 * min(1.0, row[0] + row[3]) + 0.2 * row[1] / best_bm25 + 0.1 * row[4]
        )
        candidates = []
        about_differences = not DIFFERENCE_WORDS.isdisjoint(tokens)
        present = set(tokens)
        # A name only in a before question's later event ("before joining OpenAI") is not whom it asks about.
        names = [name for name in self._entity_token_sets if name <= present and not name <= asked.reference_tokens]
        # So is a number, or a name with one ("gpt4"): a fact without it is about something else.
        numbers = [{t, *NUMBER_FORMS.get(t, ())} for t in present if HAS_DIGIT.search(t) or t in MONTHS]
        numbers_flat = {t for forms in numbers for t in forms}
        # A fact holding the type of answer asked for covers the words that only ask for that type ("located").
        # So does a fact answering what came before for the words of the later event ("before he became a trainer").
        type_weight = sum(w for (token, _), (w, _) in zip(mapped, query_weights, strict=True) if token in optional)
        # (The later event of a before question is not what it asks about: "before hiring contractors".)
        events = (present - asked.reference_tokens) & EVENT_TOKENS | question_events(
            question.replace(asked.reference, " ") if asked.reference_tokens else question
        )
        # "Why did OpenAI fire Invisible's trainers": an event the base has others do and never the doer named (a false
        # premise) is answered by no fact, whatever they share; the one saying who did it is among the suggestions.
        foreign_doer = (
            asked.kind in EVENT_KINDS
            and self._names_in is not None
            and any(
                doers.isdisjoint(frozenset().union(*(self._curated_doers.get(a, frozenset()) for a in actions)))
                for actions, doers in event_doers(question, named, self._names_in, self.base)
            )
        )
        phases = [name for name, words in PHASES.items() if not words.isdisjoint(present)]
        phase = phases[0] if len(phases) == 1 else None
        # A question asking for a sum in so many words ("how much", "combien", "what is X paid"), not one naming wages.
        asks_sum = asked.kind == "how_much_money" and bool(_ASKS_SUM.search(question.lower()))
        # What an untyped or why question asks about the names it names: its other words, but for those saying the type
        # asked. (A question of another type has its answer's type to vouch for the fact; its verb is often paraphrased.)
        named_words = {t for name in names for t in name}
        rest = (
            [(t, o) for t, o in mapped if t not in named_words and t not in asked.type_tokens and t not in numbers_flat]
            if names and asked.kind in (None, "why", "deed")
            else []
        )
        # "How many employees does Google have": a count of firms (or of anything but people at work) does not answer.
        counted = counted_nouns(question) if asked.kind == "how_many" else ()
        found_headcount = _HEADCOUNT.search(qualifiers.folded(question)) if asked.kind == "how_many" else None
        headcount = found_headcount is not None
        # Whose headcount: the organisation or publication that has the people ("does Semafor have"), whose count it must be.
        owners = (
            self._owners(found_headcount.group("owner") or found_headcount.group("owner_fr"), named) if headcount else frozenset()
        )
        counted = tuple(t for t in counted if t not in named_words)
        readings = lambda token: {indexed for indexed, _ in index.lookup(token)}  # noqa: E731
        # What it asks about beyond its type: whose date or sum, which sum, which position, a name (focus.py).
        names_read = {t for t in present if any(i in self._name_tokens for i in readings(t)) or self._names_a_place(t)}
        focus = focus_of(question, tokens, asked, named_words | names_read | self._name_tokens, self._organisations)
        french = guess_language(question) == "fr"
        # "Voted against", "hiring now", "what happened afterwards", "when will": a qualifier the fact does not carry.
        qualified = qualifiers.asked(question)
        first = qualifiers.asks_first(question)
        # The places a how-much question asks the sum in ("the minimum wage in Kansas"), not those describing someone ("the
        # Kansas City guy", read as the person).
        sum_places = (
            (present & self._place_name_tokens) - asked.reference_tokens if asked.kind == "how_much_money" else frozenset()
        )
        named_places = frozenset(e for e in named if (entity := self.base.entities.get(e)) and entity.type == "place")
        named_places |= self._places_named_by_words(present)
        # Products only for dates and sums ("when did Copilot launch"): "the GPT bots" Invisible's trainers train is the
        # family of models, not GPT-3.
        thing_types = ("product", "publication") if asked.kind in ("when", "how_much_money") else ("publication",)
        named_things = frozenset(e for e in named if (entity := self.base.entities.get(e)) and entity.type in thing_types)
        # Typo readings a word of the language has only by chance ("score" is not "scope") do not vouch for the attribute.
        sure_readings = lambda token: {indexed for indexed, trust in index.lookup(token) if trust >= 0.7}  # noqa: E731
        # The question's words as the index reads them, typos put right ("svreux": savreux).
        read = (
            frozenset(present | {indexed for _token, options in mapped for indexed, _ in options})
            if asked.kind == "where"
            else None
        )
        # What a where-question asks the place of, beyond names and the words asking where (the index's readings too).
        where_asked = (read - TYPE_TOKENS["where"] - self._name_tokens) if read is not None else frozenset()
        # (A misspelt word of response counts as read: "did Invisible answr the journalists".)
        asks_response = (
            "comment" in tokens
            or bool(_RESPONSE.search(qualifiers.folded(question)))
            or any(indexed in _RESPONSE_TOKENS for _token, options in mapped for indexed, _ in options)
        )
        concepts = self._concepts(tokens, [position for _c, _b, position, _t, _h in scored])
        for coverage, bm25, position, _typed, _held in scored:
            fits = (
                CURATED
                if asked.kind is None
                else answers(
                    index.facts[position],
                    asked,
                    named,
                    self.base,
                    question,
                    self._phrased_types(position),
                    self._names_in,
                    read,
                )
            )
            if foreign_doer:
                fits = NO
            # "When was DeepMind founded": a date (count, sum) of a fact that never speaks of a founding is of something else.
            # What the fact itself says, not the topics it is filed under: "how many workers did Invisible lay off" is not
            # answered by the hundreds who work with OpenAI because that fact is filed under the layoffs.
            if fits and events and not events <= self._event_words(position):
                fits = NO
            # And a curated answer is of the event asked: "why did Invisible hire the trainers" is not answered by why it
            # laid some of them off, though that fact speaks of their hiring too.
            if fits == CURATED and events and asked.kind in SLOT_TEXTS and not events <= self._slot_events(position, asked.kind):
                fits = NO
            # "When did Sama start working with OpenAI" is not answered by when it stopped (nor the other way round); "why did
            # Savreux become homeless" not by how he escaped homelessness.
            if (
                fits == CURATED
                and phase
                and asked.kind in ("when", "why")
                and self._slot_phases(position, asked.kind) == PHASES.keys() - {phase}
            ):
                fits = NO
            # A count of people laid off is not a headcount: "how many employees does Microsoft have" is not its 10,000 cuts.
            if fits == CURATED and asked.kind == "how_many" and "layoff" not in events and self._counts_layoffs(position):
                fits = NO
            # "How many employees does Invisible have" asks its headcount: a rough quantity in a statement ("hundreds of
            # Invisible contractors work with OpenAI") counts those doing what it says, not everyone a firm has.
            if fits and headcount and not index.facts[position].answers.count:
                fits = NO
            # And the count is of their people: "how many employees does Semafor have" is not the contractors OpenAI hired,
            # though Semafor reported it (a count whose `of` names no one is of the fact's own subject).
            if fits and owners and not self._counts_of(index.facts[position], owners):
                fits = NO
            # A sum is a sum: a fact answering how much only by its curators' questions must name one ("fair compensation"
            # in the Partnership on AI's report is no pay figure).
            if fits == PHRASED and asks_sum and not _SUM.search(index.facts[position].statement):
                fits = NO
            # And of the kind asked: one whose curators ask how much was invested does not say what anyone is paid.
            if fits == PHRASED and focus.sums and not any(focus.sum_kind_held(q) for q in self._sum_questions(position)):
                fits = NO
            # A place is the place of something: a fact answering where only by its curators' where-questions ("where does
            # OpenAI's money go") answers only a where-question about what they ask of ("where are OpenAI's contractors").
            if fits == PHRASED and asked.kind == "where" and where_asked and where_asked.isdisjoint(self._where_words(position)):
                fits = NO
            if fits and counted and not counts_what_is_asked(counted, self._counted_words(position, fits), readings):
                fits = NO
            # Nor is a count that leaves out what is asked ("how many contractors": OpenAI's 375 staff, contractors excluded).
            if fits and counted and self._counts_exclude(position, counted, readings):
                fits = NO
            # People are counted by a count or a share, not a sum ("how many labelers" is not the $15 trainers earn).
            held = held_kinds(index.facts[position], asked) if fits == CURATED and counted else frozenset()
            if held & {"count", "percent", "money"} == {"money"} and not PEOPLE_TOKENS.isdisjoint(counted):
                fits = NO
            if fits and not focus.holds(
                index.facts[position],
                asked,
                readings,
                self._phrased_of_kind(position, asked.kind) if french else (),
                self._own_words(position) if focus.heads or focus.deed or focus.count_verb or focus.title else frozenset(),
                sure_readings,
                self._kinds_of_things(position, named) if focus.named_thing else frozenset(),
                named_places,
                named_things,
                bool(focus.named_thing) and self._about_a_person(position),
                self._speakers(position) if focus.speaker else frozenset(),
                self._places(position) if named_places else frozenset(),
            ):
                fits = NO
            # "What programming language was the coding test in": the question is about a thing other facts speak of (the
            # coding test); a fact that does not (Codex's languages) answers another question.
            if fits and any(not self._says(position, concept) for concept in concepts):
                fits = NO
            # "Comment OpenAI recrute-t-il" (how does it hire) is not answered by its declining to comment on its hiring: a
            # fact whose only curated answer is a refusal to comment answers only a question about a response.
            if fits and not asks_response and self._no_comment(position):
                fits = NO
            if (
                fits
                and qualified
                and not qualifiers.carried(qualified, *self._plain_text(position), bool(index.facts[position].answers.quote))
            ):
                fits = NO
            if fits and sum_places and not sum_places <= self._sum_words(position):
                fits = NO  # "what is the minimum wage in Kansas": Missouri's is not Kansas's
            if fits and first and qualifiers.reports_a_later_one(self._plain_text(position)[1]):
                fits = NO  # "when did Microsoft first invest": its new investment is not the first
            if fits and type_weight:
                uncovered = sum(
                    w
                    for (token, _), (w, options) in zip(mapped, query_weights, strict=True)
                    if token in optional and not any(i in index.fact_tokens[position] for i, _ in options)
                )
                coverage = min(1.0, coverage + uncovered / total_weight)
            joined = index.phrasings[position]
            similarity = _similarity(query_string, joined.split("\n") if joined else [])
            score = 0.5 * coverage + 0.3 * similarity + 0.2 * (bm25 / best_bm25)
            # A record of how the articles differ answers a question about differences; otherwise the
            # claim itself is the answer and the discrepancy is shown beside it.
            if self._is_discrepancy[position] != about_differences:
                score *= 0.9
            # "How many" wants a count, "when" a date, "why" a cause: a fact without one cannot answer.
            if not fits:
                score *= MISMATCH
                coverage *= MISMATCH
                similarity *= MISMATCH
            # A question naming someone (or a number) is about them: a fact that does not name them is not
            # its answer, however rare the question's other words (names like Semafor recur across the base).
            fact_tokens = index.fact_tokens[position]
            # And it asks something about them: a fact sharing only the names ("why did Savreux leave Jimmy John's": how
            # the job helped him out of homelessness) does not answer it.
            own = self._own_words(position) if rest else frozenset()
            only_names = bool(rest) and not any(i in own for _token, options in rest for i, _ in options)
            if only_names or any(not name <= fact_tokens for name in names) or any(n.isdisjoint(fact_tokens) for n in numbers):
                score *= MISMATCH
                coverage *= MISMATCH
                similarity *= MISMATCH
            candidates.append(Candidate(position, bm25, coverage, similarity, score, fits))
        candidates.sort(key=lambda c: -c.score)
        return candidates


#: Words of place names that only say what kind of place or which part of it.
_PLACE_KIND_WORDS = frozenset(
    search_tokens("city cities state states country region south north east west eastern western northern southern "
                  "ville etat pays region sud nord est ouest")
)  # fmt: skip
#: "How many employees does Invisible have", "combien d'employés a Invisible": how many people someone has (a headcount).
_HEADCOUNT = re.compile(
    r"^how\s+many\s+(?:\w+\s+){1,2}?(?:does|do|did)\s+(?P<owner>(?:\w+\s+){1,5}?)(?:have|has|had|employ)(?:\s+(?:in\s+total|total|overall|now|today))?\s*$"
    r"|^combien\s+d\s*(?:e\s+|es\s+)?\w+\s+(?:a|ont|avait|compte|comptent|emploie|emploient)\s+(?:t\s+(?:il|elle)\s+)?(?P<owner_fr>\w+)\s*$"
)


def confidence(candidate: Candidate) -> float:
    """How sure the engine is that a candidate answers the question (0-1)."""
    return max(0.0, min(1.0, 0.65 * candidate.coverage + 0.35 * candidate.similarity))


def _similarity(query: str, phrasings: list[str]) -> float:
    """How close the question is, as a whole, to the nearest of a fact's own phrasings (0-1)."""
    if not query or not phrasings:
        return 0.0
    found = process.extractOne(query, phrasings, scorer=fuzz.token_sort_ratio)
    return found[1] / 100 if found else 0.0
