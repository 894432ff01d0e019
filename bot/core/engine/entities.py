"""People, organisations, products and places: which one a question asks about, and the fact that says
who or what each one is."""

from __future__ import annotations

import re
from typing import NamedTuple

from rapidfuzz import fuzz, process

from bot.core import lexicon
from bot.core.engine.asks import KIND_OF_SOMEONE, NAME_FIRST, WHO_IS, WHO_PREFIXES
from bot.core.engine.lexical import CITED_WHOLE, REAL_WORD_ZIPF, SHORT_TWO_TYPOS_TRUST, LexicalIndex, naming_tokens
from bot.core.engine.ranking import EVENT_TOKENS
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


#: Words for a person, as a question describes someone it does not name ("the Kansas City guy", "the young fella in Texas").
PERSON_WORDS = frozenset(
    search_tokens(
        "guy guys man woman person trainer contractor worker developer dev gars mec type homme femme formateur formatrice"
        " fella fellow dude bloke chap lad grad graduate"
    )
)
#: Words saying a job was someone's before ("the former ... worker", "l'ancien employé de ...").
PAST_WORDS = frozenset(
    search_tokens("former formerly ex onetime erstwhile previous", "en") + search_tokens("ex ancien ancienne anciens", "fr")
)
#: Head words readers put in one another's place in a description ("the outsourcing outfit in Nairobi", "the pop-punk
#: trio", "the recent graduate"): each is matched as its kind's word, in the curated descriptions and in the question
#: alike. Firms already meet as one word (firm, company, boîte, société: text.py).
_HEAD_KINDS = {
    **dict.fromkeys(search_tokens("outfit business vendor vendors agency provider"), "company"),
    **dict.fromkeys(search_tokens("trio quartet group groupe"), "band"),
    **dict.fromkeys(search_tokens("grad grads graduate graduates"), "graduat"),
}


def _head_kind(token: str) -> str:
    """A description's word as its kind's head word (itself for any other)."""
    return _HEAD_KINDS.get(token, token)


#: A word no fact uses is read as the one name word it is a typo of from this many letters.
MISSPELT_NAME_CHARS = 5

