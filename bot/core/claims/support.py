"""The support test: a fact that agrees on every point must also say what the claim says, bound to whom it says it of."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from bot.core.claims.meaning import _checkable, _in_order, _MeaningChecks
from bot.core.claims.reading import (
    _FRAMING,
    _MARKERS,
    _QUOTED_WORDS,
    _RELATION_BEFORE,
    ParsedClaim,
    _find_entities,
    _norm,
    _tokens,
    marker_words,
)
from bot.core.claims.thresholds import (
    BINDING_WINDOW,
    MEANING_SIMILARITY,
    PLAIN_CONTAINED_CONFIDENCE,
    PLAIN_CONTAINED_SHARE,
    PLAIN_CONTAINED_WORDS,
    PLAIN_SUPPORT_CONFIDENCE,
    PLAIN_SUPPORT_SIMILARITY,
    RELEVANT_CONFIDENCE,
)
from bot.core.claims.verdict import _Reading
from bot.core.claims.words import (
    _BINDING_NEUTRAL,
    _DATE_TOKENS,
    _DENIAL_TOKENS,
    _FILLER,
    _LOCATION_TOKENS,
    _NUMBER_TOKENS,
    _SIGNS,
    _SOFT,
    _duration_of,
    _ordered_tokens,
    _structured,
)
from bot.core.models import Fact

_DONE_BY = re.compile(r"\b(\w+(?:ed|en|e|ee|ees|es))\s+(?:by|par)\s+((?:\w+[' -]?){1,4})")


def _done_by_another(sentence: str, claim: ParsedClaim) -> bool:
    """Whether a sentence says that what the claim says someone did was done by another ("posted by an outsourcing
    agency"), the claim naming a doer that is not that one."""
    if claim.passive:
        return False
    said = claim.tokens - _FRAMING
    for m in _DONE_BY.finditer(_norm(sentence)):
        verb, agent = _tokens(m.group(1)), _tokens(m.group(2))
        if verb and verb <= said and agent and not agent & said:
            return True
    return False


#: Verbs that say how long something took: the duration a claim gives settles them ("spent five hours on the test").
_DURATION_VERBS = frozenset(_tokens("spent spend spends spending took take takes lasted lasts last durait dure passe passait"))


def _figure_words(claim: ParsedClaim, reading: _Reading) -> frozenset[str]:
    """The words of the claim's figures that the figures' check settled: their bounds ("fewer than 400", "plus de 150"),
    and for a duration, the verb of its taking ("spent five hours")."""
    settled = [n for n in claim.numbers if n.kind in reading.matched]
    words = {t for n in settled for t in _tokens(n.text) if not t.isdigit()}
    if any(_duration_of(n) for n in settled if n.kind == "count"):
        words |= _DURATION_VERBS
    return frozenset(words)


#: Prepositions whose object a claim may swap with another's while keeping every word of the fact.
_SWAP_PREPOSITIONS = frozenset({"through", "from", "via", "par", "depuis"})
_SWAP_SKIPPED = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "un", "une", "le", "la", "les", "l", "son", "sa", "ses",
     "leur", "leurs", "d", "du", "des"}
)  # fmt: skip


def _objects(text: str) -> dict[str, set[str]]:
    """The first word after each such preposition in a text, past determiners: {"from": {"home"}, "through": {"online"}}."""
    words = re.findall(r"[a-z0-9]+", _norm(text))
    objects: dict[str, set[str]] = {}
    for i, word in enumerate(words):
        if word in _SWAP_PREPOSITIONS:
            j = i + 1
            while j < len(words) and words[j] in _SWAP_SKIPPED:
                j += 1
            if j < len(words):
                objects.setdefault(word, set()).add(words[j])
    return objects


def _swapped(claim_text: str, fact: Fact) -> bool:
    """Whether a claim puts a word of the fact after another of its prepositions than the fact does: "found a job
    through his home and works from an online listing", of "works from home, found AI contracting through an online
    job posting". Every word is the fact's; what they say is not. Only a word the fact ties to another such
    preposition counts, where the fact also uses the claim's preposition for something else."""
    said = [_objects(t) for t in fact.wordings]
    for preposition, objects in _objects(claim_text).items():
        for word in objects:
            if any(word in by.get(preposition, ()) for by in said):
                continue
            other_use = any(by.get(preposition) for by in said)
            tied_elsewhere = any(word in after for by in said for p, after in by.items() if p != preposition)
            if other_use and tied_elsewhere:
                return True
    return False


