"""Which language a text is written in: the one guesser every face and the domain use.

`detect_language` says 'fr' or 'en' when the text shows its language (accents, function words, French elisions such as
"d'accord", English contractions such as "what's", chat words) and None when it gives no sign ("savreux", "60%",
"👍"). `guess_language` is for callers that need a language: the detected one, else a default (English, the bot's
default). Where a text shows none, the faces fall back on the reader's Discord locale (i18n.choose_language) or the
terminal's (i18n.terminal_language) before that default; a reader's own choice (/language, --lang) comes first.
"""

from __future__ import annotations

import re

from bot.core.text import fold

DEFAULT_LANGUAGE = "en"

#: Words that mark a text as French (accents removed). None of them is an English word (or only a rare one).
FRENCH_WORDS = frozenset(
    ["le", "la", "les", "des", "du", "une", "un", "est", "sont", "ont", "etait", "ete", "qui", "quoi", "que", "quel", "quelle", "quels", "quelles", "combien", "pourquoi", "comment", "quand", "ou", "avec", "pour", "dans", "sur", "sous", "chez", "depuis", "selon", "apres", "avant", "de", "et", "au", "aux", "pas", "ne", "mais", "je", "tu", "il", "elle", "ils", "elles", "nous", "vous", "lui", "moi", "toi", "ce", "ces", "cette", "son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "votre", "leur", "leurs", "en",
     # verbs, nouns and adverbs of questions about the reporting
     "licencie", "licencies", "licenciement", "formateurs", "formateur", "traitants", "embauche", "entreprise", "donnees", "salaire", "travail", "mille", "milliards", "gagne", "gagnent", "heure", "heures", "paye", "payes", "ans", "employes", "dit", "emploie", "personnes", "vient", "vit", "fait", "font", "sait", "parle", "travaille", "travaillent", "etre", "avoir", "faire", "peut", "suis", "es", "etes", "tres", "aussi", "beaucoup", "rien", "donc", "alors", "vraiment", "bonne",
     # chat and text-speak ("merci", "bjr", "jsp", "mdr")
     "merci", "mrc", "mci", "bonjour", "bjr", "bonsoir", "salut", "slt", "coucou", "svp", "stp", "koi", "kwa", "pk", "pq", "pourkoi", "pkoi", "ki", "kel", "kelle", "cb", "cmb", "c", "ct", "cest", "ce", "cé", "jsp", "chui", "chuis", "dsl", "oui", "ouais", "non", "nan", "wesh", "bof", "ptdr", "mdr", "bref", "genre", "trop", "vrai", "truc", "bcp", "hein", "bisous"]
)  # fmt: skip
#: Words that mark a text as English. Not "a", "an", "on", "ok" or "me": French uses them too ("il a", "par an").
ENGLISH_WORDS = frozenset(
    ["the", "what", "whats", "who", "whom", "whose", "which", "how", "why", "when", "where", "is", "are", "did", "does", "do", "was", "were", "of", "and", "with", "for", "to", "its", "it", "in", "at", "from", "by", "has", "have", "had", "that", "this", "they", "he", "she", "his", "her", "their", "been", "be", "would", "should", "could", "can", "i", "you", "we", "my", "your", "our", "him", "them", "about", "not", "if", "any", "some", "just", "only", "also", "into", "than", "then", "there", "will", "many", "much", "more", "get", "got",
     # contractions written without their apostrophe ("dont" is French too)
     "didnt", "doesnt", "isnt", "wasnt", "wouldnt", "cant", "wont", "arent", "werent", "im", "ive", "youre", "thats",
     # chat
     "thanks", "thank", "thx", "ty", "hello", "hi", "hey", "please", "pls", "plz", "yes", "no", "wtf", "lol"]
)  # fmt: skip
#: Accented letters French uses and English words almost never do.
_FRENCH_ACCENTS = frozenset("éèêàçùôîœâû")
#: Particles that belong to a name when a capitalised word follows ("de Gaulle", "Le Monde", "La Presse").
_NAME_PARTICLE = re.compile(r"\b(?:de|du|des|la|le|les)\s+(?=[A-Z])")
#: French elisions before a word ("d'accord", "l'heure", "qu'est-ce", "t'es", "c'est"), read after folding.
_ELISION = re.compile(r"\b(?:c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu)'(?=[a-z])")
#: English contractions and possessives ("what's", "don't", "you're", "Savreux's").
_CONTRACTION = re.compile(r"(?<=[a-z])(?:'s|n't|'re|'ve|'ll|'m|'d)\b")
#: "non-compete": a prefix both languages use, never the French "no".
_NON_PREFIX = re.compile(r"\bnon-(?=[a-z])")
_WORD = re.compile(r"[a-z]+")


def detect_language(text: str) -> str | None:
    """'fr' or 'en' when the text shows its language, even in one word or in text-speak; None when it gives no sign."""
    # Lower the first letter alone, so a sentence's first "Le" is not taken for a name's particle.
    folded = fold(_NAME_PARTICLE.sub(" ", text[:1].lower() + text[1:]))
    accents = 2 if any(ch in _FRENCH_ACCENTS for ch in text.casefold()) else 0
    elisions = len(_ELISION.findall(folded))
    contractions = len(_CONTRACTION.findall(folded))
    # "travaille-t-il", "est-ce": the words a hyphen joins count one by one; an apostrophe parts words too.
    words = _WORD.findall(_NON_PREFIX.sub(" ", _CONTRACTION.sub(" ", folded)))
    french = accents + elisions + sum(word in FRENCH_WORDS for word in words)
    english = contractions + sum(word in ENGLISH_WORDS for word in words)
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return None


def guess_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """The text's language when it shows one, else `default` (English): for callers that must pick one."""
    return detect_language(text) or default
