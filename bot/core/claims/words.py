"""Word lists and small word tests shared by the checks (tokens of dates and numbers, denial words, role names)."""

from __future__ import annotations

import re

from bot.core.claims.reading import (
    _CLAIM_NEGATION,
    _CLAIM_SYNONYMS,
    _FRAMING,
    _GAZETTEER,
    _MONTHS,
    _NUMBER_WORDS,
    _OPENING_SUBJECT,
    _PLACE_PARENT,
    _ROLE_PATTERNS,
    _ROLE_WORDS,
    _TENS,
    Number,
    _norm,
    _tokens,
    _words_as_digits,
)
from bot.core.engine.asks import PEOPLE_TOKENS
from bot.core.i18n import label
from bot.core.text import search_tokens, stem

#: Words for the people a layoff is of: anyone at work ("laid off OpenAI's trainers", "a licencié des formateurs"), or a
#: number of them ("laid off dozens").
_LAID_OFF_PEOPLE = PEOPLE_TOKENS | frozenset(
    search_tokens(
        "dozens hundreds thousands dizaines centaines milliers jobs emplois postes teams equipes everyone everybody monde"
    )
)


#: Actions whose doer a claim can get wrong: only a fact's actor answer settles who did them.
_DOER_ACTIONS = frozenset({"end", "hire", "invest", "own", "release", "report-first", "publish", "investigate"})


#: Actions many can do at once: that the articles name one doer denies no other.
_SHARED_ACTIONS = frozenset({"work-for"})


#: Titles one person does not hold beside another at the same firm, so that one given is another denied.
_TITLE_ROLES = frozenset({"ceo", "president", "head of operations", "spokesperson", "program lead", "cto"})


_DATE_TOKENS = frozenset(search_tokens(" ".join(_MONTHS)))


_GENERIC_MONEY = frozenset(search_tokens("pay money dollars dollar hour an"))


#: Words a claim may add without the fact having them, once a value of the fact has settled a point.
_SOFT = frozenset(
    search_tokens(
        "without many some enough very also publicly just still already really around several various new recently currently "
        "nouveau nouveaux nouvelle nouvelles recemment "
        "reportedly roughly approximately nearly almost about beaucoup plusieurs certains environ pres deja encore aussi "
        "lasted lasting last durait dure duree altogether entirely completely totally "
        # hedges and emphasis of everyday speech: "basically grunt work", "didn't even pay him", "en gros"
        "basically essentially even literally pretty quite lol meme carrement franchement gros ever "
        # "OpenAI continue d'embaucher": still hiring
        "continue continuent continuer"
    )
)


_SIGNS = frozenset({"$", "%", "€"})


#: The words of a denial ("never", "didn't", "ne ... jamais", "anyone" after a "not"): a claim's `negated` reads them,
#: so they are no content a fact must have; what they deny is.
_DENIAL_TOKENS = frozenset(
    search_tokens(
        "not never no didn't doesn't don't isn't wasn't weren't aren't hasn't haven't hadn't won't can't couldn't "
        "shouldn't wouldn't cannot anyone anybody anything ever any jamais pas ne personne aucun aucune rien longer plus"
    )
)


#: Words a name is tied to that say nothing of what it is tied to ("OpenAI's own", "Microsoft's $10 billion").
_BINDING_NEUTRAL = frozenset(search_tokens("own billion million milliards dollars is was are has had said says a dit est"))


#: Words that carry no claim of their own in how people reword a sentence ("gets sent", "via", "a big workforce").
_FILLER = frozenset(
    search_tokens(
        "gets getting via like such grosse gros big huge enormement hugely tres "
        # the French of English words the tokens drop or that are filler ("at"; not "comme", "exemple", "grâce à",
        # which let a false claim be supported)
        "chez"
    )
)


#: Words for each action, so that a claim's verb counts as the fact's words when the actor answer settled it.
_ACTION_WORDS = {
    "hire": "hire hired hiring recruited brought on",
    "plan-hire": "plans to hire",
    "lay-off": "laid off fired let go layoffs",
    "end-partnership": "ended ending partnership contract",
    "invest": "invested investment",
    "release": "released launched created",
    "own": "owns owned",
    "power": "powers powered",
    "report-first": "first reported",
    "thank": "thanked",
    "decline-comment": "declined comment respond",
    "publish": "published",
    "commit": "committed",
    "train": "trained",
    "test": "tested test",
    "work-for": "works worked work",
    "vote-union": "voted union",
    "investigate": "investigation investigated exposed",
}


