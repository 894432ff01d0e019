"""The Engine: the one object every face calls. It wires the matching stages together:

clean (clean.py) -> said to the bot rather than asked? a conversational reply (conversation.py) -> where the asker read
it left out (attribution.py) -> typos and names put right (lexical.py, entities.py) -> the question's type, misspelt type
words read (asks.py) -> who/what someone is (entities.py) -> candidates from the lexical index, only those holding the
kind of answer asked for may answer (lexical.py, ranking.py) -> an optional re-ranker over the closest ones (rerank.py)
-> the confidence in words (confidence.py);
and it serves browsing and autocomplete (browsing.py).
"""

from __future__ import annotations

import gc
import random
import re
from dataclasses import replace

from bot.core.answers import Answer, Conversation, Match
from bot.core.engine import bylines, conversation, focus, french, overview, pronouns, recall
from bot.core.engine.asks import CURATED, PATTERN_WORDS, Asked, classify, rephrase
from bot.core.engine.attribution import publication_words, without_attribution
from bot.core.engine.browsing import Browser, link_disputes
from bot.core.engine.clean import MAX_MATCHED_CHARS, clean
from bot.core.engine.confidence import Signals, band_of, kin
from bot.core.engine.entities import PAST_WORDS, PERSON_WORDS, Entities, capitalised_words
from bot.core.engine.lexical import CITED_WHOLE, LexicalIndex, naming_tokens
from bot.core.engine.points import on_point
from bot.core.engine.ranking import Ranker, confidence
from bot.core.engine.rerank import Reranker, Reranking, pool_of
from bot.core.engine.suggestions import grounded
from bot.core.i18n import command_name
from bot.core.language import guess_language
from bot.core.lexicon import zipf
from bot.core.memory import loading
from bot.core.models import Entity, Fact, KnowledgeBase, Source, Topic
from bot.core.text import READING, STOP_WORDS, fold, reading, search_tokens, search_tokens_by_word

#: Chosen on the development question set, where it makes the fewest misleading replies: a wrong
#: answer or an off-topic one counts 2, an abstention that offers the right fact as a suggestion 0.5
#: (one more click), any other abstention 1. The held-out set agrees (README, "Answer quality").
DEFAULT_THRESHOLD = 0.55
MAX_ALTERNATIVES = 4
#: Under this cosine between a question and the fact it matched (re-ranker on), an answer sharing no telling word
#: with the question is withheld (`Engine._ungrounded`). Answers right on the development sets: 0.148 ("nda", a
#: keyword; grounded) and 0.281 at the lowest; far off-topic answers 0.23 to 0.38.
UNGROUNDED_COSINE = 0.4
#: A fact with a curated answer of the kind asked is preferred to one that only has questions of that type, unless
#: the latter's confidence is higher by more than this (chosen on the development set).
CURATED_MARGIN = 0.05
#: The longest message that may be taken for chatter when the base knows none of its words.
MAX_CHATTER_WORDS = 3
_COMMENT = re.compile(r"\bcomment\b")
#: The words a misspelt word of a question may be read as before it is matched: those its patterns read (its type, its
#: phrasal verbs, what it counts) and function words.
SPELLINGS = tuple(sorted(word for word in PATTERN_WORDS | STOP_WORDS if len(word) >= 3))
#: Of those, the words that say what a question asks: a misspelt word as near one of them as another function word is read
#: as this one ("wich company": which, not with).
ASKING = frozenset(
    fold("who whom whose what when where why which how many much quoi quand pourquoi comment combien quel quelle qui").split()
)


def _english_comment(question: str) -> bool:
    """Whether a question says "comment" in English ("did Invisible comment", "any comment from OpenAI"), not French
    "how" ("comment OpenAI recrute-t-il"): not its first word, and the rest reads as English."""
    folded = fold(question).strip()
    if not _COMMENT.search(folded) or folded.startswith("comment"):
        return False
    return guess_language(_COMMENT.sub(" ", question)) == "en"


#: A name's word this common ("time": 6.3) is read as the name only when written as one: in lower case it is the everyday
#: word ("what time does the store open"). (At 5.0, "open" of "Open AI" and "news" of "NBC News" too: a development near
#: miss lost its right suggestion, which "open up to" had found by chance; left at the most common words.)
EVERYDAY_NAME_ZIPF = 6.0
#: A question's words as written (letters, with their case), for telling a name from an everyday word.
_WRITTEN_WORD = re.compile(r"[^\W\d_]+")
_QUESTION_WORD = re.compile(
    r"\b(?:who|whom|whose|what|whats|when|where|why|which|how|qui|quoi|quand|ou|pourquoi|comment|combien|quel|quelle|quels|quelles)\b"
)