class _SupportChecks(_MeaningChecks):
    """Whether a fact that agrees on every point also says what the claim says (nothing added unchecked)."""

    def _supports(self, claim: ParsedClaim, reading: _Reading, *, by_meaning: bool = True) -> bool:
        if reading.conflicts or reading.unsettled:
            return False
        # The cheap checks first: most candidates fail them, and only a fact that passes is read sentence by sentence.
        return (
            self._supports_points(claim, reading, by_meaning=by_meaning)
            and (reading.fact.kind != "claim" or self._bound(claim, reading.fact))
            and not _swapped(claim.text, reading.fact)
        )

    def _bound(self, claim: ParsedClaim, fact: Fact) -> bool:
        """Whether each name the claim ties to a word ("Google's headcount", "the labellers of OpenAI", "return on
        investment for Invisible") stands beside that word in one of the fact's sentences: the fact may name Google,
        but among the tech giants, not beside the headcount."""
        norm = _norm(claim.text)
        texts = list(fact.wordings)
        sentences = [_ordered_tokens(t) for t in texts]
        for entity in claim.entity_ids:
            # "Sama ended its partnership with Sama": a name said twice where no sentence of the fact says it twice.
            pattern = "|".join(re.escape(_norm(n)) for n in sorted(self._names(entity), key=len, reverse=True))
            twice = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])")
            mentions = list(twice.finditer(norm))
            if len(mentions) >= 2 and any(_RELATION_BEFORE.search(norm, 0, m.start()) for m in mentions[1:]):
                return False  # "an investment in Microsoft" by Microsoft, "neither Invisible nor Invisible": one for two
            verb_at = claim.actions[0][1] if claim.actions else None
            if verb_at is not None and len(mentions) >= 2 and mentions[0].start() < verb_at < mentions[-1].start():
                return False  # "Copilot also powers Copilot": the doer and what it is done to, one name
            if len(mentions) >= 2 and not any(len(twice.findall(_norm(t))) >= 2 for t in texts):
                return False
        # A name tied to another name ("Invisible's Grace Matelich") is someone's place of work or owner, which the roles
        # and actors settle: the word tied must be one of what the claim says, not a name.
        named = {t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n)}
        for entity in claim.entity_ids:
            if self.base.entities[entity].type == "place":
                continue
            tokens = {t for n in self._names(entity) for t in _tokens(n)}
            for name in sorted(self._names(entity), key=len, reverse=True):
                n = re.escape(_norm(name))
                tied = re.search(rf"\b{n}'s?\s+((?:[a-z-]+\s+){{0,1}}[a-z-]{{3,}})", norm)  # "Google's headcount"
                owner = re.search(
                    rf"\b([a-z-]{{3,}})\s+(?:of|for|from|de|d'|du|des|sur|pour)\s*(?:the\s+|la\s+|le\s+|l')?{n}\b", norm
                )
                words = [w for m in (tied, owner) if m for w in _ordered_tokens(m.group(1))]
                words = [w for w in words if w not in named and w not in _SOFT and w not in _FILLER and not w.isdigit()
                         and w not in _NUMBER_TOKENS and w not in _BINDING_NEUTRAL]  # fmt: skip
                apposed = next((a for m in (tied, owner) if m for a in [self._apposed_to(claim, norm[: m.start()])] if a), None)
                if words and apposed is not None and apposed != entity:
                    # "Codex, OpenAI's tool that ...", "Codex, l'outil d'OpenAI": the tool is Codex, so the name is tied to
                    # Codex, which a sentence must name beside it ("OpenAI's existing Codex product").
                    words = [t for t in _ordered_tokens(self.base.entities[apposed].name) if t not in tokens][:1]
                if not words:
                    continue
                for word in words[:1]:
                    if not any(
                        abs(i - j) <= BINDING_WINDOW
                        for said in sentences
                        for i, t in enumerate(said)
                        if t in tokens
                        for j, w in enumerate(said)
                        if w == word
                    ):
                        return False
                break
        return True

    def _apposed_to(self, claim: ParsedClaim, before: str) -> str | None:
        """The name a phrase is set beside, when the text before it ends with that name and a comma ("Codex, " before
        "OpenAI's tool", "Codex, l'" before "outil d'OpenAI")."""
        for entity, at in claim.entities:
            if at < 0 or self.base.entities[entity].type == "place":
                continue
            for name in self._names(entity):
                if re.search(
                    rf"(?<![\w-]){re.escape(_norm(name))}\s*,\s*(?:the\s+|an?\s+|l'|le\s+|la\s+|un\s+|une\s+)?$", before
                ):
                    return entity
        return None

    def _supports_points(self, claim: ParsedClaim, reading: _Reading, *, by_meaning: bool = True) -> bool:
        if reading.fact.kind == "discrepancy" and not _structured(reading.matched):
            return False  # the articles differ on something: only a value they give settles which side a claim takes
        fact = reading.fact
        uncovered = claim.tokens - self._vocab[fact.id] - _FRAMING
        uncovered = {t for t in uncovered if not t.isdigit() and t not in _DATE_TOKENS and t not in _NUMBER_TOKENS}
        if "place" in reading.matched:
            uncovered -= _LOCATION_TOKENS  # "is from", "originaire de": the place settled says where
            uncovered -= _tokens(" ".join(words for _, _, words in claim.placed))  # "American": the place settled
        if _structured(reading.matched):
            uncovered -= _SOFT | _SIGNS  # "15 $ de l'heure": the sign is the figure's, which is settled
            uncovered -= _figure_words(claim, reading)
        uncovered -= _FILLER | reading.deed
        uncovered -= self._compared_alike(claim, fact, frozenset(uncovered))
        compared = claim.tokens & _COMPARING & self._vocab[fact.id]
        if compared and not self._compared_alike(claim, fact, compared):
            # A comparison the fact words as the claim does ("supérieur", as its French statement says) is checked for its
            # direction and order all the same: "le salaire minimum est supérieur au salaire de Savreux" is the other way.
            return False
        if claim.negated:
            uncovered -= _DENIAL_TOKENS
        # "la plupart" where the fact says "most": a marker the fact's own settles (checked below) is no word it lacks
        uncovered -= {t for m in _MARKERS.finditer(_norm(claim.text)) if marker_words(m.group(0)) <= self._markers[fact.id]
                      for t in _tokens(m.group(0))}  # fmt: skip
        # Words the fact lacks are a stranger's for what it says ("heads" for "leads") only when the claim means what one
        # of its sentences says (meaning.py, the last and dearest test); without the encoder every word must be the fact's.
        if uncovered and not by_meaning:
            return False
        # Words that change what a claim says but that matching ignores ("only", "all", "first") must be the fact's too.
        marked = marker_words(_norm(claim.text))
        if marked and not marked <= self._markers[fact.id]:
            return False
        if _structured(reading.matched):
            if reading.confidence < RELEVANT_CONFIDENCE and "entity" not in reading.matched:
                return False
            return not uncovered or self._reworded_reading(claim, reading, frozenset(uncovered))
        if not _checkable(claim):
            # A claim naming no one and giving no figure ("health insurance is rare for AI contract workers"): only the
            # fact the engine is surest of, with every word of the claim, saying it in a sentence close in meaning.
            return (
                by_meaning
                and not uncovered
                and reading.confidence >= PLAIN_SUPPORT_CONFIDENCE
                and self._reworded_reading(claim, reading, frozenset())
            )
        if "entity" not in reading.matched or reading.confidence < PLAIN_CONTAINED_CONFIDENCE:
            return False
        originals = fact.wordings
        if any(_done_by_another(t, claim) for t in originals):
            return False  # "a listing ... posted by an outsourcing agency" does not say OpenAI posted it
        if uncovered:
            return self._reworded_reading(claim, reading, frozenset(uncovered))
        # Only entities to go on: the claim must follow one of the fact's own sentences or phrasings, so that
        # its words are not the fact's words recombined ("OpenAI confirmed the layoffs").
        # Only what the fact states or quotes counts, never its phrasings (a question says nothing: "does OpenAI pay
        # its contractors well"), and a text shorter than the claim is no basis ("who is Kumar" is in any claim on him).
        said = " ".join(_ordered_tokens(claim.text))
        texts = [" ".join(_ordered_tokens(t)) for t in fact.wordings]
        if reading.confidence >= PLAIN_SUPPORT_CONFIDENCE and any(
            len(t) >= len(said) and fuzz.partial_ratio(said, t) >= PLAIN_SUPPORT_SIMILARITY and self._same_first_name(claim, o)
            for t, o in zip(texts, originals, strict=True)
            if t
        ):
            return True
        # Or, reworded, every word it says beyond the names is in one sentence the fact states or quotes (never a
        # question or keyword, which may name what the fact does not say): a paraphrase, not a recombination.
        names = {t for e in claim.entity_ids for n in self._names(e) for t in _tokens(n)}
        content = {t for t in claim.tokens - _FRAMING - _SOFT - _FILLER - names if not t.isdigit()}
        if len(content) < PLAIN_CONTAINED_WORDS:
            return False
        named = [e for e, _ in claim.entities if self.base.entities[e].type != "place"]
        for sentence in fact.wordings:
            if not sentence or not content <= _tokens(sentence):
                continue
            # The sentence names whom the claim names, the one it puts first first: "OpenAI confirmed the layoffs"
            # is not "Microsoft confirmed its investment in OpenAI amid layoffs".
            # The outlet a sentence is attributed to ("According to The Internet Patrol, Savreux ...") names no one in it.
            there = [
                e
                for e, _ in _find_entities(sentence, _norm(sentence), self.base)
                if self.base.entities[e].type != "place" and (self.base.entities[e].type != "publication" or e in named)
            ]
            if not set(named) <= set(there) or (named and there[0] != named[0]):
                continue
            if named and not self._said_of(claim, sentence, named[0], content):
                continue
            # And the claim says most of what the sentence says, not two of its words picked out of a long one.
            if len(content | names) >= PLAIN_CONTAINED_SHARE * len(_tokens(sentence)):
                return True
        # Or, in words of its own, the claim means what one of the fact's sentences says (with the sentence encoder only).
        return by_meaning and self._reworded_reading(claim, reading, frozenset())

    def _compared_alike(self, claim: ParsedClaim, fact: Fact, uncovered: frozenset[str]) -> frozenset[str]:
        """The claim's words of comparison ("higher than") that one of the fact's sentences says in its own ("above"), in
        the same direction and between the same words in the same order ("Savreux's pay is higher than the minimum wage":
        "his $15 an hour is above Missouri's $12 minimum wage"; never the minimum wage higher than his pay)."""
        words = uncovered & _COMPARING
        if not words:
            return frozenset()
        claim_text = _directions(claim.text)
        for sentence in fact.wordings:
            said = _directions(sentence)
            if _tokens(claim_text) & _tokens(said) & {"upward", "downward"} and _in_order(claim_text, said):
                return words
        return frozenset()

    def _reworded_reading(self, claim: ParsedClaim, reading: _Reading, uncovered: frozenset[str]) -> bool:
        """`_reworded`, noted on the reading: a support on meaning settles no denial (see checker.py)."""
        cosine = self._reworded(claim, reading.fact, uncovered)
        reading.reworded = cosine is not None
        reading.loose = cosine is not None and cosine < MEANING_SIMILARITY
        return reading.reworded

    def _nearest_in_meaning(self, claim: ParsedClaim, supported: list[_Reading], readings: list[_Reading]) -> list[_Reading]:
        """The supports, less those resting on meaning below MEANING_SIMILARITY (words all the fact's) when a fact the
        engine finds at least as close, and closer in meaning, does not support the claim: the most relevant fact not
        saying it, a farther one's looser likeness does not ("OpenAI trained its models on OpenAI code")."""
        kept = []
        for r in supported:
            if r.loose:
                cosine = self._meaning(claim, r.fact)
                if any(
                    o is not r and o not in supported and o.confidence >= r.confidence and self._meaning(claim, o.fact) > cosine
                    for o in readings
                ):
                    continue
            kept.append(r)
        return kept

    def _said_of(self, claim: ParsedClaim, sentence: str, subject: str, content: set[str]) -> bool:
        """Whether the sentence says the claim's first word after its subject of that subject: the name nearest before
        that word is one the claim gives ("Microsoft ... the repository site whose code OpenAI previously scraped to
        train its models" says OpenAI trained them, not Microsoft; "an OpenAI conversational trainer" is Kumar's job)."""
        norm = _norm(claim.text)
        start = next((at for e, at in claim.entities if e == subject), 0)
        word = next((t for w in re.findall(r"[\w'-]+", norm[max(start, 0) :]) for t in _ordered_tokens(w) if t in content), None)
        if word is None:
            return True
        said = _norm(sentence)
        at = next((m.start() for m in re.finditer(r"[\w'-]+", said) if word in _ordered_tokens(m.group(0))), None)
        if at is None:
            return True
        before = [
            e
            for e, pos in _find_entities(sentence, said, self.base)
            if pos < at and self.base.entities[e].type not in ("place", "publication")
        ]
        mentions = sorted(
            (m.start(), e)
            for e in before
            for n in self._names(e)
            for m in re.finditer(rf"(?<![\w-]){re.escape(_norm(n))}(?![\w-])", said[:at])
        )
        return not mentions or mentions[-1][1] == subject or mentions[-1][1] in claim.entity_ids

    def _same_first_name(self, claim: ParsedClaim, sentence: str) -> bool:
        """Whether a sentence names first, of the names it shares with the claim, the one the claim names first
        ("Previously, OpenAI trained its models on code from GitHub, owned by Microsoft" is not Microsoft training)."""
        named = [e for e, _ in claim.entities if self.base.entities[e].type != "place"]
        there = [e for e, _ in _find_entities(sentence, _norm(sentence), self.base) if e in named]
        return not named or not there or there[0] == named[0]

    def _relevant(self, claim: ParsedClaim, reading: _Reading) -> bool:
        """Whether a fact is about what the claim is about, so that its other value contradicts the claim."""
        named = {e for e in claim.entity_ids if self.base.entities[e].type != "place"}
        shared = named & set(reading.fact.entities)
        points = {p for p, _, _ in reading.conflicts}
        if points == {"place"} and reading.described:
            return True  # the claim names whose place it is in the answer's own words
        if points & {"actor", "role", "quote"}:
            return bool(shared) or reading.confidence >= RELEVANT_CONFIDENCE or _structured(reading.matched)
        if named and not shared:
            return False
        return reading.confidence >= RELEVANT_CONFIDENCE or bool(shared)

    def _quoted_speakers(self, claim: ParsedClaim) -> frozenset[str]:
        """The speakers the articles give the words a claim quotes (in quotation marks, three words or more): the
        curated quote answers of the facts whose statement or quotes hold those very words."""
        found = self._quoted.get(claim.text)
        if found is None:
            phrases = [" ".join(m.group(1).split()) for m in _QUOTED_WORDS.finditer(_norm(claim.text))]
            phrases = [p.strip(" .,!?") for p in phrases if len(p.split()) >= 3]
            found = frozenset(s for text, speakers in self._quote_texts() if any(p in text for p in phrases) for s in speakers)
            self._quoted[claim.text] = found
        return found

    def _quote_texts(self) -> list[tuple[str, frozenset[str]]]:
        """Each fact with a curated quote answer: its statement and quotes normalised (worked out the first time a
        claim quotes words), with its speakers."""
        if self._quote_index is None:
            self._quote_index = [
                (" ".join(_norm(" \n ".join((fact.statement, *(c.quote for c in fact.citations)))).split()),
                 frozenset(a.speaker for a in fact.answers.quote))
                for fact in self.base.facts.values()
                if fact.answers.quote
            ]  # fmt: skip
        return self._quote_index


#: Words of comparison, by direction, in English and French ("above" and "over" are stop words, so read as words).
_UPWARD = re.compile(
    r"\b(?:higher|greater|bigger|larger|more|above|over|exceeds?|exceeding|exceeded|superieure?s?|au-dessus|plus eleve\w*)\b"
)
_DOWNWARD = re.compile(r"\b(?:lower|smaller|less|fewer|below|under|inferieure?s?|au-dessous|en dessous|moins eleve\w*)\b")
#: The claim's tokens of those words that matching keeps (the others are stop words).
_COMPARING = _tokens(
    "higher greater bigger larger exceeds exceeding exceeded superieur superieure lower smaller less fewer inferieur"
)


def _directions(text: str) -> str:
    """A text with its words of comparison written as their direction, "upward" or "downward", for comparing in order."""
    return _UPWARD.sub(" upward ", _DOWNWARD.sub(" downward ", _norm(text)))
