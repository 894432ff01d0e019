"""The lexical index: every fact's words in an inverted index with BM25-style weights, and the typo
lookup that maps a question's unknown words to indexed ones.

At load time every fact's names (statement, questions, keywords, entity names and aliases, topic names,
quotes) are reduced to search tokens. A query token unknown to the index is mapped to indexed ones within
one edit (a deletion index, SymSpell-style), or two (among the words of its first letter: all of them for a long word,
the nearest alone for a short one).
"""

from __future__ import annotations

import bisect
import math
import re
from array import array
from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core import lexicon
from bot.core.engine.asks import rephrase
from bot.core.models import Fact, KnowledgeBase
from bot.core.text import (
    FUNCTION_WORDS_FR,
    STEM_SYNONYMS,
    STOP_WORDS,
    SYNONYMS,
    fold,
    folded_tokens,
    search_tokens,
    stem,
    strip_ending,
)

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
BM25_K1 = 1.2
#: A word at least this common in English or French (Zipf frequency: 3 is once per million words) is real.
REAL_WORD_ZIPF = 3.0
HAS_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")
#: A word no fact uses, none within one edit, is read as two typos from this many letters (from LONG_WORD_CHARS with
#: every indexed word so near, below it only with the nearest one), with these trusts.
ONE_TYPO_TRUST = 0.85
TWO_TYPOS_CHARS = 5
LONG_WORD_CHARS = 7
TWO_TYPOS_TRUST = 0.7
SHORT_TWO_TYPOS_TRUST = 0.6
#: Longer tokens get no typo tolerance: a word's deletion variants cost the square of its length (a
#: 40,000-letter word would take 1.5 GB), and no real word is this long.
MAX_TYPO_CHARS = 40
#: A misspelt word of this many letters or more is put right in the question's text (put_right).
MEANT_MIN_CHARS = 4
#: The keys beside each letter on a QWERTY keyboard (a slip of the hand strikes one of them instead).
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
KEY_NEIGHBOURS = {
    key: "".join(
        _ROWS[r][c]
        for r in range(max(0, row - 1), min(3, row + 2))
        for c in range(max(0, col - 1), col + 2)
        if c < len(_ROWS[r]) and (r, c) != (row, col)
    )
    for row, keys in enumerate(_ROWS)
    for col, key in enumerate(keys)
}
#: The endings tried to make an indexed stem a written word again (_written).
WRITTEN_ENDINGS = ("e", "s", "es", "y", "ed", "er", "ing", "ion", "al")
#: Tokens the curated synonyms map words to: they are what they say ("founder" is not a form of "found").
CANONICAL_TOKENS = frozenset(SYNONYMS.values())
STOP_WORD_LIST = sorted(w for w in STOP_WORDS if len(w) >= 3)
#: A word of a name written in several words that is this common (Zipf) is an everyday word ("open" of "Open AI", "news"
#: of "NBC News", "city" of "Kansas City"): by itself it does not name the entity, so a fact is not indexed under it for
#: naming the entity ("is the store open" is not about OpenAI). Its other words and its one-word names still are.
NAME_FRAGMENT_ZIPF = 4.5


#: The kinds of entity whose every name word counts: people are asked about by first name ("what did Grace say"), and
#: outlets cited by the words of their names ("what did the contractors tell NBC News"; held-out 2's guard on questions
#: with two typos lost one when "news" no longer counted).
CITED_WHOLE = frozenset({"person", "publication"})


def naming_tokens(names: Sequence[str], whole: bool = False) -> list[list[str]]:
    """The search tokens each of an entity's names and aliases gives a fact that names it: every token of a one-word name;
    of a name of several words ("Open AI", "Kansas City"), each token but the everyday words (NAME_FRAGMENT_ZIPF), unless
    that word is one of its names by itself ("Invisible" of "Invisible Systems"). Every name word of an entity `whole`
    (a person or an outlet: CITED_WHOLE)."""
    read = [(search_tokens(name), whole or len(_LETTERS.findall(name)) == 1) for name in names]
    names_alone = {tokens[0] for tokens, one_word in read if one_word and len(tokens) == 1}
    return [
        [t for t in tokens if one_word or t in names_alone or lexicon.zipf(t) < NAME_FRAGMENT_ZIPF] for tokens, one_word in read
    ]


