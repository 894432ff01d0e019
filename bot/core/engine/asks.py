"""Question types: what a question asks for (a quantity, a time, a place, a sum, who someone is), and
what kinds of answer a fact holds."""

from __future__ import annotations

import re

from bot.core.models import Fact, KnowledgeBase
from bot.core.text import fold, search_tokens

#: Words that ask how the articles differ, after search normalisation.
DIFFERENCE_WORDS = frozenset(
    search_tokens("differ differs difference differences disagree disagreement discrepancy discrepancies contradict "
                  "contradiction inconsistent spelling spelled spelt versus vs compare comparison conflict divergent diverge "
                  "divergence orthographe ecart contradiction")
)  # fmt: skip

_QUANTITY_ASKED = re.compile(
    r"\b(?:how (?:many|much)|combien|number of|nombre de|what (?:percentage|share|proportion)|quel(?:le)? (?:pourcentage|part|proportion))\b"
)
_TIME_ASKED = re.compile(
    r"^(?:when|quand)\b|\b(?:when (?:did|was|were|is|will|does)|what (?:year|month|date|day)|quelle? (?:annee|mois|date|jour)|depuis quand|en quelle)\b"
)
_PLACE_ASKED = re.compile(
    r"^(?:where|ou)\b|\b(?:where (?:is|are|was|were|do|does|did)|which (?:country|city|countries|cities|region)|quel(?:le)?s? (?:pays|ville|region)|ou (?:est|se trouve|sont|vit|travaille))\b"
)
_NUMBER = re.compile(
    r"\d|\b(?:dozens?|hundreds?|thousands?|dizaines|centaines|milliers|one|two|three|four|five|six|deux|trois|quatre|cinq)\b"
)
_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|last (?:week|year|month)|months?|mois|weeks?|semaines?|years? ago|today|aujourd'hui|previously|recently)\b"
)
_MONEY_ASKED = re.compile(
    r"\bhow much (?:\w+ ){0,4}?(?:pay|paid|cost|costs|earn|earns|earned|make|makes|made|worth|spend|spent|charge|charges|invest|invested|raise|raised)\b"
    r"|\b(?:salary|wages?|price|prices|revenue|revenues|valuation|valued|profits?)\b"
    r"|\bcombien (?:\w+ ){0,3}?(?:gagne|gagnent|coute|coutent|paye|payes|payent|vaut|valent|investi|depense)\b"
    r"|\b(?:salaires?|prix|chiffre d affaires|valorisation|benefices?)\b"
)
_ASKED = {"quantity": _QUANTITY_ASKED, "time": _TIME_ASKED, "place": _PLACE_ASKED, "money": _MONEY_ASKED}
#: Money in a fact's own words (before folding, which drops the dollar sign).
_SUM_OF_MONEY = re.compile(
    r"[$€£]|\b(?:dollars?|euros?|billion|million|milliards?|per hour|an hour|de l'heure|wage|salaire)\b", re.IGNORECASE
)
_PLACE = re.compile(r"\b(?:[A-Z][a-z]+, [A-Z][a-z]+|based|basee?|home|region|country|pays|city|ville)\b")


def asked_types(question: str) -> frozenset[str]:
    """Whether a question asks for a quantity, a time, a place or a sum of money."""
    folded = " ".join(fold(question).replace("'", " ").replace("?", " ").split())
    return frozenset(kind for kind, asks in _ASKED.items() if asks.search(folded))


def fact_traits(fact: Fact, base: KnowledgeBase) -> frozenset[str]:
    """What kinds of question a fact can answer: a quantity, a time, a place, a sum of money."""
    said = " ".join([fact.statement, *(c.quote for c in fact.citations)])
    traits = set()
    if _NUMBER.search(fold(said)):
        traits.add("quantity")
    if fact.when or _DATE.search(fold(said)):
        traits.add("time")
    if any(base.entities[e].type == "place" for e in fact.entities if e in base.entities) or _PLACE.search(said):
        traits.add("place")
    if _SUM_OF_MONEY.search(said):
        traits.add("money")
    return frozenset(traits)


#: The openings of the questions curators give the fact that introduces someone.
WHO_PREFIXES = ("who is", "what is", "qui est")

#: "who is X", "tell me about X", "qui est X": the name asked about.
WHO_IS = re.compile(
    r"^\s*(?:who\s+(?:is|was|are)|what\s+(?:is|was|are)|tell\s+me\s+about|qui\s+(?:est|etait|sont)|"
    r"c\s*est\s+qui|qu\s*est\s*ce\s+que|c\s*est\s+quoi|parle\s*moi\s+de|about)\s+(?P<name>.+?)\s*\??\s*$"
)

#: "kumar, who is that guy", "savreux c'est qui au juste": the name first, the question after.
NAME_FIRST = re.compile(
    r"^\s*(?P<name>[^,?]+?)\s*,?\s+(?:who\s+(?:is|was|s)\s+(?:that|this|he|she|they|it)(?:\s+(?:guy|person|man|woman|company|firm))?|"
    r"c\s*est\s+qui(?:\s+(?:au\s+juste|ca|celui\s*la|celle\s*la))?|qui\s+est\s*ce|c\s*est\s+quoi(?:\s+au\s+juste)?)\s*\??\s*$"
)

#: Words that only say what kind of someone is asked about ("this jindal person").
KIND_OF_SOMEONE = frozenset(
    search_tokens("person guy man woman company firm outfit organisation organization business people "
                  "personne mec type homme femme entreprise societe boite")
)  # fmt: skip