#: A description's words may have this many other words among them in a question, in any order ("the maker of ChatGPT" is
#: "the ChatGPT maker"). None: a word among them would go with the description when the name replaces it ("how much does
#: a trainer make in Kansas City" is no "Kansas City trainer").
DESCRIPTION_SLACK = 0
#: A word of a question and where it is: the words descriptions are found among.
_WORD_SPANS = re.compile(r"[^\W_][\w'’-]*")
#: Words before a description that ask which one it is ("which company fired its trainers"): the question asks for the
#: name, so the description is what it is about, not a mention of the entity.
_ASKS_WHICH = frozenset(fold("which what quel quelle quels quelles lequel laquelle").split())
#: And words asking its name, with the small words between ("what is the name of the startup that").
_NAME_WORDS = frozenset(fold("name named called nom appelle appelee").split())
_BETWEEN = frozenset(fold("the a an of de du la le l les").split())
#: Words that say what someone is ("Savreux is a recent college graduate"): a claim's description after one is what it
#: says of them, not a mention of whom it describes.
_COPULAS = frozenset(fold("is was are were be been being became becomes as est etait sont etaient devenu devient comme").split())
#: A question asking who someone is ("who is the 22-year-old in Texas", "c'est qui le créateur du chatbot").
_ASKS_WHO = re.compile(r"^\s*(?:who\s+(?:is|was|s)|qui\s+(?:est|etait)|c\s*est\s+qui|tell\s+me\s+about|parle\s*moi\s+d)\b")
#: Words for what kind of organisation something is, beside a description of one ("the ChatGPT maker company").
_FIRM_WORDS = frozenset(search_tokens("company firm startup start-up outfit business boite entreprise societe"))
#: A determiner before a description, which goes with it when the name replaces it ("the 22-year-old" -> "Jatin Kumar").
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|that|this|le|la|les|ce|cette|cet|un|une)\s+|\bl['’])$", re.IGNORECASE)


class Described(NamedTuple):
    """A question with the entities it describes without naming them read as named."""

    text: str
    entities: frozenset[str]


#: The words that put a position at an organisation ("head of operations at Sama", "responsable des opérations chez Sama").
_AT_WORDS = frozenset({"at", "of", "for", "in", "with", "chez", "de", "du", "d", "a", "au", "pour"})


class Entities:
    """Entity names (folded to search tokens) and each entity's introducing fact."""

    def __init__(self, base: KnowledgeBase, index: LexicalIndex) -> None:
        self.base = base
        self._index = index
        self._names: list[str] = []
        self._raw_names: list[str] = []
        self._entity_of_name: list[Entity] = []
        #: Whether each name names its entity by the words a question gives: not when all its words are everyday ones or
        #: dropped ("Open AI" is "open"; naming_tokens), which name it only written whole.
        self._naming: list[bool] = []
        for entity in base.entities.values():
            names = (entity.name, *entity.aliases)
            for name, naming in zip(names, naming_tokens(names, entity.type in CITED_WHOLE), strict=True):
                key = " ".join(search_tokens(name)) or fold(name)
                self._names.append(key)
                self._raw_names.append(name)
                self._entity_of_name.append(entity)
                self._naming.append(bool(naming))
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
        #: The people each organisation is curated as having employed (an actor answer's `work-for`): "the former Jimmy
        #: John's worker" is Savreux.
        self._workers_of: dict[str, set[str]] = {}
        for fact in facts:
            for actor in fact.answers.actor:
                if actor.did != "work-for":
                    continue
                for who in actor.who:
                    person = base.entities.get(who)
                    if person is not None and person.type == "person":
                        for employer in actor.whom:
                            self._workers_of.setdefault(employer, set()).add(person.id)
        del self._who_questions, self._position
        #: Each description's search tokens (in order) and the entities it describes: one describing two names neither.
        described: dict[tuple[str, ...], set[str]] = {}
        for entity in base.entities.values():
            for phrase in entity.described_as:
                tokens = tuple(_head_kind(t) for t in search_tokens(phrase))
                if tokens:
                    described.setdefault(tokens, set()).add(entity.id)
        self._descriptions = [(tokens, frozenset(ids)) for tokens, ids in described.items()]
        self._description_words = frozenset(t for tokens, _ids in self._descriptions for t in tokens)

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
        if not self._naming[position] and not _written_whole(self._raw_names[position], folded):
            # "is it open": an everyday word that is all a name's search tokens keep ("Open AI") does not name it.
            return None, 0.0, []
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
            # A word no fact uses beside a name's word, though the lookup reads it ("grase": grace, grade, grass; or a word
            # of the language, "gras"), is tried with it as the name it may be part of ("grase matelich").
            beside_name = self._misspelt_beside_name(token, out[-1] if out else None, tokens[position + 1 : position + 2])
            if name is None and not beside_name and not self._unknown(token):
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
            if beside_name and name is None and not self._unknown(token):
                out.append(token)
                position += 1
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

    @property
    def name_words(self) -> frozenset[str]:
        """The search tokens of every entity's names and aliases."""
        return frozenset(self._tokens)

    def _misspelt_beside_name(self, token: str, before: str | None, after: list[str]) -> bool:
        """Whether a word no fact uses stands beside a word of a name (with which it must then be near a whole name)."""
        if len(token) < 4 or token.isdigit() or token in self._index.idf:
            return False
        return any(side in self._tokens for side in (before, *after) if side is not None)

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

    def described(self, text: str, *, claim: bool = False) -> Described:
        """The question with each entity it describes by a curated description (`described_as`) named instead ("how old
        is the 22-year-old in Texas": how old is Jatin Kumar). A description that fits two entities names neither, nor
        does one the question asks to name ("which startup fired its trainers"). In a `claim`, one said of someone
        ("Savreux is a recent graduate", "Savreux, the 22-year-old, ...") is what the claim says, and stays. A name written
        in two words that is one word too ("Open AI") is read as the one word."""
        text = self.joined(text)
        if not self._descriptions:
            return Described(text, frozenset())
        words = [(m.start(), m.end(), m.group()) for m in _WORD_SPANS.finditer(text)]
        tokens = [(_head_kind(t), w) for w, (_s, _e, word) in enumerate(words) for t in search_tokens(word)]
        present = {t for t, _w in tokens}
        if present.isdisjoint(self._description_words):
            return Described(text, frozenset())
        # Each description found: its first and last word, how many other words are among its own, its tokens, entities.
        found: list[tuple[int, int, int, tuple[str, ...], frozenset[str]]] = []
        for phrase, ids in self._descriptions:
            if present.issuperset(phrase) and (span := _window(phrase, tokens)) is not None:
                found.append((*span, phrase, ids))
        # The longest and tightest description wins over those it overlaps ("the chatbot company pay its contractors" is
        # no "contracting firm"); overlapping ones as long and tight of different entities name neither.
        found.sort(key=lambda f: (-len(f[3]), f[2], f[0]))
        kept: list[tuple[int, int, int, tuple[str, ...], frozenset[str]]] = []
        for match in found:
            first, last, extra, phrase, ids = match
            overlapping = [k for k in kept if k[0] <= last and first <= k[1]]
            if not overlapping:
                kept.append(match)
            elif any(len(k[3]) == len(phrase) and k[2] == extra and k[4] != ids for k in overlapping):
                kept = [k for k in kept if k not in overlapping] + [(first, last, extra, phrase, frozenset())]
        # A description that is the whole question ("recent college graduate") asks about what it says, unless the question
        # asks who that is ("who is the 22-year-old?").
        whole_asks_who = _ASKS_WHO.match(" ".join(fold(text).replace("'", " ").split())) is not None
        named = [
            k
            for k in kept
            if len(k[4]) == 1
            and not _asks_which([w for _s, _e, w in words[: k[0]]])
            and not (claim and (_said_of(text, words, k[0]) or self._said_of_another(text, words, k)))
            and (len(k[3]) < len(tokens) or whole_asks_who)
            and not self._at_another(words, k)
        ]
        if not named:
            return Described(text, frozenset())
        # Descriptions of one entity side by side are one ("Redmond's software giant").
        named.sort(key=lambda k: k[0])
        merged = [named[0]]
        for k in named[1:]:
            if k[4] == merged[-1][4] and k[0] <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], k[1], 0, merged[-1][3] + k[3], k[4])
            else:
                merged.append(k)
        named = merged
        out = text
        for first, last, _extra, phrase, ids in sorted(named, key=lambda k: -k[0]):
            (entity_id,) = ids
            name = self.base.entities[entity_id].name
            # A word for what kind of someone it is beside it goes too ("the 34-year-old trainer", "the Kansas City guy").
            kind_words = PERSON_WORDS if self.base.entities[entity_id].type == "person" else _FIRM_WORDS
            while last + 1 < len(words) and _only(words[last + 1][2], kind_words):
                last += 1
            while first > 0 and _only(words[first - 1][2], kind_words):
                first -= 1
            start, end = words[first][0], words[last][1]
            if not EVENT_TOKENS.isdisjoint(phrase):
                # A description by what it did ("the startup that fired its trainers") may be what is asked ("did the
                # startup fire its trainers?"): the name joins it rather than replacing it.
                out = out[:start] + name + " " + out[start:]
                continue
            possessive = re.search(r"['’]s$", words[last][2])
            head = _DETERMINER.sub("", out[:start])
            out = head + name + (possessive.group() if possessive else "") + out[end:]
        return Described(out, frozenset(id_ for k in named for id_ in k[4]))

    def joined(self, text: str) -> str:
        """The text with each name written in words apart that is one word too ("Open AI", "co-pilot") written as the one
        word ("OpenAI", "Copilot"), as the index reads the facts (LexicalIndex.joined)."""
        return self._index.joined(text)

    def _at_another(
        self, words: list[tuple[int, int, str]], found: tuple[int, int, int, tuple[str, ...], frozenset[str]]
    ) -> bool:
        """Whether a description of someone's position is said of another organisation than the ones their curated roles
        are at ("who is the head of operations at Sama": not Invisible's head of operations)."""
        last, ids = found[1], found[4]
        if len(ids) != 1 or last + 2 >= len(words) or fold(words[last + 1][2]) not in _AT_WORDS:
            return False
        (entity_id,) = ids
        facts = (self.base.facts[f] for f in self.base.facts_by_entity.get(entity_id, ()))
        at = {role.at for fact in facts for role in fact.answers.role if role.entity == entity_id and role.at}
        if not at:
            return False
        after = " ".join(w for _s, _e, w in words[last + 2 : last + 6])
        firms = {e for e in self.named_in(search_tokens(after)) if self.base.entities[e].type == "organisation"}
        return bool(firms) and firms.isdisjoint(at)

    def _said_of_another(
        self, text: str, words: list[tuple[int, int, str]], found: tuple[int, int, int, tuple[str, ...], frozenset[str]]
    ) -> bool:
        """Whether a claim's description likely says something of an entity of its kind that the claim names: one named
        before it ("Savreux a 34 ans", "Meta's AI lab"), or one it is said to be ("OpenAI's largest investor is Google")."""
        first, last, ids = found[0], found[1], found[4]
        kinds = {self.base.entities[e].type for e in ids}
        parts = [text[: words[first][0]]]
        if last + 1 < len(words) and re.split(r"['’]", fold(words[last + 1][2]))[-1] in _COPULAS:
            parts.append(text[words[last + 1][1] :])
        return any(self.base.entities[e].type in kinds for part in parts for e in self.named_in(search_tokens(part)))

    def described_by_place(self, tokens: list[str], named: frozenset[str]) -> frozenset[str]:
        """The people a question names by where they are from or live ("the Kansas City guy", "le formateur du Texas"):
        a place it names that is curated as someone's, with a word for a person."""
        if PERSON_WORDS.isdisjoint(tokens):
            return frozenset()
        return frozenset(person for place in named for person in self._people_of_place.get(place, ()))

    def described_by_past_employer(self, text: str, tokens: list[str], named: frozenset[str]) -> frozenset[str]:
        """The one person a question names by a former employer ("the former Jimmy John's worker", "l'ancien employé de
        Jimmy John's"): a word for a past job, a word for one person (former workers in the plural are any of them), and
        an organisation curated as having employed only them among those it names (two people fit "a former OpenAI
        contractor": neither is meant)."""
        if PERSON_WORDS.isdisjoint(tokens) or PAST_WORDS.isdisjoint(tokens):
            return frozenset()
        person_words = [w for w in fold(text).split() if _only(w.strip("?!.,;:'’"), PERSON_WORDS)]
        if not any(not w.strip("?!.,;:'’").endswith("s") for w in person_words):
            return frozenset()
        people = {person for employer in named for person in self._workers_of.get(employer, ())}
        return frozenset(people) if len(people) == 1 else frozenset()

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


