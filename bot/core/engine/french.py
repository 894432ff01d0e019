"""French as it is typed, put in the written form the rest of the matcher reads.

French readers type fast: elisions glued or without their apostrophe ("cest quoi", "quest-ce que", "quil"), and
text-speak question words ("pk", "cb", "ki", "kan", "koi", "c koi"). The question types (asks.py), the stop words
and the stemmer (text.py) read the written forms ("c'est quoi", "pourquoi", "combien"): a glued "cest" was an
unknown word that weighed the most in the question, and "cb" asked nothing. Only a text that reads as French is
rewritten, word by word, and only words no fact is likely to contain.
"""

from __future__ import annotations

import re

from bot.core.language import detect_language
from bot.core.text import fold, stem

#: Text-speak and glued forms, each with its written form (folded: no accents, as the matcher reads them).
WRITTEN: dict[str, str] = {
    # glued elisions
    "cest": "c'est", "cetait": "c'etait", "quil": "qu'il", "quils": "qu'ils", "quon": "qu'on",
    "jai": "j'ai", "dapres": "d'apres", "jsuis": "je suis", "chui": "je suis", "chuis": "je suis",
    "ya": "il y a", "yavait": "il y avait",
    # question words
    "pk": "pourquoi", "pq": "pourquoi", "pkoi": "pourquoi", "pourkoi": "pourquoi", "prq": "pourquoi", "pqoi": "pourquoi",
    "cb": "combien", "cmb": "combien", "cbm": "combien", "koi": "quoi", "kwa": "quoi", "ki": "qui", "kel": "quel",
    "kelle": "quelle", "kels": "quels", "kelles": "quelles", "kan": "quand", "qd": "quand", "qnd": "quand",
    "ct": "c'etait", "kesk": "qu'est-ce que", "keske": "qu'est-ce que", "kesako": "qu'est-ce que c'est",
    # function words
    "bcp": "beaucoup", "qqn": "quelqu'un", "qqch": "quelque chose", "qqc": "quelque chose", "pr": "pour", "ds": "dans",
    "pcq": "parce que", "pck": "parce que", "psk": "parce que", "pcque": "parce que", "dc": "donc", "tjrs": "toujours",
    "tjs": "toujours", "mm": "meme", "vrmt": "vraiment", "jsp": "je sais pas",
}  # fmt: skip
#: "quest-ce que", "quest ce qu'il": "quest" alone is an English word (a quest).
_QUEST_CE = re.compile(r"\bquest(?=[\s-]+ce\b)", re.IGNORECASE)
#: "c koi", "c qui", "c quand": a bare "c" before a question word is "c'est".
_BARE_C = re.compile(
    r"\bc(?=\s+(?:koi|kwa|quoi|qui|ki|quand|kan|combien|cb|comment|ou|où|quel|quelle|kel|kelle|pour|lui|elle)\b)", re.IGNORECASE
)
#: "sous traitants" typed without its hyphen is one word, as the facts write it ("sous-traitants").
_SOUS = re.compile(r"\bsous\s+(?=trait)", re.IGNORECASE)
#: "Virer du monde", "embaucher du monde": "du monde" after hiring, firing or paying is people, not the world ("le reste du
#: monde", "la coupe du monde", "du monde entier").
_PEOPLE = re.compile(r"\b(?P<verb>\w+)(?P<space>\s+)du\s+monde\b(?!\s+entier)", re.IGNORECASE)
_PEOPLE_VERBS = frozenset({"hire", "layoff", "pay", "train"})
#: "L'outil de GitHub s'appelle comment": asking a name with the question word last is asking it first ("comment
#: s'appelle l'outil de GitHub"), which the question types and the descriptions read (a description then names what is
#: asked about, it is not replaced by the name).
_CALLED_LAST = re.compile(r"^(?P<what>.+?)\s+(?P<verb>s\s*['’]?\s*appell?e(?:nt)?)\s+comment\s*\??\s*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def written(text: str) -> str:
    """The text with French text-speak and glued elisions in their written form, when the text reads as French
    ("cest quoi le salaire" -> "c'est quoi le salaire", "cb openai a embauché" -> "combien openai a embauché")."""
    if detect_language(text) != "fr":
        return text
    text = _QUEST_CE.sub("qu'est", text)
    text = _BARE_C.sub("c'est", text)
    text = _SOUS.sub("sous-", text)
    text = _PEOPLE.sub(_people, text)
    text = _CALLED_LAST.sub(lambda m: f"comment {m.group('verb')} {m.group('what')}", text)
    return _WORD.sub(_written_word, text)


def _written_word(match: re.Match[str]) -> str:
    word = match.group()
    return WRITTEN.get(word.lower(), word)


def _people(match: re.Match[str]) -> str:
    verb = match.group("verb")
    if stem(fold(verb)) not in _PEOPLE_VERBS:
        return match.group()
    return f"{verb}{match.group('space')}des gens"
