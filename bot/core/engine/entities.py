"""People, organisations, products and places: which one a question asks about, and the fact that says
who or what each one is."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from bot.core import lexicon
from bot.core.engine.asks import KIND_OF_SOMEONE, NAME_FIRST, WHO_IS, WHO_PREFIXES
from bot.core.engine.lexical import REAL_WORD_ZIPF, SHORT_TWO_TYPOS_TRUST, LexicalIndex
from bot.core.models import Entity, Fact, KnowledgeBase
from bot.core.text import fold, search_tokens

#: A sentence of a question, and a word of it.
_SENTENCES = re.compile(r"[.?!;:\n]+")
_WORDS = re.compile(r"[^\W_][\w'’-]*")


def capitalised_words(text: str) -> list[str]:
    """The words of a text written with a capital that do not open a sentence ("what is the capital of France"): names,
    as people write them. None when the text is in capitals or title case throughout (there capitals say nothing)."""
    words = [(i, w) for sentence in _SENTENCES.split(text) for i, w in enumerate(_WORDS.findall(sentence))]
    inner = [w for i, w in words if i > 0]
    capitalised = [w for w in inner if w[0].isupper()]
    if text.isupper() or (len(inner) >= 3 and len(capitalised) * 2 > len(inner)):
        return []
    return capitalised


#: Well-known names people write in lower case ("when did chatgpt launch in france"): countries, cities, companies and
#: people the articles never mention. Those the base does mention (Kenya, Google, Texas) are its own names, and count as
#: such; the others make a question about someone or somewhere the articles say nothing of.
WELL_KNOWN_NAMES = frozenset(
    search_tokens(
        "france french germany allemagne spain espagne italy italie portugal britain england angleterre uk ireland "
        "irlande usa america amerique canada mexico mexique brazil bresil argentina argentine chile chili colombia "
        "colombie peru perou china chine japan japon korea coree india inde pakistan bangladesh indonesia indonesie "
        "philippines vietnam thailand thailande australia australie russia russie ukraine poland pologne romania "
        "roumanie nigeria ghana egypt egypte morocco maroc ethiopia ethiopie uganda ouganda tanzania tanzanie "
        "paris london londres berlin madrid rome tokyo beijing pekin shanghai delhi mumbai lagos seattle boston chicago "
        "york angeles los dubai lyon marseille montreal toronto "
        "apple amazon meta anthropic nvidia ibm oracle samsung netflix uber tesla spacex baidu alibaba tencent "
        "huawei appen mistral cohere xai "
        "musk elon gates zuckerberg bezos pichai nadella obama biden trump macron"
    )
)


#: Words for a person, as a question describes someone it does not name ("the Kansas City guy").
PERSON_WORDS = frozenset(
    search_tokens(
        "guy guys man woman person trainer contractor worker developer dev gars mec type homme femme formateur formatrice"
    )
)


#: A word no fact uses is read as the one name word it is a typo of from this many letters.
MISSPELT_NAME_CHARS = 5


class Entities:
    """Entity names (folded to search tokens) and each entity's introducing fact."""

    def __init__(self, base: KnowledgeBase, index: LexicalIndex) -> None:
        self.base = base
        self._index = index
        self._names: list[str] = []
        self._raw_names: list[str] = []
        self._entity_of_name: list[Entity] = []
        for entity in base.entities.values():
            for name in (entity.name, *entity.aliases):
                key = " ".join(search_tokens(name)) or fold(name)
                self._names.append(key)
                self._raw_names.append(name)
                self._entity_of_name.append(entity)
        self._tokens = {t for name in self._names for t in name.split()}
        #: Each name as a set of tokens, and the entities it names: a question naming someone is about them.
        self._named_by: dict[frozenset[str], set[str]] = {}
        for (key, entity), raw in zip(zip(self._names, self._entity_of_name, strict=True), self._raw_names, strict=True):
            # "Partnership on AI" keeps one search token ("ai" is a French stop word): "partnership" alone does not name it.
            if key and (" " in key or " " not in raw.strip()):
                self._named_by.setdefault(frozenset(key.split()), set()).add(entity.id)
        self.token_sets = list(self._named_by)
        self._named_in_text: dict[str, frozenset[str]] = {}
        self._full_names = sorted({name for name in self._names if " " in name})
        self._name_words = sorted({word for name in self._names for word in name.split() if len(word) >= 4})
        # Per fact, once: its statement's tokens and its "who is ..." questions, to pick each entity's intro.
        facts = index.facts
        self._position = {f.id: i for i, f in enumerate(facts)}
        self._who_questions = {
            f.id: tuple(fold(q) for q in (*f.questions, *f.questions_fr) if q.lower().startswith(WHO_PREFIXES)) for f in facts
        }
        self._intro_fact = {entity.id: self._pick_intro(entity) for entity in base.entities.values()}
        #: The people each place is curated as the place of ("the Kansas City guy" is Savreux).
        self._people_of_place: dict[str, set[str]] = {}
        for fact in facts:
            for place in fact.answers.place:
                person = base.entities.get(place.entity) if place.entity else None
                if person is not None and person.type == "person":
                    for where in place.where:
                        self._people_of_place.setdefault(where, set()).add(person.id)
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
            said = statements[self._position[fact_id]]  # a frozenset (TokenSets)
            shared = sum(idf.get(t, 0.0) for t in (said & described) - names)
            # A discrepancy is about the articles, not the entity; a fact naming many entities is less about this one.
            closeness = shared / (1 + 0.15 * len(fact.entities)) - (5.0 if fact.kind == "discrepancy" else 0.0)
            return (introduces, closeness, -len(fact.entities))

        return max(fact_ids, key=closeness)

    def asked_about(
        self, text: str, tokens: list[str], *, typed: bool = False
    ) -> tuple[Entity | None, float, tuple[Entity, ...]]:
        """The entity a question is about, when it asks who or what someone is, or is just a name; with the others the
        name may as well mean (`namesakes`: "sam" is Sam Altman's first name and one letter from Sama). A question of
        another type (`typed`: "what did X do before") is not a bare name, however few its other words."""
        entity, score, name_tokens = self._asked_about(text, tokens, typed=typed)
        return entity, score, (self._namesakes(entity, name_tokens) if entity is not None else ())

    def _namesakes(self, entity: Entity, name_tokens: list[str]) -> tuple[Entity, ...]:
        """The other entities a name given without the rest of it may mean: none when it is one's whole name or alias;
        else each whose name has it as words ("sam" of "Sam Altman"), and each it is a likely typo of ("sama")."""
        key = " ".join(name_tokens)
        if any(name == key for name in self._names):
            exact = {e.id for name, e in zip(self._names, self._entity_of_name, strict=True) if name == key}
            if len(exact) == 1:
                return ()
        wanted = set(name_tokens)
        partial = {e.id: e for name, e in zip(self._names, self._entity_of_name, strict=True) if wanted <= set(name.split())}
        near = process.extract(key, self._names, scorer=fuzz.ratio, score_cutoff=80, limit=5)
        typos = {self._entity_of_name[position].id: self._entity_of_name[position] for _name, _score, position in near}
        found = {**partial, **typos}
        if len(found) < 2 or entity.id not in found:
            return ()
        # The name as written first (a first name), then the typo readings.
        return tuple(e for e in (*partial.values(), *typos.values()) if e.id != entity.id and e.id in found)

    def _asked_about(self, text: str, tokens: list[str], *, typed: bool) -> tuple[Entity | None, float, list[str]]:
        folded = " ".join(fold(text).replace("'", " ").replace("-", " ").split())
        asked = WHO_IS.match(folded) or NAME_FIRST.match(folded)
        if typed and not asked:
            return None, 0.0, []
        name_tokens = search_tokens(asked.group("name")) if asked else tokens
        if asked:
            # "this jindal person": the words that only say what kind of someone is asked about go.
            name_tokens = [t for t in name_tokens if t not in KIND_OF_SOMEONE]
            # Misspelt names put right as in the rest of the question ("who is sammm altmn").
            name_tokens = self.correct_names(name_tokens)
        if not name_tokens or len(name_tokens) > 4:
            return None, 0.0, []
        # A text is a name only when every word of it belongs to some entity name (typos allowed):
        # "who is the ceo of invisible" asks about someone the articles may not name, not about Invisible.
        if not all(self._is_name_token(t) for t in name_tokens):
            return None, 0.0, []
        # The whole text must be one name (a typo allowed): "sama kenya" names two entities, not Sama.
        found = process.extractOne(" ".join(name_tokens), self._names, scorer=fuzz.ratio, score_cutoff=80)
        if found is None:
            return None, 0.0, []
        _name, score, position = found
        return self._entity_of_name[position], score / 100, name_tokens

    def correct_names(self, tokens: list[str]) -> list[str]:
        """The question's tokens with misspelt names put right: a word the index does not know (and no typo lookup
        finds) is matched with rapidfuzz against the entities' names and aliases, alone and with the word beside
        it, so that two typos in a name ("jattin kumarr", "Sahm Altmann") still find the person."""
        out: list[str] = []
        position = 0
        while position < len(tokens):
            token = tokens[position]
            name = self._misspelt_name(token)
            if name is None and not self._unknown(token):
                out.append(token)
                position += 1
                continue
            # With the word before it, or after it: "jatin kumsrz", "grase matelitch".
            best: tuple[str, str, float] | None = None
            sides = [("before", f"{out[-1]} {token}")] if out else []
            if position + 1 < len(tokens):
                sides.append(("after", f"{token} {tokens[position + 1]}"))
            for side, pair in sides:
                found = process.extractOne(pair, self._full_names, scorer=fuzz.ratio, score_cutoff=80)
                if found and (best is None or found[1] > best[2]):
                    best = (side, found[0], found[1])
            if best is not None:
                side, name, _score = best
                if side == "before":
                    out[-1:] = name.split()
                    position += 1
                else:
                    out.extend(name.split())
                    position += 2
                continue
            single = process.extractOne(token, self._name_words, scorer=fuzz.ratio, score_cutoff=75) if name is None else None
            out.append(name or (single[0] if single else token))
            position += 1
        return out

    def _misspelt_name(self, token: str) -> str | None:
        """The word of a name a misspelt word stands for, when the typo lookup reads it as that word alone ("opebai",
        "maatelic"): a name is asked about by name, not as a guess among words, so it counts as written right."""
        if len(token) < MISSPELT_NAME_CHARS or token in self._index.idf or lexicon.zipf(token) >= REAL_WORD_ZIPF:
            return None  # "european" is no misspelt "Europe", though read as its form
        readings = self._index.lookup(token)
        if len(readings) != 1:
            return None
        ((indexed, trust),) = readings
        return indexed if indexed in self._tokens and trust >= SHORT_TWO_TYPOS_TRUST else None

    def _unknown(self, token: str) -> bool:
        """A word no fact uses and no typo lookup maps (but as a short word's nearest, two edits away), and not a word of
        the language: perhaps a misspelt name, which the name beside it tells better ("jatn kumsrz")."""
        if len(token) < 4 or token.isdigit() or token in self._index.idf:
            return False
        if any(trust > SHORT_TWO_TYPOS_TRUST for _, trust in self._index.lookup(token)):
            return False
        return lexicon.zipf(token) < REAL_WORD_ZIPF

    def unknown_names(self, text: str, tokens: list[str]) -> list[str]:
        """The names a question writes with a capital (capitalised_words) that the base never uses: no entity's name or
        alias, no fact's word, not a typo of either ("France", "Amazon", "Elon"). No fact can be about them."""
        present = set(tokens)
        unknown = []
        lower_case = [t for t in present if t in WELL_KNOWN_NAMES]
        for word in [*capitalised_words(text), *lower_case]:
            for token in search_tokens(word):
                if token in self._tokens or token in self._index.idf or token not in present or token.isdigit():
                    continue  # a name or word of the base; or a misspelt name put right (no longer among the tokens)
                if lexicon.zipf(token) < REAL_WORD_ZIPF and any(t in self._tokens for t, _ in self._index.lookup(token)):
                    continue  # a typo of a name of the base ("Micorsoft"); "Appen" is not one of "happen"
                unknown.append(token)
        return unknown

    def described_by_place(self, tokens: list[str], named: frozenset[str]) -> frozenset[str]:
        """The people a question names by where they are from or live ("the Kansas City guy", "le formateur du Texas"):
        a place it names that is curated as someone's, with a word for a person."""
        if PERSON_WORDS.isdisjoint(tokens):
            return frozenset()
        return frozenset(person for place in named for person in self._people_of_place.get(place, ()))

    def name_tokens(self, entity_id: str) -> frozenset[str]:
        """The search tokens of an entity's name and aliases."""
        entity = self.base.entities[entity_id]
        return frozenset(t for name in (entity.name, *entity.aliases) for t in search_tokens(name))

    def named_in_read(self, tokens: list[str]) -> frozenset[str]:
        """The entities a question names, a misspelt name read as the index reads it ("sam altmn": Sam Altman): a word
        no fact uses, one letter from a word of a name."""
        read = [indexed for t in tokens for indexed, trust in self._index.lookup(t) if trust >= 0.85 and indexed in self._tokens]
        return self.named_in([*tokens, *read]) if read else self.named_in(tokens)

    def named_in(self, tokens: list[str]) -> frozenset[str]:
        """The ids of the entities a question names (every word of one of their names or aliases is in it)."""
        present = set(tokens)
        return frozenset(e for name, ids in self._named_by.items() if name <= present for e in ids)

    def named_in_text(self, text: str) -> frozenset[str]:
        """The ids of the entities a text names (a curated answer's `of`: "OpenAI's staff" names OpenAI)."""
        found = self._named_in_text.get(text)
        if found is None:
            found = self._named_in_text[text] = self.named_in(search_tokens(text))
        return found

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
