"""Matching a claim to facts: the engine's candidates, and what each fact's words say and deny."""

from __future__ import annotations

import copy
import re

from bot.core.claims.base import CheckerBase
from bot.core.claims.reading import (
    _CLAIM_NEGATION,
    _CLAIM_SYNONYMS,
    _NEGATION,
    _NEGATIVE_WORD,
    _NOT_FIRST,
    ParsedClaim,
    _find_entities,
    _norm,
    _tokens,
    _words_as_digits,
    marker_words,
)
from bot.core.claims.words import _ACTION_WORDS, _denied_words, _one_person_subject
from bot.core.engine import Engine
from bot.core.models import Fact
from bot.core.text import stem

#: Denials of one word: "unpaid", "impayé", French "non" before a participle ("non rémunéré").
_ONE_WORD_DENIAL = re.compile(r"unpaid|impaye\w*|non")


def _denial_reach(m: re.Match[str], text: str) -> frozenset[str]:
    """What a denial denies: the word it makes negative ("unpaid", "non rémunéré": paid), or the words after a "not"."""
    if m.group(0) == "unpaid" or m.group(0).startswith("impaye"):
        return _tokens("paid")
    if m.group(0) == "non":
        return _tokens(" ".join(text[m.end() :].split()[:1]))
    return _tokens(" ".join(text[m.end() :].split()[:6]))


def _denial_heads(text: str) -> frozenset[str]:
    """The very words a text's denials deny ("unpaid": paid; "never tested applicants": tested), as a fact's are read."""
    return frozenset(
        t
        for m in _NEGATION.finditer(text)
        for t in (
            _denial_reach(m, text) if _ONE_WORD_DENIAL.fullmatch(m.group(0)) else _denied_words(text[m.end() : m.end() + 80])
        )
    )


#: A quoted title in a statement: “work sucks, I know”, « work sucks, I know ».
_QUOTED_TITLE = re.compile(r"[“\"«]\s*([^”\"»]{3,200}?)\s*[”\"»]")