#: The parts of a name (runs of letters or digits): "Open AI" has two, "OpenAI" one.
_NAME_PARTS = re.compile(r"[^\W_]+")


def _letters(name: str) -> str:
    """A name's letters and digits, folded: what its spellings in one word or several share."""
    return "".join(_NAME_PARTS.findall(fold(name)))


def spaced_names(base: KnowledgeBase) -> dict[str, str]:
    """The names written in words apart whose letters are those of a one-word name of the same entity ("Open AI",
    "Co-Pilot", "Deep Mind"), each with that name. (Not "GPT-3" or "blink 182": a number apart reads alike either way, and
    a claim's figures stay as written.)"""
    spaced = {}
    for entity in base.entities.values():
        names = (entity.name, *entity.aliases)
        one_word = {_letters(n): n for n in names if len(_NAME_PARTS.findall(n)) == 1}
        for name in names:
            parts = _NAME_PARTS.findall(name)
            if len(parts) > 1 and not any(p.isdigit() for p in parts) and _letters(name) in one_word:
                spaced[name] = one_word[_letters(name)]
    return spaced


class Postings(NamedTuple):
    """The facts a token is in, highest impact first, and its impact (BM25 weight) in each.

    Two flat arrays rather than a list of (impact, fact) pairs: at 100k facts there are millions
    of postings, and a pair costs a tuple and a float object each (five times the memory).
    """

    impacts: array[float]
    facts: array[int]


class TokenSets:
    """Each fact's search tokens, as token numbers in one flat array: `sets[i]` is fact i's as a frozenset.

    A frozenset of strings per fact was the largest table of the index (about 2 KB a fact: its hash table
    is sized for growth); here a fact's tokens cost 4 bytes each. A set is made when asked for, a few dozen
    times per question.
    """

    __slots__ = ("names", "numbers", "starts")

    def __init__(self) -> None:
        #: Every token, by number (the order tokens were first met).
        self.names: list[str] = []
        self.numbers = array("I")
        #: Where each fact's numbers start in `numbers` (and, last, where they end).
        self.starts = array("I", [0])

    def add(self, numbers: Iterable[int]) -> None:
        self.numbers.extend(numbers)
        self.starts.append(len(self.numbers))

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, position: int) -> frozenset[str]:
        if not 0 <= position < len(self.starts) - 1:
            raise IndexError(position)
        names = self.names
        return frozenset([names[n] for n in self.numbers[self.starts[position] : self.starts[position + 1]]])

    def __getstate__(self) -> tuple:
        return (self.names, self.numbers, self.starts)

    def __setstate__(self, state: tuple) -> None:
        self.names, self.numbers, self.starts = state