#: (with the figures said in words with an article or in two words: "un millier", "soixante")
_NUMBER_TOKENS = frozenset(search_tokens(" ".join([*_NUMBER_WORDS, *_TENS, "millier", "milliers"])))


_LOCATION_TOKENS = frozenset(
    search_tokens(
        "based located live lives lived living from headquartered hails resident basee basees situee vit vivent habite originaire siege installee"
    )
)


_DENIAL_FILLER = frozenset(
    [
        "to",
        "on",
        "its",
        "the",
        "a",
        "an",
        "of",
        "yet",
        "been",
        "be",
        "have",
        "has",
        "had",
        "ever",
        "even",
        "do",
        "does",
        "did",
        "de",
        "d",
        "l",
        "la",
        "le",
        "les",
        "aux",
        "au",
        "du",
        "pas",
        "plus",
        "ont",
        "avait",
        "avaient",
        "est",
        "sont",
        "ete",
        "etait",
        "etaient",
        "ses",
        "leur",
        "leurs",
        "or",
        "ou",
    ]
)


_RAISING = frozenset({"appear", "seem", "semblait", "semble", "want", "try", "manage", "get", "provide", "fourni"})


def _denied_words(text: str) -> set[str]:
    """What a denial denies: its first word ("did not respond to ...", "declined to comment on ...")."""
    words = [w for w in re.findall(r"[a-z]+", text) if w not in _DENIAL_FILLER][:2]
    if words and words[0] not in _RAISING:
        words = words[:1]  # "declined to comment on its hiring practices" denies commenting, not hiring
    return {_CLAIM_SYNONYMS.get(t, t) for w in words for t in (stem(w),)}


_DURATION_UNITS = frozenset({"hour", "day", "week", "month", "year"})


_FRENCH_UNITS = {"hour": ("heure", "heures"), "day": ("jour", "jours"), "week": ("semaine", "semaines"),
                 "month": ("mois", "mois"), "year": ("an", "ans")}  # fmt: skip


def _with_french_unit(figure: str, unit: str) -> str:
    """A bare French figure ("5", "environ 1 000") with its unit of time ("5 heures"); other wordings stay as they are."""
    found = re.fullmatch(r"(?:environ |plus de )?(\d+(?:,\d+)?)", figure)
    if found is None:
        return figure
    one, many = _FRENCH_UNITS[unit]
    return f"{figure} {one if float(found.group(1).replace(',', '.')) < 2 else many}"


def _duration_of(number: Number) -> frozenset[str]:
    """The unit of time a count is of, when the word right after it is one ("deux mois", "five hours")."""
    return number.first & _DURATION_UNITS


def _numbers_as_digits(norm: str) -> str:
    return _words_as_digits(norm)


def _ordered_tokens(text: str) -> list[str]:
    """A text's search tokens in their order, without the words of framing."""
    return [t for t in (_CLAIM_SYNONYMS.get(t, t) for t in search_tokens(text)) if t not in _FRAMING]


def _one_person_subject(clause: str) -> bool:
    """Whether a clause starts with one person as its subject: "he", "elle", or "the developer" (a word for people at
    work, the engine's PEOPLE_TOKENS, in the singular)."""
    found = _OPENING_SUBJECT.match(clause)
    if found is None:
        return False
    if found.group("first") is None:
        return True  # a pronoun
    # the noun, or the noun after one adjective ("the South American developer" is too far: left unread)
    return any(
        noun is not None and not noun.endswith(("s", "x")) and not _tokens(noun).isdisjoint(PEOPLE_TOKENS)
        for noun in (found.group("first"), found.group("second"))
    )


def _names_people(text: str) -> bool:
    """Whether a claim names a group of people at work ("OpenAI hired programmers", "des développeurs"): a word of the
    engine's PEOPLE_TOKENS in the plural."""
    return any(
        (word.endswith(("s", "x")) or word in ("people", "gens", "staff")) and not _tokens(word).isdisjoint(PEOPLE_TOKENS)
        for word in re.findall(r"[\w-]+", _norm(text))
    )


#: A pronoun for one person ("hired him", "l'a embauché", "lui").
_ONE_PERSON_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|il|elle|lui|l')\b")