class _FactMatching(CheckerBase):
    """Finding the facts a claim may be about, and what each one's words say and deny."""

    def _prepare(self, fact_id: str) -> None:
        """What the checks need to know of one fact, worked out the first time a check looks at it."""
        fact = self.base.facts[fact_id]
        self._vocab[fact.id] = self._vocabulary(fact)
        self._speakers[fact.id] = frozenset(
            e
            for c in fact.citations
            if c.who and c.attribution in ("person", "company")
            for e, _ in _find_entities(c.who, _norm(c.who), self.base)
            if self.base.entities[e].type in ("person", "organisation")
        )
        said = re.sub(r"\bnot (?:just|only|always|supposed|the first)\b", " ", _norm(fact.statement))
        self._negative[fact.id] = bool(_NEGATION.search(said))
        self._not_first[fact.id] = bool(_NOT_FIRST.search(said) or _NOT_FIRST.search(_norm(fact.statement_fr or "")))
        texts = [
            fact.statement,
            fact.statement_fr or "",
            *(c.quote for c in fact.citations),
            *fact.questions,
            *fact.questions_fr,
        ]
        self._markers[fact.id] = frozenset(w for t in texts for w in marker_words(_norm(t)))
        self._negative_weak[fact.id] = bool(_CLAIM_NEGATION.search(said))
        #: What the fact's words that deny without a "not" deny ("unpaid": paid; "without naming a source": naming).
        self._negative_word[fact.id] = frozenset(
            t
            for m in _NEGATIVE_WORD.finditer(said)
            for t in (
                {_CLAIM_SYNONYMS.get(stem(m.group(0)[2:]), stem(m.group(0)[2:]))}
                if m.group(0).startswith("un")
                else _denied_words(said[m.end() : m.end() + 80]) or {m.group(0)}
            )
        )
        said_fr = _norm(fact.statement_fr or "")
        self._denied[fact.id] = frozenset(
            t for text in (said, said_fr) for m in _NEGATION.finditer(text) for t in _denial_reach(m, text)
        )
        denials = [(text, m.start()) for text in (said, said_fr) for m in _NEGATION.finditer(text)]
        self._denies_one[fact.id] = bool(denials) and all(
            _one_person_subject(re.split(r"[.;:]\s+", text[:at])[-1].strip()) for text, at in denials
        )
        self._denied_head[fact.id] = frozenset(
            t
            for text in (said, said_fr)
            for m in _NEGATION.finditer(text)
            for t in (
                _denial_reach(m, text) if _ONE_WORD_DENIAL.fullmatch(m.group(0)) else _denied_words(text[m.end() : m.end() + 80])
            )
        )
        #: What the fact says is lacking ("without benefits", "sans avantages"): a claim may not assert it.
        self._lacking[fact.id] = frozenset(
            t
            for text in (said, said_fr, *(_norm(c.quote) for c in fact.citations))
            for m in re.finditer(r"\b(?:without|sans(?!-)|no|aucun|aucune)\b", text)
            for t in _denied_words(text[m.end() : m.end() + 80])
        )

    def _vocabulary(self, fact: Fact) -> frozenset[str]:
        # (The titles of the articles a statement names say who reported it: “work sucks, I know” says no one works.)
        statements = [self._without_titles(fact.statement), self._without_titles(fact.statement_fr or "")]
        texts = [*statements, *fact.questions, *fact.questions_fr, *fact.keywords]
        texts += [c.quote for c in fact.citations] + [c.position or "" for c in fact.citations] + [fact.subject or ""]
        for entity_id in fact.entities:
            entity = self.base.entities[entity_id]
            texts += [entity.name, *entity.aliases]
        answers = fact.answers
        texts += [a.of for a in (*answers.count, *answers.money, *answers.percent, *answers.date)]
        texts += [a.role for a in answers.role] + [a.object or "" for a in answers.actor]
        texts += [_ACTION_WORDS.get(a.did, "") for a in answers.actor]
        texts += ["works at" for a in answers.role if a.at]
        if fact.when:
            texts += [fact.when.text, fact.when.text_fr or ""]
        words = frozenset(token for text in texts for token in _tokens(text))
        # the figures its words say ("two OpenAI contractors": 2), as a claim's are read (reading.py)
        return words | {t for text in texts for t in _tokens(_words_as_digits(_norm(text))) if t.isdigit()}

    def _without_titles(self, statement: str) -> str:
        """A statement without the articles' titles it quotes in its attribution."""
        if self._titles is None:
            sources = self.base.sources.values()
            self._titles = tuple(_norm(t) for s in sources for t in (s.headline, s.headline_en, s.name, s.name_fr) if t)
        return _QUOTED_TITLE.sub(
            lambda m: " " if any(_norm(m.group(1)).strip() in t for t in self._titles) else m.group(0), statement
        )

    def _asking(self) -> Engine:
        """The engine the candidates are asked of, without its re-ranker: every candidate is read, so the order a
        re-ranker gives them adds nothing, and each question it re-ranks costs an encoding (half the time of a check)."""
        if self.engine.reranker is None:
            return self.engine
        if self._lexical_engine is None:
            lexical = copy.copy(self.engine)  # the same indexes, shared
            lexical.set_reranker(None)
            self._lexical_engine = lexical
        return self._lexical_engine

    def _candidates(self, claim: ParsedClaim) -> list[tuple[Fact, float]]:
        scores: dict[str, float] = {}
        queries = [claim.text, claim.core]
        digits = _words_as_digits(_norm(claim.text))
        if re.search(r"\b(?:environ )?\d", digits) and digits != _norm(claim.text) and not re.search(r"\d", claim.text):
            queries.append(digits)  # "un millier de sous-traitants": found as "about 1000 contractors" is
        if (
            claim.speech
            or claim.other_people
            or any(self.base.entities[e].type in ("person", "publication") for e in claim.entity_ids)
        ):
            # "Matelich said the layoffs were about return on investment": find what was said, then who said it.
            unnamed = _norm(claim.text)
            for entity_id in claim.entity_ids:
                entity = self.base.entities[entity_id]
                for name in sorted((entity.name, *entity.aliases), key=len, reverse=True):
                    unnamed = unnamed.replace(_norm(name), " ")
            for name, _ in claim.other_people:  # "Greg Brockman tweeted ...": find what was said, not who he is
                for word in (name, *name.split()):
                    unnamed = re.sub(rf"\b{re.escape(_norm(word))}\b", " ", unnamed)
            queries.append(unnamed)
        for text in dict.fromkeys(queries):
            if not text.strip():
                continue
            answer = self._asking().ask(text, offer_all=True)  # every near fact is a candidate, sharing a subject or not
            matches = ([answer.best] if answer.best else []) + list(answer.alternatives) + list(answer.suggestions)
            for match in matches:
                scores[match.fact.id] = max(scores.get(match.fact.id, 0.0), match.confidence)
            for dispute in answer.disputes:
                scores.setdefault(dispute.id, 0.0)
        named = [e for e in claim.entity_ids if self.base.entities[e].type != "place"] or list(claim.entity_ids)
        for entity_id in named:
            for fact_id in self.base.facts_by_entity.get(entity_id, ()):
                scores.setdefault(fact_id, 0.0)
        for fact_id in list(scores):
            for dispute in self.engine.disputes(fact_id):
                scores.setdefault(dispute.id, 0.0)
        ranked = sorted(scores.items(), key=lambda p: -p[1])
        return [(self.base.facts[fact_id], score) for fact_id, score in ranked]