class Engine:
    """Matches questions to facts of one KnowledgeBase. Build once; `ask` is cheap and thread-safe."""

    def __init__(self, base: KnowledgeBase, *, threshold: float = DEFAULT_THRESHOLD, reranker: Reranker | None = None) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be between 0 and 1, not {threshold}")
        self.base = base
        self.threshold = threshold
        self._facts: list[Fact] = list(base.facts.values())
        self._reranking = Reranking(reranker)
        # The index is millions of small objects at scale; the cyclic collector would rescan them over
        # and over while they are built (none of them form cycles), making the build superlinear. It
        # stays off until the entity and browsing tables are built too; then everything alive is moved
        # out of its sight (gc.freeze), so that neither the first question asked nor any later one pays
        # for a pass over the index. Freed references still free it: it holds no cycles.
        collecting = gc.isenabled()
        gc.disable()
        # And large blocks go back to the system when freed while it builds (memory.py): the build's transient
        # tables (a dict growing, a sort's keys) would otherwise leave holes in the heap that the process keeps.
        try:
            with loading():
                self._index = LexicalIndex(base, self._facts)
                self._entities = Entities(base, self._index)
                self._name_words = self._entities.name_words
                del self._index.statement_tokens  # only the entities' intros needed them: freed before the rest is built
                self._ranker = Ranker(base, self._index, self._entities.token_sets, self._entities.named_in_text)
                self._browser = Browser(base, self._index, self._ranker)
                self._disputes = link_disputes(self._facts)
                self._organisations = focus.organisation_names(base)
                self._publication_words = publication_words(
                    name
                    for entity in base.entities.values()
                    if entity.type == "publication"
                    for name in (entity.name, *entity.aliases)
                )
                # The words a bare one-word question may name and still be answered: a one-word keyword, any word of a
                # topic, any word of a name but an everyday one it holds ("open" of "Open AI": naming_tokens), ("head" of
                # the keyword "head of operations" asks nothing by itself).
                topic_names = (name for topic in base.topics.values() for name in (topic.name, topic.name_fr or ""))
                keywords = (search_tokens(keyword) for fact in self._facts for keyword in fact.keywords)
                self._bare_words = frozenset(
                    [
                        token
                        for entity in base.entities.values()
                        for tokens in naming_tokens((entity.name, *entity.aliases), entity.type in CITED_WHOLE)
                        for token in tokens
                    ]
                    + [token for name in topic_names for token in search_tokens(name)]
                    + [k[0] for k in keywords if len(k) == 1]
                )
                # Words of a name that are among the commonest words too ("Time"), and of no topic: the name only when
                # the question writes it as a name (capitalised), not in "what time does the store open".
                topics = {
                    t for topic in base.topics.values() for n in (topic.name, topic.name_fr or "") for t in search_tokens(n)
                }
                self._everyday_names = frozenset(
                    t
                    for entity in base.entities.values()
                    for name in (entity.name, *entity.aliases)
                    for t in search_tokens(name)
                    if t not in topics and not t.isdigit() and zipf(t) >= EVERYDAY_NAME_ZIPF
                )
        finally:
            if collecting:
                gc.freeze()
                gc.enable()

    # ------------------------------------------------------------------ the re-ranker

    @property
    def reranker(self) -> Reranker | None:
        return self._reranking.reranker

    def set_reranker(self, reranker: Reranker | None) -> None:
        """Use a re-ranker from now on (None: lexical ranking only). Safe while questions are answered."""
        self._reranking = Reranking(reranker)

    # ------------------------------------------------------------------ answering

    def ask(self, question: str, *, previous: str | None = None, offer_all: bool = False) -> Answer:
        """The best fact for a question, with alternatives, or an abstention with suggestions; or, to a message
        that talks to the bot, a conversational reply. `previous` is the id of the fact last answered in the same
        conversation, which "tell me more" or "why?" are about. An abstention suggests only facts sharing the
        question's subject (suggestions.py); `offer_all` keeps every near one (the claim checker reads them all)."""
        # The question's fragments are read in its language (a false friend such as "former" or "pays" takes it).
        read = READING.set(None)
        try:
            return self._ask(question, previous=previous, offer_all=offer_all)
        finally:
            READING.reset(read)

    def _ask(self, question: str, *, previous: str | None, offer_all: bool) -> Answer:
        # Cut first: cleaning a 50 MB question in full took seconds. Twice the limit leaves room for what cleaning drops.
        head = question[: MAX_MATCHED_CHARS * 2]
        text = clean(head)
        truncated = len(text) > MAX_MATCHED_CHARS or len(head) < len(question)
        if truncated:
            text = text[:MAX_MATCHED_CHARS]
        # A message of markup alone (an emoji, a mention) says something to the bot, though nothing to match.
        said = conversation.detect(text) if text or not question.strip() else conversation.Said("acknowledgement", None)
        if said is None:
            # Misspelt, a message to the bot is still one ("quelle heiure est-il"): read with its typos put right too.
            righted, corrected = self._put_right(text)
            said = conversation.detect(righted) if corrected else None
        if said is not None:
            return self._converse(text, said, previous, truncated)
        # "What did he study?": a pronoun standing for no one the question names is the one person the previous answer
        # was about; with no such answer, it stands for no one the bot can tell (pronouns.py).
        language = guess_language(text)
        pronoun = pronouns.person_pronoun(text, language)
        if pronoun is None or self._names_someone(text, language):
            return self._answer(text, previous, truncated, offer_all)
        person = self._person_of(previous)
        if person is None:
            answer = self._answer(text, previous, truncated, offer_all)
            unclear = answer.best is None and answer.conversation is None and not answer.namesakes
            return replace(answer, pronoun=pronoun) if unclear else answer
        answer = self._answer(pronouns.with_name(text, pronoun, person.name), previous, truncated, offer_all)
        if answer.best is not None and person.id not in answer.best.fact.entities:
            # a fact about someone else does not answer a question about them: offered, not given
            offered = (answer.best, *answer.alternatives)[:MAX_ALTERNATIVES]
            answer = replace(answer, best=None, alternatives=(), suggestions=offered, band="unsure", signals=None, disputes=())
        return replace(answer, question=text, pronoun=pronoun, pronoun_means=person)

    def _names_someone(self, text: str, language: str) -> bool:
        """Whether a question names whom its pronoun may stand for: a person (in French, anything: "il" is as often
        a firm), by name or by a curated description ("the guy from Missouri")."""
        named = self._entities.named_in_read(search_tokens(self.described(text)))
        return any(language == "fr" or self.base.entities[e].type == "person" for e in named)

    def _person_of(self, fact_id: str | None) -> Entity | None:
        """The one person a fact is about, if it is about exactly one."""
        fact = self.base.facts.get(fact_id) if fact_id else None
        people = [e for e in fact.entities if self.base.entities[e].type == "person"] if fact is not None else []
        return self.base.entities[people[0]] if len(people) == 1 else None

    def _answer(self, text: str, previous: str | None, truncated: bool, offer_all: bool) -> Answer:
        """The answer to a cleaned question that is not conversation."""
        # Courtesies around a question ("hi, ... thanks") are not matched; the question is echoed whole.
        # A misspelt word the question's patterns read is put right first ("how mcuh", "who madde", "walk awag"); where
        # the asker read it ("according to the NBC piece") says which reporting, not what is asked.
        stripped = conversation.strip_courtesies(text)
        # "Who wrote the Internet Patrol article": the articles' metadata answers, as metadata, never a fact.
        byline = bylines.asks_author(stripped)
        sources = bylines.byline_sources(byline, self.base) if byline is not None else None
        if sources:
            language = guess_language(stripped)
            replies = tuple((lang, bylines.byline_reply(sources, lang)) for lang in ("en", "fr"))
            said_back = Conversation("byline", dict(replies)[language], translations=replies)
            return Answer(text, language, None, truncated=truncated, conversation=said_back)
        # French typed as spoken ("cest quoi", "pk", "cb") is read in its written form.
        matched = self._index.respell(french.written(stripped), SPELLINGS, ASKING)
        # Any other misspelt word read as one indexed word only is put right too: the question is read as its clean twin.
        matched, _ = self._put_right(matched)
        matched = without_attribution(matched, self._publication_words)
        language = guess_language(matched)
        # "The 22-year-old in Texas", "la boîte qui a viré ses formateurs": an entity described as the articles describe
        # it is asked about as by name (its curated descriptions, entities.yaml).
        described = self.described(matched)
        # The question's fragments (as typed, or with the entities it describes named) are read in its language.
        reading(language, f"{matched}\n{described}")
        matched = described
        words = self._index.unstemmed_typos(search_tokens_by_word(rephrase(matched)))
        if "comment" not in words and _english_comment(matched):
            words.append("comment")  # a French stop word ("how"), but in English what OpenAI declined to give
        spelt = [t for t in words if not self._index.is_misspelt_stop_word(t)]
        tokens = self._entities.correct_names(spelt)
        if not tokens:
            if pronouns.person_pronoun(matched, language) is not None:
                return Answer(question=text, language=language, best=None, truncated=truncated)
            # Nothing asked about: a request word alone ("how", "tell me", "comment", "dis-moi") or words that all say
            # nothing ("what is it"). "The articles don't say" would be a false statement about them: help instead.
            return self._converse(text, conversation.Said("help", None), previous, truncated)
        if self._chatter(matched, tokens):
            # Words of no language at all ("zzzz qqq") were not understood; chat words ("bruh") are acknowledged.
            intent = "unclear" if conversation.gibberish(matched) else "acknowledgement"
            return self._converse(text, conversation.Said(intent, None), previous, truncated)
        asked = classify(matched)
        if asked.kind in ("how_many", "how_much_money") and focus.asks_exact(text):
            asked = replace(asked, exact=True)
        named = self._entities.named_in_read(tokens)
        if asked.reference:
            asked, named = self._before_what(asked, tokens, named)
        described = self._entities.described_by_place(tokens, named)
        by_employer = frozenset() if described else self._entities.described_by_past_employer(matched, tokens, named)
        if described or by_employer:
            # "The Kansas City guy" is Savreux: asked about by name, the words describing him need not be in the answer;
            # nor need "the former Jimmy John's worker"'s.
            kind = "organisation" if by_employer else "place"
            described = described or by_employer
            places = {t for e in named if self.base.entities[e].type == kind for t in self._entities.name_tokens(e)}
            past = PAST_WORDS if by_employer else frozenset()
            describing = frozenset(t for t in tokens if t in places or t in PERSON_WORDS or t in past)
            tokens = tokens + sorted({t for person in described for t in self._entities.name_tokens(person)} - set(tokens))
            # A former employer only says whom the question is about; a place may be what it asks (his minimum wage).
            employers = frozenset(e for e in named if by_employer and self.base.entities[e].type == "organisation")
            named = (named - employers) | described
            asked = replace(asked, reference_tokens=asked.reference_tokens | describing)
        # "Who is X", or a bare name, asks who X is; "what did X do before" asks something else about X.
        entity, entity_score, namesakes = self._entities.asked_about(matched, tokens, typed=asked.kind is not None)
        if (
            entity is not None
            and described
            and entity.id not in described
            and entity.type == ("organisation" if by_employer else "place")
        ):
            # "Who is the guy from Missouri" asks about the person the place describes, not about the place: the one
            # person it describes, or no one in particular when it describes several.
            people = sorted(described)
            entity = self.base.entities[people[0]] if len(people) == 1 else None
            namesakes = ()
        if entity is not None and namesakes:
            # A name that may mean more than one ("who is sam": Sam Altman, or Sama?) is not answered: each is offered.
            intros = [intro for e in (*namesakes, entity) if (intro := self._entities.intro(e)) is not None]
            suggestions = tuple(Match(fact, round(entity_score, 3)) for fact in dict.fromkeys(intros))[:MAX_ALTERNATIVES]
            return Answer(
                text, language, None, suggestions=suggestions, namesakes=(*namesakes, entity), truncated=truncated, band="unsure"
            )
        candidates = self._ranker.candidates(tokens, asked=asked, named=named, question=matched)
        matches = [Match(self._facts[c.index], round(confidence(c), 3)) for c in candidates]
        # "What did Invisible's CEO Grace Matelich say": a position the question gives someone that their curated roles
        # do not hold is a false premise; the fact giving their role corrects it first.
        correction = self._wrong_position(matched, named)
        if correction is not None:
            others = tuple(m for m in matches if m.fact.id != correction.id)[:MAX_ALTERNATIVES]
            score = next((m.confidence for m in matches if m.fact.id == correction.id), self.threshold)
            return Answer(
                text, language, Match(correction, round(max(score, self.threshold), 3)), others, truncated=truncated,
                disputes=self.disputes_on_point(correction.id), band="likely",
            )  # fmt: skip
        if entity is not None:
            best = self._entities.intro(entity)
            if best is not None:
                score = round(max(entity_score, next((m.confidence for m in matches if m.fact.id == best.id), 0.0)), 3)
                floor = max(self.threshold * 0.8, score - 0.35)
                others = [m for m in matches if m.fact.id != best.id and m.confidence >= floor][:MAX_ALTERNATIVES]
                # "Sure" needs the same lead over the best rival as any other answer; a person found by a description
                # ("the guy from Missouri") rather than by name is at most "likely".
                fitting = [m for m, c in zip(matches, candidates, strict=True) if c.fits]
                signals = self._signals(
                    matched, stripped, tokens, Match(best, score), matches, candidates, fitting, agreed=not described,
                    curated=True, typed=asked.kind is not None, renamed=len(set(tokens) - set(spelt)), about=entity.id,
                )  # fmt: skip
                return Answer(
                    text,
                    language,
                    Match(best, score),
                    tuple(others),
                    entity=entity,
                    truncated=truncated,
                    disputes=self.disputes_on_point(best.id),
                    band=band_of(signals),
                    signals=signals,
                )
        # Only a fact holding the kind of answer asked for may answer; the others may still be suggested. A curated
        # answer of that kind goes first unless a fact merely asked about that way matches clearly better.
        fitting = [m for m, c in zip(matches, candidates, strict=True) if c.fits]
        curated = [m for m, c in zip(matches, candidates, strict=True) if c.fits == CURATED]
        held = {m.fact.id for m in curated}
        if curated and fitting[0] is not curated[0] and curated[0].confidence >= fitting[0].confidence - CURATED_MARGIN:
            fitting = [curated[0], *(m for m in fitting if m is not curated[0])]
        # A bare everyday word ("heading", "quote") asks nothing in particular: never answered. A keyword,
        # a name, a topic or a number alone is still answered.
        bare = len(tokens) == 1 and tokens[0] not in self._bare_words and not any(ch.isdigit() for ch in tokens[0])
        # A question naming someone or something the base never mentions ("the capital of France", "Amazon") is about
        # them: no fact answers it, however many of its other words a fact shares.
        stranger = bool(self._entities.unknown_names(matched, tokens))
        # "How do I get a job at OpenAI", "does OpenAI train on my chats": the asker's own case, which no article reports;
        # "how to write a resume", "write me a poem", "what is 2+2": instructions, making or sums, which none holds.
        mine = focus.personal(matched) or focus.request(matched)
        if bare or stranger or mine or not fitting or fitting[0].confidence < self.threshold:
            floor = self.threshold * 0.5
            at = {m.fact.id: c.index for m, c in zip(matches, candidates, strict=True)}
            own = self._own_words(matched)
            suggestions = tuple(
                m
                for m in self._reranked(matched, matches)[:3]
                if m.confidence >= floor and (offer_all or self._offerable(tokens, at[m.fact.id], own))
            )
            if not (offer_all or bare or stranger or mine):
                # Worded nothing like the question, the fact it asks about is no candidate of the words: the nearest fact in
                # meaning is offered too (recall.py), never answered.
                suggestions = self._with_nearest(matched, suggestions)
            return Answer(
                text, language, None, suggestions=suggestions, truncated=truncated, band="unsure" if suggestions else None
            )
        lexical_best = fitting[0]
        best, *_rest = self._reranked(matched, fitting)
        agreed = best is lexical_best
        if not agreed:
            # The re-ranker chose among facts the question matches about as well: the confidence that
            # the question is answered at all stays the lexical one.
            best = Match(best.fact, lexical_best.confidence)
        floor = max(self.threshold * 0.8, best.confidence - 0.35)
        alternatives = tuple(m for m in matches if m.fact.id != best.fact.id and m.confidence >= floor)[:MAX_ALTERNATIVES]
        signals = self._signals(
            matched, stripped, tokens, best, matches, candidates, fitting, agreed=agreed, curated=best.fact.id in held,
            typed=asked.kind is not None, renamed=len(set(tokens) - set(spelt)),
        )  # fmt: skip
        if self._ungrounded(tokens, best, candidates, matches, signals):
            # Shares only everyday words with the question ("qui a gagné la coupe du monde": won/earned, cup/cut,
            # world) and is not close to it in meaning either: no subject in common, so neither answer nor suggestion.
            return Answer(text, language, None, truncated=truncated)
        return Answer(
            text,
            language,
            best,
            alternatives,
            truncated=truncated,
            disputes=self.disputes_on_point(best.fact.id),
            band=band_of(signals),
            signals=signals,
        )

    def _signals(
        self,
        matched: str,
        stripped: str,
        tokens: list[str],
        best: Match,
        matches: list[Match],
        candidates: list,
        fitting: list[Match],
        *,
        agreed: bool,
        curated: bool,
        typed: bool,
        renamed: int,
        about: str | None = None,
    ) -> Signals:
        """What the engine knows of an answer it chose, beyond its confidence (confidence.py weighs it). `about`: the
        entity a "who is X" question asks about, whose other facts are no rivals in words (every fact naming X matches
        its name alike); they stay rivals in meaning."""
        # (A "who is X" answer, the fact introducing X, need not be among the candidates the question's words found.)
        candidate = next((c for m, c in zip(matches, candidates, strict=True) if m.fact.id == best.fact.id), None)
        # A fact telling the same passage (the record of how the articles differ on it, another reading of its quote) is no
        # rival: answering with either is right. The lead that counts is over the others.
        rivals = [m for m in matches if m.fact.id != best.fact.id and not kin(best.fact, m.fact, self.disputes)]
        if about is not None:
            rivals = [m for m in rivals if about not in m.fact.entities]
        runner_up = max(rivals, key=lambda m: m.confidence, default=None)
        fitting_rivals = [m for m in fitting if m.fact.id != best.fact.id and not kin(best.fact, m.fact, self.disputes)]
        pool = [best.fact.id, *(m.fact.id for m in fitting_rivals)][:5]
        cosines = self._reranking.similarities(matched, pool)
        # Words read as typos of others: put right before matching (a type word, a name) or read so by the index.
        respelled = sum(
            a != b for a, b in zip(stripped.split(), self._index.respell(stripped, SPELLINGS, ASKING).split(), strict=False)
        )
        respelled += self._put_right(stripped)[1]
        index = self._index
        read_as_typos = sum(1 for t in dict.fromkeys(tokens) if t not in index.idf and index.lookup(t))
        return Signals(
            confidence=best.confidence,
            coverage=round(candidate.coverage, 3) if candidate is not None else 1.0,
            similarity=round(candidate.similarity, 3) if candidate is not None else 1.0,
            margin=round(best.confidence - (runner_up.confidence if runner_up is not None else 0.0), 3),
            fitting_margin=round(best.confidence - max((m.confidence for m in fitting_rivals), default=0.0), 3),
            agreed=agreed,
            curated=curated,
            cosine=None if cosines is None else round(cosines[0], 3),
            cosine_margin=None if cosines is None else round(cosines[0] - max(cosines[1:], default=0.0), 3),
            corrected=respelled + read_as_typos + renamed,
            typed=typed,
            runner_up=runner_up.fact.id if runner_up is not None else None,
        )

    def _put_right(self, text: str) -> tuple[str, int]:
        """The text with its misspelt words put right (lexical.py), a word written as a name only as a name of the base."""
        return self._index.put_right(text, frozenset(capitalised_words(text)), self._name_words)

    def _ungrounded(self, tokens: list[str], best: Match, candidates: list, matches: list[Match], signals: Signals) -> bool:
        """Whether an answer shares no subject with its question: no telling word in common (suggestions.py) and a
        meaning further than UNGROUNDED_COSINE from it. Without the re-ranker nothing says so: words alone withheld
        right answers (five of the development set's), so the lexical engine answers as before."""
        if signals.cosine is None or signals.cosine >= UNGROUNDED_COSINE:
            return False
        position = next(c.index for m, c in zip(matches, candidates, strict=True) if m.fact.id == best.fact.id)
        return not self._offerable(tokens, position)

    def _offerable(self, tokens: list[str], position: int, own: frozenset[str] | None = None) -> bool:
        """Whether the fact at `position` shares a subject with a question it does not answer (suggestions.py); `own`:
        the base's own words as the question uses them (_own_words)."""
        return grounded(tokens, self._index.fact_tokens[position], self._index.lookup, own or self._bare_words)

    def _own_words(self, question: str) -> frozenset[str]:
        """The base's own words (names, topics, one-word keywords) as a question uses them: a name that is an everyday
        word too ("Time") only when the question writes it capitalised, past its first word, or in capitals."""
        if not self._everyday_names:
            return self._bare_words
        written = _WRITTEN_WORD.findall(question)
        as_names = {
            t for i, word in enumerate(written) if word[:1].isupper() and (i or word.isupper()) for t in search_tokens(word)
        }
        return self._bare_words - (self._everyday_names - as_names)

    def _wrong_position(self, question: str, named: frozenset[str]) -> Fact | None:
        """The fact giving a named person's curated role, when the question gives them a position it does not hold."""
        if not focus.names_a_position(question):
            return None
        for entity_id in named:
            entity = self.base.entities.get(entity_id)
            if entity is None or entity.type != "person":
                continue
            names = {fold(n).replace("-", " ") for n in (entity.name, *entity.aliases)}
            names |= {n.split()[-1] for n in names if " " in n}
            given = focus.positions_given(question, names, self._organisations)
            if not given:
                continue
            roles = [
                (fact, role)
                for fact_id in self.base.facts_by_entity.get(entity_id, ())
                for fact in (self.base.facts[fact_id],)
                for role in fact.answers.role
                if role.entity == entity_id
            ]
            if roles and not any(focus.holds_position(role.role, given) for _fact, role in roles):
                return roles[0][0]
        return None

    def _chatter(self, text: str, tokens: list[str]) -> bool:
        """A short message of words the base does not know, not even as a typo of one, and asking nothing ("bruh",
        "wesh", "ptdr"): said to the bot, like the conversation layer's phrases. No number, no name written with a
        capital, no question word: "Nvidia?" or "who is Kai" stay questions, answered "the articles don't say"."""
        words = text.split()
        if len(words) > MAX_CHATTER_WORDS or any(ch.isdigit() for ch in text) or any(w[:1].isupper() for w in words[1:]):
            return False
        if text[:1].isupper() and len(words) == 1 and not text.isupper() and len(text) > 3:
            return False  # a bare capitalised word is most likely a name
        if _QUESTION_WORD.search(fold(text)) or self._entities.unknown_names(text, tokens):
            return False
        return all(trust < 0.85 for token in tokens for _indexed, trust in self._index.lookup(token))

    def _before_what(self, asked: Asked, tokens: list[str], named: frozenset[str]) -> tuple[Asked, frozenset[str]]:
        """A before question about someone named outside its later event ("what did Kumar do before joining OpenAI"): it
        is about them alone, and the event's words need not be in the answer. One naming no one else ("what happened
        before the layoffs") keeps every word: the event is then all it says."""
        reference = set(search_tokens(asked.reference))
        # The words outside the later event, each as often as the question has it outside: "what had Sama's labellers
        # been doing before Sama pulled out" is about Sama, though the event names Sama too.
        main = list(tokens)
        for token in search_tokens(asked.reference):
            if token in main:
                del main[len(main) - 1 - main[::-1].index(token)]
        subject = self._entities.named_in(main)
        if not subject:
            return asked, named
        return replace(asked, reference_tokens=frozenset(reference.difference(main))), subject

    def _converse(self, text: str, said: conversation.Said, previous: str | None, truncated: bool) -> Answer:
        """The reply to a message that talks to the bot: never a fact as an answer."""
        language = said.language or guess_language(text)
        about = self.base.facts.get(previous) if previous else None
        if said.intent in conversation.FOLLOW_UPS and previous == conversation.AFTER_ABSTENTION:
            key = f"{said.intent}_abstained"
            said_back = Conversation(said.intent, conversation.reply_text(key, language), key=key)
        elif said.intent in conversation.FOLLOW_UPS and about is not None:
            related = self.related(about.id, limit=MAX_ALTERNATIVES + 1)
            if said.intent == "why":
                # Facts curated as holding a cause come first, from a wider circle: a reason is what was asked.
                wider = self.related(about.id, limit=3 * (MAX_ALTERNATIVES + 1))
                related = sorted(wider, key=lambda fact: "cause" not in fact.answer_kinds)[: MAX_ALTERNATIVES + 1]
            reply = conversation.reply_text(f"{said.intent}_about", language)
            said_back = Conversation(said.intent, reply, about=about, related=tuple(related))
        elif said.intent == "overview":
            # The articles as a whole, from their metadata (overview.py): never one fact offered as the summary.
            replies = tuple((lang, overview.overview_reply(self.base, lang)) for lang in ("en", "fr"))
            said_back = Conversation("overview", dict(replies)[language], translations=replies)
        elif said.intent == "command":
            command = said.command or "help"
            # named as the reader's Discord client shows the command (/hasard to a French reader)
            reply = conversation.reply_text(
                "help" if command == "help" else "command", language, command=command_name(command, language)
            )
            said_back = Conversation("command", reply, command=command)
        else:
            said_back = Conversation(said.intent, conversation.reply_text(said.intent, language))
        return Answer(text, language, None, truncated=truncated, conversation=said_back)

    def _with_nearest(self, text: str, suggestions: tuple[Match, ...]) -> tuple[Match, ...]:
        """An abstention's suggestions with the fact nearest the question in meaning among them (recall.py)."""
        nearest = self._reranking.nearest(text, 1)
        if not nearest:
            return suggestions
        first = self._reranking.similarities(text, [suggestions[0].fact.id]) if suggestions else None
        return recall.offered(nearest, self.base.facts, suggestions, first[0] if first else None)

    def _reranked(self, text: str, matches: list[Match]) -> list[Match]:
        """The matches with the pool (the best and those close to it) in the re-ranker's order."""
        if self._reranking.reranker is None or len(matches) < 2:
            return matches
        pool = pool_of([(m.fact.id, m.confidence) for m in matches])
        # Matches are in score order, not confidence order: the pool need not be a prefix of them.
        by_id = {m.fact.id: m for m in matches}
        in_pool = {fact_id for fact_id, _ in pool}
        ordered = [by_id[fact_id] for fact_id in self._reranking.order(text, pool)]
        return ordered + [m for m in matches if m.fact.id not in in_pool]

    # ------------------------------------------------------------------ entities

    def described(self, text: str, *, claim: bool = False) -> str:
        """The text with each entity it describes by a curated description named instead, as a question is read ("the
        outsourcing firm in Nairobi": Sama); the claim checker reads claims through it too (see Entities.described)."""
        return self._entities.described(text, claim=claim).text

    def find_entity(self, name: str) -> Entity | None:
        """The entity a name or alias (or a misspelling of one) refers to."""
        return self._entities.find(name)

    def disputes(self, fact_id: str) -> tuple[Fact, ...]:
        """Discrepancy facts that record where the articles differ on a passage this fact cites (what the claim
        checker weighs a claim against)."""
        return self._disputes.get(fact_id, ())

    def disputes_on_point(self, fact_id: str) -> tuple[Fact, ...]:
        """Of those, the ones about this fact's own point: what an answer lists (points.py)."""
        fact = self.base.facts.get(fact_id)
        return on_point(self.base, fact, self.disputes(fact_id)) if fact is not None else ()

    # ------------------------------------------------------------------ browsing and autocomplete

    def complete_question(self, prefix: str, limit: int = 25) -> list[str]:
        """Known questions for an autocomplete box: those that fit what has been typed so far."""
        return self._browser.complete_question(prefix, limit)

    def search_entities(self, prefix: str, limit: int = 25) -> list[Entity]:
        """Entities whose names or aliases fit a typed prefix, best first."""
        return self._browser.search_entities(prefix, limit)

    def search_facts(self, prefix: str, limit: int = 25) -> list[Fact]:
        """Facts whose id or statement fits a typed prefix."""
        return self._browser.search_facts(prefix, limit)

    def search_topics(self, prefix: str, limit: int = 25) -> list[Topic]:
        """Topics whose id or name (English or French) fits a typed prefix."""
        return self._browser.search_topics(prefix, limit)

    def search_sources(self, prefix: str, limit: int = 25) -> list[Source]:
        """Articles whose id, headline or outlet fits a typed prefix."""
        return self._browser.search_sources(prefix, limit)

    def related(self, fact_id: str, limit: int = 5) -> list[Fact]:
        """Other facts sharing the most entities and topics with one fact."""
        return self._browser.related(fact_id, limit)

    def discrepancies(self, subject: str | None = None, limit: int = 10) -> list[Fact]:
        """Facts recording where the articles differ, best-matching a subject when one is given."""
        return self._browser.discrepancies(subject, limit)

    def random_fact(self, rng: random.Random | None = None) -> Fact:
        """Any fact, for /random."""
        return self._browser.random_fact(rng)
