"""Meaning: how close a claim is to what a fact states or quotes, by the engine's sentence encoder.

A stranger rewords: "brought on" for "hired", "let go" for "laid off". When every checkable point of a claim is
settled in the fact's favour, words the fact does not use need not block support if the claim means what one of
the fact's own sentences (its statement, French statement, quotes) says. The encoder is the semantic re-ranker's
(bot/core/semantic.py); without one (semantic re-ranking off or not loaded) nothing here is used and the check
stays lexical.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from bot.core.claims.base import CheckerBase
from bot.core.claims.reading import _CLAIM_SYNONYMS, _FRAMING, ParsedClaim, _norm, _tokens, marker_words
from bot.core.claims.thresholds import COVERED_MEANING_SIMILARITY, MEANING_SIMILARITY
from bot.core.claims.words import _ordered_tokens
from bot.core.language import guess_language
from bot.core.models import Fact
from bot.core.text import search_tokens_by_word

if TYPE_CHECKING:  # numpy comes with the encoder: a lexical check (semantic off) never imports it
    import numpy as np

log = logging.getLogger(__name__)

#: How many claim texts' embeddings are kept (a claim is read several times: its clauses, its premise).
_CLAIMS_KEPT = 256
#: How many facts' sentence embeddings are kept (a few KB each: a 100k-fact base never holds them all).
_FACTS_KEPT = 4096


class _MeaningChecks(CheckerBase):
    """The encoder's view of a claim against a fact's sentences, when the engine has a sentence encoder."""

    _claim_vectors: OrderedDict[str, np.ndarray]
    _sentence_vectors: OrderedDict[str, tuple[tuple[str, ...], np.ndarray]]
    _meaning_lock: threading.Lock
    _meaning_failed: bool

    def _encoder(self):
        """The engine's sentence encoder, or None (no re-ranker, a re-ranker without one, or it failed once)."""
        if self._meaning_failed:
            return None
        return getattr(self.engine.reranker, "encoder", None)

    def _close_sentences(self, claim_text: str, fact: Fact, threshold: float) -> list[tuple[float, str]]:
        """The fact's own sentences (statement, French statement, quotes) at least `threshold` close in meaning to the
        claim, closest first, with their cosines; none without an encoder."""
        encoder = self._encoder()
        if encoder is None:
            return []
        try:
            claim = self._claim_vector(encoder, claim_text)
            texts, sentences = self._fact_vectors(encoder, fact)
        except Exception:  # an encoder that fails: lexical checks only, said once
            self._encoder_failed()
            return []
        cosines = sentences @ claim
        return sorted(((float(c), t) for c, t in zip(cosines, texts, strict=True) if c >= threshold), reverse=True)

    def _encoder_failed(self) -> None:
        """Checks go on lexically; the failure is logged the first time only."""
        with self._meaning_lock:
            first, self._meaning_failed = not self._meaning_failed, True
        if first:
            log.exception("the sentence encoder failed; checking claims lexically")

    def _claim_vector(self, encoder, text: str) -> np.ndarray:
        with self._meaning_lock:
            found = self._claim_vectors.get(text)
            if found is not None:
                self._claim_vectors.move_to_end(text)
                return found
        vector = encoder.encode([text])[0].astype("float32")
        with self._meaning_lock:
            self._claim_vectors[text] = vector
            while len(self._claim_vectors) > _CLAIMS_KEPT:
                self._claim_vectors.popitem(last=False)
        return vector

    def _fact_vectors(self, encoder, fact: Fact) -> tuple[tuple[str, ...], np.ndarray]:
        """The fact's own sentences and their vectors: its statements from the re-ranker's embeddings (cached on disk),
        its quotes embedded at the first need."""
        with self._meaning_lock:
            found = self._sentence_vectors.get(fact.id)
            if found is not None:
                self._sentence_vectors.move_to_end(fact.id)
                return found
        import numpy as np  # loaded with the encoder already

        from bot.core.semantic import fact_texts

        texts = tuple(dict.fromkeys(fact.wordings))
        known: dict[str, np.ndarray] = {}
        vectors = getattr(self.engine.reranker, "vectors", None)
        rows = vectors.rows.get(fact.id) if vectors is not None else None
        if rows is not None:
            known = {t: vectors.matrix[r] for t, r in zip(fact_texts(fact), rows, strict=False) if t in texts}
        missing = [t for t in texts if t not in known]
        known.update(zip(missing, encoder.encode(missing), strict=True))
        found = texts, np.array([known[t] for t in texts], dtype=np.float32).reshape(len(texts), -1)
        with self._meaning_lock:
            self._sentence_vectors[fact.id] = found
            while len(self._sentence_vectors) > _FACTS_KEPT:
                self._sentence_vectors.popitem(last=False)
        return found

    def _same_first_name(self, claim: ParsedClaim, sentence: str) -> bool:
        raise NotImplementedError  # the support checks': whether a sentence names first whom the claim names first

    def _reworded(self, claim: ParsedClaim, fact: Fact, uncovered: frozenset[str]) -> float | None:
        """Whether the claim, in words the fact lacks (`uncovered`, as tokens), means what one of the fact's own
        sentences says: as close as MEANING_SIMILARITY to it (COVERED_MEANING_SIMILARITY when the fact has every word of
        the claim, only spread over its sentences and curated words), that sentence naming first whom the claim names
        first, and none of those words a name or a word of degree or direction, which the encoder barely tells apart
        ("less" and "more", "underpaid" and "overpaid": cosine 0.9) and which stay the lexical check's."""
        degree = _DEGREE - _tokens("plus") if claim.language == "en" else _DEGREE  # English "plus" is "and"
        if _names_among(claim.text, uncovered) or uncovered & degree:
            return None
        if claim.other_orgs or claim.other_people or claim.other_products or claim.other_places:
            return None  # a name the articles never use ("bloomberg", typed in lower case) is nothing a rewording settles
        threshold = MEANING_SIMILARITY if uncovered else COVERED_MEANING_SIMILARITY
        marked = marker_words(_norm(claim.text))
        # Words align in one language; English only: French words alone the encoder reads as English ("former un
        # syndicat" is to form one, "créer" far from it)
        own = [w for w in dict.fromkeys(fact.wordings) if guess_language(w) == claim.language == "en"]
        if any(self._unlike_in_place(claim.text, sentence, uncovered) for sentence in own):
            return None  # "OpenAI researchers sued their contractors": one of its sentences has "thanked" in that place
        # Any sentence close enough will do (a French claim may be closest to the English statement, which names the
        # firm before its product, while the French one names them in the claim's order), but that very sentence must
        # say the claim's "only", "all", "first", not another part of a long quote, and name first whom the claim does.
        for cosine, sentence in self._close_sentences(claim.text, fact, threshold):
            said = marker_words(re.sub(r"\bnot (?:just|only|merely)\b", " ", _norm(sentence)))
            if not (marked <= said and self._same_first_name(claim, sentence)):
                continue
            if _tokens(sentence) & _SCARCE and not claim.tokens & _SCARCE:
                continue  # "rarely comes with health insurance" does not say that contract workers get it
            if cosine >= MEANING_SIMILARITY and _checkable(claim):
                return cosine
            # Below MEANING_SIMILARITY, or for a claim with no checkable point, the fact's own words carry the support: they must
            # come in its order (the encoder reads "turns code into natural language" as "natural language into code"),
            # and a sentence that denies ("there is no definitive count") supports no claim that does not.
            if _in_order(claim.text, sentence) and (claim.negated or not _denies(sentence)):
                return cosine
        return None

    def _unlike_in_place(self, claim_text: str, sentence: str, uncovered: frozenset[str]) -> bool:
        """Whether a word of the claim stands where the sentence has other words, between the same two words of both,
        and is not close in meaning to the first of them (WORD_SIMILARITY): the encoder reads a sentence with one word swapped as the
        same sentence ("sued their contractors", "thanked their contractors": 0.9), a word alone it tells apart ("sued",
        "thanked": 0.37; "sat", "completed": 0.41; "brought on", "hired": 0.57). Found by benchmarks/claims_yesno.py (a deed the articles never
        report put in a true claim's place)."""
        encoder = self._encoder()
        if encoder is None or not uncovered:
            return False
        try:
            names = {t for name in self._entity_names for t in _tokens(name)}
            for said, instead in _replaced_words(claim_text, sentence, uncovered):
                # the sentence's first word (not a name) after the word both share before it is the one it stands in
                # place of ("told Semafor he completed": "completed")
                words = [w for w in instead if not _tokens(w) & names]
                if not words:
                    continue
                a, b = self._claim_vector(encoder, said), self._claim_vector(encoder, words[0])
                if float(a @ b) / max(float((a @ a) ** 0.5 * (b @ b) ** 0.5), 1e-9) < WORD_SIMILARITY:
                    return True
        except Exception:  # an encoder that fails: lexical checks only, said once
            self._encoder_failed()
        return False

    def _meaning(self, claim: ParsedClaim, fact: Fact) -> float:
        """How close in meaning the claim is to the closest of the fact's own sentences (-1 without an encoder)."""
        closest = self._close_sentences(claim.text, fact, -1.0)
        return closest[0][0] if closest else -1.0