class LexicalIndex:
    """The facts' search tokens, their BM25 postings, and the typo lookup. Built once; read-only after."""

    def __init__(self, base: KnowledgeBase, facts: list[Fact]) -> None:
        self.base = base
        self.facts = facts
        count = max(len(facts), 1)
        # A name written in words apart that is one word too is read in a question as the one word ("Open AI" is OpenAI,
        # not "open"): its parts are everyday words that name nothing (naming_tokens). (Not in the facts' texts: reading
        # every one so cost a tenth of the index's tokenising, for the few that write a name so.)
        spaced = spaced_names(base)
        self._spaced = (
            re.compile(
                r"(?<![\w-])(?:"
                + "|".join(
                    r"[\s-]+".join(map(re.escape, _NAME_PARTS.findall(fold(n)))) for n in sorted(spaced, key=len, reverse=True)
                )
                + r")(?![\w-])",
                re.IGNORECASE,
            )
            if spaced
            else None
        )
        self._spaced_names = {_letters(n): one for n, one in spaced.items()}
        # Each spaced name's first part and what may follow it: a cheap test before the expression.
        self._spaced_starts = tuple({f" {_NAME_PARTS.findall(fold(n))[0]}{sep}" for n in spaced for sep in (" ", "-")})
        # Entity and topic names and keywords recur across facts: tokenise each once.
        shared: dict[str, list[str]] = {}
        #: Each fact's statement tokens, for the entities' intros; dropped once they are picked. Token numbers (as
        #: fact_tokens), not a list of strings a fact: at 100k facts, 5 MiB in one array rather than 16 MiB of lists.
        self.statement_tokens = TokenSets()
        #: Each fact's search tokens (TokenSets: `fact_tokens[i]` is a frozenset).
        self.fact_tokens = TokenSets()
        #: Each fact's phrasings (its questions', keywords' and statement's tokens), joined by new lines: one
        #: string a fact rather than a list of them (`phrasings[i].split("\n")`).
        self.phrasings: list[str] = []
        lengths: list[float] = []
        # Each token's postings before BM25 weighting, filled fact by fact: the facts it is in, in order,
        # and its weight in each (in compact arrays: at 100k facts there are millions of them).
        found_in: dict[str, tuple[array[int], array[float]]] = {}
        number_of: dict[str, int] = {}
        # The tokens each entity name gives the facts naming it (naming_tokens).
        naming = {
            name: tokens
            for entity in base.entities.values()
            for name, tokens in zip(
                (entity.name, *entity.aliases),
                naming_tokens((entity.name, *entity.aliases), entity.type in CITED_WHOLE),
                strict=True,
            )
        }
        for index, fact in enumerate(facts):
            bag: dict[str, float] = {}
            names: list[str] = []
            statement: list[str] = []
            for field, text in self._fact_fields(fact):
                if field == "entity":
                    tokens = naming[text]
                elif field in ("topic", "keyword"):
                    tokens = shared.get(text)
                    if tokens is None:
                        tokens = shared[text] = search_tokens(text)
                elif field == "question":
                    # Read as questions are ("cut ties" ends a partnership, "bringing on" contractors hires them).
                    tokens = folded_tokens(fold(rephrase(text)))
                else:
                    tokens = search_tokens(text)
                    if field == "statement" and text is fact.statement:
                        statement = tokens
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
                    postings = found_in[token] = (array("I"), array("d"))
                    number_of[token] = len(number_of)
                postings[0].append(index)
                postings[1].append(tf)
            lengths.append(length)
            self.fact_tokens.add(sorted(number_of[token] for token in bag))
            self.statement_tokens.add(number_of[token] for token in statement)
            self.phrasings.append("\n".join(names))
        self.fact_tokens.names = self.statement_tokens.names = list(number_of)
        del number_of
        self.max_idf = math.log(1 + (count + 0.5) / 0.5)
        average = sum(lengths) / count if lengths else 1.0
        norms = [BM25_K1 * (0.25 + 0.75 * length / average) for length in lengths]
        k1_plus_1 = BM25_K1 + 1
        self.idf: dict[str, float] = {}
        self.postings: dict[str, Postings] = {}
        # Each token's raw postings are dropped as soon as they are weighted, so that the raw and the
        # weighted postings never both hold the whole index.
        for token in list(found_in):
            facts_of, tfs = found_in.pop(token)
            df = len(facts_of)
            idf = self.idf[token] = math.log(1 + (count - df + 0.5) / (df + 0.5))
            impacts = [idf * tf * k1_plus_1 / (tf + norms[index]) for index, tf in zip(facts_of, tfs, strict=True)]
            # Postings are ordered by impact, highest first (between equal impacts, the later fact first),
            # and only the highest of a token are kept. Positions are sorted by impact alone, from last to
            # first: a stable sort keeps that order between equal impacts, even reversed.
            best = sorted(range(df - 1, -1, -1), key=impacts.__getitem__, reverse=True)[:POSTINGS_CAP]
            self.postings[token] = Postings(array("d", [impacts[i] for i in best]), array("I", [facts_of[i] for i in best]))
        self.common_df = max(COMMON_MIN_DF, int(count * COMMON_SHARE))
        self.vocabulary = sorted(self.idf)
        #: The curated synonyms' own words and stems ("recrute", "recrut"), each standing for the indexed token it is
        #: folded into (hire): the typo lookup looks among them too, as no indexed token is spelt like "recrtué".
        self._surface = _surface_forms(self.idf)
        self._typo_words = sorted({*self.vocabulary, *self._surface})
        # Each deletion variant (SymSpell) maps to the indexed words it comes from, in vocabulary order.
        # Tuples, not lists: most variants come from a single word, and a tuple of one is half the size.
        self._deletions: dict[str, tuple[str, ...]] = {}
        for token in self._typo_words:
            if 4 <= len(token) <= MAX_TYPO_CHARS and not token.isdigit():
                for variant in deletes(token):
                    self._deletions[variant] = (*self._deletions.get(variant, ()), token)
        self._typo_cache: dict[str, tuple[tuple[str, float], ...]] = {}
        self._meant_cache: dict[str, str | None] = {}

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
        if fact.subject_fr:
            yield "keyword", fact.subject_fr
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

    def joined(self, text: str) -> str:
        """The text with each name written in words apart that is one word too ("Open AI", "co-pilot") written as the one
        word ("OpenAI", "Copilot")."""
        if self._spaced is None:
            return text
        lowered = " " + text.lower()
        if not any(start in lowered for start in self._spaced_starts):
            return text
        return self._spaced.sub(lambda m: self._spaced_names[_letters(m.group())], text)

    def lookup(self, token: str) -> tuple[tuple[str, float], ...]:
        """Indexed tokens a query token stands for, with a trust factor (1 exact, less for typos)."""
        cached = self._typo_cache.get(token)
        if cached is not None:
            return cached
        # A French verb form is its verb, as the stemmer reads the verb's other forms (a fact's own form of it too).
        conjugated = self._conjugated(token)
        if token in self.idf:
            # A form some fact holds is read as itself, and as its verb only when that is a curated synonym ("entraînent" is
            # train too): English "comment" is no form of "comme".
            if not conjugated or conjugated == token or conjugated not in _CURATED_TOKENS:
                return ((token, 1.0),)
            result = ((token, 1.0), (conjugated, 1.0))
            if len(self._typo_cache) < 50_000:
                self._typo_cache[token] = result
            return result
        if conjugated is not None:
            result = ((conjugated, 1.0),) if conjugated else ()
            if len(self._typo_cache) < 50_000:
                self._typo_cache[token] = result
            return result
        found: dict[str, float] = {}
        # A number or a name with one ("gpt4") is never a typo of another: 4 is not 3.
        if 4 <= len(token) <= MAX_TYPO_CHARS and not HAS_DIGIT.search(token):
            # A word of the language that no fact uses ("founder", "store") is more likely meant as
            # written than mistyped: it still finds its near neighbours, but with little trust.
            real = lexicon.zipf(token) >= REAL_WORD_ZIPF
            for variant in (token, *deletes(token)):
                # An indexed word one letter shorter ("kumar" for "kumarr") is a key of its own, not a deletion.
                near = self._deletions.get(variant, ())
                if variant != token and (variant in self.idf or variant in self._surface) and not variant.isdigit():
                    near = (*near, variant)
                for candidate in near:
                    if OSA.distance(token, candidate, score_cutoff=1) <= 1:
                        found[self._surface.get(candidate, candidate)] = 0.35 if real else ONE_TYPO_TRUST
            if real and token not in CANONICAL_TOKENS:
                # ... unless it is another form of an indexed word, which the light stemmer leaves apart.
                lo = bisect.bisect_left(self._typo_words, token[:5])
                hi = bisect.bisect_right(self._typo_words, token[:5] + "\uffff")
                for candidate in self._typo_words[lo:hi]:
                    if _inflected(token, candidate):
                        found[self._surface.get(candidate, candidate)] = 0.7
            if not found and len(token) >= TWO_TYPOS_CHARS and not real:
                found = self._two_edits(token)
        result = tuple(sorted(found.items(), key=lambda kv: -self.idf[kv[0]])[:3])
        if len(self._typo_cache) < 50_000:
            self._typo_cache[token] = result
        return result

    def _conjugated(self, token: str) -> str | None:
        """The indexed token a French verb form stands for when the light stemmer leaves it apart: "payent", "entraînent",
        "fabriquent", "payant", "investir" are pay, train, fabriqu, invest (the stemmer strips no "-ent": English
        "content" or "president" would lose their meaning in every fact); "" for a form of a stop word ("parlent"), None
        when it is no verb form the index knows. A form a fact holds is read as itself as well."""
        if len(token) < 6 or not token.isalpha():
            return None
        for ending, forms in _CONJUGATIONS:
            if token.endswith(ending) and len(token) - len(ending) >= 3:
                base = token[: -len(ending)]
                for form in forms:
                    word = base + form
                    if word in STOP_WORDS:
                        return ""  # "parlent", "disent": a form of a verb that asks nothing (not "parent", a typo)
                    if word in FUNCTION_WORDS_FR:
                        return None
                    candidate = stem(word) if word else base
                    if candidate in self.idf and len(candidate) >= 3:
                        return candidate
        return None

    def _two_edits(self, token: str) -> dict[str, float]:
        """The indexed words two edits from a word that is none (two typos in one word: "paalizbamn", "srecenshots"):
        among the words of its first letter, which a hand rarely gets wrong, all those of a long word; for a word of five
        or six letters only the one nearest, if no other is as near (two edits leave a short word close to many)."""
        near = self._within_two_edits(token)
        if len(token) < LONG_WORD_CHARS and len(near) > 1:
            return {}
        trust = TWO_TYPOS_TRUST if len(token) >= LONG_WORD_CHARS else SHORT_TWO_TYPOS_TRUST
        return {self._surface.get(candidate, candidate): trust for candidate, _ in near}

    def unstemmed_typos(self, pairs: list[tuple[str, str]]) -> list[str]:
        """Search tokens (each with the word it was made from) with a misspelt word's stem given back its word, when the
        typo lookup reads the word but not the stem: stripping "-ing" from "loiving" leaves "loiv", far from "living"."""
        return [
            word if word != token and token not in self.idf and not self.lookup(token) and self.lookup(word) else token
            for word, token in pairs
        ]

    def respell(self, text: str, words: Sequence[str], asking: Collection[str] = ()) -> str:
        """The text with each misspelt word put right that is one edit from one of `words` and from no other, nor from
        another indexed word: a word no fact uses and no word of the language ("mcuh", "dxate"). One edit from several of
        them, it is read as the one of `asking` among them (the words that say what a question asks: "wich" is "which",
        not "with"; "hw mny" is "how many"), a word of two letters only as one of those."""
        known = frozenset(words)

        def right(match: re.Match[str]) -> str:
            word = match.group()
            folded = fold(word)
            if folded in known or not 2 <= len(folded) <= MAX_TYPO_CHARS or (len(folded) == 2 and not asking):
                return word
            token = stem(folded)
            if token in self.idf or folded in STOP_WORDS or lexicon.zipf(token) >= REAL_WORD_ZIPF:
                return word
            near = [found for found, _distance, _at in process.extract(folded, words, scorer=OSA.distance, score_cutoff=1)]
            if len(near) > 1 or len(folded) == 2:
                near = [found for found in near if found in asking]
            if len(near) != 1:
                return word
            meant = near[0]
            if meant in asking and not _LETTERS.search(text, 0, match.start()):
                return meant  # the question's first word: what it asks ("wich company": which, not "rich")
            # Nor one the typo lookup reads, one edit away, as another indexed word ("hring": hiring, not "bring").
            others = {indexed for indexed, trust in self.lookup(folded) if trust >= ONE_TYPO_TRUST}
            return meant if others <= {stem(meant)} else word

        return _LETTERS.sub(right, text)

    def put_right(self, text: str, names: Collection[str] = (), name_tokens: Collection[str] = ()) -> tuple[str, int]:
        """The text with each misspelt word put right that the typo lookup reads as one indexed word only (a word no fact
        uses, none of the language: "trianers", "licsencies", "programmming"), its ending kept; and how many were. The
        question's type, qualifiers and meaning are then read as its clean twin's, not only its search words. `names`: the
        words written as names (with a capital), put right only as one of `name_tokens`."""
        count = 0

        def right(match: re.Match[str]) -> str:
            nonlocal count
            word = match.group()
            meant = self._meant(fold(word))
            # A word written as a name ("Appen") is put right only as a name of the base: "Appel" would lose the stranger.
            if meant is None or (word in names and stem(meant) not in name_tokens):
                return word
            count += 1
            return meant[0].upper() + meant[1:] if word[0].isupper() else meant

        return _LETTERS.sub(right, text), count

    def _meant(self, folded: str) -> str | None:
        """The word a misspelt word stands for (see put_right), or None: known, real, too short, or read several ways."""
        if not MEANT_MIN_CHARS <= len(folded) <= MAX_TYPO_CHARS or folded in STOP_WORDS or self.is_misspelt_stop_word(folded):
            return None  # a misspelt function word ("wich", "quoa") is never read as a word of content ("rich", "quot")
        token = stem(folded)
        if token in self.idf or folded in self.idf or lexicon.zipf(token) >= REAL_WORD_ZIPF:
            return None
        if lexicon.frequency(folded) >= REAL_WORD_ZIPF:
            return None
        found = self._meant_cache.get(folded, False)
        if found is not False:
            return found
        # The word's stem and its ending ("trianers" is "trianer" + "s"): the stem is looked up, the ending kept.
        stripped = strip_ending(folded)
        ending = folded[len(stripped) :] if folded.startswith(stripped) else ""
        forms = ((stripped, ending), (folded, "")) if ending else ((folded, ""),)
        found = None
        for edits in (1, 2):
            # Each written word it may stand for, with the indexed token that word is read as.
            written: dict[str, str] = {}
            for typed, kept in forms:
                if edits == 1:
                    near = self._one_edit_words(typed)
                else:
                    # (A shorter word two edits away is the lookup's guess, trusted less: "qwerty" is no "query".)
                    near = self._two_edit_words(typed) if len(typed) >= LONG_WORD_CHARS else []
                for word in near:
                    if (form := _written(word + kept, indexed=not kept and word in self.idf)) is not None:
                        written[form] = self._surface.get(word, word)
            if edits == 1:
                # And the words of the language a slip away (a letter struck in, two swapped, a key's neighbour) whose
                # token a fact uses: "stafferws" is "staffers", though only "staff" is indexed.
                for form in _slips(folded):
                    if (token := stem(form)) in self.idf and lexicon.frequency(form) > 0:
                        written.setdefault(form, token)
            if written:
                found = _one_reading(folded, written)
                break
        if len(self._meant_cache) < 50_000:
            self._meant_cache[folded] = found
        return found

    def _one_edit_words(self, typed: str) -> list[str]:
        """The indexed words (and the curated synonyms' own words) one edit from a typed word."""
        found = set()
        for variant in (typed, *deletes(typed)):
            near = self._deletions.get(variant, ())
            if variant != typed and (variant in self.idf or variant in self._surface) and not variant.isdigit():
                near = (*near, variant)
            found.update(c for c in near if OSA.distance(typed, c, score_cutoff=1) <= 1)
        return sorted(found)

    def _two_edit_words(self, typed: str) -> list[str]:
        """The indexed words two edits from a typed word, of its first letter and a length within two: the nearest words
        of a short one, all of a long one (as _two_edits reads them)."""
        return sorted(c for c, _ in self._within_two_edits(typed))

    def _within_two_edits(self, typed: str) -> list[tuple[str, int]]:
        """The indexed words of a typed word's first letter, a length within two and two edits at most, with their
        distance: all of them for a long word, only the nearest for a short one (two edits leave it close to many)."""
        lo = bisect.bisect_left(self._typo_words, typed[0])
        hi = bisect.bisect_right(self._typo_words, typed[0] + "\uffff")
        near = process.extract(typed, self._typo_words[lo:hi], scorer=OSA.distance, score_cutoff=2, limit=None, processor=None)
        near = [(c, d) for c, d, _ in near if abs(len(c) - len(typed)) <= 2]
        if len(typed) < LONG_WORD_CHARS and near:
            closest = min(d for _, d in near)
            near = [(c, d) for c, d in near if d == closest]
        return near

    def is_misspelt_stop_word(self, token: str) -> bool:
        """'whta', 'hwo', 'teh': a typo of a function word, not a word the facts could contain. A word of the language
        is not one ("sue" is not "she": "why did Kumar sue OpenAI" asks about suing)."""
        if token in self.idf or not 3 <= len(token) <= 5 or token.isdigit() or lexicon.zipf(token) >= REAL_WORD_ZIPF:
            return False
        return process.extractOne(token, STOP_WORD_LIST, scorer=OSA.distance, score_cutoff=1) is not None