def _names_one_person(text: str) -> bool:
    """Whether a claim speaks of one person at work ("the developer", "him", "le candidat"): a word of the engine's
    PEOPLE_TOKENS in the singular, or a pronoun for one person."""
    norm = _norm(text)
    if _ONE_PERSON_PRONOUN.search(norm):
        return True
    return any(
        not word.endswith(("s", "x")) and word not in ("people", "gens", "staff") and not _tokens(word).isdisjoint(_PERSON_NOUNS)
        for word in re.findall(r"[\w-]+", norm)
    )


#: Nouns for a person at work (the engine's PEOPLE_TOKENS less its verbs and posts, with the coding test's applicant).
_PERSON_NOUNS = (PEOPLE_TOKENS - _tokens("hire hiring recruit recruiting recrute job emploi position post")) | _tokens(
    "developer dev developpeur applicant candidate candidat programmeur codeur"
)


def _claimed_in_french(claimed: str) -> str | None:
    """What a claim said, as a role contradiction words it ("CEO", "trainer at Anthropic"), in French ("PDG",
    "formateur chez Anthropic"); None when it is not a role or a workplace ("that Microsoft owns OpenAI")."""
    text = claimed.strip()
    for role in sorted(_ROLE_WORDS, key=len, reverse=True):
        name = _role_name(role)
        if text == name or text.startswith(name + " at "):
            return label(f"role.{role}", "fr") + text[len(name) :].replace(" at ", " chez ", 1)
    if text.startswith("at "):
        return "chez " + text[3:]
    return None


def _role_name(role: str) -> str:
    return role.upper() if role in ("ceo", "cto") else role


def _roles_in(text: str) -> set[str]:
    norm = _norm(text)
    return {role for role, pattern in _ROLE_PATTERNS if pattern.search(norm)}


def _inside(inner: str, outer: str) -> bool:
    """Whether the place `inner` lies within `outer` (entity ids and gazetteer names alike)."""
    seen = set()
    current: str | None = inner
    while current is not None and current not in seen:
        seen.add(current)
        current = _PLACE_PARENT.get(current, _GAZETTEER.get(current))
        if current == outer:
            return True
    return False


def _agrees(number: Number, value: float, approx: bool, over: bool) -> bool:
    if number.bound == "over":
        high = value * 1.1 if approx else value  # "over 1,000" is within "roughly 1,000"
        return high > number.value or (value >= number.value and (over or number.inclusive))
    if number.bound == "under":
        return value < number.value and not over
    tolerance = 0.1 * value if (approx or number.bound == "approx") else 1e-9
    return abs(number.value - value) <= tolerance


def _open(number: Number, value: float, approx: bool, over: bool) -> bool:
    """Whether a fact giving only a floor ("more than 150") neither says nor denies a claim's figure above it: "more than
    200", "fewer than 200" or "200" may be so or not. Twice the floor or more is not what the floor was said of ("over
    1,500" against "over 150")."""
    return over and not approx and value < number.value < 2 * value


def _structured(points: list[str]) -> bool:
    return any(p in ("count", "money", "percent", "date", "place", "actor", "role", "quote") for p in points)


def _structured_points(points: list[str]) -> list[str]:
    return [p for p in points if p != "entity"]


def _basis(points: list[str]) -> str | None:
    structured = [p for p in points if p != "entity"]
    return structured[0] if structured else (points[0] if points else None)


#: A word that denies what follows "un" ("unpaid", "uninsured", "unnamed"); not one whose "un" undoes a deed
#: ("uncovered the story" revealed it) nor one that is no denial at all ("union", "under", "until").
_UN_DENIAL = re.compile(
    r"\bun(?!ion|it|ivers|der|til|iqu|less|cover|veil|leash|lock|load|pack|wrap|tie|plug|fold|seal|do\b)([a-z]{3,})\b"
)


def _denies_as_un(claim_text: str, statement: str) -> bool:
    """Whether a claim's denial ("not paid", "without insurance", "non payé") denies what one of the statement's
    "un-" words does ("unpaid", "uninsured"): the two say the same, so the fact's denial agrees with the claim's."""
    norm = _norm(claim_text)
    denied = {
        t
        for m in _CLAIM_NEGATION.finditer(norm)
        for t in [t for t in _ordered_tokens(norm[m.end() : m.end() + 40]) if t not in _SOFT][:2]
    }
    roots = {_CLAIM_SYNONYMS.get(stem(m.group(1)), stem(m.group(1))) for m in _UN_DENIAL.finditer(_norm(statement))}
    return any(a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))) for a in denied for b in roots)