#: Words of degree, extent and direction (English and French): a claim's own word for more or less, up or down, a part
#: or the whole, alone or always, starting or stopping, is never taken for the fact's on meaning alone. Tokens as the
#: checker makes them.
_DEGREE = _tokens(
    "less least fewer more most majority minority half whole much little over under above below exceed exceeds higher "
    "lower highest lowest increase increased decrease decreased rise rose risen fall fell fallen grow grew grown shrink "
    "shrank drop dropped decline declined double doubled halved up down underpaid overpaid cheaper dearer "
    "moins plus davantage majorite minorite moitie tout toute entier entiere dessus dessous superieur inferieur hausse "
    "baisse augmente augmenter augmentation diminue diminuer diminution croitre croissance chute chuter double doubler "
    "monte monter descend descendre "
    "alone solo exclusive entirely mainly mostly partly never always ever last seul seule seuls seules exclusivement "
    "uniquement seulement principalement surtout jamais toujours dernier derniere used formerly former once ex "
    "anciennement autrefois ancien ancienne "
    "start started begin began begun stop stopped quit quits leave left end ended keep kept continue continued resume "
    "commencer commence arreter arrete cesser cesse quitter quitte lacher lache garder garde continuer continue reprendre"
)


#: Words that say something is scarce or seldom (English and French): a sentence saying one says little of what a claim
#: without one says outright, however close in meaning ("AI contract work rarely comes with health insurance").
_SCARCE = _tokens("rare rarely seldom hardly barely scarcely few occasionally sometimes rarement rares peu guere parfois")