def _written(word: str, indexed: bool = False) -> str | None:
    """A word as it is written: an indexed stem given back the ending that makes it a word of the language ("invisibl"
    is "invisible"), or None when no ending does; an indexed word no ending makes a word of the language is kept as it is."""
    if lexicon.frequency(word) > 0:
        return word
    token = stem(word)
    found = next((form for e in WRITTEN_ENDINGS if lexicon.frequency(form := word + e) > 0 and stem(form) == token), None)
    # A name is no word of the language, and is written as it is indexed ("openai").
    return found if found is not None or not indexed else word


def _one_reading(typed: str, written: dict[str, str]) -> str | None:
    """The written word a misspelt one stands for among those it may (each with the token it is read as): the most common
    of them when all are read as one token, or when those of its first letter (a hand rarely gets that one wrong) are."""
    readings = set(written.values())
    if len(readings) > 1:
        written = {form: token for form, token in written.items() if form[0] == typed[0]}
        readings = set(written.values())
    if len(readings) != 1:
        return None
    return max(sorted(written), key=lexicon.frequency)


def _slips(word: str) -> set[str]:
    """The word with one slip undone: a letter deleted, two neighbours swapped, or a letter put back as a key beside it."""
    out = deletes(word)
    out.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
    for i, letter in enumerate(word):
        out.update(word[:i] + key + word[i + 1 :] for key in KEY_NEIGHBOURS.get(letter, ""))
    out.discard(word)
    return out


