"""Texts that are no claim to check: a greeting or a remark, and a claim about someone it never names.

A verdict says what the articles say about what a claim says. "hello" says nothing about anything, so "Not reported:
hello" would be a false statement about the articles; "OpenAI hired him" says something of someone the reader never
named, so no fact can settle it (the ramped-up hiring would "support" it of anyone at all). Both get a plain
*not reported* that says why, with the JSON contract's English key, before any fact is read.

A pronoun has a referent when a name or a word for a person or a group of the fitting kind comes before it. An object
pronoun does not take the doer of its own clause ("OpenAI hired him" is not OpenAI hiring itself), a possessive may ("Kumar
says the gig helps him build his startup"). The French impersonal "il" ("il y a", "il paraît que") refers to no one; the
inverted one ("Savreux a-t-il ...") to the name before it; a generic "they say" is a hedge, not a referent.
"""

from __future__ import annotations

import re

from bot.core.claims.reading import ParsedClaim, _norm
from bot.core.engine.asks import PEOPLE_TOKENS
from bot.core.engine.conversation import detect
from bot.core.models import KnowledgeBase
from bot.core.text import search_tokens

#: Pronouns standing for a person (he, she) or for people or firms (they), by their use in the sentence.
_PERSON = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_FRENCH = frozenset({"il", "elle", "ils", "elles", "lui", "eux"})
#: Pronouns for what a deed was done to: never the doer of their own clause.
_OBJECTS = frozenset({"him", "her", "them", "lui", "eux"})

#: Words that start a new clause, whose doer an object pronoun may then stand for ("Savreux said OpenAI paid him").
_CLAUSE = frozenset(
    [
        "that",
        "who",
        "whom",
        "which",
        "and",
        "but",
        "because",
        "after",
        "before",
        "when",
        "while",
        "since",
        "said",
        "says",
        "told",
        "tells",
        "claims",
        "claimed",
        "que",
        "qu",
        "qui",
        "et",
        "mais",
        "car",
        "parce",
        "quand",
        "apres",
        "avant",
        "dit",
        "disent",
        "affirme",
        "a-dit",
    ]
)

#: Words for a person or a group besides the engine's people words: whom a pronoun may stand for.
_REFERENTS = (PEOPLE_TOKENS - frozenset(search_tokens("hire jobs posts positions staffed recruit"))) | frozenset(
    search_tokens(
        "man woman guy girl boy someone somebody anyone applicant candidate developer founder ceo boss manager spokesperson "
        "spokesman spokeswoman journalist reporter author researcher student graduate freelancer homme femme quelqu "
        "candidat developpeur fondateur patron directeur porte-parole journaliste chercheur etudiant diplome company "
        "companies firm firms startup startups business agency contractor entreprise entreprises societe boite agence "
        "group groupe team equipe union syndicat lab labo kenyans americans"
    )
)  # (not "hire", "staff", "recruit": verbs as often: "OpenAI hired him")

#: "il" referring to no one: "il y a", "il faut", "il paraît que", "il est vrai que", "il s'agit de".
_IMPERSONAL = re.compile(
    r"\bil (?:y a|y avait|y aurait|faut|fallait|parait|paraissait|semble|semblait|s'agit|s'agissait|existe|reste|se peut|"
    r"suffit|manque|arrive|(?:est|etait|serait) (?:\w+ )?(?:que|de|d'))"
)

#: A generic "they" that hedges a claim rather than naming anyone: "they say ...", "ils disent que ...".
_GENERIC = re.compile(r"^(?:\w+ )?(?:they|ils) (?:say|said|claim|claimed|reckon|report|reported|disent|racontent|affirment)\b")

_WORD = re.compile(r"[\w-]+")

#: What comes before a noun, which a French pronoun may then stand for ("la formation, elle ..."), or before a group of
#: things an English "they" may stand for ("the layoffs ... they").
_DETERMINERS = frozenset(
    [
        "the",
        "these",
        "those",
        "its",
        "le",
        "la",
        "l",
        "les",
        "un",
        "une",
        "des",
        "du",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
    ]
)

#: Before a pronoun, a preposition lets it take the doer of its own clause ("travaille depuis chez lui", "took it with him").
_PREPOSITIONS = frozenset(["chez", "pour", "avec", "sans", "de", "a", "with", "for", "about", "without", "behind", "near"])

_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't", "not", "still"])

