"""People, organisations, products and places: which one a question asks about, and the fact that says
who or what each one is."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.core.engine.asks import KIND_OF_SOMEONE, NAME_FIRST, WHO_IS, WHO_PREFIXES
from bot.core.engine.lexical import LexicalIndex
from bot.core.models import Entity, Fact, KnowledgeBase
from bot.core.text import fold, search_tokens


class Entities:
    """Entity names (folded to search tokens) and each entity's introducing fact."""

    def __init__(self, base: KnowledgeBase, index: LexicalIndex) -> None:
        self.base = base
        self._index = index
        self._names: list[str] = []
        self._entity_of_name: list[Entity] = []
        for entity in base.entities.values():
            for name in (entity.name, *entity.aliases):
                key = " ".join(search_tokens(name)) or fold(name)
                self._names.append(key)
                self._entity_of_name.append(entity)
        self._tokens = {t for name in self._names for t in name.split()}
        #: Each name as a set of tokens, and the entities it names: a question naming someone is about them.
        self._named_by: dict[frozenset[str], set[str]] = {}
        for key, entity in zip(self._names, self._entity_of_name, strict=True):
            if key:
                self._named_by.setdefault(frozenset(key.split()), set()).add(entity.id)
        self.token_sets = list(self._named_by)
        # Per fact, once: its statement's tokens and its "who is ..." questions, to pick each entity's intro.
        facts = index.facts
        self._position = {f.id: i for i, f in enumerate(facts)}
        self._who_questions = {
            f.id: tuple(fold(q) for q in (*f.questions, *f.questions_fr) if q.lower().startswith(WHO_PREFIXES)) for f in facts
        }
        self._intro_fact = {entity.id: self._pick_intro(entity) for entity in base.entities.values()}
        del self._who_questions, self._position

    def _pick_intro(self, entity: Entity) -> str | None:
        """The fact that best says who or what an entity is: the one closest to its description."""
        fact_ids = self.base.facts_by_entity.get(entity.id, ())
        if not fact_ids:
            return None
        described = set(search_tokens(entity.description))
        names = {t for n in (entity.name, *entity.aliases) for t in search_tokens(n)}
        idf = self._index.idf
        statements = self._index.statement_tokens

        asks_who = tuple(fold(f"{verb} {name}") for name in (entity.name, *entity.aliases) for verb in WHO_PREFIXES)

        def closeness(fact_id: str) -> tuple[bool, float, int]:
            fact = self.base.facts[fact_id]
            # Curators mark the fact that introduces someone by giving it the "who is X" questions.
            introduces = any(q.startswith(asks_who) for q in self._who_questions[fact_id])
            said = frozenset(statements[self._position[fact_id]])
            shared = sum(idf.get(t, 0.0) for t in (said & described) - names)
            # A discrepancy is about the articles, not the entity; a fact naming many entities is less about this one.
            closeness = shared / (1 + 0.15 * len(fact.entities)) - (5.0 if fact.kind == "discrepancy" else 0.0)
            return (introduces, closeness, -len(fact.entities))

        return max(fact_ids, key=closeness)

    def asked_about(self, text: str, tokens: list[str], *, typed: bool = False) -> tuple[Entity | None, float]:
        """The entity a question is about, when it asks who or what someone is, or is just a name. A question of
        another type (`typed`: "what did X do before") is not a bare name, however few its other words."""
        folded = " ".join(fold(text).replace("'", " ").replace("-", " ").split())
        asked = WHO_IS.match(folded) or NAME_FIRST.match(folded)
        if typed and not asked:
            return None, 0.0
        name_tokens = search_tokens(asked.group("name")) if asked else tokens
        if asked:
            # "this jindal person": the words that only say what kind of someone is asked about go.
            name_tokens = [t for t in name_tokens if t not in KIND_OF_SOMEONE]
        if not name_tokens or len(name_tokens) > 4:
            return None, 0.0
        # A text is a name only when every word of it belongs to some entity name (typos allowed):
        # "who is the ceo of invisible" asks about someone the articles may not name, not about Invisible.
        if not all(self._is_name_token(t) for t in name_tokens):
            return None, 0.0
        # The whole text must be one name (a typo allowed): "sama kenya" names two entities, not Sama.
        found = process.extractOne(" ".join(name_tokens), self._names, scorer=fuzz.ratio, score_cutoff=80)
        if found is None:
            return None, 0.0
        _name, score, position = found
        return self._entity_of_name[position], score / 100

    def named_in(self, tokens: list[str]) -> frozenset[str]:
        """The ids of the entities a question names (every word of one of their names or aliases is in it)."""
        present = set(tokens)
        return frozenset(e for name, ids in self._named_by.items() if name <= present for e in ids)

    def _is_name_token(self, token: str) -> bool:
        return token in self._tokens or any(t in self._tokens for t, _ in self._index.lookup(token))

    def intro(self, entity: Entity) -> Fact | None:
        """The fact that says who or what an entity is."""
        intro = self._intro_fact.get(entity.id)
        return self.base.facts[intro] if intro else None

    def find(self, name: str) -> Entity | None:
        """The entity a name or alias (or a misspelling of one) refers to."""
        key = " ".join(search_tokens(name)) or fold(name)
        if not key:
            return None
        found = process.extractOne(key, self._names, scorer=fuzz.WRatio, score_cutoff=80)
        return self._entity_of_name[found[2]] if found else None