def _checkable(claim: ParsedClaim) -> bool:
    """Whether a claim makes a point the checks compare with a fact's (a name, figure, date, deed, role, speaker)."""
    return bool(
        claim.numbers or claim.dates or claim.actions or claim.roles or claim.entities or claim.other_places or claim.speech
    )


_DENIAL = re.compile(
    r"\b(?:not|no|never|none|nobody|neither|nor|without|cannot|ne|n|pas|jamais|sans|aucun|aucune|rien|ni)\b|n't\b"
)


def _denies(sentence: str) -> bool:
    """Whether a sentence denies something ("no definitive count", "n'existe pas"; "not only" is no denial)."""
    return bool(_DENIAL.search(re.sub(r"\bnot (?:just|only|merely)\b", " ", _norm(sentence))))


_WORD = re.compile(r"[\w'’-]+")


def _names_among(text: str, uncovered: frozenset[str]) -> bool:
    """Whether a word of the text written as a name (a capital, even opening the text: "Bloomberg first reported ..."; an
    acronym; a digit) is among the uncovered tokens."""
    for m in _WORD.finditer(text):
        word = m.group(0)
        if (any(c.isdigit() for c in word) or any(c.isupper() for c in word)) and _tokens(word) & uncovered:
            return True
    return False


#: How close in meaning a word of a claim must be to the word of the fact it stands in place of (see _unlike_in_place).
WORD_SIMILARITY = 0.4


def _word_tokens(text: str) -> list[tuple[str, str]]:
    """A text's words with their tokens as the checker reads them (synonyms joined, the words of framing left out)."""
    return [(w, t) for w, t in ((w, _CLAIM_SYNONYMS.get(t, t)) for w, t in search_tokens_by_word(text)) if t not in _FRAMING]


def _replaced_words(claim_text: str, sentence: str, uncovered: frozenset[str]) -> list[tuple[str, tuple[str, ...]]]:
    """(claim's word, sentence's words) for each uncovered word of the claim between two words the sentence has close
    together, where the sentence has one or two words the claim lacks between them ("sued" where it has "thanked all
    of the company's": "all", "of" and "the" are no words of the check's)."""
    claim = _word_tokens(claim_text)
    said = _word_tokens(sentence)
    first: dict[str, int] = {}
    for at, (_, token) in enumerate(said):
        first.setdefault(token, at)
    claimed = {t for _, t in claim}
    found = []
    for at, (word, token) in enumerate(claim):
        if token not in uncovered:
            continue
        # one word in place of one or two, the words on either side the sentence's too ("handle stuff like" for
        # "responsible for tasks such as" is a rewording of a phrase, not a word swapped)
        if not 0 < at < len(claim) - 1 or claim[at - 1][1] not in first or claim[at + 1][1] not in first:
            continue
        before, after = first[claim[at - 1][1]], first[claim[at + 1][1]]
        instead = [w for w, t in said[before + 1 : after] if t not in claimed] if 1 < after - before <= 3 else []
        if instead:
            found.append((word, tuple(instead)))
    return found


#: The share of pairs of words a claim shares with a sentence that must come in the sentence's order when the support
#: rests on the fact's words (COVERED_MEANING_SIMILARITY): a reversal ("code into natural language") has a third out of
#: order.
IN_ORDER_SHARE = 0.75


def _in_order(claim_text: str, sentence: str) -> bool:
    """Whether the sentence has most of the claim's words (half at least: a sentence in the other language, sharing a
    name, says nothing of their order), in its own order (at least IN_ORDER_SHARE of their pairs): who does what to
    whom, what turns into what."""
    said = _ordered_tokens(sentence)
    first: dict[str, int] = {}
    for at, token in enumerate(said):
        first.setdefault(token, at)
    words = list(dict.fromkeys(_ordered_tokens(claim_text)))
    places = [first[t] for t in words if t in first]
    if len(places) < 2 or 2 * len(places) < len(words):
        return False
    pairs = [(a, b) for i, a in enumerate(places) for b in places[i + 1 :]]
    return sum(a < b for a, b in pairs) >= IN_ORDER_SHARE * len(pairs)