#: The parts of a name (runs of letters or digits): "Open AI" has two, "OpenAI" one.
_NAME_PARTS = re.compile(r"[^\W_]+")


def _written_whole(name: str, folded: str) -> bool:
    """Whether a folded text has every word of a name (in any order)."""
    words = set(_NAME_PARTS.findall(folded))
    return all(part in words for part in _NAME_PARTS.findall(fold(name)))


def _only(word: str, kinds: frozenset[str]) -> bool:
    """Whether a word is one of a set of kind words (as search tokens)."""
    tokens = search_tokens(word)
    return bool(tokens) and all(t in kinds for t in tokens)


def _window(phrase: tuple[str, ...], tokens: list[tuple[str, int]]) -> tuple[int, int, int] | None:
    """The first and last word of the shortest run of a question's tokens holding every token of a description, in any
    order ("the maker of ChatGPT" is "the ChatGPT maker"), and how many other tokens are among them (DESCRIPTION_SLACK
    at most); None when there is none."""
    wanted = set(phrase)
    longest = len(wanted) + DESCRIPTION_SLACK
    best: tuple[int, int, int] | None = None
    for start, (token, _word) in enumerate(tokens):
        if token not in wanted:
            continue
        missing = wanted - {token}
        end = start
        while missing and end + 1 < len(tokens) and end + 1 - start < longest:
            end += 1
            missing.discard(tokens[end][0])
        if missing:
            continue
        # The tightest run in words too: "how old is the 22-year-old" describes by "22-year-old", not by "old ... 22-year".
        run = (tokens[start][1], tokens[end][1], end - start + 1 - len(wanted))
        if best is None or (run[2], run[1] - run[0]) < (best[2], best[1] - best[0]):
            best = run
    return best


def _said_of(text: str, words: list[tuple[int, int, str]], first: int) -> bool:
    """Whether a claim's description at word `first` is said of someone: after a word saying what they are ("is a",
    "est un"), or set beside a name by a comma ("Savreux, the 22-year-old")."""
    at = first
    while at > 0 and fold(words[at - 1][2]) in _BETWEEN | {"un", "une"}:
        at -= 1
    if at == 0:
        return False
    if re.split(r"['’]", fold(words[at - 1][2]))[-1] in _COPULAS:  # "is", "c'est", "n'est"
        return True
    return "," in text[words[at - 1][1] : words[at][0]] and words[at - 1][2][:1].isupper()


def _asks_which(before: list[str]) -> bool:
    """Whether the words before a description ask which one it is: "which startup fired its trainers", "quelle boîte",
    "the name of the firm that". ("What is the chatbot company's valuation" asks something of it.)"""
    parts = [part for word in before[-4:] for part in fold(word).replace("’", "'").split("'") if part]
    if parts and parts[-1] in _ASKS_WHICH:
        return True
    while parts and parts[-1] in _BETWEEN:
        parts.pop()
    return bool(parts) and parts[-1] in _NAME_WORDS