#: Words ending in "s" that are no plural noun a "they" may stand for.
_NOT_PLURALS = frozenset(
    [
        "always",
        "perhaps",
        "sometimes",
        "afterwards",
        "its",
        "this",
        "has",
        "was",
        "does",
        "is",
        "his",
        "hers",
        "yes",
        "plus",
        "less",
        "unless",
        "thus",
        "as",
        "us",
    ]
)


def not_a_claim(text: str) -> str | None:
    """What the text says instead of a claim ('greeting', 'thanks', 'acknowledgement', ...), or None for a claim: a whole
    message of courtesies or small talk (the conversation layer's phrases), or a single word."""
    said = detect(text)
    if said is not None:
        return said.intent
    words = _WORD.findall(_norm(text))
    if len(words) < 2 and not any(ch.isdigit() for ch in text):
        return "word"  # one word says nothing of anything ("asdf", "true")
    return None


def unclear_referent(claim: ParsedClaim, base: KnowledgeBase) -> str | None:
    """The first pronoun of a claim that stands for no one it names (as written), or None when each has a referent."""
    text = re.sub(r"\"[^\"]*\"", lambda m: " " * len(m.group(0)), _norm(claim.text))  # quoted words speak for themselves
    if _GENERIC.match(text):
        return None
    named = [(at, base.entities[e].type, _name_end(text, at, base, e)) for e, at in claim.entities]
    named += [(at, "person", at + len(_norm(n))) for n, at in claim.other_people]
    named += [(at, "organisation", at + len(_norm(n))) for n, at in claim.other_orgs]
    owners = {at for at, _, end in named if text.startswith("'", end)}  # "Savreux's gig paid him": no doer of the clause
    boundary = 0
    referents: list[tuple[int, str]] = []  # (where, kind) of each word a pronoun may stand for, in order
    previous = ""
    for m in _WORD.finditer(text):
        word, at = m.group(0), m.start()
        referents += [(n_at, kind) for n_at, kind, _ in named if n_at < at and (n_at, kind) not in referents]
        # (a verb in "-ing" or after "to" starts a clause of its own: "credits a job with helping him", "asked Kumar to
        # help him"; not "is hiring him")
        gerund = len(word) > 4 and word.endswith("ing") and previous not in _BE
        if word in _CLAUSE or gerund or previous == "to" or text[max(0, at - 2) : at].strip() in {",", ";", ":"}:
            boundary = at
        before, previous = previous, word
        if word not in _PERSON | _PLURAL | _FRENCH:
            tokens = set(search_tokens(word))
            if tokens & _REFERENTS:  # ("the 1,000-contractor thing ... hired them")
                referents.append((at, "person"))
            elif before in _DETERMINERS or before.isdigit():
                referents.append((at, "thing"))  # "the layoffs", "la formation", "75 workers"
            elif len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in _NOT_PLURALS | _CLAUSE:
                referents.append((at, "things"))  # "fix bugs quietly without explaining them"
            continue
        if text[at - 1 : at] == "-" or (word == "il" and _IMPERSONAL.match(text, at)):
            continue  # "a-t-il": the name before it; "il y a": no one
        fitting = [
            (r_at, kind)
            for r_at, kind in referents
            if kind == "person"
            or (word not in _PERSON and kind in ("organisation", "publication", "place"))
            or (kind == "thing" and (word in _FRENCH or (word in _PLURAL and text[r_at : r_at + 40].split()[0].endswith("s"))))
            or (kind == "things" and word in _PLURAL and not re.fullmatch(r"[\w-]+ ", text[r_at:at]))
        ]
        if word in _OBJECTS and before not in _PREPOSITIONS:
            # the doer of its own clause is not whom its deed was done to ("OpenAI hired him"); an owner may be
            # ("Savreux's gig paid him")
            doers = [r for r in fitting if r[0] >= boundary and r[0] not in owners]
            fitting = [r for r in fitting if r not in doers[:1]]
        if not fitting:
            return m.group(0)
    return None


def _name_end(text: str, at: int, base: KnowledgeBase, entity_id: str) -> int:
    """Where the name of an entity the claim gives at `at` ends (its longest name or alias written there)."""
    entity = base.entities[entity_id]
    names = sorted((_norm(n) for n in (entity.name, *entity.aliases)), key=len, reverse=True)
    return at + next((len(n) for n in names if text.startswith(n, at)), 0)
