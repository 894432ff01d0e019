"""What a claim says beyond its points, which a supporting fact must say too: a deed to come, "only", "never".

Found by the mutation benchmark (benchmarks/claims_mutations.py), each a one-word change of a true claim that the
supporting fact's points all still agreed with:

- a deed said to come ("Invisible will lay off dozens of contractors", "Sama va mettre fin ...") where the fact tells it as
  done: the articles do not say it is still to come (a fact that speaks of what is to come, "would cut 10,000 jobs",
  "plans to hire", settles it as before);
- "only" ("Only DeepMind is owned by Google", "seul Kumar ..."): that no one else is, which a fact says only in its own
  "only" ("the only company to publicly commit"); "only" before a figure is the figure's own ("only 375 staff").
"""

from __future__ import annotations

import re

from bot.core.claims.reading import _FRAMING, ParsedClaim, _norm, _tokens
from bot.core.models import Fact

#: A claim that speaks of a deed still to come: "will lay off", "won't", "is going to", "va licencier", "vont voter".
_TO_COME = re.compile(
    r"\b(?:will|won't|shall|is going to|are going to|going to|va|vont|allons|allez|ira|iront|prevoit de)\s+(?!be able\b)\w"
    r"|^will\b"
)
#: A fact that speaks of what is to come (or of a plan, an announcement, an expectation).
_FACT_TO_COME = re.compile(
    r"\b(?:will|would|won't|shall|plans?|planned|planning|going to|is to|are to|set to|expects?|expected|intends?|"
    r"va|vont|allait|prevoit|prevu\w*|projet\w*|devrait|devraient|doit|doivent|futur\w*|bientot|soon|next|"
    r"upcoming|about to|sur le point)\b"
)
#: "only", "seul", "uniquement", "exclusively", "ne ... que": none but those the claim names; not before a figure.
_ONLY = re.compile(
    r"\b(?:only|solely|exclusively|alone|seule?s?|uniquement|exclusivement)\b(?!\s+(?:\$|€)?\d)(?!\s+(?:a|about|around|some|"
    r"un|une|environ|quelques?)\b)"
)
_NOT_ONLY = re.compile(r"\b(?:not only|not just|non seulement|pas seulement|if only)\b")


#: Words said in the future ("will say", "va dire"): the articles report what was said, never what will be.
_SAYING_TO_COME = re.compile(
    r"\b(?:will|won't|is going to|va|vont) (?:say|tell|announce|claim|explain|admit|confirm|dire|annoncer|declarer|expliquer"
    r"|affirmer|confirmer|raconter)\b"
)
#: A deed said to be done in so many words, not at a question's start: "Nadella said Microsoft did cut 10,000 jobs".
_DID = re.compile(r"(?<!^)\b(?:did|has already|have already|a deja|ont deja|already) (?!not\b|n't\b)\w")


def to_come_unsaid(claim_text: str, fact: Fact) -> bool:
    """Whether a claim speaks of a deed still to come that the fact tells as done (nothing in its words is to come), of
    words to be said (the articles report what was said), or of a deed done that the fact tells as still to come."""
    norm = _norm(claim_text).strip()
    to_come = any(_FACT_TO_COME.search(_norm(words)) for words in fact.wordings)
    if _SAYING_TO_COME.search(norm):
        return True
    if _DID.search(norm) and to_come and not any(_DONE.search(_norm(words)) for words in fact.wordings):
        return True
    return bool(_TO_COME.search(norm)) and not to_come


#: A fact telling a deed as done besides what is to come ("hired 1,000 and plans to hire more").
_DONE = re.compile(r"\b(?:has|have|had) (?:already )?\w+(?:ed|en)\b|\b(?:a|ont|avait) deja\b")


def only_unsaid(claim: ParsedClaim, fact: Fact, names: frozenset[str]) -> bool:
    """Whether a claim says "only" (none but those it names) where the fact does not say it of the same thing: a sentence
    of the fact with its own "only" must hold most of what the claim says besides its `names` ("the only company to
    publicly commit" says nothing of "only DeepMind is owned by Google")."""
    norm = _NOT_ONLY.sub(" ", _norm(claim.text))
    if not _ONLY.search(norm):
        return False
    said = claim.tokens - _FRAMING - names - _tokens(" ".join(_ONLY.findall(norm)))
    for words in fact.wordings:
        for sentence in re.split(r"(?<=[.;!?])\s+", _NOT_ONLY.sub(" ", _norm(words))):
            if _ONLY.search(sentence) and len(said & _tokens(sentence)) * 2 >= len(said):
                return False
    return True