def _surface_forms(idf: dict[str, float]) -> dict[str, str]:
    """The curated synonyms' words and their stems that no fact's token is spelt like, each with the indexed token it
    stands for; a form two synonyms would share (the stem "programm" of programming and of programmer) is left out."""
    tokens_of: dict[str, set[str]] = {}
    for word, token in (*SYNONYMS.items(), *STEM_SYNONYMS.items()):
        if token in idf:
            for form in {word, strip_ending(word)}:
                if form != token and form not in idf and 4 <= len(form) <= MAX_TYPO_CHARS and not form.isdigit():
                    tokens_of.setdefault(form, set()).add(token)
    return {form: next(iter(tokens)) for form, tokens in tokens_of.items() if len(tokens) == 1}


#: French verb endings the stemmer does not strip, each with the endings to try in their place, in order (the third
#: person plural "-ent" and the present participle "-ant" of a verb in "-er", "-ir" and "-re"; "-ons", "-ez" of the other
#: persons; an infinitive in "-ir"): payent -> paye, payant -> paye, choisissent -> chois(ir).
_CONJUGATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("issent", ("ir", "")), ("issant", ("ir", "")), ("ent", ("e", "er", "")), ("ant", ("e", "er", "")),
    ("ons", ("e", "er")), ("ez", ("e", "er")), ("ir", ("",)),
)  # fmt: skip


#: The tokens the curated synonyms stand for.
_CURATED_TOKENS = frozenset({*SYNONYMS.values(), *STEM_SYNONYMS.values()})


def _inflected(word: str, other: str) -> bool:
    """Whether two words look like forms of one: the shorter is the longer but for an ending of 1-3 letters."""
    short, long = sorted((word, other), key=len)
    return len(short) >= 5 and len(long) - len(short) <= 3 and long.startswith(short)


def deletes(token: str) -> set[str]:
    """Every form of a token with one letter deleted (the SymSpell deletion index's keys)."""
    return {token[:i] + token[i + 1 :] for i in range(len(token))}
