"""A person's pronoun in a question that names no one ("what did he study?", "il a quel âge ?").

Said right after an answer about one person, the pronoun is that person: the question is asked with their name in
its place, and the reply says whom it took the pronoun to mean. Said with no such answer before it (or after one about
several people), nobody can tell who is meant: the bot asks, rather than say the articles are silent about "him".
"""

from __future__ import annotations

import re

from bot.core.engine.entities import PERSON_WORDS
from bot.core.text import fold, search_tokens

#: Third-person singular pronouns of a person, by language ("they" is left alone: it is as often a group, a firm).
_PRONOUNS = {
    "en": r"he|him|his|she|her|hers|himself|herself",
    "fr": r"il|elle|lui",
}
#: French "il" that stands for nobody: "il y a", "il faut", "il fait beau", "il s'agit", "il paraît", "quelle heure est-il".
_IMPERSONAL = re.compile(
    r"\bil (?:y|faut|fallait|fait|faisait|s|semble|semblait|parait|paraissait|existe|reste|restait|suffit|arrive|importe)\b"
    r"|\b(?:heure|temps) est-il\b|\best-il (?:vrai|possible|exact|normal)\b"
)
#: Words for a person a pronoun after them may stand for ("the developer ... his solution"), as search tokens.
PERSON_NOUNS = PERSON_WORDS | frozenset(
    search_tokens("applicant candidate ceo founder labeler spokesperson reporter author graduate student")
)
_FOUND = {language: re.compile(rf"(?<![\w'’])({words})(?![\w'’])", re.IGNORECASE) for language, words in _PRONOUNS.items()}


def person_pronoun(text: str, language: str) -> str | None:
    """The first pronoun of a person the text uses with nothing before it it could stand for, in lower case ("he",
    "elle"); None when it uses none. "What did the developer do before giving his solution" uses "his" of the
    developer; "le test de code, il était payé combien" and "quand Invisible a-t-il licencié" use "il" of a thing, a
    firm: in French only a pronoun that comes first, after question words, or inverted right after the first verb
    ("combien gagne-t-il") stands for no word of the question."""
    pattern = _FOUND.get(language)
    if pattern is None:
        return None
    if language == "fr":
        # "il y a combien de formateurs": an impersonal "il" is no one; another pronoun may still be someone
        text = _IMPERSONAL.sub(" ", fold(text))
    for found in pattern.finditer(text):
        before = text[: found.start()]
        if language == "fr":
            if before.endswith("-t-") or before.endswith("-"):
                before = before.rstrip("-t").rsplit(None, 1)[0] if len(before.rstrip("-t").split()) > 1 else ""
            if search_tokens(before):
                continue
        elif PERSON_NOUNS.intersection(search_tokens(before)):
            continue
        return found.group(1).lower()
    return None


def with_name(text: str, pronoun: str, name: str) -> str:
    """The text with each use of the pronoun replaced by the person's name ("his degree": "Jatin Kumar's degree"; a
    French inverted one, "combien gagne-t-il", becomes the subject after its verb: "combien gagne Savreux")."""
    replacement = f"{name}'s" if pronoun in ("his", "hers") else name
    pattern = re.compile(rf"(?:-t-|-)?(?<![\w'’])\b{re.escape(pronoun)}(?![\w'’])", re.IGNORECASE)
    return " ".join(pattern.sub(" " + replacement.replace("\\", "\\\\"), text).split())
